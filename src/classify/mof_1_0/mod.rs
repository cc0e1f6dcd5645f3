//! The Model Openness Framework 1.0, graded exactly as the Model Openness Tool (MOT,
//! `lfai/model_openness_tool` at commit 8b5d30e) grades it.
//!
//! MOF 1.0 sorts 17 components of a model release into three cumulative classes (III Open
//! Model, II Open Tooling, I Open Science) and asks for each required component to be released
//! under an open licence. MOT is the reference implementation; this module reproduces its class,
//! progress, per-component statuses and warnings bit for bit, including the places where MOT is
//! lenient or odd, which it reports as [`Quirk`]s so that stricter diagnostics can point them out.
//!
//! * [`SPEC`]: the framework as data, the one place where its level tokens, class labels and the
//!   names of its 17 components are written, with the component kinds that map to each
//!   component; [`MofLevel`] and [`MofClass`] are its typed levels and classes;
//! * [`components`]: the 17 components as MOT's `mof.settings.yml` lists them (its ids, content
//!   types and display weights; the names come from [`SPEC`]);
//! * [`licences`]: MOT's licence facts (`licenses.json`, `mof-licenses.json` and the lists MOT
//!   keeps in code);
//! * [`input`]: the neutral input, [`MofInput`];
//! * [`evaluate()`]: the evaluator, [`MofInput`] → [`MofResult`];
//! * [`mot_yaml`]: reading MOT's YAML model files (Symfony YAML rules) and
//!   [`classify_mot_yaml`].
//!
//! # Example
//!
//! ```
//! use ai_openness::classify::mof_1_0::{
//!     evaluate, ComponentStatus, GlobalLicence, LicenceValue, MofComponent, MofComponentInput,
//!     MofInput,
//! };
//!
//! let mut input = MofInput::default();
//! input.global.code = GlobalLicence::named("Apache-2.0");
//! input.components = vec![
//!     MofComponentInput::new("Model architecture", LicenceValue::Absent),
//!     MofComponentInput::new("Model parameters (Final)", LicenceValue::text("Apache 2.0")),
//! ];
//! let result = evaluate(&input).unwrap();
//! assert_eq!(result.status(MofComponent::ModelArchitecture), ComponentStatus::Included);
//! // MOT compares licence ids exactly: `Apache 2.0` is not open.
//! assert_eq!(result.status(MofComponent::ModelParametersFinal), ComponentStatus::Invalid);
//! assert_eq!(result.class, 0);
//! assert_eq!(result.mof_class(), None);
//! assert_eq!(result.level(), ai_openness::classify::mof_1_0::MofLevel::Unclassified);
//! assert!((result.progress.class_3 - 100.0 / 6.0).abs() < 1e-9);
//! ```

mod spec;

pub use spec::{MofClass, MofLevel, SPEC};

pub mod components;
mod details;
mod error;
pub mod evaluate;
mod explain;
pub mod input;
mod licence_table;
pub mod licences;
pub mod mot_yaml;
pub mod native;
pub mod quirks;
pub mod result;
mod symfony;

pub use components::{ComponentSpec, ContentType, MofComponent, kind_of};
pub use details::{MofComponentEntry, MofDetails, MofGraded};
pub use error::{MotErrorKind, MotReadError};
pub use evaluate::evaluate;
pub use input::{
    GlobalLicence, GlobalLicences, LicenceValue, MofComponentInput, MofInput, SourceLocation,
};
pub use mot_yaml::{MofOutcome, classify_mot, classify_mot_yaml};
pub use native::{MofNoteCode, classify};
pub use quirks::{Quirk, QuirkCode};
pub use result::{ComponentStatus, LicenceSource, MofRejection, MofResult, Progress};
