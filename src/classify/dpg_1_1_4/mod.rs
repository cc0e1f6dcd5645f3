//! `dpg-1.1.4`: the Digital Public Goods Standard 1.1.4 (DPG Alliance, 2021-01-04), its nine
//! indicators.
//!
//! The Standard defines digital public goods as "open-source software, open standards, open data,
//! open AI systems, and open content collections that adhere to privacy and other applicable best
//! practices, do no harm, and are of high relevance for attainment of the ... SDGs". A nominee
//! must meet all nine indicators. This profile says which indicators the description shows met,
//! which not, and which it cannot tell: `meets-standard` when all nine are shown (a candidate for
//! nomination), `does-not-meet`
//! when one is not, `undetermined` otherwise. Most indicators rest on statements a description
//! rarely makes (`facts.ownership`, `facts.privacy`, …); without them the indicator is unknown,
//! which is correct: unknown is not closed.
//!
//! # The indicators
//!
//! | id | indicator (1.1.4 text) | read from |
//! |---|---|---|
//! | `1-sdg-relevance` | 1. Relevance to Sustainable Development Goals: "must demonstrate relevance to advancing the SDGs" | `facts.sdg_relevance` with a description or evidence |
//! | `2-open-licences` | 2. Use of Approved Open Licenses | every component the producer releases, by content type (below) |
//! | `3-clear-ownership` | 3. Clear Ownership: "Ownership of assets ... must be clearly defined and documented" | `facts.ownership` |
//! | `4-platform-independence` | 4. Platform Independence: mandatory dependencies creating more restrictions need proof of independence or open alternatives | `facts.platform_independence` |
//! | `5-documentation` | 5. Documentation: for software, enough "to launch and run" it; for data, "all the fields ... how the dataset was collected" | a published `code_documentation` or `model_card`, and a published `data_card` when the producer publishes training data |
//! | `6-data-extraction` | 6. Mechanism for Extracting Data and Content (non-PII, non-proprietary format) | `facts.data_extraction` |
//! | `7-privacy-and-laws` | 7. Adherence to Privacy and Applicable Laws | `facts.privacy` |
//! | `8-standards-and-best-practices` | 8. Adherence to Standards & Best Practices | `facts.standards` (with `facts.open_standards` quoted) |
//! | `9-do-no-harm` | 9. Do No Harm By Design, with 9a Data Privacy & Security, 9b Inappropriate & Illegal Content, 9c Protection from Harassment | `facts.harm_prevention`; for 9a, `facts.personal_data` and `facts.privacy` |
//!
//! The Standard notes that "Evidence for requirements 7-9 can only be given by someone authorized
//! to speak on behalf of the project". A description cannot grant what only the DPG Alliance's
//! review grants, so for indicators 3 (ownership "clearly defined and documented") and 7 to 9 a
//! statement that holds counts only when it names who makes it (`attested_by`) and links its
//! evidence; a bare `holds: true` leaves the indicator unknown. The profile still cannot check
//! that the person named is authorised: the best level, `meets-standard`, says the description
//! shows every indicator (a candidate for nomination), never that the release is a digital public
//! good. See `docs/frameworks/dpg-1.1.4.md`. For indicator 9 the reason also lists what the
//! description shows (guardrail models, content filters, usage policies, safety evaluations);
//! a safety grade is called official only when it comes from an official split.
//!
//! # Indicator 2, by content type
//!
//! The 1.1.4 text: "For open-source software, only OSI approved licenses are accepted. For open
//! content collections the use of a Creative Commons license is required. DPGs are encouraged to
//! use a license that allows for both derivatives and commercial reuse (CC-BY and CC-BY-SA), or
//! dedicate content to the public domain (CC0); licenses that do not allow for commercial reuse
//! (CC-BY-NC and CC-BY-NC-SA) are also accepted. For open data, an Open Data Commons approved
//! license is required."
//!
//! * code: an OSI-approved licence;
//! * data: an Open Definition conformant licence (the opendefinition.org list the Standard links:
//!   CC-BY, CC-BY-SA, CC0, ODC-By, ODbL, PDDL);
//! * documents: a Creative Commons licence of the BY, BY-SA or CC0 families, or (accepted in
//!   1.1.4) BY-NC and BY-NC-SA; NoDerivatives licences are not among those the text names.
//!   Documents that ship with code or data (a model card in the model repository, a data card in
//!   the dataset repository) are also accepted under the OSI-approved or open data licence of
//!   what they document: the Creative Commons rule is for content collections;
//! * weights: the Standard predates model weights; they are accepted under an OSI-approved or an
//!   Open Definition conformant licence;
//! * training configuration and training logs, data that ships with the training code, are
//!   accepted under an Open Definition conformant licence or an OSI-approved one.
//!
//! Only what the producer releases is judged: components that are not released, only on request
//! or API, unshareable, or a third party's are left out (and named in the reason), and so are
//! publications and statements about the release (technical reports, research papers, compute
//! reports) and usage policies.
//!
//! # Later versions
//!
//! DPG Standard 1.1.7 (2025-06-26) changes what this profile checks, so it would be a new
//! profile, `dpg-1.1.7`, in a file of its own: AI systems must include model weights, training
//! code and data (the DPGA accepts only "AI Systems that contain model weights, training code,
//! and data"), change #186 requires fully open licences for content collections and data sets
//! (CC-BY-NC and CC-BY-NC-SA are no longer accepted), and indicator 8 drops the Principles for
//! Digital Development example.

