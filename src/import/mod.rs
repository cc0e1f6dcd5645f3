//! Importers: other description formats read into a [`Release`], with a [`Diagnostic`] for
//! everything that did not fit.
//!
//! An importer never drops a field silently: a field with no place in the model, a value that
//! does not fit it, a licence that had to be normalised or could not be, each gives a diagnostic
//! with the JSON Pointer (and line and column) of the field in the *source* document. The codes
//! are the `import-…` values of [`Code`](crate::diagnostic::Code).
//!
//! Every source field either maps to the model or is listed in [`Imported::unmapped`]: its
//! pointer, a short rendering of its value and why it was left out ([`Unmapped`]). Importers
//! report through one helper, `fields::Sink`, which records the entry and emits its
//! `import-field-dropped` (or `import-invalid-value`) diagnostic, so nothing is reported twice
//! by hand and nothing dropped goes unlisted.
//!
//! Conventions for an importer of format `<format>`: a module `import::<format>` with
//! `pub fn from_tree(tree: &Node) -> Result<Imported>` (or from text where the format needs it)
//! and a recogniser `pub fn is_<format>_document(tree: &Node) -> bool`; a reader in
//! `crate::pipeline` (one line in its reader table), and an entry in `crate::convert::Format`.
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

use serde::Serialize;
use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Location};
use crate::licence::{LicenceExpression, LicenceTerm};
use crate::model::Release;
use crate::syntax::{self, Limits, Node, NodeValue};

/// A release read from another format, and what happened on the way.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Imported {
    /// The release.
    pub release: Release,
    /// Fields left out, values that did not fit, licences normalised or not understood, in
    /// source order.
    pub diagnostics: Vec<Diagnostic>,
    /// Every source field that did not map to the model, in source order (each also has its
    /// diagnostic among `diagnostics`).
    pub unmapped: Vec<Unmapped>,
}

impl Imported {
    /// A release with nothing reported.
    #[must_use]
    pub fn new(release: Release) -> Self {
        Self {
            release,
            diagnostics: Vec::new(),
            unmapped: Vec::new(),
        }
    }
}

/// A field that did not map from one format to the other: in an import, a field of the source
/// document the model has no place for (or whose value does not fit); in an export, a field of
/// the release the target format cannot express.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Unmapped {
    /// The field's JSON Pointer: into the source document for an import, into the release (the
    /// native document) for an export.
    pub pointer: String,
    /// A short rendering of the value.
    pub value: String,
    /// Why it did not map.
    pub why: String,
}

impl Unmapped {
    /// The field at `pointer`, with a short rendering of its `value`, left out because `why`.
    #[must_use]
    pub fn new(
        pointer: impl Into<String>,
        value: impl Into<String>,
        why: impl Into<String>,
    ) -> Self {
        let value: String = value.into();
        Self {
            pointer: pointer.into(),
            value: shorten(&value),
            why: why.into(),
        }
    }
}

impl std::fmt::Display for Unmapped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: `{}`: {}", self.value, self.why)
    }
}

/// At most 80 characters of `text`, on one line, with `…` when cut.
fn shorten(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 80 {
        let mut cut: String = one_line.chars().take(79).collect();
        cut.push('…');
        cut
    } else {
        one_line
    }
}

/// Parses an importer's YAML source under `limits`: the parse limits, then the count limits
/// (components, licence terms, evidence, …; `docs/limits.md`), so that an importer does no work
/// on a document over them. Every importer reads its text through this function.
pub(crate) fn parse_within(text: &str, limits: &Limits) -> Result<Node, Error> {
    let root = syntax::parse_yaml(text, limits).map_err(|e| Error::Syntax {
        location: Location {
            line: Some(e.line()),
            column: Some(e.column()),
            ..Location::default()
        },
        message: e.message().to_owned(),
    })?;
    if let Some(e) = syntax::check_counts(&root, limits).into_iter().next() {
        return Err(Error::Invalid {
            location: Location {
                line: Some(e.span.line),
                column: Some(e.span.column),
                pointer: Some(e.pointer),
                ..Location::default()
            },
            message: e.message,
        });
    }
    Ok(root)
}

/// The error for a missing or malformed required part of a document, at `node` (`pointer`).
pub(crate) fn invalid(node: &Node, pointer: &str, message: impl Into<String>) -> Error {
    Error::Invalid {
        location: Location {
            line: Some(node.span.line),
            column: Some(node.span.column),
            pointer: Some(pointer.to_owned()),
            ..Location::default()
        },
        message: message.into(),
    }
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

/// A licence text that is an SPDX expression whose every term is on the SPDX list or a
/// `LicenseRef-`: the expression in canonical form (blanks, operator case, deprecated ids such as
/// `GPL-2.0` as `GPL-2.0-only`), and whether that changed the text. `None` for any other text.
pub(crate) fn spdx_reading(text: &str) -> Option<(LicenceExpression, bool)> {
    let expression = LicenceExpression::parse(text).ok()?;
    if expression
        .ids()
        .any(|t| matches!(t, LicenceTerm::Unknown { .. }))
    {
        return None;
    }
    let canonical = expression.canonical();
    if canonical == text {
        return Some((expression, false));
    }
    Some(match LicenceExpression::parse(&canonical) {
        Ok(canonical) => (canonical, true),
        Err(_) => (expression, false),
    })
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
