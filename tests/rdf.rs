//! The RDF vocabulary files are fresh, and descriptions survive native → RDF → native in every
//! serialisation, with and without minted IRIs.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ai_openness::Release;
use ai_openness::document::{self, Format};
use ai_openness::model::{Component, ComponentKind, Evidence, Iri, Url};
use ai_openness::rdf::{self, ExportOptions, Exporter, RdfFormat};
use oxrdf::dataset::CanonicalizationAlgorithm;
use oxrdf::{Graph, NamedOrBlankNode, TermRef};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn parse_turtle(text: &str) -> Graph {
    oxttl::TurtleParser::new()
        .for_slice(text)
        .collect::<Result<Graph, _>>()
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn serialize(graph: &Graph, format: RdfFormat) -> String {
    let mut out = Vec::new();
    rdf::serialize(graph, format, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn parse(text: &str, format: RdfFormat) -> Graph {
    match format {
        RdfFormat::Turtle => parse_turtle(text),
        RdfFormat::NTriples => oxttl::NTriplesParser::new()
            .for_slice(text)
            .collect::<Result<Graph, _>>()
            .unwrap(),
        RdfFormat::JsonLd => oxjsonld::JsonLdParser::new()
            .for_slice(text)
            .map(|q| q.map(oxrdf::Triple::from))
            .collect::<Result<Graph, _>>()
            .unwrap(),
        _ => unreachable!(),
    }
}

/// The only release node of `graph`.
fn only_release(graph: &Graph) -> NamedOrBlankNode {
    let roots = rdf::releases_in(graph);
    assert_eq!(roots.len(), 1, "{roots:?}");
    roots.into_iter().next().unwrap()
}

fn canonical(mut graph: Graph) -> Graph {
    graph.canonicalize(CanonicalizationAlgorithm::Unstable);
    graph
}

/// `graph` with every `xsd:integer` and `xsd:double` literal rewritten as one form per value
/// (15 significant digits). oxjsonld types a JSON number by how it is written (`3.0` and `5e20`
/// become doubles), where JSON-LD 1.1 and pyld type it by value (both are integers), and the
/// exporter follows the spec; the exact typing is checked against pyld by
/// `tests/python/check_rdf.py`.
fn numbers_by_value(graph: &Graph) -> Graph {
    use oxrdf::vocab::xsd;
    graph
        .iter()
        .map(|t| {
            let mut t = t.into_owned();
            if let oxrdf::Term::Literal(l) = &t.object
                && (l.datatype() == xsd::INTEGER || l.datatype() == xsd::DOUBLE)
                && let Ok(v) = l.value().parse::<f64>()
            {
                t.object =
                    oxrdf::Literal::new_typed_literal(format!("{v:.14E}"), xsd::DOUBLE).into();
            }
            t
        })
        .collect()
}

#[test]
fn vocab_files_are_fresh() {
    let stale = rdf::check_vocab_files(&root().join("vocab")).unwrap();
    assert!(
        stale.is_empty(),
        "stale vocabulary files {stale:?}: regenerate with `cargo run -- vocab --out vocab`"
    );
}

#[test]
fn every_vocabulary_term_is_labelled_and_commented() {
    let vocabulary = rdf::vocabulary().unwrap();
    let label = oxrdf::NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
    let comment =
        oxrdf::NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#comment");
    let mut defined = BTreeSet::new();
    for t in &vocabulary {
        if let oxrdf::NamedOrBlankNodeRef::NamedNode(s) = t.subject
            && s.as_str().starts_with(rdf::terms::NS)
        {
            defined.insert(s.into_owned());
        }
    }
    assert!(defined.len() > 150, "{}", defined.len());
    for term in &defined {
        for p in [label, comment] {
            assert!(
                vocabulary.object_for_subject_predicate(term, p).is_some(),
                "{term} has no {p}"
            );
        }
    }
    for file in ["ai-openness.ttl", "shapes.ttl", "alignments.ttl"] {
        let text = std::fs::read_to_string(root().join("vocab").join(file)).unwrap();
        let graph = parse_turtle(&text);
        for t in &graph {
            for node in [
                Some(t.subject.to_string()),
                Some(t.predicate.to_string()),
                match t.object {
                    TermRef::NamedNode(n) => Some(n.to_string()),
                    TermRef::Literal(l) => Some(format!("<{}>", l.datatype().as_str())),
                    _ => None,
                },
            ]
            .into_iter()
            .flatten()
            {
                let iri = node.trim_start_matches('<').trim_end_matches('>');
                if iri.starts_with(rdf::terms::NS) {
                    assert!(
                        defined.iter().any(|d| d.as_str() == iri),
                        "{file} uses the undefined term {iri}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_vocabulary_is_deterministic() {
    let a = rdf::vocab_files().unwrap();
    let b = rdf::vocab_files().unwrap();
    assert_eq!(a, b);
}

fn tiny() -> Release {
    let mut component = Component::new(ComponentKind::ModelWeights)
        .with_name("Weights v1")
        .with_evidence(Evidence::new(Url::new("https://e.org/card").unwrap()))
        .with_evidence(Evidence::new(Url::new("https://e.org/paper").unwrap()));
    component.location = Some(Url::new("https://e.org/w").unwrap());
    let mut named = Component::new(ComponentKind::TrainingCode);
    named.id = Some(Iri::new("https://github.com/e/train").unwrap());
    named
        .evidence
        .push(Evidence::new(Url::new("https://e.org/code").unwrap()));
    let mut release = Release::new("OLMo 2 7B")
        .with_component(component)
        .with_component(named);
    release.version = Some("1.0 (final)".to_owned());
    release.facts.systemic_risk = Some(false);
    release
}

#[test]
fn minted_iris_follow_the_documented_rule() {
    let options = ExportOptions::with_base("https://registry.example/ai/").unwrap();
    let export = rdf::to_graph(&tiny(), &options).unwrap();
    let root_iri = "https://registry.example/ai/olmo-2-7b/1.0-final";
    assert_eq!(export.root.to_string(), format!("<{root_iri}>"));
    let turtle = serialize(&export.graph, RdfFormat::Turtle);
    for expected in [
        format!("<{root_iri}/components/0>"),
        format!("<{root_iri}/components/0/evidence/1>"),
        "<https://github.com/e/train>".to_owned(),
        format!("<{root_iri}/components/1/evidence/0>"),
    ] {
        let graph = parse_turtle(&turtle);
        assert!(
            graph.iter().any(|t| t.subject.to_string() == expected),
            "{expected} missing from\n{turtle}"
        );
    }
    // Only collection cells stay blank.
    for t in &export.graph {
        if let oxrdf::NamedOrBlankNodeRef::BlankNode(_) = t.subject {
            assert!(
                t.predicate == oxrdf::vocab::rdf::FIRST || t.predicate == oxrdf::vocab::rdf::REST,
                "{t}"
            );
        }
    }
    // Minted IRIs come back as ids.
    let back = rdf::from_graph(&export.graph, &export.root).unwrap();
    assert_eq!(back.id.as_ref().map(Iri::as_str), Some(root_iri));
    assert_eq!(
        back.components[0].id.as_ref().map(Iri::as_str),
        Some(format!("{root_iri}/components/0").as_str())
    );
}

#[test]
fn instances_never_use_the_term_namespace() {
    let vocabulary = rdf::vocabulary().unwrap();
    let export = rdf::to_graph(&tiny(), &ExportOptions::default()).unwrap();
    for t in &export.graph {
        for term in [t.subject.to_string(), t.object.to_string()] {
            let iri = term.trim_start_matches('<').trim_end_matches('>');
            if iri.starts_with(rdf::terms::NS) {
                let node = oxrdf::NamedNodeRef::new_unchecked(iri);
                assert!(
                    vocabulary.triples_for_subject(node).next().is_some(),
                    "{iri} is used by an instance but is no term"
                );
            }
        }
    }
}

#[test]
fn several_descriptions_share_one_graph() {
    let mut exporter = Exporter::new(ExportOptions::default()).unwrap();
    let a = tiny();
    let mut b = tiny();
    b.name = "Other".to_owned();
    // A node is its IRI: the same component `id` in two descriptions would be one node.
    b.components[1].id = Some(Iri::new("https://github.com/e/other").unwrap());
    let ra = exporter.add(&a).unwrap();
    let rb = exporter.add(&b).unwrap();
    let graph = exporter.into_graph();
    assert_eq!(rdf::releases_in(&graph).len(), 2);
    assert_eq!(rdf::from_graph(&graph, &ra).unwrap(), a);
    assert_eq!(rdf::from_graph(&graph, &rb).unwrap(), b);
    let mut exporter =
        Exporter::new(ExportOptions::with_base("https://r.example/").unwrap()).unwrap();
    exporter.add(&a).unwrap();
    let err = exporter.add(&a).unwrap_err();
    assert!(err.to_string().contains("two descriptions"), "{err}");
}

#[test]
fn the_reader_is_strict() {
    let export = rdf::to_graph(&tiny(), &ExportOptions::default()).unwrap();
    let turtle = serialize(&export.graph, RdfFormat::Turtle);
    let read = |text: &str| {
        let graph = parse_turtle(text);
        let root = only_release(&graph);
        rdf::from_graph(&graph, &root)
    };
    assert_eq!(read(&turtle).unwrap(), tiny());
    // A second name.
    let two_names = turtle.replace(
        "schema:name \"OLMo 2 7B\"",
        "schema:name \"OLMo 2 7B\" , \"again\"",
    );
    let err = read(&two_names).unwrap_err();
    assert_eq!(err.pointer, "/name", "{err}");
    assert!(err.message.contains("2 values"), "{err}");
    // A triple the model has no field for.
    let extra = turtle.replace(
        "schema:name \"Weights v1\"",
        "schema:name \"Weights v1\" ; <https://e.org/unknown> 1",
    );
    let err = read(&extra).unwrap_err();
    assert_eq!(err.pointer, "/components/0", "{err}");
    assert!(err.message.contains("unexpected triple"), "{err}");
    // The node's own class is implied, so stating it is fine.
    let typed = turtle.replace(
        "a aiopen:ModelWeights",
        "a aiopen:ModelWeights , aiopen:Component",
    );
    assert_eq!(read(&typed).unwrap(), tiny());
    // A concept of the wrong vocabulary.
    let wrong = turtle.replace(
        "a aiopen:ModelWeights",
        "a aiopen:ModelWeights , aiopen:TrainingCode",
    );
    let err = read(&wrong).unwrap_err();
    assert!(err.message.contains("2 classes"), "{err}");
    // A date that is no date.
    let mut dated = tiny();
    dated.release_date = Some(ai_openness::model::Date::new("2024-02-29").unwrap());
    let text = serialize(
        &rdf::to_graph(&dated, &ExportOptions::default())
            .unwrap()
            .graph,
        RdfFormat::Turtle,
    );
    let err = read(&text.replace("2024-02-29", "2023-02-29")).unwrap_err();
    assert_eq!(err.pointer, "/release_date", "{err}");
    // Systemic risk as a string.
    let err = read(&turtle.replace("aiopen:systemicRisk false", "aiopen:systemicRisk \"no\""))
        .unwrap_err();
    assert_eq!(err.pointer, "/facts/systemic_risk", "{err}");
    // A format version this crate does not read (found by fuzzing: it was read as current).
    assert!(turtle.contains("aiopen:specVersion \"0.1.0\""), "{turtle}");
    let newer = turtle.replace(
        "aiopen:specVersion \"0.1.0\"",
        "aiopen:specVersion \"5.1.0\"",
    );
    let err = read(&newer).unwrap_err();
    assert_eq!(err.pointer, "/spec_version", "{err}");
    assert!(
        err.message.contains("unsupported spec_version `5.1.0`"),
        "{err}"
    );
    let err = read(&turtle.replace("aiopen:specVersion \"0.1.0\"", "aiopen:specVersion \"x\""))
        .unwrap_err();
    assert_eq!(err.pointer, "/spec_version", "{err}");
    // A compatible newer patch version reads.
    let patch = turtle.replace(
        "aiopen:specVersion \"0.1.0\"",
        "aiopen:specVersion \"0.1.7\"",
    );
    assert_eq!(read(&patch).unwrap().spec_version.to_string(), "0.1.7");
}

#[test]
fn a_malformed_collection_is_an_error() {
    let export = rdf::to_graph(&tiny(), &ExportOptions::default()).unwrap();
    let mut text = serialize(&export.graph, RdfFormat::NTriples);
    // Make the first cell of the components list loop back on itself.
    let cell = "_:r0-components-l0";
    text = text.replace(
        &format!("{cell} <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:r0-components-l1 ."),
        &format!("{cell} <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> {cell} ."),
    );
    let graph = parse(&text, RdfFormat::NTriples);
    let root = only_release(&graph);
    let err = rdf::from_graph(&graph, &root).unwrap_err();
    assert!(err.message.contains("cycle"), "{err}");
}

/// The native JSON of `release` with the published context inline, as a JSON-LD document.
fn with_context(release: &Release) -> String {
    let context: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("vocab/context.jsonld")).unwrap(),
    )
    .unwrap();
    let mut doc = serde_json::to_value(release).unwrap();
    doc.as_object_mut()
        .unwrap()
        .insert("@context".to_owned(), context["@context"].clone());
    serde_json::to_string(&doc).unwrap()
}

#[test]
fn the_context_expands_a_document_to_the_export() {
    let release = tiny();
    let expanded = parse(&with_context(&release), RdfFormat::JsonLd);
    let exported = rdf::to_graph(&release, &ExportOptions::default().description_only())
        .unwrap()
        .graph;
    assert_eq!(canonical(expanded), canonical(exported));
    assert!(exported_has_no_numbers(&release));
}

/// Whether `release` has no numbers (so the exact comparison above needs no normalising).
fn exported_has_no_numbers(release: &Release) -> bool {
    release.facts.training_compute_flop.is_none() && release.evaluations.is_empty()
}

/// The examples this test was written against: every one must be found (more may be added).
const EXAMPLES: [&str; 7] = [
    "bloom.yaml",
    "gemma-2.yaml",
    "llama-3.1.yaml",
    "ministral-8b-moderated-system.yaml",
    "mistral-7b.yaml",
    "olmo-2.yaml",
    "pythia.yaml",
];

/// Every description under `examples/` (the profiles are in `examples/profiles/`); panics when
/// one of [`EXAMPLES`] is missing, so a test over them never passes on an empty set.
fn examples() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    let names: BTreeSet<String> = found
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    for name in EXAMPLES {
        assert!(
            names.contains(name),
            "examples/{name} is missing: {names:?}"
        );
    }
    found
}

#[test]
fn the_examples_are_all_found() {
    assert!(examples().len() >= EXAMPLES.len());
}

fn load(path: &Path) -> Release {
    let text = std::fs::read_to_string(path).unwrap();
    document::from_str(&text, Format::Yaml).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_example_round_trips_and_matches_its_json_ld_expansion() {
    for path in examples() {
        let release = load(&path);
        let export = rdf::to_graph(&release, &ExportOptions::default()).unwrap();
        for format in [RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::JsonLd] {
            let graph = parse(&serialize(&export.graph, format), format);
            let root = only_release(&graph);
            let back = rdf::from_graph(&graph, &root)
                .unwrap_or_else(|e| panic!("{} ({format:?}): {e}", path.display()));
            assert_eq!(back, release, "{} ({format:?})", path.display());
        }
        let expanded = parse(&with_context(&release), RdfFormat::JsonLd);
        let description = rdf::to_graph(&release, &ExportOptions::default().description_only())
            .unwrap()
            .graph;
        assert_eq!(
            canonical(numbers_by_value(&expanded)),
            canonical(numbers_by_value(&description)),
            "{}",
            path.display()
        );
        // The default export adds exactly the links for queries: one aiopen:hasComponent per
        // component and one aiopen:expressionLicence per distinct listed licence.
        let links: Vec<_> = export
            .graph
            .iter()
            .filter(|t| !description.contains(*t))
            .collect();
        let has_component = links
            .iter()
            .filter(|t| t.predicate.as_str().ends_with("#hasComponent"))
            .count();
        assert_eq!(
            has_component,
            release.components.len(),
            "{}",
            path.display()
        );
        assert!(
            links
                .iter()
                .all(|t| t.predicate.as_str().ends_with("#hasComponent")
                    || (t.predicate.as_str().ends_with("#expressionLicence")
                        && t.object
                            .to_string()
                            .starts_with("<http://spdx.org/licenses/"))),
            "{links:?}"
        );
    }
}

#[test]
fn licences_are_iris_beside_their_expressions() {
    let release = document::from_str(
        "spec_version: 0.1.0\nname: Licensed\ncomponents:\n\
         - {kind: model_weights, license: Apache-2.0 OR MIT, availability: public}\n\
         - {kind: training_code, license: GPL-2.0+ WITH Classpath-exception-2.0, availability: public}\n\
         - {kind: model_card, license: LicenseRef-Acme-Card, availability: public}\n",
        Format::Yaml,
    )
    .unwrap();
    let licences = |options: &ExportOptions| -> Vec<(String, String)> {
        let graph = rdf::to_graph(&release, options).unwrap().graph;
        let mut found: Vec<(String, String)> = graph
            .iter()
            .filter(|t| t.predicate.as_str().ends_with("#expressionLicence"))
            .map(|t| {
                let component = graph
                    .triples_for_object(t.subject)
                    .find(|c| c.predicate.as_str().ends_with("#hasComponent"))
                    .map(|_| t.subject.to_string())
                    .unwrap_or_default();
                (component, t.object.to_string())
            })
            .collect();
        found.sort();
        found
            .into_iter()
            .map(|(c, l)| (c.rsplit('/').next().unwrap_or_default().to_owned(), l))
            .collect()
    };
    let based = ExportOptions::with_base("https://registry.example/ai/").unwrap();
    assert_eq!(
        licences(&based),
        [
            (
                "0>".to_owned(),
                "<http://spdx.org/licenses/Apache-2.0>".to_owned()
            ),
            ("0>".to_owned(), "<http://spdx.org/licenses/MIT>".to_owned()),
            (
                "1>".to_owned(),
                "<http://spdx.org/licenses/GPL-2.0-or-later>".to_owned()
            ),
            (
                "2>".to_owned(),
                "<https://registry.example/ai/licences/LicenseRef-Acme-Card>".to_owned()
            ),
        ]
    );
    // Without a base a LicenseRef- licence has no IRI; SPDX ids still do.
    assert_eq!(licences(&ExportOptions::default()).len(), 3);
    assert!(licences(&ExportOptions::default().description_only()).is_empty());
}

/// Whether the `id`s of a release are distinct (a node is its IRI, so two values with one `id`
/// are one node).
fn ids_are_distinct(release: &Release) -> bool {
    let mut ids = Vec::new();
    ids.extend(release.id.iter().cloned());
    let refs = release
        .lineage
        .iter()
        .chain(release.components.iter().flat_map(|c| c.lineage.iter()))
        .filter_map(|l| l.base.id.clone());
    ids.extend(refs);
    ids.extend(release.components.iter().filter_map(|c| c.id.clone()));
    let set: BTreeSet<_> = ids.iter().collect();
    set.len() == ids.len()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn native_rdf_native_is_lossless(release in common::strategies::release()) {
        prop_assume!(ids_are_distinct(&release));
        let export = rdf::to_graph(&release, &ExportOptions::default()).unwrap();
        let back = rdf::from_graph(&export.graph, &export.root).unwrap();
        prop_assert_eq!(&back, &release);
        for format in [RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::JsonLd] {
            let text = serialize(&export.graph, format);
            let graph = parse(&text, format);
            prop_assert_eq!(graph.len(), export.graph.len());
            let root = only_release(&graph);
            let back = rdf::from_graph(&graph, &root).unwrap();
            prop_assert_eq!(&back, &release, "{:?}", format);
        }
        prop_assert_eq!(
            serialize(&export.graph, RdfFormat::Turtle),
            serialize(&rdf::to_graph(&release, &ExportOptions::default()).unwrap().graph, RdfFormat::Turtle)
        );
    }

    #[test]
    fn every_classification_has_terms(release in common::strategies::release()) {
        prop_assume!(ids_are_distinct(&release));
        let verdicts = ai_openness::classify::classify_all(&release);
        let mut exporter = Exporter::new(ExportOptions::default()).unwrap();
        let root = exporter.add_classified(&release, &verdicts).unwrap();
        prop_assert_eq!(rdf::from_graph(exporter.graph(), &root).unwrap(), release);
    }

    #[test]
    fn the_context_agrees_with_the_export(release in common::strategies::release()) {
        prop_assume!(ids_are_distinct(&release));
        let expanded = parse(&with_context(&release), RdfFormat::JsonLd);
        let exported = rdf::to_graph(&release, &ExportOptions::default().description_only())
            .unwrap()
            .graph;
        prop_assert_eq!(
            canonical(numbers_by_value(&expanded)),
            canonical(numbers_by_value(&exported))
        );
    }
}

/// A hand-built release that reaches MOF Class III (its six components under licences the
/// Model Openness Tool counts as open), so the export of a reached level is tested too: no
/// shipped example reaches a level of any framework.
fn class_iii() -> Release {
    document::from_str(
        "spec_version: 0.1.0\nname: Class three\ncomponents:\n\
         - {kind: model_architecture, license: MIT, availability: public}\n\
         - {kind: model_weights, license: CDLA-Permissive-2.0, availability: public}\n\
         - {kind: evaluation_results, license: CC-BY-4.0, availability: public}\n\
         - {kind: model_card, license: CC-BY-4.0, availability: public}\n\
         - {kind: data_card, license: CC-BY-4.0, availability: public}\n\
         - {kind: technical_report, license: CC-BY-4.0, availability: public}\n",
        Format::Yaml,
    )
    .unwrap()
}

#[test]
fn classifications_are_exported_with_their_criteria() {
    use oxrdf::vocab::rdf as r;
    let aio = |local: &str| oxrdf::NamedNode::new(format!("{}{local}", rdf::terms::NS)).unwrap();
    let mut checked = 0;
    let mut reached_levels = Vec::new();
    let mut inputs: Vec<(String, Release)> = examples()
        .iter()
        .map(|p| (p.display().to_string(), load(p)))
        .collect();
    inputs.push(("hand-built Class III".to_owned(), class_iii()));
    let vocabulary = rdf::vocabulary().unwrap();
    for (name, release) in &inputs {
        let verdicts = ai_openness::classify::classify_all(release);
        let mut exporter = Exporter::new(ExportOptions::default()).unwrap();
        let root = exporter.add_classified(release, &verdicts).unwrap();
        let graph = exporter.into_graph();
        // The description itself still reads back unchanged.
        assert_eq!(&rdf::from_graph(&graph, &root).unwrap(), release, "{name}");
        let components: BTreeSet<String> = graph
            .objects_for_subject_predicate(&root, &aio("components"))
            .flat_map(|head| list_items(&graph, head))
            .map(|t| t.to_string())
            .collect();
        for verdict in &verdicts {
            let level = aio(&format!("Level-{}-{}", verdict.framework, verdict.level));
            let node = graph
                .subjects_for_predicate_object(&aio("classifiedRelease"), &root)
                .find(|c| {
                    graph
                        .object_for_subject_predicate(*c, &aio("resultLevel"))
                        .is_some_and(|l| l == level.as_ref().into())
                })
                .unwrap_or_else(|| panic!("{name}: no classification at {level}"));
            assert!(graph.contains(oxrdf::TripleRef::new(
                node,
                &aio("underFramework"),
                &aio(&format!("Framework-{}", verdict.framework)),
            )));
            let reached =
                graph.contains(oxrdf::TripleRef::new(&root, &aio("reachesLevel"), &level));
            // Achievements only: the levels whose spec names an RDF class (MOF classes, OSAID
            // conformance, the DPG Standard met, the OSAI Index's `open`, …).
            let achieved = verdict
                .framework
                .as_str()
                .parse::<ai_openness::classify::Framework>()
                .ok()
                .and_then(|f| f.spec().level(verdict.level.as_str()))
                .is_some_and(|l| l.class.is_some());
            assert_eq!(reached, achieved, "{name}");
            if reached {
                reached_levels.push(format!("{name}: {}", level.as_str()));
            }
            let head = graph
                .object_for_subject_predicate(node, &aio("criteria"))
                .unwrap();
            let criteria = list_items(&graph, head);
            assert_eq!(criteria.len(), verdict.criteria.len());
            assert!(!criteria.is_empty(), "{name}: {}", verdict.framework);
            for (term, criterion) in criteria.iter().zip(&verdict.criteria) {
                let TermRef::BlankNode(c) = term.as_ref() else {
                    panic!("{term}")
                };
                assert!(graph.contains(oxrdf::TripleRef::new(c, r::TYPE, &aio("CriterionResult"))));
                let status = aio(&format!("Status-{}", criterion.status.as_str()));
                assert!(graph.contains(oxrdf::TripleRef::new(c, &aio("status"), &status)));
                // Every criterion tests an item of its own framework, defined in the vocabulary
                // with the framework as its scheme.
                let items: Vec<_> = graph
                    .objects_for_subject_predicate(c, &aio("testsItem"))
                    .collect();
                let [TermRef::NamedNode(item)] = items.as_slice() else {
                    panic!("{name}: {} has items {items:?}", criterion.id)
                };
                assert!(
                    vocabulary.contains(oxrdf::TripleRef::new(
                        *item,
                        oxrdf::NamedNodeRef::new_unchecked(
                            "http://www.w3.org/2004/02/skos/core#inScheme"
                        ),
                        &aio(&format!("Framework-{}", verdict.framework)),
                    )),
                    "{name}: {item} is not an item of {}",
                    verdict.framework
                );
                let decided: Vec<String> = graph
                    .objects_for_subject_predicate(c, &aio("decidedBy"))
                    .map(|t| t.to_string())
                    .collect();
                assert_eq!(decided.len(), criterion.components.len());
                assert!(
                    decided.iter().all(|d| components.contains(d)),
                    "{decided:?}"
                );
            }
            checked += 1;
        }
    }
    // Every input under every built-in framework.
    assert_eq!(
        checked,
        inputs.len() * ai_openness::classify::Framework::ALL.len()
    );
    // The hand-built release reaches MOF Class III and nothing else does (update when an
    // example reaches a level).
    let hand_built: Vec<&String> = reached_levels
        .iter()
        .filter(|l| l.starts_with("hand-built"))
        .collect();
    assert_eq!(
        hand_built,
        [&format!(
            "hand-built Class III: {}Level-mof-1.0-class-3",
            rdf::terms::NS
        )],
        "{reached_levels:?}"
    );
}

#[test]
fn findings_and_custom_profiles_are_exported() {
    use ai_openness::classify::{self, Profile};
    let aio = |local: &str| oxrdf::NamedNode::new(format!("{}{local}", rdf::terms::NS)).unwrap();
    let profile =
        classify::custom::read_profile(&root().join("examples/profiles/mof-ladder.yaml")).unwrap();
    let release = load(&root().join("examples/llama-3.1.yaml"));
    let under: Vec<&dyn Profile> = vec![&classify::Framework::Mof10, &profile];
    let assessment = classify::assess(&release, &under);
    assert!(
        !assessment.findings.is_empty(),
        "llama-3.1 has open-washing findings"
    );
    for base in [None, Some("https://registry.example/ai/")] {
        let options = base.map_or_else(ExportOptions::default, |b| {
            ExportOptions::with_base(b).unwrap()
        });
        let mut exporter = Exporter::new(options).unwrap();
        let root_node = exporter.add_assessed(&release, &assessment).unwrap();
        let graph = exporter.into_graph();
        if base.is_none() {
            assert_eq!(rdf::from_graph(&graph, &root_node).unwrap(), release);
        }
        // Every finding, with its code, severity and pointer.
        let findings: Vec<_> = graph
            .subjects_for_predicate_object(&aio("findingAbout"), &root_node)
            .collect();
        let notes: usize = assessment
            .classifications
            .iter()
            .map(|c| c.notes.len())
            .sum();
        assert_eq!(findings.len(), assessment.findings.len() + notes);
        let codes: BTreeSet<String> = findings
            .iter()
            .filter_map(|f| graph.object_for_subject_predicate(*f, &aio("findingCode")))
            .map(|t| match t {
                TermRef::Literal(l) => l.value().to_owned(),
                other => panic!("{other}"),
            })
            .collect();
        for finding in &assessment.findings {
            assert!(codes.contains(finding.code.as_str()), "{}", finding.code);
        }
        // The custom profile: its own node, its levels and its criteria as items.
        let custom = graph
            .subjects_for_predicate_object(&aio("classifiedRelease"), &root_node)
            .find(|c| {
                graph
                    .object_for_subject_predicate(*c, &aio("underFramework"))
                    .is_some_and(|f| !f.to_string().contains(rdf::terms::NS))
            })
            .expect("the custom classification");
        let framework = graph
            .object_for_subject_predicate(custom, &aio("underFramework"))
            .unwrap();
        match base {
            Some(b) => assert_eq!(framework.to_string(), format!("<{b}profiles/mof-ladder>")),
            None => assert!(matches!(framework, TermRef::BlankNode(_))),
        }
        let framework: oxrdf::NamedOrBlankNodeRef<'_> = match framework {
            TermRef::NamedNode(n) => n.into(),
            TermRef::BlankNode(b) => b.into(),
            other => panic!("{other}"),
        };
        assert!(graph.contains(oxrdf::TripleRef::new(
            framework,
            oxrdf::vocab::rdf::TYPE,
            &aio("Framework")
        )));
        let head = graph
            .object_for_subject_predicate(custom, &aio("criteria"))
            .unwrap();
        let criteria = list_items(&graph, head);
        assert_eq!(criteria.len(), profile.file().criteria.len());
        let in_scheme =
            oxrdf::NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#inScheme");
        for c in &criteria {
            let c: oxrdf::NamedOrBlankNodeRef<'_> = match c.as_ref() {
                TermRef::NamedNode(n) => n.into(),
                TermRef::BlankNode(b) => b.into(),
                other => panic!("{other}"),
            };
            let item = graph
                .object_for_subject_predicate(c, &aio("testsItem"))
                .unwrap();
            let item: oxrdf::NamedOrBlankNodeRef<'_> = match item {
                TermRef::NamedNode(n) => n.into(),
                TermRef::BlankNode(b) => b.into(),
                other => panic!("{other}"),
            };
            assert!(graph.contains(oxrdf::TripleRef::new(item, in_scheme, framework)));
        }
    }
}

/// The items of the collection at `head`.
fn list_items(graph: &Graph, head: TermRef<'_>) -> Vec<oxrdf::Term> {
    use oxrdf::vocab::rdf as r;
    let mut items = Vec::new();
    let mut cell = head.into_owned();
    while let oxrdf::Term::BlankNode(b) = &cell {
        items.push(
            graph
                .object_for_subject_predicate(b, r::FIRST)
                .unwrap()
                .into_owned(),
        );
        cell = graph
            .object_for_subject_predicate(b, r::REST)
            .unwrap()
            .into_owned();
    }
    items
}

#[test]
fn awkward_text_and_numbers_survive() {
    let mut release = tiny();
    release.description =
        Some("quote \" backslash \\ tab \t newline \n return \r bell \u{7} — 模型 🚀".to_owned());
    release.id = Some(Iri::new("https://例え.jp/モデル/x?q=1#frag").unwrap());
    release.facts.training_compute_flop = Some(5.0e20);
    for score in [
        0.1 + 0.2,
        1.0e25,
        5.0e20,
        -0.0,
        1.5e-300,
        3.0,
        -7.25,
        f64::MAX,
    ] {
        let mut e = ai_openness::model::Evaluation::new("bench");
        e.score = Some(score);
        release.evaluations.push(e);
    }
    let export = rdf::to_graph(&release, &ExportOptions::default()).unwrap();
    for format in [RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::JsonLd] {
        let graph = parse(&serialize(&export.graph, format), format);
        let back = rdf::from_graph(&graph, &only_release(&graph)).unwrap();
        // Equal as the model compares them (-0.0 comes back as 0.0, as JSON-LD writes it).
        assert_eq!(back, release, "{format:?}");
    }
}

#[test]
fn the_shapes_agree_with_the_published_json_schema() {
    use oxrdf::NamedNodeRef as N;
    let sh = |l: &str| format!("http://www.w3.org/ns/shacl#{l}");
    let shapes = rdf::shapes().unwrap();
    let schema = ai_openness::schema::schema().to_value();
    let mut objects: Vec<(String, &serde_json::Value)> = vec![("Release".to_owned(), &schema)];
    for (name, def) in schema["$defs"].as_object().unwrap() {
        objects.push((name.clone(), def));
    }
    // The licence's long form is the object branch of its `anyOf`.
    let mut checked = 0;
    for (name, def) in objects {
        let def = match def.get("anyOf").and_then(|a| a.as_array()) {
            Some(branches) => match branches.iter().find(|b| b.get("properties").is_some()) {
                Some(object) => object,
                None => continue,
            },
            None => def,
        };
        let Some(properties) = def.get("properties").and_then(|p| p.as_object()) else {
            continue;
        };
        let required: BTreeSet<&str> = def["required"]
            .as_array()
            .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        // `Facts` is nested into the release (`@nest`): its keys are `facts.<key>` there.
        let (shape, prefix) = if name == "Facts" {
            ("Release".to_owned(), "facts.")
        } else {
            (name.clone(), "")
        };
        let shape =
            oxrdf::NamedNode::new(format!("https://w3id.org/ai-openness/shapes#{shape}")).unwrap();
        let mut in_shape = BTreeSet::new();
        let mut minimum = BTreeSet::new();
        for p in shapes.objects_for_subject_predicate(&shape, N::new_unchecked(&sh("property"))) {
            let oxrdf::TermRef::BlankNode(p) = p else {
                continue;
            };
            let Some(oxrdf::TermRef::Literal(key)) =
                shapes.object_for_subject_predicate(p, N::new_unchecked(&sh("name")))
            else {
                continue;
            };
            let key = key.value();
            if key.ends_with("[]")
                || !key.starts_with(prefix)
                || (prefix.is_empty() && key.contains('.'))
            {
                continue;
            }
            let key = key.trim_start_matches(prefix).to_owned();
            let min = ["minCount", "qualifiedMinCount"].iter().any(|m| {
                shapes
                    .object_for_subject_predicate(p, N::new_unchecked(&sh(m)))
                    .is_some()
            });
            if min {
                minimum.insert(key.clone());
            }
            in_shape.insert(key);
        }
        let in_schema: BTreeSet<String> = properties
            .keys()
            .filter(|k| !(name == "Release" && *k == "facts"))
            .filter(|k| *k != "id")
            .cloned()
            .collect();
        assert_eq!(in_shape, in_schema, "{name}: keys");
        let required: BTreeSet<String> = required.iter().map(|k| (*k).to_owned()).collect();
        assert_eq!(minimum, required, "{name}: required keys");
        checked += 1;
    }
    assert!(checked >= 15, "{checked}");
}

#[test]
fn exports_record_their_provenance() {
    let prov =
        |local: &str| oxrdf::NamedNode::new(format!("http://www.w3.org/ns/prov#{local}")).unwrap();
    let aio = |local: &str| oxrdf::NamedNode::new(format!("{}{local}", rdf::terms::NS)).unwrap();
    let path = root().join("examples/pythia.yaml");
    let bytes = std::fs::read(&path).unwrap();
    let release = load(&path);
    let mut exporter =
        Exporter::new(ExportOptions::with_base("https://registry.example/ai/").unwrap()).unwrap();
    exporter.from_input(rdf::Input::from_bytes("pythia.yaml", &bytes));
    let verdicts = ai_openness::classify::classify_all(&release);
    let root_node = exporter.add_classified(&release, &verdicts).unwrap();
    exporter.add_provenance(&rdf::Timestamp::from_epoch(1_700_000_000));
    let graph = exporter.into_graph();
    // The description still reads back (the release's link to its input is left aside).
    assert_eq!(
        rdf::from_graph(&graph, &root_node).unwrap().name,
        release.name
    );
    let input = oxrdf::NamedNode::new("https://registry.example/ai/-export/inputs/0").unwrap();
    assert!(graph.contains(oxrdf::TripleRef::new(
        &root_node,
        &prov("wasDerivedFrom"),
        &input
    )));
    let checksum = graph
        .object_for_subject_predicate(&input, &aio("checksum"))
        .and_then(|c| match c {
            TermRef::NamedNode(n) => graph.object_for_subject_predicate(n, &aio("checksumValue")),
            _ => None,
        })
        .map(|v| v.to_string());
    // `sha256sum examples/pythia.yaml` computed independently would do; the FIPS vectors are
    // checked in the unit tests, here the digest must be the one of these bytes.
    assert_eq!(
        checksum,
        Some(format!(
            "\"{}\"",
            rdf::Input::from_reader("x", &bytes[..])
                .unwrap()
                .sha256
                .unwrap()
        ))
    );
    let activity = oxrdf::NamedNode::new("https://registry.example/ai/-export/activity").unwrap();
    let tool = oxrdf::NamedNode::new(format!(
        "https://crates.io/crates/ai-openness/{}",
        env!("CARGO_PKG_VERSION")
    ))
    .unwrap();
    assert!(graph.contains(oxrdf::TripleRef::new(
        &activity,
        &prov("wasAssociatedWith"),
        &tool
    )));
    assert!(graph.contains(oxrdf::TripleRef::new(&activity, &prov("used"), &input)));
    let frameworks: BTreeSet<String> = graph
        .objects_for_subject_predicate(&activity, &aio("underFramework"))
        .map(|t| t.to_string())
        .collect();
    assert_eq!(
        frameworks.len(),
        ai_openness::classify::Framework::ALL.len()
    );
    let verdict_nodes = graph
        .subjects_for_predicate_object(&prov("wasGeneratedBy"), &activity)
        .count();
    // Every classification and the export itself.
    assert_eq!(verdict_nodes, verdicts.len() + 1);
    let export = oxrdf::NamedNode::new("https://registry.example/ai/-export").unwrap();
    assert_eq!(
        graph
            .object_for_subject_predicate(&export, &prov("generatedAtTime"))
            .map(|t| t.to_string()),
        Some("\"2023-11-14T22:13:20Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>".to_owned())
    );
}

#[test]
fn the_vocabulary_is_versioned_with_the_format() {
    let vocabulary = rdf::vocabulary().unwrap();
    let header = oxrdf::NamedNodeRef::new_unchecked(rdf::terms::ONTOLOGY);
    let owl = |local: &str| {
        oxrdf::NamedNode::new(format!("http://www.w3.org/2002/07/owl#{local}")).unwrap()
    };
    let version = ai_openness::model::SpecVersion::CURRENT.to_string();
    assert_eq!(
        vocabulary
            .object_for_subject_predicate(header, &owl("versionInfo"))
            .map(|t| t.to_string()),
        Some(format!("\"{version}\""))
    );
    assert_eq!(
        vocabulary
            .object_for_subject_predicate(header, &owl("versionIRI"))
            .map(|t| t.to_string()),
        Some(format!("<https://w3id.org/ai-openness/{version}/vocab>"))
    );
    // Every framework term carries its framework's version.
    for framework in ai_openness::classify::Framework::ALL {
        let node = oxrdf::NamedNode::new(format!("{}Framework-{}", rdf::terms::NS, framework.id()))
            .unwrap();
        assert_eq!(
            vocabulary
                .object_for_subject_predicate(&node, &owl("versionInfo"))
                .map(|t| t.to_string()),
            Some(format!("\"{}\"", framework.spec().version)),
            "{framework}"
        );
    }
}

#[test]
fn the_exporter_writes_what_its_graph_writes() {
    let mut exporter = Exporter::new(ExportOptions::default()).unwrap();
    let mut count = 0;
    for path in examples() {
        let release = load(&path);
        exporter.from_input(rdf::Input::unread(path.display().to_string()));
        exporter
            .add_classified(&release, &ai_openness::classify::classify_all(&release))
            .unwrap();
        count += 1;
    }
    exporter.add_provenance(&rdf::Timestamp::from_epoch(0));
    assert_eq!(count, examples().len());
    for format in [RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::JsonLd] {
        let mut direct = Vec::new();
        exporter.serialize(format, &mut direct).unwrap();
        assert_eq!(
            String::from_utf8(direct).unwrap(),
            serialize(exporter.graph(), format),
            "{format:?}"
        );
    }
}