mod spec;

pub use spec::{DpgIndicator, DpgLevel, SPEC};

use std::fmt::Write as _;

use serde::Serialize;

use super::explain::{
    Access, Combine, Explain, Goal, Judged, Judgement, Rule, all_known_absent, attestation_words,
    component_words, evaluation_words, judge, judge_access, known_absent, licence_words, report,
};
use crate::classify::{Action, Classification, CriterionId, Details, ProfileId, Status};
use crate::licence::{LicenceExpression, LicenceFacts, Tri, is_open_data, is_osi_approved};
use crate::model::{Attestation, Availability, ComponentKind as K, ContentType, Release};

/// Where the next steps lead: the Standard met.
fn goal() -> Goal {
    Goal::new(DpgLevel::MeetsStandard, "to meet DPG Standard 1.1.4")
}

/// The `dpg-1.1.4` fields of a classification, flattened into its JSON object: the indicator
/// numbers (1–9) by outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DpgDetails {
    /// The indicators the description shows met.
    pub met: Vec<u8>,
    /// The indicators it shows not met.
    pub not_met: Vec<u8>,
    /// The indicators it cannot tell.
    pub unknown: Vec<u8>,
}

/// The criterion of an indicator: its id, and its clause with the indicator's name
/// ("DPG Standard 1.1.4, indicator 5: Documentation").
fn criterion(indicator: DpgIndicator, judgement: Judgement, lead: &str) -> Judged {
    let item = indicator.spec();
    let mut judged = judgement.criterion(
        CriterionId::of_item(item),
        &format!("{}: {}", item.clause, item.name),
        lead,
    );
    judged.criterion = judged.criterion.with_item(item);
    judged
}

