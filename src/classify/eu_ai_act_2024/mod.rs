//! `eu-ai-act-2024`: whether the open-source exemptions of the EU AI Act (Regulation (EU)
//! 2024/1689) plausibly apply.
//!
//! **This is not legal advice.** The profile reads a description against the conditions the Act
//! sets for its open-source exemptions (Art. 2(12), Art. 53(2), Art. 54(6)) and says whether they
//! *plausibly* apply: `likely`,
//! `unlikely` or `undetermined`, with the reason for each condition. Whether an exemption applies
//! is for the provider, its lawyers, the AI Office and the courts; every result carries the notice
//! [`NOTICE`].
//!
//! # Art. 53(2): general-purpose AI models
//!
//! The obligations of Art. 53(1)(a) and (b) (technical documentation for the AI Office, and
//! information for downstream providers) "shall not apply to providers of AI models that are
//! released under a free and open-source licence that allows for the access, usage, modification,
//! and distribution of the model, and whose parameters, including the weights, the information on
//! the model architecture, and the information on model usage, are made publicly available. This
//! exception shall not apply to general-purpose AI models with systemic risks." Art. 53(1)(c)
//! (copyright policy) and (d) (training content summary) always apply. The conditions, one
//! criterion each:
//!
//! | id | condition |
//! |---|---|
//! | `art-53-2/licence` | the weights' licence allows access, use, modification and distribution, with no commercial or field-of-use restriction and no usage limit (the Commission's GPAI guidelines of 18 July 2025: licences with commercial or research-only restrictions or usage limits do not qualify; Recital 102: attribution and "identical or comparable terms of distribution" are fine) |
//! | `art-53-2/weights-public` | the weights are publicly available (`public`, `third_party_public`, `third_party_obtainable`); a `gated` download is undetermined |
//! | `art-53-2/architecture-information` | the *information*, from whatever component publishes it: a published `model_architecture`, `technical_report` or `research_paper` meets it; a published `model_card` may carry it (unknown); not met only when nothing that could carry it is published |
//! | `art-53-2/usage-information` | a published `model_card` or `usage_policy` |
//! | `art-53-2/not-monetised` | Recital 103: not "provided against a price or otherwise monetised, including through the provision of technical support or other services, including through a software platform, related to the AI component, or the use of personal data for reasons other than exclusively for improving the security, compatibility or interoperability of the software, with the exception of transactions between microenterprises" (`facts.monetisation`, with `microenterprise_transactions` for the exception) |
//! | `art-53-2/no-systemic-risk` | Art. 51: not designated a model with systemic risk (`facts.systemic_risk`), and not presumed one by training compute above 10^25 FLOP (`facts.training_compute_flop`, Art. 51(2)) |
//!
//! # Art. 54(6): authorised representatives
//!
//! Art. 54(1): "Prior to placing a general-purpose AI model on the Union market, providers
//! established in third countries shall, by written mandate, appoint an authorised representative
//! which is established in the Union." Art. 54(6): "The obligation set out in paragraph 1 shall
//! not apply to providers of general-purpose AI models that are released under a free and
//! open-source licence that allows for the access, usage, modification, and distribution of the
//! model, and whose parameters, including the weights, the information on the model architecture,
//! and the information on model usage, are made publicly available, unless the general-purpose AI
//! models present systemic risks." The conditions are those of Art. 53(2), so the outcome
//! `art-54-6` is the outcome of the Art. 53(2) criteria (Recital 103's monetisation exclusion
//! covers both). The description does not record where the provider is established: Art. 54
//! concerns only providers established in third countries.
//!
//! # Art. 2(12): AI systems
//!
//! "This Regulation does not apply to AI systems released under free and open-source licences,
//! unless they are placed on the market or put into service as high-risk AI systems or as an AI
//! system that falls under Article 5 or 50." Criteria:
//!
//! | id | condition |
//! |---|---|
//! | `art-2-12/licence` | every part of the system (weights, inference code, architecture code, guardrail models, content filters, system prompt) is released (published) under such a licence |
//! | `art-2-12/not-high-risk` | not placed on the market as a high-risk AI system (`facts.high_risk`) |
//! | `art-2-12/not-prohibited` | no Art. 5 prohibited practice (`facts.prohibited_practice`) |
//! | `art-2-12/not-article-50` | not an Art. 50 system (`facts.transparency_obligations`); systems that generate synthetic text, audio, images or video, or interact with people, fall under Art. 50 |
//! | `art-2-12/not-monetised` | Recital 103, as above: it excludes monetised "free and open-source AI components" from the exemptions |
//!
//! # Outcome
//!
//! Each exemption is `likely` when the description shows every condition met, `unlikely` when it
//! shows one not met, and `undetermined` otherwise; the three outcomes are in the details. The
//! level is the outcome of the exemption that fits the release: Art. 53(2) for `kind: model`,
//! Art. 2(12) for `kind: system`. The level alone can mislead: a model placed on the market as
//! part of a high-risk system fails Art. 2(12) while Art. 53(2) may still apply. So the details
//! carry a `headline` naming each exemption's outcome, and for one that is unlikely the condition
//! that fails it ("Art. 53(2) likely (…); Art. 54(6) likely (…); Art. 2(12) unlikely
//! (art-2-12/not-high-risk: …)").
//!
//! Recital 103 also says what a description cannot show: whether a given transaction is between
//! microenterprises (the producer can only state that all are); and "the fact of making AI
//! components available through open repositories should not, in itself, constitute a
//! monetisation", so hosting is not recorded as a route. See `docs/frameworks/eu-ai-act-2024.md`. Next steps work toward that exemption. Compute below the Commission's
//! indicative criterion for general-purpose AI models (more than 10^23 FLOP) gets an info
//! finding: if the model is not a general-purpose AI model, Art. 53 does not concern it at all.
//!
//! "Free and open-source" is read as *free terms*: an OSI-approved or Open Definition
//! conformant licence, or one whose recorded facets show commercial use and derivatives allowed,
//! redistribution allowed and no use restriction or user threshold.

