//! `eu-ai-act-2024`: each condition of Art. 53(2) and Art. 2(12) met, not met and unknown on
//! hand-built releases, the not-legal-advice notice, and the JSON shape.

mod common;

use common::releases::*;

use ai_openness::classify::{Action, Classification, CriterionResult, Status, eu_ai_act_2024};
use ai_openness::model::{Availability, ComponentKind as K, ReleaseKind};

/// A model for which every Art. 53(2) condition is shown: Apache-2.0 weights, public, an
/// architecture and a model card published, not monetised, 2 × 10^23 FLOP.
const OPEN: &str = r#"
spec_version: "0.1.0"
name: Open Test Model
components:
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
facts:
  training_compute_flop: 2.0e23
  monetisation:
    price: false
    paid_services: false
    platform: false
    personal_data: false
"#;

/// A complete system: the model above with an open guardrail model, stated not high-risk, not
/// prohibited and not under Art. 50.
const SYSTEM: &str = r#"
spec_version: "0.1.0"
name: Open Test System
kind: system
components:
  - kind: model_weights
    name: weights
    license: Apache-2.0
    availability: public
  - kind: inference_code
    name: runner
    license: MIT
    availability: public
  - kind: guardrail_model
    name: guard
    license: Apache-2.0
    availability: public
  - kind: model_card
    name: card
    availability: public
facts:
  high_risk: false
  prohibited_practice: false
  transparency_obligations: false
  monetisation:
    price: false
    paid_services: false
    platform: false
    personal_data: false
"#;

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
    assert_eq!(c.framework, "eu-ai-act-2024");
    assert!(["likely", "unlikely", "undetermined"].contains(&c.level.as_str()));
    let v = json(c);
    assert!(
        v["notice"]
            .as_str()
            .unwrap_or("")
            .starts_with("not legal advice"),
        "{v}"
    );
    assert!(
        c.notes
            .iter()
            .any(|f| f.code == "eu-ai-act-not-legal-advice")
    );
    for k in &c.criteria {
        assert!(k.clause.starts_with("EU AI Act"), "{}: {}", k.id, k.clause);
        assert_eq!(k.status == Status::Unknown, k.settle.is_some(), "{}", k.id);
    }
    let ranks: Vec<usize> = c.next_steps.iter().map(|s| s.action.rank()).collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "steps unsorted: {ranks:?}"
    );
}