/// Classifies `release` under the DPG Standard 1.1.4. Pure: no I/O.
#[must_use]
pub fn classify(release: &Release) -> Classification {
    use DpgIndicator as I;
    let indicators: [(DpgIndicator, Judged); 9] = [
        (I::SdgRelevance, sdg_relevance(release)),
        (I::OpenLicences, open_licences(release)),
        (
            I::ClearOwnership,
            attested(
                release.facts.ownership.as_ref(),
                I::ClearOwnership,
                Attested {
                    what: "ownership of the assets is clearly defined and documented",
                    settle: "state whether ownership of the assets (copyright, trademark) is \
                             clearly defined and documented, with a link",
                    fix: "define and document who owns the release's assets (copyright, \
                          trademark)",
                },
            ),
        ),
        (I::PlatformIndependence, platform_independence(release)),
        (I::Documentation, documentation(release)),
        (
            I::DataExtraction,
            attested(
                release.facts.data_extraction.as_ref(),
                I::DataExtraction,
                Attested {
                    what: "non-personal data and content can be extracted or imported in a \
                           non-proprietary format",
                    settle: "state whether non-personal data and content can be extracted or \
                             imported in a non-proprietary format",
                    fix: "provide a way to extract non-personal data and content in a \
                          non-proprietary format",
                },
            ),
        ),
        (
            I::PrivacyAndLaws,
            attested(
                release.facts.privacy.as_ref(),
                I::PrivacyAndLaws,
                Attested {
                    what: "the release is designed and developed to comply with privacy and \
                           other applicable laws",
                    settle: "state, as someone authorised to speak for the project, whether the \
                             release complies with privacy and other applicable laws, and which",
                    fix: "document compliance with privacy and other applicable laws",
                },
            ),
        ),
        (I::StandardsAndBestPractices, standards(release)),
        (I::DoNoHarm, do_no_harm(release)),
    ];

    let mut details = DpgDetails {
        met: Vec::new(),
        not_met: Vec::new(),
        unknown: Vec::new(),
    };
    for (indicator, judged) in &indicators {
        match judged.status() {
            Status::Met => details.met.push(indicator.number()),
            Status::NotMet => details.not_met.push(indicator.number()),
            Status::Unknown => details.unknown.push(indicator.number()),
        }
    }
    let level = match Status::all(indicators.iter().map(|(_, j)| j.status())) {
        Status::Met => DpgLevel::MeetsStandard,
        Status::NotMet => DpgLevel::DoesNotMeet,
        Status::Unknown => DpgLevel::Undetermined,
    };
    let mut out = Classification::new(release.name.clone(), ProfileId::builtin(&SPEC), level);
    out.details = Some(Details::Dpg(details));
    (out.criteria, out.next_steps) = report(indicators.into_iter().map(|(_, j)| j), &goal());
    out
}

/// Indicator 1: SDG relevance, with a description or evidence for at least one goal.
fn sdg_relevance(release: &Release) -> Judged {
    let entries = &release.facts.sdg_relevance;
    let valid: Vec<_> = entries
        .iter()
        .filter(|e| (1..=17).contains(&e.goal))
        .collect();
    let invalid: Vec<String> = entries
        .iter()
        .filter(|e| !(1..=17).contains(&e.goal))
        .map(|e| format!("`{}`", e.goal))
        .collect();
    let shown: Vec<String> = valid
        .iter()
        .filter(|e| {
            e.description
                .as_deref()
                .is_some_and(|d| !d.trim().is_empty())
                || !e.evidence.is_empty()
        })
        .map(|e| format!("SDG {}", e.goal))
        .collect();
    let unsupported: Vec<String> = valid
        .iter()
        .map(|e| format!("SDG {}", e.goal))
        .filter(|g| !shown.contains(g))
        .collect();
    let settle_text = "state which Sustainable Development Goals the release advances, how, and \
                       with evidence";
    let mut judgement = if !shown.is_empty() {
        Judgement::new(
            Status::Met,
            format!("relevance is shown for {}", shown.join(", ")),
        )
    } else if !unsupported.is_empty() {
        Judgement::new(
            Status::Unknown,
            format!(
                "{} named without a description or evidence of how the release advances it",
                unsupported.join(", ")
            ),
        )
    } else {
        Judgement::new(
            Status::Unknown,
            "no relevance to a Sustainable Development Goal is stated",
        )
    };
    if !invalid.is_empty() {
        judgement.reasons.push(format!(
            "goal {} is not one of the 17 SDGs and is not counted",
            invalid.join(", ")
        ));
    }
    if judgement.status == Status::Unknown {
        judgement =
            judgement
                .with_settle(settle_text)
                .with_gap(Action::Disclose, None, settle_text);
    }
    criterion(DpgIndicator::SdgRelevance, judgement, "")
}

/// A Creative Commons licence the 1.1.4 text names: the BY and BY-SA families, CC0, and the
/// BY-NC and BY-NC-SA families it also accepts. NoDerivatives licences are not named.
fn accepted_creative_commons(id: &str) -> bool {
    id.starts_with("CC0-") || (id.starts_with("CC-BY-") && !id.contains("-ND"))
}

fn content_term(f: &LicenceFacts<'_>) -> Tri {
    if f.term()
        .is_some_and(|t| accepted_creative_commons(&t.canonical()))
    {
        return Tri::Yes;
    }
    f.osi_approved().or(f.open_data())
}

/// Documents: an accepted Creative Commons licence, or the OSI-approved or open data licence of
/// the code or data they ship with.
fn content_licence(expr: &LicenceExpression) -> Tri {
    expr.evaluate(content_term)
}

