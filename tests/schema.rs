//! The JSON Schema: generated from the model, committed fresh, a valid 2020-12 schema, and in
//! agreement with serde on generated releases.

mod common;

use std::path::Path;

use ai_openness::document::{self, Format};
use ai_openness::schema::{self, SCHEMA_ID};
use ai_openness::validate::Validator;
use proptest::prelude::*;
use serde_json::Value;

fn schema_value() -> Value {
    schema::schema().to_value()
}

#[test]
fn committed_schema_files_are_fresh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    let stale = schema::check_schema_files(&dir).unwrap();
    assert!(
        stale.is_empty(),
        "stale schema files {stale:?}; regenerate them with `cargo run -- schema --out schema`"
    );
    assert!(dir.join("0.1/release.schema.json").is_file());
}

#[test]
fn check_reports_missing_and_edited_files() {
    let dir = std::env::temp_dir().join(format!("ai-openness-schema-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(schema::check_schema_files(&dir).unwrap().len(), 1);
    let written = schema::write_schema_files(&dir).unwrap();
    assert_eq!(written, [dir.join("0.1/release.schema.json")]);
    assert!(schema::check_schema_files(&dir).unwrap().is_empty());
    std::fs::write(&written[0], "{}\n").unwrap();
    assert_eq!(schema::check_schema_files(&dir).unwrap(), written);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema_with_its_id() {
    let s = schema_value();
    jsonschema::meta::validate(&s).expect("valid against the 2020-12 meta-schema");
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["$id"], SCHEMA_ID);
    assert_eq!(
        SCHEMA_ID,
        "https://w3id.org/ai-openness/schema/0.1/release.schema.json"
    );
    assert_eq!(s["title"], "AI release description");
    let keys: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        &keys[..5],
        ["$schema", "$id", "$comment", "title", "description"]
    );
    // Self-contained: every reference points into its own `$defs`.
    let text = s.to_string();
    for (i, _) in text.match_indices("\"$ref\":\"") {
        assert!(
            text[i + 8..].starts_with("#/$defs/"),
            "{}",
            &text[i..i + 40]
        );
    }
}

#[test]
fn descriptions_titles_enums_and_formats_come_from_the_model() {
    let s = schema_value();
    let defs = s["$defs"].as_object().unwrap();
    for (name, def) in defs {
        assert!(def["title"].is_string(), "{name} has no title");
        assert!(def["description"].is_string(), "{name} has no description");
    }
    assert_eq!(defs["ComponentKind"]["title"], "Component kind");
    let kinds: Vec<&str> = defs["ComponentKind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let model: Vec<&str> = ai_openness::model::ComponentKind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(kinds, model);
    let availability = defs["Availability"]["description"].as_str().unwrap();
    assert!(
        availability.contains("- `on_request`: Given to those who ask"),
        "{availability}"
    );
    assert_eq!(defs["Url"]["format"], "uri");
    assert_eq!(defs["Iri"]["format"], "iri");
    assert_eq!(defs["Date"]["format"], "date");
    // Doc comments are unwrapped: no hard line breaks inside a paragraph.
    let component = defs["Component"]["description"].as_str().unwrap();
    assert!(!component.contains('\n'), "{component}");
    // The checksum length follows the algorithm.
    let checksum = &defs["Checksum"]["allOf"];
    assert_eq!(checksum.as_array().unwrap().len(), 6);
}

#[test]
fn printed_schema_is_the_committed_file() {
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/0.1/release.schema.json"),
    )
    .unwrap();
    assert_eq!(schema::to_pretty_json(&schema::schema()), committed);
}

fn validator() -> &'static Validator {
    static V: std::sync::OnceLock<Validator> = std::sync::OnceLock::new();
    V.get_or_init(Validator::default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every release the model can hold serialises to a document the schema accepts and that
    /// loads back equal.
    #[test]
    fn schema_accepts_every_serialised_release(release in common::strategies::release()) {
        let json = document::to_json_string(&release).unwrap();
        let value: Value = serde_json::from_str(&json).unwrap();
        prop_assert!(
            validator().schema_accepts(&value),
            "schema rejects {json}: {:?}",
            validator().validate_str(&json, Format::Json)
        );
        prop_assert_eq!(document::from_str(&json, Format::Json).unwrap(), release);
        let report = validator().validate_str(&json, Format::Json);
        prop_assert!(
            report.iter().all(|d| !matches!(
                d.code.as_str(),
                "missing-field" | "unknown-field" | "wrong-type" | "invalid-value"
                    | "invalid-format" | "invalid-licence-expression" | "invalid-document"
            )),
            "{:?}",
            report
        );
    }

    /// The same through YAML: what the crate writes, the validator reads back without a schema
    /// finding.
    #[test]
    fn yaml_written_by_the_crate_validates(release in common::strategies::release()) {
        let yaml = document::to_yaml_string(&release).unwrap();
        let report = validator().validate_str(&yaml, Format::Yaml);
        prop_assert!(report.release().is_some(), "{yaml}\n{:?}", report);
        prop_assert_eq!(report.release().unwrap(), &release);
    }
}
