//! The typed openness model: an AI release and its components.
//!
//! This is the one source of truth for every export: the JSON Schema (`schema/`), the RDF
//! vocabulary (`vocab/`) and the documents themselves are generated from or read into these types.
//! Field names are snake_case and the same in JSON, YAML and the schema. Every fact is optional:
//! an absent field means *unknown*, never *no*.

mod claim;
mod component;
mod de;
mod evaluation;
mod facts;
mod ids;
mod kind;
pub(crate) mod macros;
mod release;

pub use claim::{Claim, ClaimKind};
pub use component::{
    AccessTerms, Availability, Component, Coverage, Evidence, EvidenceKind, Lineage,
    LineageRelation, ReleaseRef, Withholding, WithholdingReason,
};
pub use evaluation::{CategoryResult, Evaluation, EvaluationSplit, SystemUnderTest};
pub use facts::{Attestation, Facts, Monetisation, SdgRelevance};
pub use ids::{Checksum, ChecksumAlgorithm, Date, InvalidValue, Iri, SpecVersion, Url};
pub use kind::{ComponentKind, ContentType};
pub use release::{Modality, Producer, ProducerKind, Release, ReleaseKind};

pub use crate::licence::Licence;

/// A string that is not a value of a closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} value `{value}`")]
pub struct UnknownValue {
    vocabulary: &'static str,
    value: String,
}

impl UnknownValue {
    pub(crate) fn new(vocabulary: &'static str, value: &str) -> Self {
        Self {
            vocabulary,
            value: value.to_owned(),
        }
    }

    /// The vocabulary's type name, e.g. `ComponentKind`.
    #[must_use]
    pub fn vocabulary(&self) -> &'static str {
        self.vocabulary
    }

    /// The rejected string.
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }
}