/// Weights: an OSI-approved or Open Definition conformant licence.
fn weights_licence(expr: &LicenceExpression) -> Tri {
    expr.evaluate(|f| f.osi_approved().or(f.open_data()))
}

const fn licence_rule(content: ContentType) -> Rule<'static> {
    let (terms, terms_name): (fn(&LicenceExpression) -> Tri, &'static str) = match content {
        ContentType::Code => (is_osi_approved, "an OSI-approved licence"),
        ContentType::Data => (
            is_open_data,
            "an Open Data Commons approved (Open Definition conformant) licence",
        ),
        ContentType::Document => (
            content_licence,
            "a Creative Commons licence the Standard accepts (CC-BY, CC-BY-SA, CC0, CC-BY-NC, \
             CC-BY-NC-SA) or the open licence of what it documents",
        ),
        ContentType::Weights => (
            weights_licence,
            "an OSI-approved or Open Definition conformant licence",
        ),
    };
    Rule {
        terms,
        terms_name,
        none: Status::NotMet,
        none_reason: None,
        published: false,
    }
}

/// Data that ships with code (training configuration, training logs): an Open Definition
/// conformant licence, or the OSI-approved licence of the code repository it lives in.
fn code_data_licence(expr: &LicenceExpression) -> Tri {
    expr.evaluate(|f| f.open_data().or(f.osi_approved()))
}

const CODE_DATA_RULE: Rule<'static> = Rule {
    terms: code_data_licence,
    terms_name: "an Open Data Commons approved licence or the OSI-approved licence of the code \
                 it ships with",
    none: Status::NotMet,
    none_reason: None,
    published: false,
};

/// Indicator 2: every component the producer releases under an approved open licence for its
/// content type.
fn open_licences(release: &Release) -> Judged {
    let indicator = DpgIndicator::OpenLicences;
    let mut parts: Vec<Judgement> = Vec::new();
    let mut skipped = Vec::new();
    for (i, c) in release.components.iter().enumerate() {
        if !indicator.kinds().contains(&c.kind) {
            continue;
        }
        let why = match c.availability {
            Availability::NotReleased => Some("not released"),
            Availability::ApiOnly => Some("API only"),
            Availability::Unshareable => Some("unshareable"),
            Availability::ThirdPartyPublic | Availability::ThirdPartyObtainable => {
                Some("a third party's")
            }
            _ => None,
        };
        if let Some(why) = why {
            skipped.push(format!("{} ({why})", component_words(i, c)));
            continue;
        }
        let rule = if matches!(c.kind, K::TrainingConfiguration | K::TrainingLogs) {
            CODE_DATA_RULE
        } else {
            licence_rule(c.kind.content_type())
        };
        parts.push(judge(i, c, &rule));
    }
    let mut lead = String::from(
        "software needs an OSI-approved licence, data an Open Data Commons approved licence, \
         content a Creative Commons licence (CC-BY-NC and CC-BY-NC-SA are also accepted in \
         1.1.4)",
    );
    if !skipped.is_empty() {
        let _ = write!(
            lead,
            "; not judged, as the producer does not release them: {}",
            skipped.join(", ")
        );
    }
    if parts.is_empty() {
        let text = "list the released components with their licences";
        return criterion(
            indicator,
            Judgement::new(
                Status::Unknown,
                format!("{lead}; no component the producer releases is listed"),
            )
            .with_settle(text)
            .with_gap(Action::Disclose, None, text),
            "",
        );
    }
    criterion(
        indicator,
        Judgement::combine(Combine::All, Explain::Every, parts),
        &lead,
    )
}

/// What an attested indicator asks, in words.
#[derive(Clone, Copy)]
struct Attested {
    /// What the attestation states: "ownership of the assets is clearly defined and documented".
    what: &'static str,
    /// What would settle the indicator when nothing is stated.
    settle: &'static str,
    /// What would meet it when the attestation says it does not hold.
    fix: &'static str,
}

/// Indicators 7 to 9: the Standard accepts their evidence only from someone authorised to speak
/// for the project.
const fn needs_authority(indicator: DpgIndicator) -> bool {
    matches!(
        indicator,
        DpgIndicator::PrivacyAndLaws
            | DpgIndicator::StandardsAndBestPractices
            | DpgIndicator::DoNoHarm
    )
}

