//! The `mof-1.0` profile on native descriptions (hand-built releases and the shipped examples)
//! and the explained verdicts on Model Openness Tool files (every conformance fixture).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ai_openness::Release;
use ai_openness::classify::mof_1_0::{
    self, ComponentStatus, MofClass, MofComponent, MofDetails, MofLevel, MofOutcome, classify_mot,
    classify_mot_yaml,
};
use ai_openness::classify::{
    Action, Classification, CriterionId, Details, Framework, Level, Status, assess_all, classify,
    classify_all,
};
use ai_openness::document::{self, Format};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{Component, ComponentKind as K};
use serde_json::Value;

/// A release listing `(kind, licence)` in order; `None` = no licence given.
fn release(parts: &[(K, Option<&str>)]) -> Release {
    let mut release = Release::new("Hand-built");
    for (kind, licence) in parts {
        let mut component = Component::new(*kind);
        if let Some(text) = licence {
            let expression = LicenceExpression::parse(text)
                .unwrap_or_else(|e| panic!("test licence `{text}`: {e}"));
            component = component.with_license(Licence::new(expression));
        }
        release.components.push(component);
    }
    release
}

fn mof(release: &Release) -> Classification {
    classify(release, Framework::Mof10)
}

fn details(c: &Classification) -> &MofDetails {
    match &c.details {
        Some(Details::Mof(d)) => d,
        other => panic!("expected mof-1.0 details, got {other:?}"),
    }
}

fn criterion<'a>(c: &'a Classification, id: &str) -> &'a ai_openness::classify::CriterionResult {
    c.criteria
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no criterion `{id}`"))
}

fn codes(c: &Classification) -> Vec<&str> {
    c.notes.iter().map(|f| f.code.as_str()).collect()
}

fn status_of(c: &Classification, component: MofComponent) -> ComponentStatus {
    details(c)
        .graded()
        .and_then(|g| g.components.get(&component))
        .map_or_else(|| panic!("no status for {component}"), |e| e.status)
}

/// The six Class III components, each under a licence MOT counts as open and type-appropriate.
const CLASS_III: [(K, Option<&str>); 6] = [
    (K::ModelArchitecture, Some("MIT")),
    (K::ModelWeights, Some("CDLA-Permissive-2.0")),
    (K::EvaluationResults, Some("CC-BY-4.0")),
    (K::ModelCard, Some("CC-BY-4.0")),
    (K::DataCard, Some("CC-BY-4.0")),
    (K::TechnicalReport, Some("CC-BY-4.0")),
];

#[test]
fn the_framework_enum_dispatches_and_classify_all_covers_every_framework() {
    let empty = Release::new("Empty");
    let all = classify_all(&empty);
    assert_eq!(all.len(), Framework::ALL.len());
    for (verdict, framework) in all.iter().zip(Framework::ALL) {
        assert_eq!(verdict.framework, framework.id());
        assert_eq!(verdict.name, "Empty");
    }
    assert_eq!(mof(&empty), mof_1_0::classify(&empty));
}