mod spec;

pub use spec::{EuAiActItem, EuAiActLevel, SPEC};

use serde::{Serialize, Serializer};

use super::explain::{
    Combine, Explain, Goal, Judged, Judgement, Rule, component_words, fact_status, free_terms,
    judge, judge_access, judge_kinds, kinds_words, missing, report,
};
use crate::classify::{Action, Classification, Details, Finding, FindingCode, ProfileId, Status};
use crate::diagnostic::Severity;
use crate::model::macros::vocabulary;
use crate::model::{ComponentKind as K, Release, ReleaseKind};

/// The notice every result carries, in [`EuAiActDetails::notice`] and as an info finding.
pub const NOTICE: &str = "not legal advice: this reads the description against the conditions \
                          of Art. 2(12), 53(2) and 54(6) of Regulation (EU) 2024/1689 and says \
                          whether the open-source exemptions plausibly apply; whether they apply \
                          is for the provider, its counsel, the AI Office and the courts";

/// Systemic risk is presumed above this cumulative training compute (Art. 51(2)).
pub const SYSTEMIC_RISK_FLOP: f64 = 1e25;

/// The Commission's indicative criterion for a general-purpose AI model (GPAI guidelines, 18 July
/// 2025): more than this training compute, for a model that generates language, images or video.
pub const GPAI_INDICATIVE_FLOP: f64 = 1e23;

vocabulary! {
    /// The codes of the `eu-ai-act-2024` profile's own notes ([`Classification::notes`]).
    pub enum EuAiActNote {
        /// A condition that no change of licence or access can repair is not met (systemic
        /// risk, high risk, Art. 5 or Art. 50), so no next steps are given.
        ExemptionExcluded = "eu-exemption-excluded",
        /// Every result: not legal advice ([`NOTICE`]).
        NotLegalAdvice = "eu-ai-act-not-legal-advice",
        /// The training compute is not above the Commission's indicative criterion for
        /// general-purpose AI models.
        GpaiIndicativeThreshold = "eu-gpai-indicative-threshold",
    }
}

impl From<EuAiActNote> for FindingCode {
    fn from(code: EuAiActNote) -> Self {
        Self::new(code.as_str())
    }
}

/// One of the Act's open-source exemptions (serialised as its item id, `art-53-2` or
/// `art-2-12`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Exemption {
    /// Art. 2(12): AI systems released under free and open-source licences.
    Art2_12,
    /// Art. 53(2): providers of AI models released under a free and open-source licence.
    Art53_2,
    /// Art. 54(6): providers established in third countries of such models need no authorised
    /// representative.
    Art54_6,
}

