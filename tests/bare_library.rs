//! The library without default features (no JSON Schema layer, no RDF, no CLI): what a user who
//! writes `default-features = false` gets. These tests compile only then (`.ci/run` runs
//! `cargo test --no-default-features --lib --tests`), so they check that the validator's other
//! layers stand on their own: without the schema layer, a wrong type, an unknown field and a
//! broken rule are still found, at the same pointer, line and column as with it.
#![cfg(not(feature = "schema"))]

use ai_openness::classify::{Framework, classify_all};
use ai_openness::document::{self, Format};
use ai_openness::{Code, validate};

fn data(rel: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn valid_documents_are_valid_without_the_schema_layer() {
    for rel in [
        "valid/minimal.yaml",
        "valid/full.yaml",
        "valid/yaml-1.2-scalars.yaml",
    ] {
        let report = validate(&data(rel), Format::Yaml);
        assert!(report.is_valid(), "{rel}: {:?}", report.diagnostics());
        let release = report.release().expect("a release");
        assert_eq!(classify_all(release).len(), Framework::ALL.len());
    }
    let report = validate(&data("valid/minimal.json"), Format::Json);
    assert!(report.is_valid(), "{:?}", report.diagnostics());
}

/// Without the schema layer a wrong type or an unknown field is found by the typed load
/// (`invalid-document`, where the schema layer says `wrong-type` or `unknown-field`), at the same
/// place, and the message does not claim that a schema passed.
#[test]
fn the_typed_layer_finds_what_the_schema_layer_would() {
    for (rel, format, code, pointer, line, column) in [
        (
            "invalid/wrong-type.json",
            Format::Json,
            Code::InvalidDocument,
            "/components/0/evidence",
            5,
            40,
        ),
        (
            "invalid/unknown-field.yaml",
            Format::Yaml,
            Code::InvalidDocument,
            "/components/0/licence",
            7,
            14,
        ),
    ] {
        let report = validate(&data(rel), format);
        assert!(!report.is_valid(), "{rel}");
        let d = report
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{rel}: no {code:?} in {:?}", report.diagnostics()));
        assert_eq!(d.pointer, pointer, "{rel}");
        assert_eq!((d.line, d.column), (Some(line), Some(column)), "{rel}");
        assert!(!d.message.contains("schema"), "{rel}: {}", d.message);
    }
}

#[test]
fn documents_round_trip_without_the_optional_dependencies() {
    let release = document::from_str(&data("valid/full.yaml"), Format::Yaml).unwrap();
    let json = document::to_json_string(&release).unwrap();
    assert_eq!(document::from_str(&json, Format::Json).unwrap(), release);
    let yaml = document::to_yaml_string(&release).unwrap();
    assert_eq!(document::from_str(&yaml, Format::Yaml).unwrap(), release);
}
