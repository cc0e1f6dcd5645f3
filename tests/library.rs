//! The library as its users meet it: releases built in code with the builders, validated with
//! `Validator::validate_release`, licences read with `FromStr`.

use std::path::{Path, PathBuf};

use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{
    Availability, Claim, ClaimKind, Component, ComponentKind, Date, Evidence, EvidenceKind,
    Modality, Producer, ProducerKind, Url,
};
use ai_openness::validate::Format;
use ai_openness::{Code, Diagnostic, Release, Validator, ValidatorOptions};

/// A validator whose `today` is fixed, so `future-date` does not depend on the clock.
fn validator() -> Validator {
    Validator::new(ValidatorOptions::default().with_today(Date::new("2026-01-01").unwrap()))
}

/// The shipped release descriptions (`examples/*.yaml`; the profiles are under `profiles/`).
fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the examples are missing: {files:?}");
    files
}

/// What a diagnostic says, without where in a text it is.
fn unlocated(d: &Diagnostic) -> (Code, String, String) {
    (d.code, d.pointer.clone(), d.message.clone())
}

#[test]
fn a_release_in_code_gets_the_diagnostics_of_its_document() {
    let v = validator();
    let mut compared = 0;
    for path in examples() {
        let from_file = v.validate_path(&path).unwrap();
        let release = from_file
            .release()
            .unwrap_or_else(|| panic!("{} does not load", path.display()))
            .clone();
        let from_code = v.validate_release(&release);
        assert_eq!(
            from_code
                .diagnostics()
                .iter()
                .map(unlocated)
                .collect::<Vec<_>>(),
            from_file
                .diagnostics()
                .iter()
                .map(unlocated)
                .collect::<Vec<_>>(),
            "{}",
            path.display()
        );
        assert!(
            from_code
                .diagnostics()
                .iter()
                .all(|d| d.line.is_none() && d.column.is_none()),
            "a release built in code has no lines: {:?}",
            from_code.diagnostics()
        );
        assert_eq!(from_code.release(), Some(&release), "{}", path.display());
        compared += from_code.diagnostics().len();
    }
    assert!(
        compared > 0,
        "no example has a warning: the comparison compared nothing"
    );
}

#[test]
fn validate_release_runs_the_semantic_rules() {
    // Two unnamed weights: the same diagnostics as the document that says so.
    let weights = Component::new(ComponentKind::ModelWeights)
        .with_licence("Apache-2.0".parse::<Licence>().unwrap())
        .with_availability(Availability::Public);
    let release = Release::new("Twice")
        .with_component(weights.clone())
        .with_component(weights);
    let text = "spec_version: 0.1.0\nname: Twice\ncomponents:\n  \
                - {kind: model_weights, license: Apache-2.0, availability: public}\n  \
                - {kind: model_weights, license: Apache-2.0, availability: public}\n";
    let document = validator().validate_str(text, Format::Yaml);
    assert_eq!(
        document
            .diagnostics()
            .iter()
            .map(|d| d.code.as_str())
            .collect::<Vec<_>>(),
        ["duplicate-component"]
    );
    let report = validator().validate_release(&release);
    assert_eq!(
        report
            .diagnostics()
            .iter()
            .map(unlocated)
            .collect::<Vec<_>>(),
        document
            .diagnostics()
            .iter()
            .map(unlocated)
            .collect::<Vec<_>>()
    );

    // A date after `today`.
    let future = Release::new("Later").with_release_date(Date::new("2030-05-01").unwrap());
    let report = validator().validate_release(&future);
    assert!(
        report
            .diagnostics()
            .iter()
            .any(|d| d.pointer == "/release_date" && d.code.as_str() == "future-date"),
        "{:?}",
        report.diagnostics()
    );
}

