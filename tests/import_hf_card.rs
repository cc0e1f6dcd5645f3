//! Importing Hugging Face model cards: every shared card imports (or fails with the located error
//! its README predicts) with its licence, gate, data sets and lineage; the crate's own cards test
//! every mapping; use-restricted licences never conform to OSAID 1.0 and are flagged when called
//! open source.

mod common;

use std::path::Path;

use ai_openness::classify::osaid_1_0::{self, OsaidLevel};
use ai_openness::classify::washing::detect;
use ai_openness::import::Imported;
use ai_openness::import::hf_card;
use ai_openness::model::{
    Claim, ClaimKind, Component, ComponentKind as K, LineageRelation, Release,
};
use ai_openness::pipeline::{DocumentKind, Pipeline};

fn card(rel: &str) -> Option<String> {
    let path = common::fixture(&format!("hf-model-cards/{rel}"))?;
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn own(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/hf-card")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn import(text: &str) -> Imported {
    hf_card::from_text(text).unwrap_or_else(|e| panic!("import failed: {e}"))
}

fn weights(r: &Release) -> &Component {
    r.components_of(K::ModelWeights).next().expect("weights").1
}

fn licence(c: &Component) -> Option<&str> {
    c.license.as_ref().map(|l| l.expression.as_str())
}

fn codes(imported: &Imported) -> Vec<&str> {
    imported
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect()
}

/// Card → (licence of the weights, gated, names of the training data sets).
const REAL: &[(&str, Option<&str>, bool, &[&str])] = &[
    (
        "allenai__OLMo-7B.README.md",
        Some("Apache-2.0"),
        false,
        &["allenai/dolma"],
    ),
    (
        "EleutherAI__gpt-j-6b.README.md",
        Some("Apache-2.0"),
        false,
        &["EleutherAI/pile"],
    ),
    (
        "databricks__dolly-v2-12b.README.md",
        Some("MIT"),
        false,
        &["databricks/databricks-dolly-15k"],
    ),
    (
        "bigscience__bloom.README.md",
        Some("LicenseRef-BigScience-BLOOM-RAIL-1.0"),
        false,
        &[],
    ),
    (
        "CompVis__stable-diffusion-v1-4.README.md",
        Some("LicenseRef-CreativeML-OpenRAIL-M"),
        true,
        &[],
    ),
    (
        "meta-llama__Meta-Llama-3-8B.README.md",
        Some("LicenseRef-Llama-3-Community"),
        true,
        &[],
    ),
    (
        "NousResearch__Llama-2-7b-chat-hf.README.md",
        None,
        true,
        &[],
    ),
    (
        "google__gemma-7b.README.md",
        Some("LicenseRef-Gemma-Terms-of-Use"),
        true,
        &[],
    ),
    (
        "tiiuae__falcon-mamba-7b.README.md",
        Some("LicenseRef-falcon-mamba-7b-license"),
        false,
        &["tiiuae/falcon-refinedweb", "HuggingFaceFW/fineweb-edu"],
    ),
    (
        "CohereForAI__c4ai-command-r-plus.README.md",
        Some("CC-BY-NC-4.0"),
        true,
        &[],
    ),
    ("jbetker__tortoise-tts-v2.README.md", None, false, &[]),
    ("hfhub-sample_simple.md", Some("MIT"), false, &["beans"]),
    ("hfhub-sample_no_metadata.md", None, false, &[]),
    (
        "hfhub-sample_windows_line_breaks.md",
        Some("MIT"),
        false,
        &[],
    ),
];

#[test]
fn every_real_card_imports_with_its_licence_gate_and_data() {
    for (file, expected, gated, datasets) in REAL {
        let Some(text) = card(file) else { return };
        let imported = import(&text);
        let r = &imported.release;
        let w = weights(r);
        assert_eq!(licence(w), *expected, "{file}");
        assert_eq!(w.availability.as_str() == "gated", *gated, "{file}");
        if *gated {
            assert!(w.access_terms.is_some(), "{file}: the gate's terms");
        }
        let names: Vec<&str> = r
            .components_of(K::PretrainingData)
            .filter_map(|(_, c)| c.name.as_deref())
            .collect();
        assert_eq!(names, *datasets, "{file}");
        if expected.is_none() {
            assert!(
                codes(&imported).contains(&"import-licence-unstated"),
                "{file}"
            );
        }
        // A card is not an inventory: no completeness statement, nothing said not to be released.
        assert!(r.completeness.is_none(), "{file}");
        assert!(
            r.components
                .iter()
                .all(|c| c.availability.as_str() != "not_released"),
            "{file}"
        );
        // Every diagnostic is located in the card.
        assert!(
            imported.diagnostics.iter().all(|d| d.line.is_some()),
            "{file}"
        );
    }
}

#[test]
fn specific_cards_keep_what_they_state() {
    let Some(falcon) = card("tiiuae__falcon-mamba-7b.README.md") else {
        return;
    };
    let imported = import(&falcon);
    let r = &imported.release;
    assert_eq!(r.name, "falcon-mamba-7b");
    let l = weights(r).license.as_ref().unwrap();
    assert_eq!(l.declared.as_deref(), Some("falcon-mamba-7b-license"));
    assert_eq!(
        l.url.as_ref().map(|u| u.as_str()),
        Some("https://falconllm.tii.ae/falcon-mamba-7b-terms-and-conditions.html")
    );
    assert_eq!(
        r.evaluations.len(),
        6,
        "one evaluation per model-index result"
    );
    assert!(r.evaluations.iter().all(|e| e.is_graded()));
    assert!(codes(&imported).contains(&"import-licence-not-spdx"));

    let Some(bloom) = card("bigscience__bloom.README.md") else {
        return;
    };
    let r = import(&bloom).release;
    assert!(!r.evaluations.is_empty());
    assert!(r.has(K::TechnicalReport), "the card links its arXiv paper");
    assert!(r.has(K::ComputeReport), "co2_eq_emissions");

    let Some(llama3) = card("meta-llama__Meta-Llama-3-8B.README.md") else {
        return;
    };
    let r = import(&llama3).release;
    let terms = weights(&r).access_terms.as_ref().unwrap();
    assert!(terms.description.as_deref().unwrap().contains("LLAMA 3"));
    assert_eq!(r.modality.map(|m| m.as_str()), Some("text"));

    let Some(sd) = card("CompVis__stable-diffusion-v1-4.README.md") else {
        return;
    };
    let r = import(&sd).release;
    let report = r.components_of(K::TechnicalReport).next().unwrap().1;
    assert!(
        report
            .evidence
            .iter()
            .all(|e| e.url.as_str().contains("arxiv.org"))
    );
}

#[test]
fn the_hub_spec_files_import_with_their_problems_reported() {
    // The annotated spec's front matter is a template: `{license}` is a mapping, not a licence.
    let Some(spec) = card("spec-modelcard.md") else {
        return;
    };
    let imported = import(&spec);
    assert_eq!(licence(weights(&imported.release)), None);
    let invalid: Vec<&str> = imported
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "import-invalid-value")
        .map(|d| d.pointer.as_str())
        .collect();
    for pointer in ["/license", "/license_name", "/library_name", "/base_model"] {
        assert!(invalid.contains(&pointer), "{pointer}: {invalid:?}");
    }
    assert!(imported.unmapped.iter().any(|u| u.pointer == "/license"));
    // The licence table page has no front matter: a card that states nothing.
    let Some(table) = card("spec-repositories-licenses.md") else {
        return;
    };
    let imported = import(&table);
    assert_eq!(licence(weights(&imported.release)), None);
    assert!(codes(&imported).contains(&"import-licence-unstated"));
}

