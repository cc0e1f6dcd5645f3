//! The `osai-index` profile against the index itself: the parameter set is the index's
//! `_parameters.yml`, every entry of `fixtures/osai-index` imports, and classifying the imported
//! release gives back the index's grade for every parameter and the score of the fixture README,
//! except for the differences listed in [`DIFFERENCES`], each with its reason. Then the shipped
//! examples, with their expected levels justified from the index's rubric.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ai_openness::classify::osai_index::{self, Grade, OsaiIndexDetails, OsaiIndexLevel, Parameter};
use ai_openness::classify::{Classification, Details, Framework, Status, classify};
use ai_openness::import::Imported;
use ai_openness::import::osai_index::{UNNAMED, to_release};
use ai_openness::model::{Availability, ComponentKind as K, Modality};
use ai_openness::syntax::{Limits, Node, parse_yaml};
use ai_openness::{Code, Error};

/// Every parameter whose grade derived from the components (`osai_index::classify_derived`)
/// differs from the index's own: `(file, parameter, index's grade,
/// profile's grade (what the score counts), highest grade the description allows, reason)`.
///
/// All eleven availability and documentation parameters agree for every entry. The differences
/// are all in `licenses`, whose grade the index's reviewers give by judgement; the rubric is
/// "open: … fully covered by open licenses, including all data sources and training pipeline
/// code"; "partial: … at least two (partially or fully) of model weights, training code, and
/// training data"; the question asks about them "as available".
const DIFFERENCES: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "Apertus.yaml",
        "licenses",
        "open",
        "partial",
        "open",
        "the notes name the data licences \"OpenRAIL, ODC-By 1.0, ODC-BY\"; `OpenRAIL` is a family \
         of use-restricted licences, not one licence, so the data is not shown to be openly \
         licensed: partial is established (weights and code are Apache-2.0), open is not ruled out",
    ),
    (
        "BERT.yaml",
        "licenses",
        "partial",
        "open",
        "open",
        "contradicts the rubric's \"as available\": every released part (weights, code) is \
         Apache-2.0 and the data is graded closed (not shared); Mistral, Qwen, Phi and Whisper, \
         with the same pattern, are graded open",
    ),
    (
        "Cosmos.yaml",
        "licenses",
        "partial",
        "closed",
        "open",
        "only the code is known to be openly licensed (Apache-2.0): the NVIDIA Open Model License \
         of the weights has use restrictions the crate has no Open Definition verdict on, and the \
         data is not released; partial needs two groups, so it is not established",
    ),
    (
        "GPT-OSS.yaml",
        "licenses",
        "partial",
        "open",
        "open",
        "contradicts the rubric's \"as available\": the weights, the only released part, are \
         Apache-2.0 (\"Apache 2.0 license for model weights only\"); Mistral and Qwen, with the \
         same pattern, are graded open",
    ),
    (
        "Mustango.yaml",
        "licenses",
        "open",
        "closed",
        "open",
        "the index grades the licences open (\"fully covered by open licenses, including all data \
         sources and training pipeline code\"), but the entry names one licence, Apache-2.0 (\"Apache-2.0, an OSI-approved license.\"), \
         for the model, and none for the released code and data: the derivation leaves their \
         licence unknown rather than copy the weights' licence onto them, so `licenses` is \
         unsettled and the index's grade is within its bounds",
    ),
    (
        "OLMo.yaml",
        "licenses",
        "open",
        "closed",
        "open",
        "the index grades the licences open (\"fully covered by open licenses, including all data \
         sources and training pipeline code\"), but the entry names one licence, Apache-2.0 (\"Apache 2.0, an OSI-approved license.\"), \
         for the model, and none for the released code and data: the derivation leaves their \
         licence unknown rather than copy the weights' licence onto them, so `licenses` is \
         unsettled and the index's grade is within its bounds",
    ),
    (
        "Pythia.yaml",
        "licenses",
        "open",
        "closed",
        "open",
        "the index grades the licences open (\"fully covered by open licenses, including all data \
         sources and training pipeline code\"), but the entry names one licence, Apache-2.0 (\"Apache 2.0\"), \
         for the model, and none for the released code and data: the derivation leaves their \
         licence unknown rather than copy the weights' licence onto them, so `licenses` is \
         unsettled and the index's grade is within its bounds",
    ),
    (
        "Salamandra.yaml",
        "licenses",
        "partial",
        "closed",
        "open",
        "the entry names the weights' licence (Apache-2.0) only; the shared data sources have no \
         licence in the entry, so no second openly licensed group is established",
    ),
    (
        "Snowflake Arctic.yaml",
        "licenses",
        "partial",
        "open",
        "open",
        "the entry names the weights' licence (Apache-2.0) only (\"weights as apache 2\"), and its \
         `trainingcode` is partial (\"sparse training code\"), which the import reads as public \
         inference code beside training code that is not released; inference code is not among \
         the rubric's groups (\"model weights, training code, and training data\"), so every \
         available part the rubric names is openly licensed: open \"as available\", the pattern \
         the index grades open for Mistral and Qwen",
    ),
    (
        "T5.yaml",
        "licenses",
        "partial",
        "closed",
        "open",
        "the entry names the weights' licence (Apache-2.0) only (\"weights under apache 2.0, base \
         model data unclear\"); code and data have no licence in the entry",
    ),
    (
        "YuLan.yaml",
        "licenses",
        "open",
        "closed",
        "open",
        "the index grades the licences open (\"fully covered by open licenses, including all data \
         sources and training pipeline code\"), but the entry names one licence, MIT (\"Model released under the MIT license\"), \
         for the model, and none for the released code and data: the derivation leaves their \
         licence unknown rather than copy the weights' licence onto them, so `licenses` is \
         unsettled and the index's grade is within its bounds",
    ),
    (
        "Zephyr.yaml",
        "licenses",
        "partial",
        "closed",
        "open",
        "the entry names the weights' licence only (\"weights under MIT, datasets mixed\"); the \
         data has no licence in the entry, so no second openly licensed group is established",
    ),
];

