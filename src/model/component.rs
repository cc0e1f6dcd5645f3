//! A component of a release, with its licence, availability, location and evidence.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::kind::ComponentKind;
use crate::licence::Licence;
use crate::value::vocabulary;
use crate::value::{Checksum, Date, Iri, Url};

vocabulary! {
    /// How a component can be obtained. Merges the access states of MOT, the data classes of the OSAID
    /// 1.0 FAQ (open, public, obtainable, unshareable) and the grades of the OSAI Index (gated download
    /// = partial).
    #[derive(Default)]
    pub enum Availability {
        /// Anyone can download it without registration or approval.
        Public = "public",
        /// Download after a click-through, registration or approval ("gated"). The OSAI Index grades
        /// weights behind such a gate "partial": "partially/not fully shared. E.g. gated downloads".
        Gated = "gated",
        /// Given to those who ask, at the producer's discretion.
        OnRequest = "on_request",
        /// Usable only through a hosted service; the artifact itself is not released.
        ApiOnly = "api_only",
        /// Not released by the producer but publicly available from a third party. OSAID 1.0 FAQ,
        /// "Public" data: "Others can inspect it while it remains available".
        ThirdPartyPublic = "third_party_public",
        /// Obtainable from a third party, possibly for a fee. OSAID 1.0 Data Information: "a listing of
        /// all training data obtainable from third parties and where to obtain it, including for fee".
        ThirdPartyObtainable = "third_party_obtainable",
        /// Not shareable for an explainable reason such as personal data; it can only be described.
        /// OSAID 1.0 FAQ, "Unshareable non-public" data.
        Unshareable = "unshareable",
        /// Not released.
        NotReleased = "not_released",
        /// Not known. The default: an absent availability means unknown, never "not released".
        #[default]
        Unknown = "unknown",
    }
}

impl Availability {
    /// Whether a member of the public can obtain the artifact itself (public download, gated
    /// download, or a public third-party copy).
    #[must_use]
    pub const fn is_obtainable(self) -> bool {
        matches!(
            self,
            Self::Public | Self::Gated | Self::ThirdPartyPublic | Self::ThirdPartyObtainable
        )
    }

    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's `skip_serializing_if` passes a reference"
    )]
    fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown)
    }
}

vocabulary! {
    /// What a piece of evidence is.
    pub enum EvidenceKind {
        /// The artifact itself (a download, a repository file).
        Artifact = "artifact",
        /// A source code repository.
        Repository = "repository",
        /// A model card, data card or datasheet.
        Card = "card",
        /// A paper or technical report.
        Paper = "paper",
        /// The licence text.
        LicenceText = "licence_text",
        /// An announcement, blog post or press release.
        Announcement = "announcement",
        /// A third-party assessment (an index entry, an audit).
        Assessment = "assessment",
        /// Anything else.
        Other = "other",
    }
}

/// A link that supports a statement in the description. Listings without evidence rot (an audit of
/// ten Model Openness Tool listings found major errors in nine, MOT issue #80), so every component can
/// carry its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Evidence {
    /// Where the evidence is.
    pub url: Url,
    /// What the evidence is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EvidenceKind>,
    /// A title for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When the evidence was last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<Date>,
    /// A note: what the evidence shows, or where in the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Evidence {
    /// Evidence at `url`, with nothing else known.
    #[must_use]
    pub fn new(url: Url) -> Self {
        Self {
            url,
            kind: None,
            title: None,
            retrieved: None,
            note: None,
        }
    }

    /// Sets what kind of evidence it is.
    #[must_use]
    pub fn with_kind(mut self, kind: EvidenceKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets the title.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets when the evidence was last checked.
    #[must_use]
    pub fn with_retrieved(mut self, retrieved: Date) -> Self {
        self.retrieved = Some(retrieved);
        self
    }

    /// Sets the note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}

vocabulary! {
    /// How a release or component relates to the one it came from.
    pub enum LineageRelation {
        /// Derived in an unspecified way (PROV `wasDerivedFrom`).
        DerivedFrom = "derived_from",
        /// Fine-tuned (instruction, chat, RLHF, domain) from the base.
        FineTunedFrom = "fine_tuned_from",
        /// Quantised from the base.
        QuantizedFrom = "quantized_from",
        /// Distilled from a teacher.
        DistilledFrom = "distilled_from",
        /// Merged from several models.
        MergedFrom = "merged_from",
        /// An adapter (e.g. LoRA) for the base.
        AdapterOf = "adapter_of",
        /// Continued pre-training of the base.
        ContinuedPretrainingOf = "continued_pretraining_of",
    }
}

/// A reference to another release, by IRI, by name and version, or both.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ReleaseRef {
    /// The other release's IRI (its `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Iri>,
    /// The other release's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The other release's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Where the other release is described.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
}