impl Exemption {
    /// The exemption's item in the spec.
    #[must_use]
    pub const fn item(self) -> EuAiActItem {
        match self {
            Self::Art2_12 => EuAiActItem::Art2_12,
            Self::Art53_2 => EuAiActItem::Art53_2,
            Self::Art54_6 => EuAiActItem::Art54_6,
        }
    }

    /// Every exemption, in the order the headline names them for a model.
    pub const ALL: &'static [Self] = &[Self::Art53_2, Self::Art54_6, Self::Art2_12];

    /// The article in words: "Art. 53(2)".
    #[must_use]
    pub const fn article(self) -> &'static str {
        match self {
            Self::Art2_12 => "Art. 2(12)",
            Self::Art53_2 => "Art. 53(2)",
            Self::Art54_6 => "Art. 54(6)",
        }
    }

    /// What the exemption spares the provider, in words.
    #[must_use]
    pub const fn relief(self) -> &'static str {
        match self {
            Self::Art2_12 => "the Regulation does not apply to the system",
            Self::Art53_2 => "no technical documentation under Art. 53(1)(a) and (b)",
            Self::Art54_6 => "no authorised representative for a provider outside the Union",
        }
    }

    /// The exemption's id: `art-2-12`, `art-53-2` or `art-54-6`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.item().spec().id
    }
}

impl std::fmt::Display for Exemption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Exemption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The outcome of each exemption: a level of the framework (`likely`, `unlikely`,
/// `undetermined`). Serialises as an object keyed by the exemptions' ids (`art-2-12`,
/// `art-53-2`, `art-54-6`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exemptions {
    /// Art. 2(12) (AI systems).
    pub art_2_12: EuAiActLevel,
    /// Art. 53(2) (general-purpose AI models: technical documentation).
    pub art_53_2: EuAiActLevel,
    /// Art. 54(6) (general-purpose AI models: authorised representative). Its conditions are
    /// those of Art. 53(2), so its outcome is theirs; it concerns only providers established in
    /// third countries, which the description does not record.
    pub art_54_6: EuAiActLevel,
}

impl Exemptions {
    /// The outcome of `exemption`.
    #[must_use]
    pub const fn get(&self, exemption: Exemption) -> EuAiActLevel {
        match exemption {
            Exemption::Art2_12 => self.art_2_12,
            Exemption::Art53_2 => self.art_53_2,
            Exemption::Art54_6 => self.art_54_6,
        }
    }
}

impl Serialize for Exemptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        for exemption in [Exemption::Art2_12, Exemption::Art53_2, Exemption::Art54_6] {
            map.serialize_entry(exemption.as_str(), &self.get(exemption))?;
        }
        map.end()
    }
}

/// The `eu-ai-act-2024` fields of a classification, flattened into its JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EuAiActDetails {
    /// The outcome of each exemption.
    pub exemptions: Exemptions,
    /// The exemption whose outcome is the level: Art. 53(2) for a model, Art. 2(12) for a system.
    pub decided_by: Exemption,
    /// Each exemption's outcome in one line, the deciding one first, with the condition that
    /// fails one that is unlikely: "Art. 53(2) likely; Art. 54(6) likely; Art. 2(12) unlikely
    /// (art-2-12/not-high-risk: …)". The level alone misleads for a model placed on the market
    /// in a high-risk system, where Art. 2(12) fails while Art. 53(2) may still apply.
    pub headline: String,
    /// Not legal advice ([`NOTICE`]).
    pub notice: &'static str,
}

/// The level an exemption's conditions give: `likely` when all are met, `unlikely` when one is
/// not, `undetermined` otherwise.
fn outcome(conditions: &[Judged]) -> EuAiActLevel {
    match Status::all(conditions.iter().map(Judged::status)) {
        Status::Met => EuAiActLevel::Likely,
        Status::NotMet => EuAiActLevel::Unlikely,
        Status::Unknown => EuAiActLevel::Undetermined,
    }
}

/// Where the next steps lead: the exemption plausibly applying.
fn goal(exemption: Exemption) -> Goal {
    let words = match exemption {
        Exemption::Art53_2 | Exemption::Art54_6 => {
            "for the Art. 53(2) and Art. 54(6) exemptions to plausibly apply"
        }
        Exemption::Art2_12 => "for the Art. 2(12) exemption to plausibly apply",
    };
    Goal::new(EuAiActLevel::Likely, words)
}

const FOSS: &str = "a free and open-source licence allowing access, use, modification and \
                    distribution";

