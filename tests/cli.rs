//! The `ai-openness validate` and `ai-openness schema` commands: output, exit codes, batches.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ai-openness"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

/// A fresh temporary directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-openness-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A directory with good, bad, warning-only and unreadable-as-text documents, nested, plus a
/// file that is not a document.
fn mixed_dir() -> PathBuf {
    let dir = temp_dir("mixed");
    std::fs::create_dir_all(dir.join("nested")).unwrap();
    std::fs::copy(data("valid/minimal.yaml"), dir.join("a-good.yaml")).unwrap();
    std::fs::copy(data("invalid/missing-field.yaml"), dir.join("b-bad.yml")).unwrap();
    std::fs::copy(
        data("invalid/syntax-error-trailing-comma.json"),
        dir.join("nested/c-broken.json"),
    )
    .unwrap();
    std::fs::copy(
        data("invalid/non-web-url.json"),
        dir.join("nested/d-warning.json"),
    )
    .unwrap();
    std::fs::write(
        dir.join("e-binary.yaml"),
        b"spec_version: 0.1.0\nname: \xff\n",
    )
    .unwrap();
    // Found by walking and without a marker of any supported format: skipped, counted.
    std::fs::write(dir.join("package.json"), "{\"name\": \"a web app\"}").unwrap();
    std::fs::write(dir.join("notes.txt"), "not a document").unwrap();
    dir
}

#[test]
fn a_directory_of_mixed_files_gives_one_json_line_each_and_exit_1() {
    let dir = mixed_dir();
    let out = bin()
        .args(["validate", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("5 documents: 2 valid, 3 invalid, 1 skipped, 0 unreadable;"),
        "{stderr}"
    );
    let lines = json_lines(&out);
    let files: Vec<String> = lines
        .iter()
        .map(|l| {
            Path::new(l["file"].as_str().unwrap())
                .strip_prefix(&dir)
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(
        files,
        [
            "a-good.yaml",
            "b-bad.yml",
            "e-binary.yaml",
            "nested/c-broken.json",
            "nested/d-warning.json"
        ]
    );
    let valid: Vec<bool> = lines
        .iter()
        .map(|l| l["valid"].as_bool().unwrap())
        .collect();
    assert_eq!(valid, [true, false, false, false, true]);
    assert_eq!(lines[0]["diagnostics"], serde_json::json!([]));
    assert_eq!(
        lines[1]["diagnostics"],
        serde_json::json!([{
            "code": "missing-field",
            "severity": "error",
            "pointer": "/components/1",
            "line": 7,
            "column": 5,
            "message": "missing field `kind` (what the component is)"
        }])
    );
    assert_eq!(lines[2]["diagnostics"][0]["code"], "syntax-error");
    assert_eq!(lines[3]["diagnostics"][0]["line"], 4);
    assert_eq!(lines[4]["diagnostics"][0]["code"], "non-web-url");
    // Keys are exactly those of the format; `kind` only when the document parsed, `clause` and
    // `suggestion` only when known.
    for (line, parsed) in lines.iter().zip([true, true, false, false, true]) {
        let keys: Vec<&str> = line
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        if parsed {
            assert_eq!(keys, ["file", "kind", "valid", "diagnostics", "tool"]);
            assert_eq!(line["kind"], "description");
        } else {
            assert_eq!(keys, ["file", "valid", "diagnostics", "tool"]);
        }
        assert_eq!(
            line["tool"],
            serde_json::json!({"name": "ai-openness", "version": env!("CARGO_PKG_VERSION")})
        );
        for d in line["diagnostics"].as_array().unwrap() {
            for key in d.as_object().unwrap().keys() {
                assert!(
                    [
                        "code",
                        "severity",
                        "pointer",
                        "line",
                        "column",
                        "message",
                        "clause",
                        "suggestion"
                    ]
                    .contains(&key.as_str()),
                    "{key}"
                );
            }
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn deny_warnings_turns_warnings_into_failures() {
    let warning = data("invalid/non-web-url.json");
    let out = bin().arg("validate").arg(&warning).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = bin()
        .args(["validate", "--deny-warnings", "--format", "json"])
        .arg(&warning)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_lines(&out)[0]["valid"], false);
    // An `info` note does not fail even then.
    let out = bin()
        .args(["validate", "--deny-warnings"])
        .arg(data("invalid/unofficial-evaluation-split.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn an_unreadable_path_is_exit_2_and_the_rest_is_still_checked() {
    let out = bin()
        .args(["validate", "--format", "json", "no/such/file.yaml"])
        .arg(data("invalid/missing-field.yaml"))
        .arg(data("valid/minimal.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // The unreadable path is a row of its own, first, as given.
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["file"], "no/such/file.yaml");
    assert_eq!(lines[0]["valid"], false);
    assert_eq!(lines[0]["diagnostics"][0]["code"], "unreadable");
    assert_eq!(lines[2]["valid"], true);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("1 unreadable"), "{stderr}");
}

#[test]
fn usage_errors_are_exit_2() {
    let out = bin().arg("validate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin()
        .args(["validate", "--format", "xml", "x.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_is_read_with_dash() {
    let mut child = bin()
        .args(["validate", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"spec_version\": \"0.1.0\", \"name\": \"T\", \"kind\": \"sytem\"}")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let line = &json_lines(&out)[0];
    assert_eq!(line["file"], "-");
    assert_eq!(line["diagnostics"][0]["pointer"], "/kind");
    assert_eq!(line["diagnostics"][0]["column"], 48);
}

#[test]
fn text_output_names_file_line_column_and_code() {
    let out = bin()
        .arg("validate")
        .arg("tests/data/invalid/unknown-field.yaml")
        .arg("tests/data/valid/minimal.yaml")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "tests/data/invalid/unknown-field.yaml:7:14: error[unknown-field] at `/components/0/licence`: unknown field `licence`; did you mean `license`\n\
         tests/data/invalid/unknown-field.yaml: invalid\n\
         tests/data/valid/minimal.yaml: valid\n"
    );
    // The summary goes to standard error, so standard output stays deterministic.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("2 documents: 1 valid, 1 invalid, 0 skipped, 0 unreadable; "),
        "{stderr}"
    );
}

#[test]
fn max_bytes_is_configurable() {
    let out = bin()
        .args(["validate", "--format", "json", "--max-bytes", "10"])
        .arg(data("valid/minimal.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        json_lines(&out)[0]["diagnostics"][0]["code"],
        "limit-exceeded"
    );
}

#[test]
fn schema_prints_writes_and_checks() {
    let out = bin().arg("schema").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        printed["$id"],
        "https://w3id.org/ai-openness/schema/0.1/release.schema.json"
    );

    let out = bin().args(["schema", "--check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    let dir = temp_dir("schema");
    let out = bin().args(["schema", "--out"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let written: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("0.1/release.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(written, printed);
    std::fs::write(dir.join("0.1/release.schema.json"), "{}").unwrap();
    let out = bin()
        .args(["schema", "--check", "--out"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("cargo run -- schema --out")
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn schema_instance_prints_the_json_the_schema_sees() {
    let out = bin()
        .args(["schema", "--instance"])
        .arg(data("valid/yaml-1.2-scalars.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "yes");
    assert_eq!(v["release_date"], "2024-01-31");
    let out = bin()
        .args(["schema", "--instance"])
        .arg(data("invalid/wrong-type.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = bin()
        .args(["schema", "--instance"])
        .arg(data("invalid/syntax-error.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