impl ReleaseRef {
    /// Whether the reference names anything (an IRI, a name or a URL).
    #[must_use]
    pub fn is_named(&self) -> bool {
        self.id.is_some() || self.name.is_some() || self.url.is_some()
    }
}

/// Where a release or component came from. "Inherited opacity in derivatives" (fine-tunes that
/// inherit undocumented data from their base) can only be seen when lineage is recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Lineage {
    /// How this one relates to the base.
    pub relation: LineageRelation,
    /// The base release.
    pub base: ReleaseRef,
}

impl Lineage {
    /// `relation` to `base`.
    #[must_use]
    pub fn new(relation: LineageRelation, base: ReleaseRef) -> Self {
        Self { relation, base }
    }
}

/// The terms under which a gated or on-request component is handed out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AccessTerms {
    /// Where the terms are published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// The terms in brief ("accept the licence and share contact details").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

vocabulary! {
    /// How much of its subject a document covers, as the producer or an assessor states it. The
    /// OSAI Index grades documentation open only for coverage: a preprint or paper "detailing all
    /// major parts", a model card "covering architecture, training, fine-tuning, evaluation",
    /// code "comprehensively documented"; publication alone does not show it.
    pub enum Coverage {
        /// Every major part of its subject, comprehensively.
        Complete = "complete",
        /// Some parts of its subject, not all.
        Incomplete = "incomplete",
    }
}

vocabulary! {
    /// Why the producer withholds a component (OSAID 1.0 FAQ: training data that cannot be shared
    /// is "Unshareable non-public" data, withheld "for explainable reasons, e.g. PII"). The first
    /// four values are such reasons; `choice` says the producer could share it and decides not to.
    pub enum WithholdingReason {
        /// It contains personal data (PII) that cannot lawfully be shared.
        PersonalData = "personal_data",
        /// The producer does not hold the rights to redistribute it (copyright, database rights).
        Copyright = "copyright",
        /// A contract or licence with a third party forbids sharing it.
        ThirdPartyTerms = "third_party_terms",
        /// Another legal obligation forbids sharing it (confidentiality, export control, health
        /// or security law).
        LegalObligation = "legal_obligation",
        /// The producer could share it and chooses not to (a commercial, competitive or other
        /// decision of its own).
        Choice = "choice",
    }
}

impl WithholdingReason {
    /// Whether the reason says the component cannot be shared (every value but `choice`).
    #[must_use]
    pub const fn is_unshareable(self) -> bool {
        !matches!(self, Self::Choice)
    }
}

/// Why a component that is not released, only on request, only through an API or unshareable is
/// withheld, with what supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Withholding {
    /// The reason.
    pub reason: WithholdingReason,
    /// The reason in the producer's words ("contains patient records").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Links that support it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Withholding {
    /// Withheld for `reason`, with nothing else stated.
    #[must_use]
    pub fn new(reason: WithholdingReason) -> Self {
        Self {
            reason,
            description: None,
            evidence: Vec::new(),
        }
    }
}

