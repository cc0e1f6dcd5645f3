//! `report`, `report --overview`, `badge` and `validate --format sarif|github` on the examples
//! and on Model Openness Tool fixtures, through the built binary.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ai_openness::Code;
use ai_openness::classify::Framework;
use ai_openness::pipeline::Pipeline;
use ai_openness::report::{ReleaseReport, escape_xml};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ai-openness"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The examples' descriptions (`examples/*.yaml`).
fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the examples are there");
    files
}

/// Three Model Openness Tool files: the sample model and two graded test files.
fn mot_fixtures() -> Option<Vec<PathBuf>> {
    let dir = common::fixture("mot")?;
    let mut files = vec![dir.join("data/sample_model.yml")];
    for prefix in ["Class1TestFile_", "Class3RTestFile_"] {
        let found = std::fs::read_dir(dir.join("test-data"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
            })
            .expect("the MOT test file");
        files.push(found);
    }
    Some(files)
}

/// What the page of `path` must show: the release's name, every framework, every finding.
fn expected(path: &Path) -> ReleaseReport {
    let processed = Pipeline::default().process_path(path).unwrap();
    ReleaseReport::from_processed(&processed, Some(&path.display().to_string()))
}

fn check_page(path: &Path) {
    let p = path.to_str().unwrap();
    for format in ["html", "markdown"] {
        let output = run(&["report", "--format", format, p]);
        assert!(output.status.success(), "{p}: {output:?}");
        let page = stdout(&output);
        let report = expected(path);
        assert!(!report.name.is_empty(), "{p}");
        let name = if format == "html" {
            escape_xml(&report.name)
        } else {
            ai_openness::report::markdown::escape(&report.name)
        };
        assert!(page.contains(&*name), "{p}: the name {name}");
        assert_eq!(report.classifications.len(), Framework::ALL.len(), "{p}");
        for framework in Framework::ALL {
            assert!(page.contains(framework.id()), "{p}: {}", framework.id());
        }
        for finding in &report.findings {
            assert!(
                page.contains(finding.code.as_str()),
                "{p}: {}",
                finding.code
            );
        }
        for row in &report.components {
            assert!(page.contains(&row.kind), "{p}: {}", row.kind);
        }
    }
}

#[test]
fn every_example_has_a_page() {
    for path in examples() {
        check_page(&path);
    }
}

#[test]
fn mot_files_have_a_page_with_the_exact_engines_class() {
    let Some(files) = mot_fixtures() else { return };
    for path in &files {
        check_page(path);
    }
    // The Class I test file is Class I under MOF as MOT grades it.
    let page = stdout(&run(&["report", files[1].to_str().unwrap()]));
    assert!(page.contains("MOF 1.0 Class I (Open Science)"), "{page}");
}

