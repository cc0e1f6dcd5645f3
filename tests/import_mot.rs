//! Importing Model Openness Tool model files: every MOT test file and MOT's sample import, the
//! imported release gets the same MOF class as MOT gives the file, every field has a place or a
//! diagnostic, and malformed files fail with a location.

mod common;

use std::path::PathBuf;

use ai_openness::classify::mof_1_0::{self, MofClass, MofOutcome, classify_mot_yaml};
use ai_openness::classify::{Details, Framework, classify};
use ai_openness::import::Imported;
use ai_openness::import::mot::{self, to_release};
use ai_openness::model::{Component, ComponentKind as K, EvidenceKind, LineageRelation, Modality};
use ai_openness::{Code, Diagnostic, Error, Severity};

const HEAD: &str = "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: Tiny\n";

fn doc(body: &str) -> String {
    format!("{HEAD}{body}")
}

fn import(text: &str) -> Imported {
    to_release(text).unwrap_or_else(|e| panic!("import failed: {e}\n{text}"))
}

fn licence(c: &Component) -> Option<&str> {
    c.license.as_ref().map(|l| l.expression.as_str())
}

fn declared(c: &Component) -> Option<&str> {
    c.license.as_ref().and_then(|l| l.declared.as_deref())
}

/// `(code, pointer)` of every diagnostic.
fn found(diagnostics: &[Diagnostic]) -> Vec<(&str, &str)> {
    diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.pointer.as_str()))
        .collect()
}

/// The MOT test files and MOT's sample model.
fn mot_files() -> Option<Vec<PathBuf>> {
    let root = common::fixture("mot")?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("test-data"))
        .expect("test-data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 27);
    files.push(root.join("data/sample_model.yml"));
    Some(files)
}

#[test]
fn every_mot_test_file_imports_and_keeps_its_mof_class() {
    let Some(files) = mot_files() else {
        return;
    };
    for path in files {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path).expect("fixture");
        let imported = import(&text);
        let MofOutcome::Classified(expected) = classify_mot_yaml(&text) else {
            panic!("{file}: MOT rejects it");
        };
        let native = classify(&imported.release, Framework::Mof10);
        let Some(Details::Mof(details)) = &native.details else {
            panic!("{file}: no mof details");
        };
        // The same class and the same progress, to the bit: on these files the deliberate
        // differences (normalised spellings, combined duplicates) do not arise.
        assert_eq!(
            details.class(),
            MofClass::from_number(expected.class),
            "{file}"
        );
        assert_eq!(details.progress(), Some(expected.progress), "{file}");
        // Every listed component was imported (all names are MOF names here).
        let listed = text.matches("- name:").count() + text.matches("-\n      name:").count();
        assert_eq!(imported.release.components.len(), listed, "{file}");
        // Nothing is an error; the import only warns and informs.
        assert!(
            imported
                .diagnostics
                .iter()
                .all(|d| d.severity != Severity::Error),
            "{file}"
        );
        // Each diagnostic points into the MOT file, with a position.
        for d in &imported.diagnostics {
            assert!(d.pointer.starts_with("/release"), "{file}: {d}");
            assert!(d.line.is_some() && d.column.is_some(), "{file}: {d}");
        }
    }
}