#[test]
fn validate_release_reports_what_the_types_allow_but_the_format_does_not() {
    // The model's types accept an empty name; the format does not.
    let report = validator().validate_release(&Release::new(""));
    assert!(!report.is_valid());
    assert!(report.release().is_none());
    let d = report.errors().next().unwrap();
    assert_eq!(d.pointer, "/name", "{d}");
    assert_eq!((d.line, d.column), (None, None));
    // Printed, it says where and what.
    let printed = d.to_string();
    assert!(printed.starts_with("error["), "{printed}");
    assert!(printed.contains("`/name`"), "{printed}");
}

#[test]
fn licences_parse_from_strings() {
    let licence: Licence = "Apache-2.0 AND MIT".parse().unwrap();
    assert_eq!(
        licence,
        Licence::new(LicenceExpression::parse("Apache-2.0 AND MIT").unwrap())
    );
    assert!(licence.is_bare());
    // What a document's bare string gives.
    let from_document: Licence = serde_json::from_str("\"Apache-2.0 AND MIT\"").unwrap();
    assert_eq!(licence, from_document);

    // Errors explain themselves: an unknown id, and an expression that does not parse.
    let unknown = "Apache 2.0".parse::<Licence>().unwrap_err();
    assert!(unknown.to_string().contains("Apache-2.0"), "{unknown}");
    let broken = "MIT AND".parse::<Licence>().unwrap_err();
    assert!(!broken.to_string().is_empty());
    assert_eq!(
        broken.to_string(),
        "MIT AND"
            .parse::<LicenceExpression>()
            .unwrap_err()
            .to_string()
    );
}

#[test]
fn builders_give_the_release_a_document_describes() {
    let text = r"
spec_version: 0.1.0
name: Tiny LM
version: '1.0'
description: A small model.
producer: {name: Example Lab, kind: academic, url: 'https://example.org'}
release_date: 2025-03-01
homepage: https://example.org/tiny
modality: text
components:
  - kind: model_weights
    name: tiny-weights
    description: The final weights.
    license: {expression: Apache-2.0, declared: Apache 2.0}
    availability: public
    location: https://example.org/tiny/weights
    evidence:
      - {url: 'https://example.org/tiny/weights', kind: artifact, title: Weights, note: The files.}
  - kind: training_code
    license: MIT
claims:
  - kind: open_weights
    scope: model_weights
    text: Open weights.
    evidence: [{url: 'https://example.org/paper', kind: paper}]
evidence:
  - {url: 'https://example.org/paper', kind: paper}
";
    let document = ai_openness::document::from_str(text, Format::Yaml).unwrap();

    let url = |s: &str| Url::new(s).unwrap();
    let paper = Evidence::new(url("https://example.org/paper")).with_kind(EvidenceKind::Paper);
    let built = Release::new("Tiny LM")
        .with_version("1.0")
        .with_description("A small model.")
        .with_producer(
            Producer::new("Example Lab")
                .with_kind(ProducerKind::Academic)
                .with_url(url("https://example.org")),
        )
        .with_release_date(Date::new("2025-03-01").unwrap())
        .with_homepage(url("https://example.org/tiny"))
        .with_modality(Modality::Text)
        .with_component(
            Component::new(ComponentKind::ModelWeights)
                .with_name("tiny-weights")
                .with_description("The final weights.")
                .with_licence(
                    "Apache-2.0"
                        .parse::<Licence>()
                        .unwrap()
                        .with_declared("Apache 2.0"),
                )
                .with_availability(Availability::Public)
                .with_location(url("https://example.org/tiny/weights"))
                .with_evidence(
                    Evidence::new(url("https://example.org/tiny/weights"))
                        .with_kind(EvidenceKind::Artifact)
                        .with_title("Weights")
                        .with_note("The files."),
                ),
        )
        .with_component(
            Component::new(ComponentKind::TrainingCode)
                .with_licence(LicenceExpression::parse("MIT").unwrap()),
        )
        .with_claim(
            Claim::new(ClaimKind::OpenWeights)
                .with_scope(ComponentKind::ModelWeights)
                .with_text("Open weights.")
                .with_evidence(paper.clone()),
        )
        .with_evidence(paper);
    assert_eq!(built, document);
}
