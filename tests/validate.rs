//! The validator: the shipped corpus (`tests/data/{valid,invalid}`), every diagnostic code, the
//! limits, the layers, and the agreement of the schema with serde.
//!
//! Each corpus document lists what it must produce, exactly: YAML files in `# expect:` comment
//! lines, JSON files in a sibling `<file>.expected` with `expect:` lines. A line reads
//! `expect: <code> <pointer> @<line>:<column>` (`/` is the root pointer).

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ai_openness::document::{self, Format, Limits};
use ai_openness::model::Date;
use ai_openness::validate::{Report, Validator, ValidatorOptions, validate};
use ai_openness::{Code, Diagnostic, Severity};

/// The date the corpus is checked against (for `future-date`).
fn today() -> Date {
    Date::from_parts(2026, 11, 25).unwrap()
}

fn validator() -> &'static Validator {
    static V: std::sync::OnceLock<Validator> = std::sync::OnceLock::new();
    V.get_or_init(|| Validator::new(ValidatorOptions::default().with_today(today())))
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn documents(dir: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(data_dir().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no documents in tests/data/{dir}");
    out
}

/// `(code, pointer, line, column)` as in an `expect:` line.
type Expected = (String, String, u32, u32);

fn expectations(path: &Path) -> BTreeSet<Expected> {
    let text = if path.extension().is_some_and(|e| e == "json") {
        let sibling = PathBuf::from(format!("{}.expected", path.display()));
        std::fs::read_to_string(&sibling).unwrap_or_default()
    } else {
        std::fs::read_to_string(path).unwrap()
    };
    text.lines()
        .filter_map(|l| {
            l.trim_start_matches('#')
                .trim()
                .strip_prefix("expect:")
                .map(str::trim)
        })
        .map(|l| {
            let parts: Vec<&str> = l.split_whitespace().collect();
            let [code, pointer, at] = parts[..] else {
                panic!("{}: malformed expect line `{l}`", path.display())
            };
            let (line, column) = at.trim_start_matches('@').split_once(':').unwrap();
            let pointer = if pointer == "/" { "" } else { pointer };
            (
                code.to_owned(),
                pointer.to_owned(),
                line.parse().unwrap(),
                column.parse().unwrap(),
            )
        })
        .collect()
}

fn found(report: &Report) -> BTreeSet<Expected> {
    report
        .iter()
        .map(|d| {
            (
                d.code.to_string(),
                d.pointer.clone(),
                d.line.unwrap_or(0),
                d.column.unwrap_or(0),
            )
        })
        .collect()
}

fn check_file(path: &Path) -> Report {
    validator().validate_path(path).unwrap()
}

#[track_caller]
fn assert_matches(path: &Path, report: &Report) {
    let expected = expectations(path);
    let got = found(report);
    assert_eq!(
        got,
        expected,
        "{}: diagnostics differ from the `expect:` lines; got:\n{}",
        path.display(),
        report
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn valid_corpus_is_valid_with_exactly_the_expected_notes() {
    for path in documents("valid") {
        let report = check_file(&path);
        assert!(report.is_valid(), "{}: {report:?}", path.display());
        assert!(report.release().is_some(), "{}", path.display());
        assert_matches(&path, &report);
    }
}

#[test]
fn invalid_corpus_gives_exactly_the_expected_diagnostics() {
    for path in documents("invalid") {
        let report = check_file(&path);
        assert!(
            !expectations(&path).is_empty(),
            "{}: an invalid document must list what it expects",
            path.display()
        );
        assert_matches(&path, &report);
        // Every finding names its place in the text.
        for d in &report {
            assert!(d.line.is_some() && d.column.is_some(), "{d}");
        }
    }
}

#[test]
fn shipped_examples_have_no_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if Format::from_path(&path).is_none() {
            continue;
        }
        seen += 1;
        let report = check_file(&path);
        assert!(report.is_valid(), "{}: {:#?}", path.display(), report);
        // Only findings that describe the example's subject, never the document's form.
        for d in &report {
            assert!(
                matches!(
                    d.code,
                    Code::OpenSourceClaimRestrictedLicence | Code::EvaluationSplitMissing
                ),
                "{}: {d}",
                path.display()
            );
        }
    }
    assert!(seen >= 7);
}

#[test]
fn every_code_is_triggered_by_the_corpus() {
    let mut triggered = BTreeSet::new();
    for dir in ["valid", "invalid"] {
        for path in documents(dir) {
            triggered.extend(expectations(&path).into_iter().map(|e| e.0));
        }
    }
    // The importers' codes are theirs (tests/import_mot.rs); every other code is the
    // validator's.
    let all: BTreeSet<String> = Code::ALL
        .iter()
        .map(ToString::to_string)
        .filter(|c| !c.starts_with("import-") && c != "unreadable")
        .collect();
    assert_eq!(
        triggered, all,
        "the corpus must trigger every validator code, and only known codes"
    );
}

#[test]
fn every_code_is_documented_in_one_table() {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/diagnostics.md"))
            .unwrap();
    let mut rows = Vec::new();
    for line in docs.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if let [_, code, severity, ..] = cells[..]
            && let Some(code) = code.strip_prefix('`').and_then(|c| c.strip_suffix('`'))
        {
            rows.push((code.to_owned(), severity.to_owned()));
        }
    }
    let documented: Vec<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        documented, codes,
        "docs/diagnostics.md lists the codes in declaration order"
    );
    for (code, severity) in &rows {
        let code: Code = code.parse().unwrap();
        assert!(
            severity.starts_with(code.default_severity().as_str()),
            "{code}: documented severity `{severity}`"
        );
    }
}

