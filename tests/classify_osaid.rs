//! `osaid-1.0`: each requirement met, not met and unknown on hand-built releases, complete
//! systems, the JSON shape, and the order of next steps.

mod common;

use common::releases::*;

use ai_openness::Release;
use ai_openness::classify::{Action, Classification, CriterionResult, Status, osaid_1_0};
use ai_openness::model::{Availability, ComponentKind as K, ReleaseKind};

/// A release that meets every requirement as this profile reads OSAID 1.0: every code component
/// under an OSI-approved licence, weights under Apache-2.0, a data card under CC-BY-4.0, the
/// training data listed with where to obtain it.
const OPEN: &str = r#"
spec_version: "0.1.0"
name: Open Test Model
components:
  - kind: pretraining_data
    name: corpus
    license: ODC-By-1.0
    availability: public
    location: https://example.org/corpus
  - kind: data_card
    name: corpus card
    license: CC-BY-4.0
    availability: public
  - kind: data_preprocessing_code
    name: prep
    license: Apache-2.0
    availability: public
  - kind: training_code
    name: trainer
    license: Apache-2.0
    availability: public
  - kind: inference_code
    name: runner
    license: MIT
    availability: public
  - kind: model_architecture
    name: net
    license: Apache-2.0
    availability: public
  - kind: model_weights
    name: weights
    license: Apache-2.0
    availability: public
  - kind: model_card
    name: card
    license: CC-BY-4.0
    availability: public
"#;

fn open() -> Release {
    load(OPEN)
}

fn clear_licence(release: &mut Release, kind: K) {
    let i = index(release, kind);
    release.components[i].license = None;
}

fn add(release: &mut Release, yaml_component: &str) {
    let doc = format!("spec_version: \"0.1.0\"\nname: x\ncomponents:\n{yaml_component}");
    let mut extra = load(&doc);
    release.components.append(&mut extra.components);
}

fn criterion<'a>(c: &'a Classification, id: &str) -> &'a CriterionResult {
    c.criteria
        .iter()
        .find(|k| k.id == id)
        .unwrap_or_else(|| panic!("no criterion `{id}` in {:?}", ids(c)))
}

fn ids(c: &Classification) -> Vec<&str> {
    c.criteria.iter().map(|k| k.id.as_str()).collect()
}

/// Checks what every result must satisfy, then returns the status of criterion `id`.
fn status(c: &Classification, id: &str) -> Status {
    invariants(c);
    criterion(c, id).status
}

fn invariants(c: &Classification) {
    assert_eq!(c.framework, "osaid-1.0");
    let mut seen = std::collections::BTreeSet::new();
    for k in &c.criteria {
        assert!(seen.insert(k.id.as_str()), "duplicate criterion {}", k.id);
        assert!(k.clause.starts_with("OSAID 1.0"), "{}: {}", k.id, k.clause);
        assert!(!k.reason.is_empty());
        match k.status {
            Status::Unknown => assert!(k.settle.is_some(), "{} is unknown without settle", k.id),
            _ => assert!(
                k.settle.is_none(),
                "{} has settle but is {}",
                k.id,
                k.status
            ),
        }
    }
    let expected = match Status::all(c.criteria.iter().map(|k| k.status)) {
        Status::Met => ("conforms", serde_json::json!(true)),
        Status::NotMet => ("does-not-conform", serde_json::json!(false)),
        _ => ("undetermined", serde_json::Value::Null),
    };
    assert_eq!(c.level, expected.0);
    assert_eq!(json(c)["conforms"], expected.1);
    if c.level == "conforms" {
        assert!(c.next_steps.is_empty(), "{:?}", c.next_steps);
    } else {
        assert!(!c.next_steps.is_empty(), "no next steps toward conformance");
    }
    let ranks: Vec<usize> = c.next_steps.iter().map(|s| s.action.rank()).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "steps unsorted: {ranks:?}"
    );
    for s in &c.next_steps {
        assert_eq!(s.target, "conforms");
    }
}

