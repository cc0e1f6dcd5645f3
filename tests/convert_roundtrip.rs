//! Round trips through the exporters: format → native → format keeps every mapped field. Each
//! shared fixture (and the crate's own file) of SPDX 3, CycloneDX and Croissant is imported,
//! exported and imported again, and the two releases are the same; generated releases keep their
//! mapped fields through SPDX 3 and CycloneDX; exports list what they leave out.

mod common;

use std::path::{Path, PathBuf};

use ai_openness::convert::{self, Format};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{Component, ComponentKind as K, Release};
use ai_openness::pipeline::{DocumentKind, Pipeline};
use proptest::prelude::*;

fn own(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

fn read(path: &Path, kind: DocumentKind) -> Release {
    let d = Pipeline::default()
        .reading_as(kind)
        .process_path(path)
        .unwrap();
    assert!(d.is_valid(), "{}: {:?}", path.display(), d.diagnostics());
    d.release().unwrap().clone()
}

fn read_str(text: &str, kind: DocumentKind) -> Release {
    let d = Pipeline::default().process_str(text, None);
    assert_eq!(
        d.kind(),
        Some(kind),
        "the export is recognised as its format"
    );
    assert!(d.is_valid(), "{:?}\n{text}", d.diagnostics());
    d.release().unwrap().clone()
}

/// Imports `path`, exports it as `format`, imports the export: both releases are equal.
fn round_trip(path: &Path, kind: DocumentKind, format: Format) {
    let first = read(path, kind);
    let exported = format.export(&first).unwrap();
    let second = read_str(&exported.text, kind);
    if first != second {
        let (a, b) = (format!("{first:#?}"), format!("{second:#?}"));
        let diff: Vec<String> = a
            .lines()
            .zip(b.lines())
            .filter(|(x, y)| x != y)
            .take(6)
            .map(|(x, y)| format!("- {x}\n+ {y}"))
            .collect();
        panic!(
            "{}: the round trip changed the release:\n{}",
            path.display(),
            diff.join("\n")
        );
    }
    // And again: the export of the re-import is the same text.
    assert_eq!(
        format.export(&second).unwrap().text,
        exported.text,
        "{}",
        path.display()
    );
}

#[test]
fn spdx3_documents_survive_a_round_trip() {
    round_trip(
        &own("spdx3/ai-bom.json"),
        DocumentKind::Spdx3,
        Format::Spdx3,
    );
    for file in [
        "ai-example01-simplehtr.spdx3.json",
        "dataset-example01.spdx3.json",
    ] {
        let Some(path) = common::fixture(&format!("spdx3/{file}")) else {
            return;
        };
        round_trip(&path, DocumentKind::Spdx3, Format::Spdx3);
    }
}

#[test]
fn cyclonedx_boms_survive_a_round_trip() {
    round_trip(
        &own("cyclonedx/ml-bom-1.6.json"),
        DocumentKind::CycloneDx,
        Format::CycloneDx,
    );
    for file in [
        "spec-valid-machine-learning-1.6.json",
        "spec-valid-machine-learning-1.7.json",
        "spec-valid-machine-learning-considerations-env-1.6.json",
        "mlbom-Model-FoundationModels-bom.json",
    ] {
        let Some(path) = common::fixture(&format!("cyclonedx/{file}")) else {
            return;
        };
        round_trip(&path, DocumentKind::CycloneDx, Format::CycloneDx);
    }
}

#[test]
fn croissant_descriptions_survive_a_round_trip() {
    round_trip(
        &own("croissant/rai-dataset.json"),
        DocumentKind::Croissant,
        Format::Croissant,
    );
    for file in [
        "1.0-bigcode-the-stack.json",
        "1.0-dices-350.json",
        "1.0-huggingface-c4.json",
        "1.0-credit-g.json",
        "1.1-commoncrawl-CC-MAIN-2025-43-draft.json",
        "1.1-huggingface-squad_v2.json",
        "1.1-zenodo-head-mri.json",
    ] {
        let Some(path) = common::fixture(&format!("croissant/{file}")) else {
            return;
        };
        round_trip(&path, DocumentKind::Croissant, Format::Croissant);
    }
}

#[test]
fn exports_list_what_they_leave_out() {
    let Some(path) = common::fixture("hf-model-cards/tiiuae__falcon-mamba-7b.README.md") else {
        return;
    };
    let release = read(&path, DocumentKind::HfCard);
    let spdx = Format::Spdx3.export(&release).unwrap();
    // The card's model card component has no SPDX class; the benchmarks are not `ai_metric`s.
    assert!(
        spdx.unmapped
            .iter()
            .any(|u| u.pointer.ends_with("/kind") && u.value == "model_card")
    );
    assert!(
        spdx.unmapped
            .iter()
            .any(|u| u.pointer.starts_with("/evaluations/"))
    );
    let cdx = Format::CycloneDx.export(&release).unwrap();
    assert!(cdx.unmapped.iter().any(|u| u.value == "technical_report"));
    let croissant = Format::Croissant.export(&release).unwrap();
    assert!(
        croissant
            .unmapped
            .iter()
            .any(|u| u.value == "HuggingFaceFW/fineweb-edu")
    );
    // A release with no data set cannot be written as Croissant.
    assert!(convert::croissant::export(&Release::new("x")).is_err());
}

#[test]
fn the_format_table_reads_and_writes_the_new_formats() {
    for format in [Format::Spdx3, Format::CycloneDx, Format::Croissant] {
        assert!(format.exporter().is_some(), "{format}");
        assert!(format.reader().is_some(), "{format}");
    }
    assert_eq!(Format::of_kind(DocumentKind::HfCard), Some(Format::HfCard));
    assert!(Format::HfCard.exporter().is_none());
}

const EXPRESSIONS: &[&str] = &[
    "Apache-2.0",
    "MIT",
    "CC-BY-4.0",
    "Apache-2.0 OR MIT",
    "LicenseRef-Llama-3.1-Community",
    "CC-BY-NC-4.0 AND ODbL-1.0",
];

fn component(kind: K) -> impl Strategy<Value = Component> {
    (
        "[a-z][a-z0-9-]{0,10}[a-z0-9]",
        proptest::option::of("[A-Za-z][A-Za-z0-9 .,]{0,30}[a-z.]"),
        proptest::option::of(common::strategies::url()),
        proptest::option::of(proptest::sample::select(EXPRESSIONS)),
    )
        .prop_map(move |(name, description, location, licence)| {
            let mut c = Component::new(kind).with_name(name);
            c.description = description;
            c.location = location;
            c.license = licence.map(|e| Licence::new(LicenceExpression::parse(e).unwrap()));
            c
        })
}

fn generated() -> impl Strategy<Value = Release> {
    (
        "[A-Za-z][A-Za-z0-9 -]{0,15}[a-z0-9]",
        proptest::option::of("[0-9]\\.[0-9]"),
        proptest::option::of("[A-Z][a-z]{2,10}"),
        proptest::option::of(component(K::ModelWeights)),
        proptest::collection::vec(component(K::PretrainingData), 0..3),
    )
        .prop_map(|(name, version, producer, weights, data)| {
            let mut r = Release::new(name);
            r.version = version;
            r.producer = producer.map(ai_openness::model::Producer::new);
            let mut seen = Vec::new();
            if let Some(weights) = weights {
                seen.push(weights.name.clone());
                r.components.push(weights);
            }
            for d in data {
                if !seen.contains(&d.name) {
                    seen.push(d.name.clone());
                    r.components.push(d);
                }
            }
            r
        })
}

/// The fields both formats map: name, version, producer, and per component its kind, name,
/// description, location and licence.
fn mapped(r: &Release) -> (String, Option<String>, Option<String>, Vec<String>) {
    let mut components: Vec<String> = r
        .components
        .iter()
        .map(|c| {
            format!(
                "{} {:?} {:?} {:?} {:?}",
                c.kind,
                c.name,
                c.description,
                c.location.as_ref().map(|u| u.as_str()),
                c.license.as_ref().map(|l| l.expression.as_str())
            )
        })
        .collect();
    components.sort();
    (
        r.name.clone(),
        r.version.clone(),
        r.producer.as_ref().map(|p| p.name.clone()),
        components,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn generated_releases_keep_their_mapped_fields(release in generated()) {
        let spdx = Format::Spdx3.export(&release).unwrap();
        let mut expected = mapped(&release);
        if release.components.is_empty() {
            // SPDX 3 writes the version and producer on packages (listed as unmapped).
            (expected.1, expected.2) = (None, None);
        }
        prop_assert_eq!(mapped(&read_str(&spdx.text, DocumentKind::Spdx3)), expected);
        let cdx = Format::CycloneDx.export(&release).unwrap();
        let back = read_str(&cdx.text, DocumentKind::CycloneDx);
        // CycloneDX names the BOM after its subject; the rest is the same.
        prop_assert_eq!(mapped(&back), mapped(&release));
    }
}

#[test]
fn spdx3_exports_are_valid_under_the_spdx_schema() {
    let Some(schema) = common::fixture("spdx3/spdx-3.0.1-schema.json") else {
        return;
    };
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SPDX schema compiles");
    let mut releases = vec![read(&own("spdx3/ai-bom.json"), DocumentKind::Spdx3)];
    for rel in [
        "spdx3/ai-example01-simplehtr.spdx3.json",
        "cyclonedx/spec-valid-machine-learning-1.6.json",
        "croissant/1.0-dices-350.json",
        "hf-model-cards/tiiuae__falcon-mamba-7b.README.md",
    ] {
        let Some(path) = common::fixture(rel) else {
            return;
        };
        let d = Pipeline::default().process_path(&path).unwrap();
        releases.push(d.release().unwrap().clone());
    }
    for release in releases {
        let text = Format::Spdx3.export(&release).unwrap().text;
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| {
                let m = e.to_string();
                format!(
                    "{} at {}",
                    &m[m.len().saturating_sub(200)..],
                    e.instance_path()
                )
            })
            .take(5)
            .collect();
        if !errors.is_empty() {
            let dump = std::env::temp_dir().join("ai-openness-spdx3-export.json");
            std::fs::write(&dump, &text).unwrap();
            panic!(
                "{} (written to {}): {errors:#?}",
                release.name,
                dump.display()
            );
        }
    }
}
