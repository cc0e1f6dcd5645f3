//! Licence rules: `deprecated-licence-id`, `unknown-licence-id`, `unlisted-licence-ref`.

use std::fmt::Write as _;

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::licence::{ExceptionTerm, LicenceTerm};
use crate::model::{Component, EvidenceKind};
use crate::syntax::NodeValue;

/// SPDX's own rule for licence identifiers.
const SPDX_ANNEX_B: &str = "SPDX 3.0.1 Annex B (SPDX License Expressions): a license-ref is \
    `LicenseRef-` followed by an id defined in the document, used for licences not on the SPDX \
    License List";

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, c) in cx.release.components.iter().enumerate() {
        let Some(licence) = &c.license else { continue };
        let written_as_map = cx
            .tree
            .pointee(&format!("/components/{i}/license"))
            .is_some_and(|n| matches!(n.value, NodeValue::Mapping(_)));
        let pointer = if written_as_map {
            format!("/components/{i}/license/expression")
        } else {
            format!("/components/{i}/license")
        };
        let text = licence.expression.as_str();
        for req in licence.expression.requirements() {
            // The term as written, with a trailing `+` ("or later"), which the span leaves out.
            let end = req.span.end
                + usize::from(text.get(req.span.end..).is_some_and(|r| r.starts_with('+')));
            let written = text.get(req.span.start..end).unwrap_or_default();
            match req.term {
                LicenceTerm::Spdx {
                    deprecated: true, ..
                } => {
                    let current = req.term.canonical();
                    let mut message = format!("`{written}` is a deprecated SPDX licence id");
                    if current != written {
                        let _ = write!(message, "; write `{current}`");
                    }
                    out.push(Diagnostic::of(
                        Code::DeprecatedLicenceId,
                        pointer.clone(),
                        message,
                    ));
                }
                LicenceTerm::Unknown { id } => {
                    let mut message = format!("`{id}` is not on the SPDX licence list");
                    let suggestion = req.term.normalise().and_then(|n| n.id);
                    if let Some(known) = &suggestion {
                        let _ = write!(message, "; did you mean `{known}`");
                    } else {
                        let _ = write!(
                            message,
                            "; for a licence without an SPDX id write `LicenseRef-{id}` and link its text in `license.url`"
                        );
                    }
                    let mut d = Diagnostic::of(Code::UnknownLicenceId, pointer.clone(), message)
                        .with_clause(SPDX_ANNEX_B);
                    d.suggestion = suggestion.map(|s| s.to_string());
                    out.push(d);
                }
                LicenceTerm::LicenseRef {
                    document: None,
                    name,
                } if req.term.info().is_none() && !has_text_link(c, licence.url.is_some()) => {
                    let mut message = format!(
                        "`LicenseRef-{name}` is not in the licence table and has no link to its text; add `license.url` or evidence of kind `licence_text`"
                    );
                    let suggestion = req.term.normalise().and_then(|n| n.id);
                    if let Some(known) = &suggestion {
                        let _ = write!(message, "; did you mean `{known}`");
                    }
                    let mut d = Diagnostic::of(Code::UnlistedLicenceRef, pointer.clone(), message)
                        .with_clause(SPDX_ANNEX_B);
                    d.suggestion = suggestion.map(|s| s.to_string());
                    out.push(d);
                }
                _ => {}
            }
            match req.exception {
                Some(ExceptionTerm::Spdx {
                    id,
                    deprecated: true,
                }) => out.push(Diagnostic::of(
                    Code::DeprecatedLicenceId,
                    pointer.clone(),
                    format!("`{id}` is a deprecated SPDX exception id"),
                )),
                Some(ExceptionTerm::Unknown { id }) => out.push(
                    Diagnostic::of(
                        Code::UnknownLicenceId,
                        pointer.clone(),
                        format!(
                            "`{id}` is not on the SPDX exceptions list; for an exception without an SPDX id write `AdditionRef-{id}`"
                        ),
                    )
                    .with_clause(SPDX_ANNEX_B),
                ),
                _ => {}
            }
        }
    }
}

/// Whether the component links the licence text: `license.url`, or evidence of kind
/// `licence_text`.
fn has_text_link(component: &Component, licence_url: bool) -> bool {
    licence_url
        || component
            .evidence
            .iter()
            .any(|e| e.kind == Some(EvidenceKind::LicenceText))
}
