//! `ai-openness classify`, run as a built binary: JSON Lines shape, MOT files graded exactly as
//! MOT grades them, the text table, and the exit codes.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ai-openness"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn json_lines(output: &Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {e}: {l}")))
        .collect()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-openness-cli-classify-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

/// The line of `expected.jsonl` for `file`.
fn expected(dir: &Path, file: &str) -> Value {
    let text = std::fs::read_to_string(dir.join("expected.jsonl")).expect("expected.jsonl");
    text.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|v| v["file"] == file)
        .unwrap_or_else(|| panic!("{file} not in expected.jsonl"))
}

#[test]
fn mot_files_carry_exactly_mots_class_and_progress() {
    let Some(dir) = common::fixture("mot/test-data") else {
        return;
    };
    for file in [
        "Class2RTestFile_C1_77%-C2_100%-C3_100%_11C_1G_11L_11V_0I_11T.yml",
        "OnlyGlobalLicense_C1_87%-C2_91%-C3_83%_15C_3G_0L_15V_0I_15T.yml",
        "RandomTestFile_C1_27%-C2_18%-C3_17%_11C_2G_11L_5V_6I_5T.yml",
    ] {
        let path = dir.join(file);
        let path_text = path.to_string_lossy().into_owned();
        let output = run(&[
            "classify",
            "--framework",
            "mof-1.0",
            "--format",
            "json",
            &path_text,
        ]);
        assert_eq!(output.status.code(), Some(0), "{file}");
        let lines = json_lines(&output);
        assert_eq!(lines.len(), 1, "one line per document");
        let row = &lines[0];
        let keys: Vec<&str> = row
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "file",
                "name",
                "valid",
                "findings",
                "diagnostics",
                "classifications",
                "tool"
            ]
        );
        // The import's findings are the document's, once; the row's diagnostics are exactly
        // what `validate` reports.
        assert!(
            row["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .all(|f| f["code"].as_str().is_some_and(|c| c.starts_with("import-")))
        );
        let validated = json_lines(&run(&["validate", "--format", "json", &path_text]));
        assert_eq!(row["diagnostics"], validated[0]["diagnostics"], "{file}");
        let classifications = row["classifications"].as_array().expect("list");
        assert_eq!(classifications.len(), 1);
        let got = &classifications[0];
        let keys: Vec<&str> = got
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys[..10],
            [
                "framework",
                "level",
                "class",
                "progress",
                "components",
                "not_type_appropriate",
                "unknown_components",
                "duplicate_components",
                "criteria",
                "next_steps",
            ]
        );
        assert!(keys.len() == 10 || keys[10] == "notes", "{keys:?}");
        let want = expected(&dir, file);
        assert_eq!(row["file"], path_text.as_str());
        assert_eq!(got["framework"], "mof-1.0");
        assert_eq!(got["class"], want["class"], "{file}");
        // The doubles survive printing and parsing unchanged.
        assert_eq!(got["progress"], want["progress"], "{file}");
        for (name, status) in want["per_component"].as_object().expect("map") {
            assert_eq!(got["components"][name]["status"], *status, "{file}: {name}");
        }
        for key in [
            "not_type_appropriate",
            "unknown_components",
            "duplicate_components",
        ] {
            assert_eq!(got[key], want[key], "{file}: {key}");
        }
        let criterion = &got["criteria"][0];
        assert_eq!(criterion["id"], "class-3/model-architecture");
        for key in ["clause", "status", "components", "reason"] {
            assert!(criterion.get(key).is_some(), "criterion lacks `{key}`");
        }
    }
}