#[test]
fn an_empty_release_meets_nothing_and_is_told_what_class_iii_needs() {
    let c = mof(&Release::new("Empty"));
    assert_eq!(c.level, "unclassified");
    // No class: `None` in Rust, `0` in the JSON as MOT writes it.
    assert_eq!(details(&c).class(), None);
    assert_eq!(details(&c).level(), MofLevel::Unclassified);
    assert_eq!(serde_json::to_value(&c).expect("serialises")["class"], 0);
    // One criterion per required component per class: 6 + 4 + 4 (MOF 1.0 / MOT rule 1).
    assert_eq!(c.criteria.len(), 14);
    assert!(c.criteria.iter().all(|r| r.status == Status::NotMet));
    assert_eq!(
        criterion(&c, "class-3/model-architecture").clause,
        "MOF 1.0, Class III (Open Model): Model architecture, open source licence"
    );
    assert_eq!(
        criterion(&c, "class-2/training-code").reason,
        "`Training code` is not listed"
    );
    // The next steps are for Class III only, cheapest first by the fixed ranking.
    let steps: Vec<(Action, &str)> = c
        .next_steps
        .iter()
        .map(|s| (s.action, s.message.as_str()))
        .collect();
    assert_eq!(steps.len(), 6);
    assert!(c.next_steps.iter().all(|s| s.target == "class-3"));
    // Each step names the Class III component it works on: the six items the level requires.
    let mut items: Vec<&str> = c
        .next_steps
        .iter()
        .filter_map(|s| s.item.map(|i| i.id))
        .collect();
    items.sort_unstable();
    let mut required = MofLevel::Class3.spec().requires.to_vec();
    required.sort_unstable();
    assert_eq!(items, required);
    let json = serde_json::to_value(&c.next_steps[0]).expect("serialises");
    assert_eq!(json["item"], c.next_steps[0].item.map_or("", |i| i.id));
    let ranks: Vec<usize> = c.next_steps.iter().map(|s| s.action.rank()).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
    assert_eq!(
        steps.last(),
        Some(&(
            Action::PublishWeights,
            "publish the final model parameters under an open data licence such as \
             CDLA-Permissive-2.0 to reach MOF Class III"
        ))
    );
    assert!(steps.contains(&(
        Action::PublishCode,
        "publish the model architecture under an OSI-approved licence to reach MOF Class III"
    )));
}

#[test]
fn six_open_class_iii_components_reach_class_iii_and_point_to_class_ii() {
    let c = mof(&release(&CLASS_III));
    assert_eq!(c.level, "class-3");
    let d = details(&c);
    assert_eq!(d.class(), Some(MofClass::III));
    assert_eq!(c.level.typed::<MofLevel>(), Some(MofLevel::Class3));
    let p = d.progress().expect("graded");
    // Class I progress is 0 while Class II is incomplete (MOT rule 2).
    assert_eq!((p.class_3, p.class_2, p.class_1), (100.0, 60.0, 0.0));
    assert!(
        c.criteria_with(Status::Met)
            .all(|r| r.id.as_str().starts_with("class-3/"))
    );
    assert_eq!(c.criteria_with(Status::Met).count(), 6);
    // Each met criterion names the release component that decided it.
    let arch = criterion(&c, "class-3/model-architecture");
    assert_eq!(arch.components.len(), 1);
    assert_eq!(arch.components[0].pointer, "/components/0");
    assert_eq!(arch.components[0].kind, K::ModelArchitecture);
    assert!(c.next_steps.iter().all(|s| s.target == "class-2"));
    assert!(c.next_steps.iter().any(|s| s.message
        == "publish the training code under an OSI-approved licence to reach MOF Class II"));
    assert!(c.notes.is_empty(), "{:?}", codes(&c));
}

#[test]
fn a_mof_component_made_of_several_parts_is_open_only_if_every_part_is() {
    // The non-open corpus is listed first: MOT, keeping the last entry, would call Datasets
    // included; this profile does not.
    let mut parts = CLASS_III.to_vec();
    parts.push((K::PretrainingData, Some("CC-BY-NC-4.0")));
    parts.push((K::PostTrainingData, Some("CC-BY-4.0")));
    let c = mof(&release(&parts));
    assert_eq!(
        status_of(&c, MofComponent::Datasets),
        ComponentStatus::Invalid
    );
    let datasets = criterion(&c, "class-1/datasets");
    assert_eq!(datasets.status, Status::NotMet);
    let deciding: Vec<&str> = datasets
        .components
        .iter()
        .map(|r| r.pointer.as_str())
        .collect();
    assert_eq!(deciding, ["/components/6"]);
    let graded = d_entry(&c, MofComponent::Datasets);
    assert_eq!(graded.0.as_deref(), Some("CC-BY-NC-4.0"));
    assert_eq!(graded.1, ["/components/6", "/components/7"]);
    let combined = c
        .notes
        .iter()
        .find(|f| f.code == "mof-parts-combined")
        .expect("the combination is reported");
    assert_eq!(combined.pointer, "/components/6");
    assert!(
        combined.message.contains("`CC-BY-NC-4.0`"),
        "{}",
        combined.message
    );

    // Every part open: the component is open, and every part is named as deciding.
    let mut open = CLASS_III.to_vec();
    open.push((K::Tokenizer, Some("Apache-2.0")));
    open.push((K::SupportingLibraries, Some("MIT")));
    let c = mof(&release(&open));
    assert_eq!(
        status_of(&c, MofComponent::SupportingLibrariesAndTools),
        ComponentStatus::Optional
    );
    assert_eq!(
        d_entry(&c, MofComponent::SupportingLibrariesAndTools)
            .1
            .len(),
        2
    );
    assert_eq!(codes(&c), ["mof-parts-combined"]);
}

