//! Importing CycloneDX 1.6/1.7 ML-BOMs: the five valid shared BOMs import with their model cards;
//! the two malformed ones fail at line 9, column 5; other spec versions are refused; the crate's
//! own BOM tests every mapping.

mod common;

use std::path::Path;

use ai_openness::model::{Component, ComponentKind as K, Release};
use ai_openness::pipeline::{DocumentKind, Pipeline};

fn licence(c: &Component) -> Option<&str> {
    c.license.as_ref().map(|l| l.expression.as_str())
}

fn model(r: &Release) -> &Component {
    r.components_of(K::ModelWeights).next().unwrap().1
}

#[test]
fn the_valid_shared_boms_import_and_state_no_licence() {
    let p = Pipeline::default();
    for (file, name, card, compute) in [
        (
            "spec-valid-machine-learning-1.6.json",
            "stable-diffusion",
            true,
            false,
        ),
        (
            "spec-valid-machine-learning-1.7.json",
            "stable-diffusion",
            true,
            false,
        ),
        (
            "spec-valid-machine-learning-considerations-env-1.6.json",
            "Llama-2-7b",
            false,
            true,
        ),
        (
            "spec-valid-machine-learning-considerations-env-1.7.json",
            "Llama-2-7b",
            false,
            true,
        ),
        (
            "mlbom-Model-FoundationModels-bom.json",
            "gpt-4o",
            true,
            false,
        ),
    ] {
        let Some(path) = common::fixture(&format!("cyclonedx/{file}")) else {
            return;
        };
        let d = p.process_path(&path).unwrap();
        assert_eq!(d.kind(), Some(DocumentKind::CycloneDx), "{file}");
        assert!(d.is_valid(), "{file}");
        let r = d.release().unwrap();
        assert_eq!(r.name, name, "{file}");
        assert_eq!(licence(model(r)), None, "{file}: never an assumed licence");
        assert!(
            d.import_diagnostics()
                .iter()
                .any(|x| x.code.as_str() == "import-licence-unstated"),
            "{file}"
        );
        assert_eq!(r.has(K::ModelCard), card, "{file}");
        assert_eq!(r.has(K::ComputeReport), compute, "{file}");
    }
    // The 1.6 and 1.7 spec examples differ only in their version.
    let (Some(a), Some(b)) = (
        common::fixture("cyclonedx/spec-valid-machine-learning-1.6.json"),
        common::fixture("cyclonedx/spec-valid-machine-learning-1.7.json"),
    ) else {
        return;
    };
    let (a, b) = (p.process_path(&a).unwrap(), p.process_path(&b).unwrap());
    assert_eq!(a.release(), b.release());
    let r = a.release().unwrap();
    let card = r
        .components_of(K::ModelCard)
        .next()
        .unwrap()
        .1
        .description
        .clone()
        .unwrap();
    for key in [
        "approach: supervised",
        "technicalLimitations:",
        "ethicalConsiderations:",
        "fairnessAssessments:",
    ] {
        assert!(card.contains(key), "{key}");
    }
    assert_eq!(
        r.components_of(K::PretrainingData)
            .next()
            .unwrap()
            .1
            .name
            .as_deref(),
        Some("Training Data")
    );
    assert_eq!(r.evaluations.len(), 1);
    assert!(
        a.import_diagnostics()
            .iter()
            .any(|x| x.pointer.ends_with("/graphics"))
    );
}

#[test]
fn malformed_shared_boms_fail_at_their_trailing_comma() {
    for file in ["mlbom-Model-OpenSource-bom.json", "mlbom-Dataset-bom.json"] {
        let Some(path) = common::fixture(&format!("cyclonedx/{file}")) else {
            return;
        };
        let d = Pipeline::default().process_path(&path).unwrap();
        assert!(!d.is_valid() && d.release().is_none(), "{file}");
        let first = &d.diagnostics()[0];
        assert_eq!(
            (first.code.as_str(), first.line, first.column),
            ("syntax-error", Some(9), Some(5)),
            "{file}"
        );
    }
}

#[test]
fn other_spec_versions_are_refused() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cyclonedx/spec-1.5.json");
    let d = Pipeline::default().process_path(&path).unwrap();
    assert_eq!(d.kind(), Some(DocumentKind::CycloneDx));
    let first = &d.diagnostics()[0];
    assert_eq!(
        (first.code.as_str(), first.pointer.as_str(), first.line),
        ("unsupported-spec-version", "/specVersion", Some(1))
    );
    assert!(first.message.contains("unsupported specVersion `1.5`"));
    assert!(d.release().is_none());
}

