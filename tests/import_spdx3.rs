//! Importing SPDX 3.0.1 AI BOMs: both shared documents import with their AI and dataset
//! packages, `trainedOn`/`testedOn` links and licences through relationships; the crate's own
//! document tests every mapping; malformed documents fail with a location.

mod common;

use std::path::Path;

use ai_openness::import::spdx3;
use ai_openness::model::{Component, ComponentKind as K, Release};
use ai_openness::pipeline::{DocumentKind, Pipeline};

fn licence(c: &Component) -> Option<&str> {
    c.license.as_ref().map(|l| l.expression.as_str())
}

fn named<'a>(r: &'a Release, kind: K, name: &str) -> &'a Component {
    r.components_of(kind)
        .map(|(_, c)| c)
        .find(|c| c.name.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no {kind} named {name}"))
}

fn shared(file: &str) -> Option<Release> {
    let path = common::fixture(&format!("spdx3/{file}"))?;
    let d = Pipeline::default().process_path(&path).unwrap();
    assert_eq!(d.kind(), Some(DocumentKind::Spdx3), "{file}");
    assert!(d.is_valid(), "{file}: {:?}", d.diagnostics());
    Some(d.release().unwrap().clone())
}

#[test]
fn the_ai_example_has_two_models_trained_and_tested_on_one_dataset() {
    let Some(r) = shared("ai-example01-simplehtr.spdx3.json") else {
        return;
    };
    let models: Vec<&str> = r
        .components_of(K::ModelWeights)
        .filter_map(|(_, c)| c.name.as_deref())
        .collect();
    assert_eq!(models, ["word-model", "line-model"]);
    for m in models {
        let w = named(&r, K::ModelWeights, m);
        assert_eq!(licence(w), Some("MIT"), "{m}");
        let card = named(&r, K::ModelCard, &format!("{m} (SPDX AI profile)"));
        let text = card.description.as_deref().unwrap();
        for key in [
            "ai_typeOfModel",
            "ai_informationAboutTraining",
            "ai_safetyRiskAssessment",
            "ai_autonomyType",
        ] {
            assert!(spdx3::unlabel(text, key).is_some(), "{m}: {key}");
        }
    }
    // trainedOn and testedOn: the IAM data set is training and evaluation data.
    let train = named(&r, K::PretrainingData, "IAMdataset");
    let test = named(&r, K::EvaluationData, "IAMdataset");
    let custom = licence(train).unwrap();
    assert!(custom.starts_with("LicenseRef-"), "{custom}");
    assert_eq!(licence(test), Some(custom));
    assert!(
        train
            .license
            .as_ref()
            .unwrap()
            .declared
            .as_deref()
            .unwrap()
            .contains("non-commercial")
    );
    assert_eq!(
        r.producer.as_ref().map(|p| p.name.as_str()),
        Some("Harald Scheidl")
    );
    assert_eq!(r.evaluations.len(), 2, "the metrics of each model");
    assert_eq!(r.components_of(K::TrainingConfiguration).count(), 2);
}

#[test]
fn the_dataset_example_keeps_its_dataset_profile() {
    let Some(r) = shared("dataset-example01.spdx3.json") else {
        return;
    };
    assert_eq!(r.components_of(K::PretrainingData).count(), 1);
    let d = r.components_of(K::PretrainingData).next().unwrap().1;
    assert_eq!(licence(d), Some("CC-BY-4.0"));
    assert_eq!(
        d.availability.as_str(),
        "public",
        "datasetAvailability directDownload"
    );
    assert!(d.checksum.is_some());
    assert_eq!(
        r.producer.as_ref().map(|p| p.name.as_str()),
        Some("Our World in Data")
    );
    let card = r.components_of(K::DataCard).next().unwrap().1;
    let text = card.description.as_deref().unwrap();
    for key in [
        "dataset_knownBias",
        "dataset_hasSensitivePersonalInformation",
        "dataset_datasetUpdateMechanism",
    ] {
        assert!(spdx3::unlabel(text, key).is_some(), "{key}");
    }
}

