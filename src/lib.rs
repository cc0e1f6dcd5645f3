//! Typed, checkable answers to "how open is this AI system?".
//!
//! A release (a model or a system: data, code, weights, documents, guardrails, each with its
//! licence, availability and evidence) is described once, as a [`Release`] built in code or a
//! JSON/YAML document; the crate validates the description and classifies it under the Model
//! Openness Framework 1.0, the OSI Open Source AI Definition 1.0, the European Open Source AI
//! Index, the EU AI Act's open-source exemptions, the Digital Public Goods Standard 1.1.4 and
//! custom framework profiles, explaining every verdict.
//!
//! # Example: build, validate, classify
//!
//! ```
//! use ai_openness::classify::{Framework, classify, classify_all};
//! use ai_openness::{Availability, Component, ComponentKind, Licence, Release, Validator};
//!
//! let weights = Component::new(ComponentKind::ModelWeights)
//!     .with_licence("Apache-2.0".parse::<Licence>()?)
//!     .with_availability(Availability::Public);
//! let code = Component::new(ComponentKind::TrainingCode).with_licence("MIT".parse::<Licence>()?);
//! let release = Release::new("Tiny LM").with_component(weights).with_component(code);
//!
//! let report = Validator::default().validate_release(&release);
//! for diagnostic in report.diagnostics() {
//!     println!("{diagnostic}"); // severity[code] at `/pointer`: message
//! }
//! assert!(report.is_valid());
//!
//! for verdict in classify_all(&release) {
//!     println!("{}: {}", verdict.framework, verdict.level);
//! }
//! let mof = classify(&release, Framework::Mof10);
//! assert!(!mof.next_steps.is_empty()); // what is missing for the next MOF class
//! # Ok::<(), ai_openness::licence::LicenceError>(())
//! ```
//!
//! A document is validated from its text, with the line and column of every problem:
//!
//! ```
//! use ai_openness::validate::{Format, validate};
//!
//! let report = validate("spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: weights\n", Format::Yaml);
//! for diagnostic in report.diagnostics() {
//!     println!("{diagnostic}");
//! }
//! assert!(!report.is_valid());
//! assert_eq!(report.diagnostics()[0].pointer, "/components/0/kind");
//! ```
//!
//! # What to import
//!
//! The crate root re-exports what building and checking a release needs: [`Release`],
//! [`Component`], [`ComponentKind`], [`Availability`], [`Licence`], [`Validator`], [`Report`],
//! [`Diagnostic`] and [`validate()`]. The modules hold the rest:
//!
//! - [`model`]: the typed description: [`Release`], [`model::Component`],
//!   [`model::ComponentKind`], [`model::Availability`], evidence, claims, lineage, identifiers
//!   ([`model::Url`], [`model::Date`], …). Builders (`with_…`) set the common fields.
//! - [`licence`]: [`licence::Licence`] and [`licence::LicenceExpression`] (both `FromStr`), SPDX
//!   expressions with their facts (OSI-approved, open data, use restrictions, …) as three-valued
//!   [`licence::Tri`]s.
//! - [`validate`](mod@validate): [`Validator`] (`validate_str`, `validate_path`, `validate_release`) and its
//!   [`Report`] of [`Diagnostic`]s, each with a stable [`Code`], a [`Severity`], a JSON Pointer,
//!   the line and column, and a message; `Display` prints one per line. `docs/diagnostics.md`
//!   lists every code.
//! - [`classify`]: [`classify::classify`] under one [`classify::Framework`] or a custom profile,
//!   [`classify::classify_all`] under every built-in framework, [`classify::assess_all`] for the
//!   verdicts together with the release's open-washing findings (detected once). Each
//!   [`classify::Classification`] has its typed level ([`classify::Classification::level_as`]),
//!   the criteria with the clauses and framework items they come from, the next steps and the
//!   profile's own notes; each framework's facts are one [`classify::FrameworkSpec`].
//! - [`pipeline`]: one door for documents of every kind (native descriptions, Model Openness Tool
//!   files, custom profiles): read once, recognise, upgrade, load, validate; what the command-line
//!   tool's `validate`, `classify` and `export` all use.
//! - [`document`]: reading and writing documents (`spec_version`, format migrations);
//!   [`import`]: other formats (Model Openness Tool files, OSAI Index entries) read into a
//!   [`Release`] with diagnostics; [`syntax`]: the positioned JSON/YAML tree underneath.
//! - `schema` (feature `schema`): the JSON Schema generated from the model. `rdf` (feature `rdf`):
//!   the RDF vocabulary, and export and import of descriptions as RDF.
//!
//! # Features
//!
//! All on by default. `default-features = false` gives the model, the validator (without its
//! JSON Schema layer) and the classifier, with neither RDF nor JSON Schema dependencies.
//!
//! - `schema`: JSON Schema generation ([`schemars`](https://docs.rs/schemars)) and the
//!   validator's schema layer ([`jsonschema`](https://docs.rs/jsonschema)), which reports every
//!   shape problem of a document at once; without it the typed load reports the first one.
//! - `rdf` (implies `schema`, since the vocabulary is generated from the JSON Schema): the RDF
//!   vocabulary, export and import (`oxrdf`, `oxttl`, `oxjsonld`).
//! - `report`: reports for people and CI ([`report`]): a release's page in HTML
//!   or Markdown, a registry overview, SVG badges, SARIF 2.1.0 and GitHub annotations. No
//!   dependencies beyond the crate's own.
//! - `cli` (implies `rdf`, `schema` and `report`): the `ai-openness` command-line tool (`clap`).
//!
//! `ARCHITECTURE.md` in the repository shows the layers and the document pipeline.
#![forbid(unsafe_code)]

pub mod classify;
pub mod convert;
mod diagnostic;
pub mod document;
mod error;
pub mod import;
pub mod licence;
pub mod model;
pub mod pipeline;
#[cfg(feature = "rdf")]
pub mod rdf;
#[cfg(feature = "report")]
pub mod report;
pub mod results;
#[cfg(feature = "schema")]
pub mod schema;
pub mod syntax;
pub mod validate;
mod value;

pub use diagnostic::{Clause, Code, Diagnostic, Severity, escape_text};
pub use error::{Error, Location, Result};
pub use licence::Licence;
pub use model::{Availability, Component, ComponentKind, Release};
pub use validate::{Report, Validator, ValidatorOptions, validate};

/// The README's Rust examples, run as doc tests so that they keep compiling.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