fn has_step(c: &Classification, action: Action, kind: K) -> bool {
    c.next_steps
        .iter()
        .any(|s| s.action == action && s.component == Some(kind))
}

#[test]
fn a_fully_open_release_conforms() {
    let c = osaid_1_0::classify(&open());
    invariants(&c);
    assert_eq!(c.level, "conforms");
    assert!(c.criteria.iter().all(|k| k.status == Status::Met));
    assert_eq!(
        ids(&c),
        [
            "data-information/description",
            "data-information/listing",
            "data-information/terms",
            "code/data-processing",
            "code/training",
            "code/inference",
            "code/supporting-libraries",
            "code/model-architecture",
            "parameters/weights",
        ]
    );
    let v = json(&c);
    assert_eq!(v["framework"], "osaid-1.0");
    assert_eq!(v["level"], "conforms");
    assert_eq!(v["conforms"], true);
    assert_eq!(
        v["requirements"],
        serde_json::json!({"data_information": "met", "code": "met", "parameters": "met"})
    );
    assert_eq!(
        v["criteria"][4]["components"][0]["pointer"],
        "/components/3"
    );
}

#[test]
fn data_description_needs_a_published_data_card() {
    let mut r = open();
    set_availability(&mut r, K::DataCard, Availability::NotReleased);
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "data-information/description"), Status::NotMet);
    assert!(has_step(&c, Action::PublishDocument, K::DataCard));

    let mut r = open();
    set_availability(&mut r, K::DataCard, Availability::Gated);
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "data-information/description"), Status::Unknown);

    // Without a data card a technical report may or may not be the description: unknown, and
    // the settle text names the report.
    let mut r = open();
    remove(&mut r, K::DataCard);
    add(
        &mut r,
        "  - kind: technical_report\n    name: Tech Report\n    availability: public\n",
    );
    let c = osaid_1_0::classify(&r);
    let k = criterion(&c, "data-information/description");
    assert_eq!(status(&c, "data-information/description"), Status::Unknown);
    assert!(k.settle.as_deref().unwrap_or("").contains("`Tech Report`"));
    assert_eq!(status(&c, "data-information/terms"), Status::Unknown);
}

#[test]
fn data_listing_follows_the_faq_classes() {
    // Public data without where to obtain it: the listing is incomplete, not failed.
    let mut r = open();
    let i = index(&r, K::PretrainingData);
    r.components[i].location = None;
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "data-information/listing"), Status::Unknown);
    assert!(
        criterion(&c, "data-information/listing")
            .settle
            .as_deref()
            .unwrap_or("")
            .contains("`location`")
    );

    // Unshareable data need only be described (Data Information (1)).
    let mut r = open();
    set_availability(&mut r, K::PretrainingData, Availability::Unshareable);
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "data-information/listing"), Status::Met);
    assert_eq!(c.level, "conforms");

    // Third-party data obtainable for a fee, listed with where to obtain it.
    let mut r = open();
    set_availability(
        &mut r,
        K::PretrainingData,
        Availability::ThirdPartyObtainable,
    );
    assert_eq!(
        status(&osaid_1_0::classify(&r), "data-information/listing"),
        Status::Met
    );

    let mut r = open();
    set_availability(&mut r, K::PretrainingData, Availability::Unknown);
    assert_eq!(
        status(&osaid_1_0::classify(&r), "data-information/listing"),
        Status::Unknown
    );

    let mut r = open();
    remove(&mut r, K::PretrainingData);
    assert_eq!(
        status(&osaid_1_0::classify(&r), "data-information/listing"),
        Status::Unknown
    );
}

