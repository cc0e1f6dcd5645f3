//! Importing Croissant 1.0/1.1 dataset descriptions: every shared file imports with the version
//! from `conformsTo`, its licence mapped (or reported, never guessed) and its RAI properties as a
//! data card; the crate's own file tests every mapping; malformed JSON-LD fails with a location.

mod common;

use std::path::Path;

use ai_openness::import::croissant;
use ai_openness::model::{Component, ComponentKind as K, Release};
use ai_openness::pipeline::{DocumentKind, Pipeline};
use ai_openness::syntax::{Limits, parse_json};

fn data(r: &Release) -> &Component {
    r.components_of(K::PretrainingData).next().expect("data").1
}

/// File → (licence, RAI properties in the data card).
const FILES: &[(&str, &str, usize)] = &[
    ("1.0-bigcode-the-stack.json", "NOASSERTION", 9),
    ("1.0-dices-350.json", "CC-BY-SA-4.0", 8),
    ("1.0-fashion-mnist.json", "MIT", 0),
    ("1.0-huggingface-c4.json", "ODC-By-1.0", 0),
    ("1.0-gpt-3.json", "NOASSERTION", 0),
    ("1.0-titanic.json", "AFL-3.0", 0),
    ("1.0-credit-g.json", "NOASSERTION", 0),
    ("1.0-recipes-minimal.json", "", 0),
    ("1.0-recipes-multiple_conforms_to.json", "CC-BY-4.0", 0),
    (
        "1.1-commoncrawl-CC-MAIN-2025-43-draft.json",
        "NOASSERTION",
        0,
    ),
    ("1.1-huggingface-squad_v2.json", "CC-BY-SA-4.0", 0),
    (
        "1.1-huggingface-recipe_RL_data_roberta-base.json",
        "NOASSERTION",
        0,
    ),
    ("1.1-zenodo-head-mri.json", "MIT", 0),
];

#[test]
fn every_shared_file_imports_with_its_licence_and_rai_documentation() {
    let p = Pipeline::default();
    for (file, expected, rai) in FILES {
        let Some(path) = common::fixture(&format!("croissant/{file}")) else {
            return;
        };
        let d = p.process_path(&path).unwrap();
        assert_eq!(d.kind(), Some(DocumentKind::Croissant), "{file}");
        assert!(d.is_valid(), "{file}: {:?}", d.diagnostics());
        let r = d.release().unwrap();
        let codes: Vec<&str> = d
            .import_diagnostics()
            .iter()
            .map(|x| x.code.as_str())
            .collect();
        // The version is read from `conformsTo` (a list included): no complaint about it.
        assert!(
            !d.import_diagnostics()
                .iter()
                .any(|x| x.pointer == "/conformsTo"),
            "{file}"
        );
        let l = data(r)
            .license
            .as_ref()
            .map_or("", |l| l.expression.as_str());
        assert_eq!(l, *expected, "{file}");
        match *expected {
            "" => assert!(codes.contains(&"import-licence-unstated"), "{file}"),
            "NOASSERTION" => assert!(codes.contains(&"import-licence-not-spdx"), "{file}"),
            _ => {}
        }
        let card = r.components_of(K::DataCard).next().map(|(_, c)| c);
        if *rai == 0 {
            assert!(card.is_none(), "{file}");
            assert!(codes.contains(&"import-no-data"), "{file}");
        } else {
            let text = card.and_then(|c| c.description.as_deref()).unwrap();
            assert_eq!(text.split("\n\n").count(), *rai, "{file}: {text}");
        }
    }
}

#[test]
fn the_rai_labels_are_the_properties_of_the_rai_vocabulary() {
    let Some(path) = common::fixture("croissant/croissant_rai.ttl") else {
        return;
    };
    let ttl = std::fs::read_to_string(path).unwrap();
    assert_eq!(croissant::RAI_PROPERTIES.len(), 20);
    for (term, _) in croissant::RAI_PROPERTIES {
        assert!(
            ttl.contains(&format!("rai:{term} ")) || ttl.contains(&format!("rai:{term}\n")),
            "{term}"
        );
    }
}

#[test]
fn the_stack_keeps_its_rai_fields_and_creators() {
    let Some(path) = common::fixture("croissant/1.0-bigcode-the-stack.json") else {
        return;
    };
    let d = Pipeline::default().process_path(&path).unwrap();
    let r = d.release().unwrap();
    let card = r.components_of(K::DataCard).next().unwrap().1;
    let text = card.description.as_deref().unwrap();
    assert!(
        text.contains("Data collection type: Web Scraping; Others"),
        "{text}"
    );
    assert!(text.contains("Personal and sensitive information:"));
    assert_eq!(
        r.producer.as_ref().map(|p| p.name.as_str()),
        Some("Harm de Vries")
    );
    assert_eq!(
        data(r).license.as_ref().unwrap().declared.as_deref(),
        Some("other")
    );
}

