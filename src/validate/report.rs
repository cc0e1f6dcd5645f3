//! The result of validating one document.

use std::cmp::Ordering;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Release;

/// Every finding about one document, sorted by JSON Pointer (array indices in numeric order), then
/// code, then message, and the release when the document loaded.
///
/// Serialises as `{"valid": bool, "diagnostics": [...]}` (each diagnostic as `code`, `severity`,
/// `pointer`, `line`, `column`, `message`, `clause`, the last three omitted when unknown).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
    release: Option<Release>,
}

impl Report {
    pub(crate) fn new(mut diagnostics: Vec<Diagnostic>, release: Option<Release>) -> Self {
        diagnostics.sort_by(compare);
        diagnostics.dedup();
        Self {
            diagnostics,
            release,
        }
    }

    /// Whether the document has no error-severity finding (warnings and notes allowed).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Whether the document has neither errors nor warnings (what `--deny-warnings` asks for).
    #[must_use]
    pub fn is_clean(&self) -> bool {
        !self
            .diagnostics
            .iter()
            .any(|d| matches!(d.severity, Severity::Error | Severity::Warning))
    }

    /// Every finding, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.diagnostics.iter()
    }

    /// Every finding, in order.
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The error-severity findings.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.of(Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.of(Severity::Warning)
    }

    fn of(&self, severity: Severity) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(move |d| d.severity == severity)
    }

    /// The release, when the document passed the schema and loaded into the model (the semantic
    /// rules then ran on it; their findings may still make the document invalid).
    #[must_use]
    pub fn release(&self) -> Option<&Release> {
        self.release.as_ref()
    }

    /// The findings, consuming the report.
    #[must_use]
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    /// The release and the findings, consuming the report.
    #[must_use]
    pub fn into_parts(self) -> (Option<Release>, Vec<Diagnostic>) {
        (self.release, self.diagnostics)
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.diagnostics.iter()
    }
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Report", 2)?;
        s.serialize_field("valid", &self.is_valid())?;
        s.serialize_field("diagnostics", &self.diagnostics)?;
        s.end()
    }
}

/// Orders diagnostics by pointer (tokens compared as numbers when both are array indices), then
/// code, severity and message.
fn compare(a: &Diagnostic, b: &Diagnostic) -> Ordering {
    compare_pointers(&a.pointer, &b.pointer)
        .then_with(|| a.code.cmp(&b.code))
        .then_with(|| a.severity.cmp(&b.severity))
        .then_with(|| a.message.cmp(&b.message))
        .then_with(|| a.line.cmp(&b.line))
        .then_with(|| a.column.cmp(&b.column))
}

fn compare_pointers(a: &str, b: &str) -> Ordering {
    let mut x = a.split('/');
    let mut y = b.split('/');
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(s), Some(t)) => {
                let order = match (s.parse::<u64>(), t.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    _ => s.cmp(t),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_sort_numerically() {
        assert_eq!(compare_pointers("/c/2", "/c/10"), Ordering::Less);
        assert_eq!(compare_pointers("", "/a"), Ordering::Less);
        assert_eq!(compare_pointers("/a/b", "/a"), Ordering::Greater);
        assert_eq!(compare_pointers("/b", "/a/z"), Ordering::Greater);
    }
}