/// The graded licence and the entries of one component.
fn d_entry(c: &Classification, component: MofComponent) -> (Option<String>, Vec<String>) {
    let entry = details(c)
        .graded()
        .and_then(|g| g.components.get(&component))
        .unwrap_or_else(|| panic!("{component}"));
    (entry.license.clone(), entry.entries.clone())
}

#[test]
fn an_unstated_licence_is_unknown_and_none_is_not_met() {
    let mut parts = CLASS_III.to_vec();
    parts[3] = (K::ModelCard, None);
    parts[4] = (K::DataCard, Some("NOASSERTION"));
    parts[5] = (K::TechnicalReport, Some("NONE"));
    let c = mof(&release(&parts));
    // MOT counts all three as unlicensed, so Class III is not met ...
    assert_eq!(c.level, "unclassified");
    for component in [
        MofComponent::ModelCard,
        MofComponent::DataCard,
        MofComponent::TechnicalReport,
    ] {
        assert_eq!(status_of(&c, component), ComponentStatus::Unlicensed);
    }
    // ... but only `NONE` settles the criterion; the other two are unknown.
    let card = criterion(&c, "class-3/model-card");
    assert_eq!(card.status, Status::Unknown);
    assert_eq!(
        card.settle.as_deref(),
        Some("the licence of the component at `/components/3`")
    );
    assert_eq!(criterion(&c, "class-3/data-card").status, Status::Unknown);
    assert_eq!(
        criterion(&c, "class-3/technical-report").status,
        Status::NotMet
    );
    let unknown: Vec<&str> = c
        .notes
        .iter()
        .filter(|f| f.code == "mof-licence-unknown")
        .map(|f| f.pointer.as_str())
        .collect();
    assert_eq!(unknown, ["/components/3", "/components/4"]);
    // Stating a licence is cheaper than relicensing, which is cheaper than publishing.
    let steps: Vec<(Action, &str)> = c
        .next_steps
        .iter()
        .map(|s| (s.action, s.message.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            (
                Action::Relicense,
                "put the technical report under an open content licence such as CC-BY-4.0 to \
                 reach MOF Class III (it has no licence)"
            ),
            (
                Action::Disclose,
                "state the licence of the data card: MOF Class III needs an open content \
                 licence such as CC-BY-4.0"
            ),
            (
                Action::Disclose,
                "state the licence of the model card: MOF Class III needs an open content \
                 licence such as CC-BY-4.0"
            ),
        ]
    );
}

#[test]
fn a_non_open_licence_asks_for_a_relicence() {
    let mut parts = CLASS_III.to_vec();
    parts[1] = (K::ModelWeights, Some("LicenseRef-Llama-3.1-Community"));
    let c = mof(&release(&parts));
    assert_eq!(c.level, "unclassified");
    let weights = criterion(&c, "class-3/model-parameters-final");
    assert_eq!(weights.status, Status::NotMet);
    assert_eq!(
        weights.reason,
        "`Model parameters (Final)` is listed under `LicenseRef-Llama-3.1-Community`, which is \
         not an open licence in MOT's list (use restrictions (§1.b.iv: Acceptable Use Policy \
         incorporated by reference); a user or revenue threshold (§2: more than 700 million \
         monthly active users))"
    );
    assert_eq!(c.next_steps.len(), 1);
    assert_eq!(c.next_steps[0].action, Action::Relicense);
    assert_eq!(c.next_steps[0].component, Some(K::ModelWeights));
}