#[test]
fn the_crates_file_maps_every_field() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/croissant/rai-dataset.json");
    let text = std::fs::read_to_string(path).unwrap();
    let tree = parse_json(&text, &Limits::default()).unwrap();
    let imported = croissant::from_tree(&tree).unwrap();
    let r = &imported.release;
    assert_eq!(r.name, "tiny-corpus");
    assert_eq!(r.version.as_deref(), Some("1.2.0"));
    assert_eq!(
        r.release_date.as_ref().map(ToString::to_string).as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(
        r.producer.as_ref().map(|p| p.name.as_str()),
        Some("Example Lab")
    );
    let d = data(r);
    let l = d.license.as_ref().unwrap();
    assert_eq!(l.expression.as_str(), "CC-BY-4.0");
    assert_eq!(
        l.url.as_ref().map(|u| u.as_str()),
        Some("https://creativecommons.org/licenses/by/4.0/")
    );
    assert_eq!(
        d.location.as_ref().map(|u| u.as_str()),
        Some("https://example.org/datasets/tiny-corpus")
    );
    assert_eq!(
        d.evidence[0].url.as_str(),
        "https://example.org/datasets/tiny-corpus/data.csv"
    );
    assert!(
        d.description
            .as_deref()
            .unwrap()
            .contains("Cite as: @misc{tiny")
    );
    let card = r
        .components_of(K::DataCard)
        .next()
        .unwrap()
        .1
        .description
        .clone()
        .unwrap();
    assert_eq!(
        card,
        "Data collection: Sentences written by volunteers.\n\nBiases: English only.\n\n\
         Personal and sensitive information: None: the sentences were checked for names.\n\n\
         Use cases: training; testing"
    );
    let keywords = imported
        .diagnostics
        .iter()
        .find(|x| x.pointer == "/keywords")
        .unwrap();
    assert_eq!(keywords.code.as_str(), "import-field-dropped");
    assert_eq!(keywords.line, Some(21));
}

#[test]
fn malformed_json_ld_fails_with_a_location() {
    let p = Pipeline::default().reading_as(DocumentKind::Croissant);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/croissant/no-context.json");
    let d = p.process_path(&path).unwrap();
    assert!(!d.is_valid());
    let first = &d.diagnostics()[0];
    assert_eq!(
        (first.code.as_str(), first.pointer.as_str()),
        ("missing-field", "/@context")
    );
    assert_eq!(first.line, Some(1));
    let d = p.process_str("[1, 2]", None);
    assert_eq!(d.diagnostics()[0].code.as_str(), "wrong-type");
    let d = p.process_str("{\"@context\": {}, \"name\": ", None);
    assert_eq!(d.diagnostics()[0].code.as_str(), "syntax-error");
    // A name of the wrong type is reported where it is.
    let d = p.process_str(
        "{\"@context\": {\"@vocab\": \"https://schema.org/\"},\n \"name\": [] }",
        None,
    );
    let first = &d.diagnostics()[0];
    assert_eq!((first.code.as_str(), first.line), ("wrong-type", Some(2)));
}

#[test]
fn a_context_given_by_url_is_never_fetched() {
    let text = r#"{"@context": "https://example.org/context.jsonld", "@type": "sc:Dataset", "name": "x", "license": "mit", "rai:dataBiases": "none known"}"#;
    let imported = croissant::from_tree(&parse_json(text, &Limits::default()).unwrap()).unwrap();
    assert!(
        imported
            .diagnostics
            .iter()
            .any(|d| d.pointer == "/@context")
    );
    assert_eq!(imported.release.components_of(K::DataCard).count(), 1);
}

#[test]
fn language_maps_and_value_objects_are_read() {
    let text = r#"{"@context": {"@vocab": "https://schema.org/", "name": {"@container": "@language"}},
      "@type": "Dataset", "conformsTo": "http://mlcommons.org/croissant/1.1",
      "name": {"fr": "corpus minuscule", "en": "tiny corpus"},
      "description": {"@value": "Sentences.", "@language": "en"},
      "license": {"@type": "CreativeWork", "name": "CC BY 4.0"}}"#;
    let imported = croissant::from_tree(&parse_json(text, &Limits::default()).unwrap()).unwrap();
    let r = &imported.release;
    assert_eq!(r.name, "tiny corpus");
    assert_eq!(r.description.as_deref(), Some("Sentences."));
    assert_eq!(
        data(r).license.as_ref().unwrap().expression.as_str(),
        "CC-BY-4.0"
    );
}
