#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod classify;
mod diagnostic;
pub mod document;
mod error;
pub mod import;
pub mod licence;
pub mod model;
#[cfg(feature = "rdf")]
pub mod rdf;
#[cfg(feature = "schema")]
pub mod schema;
pub mod syntax;
pub mod validate;
mod value;

pub use diagnostic::{Clause, Code, Diagnostic, Severity};
pub use error::{Error, Location, Result};
pub use model::Release;
pub use validate::{Report, Validator, ValidatorOptions, validate};