// --- Layers ------------------------------------------------------------------------------------

#[test]
fn schema_errors_are_all_collected_with_suggestions() {
    let text = "spec_version: 0.1.0\nname: Tiny\nkind: modle\ncomponents:\n  - kind: model-weights\n    licence: MIT\n    availability: 3\n  - name: x\n";
    let report = validate(text, Format::Yaml);
    let got: Vec<(&str, &str)> = report
        .iter()
        .map(|d| (d.code.as_str(), d.pointer.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("wrong-type", "/components/0/availability"),
            ("invalid-value", "/components/0/kind"),
            ("unknown-field", "/components/0/licence"),
            ("missing-field", "/components/1"),
            ("invalid-value", "/kind"),
        ]
    );
    let messages: Vec<&str> = report.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages[0], "expected a string, found a number `3`",
        "wrong type"
    );
    assert!(
        messages[1].contains("did you mean `model_weights`"),
        "{}",
        messages[1]
    );
    assert_eq!(
        messages[2],
        "unknown field `licence`; did you mean `license`"
    );
    assert_eq!(messages[3], "missing field `kind` (what the component is)");
    assert!(messages[4].starts_with(
        "`modle` is not an allowed value; did you mean `model`; expected one of `model`, `system`"
    ));
    assert_eq!(report.release(), None);
}

#[test]
fn the_licence_branch_that_fits_the_value_is_reported() {
    // A licence is a string or an object, and an optional field may be null: the error must be
    // about the object's field, not "no branch of anyOf matched".
    let report = validate(
        r#"{"spec_version": "0.1.0", "name": "T", "components": [
            {"kind": "model_card", "license": {"expression": "MIT", "url": "not a link"}},
            {"kind": "model_card", "license": ["MIT"]}]}"#,
        Format::Json,
    );
    let got: Vec<String> = report.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "error[invalid-format] 2:76 at `/components/0/license/url`: `not a link` is not an absolute URL (`uri`), such as `https://example.org/model`",
            "error[wrong-type] 3:47 at `/components/1/license`: expected a string or an object, found a list `[\"MIT\"]`",
        ]
    );
}

#[test]
fn licence_expressions_are_checked_even_when_the_schema_fails() {
    let report = validate(
        "spec_version: 0.1.0\nname: T\nfoo: 1\ncomponents:\n  - kind: model_weights\n    license: apache-2.0\n",
        Format::Yaml,
    );
    let codes: Vec<&str> = report.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["invalid-licence-expression", "unknown-field"]);
    assert!(
        report.diagnostics()[0]
            .message
            .ends_with("did you mean `Apache-2.0`"),
        "{}",
        report.diagnostics()[0].message
    );
}

#[test]
fn a_newer_format_stops_after_the_version() {
    let report = validate("spec_version: 1.0.0\nname: 5\nbad: true\n", Format::Yaml);
    assert_eq!(report.diagnostics().len(), 1);
    let d = &report.diagnostics()[0];
    assert_eq!(d.code, Code::UnsupportedSpecVersion);
    assert_eq!((d.line, d.column), (Some(1), Some(15)));
    assert!(
        d.message.contains("this document is newer"),
        "{}",
        d.message
    );
}

#[test]
fn a_prerelease_of_the_current_format_is_unsupported() {
    let report = validate("spec_version: 0.1.0-rc.1\nname: T\n", Format::Yaml);
    let codes: Vec<&str> = report.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["unsupported-spec-version"]);
}

