//! Facts about a release that frameworks ask about beyond its components: monetisation, compute,
//! systemic risk, SDG relevance, ownership, privacy, harm prevention, platform independence and
//! standards (the cross-cutting facets of the framework-neutral inventory). Every fact is optional:
//! absent means unknown, never "no".

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::component::Evidence;

/// A yes/no statement with what supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Attestation {
    /// Whether the statement holds.
    pub holds: bool,
    /// Who makes the statement: a person or role authorised to speak for the project ("Jane Doe,
    /// project lead"). The DPG Standard 1.1.4 accepts evidence for indicators 7 to 9 only from
    /// "someone authorized to speak on behalf of the project".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested_by: Option<String>,
    /// What was done, in brief.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Links that support it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Attestation {
    /// A bare statement that `holds` or not.
    #[must_use]
    pub fn new(holds: bool) -> Self {
        Self {
            holds,
            attested_by: None,
            description: None,
            evidence: Vec::new(),
        }
    }

    /// Names who makes the statement.
    #[must_use]
    pub fn by(mut self, attested_by: impl Into<String>) -> Self {
        self.attested_by = Some(attested_by.into());
        self
    }

    /// Adds a link that supports the statement.
    #[must_use]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// Whether the statement names who makes it (a non-blank `attested_by`) and links at least
    /// one piece of evidence.
    #[must_use]
    pub fn is_attributed(&self) -> bool {
        self.attested_by
            .as_deref()
            .is_some_and(|by| !by.trim().is_empty())
            && !self.evidence.is_empty()
    }
}

/// How access to the release is monetised, per EU AI Act Recital 103: components "provided against a
/// price or otherwise monetised, including through the provision of technical support or other
/// services, including through a software platform, related to the AI component, or the use of
/// personal data for reasons other than exclusively for improving the security, compatibility or
/// interoperability of the software ... should not benefit" from the open-source exemptions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Monetisation {
    /// Access to the component is sold ("provided against a price").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<bool>,
    /// Paid technical support or other services related to the component are a condition of use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_services: Option<bool>,
    /// Monetised "through a software platform" tied to the component.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<bool>,
    /// Personal data is used for purposes other than security, compatibility or interoperability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<bool>,
    /// Every monetised transaction is between microenterprises: Recital 103 excepts
    /// "transactions between microenterprises" from the monetisation exclusion. A microenterprise
    /// employs fewer than 10 persons and has an annual turnover or balance sheet total of at most
    /// EUR 2 million (Commission Recommendation 2003/361/EC, Annex, Art. 2(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub microenterprise_transactions: Option<bool>,
    /// Links that support these statements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Monetisation {
    /// `Some(true)` when any monetisation route is stated, `Some(false)` when every route is stated
    /// absent, `None` otherwise.
    #[must_use]
    pub fn is_monetised(&self) -> Option<bool> {
        let flags = [
            self.price,
            self.paid_services,
            self.platform,
            self.personal_data,
        ];
        if flags.contains(&Some(true)) {
            Some(true)
        } else if flags.iter().all(|f| *f == Some(false)) {
            Some(false)
        } else {
            None
        }
    }
}

/// Relevance to one of the UN Sustainable Development Goals (DPG Standard indicator 1, "Relevance
/// to Sustainable Development Goals").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SdgRelevance {
    /// The goal's number, 1–17.
    #[serde(deserialize_with = "super::de::sdg_goal")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 17)))]
    pub goal: u8,
    /// How the release advances the goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Links that support it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl SdgRelevance {
    /// Relevance to goal number `goal`, or `None` when `goal` is not 1–17.
    #[must_use]
    pub fn new(goal: u8) -> Option<Self> {
        (1..=17).contains(&goal).then(|| Self {
            goal,
            description: None,
            evidence: Vec::new(),
        })
    }
}

/// Facts the frameworks ask about that belong to the release as a whole.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Facts {
    /// How access is monetised (EU AI Act Recital 103).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetisation: Option<Monetisation>,
    /// Cumulative compute used for training, in floating-point operations. EU AI Act Art. 51(2):
    /// systemic risk is presumed "when the cumulative amount of computation used for its training
    /// measured in floating point operations is greater than 10^25".
    #[serde(
        default,
        deserialize_with = "super::de::non_negative",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(range(min = 0.0)))]
    pub training_compute_flop: Option<f64>,
    /// Whether the model is designated a general-purpose AI model with systemic risk (EU AI Act
    /// Art. 51; "This exception shall not apply to general-purpose AI models with systemic risks",
    /// Art. 53(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub systemic_risk: Option<bool>,
    /// Whether the system is placed on the market as a high-risk AI system (EU AI Act Art. 2(12)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_risk: Option<bool>,
    /// Whether the system falls under a prohibited practice of EU AI Act Art. 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prohibited_practice: Option<bool>,
    /// Whether the system falls under the transparency obligations of EU AI Act Art. 50
    /// (interacting with people, synthetic content, emotion recognition, deep fakes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transparency_obligations: Option<bool>,
    /// Relevance to the Sustainable Development Goals (DPG indicator 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sdg_relevance: Vec<SdgRelevance>,
    /// Ownership of the assets is clearly defined and documented (DPG indicator 3, "Clear
    /// Ownership").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<Attestation>,
    /// Mandatory dependencies create no more restrictions than the licence, or open alternatives
    /// exist (DPG indicator 4, "Platform Independence").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_independence: Option<Attestation>,
    /// Non-personal data and content can be extracted in a non-proprietary format (DPG indicator 6,
    /// "Mechanism for Extracting Data and Content").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_extraction: Option<Attestation>,
    /// Whether personal data (PII) is collected, stored or used in training or operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<bool>,
    /// The release adheres to privacy and other applicable laws (DPG indicator 7, "Adherence to
    /// Privacy and Applicable Laws").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<Attestation>,
    /// The release adheres to standards and best practices (DPG indicator 8, "Adherence to
    /// Standards & Best Practices").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standards: Option<Attestation>,
    /// Open standards the release uses or supports (formats, protocols), by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open_standards: Vec<String>,
    /// A do-no-harm or safety policy: steps to anticipate, prevent and do no harm, including
    /// handling of inappropriate and illegal content and protection from harassment (DPG indicator
    /// 9, "Do No Harm By Design").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harm_prevention: Option<Attestation>,
}

impl Facts {
    /// Whether no fact is known.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}