/// Issue #16, misreading 2: training data marked `not_released` or `on_request`, with a data
/// card, conformed through the "describe only" route. The FAQ keeps that route for "Unshareable
/// non-public" data, withheld "for explainable reasons": withheld data conforms only with a
/// stated reason that it cannot be shared, is unknown without one, and fails when withheld by
/// choice.
#[test]
fn withheld_training_data_needs_an_explainable_reason() {
    const WITHHELD: &str = r#"
spec_version: "0.1.0"
name: Withheld Data Model
components:
  - kind: pretraining_data
    name: web crawl
    availability: not_released
  - kind: post_training_data
    name: instruction mix
    availability: on_request
  - kind: data_card
    name: data card
    license: CC-BY-4.0
    availability: public
  - kind: data_preprocessing_code
    license: Apache-2.0
    availability: public
  - kind: training_code
    license: Apache-2.0
    availability: public
  - kind: inference_code
    license: MIT
    availability: public
  - kind: model_architecture
    license: Apache-2.0
    availability: public
  - kind: model_weights
    license: Apache-2.0
    availability: public
"#;
    let c = osaid_1_0::classify(&load(WITHHELD));
    invariants(&c);
    let k = criterion(&c, "data-information/listing");
    assert_eq!(k.status, Status::Unknown, "{}", k.reason);
    assert_eq!(c.level, "undetermined");
    assert!(k.reason.contains("no reason"), "{}", k.reason);
    assert!(
        k.settle.as_deref().unwrap_or("").contains("withholding"),
        "{:?}",
        k.settle
    );

    // A stated, explainable reason: the data may only be described.
    let with_reason = |reason: &str| {
        let text = WITHHELD
            .replace(
                "    availability: not_released\n",
                &format!(
                    "    availability: not_released\n    withholding:\n      reason: {reason}\n      description: contains forum posts with personal data\n"
                ),
            )
            .replace(
                "    availability: on_request\n",
                &format!("    availability: on_request\n    withholding: {{reason: {reason}}}\n"),
            );
        osaid_1_0::classify(&load(&text))
    };
    for reason in [
        "personal_data",
        "copyright",
        "third_party_terms",
        "legal_obligation",
    ] {
        let c = with_reason(reason);
        invariants(&c);
        assert_eq!(
            status(&c, "data-information/listing"),
            Status::Met,
            "{reason}"
        );
        assert_eq!(c.level, "conforms", "{reason}");
    }

    // Withheld by choice: open, public or obtainable data must be shared or listed.
    let c = with_reason("choice");
    invariants(&c);
    let k = criterion(&c, "data-information/listing");
    assert_eq!(k.status, Status::NotMet, "{}", k.reason);
    assert!(k.reason.contains("by choice"), "{}", k.reason);
    assert_eq!(c.level, "does-not-conform");

    // Stated unshareable but withheld by choice contradicts itself: the choice decides.
    let mut r = open();
    set_availability(&mut r, K::PretrainingData, Availability::Unshareable);
    let i = index(&r, K::PretrainingData);
    r.components[i].withholding = Some(ai_openness::model::Withholding::new(
        ai_openness::model::WithholdingReason::Choice,
    ));
    assert_eq!(
        status(&osaid_1_0::classify(&r), "data-information/listing"),
        Status::NotMet
    );
}

#[test]
fn data_information_terms() {
    let mut r = open();
    set_licence(&mut r, K::DataCard, "CC-BY-NC-4.0");
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "data-information/terms"), Status::NotMet);
    assert!(
        criterion(&c, "data-information/terms")
            .reason
            .contains("no commercial use")
    );
    assert!(has_step(&c, Action::Relicense, K::DataCard));

    let mut r = open();
    set_licence(&mut r, K::DataCard, "CC-BY-SA-4.0");
    assert_eq!(
        status(&osaid_1_0::classify(&r), "data-information/terms"),
        Status::Met
    );

    let mut r = open();
    clear_licence(&mut r, K::DataCard);
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "data-information/terms"), Status::Unknown);
    assert_eq!(
        criterion(&c, "data-information/terms").settle.as_deref(),
        Some("state the licence of the data card `corpus card`")
    );
    assert!(has_step(&c, Action::Disclose, K::DataCard));
}

