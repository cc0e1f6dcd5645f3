//! RDF: the `aiopen:` vocabulary, SHACL shapes, the JSON-LD context, alignments with other
//! vocabularies, an HTML page, and the export and import of descriptions as RDF.
//!
//! Everything here is generated from the model: the JSON Schema that schemars derives from the
//! Rust types (doc comments become `rdfs:comment`s, closed vocabularies become SKOS concept schemes
//! whose `skos:notation` is the JSON string) plus one hand-written table that gives each field its
//! RDF term (`terms.rs`). A field added to the model without a term fails vocabulary generation.
//! The committed files under `vocab/` are regenerated with `cargo run -- vocab --out vocab`, and a
//! test fails when they are stale.
//!
//! # IRIs
//!
//! - **Terms** live in the hash namespace `https://w3id.org/ai-openness/vocab#`, prefix `aiopen:`
//!   (`aio:` is taken by the Artificial Intelligence Ontology). Classes are UpperCamelCase
//!   (`aiopen:Component`), properties lowerCamelCase (`aiopen:accessTerms`). The term namespace is
//!   unversioned; the ontology has `owl:versionIRI https://w3id.org/ai-openness/{format}/vocab`.
//! - **Concepts** of a closed vocabulary are `aiopen:{Vocabulary}-{notation}` with the JSON
//!   string verbatim (`aiopen:Availability-third_party_public`), so strings that occur in several
//!   vocabularies (`code` is a content type and a modality) get distinct IRIs. Two vocabularies
//!   are classes instead, because their JSON key `kind` becomes the node's `rdf:type`: component
//!   kinds (`model_weights` → `aiopen:ModelWeights`, a subclass of `aiopen:Component`) and release
//!   kinds (`system` → `aiopen:SystemRelease`).
//! - **Framework terms**: `aiopen:Framework-mof-1.0`, levels `aiopen:Level-mof-1.0-class-1`,
//!   framework items `aiopen:Item-mof-1.0-model-parameters-final`, the property
//!   `aiopen:reachesLevel` and classes such as `aiopen:Mof10ClassIRelease` (offered for the W3C
//!   DPV AI extension, w3c-cg/dpv#315).
//! - **Instances** never use the term namespace. A node takes the document's `id` when it has
//!   one (releases, components, the releases that lineage refers to); otherwise, when the caller
//!   gives a base IRI ([`ExportOptions::with_base`]), an IRI minted by this rule:
//!
//!   | node | IRI |
//!   |---|---|
//!   | the release | `{base}{slug(name)}/{slug(version)}`, or `{base}{slug(name)}` without a version |
//!   | any other node | the release's minted IRI followed by the node's JSON Pointer, e.g. `…/components/0`, `…/components/0/evidence/1`, `…/facts/monetisation` |
//!
//!   where `slug` lower-cases, keeps letters, digits, `.`, `_` and `-`, turns every other run of
//!   characters into one `-` and trims `-` and `.` from both ends (`OLMo 2 7B` → `olmo-2-7b`; an
//!   empty slug becomes `release`). The base is used verbatim, so end it with `/` or `#`. A node
//!   with an `id` keeps it, and the nodes below it are still minted from the release's IRI, never
//!   under someone else's. Without a base every other node is a blank node.
//!
//!   A node *is* its IRI: two values with the same `id` are one node, so `id`s must be distinct
//!   within a description, and a lineage `base.id` that is another exported release's `id` makes
//!   the reference and that release one node (linked data at work; read such a merged graph
//!   back one release at a time only if the names agree).
//!
//! # From JSON to RDF
//!
//! `vocab/context.jsonld` turns a description in its canonical JSON form (as the crate writes
//! it) into exactly the triples of the Turtle export, because the exporter walks the same mapping
//! the context is generated from:
//! - `id` is `@id`; `kind` of a release or component is `@type`;
//! - closed-vocabulary strings are concept IRIs (`@type: @vocab` with a scoped context per key,
//!   so the same JSON key can mean different things in different objects);
//! - every array is an RDF collection (`@container: @list`), so the order of components,
//!   evidence and the rest survives the round trip;
//! - the keys of `facts` are properties of the release itself (`@nest`);
//! - a licence is a string literal in its short form (`"Apache-2.0"`) and a node with
//!   `aiopen:licenceExpression`, `aiopen:declaredLicence`, `schema:url` and
//!   `aiopen:licenceInferred` in its long form;
//! - dates are `xsd:date`; booleans `xsd:boolean`; a number is an `xsd:integer` when it is whole
//!   and below 10^21 and an `xsd:double` otherwise, as JSON-LD 1.1 writes JSON numbers.
//!
//! The equivalence is for the canonical form: a hand-written document that spells out a default
//! (`availability: unknown`, `safety: false`, an empty list) expands to an extra triple the export
//! leaves out. JSON-LD processors write doubles with 16 significant digits, so a double that needs
//! 17 loses its last digit on that path; the crate's own export keeps the shortest exact form.
//!
//! # Round trip
//!
//! [`from_graph`] reads a release back from the graph of one description: native → RDF → native
//! is lossless for every field. It is strict: a triple it cannot place, a second value where the
//! model has one, an unknown concept or a malformed collection is an error with the JSON Pointer
//! of the value being read. A minted IRI comes back as the node's `id`.
//!
//! # Classifications
//!
//! [`Exporter::add_classified`] (`ai-openness export --with-classification`) adds the verdicts of
//! [`crate::classify`]: `aiopen:reachesLevel` from the release to each level it reaches (an
//! achievement such as MOF Class II, never `unclassified`), and per framework an
//! `aiopen:Classification` node with its `aiopen:resultLevel` and an ordered list of
//! `aiopen:CriterionResult`s (identifier, clause, `aiopen:testsItem` the framework item it tests,
//! `aiopen:Status-met`/`not-met`/`unknown`, reason, and `aiopen:decidedBy` the component nodes
//! of the same export). [`Exporter::add_assessed`] adds an [`Assessment`](crate::classify::Assessment)
//! instead: the same, plus the release's open-washing findings and the profiles' notes as
//! `aiopen:Finding`s (code, pattern, severity, JSON Pointer, the node it concerns, message,
//! clause). A classification under a custom profile (`export --profile FILE`) states the
//! profile's own terms: the profile is an `aiopen:Framework` at `{base}profiles/{id}` (a blank
//! node without a base), its levels `…/levels/{token}` and its criteria, as the items they test,
//! `…/criteria/{id}`. These are statements about the release, not part of its description:
//! [`from_graph`] and the release shapes leave them aside; `vocab/shapes.ttl` has shapes for
//! classifications, criterion results and findings. Next steps are not exported.
//!
//! # Provenance
//!
//! [`Exporter::from_input`] names the input of the releases added next (file name and SHA-256
//! checksum, [`Input`]); [`Exporter::add_provenance`] then writes a PROV-O record: an
//! `aiopen:Export` (`prov:Entity`) generated at a [`Timestamp`] (`SOURCE_DATE_EPOCH` when set,
//! so builds stay reproducible) by an `aiopen:ExportActivity` associated with this tool
//! (`prov:SoftwareAgent` `https://crates.io/crates/ai-openness/{version}`), which used every
//! input (`aiopen:InputDocument`) under the frameworks of the classifications
//! (`aiopen:underFramework`, whose terms carry `owl:versionInfo`); each release
//! `prov:wasDerivedFrom` its input and each classification `prov:wasGeneratedBy` the activity.
//! `ai-openness export` always adds it to RDF output. The shapes cover the record too.
//!
//! ```
//! use ai_openness::document::{self, Format};
//! use ai_openness::rdf::{self, ExportOptions, RdfFormat};
//!
//! let release = document::from_str(
//!     "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model_weights\n    availability: public\n",
//!     Format::Yaml,
//! )?;
//! let export = rdf::to_graph(&release, &ExportOptions::default())?;
//! let mut turtle = Vec::new();
//! rdf::serialize(&export.graph, RdfFormat::Turtle, &mut turtle)?;
//! assert!(String::from_utf8(turtle)?.contains("a aiopen:ModelWeights"));
//! assert_eq!(rdf::from_graph(&export.graph, &export.root)?, release);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod alignments;
mod classification;
mod concepts;
mod context;
mod export;
mod files;
mod frame;
mod frameworks;
mod graph;
mod html;
mod import;
mod labels;
mod ontology;
mod provenance;
mod schema;
mod shapes;
pub mod terms;
mod write;