fn fixtures() -> Option<PathBuf> {
    common::fixture("osai-index")
}

/// The 41 entry files (40 entries and the submission template), sorted.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 41, "40 entries and the template");
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn tree(text: &str) -> Node {
    parse_yaml(text, &Limits::default()).expect("fixture parses")
}

fn import(path: &Path) -> Imported {
    to_release(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn details(verdict: &Classification) -> &OsaiIndexDetails {
    match &verdict.details {
        Some(Details::OsaiIndex(d)) => d,
        other => panic!("no osai-index details: {other:?}"),
    }
}

fn grade(d: &OsaiIndexDetails, p: Parameter) -> Grade {
    d.parameters[&p].grade
}

/// The index's class of each parameter in an entry (an empty class counts closed, as the website
/// counts it).
fn index_grades(root: &Node) -> Vec<(Parameter, Grade)> {
    osai_index::current()
        .parameters()
        .map(|spec| {
            let class = root
                .get(spec.parameter.as_str())
                .and_then(|n| n.get("class"))
                .and_then(Node::as_scalar)
                .map(|s| s.text.trim().to_owned())
                .unwrap_or_default();
            let grade = class.parse::<Grade>().unwrap_or(Grade::Closed);
            (spec.parameter, grade)
        })
        .collect()
}

/// The website's score: the mean weight, summed in the parameters' order.
fn website_score(grades: &[Grade]) -> f64 {
    let sum = grades.iter().fold(0.0, |acc, g| acc + g.weight());
    sum / grades.len() as f64
}

/// The fixture README's table: file → (classes, score).
fn readme_table(dir: &Path) -> BTreeMap<String, (String, String)> {
    let text = read(&dir.join("README.md"));
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | file | upstream path | commit | type | licence | classes | score |
        if cells.len() < 8 || !cells[1].ends_with(".yaml`") {
            continue;
        }
        let file = cells[1].trim_matches('`').to_owned();
        let classes = cells[6].trim_matches('`').to_owned();
        out.insert(file, (classes, cells[7].to_owned()));
    }
    out
}

fn letter(g: Grade) -> char {
    match g {
        Grade::Open => 'O',
        Grade::Partial => 'p',
        Grade::Closed => 'x',
        _ => '?',
    }
}

#[test]
fn the_parameter_set_is_the_index_parameter_file() {
    let Some(dir) = fixtures() else { return };
    let file = tree(&read(&dir.join("_parameters.yml")));
    let set = osai_index::current();
    let categories = file.as_sequence().expect("a list of categories");
    assert_eq!(categories.len(), set.categories.len());
    for (node, category) in categories.iter().zip(set.categories) {
        let text = |n: &Node, k: &str| {
            n.get(k)
                .and_then(Node::as_scalar)
                .map(|s| s.text.trim().to_owned())
                .unwrap_or_default()
        };
        assert_eq!(text(node, "ref"), category.reference);
        assert_eq!(text(node, "name"), category.name);
        let params = node
            .get("params")
            .and_then(Node::as_sequence)
            .expect("params");
        assert_eq!(params.len(), category.parameters.len());
        for (p, spec) in params.iter().zip(category.parameters) {
            assert_eq!(text(p, "ref"), spec.parameter.as_str());
            assert_eq!(text(p, "name"), spec.name());
            let types: Vec<String> = p
                .get("types")
                .and_then(Node::as_sequence)
                .expect("types")
                .iter()
                .filter_map(Node::as_scalar)
                .map(|s| s.text.clone())
                .collect();
            assert_eq!(types, spec.types, "{}", spec.parameter);
        }
    }

    let descriptions = tree(&read(&dir.join("_parameters-descriptions.yml")));
    for spec in set.parameters() {
        let en = descriptions
            .get(spec.parameter.as_str())
            .and_then(|n| n.get("en"))
            .and_then(Node::as_scalar)
            .map(|s| s.text.trim().to_owned());
        assert_eq!(en.as_deref(), Some(spec.question), "{}", spec.parameter);
    }

    let readme = read(&dir.join("upstream-readme.md"));
    for spec in set.parameters() {
        for grade in Grade::ALL {
            let text = spec.rubric.text(*grade);
            assert!(
                readme.contains(text),
                "{} {grade}: not in the readme: {text}",
                spec.parameter
            );
        }
    }
}

#[test]
fn every_entry_imports_with_located_diagnostics() {
    let Some(dir) = fixtures() else { return };
    for path in entries(&dir) {
        let name = file_name(&path);
        let imported = import(&path);
        for d in &imported.diagnostics {
            assert!(
                d.line.is_some() && d.column.is_some(),
                "{name}: diagnostic without a location: {d}"
            );
            assert!(!d.is_error(), "{name}: {d}");
        }
        if name != "a_submission_template.yaml" {
            assert!(!imported.release.components.is_empty(), "{name}");
            assert_ne!(imported.release.name, UNNAMED, "{name}");
            assert!(imported.release.producer.is_some(), "{name}");
        }
    }
}

#[test]
fn the_submission_template_imports_with_no_data_diagnostics() {
    let Some(dir) = fixtures() else { return };
    let imported = import(&dir.join("a_submission_template.yaml"));
    assert_eq!(imported.release.name, UNNAMED);
    assert!(imported.release.producer.is_none());
    let no_data: Vec<&str> = imported
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::ImportNoData)
        .map(|d| d.pointer.as_str())
        .collect();
    for pointer in [
        "/system/name",
        "/system/link",
        "/system/type",
        "/system/endmodellicense",
        "/system/releasedate",
        "/org/name",
    ] {
        assert!(no_data.contains(&pointer), "{pointer} in {no_data:?}");
    }
    assert!(no_data.contains(&"/system"), "{no_data:?}");
    // Its classes grade no system: the index's assessment is kept without grades, and there is
    // no score.
    assert_eq!(imported.release.assessments.len(), 1);
    assert!(imported.release.assessments[0].grades.is_empty());
    let verdict = classify(&imported.release, Framework::OsaiIndex);
    let d = details(&verdict);
    assert_eq!(d.score, None);
    assert_eq!(verdict.level, "undetermined");
}