#[test]
fn a_document_that_does_not_parse_is_one_syntax_error_with_a_position() {
    let report = validate("{\"spec_version\": \"0.1.0\",\n \"name\": }", Format::Json);
    assert_eq!(report.diagnostics().len(), 1);
    let d = &report.diagnostics()[0];
    assert_eq!(
        (d.code, d.pointer.as_str(), d.line, d.column),
        (Code::SyntaxError, "", Some(2), Some(10))
    );
}

#[test]
fn bytes_that_are_not_utf8_are_a_syntax_error_at_their_position() {
    let report = validator().validate_bytes(b"spec_version: 0.1.0\nname: T\xff\n", None);
    let d = &report.diagnostics()[0];
    assert_eq!(
        (d.code, d.line, d.column),
        (Code::SyntaxError, Some(2), Some(8))
    );
    assert_eq!(d.message, "not UTF-8 text (invalid byte at offset 27)");
}

#[test]
fn semantic_rules_run_only_on_documents_that_load() {
    // A future date and an unnamed base, but also a schema error: only the schema error.
    let report = validator().validate_str(
        "spec_version: 0.1.0\nname: T\nrelease_date: 2999-01-01\nlineage: [{relation: derived_from, base: {}}]\nx: 1\n",
        Format::Yaml,
    );
    let codes: Vec<&str> = report.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["unknown-field"]);
    let report = validator().validate_str(
        "spec_version: 0.1.0\nname: T\nrelease_date: 2999-01-01\nlineage: [{relation: derived_from, base: {}}]\n",
        Format::Yaml,
    );
    let codes: Vec<&str> = report.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["missing-base-release", "future-date"]);
    assert!(!report.is_valid() && report.release().is_some());
}

#[test]
fn duplicate_components_with_distinct_names_are_fine() {
    let text = "spec_version: 0.1.0\nname: T\ncomponents:\n  - {kind: pretraining_data, name: A}\n  - {kind: pretraining_data, name: B}\n  - {kind: pretraining_data, name: ' a '}\n";
    let report = validate(text, Format::Yaml);
    let got: Vec<(&str, &str)> = report
        .iter()
        .map(|d| (d.code.as_str(), d.pointer.as_str()))
        .collect();
    assert_eq!(got, [("duplicate-component", "/components/2")]);
}

#[test]
fn open_source_claims_on_unrestricted_or_unknown_licences_are_not_flagged() {
    for licence in [
        "Apache-2.0",
        "LicenseRef-Unknown-Terms",
        "MIT OR LicenseRef-Llama-3.1-Community",
    ] {
        let text = format!(
            "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    license: {{expression: '{licence}', url: 'https://example.org/l'}}\nclaims:\n  - kind: open_source\n"
        );
        let report = validate(&text, Format::Yaml);
        assert!(
            report
                .iter()
                .all(|d| d.code != Code::OpenSourceClaimRestrictedLicence),
            "{licence}: {report:?}"
        );
    }
    // Scoped to the training code: not a claim about the weights.
    let text = "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_weights\n    license: LicenseRef-Llama-3.1-Community\n  - kind: training_code\n    license: MIT\nclaims:\n  - kind: open_source\n    scope: training_code\n";
    let report = validate(text, Format::Yaml);
    assert!(
        report
            .iter()
            .all(|d| d.code != Code::OpenSourceClaimRestrictedLicence)
    );
}

#[test]
fn today_is_configurable_and_defaults_to_the_clock() {
    let text = "spec_version: 0.1.0\nname: T\nrelease_date: 2030-01-01\n";
    let early = Validator::new(
        ValidatorOptions::default().with_today(Date::from_parts(2029, 12, 31).unwrap()),
    );
    let late = Validator::new(
        ValidatorOptions::default().with_today(Date::from_parts(2030, 1, 1).unwrap()),
    );
    assert_eq!(
        early.validate_str(text, Format::Yaml).diagnostics().len(),
        1
    );
    assert!(
        late.validate_str(text, Format::Yaml)
            .diagnostics()
            .is_empty()
    );
    let tomorrow = Date::from_days_since_epoch(
        i64::try_from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs()
                / 86_400,
        )
        .unwrap()
            + 2,
    );
    let text = format!("spec_version: 0.1.0\nname: T\nrelease_date: {tomorrow}\n");
    let codes: Vec<Code> = validate(&text, Format::Yaml)
        .iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(codes, [Code::FutureDate]);
}

// --- Limits ------------------------------------------------------------------------------------

