//! The committed JSON Schemas of the `validate` and `classify` JSON output
//! (`schema/0.1/validate-output.schema.json`, `schema/0.1/classify-output.schema.json`) accept
//! every line the real CLI writes: for the examples, the validator corpus (valid and invalid) and
//! the Model Openness Tool fixtures. And the CLI writes one line per document.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema(name: &str) -> Value {
    let path = root().join("schema/0.1").join(name);
    let text = std::fs::read_to_string(&path).expect("schema file");
    serde_json::from_str(&text).expect("schema is JSON")
}

/// Both output schemas, compiled; the classify schema's `$ref` to the validate schema's
/// diagnostic resolves locally through a registry.
fn validators() -> (jsonschema::Validator, jsonschema::Validator) {
    let validate = schema("validate-output.schema.json");
    let classify = schema("classify-output.schema.json");
    for s in [&validate, &classify] {
        jsonschema::meta::validate(s).expect("a valid JSON Schema");
    }
    let id = validate["$id"].as_str().expect("$id").to_owned();
    let registry = jsonschema::Registry::new()
        .add(id, validate.clone())
        .expect("registry")
        .prepare()
        .expect("registry prepares");
    let compile = |s: &Value| {
        jsonschema::draft202012::options()
            .with_registry(&registry)
            .build(s)
            .expect("the schema compiles")
    };
    (compile(&validate), compile(&classify))
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Runs the CLI on `paths`. The fixture folders hold expectation files (`expected.jsonl`) beside
/// the documents, which the CLI would read as JSON Lines documents: they are excluded.
fn run(args: &[&str], paths: &[PathBuf]) -> Vec<Value> {
    let output = Command::new(env!("CARGO_BIN_EXE_ai-openness"))
        .args(args)
        .args(["--exclude", "*.jsonl"])
        .args(paths)
        .output()
        .expect("the binary runs");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    json_lines(&output.stdout)
}

/// Every document file under `dir`, recursively: the extensions the CLI reads, carrying a
/// marker of a supported format (`spec_version`, `profile_version`, `framework`), as the CLI
/// skips the rest of what it finds by walking a folder.
fn count_documents(dir: &Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            n += count_documents(&path);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "yaml" | "yml")
        ) {
            let bytes = std::fs::read(&path).expect("readable");
            let text = String::from_utf8_lossy(&bytes);
            if ["spec_version", "profile_version", "framework"]
                .iter()
                .any(|m| text.contains(m))
            {
                n += 1;
            }
        }
    }
    n
}

