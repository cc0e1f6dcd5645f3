//! Regression tests for what the fuzz targets found (`fuzz/README.md`): each test feeds the
//! minimised input, also kept as a seed under `fuzz/seeds/TARGET/`, through the same public call
//! as the target, and asserts the behaviour the target now checks.

use ai_openness::licence::{Ambiguity, LicenceExpression, NormalisationReason, normalise};

/// `licence_normalise`, seed `crash-gpl-3.0-case`: the target assumed the normaliser ignores
/// case everywhere, as its documentation says, but case decides between two readings of a bare
/// GNU id. Lower case is the Hugging Face Hub id `gpl-3.0`, which does not say `-only` or
/// `-or-later` (ambiguous); the SPDX spelling `GPL-3.0` is the deprecated SPDX id, which the SPDX
/// list maps to `GPL-3.0-only`. The target now checks only what holds: surrounding whitespace
/// does not matter.
#[test]
fn gpl_3_0_in_lower_case_is_the_ambiguous_hub_id_and_in_spdx_case_the_deprecated_id() {
    let hub = normalise("gpl-3.0").expect("recognised");
    assert_eq!(hub.id, None);
    assert!(matches!(
        hub.reason,
        NormalisationReason::Ambiguous {
            kind: Ambiguity::OnlyOrLater,
            ..
        }
    ));
    let spdx = normalise("GPL-3.0").expect("recognised");
    assert_eq!(spdx.id, Some("GPL-3.0-only"));
    assert_eq!(spdx.reason, NormalisationReason::DeprecatedId);
    // Whitespace around either changes nothing.
    for text in ["gpl-3.0", "GPL-3.0"] {
        assert_eq!(
            normalise(&format!("  {text}\t ")).map(|n| n.id),
            normalise(text).map(|n| n.id),
            "{text}"
        );
    }
}

/// `release_structured`, seed `crash-openrail-m-table`: the target's own table of licences held
/// `OpenRAIL-M`, which is not an SPDX id (the SPDX list has none for the OpenRAIL family), so the
/// strict expression parser rightly rejects it and the target panicked on its `expect`. The
/// normaliser reads the name and says why it names no single licence.
#[test]
fn openrail_m_is_not_an_spdx_expression_but_the_normaliser_knows_it() {
    assert!(LicenceExpression::parse("OpenRAIL-M").is_err());
    let n = normalise("OpenRAIL-M").expect("recognised");
    assert_eq!(n.id, None, "{n:?}");
    assert!(n.is_ambiguous(), "{n:?}");
}

/// `licence_normalise`, seed `crash-cc-by-candidates`: the target assumed every candidate of an
/// ambiguous name is a row of the crate's licence table. `cc-by` names the Creative Commons
/// Attribution family, whose candidates include versions the table does not list (`CC-BY-3.0`):
/// a candidate is an SPDX id, which parses, whether or not the table has facts about it.
#[test]
fn the_candidates_of_cc_by_are_spdx_ids_some_outside_the_table() {
    let n = normalise("cc-by").expect("recognised");
    assert!(n.is_ambiguous(), "{n:?}");
    assert!(
        n.candidates().contains(&"CC-BY-3.0"),
        "{:?}",
        n.candidates()
    );
    assert!(ai_openness::licence::lookup("CC-BY-3.0").is_none());
    for id in n.candidates() {
        assert!(LicenceExpression::parse(id).is_ok(), "{id}");
    }
}

/// `rdf_import`, seed `crash-newer-spec-version.ttl`: a graph whose release states
/// `aiopen:specVersion "5.1.0"` was read as if it were current, and the release it gave could not
/// be written and loaded again (the document loader rightly refuses 5.1.0). The RDF reader now
/// applies the document format's version rule and refuses the release at `/spec_version`.
#[cfg(feature = "rdf")]
#[test]
fn an_rdf_release_of_a_newer_format_version_is_refused() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds/rdf_import/crash-newer-spec-version.ttl");
    let bytes = std::fs::read(&path).expect("the seed is committed");
    let (selector, text) = bytes.split_first().expect("a selector byte");
    assert_eq!(selector % 2, 0, "a Turtle seed");
    let graph: oxrdf::Graph = oxttl::TurtleParser::new()
        .with_base_iri("https://fuzz.example/")
        .expect("a valid base")
        .for_slice(text)
        .collect::<Result<_, _>>()
        .expect("the seed is Turtle");
    let roots = ai_openness::rdf::releases_in(&graph);
    assert_eq!(roots.len(), 1);
    let err = ai_openness::rdf::from_graph(&graph, &roots[0]).unwrap_err();
    assert_eq!(err.pointer, "/spec_version", "{err}");
    assert!(err.message.contains("`5.1.0`"), "{err}");
}

/// `licence_expression`, seed `crash-double-with`: with unknown exceptions allowed, the `spdx`
/// crate read `GPL2-.0-only WITH CCC-BY-SAL2-.0-only WITH CCC:on-2.0` as one term and one
/// exception, dropping the middle one, so the canonical form no longer parsed. A second `WITH`
/// is now a syntax error at the second keyword.
#[test]
fn a_second_with_is_a_syntax_error_at_the_second_keyword() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds/licence_expression/crash-double-with");
    let text = std::fs::read_to_string(path).expect("the seed is committed");
    let err = LicenceExpression::parse(&text).unwrap_err();
    assert_eq!(err.span(), 38..42, "{err}");
    assert!(err.to_string().contains("at most one `WITH`"), "{err}");
    let err = LicenceExpression::parse("MIT WITH A with B").unwrap_err();
    assert_eq!(err.span(), 11..15, "{err}");
    // One exception, and exceptions joined by `AND` on separate terms, still parse.
    assert!(LicenceExpression::parse("GPL-2.0-only WITH Classpath-exception-2.0").is_ok());
    assert!(
        LicenceExpression::parse("GPL-2.0-only WITH A AND Apache-2.0 WITH LLVM-exception").is_ok()
    );
    assert!(LicenceExpression::parse("MIT WITH Withdrawn").is_ok());
}

/// `cyclonedx_import`, seed `crash-only-unknown-component.json`: a BOM whose one component has a
/// type no AI release lists imported as a release with a name and no components; its CycloneDX
/// export (the release as `metadata.component`, no components) was then refused on import ("the
/// BOM lists no component"). A BOM that names its subject imports with no components known;
/// one with neither components nor a subject is still refused.
#[test]
fn a_bom_about_a_release_with_no_listed_parts_reads_back() {
    use ai_openness::convert::Format as To;
    use ai_openness::pipeline::{DocumentKind, Pipeline};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds/cyclonedx_import/crash-only-unknown-component.json");
    let text = std::fs::read_to_string(path).expect("the seed is committed");
    let pipeline = Pipeline::default().reading_as(DocumentKind::CycloneDx);
    let first = pipeline.process_str(&text, None);
    let release = first.release().expect("imports");
    assert!(release.components.is_empty());
    assert_eq!(release.name, "Llama-2-7b");
    let exported = To::CycloneDx.export(release).expect("exports");
    let back = pipeline.process_str(&exported.text, None);
    assert_eq!(back.release(), Some(release), "{:?}", back.diagnostics());
    let empty = r#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": []}"#;
    let refused = pipeline.process_str(empty, None);
    assert!(refused.release().is_none());
    assert!(
        refused
            .diagnostics()
            .iter()
            .any(|d| d.pointer == "/components" && d.message.contains("names no subject")),
        "{:?}",
        refused.diagnostics()
    );
}
