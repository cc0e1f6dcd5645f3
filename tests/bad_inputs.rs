//! The bad-input corpus: every file of `tests/bad/` gives exactly the diagnostics
//! `tests/bad/expected.tsv` lists for it (severity, code, pointer, line), through the library
//! pipeline and through `ai-openness validate --format json`; `classify` and `export` judge each
//! file valid or invalid as `validate` does. Inputs too large to commit are generated here, with
//! their expectations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use ai_openness::Diagnostic;
use ai_openness::model::Date;
use ai_openness::pipeline::Pipeline;
use ai_openness::validate::ValidatorOptions;
use serde_json::Value;

/// One expected diagnostic: severity, code, pointer, line (`None` when unknown).
type Row = (String, String, String, Option<u32>);

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad")
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ai-openness"))
}

/// "Today" for `future-date`, fixed so that the corpus does not age.
fn today() -> Date {
    "2026-01-01".parse().unwrap()
}

/// `expected.tsv`, by file; an empty list for a file that must be valid and clean.
fn expected() -> BTreeMap<String, Vec<Row>> {
    let text = std::fs::read_to_string(corpus().join("expected.tsv")).unwrap();
    let mut out: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cells: Vec<&str> = line.split('\t').collect();
        let [file, severity, code, pointer, at] = cells[..] else {
            panic!("expected.tsv: five tab-separated cells in `{line}`");
        };
        let rows = out.entry(file.to_owned()).or_default();
        if severity == "valid" {
            continue;
        }
        let pointer = if pointer == "/" { "" } else { pointer };
        let line = (at != "-").then(|| at.parse().expect("a line number"));
        rows.push((severity.into(), code.into(), pointer.into(), line));
    }
    out
}

fn rows_of(diagnostics: &[Diagnostic]) -> Vec<Row> {
    let mut rows: Vec<Row> = diagnostics
        .iter()
        .map(|d| {
            (
                d.severity.as_str().to_owned(),
                d.code.as_str().to_owned(),
                d.pointer.clone(),
                d.line,
            )
        })
        .collect();
    rows.sort();
    rows
}

fn rows_of_json(diagnostics: &Value) -> Vec<Row> {
    let mut rows: Vec<Row> = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
                d["pointer"].as_str().unwrap().to_owned(),
                d["line"].as_u64().map(|l| u32::try_from(l).unwrap()),
            )
        })
        .collect();
    rows.sort();
    rows
}

fn sorted(mut rows: Vec<Row>) -> Vec<Row> {
    rows.sort();
    rows
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn the_corpus_has_at_least_100_files_and_each_is_listed() {
    let expected = expected();
    let mut files: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "expected.tsv")
        .collect();
    files.sort();
    assert!(files.len() >= 100, "{} files", files.len());
    let listed: Vec<String> = expected.keys().cloned().collect();
    assert_eq!(
        files, listed,
        "every file has its rows in expected.tsv, and no more"
    );
}

#[test]
fn every_file_gives_exactly_its_diagnostics_through_the_library() {
    let pipeline = Pipeline::new(ValidatorOptions::default().with_today(today()));
    let mut failures = Vec::new();
    for (file, rows) in expected() {
        let processed = pipeline.process_path(&corpus().join(&file)).unwrap();
        let got = rows_of(processed.diagnostics());
        if got != sorted(rows.clone()) {
            failures.push(format!("{file}:\n  expected {rows:?}\n  got      {got:?}"));
        }
        let has_error = rows.iter().any(|r| r.0 == "error");
        assert_eq!(processed.is_valid(), !has_error, "{file}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_file_gives_exactly_its_diagnostics_through_the_cli_and_the_commands_agree() {
    let expected = expected();
    let files: Vec<&String> = expected.keys().collect();
    // `future-date` compares with the real date here: the corpus's future date is far enough.
    let out = bin()
        .current_dir(corpus())
        .args(["validate", "--format", "json"])
        .args(&files)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "some file is invalid");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), files.len(), "one line per file");
    let mut valid: BTreeMap<String, bool> = BTreeMap::new();
    let mut failures = Vec::new();
    for line in &lines {
        let file = line["file"].as_str().unwrap().to_owned();
        let rows = sorted(expected[&file].clone());
        let got = rows_of_json(&line["diagnostics"]);
        if got != rows {
            failures.push(format!("{file}:\n  expected {rows:?}\n  got      {got:?}"));
        }
        let is_valid = line["valid"].as_bool().unwrap();
        assert_eq!(is_valid, !rows.iter().any(|r| r.0 == "error"), "{file}");
        valid.insert(file, is_valid);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // `classify` classifies exactly the files `validate` accepts (a profile is not a
    // description: it is skipped with a note).
    let out = bin()
        .current_dir(corpus())
        .args(["classify", "--format", "json", "--framework", "mof-1.0"])
        .args(&files)
        .output()
        .unwrap();
    for line in json_lines(&out.stdout) {
        let file = line["file"].as_str().unwrap();
        assert_eq!(
            line.get("classifications").is_some(),
            valid[file],
            "classify and validate disagree on {file}"
        );
    }
    // `export` exports exactly the files `validate` accepts, but for a MOT file that MOT accepts
    // and that cannot be imported (its warning `invalid-document` says so): nothing to export.
    for file in files.iter().filter(|f| !f.starts_with("profile-")) {
        let importable = !expected[file.as_str()]
            .iter()
            .any(|r| r.1 == "invalid-document");
        let out = bin()
            .current_dir(corpus())
            .args(["export", "--to", "json", file.as_str()])
            .output()
            .unwrap();
        let exported = out.status.code() == Some(0);
        assert_eq!(
            exported,
            valid[file.as_str()] && importable,
            "export and validate disagree on {file}"
        );
    }
}