#[test]
fn release_fields_map_to_the_model() {
    let Some(root) = common::fixture("mot") else {
        return;
    };
    let text = std::fs::read_to_string(
        root.join("test-data/RandomTestFile_C1_27%-C2_18%-C3_17%_11C_2G_11L_5V_6I_5T.yml"),
    )
    .expect("fixture");
    let imported = import(&text);
    let r = &imported.release;
    assert_eq!(
        r.name,
        "RandomTestFile_C1_27%-C2_18%-C3_17%_11C_2G_11L_5V_6I_5T"
    );
    assert_eq!(r.version.as_deref(), Some("4B"));
    assert_eq!(
        r.release_date.map(|d| d.to_string()).as_deref(),
        Some("2025-06-17")
    );
    assert_eq!(r.modality, Some(Modality::Multimodal));
    assert_eq!(r.description.as_deref(), Some("Architecture: RNN."));
    assert_eq!(r.producer.as_ref().map(|p| p.name.as_str()), Some("Test2"));
    assert_eq!(r.lineage.len(), 1);
    assert_eq!(r.lineage[0].relation, LineageRelation::DerivedFrom);
    assert_eq!(r.lineage[0].base.name.as_deref(), Some("Pre-Test"));
    let evidence: Vec<(&str, Option<EvidenceKind>)> = r
        .evidence
        .iter()
        .map(|e| (e.url.as_str(), e.kind))
        .collect();
    assert_eq!(
        evidence,
        [
            ("https://github.com", Some(EvidenceKind::Repository)),
            ("https://huggingface.co", Some(EvidenceKind::Artifact)),
        ]
    );
    let arch = &r.components[0];
    assert_eq!(arch.kind, K::ModelArchitecture);
    assert_eq!(licence(arch), Some("CC-BY-NC-2.5"));
    assert_eq!(
        arch.license
            .as_ref()
            .and_then(|l| l.url.as_ref())
            .map(|u| u.as_str()),
        Some("https://example.com/license_10")
    );
    assert_eq!(
        arch.location.as_ref().map(|u| u.as_str()),
        Some("https://example.com/component_10")
    );
    assert_eq!(
        arch.description.as_deref(),
        Some("Well commented code for the model's architecture")
    );
    // A deprecated id is kept in canonical form, the text as written in `declared`.
    let metadata = &r.components[6];
    assert_eq!(metadata.kind, K::TrainingConfiguration);
    assert_eq!(licence(metadata), Some("GFDL-1.3-only"));
    assert_eq!(declared(metadata), Some("GFDL-1.3"));
    // Both global licences are shadowed by the components' own: reported as left out.
    assert_eq!(
        found(&imported.diagnostics),
        [
            ("import-licence-normalised", "/release/components/6/license"),
            ("import-field-dropped", "/release/license/code"),
            ("import-field-dropped", "/release/license/document"),
        ]
    );
}

#[test]
fn licences_are_inherited_as_mot_resolves_them() {
    let text = doc(concat!(
        "  license:\n",
        "    distribution: {name: Apache-2.0, path: 'https://example.com/LICENSE'}\n",
        "    code: {name: MIT, path: ''}\n",
        "    data: {name: '', path: ''}\n",
        "    document: {name: unlicensed}\n",
        "  components:\n",
        "    - name: Training code\n",
        "    - name: Model parameters (Final)\n",
        "      license: ~\n",
        "    - name: Model card\n",
        "    - name: Evaluation code\n",
        "      license: CC0-1.0\n",
        "      license_path: https://example.com/cc0\n",
        "    - name: Evaluation data\n",
        "      license: unlicensed\n",
        "    - name: Data card\n",
        "      license: '0'\n",
    ));
    let imported = import(&text);
    let c = &imported.release.components;
    assert_eq!(licence(&c[0]), Some("MIT"));
    // No usable data licence: the distribution licence, with its path as the URL.
    assert_eq!(licence(&c[1]), Some("Apache-2.0"));
    assert_eq!(
        c[1].license
            .as_ref()
            .and_then(|l| l.url.as_ref())
            .map(|u| u.as_str()),
        Some("https://example.com/LICENSE")
    );
    assert_eq!(licence(&c[2]), Some("NONE"));
    assert_eq!(licence(&c[3]), Some("CC0-1.0"));
    assert_eq!(licence(&c[4]), Some("NONE"));
    assert_eq!(licence(&c[5]), Some("NONE"));
    assert!(
        imported.diagnostics.is_empty(),
        "{:?}",
        imported.diagnostics
    );
}