#[test]
fn every_grade_is_the_index_grade_or_a_listed_difference() {
    let Some(dir) = fixtures() else { return };
    let mut differences = Vec::new();
    for path in entries(&dir) {
        let name = file_name(&path);
        let text = read(&path);
        let imported = import(&path);
        let verdict = osai_index::classify_derived(&imported.release);
        let d = details(&verdict);
        for (parameter, index) in index_grades(&tree(&text)) {
            let result = &d.parameters[&parameter];
            if result.grade != index {
                differences.push((
                    name.clone(),
                    parameter.as_str().to_owned(),
                    index,
                    result.grade,
                    result.highest,
                    result.status,
                ));
            }
        }
    }
    let found: Vec<(String, String, String, String, String)> = differences
        .iter()
        .map(|(f, p, i, g, h, _)| {
            (
                f.clone(),
                p.clone(),
                i.to_string(),
                g.to_string(),
                h.to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String, String, String)> = DIFFERENCES
        .iter()
        .map(|(f, p, i, g, h, _)| {
            (
                (*f).to_owned(),
                (*p).to_owned(),
                (*i).to_owned(),
                (*g).to_owned(),
                (*h).to_owned(),
            )
        })
        .collect();
    assert_eq!(found, expected);
    // Where the description leaves the grade unsettled, the index's grade is within the bounds;
    // where it settles it, the difference is a contradiction of the rubric (BERT, GPT-OSS,
    // Snowflake Arctic).
    for (file, _, index, lo, hi, status) in &differences {
        if lo == hi {
            assert_ne!(*status, Status::Unknown, "{file}");
            assert!(
                ["BERT.yaml", "GPT-OSS.yaml", "Snowflake Arctic.yaml"].contains(&file.as_str()),
                "{file}"
            );
        } else {
            assert_eq!(*status, Status::Unknown, "{file}");
            assert!(
                lo.rank() <= index.rank() && index.rank() <= hi.rank(),
                "{file}"
            );
        }
    }
}

#[test]
fn the_index_own_scores_are_given_back_and_the_derived_ones_differ_only_where_listed() {
    let Some(dir) = fixtures() else { return };
    let table = readme_table(&dir);
    assert_eq!(table.len(), 40);
    let mut derived_reproduced = 0;
    for path in entries(&dir) {
        let name = file_name(&path);
        let Some((classes, score)) = table.get(&name) else {
            assert_eq!(name, "a_submission_template.yaml");
            continue;
        };
        let text = read(&path);
        let index: Vec<Grade> = index_grades(&tree(&text))
            .into_iter()
            .map(|(_, g)| g)
            .collect();
        // The README's columns are the index's classes and the website's score of them.
        assert_eq!(
            &index.iter().map(|g| letter(*g)).collect::<String>(),
            classes
        );
        assert_eq!(&format!("{:.3}", website_score(&index)), score, "{name}");

        // The imported entry carries the index's own grades: classified, it gives them back,
        // and the index's score to the bit, comma-joined types included.
        let release = import(&path).release;
        let verdict = classify(&release, Framework::OsaiIndex);
        let d = details(&verdict);
        let own: Vec<Grade> = d.parameters.values().map(|r| r.grade).collect();
        assert_eq!(own, index, "{name}");
        let ours = d.score.expect("the index's score");
        assert_eq!(ours.to_bits(), website_score(&index).to_bits(), "{name}");
        // A finding for each parameter the derivation grades differently, and only those.
        let listed: Vec<&str> = DIFFERENCES
            .iter()
            .filter(|(f, ..)| *f == name)
            .map(|(_, p, ..)| *p)
            .collect();
        let differs: Vec<String> = verdict
            .notes
            .iter()
            .filter(|n| n.code.as_str() == "osai-index-grade-differs")
            .map(|n| n.message.clone())
            .collect();
        assert_eq!(differs.len(), listed.len(), "{name}: {differs:?}");
        for (p, message) in listed.iter().zip(&differs) {
            assert!(message.contains(&format!("`{p}`")), "{name}: {message}");
        }

        // The derivation alone.
        let derived = osai_index::classify_derived(&release);
        let derived = details(&derived).score.expect("every parameter applies");
        if listed.is_empty() {
            assert_eq!(&format!("{derived:.3}"), score, "{name}");
            derived_reproduced += 1;
        } else {
            assert_ne!(&format!("{derived:.3}"), score, "{name}");
        }
    }
    assert_eq!(derived_reproduced, 40 - 12);
}

#[test]
fn headline_scores() {
    let Some(dir) = fixtures() else { return };
    let score = |file: &str| {
        let verdict = classify(&import(&dir.join(file)).release, Framework::OsaiIndex);
        format!("{:.3}", details(&verdict).score.unwrap_or(f64::NAN))
    };
    assert_eq!(score("OLMo.yaml"), "0.958");
    assert_eq!(score("YuLan.yaml"), "1.000");
    assert_eq!(score("lumo.yaml"), "0.000");
    assert_eq!(score("Mustango.yaml"), "1.000");
}

#[test]
fn open_licences_alone_do_not_make_an_open_release() {
    let Some(dir) = fixtures() else { return };
    // The index's own open-washing example: licences graded open (Apache 2.0), little else.
    for (file, expected) in [("Mistral.yaml", "0.292"), ("Qwen.yaml", "0.167")] {
        let verdict = classify(&import(&dir.join(file)).release, Framework::OsaiIndex);
        let d = details(&verdict);
        assert_eq!(grade(d, Parameter::Licenses), Grade::Open, "{file}");
        assert_eq!(format!("{:.3}", d.score.unwrap_or(f64::NAN)), expected);
        assert_eq!(verdict.level, "partial", "{file}");
        // The cheapest steps are documents; data comes last.
        let first = verdict.next_steps.first().map(|s| s.action.as_str());
        let last = verdict.next_steps.last().map(|s| s.action.as_str());
        assert!(first.is_some_and(|a| a != "publish-data"), "{file}");
        assert!(last.is_some_and(|a| a == "publish-data"), "{file}");
    }
}

#[test]
fn categories_are_scored_as_the_website_scores_them() {
    let Some(dir) = fixtures() else { return };
    let verdict = classify(
        &import(&dir.join("OLMo.yaml")).release,
        Framework::OsaiIndex,
    );
    let d = details(&verdict);
    // OLMo: availability 5/5, documentation 5.5/6 (paper partial), access 1/1.
    assert_eq!(d.categories["availability"], Some(1.0));
    assert_eq!(d.categories["documentation"], Some(5.5 / 6.0));
    assert_eq!(d.categories["access"], Some(1.0));
    assert_eq!(d.parameter_set, "2026-03-13");
}

#[test]
fn entries_without_a_base_model_mirror_the_end_model() {
    let Some(dir) = fixtures() else { return };
    // SantaCoder names no base model and its base entries repeat the end-model ones.
    let santa = import(&dir.join("SantaCoder.yaml"));
    assert!(!santa.release.has(K::BaseModelWeights));
    assert!(!santa.release.has(K::PostTrainingData));
    assert!(santa.release.lineage.is_empty());
    assert!(
        santa
            .diagnostics
            .iter()
            .any(|d| d.code == Code::ImportFactAssumed && d.pointer == "/weights_basemodel")
    );
    // Qwen names no base model either, but says its base weights are closed: no mirror.
    let qwen = import(&dir.join("Qwen.yaml"));
    let base: Vec<_> = qwen.release.components_of(K::BaseModelWeights).collect();
    assert_eq!(base.len(), 1);
    assert_eq!(base[0].1.availability, Availability::NotReleased);
    // OLMo names its base model: lineage, and base components of their own.
    let olmo = import(&dir.join("OLMo.yaml"));
    assert_eq!(
        olmo.release.lineage[0].base.name.as_deref(),
        Some("Olmo-3-1125-32B")
    );
    assert!(olmo.release.has(K::BaseModelWeights));
}

#[test]
fn several_types_are_multimodal() {
    let Some(dir) = fixtures() else { return };
    for file in [
        "MobileLLM.yaml",
        "OpenChat.yaml",
        "Snowflake Arctic.yaml",
        "LTX-Video.yaml",
    ] {
        let imported = import(&dir.join(file));
        assert_eq!(
            imported.release.modality,
            Some(Modality::Multimodal),
            "{file}"
        );
        assert!(
            imported
                .diagnostics
                .iter()
                .any(|d| d.code == Code::ImportFactAssumed && d.pointer == "/system/type"),
            "{file}"
        );
        let verdict = classify(&imported.release, Framework::OsaiIndex);
        assert!(
            verdict
                .notes
                .iter()
                .any(|f| f.code == "osai-index-every-parameter-applies")
        );
        assert!(details(&verdict).parameters.values().all(|r| r.applies));
    }
}

#[test]
fn free_text_licences_become_spdx_or_noassertion() {
    let Some(dir) = fixtures() else { return };
    let weights_licence = |file: &str| {
        let imported = import(&dir.join(file));
        let (_, weights) = imported
            .release
            .components_of(K::ModelWeights)
            .next()
            .expect("end-model weights");
        let licence = weights.license.clone().expect("a licence");
        (
            licence.expression.to_string(),
            licence.declared.clone(),
            imported.diagnostics,
            licence.inferred,
        )
    };
    let (expr, declared, diagnostics, inferred) = weights_licence("Mistral.yaml");
    assert_eq!(expr, "Apache-2.0");
    assert_eq!(declared.as_deref(), Some("Apache 2.0"));
    // "Apache 2.0" is a name the importer interpreted: the licence is inferred, as every
    // importer marks a licence read from a name rather than an identifier (docs/importers.md).
    assert!(inferred);
    assert!(
        diagnostics
            .iter()
            .any(|d| d.code == Code::ImportLicenceNormalised
                && d.pointer == "/system/endmodellicense")
    );
    let (expr, ..) = weights_licence("OLMo.yaml");
    assert_eq!(expr, "Apache-2.0");
    let (expr, declared, _, inferred) = weights_licence("OpenChat.yaml");
    assert_eq!(expr, "LicenseRef-Llama-3-Community");
    assert_eq!(
        declared.as_deref(),
        Some("Llama 3 Community License Agreement")
    );
    assert!(inferred);
    let (expr, ..) = weights_licence("bloomz.yaml");
    assert_eq!(expr, "Apache-2.0 AND LicenseRef-BigScience-BLOOM-RAIL-1.0");
    let (expr, declared, diagnostics, inferred) = weights_licence("airoboros.yaml");
    assert_eq!(expr, "NOASSERTION");
    assert_eq!(declared.as_deref(), Some("Purposely left ambiguous"));
    // Nothing was read from the text: `NOASSERTION` is not a reading of it.
    assert!(!inferred);
    assert!(
        diagnostics
            .iter()
            .any(|d| d.code == Code::ImportLicenceNotSpdx)
    );
    // DeepSeek-R1: the notes say "Weights: MIT", the end-model licence field says otherwise;
    // the field wins and the disagreement is reported.
    let (expr, _, diagnostics, _) = weights_licence("deepseek-R1.yaml");
    assert_eq!(expr, "LicenseRef-DeepSeek-1.0");
    assert!(
        diagnostics
            .iter()
            .any(|d| d.code == Code::ImportFactAssumed && d.pointer == "/licenses/notes")
    );
}

#[test]
fn partial_classes_become_a_published_part_and_an_unpublished_one() {
    let Some(dir) = fixtures() else { return };
    let imported = import(&dir.join("llama-3.1.yaml"));
    let r = &imported.release;
    // weights_basemodel: partial, "requires signing … community license": gated.
    let base: Vec<_> = r.components_of(K::BaseModelWeights).collect();
    assert_eq!(base[0].1.availability, Availability::Gated);
    // trainingcode: partial, "only offers code for inference pipeline".
    assert_eq!(
        r.components_of(K::InferenceCode)
            .next()
            .map(|(_, c)| c.availability),
        Some(Availability::Public)
    );
    assert_eq!(
        r.components_of(K::TrainingCode)
            .next()
            .map(|(_, c)| c.availability),
        Some(Availability::NotReleased)
    );
    // modelcard: partial: one published card, one unpublished part.
    let cards: Vec<Availability> = r
        .components_of(K::ModelCard)
        .map(|(_, c)| c.availability)
        .collect();
    assert_eq!(cards, [Availability::Public, Availability::NotReleased]);
    // Evidence and notes are kept.
    let card = r
        .components_of(K::ModelCard)
        .next()
        .map(|(_, c)| c)
        .expect("card");
    assert!(
        card.description
            .as_deref()
            .is_some_and(|d| d.contains("training process"))
    );
    assert_eq!(
        card.location.as_ref().map(|u| u.as_str()),
        Some("https://huggingface.co/meta-llama/Meta-Llama-3.1-405B")
    );
}

#[test]
fn malformed_entries_fail_or_report_with_locations() {
    match to_release("system: [unclosed\n") {
        Err(Error::Syntax { location, .. }) => assert!(location.line.is_some()),
        other => panic!("{other:?}"),
    }
    match to_release("- a list\n") {
        Err(Error::Invalid { location, .. }) => assert_eq!(location.line, Some(1)),
        other => panic!("{other:?}"),
    }
    let text = "system:\n  name: X\n  type: text\n  colour: blue\n\
                weights_endmodel:\n  class: opened\n  link: not a url\n\
                paper:\n  class:\n  extra: 1\n\
                package:\n  class: open\n";
    let imported = to_release(text).expect("reads with diagnostics");
    let found: Vec<(&str, &str)> = imported
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.pointer.as_str()))
        .collect();
    for expected in [
        ("import-field-dropped", "/system/colour"),
        ("import-invalid-value", "/weights_endmodel/class"),
        ("import-invalid-value", "/weights_endmodel/link"),
        ("import-no-data", "/paper/class"),
        ("import-field-dropped", "/paper/extra"),
        ("import-field-dropped", "/package"),
        ("import-no-data", "/modelcard"),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
    let at = |pointer: &str| {
        imported
            .diagnostics
            .iter()
            .find(|d| d.pointer == pointer)
            .and_then(|d| d.line)
    };
    assert_eq!(at("/system/colour"), Some(4));
    assert_eq!(at("/weights_endmodel/link"), Some(7));
    // An unknown or empty class gives no component: the parameter is unknown, not closed.
    assert!(imported.release.components.is_empty());
    let verdict = classify(&imported.release, Framework::OsaiIndex);
    let weights = verdict
        .criteria
        .iter()
        .find(|c| c.id == "weights-endmodel")
        .expect("criterion");
    // The criterion tests the spec's item for the parameter.
    assert_eq!(
        weights.item.map(|i| i.name),
        Some(Parameter::WeightsEndmodel.item().name)
    );
    assert_eq!(weights.status, Status::Unknown);
    assert!(weights.settle.is_some());
}

fn load_yaml(text: &str) -> ai_openness::Release {
    ai_openness::document::from_str(text, ai_openness::document::Format::Yaml)
        .unwrap_or_else(|e| panic!("test release: {e}"))
}

/// Issue #16, misreading 4a: inference or architecture code counted toward the licence rubric's
/// "training code" group, and the reason called it training code. The rubric names three groups,
/// "model weights, training code, and training data"; only those count.
#[test]
fn the_licence_rubric_counts_only_the_groups_it_names() {
    // Restricted weights, open inference and architecture code, training code not released,
    // open training data: one group of three is openly licensed, so closed.
    let release = load_yaml(
        r#"
spec_version: "0.1.0"
name: Sparse Code Model
components:
  - kind: model_weights
    license: LicenseRef-Llama-3-Community
    availability: public
  - kind: inference_code
    name: runner
    license: MIT
    availability: public
  - kind: model_architecture
    license: Apache-2.0
    availability: public
  - kind: training_code
    availability: not_released
  - kind: data_preprocessing_code
    availability: not_released
  - kind: pretraining_data
    license: ODC-By-1.0
    availability: public
"#,
    );
    let verdict = classify(&release, Framework::OsaiIndex);
    let d = details(&verdict);
    let licences = verdict.criterion("licenses").expect("criterion");
    assert_eq!(
        grade(d, Parameter::Licenses),
        Grade::Closed,
        "{}",
        licences.reason
    );
    assert!(
        licences
            .reason
            .contains("training code: no available part under an open licence"),
        "{}",
        licences.reason
    );
    // The inference code is named as outside the rubric's groups, never as training code.
    assert!(
        licences.reason.contains("the inference code `runner`")
            && licences.reason.contains("not among the rubric's groups"),
        "{}",
        licences.reason
    );
    assert!(
        !licences.reason.contains("training code `runner`"),
        "{}",
        licences.reason
    );
    // Published training code under an open licence makes two groups: partial.
    let mut release = release;
    release.components[3].availability = Availability::Public;
    release.components[3].license = Some(ai_openness::model::Licence::new(
        ai_openness::licence::LicenceExpression::parse("Apache-2.0").expect("parses"),
    ));
    let verdict = classify(&release, Framework::OsaiIndex);
    assert_eq!(
        grade(details(&verdict), Parameter::Licenses),
        Grade::Partial
    );
}

/// Issue #16, misreading 4b: the documentation parameters were graded open on publication alone,
/// though the rubric's open asks for coverage ("detailing all major parts", "covering
/// architecture, training, fine-tuning, evaluation", "comprehensively documented"). A published
/// document grades at most partial unless the description states its coverage.
#[test]
fn published_documents_grade_open_only_with_their_coverage_stated() {
    let documents = [
        (K::CodeDocumentation, Parameter::Code),
        (K::ComputeReport, Parameter::HardwareArchitecture),
        (K::TechnicalReport, Parameter::Preprint),
        (K::ResearchPaper, Parameter::Paper),
        (K::ModelCard, Parameter::Modelcard),
        (K::DataCard, Parameter::Datasheet),
    ];
    for (kind, parameter) in documents {
        let with = |coverage: Option<&str>| {
            let line = coverage.map_or(String::new(), |c| format!("    coverage: {c}\n"));
            let text = format!(
                "spec_version: \"0.1.0\"\nname: Docs\ncomponents:\n  - kind: {kind}\n    availability: public\n{line}"
            );
            classify(&load_yaml(&text), Framework::OsaiIndex)
        };
        // Published, coverage not stated: partial, open not excluded.
        let verdict = with(None);
        let d = details(&verdict);
        assert_eq!(grade(d, parameter), Grade::Partial, "{parameter}");
        let k = verdict.criterion(parameter.item().id).expect("criterion");
        assert_eq!(k.status, Status::Unknown, "{parameter}: {}", k.reason);
        assert!(
            k.settle.as_deref().unwrap_or("").contains("coverage"),
            "{parameter}: {:?}",
            k.settle
        );
        assert!(
            verdict
                .next_steps
                .iter()
                .any(|s| s.action.as_str() == "disclose"
                    && s.item.map(|i| i.id) == Some(parameter.item().id)
                    && s.message.contains("`coverage`")),
            "{parameter}: {:?}",
            verdict.next_steps
        );
        // Coverage stated complete: open.
        let verdict = with(Some("complete"));
        assert_eq!(
            grade(details(&verdict), parameter),
            Grade::Open,
            "{parameter}"
        );
        // Coverage stated incomplete: partial, settled.
        let verdict = with(Some("incomplete"));
        assert_eq!(
            grade(details(&verdict), parameter),
            Grade::Partial,
            "{parameter}"
        );
        let k = verdict.criterion(parameter.item().id).expect("criterion");
        assert_eq!(k.status, Status::NotMet, "{parameter}: {}", k.reason);
    }
}

#[test]
fn next_steps_aim_at_open_and_name_their_parameter() {
    // Gated weights: the step lifts the gate, toward the release-wide level `open`, for the
    // `weights_endmodel` parameter (and the base-model weights that mirror it).
    let mut release = ai_openness::Release::new("Gated");
    release.components.push(
        ai_openness::model::Component::new(K::ModelWeights).with_availability(Availability::Gated),
    );
    let verdict = classify(&release, Framework::OsaiIndex);
    let step = verdict
        .next_steps
        .iter()
        .find(|s| s.item.map(|i| i.id) == Some(Parameter::WeightsEndmodel.item().id))
        .expect("a step for the end model's weights");
    assert_eq!(
        step.target.typed::<OsaiIndexLevel>(),
        Some(OsaiIndexLevel::Open)
    );
    assert_eq!(step.action.as_str(), "change-access");
    assert!(
        step.message.contains("`weights_endmodel`"),
        "{}",
        step.message
    );
    let json = serde_json::to_value(step).expect("serialises");
    assert_eq!(json["target"], "open");
    assert_eq!(json["item"], "weights-endmodel");
    // Every step of the verdict names the parameter it works on.
    assert!(verdict.next_steps.iter().all(|s| s.item.is_some()));
}

// The shipped examples. Each comment gives the rubric text that decides the grades; `unknown`
// parameters count closed in the score.

fn example(name: &str) -> Classification {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let text = read(&path);
    let release = ai_openness::document::from_str(&text, ai_openness::document::Format::Yaml)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    classify(&release, Framework::OsaiIndex)
}

/// `(level, score to 3 decimals, grades in parameter order as O/p/x, unknown parameters)`.
fn summary(verdict: &Classification) -> (String, String, String, Vec<String>) {
    let d = details(verdict);
    (
        verdict.level.to_string(),
        format!("{:.3}", d.score.unwrap_or(f64::NAN)),
        d.parameters.values().map(|r| letter(r.grade)).collect(),
        d.parameters
            .iter()
            .filter(|(_, r)| r.status == Status::Unknown)
            .map(|(p, _)| p.to_string())
            .collect(),
    )
}

#[test]
fn example_olmo_2() {
    // Data, weights (base and end), model card, data cards and a preprint are all public:
    // "All training data sources … are open for inspection or shared", "Weights … are shared".
    // Every licence is open (Apache-2.0 code and weights, ODC-By data): "fully covered by open
    // licenses". Training code is public but no data-processing code is listed, so "dataset
    // processing, model training and tuning" is not shown complete: partial, up to open. No code
    // documentation, compute report or peer-reviewed paper is described. Every settled parameter
    // is open and the rest could be, so the level is undetermined.
    // The preprint, model card and data cards are published, but the description does not
    // state their coverage ("detail all major parts", "comprehensive insight"): partial, up to
    // open (issue #16).
    let (level, score, grades, unknown) = summary(&example("olmo-2.yaml"));
    assert_eq!(level, "undetermined");
    assert_eq!(score, "0.583");
    assert_eq!(grades, "OOOOpxxpxppO");
    assert_eq!(
        unknown,
        [
            "trainingcode",
            "code",
            "hardware_architecture",
            "preprint",
            "paper",
            "modelcard",
            "datasheet"
        ]
    );
}

#[test]
fn example_pythia() {
    // Trained from scratch, no base/end split: the base parameters mirror the end model. The
    // Pile, GPT-NeoX training code and the Pile's processing code are public: trainingcode open.
    // Preprint and ICML paper: both open. Licences: weights and code Apache-2.0, the Pile's
    // licence is not given: at least "two (partially or fully) of model weights, training code,
    // and training data" are open (partial), open not excluded.
    // Preprint, paper, model card and data card published without their coverage stated:
    // partial, up to open (issue #16).
    let (level, score, grades, unknown) = summary(&example("pythia.yaml"));
    assert_eq!(level, "undetermined");
    assert_eq!(score, "0.625");
    assert_eq!(grades, "OOOOOxxppppp");
    assert_eq!(
        unknown,
        [
            "code",
            "hardware_architecture",
            "preprint",
            "paper",
            "modelcard",
            "datasheet",
            "licenses"
        ]
    );
}

#[test]
fn example_llama_3_1() {
    // Pretraining and post-training data not released: closed. Base and instruct weights behind
    // Meta's approval: "partially/not fully shared. E.g. gated downloads". Inference code and
    // the architecture only: "Sparse source code is available". Every released part is under
    // the Llama 3.1 Community License, not an open licence: closed. Level partial: some
    // parameters above closed, some below open, settled.
    let verdict = example("llama-3.1.yaml");
    let (level, score, grades, unknown) = summary(&verdict);
    // The compute report, preprint and model card are published without their coverage stated:
    // partial, up to open (issue #16).
    assert_eq!(level, "partial");
    assert_eq!(score, "0.250");
    assert_eq!(grades, "xxpppxppxpxx");
    assert_eq!(
        unknown,
        [
            "code",
            "hardware_architecture",
            "preprint",
            "paper",
            "modelcard",
            "datasheet"
        ]
    );
    // The licences criterion says what the Llama licence restricts, with the licence table's
    // clauses, in the explanation kernel's words.
    let licences = verdict.criterion("licenses").expect("criterion");
    assert!(
        licences.reason.contains(
            "the model weights `Llama-3.1-405B-Instruct` is `LicenseRef-Llama-3.1-Community`, \
             not open (use restrictions (§1.b.iv: Acceptable Use Policy incorporated by \
             reference); a user or revenue threshold"
        ),
        "{}",
        licences.reason
    );
}

#[test]
fn example_mistral_7b() {
    // Apache-2.0 weights, public, and Apache-2.0 inference code; data and training code not
    // released. Licences: every *available* part is openly licensed, so open ("as available"),
    // the pattern of the index's own Mistral entry; the score stays below one half.
    // The preprint and model card: published, coverage not stated, partial (issue #16).
    let (level, score, grades, _) = summary(&example("mistral-7b.yaml"));
    assert_eq!(level, "partial");
    assert_eq!(score, "0.375");
    assert_eq!(grades, "xxOOpxxpxpxO");
}

#[test]
fn example_bloom() {
    // ROOTS is gated (partial data), the weights public under the BigScience RAIL licence (not
    // an open licence, so licences cannot be open; code is Apache-2.0 and the data's licence is
    // not given: up to partial).
    // The compute report, preprint, model card and data card: published, coverage not stated,
    // partial (issue #16).
    let (level, score, grades, unknown) = summary(&example("bloom.yaml"));
    assert_eq!(level, "partial");
    assert_eq!(score, "0.500");
    assert_eq!(grades, "ppOOOxppxppx");
    assert_eq!(
        unknown,
        [
            "code",
            "hardware_architecture",
            "preprint",
            "paper",
            "modelcard",
            "datasheet",
            "licenses"
        ]
    );
}

#[test]
fn example_gemma_2() {
    // Gated weights under the Gemma Terms of Use; no training code listed beside the reference
    // implementation (sparse: partial, up to open). The reference implementation is inference
    // code, not among the licence rubric's groups; no group is openly licensed, so licences are
    // closed. The preprint and model card: published, coverage not stated, partial (issue #16).
    let (level, score, grades, _) = summary(&example("gemma-2.yaml"));
    assert_eq!(level, "partial");
    assert_eq!(score, "0.167");
    assert_eq!(grades, "xxxppxxpxpxx");
}

#[test]
fn example_moderated_system() {
    // A complete system: the index grades the model only, and says which parts it leaves out.
    let verdict = example("ministral-8b-moderated-system.yaml");
    let (level, score, grades, _) = summary(&verdict);
    // The model card: published, coverage not stated, partial (issue #16).
    assert_eq!(level, "partial");
    assert_eq!(score, "0.125");
    assert_eq!(grades, "xxppxxxxxpxx");
    assert!(verdict.notes.iter().any(|f| {
        f.code == "osai-index-system-parts-not-graded"
                // The part, in the kernel's one wording of a component.
                && f.message.contains("not graded: the guardrail model `Mistral Moderation")
    }));
}
