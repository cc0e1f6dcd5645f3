//! Conformance of the MOF 1.0 engine with the Model Openness Tool (MOT, `lfai/model_openness_tool`
//! at 8b5d30e): every YAML file under the shared `mot/test-data` and `mot/synthetic` fixtures is
//! graded and compared with its line in `expected.jsonl`, on every field.

mod common;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use ai_openness::classify::mof_1_0::{
    ContentType, MofComponent, MofOutcome, classify_mot_yaml, licences,
};
use serde_json::Value;

/// Files in `test-data` (MOT's own) and `synthetic` (seeded edge cases).
const EXPECTED_FILES: usize = 27 + 415;

fn pairs(value: &Value) -> Vec<(String, Value)> {
    value
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

/// Compare one file's outcome with its expected line; push one message per differing field.
fn compare(file: &str, expected: &Value, outcome: &MofOutcome, mismatches: &mut Vec<String>) {
    let mut differ = |field: &str, want: &dyn std::fmt::Debug, got: &dyn std::fmt::Debug| {
        mismatches.push(format!("{file}: {field}: expected {want:?}, got {got:?}"));
    };
    if expected["class"].is_null() {
        let want = expected["error_kind"].as_str().unwrap_or("<none>");
        match outcome {
            MofOutcome::Rejected(error) if error.kind.as_str() == want => {}
            MofOutcome::Rejected(error) => differ("error_kind", &want, &error),
            other => differ("error_kind", &want, &other.result().map(|r| r.class)),
        }
        return;
    }
    let Some(result) = outcome.result() else {
        differ("outcome", &"classified", &outcome.error());
        return;
    };
    let got = match serde_json::to_value(result) {
        Ok(v) => v,
        Err(e) => {
            differ("serialisation", &"ok", &e.to_string());
            return;
        }
    };
    if expected["class"] != got["class"] {
        differ("class", &expected["class"], &got["class"]);
    }
    for key in ["1", "2", "3"] {
        let want = expected["progress"][key].as_f64();
        let have = got["progress"][key].as_f64();
        let close = matches!((want, have), (Some(w), Some(h)) if (w - h).abs() <= 1e-9);
        if !close {
            differ(&format!("progress.{key}"), &want, &have);
        }
    }
    for field in ["per_component", "licenses"] {
        let want = pairs(&expected[field]);
        let have = pairs(&got[field]);
        if want != have {
            differ(field, &want, &have);
        }
    }
    for field in [
        "not_type_appropriate",
        "unknown_components",
        "duplicate_components",
    ] {
        if expected[field] != got[field] {
            differ(field, &expected[field], &got[field]);
        }
    }
}

fn check_folder(dir: &Path, seen: &mut usize, mismatches: &mut Vec<String>) {
    let expected_text = std::fs::read_to_string(dir.join("expected.jsonl"))
        .unwrap_or_else(|e| panic!("cannot read {}/expected.jsonl: {e}", dir.display()));
    let mut listed = BTreeSet::new();
    for (n, line) in expected_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let expected: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}: line {}: {e}", dir.display(), n + 1));
        let file = expected["file"].as_str().unwrap_or_default().to_owned();
        let text = std::fs::read_to_string(dir.join(&file))
            .unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        compare(&file, &expected, &classify_mot_yaml(&text), mismatches);
        listed.insert(file);
        *seen += 1;
    }
    let on_disk: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yml") || name.ends_with(".yaml"))
        .collect();
    assert_eq!(
        on_disk,
        listed,
        "every YAML file in {} must have exactly one expected line",
        dir.display()
    );
}

#[test]
fn every_fixture_agrees_with_mot() {
    let Some(root) = common::fixture("mot") else {
        return;
    };
    let mut seen = 0;
    let mut mismatches = Vec::new();
    for folder in ["test-data", "synthetic"] {
        check_folder(&root.join(folder), &mut seen, &mut mismatches);
    }
    if !mismatches.is_empty() {
        let mut report = String::new();
        for m in &mismatches {
            let _ = writeln!(report, "{m}");
        }
        panic!(
            "{} mismatch(es) with MOT over {seen} files:\n{report}",
            mismatches.len()
        );
    }
    assert_eq!(seen, EXPECTED_FILES, "fixture count");
}

/// The crate's licence table agrees with the data files it was generated from.
#[test]
fn licence_table_matches_mot_data_files() {
    let Some(data) = common::fixture("mot/data") else {
        return;
    };
    let load = |name: &str| -> Value {
        let text = std::fs::read_to_string(data.join(name))
            .unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let constants = load("mot-constants.json");
    let in_list = |list: &str, id: &str| {
        constants[list]
            .as_array()
            .is_some_and(|a| a.iter().any(|v| v == id))
    };
    // MOT imports licenses.json, then mof-licenses.json; a later row overwrites an earlier one.
    let mut last: indexmap::IndexMap<String, Value> = indexmap::IndexMap::new();
    for file in ["licenses.json", "mof-licenses.json"] {
        for row in load(file)["licenses"].as_array().into_iter().flatten() {
            let id = row["licenseId"].as_str().unwrap_or_default().to_owned();
            last.insert(id, row.clone());
        }
    }
    assert_eq!(last.len(), 660);
    for (id, row) in &last {
        let fact = licences::fact(id).unwrap_or_else(|| panic!("`{id}` missing from the table"));
        let flag = |k: &str| row[k].as_bool().unwrap_or(false);
        assert_eq!(fact.osi, flag("isOsiApproved"), "{id} isOsiApproved");
        assert_eq!(fact.fsf, flag("isFsfLibre"), "{id} isFsfLibre");
        assert_eq!(
            fact.deprecated,
            flag("isDeprecatedLicenseId"),
            "{id} deprecated"
        );
        let open = fact.osi
            || fact.fsf
            || in_list("OPEN_DATA_LICENSES", id)
            || in_list("OPEN_LICENSES", id);
        assert_eq!(licences::is_open(id), open, "{id} open");
        let types: Vec<&str> = match &row["ContentType"] {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        for ct in [ContentType::Code, ContentType::Data, ContentType::Document] {
            assert_eq!(
                licences::is_type_appropriate(id, ct),
                types.contains(&ct.as_str()),
                "{id} {ct}"
            );
        }
    }
    for list in ["OPEN_DATA_LICENSES", "OPEN_LICENSES"] {
        for id in constants[list].as_array().into_iter().flatten() {
            let id = id.as_str().unwrap_or_default();
            assert!(licences::is_open(id), "{list}: `{id}` should be open");
        }
    }
    assert_eq!(
        constants["TECHNICAL_REPORT_CID"].as_u64(),
        Some(u64::from(MofComponent::TechnicalReport.spec().id))
    );
    assert_eq!(
        constants["RESEARCH_PAPER_CID"].as_u64(),
        Some(u64::from(MofComponent::ResearchPaper.spec().id))
    );
}