fn only(report: &Report) -> &Diagnostic {
    assert_eq!(report.diagnostics().len(), 1, "{report:?}");
    &report.diagnostics()[0]
}

#[test]
fn input_over_the_size_limit_is_a_diagnostic_and_is_not_read_past_the_limit() {
    let v = Validator::new(ValidatorOptions::default().with_max_bytes(64));
    let text = format!("spec_version: 0.1.0\nname: {}\n", "x".repeat(100));
    let d = only(&v.validate_str(&text, Format::Yaml)).clone();
    assert_eq!(
        (d.code, d.line, d.column),
        (Code::LimitExceeded, Some(1), Some(1))
    );
    assert_eq!(
        d.message,
        "input is 127 bytes, more than the limit of 64 bytes"
    );
    // A reader is read up to one byte past the limit, never to its end.
    let endless = std::io::repeat(b' ');
    let report = v.validate_reader(endless, Some(Format::Yaml)).unwrap();
    assert_eq!(
        only(&report).message,
        "input is 65 bytes, more than the limit of 64 bytes"
    );
}

#[test]
fn the_default_size_limit_is_16_mib() {
    assert_eq!(
        ValidatorOptions::default().limits.max_bytes,
        16 * 1024 * 1024
    );
    let big = vec![b' '; 16 * 1024 * 1024 + 1];
    let d = only(&validator().validate_bytes(&big, Some(Format::Json))).clone();
    assert_eq!(d.code, Code::LimitExceeded);
}

#[test]
fn too_many_components_is_a_diagnostic() {
    let v = Validator::new(ValidatorOptions::default().with_max_components(2));
    let text = "spec_version: 0.1.0\nname: T\ncomponents:\n  - kind: model_card\n  - kind: model_card\n  - kind: model_card\n";
    let report = v.validate_str(text, Format::Yaml);
    let d = only(&report);
    assert_eq!(
        (d.code, d.pointer.as_str(), d.line, d.column),
        (Code::LimitExceeded, "/components", Some(4), Some(3))
    );
    assert_eq!(d.message, "3 components, more than the limit of 2");
}

#[test]
fn alias_bombs_and_deep_nesting_stop_at_the_limits() {
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        bomb.push_str(&format!(
            "{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n",
            (b'a' + i) as char,
            (b'a' + i) as char,
            p = (b'a' + i - 1) as char
        ));
    }
    let started = std::time::Instant::now();
    let d = only(&validate(&bomb, Format::Yaml)).clone();
    assert_eq!(d.code, Code::LimitExceeded, "{d}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));

    let v = Validator::new(ValidatorOptions::default().with_max_depth(4));
    let d = only(&v.validate_str("{\"a\": [[[[1]]]]}", Format::Json)).clone();
    assert_eq!(
        (d.code, d.line, d.column),
        (Code::LimitExceeded, Some(1), Some(10))
    );
}

#[test]
fn findings_are_capped() {
    let v = Validator::new(ValidatorOptions::default().with_max_diagnostics(5));
    let mut text = String::from("spec_version: 0.1.0\nname: T\n");
    for i in 0..50 {
        text.push_str(&format!("unknown{i}: 1\n"));
    }
    let report = v.validate_str(&text, Format::Yaml);
    assert_eq!(report.diagnostics().len(), 6);
    let last = report
        .diagnostics()
        .iter()
        .find(|d| d.severity == Severity::Info)
        .unwrap();
    assert_eq!(last.code, Code::LimitExceeded);
    assert!(last.message.contains("more findings left out"), "{last}");
    assert_eq!(report.errors().count(), 5);
}

#[test]
fn hostile_long_values_give_short_messages() {
    let long = "y".repeat(1_000_000);
    let text = format!("{{\"spec_version\": \"0.1.0\", \"name\": \"T\", \"kind\": \"{long}\"}}");
    let d = only(&validate(&text, Format::Json)).clone();
    assert_eq!(d.code, Code::InvalidValue);
    assert!(d.message.len() < 400, "{}", d.message.len());
}

// --- Reports -----------------------------------------------------------------------------------

#[test]
fn reports_serialise_as_valid_and_diagnostics() {
    let report = validate(
        "spec_version: 0.1.0\nname: T\nhomepage: ftp://example.org\n",
        Format::Yaml,
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "valid": true,
            "diagnostics": [{
                "code": "non-web-url",
                "severity": "warning",
                "pointer": "/homepage",
                "line": 3,
                "column": 11,
                "message": "`ftp://example.org` is a `ftp` URL; links in a description should be `https` (or `http`) so that people and registries can follow them"
            }]
        })
    );
    assert!(report.is_valid() && !report.is_clean());
    assert_eq!(report.warnings().count(), 1);
}