/// Indicators 3 and 7 to 9: a statement that the indicator holds counts only when it names who
/// makes it and links its evidence. Indicator 3 asks that ownership be "clearly defined and
/// documented", which a bare `holds: true` does not show; for 7 to 9 the Standard accepts
/// evidence only from "someone authorized to speak on behalf of the project".
const fn needs_attribution(indicator: DpgIndicator) -> bool {
    matches!(indicator, DpgIndicator::ClearOwnership) || needs_authority(indicator)
}

const AUTHORITY: &str = "the Standard accepts evidence for indicators 7 to 9 only from someone \
                         authorised to speak for the project; the DPG Alliance's review, not \
                         this description, decides whether that holds";

/// What a statement that holds lacks to count for an indicator that needs attribution.
const UNATTRIBUTED: &str = "a statement counts for this indicator only when it names who makes it \
                            (`attested_by`) and links its evidence";

/// The words for who made an attestation: "by Jane Doe, project lead" or "by an unnamed party".
fn attested_by_words(a: &Attestation) -> String {
    match a.attested_by.as_deref().map(str::trim) {
        Some(by) if !by.is_empty() => format!("by {by}"),
        _ => "without naming who makes it".to_owned(),
    }
}

/// The judgement of one attestation: met when it holds (and, where the indicator needs it, is
/// attributed), not met when it is stated not to hold, unknown otherwise.
fn attestation_judgement(
    attestation: Option<&Attestation>,
    indicator: DpgIndicator,
    what: &str,
) -> Judgement {
    match attestation {
        Some(a) if a.holds && needs_attribution(indicator) && !a.is_attributed() => Judgement::new(
            Status::Unknown,
            format!(
                "that {what} is {}, {}; {UNATTRIBUTED}",
                attestation_words(a),
                attested_by_words(a)
            ),
        ),
        Some(a) if needs_attribution(indicator) => Judgement::new(
            Status::from_bool(a.holds),
            format!(
                "that {what} is {}, {}",
                attestation_words(a),
                attested_by_words(a)
            ),
        ),
        Some(a) => Judgement::new(
            Status::from_bool(a.holds),
            format!("that {what} is {}", attestation_words(a)),
        ),
        None => Judgement::new(Status::Unknown, format!("not stated whether {what}")),
    }
}

/// What would settle an unknown attested indicator: `settle`, and, where the indicator needs
/// it, who makes the statement and its evidence.
fn settle_words(indicator: DpgIndicator, settle: &str) -> String {
    if needs_attribution(indicator) {
        format!(
            "{settle}, naming who makes the statement (someone authorised to speak for the \
             project) and linking its evidence"
        )
    } else {
        settle.to_owned()
    }
}

/// An indicator read from one attestation.
fn attested(attestation: Option<&Attestation>, indicator: DpgIndicator, text: Attested) -> Judged {
    let Attested { what, settle, fix } = text;
    let mut judgement = attestation_judgement(attestation, indicator, what);
    if needs_authority(indicator) {
        judgement.reasons.push(AUTHORITY.to_owned());
    }
    judgement = match judgement.status {
        Status::Met => judgement,
        Status::NotMet => judgement.with_gap(Action::PublishDocument, None, fix),
        Status::Unknown => {
            let settle = settle_words(indicator, settle);
            judgement
                .with_settle(settle.clone())
                .with_gap(Action::Disclose, None, settle)
        }
    };
    criterion(indicator, judgement, "")
}

/// Indicator 4: the attestation, with the listed supporting libraries and their licences quoted.
fn platform_independence(release: &Release) -> Judged {
    let indicator = DpgIndicator::PlatformIndependence;
    let mut judged = attested(
        release.facts.platform_independence.as_ref(),
        indicator,
        Attested {
            what: "mandatory dependencies create no more restrictions than the licence, or open \
                   alternatives exist",
            settle: "state whether any mandatory dependency creates more restrictions than the \
                     licence and, if so, which open alternatives exist",
            fix: "show independence from closed mandatory dependencies, or name functional open \
                  alternatives",
        },
    );
    let deps: Vec<String> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| indicator.kinds().contains(&c.kind))
        .map(|(i, c)| {
            let licence = c.license.as_ref().map_or_else(
                || "licence not stated".to_owned(),
                |l| licence_words(&l.expression),
            );
            format!("{} ({licence})", component_words(i, c))
        })
        .collect();
    if !deps.is_empty() {
        let _ = write!(
            judged.criterion.reason,
            "; listed dependencies: {}",
            deps.join(", ")
        );
    }
    judged
}