#[test]
fn licence_texts_are_normalised_or_kept_verbatim() {
    let text = doc(concat!(
        "  license: {}\n",
        "  components:\n",
        "    - name: Model architecture\n",
        "      license: Apache 2.0\n",
        "    - name: Model parameters (Final)\n",
        "      license: Proprietary\n",
        "    - name: Model card\n",
        "      license: openrail\n",
        "    - name: Data card\n",
        "      license: MIT OR Apache-2.0\n",
        "    - name: Technical report\n",
        "    - name: Evaluation results\n",
        "      license: 7\n",
    ));
    let imported = import(&text);
    let c = &imported.release.components;
    assert_eq!(licence(&c[0]), Some("Apache-2.0"));
    assert_eq!(declared(&c[0]), Some("Apache 2.0"));
    assert_eq!(licence(&c[1]), Some("NOASSERTION"));
    assert_eq!(declared(&c[1]), Some("Proprietary"));
    assert_eq!(licence(&c[2]), Some("NOASSERTION"));
    assert_eq!(declared(&c[2]), Some("openrail"));
    assert_eq!(licence(&c[3]), Some("MIT OR Apache-2.0"));
    assert_eq!(licence(&c[4]), None);
    assert_eq!(licence(&c[5]), None);
    assert_eq!(
        found(&imported.diagnostics),
        [
            ("import-licence-normalised", "/release/components/0/license"),
            ("import-licence-not-spdx", "/release/components/1/license"),
            ("import-licence-not-spdx", "/release/components/2/license"),
            ("import-licence-unstated", "/release/components/4"),
            ("import-invalid-value", "/release/components/5/license"),
        ]
    );
    let ambiguous = &imported.diagnostics[2];
    assert!(
        ambiguous.message.contains("names no single licence"),
        "{ambiguous}"
    );
    assert_eq!(ambiguous.severity, Severity::Warning);
    assert_eq!((ambiguous.line, ambiguous.column), (Some(14), Some(16)));
}

#[test]
fn a_normalised_spelling_is_inferred_and_graded_as_written_as_mot_does() {
    // MOT compares ids exactly: `Apache 2.0` is not open, so the architecture is invalid and
    // Class III is missed. The import reads it as `Apache-2.0` but marks the reading `inferred`,
    // so `mof-1.0` grades the text as written, as MOT does, and says what would count.
    let mut body = String::from("  license: {}\n  components:\n");
    for (name, licence) in [
        ("Model architecture", "Apache 2.0"),
        ("Model parameters (Final)", "CDLA-Permissive-2.0"),
        ("Evaluation results", "CC-BY-4.0"),
        ("Model card", "CC-BY-4.0"),
        ("Data card", "CC-BY-4.0"),
        ("Technical report", "CC-BY-4.0"),
    ] {
        body.push_str(&format!("    - name: {name}\n      license: {licence}\n"));
    }
    let text = doc(&body);
    let mot_class = classify_mot_yaml(&text).result().map(|r| r.class);
    assert_eq!(mot_class, Some(0));
    let release = import(&text).release;
    let licence = release.components[0].license.as_ref().expect("a licence");
    assert_eq!(licence.expression.as_str(), "Apache-2.0");
    assert_eq!(licence.as_written(), Some("Apache 2.0"));
    let native = mof_1_0::classify(&release);
    assert_eq!(native.level, "unclassified");
    let note = native
        .notes
        .iter()
        .find(|f| f.code.as_str() == "mof-licence-inferred")
        .expect("mof-licence-inferred");
    assert_eq!(note.pointer, "/components/0");
    assert!(
        note.message.contains("state the SPDX id `Apache-2.0`"),
        "{}",
        note.message
    );
    // Stated by the producer, the same expression counts: only the reading is graded as written.
    let mut stated = release.clone();
    stated.components[0].license = Some(licence.expression.clone().into());
    assert_eq!(mof_1_0::classify(&stated).level, "class-3");
}

