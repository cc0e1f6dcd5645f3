//! Model Openness Tool (MOT) model files: graded by the exact engine
//! ([`mof_1_0::classify_mot`]), which rejects what MOT rejects, and imported into a release
//! ([`crate::import::mot`]).
//!
//! A MOT file is valid exactly when MOT accepts it. What MOT accepts but reads leniently or
//! quirkily is a warning: the importer's diagnostics (unknown or loosely spelt component names,
//! licences that are not SPDX, …), a component listed twice (MOT grades only the last entry),
//! and what breaks MOT's own JSON Schema (which MOT does not enforce when grading).
//! The rules are written down in `docs/mot-rules.md`; messages cite them as
//! `docs/mot-rules.md#rule-N`.

use super::{DocumentKind, Input, Outcome, Reader};
use crate::classify::mof_1_0::{self, MotErrorKind, MotReadError};
use crate::classify::{Classification, Details};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::error::Error;
use crate::import;
use crate::syntax::Node;
use crate::validate::Validator;

/// MOT's YAML rule: Symfony YAML, and a licence that is not a string and is truthy makes MOT
/// reject the model.
const RULE_YAML: &str = "docs/mot-rules.md#rule-10";
/// MOT's rule on component names (exact match; with a repeated name the last entry wins).
const RULE_NAMES: &str = "docs/mot-rules.md#rule-8";

/// Reads MOT model files: a mapping with top-level `framework` and `release` keys.
pub(crate) struct MotReader;

impl Reader for MotReader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::Mot
    }

    fn recognises(&self, tree: &Node) -> bool {
        import::mot::is_mot_document(tree)
    }

    fn read(&self, input: &Input<'_>, _validator: &Validator) -> Outcome {
        let tree = &input.tree;
        let verdict = mof_1_0::classify_mot(input.text);
        let mut diagnostics = Vec::new();
        let rejected = mof_details(&verdict).and_then(mof_1_0::MofDetails::rejected);
        if let Some(error) = rejected {
            diagnostics.push(rejection(error, tree));
        } else {
            diagnostics.extend(duplicates(&verdict, tree));
        }
        diagnostics.extend(super::mot_schema::check(tree));
        diagnostics.extend(crate::validate::misleading_text(tree));
        let (release, import, unmapped) = match import::mot::from_tree(tree) {
            Ok(imported) => (
                Some(imported.release),
                imported.diagnostics,
                imported.unmapped,
            ),
            Err(e) => {
                // MOT's own rejection, when there is one, already says what is wrong.
                if rejected.is_none() {
                    diagnostics.push(not_imported(&e, tree));
                }
                (None, Vec::new(), Vec::new())
            }
        };
        diagnostics.extend(import.iter().cloned());
        Outcome {
            diagnostics,
            release,
            import,
            unmapped,
            mot: Some(verdict),
        }
    }
}

/// The `mof-1.0` details of the engine's verdict.
fn mof_details(verdict: &Classification) -> Option<&mof_1_0::MofDetails> {
    match &verdict.details {
        Some(Details::Mof(details)) => Some(details),
        _ => None,
    }
}

/// The error for a file MOT rejects, at the value that makes it reject the file.
fn rejection(error: &MotReadError, tree: &Node) -> Diagnostic {
    let (code, clause) = match error.kind {
        MotErrorKind::YamlParse => (Code::SyntaxError, Some(RULE_YAML)),
        MotErrorKind::LicenceNotString => (Code::WrongType, Some(RULE_YAML)),
        MotErrorKind::MissingRelease | MotErrorKind::MissingComponents => {
            (Code::MissingField, None)
        }
        _ => (Code::WrongType, None),
    };
    let pointer = pointer_at(tree, error.line, error.column);
    let mut message = error.message.clone();
    // MOT reads an unquoted date as a timestamp and quotes it as one (`1704067200`): quote the
    // value as the file writes it (`2024-01-01`).
    if error.kind == MotErrorKind::LicenceNotString
        && let Some(written) = tree.pointee(&pointer).and_then(Node::as_scalar)
        && let Some(end) = message.strip_suffix('`')
        && let Some(start) = end.rfind('`')
    {
        message = format!("{}`{}`", &end[..start], written.text);
    }
    let mut d = Diagnostic::error(
        code,
        pointer,
        format!("MOT rejects the file ({}): {message}", error.kind),
    )
    .at(error.line, error.column);
    d.clause = clause.map(str::to_owned);
    d
}

/// The JSON Pointer of the node at `line`:`column`, or `""` when none starts there.
fn pointer_at(tree: &Node, line: u32, column: u32) -> String {
    tree.walk()
        .into_iter()
        .find(|(_, n)| n.span.line == line && n.span.column == column)
        .map(|(p, _)| p)
        .unwrap_or_default()
}

/// A warning for each component MOT finds listed more than once.
fn duplicates(verdict: &Classification, tree: &Node) -> Vec<Diagnostic> {
    let Some(graded) = mof_details(verdict).and_then(mof_1_0::MofDetails::graded) else {
        return Vec::new();
    };
    graded
        .duplicate_components
        .iter()
        .map(|component| {
            let entries = graded
                .components
                .get(component)
                .map(|e| e.entries.as_slice())
                .unwrap_or_default();
            let pointer = entries
                .last()
                .cloned()
                .unwrap_or_else(|| "/release/components".to_owned());
            let span = tree.locate_nearest(&pointer);
            Diagnostic::warning(
                Code::DuplicateComponent,
                pointer,
                format!(
                    "the MOF component `{}` is listed {} times; MOT grades only the last entry",
                    component.name(),
                    entries.len().max(2)
                ),
            )
            .with_clause(RULE_NAMES)
            .at(span.line, span.column)
        })
        .collect()
}

/// The diagnostic for a file MOT grades but that cannot be imported into a release (it lacks
/// what the importer needs, such as `release.name`): a warning, since MOT accepts the file.
fn not_imported(error: &Error, tree: &Node) -> Diagnostic {
    let location = error.location().cloned().unwrap_or_default();
    let pointer = location.pointer.unwrap_or_default();
    let span = tree.locate_nearest(&pointer);
    let message = match error {
        Error::Syntax { message, .. } | Error::Invalid { message, .. } => message.clone(),
        other => other.to_string(),
    };
    Diagnostic::new(
        Code::InvalidDocument,
        Severity::Warning,
        pointer,
        format!(
            "MOT grades the file, but it cannot be imported into a release for the other \
             frameworks: {message}"
        ),
    )
    .at(
        location.line.unwrap_or(span.line),
        location.column.unwrap_or(span.column),
    )
}