#[test]
fn code_must_be_published_under_osi_approved_licences() {
    let mut r = open();
    set_licence(&mut r, K::TrainingCode, "LicenseRef-Llama-3.1-Community");
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "code/training"), Status::NotMet);
    assert_eq!(c.level, "does-not-conform");
    assert!(has_step(&c, Action::Relicense, K::TrainingCode));

    let mut r = open();
    set_availability(&mut r, K::TrainingCode, Availability::NotReleased);
    clear_licence(&mut r, K::TrainingCode);
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "code/training"), Status::NotMet);
    assert!(has_step(&c, Action::PublishCode, K::TrainingCode));
    // A withheld component is not asked for its licence.
    assert!(!has_step(&c, Action::Disclose, K::TrainingCode));

    let mut r = open();
    remove(&mut r, K::DataPreprocessingCode);
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "code/data-processing"), Status::Unknown);
    assert_eq!(
        criterion(&c, "code/data-processing").settle.as_deref(),
        Some("list the data preprocessing code with its availability and licence")
    );

    let mut r = open();
    set_availability(&mut r, K::InferenceCode, Availability::Gated);
    assert_eq!(
        status(&osaid_1_0::classify(&r), "code/inference"),
        Status::Unknown
    );

    let mut r = open();
    set_licence(&mut r, K::ModelArchitecture, "NONE");
    assert_eq!(
        status(&osaid_1_0::classify(&r), "code/model-architecture"),
        Status::NotMet
    );

    let mut r = open();
    set_licence(&mut r, K::InferenceCode, "LicenseRef-In-House");
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "code/inference"), Status::Unknown);
    assert!(
        criterion(&c, "code/inference")
            .reason
            .contains("`LicenseRef-In-House`")
    );
}

#[test]
fn validation_code_and_supporting_libraries_are_judged_if_listed() {
    let mut r = open();
    add(
        &mut r,
        "  - kind: evaluation_code\n    name: harness\n    license: GPL-3.0-only\n    availability: public\n",
    );
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "code/training"), Status::Met);
    assert_eq!(criterion(&c, "code/training").components.len(), 2);

    set_licence(&mut r, K::EvaluationCode, "CC-BY-NC-4.0");
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "code/training"), Status::NotMet);
    assert_eq!(
        criterion(&c, "code/training").components[0].kind,
        K::EvaluationCode
    );

    let c = osaid_1_0::classify(&open());
    let k = criterion(&c, "code/supporting-libraries");
    assert_eq!(k.status, Status::Met);
    assert!(k.reason.contains("if used"));

    let mut r = open();
    add(
        &mut r,
        "  - kind: tokenizer\n    name: tok\n    license: LicenseRef-Tokenizer-Terms\n    availability: public\n",
    );
    assert_eq!(
        status(&osaid_1_0::classify(&r), "code/supporting-libraries"),
        Status::Unknown
    );
}

#[test]
fn parameters_accept_osi_approved_or_equally_free_terms() {
    for free in [
        "CDLA-Permissive-2.0",
        "OpenMDW-1.0",
        "CC-BY-4.0",
        "MIT OR LicenseRef-Llama-3.1-Community",
    ] {
        let mut r = open();
        set_licence(&mut r, K::ModelWeights, free);
        assert_eq!(
            status(&osaid_1_0::classify(&r), "parameters/weights"),
            Status::Met,
            "{free}"
        );
    }

    for restricted in [
        "LicenseRef-Llama-3.1-Community",
        "LicenseRef-BigScience-BLOOM-RAIL-1.0",
        "LicenseRef-Gemma-Terms-of-Use",
        "CC-BY-NC-4.0",
        "Apache-2.0 AND LicenseRef-Mistral-MRL-0.1",
    ] {
        let mut r = open();
        set_licence(&mut r, K::ModelWeights, restricted);
        let c = osaid_1_0::classify(&r);
        assert_eq!(
            status(&c, "parameters/weights"),
            Status::NotMet,
            "{restricted}"
        );
        assert_eq!(json(&c)["conforms"], false);
    }

    // The reason cites the clause of the licence that restricts use.
    let mut r = open();
    set_licence(&mut r, K::ModelWeights, "LicenseRef-Llama-3.1-Community");
    let c = osaid_1_0::classify(&r);
    let reason = &criterion(&c, "parameters/weights").reason;
    assert!(reason.contains("§1.b.iv"), "{reason}");
    assert!(reason.contains("700 million"), "{reason}");

    // "May be free by their nature": weights without a licence are unknown, not failing.
    let mut r = open();
    set_licence(&mut r, K::ModelWeights, "NONE");
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "parameters/weights"), Status::Unknown);
    assert!(
        criterion(&c, "parameters/weights")
            .reason
            .contains("free by their nature")
    );

    let mut r = open();
    set_availability(&mut r, K::ModelWeights, Availability::ApiOnly);
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "parameters/weights"), Status::NotMet);
    assert!(has_step(&c, Action::PublishWeights, K::ModelWeights));

    let mut r = open();
    remove(&mut r, K::ModelWeights);
    assert_eq!(
        status(&osaid_1_0::classify(&r), "parameters/weights"),
        Status::Unknown
    );

    // Base-model weights, when listed, are parameters of the release too.
    let mut r = open();
    add(
        &mut r,
        "  - kind: base_model_weights\n    name: base\n    license: LicenseRef-Llama-3-Community\n    availability: gated\n",
    );
    assert_eq!(
        status(&osaid_1_0::classify(&r), "parameters/weights"),
        Status::NotMet
    );
}

