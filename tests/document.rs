//! Loading documents: good ones load, bad ones fail with the right error at the right place.

use ai_openness::document::{self, Format, Limits};
use ai_openness::model::{Availability, ReleaseKind, SpecVersion};
use ai_openness::{Error, Location};

#[track_caller]
fn load_err(text: &str, format: Format) -> Error {
    match document::from_str(text, format) {
        Ok(r) => panic!("expected an error, loaded {r:?}"),
        Err(e) => e,
    }
}

#[track_caller]
fn assert_at(location: Option<&Location>, pointer: &str, line: u32, column: u32) {
    let loc = location.expect("error has a location");
    assert_eq!(loc.pointer.as_deref(), Some(pointer), "pointer of {loc}");
    assert_eq!(
        (loc.line, loc.column),
        (Some(line), Some(column)),
        "line/column of {loc}"
    );
}

const MINIMAL: &str = "spec_version: 0.1.0\nname: Tiny\n";

#[test]
fn minimal_document_loads_with_defaults() {
    let r = document::from_str(MINIMAL, Format::Yaml).unwrap();
    assert_eq!(r.name, "Tiny");
    assert_eq!(r.kind, ReleaseKind::Model);
    assert_eq!(r.spec_version, SpecVersion::CURRENT);
    assert!(r.components.is_empty() && r.claims.is_empty() && r.facts.is_empty());
}

#[test]
fn json_and_yaml_give_the_same_release() {
    let yaml = "spec_version: 0.1.0\nname: Tiny\nkind: system\ncomponents:\n  - kind: guardrail_model\n    availability: gated\n    access_terms: {description: accept the terms}\n";
    let json = r#"{"spec_version":"0.1.0","name":"Tiny","kind":"system","components":[{"kind":"guardrail_model","availability":"gated","access_terms":{"description":"accept the terms"}}]}"#;
    let a = document::from_str(yaml, Format::Yaml).unwrap();
    let b = document::from_str(json, Format::Json).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.components[0].availability, Availability::Gated);
}

#[test]
fn absent_availability_is_unknown_not_closed() {
    let r = document::from_str(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n",
        Format::Yaml,
    )
    .unwrap();
    assert_eq!(r.components[0].availability, Availability::Unknown);
    assert!(r.components[0].license.is_none());
}

#[test]
fn writing_and_reading_back_is_lossless() {
    let text = "spec_version: 0.1.0\nname: T\nrelease_date: 2024-02-29\ncomponents:\n  - kind: data_card\n    evidence:\n      - url: https://example.org/card\n        kind: card\n        retrieved: 2026-01-02\n";
    let r = document::from_str(text, Format::Yaml).unwrap();
    let json = document::to_json_string(&r).unwrap();
    assert_eq!(document::from_str(&json, Format::Json).unwrap(), r);
    let yaml = document::to_yaml_string(&r).unwrap();
    assert_eq!(document::from_str(&yaml, Format::Yaml).unwrap(), r);
}

#[test]
fn wrong_type_is_located() {
    let e = load_err(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    evidence: not-a-list\n",
        Format::Yaml,
    );
    assert!(matches!(e, Error::Invalid { .. }), "{e}");
    assert_at(e.location(), "/components/0/evidence", 5, 15);
    assert!(e.to_string().contains("invalid type"), "{e}");
}

#[test]
fn unknown_field_is_located() {
    let e = load_err(
        "{\n  \"spec_version\": \"0.1.0\",\n  \"name\": \"T\",\n  \"licence\": \"MIT\"\n}",
        Format::Json,
    );
    assert!(e.to_string().contains("unknown field `licence`"), "{e}");
    let loc = e.location().unwrap();
    assert_eq!(loc.pointer.as_deref(), Some("/licence"));
    assert_eq!(loc.line, Some(4));
}

#[test]
fn unknown_component_kind_is_located() {
    let e = load_err(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: weights\n",
        Format::Yaml,
    );
    assert_at(e.location(), "/components/0/kind", 4, 11);
    assert!(e.to_string().contains("unknown variant `weights`"), "{e}");
}

#[test]
fn bad_values_are_located() {
    let e = load_err(
        "spec_version: 0.1.0\nname: T\nrelease_date: 2023-02-29\n",
        Format::Yaml,
    );
    assert_at(e.location(), "/release_date", 3, 15);
    let e = load_err(
        "spec_version: 0.1.0\nname: T\nhomepage: not a url\n",
        Format::Yaml,
    );
    assert_at(e.location(), "/homepage", 3, 11);
    let e = load_err(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    checksum: {algorithm: sha256, value: abc}\n",
        Format::Yaml,
    );
    assert!(e.to_string().contains("64 hexadecimal digits"), "{e}");
    assert_eq!(
        e.location().unwrap().pointer.as_deref(),
        Some("/components/0/checksum")
    );
}

#[test]
fn duplicate_yaml_keys_are_syntax_errors() {
    let e = load_err(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    kind: model_card\n",
        Format::Yaml,
    );
    assert!(e.is_syntax(), "{e}");
    let loc = e.location().unwrap();
    assert_eq!((loc.line, loc.column), (Some(5), Some(5)));
    assert!(e.to_string().contains("duplicate key `kind`"), "{e}");
}

