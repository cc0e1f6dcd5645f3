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
    /// A statement that `components` is a complete inventory of the kinds it covers: a kind it
    /// covers that is not listed was not released. Absent: the list may be partial, and a kind
    /// that is not listed is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completeness: Option<Completeness>,
    /// Third parties' own assessments of the release (an index's grades), kept as they gave
    /// them, apart from the facts the crate derives its verdicts from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<Assessment>,
}

/// A statement that a release's component list is complete for the kinds it covers: every
/// component of those kinds that the producer released is listed, so a kind that is not listed
/// was not released. A Model Openness Tool file is such an inventory: the MOT form goes through
/// all 17 MOF components and the file lists those the producer released.
///
/// With it, every framework reads a covered kind that is not listed as *not released* (its
/// criteria are not met); without it, a kind that is not listed is *unknown*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Completeness {
    /// The kinds the list accounts for (for a MOT file: the kinds of the 17 MOF components).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub covers: Vec<ComponentKind>,
    /// Who says the list is complete: the producer, the tool or form the list comes from ("the
    /// Model Openness Tool form"), an auditor.
    #[serde(deserialize_with = "super::de::non_empty")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub stated_by: String,
    /// Links that support the statement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// A note: how the list was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Completeness {
    /// A statement by `stated_by` that the list is complete for `covers`.
    #[must_use]
    pub fn new(
        covers: impl IntoIterator<Item = ComponentKind>,
        stated_by: impl Into<String>,
    ) -> Self {
        let mut covers: Vec<ComponentKind> = covers.into_iter().collect();
        covers.sort_unstable();
        covers.dedup();
        Self {
            covers,
            stated_by: stated_by.into(),
            evidence: Vec::new(),
            note: None,
        }
    }

    /// Sets the note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Adds a link that supports the statement.
    #[must_use]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// Whether the list accounts for `kind`.
    #[must_use]
    pub fn covers(&self, kind: ComponentKind) -> bool {
        self.covers.contains(&kind)
    }
}

/// A third party's own assessment of the release under a framework (an entry of the European
/// Open Source AI Index, an audit): its grade for each item, kept as the assessor gave it. The
/// crate's own verdicts are derived from the components; an assessment is what someone else
/// concluded, to compare with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Assessment {
    /// Who assessed the release ("European Open Source AI Index").
    #[serde(deserialize_with = "super::de::non_empty")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub assessor: String,
    /// The framework's id, as `classify --framework` names it (`osai-index`).
    #[serde(deserialize_with = "super::de::non_empty")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub framework: String,
    /// When the assessment was made or last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where the assessment is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Url>,
    /// The grade for each item the assessor graded, in the assessor's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grades: Vec<AssessedGrade>,
}

impl Assessment {
    /// An assessment by `assessor` under `framework`, with no grade yet.
    #[must_use]
    pub fn new(assessor: impl Into<String>, framework: impl Into<String>) -> Self {
        Self {
            assessor: assessor.into(),
            framework: framework.into(),
            date: None,
            source: None,
            grades: Vec::new(),
        }
    }

    /// Adds a grade.
    #[must_use]
    pub fn with_grade(mut self, grade: AssessedGrade) -> Self {
        self.grades.push(grade);
        self
    }

    /// The grade given for `item`, if any.
    #[must_use]
    pub fn grade(&self, item: &str) -> Option<&AssessedGrade> {
        self.grades.iter().find(|g| g.item == item)
    }
}

/// One item of a third-party assessment: the item's id in the framework, the grade as the
/// assessor wrote it, and the assessor's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AssessedGrade {
    /// The item's id in the framework (an OSAI Index parameter: `weights_endmodel`).
    #[serde(deserialize_with = "super::de::non_empty")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub item: String,
    /// The grade, as the assessor wrote it (`open`, `partial`, `closed`).
    #[serde(deserialize_with = "super::de::non_empty")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub grade: String,
    /// The assessor's note on the grade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The links the assessor gave for the grade.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl AssessedGrade {
    /// `item` graded `grade`.
    #[must_use]
    pub fn new(item: impl Into<String>, grade: impl Into<String>) -> Self {
        Self {
            item: item.into(),
            grade: grade.into(),
            note: None,
            evidence: Vec::new(),
        }
    }

    /// Sets the note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Adds a link.
    #[must_use]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }
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
            completeness: None,
            assessments: Vec::new(),
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

    /// Whether a kind that is not listed is known not to be released: the release states that
    /// its list is complete for `kind` ([`Completeness`]) and lists no component of it.
    #[must_use]
    pub fn is_known_absent(&self, kind: ComponentKind) -> bool {
        !self.has(kind) && self.completeness.as_ref().is_some_and(|c| c.covers(kind))
    }

    /// Sets the statement that the component list is complete for the kinds it covers.
    #[must_use]
    pub fn with_completeness(mut self, completeness: Completeness) -> Self {
        self.completeness = Some(completeness);
        self
    }

    /// Adds a third party's assessment.
    #[must_use]
    pub fn with_assessment(mut self, assessment: Assessment) -> Self {
        self.assessments.push(assessment);
        self
    }
}