#[test]
fn optional_parameters_do_not_decide() {
    let mut r = open();
    add(
        &mut r,
        "  - kind: intermediate_checkpoints\n    name: ckpts\n    license: CC-BY-NC-4.0\n    availability: public\n",
    );
    let c = osaid_1_0::classify(&r);
    invariants(&c);
    assert_eq!(c.level, "conforms");
    let f = c
        .notes
        .iter()
        .find(|f| f.code == "osaid-optional-parameters")
        .expect("optional parameters finding");
    assert_eq!(f.pointer, format!("/components/{}", r.components.len() - 1));
    assert!(f.message.contains("might include"));
}

#[test]
fn systems_need_every_part_to_conform() {
    // A model release without guardrails has no system criterion.
    assert!(
        !ids(&osaid_1_0::classify(&open())).contains(&"system/parts"),
        "system criterion on a bare model"
    );

    let mut r = open();
    r.kind = ReleaseKind::System;
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "system/parts"), Status::Unknown);
    assert_eq!(c.level, "undetermined");

    // An open content filter conforms; an open guardrail model needs its own description.
    add(
        &mut r,
        "  - kind: content_filter\n    name: blocklist\n    license: MIT\n    availability: public\n",
    );
    let c = osaid_1_0::classify(&r);
    assert_eq!(status(&c, "system/parts"), Status::Met);
    assert_eq!(c.level, "conforms");
    assert_eq!(json(&c)["requirements"]["system_parts"], "met");

    add(
        &mut r,
        "  - kind: guardrail_model\n    name: Guard 1B\n    license: Apache-2.0\n    availability: public\n",
    );
    let c = osaid_1_0::classify(&r);
    let k = criterion(&c, "system/parts");
    assert_eq!(status(&c, "system/parts"), Status::Unknown);
    assert!(k.settle.as_deref().unwrap_or("").contains("`Guard 1B`"));
    assert_eq!(k.components.len(), 1);
    assert_eq!(k.components[0].kind, K::GuardrailModel);

    // A guardrail only reachable through an API fails, and is named.
    set_availability(&mut r, K::GuardrailModel, Availability::ApiOnly);
    let c = osaid_1_0::classify(&r);
    let k = criterion(&c, "system/parts");
    assert_eq!(status(&c, "system/parts"), Status::NotMet);
    assert!(k.reason.contains("`Guard 1B`: api only"), "{}", k.reason);
    assert_eq!(c.level, "does-not-conform");
    assert!(has_step(&c, Action::PublishWeights, K::GuardrailModel));

    // A guardrail listed on a release of kind model is judged too.
    let mut r = open();
    add(
        &mut r,
        "  - kind: content_filter\n    name: blocklist\n    license: LicenseRef-Vendor-Filter\n    availability: public\n",
    );
    assert_eq!(
        status(&osaid_1_0::classify(&r), "system/parts"),
        Status::Unknown
    );
}

