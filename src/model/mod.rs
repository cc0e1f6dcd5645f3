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
mod kind;
pub(crate) mod macros {
    //! The `vocabulary!` macro, kept at its former path; it lives in the bottom layer (`crate::value`).
    pub(crate) use crate::value::vocabulary;
}
mod release;

pub use claim::{Claim, ClaimKind};
pub use component::{
    AccessTerms, Availability, Component, Coverage, Evidence, EvidenceKind, Lineage,
    LineageRelation, ReleaseRef, Withholding, WithholdingReason,
};
pub use evaluation::{CategoryResult, Evaluation, EvaluationSplit, SystemUnderTest};
pub use facts::{Attestation, Facts, Monetisation, SdgRelevance};
pub use kind::ComponentKind;
pub use release::{
    AssessedGrade, Assessment, Completeness, Modality, Producer, ProducerKind, Release, ReleaseKind,
};

pub use crate::licence::Licence;
pub use crate::value::{
    Checksum, ChecksumAlgorithm, ContentType, Date, InvalidValue, Iri, SpecVersion, UnknownValue,
    Url,
};