#[test]
fn expressions_keep_mots_verdict_and_say_what_term_by_term_evaluation_gives() {
    let mut parts = CLASS_III.to_vec();
    parts[0] = (K::ModelArchitecture, Some("Apache-2.0 AND MIT"));
    parts.push((K::TrainingCode, Some("MIT OR LicenseRef-Proprietary")));
    parts.push((
        K::InferenceCode,
        Some("MIT AND LicenseRef-Llama-3.1-Community"),
    ));
    let c = mof(&release(&parts));
    // MOT compares `Apache-2.0 AND MIT` as one id: not open, so no class.
    assert_eq!(c.level, "unclassified");
    assert_eq!(
        status_of(&c, MofComponent::ModelArchitecture),
        ComponentStatus::Invalid
    );
    let open_terms: Vec<&str> = c
        .notes
        .iter()
        .filter(|f| f.code == "mof-licence-expression-open")
        .map(|f| f.pointer.as_str())
        .collect();
    // The `AND` of two open terms and the `OR` with an open branch; not the `AND` with Llama.
    assert_eq!(open_terms, ["/components/0", "/components/6"]);
    let quirks = c
        .notes
        .iter()
        .filter(|f| f.code == "mot-licence-expression-not-evaluated")
        .count();
    assert_eq!(quirks, 3);
}

#[test]
fn a_research_paper_stands_in_for_a_missing_technical_report() {
    let mut parts = CLASS_III[..5].to_vec();
    parts.push((K::ResearchPaper, Some("CC-BY-4.0")));
    let c = mof(&release(&parts));
    assert_eq!(c.level, "class-3");
    assert_eq!(
        status_of(&c, MofComponent::TechnicalReport),
        ComponentStatus::Omitted
    );
    let report = criterion(&c, "class-3/technical-report");
    assert_eq!(report.status, Status::Met);
    assert_eq!(report.components[0].kind, K::ResearchPaper);
    assert!(
        report
            .reason
            .starts_with("the technical report is not listed")
    );
    let quirk = c
        .notes
        .iter()
        .find(|f| f.code == "mot-research-paper-replaces-technical-report")
        .expect("reported");
    assert_eq!(quirk.pointer, "/components/5");
    assert_eq!(quirk.severity.as_str(), "info");
    // The note cites MOT's rule as written down in the repository.
    assert!(
        quirk
            .clause
            .as_deref()
            .is_some_and(|c| c.ends_with("; docs/mot-rules.md#rule-5")),
        "{quirk:?}"
    );
    // The criterion tests the spec's item, and the id is built from the level and the item.
    assert_eq!(report.item.map(|i| i.name), Some("Technical report"));
    assert_eq!(
        report.id,
        CriterionId::at_level(
            MofLevel::Class3.spec(),
            MofComponent::TechnicalReport.item()
        )
    );
}

#[test]
fn kinds_without_a_mof_component_are_listed_once() {
    let mut parts = CLASS_III.to_vec();
    parts.push((K::GuardrailModel, Some("Apache-2.0")));
    parts.push((K::UsagePolicy, None));
    parts.push((K::GuardrailModel, Some("MIT")));
    let c = mof(&release(&parts));
    assert_eq!(c.level, "class-3");
    let ignored: Vec<_> = c
        .notes
        .iter()
        .filter(|f| f.code == "mof-kinds-not-graded")
        .collect();
    assert_eq!(ignored.len(), 1);
    assert_eq!(
        ignored[0].message,
        "MOF 1.0 has no component for `guardrail_model` (`/components/6`, `/components/8`), \
         `usage_policy` (`/components/7`); they do not count toward any MOF class"
    );
}

#[test]
fn the_json_object_has_the_issue_shape() {
    let c = mof(&release(&CLASS_III));
    let value = serde_json::to_value(&c).expect("serialises");
    let keys: Vec<&str> = value
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "name",
            "framework",
            "level",
            "class",
            "progress",
            "components",
            "not_type_appropriate",
            "unknown_components",
            "duplicate_components",
            "criteria",
            "next_steps"
        ]
    );
    // The profile made no notes (`notes` is omitted when empty); the release's open-washing
    // findings are not part of a classification but of the assessment, once.
    let assessment = assess_all(&release(&CLASS_III));
    assert!(assessment.findings.is_empty(), "{:?}", assessment.findings);
    assert_eq!(
        assessment
            .classifications
            .iter()
            .find(|x| x.framework == "mof-1.0"),
        Some(&c)
    );
    assert_eq!(value["progress"]["3"], 100.0);
    assert_eq!(
        value["components"]["Model architecture"],
        serde_json::json!({"status": "included", "license": "MIT", "source": "component",
            "entries": ["/components/0"]})
    );
    assert_eq!(
        value["components"]["Datasets"],
        serde_json::json!({"status": "missing"})
    );
    assert_eq!(
        value["criteria"][0]["status"], "met",
        "{}",
        value["criteria"][0]
    );
}