#[test]
fn fields_without_a_place_are_reported_where_they_are() {
    let text = doc(concat!(
        "  version: ''\n",
        "  date: 13/06/2024\n",
        "  type: 3d\n",
        "  treatment: instruct fine-tuned\n",
        "  origin: Base 7B\n",
        "  contact: someone@example.com\n",
        "  homepage: https://example.com\n",
        "  license:\n",
        "    data: {name: CC-BY-4.0, path: /path/to/LICENSE}\n",
        "    other: {name: MIT}\n",
        "  components:\n",
        "    - name: model card\n",
        "      component_path: ./card.md\n",
        "      notes: reviewed\n",
        "    - name: Weights\n",
        "    - name: Datasets\n",
        "    - just a string\n",
        "extra: 1\n",
    ));
    let imported = import(&text);
    let r = &imported.release;
    assert_eq!(r.version, None);
    assert_eq!(r.release_date, None);
    assert_eq!(r.modality, None);
    assert_eq!(
        r.description.as_deref(),
        Some("Treatment: instruct fine-tuned.")
    );
    assert_eq!(r.lineage[0].relation, LineageRelation::FineTunedFrom);
    assert_eq!(r.lineage[0].base.name.as_deref(), Some("Base 7B"));
    let kinds: Vec<K> = r.components.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [K::ModelCard, K::PretrainingData]);
    // The data licence reached the datasets; its path is not a URL.
    assert_eq!(licence(&r.components[1]), Some("CC-BY-4.0"));
    assert_eq!(
        found(&imported.diagnostics),
        [
            ("import-field-dropped", "/extra"),
            ("import-invalid-value", "/release/license/data/path"),
            ("import-field-dropped", "/release/license/other"),
            ("import-invalid-value", "/release/date"),
            ("import-field-dropped", "/release/type"),
            ("import-field-dropped", "/release/contact"),
            ("import-field-dropped", "/release/homepage"),
            ("import-kind-assumed", "/release/components/0/name"),
            (
                "import-invalid-value",
                "/release/components/0/component_path"
            ),
            ("import-field-dropped", "/release/components/0/notes"),
            ("import-licence-unstated", "/release/components/0"),
            ("import-unknown-component", "/release/components/1/name"),
            ("import-kind-assumed", "/release/components/2/name"),
            ("import-field-dropped", "/release/components/3"),
        ]
    );
    let contact = &imported.diagnostics[5];
    assert_eq!(contact.code, Code::ImportFieldDropped);
    assert_eq!((contact.line, contact.column), (Some(12), Some(12)));
    assert_eq!(
        contact.message,
        "`someone@example.com` is left out: the model has no contact field"
    );
}

#[test]
fn malformed_files_fail_with_a_location() {
    let err = |text: &str| to_release(text).expect_err("should fail");
    match err("release: [unclosed\n") {
        Error::Syntax { location, .. } => assert_eq!(location.line, Some(1)),
        other => panic!("{other:?}"),
    }
    match err("framework: {name: x}\n") {
        Error::Invalid { location, message } => {
            assert_eq!(location.pointer.as_deref(), Some("/release"));
            assert_eq!(
                message,
                "a Model Openness Tool file needs a `release` mapping"
            );
        }
        other => panic!("{other:?}"),
    }
    match err("release:\n  name: ''\n  components: []\n") {
        Error::Invalid { location, .. } => {
            assert_eq!(location.pointer.as_deref(), Some("/release/name"));
            assert_eq!((location.line, location.column), (Some(2), Some(9)));
        }
        other => panic!("{other:?}"),
    }
    match err("release:\n  name: x\n  components: Model card\n") {
        Error::Invalid { location, message } => {
            assert_eq!(location.pointer.as_deref(), Some("/release/components"));
            assert_eq!(message, "`release.components` is not a list: `Model card`");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        err("release:\n  name: x\n"),
        Error::Invalid { .. }
    ));
    assert!(matches!(err("- a\n"), Error::Invalid { .. }));
}

#[test]
fn mot_documents_are_recognised_by_their_top_level_keys() {
    let limits = ai_openness::syntax::Limits::default();
    let tree = |t: &str| ai_openness::syntax::parse_yaml(t, &limits).expect("yaml");
    assert!(mot::is_mot_document(&tree(&doc("  components: []\n"))));
    assert!(!mot::is_mot_document(&tree("release: {}\n")));
    assert!(!mot::is_mot_document(&tree(
        "spec_version: 0.1.0\nname: x\n"
    )));
}

