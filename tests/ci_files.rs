//! The CI files the repository ships: `.pre-commit-hooks.yaml` (its hook's command line is run on
//! the examples and on a broken description) and the reusable workflow `docs/ci/ai-openness.yml`
//! (its `run:` steps are the commands `docs/guides/registries.md` documents, and the
//! `ai-openness` ones run on the examples).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A `PATH` whose first entry holds the built `ai-openness`.
fn path_with_binary() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_ai-openness"));
    let dir = bin.parent().unwrap();
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-openness-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_pre_commit_hook_runs_its_command_line() {
    let hooks = yaml(&root().join(".pre-commit-hooks.yaml"));
    let hooks = hooks.as_array().expect("a list of hooks");
    let hook = hooks
        .iter()
        .find(|h| h["id"] == "ai-openness-validate")
        .expect("the ai-openness-validate hook");
    assert!(matches!(hook["language"].as_str(), Some("rust" | "system")));
    let files = hook["files"].as_str().expect("a files pattern");
    assert!(files.contains("descriptions/") && files.contains("openness"));
    let entry = hook["entry"].as_str().unwrap();
    let mut words = entry.split_whitespace();
    assert_eq!(words.next(), Some("ai-openness"));
    let args: Vec<&str> = words.collect();
    assert_eq!(args.first(), Some(&"validate"));

    // pre-commit runs the entry with the matching files appended.
    let examples = ["examples/olmo-2.yaml", "examples/pythia.yaml"];
    let output = Command::new(env!("CARGO_BIN_EXE_ai-openness"))
        .args(&args)
        .args(examples)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("examples/olmo-2.yaml: valid"), "{text}");

    let dir = temp_dir("hook");
    let bad = dir.join("bad.openness.yaml");
    std::fs::write(
        &bad,
        "spec_version: 0.1.0\nname: Bad\ncomponents:\n  - kind: weights\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_ai-openness"))
        .args(&args)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "a broken description stops the commit"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_workflow_runs_the_documented_commands() {
    let workflow = yaml(&root().join("docs/ci/ai-openness.yml"));
    assert!(
        workflow["on"]["workflow_call"].is_object(),
        "a reusable workflow"
    );
    let guide = std::fs::read_to_string(root().join("docs/guides/registries.md")).unwrap();
    let jobs = workflow["jobs"].as_object().unwrap();
    let mut runs = Vec::new();
    let mut sarif_upload = None;
    for job in jobs.values() {
        for step in job["steps"].as_array().unwrap() {
            if let Some(run) = step["run"].as_str() {
                runs.push(run.trim().to_owned());
            }
            if step["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@"))
            {
                sarif_upload = step["with"]["sarif_file"].as_str().map(str::to_owned);
            }
        }
    }
    assert!(runs.len() >= 3, "{runs:?}");
    for run in &runs {
        assert!(
            guide.contains(run.as_str()),
            "docs/guides/registries.md does not document the step `{run}`"
        );
    }
    let sarif = sarif_upload.expect("the SARIF log is uploaded");
    assert!(
        runs.iter().any(|r| r.contains(&format!("> {sarif}"))),
        "the log uploaded is the one written"
    );

    // The ai-openness steps, on the examples (the workflow's `paths` input).
    let dir = temp_dir("workflow");
    let examples = root().join("examples");
    for run in runs.iter().filter(|r| r.starts_with("ai-openness ")) {
        let output = Command::new("sh")
            .arg("-c")
            .arg(run)
            .env("PATH", path_with_binary())
            .env("PATHS", &examples)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(output.status.success(), "`{run}`: {output:?}");
    }
    let log: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(&sarif)).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
    // A broken description fails the annotation step (exit code 1), and the SARIF step still
    // writes its log.
    std::fs::write(
        dir.join("bad.yaml"),
        "spec_version: 0.1.0\nname: Bad\ncomponents:\n  - kind: weights\n",
    )
    .unwrap();
    for run in runs.iter().filter(|r| r.starts_with("ai-openness ")) {
        let output = Command::new("sh")
            .arg("-c")
            .arg(run)
            .env("PATH", path_with_binary())
            .env("PATHS", dir.join("bad.yaml"))
            .current_dir(&dir)
            .output()
            .unwrap();
        if run.contains("--format github") {
            assert_eq!(output.status.code(), Some(1), "`{run}`");
            assert!(String::from_utf8_lossy(&output.stdout).starts_with("::error file="));
        } else {
            assert!(output.status.success(), "`{run}`: {output:?}");
        }
    }
    let log: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(&sarif)).unwrap()).unwrap();
    assert_eq!(log["runs"][0]["results"][0]["level"], "error");
    let _ = std::fs::remove_dir_all(&dir);
}
