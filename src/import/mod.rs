//! Importers: other description formats read into a [`Release`], with a [`Diagnostic`] for
//! everything that did not fit.
//!
//! An importer never drops a field silently: a field with no place in the model, a value that
//! does not fit it, a licence that had to be normalised or could not be, each gives a diagnostic
//! with the JSON Pointer (and line and column) of the field in the *source* document. The codes
//! are the `import-…` values of [`Code`](crate::Code).
//!
//! * [`mot`]: Model Openness Tool model files (MOF 1.0 YAML).
//! * [`osai_index`]: European Open Source AI Index entries (`main-database` YAML).

pub mod croissant;
pub mod cyclonedx;
pub(crate) mod fields;
pub mod hf_card;
pub mod mot;
pub mod osai_index;
pub mod spdx3;

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::model::Release;
use crate::syntax::{Node, NodeValue};

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

/// A scalar node's value under the YAML 1.2 core schema, or `None` for a list or mapping.
pub(crate) fn scalar(node: &Node) -> Option<Value> {
    node.as_scalar()?;
    node.to_json().ok()
}

/// A short rendering of a node for messages.
pub(crate) fn render(node: &Node) -> String {
    match &node.value {
        NodeValue::Scalar(s) => s.text.chars().take(80).collect(),
        NodeValue::Sequence(items) => format!("a list of {}", items.len()),
        NodeValue::Mapping(entries) => format!("a mapping of {}", entries.len()),
    }
}

/// A text field's value: `Ok(None)` for null or blank text, the trimmed text of any other
/// scalar, `Err(())` for a list or mapping (which the importer reports).
pub(crate) fn scalar_text(node: &Node) -> Result<Option<String>, ()> {
    let text = match scalar(node) {
        Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s,
        Some(other) => other.to_string(),
        None => return Err(()),
    };
    let trimmed = text.trim();
    Ok((!trimmed.is_empty()).then(|| trimmed.to_owned()))
}

/// ` (it could mean `a`, `b`)` for a list of candidate licence ids, or nothing when empty.
pub(crate) fn could_mean(candidates: &[&str]) -> String {
    if candidates.is_empty() {
        String::new()
    } else {
        format!(
            " (it could mean {})",
            candidates
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}