#[test]
fn duplicate_json_keys_are_syntax_errors() {
    let e = load_err(
        r#"{"spec_version":"0.1.0","name":"a","name":"b"}"#,
        Format::Json,
    );
    assert!(e.is_syntax(), "{e}");
}

#[test]
fn alias_bombs_are_refused() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let e = load_err(&text, Format::Yaml);
    assert!(e.is_syntax(), "{e}");
    assert!(e.to_string().contains("more than 1000000 nodes"), "{e}");
}

#[test]
fn newer_versions_are_refused_with_a_clear_error() {
    for (v, col) in [("0.2.0", 15), ("1.0.0", 15)] {
        let e = load_err(&format!("spec_version: {v}\nname: T\n"), Format::Yaml);
        assert!(matches!(e, Error::UnsupportedVersion { .. }), "{e}");
        assert_at(e.location(), "/spec_version", 1, col);
        assert!(e.to_string().contains("upgrade ai-openness"), "{e}");
    }
}

#[test]
fn compatible_patch_versions_load() {
    let r = document::from_str("spec_version: 0.1.3\nname: T\n", Format::Yaml).unwrap();
    assert_eq!(r.spec_version.to_string(), "0.1.3");
}

#[test]
fn older_versions_without_migration_are_refused() {
    let e = load_err("spec_version: 0.0.9\nname: T\n", Format::Yaml);
    assert!(matches!(e, Error::UnsupportedVersion { .. }), "{e}");
    assert!(e.to_string().contains("no migration"), "{e}");
}

#[test]
fn missing_or_malformed_spec_version() {
    let e = load_err("name: T\n", Format::Yaml);
    assert!(
        e.to_string().contains("missing field `spec_version`"),
        "{e}"
    );
    let e = load_err("spec_version: 1\nname: T\n", Format::Yaml);
    assert!(e.to_string().contains("must be a string"), "{e}");
    let e = load_err("spec_version: one\nname: T\n", Format::Yaml);
    assert_at(e.location(), "/spec_version", 1, 15);
    let e = load_err("- a list\n", Format::Yaml);
    assert!(e.to_string().contains("must be a mapping"), "{e}");
}

#[test]
fn syntax_errors_have_line_and_column() {
    let e = load_err("spec_version: 0.1.0\nname: [unclosed\n", Format::Yaml);
    assert!(e.is_syntax());
    assert!(e.location().unwrap().line.is_some());
    let e = load_err("{\"spec_version\": \"0.1.0\",\n \"name\": }", Format::Json);
    let loc = e.location().unwrap();
    assert_eq!((loc.line, loc.column), (Some(2), Some(10)), "{e}");
}

#[test]
fn limits_are_enforced() {
    let limits = Limits::default().with_max_bytes(10);
    assert!(
        document::load(MINIMAL, Format::Yaml, &limits)
            .unwrap_err()
            .is_syntax()
    );
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(
        document::from_str(&deep, Format::Json)
            .unwrap_err()
            .is_syntax()
    );
}

#[test]
fn read_path_names_the_file() {
    let dir = std::env::temp_dir().join(format!("ai-openness-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.yaml");
    std::fs::write(&path, "spec_version: 0.1.0\nname: T\nkind: robot\n").unwrap();
    let e = document::read_path(&path, &Limits::default()).unwrap_err();
    assert!(
        e.to_string().starts_with(&path.display().to_string()),
        "{e}"
    );
    assert!(e.to_string().contains(":3:7"), "{e}");
    let missing = document::read_path(&dir.join("missing.yaml"), &Limits::default()).unwrap_err();
    assert!(missing.is_io());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_licence_expressions_are_located_with_a_suggestion() {
    let e = load_err(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    license: apache-2.0\n",
        Format::Yaml,
    );
    assert!(matches!(e, Error::Invalid { .. }), "{e}");
    assert_at(e.location(), "/components/0/license", 5, 14);
    assert!(e.to_string().contains("`Apache-2.0`"), "{e}");
    let e = load_err(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    license: {expression: MIT AND, declared: MIT}\n",
        Format::Yaml,
    );
    assert_eq!(
        e.location().unwrap().pointer.as_deref(),
        Some("/components/0/license/expression")
    );
}

#[test]
fn licence_text_as_declared_is_kept() {
    let r = document::from_str(
        "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    license:\n      expression: LicenseRef-Llama-3.1-Community\n      declared: Llama 3.1 Community License Agreement\n  - kind: model_card\n    license: NONE\n",
        Format::Yaml,
    )
    .unwrap();
    let l = r.components[0].license.as_ref().unwrap();
    assert_eq!(
        l.declared.as_deref(),
        Some("Llama 3.1 Community License Agreement")
    );
    assert_eq!(l.expression.as_str(), "LicenseRef-Llama-3.1-Community");
    assert!(
        r.components[1]
            .license
            .as_ref()
            .unwrap()
            .expression
            .is_none()
    );
    let yaml = document::to_yaml_string(&r).unwrap();
    assert!(
        yaml.contains("declared: Llama 3.1 Community License Agreement"),
        "{yaml}"
    );
}
