//! The root of a description: an AI release.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::claim::Claim;
use super::component::{Component, Evidence, Lineage};
use super::evaluation::Evaluation;
use super::facts::Facts;
use super::kind::ComponentKind;
use crate::value::vocabulary;
use crate::value::{Date, Iri, SpecVersion, Url};

vocabulary! {
    /// Whether the release is a bare model or a complete AI system.
    #[derive(Default)]
    pub enum ReleaseKind {
        /// A model: architecture, parameters and the code and documents around them. The default.
        #[default]
        Model = "model",
        /// A complete AI system: one or more models plus guardrails, filters and usage policies,
        /// judged as a whole (AILuminate "AI Systems"; OSAID 1.0 applies "both to a fully functional
        /// system and to discrete elements of a system").
        System = "system",
    }
}

vocabulary! {
    /// The main modality of the release.
    pub enum Modality {
        /// Text in, text out.
        Text = "text",
        /// Images.
        Image = "image",
        /// Source code.
        Code = "code",
        /// Audio or speech.
        Audio = "audio",
        /// Video.
        Video = "video",
        /// Several modalities.
        Multimodal = "multimodal",
    }
}

vocabulary! {
    /// What kind of organisation produced the release.
    pub enum ProducerKind {
        /// A company.
        Company = "company",
        /// A university or research institute.
        Academic = "academic",
        /// A non-profit organisation.
        NonProfit = "non_profit",
        /// A government body or public institution.
        PublicBody = "public_body",
        /// A community or volunteer collaboration.
        Community = "community",
    }
}

/// Who produced the release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Producer {
    /// The producer's name.
    #[serde(deserialize_with = "super::de::non_empty")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub name: String,
    /// What kind of organisation it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProducerKind>,
    /// The producer's web site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
}

impl Producer {
    /// A producer called `name`.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            kind: None,
            url: None,
        }
    }

    /// Sets what kind of organisation the producer is.
    #[must_use]
    pub fn with_kind(mut self, kind: ProducerKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets the producer's web site.
    #[must_use]
    pub fn with_url(mut self, url: Url) -> Self {
        self.url = Some(url);
        self
    }
}

/// A description of one AI release: a model or a complete system, its components, the claims made
/// about it, its evaluations, and the facts frameworks ask about. This is the root of an
/// ai-openness document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(title = "AI release description"))]
#[non_exhaustive]
pub struct Release {
    /// The version of the document format, `0.1.0` for this one.
    pub spec_version: SpecVersion,
    /// An IRI that names the release (used as its `@id` in RDF).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Iri>,
    /// The release's name, e.g. `OLMo 2 7B`.
    #[serde(deserialize_with = "super::de::non_empty")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub name: String,
    /// The release's version, as the producer writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// A bare model or a complete system.
    #[serde(default)]
    pub kind: ReleaseKind,
    /// A description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who produced it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub producer: Option<Producer>,
    /// When it was released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<Date>,
    /// Its home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<Url>,
    /// Its main modality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
    /// The releases it was derived from (base model, teacher, merged models).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<Lineage>,
    /// Its components.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    /// Evaluations of the release (capability and safety).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<Evaluation>,
    /// What the producer claims about its openness.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
    /// Facts about the release as a whole.
    #[serde(default, skip_serializing_if = "Facts::is_empty")]
    pub facts: Facts,
    /// Links about the release as a whole (announcement, repository, third-party assessments).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Release {
    /// A release called `name` in the current format version, with nothing else known.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            spec_version: SpecVersion::CURRENT,
            id: None,
            name: name.into(),
            version: None,
            kind: ReleaseKind::Model,
            description: None,
            producer: None,
            release_date: None,
            homepage: None,
            modality: None,
            lineage: Vec::new(),
            components: Vec::new(),
            evaluations: Vec::new(),
            claims: Vec::new(),
            facts: Facts::default(),
            evidence: Vec::new(),
        }
    }

    /// Sets the IRI that names the release.
    #[must_use]
    pub fn with_id(mut self, id: Iri) -> Self {
        self.id = Some(id);
        self
    }

    /// Sets the version.
    #[must_use]
    pub fn with_version(mut self, version: impl Into<String>) -> Self {
        self.version = Some(version.into());
        self
    }

    /// Sets whether it is a model or a system.
    #[must_use]
    pub fn with_kind(mut self, kind: ReleaseKind) -> Self {
        self.kind = kind;
        self
    }

    /// Sets the description.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets who released it.
    #[must_use]
    pub fn with_producer(mut self, producer: Producer) -> Self {
        self.producer = Some(producer);
        self
    }

    /// Sets the release date.
    #[must_use]
    pub fn with_release_date(mut self, release_date: Date) -> Self {
        self.release_date = Some(release_date);
        self
    }

    /// Sets the home page.
    #[must_use]
    pub fn with_homepage(mut self, homepage: Url) -> Self {
        self.homepage = Some(homepage);
        self
    }

    /// Sets the modality.
    #[must_use]
    pub fn with_modality(mut self, modality: Modality) -> Self {
        self.modality = Some(modality);
        self
    }

    /// Adds where the release came from.
    #[must_use]
    pub fn with_lineage(mut self, lineage: Lineage) -> Self {
        self.lineage.push(lineage);
        self
    }

    /// Adds an evaluation.
    #[must_use]
    pub fn with_evaluation(mut self, evaluation: Evaluation) -> Self {
        self.evaluations.push(evaluation);
        self
    }

    /// Adds a claim the producer makes.
    #[must_use]
    pub fn with_claim(mut self, claim: Claim) -> Self {
        self.claims.push(claim);
        self
    }

    /// Adds evidence about the release as a whole.
    #[must_use]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// Adds a component.
    #[must_use]
    pub fn with_component(mut self, component: Component) -> Self {
        self.components.push(component);
        self
    }

    /// The components of `kind`, with their index in `components`.
    pub fn components_of(&self, kind: ComponentKind) -> impl Iterator<Item = (usize, &Component)> {
        self.components
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.kind == kind)
    }

    /// Whether a component of `kind` is listed.
    #[must_use]
    pub fn has(&self, kind: ComponentKind) -> bool {
        self.components.iter().any(|c| c.kind == kind)
    }
}