// ---------------------------------------------------------------------------------------------
// The shipped examples. MOF 1.0 Class III ("Open Model") requires six components, each under an
// open licence of its type: Model architecture (code, an open source licence), Model parameters
// (Final) (data, an open data licence), and four documents under an open content licence:
// Technical report (a research paper may stand in), Evaluation results, Model card, Data card.
// Classes II and I add further components on top ("each class is cumulative"), so a release
// that misses Class III has no class at all. The profile decides "open" with the Model Openness
// Tool's licence facts and matching (exact ids, no expression evaluation).
// ---------------------------------------------------------------------------------------------

fn example(name: &str) -> Release {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    document::from_str(&text, Format::Yaml).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The Class III criteria that are not met, and those that are unknown, by component slug.
fn class_iii_gaps(c: &Classification) -> (Vec<&str>, Vec<&str>) {
    let pick = |status: Status| {
        c.criteria
            .iter()
            .filter(|r| r.status == status)
            .filter_map(|r| r.id.as_str().strip_prefix("class-3/"))
            .collect::<Vec<_>>()
    };
    (pick(Status::NotMet), pick(Status::Unknown))
}

fn check_example(
    file: &str,
    level: &str,
    class_iii_progress: f64,
    not_met: &[&str],
    unknown: &[&str],
) -> Classification {
    let c = mof(&example(file));
    assert_eq!(c.level, level, "{file}");
    let progress = details(&c).progress().expect("graded");
    assert!(
        (progress.class_3 - class_iii_progress).abs() < 1e-9,
        "{file}: {}",
        progress.class_3
    );
    let (got_not_met, got_unknown) = class_iii_gaps(&c);
    assert_eq!(got_not_met, not_met, "{file}: not met");
    assert_eq!(got_unknown, unknown, "{file}: unknown");
    c
}

#[test]
fn every_example_is_covered() {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"))
            .expect("examples/")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
            .collect();
    files.sort();
    let names: Vec<String> = files
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    assert_eq!(
        names,
        [
            "bloom.yaml",
            "gemma-2.yaml",
            "illustrative-open-model.yaml",
            "llama-3.1.yaml",
            "ministral-8b-moderated-system.yaml",
            "mistral-7b.yaml",
            "olmo-2.yaml",
            "pythia.yaml"
        ],
        "a new example needs its expected MOF class below"
    );
}

#[test]
fn olmo_2_misses_class_iii_only_on_the_unstated_licence_of_its_report() {
    // Five of the six Class III components are listed under licences MOT counts as open
    // (Apache-2.0 code, weights, card and results; ODC-By-1.0 data card). The technical report
    // (an arXiv preprint) is listed without a licence: MOF asks for an open content licence, so
    // the criterion is unknown, and MOT, counting it unlicensed, gives 5/6 and no class.
    let c = check_example(
        "olmo-2.yaml",
        "unclassified",
        500.0 / 6.0,
        &[],
        &["technical-report"],
    );
    assert_eq!(c.next_steps.len(), 1);
    assert_eq!(c.next_steps[0].action, Action::Disclose);
    // Four data sets and two training-code repositories, combined.
    assert_eq!(
        codes(&c)
            .iter()
            .filter(|code| **code == "mof-parts-combined")
            .count(),
        2
    );
}

#[test]
fn pythia_misses_class_iii_on_an_expression_and_unstated_document_licences() {
    // Weights, evaluation results and model card are Apache-2.0. The model architecture is
    // `Apache-2.0 AND BSD-3-Clause AND MIT`: open term by term, but MOT compares it as one id
    // and does not count it (reported). The data card's licence is not stated, and the
    // research paper that stands in for the unlicensed technical report has none either.
    let c = check_example(
        "pythia.yaml",
        "unclassified",
        50.0,
        &["model-architecture"],
        &["data-card", "technical-report"],
    );
    assert!(codes(&c).contains(&"mof-licence-expression-open"));
    assert!(codes(&c).contains(&"mot-research-paper-replaces-technical-report"));
}

#[test]
fn the_illustrative_model_reaches_class_i() {
    // Every one of the 17 components is listed under a licence in MOT's list (code Apache-2.0,
    // data and documents CC-BY-4.0): Class I, with every class's progress at 100 %.
    let c = check_example("illustrative-open-model.yaml", "class-1", 100.0, &[], &[]);
    let progress = details(&c).progress().expect("graded");
    assert!((progress.class_2 - 100.0).abs() < 1e-9);
    assert!((progress.class_1 - 100.0).abs() < 1e-9);
    assert!(c.next_steps.is_empty());
}

#[test]
fn mistral_7b_has_open_weights_but_no_data_card() {
    // Architecture, weights and model card are Apache-2.0; there is no data card, and the
    // licences of the evaluation results and the technical report are not stated: 3/6.
    check_example(
        "mistral-7b.yaml",
        "unclassified",
        50.0,
        &["data-card"],
        &["evaluation-results", "technical-report"],
    );
}

#[test]
fn gemma_2_weights_are_not_under_an_open_licence() {
    // The Gemma Terms of Use (use restrictions, a prohibited-use policy) are not an open
    // licence, so "Model parameters (Final)" fails Class III whatever else is listed; only the
    // Apache-2.0 architecture counts: 1/6.
    check_example(
        "gemma-2.yaml",
        "unclassified",
        100.0 / 6.0,
        &["model-parameters-final", "evaluation-results", "data-card"],
        &["model-card", "technical-report"],
    );
}

#[test]
fn llama_3_1_code_and_weights_are_under_the_community_licence() {
    // Architecture and weights are under the Llama 3.1 Community License (use restrictions and
    // a 700-million-user threshold): not open, so Class III fails on both; no data card.
    check_example(
        "llama-3.1.yaml",
        "unclassified",
        0.0,
        &["model-architecture", "model-parameters-final", "data-card"],
        &["evaluation-results", "model-card", "technical-report"],
    );
}

#[test]
fn bloom_weights_are_rail() {
    // The weights are under the BigScience RAIL 1.0 licence (use restrictions): not open. The
    // architecture code is `BSD-3-Clause AND Apache-2.0 AND MIT`, which MOT does not evaluate.
    // The four documents have no stated licence.
    let c = check_example(
        "bloom.yaml",
        "unclassified",
        0.0,
        &["model-architecture", "model-parameters-final"],
        &[
            "evaluation-results",
            "model-card",
            "data-card",
            "technical-report",
        ],
    );
    assert!(codes(&c).contains(&"mof-licence-expression-open"));
}

#[test]
fn the_moderated_system_is_graded_on_its_model_parts_only() {
    // MOF 1.0 grades a model: the guardrail model and the safety evaluation of this system have
    // no MOF component (reported). The chat model's weights are under the Mistral Research
    // License (not open) and its architecture code is not listed.
    let c = check_example(
        "ministral-8b-moderated-system.yaml",
        "unclassified",
        0.0,
        &[
            "model-architecture",
            "model-parameters-final",
            "evaluation-results",
            "data-card",
            "technical-report",
        ],
        &["model-card"],
    );
    assert!(codes(&c).contains(&"mof-kinds-not-graded"));
}

// ---------------------------------------------------------------------------------------------
// Model Openness Tool files: the explained verdict carries MOT's result unchanged, and its
// criteria and next steps agree with the class on every conformance fixture.
// ---------------------------------------------------------------------------------------------

fn expected_lines(dir: &Path) -> BTreeMap<String, Value> {
    let text = std::fs::read_to_string(dir.join("expected.jsonl")).expect("expected.jsonl");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("json line");
            (v["file"].as_str().unwrap_or_default().to_owned(), v)
        })
        .collect()
}