#[test]
fn next_steps_are_cheapest_first() {
    let mut r = open();
    set_licence(&mut r, K::ModelWeights, "LicenseRef-Llama-3.1-Community");
    set_availability(&mut r, K::TrainingCode, Availability::NotReleased);
    remove(&mut r, K::DataPreprocessingCode);
    set_availability(&mut r, K::DataCard, Availability::NotReleased);
    let c = osaid_1_0::classify(&r);
    invariants(&c);
    let actions: Vec<Action> = c.next_steps.iter().map(|s| s.action).collect();
    assert_eq!(
        actions,
        [
            Action::Relicense,
            Action::Disclose,
            Action::PublishDocument,
            Action::PublishCode
        ]
    );
    assert_eq!(
        c.next_steps[0].message,
        "relicense the model weights `weights` under OSI-approved or equally free terms to \
         conform to OSAID 1.0"
    );
}

// --- The shipped examples -------------------------------------------------------------------

fn with_status(c: &Classification, s: Status) -> Vec<&str> {
    c.criteria
        .iter()
        .filter(|k| k.status == s)
        .map(|k| k.id.as_str())
        .collect()
}

/// OLMo 2: the OSI's validation passed OLMo. This description shows the data information (a
/// published data card under ODC-By-1.0, every data set listed with where to obtain it), the
/// training, inference and architecture code under Apache-2.0 and the weights under Apache-2.0,
/// but it lists no data preprocessing code ("code used for processing and filtering data") and
/// gives no licence for the OLMES evaluation code ("validation and testing"). Nothing fails, two
/// requirements are open: undetermined, and the settle texts say what to state.
#[test]
fn example_olmo_2_is_undetermined_with_nothing_failing() {
    let c = osaid_1_0::classify(&example("olmo-2"));
    invariants(&c);
    assert_eq!(c.level, "undetermined");
    assert!(with_status(&c, Status::NotMet).is_empty());
    assert_eq!(
        with_status(&c, Status::Unknown),
        ["code/data-processing", "code/training"]
    );
    assert!(
        criterion(&c, "code/training")
            .settle
            .as_deref()
            .unwrap_or("")
            .contains("`OLMES`")
    );
    assert!(c.next_steps.iter().all(|s| s.action == Action::Disclose));
}

/// Pythia: the OSI's validation passed Pythia. Code (GPT-NeoX under Apache-2.0 AND BSD-3-Clause
/// AND MIT, the LM Evaluation Harness under MIT) and parameters (Apache-2.0, public) are shown;
/// the Pile is public and listed with where to obtain it. The description records no licence for
/// the Pile's datasheet (the data information must be under "OSI-approved terms") nor for the
/// Pile's processing scripts: undetermined, never failing.
#[test]
fn example_pythia_is_undetermined_with_nothing_failing() {
    let c = osaid_1_0::classify(&example("pythia"));
    invariants(&c);
    assert_eq!(c.level, "undetermined");
    assert!(with_status(&c, Status::NotMet).is_empty());
    assert_eq!(
        with_status(&c, Status::Unknown),
        ["data-information/terms", "code/data-processing"]
    );
    assert_eq!(json(&c)["requirements"]["parameters"], "met");
}

/// BLOOM: the OSI said BLOOM would pass if its licence changed. The weights are under the
/// BigScience RAIL License 1.0, whose use restrictions (¶5, Attachment A) deny the freedom to
/// "Use the system for any purpose": the one requirement not met is the parameters'. Relicensed
/// under Apache-2.0, nothing would fail (the remaining unknowns are licences the description
/// does not record).
#[test]
fn example_bloom_fails_on_its_licence_alone() {
    let mut r = example("bloom");
    let c = osaid_1_0::classify(&r);
    invariants(&c);
    assert_eq!(c.level, "does-not-conform");
    assert_eq!(with_status(&c, Status::NotMet), ["parameters/weights"]);
    assert!(criterion(&c, "parameters/weights").reason.contains("¶5"));
    assert_eq!(c.next_steps[0].action, Action::Relicense);

    set_licence(&mut r, K::ModelWeights, "Apache-2.0");
    let c = osaid_1_0::classify(&r);
    invariants(&c);
    assert!(with_status(&c, Status::NotMet).is_empty());
    assert_eq!(c.level, "undetermined");
}

