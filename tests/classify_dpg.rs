//! `dpg-1.1.4`: each of the nine indicators met, not met and unknown on hand-built releases,
//! the licence rules of indicator 2 per content type, and how safety evaluations are reported.

mod common;

use common::releases::*;

use ai_openness::Release;
use ai_openness::classify::{Action, Classification, CriterionResult, Status, dpg_1_1_4};
use ai_openness::model::{Attestation, Availability, ComponentKind as K};

/// A release that shows all nine indicators met: open licences for code, data, weights and
/// documents, documentation, and every attestation the Standard asks for.
const DPG: &str = r#"
spec_version: "0.1.0"
name: Crop Advisor
components:
  - kind: pretraining_data
    name: field survey
    license: CC-BY-4.0
    availability: public
    location: https://example.org/survey
  - kind: data_card
    name: survey datasheet
    license: CC-BY-4.0
    availability: public
  - kind: training_code
    name: trainer
    license: GPL-3.0-or-later
    availability: public
  - kind: model_weights
    name: weights
    license: Apache-2.0
    availability: public
  - kind: code_documentation
    name: handbook
    license: CC-BY-SA-4.0
    availability: public
  - kind: technical_report
    name: arXiv preprint
    availability: public
facts:
  sdg_relevance:
    - goal: 2
      description: advice on crop disease for smallholder farmers
      evidence:
        - url: https://example.org/impact
  ownership:
    holds: true
    attested_by: Ada Lovelace, project lead
    evidence:
      - url: https://example.org/copyright
  platform_independence:
    holds: true
  data_extraction:
    holds: true
  personal_data: false
  privacy:
    holds: true
    attested_by: Ada Lovelace, project lead
    description: no personal data is collected
    evidence:
      - url: https://example.org/privacy
  standards:
    holds: true
    attested_by: Ada Lovelace, project lead
    evidence:
      - url: https://example.org/standards
  open_standards: [ONNX]
  harm_prevention:
    holds: true
    attested_by: Ada Lovelace, project lead
    description: code of conduct and a content policy
    evidence:
      - url: https://example.org/conduct
"#;

/// The description that exposed issue #16's first misreading: every fact asserted, nothing
/// attributed to anyone, no evidence linked.
const SELF_DESCRIBED: &str = r#"
spec_version: "0.1.0"
name: Self-described
components:
  - kind: training_code
    license: MIT
    availability: public
  - kind: model_weights
    license: Apache-2.0
    availability: public
  - kind: code_documentation
    license: CC-BY-4.0
    availability: public
facts:
  sdg_relevance:
    - goal: 3
      description: triage support for rural clinics
  ownership: {holds: true}
  platform_independence: {holds: true}
  data_extraction: {holds: true}
  personal_data: false
  privacy: {holds: true}
  standards: {holds: true}
  harm_prevention: {holds: true}
"#;

fn dpg() -> Release {
    load(DPG)
}

fn add(release: &mut Release, yaml_component: &str) {
    let doc = format!("spec_version: \"0.1.0\"\nname: x\ncomponents:\n{yaml_component}");
    release.components.extend(load(&doc).components);
}

fn criterion<'a>(c: &'a Classification, id: &str) -> &'a CriterionResult {
    c.criteria
        .iter()
        .find(|k| k.id == id)
        .unwrap_or_else(|| panic!("no criterion `{id}`"))
}

/// Checks what every result must satisfy, then returns the status of criterion `id`.
fn status(c: &Classification, id: &str) -> Status {
    invariants(c);
    criterion(c, id).status
}

fn invariants(c: &Classification) {
    assert_eq!(c.framework, "dpg-1.1.4");
    assert_eq!(c.criteria.len(), 9);
    let v = json(c);
    let mut all: Vec<u64> = ["met", "not_met", "unknown"]
        .iter()
        .flat_map(|k| v[k].as_array().cloned().unwrap_or_default())
        .filter_map(|n| n.as_u64())
        .collect();
    all.sort_unstable();
    assert_eq!(all, (1..=9).collect::<Vec<u64>>(), "{v}");
    for (n, k) in c.criteria.iter().enumerate() {
        assert!(
            k.id.as_str().starts_with(&format!("{}-", n + 1)),
            "{}",
            k.id
        );
        assert!(
            k.clause
                .starts_with(&format!("DPG Standard 1.1.4, indicator {}", n + 1)),
            "{}",
            k.clause
        );
        assert_eq!(k.status == Status::Unknown, k.settle.is_some(), "{}", k.id);
    }
    let expected = match Status::all(c.criteria.iter().map(|k| k.status)) {
        Status::Met => "meets-standard",
        Status::NotMet => "does-not-meet",
        _ => "undetermined",
    };
    assert_eq!(c.level, expected);
    let ranks: Vec<usize> = c.next_steps.iter().map(|s| s.action.rank()).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "steps unsorted: {ranks:?}"
    );
}