#[test]
fn hostile_text_renders_as_text_and_pages_go_to_files() {
    let dir = std::env::temp_dir().join(format!("ai-openness-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let doc = dir.join("hostile.yaml");
    std::fs::write(
        &doc,
        "spec_version: 0.1.0\nname: \"<script>alert(1)</script>\"\ncomponents:\n  - kind: \
         model_weights\n    name: \"<img src=x onerror=alert(2)>\"\n    license: Apache-2.0\n    \
         availability: public\nclaims:\n  - kind: open_source\n",
    )
    .unwrap();
    let out = dir.join("page.html");
    let status = run(&["report", "-o", out.to_str().unwrap(), doc.to_str().unwrap()]);
    assert!(status.status.success(), "{status:?}");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.contains("<script") && !page.contains("<img"));
    let md = stdout(&run(&[
        "report",
        "--format",
        "markdown",
        doc.to_str().unwrap(),
    ]));
    assert!(!md.contains("<script") && !md.contains("<img"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_invalid_document_gets_a_page_with_its_diagnostics() {
    let dir = std::env::temp_dir().join(format!("ai-openness-report-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let doc = dir.join("bad.yaml");
    std::fs::write(
        &doc,
        "spec_version: 0.1.0\nname: Bad\ncomponents:\n  - kind: weights\n",
    )
    .unwrap();
    let output = run(&["report", doc.to_str().unwrap()]);
    assert!(output.status.success());
    let page = stdout(&output);
    assert!(page.contains("not classified") && page.contains("invalid-value"));
    // No badge for it: exit code 1.
    let output = run(&["badge", "--framework", "mof-1.0", doc.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn report_reads_one_document_and_the_overview_many() {
    let folder = root().join("examples");
    let output = run(&["report", folder.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a folder of several is a usage error"
    );
    let output = run(&[
        "report",
        "--overview",
        "--title",
        "Examples",
        folder.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{output:?}");
    let page = stdout(&output);
    assert!(page.contains("<h1>Examples</h1>"));
    for path in examples() {
        let report = expected(&path);
        assert!(page.contains(&escape_xml(&report.name)), "{}", report.name);
    }
    assert_eq!(page.matches("<tr><td>").count(), examples().len());
    let output = run(&["report", "--overview", "no/such/folder"]);
    assert_eq!(output.status.code(), Some(2));
}

/// A minimal XML well-formedness check: every tag closes in order, attributes are quoted.
fn well_formed(xml: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').ok_or("an unclosed tag")? + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().ok_or("a close without an open")?;
            if open != name {
                return Err(format!("<{open}> closed by </{name}>"));
            }
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().unwrap_or_default().to_owned());
        }
        if !tag.matches('"').count().is_multiple_of(2) {
            return Err(format!("unbalanced quotes in <{tag}>"));
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("unclosed {stack:?}"))
    }
}

#[test]
fn badges_are_svg_with_the_level_and_the_same_bytes_each_time() {
    let olmo = root().join("examples/olmo-2.yaml");
    for framework in Framework::ALL {
        let output = run(&[
            "badge",
            "--framework",
            framework.id(),
            olmo.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{output:?}");
        let svg = stdout(&output);
        well_formed(&svg).unwrap_or_else(|e| panic!("{}: {e}\n{svg}", framework.id()));
        let report = expected(&olmo);
        let verdict = report
            .classifications
            .iter()
            .find(|c| c.builtin() == Some(*framework))
            .unwrap();
        let level = ai_openness::report::level_short(&verdict.level);
        assert!(svg.contains(&format!(">{level}</text>")), "{svg}");
        assert!(svg.contains("<title>") && svg.contains("aria-label="));
        assert_eq!(
            svg,
            stdout(&run(&[
                "badge",
                "--framework",
                framework.id(),
                olmo.to_str().unwrap()
            ]))
        );
    }
    let output = run(&["badge", "--framework", "nope", olmo.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn sarif_output_validates_against_the_sarif_schema() {
    let Some(schema) = common::fixture("sarif/sarif-schema-2.1.0.json") else {
        return;
    };
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    let dir = std::env::temp_dir().join(format!("ai-openness-sarif-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad file.yaml");
    std::fs::write(
        &bad,
        "spec_version: 0.1.0\nname: Bad\ncomponents:\n  - kind: weights\n",
    )
    .unwrap();
    let mut args = vec!["validate", "--format", "sarif", bad.to_str().unwrap()];
    let files: Vec<String> = examples().iter().map(|p| p.display().to_string()).collect();
    args.extend(files.iter().map(String::as_str));
    let output = run(&args);
    assert_eq!(output.status.code(), Some(1), "the bad file fails");
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON log");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run0 = &log["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "ai-openness");
    assert_eq!(run0["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        run0["tool"]["driver"]["rules"].as_array().unwrap().len(),
        Code::ALL.len()
    );
    let results = run0["results"].as_array().unwrap();
    let first = &results[0];
    assert_eq!(first["ruleId"], "invalid-value");
    assert_eq!(first["level"], "error");
    let location = &first["locations"][0]["physicalLocation"];
    assert!(
        location["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("bad%20file.yaml")
    );
    assert_eq!(location["region"]["startLine"], 4);
    assert_eq!(location["region"]["startColumn"], 11);
    // The examples' warnings are there too.
    assert!(results.iter().any(|r| r["level"] == "warning"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn github_annotations_parse_back() {
    let dir = std::env::temp_dir().join(format!("ai-openness-gh-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("a,b.yaml");
    std::fs::write(
        &bad,
        "spec_version: 0.1.0\nname: Bad\ncomponents:\n  - kind: weights\n",
    )
    .unwrap();
    let output = run(&["validate", "--format", "github", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let line = text.lines().next().unwrap();
    let rest = line.strip_prefix("::error ").expect(line);
    let (props, message) = rest.split_once("::").unwrap();
    let props: Vec<(&str, String)> = props
        .split(',')
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            (
                k,
                v.replace("%2C", ",")
                    .replace("%3A", ":")
                    .replace("%25", "%"),
            )
        })
        .collect();
    assert_eq!(props[0], ("file", bad.display().to_string()));
    assert_eq!(props[1], ("line", "4".to_owned()));
    assert_eq!(props[2], ("col", "11".to_owned()));
    assert_eq!(props[3], ("title", "invalid-value".to_owned()));
    assert!(message.contains("weights"), "{message}");
    let _ = std::fs::remove_dir_all(&dir);
}