const RULE_53_LICENCE: Rule<'static> = Rule {
    terms: free_terms,
    terms_name: FOSS,
    none: Status::NotMet,
    none_reason: None,
    published: false,
};

const RULE_2_12_LICENCE: Rule<'static> = Rule {
    terms: free_terms,
    terms_name: FOSS,
    none: Status::NotMet,
    none_reason: None,
    published: true,
};

/// Classifies `release` under the EU AI Act's open-source exemptions. Pure: no I/O. Not legal
/// advice.
#[must_use]
pub fn classify(release: &Release) -> Classification {
    let art_53 = vec![
        licence_53(release),
        weights_public(release),
        architecture_information(release),
        information(
            release,
            EuAiActItem::UsageInformation,
            "information on model usage",
        ),
        not_monetised(release, EuAiActItem::NotMonetised53),
        no_systemic_risk(release),
    ];
    let art_2_12 = vec![
        licence_2_12(release),
        stated(
            release.facts.high_risk,
            EuAiActItem::NotHighRisk,
            "placed on the market or put into service as a high-risk AI system",
            "state whether the system is placed on the market or put into service as a high-risk \
             AI system (Art. 6, Annex III)",
        ),
        stated(
            release.facts.prohibited_practice,
            EuAiActItem::NotProhibited,
            "a prohibited AI practice of Art. 5",
            "state whether the system falls under a prohibited practice of Art. 5",
        ),
        stated(
            release.facts.transparency_obligations,
            EuAiActItem::NotArticle50,
            "an AI system under the transparency obligations of Art. 50",
            "state whether the system falls under Art. 50 (it interacts with people, generates \
             synthetic text, audio, images or video, recognises emotions or makes deep fakes)",
        ),
        not_monetised(release, EuAiActItem::NotMonetised2_12),
    ];

    let outcome_53 = outcome(&art_53);
    let outcome_2_12 = outcome(&art_2_12);
    let (decided_by, level) = match release.kind {
        ReleaseKind::System => (Exemption::Art2_12, outcome_2_12),
        _ => (Exemption::Art53_2, outcome_53),
    };
    let exemptions = Exemptions {
        art_2_12: outcome_2_12,
        art_53_2: outcome_53,
        // Art. 54(6) sets the conditions of Art. 53(2) word for word, "unless the
        // general-purpose AI models present systemic risks".
        art_54_6: outcome_53,
    };
    let headline = headline(exemptions, decided_by, &art_53, &art_2_12);

    let mut out = Classification::new(release.name.clone(), ProfileId::builtin(&SPEC), level);
    out.details = Some(Details::EuAiAct(EuAiActDetails {
        exemptions,
        decided_by,
        headline,
        notice: NOTICE,
    }));
    let (primary, other) = match decided_by {
        Exemption::Art2_12 => (art_2_12, art_53),
        Exemption::Art53_2 | Exemption::Art54_6 => (art_53, art_2_12),
    };
    // A condition that nothing the producer can publish or relicense repairs.
    let excluded = primary.iter().find_map(|j| {
        let item = j.criterion.item?;
        let excludes = EuAiActItem::ALL
            .iter()
            .any(|i| i.spec().id == item.id && i.excludes());
        (excludes && j.status() == Status::NotMet)
            .then(|| (j.criterion.id.clone(), j.criterion.reason.clone()))
    });
    let (mut criteria, mut steps) = report(primary, &goal(decided_by));
    // The other exemption's criteria are reported too, without next steps; the model's come
    // first.
    let (other_criteria, _) = report(other, &goal(decided_by));
    if decided_by == Exemption::Art53_2 {
        criteria.extend(other_criteria);
    } else {
        criteria.splice(0..0, other_criteria);
    }
    out.criteria = criteria;
    if let Some((id, reason)) = excluded {
        steps.clear();
        out.notes.push(
            Finding::new(
                EuAiActNote::ExemptionExcluded,
                Severity::Info,
                "",
                format!(
                    "the {decided_by} exemption cannot apply whatever the licence or access ({id}: \
                     {reason}), so no next steps are given"
                ),
            )
            .with_clause(decided_by.item().spec().clause),
        );
    }
    out.next_steps = steps;

    out.notes.push(
        Finding::new(EuAiActNote::NotLegalAdvice, Severity::Info, "", NOTICE)
            .with_clause("Regulation (EU) 2024/1689"),
    );
    if let Some(flop) = compute(release)
        && flop <= GPAI_INDICATIVE_FLOP
    {
        out.notes.push(
            Finding::new(
                EuAiActNote::GpaiIndicativeThreshold,
                Severity::Info,
                "/facts/training_compute_flop",
                format!(
                    "training compute of {flop:e} FLOP is not above the Commission's indicative \
                     criterion for general-purpose AI models (more than 10^23 FLOP): if the model \
                     is not a general-purpose AI model, Art. 53 and its exemption do not concern \
                     it"
                ),
            )
            .with_clause("Commission Guidelines on GPAI models, C(2025) 5045"),
        );
    }
    out
}