#[test]
fn explained_mot_verdicts_agree_with_the_engine_and_with_themselves() {
    let Some(root) = common::fixture("mot") else {
        return;
    };
    let mut seen = 0;
    for folder in ["test-data", "synthetic"] {
        let dir = root.join(folder);
        let expected = expected_lines(&dir);
        for (file, want) in &expected {
            let text = std::fs::read_to_string(dir.join(file)).expect("fixture");
            let c = classify_mot(&text);
            check_mot_verdict(file, want, &c, &classify_mot_yaml(&text));
            seen += 1;
        }
    }
    assert_eq!(seen, 442);
}

fn check_mot_verdict(file: &str, want: &Value, c: &Classification, outcome: &MofOutcome) {
    assert_eq!(c.framework, "mof-1.0");
    let d = details(c);
    let json = serde_json::to_value(c).expect("serialises");
    if want["class"].is_null() {
        assert_eq!(c.level, "unclassified", "{file}");
        assert!(
            json["class"].is_null() && json["progress"].is_null(),
            "{file}"
        );
        assert_eq!(json["error_kind"], want["error_kind"], "{file}");
        assert!(c.criteria.is_empty() && c.next_steps.is_empty());
        return;
    }
    let result = outcome.result().expect("graded");
    // MOT's numbers, unchanged.
    assert_eq!(d.class(), MofClass::from_number(result.class), "{file}");
    assert_eq!(d.progress(), Some(result.progress), "{file}");
    assert_eq!(json["class"], want["class"], "{file}");
    for key in ["1", "2", "3"] {
        assert_eq!(
            json["progress"][key].as_f64(),
            want["progress"][key].as_f64(),
            "{file}"
        );
    }
    for (name, status) in want["per_component"].as_object().expect("per_component") {
        assert_eq!(
            json["components"][name]["status"], *status,
            "{file}: {name}"
        );
        assert_eq!(
            json["components"][name]["license"], want["licenses"][name],
            "{file}: {name}"
        );
    }
    for key in [
        "not_type_appropriate",
        "unknown_components",
        "duplicate_components",
    ] {
        assert_eq!(json[key], want[key], "{file}: {key}");
    }
    let level = match result.class {
        0 => "unclassified",
        1 => "class-1",
        2 => "class-2",
        _ => "class-3",
    };
    assert_eq!(c.level, level, "{file}");
    // A class is reached exactly when every criterion of it and of the classes above is met.
    let met = |prefixes: &[&str]| {
        c.criteria
            .iter()
            .filter(|r| prefixes.iter().any(|p| r.id.as_str().starts_with(p)))
            .all(|r| r.status == Status::Met)
    };
    let reached = |k: u8| result.class != 0 && result.class <= k;
    assert_eq!(met(&["class-3/"]), reached(3), "{file}");
    assert_eq!(met(&["class-3/", "class-2/"]), reached(2), "{file}");
    assert_eq!(met(&["class-"]), reached(1), "{file}");
    // MOT files never leave a licence unknown.
    assert_eq!(c.criteria_with(Status::Unknown).count(), 0, "{file}");
    // Next steps: toward the next class only, present exactly when it is not reached.
    let target = match result.class {
        0 => Some("class-3"),
        3 => Some("class-2"),
        2 => Some("class-1"),
        _ => None,
    };
    assert_eq!(c.next_steps.is_empty(), target.is_none(), "{file}");
    assert!(
        c.next_steps
            .iter()
            .all(|s| Some(s.target.as_str()) == target),
        "{file}"
    );
    let ranks: Vec<usize> = c.next_steps.iter().map(|s| s.action.rank()).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{file}");
    // Every quirk of the engine is a finding with the quirk's code.
    let quirks: Vec<&str> = result.quirks.iter().map(|q| q.code.as_str()).collect();
    assert_eq!(codes(c), quirks, "{file}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// On any release: the class is reached exactly when every criterion of it and of the
    /// classes above is met, the next steps aim at the next class only, and the result
    /// serialises. Half the cases come from `mof_release` (6 to 17 MOF components), which
    /// reaches every class (`the_mof_generator_reaches_every_class`); `release` alone makes at
    /// most 4 components and never would.
    #[test]
    fn any_release_gets_a_consistent_verdict(
        release in proptest::prop_oneof![
            proptest::strategy::Strategy::boxed(common::strategies::release()),
            common::strategies::mof_release(),
        ]
    ) {
        let c = mof(&release);
        let class = details(&c).class().map_or(0, MofClass::number);
        let met = |prefixes: &[&str]| {
            c.criteria
                .iter()
                .filter(|r| prefixes.iter().any(|p| r.id.as_str().starts_with(p)))
                .all(|r| r.status == Status::Met)
        };
        let reached = |k: u8| class != 0 && class <= k;
        proptest::prop_assert_eq!(met(&["class-3/"]), reached(3));
        proptest::prop_assert_eq!(met(&["class-3/", "class-2/"]), reached(2));
        proptest::prop_assert_eq!(met(&["class-"]), reached(1));
        let target = match class {
            0 => "class-3",
            3 => "class-2",
            2 => "class-1",
            _ => "none",
        };
        proptest::prop_assert!(c.next_steps.iter().all(|s| s.target == target));
        proptest::prop_assert_eq!(c.next_steps.is_empty(), class == 1);
        proptest::prop_assert!(serde_json::to_string(&c).is_ok());
    }
}

/// The generator of the property above reaches every class, so the property checks the
/// reached-class branches too: 256 releases from a fixed seed reach Class III, II and I (each
/// several times) and also miss every class.
#[test]
fn the_mof_generator_reaches_every_class() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let strategy = common::strategies::mof_release();
    let mut counts = [0usize; 4];
    for _ in 0..256 {
        let release = strategy.new_tree(&mut runner).expect("a value").current();
        assert!((6..=21).contains(&release.components.len()));
        let class = details(&mof(&release)).class().map_or(0, MofClass::number);
        counts[usize::from(class)] += 1;
    }
    // counts[0]: unclassified; counts[k]: Class k.
    for (class, &n) in counts.iter().enumerate() {
        assert!(n >= 3, "class {class} reached {n} times in 256: {counts:?}");
    }
}