#[test]
fn reports_are_sorted_by_pointer_with_numeric_indices() {
    let mut text = String::from("spec_version: 0.1.0\nname: T\ncomponents:\n");
    for _ in 0..12 {
        text.push_str("  - {kind: model_card, extra: 1}\n");
    }
    let report = validate(&text, Format::Yaml);
    let pointers: Vec<&str> = report.iter().map(|d| d.pointer.as_str()).collect();
    let expected: Vec<String> = (0..12).map(|i| format!("/components/{i}/extra")).collect();
    assert_eq!(pointers, expected);
}

#[test]
fn one_validator_serves_many_documents_and_threads() {
    let v = std::sync::Arc::new(Validator::default());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let v = std::sync::Arc::clone(&v);
            std::thread::spawn(move || {
                (0..50).all(|j| {
                    let text = format!("{{\"spec_version\": \"0.1.0\", \"name\": \"T{i}-{j}\"}}");
                    v.validate_str(&text, Format::Json).is_valid()
                })
            })
        })
        .collect();
    for h in handles {
        assert!(h.join().unwrap());
    }
}

// --- Schema and serde agree --------------------------------------------------------------------

/// The JSON value of a corpus document, when it parses.
fn value_of(path: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let format = document::detect_format(Some(path), &text);
    let tree = document::parse_tree(&text, format, &Limits::default()).ok()?;
    document::tree_to_value(&tree).ok()
}

#[test]
fn what_the_schema_rejects_serde_rejects_too() {
    let mut rejected = 0;
    for dir in ["valid", "invalid"] {
        for path in documents(dir) {
            let Some(value) = value_of(&path) else {
                continue;
            };
            let text = std::fs::read_to_string(&path).unwrap();
            let format = document::detect_format(Some(&path), &text);
            let loads = document::from_str(&text, format).is_ok();
            if validator().schema_accepts(&value) {
                // Known gaps, each with its own code: what the schema cannot see.
                let codes: BTreeSet<String> =
                    expectations(&path).into_iter().map(|e| e.0).collect();
                let gap = codes.contains("invalid-document")
                    || codes.contains("invalid-licence-expression");
                assert_eq!(loads, !gap, "{}", path.display());
            } else {
                rejected += 1;
                assert!(
                    !loads,
                    "{}: the schema rejects it but it loads",
                    path.display()
                );
            }
        }
    }
    assert!(rejected >= 10, "{rejected}");
}

#[test]
fn hostile_documents_finish_quickly_with_bounded_reports() {
    let mut cases: Vec<(&str, String, Format)> = Vec::new();
    // A hundred thousand unknown fields.
    let mut many = String::from("spec_version: 0.1.0\nname: T\n");
    for i in 0..100_000 {
        many.push_str(&format!("k{i}: 1\n"));
    }
    cases.push(("unknown fields", many, Format::Yaml));
    // A megabyte-long field name and licence expression.
    let long_key = format!(
        "{{\"spec_version\": \"0.1.0\", \"name\": \"T\", \"{}\": 1}}",
        "k".repeat(1 << 20)
    );
    cases.push(("long key", long_key, Format::Json));
    let long_licence = format!(
        "{{\"spec_version\": \"0.1.0\", \"name\": \"T\", \"components\": [{{\"kind\": \"model_card\", \"license\": \"{}\"}}]}}",
        vec!["MIT"; 100_000].join(" AND ")
    );
    cases.push(("long licence", long_licence, Format::Json));
    let bad_licence = format!(
        "{{\"spec_version\": \"0.1.0\", \"name\": \"T\", \"components\": [{{\"kind\": \"model_card\", \"license\": \"{} /\"}}]}}",
        vec!["MIT"; 100_000].join(" AND ")
    );
    cases.push(("bad long licence", bad_licence, Format::Json));
    for (what, text, format) in cases {
        let started = std::time::Instant::now();
        let report = validator().validate_str(&text, format);
        let elapsed = started.elapsed();
        // Generous: debug builds on a loaded machine; a quadratic step would take minutes.
        assert!(
            elapsed < std::time::Duration::from_secs(30),
            "{what}: {elapsed:?}"
        );
        assert!(report.diagnostics().len() <= 1_001, "{what}");
        for d in &report {
            assert!(
                d.message.chars().count() <= 1_001,
                "{what}: {}",
                d.message.len()
            );
        }
    }
}