/// Whether an import diagnostic explains why `component` has another status natively than in
/// MOT: MOT lists it twice (and keeps the last entry), or a diagnostic with an explaining code
/// points into one of its entries in the source (`/release/components/N`, matched by name as MOT
/// or the import reads it: exactly, or trimmed and case-folded), or into the global licence the
/// component's licence came from (`/release/license/...`), or the component is `Datasets`, the
/// row MOT counts an unknown component name as (`docs/mot-rules.md`).
fn explains(
    text: &str,
    diagnostics: &[Diagnostic],
    mot: &mof_1_0::MofResult,
    component: mof_1_0::MofComponent,
) -> bool {
    use ai_openness::syntax::{Limits, SourceFormat, parse};
    if mot.duplicate_components.contains(&component) {
        return true;
    }
    if component == mof_1_0::MofComponent::Datasets && !mot.unknown_components.is_empty() {
        return true;
    }
    let explaining = |d: &Diagnostic| {
        d.code == Code::ImportLicenceNormalised
            || d.code == Code::ImportLicenceNotSpdx
            || d.code == Code::ImportUnknownComponent
            || d.code == Code::ImportInvalidValue
            || (d.code == Code::ImportKindAssumed && d.severity == Severity::Warning)
    };
    let fold = |s: &str| s.trim().to_lowercase();
    let mut places: Vec<String> = Vec::new();
    if let Ok(tree) = parse(text, SourceFormat::Yaml, &Limits::default())
        && let Ok(value) = tree.to_json()
    {
        let entries = value["release"]["components"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for (n, entry) in entries.iter().enumerate() {
            if entry["name"]
                .as_str()
                .is_some_and(|name| fold(name) == fold(component.name()))
            {
                places.push(format!("/release/components/{n}"));
            }
        }
    }
    match mot.licence_sources.get(&component) {
        Some(mof_1_0::LicenceSource::Global(content)) => {
            places.push(format!("/release/license/{content}"));
        }
        Some(mof_1_0::LicenceSource::Distribution) => {
            places.push("/release/license/distribution".to_owned());
        }
        _ => {}
    }
    diagnostics.iter().filter(|d| explaining(d)).any(|d| {
        places
            .iter()
            .any(|p| d.pointer == *p || d.pointer.starts_with(&format!("{p}/")))
    })
}

#[test]
fn every_synthetic_edge_case_imports_or_fails_with_a_location() {
    let Some(dir) = common::fixture("mot/synthetic") else {
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("synthetic")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 415);
    let mut imported = 0;
    let mut explained_differences = 0;
    for path in &files {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).expect("fixture");
        let outcome = classify_mot_yaml(&text);
        match to_release(&text) {
            Ok(i) => {
                imported += 1;
                let native = classify(&i.release, Framework::Mof10);
                let Some(Details::Mof(details)) = &native.details else {
                    panic!("{file}: no mof details");
                };
                let Some(mot) = outcome.result() else {
                    // MOT rejects a non-string licence; the import records it as unknown.
                    assert!(
                        i.diagnostics
                            .iter()
                            .any(|d| d.code == Code::ImportInvalidValue
                                || d.code == Code::ImportLicenceNotSpdx),
                        "{file}"
                    );
                    continue;
                };
                // The native conversion gets MOT's class on every file: a licence text MOT
                // grades exactly (` MIT`, `apache-2.0`, `ODC-PDDL-1.0`) is `inferred` on import
                // and graded as written.
                assert_eq!(
                    details.class(),
                    MofClass::from_number(mot.class),
                    "{file}: the native conversion's class differs from MOT's"
                );
                // A component whose status still differs comes from a deliberate difference, and
                // the import says which, on that component: a name read loosely or left out, a
                // component MOT lists twice (MOT keeps the last), a licence not understood. A
                // diagnostic on another component, or anywhere else, does not explain it.
                let graded = details.graded().expect("a graded native verdict");
                for component in mof_1_0::MofComponent::ALL
                    .into_iter()
                    .filter(|c| graded.components.get(c).map(|e| e.status) != Some(mot.status(*c)))
                {
                    explained_differences += 1;
                    assert!(
                        explains(&text, &i.diagnostics, mot, component),
                        "{file}: `{component}` is {:?} for MOT and {:?} natively, and no import \
                         diagnostic on that component says why: {:#?}",
                        mot.status(component),
                        graded.components.get(&component).map(|e| e.status),
                        i.diagnostics
                    );
                }
            }
            // Only text MOT cannot parse either fails to import.
            Err(e) => {
                assert!(e.is_syntax(), "{file}: {e}");
                assert!(e.location().is_some_and(|l| l.line.is_some()), "{file}");
                assert!(outcome.error().is_some(), "{file}");
            }
        }
    }
    assert_eq!(imported, 413);
    eprintln!("{explained_differences} component differences, each explained on its component");
    assert_eq!(
        explained_differences, 304,
        "the check above must run on every difference"
    );
}