/// An inferred licence (`Licence::inferred`) is graded as written, as MOT grades what the
/// producer typed; a stated one is graded by its expression, whatever `declared` says.
#[test]
fn an_inferred_licence_is_graded_as_written() {
    let with_weights = |licence: Licence| {
        let mut r = release(&CLASS_III);
        r.components[1].license = Some(licence);
        r
    };
    let pddl = LicenceExpression::parse("PDDL-1.0").unwrap();
    // Stated: `PDDL-1.0` is not in MOT's open list, whatever the name beside it.
    let stated = with_weights(Licence::new(pddl.clone()).with_declared("ODC-PDDL-1.0"));
    assert_eq!(mof(&stated).level, "unclassified");
    assert!(!codes(&mof(&stated)).contains(&"mof-licence-inferred"));
    // Inferred from `ODC-PDDL-1.0`, which MOT's own list counts as open: graded as written.
    let inferred = with_weights(Licence::new(pddl).with_declared("ODC-PDDL-1.0").inferred());
    let c = mof(&inferred);
    assert_eq!(c.level, "class-3");
    let note = c
        .notes
        .iter()
        .find(|f| f.code.as_str() == "mof-licence-inferred")
        .expect("the finding");
    assert_eq!(note.pointer, "/components/1");
    let m = &note.message;
    assert!(
        m.starts_with("`ODC-PDDL-1.0` (Model parameters (Final)) is graded as written"),
        "{m}"
    );
    assert!(m.contains(": counted as open in MOT's list"), "{m}");
    assert!(m.contains("`PDDL-1.0`, a program's"), "{m}");
    assert!(m.contains("would be not counted as open"), "{m}");
    assert!(!note.message.contains("to count it"), "{}", note.message);
    // Inferred, and the text and its reading agree: no finding.
    let same = with_weights(
        Licence::new(LicenceExpression::parse("GPL-2.0-only").unwrap())
            .with_declared("GPL-2.0")
            .inferred(),
    );
    assert!(!codes(&mof(&same)).contains(&"mof-licence-inferred"));
}