/// One component of a release: a data set, a piece of code, weights, a document, a guardrail, a
/// policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Component {
    /// What the component is.
    pub kind: ComponentKind,
    /// A name that tells this component from others of the same kind ("Dolma v1.7", "Tulu 3 SFT
    /// mix").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An IRI for the component itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Iri>,
    /// A description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The licence, as an SPDX expression (`LicenseRef-…` for licences without an SPDX id; `NONE`
    /// for explicitly none, `NOASSERTION` for unknown). Absent means unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<Licence>,
    /// How the component can be obtained. Absent means unknown.
    #[serde(default, skip_serializing_if = "Availability::is_unknown")]
    pub availability: Availability,
    /// Terms of access for a gated or on-request component.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_terms: Option<AccessTerms>,
    /// Why the component is withheld, when it is not released, only on request, only through an
    /// API or unshareable. Absent means the reason is not stated. OSAID 1.0 lets training data be
    /// described instead of shared only when it is unshareable "for explainable reasons".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withholding: Option<Withholding>,
    /// For a document (a card, report, paper or documentation), how much of its subject it
    /// covers. Absent means not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Coverage>,
    /// Where the component is (a download or repository URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Url>,
    /// A checksum of the artifact at `location`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<Checksum>,
    /// Links that support what is said about the component.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Where this component came from (e.g. weights fine-tuned from another release's weights).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<Lineage>,
}

impl Component {
    /// A component of `kind` about which nothing else is known.
    #[must_use]
    pub fn new(kind: ComponentKind) -> Self {
        Self {
            kind,
            name: None,
            id: None,
            description: None,
            license: None,
            availability: Availability::Unknown,
            access_terms: None,
            withholding: None,
            coverage: None,
            location: None,
            checksum: None,
            evidence: Vec::new(),
            lineage: Vec::new(),
        }
    }

    /// Sets the licence (`license`): a [`Licence`], or a
    /// [`LicenceExpression`](crate::licence::LicenceExpression) on its own.
    ///
    /// ```
    /// use ai_openness::licence::Licence;
    /// use ai_openness::model::{Component, ComponentKind};
    ///
    /// let weights = Component::new(ComponentKind::ModelWeights).with_licence("Apache-2.0".parse::<Licence>()?);
    /// assert_eq!(weights.license.map(|l| l.to_string()).as_deref(), Some("Apache-2.0"));
    /// # Ok::<(), ai_openness::licence::LicenceError>(())
    /// ```
    #[must_use]
    pub fn with_licence(mut self, licence: impl Into<Licence>) -> Self {
        self.license = Some(licence.into());
        self
    }

    /// Sets the licence; the same as [`Component::with_licence`], spelt like the field.
    #[must_use]
    pub fn with_license(self, license: Licence) -> Self {
        self.with_licence(license)
    }

    /// Sets the availability.
    #[must_use]
    pub fn with_availability(mut self, availability: Availability) -> Self {
        self.availability = availability;
        self
    }

    /// Sets how much of its subject the document covers.
    #[must_use]
    pub fn with_coverage(mut self, coverage: Coverage) -> Self {
        self.coverage = Some(coverage);
        self
    }

    /// Sets why the component is withheld.
    #[must_use]
    pub fn with_withholding(mut self, withholding: Withholding) -> Self {
        self.withholding = Some(withholding);
        self
    }

    /// Sets the name.
    #[must_use]
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the location.
    #[must_use]
    pub fn with_location(mut self, location: Url) -> Self {
        self.location = Some(location);
        self
    }

    /// Adds a piece of evidence.
    #[must_use]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// Sets the description.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets the IRI of the component itself.
    #[must_use]
    pub fn with_id(mut self, id: Iri) -> Self {
        self.id = Some(id);
        self
    }

    /// Sets the checksum of the artifact at `location`.
    #[must_use]
    pub fn with_checksum(mut self, checksum: Checksum) -> Self {
        self.checksum = Some(checksum);
        self
    }

    /// Sets the terms of access (for a gated or on-request component).
    #[must_use]
    pub fn with_access_terms(mut self, access_terms: AccessTerms) -> Self {
        self.access_terms = Some(access_terms);
        self
    }

    /// Adds where the component came from.
    #[must_use]
    pub fn with_lineage(mut self, lineage: Lineage) -> Self {
        self.lineage.push(lineage);
        self
    }
}