#[test]
fn a_file_mot_rejects_has_a_null_class_and_the_error_kind() {
    let Some(dir) = common::fixture("mot/synthetic") else {
        return;
    };
    let path = dir.join("yaml-date.yml");
    let output = run(&[
        "classify",
        "--framework",
        "mof-1.0",
        "--format",
        "json",
        &path.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    let got = &lines[0];
    // MOT rejects the file, so it is invalid: `validate`'s diagnostics, no classification.
    assert!(got.get("classifications").is_none(), "{got}");
    let validated = json_lines(&run(&[
        "validate",
        "--format",
        "json",
        &path.to_string_lossy(),
    ]));
    assert_eq!(validated[0]["valid"], false);
    assert_eq!(got["diagnostics"], validated[0]["diagnostics"]);
    let error = &got["diagnostics"][0];
    assert_eq!(error["code"], "wrong-type");
    assert_eq!(error["severity"], "error");
    assert_eq!(error["clause"], "docs/mot-rules.md#rule-10");
    let kind = expected(&dir, "yaml-date.yml")["error_kind"].clone();
    let message = error["message"].as_str().expect("message");
    assert!(
        message.contains(kind.as_str().expect("kind")) && message.contains("not a string"),
        "{message}"
    );
    assert!(
        error["line"].is_u64()
            && error["pointer"]
                .as_str()
                .is_some_and(|p| p.ends_with("/license"))
    );
}

#[test]
fn native_examples_are_classified_under_every_framework_by_default() {
    let output = run(&[
        "classify",
        "--format",
        "json",
        &examples().to_string_lossy(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = json_lines(&output);
    // Seven examples, one line each, with every built-in framework in the order of
    // `Framework::ALL`.
    let all = ai_openness::classify::Framework::ALL;
    assert_eq!(lines.len(), 7);
    for line in &lines {
        assert_eq!(
            line["classifications"].as_array().map(Vec::len),
            Some(all.len()),
            "{}",
            line["file"]
        );
    }
    let olmo = lines
        .iter()
        .find(|l| l["name"] == "OLMo 2 7B Instruct")
        .expect("OLMo 2");
    let olmo: Vec<&Value> = olmo["classifications"]
        .as_array()
        .expect("list")
        .iter()
        .collect();
    let ids: Vec<&str> = olmo
        .iter()
        .filter_map(|l| l["framework"].as_str())
        .collect();
    let want: Vec<&str> = all.iter().map(|f| f.id()).collect();
    assert_eq!(ids, want);
    // The OSAI Index object has the score and the parameters.
    let osai = olmo
        .iter()
        .find(|l| l["framework"] == "osai-index")
        .expect("OLMo 2 is classified under osai-index");
    assert!(osai["score"].is_f64());
    assert_eq!(osai["parameters"]["weights_endmodel"]["grade"], "open");
    let olmo = olmo[0];
    assert_eq!(olmo["framework"], "mof-1.0");
    assert_eq!(olmo["level"], "unclassified");
    assert_eq!(olmo["class"], 0);
    assert_eq!(
        olmo["next_steps"][0]["message"],
        "state the licence of the technical report: MOF Class III needs an open content \
         licence such as CC-BY-4.0"
    );
    // Open-washing findings belong to the document: once per line, never in a classification.
    let llama = lines
        .iter()
        .find(|l| {
            l["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("llama-3.1.yaml"))
        })
        .expect("Llama 3.1");
    let findings: Vec<String> = llama["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(Value::to_string)
        .collect();
    assert!(
        findings
            .iter()
            .any(|f| f.contains("\"open-weights-closed-everything-else\"")),
        "{llama}"
    );
    let mut unique = findings.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(
        unique.len(),
        findings.len(),
        "each finding once: {findings:?}"
    );
    for c in llama["classifications"].as_array().expect("list") {
        assert!(
            c.get("findings").is_none() && c.get("name").is_none(),
            "{c}"
        );
    }
    // Asking twice for one framework gives it once.
    let olmo_path = examples().join("olmo-2.yaml");
    let olmo_path = olmo_path.to_string_lossy();
    let twice = run(&[
        "classify",
        "--framework",
        "mof-1.0",
        "--framework",
        "mof-1.0",
        "--format",
        "json",
        &olmo_path,
    ]);
    let twice = json_lines(&twice);
    assert_eq!(twice.len(), 1);
    assert_eq!(
        twice[0]["classifications"].as_array().map(Vec::len),
        Some(1)
    );
}

#[test]
fn the_text_format_is_a_table_with_gaps_and_next_steps() {
    let path = examples().join("mistral-7b.yaml");
    let output = run(&[
        "classify",
        "--framework",
        "mof-1.0",
        &path.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].ends_with("mistral-7b.yaml: Mistral 7B"), "{text}");
    assert_eq!(lines[1], "  framework  level         key numbers");
    assert_eq!(
        lines[2],
        "  mof-1.0    unclassified  class 0; progress III 50.0%, II 0.0%, I 0.0%"
    );
    // A summary: the levels, the findings (none here), the first next steps, then the criteria
    // not met or unknown, each reason on its own line.
    assert_eq!(lines[3], "  next steps, cheapest first");
    assert_eq!(lines[4], "    mof-1.0");
    assert!(lines[5].starts_with("      1. state the licence"), "{text}");
    assert!(text.contains(
        "      3. publish the data card under an open content licence such as CC-BY-4.0 to reach MOF \
         Class\n         III\n"
    ));
    assert!(!text.contains("more (--detail full"), "{text}");
    assert!(
        text.contains("  mof-1.0: criteria not met or unknown\n"),
        "{text}"
    );
    assert!(
        text.contains("    not-met  class-3/data-card\n      "),
        "{text}"
    );
    assert!(
        text.contains("    unknown  class-3/technical-report\n      "),
        "{text}"
    );
    // No line is longer than the text width; `--detail full` gives the whole reasons.
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    let full = run(&[
        "classify",
        "--framework",
        "mof-1.0",
        "--detail",
        "full",
        &path.to_string_lossy(),
    ]);
    let full = stdout(&full);
    assert!(!full.contains('…'), "{full}");
    assert!(full.len() > text.len());
    assert!(
        text.contains("  mof-1.0: notes\n    warning[mof-licence-unknown]: the licence of this"),
        "{text}"
    );
    // Llama 3.1 has six steps toward Class III: three are shown.
    let llama = run(&[
        "classify",
        "--framework",
        "mof-1.0",
        &examples().join("llama-3.1.yaml").to_string_lossy(),
    ]);
    assert!(
        stdout(&llama).contains("      … and 3 more (--detail full lists them all)\n"),
        "{}",
        stdout(&llama)
    );
}

#[test]
fn the_text_table_gives_the_key_numbers_of_every_framework() {
    let path = examples().join("pythia.yaml");
    let output = run(&["classify", &path.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1], "  framework       level         key numbers",
        "{text}"
    );
    for row in [
        "  osaid-1.0       undetermined  data information unknown, code unknown, parameters met",
        "  osai-index      undetermined  score 0.625",
        "  eu-ai-act-2024  likely        Art. 53(2) likely, Art. 54(6) likely, Art. 2(12) \
         undetermined; not legal advice",
        "  dpg-1.1.4       undetermined  indicators met: 5; not met: none; unknown: 1, 2, 3, 4, \
         6, 7, 8, 9",
    ] {
        assert!(lines.contains(&row), "missing `{row}` in\n{text}");
    }
}

#[test]
fn invalid_documents_exit_1_and_are_reported_like_validate() {
    let bad = temp_file(
        "bad.yaml",
        "spec_version: 0.1.0\nname: x\ncomponents:\n  - kind: nope\n",
    );
    let output = run(&["classify", "--format", "json", &bad.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].get("classifications").is_none());
    // What `validate` says, word for word: the schema's `invalid-value` with its suggestion.
    let validated = json_lines(&run(&[
        "validate",
        "--format",
        "json",
        &bad.to_string_lossy(),
    ]));
    assert_eq!(lines[0]["diagnostics"], validated[0]["diagnostics"]);
    assert_eq!(lines[0]["diagnostics"][0]["code"], "invalid-value");
    assert_eq!(lines[0]["diagnostics"][0]["pointer"], "/components/0/kind");

    let broken = temp_file("broken.yaml", "name: [unclosed\n");
    let output = run(&["classify", &broken.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains(": error[syntax-error] "),
        "{}",
        stdout(&output)
    );

    // A good document next to a bad one: both reported, exit 1.
    let good = examples().join("pythia.yaml");
    let output = run(&[
        "classify",
        "--format",
        "json",
        &good.to_string_lossy(),
        &bad.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    // One line per document.
    assert_eq!(json_lines(&output).len(), 2);
}

#[test]
fn usage_and_io_errors_exit_2() {
    let output = run(&["classify", "--framework", "MOF-1.0", "x.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown framework `MOF-1.0`: the built-in frameworks are `mof-1.0`"),
        "{stderr}"
    );
    let missing = run(&["classify", "/no/such/file.yaml"]);
    assert_eq!(missing.status.code(), Some(2));
    // The unreadable file is a row of its own on standard output, and counted on stderr.
    let row = stdout(&missing);
    assert!(
        row.starts_with("/no/such/file.yaml: error[unreadable] at `/`: cannot be read: "),
        "{row}"
    );
    assert!(String::from_utf8_lossy(&missing.stderr).contains("1 unreadable"));
    let none = run(&["classify"]);
    assert_eq!(none.status.code(), Some(2));
}