#[test]
fn crlf_and_lf_cards_import_the_same() {
    let Some(crlf) = card("hfhub-sample_windows_line_breaks.md") else {
        return;
    };
    assert!(crlf.contains("\r\n"));
    let lf = crlf.replace("\r\n", "\n");
    assert_eq!(import(&crlf), import(&lf));
}

#[test]
fn broken_cards_fail_with_a_location() {
    let p = Pipeline::default();
    for (file, code, line) in [
        ("hfhub-sample_invalid_card_data.md", "wrong-type", 2),
        ("transformers__t5-base-README.md", "syntax-error", 1),
    ] {
        let Some(path) = common::fixture(&format!("hf-model-cards/{file}")) else {
            return;
        };
        let d = p.process_path(&path).unwrap();
        assert_eq!(d.kind(), Some(DocumentKind::HfCard), "{file}");
        assert!(!d.is_valid(), "{file}");
        let first = &d.diagnostics()[0];
        assert_eq!(
            (first.code.as_str(), first.line),
            (code, Some(line)),
            "{file}"
        );
        assert!(d.release().is_none());
    }
    // Broken YAML in the front matter: the line is the card's, not the front matter's.
    let e = hf_card::from_text(&own("broken-front-matter.md")).unwrap_err();
    let line = e.location().and_then(|l| l.line).unwrap();
    assert!((3..=5).contains(&line), "line {line}");
    assert!(
        hf_card::from_text("---\nlicense: mit\n").is_err(),
        "an unclosed fence"
    );
}