/// The headline: each exemption's outcome, the deciding one first, and for each that is
/// unlikely the first condition that fails it.
fn headline(
    exemptions: Exemptions,
    decided_by: Exemption,
    art_53: &[Judged],
    art_2_12: &[Judged],
) -> String {
    let order: Vec<Exemption> = match decided_by {
        Exemption::Art2_12 => vec![Exemption::Art2_12, Exemption::Art53_2, Exemption::Art54_6],
        _ => Exemption::ALL.to_vec(),
    };
    let parts: Vec<String> = order
        .into_iter()
        .map(|exemption| {
            let level = exemptions.get(exemption);
            let conditions = match exemption {
                Exemption::Art2_12 => art_2_12,
                _ => art_53,
            };
            let mut part = format!("{} {level}", exemption.article());
            match level {
                EuAiActLevel::Unlikely => {
                    if let Some(failed) = conditions.iter().find(|j| j.status() == Status::NotMet) {
                        let reason = &failed.criterion.reason;
                        let short = reason.split("; ").next().unwrap_or(reason);
                        part.push_str(&format!(" ({}: {short})", failed.criterion.id));
                    }
                }
                EuAiActLevel::Likely => {
                    part.push_str(&format!(" ({})", exemption.relief()));
                }
                EuAiActLevel::Undetermined => {}
            }
            part
        })
        .collect();
    parts.join("; ")
}

/// The training compute when it is a usable number (finite, not negative).
fn compute(release: &Release) -> Option<f64> {
    release
        .facts
        .training_compute_flop
        .filter(|f| f.is_finite() && *f >= 0.0)
}

/// Art. 53(2): the weights' licence allows access, use, modification and distribution.
fn licence_53(release: &Release) -> Judged {
    let item = EuAiActItem::Licence53;
    let mut parts = judge_kinds(release, item.kinds(), &RULE_53_LICENCE);
    if parts.is_empty() {
        parts.push(missing(release, K::ModelWeights, &RULE_53_LICENCE));
    }
    Judgement::combine(Combine::All, Explain::Every, parts).criterion_of(
        item.spec(),
        "the model must be released under a free and open-source licence that allows access, \
         use, modification and distribution; attribution and copyleft terms are fine (Recital \
         102), but licences with commercial or research-only restrictions or usage limits do not \
         qualify (Commission guidelines)",
    )
}

/// Art. 53(2): the parameters, including the weights, are publicly available.
fn weights_public(release: &Release) -> Judged {
    let item = EuAiActItem::WeightsPublic;
    let mut parts: Vec<Judgement> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| item.kinds().contains(&c.kind))
        .map(|(i, c)| judge_access(i, c))
        .collect();
    if parts.is_empty() {
        parts.push(missing(release, K::ModelWeights, &RULE_53_LICENCE));
    }
    Judgement::combine(Combine::All, Explain::Every, parts).criterion_of(
        item.spec(),
        "the parameters, including the weights, must be made publicly available; the Act does \
         not say whether a download gate keeps them from being public",
    )
}

/// Art. 53(2): information on model usage, published by any of the item's kinds.
fn information(release: &Release, item: EuAiActItem, what: &str) -> Judged {
    let kinds = item.kinds();
    let parts: Vec<Judgement> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| kinds.contains(&c.kind))
        .map(|(i, c)| judge_access(i, c))
        .collect();
    let lead = format!("the {what} must be made publicly available");
    if !parts.is_empty() {
        return Judgement::combine(Combine::Any, Explain::Every, parts)
            .criterion_of(item.spec(), &lead);
    }
    let labels = kinds_words(kinds, "or");
    let (reason, settle) = (
        format!("{lead}; no {labels} is listed"),
        format!("list the {labels} with its availability"),
    );
    Judgement::new(Status::Unknown, reason)
        .with_settle(settle)
        .with_gap(
            Action::PublishDocument,
            kinds.first().copied(),
            format!("publish the {what}"),
        )
        .criterion_of(item.spec(), "")
}

