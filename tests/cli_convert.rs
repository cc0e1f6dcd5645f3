//! `ai-openness convert` and `--from FORMAT`, through the binary.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn mot_to_native_json_and_yaml() {
    let grok = data("osaid-validated/grok.yml");
    let out = run(&["convert", "--to", "native", grok.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["name"], "Grok-1");
    assert_eq!(json["components"][0]["kind"], "model_weights");
    assert_eq!(json["components"][0]["availability"], "public");
    assert_eq!(
        json["completeness"]["stated_by"],
        "the Model Openness Tool form"
    );
    // The native output is a valid description.
    let dir = std::env::temp_dir().join(format!("importa-cli-convert-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let native = dir.join("grok.json");
    std::fs::write(&native, &out.stdout).unwrap();
    let valid = run(&["validate", native.to_str().unwrap()]);
    assert!(valid.status.success(), "{}", text(&valid.stdout));

    let out = run(&[
        "convert",
        "--from",
        "mot",
        "--to",
        "native",
        "--yaml",
        grok.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("spec_version: "),
        "{}",
        text(&out.stdout)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn native_to_mot_and_back_keeps_the_osaid_verdict() {
    let dir = std::env::temp_dir().join(format!("importa-cli-roundtrip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, verdict) in [
        ("pythia.yml", "conforms"),
        ("phi-2.yml", "does-not-conform"),
    ] {
        let source = data(&format!("osaid-validated/{file}"));
        let native = dir.join(format!("{file}.json"));
        let mot = dir.join(format!("{file}.mot.yml"));
        let report = dir.join(format!("{file}.report.json"));
        let out = run(&[
            "convert",
            "--to",
            "native",
            "-o",
            native.to_str().unwrap(),
            source.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = run(&[
            "convert",
            "--from",
            "native",
            "--to",
            "mot",
            "-o",
            mot.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            native.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let report: Value =
            serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        assert_eq!(report["from"], "native");
        assert_eq!(report["to"], "mot");
        // Everything in a release read from a MOT file fits a MOT file again.
        assert_eq!(
            report["export_unmapped"],
            Value::Array(Vec::new()),
            "{report}"
        );
        let out = run(&[
            "classify",
            "--from",
            "mot",
            "--framework",
            "osaid-1.0",
            "--format",
            "json",
            mot.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let line: Value = serde_json::from_slice(&out.stdout).expect("JSON line");
        assert!(
            line.to_string()
                .contains(&format!("\"level\":\"{verdict}\"")),
            "{line}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn what_does_not_map_is_listed_on_stderr() {
    // A native description with base-model weights, which have no place in a MOT file.
    let dir = std::env::temp_dir().join(format!("importa-cli-unmapped-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("r.yaml");
    std::fs::write(
        &path,
        "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: base_model_weights\n    license: MIT\n  \
         - kind: model_weights\n    license: MIT\n",
    )
    .unwrap();
    let out = run(&["convert", "--to", "mot", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("not written to mot: /components/0:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("no MOF 1.0 component covers the kind `base_model_weights`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("not written to mot: /completeness:"),
        "{stderr}"
    );
    assert!(text(&out.stdout).contains("name: 'Model parameters (Final)'"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn unknown_or_unsupported_formats_are_usage_errors() {
    let grok = data("osaid-validated/grok.yml");
    let out = run(&["convert", "--to", "nope", grok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown format `nope`"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["validate", "--from", "nope", grok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["convert", "--to", "mot", "--yaml", grok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn from_forces_the_reader() {
    // A MOT file read as a native description is invalid: `framework` and `release` are not
    // fields of the format.
    let grok = data("osaid-validated/grok.yml");
    let out = run(&["validate", "--from", "native", grok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let out = run(&["validate", "--from", "mot", grok.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let out = run(&[
        "export",
        "--from",
        "mot",
        "--to",
        "json",
        grok.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn an_invalid_document_is_not_converted() {
    let dir = std::env::temp_dir().join(format!("importa-cli-invalid-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.yaml");
    std::fs::write(
        &path,
        "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: weights\n",
    )
    .unwrap();
    let out = run(&["convert", "--to", "mot", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("invalid-value"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn every_osai_index_entry_gives_back_the_index_score_through_the_cli() {
    let Some(dir) = common::fixture("osai-index") else {
        return;
    };
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("README");
    let mut checked = 0;
    for line in readme.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 8 || !cells[1].ends_with(".yaml`") {
            continue;
        }
        let file = dir.join(cells[1].trim_matches('`'));
        let out = run(&[
            "classify",
            "--framework",
            "osai-index",
            "--format",
            "json",
            file.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}: {}",
            file.display(),
            text(&out.stderr)
        );
        let line: Value = serde_json::from_slice(&out.stdout).expect("JSON line");
        let c = &line["classifications"][0];
        let score = c["score"].as_f64().expect("a score");
        assert_eq!(format!("{score:.3}"), cells[7], "{}", file.display());
        checked += 1;
    }
    assert_eq!(checked, 40);
    // The submission template: "no data", and no score.
    let out = run(&[
        "classify",
        "--from",
        "osai-index",
        "--framework",
        "osai-index",
        "--format",
        "json",
        dir.join("a_submission_template.yaml").to_str().unwrap(),
    ]);
    let line: Value = serde_json::from_slice(&out.stdout).expect("JSON line");
    assert_eq!(line["classifications"][0]["score"], Value::Null);
    assert!(line.to_string().contains("import-no-data"));
}

/// The `$ ai-openness …` commands of the ```console blocks in `file`.
fn console_commands(file: &str) -> Vec<String> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).expect("page");
    let mut out = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("```") {
            inside = line == "```console";
            continue;
        }
        if inside && let Some(command) = line.strip_prefix("$ ai-openness ") {
            out.push(command.to_owned());
        }
    }
    out
}

#[test]
fn every_console_command_of_the_guide_and_readme_runs() {
    let mut commands = console_commands("docs/convert.md");
    assert!(commands.len() >= 7, "{commands:?}");
    commands.extend(
        console_commands("README.md")
            .into_iter()
            .filter(|c| c.starts_with("convert") || c.contains("--from")),
    );
    for command in commands {
        let args: Vec<&str> = command.split_whitespace().collect();
        let out = run(&args);
        assert!(
            out.status.success(),
            "`ai-openness {command}` failed: {}",
            text(&out.stderr)
        );
    }
}