#[test]
fn the_crates_card_maps_every_field() {
    let imported = import(&own("fine-tune.md"));
    let r = &imported.release;
    assert_eq!(r.name, "tiny-chat-8b");
    let w = weights(r);
    assert_eq!(licence(w), Some("LicenseRef-Llama-3.1-Community"));
    assert_eq!(
        w.license.as_ref().unwrap().declared.as_deref(),
        Some("llama3.1")
    );
    assert_eq!(
        w.license.as_ref().unwrap().url.as_ref().map(|u| u.as_str()),
        Some("https://huggingface.co/example-org/tiny-chat-8b/blob/main/LICENSE"),
        "the body's link to the LICENSE file"
    );
    assert_eq!(w.availability.as_str(), "gated");
    let terms = w.access_terms.as_ref().unwrap();
    assert_eq!(
        terms.url.as_ref().map(|u| u.as_str()),
        Some("https://example.org/licence")
    );
    assert!(
        terms
            .description
            .as_deref()
            .unwrap()
            .contains("Name, Country")
    );
    // Lineage with the stated relation; the data sets are post-training data of a fine-tune.
    assert_eq!(r.lineage.len(), 1);
    assert_eq!(r.lineage[0].relation, LineageRelation::FineTunedFrom);
    assert_eq!(
        r.lineage[0].base.name.as_deref(),
        Some("example-org/base-8b")
    );
    let data: Vec<_> = r
        .components_of(K::PostTrainingData)
        .map(|(_, c)| c)
        .collect();
    assert_eq!(data.len(), 2);
    assert_eq!(
        data[0].location.as_ref().map(|u| u.as_str()),
        Some("https://huggingface.co/datasets/example-org/instructions")
    );
    // model-index.
    assert_eq!(r.evaluations.len(), 1);
    let e = &r.evaluations[0];
    assert_eq!(e.benchmark, "cais/mmlu");
    assert_eq!(e.split.map(|s| s.as_str()), Some("public_test"));
    assert_eq!(e.score, Some(61.5));
    assert_eq!(
        e.evidence[0].url.as_str(),
        "https://example.org/leaderboard"
    );
    // library_name, pipeline_tag.
    let lib = r.components_of(K::SupportingLibraries).next().unwrap().1;
    assert_eq!(lib.name.as_deref(), Some("transformers"));
    assert_eq!(r.modality.map(|m| m.as_str()), Some("text"));
    // Body links: the paper and the code; the link inside a code block is not read.
    let report = r.components_of(K::TechnicalReport).next().unwrap().1;
    assert_eq!(report.evidence.len(), 1);
    assert_eq!(
        report.evidence[0].url.as_str(),
        "https://arxiv.org/abs/2401.00001"
    );
    assert_eq!(
        r.evidence[0].url.as_str(),
        "https://github.com/example-org/tiny-chat"
    );
    // What has no place is reported with its pointer and line.
    let language = imported
        .diagnostics
        .iter()
        .find(|d| d.pointer == "/language")
        .expect("language is reported");
    assert_eq!(
        (language.code.as_str(), language.line),
        ("import-field-dropped", Some(4))
    );
    assert!(
        imported
            .diagnostics
            .iter()
            .any(|d| d.pointer.ends_with("/task"))
    );
}

#[test]
fn other_licence_with_a_name_becomes_a_licence_ref_with_its_link() {
    let r = import(&own("other-licence.md")).release;
    let l = weights(&r).license.as_ref().unwrap();
    assert_eq!(l.expression.as_str(), "LicenseRef-tiny-community-license");
    assert_eq!(
        l.url.as_ref().map(|u| u.as_str()),
        Some("https://example.org/tiny-community-license")
    );
    // A single data set written as a string.
    assert_eq!(r.components_of(K::PretrainingData).count(), 1);
}