/// A generated input, and the one diagnostic it must give (severity, code, pointer, line).
struct Generated {
    name: &'static str,
    text: String,
    expect: Row,
    /// A fragment the message must hold.
    says: &'static str,
}

fn row(code: &str, pointer: &str, line: u32) -> Row {
    ("error".into(), code.into(), pointer.into(), Some(line))
}

fn generated() -> Vec<Generated> {
    let head = "spec_version: 0.1.0\nname: Huge\n";
    let many = |n: usize, item: &str| vec![item; n].join(", ");
    vec![
        Generated {
            name: "a string over 1 MiB",
            text: format!("{head}description: {}\n", "x".repeat(1024 * 1024 + 1)),
            expect: row("limit-exceeded", "", 3),
            says: "--max-string-bytes",
        },
        Generated {
            name: "a document over 16 MiB",
            text: format!("{head}# {}\n", "x".repeat(16 * 1024 * 1024)),
            expect: row("limit-exceeded", "", 1),
            says: "--max-bytes",
        },
        Generated {
            name: "an array of a million numbers",
            text: format!("{head}x: [{}]\n", many(1_000_000, "1")),
            expect: row("limit-exceeded", "", 3),
            says: "--max-nodes",
        },
        Generated {
            name: "10,001 components",
            text: format!(
                "{head}components: [{}]\n",
                many(10_001, "{kind: model_card}")
            ),
            expect: row("limit-exceeded", "/components", 3),
            says: "10001 components, more than the limit of 10000 (--max-components)",
        },
        Generated {
            name: "a licence of 1,001 terms (and `MIT OR …` of 400k terms is over the string limit)",
            text: format!(
                "{head}components:\n  - kind: model_weights\n    license: {}\n",
                vec!["MIT"; 1001].join(" OR ")
            ),
            expect: row("limit-exceeded", "/components/0/license", 5),
            says: "--max-licence-terms",
        },
        Generated {
            name: "10,001 evidence entries",
            text: format!(
                "{head}evidence: [{}]\n",
                many(10_001, "{url: 'https://e.example/'}")
            ),
            expect: row("limit-exceeded", "/evidence", 3),
            says: "--max-evidence",
        },
        Generated {
            name: "10,001 claims",
            text: format!("{head}claims: [{}]\n", many(10_001, "{kind: open_source}")),
            expect: row("limit-exceeded", "/claims", 3),
            says: "--max-claims",
        },
        Generated {
            name: "1,001 lineage entries",
            text: format!(
                "{head}lineage: [{}]\n",
                many(1001, "{relation: derived_from, base: {name: B}}")
            ),
            expect: row("limit-exceeded", "/lineage", 3),
            says: "--max-lineage",
        },
        Generated {
            name: "10,001 evaluations",
            text: format!("{head}evaluations: [{}]\n", many(10_001, "{benchmark: b}")),
            expect: row("limit-exceeded", "/evaluations", 3),
            says: "--max-evaluations",
        },
    ]
}