/// Llama 3.1: the OSI failed Llama 2 and says Llama 3.x "is still not Open Source". The weights,
/// architecture and inference code are under the Llama 3.1 Community License (Acceptable Use
/// Policy, §1.b.iv; 700 million monthly active users, §2), and the training code is not
/// released.
#[test]
fn example_llama_3_1_does_not_conform() {
    let c = osaid_1_0::classify(&example("llama-3.1"));
    invariants(&c);
    assert_eq!(c.level, "does-not-conform");
    assert_eq!(json(&c)["conforms"], false);
    assert_eq!(
        with_status(&c, Status::NotMet),
        [
            "code/training",
            "code/inference",
            "code/model-architecture",
            "parameters/weights"
        ]
    );
}

/// Mistral 7B: Apache-2.0 weights, but the training code is not released (OSAID 1.0, Code: "the
/// complete source code used to train and run the system"). The OSI failed Mixtral, from the same
/// producer and released the same way.
#[test]
fn example_mistral_7b_does_not_conform_without_training_code() {
    let c = osaid_1_0::classify(&example("mistral-7b"));
    invariants(&c);
    assert_eq!(c.level, "does-not-conform");
    assert_eq!(with_status(&c, Status::NotMet), ["code/training"]);
    assert_eq!(criterion(&c, "parameters/weights").status, Status::Met);
}

/// Gemma 2: the weights are under the Gemma Terms of Use, whose Prohibited Use Policy (§3.2)
/// restricts use: the parameters fail.
#[test]
fn example_gemma_2_does_not_conform() {
    let c = osaid_1_0::classify(&example("gemma-2"));
    invariants(&c);
    assert_eq!(c.level, "does-not-conform");
    assert!(with_status(&c, Status::NotMet).contains(&"parameters/weights"));
}

/// The Ministral 8B system: OSAID 1.0 applies to "discrete elements of a system". The model's
/// weights are under the Mistral AI Research License (research only, §3.2) and the guardrail, the
/// Mistral moderation model, is only reachable through an API: the system fails twice, and the
/// guardrail is named.
#[test]
fn example_ministral_system_fails_on_its_model_and_its_guardrail() {
    let c = osaid_1_0::classify(&example("ministral-8b-moderated-system"));
    invariants(&c);
    assert_eq!(c.level, "does-not-conform");
    assert_eq!(
        with_status(&c, Status::NotMet),
        ["parameters/weights", "system/parts"]
    );
    let parts = criterion(&c, "system/parts");
    assert!(
        parts
            .reason
            .contains("`Mistral Moderation (mistral-moderation-2411)`: api only")
    );
    assert_eq!(parts.components[0].kind, K::GuardrailModel);
    assert_eq!(json(&c)["requirements"]["system_parts"], "not-met");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// On any release the verdict is consistent: the level follows from the criteria, unknown
    /// criteria say what would settle them, and next steps are sorted.
    #[test]
    fn any_release_gets_a_consistent_verdict(release in common::strategies::release()) {
        let c = osaid_1_0::classify(&release);
        invariants(&c);
        proptest::prop_assert!(serde_json::to_string(&c).is_ok());
    }
}

#[test]
fn every_criterion_tests_an_item_of_the_spec() {
    assert_reads_its_spec(&osaid_1_0::classify(&load(OPEN)), &osaid_1_0::SPEC);
    for (name, release) in examples() {
        let c = osaid_1_0::classify(&release);
        assert_reads_its_spec(&c, &osaid_1_0::SPEC);
        assert!(!c.criteria.is_empty(), "{name}");
    }
}