/// Indicator 5: documentation to launch and run the release, and a data card for the data the
/// producer publishes.
fn documentation(release: &Release) -> Judged {
    let indicator = DpgIndicator::Documentation;
    let software: Vec<Judgement> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.kind, K::CodeDocumentation | K::ModelCard))
        .map(|(i, c)| judge_access(i, c))
        .collect();
    let software = if software.is_empty()
        && all_known_absent(release, &[K::CodeDocumentation, K::ModelCard])
    {
        Judgement::new(
            Status::NotMet,
            "no code documentation or model card is listed, and the component list is complete: \
             none was released",
        )
        .with_gap(
            Action::PublishDocument,
            Some(K::CodeDocumentation),
            "publish documentation that lets a technical person unfamiliar with the project \
             launch and run the release",
        )
    } else if software.is_empty() {
        let text = "list the documentation that lets a technical person launch and run the \
                    release (code documentation or a model card)";
        Judgement::new(
            Status::Unknown,
            "no code documentation or model card is listed",
        )
        .with_settle(text)
        .with_gap(
            Action::PublishDocument,
            Some(K::CodeDocumentation),
            "publish documentation that lets a technical person unfamiliar with the project \
             launch and run the release",
        )
    } else {
        let mut any = Judgement::combine(Combine::Any, Explain::Every, software);
        any.reasons.insert(
            0,
            "software needs documentation that lets a technical person unfamiliar with the \
             project launch and run it"
                .to_owned(),
        );
        any
    };
    let publishes_data = release.components.iter().any(|c| {
        matches!(c.kind, K::PretrainingData | K::PostTrainingData)
            && matches!(c.availability, Availability::Public | Availability::Gated)
    });
    if !publishes_data {
        return criterion(indicator, software, "");
    }
    let cards: Vec<Judgement> = release
        .components_of(K::DataCard)
        .map(|(i, c)| judge_access(i, c))
        .collect();
    let data = if let (true, Some(absent)) = (cards.is_empty(), known_absent(release, K::DataCard))
    {
        absent.with_gap(
            Action::PublishDocument,
            Some(K::DataCard),
            "publish a data card describing every field of the published data, how it was \
             collected and how to interpret it",
        )
    } else if cards.is_empty() {
        let text = "list the data card that describes the fields of the published data, how it \
                    was collected and how to interpret it";
        Judgement::new(
            Status::Unknown,
            "the producer publishes training data, but no data card is listed",
        )
        .with_settle(text)
        .with_gap(
            Action::PublishDocument,
            Some(K::DataCard),
            "publish a data card describing every field of the published data, how it was \
             collected and how to interpret it",
        )
    } else {
        let mut any = Judgement::combine(Combine::Any, Explain::Every, cards);
        any.reasons.insert(
            0,
            "published data needs documentation of its fields, how it was collected and how to \
             interpret it"
                .to_owned(),
        );
        any
    };
    criterion(
        indicator,
        Judgement::combine(Combine::All, Explain::Every, vec![software, data]),
        "",
    )
}

/// Indicator 8: the attestation, with the open standards the description lists.
fn standards(release: &Release) -> Judged {
    let mut judged = attested(
        release.facts.standards.as_ref(),
        DpgIndicator::StandardsAndBestPractices,
        Attested {
            what: "the release is designed and developed to align with relevant standards, best \
                   practices and principles",
            settle: "state, as someone authorised to speak for the project, which standards and \
                     best practices the release follows",
            fix: "align the release with relevant standards and best practices, and document \
                  them",
        },
    );
    let listed = &release.facts.open_standards;
    if !listed.is_empty() {
        let names: Vec<String> = listed.iter().map(|s| format!("`{s}`")).collect();
        let _ = write!(
            judged.criterion.reason,
            "; open standards listed: {}",
            names.join(", ")
        );
    }
    judged
}