#[test]
fn the_pipeline_recognises_cards_from_their_text_and_their_extension() {
    let p = Pipeline::default();
    let d = p.process_str(&own("fine-tune.md"), None);
    assert_eq!(d.kind(), Some(DocumentKind::HfCard));
    assert!(d.is_valid());
    assert_eq!(d.release().unwrap().name, "tiny-chat-8b");
    assert!(!d.import_diagnostics().is_empty());
    // Without front matter, only the extension (or `reading_as`) says it is a card.
    let plain = "# A model\n\nNo metadata.\n";
    assert_ne!(
        p.process_str(plain, None).kind(),
        Some(DocumentKind::HfCard)
    );
    let d = p.process_bytes(plain.as_bytes(), Some(Path::new("README.md")));
    assert_eq!(d.kind(), Some(DocumentKind::HfCard));
    assert_eq!(d.release().unwrap().name, "A model");
    let d = Pipeline::default()
        .reading_as(DocumentKind::HfCard)
        .process_str(plain, None);
    assert_eq!(d.kind(), Some(DocumentKind::HfCard));
}

#[test]
fn restricted_licences_never_conform_and_are_flagged_when_called_open_source() {
    for (file, finding) in [
        (
            "meta-llama__Meta-Llama-3-8B.README.md",
            "restrictive-licence-called-open-source",
        ),
        (
            "google__gemma-7b.README.md",
            "restrictive-licence-called-open-source",
        ),
        (
            "CompVis__stable-diffusion-v1-4.README.md",
            "rail-licence-called-open-source",
        ),
        (
            "bigscience__bloom.README.md",
            "rail-licence-called-open-source",
        ),
        (
            "CohereForAI__c4ai-command-r-plus.README.md",
            "non-commercial-licence-called-open",
        ),
    ] {
        let Some(text) = card(file) else { return };
        let mut r = import(&text).release;
        let c = osaid_1_0::classify(&r);
        assert_eq!(
            c.level_as::<OsaidLevel>(),
            Some(OsaidLevel::DoesNotConform),
            "{file}"
        );
        r.claims.push(Claim::new(ClaimKind::OpenSource));
        let found: Vec<String> = detect(&r).iter().map(|f| f.code.to_string()).collect();
        assert!(found.iter().any(|c| c == finding), "{file}: {found:?}");
    }
    // The Llama 2 card states no licence: it cannot be found to conform either.
    let Some(text) = card("NousResearch__Llama-2-7b-chat-hf.README.md") else {
        return;
    };
    let r = import(&text).release;
    assert_ne!(
        osaid_1_0::classify(&r).level_as::<OsaidLevel>(),
        Some(OsaidLevel::Conforms)
    );
}

#[test]
fn hub_licence_ids_go_through_the_licence_table() {
    for (id, expected) in [
        ("apache-2.0", "Apache-2.0"),
        ("llama3.1", "LicenseRef-Llama-3.1-Community"),
        ("llama2", "LicenseRef-Llama-2-Community"),
        ("gemma", "LicenseRef-Gemma-Terms-of-Use"),
        ("cc-by-nc-4.0", "CC-BY-NC-4.0"),
        ("odc-by", "ODC-By-1.0"),
        ("Apache 2.0", "Apache-2.0"),
        // Families and placeholders name no licence: unknown, never open.
        ("openrail", "NOASSERTION"),
        ("unknown", "NOASSERTION"),
        ("gpl-3.0", "NOASSERTION"),
    ] {
        let text = format!("---\nlicense: {id}\n---\n# X\n");
        let imported = import(&text);
        let l = weights(&imported.release).license.clone().unwrap();
        assert_eq!(l.expression.as_str(), expected, "{id}");
        if expected == "NOASSERTION" {
            assert_eq!(l.declared.as_deref(), Some(id));
            assert!(
                codes(&imported).contains(&"import-licence-not-spdx"),
                "{id}"
            );
        } else if expected != id {
            assert!(
                codes(&imported).contains(&"import-licence-normalised"),
                "{id}"
            );
        }
    }
    let r = import("---\nlicense: openrail++\n---\n# X\n").release;
    let expression = licence(weights(&r)).unwrap().to_owned();
    assert!(expression.starts_with("LicenseRef-"), "{expression}");
    // A card is not an inventory: no completeness statement.
    assert!(r.completeness.is_none());
}