pub use export::{ExportOptions, Exported, Exporter, slug, to_graph};
pub use files::{VocabFile, check_vocab_files, vocab_files, write_vocab_files};
pub use import::{ImportError, from_graph, releases_in};
pub use provenance::{Input, Timestamp};
pub use write::{RdfFormat, serialize, to_turtle};

use oxrdf::Graph;

/// A failure to generate the vocabulary. It means the model and the term table disagree (a field
/// without a term, a term for a field that no longer exists), never a problem with user data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot generate the RDF vocabulary: {message}")]
pub struct VocabError {
    message: String,
}

impl VocabError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    /// What went wrong.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Why a release could not be exported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The vocabulary could not be generated (the model and the term table disagree).
    #[error(transparent)]
    Vocab(#[from] VocabError),
    /// The base IRI is not an absolute IRI.
    #[error("invalid base IRI `{base}`: {reason}")]
    InvalidBase {
        /// The base as given.
        base: String,
        /// Why it was rejected.
        reason: String,
    },
    /// A value cannot be written as RDF (an IRI that is not one, a key without a term).
    #[error("cannot export the value at `{pointer}`: {message}")]
    Value {
        /// The JSON Pointer of the value.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// Two descriptions would be the same node.
    #[error(
        "two descriptions are the node `{iri}`: give them distinct `id`s, or distinct names or versions when IRIs are minted"
    )]
    DuplicateRoot {
        /// The IRI they share.
        iri: String,
    },
}

/// The ontology (`vocab/ai-openness.ttl`): classes, properties, concept schemes, framework terms.
///
/// # Errors
/// When the model and the term table disagree (see [`VocabError`]).
pub fn vocabulary() -> Result<Graph, VocabError> {
    ontology::build(frame::Frames::shared()?)
}

/// The SHACL shapes (`vocab/shapes.ttl`): the JSON Schema's constraints over the exported graph.
///
/// # Errors
/// When the model and the term table disagree (see [`VocabError`]).
pub fn shapes() -> Result<Graph, VocabError> {
    shapes::build(frame::Frames::shared()?)
}

/// The alignments with other vocabularies (`vocab/alignments.ttl`).
///
/// # Errors
/// When the model and the term table disagree (see [`VocabError`]).
pub fn alignments() -> Result<Graph, VocabError> {
    let frames = frame::Frames::shared()?;
    alignments::build(frames, &ontology::build(frames)?)
}

/// The JSON-LD context (`vocab/context.jsonld`) that turns a native document into RDF.
///
/// # Errors
/// When the model and the term table disagree (see [`VocabError`]).
pub fn context() -> Result<serde_json::Value, VocabError> {
    context::build(frame::Frames::shared()?)
}