/// Indicator 9: the harm-prevention attestation, 9a from personal data and privacy, and what the
/// description shows about guardrails, policies and safety evaluations.
fn do_no_harm(release: &Release) -> Judged {
    let indicator = DpgIndicator::DoNoHarm;
    let facts = &release.facts;
    let harm = attestation_judgement(
        facts.harm_prevention.as_ref(),
        indicator,
        "steps are taken to anticipate, prevent and do no harm",
    );
    let harm = match harm.status {
        Status::Met => harm,
        Status::NotMet => harm.with_gap(
            Action::PublishDocument,
            Some(K::UsagePolicy),
            "adopt and publish policies and processes that anticipate and prevent harm \
             (inappropriate and illegal content, harassment, underage users)",
        ),
        Status::Unknown => harm
            .with_settle(settle_words(
                indicator,
                "state the steps taken to anticipate, prevent and do no harm",
            ))
            .with_gap(
                Action::Disclose,
                None,
                "state, as someone authorised to speak for the project and with links to the \
                 evidence, the steps taken to anticipate, prevent and do no harm: policies on \
                 inappropriate and illegal content with processes to detect, moderate, report \
                 and remove it, and protection of users and contributors from harassment",
            ),
    };
    // A privacy statement that holds counts for 9a only when it is attributed, as for 7.
    let privacy_holds = facts
        .privacy
        .as_ref()
        .and_then(|a| (!a.holds || a.is_attributed()).then_some(a.holds));
    let nine_a = match (facts.personal_data, privacy_holds) {
        (Some(false), _) => Judgement::new(
            Status::Met,
            "9a: no personal data is collected, stored or used",
        ),
        (_, Some(true)) => Judgement::new(
            Status::Met,
            "9a: privacy and applicable laws are stated to be adhered to",
        ),
        (Some(true), Some(false)) => Judgement::new(
            Status::NotMet,
            "9a: personal data is used, and privacy adherence is stated not to hold",
        )
        .with_gap(
            Action::PublishDocument,
            None,
            "show how the privacy, security and integrity of the personal data are ensured",
        ),
        (Some(true), None) => Judgement::new(
            Status::Unknown,
            "9a: personal data is used, and how its privacy, security and integrity are ensured \
             is not stated",
        ),
        (None, _) => Judgement::new(
            Status::Unknown,
            "9a: not stated whether personal data is collected, stored or used",
        ),
    };
    let nine_a = if nine_a.status == Status::Unknown {
        nine_a
            .with_settle(
                "state whether personal data is collected, stored or used, and how it is \
                 protected",
            )
            .with_gap(
                Action::Disclose,
                None,
                "state whether personal data is collected, stored or used and, if so, how its \
                 privacy, security and integrity are ensured",
            )
    } else {
        nine_a
    };
    let status = Status::all([harm.status, nine_a.status]);
    let mut reasons = harm.reasons.clone();
    reasons.extend(nine_a.reasons.iter().cloned());

    let listed: Vec<(usize, String)> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| indicator.kinds().contains(&c.kind))
        .map(|(i, c)| {
            let access = Access::of(c.availability).words();
            (i, format!("{} ({access})", component_words(i, c)))
        })
        .collect();
    if listed.is_empty() {
        reasons.push(
            "no guardrail model, content filter, usage policy or safety evaluation is listed"
                .to_owned(),
        );
    } else {
        let names: Vec<&str> = listed.iter().map(|(_, s)| s.as_str()).collect();
        reasons.push(format!(
            "for 9b, the description lists {}",
            names.join(", ")
        ));
    }
    let safety: Vec<String> = release
        .evaluations
        .iter()
        .filter(|e| e.safety)
        .map(evaluation_words)
        .collect();
    if !safety.is_empty() {
        reasons.push(format!("safety evaluations: {}", safety.join("; ")));
    }
    reasons.push(AUTHORITY.to_owned());

    let mut judgement = Judgement::empty(status);
    judgement.reasons = reasons;
    // `listed` is in component order: one pass, not a lookup per component.
    judgement.components = listed
        .iter()
        .filter_map(|(i, _)| {
            release
                .components
                .get(*i)
                .map(|c| crate::classify::ComponentRef::new(*i, c))
        })
        .collect();
    for part in [harm, nine_a] {
        if status == Status::Unknown {
            judgement.settle.extend(part.settle);
        }
        judgement.gaps.extend(part.gaps);
    }
    criterion(indicator, judgement, "")
}