#[test]
fn the_crates_bom_maps_every_field() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cyclonedx/ml-bom-1.6.json");
    let d = Pipeline::default().process_path(&path).unwrap();
    let r = d.release().unwrap();
    assert_eq!(r.name, "tiny-model");
    assert_eq!(r.version.as_deref(), Some("2.0"));
    assert_eq!(
        r.producer.as_ref().map(|p| p.name.as_str()),
        Some("Example Lab")
    );
    let m = model(r);
    assert_eq!(m.name.as_deref(), Some("example-org/tiny-model"));
    assert_eq!(licence(m), Some("Apache-2.0"));
    assert!(m.license.as_ref().unwrap().url.is_some());
    assert_eq!(
        m.location.as_ref().map(|u| u.as_str()),
        Some("https://example.org/tiny-model")
    );
    assert_eq!(
        r.evidence[0].url.as_str(),
        "https://github.com/example-org/tiny-model"
    );
    // The data component the model card references is training data, with its expression.
    let data = r.components_of(K::PretrainingData).next().unwrap().1;
    assert_eq!(data.name.as_deref(), Some("tiny-data"));
    assert_eq!(licence(data), Some("CC-BY-4.0 AND ODbL-1.0"));
    assert_eq!(
        data.location.as_ref().map(|u| u.as_str()),
        Some("https://example.org/tiny-data.csv")
    );
    let data_card = r.components_of(K::DataCard).next().unwrap().1;
    assert!(
        data_card
            .description
            .as_deref()
            .unwrap()
            .contains("classification: public")
    );
    let card = r
        .components_of(K::ModelCard)
        .next()
        .unwrap()
        .1
        .description
        .clone()
        .unwrap();
    assert!(card.contains("task: text-classification"));
    assert!(card.contains("useCases: spam filtering"));
    assert_eq!(r.evaluations[0].results[0].score, Some(0.91));
    assert!(
        d.import_diagnostics()
            .iter()
            .any(|x| x.pointer == "/metadata/timestamp")
    );
}

#[test]
fn licence_names_and_expressions_go_through_the_licence_table() {
    let bom = |licences: &str| {
        format!(
            r#"{{"bomFormat": "CycloneDX", "specVersion": "1.7", "components": [
                {{"type": "machine-learning-model", "name": "m", "licenses": {licences}}}]}}"#
        )
    };
    let p = Pipeline::default();
    for (licences, expected) in [
        (r#"[{"license": {"name": "Apache 2.0"}}]"#, "Apache-2.0"),
        (r#"[{"license": {"name": "Proprietary"}}]"#, "NOASSERTION"),
        (
            r#"[{"license": {"id": "llama3"}}]"#,
            "LicenseRef-Llama-3-Community",
        ),
        (
            r#"[{"expression": "MIT OR Apache-2.0"}]"#,
            "MIT OR Apache-2.0",
        ),
        (
            r#"[{"license": {"id": "MIT"}}, {"license": {"id": "CC-BY-4.0"}}]"#,
            "MIT AND CC-BY-4.0",
        ),
    ] {
        let d = p.process_str(&bom(licences), None);
        assert!(d.is_valid(), "{licences}");
        assert_eq!(
            licence(model(d.release().unwrap())),
            Some(expected),
            "{licences}"
        );
    }
    // A value of the wrong shape is reported where it is.
    let d = p.process_str(&bom(r#"[{"license": 3}]"#), None);
    assert!(
        d.import_diagnostics()
            .iter()
            .any(|x| x.pointer == "/components/0/licenses/0/license")
    );
}

/// The BOM's subject (`metadata.component`) is the release: its version, producer and description
/// come first,
/// a model's that differ are reported as left out (not silently lost), and so are the subject's
/// other fields; a model that repeats them loses nothing.
#[test]
fn the_subject_gives_the_release_its_version_and_producer() {
    let p = Pipeline::default().reading_as(DocumentKind::CycloneDx);
    let bom = r#"{"bomFormat": "CycloneDX", "specVersion": "1.6",
      "metadata": {"component": {"type": "machine-learning-model", "name": "Lab LM",
        "version": "2.0", "publisher": "Lab", "description": "a language model",
        "licenses": [], "supplier": {"name": "Else"}}},
      "components": [
        {"type": "machine-learning-model", "name": "lm", "version": "2.0", "publisher": "Lab"},
        {"type": "machine-learning-model", "name": "lm-small", "version": "1.9",
         "supplier": {"name": "Other"}}
      ]}"#;
    let d = p.process_str(bom, None);
    let release = d.release().expect("imports");
    assert_eq!(release.name, "Lab LM");
    assert_eq!(release.version.as_deref(), Some("2.0"));
    assert_eq!(
        release.producer.as_ref().map(|p| p.name.as_str()),
        Some("Lab")
    );
    assert_eq!(release.description.as_deref(), Some("a language model"));
    let mut dropped: Vec<&str> = d
        .diagnostics()
        .iter()
        .filter(|d| d.code.as_str() == "import-field-dropped")
        .map(|d| d.pointer.as_str())
        .collect();
    dropped.sort_unstable();
    assert_eq!(
        dropped,
        [
            "/components/1/supplier",
            "/components/1/version",
            "/metadata/component/licenses",
            "/metadata/component/supplier",
        ],
        "{:?}",
        d.diagnostics()
    );
}

/// A release with no model keeps its version, producer and description through a CycloneDX
/// round trip.
#[test]
fn a_release_without_models_keeps_its_version_and_producer() {
    use ai_openness::convert::Format;
    let mut release = Release::new("Data only");
    release.version = Some("3".to_owned());
    release.producer = Some(ai_openness::model::Producer::new("Lab"));
    release.description = Some("a corpus release".to_owned());
    release
        .components
        .push(Component::new(K::PretrainingData).with_name("corpus"));
    let exported = Format::CycloneDx.export(&release).unwrap();
    let d = Pipeline::default()
        .reading_as(DocumentKind::CycloneDx)
        .process_str(&exported.text, None);
    let back = d.release().expect("reads back");
    assert_eq!(back.version.as_deref(), Some("3"));
    assert_eq!(back.producer.as_ref().map(|p| p.name.as_str()), Some("Lab"));
    assert_eq!(back.description, release.description);
    assert!(
        !d.diagnostics()
            .iter()
            .any(|d| d.code.as_str() == "import-field-dropped"),
        "{:?}",
        d.diagnostics()
    );
}