#[test]
fn the_crates_document_maps_every_field() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/spdx3/ai-bom.json");
    let d = Pipeline::default().process_path(&path).unwrap();
    assert_eq!(d.kind(), Some(DocumentKind::Spdx3));
    let r = d.release().unwrap();
    assert_eq!(r.name, "tiny-model");
    assert_eq!(r.version.as_deref(), Some("1.0"));
    assert_eq!(
        r.release_date.as_ref().map(ToString::to_string).as_deref(),
        Some("2025-02-01")
    );
    assert_eq!(
        r.producer.as_ref().map(|p| p.name.as_str()),
        Some("Example Lab")
    );
    let w = named(r, K::ModelWeights, "tiny-model");
    assert_eq!(licence(w), Some("Apache-2.0"));
    assert_eq!(w.description.as_deref(), Some("A tiny text classifier."));
    assert_eq!(
        w.location.as_ref().map(|u| u.as_str()),
        Some("https://example.org/tiny-model.zip")
    );
    assert_eq!(
        w.id.as_ref().map(|i| i.as_str()),
        Some("https://example.org/tiny-model")
    );
    let data = named(r, K::PretrainingData, "tiny-data");
    assert_eq!(licence(data), Some("CC-BY-4.0"), "a listed licence IRI");
    assert_eq!(data.availability.as_str(), "public");
    let card = r
        .components_of(K::DataCard)
        .next()
        .unwrap()
        .1
        .description
        .clone()
        .unwrap();
    assert_eq!(
        spdx3::unlabel(&card, "dataset_knownBias"),
        Some("Collected from one forum.")
    );
    let model_card = r
        .components_of(K::ModelCard)
        .next()
        .unwrap()
        .1
        .description
        .clone()
        .unwrap();
    assert_eq!(
        spdx3::unlabel(&model_card, "ai_limitation"),
        Some("English only.")
    );
    assert_eq!(r.evaluations[0].results[0].score, Some(0.91));
    let dropped: Vec<&str> = d
        .import_diagnostics()
        .iter()
        .map(|x| x.pointer.as_str())
        .collect();
    assert!(dropped.contains(&"/@graph/3/builtTime"), "{dropped:?}");
    assert!(
        dropped.contains(&"/@graph/8"),
        "the file element: {dropped:?}"
    );
}

#[test]
fn malformed_documents_fail_with_a_location() {
    let p = Pipeline::default().reading_as(DocumentKind::Spdx3);
    let d = p.process_str(
        "{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\"}",
        None,
    );
    assert_eq!(d.diagnostics()[0].code.as_str(), "missing-field");
    let d = p.process_str(
        "{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\n \"@graph\": {}}",
        None,
    );
    let first = &d.diagnostics()[0];
    assert_eq!((first.code.as_str(), first.line), ("wrong-type", Some(2)));
    let d = p.process_str(
        "{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\", \"@graph\": [{\"type\": \"software_File\"}]}",
        None,
    );
    assert_eq!(d.diagnostics()[0].code.as_str(), "invalid-document");
    assert!(d.release().is_none());
}

/// The export of a release with no model and no data set (no component at all, or only
/// software) declares the AI profile and reads back; what it could not carry is listed.
#[test]
fn a_release_without_models_or_data_sets_reads_back() {
    use ai_openness::convert::Format;
    use ai_openness::model::{Date, Producer};

    let p = Pipeline::default().reading_as(DocumentKind::Spdx3);
    let mut empty = Release::new("Empty");
    empty.version = Some("1.0".to_owned());
    empty.producer = Some(Producer::new("Lab"));
    empty.release_date = Some(Date::new("2025-03-01").unwrap());
    let exported = Format::Spdx3.export(&empty).unwrap();
    let unmapped: Vec<&str> = exported
        .unmapped
        .iter()
        .map(|u| u.pointer.as_str())
        .collect();
    assert_eq!(unmapped, ["/producer", "/version", "/release_date"]);
    let back = p.process_str(&exported.text, None);
    assert!(back.is_valid(), "{:?}", back.diagnostics());
    assert_eq!(back.release(), Some(&Release::new("Empty")));
    // The document element is read (its name) and its structure is not "left out".
    assert!(back.unmapped().is_empty(), "{:?}", back.unmapped());
    // A field of the document the release has no place for is reported where it is.
    let commented = exported.text.replacen(
        "\"type\": \"SpdxDocument\",",
        "\"type\": \"SpdxDocument\", \"comment\": \"made by hand\",",
        1,
    );
    assert_ne!(commented, exported.text);
    let back = p.process_str(&commented, None);
    let unmapped: Vec<&str> = back.unmapped().iter().map(|u| u.pointer.as_str()).collect();
    assert_eq!(unmapped.len(), 1, "{unmapped:?}");
    assert!(unmapped[0].ends_with("/comment"), "{unmapped:?}");

    let mut software = empty.clone();
    software
        .components
        .push(Component::new(K::InferenceCode).with_name("runner"));
    let exported = Format::Spdx3.export(&software).unwrap();
    assert!(!exported.unmapped.iter().any(|u| u.pointer == "/version"));
    let back = p.process_str(&exported.text, None);
    let release = back.release().expect("reads back");
    assert_eq!(release.name, "Empty");
    assert_eq!(release.version.as_deref(), Some("1.0"));
    assert_eq!(
        release.producer.as_ref().map(|p| p.name.as_str()),
        Some("Lab")
    );
    assert_eq!(release.release_date, software.release_date);
    // The software package is read, as every software package is, as a supporting library.
    assert_eq!(release.components.len(), 1);
    assert_eq!(release.components[0].kind, K::SupportingLibraries);

    // Without the AI profile, a document of software only is not an AI release.
    let plain = exported.text.replace("\"ai\",", "");
    assert_ne!(plain, exported.text);
    let refused = p.process_str(&plain, None);
    assert!(refused.release().is_none());
    assert!(
        refused
            .diagnostics()
            .iter()
            .any(|d| d.code.as_str() == "invalid-document" && d.message.contains("AI profile")),
        "{:?}",
        refused.diagnostics()
    );
}