#[test]
fn generated_huge_inputs_give_one_limit_exceeded_each() {
    let pipeline = Pipeline::default();
    for g in generated() {
        let processed = pipeline.process_str(&g.text, None);
        assert_eq!(
            rows_of(processed.diagnostics()),
            vec![g.expect.clone()],
            "{}",
            g.name
        );
        let message = &processed.diagnostics()[0].message;
        assert!(message.contains(g.says), "{}: {message}", g.name);
    }
}

#[test]
fn more_than_1000_schema_findings_say_how_many_were_left_out() {
    let fields: String = (0..1_100).map(|i| format!("x{i}: 1\n")).collect();
    let text = format!("spec_version: 0.1.0\nname: T\n{fields}");
    let processed = Pipeline::default().process_str(&text, None);
    let diagnostics = processed.diagnostics();
    assert_eq!(diagnostics.len(), 1_001);
    let notes: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "limit-exceeded")
        .collect();
    assert_eq!(notes.len(), 1);
    let note = notes[0];
    assert_eq!(
        (note.code.as_str(), note.severity.as_str()),
        ("limit-exceeded", "info")
    );
    assert!(!note.message.starts_with("0 "), "{}", note.message);
    assert!(note.message.contains("at most 1000"), "{}", note.message);
}

#[test]
fn the_cli_reads_endless_and_huge_sources_only_to_the_limit() {
    let zero = Path::new("/dev/zero");
    if !zero.exists() {
        eprintln!("note: no /dev/zero here; skipped");
        return;
    }
    for command in [
        &["validate", "--format", "json"][..],
        &["classify", "--format", "json"],
        &["export", "--to", "json"],
    ] {
        let out = bin()
            .args(command)
            .args(["--max-bytes", "4096", "/dev/zero"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{command:?}");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains("limit-exceeded") && text.contains("more than the limit of 4096 bytes"),
            "{command:?}: {text}"
        );
    }
    // A profile is read only to its limit too.
    let out = bin()
        .args(["classify", "--profile", "/dev/zero", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--max-bytes"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn text_output_escapes_what_documents_hold() {
    for command in [&["validate"][..], &["classify", "--framework", "mof-1.0"]] {
        let out = bin()
            .current_dir(corpus())
            .args(command)
            .arg("misleading-name-escape.yaml")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            !stdout.contains('\u{1b}'),
            "{command:?}: raw escape printed"
        );
        assert!(stdout.contains("Evil\\u{1b}[2J"), "{command:?}: {stdout}");
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-openness-bad-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_commands_agree_on_10001_components() {
    let dir = temp_dir("components");
    let path = dir.join("many.yaml");
    let components: String = (0..10_001)
        .map(|i| format!("  - {{kind: model_card, name: c{i}}}\n"))
        .collect();
    std::fs::write(
        &path,
        format!("spec_version: 0.1.0\nname: T\ncomponents:\n{components}"),
    )
    .unwrap();
    let at_limit = dir.join("limit.yaml");
    let components: String = (0..10_000)
        .map(|i| format!("  - {{kind: model_card, name: c{i}}}\n"))
        .collect();
    std::fs::write(
        &at_limit,
        format!("spec_version: 0.1.0\nname: T\ncomponents:\n{components}"),
    )
    .unwrap();
    for command in [
        &["validate"][..],
        &["classify", "--framework", "mof-1.0"],
        &["export", "--to", "json"],
    ] {
        let over = bin().args(command).arg(&path).output().unwrap();
        assert_eq!(over.status.code(), Some(1), "{command:?}");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&over.stdout),
            String::from_utf8_lossy(&over.stderr)
        );
        assert!(text.contains("--max-components"), "{command:?}: {text}");
        let at = bin().args(command).arg(&at_limit).output().unwrap();
        assert_eq!(
            at.status.code(),
            Some(0),
            "{command:?}: exactly the limit passes"
        );
        // The flag moves the limit for every command alike.
        let raised = bin()
            .args(command)
            .args(["--max-components", "10001"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(raised.status.code(), Some(0), "{command:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_printed_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = temp_dir("names");
    let name = std::ffi::OsStr::from_bytes(b"bad\x1b[31m\xff.yaml");
    std::fs::write(dir.join(name), "spec_version: 0.1.0\nname: [x]\n").unwrap();
    let out = bin()
        .current_dir(&dir)
        .args(["validate", "."])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "raw escape printed: {stdout:?}");
    assert!(stdout.contains("bad\\u{1b}[31m"), "{stdout}");
}
