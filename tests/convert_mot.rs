//! MOT → native → MOT: on every Model Openness Tool fixture that MOT accepts without unknown or
//! repeated component names, the MOT file, its native conversion under `mof-1.0` and its MOT
//! re-export get the same MOF class and progress (a licence the importer read from a messy text,
//! ` MIT` as `MIT`, is `inferred` and graded as written, as MOT grades it); the
//! re-export is valid under MOT's JSON Schema; and every field
//! the import maps survives the round trip (importing the re-export gives the same release);
//! on generated releases, MOT accepts the export and native → MOT → native → MOT is a fixed point.

mod common;

use std::path::PathBuf;

use ai_openness::classify::mof_1_0::{MofClass, MofOutcome, Progress, classify_mot_yaml};
use ai_openness::classify::{Details, Framework, classify};
use ai_openness::convert;
use ai_openness::import::mot::to_release;

/// The MOT fixtures MOT accepts without unknown or repeated component names: `(file, text)`.
fn accepted() -> Option<Vec<(String, String)>> {
    let root = common::fixture("mot")?;
    let mut out = Vec::new();
    for dir in ["test-data", "synthetic"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("fixture dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yml"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).expect("fixture");
            let MofOutcome::Classified(mot) = classify_mot_yaml(&text) else {
                continue;
            };
            if !mot.unknown_components.is_empty() || !mot.duplicate_components.is_empty() {
                continue;
            }
            out.push((path.display().to_string(), text));
        }
    }
    Some(out)
}

fn mot_class(text: &str, file: &str) -> (u8, Progress) {
    let MofOutcome::Classified(r) = classify_mot_yaml(text) else {
        panic!("{file}: MOT rejects it:\n{text}");
    };
    (r.class, r.progress)
}

#[test]
fn mot_native_and_re_export_get_the_same_class_and_progress() {
    let Some(files) = accepted() else {
        return;
    };
    assert!(files.len() > 300, "{} files", files.len());
    let mut inferred = 0_usize;
    for (file, text) in &files {
        let (class, progress) = mot_class(text, file);
        let imported = to_release(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let exported = convert::mot::export(&imported.release).expect("export");
        // The re-export is graded exactly as the original.
        let (re_class, re_progress) = mot_class(&exported.text, file);
        assert_eq!(
            (re_class, re_progress),
            (class, progress),
            "{file}:\n{}",
            exported.text
        );
        // Every field the import mapped survives: the re-export imports to the same release.
        let again = to_release(&exported.text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(
            again.release, imported.release,
            "{file}:\n{}",
            exported.text
        );
        // The native release under `mof-1.0`.
        let native = classify(&imported.release, Framework::Mof10);
        let Some(Details::Mof(details)) = &native.details else {
            panic!("{file}: no mof details");
        };
        assert_eq!(
            (details.class(), details.progress()),
            (MofClass::from_number(class), Some(progress)),
            "{file}: the native conversion grades differently from MOT"
        );
        // A licence text the importer normalised (` MIT` is `MIT`, `apache-2.0` is
        // `Apache-2.0`) or read as its SPDX id (`ODC-PDDL-1.0` is `PDDL-1.0`) is marked
        // `inferred`, and `mof-licence-inferred` says where the reading would grade otherwise.
        let differs = imported.release.components.iter().any(|c| {
            c.license.as_ref().is_some_and(|l| {
                l.as_written()
                    .is_some_and(|text| mof_open(text) != mof_open(&l.expression.canonical()))
            })
        });
        let flagged = native
            .notes
            .iter()
            .any(|f| f.code.as_str() == "mof-licence-inferred");
        assert_eq!(flagged, differs, "{file}: {:#?}", native.notes);
        inferred += usize::from(differs);
    }
    // The synthetic files with messy licence texts are among them.
    assert!(
        inferred > 20,
        "{inferred} files with an inferred licence that matters"
    );
}

/// Whether MOT's licence list counts `text` as open, compared exactly as MOT compares it.
fn mof_open(text: &str) -> bool {
    ai_openness::classify::mof_1_0::licences::is_open(text)
}

#[test]
fn the_re_export_is_valid_under_mots_schema() {
    let (Some(files), Some(root)) = (accepted(), common::fixture("mot")) else {
        return;
    };
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("data/mof_schema.json")).expect("schema"),
    )
    .expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for (file, text) in &files {
        let imported = to_release(text).expect("import");
        let exported = convert::mot::export(&imported.release).expect("export");
        let tree =
            ai_openness::syntax::parse_yaml(&exported.text, &Default::default()).expect("YAML");
        let value = tree.to_json().expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:?}\n{}", exported.text);
    }
}

mod generated {
    use super::common::strategies;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Any release written as a MOT file is a file MOT accepts, and native → MOT → native →
        /// MOT keeps everything the first MOT file says: the second export is the first.
        #[test]
        fn mot_export_is_accepted_and_a_fixed_point(release in strategies::release()) {
            let first = convert::mot::export(&release).unwrap();
            let accepted = matches!(classify_mot_yaml(&first.text), MofOutcome::Classified(_));
            prop_assert!(accepted, "{}", first.text);
            let imported = to_release(&first.text);
            prop_assert!(imported.is_ok(), "{:?}\n{}", imported.err(), first.text);
            let second = convert::mot::export(&imported.unwrap().release).unwrap();
            prop_assert_eq!(&second.text, &first.text);
        }
    }
}