#[test]
fn a_release_with_every_indicator_shown_meets_the_standard() {
    let c = dpg_1_1_4::classify(&dpg());
    invariants(&c);
    assert_eq!(c.level, "meets-standard");
    let v = json(&c);
    assert_eq!(v["met"], serde_json::json!([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    assert_eq!(v["not_met"], serde_json::json!([]));
    assert!(c.next_steps.is_empty());
    // Publications about the release are not licensed assets of the DPG.
    assert!(
        !criterion(&c, "2-open-licences")
            .reason
            .contains("arXiv preprint")
    );
    assert!(
        criterion(&c, "8-standards-and-best-practices")
            .reason
            .contains("`ONNX`")
    );
}

#[test]
fn a_bare_description_cannot_tell_most_indicators() {
    let r = load(
        "spec_version: \"0.1.0\"\nname: Bare\ncomponents:\n  - kind: model_weights\n    license: MIT\n    availability: public\n",
    );
    let c = dpg_1_1_4::classify(&r);
    invariants(&c);
    assert_eq!(c.level, "undetermined");
    assert_eq!(json(&c)["met"], serde_json::json!([2]));
    assert_eq!(
        json(&c)["unknown"],
        serde_json::json!([1, 3, 4, 5, 6, 7, 8, 9])
    );
    assert!(
        c.next_steps
            .iter()
            .all(|s| s.action == Action::Disclose || s.action == Action::PublishDocument)
    );
}

#[test]
fn indicator_1_needs_relevance_shown() {
    let mut r = dpg();
    r.facts.sdg_relevance.clear();
    assert_eq!(
        status(&dpg_1_1_4::classify(&r), "1-sdg-relevance"),
        Status::Unknown
    );

    // Documents cannot hold goal 18 (the schema and serde reject it), but a release built in
    // code can: the classifier must not count it.
    let mut r = load(
        "spec_version: \"0.1.0\"\nname: x\nfacts:\n  sdg_relevance:\n    - goal: 17\n      description: not a goal\n    - goal: 4\n",
    );
    r.facts.sdg_relevance[0].goal = 18;
    let c = dpg_1_1_4::classify(&r);
    let k = criterion(&c, "1-sdg-relevance");
    assert_eq!(status(&c, "1-sdg-relevance"), Status::Unknown);
    assert!(k.reason.contains("`18`"), "{}", k.reason);
    assert!(k.reason.contains("SDG 4 named without"), "{}", k.reason);
}

#[test]
fn indicator_2_licences_by_content_type() {
    // Software: OSI-approved only.
    let mut r = dpg();
    set_licence(&mut r, K::TrainingCode, "CC-BY-4.0");
    let c = dpg_1_1_4::classify(&r);
    assert_eq!(status(&c, "2-open-licences"), Status::NotMet);
    assert_eq!(c.level, "does-not-meet");
    assert!(
        c.next_steps
            .iter()
            .any(|s| s.action == Action::Relicense && s.component == Some(K::TrainingCode))
    );

    // Data: an Open Data Commons approved licence; non-commercial data is not open data.
    for (licence, expected) in [
        ("ODbL-1.0", Status::Met),
        ("PDDL-1.0", Status::Met),
        ("CC-BY-NC-4.0", Status::NotMet),
        ("LicenseRef-Survey-Terms", Status::Unknown),
    ] {
        let mut r = dpg();
        set_licence(&mut r, K::PretrainingData, licence);
        assert_eq!(
            status(&dpg_1_1_4::classify(&r), "2-open-licences"),
            expected,
            "{licence}"
        );
    }

    // Content: Creative Commons; 1.1.4 also accepts NC and NC-SA, but names no ND licence.
    for (licence, expected) in [
        ("CC-BY-NC-4.0", Status::Met),
        ("CC-BY-NC-SA-4.0", Status::Met),
        ("CC0-1.0", Status::Met),
        ("CC-BY-NC-ND-4.0", Status::NotMet),
        ("Apache-2.0", Status::Met),
        ("LicenseRef-Proprietary-Docs", Status::Unknown),
    ] {
        let mut r = dpg();
        set_licence(&mut r, K::CodeDocumentation, licence);
        assert_eq!(
            status(&dpg_1_1_4::classify(&r), "2-open-licences"),
            expected,
            "{licence}"
        );
    }

    // Weights: OSI-approved or open data licences.
    let mut r = dpg();
    set_licence(&mut r, K::ModelWeights, "LicenseRef-Llama-3.1-Community");
    let c = dpg_1_1_4::classify(&r);
    assert_eq!(status(&c, "2-open-licences"), Status::NotMet);
    assert_eq!(
        criterion(&c, "2-open-licences").components[0].kind,
        K::ModelWeights
    );

    // Only what the producer releases is judged.
    let mut r = dpg();
    add(
        &mut r,
        "  - kind: post_training_data\n    name: vendor set\n    license: LicenseRef-Vendor\n    availability: third_party_obtainable\n",
    );
    add(
        &mut r,
        "  - kind: evaluation_data\n    name: held back\n    availability: not_released\n",
    );
    let c = dpg_1_1_4::classify(&r);
    assert_eq!(status(&c, "2-open-licences"), Status::Met);
    let reason = &criterion(&c, "2-open-licences").reason;
    assert!(
        reason.contains("`vendor set` (a third party's)"),
        "{reason}"
    );
    assert!(reason.contains("`held back` (not released)"), "{reason}");
}

/// Issue #16, misreading 1: a bare self-description with every fact `holds: true` and no
/// evidence reached `meets-standard`. Indicators 3 and 7 to 9 need an attestation that names who
/// makes it and links its evidence.
#[test]
fn unattributed_attestations_leave_3_and_7_to_9_unknown() {
    let c = dpg_1_1_4::classify(&load(SELF_DESCRIBED));
    invariants(&c);
    assert_eq!(c.level, "undetermined");
    assert_eq!(json(&c)["met"], serde_json::json!([1, 2, 4, 5, 6]));
    assert_eq!(json(&c)["unknown"], serde_json::json!([3, 7, 8, 9]));
    for id in [
        "3-clear-ownership",
        "7-privacy-and-laws",
        "8-standards-and-best-practices",
        "9-do-no-harm",
    ] {
        let k = criterion(&c, id);
        assert!(
            k.reason.contains("who makes it") && k.reason.contains("evidence"),
            "{id}: {}",
            k.reason
        );
        assert!(
            k.settle.as_deref().unwrap_or("").contains("who"),
            "{id}: {:?}",
            k.settle
        );
    }

    // Naming who attests is not enough without evidence, and evidence is not enough without a
    // name.
    let mut r = dpg();
    r.facts.privacy.as_mut().unwrap().evidence.clear();
    assert_eq!(
        status(&dpg_1_1_4::classify(&r), "7-privacy-and-laws"),
        Status::Unknown
    );
    let mut r = dpg();
    r.facts.ownership.as_mut().unwrap().attested_by = Some("  ".into());
    assert_eq!(
        status(&dpg_1_1_4::classify(&r), "3-clear-ownership"),
        Status::Unknown
    );
    // A statement that an indicator does not hold needs no attribution to count against it.
    let mut r = dpg();
    r.facts.standards = Some(Attestation::new(false));
    assert_eq!(
        status(&dpg_1_1_4::classify(&r), "8-standards-and-best-practices"),
        Status::NotMet
    );
    // The best level never says the release is a digital public good.
    let spec = dpg_1_1_4::DpgLevel::MeetsStandard.level_spec();
    assert!(spec.label.contains("candidate"), "{}", spec.label);
    assert!(spec.comment.contains("DPG Alliance"), "{}", spec.comment);
    assert!(!spec.class.unwrap_or("").contains("DigitalPublicGood"));
}

#[test]
fn attested_indicators() {
    type Setter = fn(&mut Release, Option<Attestation>);
    let cases: [(&str, Setter); 5] = [
        ("3-clear-ownership", |r, a| r.facts.ownership = a),
        ("4-platform-independence", |r, a| {
            r.facts.platform_independence = a;
        }),
        ("6-data-extraction", |r, a| r.facts.data_extraction = a),
        ("7-privacy-and-laws", |r, a| r.facts.privacy = a),
        ("8-standards-and-best-practices", |r, a| {
            r.facts.standards = a;
        }),
    ];
    for (id, set) in cases {
        let mut r = dpg();
        set(&mut r, Some(Attestation::new(false)));
        let c = dpg_1_1_4::classify(&r);
        assert_eq!(status(&c, id), Status::NotMet, "{id}");
        assert!(
            c.next_steps
                .iter()
                .any(|s| s.action == Action::PublishDocument),
            "{id}"
        );

        let mut r = dpg();
        set(&mut r, None);
        let c = dpg_1_1_4::classify(&r);
        assert_eq!(status(&c, id), Status::Unknown, "{id}");
        assert_eq!(c.level, "undetermined", "{id}");
        assert!(
            c.next_steps.iter().all(|s| s.action == Action::Disclose),
            "{id}"
        );
    }
    // Evidence for 7 to 9 must come from someone authorised to speak for the project.
    let c = dpg_1_1_4::classify(&dpg());
    for id in [
        "7-privacy-and-laws",
        "8-standards-and-best-practices",
        "9-do-no-harm",
    ] {
        assert!(criterion(&c, id).reason.contains("authorised"), "{id}");
    }
    assert!(criterion(&c, "3-clear-ownership").reason.contains("1 link"));
}

#[test]
fn indicator_5_documentation() {
    let mut r = dpg();
    set_availability(&mut r, K::CodeDocumentation, Availability::NotReleased);
    let c = dpg_1_1_4::classify(&r);
    assert_eq!(status(&c, "5-documentation"), Status::NotMet);
    assert!(
        c.next_steps
            .iter()
            .any(|s| s.action == Action::PublishDocument)
    );

    // The producer publishes data, so the data needs a data card as well.
    let mut r = dpg();
    r.components.retain(|c| c.kind != K::DataCard);
    let c = dpg_1_1_4::classify(&r);
    let k = criterion(&c, "5-documentation");
    assert_eq!(status(&c, "5-documentation"), Status::Unknown);
    assert!(k.settle.as_deref().unwrap_or("").contains("data card"));

    // A model card is documentation too.
    let mut r = dpg();
    r.components.retain(|c| c.kind != K::CodeDocumentation);
    add(
        &mut r,
        "  - kind: model_card\n    license: CC-BY-4.0\n    availability: public\n",
    );
    assert_eq!(
        status(&dpg_1_1_4::classify(&r), "5-documentation"),
        Status::Met
    );
}

#[test]
fn indicator_9_do_no_harm() {
    let mut r = dpg();
    r.facts.harm_prevention = None;
    let c = dpg_1_1_4::classify(&r);
    assert_eq!(status(&c, "9-do-no-harm"), Status::Unknown);

    // 9a: personal data used without shown protection.
    let mut r = dpg();
    r.facts.personal_data = Some(true);
    r.facts.privacy = Some(Attestation::new(false));
    assert_eq!(
        status(&dpg_1_1_4::classify(&r), "9-do-no-harm"),
        Status::NotMet
    );

    let mut r = dpg();
    r.facts.personal_data = Some(true);
    r.facts.privacy = None;
    assert_eq!(
        status(&dpg_1_1_4::classify(&r), "9-do-no-harm"),
        Status::Unknown
    );

    let mut r = dpg();
    r.facts.harm_prevention = Some(Attestation::new(false));
    let c = dpg_1_1_4::classify(&r);
    assert_eq!(status(&c, "9-do-no-harm"), Status::NotMet);
}

/// An AILuminate grade from a practice or demo split is never presented as official.
#[test]
fn practice_grades_are_not_presented_as_official() {
    let with_evaluations = |split: &str| {
        let mut r = dpg();
        let doc = format!(
            "spec_version: \"0.1.0\"\nname: x\nevaluations:\n  - benchmark: ailuminate\n    \
             benchmark_version: \"1.0\"\n    safety: true\n    split: {split}\n    \
             system_under_test: ai_system\n    grade: very_good\n"
        );
        r.evaluations = load(&doc).evaluations;
        add(
            &mut r,
            "  - kind: guardrail_model\n    name: guard\n    license: Apache-2.0\n    availability: public\n",
        );
        dpg_1_1_4::classify(&r)
    };
    for split in ["practice", "demo"] {
        let c = with_evaluations(split);
        let reason = &criterion(&c, "9-do-no-harm").reason;
        assert!(
            reason.contains(&format!(
                "AILuminate 1.0 (AI system): grade `very_good` from the {split} split: not an \
                 official result"
            )),
            "{reason}"
        );
        let all = serde_json::to_string(&c).unwrap_or_default();
        assert_eq!(
            all.matches("official result").count(),
            all.matches("not an official result").count(),
            "{all}"
        );
        assert!(
            reason.contains("the guardrail model `guard` (published)"),
            "{reason}"
        );
        assert_eq!(
            criterion(&c, "9-do-no-harm").components[0].kind,
            K::GuardrailModel
        );
    }
    let c = with_evaluations("official");
    assert!(
        criterion(&c, "9-do-no-harm")
            .reason
            .contains("from the official split: an official result")
    );
}

// --- The shipped examples -------------------------------------------------------------------

/// The examples state none of the DPG attestations (SDG relevance, ownership, platform
/// independence, data extraction, privacy, standards, do no harm), so indicators 1, 3, 4 and 6
/// to 9 are unknown for all of them: unknown is not closed. Indicator 5 is met by their published
/// model cards (and OLMo's data card for its published data). Indicator 2 decides between
/// "undetermined" and "does-not-meet":
/// - OLMo 2, Pythia and Mistral 7B release nothing under a licence the Standard rejects, but some
///   licences are not recorded (OLMES, the Pile, the-pile scripts, evaluation results): unknown;
/// - BLOOM (RAIL), Llama 3.1 (Llama 3.1 Community License), Gemma 2 (Gemma Terms of Use) and the
///   Ministral system (Mistral AI Research License) release weights under licences that are
///   neither OSI-approved nor Open Definition conformant: not met.
#[test]
fn examples_are_undetermined_or_fail_indicator_2() {
    for (name, level) in [
        ("olmo-2", "undetermined"),
        ("pythia", "undetermined"),
        ("mistral-7b", "undetermined"),
        ("bloom", "does-not-meet"),
        ("llama-3.1", "does-not-meet"),
        ("gemma-2", "does-not-meet"),
        ("ministral-8b-moderated-system", "does-not-meet"),
    ] {
        let c = dpg_1_1_4::classify(&example(name));
        invariants(&c);
        assert_eq!(c.level, level, "{name}");
        let v = json(&c);
        assert_eq!(v["met"], serde_json::json!([5]), "{name}");
        let two = if level == "undetermined" {
            Status::Unknown
        } else {
            Status::NotMet
        };
        assert_eq!(criterion(&c, "2-open-licences").status, two, "{name}");
        if two == Status::NotMet {
            assert!(
                criterion(&c, "2-open-licences")
                    .components
                    .iter()
                    .any(|r| r.kind == K::ModelWeights),
                "{name}"
            );
        }
    }
}

/// The AILuminate grades in the Gemma 2 and Ministral examples state no split: they are reported
/// with their benchmark, version, system under test and grade, and never as official results.
#[test]
fn example_ailuminate_grades_without_a_split_are_not_called_official() {
    for name in ["gemma-2", "ministral-8b-moderated-system"] {
        let c = dpg_1_1_4::classify(&example(name));
        let reason = &criterion(&c, "9-do-no-harm").reason;
        assert!(reason.contains("AILuminate 1.0 ("), "{name}: {reason}");
        assert!(
            reason.contains("split not stated: not shown as an official result"),
            "{name}: {reason}"
        );
        assert_eq!(
            reason.matches("official result").count(),
            reason.matches("not shown as an official result").count(),
            "{name}: {reason}"
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// On any release the verdict is consistent: the level follows from the criteria, unknown
    /// criteria say what would settle them, and next steps are sorted.
    #[test]
    fn any_release_gets_a_consistent_verdict(release in common::strategies::release()) {
        let c = dpg_1_1_4::classify(&release);
        invariants(&c);
        proptest::prop_assert!(serde_json::to_string(&c).is_ok());
    }
}

#[test]
fn every_criterion_tests_an_item_of_the_spec() {
    assert_reads_its_spec(&dpg_1_1_4::classify(&load(DPG)), &dpg_1_1_4::SPEC);
    for (name, release) in examples() {
        let c = dpg_1_1_4::classify(&release);
        assert_reads_its_spec(&c, &dpg_1_1_4::SPEC);
        assert!(!c.criteria.is_empty(), "{name}");
    }
}
