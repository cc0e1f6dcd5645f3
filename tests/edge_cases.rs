//! What had no test before issue 11's audit: YAML on standard input for every command, `export`'s
//! error paths and exit codes, `vocab --check` on stale files, the EU AI Act compute threshold at
//! exactly 10^25 FLOP, licence expressions with `OR`, `AND` and `NONE` on the weights under every
//! framework, and DPG indicator 2 on the licences of the DPG nominees (deprecated SPDX ids).

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use ai_openness::classify::{Framework, Status, classify, classify_all};
use ai_openness::document::{self, Format};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{Availability, Component, ComponentKind as K};
use ai_openness::{Code, Release, Validator, ValidatorOptions};
use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ai-openness"))
}

/// Runs the CLI with `stdin` as standard input.
fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("stdin is written");
    child.wait_with_output().expect("the CLI ends")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the CLI runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-openness-edge-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A valid description in YAML, with a plain scalar (`kind: model`) and a YAML-only form (a block
/// sequence) that JSON could not contain.
const YAML: &str = "spec_version: 0.1.0\nname: Stdin Model\nkind: model\ncomponents:\n  \
                    - kind: model_weights\n    license: Apache-2.0\n    availability: public\n";

// --- Standard input in YAML -----------------------------------------------------------------

#[test]
fn validate_reads_yaml_on_stdin() {
    let out = run_with_stdin(&["validate", "--format", "json", "-"], YAML.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let line: Value = serde_json::from_str(stdout(&out).lines().next().expect("a line")).unwrap();
    assert_eq!(line["file"], "-");
    assert_eq!(line["valid"], true, "{line}");
    // An error in YAML on stdin is located by line and column of the YAML text.
    let bad = YAML.replace("kind: model\n", "kind: modle\n");
    let out = run_with_stdin(&["validate", "--format", "json", "-"], bad.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let line: Value = serde_json::from_str(stdout(&out).lines().next().expect("a line")).unwrap();
    let d = &line["diagnostics"][0];
    assert_eq!(d["pointer"], "/kind");
    assert_eq!(d["line"], 3);
    assert_eq!(d["column"], 7);
}

#[test]
fn classify_reads_yaml_on_stdin() {
    let out = run_with_stdin(
        &[
            "classify",
            "--format",
            "json",
            "--framework",
            "mof-1.0",
            "-",
        ],
        YAML.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(lines[0]["name"], "Stdin Model");
    let verdicts = lines[0]["classifications"].as_array().expect("a list");
    assert_eq!(verdicts.len(), 1);
    assert_eq!(verdicts[0]["framework"], "mof-1.0");
    // The same verdict as the library gives on the same text.
    let release = document::from_str(YAML, Format::Yaml).unwrap();
    let expected = serde_json::to_value(classify(&release, Framework::Mof10)).unwrap();
    assert_eq!(verdicts[0]["level"], expected["level"]);
    assert_eq!(verdicts[0]["criteria"], expected["criteria"]);
}

#[test]
fn export_reads_yaml_on_stdin() {
    let out = run_with_stdin(&["export", "--to", "json", "-"], YAML.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let release: Release = serde_json::from_str(stdout(&out).trim_end()).unwrap();
    assert_eq!(release, document::from_str(YAML, Format::Yaml).unwrap());
    let out = run_with_stdin(
        &[
            "export",
            "--to",
            "ntriples",
            "--base",
            "https://r.example/",
            "-",
        ],
        YAML.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("<https://r.example/stdin-model>"),
        "{}",
        stdout(&out)
    );
}

// --- export: error paths and exit codes -------------------------------------------------------

#[test]
fn export_of_an_invalid_document_is_exit_1_with_located_findings_and_no_output() {
    let bad = YAML.replace("kind: model\n", "kind: modle\n");
    for to in ["json", "turtle", "ntriples", "jsonld"] {
        let out = run_with_stdin(&["export", "--to", to, "-"], bad.as_bytes());
        assert_eq!(out.status.code(), Some(1), "{to}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("-:3:7"), "{to}: {err}");
        assert!(err.contains("invalid"), "{to}: {err}");
        // Nothing is exported from an invalid document: no triple, no JSON line.
        assert!(
            !stdout(&out).contains("Stdin Model"),
            "{to}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn export_usage_errors_are_exit_2() {
    let dir = temp_dir("export-usage");
    let file = dir.join("model.yaml");
    std::fs::write(&file, YAML).unwrap();
    let file = file.to_string_lossy().into_owned();
    // A base that is not an absolute IRI.
    let out = run(&["export", "--to", "turtle", "--base", "not an iri", &file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not an iri"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    // Classifications need an RDF format.
    let out = run(&["export", "--to", "json", "--with-classification", &file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--with-classification"),
        "{}",
        stderr(&out)
    );
    // An unknown format, a missing one.
    assert_eq!(
        run(&["export", "--to", "rdfxml", &file]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["export", &file]).status.code(), Some(2));
    // A path that does not exist: exit 2, named on stderr.
    let missing = dir.join("missing.yaml").to_string_lossy().into_owned();
    let out = run(&["export", "--to", "turtle", &missing]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.yaml"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_of_a_profile_is_exit_1_nothing_to_export() {
    let profile =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/profiles/mof-ladder.yaml");
    let out = run(&["export", "--to", "turtle", &profile.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nothing to export"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn export_of_a_valid_and_an_invalid_document_exports_the_valid_one_and_exits_1() {
    let dir = temp_dir("export-mixed");
    let good = dir.join("good.yaml");
    let bad = dir.join("bad.yaml");
    std::fs::write(&good, YAML).unwrap();
    std::fs::write(&bad, YAML.replace("kind: model\n", "kind: modle\n")).unwrap();
    let out = run(&[
        "export",
        "--to",
        "json",
        &good.to_string_lossy(),
        &bad.to_string_lossy(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    assert!(stderr(&out).contains("bad.yaml"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

// --- vocab --check ------------------------------------------------------------------------------

#[test]
fn vocab_check_fails_on_stale_and_missing_files_and_passes_on_fresh_ones() {
    let dir = temp_dir("vocab");
    let out_dir = dir.to_string_lossy().into_owned();
    let out = run(&["vocab", "--out", &out_dir]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        run(&["vocab", "--check", "--out", &out_dir]).status.code(),
        Some(0)
    );
    // One changed triple in the vocabulary: stale.
    let ttl = dir.join("ai-openness.ttl");
    let text = std::fs::read_to_string(&ttl).unwrap();
    std::fs::write(&ttl, text.replacen("rdfs:label", "rdfs:comment", 1)).unwrap();
    let out = run(&["vocab", "--check", "--out", &out_dir]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("stale"), "{}", stderr(&out));
    // Regenerated: fresh again; then one file removed: missing is stale too.
    assert_eq!(run(&["vocab", "--out", &out_dir]).status.code(), Some(0));
    assert_eq!(
        run(&["vocab", "--check", "--out", &out_dir]).status.code(),
        Some(0)
    );
    std::fs::remove_file(dir.join("context.jsonld")).unwrap();
    assert_eq!(
        run(&["vocab", "--check", "--out", &out_dir]).status.code(),
        Some(1)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

// --- The EU AI Act threshold at exactly 10^25 FLOP ---------------------------------------------

/// An open, unmonetised model whose only varying fact is its training compute.
fn eu_model(flop: Option<f64>) -> Release {
    let text = "spec_version: 0.1.0\nname: Threshold\nkind: model\ncomponents:\n\
                \x20 - {kind: model_architecture, license: Apache-2.0, availability: public}\n\
                \x20 - {kind: model_weights, license: Apache-2.0, availability: public}\n\
                \x20 - {kind: model_card, license: CC-BY-4.0, availability: public}\n\
                facts:\n  monetisation: {price: false, paid_services: false, platform: false, personal_data: false}\n";
    let mut r = document::from_str(text, Format::Yaml).unwrap();
    r.facts.training_compute_flop = flop;
    r
}

#[test]
fn exactly_10_to_the_25_flop_is_not_above_the_systemic_risk_threshold() {
    // Art. 51(2): presumed "when the cumulative amount of computation used for its training ...
    // is greater than 10^25" FLOP. Exactly 10^25 is not greater.
    let status = |flop: f64| {
        let c = classify(&eu_model(Some(flop)), Framework::EuAiAct2024);
        c.criterion("art-53-2/no-systemic-risk")
            .expect("the criterion")
            .status
    };
    assert_eq!(status(1e25), Status::Met);
    assert_eq!(status(9.999_999_999_999_999e24), Status::Met);
    // The next double above 10^25 is above it.
    let next = f64::from_bits(1e25f64.to_bits() + 1);
    assert!(next > 1e25);
    assert_eq!(status(next), Status::NotMet);
    assert_eq!(status(1.000_1e25), Status::NotMet);
    // And the level follows: likely exempt at 10^25, unlikely just above.
    let level = |flop: f64| classify(&eu_model(Some(flop)), Framework::EuAiAct2024).level;
    assert_eq!(level(1e25), "likely");
    assert_eq!(level(next), "unlikely");
    // The same through the text forms: `1e25`, `1.0e+25` and the integer all mean 10^25.
    for written in ["1e25", "1.0e+25", "10000000000000000000000000"] {
        let text =
            format!("spec_version: 0.1.0\nname: T\nfacts:\n  training_compute_flop: {written}\n");
        let r = document::from_str(&text, Format::Yaml).unwrap();
        assert_eq!(r.facts.training_compute_flop, Some(1e25), "{written}");
    }
}

// --- Licence expressions with OR, AND and NONE on the weights ---------------------------------

fn with_weights(expression: &str) -> Release {
    let mut r = eu_model(Some(1e22));
    for c in &mut r.components {
        if c.kind == K::ModelWeights {
            c.license = Some(Licence::new(LicenceExpression::parse(expression).unwrap()));
        }
    }
    r
}

/// The status of the weights' licence criterion in each framework that has one.
fn weights_statuses(r: &Release) -> Vec<(&'static str, Status)> {
    let pick = |f: Framework, id: &str| {
        classify(r, f)
            .criterion(id)
            .unwrap_or_else(|| panic!("{f:?}: no `{id}`"))
            .status
    };
    vec![
        ("eu", pick(Framework::EuAiAct2024, "art-53-2/licence")),
        ("osaid", pick(Framework::Osaid10, "parameters/weights")),
        ("dpg", pick(Framework::Dpg114, "2-open-licences")),
    ]
}

#[test]
fn or_and_and_none_on_the_weights_are_read_as_spdx_says() {
    let open = weights_statuses(&with_weights("Apache-2.0"));
    // `A OR B`: the recipient may choose; one open branch is enough.
    assert_eq!(
        weights_statuses(&with_weights(
            "Apache-2.0 OR LicenseRef-Llama-3.1-Community"
        )),
        open
    );
    assert_eq!(
        weights_statuses(&with_weights("LicenseRef-Llama-3.1-Community OR MIT")),
        open
    );
    // `A AND B`: both apply; a restricted term makes the whole restricted.
    let restricted = weights_statuses(&with_weights("LicenseRef-Llama-3.1-Community"));
    assert_eq!(
        weights_statuses(&with_weights(
            "Apache-2.0 AND LicenseRef-Llama-3.1-Community"
        )),
        restricted
    );
    assert_ne!(open, restricted);
    // Two open terms joined by AND stay open.
    assert_eq!(weights_statuses(&with_weights("Apache-2.0 AND MIT")), open);
    // NONE: explicitly no licence, which is closed, never open.
    for (framework, status) in weights_statuses(&with_weights("NONE")) {
        assert_ne!(
            status,
            Status::Met,
            "{framework}: NONE is not an open licence"
        );
    }
    // MOF: MOT compares the expression as one id, so an OR of two open licences is not open to
    // it, and the crate says so with a note on the component.
    let r = with_weights("Apache-2.0 OR MIT");
    let mof = classify(&r, Framework::Mof10);
    assert_eq!(
        mof.criterion("class-3/model-parameters-final")
            .expect("criterion")
            .status,
        Status::NotMet
    );
    assert!(
        mof.notes
            .iter()
            .any(|n| n.code.as_str() == "mof-licence-expression-open"),
        "{:?}",
        mof.notes
    );
    // Every framework answers on every expression; nothing panics.
    for e in [
        "MIT OR (Apache-2.0 AND NONE)",
        "NOASSERTION",
        "GPL-2.0-only WITH Classpath-exception-2.0",
    ] {
        if let Ok(parsed) = LicenceExpression::parse(e) {
            let mut r = with_weights("MIT");
            r.components[1].license = Some(Licence::new(parsed));
            assert_eq!(classify_all(&r).len(), Framework::ALL.len());
        }
    }
}

// --- DPG indicator 2 on the nominees' deprecated SPDX ids -------------------------------------

/// The `license[].spdx` ids of a DPG nominee file.
fn nominee_licences(file: &std::path::Path) -> Vec<String> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    v["license"]
        .as_array()
        .expect("license is a list")
        .iter()
        .filter_map(|l| l["spdx"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn dpg_indicator_2_on_the_nominees_licences_including_deprecated_ids() {
    let Some(dir) = common::fixture("dpg") else {
        return;
    };
    let validator = Validator::new(ValidatorOptions::default());
    let mut deprecated_seen = 0;
    for (file, expected) in [
        ("nominee-clinicalbert.json", vec!["Apache-2.0"]),
        ("nominee-ai-agro.json", vec!["GPL-3.0"]),
        ("nominee-zamba.json", vec!["MIT"]),
        ("nominee-meron.json", vec!["GPL-3.0", "MIT"]),
        ("nominee-kindly.json", vec!["AGPL-3.0", "CC-BY-SA-4.0"]),
    ] {
        let ids = nominee_licences(&dir.join(file));
        assert_eq!(ids, expected, "{file}");
        // The nominee's AI model, released under each of its licences in turn.
        for id in &ids {
            let mut r = Release::new(file);
            let mut weights = Component::new(K::ModelWeights);
            weights.availability = Availability::Public;
            weights.license = Some(Licence::new(LicenceExpression::parse(id).unwrap()));
            r.components.push(weights);
            let dpg = classify(&r, Framework::Dpg114);
            let two = dpg.criterion("2-open-licences").expect("indicator 2");
            // Every nominee licence is OSI-approved (GPL-3.0 and AGPL-3.0 under their deprecated
            // ids, which mean `-only`) or a Creative Commons licence the Standard accepts.
            assert_eq!(two.status, Status::Met, "{file} {id}: {}", two.reason);
            // The deprecated ids are flagged by the validator, with their replacement.
            let report = validator.validate_release(&r);
            let flagged = report.iter().any(|d| d.code == Code::DeprecatedLicenceId);
            let deprecated = id == "GPL-3.0" || id == "AGPL-3.0";
            assert_eq!(
                flagged,
                deprecated,
                "{file} {id}: {:?}",
                report.diagnostics()
            );
            if deprecated {
                deprecated_seen += 1;
                let d = report
                    .iter()
                    .find(|d| d.code == Code::DeprecatedLicenceId)
                    .unwrap();
                let replacement = format!("`{id}-only`");
                assert!(
                    d.message.contains(&replacement)
                        || d.suggestion
                            .as_deref()
                            .is_some_and(|s| s.contains(&replacement)),
                    "{d}"
                );
            }
        }
    }
    assert_eq!(deprecated_seen, 3, "GPL-3.0 twice, AGPL-3.0 once");
}
