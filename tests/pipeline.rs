//! The document pipeline (`ai_openness::pipeline`): one door for `validate`, `classify` and
//! `export`. Native descriptions get exactly the validator's diagnostics, Model Openness Tool
//! files are valid exactly when MOT accepts them, profiles are recognised, and every "did you
//! mean" is a structured suggestion.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use ai_openness::pipeline::{DocumentKind, Pipeline};
use ai_openness::validate::{Format, Validator};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The document files of a directory, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("json" | "yaml" | "yml")
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn native_documents_get_exactly_the_validators_diagnostics() {
    let pipeline = Pipeline::default();
    let validator = Validator::default();
    let mut checked = 0;
    for dir in ["tests/data/invalid", "tests/data/valid", "examples"] {
        for path in files(&root().join(dir)) {
            let processed = pipeline.process_path(&path).expect("readable");
            let report = validator.validate_path(&path).expect("readable");
            assert_eq!(
                processed.diagnostics(),
                report.diagnostics(),
                "{}",
                path.display()
            );
            assert_eq!(processed.is_valid(), report.is_valid());
            if processed.is_valid() {
                assert_eq!(processed.release(), report.release(), "{}", path.display());
            } else {
                assert!(processed.release().is_none(), "{}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 45, "{checked}");
}

#[test]
fn documents_are_recognised_by_their_shape() {
    let pipeline = Pipeline::default();
    let kind = |rel: &str| {
        pipeline
            .process_path(&root().join(rel))
            .expect("readable")
            .kind()
    };
    assert_eq!(
        kind("examples/olmo-2.yaml"),
        Some(DocumentKind::Description)
    );
    assert_eq!(
        kind("examples/profiles/mof-ladder.yaml"),
        Some(DocumentKind::Profile)
    );
    assert_eq!(
        kind("tests/data/invalid/invalid-profile.yaml"),
        Some(DocumentKind::Profile)
    );
    // A document that does not parse has no kind.
    assert_eq!(kind("tests/data/invalid/syntax-error.yaml"), None);
    let mot = "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\n\
               release:\n  name: Tiny\n  producer: p\n  license: {}\n  components:\n    \
               - name: Model architecture\n      license: MIT\n";
    let processed = pipeline.process_str(mot, Some(Format::Yaml));
    assert_eq!(processed.kind(), Some(DocumentKind::Mot));
    assert!(processed.is_valid(), "{:?}", processed.diagnostics());
    assert_eq!(processed.name(), Some("Tiny"));
    assert!(processed.mot_verdict().is_some());
    assert_eq!(processed.release().map(|r| r.components.len()), Some(1));
    // Told to read it as a description, the same text is an invalid one.
    let forced = Pipeline::default()
        .reading_as(DocumentKind::Description)
        .process_str(mot, Some(Format::Yaml));
    assert_eq!(forced.kind(), Some(DocumentKind::Description));
    assert!(
        forced
            .diagnostics()
            .iter()
            .any(|d| d.code.as_str() == "unknown-field" && d.pointer == "/framework"),
        "{:?}",
        forced.diagnostics()
    );
    assert!(forced.mot_verdict().is_none());
}

#[test]
fn bytes_that_are_not_text_and_oversized_input_are_diagnostics() {
    let pipeline = Pipeline::default();
    let processed = pipeline.process_bytes(b"name: \xff\n", None);
    assert_eq!(processed.kind(), None);
    let d = &processed.diagnostics()[0];
    assert_eq!(
        (d.code.as_str(), d.line, d.column),
        ("syntax-error", Some(1), Some(7))
    );
    let small = Pipeline::new(ai_openness::ValidatorOptions::default().with_max_bytes(10));
    let processed = small
        .process_reader("spec_version: 0.1.0\nname: x\n".as_bytes(), None)
        .expect("in-memory reads do not fail");
    assert_eq!(processed.diagnostics()[0].code.as_str(), "limit-exceeded");
}

#[test]
fn near_misses_carry_a_structured_suggestion() {
    let pipeline = Pipeline::default();
    for (rel, pointer, suggestion) in [
        (
            "tests/data/invalid/unknown-field.yaml",
            "/components/0/licence",
            "license",
        ),
        (
            "tests/data/invalid/invalid-value-vocabulary.yaml",
            "/components/0/availability",
            "on_request",
        ),
        (
            "tests/data/invalid/invalid-licence-expression-case.yaml",
            "/components/0/license/expression",
            "Apache-2.0",
        ),
    ] {
        let processed = pipeline.process_path(&root().join(rel)).expect("readable");
        let d = processed
            .diagnostics()
            .iter()
            .find(|d| d.pointer == pointer)
            .unwrap_or_else(|| panic!("{rel}: {:?}", processed.diagnostics()));
        assert_eq!(d.suggestion.as_deref(), Some(suggestion), "{rel}: {d}");
        assert!(
            d.message.contains(&format!("did you mean `{suggestion}`")),
            "{d}"
        );
        let json = serde_json::to_value(d).expect("serialises");
        assert_eq!(json["suggestion"], suggestion);
    }
    // No suggestion, no key.
    let processed = pipeline.process_path(&root().join("tests/data/invalid/missing-field.yaml"));
    let json = serde_json::to_value(processed.expect("readable").diagnostics()).expect("json");
    assert!(json[0].get("suggestion").is_none(), "{json}");
}

/// `expected.jsonl` of a MOT fixture folder: file name → whether MOT accepts it, and its class.
fn mot_expected(dir: &Path) -> Vec<(String, Option<u64>, bool)> {
    let text = std::fs::read_to_string(dir.join("expected.jsonl")).expect("expected.jsonl");
    text.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|v| {
            (
                v["file"].as_str().unwrap_or_default().to_owned(),
                v["class"].as_u64(),
                v.get("error").is_none(),
            )
        })
        .collect()
}

#[test]
fn a_mot_file_is_valid_exactly_when_mot_accepts_it() {
    let pipeline = Pipeline::default();
    let mut checked = 0;
    let mut rejected = 0;
    for folder in ["mot/test-data", "mot/synthetic"] {
        let Some(dir) = common::fixture(folder) else {
            return;
        };
        for (file, class, accepted) in mot_expected(&dir) {
            let processed = pipeline.process_path(&dir.join(&file)).expect("readable");
            assert_eq!(
                processed.is_valid(),
                accepted,
                "{file}: {:?}",
                processed.diagnostics()
            );
            checked += 1;
            if accepted {
                assert_eq!(processed.kind(), Some(DocumentKind::Mot), "{file}");
                // The exact engine's verdict travels with the document: MOT's class.
                let verdict = processed.mot_verdict().expect("the engine's verdict");
                let got = serde_json::to_value(verdict).expect("json");
                assert_eq!(got["class"].as_u64(), class, "{file}");
                // Only warnings and notes, each located in the file.
                for d in processed.diagnostics() {
                    assert!(!d.is_error(), "{file}: {d}");
                    assert!(d.line.is_some() && d.column.is_some(), "{file}: {d}");
                }
                assert_eq!(
                    processed.import_diagnostics().len(),
                    processed
                        .diagnostics()
                        .iter()
                        .filter(|d| d.code.as_str().starts_with("import-"))
                        .count(),
                    "{file}"
                );
            } else {
                rejected += 1;
                assert!(processed.release().is_none() && processed.mot_verdict().is_none());
                let errors: Vec<_> = processed
                    .diagnostics()
                    .iter()
                    .filter(|d| d.is_error())
                    .collect();
                assert_eq!(errors.len(), 1, "{file}: {errors:?}");
                let e = errors[0];
                assert!(e.line.is_some() && e.column.is_some(), "{file}: {e}");
                if processed.kind() == Some(DocumentKind::Mot) {
                    // MOT's rule 10: a truthy licence that is not a string.
                    assert_eq!(e.code.as_str(), "wrong-type", "{file}: {e}");
                    assert_eq!(e.clause.as_deref(), Some("docs/mot-rules.md#rule-10"));
                    assert!(e.pointer.ends_with("/license"), "{file}: {e}");
                } else {
                    assert_eq!(e.code.as_str(), "syntax-error", "{file}: {e}");
                }
            }
        }
    }
    assert!(
        checked > 400 && rejected == 7,
        "{checked} checked, {rejected} rejected"
    );
}

#[test]
fn a_duplicated_mot_component_is_a_warning_citing_rule_8() {
    let text = "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\n\
                release:\n  name: Twice\n  producer: p\n  license: {}\n  components:\n    \
                - name: Model card\n      license: Proprietary\n    \
                - name: Model card\n      license: CC-BY-4.0\n";
    let processed = Pipeline::default().process_str(text, None);
    assert!(processed.is_valid());
    let d = processed
        .diagnostics()
        .iter()
        .find(|d| d.code.as_str() == "duplicate-component")
        .expect("a duplicate-component warning");
    assert_eq!(d.pointer, "/release/components/1");
    assert_eq!((d.line, d.column), (Some(9), Some(7)));
    assert_eq!(d.clause.as_deref(), Some("docs/mot-rules.md#rule-8"));
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ai-openness"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Every file of the invalid corpus through `validate`, `classify` and `export`: the same
/// diagnostics, word for word, and the same exit code for a document with errors.
#[test]
fn validate_classify_and_export_report_a_broken_document_identically() {
    for path in files(&root().join("tests/data/invalid")) {
        let name = path.to_string_lossy().into_owned();
        let validated = cli(&["validate", "--format", "json", &name]);
        let line: Value = serde_json::from_slice(&validated.stdout).expect("one JSON line");
        let classified = cli(&["classify", "--format", "json", &name]);
        let row: Value = serde_json::from_slice(&classified.stdout).unwrap_or_else(|e| {
            panic!(
                "{name}: {e}: {}",
                String::from_utf8_lossy(&classified.stdout)
            )
        });
        let diagnostics = row
            .get("diagnostics")
            .cloned()
            .unwrap_or(Value::Array(vec![]));
        assert_eq!(diagnostics, line["diagnostics"], "{name}");
        if line["valid"] == false {
            assert_eq!(validated.status.code(), Some(1), "{name}");
            assert_eq!(classified.status.code(), Some(1), "{name}");
            assert!(row.get("classifications").is_none(), "{name}");
            // `export` writes `validate`'s text lines on standard error.
            let text = cli(&["validate", &name]);
            let exported = cli(&["export", "--to", "json", &name]);
            assert_eq!(exported.status.code(), Some(1), "{name}");
            assert!(exported.stdout.is_empty(), "{name}");
            let want: String = String::from_utf8_lossy(&text.stdout)
                .lines()
                .filter(|l| {
                    !l.contains(" document checked: ") && !l.contains(" documents checked: ")
                })
                .map(|l| format!("{l}\n"))
                .collect();
            assert_eq!(String::from_utf8_lossy(&exported.stderr), want, "{name}");
        }
    }
}

#[test]
fn n_documents_in_n_lines_out() {
    let good = root().join("examples/llama-3.1.yaml");
    let bad = root().join("tests/data/invalid/wrong-type.json");
    let broken = root().join("tests/data/invalid/syntax-error.yaml");
    // (A file named twice is checked once, so the fourth is another good one.)
    let other = root().join("examples/olmo-2.yaml");
    let paths: Vec<String> = [&good, &bad, &broken, &other]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["classify", "--format", "json"];
    args.extend(paths.iter().map(String::as_str));
    let output = cli(&args);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 4);
    let files: Vec<&str> = lines.iter().filter_map(|l| l["file"].as_str()).collect();
    assert_eq!(files, paths.iter().map(String::as_str).collect::<Vec<_>>());
    let classified: Vec<bool> = lines
        .iter()
        .map(|l| l.get("classifications").is_some())
        .collect();
    assert_eq!(classified, [true, false, false, true]);
    // The text output shows each finding's code and message.
    let text = cli(&["classify", &paths[0]]);
    let text = String::from_utf8_lossy(&text.stdout);
    let findings = lines[0]["findings"].as_array().expect("findings");
    assert!(!findings.is_empty(), "{}", lines[0]["file"]);
    for f in findings {
        let code = f["code"].as_str().expect("code");
        let message = f["message"].as_str().expect("message");
        assert!(
            text.contains(&format!("[{code}]")) && text.contains(message),
            "{text}"
        );
    }
}

#[test]
fn what_breaks_mots_own_schema_is_a_warning() {
    let text = "framework: {name: Model Openness Framework, version: 1.0, date: '2024-12-15'}\n\
                release:\n  name: Loose\n  type: chatbot\n  date: '2024-02-30'\n  license: {}\n  \
                components:\n    - name: Model card\n      license: CC-BY-4.0\n";
    let processed = Pipeline::default().process_str(text, None);
    assert!(processed.is_valid(), "{:?}", processed.diagnostics());
    let found: Vec<(&str, &str, Option<u32>)> = processed
        .diagnostics()
        .iter()
        .filter(|d| {
            d.clause.as_deref() == Some("Model Openness Tool 8b5d30e, schema/mof_schema.json")
        })
        .map(|d| {
            assert_eq!(d.severity.as_str(), "warning", "{d}");
            (d.code.as_str(), d.pointer.as_str(), d.line)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("wrong-type", "/framework/version", Some(1)),
            ("missing-field", "/release", Some(3)),
            ("invalid-format", "/release/date", Some(5)),
            ("invalid-value", "/release/type", Some(4)),
        ],
        "{:?}",
        processed.diagnostics()
    );
}

#[test]
fn export_writes_a_mot_files_import_and_classify_reads_it_from_stdin() {
    let text = "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\n\
                release:\n  name: Piped\n  producer: p\n  license: {code: {name: MIT}}\n  \
                components:\n    - name: Training code\n    - name: Model card\n      \
                license: CC-BY-4.0\n";
    let path =
        std::env::temp_dir().join(format!("ai-openness-pipeline-{}.yml", std::process::id()));
    std::fs::write(&path, text).expect("temp file");
    let exported = cli(&["export", "--to", "json", &path.to_string_lossy()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(
        exported.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let got: Value = serde_json::from_slice(&exported.stdout).expect("one JSON line");
    let want = ai_openness::import::mot::to_release(text)
        .expect("imports")
        .release;
    assert_eq!(got, serde_json::to_value(&want).expect("json"));

    let mut child = Command::new(env!("CARGO_BIN_EXE_ai-openness"))
        .args([
            "classify",
            "--framework",
            "mof-1.0",
            "--format",
            "json",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(text.as_bytes()).expect("write");
    }
    let output = child.wait_with_output().expect("exits");
    assert_eq!(output.status.code(), Some(0));
    let row: Value = serde_json::from_slice(&output.stdout).expect("one JSON line");
    assert_eq!(row["file"], "-");
    assert_eq!(row["name"], "Piped");
    let mof = &row["classifications"][0];
    assert_eq!(mof["framework"], "mof-1.0");
    // The exact engine graded the text: MOT's own fields are there.
    assert_eq!(mof["components"]["Training code"]["source"], "global-code");
}
