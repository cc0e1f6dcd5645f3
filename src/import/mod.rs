//! Importers: other description formats read into a [`Release`], with a [`Diagnostic`] for
//! everything that did not fit.
//!
//! An importer never drops a field silently: a field with no place in the model, a value that
//! does not fit it, a licence that had to be normalised or could not be, each gives a diagnostic
//! with the JSON Pointer (and line and column) of the field in the *source* document. The codes
//! are the `import-…` values of [`Code`](crate::Code).
//!
//! * [`mot`]: Model Openness Tool model files (MOF 1.0 YAML).

pub mod mot;

use crate::diagnostic::Diagnostic;
use crate::model::Release;

/// A release read from another format, and what happened on the way.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Imported {
    /// The release.
    pub release: Release,
    /// Fields left out, values that did not fit, licences normalised or not understood, in
    /// source order.
    pub diagnostics: Vec<Diagnostic>,
}