/// Art. 53(2): "the information on the model architecture" made publicly available. The Act asks
/// for information, not code: published architecture code, a technical report or a research
/// paper carries it; a published model card may carry it (whether it does cannot be told from
/// the description); the criterion fails only when nothing that could carry it is published.
/// The same reading holds whether the architecture code is withheld or not listed.
fn architecture_information(release: &Release) -> Judged {
    let item = EuAiActItem::ArchitectureInformation;
    let what = "information on the model architecture";
    let lead = format!(
        "the {what} must be made publicly available, by whatever component publishes it \
         (architecture code, a technical report or paper, a model card)"
    );
    let parts: Vec<Judgement> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| item.kinds().contains(&c.kind))
        .map(|(i, c)| {
            let part = judge_access(i, c);
            if c.kind != K::ModelCard || part.status != Status::Met {
                return part;
            }
            let label = component_words(i, c);
            let text = format!(
                "list a technical report, paper or architecture code that describes the \
                 architecture, or state that {label} describes it"
            );
            Judgement::of_component(
                i,
                c,
                Status::Unknown,
                format!(
                    "{label}: published, and may describe the architecture, which cannot be \
                     told from the description"
                ),
            )
            .with_settle(text.clone())
            .with_gap(Action::PublishDocument, Some(K::TechnicalReport), text)
        })
        .collect();
    if parts.is_empty() {
        let labels = kinds_words(item.kinds(), "or");
        return Judgement::new(Status::Unknown, format!("{lead}; no {labels} is listed"))
            .with_settle(format!("list the {labels} with its availability"))
            .with_gap(
                Action::PublishDocument,
                Some(K::TechnicalReport),
                format!("publish the {what}"),
            )
            .criterion_of(item.spec(), "");
    }
    Judgement::combine(Combine::Any, Explain::Every, parts).criterion_of(item.spec(), &lead)
}

/// Recital 103: not monetised.
fn not_monetised(release: &Release, item: EuAiActItem) -> Judged {
    let Some(m) = release.facts.monetisation.as_ref() else {
        let text = "state whether access is sold, tied to paid support or services or a software \
                    platform, or paid for with personal data (Recital 103)";
        return Judgement::new(
            Status::Unknown,
            "free and open-source components that are monetised do not benefit from the \
             exemptions; monetisation is not stated",
        )
        .with_settle(text)
        .with_gap(Action::Disclose, None, text)
        .criterion_of(item.spec(), "");
    };
    let routes = [
        (m.price, "access is provided against a price"),
        (
            m.paid_services,
            "paid technical support or other services are tied to it",
        ),
        (m.platform, "it is monetised through a software platform"),
        (
            m.personal_data,
            "personal data is used for purposes other than security, compatibility or \
             interoperability",
        ),
    ];
    let yes: Vec<&str> = routes
        .iter()
        .filter(|(f, _)| *f == Some(true))
        .map(|(_, t)| *t)
        .collect();
    let unstated: Vec<&str> = routes
        .iter()
        .filter(|(f, _)| f.is_none())
        .map(|(_, t)| *t)
        .collect();
    let evidence = match m.evidence.len() {
        0 => String::new(),
        1 => " (1 link)".to_owned(),
        n => format!(" ({n} links)"),
    };
    let micro = "Recital 103 excepts \u{201c}transactions between microenterprises\u{201d}";
    let judgement = match m.is_monetised() {
        Some(true) if m.microenterprise_transactions == Some(true) => Judgement::new(
            Status::Met,
            format!(
                "{}, but every such transaction is stated to be between microenterprises, which \
                 {micro}{evidence}",
                yes.join("; ")
            ),
        ),
        Some(true) => Judgement::new(
            Status::NotMet,
            format!(
                "monetised components do not benefit from the exemptions: {}{evidence}; {micro}, \
                 and {}",
                yes.join("; "),
                if m.microenterprise_transactions == Some(false) {
                    "these are stated not to be only such transactions"
                } else {
                    "the description does not state that they are"
                }
            ),
        )
        .with_gap(
            Action::ChangeAccess,
            None,
            format!("stop monetising the model ({})", yes.join("; ")),
        ),
        Some(false) => Judgement::new(
            Status::Met,
            format!(
                "stated not monetised: no price, no paid services, no platform, no other use of \
                 personal data{evidence}"
            ),
        ),
        None => {
            let text = format!("state whether {}", unstated.join(", whether "));
            Judgement::new(
                Status::Unknown,
                format!(
                    "no monetisation route is stated, but not every route is settled: not stated \
                     whether {}{evidence}",
                    unstated.join("; whether ")
                ),
            )
            .with_settle(text.clone())
            .with_gap(Action::Disclose, None, text)
        }
    };
    judgement.criterion_of(item.spec(), "")
}