fn exemption(c: &Classification, which: &str) -> String {
    json(c)["exemptions"][which]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn an_open_unmonetised_model_is_likely_exempt_under_art_53_2() {
    let c = eu_ai_act_2024::classify(&load(OPEN));
    invariants(&c);
    assert_eq!(c.level, "likely");
    assert_eq!(exemption(&c, "art-53-2"), "likely");
    // Art. 2(12) needs facts a model description rarely gives (high-risk, Art. 5, Art. 50).
    assert_eq!(exemption(&c, "art-2-12"), "undetermined");
    assert_eq!(json(&c)["decided_by"], "art-53-2");
    assert!(c.next_steps.is_empty(), "{:?}", c.next_steps);
    for id in [
        "art-53-2/licence",
        "art-53-2/weights-public",
        "art-53-2/architecture-information",
        "art-53-2/usage-information",
        "art-53-2/not-monetised",
        "art-53-2/no-systemic-risk",
    ] {
        assert_eq!(status(&c, id), Status::Met, "{id}");
    }
}

#[test]
fn licences_with_restrictions_do_not_qualify() {
    for (licence, cited) in [
        ("LicenseRef-Llama-3.1-Community", "700 million"),
        ("LicenseRef-Mistral-MRL-0.1", "Research Purposes only"),
        ("CC-BY-NC-4.0", "no commercial use"),
        ("LicenseRef-BigScience-OpenRAIL-M", "use restrictions"),
    ] {
        let mut r = load(OPEN);
        set_licence(&mut r, K::ModelWeights, licence);
        let c = eu_ai_act_2024::classify(&r);
        assert_eq!(status(&c, "art-53-2/licence"), Status::NotMet, "{licence}");
        assert_eq!(c.level, "unlikely", "{licence}");
        let reason = &criterion(&c, "art-53-2/licence").reason;
        assert!(reason.contains(cited), "{licence}: {reason}");
        assert!(reason.contains("Commission guidelines"), "{reason}");
        assert!(
            c.next_steps
                .iter()
                .any(|s| s.action == Action::Relicense && s.component == Some(K::ModelWeights))
        );
    }
    // Copyleft is fine (Recital 102).
    let mut r = load(OPEN);
    set_licence(&mut r, K::ModelWeights, "GPL-3.0-or-later");
    assert_eq!(
        status(&eu_ai_act_2024::classify(&r), "art-53-2/licence"),
        Status::Met
    );

    let mut r = load(OPEN);
    set_licence(&mut r, K::ModelWeights, "LicenseRef-Custom-Model-Terms");
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/licence"), Status::Unknown);
    assert_eq!(c.level, "undetermined");
}

#[test]
fn weights_must_be_public() {
    let mut r = load(OPEN);
    set_availability(&mut r, K::ModelWeights, Availability::Gated);
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/weights-public"), Status::Unknown);

    let mut r = load(OPEN);
    set_availability(&mut r, K::ModelWeights, Availability::ApiOnly);
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/weights-public"), Status::NotMet);
    assert!(
        c.next_steps
            .iter()
            .any(|s| s.action == Action::PublishWeights)
    );

    let mut r = load(OPEN);
    remove(&mut r, K::ModelWeights);
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/weights-public"), Status::Unknown);
    assert_eq!(status(&c, "art-53-2/licence"), Status::Unknown);
}

#[test]
fn architecture_and_usage_information() {
    // A published research paper is architecture information; a model card alone may be.
    let mut r = load(OPEN);
    remove(&mut r, K::ModelArchitecture);
    let c = eu_ai_act_2024::classify(&r);
    let k = criterion(&c, "art-53-2/architecture-information");
    assert_eq!(
        status(&c, "art-53-2/architecture-information"),
        Status::Unknown
    );
    assert!(k.settle.as_deref().unwrap_or("").contains("model card"));

    // Architecture code withheld, but the published model card may carry the information.
    let mut r = load(OPEN);
    set_availability(&mut r, K::ModelArchitecture, Availability::NotReleased);
    assert_eq!(
        status(
            &eu_ai_act_2024::classify(&r),
            "art-53-2/architecture-information"
        ),
        Status::Unknown
    );

    let paper = load(
        "spec_version: \"0.1.0\"\nname: x\ncomponents:\n  - kind: research_paper\n    availability: public\n",
    );
    let mut r = load(OPEN);
    set_availability(&mut r, K::ModelArchitecture, Availability::NotReleased);
    r.components.extend(paper.components);
    assert_eq!(
        status(
            &eu_ai_act_2024::classify(&r),
            "art-53-2/architecture-information"
        ),
        Status::Met
    );

    let mut r = load(OPEN);
    remove(&mut r, K::ModelCard);
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/usage-information"), Status::Unknown);
    assert!(
        c.next_steps
            .iter()
            .any(|s| s.action == Action::PublishDocument)
    );
}

/// Issue #16, misreading 3: Art. 53(2) asks for "the information on the model architecture",
/// not its code. Architecture code listed as `not_released` made the criterion fail even when a
/// public model card or report may carry the information. The information is judged from
/// whatever component publishes it, the same way whether the architecture code is withheld or
/// absent.
#[test]
fn architecture_information_is_judged_from_any_component_that_publishes_it() {
    let withheld_code = || {
        let mut r = load(OPEN);
        set_availability(&mut r, K::ModelArchitecture, Availability::NotReleased);
        r
    };
    let absent_code = || {
        let mut r = load(OPEN);
        remove(&mut r, K::ModelArchitecture);
        r
    };
    // A published model card may carry the information, whether the code is withheld or absent.
    for (case, r) in [("withheld", withheld_code()), ("absent", absent_code())] {
        let c = eu_ai_act_2024::classify(&r);
        let k = criterion(&c, "art-53-2/architecture-information");
        assert_eq!(k.status, Status::Unknown, "{case}: {}", k.reason);
        assert!(k.reason.contains("model card"), "{case}: {}", k.reason);
        assert!(
            k.settle.as_deref().unwrap_or("").contains("model card"),
            "{case}"
        );
    }
    // A published technical report carries it: met, whether the code is withheld or absent.
    for (case, mut r) in [("withheld", withheld_code()), ("absent", absent_code())] {
        add_component(&mut r, "technical_report", "public");
        assert_eq!(
            status(
                &eu_ai_act_2024::classify(&r),
                "art-53-2/architecture-information"
            ),
            Status::Met,
            "{case}"
        );
    }
    // Nothing that could carry it is published: not met.
    let mut r = withheld_code();
    set_availability(&mut r, K::ModelCard, Availability::NotReleased);
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(
        status(&c, "art-53-2/architecture-information"),
        Status::NotMet
    );
}

fn add_component(release: &mut ai_openness::Release, kind: &str, availability: &str) {
    let doc = format!(
        "spec_version: \"0.1.0\"\nname: x\ncomponents:\n  - kind: {kind}\n    availability: {availability}\n"
    );
    release.components.extend(load(&doc).components);
}

/// Art. 54(6): providers established in third countries need no authorised representative for a
/// model released under a free and open-source licence with its parameters, architecture and
/// usage information public, "unless the general-purpose AI models present systemic risks".
#[test]
fn art_54_6_is_a_third_outcome() {
    let c = eu_ai_act_2024::classify(&load(OPEN));
    invariants(&c);
    assert_eq!(exemption(&c, "art-54-6"), "likely");

    // Systemic risk excludes it, as it excludes Art. 53(2).
    let mut r = load(OPEN);
    r.facts.systemic_risk = Some(true);
    let c = eu_ai_act_2024::classify(&r);
    invariants(&c);
    assert_eq!(exemption(&c, "art-54-6"), "unlikely");
    assert_eq!(exemption(&c, "art-53-2"), "unlikely");

    // A use-restricted licence fails it.
    let mut r = load(OPEN);
    set_licence(&mut r, K::ModelWeights, "CC-BY-NC-4.0");
    assert_eq!(
        exemption(&eu_ai_act_2024::classify(&r), "art-54-6"),
        "unlikely"
    );

    // Unknown compute and designation: undetermined.
    let mut r = load(OPEN);
    r.facts.training_compute_flop = None;
    assert_eq!(
        exemption(&eu_ai_act_2024::classify(&r), "art-54-6"),
        "undetermined"
    );
    assert!(
        json(&eu_ai_act_2024::classify(&load(OPEN)))["headline"]
            .as_str()
            .unwrap_or("")
            .contains("Art. 54(6)")
    );
}

/// Issue #16: for a model placed on the market as part of a high-risk system, Art. 2(12) fails
/// while Art. 53(2) may still apply; the level `likely` alone misleads, so the headline names
/// each exemption's outcome.
#[test]
fn the_headline_says_which_exemptions_are_likely_and_which_are_not() {
    let mut r = load(OPEN);
    r.facts.high_risk = Some(true);
    let c = eu_ai_act_2024::classify(&r);
    invariants(&c);
    assert_eq!(c.level, "likely");
    assert_eq!(exemption(&c, "art-2-12"), "unlikely");
    let headline = json(&c)["headline"].as_str().unwrap_or("").to_owned();
    assert!(headline.contains("Art. 53(2) likely"), "{headline}");
    assert!(headline.contains("Art. 54(6) likely"), "{headline}");
    assert!(headline.contains("Art. 2(12) unlikely"), "{headline}");
    assert!(headline.contains("high-risk"), "{headline}");

    // A system: Art. 2(12) decides, and the headline still names the model exemptions.
    let c = eu_ai_act_2024::classify(&load(SYSTEM));
    let headline = json(&c)["headline"].as_str().unwrap_or("").to_owned();
    assert!(headline.starts_with("Art. 2(12) "), "{headline}");
    assert!(headline.contains("Art. 53(2) "), "{headline}");
}

/// Recital 103: monetised components do not benefit, "with the exception of transactions between
/// microenterprises".
#[test]
fn transactions_between_microenterprises_are_not_monetisation() {
    let mut r = load(OPEN);
    if let Some(m) = r.facts.monetisation.as_mut() {
        m.price = Some(true);
        m.microenterprise_transactions = Some(true);
    }
    let c = eu_ai_act_2024::classify(&r);
    let k = criterion(&c, "art-53-2/not-monetised");
    assert_eq!(k.status, Status::Met, "{}", k.reason);
    assert!(k.reason.contains("microenterprises"), "{}", k.reason);

    // Not only between microenterprises: monetised.
    if let Some(m) = r.facts.monetisation.as_mut() {
        m.microenterprise_transactions = Some(false);
    }
    assert_eq!(
        status(&eu_ai_act_2024::classify(&r), "art-53-2/not-monetised"),
        Status::NotMet
    );
    // Not stated: the price still excludes the exemption unless the exception is stated, which
    // the criterion says it could settle.
    if let Some(m) = r.facts.monetisation.as_mut() {
        m.microenterprise_transactions = None;
    }
    let c = eu_ai_act_2024::classify(&r);
    let k = criterion(&c, "art-53-2/not-monetised");
    assert_eq!(k.status, Status::NotMet);
    assert!(k.reason.contains("microenterprises"), "{}", k.reason);
}

#[test]
fn monetisation_excludes_the_exemption() {
    let mut r = load(OPEN);
    if let Some(m) = r.facts.monetisation.as_mut() {
        m.paid_services = Some(true);
    }
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/not-monetised"), Status::NotMet);
    assert!(
        criterion(&c, "art-53-2/not-monetised")
            .reason
            .contains("paid technical support")
    );
    assert_eq!(
        criterion(&c, "art-53-2/not-monetised").clause,
        "EU AI Act, Recital 103"
    );
    assert!(
        c.next_steps
            .iter()
            .any(|s| s.action == Action::ChangeAccess)
    );

    let mut r = load(OPEN);
    if let Some(m) = r.facts.monetisation.as_mut() {
        m.platform = None;
    }
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/not-monetised"), Status::Unknown);
    assert!(
        criterion(&c, "art-53-2/not-monetised")
            .settle
            .as_deref()
            .unwrap_or("")
            .contains("software platform")
    );

    let mut r = load(OPEN);
    r.facts.monetisation = None;
    assert_eq!(
        status(&eu_ai_act_2024::classify(&r), "art-53-2/not-monetised"),
        Status::Unknown
    );
}

#[test]
fn systemic_risk_excludes_the_exemption_for_good() {
    let mut r = load(OPEN);
    r.facts.training_compute_flop = Some(3.8e25);
    set_licence(&mut r, K::ModelWeights, "LicenseRef-Llama-3.1-Community");
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-53-2/no-systemic-risk"), Status::NotMet);
    assert!(
        criterion(&c, "art-53-2/no-systemic-risk")
            .reason
            .contains("Art. 51(2)")
    );
    assert_eq!(c.level, "unlikely");
    // Relicensing cannot help a model with systemic risk: no next steps, and a finding says why.
    assert!(c.next_steps.is_empty(), "{:?}", c.next_steps);
    assert!(c.notes.iter().any(|f| f.code == "eu-exemption-excluded"));

    let mut r = load(OPEN);
    r.facts.systemic_risk = Some(true);
    assert_eq!(
        status(&eu_ai_act_2024::classify(&r), "art-53-2/no-systemic-risk"),
        Status::NotMet
    );

    let mut r = load(OPEN);
    r.facts.training_compute_flop = None;
    r.facts.systemic_risk = Some(false);
    assert_eq!(
        status(&eu_ai_act_2024::classify(&r), "art-53-2/no-systemic-risk"),
        Status::Met
    );

    // Stated not systemic despite compute above the presumption: for the Commission to accept.
    let mut r = load(OPEN);
    r.facts.training_compute_flop = Some(2e25);
    r.facts.systemic_risk = Some(false);
    assert_eq!(
        status(&eu_ai_act_2024::classify(&r), "art-53-2/no-systemic-risk"),
        Status::Unknown
    );

    for unusable in [None, Some(f64::NAN), Some(-1.0), Some(f64::INFINITY)] {
        let mut r = load(OPEN);
        r.facts.training_compute_flop = unusable;
        let c = eu_ai_act_2024::classify(&r);
        assert_eq!(
            status(&c, "art-53-2/no-systemic-risk"),
            Status::Unknown,
            "{unusable:?}"
        );
        assert_eq!(c.level, "undetermined");
    }
}

#[test]
fn compute_below_the_gpai_indicative_criterion_is_noted() {
    let mut r = load(OPEN);
    r.facts.training_compute_flop = Some(1.2e22);
    let c = eu_ai_act_2024::classify(&r);
    let f = c
        .notes
        .iter()
        .find(|f| f.code == "eu-gpai-indicative-threshold")
        .expect("indicative criterion finding");
    assert_eq!(f.pointer, "/facts/training_compute_flop");
    assert!(f.message.contains("1.2e22"), "{}", f.message);
    // Above the indicative criterion there is no such finding.
    let c = eu_ai_act_2024::classify(&load(OPEN));
    assert!(
        !c.notes
            .iter()
            .any(|f| f.code == "eu-gpai-indicative-threshold")
    );
}

#[test]
fn art_2_12_decides_for_systems() {
    let c = eu_ai_act_2024::classify(&load(SYSTEM));
    invariants(&c);
    assert_eq!(json(&c)["decided_by"], "art-2-12");
    assert_eq!(c.level, "likely");
    assert_eq!(exemption(&c, "art-2-12"), "likely");
    // Art. 53(2) is still reported for the model inside: no architecture information, no compute.
    assert_eq!(exemption(&c, "art-53-2"), "undetermined");
    assert!(
        c.next_steps.is_empty(),
        "next steps only work toward Art. 2(12)"
    );

    // Every part of the system must be free: a guardrail behind an API fails it.
    let mut r = load(SYSTEM);
    set_availability(&mut r, K::GuardrailModel, Availability::ApiOnly);
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-2-12/licence"), Status::NotMet);
    assert_eq!(
        criterion(&c, "art-2-12/licence").components[0].kind,
        K::GuardrailModel
    );
    assert_eq!(c.level, "unlikely");

    // High-risk, Art. 5 and Art. 50 systems are excluded whatever their licence.
    for field in [
        "high_risk",
        "prohibited_practice",
        "transparency_obligations",
    ] {
        let mut r = load(SYSTEM);
        match field {
            "high_risk" => r.facts.high_risk = Some(true),
            "prohibited_practice" => r.facts.prohibited_practice = Some(true),
            _ => r.facts.transparency_obligations = Some(true),
        }
        let c = eu_ai_act_2024::classify(&r);
        invariants(&c);
        assert_eq!(c.level, "unlikely", "{field}");
        assert!(c.next_steps.is_empty(), "{field}: {:?}", c.next_steps);
        assert!(c.notes.iter().any(|f| f.code == "eu-exemption-excluded"));
    }

    let mut r = load(SYSTEM);
    r.facts.transparency_obligations = None;
    let c = eu_ai_act_2024::classify(&r);
    assert_eq!(status(&c, "art-2-12/not-article-50"), Status::Unknown);
    assert!(
        criterion(&c, "art-2-12/not-article-50")
            .settle
            .as_deref()
            .unwrap_or("")
            .contains("synthetic text")
    );
    assert_eq!(c.level, "undetermined");
    assert!(c.next_steps.iter().all(|s| s.action == Action::Disclose));

    // The same parts on a release of kind model leave the level to Art. 53(2).
    let mut r = load(SYSTEM);
    r.kind = ReleaseKind::Model;
    assert_eq!(
        json(&eu_ai_act_2024::classify(&r))["decided_by"],
        "art-53-2"
    );
}

// --- The shipped examples -------------------------------------------------------------------

/// OLMo 2 and Pythia: Apache-2.0 weights, public; an architecture and a model card published;
/// every monetisation route of Recital 103 stated absent; training compute (1.7 × 10^23 and
/// 1.2 × 10^22 FLOP) far below the 10^25 FLOP presumption of Art. 51(2). Every condition of
/// Art. 53(2) is shown: likely. Pythia is also below the Commission's indicative 10^23 FLOP
/// criterion for general-purpose AI models, which the result notes.
#[test]
fn examples_olmo_2_and_pythia_are_likely_exempt() {
    for (name, indicative) in [("olmo-2", false), ("pythia", true)] {
        let c = eu_ai_act_2024::classify(&example(name));
        invariants(&c);
        assert_eq!(c.level, "likely", "{name}");
        assert_eq!(exemption(&c, "art-53-2"), "likely", "{name}");
        assert!(c.next_steps.is_empty(), "{name}");
        assert_eq!(
            c.notes
                .iter()
                .any(|f| f.code == "eu-gpai-indicative-threshold"),
            indicative,
            "{name}"
        );
    }
}

/// BLOOM and Gemma 2: the BigScience RAIL licence and the Gemma Terms of Use restrict use; the
/// Commission's guidelines exclude licences with usage restrictions from the exemption.
#[test]
fn examples_with_use_restricted_licences_are_unlikely_exempt() {
    for name in ["bloom", "gemma-2"] {
        let c = eu_ai_act_2024::classify(&example(name));
        invariants(&c);
        assert_eq!(c.level, "unlikely", "{name}");
        assert_eq!(status(&c, "art-53-2/licence"), Status::NotMet, "{name}");
        assert!(
            criterion(&c, "art-53-2/licence")
                .reason
                .contains("use restrictions"),
            "{name}"
        );
    }
}

/// Llama 3.1 405B: trained with 3.8 × 10^25 FLOP, above the 10^25 FLOP threshold at which
/// systemic risk is presumed (Art. 51(2)); Art. 53(2) "shall not apply to general-purpose AI
/// models with systemic risks". The licence fails as well. Nothing the producer can change makes
/// the exemption apply, so no next steps are given.
#[test]
fn example_llama_3_1_is_excluded_by_systemic_risk() {
    let c = eu_ai_act_2024::classify(&example("llama-3.1"));
    invariants(&c);
    assert_eq!(c.level, "unlikely");
    assert_eq!(status(&c, "art-53-2/no-systemic-risk"), Status::NotMet);
    assert_eq!(status(&c, "art-53-2/licence"), Status::NotMet);
    assert!(c.next_steps.is_empty());
    assert!(c.notes.iter().any(|f| f.code == "eu-exemption-excluded"));
}

/// Mistral 7B: Apache-2.0 weights, public, with architecture and usage information; but the
/// description leaves monetisation through a software platform and the training compute unstated:
/// undetermined, with those two facts to state.
#[test]
fn example_mistral_7b_is_undetermined() {
    let c = eu_ai_act_2024::classify(&example("mistral-7b"));
    invariants(&c);
    assert_eq!(c.level, "undetermined");
    let unknown: Vec<&str> = c
        .criteria
        .iter()
        .filter(|k| k.id.as_str().starts_with("art-53-2/") && k.status == Status::Unknown)
        .map(|k| k.id.as_str())
        .collect();
    assert_eq!(
        unknown,
        ["art-53-2/not-monetised", "art-53-2/no-systemic-risk"]
    );
    assert_eq!(c.next_steps.len(), 2);
    assert!(c.next_steps.iter().all(|s| s.action == Action::Disclose));
}

/// The Ministral 8B system: judged under Art. 2(12) (AI systems). The model's weights are under a
/// research-only licence and the moderation model is only reachable through an API, so the system
/// is not "released under free and open-source licences".
#[test]
fn example_ministral_system_is_unlikely_exempt_under_art_2_12() {
    let c = eu_ai_act_2024::classify(&example("ministral-8b-moderated-system"));
    invariants(&c);
    assert_eq!(json(&c)["decided_by"], "art-2-12");
    assert_eq!(c.level, "unlikely");
    let k = criterion(&c, "art-2-12/licence");
    assert_eq!(k.status, Status::NotMet);
    let kinds: Vec<K> = k.components.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [K::ModelWeights, K::GuardrailModel]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// On any release the verdict is consistent: the level follows from the criteria, unknown
    /// criteria say what would settle them, and next steps are sorted.
    #[test]
    fn any_release_gets_a_consistent_verdict(release in common::strategies::release()) {
        let c = eu_ai_act_2024::classify(&release);
        invariants(&c);
        proptest::prop_assert!(serde_json::to_string(&c).is_ok());
    }
}

#[test]
fn every_criterion_tests_an_item_of_the_spec() {
    assert_reads_its_spec(
        &eu_ai_act_2024::classify(&load(OPEN)),
        &eu_ai_act_2024::SPEC,
    );
    for (name, release) in examples() {
        let c = eu_ai_act_2024::classify(&release);
        assert_reads_its_spec(&c, &eu_ai_act_2024::SPEC);
        assert!(!c.criteria.is_empty(), "{name}");
    }
}