fn check(dirs: &[PathBuf]) -> usize {
    let (validate_schema, classify_schema) = validators();
    let documents: usize = dirs.iter().map(|d| count_documents(d)).sum();
    let validated = run(&["validate", "--format", "json"], dirs);
    assert_eq!(
        validated.len(),
        documents,
        "validate: one line per document"
    );
    let levels = run(
        &["validate", "--format", "json", "--detail", "levels"],
        dirs,
    );
    assert_eq!(levels.len(), documents);
    for (line, full) in levels
        .iter()
        .chain(&validated)
        .zip(validated.iter().chain(&validated))
    {
        let errors: Vec<String> = validate_schema
            .iter_errors(line)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{line}\n{errors:#?}");
        assert_eq!(line["file"], full["file"]);
        assert_eq!(line["valid"], full["valid"]);
    }
    for line in &levels {
        assert!(
            line.get("diagnostics").is_none() && line["counts"].is_object(),
            "{line}"
        );
    }
    // Every detail level of `classify` is checked against the schema, with as many lines.
    for detail in ["levels", "criteria"] {
        let lines = run(&["classify", "--format", "json", "--detail", detail], dirs);
        for line in &lines {
            let errors: Vec<String> = classify_schema
                .iter_errors(line)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{detail}: {line}\n{errors:#?}");
        }
        let skipped = validated
            .iter()
            .filter(|l| l["kind"] == "profile" && l["valid"] == true)
            .count();
        assert_eq!(lines.len(), documents - skipped, "{detail}");
    }
    let classified = run(&["classify", "--format", "json"], dirs);
    // Valid profiles are not descriptions: classify skips them (with a note on stderr).
    let skipped = validated
        .iter()
        .filter(|l| l["kind"] == "profile" && l["valid"] == true)
        .count();
    assert_eq!(
        classified.len(),
        documents - skipped,
        "classify: one line per document"
    );
    let by_file: std::collections::HashMap<&str, &Value> = validated
        .iter()
        .map(|l| (l["file"].as_str().expect("file"), l))
        .collect();
    for line in &classified {
        let errors: Vec<String> = classify_schema
            .iter_errors(line)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{line}\n{errors:#?}");
        // The diagnostics are exactly `validate`'s.
        let file = line["file"].as_str().expect("file");
        let want = &by_file[file]["diagnostics"];
        let got = line
            .get("diagnostics")
            .cloned()
            .unwrap_or(Value::Array(Vec::new()));
        assert_eq!(&got, want, "{file}");
    }
    documents
}

#[test]
fn examples_and_the_validator_corpus_give_schema_valid_lines() {
    let n = check(&[
        root().join("examples"),
        root().join("tests/data/valid"),
        root().join("tests/data/invalid"),
    ]);
    assert!(n >= 45, "{n} documents");
}

#[test]
fn mot_fixtures_give_schema_valid_lines() {
    let Some(test_data) = common::fixture("mot/test-data") else {
        return;
    };
    let Some(synthetic) = common::fixture("mot/synthetic") else {
        return;
    };
    let n = check(&[test_data, synthetic]);
    assert!(n > 400, "{n} documents");
}

#[test]
fn the_schemas_reject_what_the_cli_never_writes() {
    let (validate_schema, classify_schema) = validators();
    let tool = serde_json::json!({"name": "ai-openness", "version": "0.1.0"});
    // `valid` and `tool` are required, a diagnostic needs a code.
    assert!(validate_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "diagnostics": [], "tool": tool
    })));
    assert!(!validate_schema.is_valid(&serde_json::json!({
        "file": "x", "diagnostics": [], "tool": tool
    })));
    assert!(!validate_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "diagnostics": []
    })));
    assert!(!validate_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": false, "tool": tool,
        "diagnostics": [{"severity": "error", "pointer": "", "message": "m"}]
    })));
    // Either the diagnostics or their counts, never both.
    let counts = serde_json::json!({"error": 0, "warning": 0, "info": 0});
    assert!(validate_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "counts": counts, "tool": tool
    })));
    assert!(!validate_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "counts": counts, "diagnostics": [], "tool": tool
    })));
    // A document with an error has no classifications; one without has them.
    let error = serde_json::json!({
        "code": "syntax-error", "severity": "error", "pointer": "", "message": "m"
    });
    assert!(classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": false, "findings": [], "diagnostics": [error.clone()],
        "tool": tool
    })));
    assert!(!classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "findings": [], "diagnostics": [error.clone()],
        "tool": tool
    })));
    assert!(!classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": false, "findings": [], "diagnostics": [error],
        "classifications": [], "tool": tool
    })));
    assert!(!classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "findings": [], "tool": tool
    })));
    // A classification carries no `findings` of its own (they belong to the document).
    assert!(!classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "findings": [], "tool": tool,
        "classifications": [{"framework": "mof-1.0", "level": "class-3", "criteria": [],
                             "next_steps": [], "findings": []}]
    })));
    // `levels`: counts, not lists.
    let level = serde_json::json!({"framework": "mof-1.0", "level": "class-3",
        "criteria_counts": {"met": 1, "not-met": 0, "unknown": 0}});
    let doc_counts = serde_json::json!({"findings": 0, "diagnostics": counts});
    assert!(classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "counts": doc_counts, "tool": tool,
        "classifications": [level]
    })));
    assert!(!classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "counts": doc_counts, "findings": [], "tool": tool,
        "classifications": [level]
    })));
    assert!(!classify_schema.is_valid(&serde_json::json!({
        "file": "x", "valid": true, "counts": doc_counts, "tool": tool,
        "classifications": [{"framework": "mof-1.0", "level": "class-3", "criteria": [],
            "criteria_counts": {"met": 1, "not-met": 0, "unknown": 0}}]
    })));
}