/// Art. 51 and Art. 53(2), last sentence: not a model with systemic risk.
fn no_systemic_risk(release: &Release) -> Judged {
    let designated = release.facts.systemic_risk;
    let flop = compute(release);
    let above = flop.is_some_and(|f| f > SYSTEMIC_RISK_FLOP);
    let flop_text = flop.map(|f| format!("{f:e} FLOP"));
    let (status, reason) = match (designated, flop_text.as_deref()) {
        (Some(true), _) => (
            Status::NotMet,
            "stated to be a general-purpose AI model with systemic risk".to_owned(),
        ),
        (Some(false), Some(f)) if above => (
            Status::Unknown,
            format!(
                "stated not to present systemic risk, but its training compute of {f} is above \
                 10^25 FLOP, where systemic risk is presumed (Art. 51(2)); rebutting the \
                 presumption needs the Commission's acceptance (Art. 52)"
            ),
        ),
        (None, Some(f)) if above => (
            Status::NotMet,
            format!(
                "training compute of {f} is above 10^25 FLOP: systemic risk is presumed \
                 (Art. 51(2))"
            ),
        ),
        (Some(false), _) => (
            Status::Met,
            "stated not to be a general-purpose AI model with systemic risk".to_owned(),
        ),
        (None, Some(f)) => (
            Status::Met,
            format!(
                "training compute of {f} is not above the 10^25 FLOP presumption (Art. 51(2)), \
                 and no designation is stated (the Commission may still designate a model, \
                 Art. 51(1)(b))"
            ),
        ),
        (None, None) => (
            Status::Unknown,
            "neither the training compute nor a systemic-risk designation is stated".to_owned(),
        ),
    };
    let mut judgement = Judgement::new(status, reason);
    if status == Status::Unknown {
        let text = if designated == Some(false) {
            "state whether the Commission has accepted that the model does not present systemic \
             risk"
        } else {
            "state the cumulative training compute in FLOP and whether the model is designated a \
             general-purpose AI model with systemic risk"
        };
        judgement = judgement
            .with_settle(text)
            .with_gap(Action::Disclose, None, text);
    }
    judgement.criterion_of(EuAiActItem::NoSystemicRisk.spec(), "")
}

/// Art. 2(12): every part of the system released under a free and open-source licence.
fn licence_2_12(release: &Release) -> Judged {
    let item = EuAiActItem::Licence2_12;
    let mut parts: Vec<Judgement> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| item.kinds().contains(&c.kind))
        .map(|(i, c)| judge(i, c, &RULE_2_12_LICENCE))
        .collect();
    if !release.has(K::ModelWeights) {
        parts.push(missing(release, K::ModelWeights, &RULE_2_12_LICENCE));
    }
    let mut lead = format!(
        "the AI system must be released under free and open-source licences: every part that \
         makes it up ({}) must be published under one",
        kinds_words(item.kinds(), "and")
    );
    if release.kind != ReleaseKind::System {
        lead.push_str(
            "; the release is described as a model, so its own parts are read as the system",
        );
    }
    Judgement::combine(Combine::All, Explain::Every, parts).criterion_of(item.spec(), &lead)
}

/// Art. 2(12): an "unless" condition read from a yes/no fact (`Some(true)` fails it).
fn stated(fact: Option<bool>, item: EuAiActItem, what: &str, settle: &str) -> Judged {
    let status = fact_status(fact, Status::NotMet);
    let reason = match fact {
        Some(true) => format!("stated to be {what}: the exemption does not apply to it"),
        Some(false) => format!("stated not to be {what}"),
        None => format!("not stated whether it is {what}"),
    };
    let mut judgement = Judgement::new(status, reason);
    if status == Status::Unknown {
        judgement = judgement
            .with_settle(settle)
            .with_gap(Action::Disclose, None, settle);
    }
    judgement.criterion_of(item.spec(), "")
}