/// OSI's published verdicts on the models it validated against OSAID 1.0
/// (`docs/frameworks/osaid-1.0.md#agreement-with-osis-validation`), and the MOT-format
/// descriptions written from public facts in `tests/data/osaid-validated/`.
const OSI_VERDICTS: &[(&str, &str)] = &[
    ("pythia.yml", "conforms"),
    ("olmo.yml", "conforms"),
    ("amber.yml", "conforms"),
    ("llama-2.yml", "does-not-conform"),
    ("grok.yml", "does-not-conform"),
    ("phi-2.yml", "does-not-conform"),
    ("mixtral.yml", "does-not-conform"),
];

#[test]
fn osaid_agrees_with_osi_on_the_models_it_validated() {
    use ai_openness::pipeline::{DocumentKind, Pipeline};
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/osaid-validated");
    let pipeline = Pipeline::default();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/data/osaid-validated")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    files.sort();
    let mut expected: Vec<&str> = OSI_VERDICTS.iter().map(|(f, _)| *f).collect();
    expected.sort_unstable();
    assert_eq!(files, expected, "every description has OSI's verdict");
    for (file, verdict) in OSI_VERDICTS {
        let processed = pipeline.process_path(&dir.join(file)).expect("readable");
        assert_eq!(processed.kind(), Some(DocumentKind::Mot), "{file}");
        assert!(
            processed.is_valid(),
            "{file}: {:?}",
            processed.diagnostics()
        );
        let release = processed.release().expect("imported");
        // The inventory is complete, and listed components are released.
        assert!(release.completeness.is_some(), "{file}");
        let c = classify(release, Framework::Osaid10);
        assert_eq!(c.level, *verdict, "{file}: {:#?}", c.criteria);
        // Every criterion is decided: a complete inventory leaves nothing unknown that the
        // listing could settle.
        let undecided: Vec<&str> = c
            .criteria
            .iter()
            .filter(|k| k.status == ai_openness::classify::Status::Unknown)
            .map(|k| k.id.as_str())
            .collect();
        if *verdict == "conforms" {
            assert!(undecided.is_empty(), "{file}: {undecided:?}");
        }
    }
}

#[test]
fn without_a_complete_listing_an_unlisted_kind_stays_unknown() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/osaid-validated");
    let text = std::fs::read_to_string(dir.join("grok.yml")).expect("grok.yml");
    let mut release = import(&text).release;
    assert_eq!(
        classify(&release, Framework::Osaid10).level,
        "does-not-conform"
    );
    // The same components without the statement that the list is complete: the training code
    // and data may exist, so the verdict cannot be decided.
    release.completeness = None;
    assert_eq!(classify(&release, Framework::Osaid10).level, "undetermined");
}

#[test]
fn a_mot_file_is_an_inventory_of_released_components() {
    let imported = import(&doc(
        "  components:\n    - name: Training code\n      license: MIT\n    - name: Tokenizer\n",
    ));
    let release = &imported.release;
    let completeness = release.completeness.as_ref().expect("stated");
    // Every kind of every MOF component is covered (Datasets: pre- and post-training data).
    for mof in mof_1_0::MofComponent::ALL {
        for kind in mof.item().kinds {
            assert!(completeness.covers(*kind), "{kind}");
        }
    }
    assert!(!completeness.covers(K::GuardrailModel));
    assert_eq!(
        release.components[0].availability,
        ai_openness::model::Availability::Public
    );
    assert!(release.is_known_absent(K::InferenceCode));
    assert!(!release.is_known_absent(K::TrainingCode));
    // An unknown name is a warning and never becomes a dataset.
    assert_eq!(release.components.len(), 1);
    assert!(!release.has(K::PretrainingData));
    let unknown: Vec<&Diagnostic> = imported
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::ImportUnknownComponent)
        .collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].severity, Severity::Warning);
    // … and it is in the unmapped report, with its pointer.
    assert_eq!(imported.unmapped.len(), 1);
    assert_eq!(imported.unmapped[0].pointer, "/release/components/1/name");
    assert_eq!(imported.unmapped[0].value, "Tokenizer");
}
