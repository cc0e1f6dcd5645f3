//! The JSON line of a [`DocumentResult`] as a serde view: serialised straight into the output,
//! without building a `serde_json::Value` tree first.
//!
//! A registry run writes one line per document, and building the tree (an object per criterion,
//! a `String` per key) cost as much as reading, checking and classifying the document
//! (`benches/README.md`). The view writes the same fields in the same order as the tree did;
//! [`DocumentResult::to_json_at`] is this view turned into a `Value`, for callers that want one.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

use super::{DocumentResult, KEY_FIELDS};
use crate::classify::{Classification, CriterionResult, Details, Finding, NextStep};
use crate::diagnostic::{Diagnostic, Severity};
use crate::pipeline::DocumentKind;
use crate::value::Status;

use super::Detail;

/// One document's line at one [`Detail`]; see [`DocumentResult::to_json_at`] for its fields.
#[derive(Debug, Clone, Copy)]
pub struct JsonLine<'a> {
    pub(super) result: &'a DocumentResult,
    pub(super) detail: Detail,
}

impl Serialize for JsonLine<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.result;
        let name = r.name.as_deref().filter(|n| !n.is_empty());
        let mut line = serializer.serialize_map(None)?;
        line.serialize_entry("file", &r.file)?;
        if let Some(name) = name {
            line.serialize_entry("name", name)?;
        }
        line.serialize_entry("valid", &r.is_valid())?;
        if self.detail == Detail::Levels {
            line.serialize_entry("counts", &Counts(&r.findings, &r.diagnostics))?;
        } else {
            line.serialize_entry("findings", &r.findings)?;
            if !r.diagnostics.is_empty() {
                line.serialize_entry("diagnostics", &r.diagnostics)?;
            }
        }
        if let Some(classifications) = &r.classifications {
            line.serialize_entry(
                "classifications",
                &Verdicts {
                    verdicts: classifications,
                    detail: self.detail,
                },
            )?;
        }
        line.serialize_entry("tool", &Tool)?;
        line.end()
    }
}

/// What `validate --format json` writes for one document, as a serde view: `file`, `kind` (when
/// the document was recognised), `valid`, then `diagnostics` (or, at [`Detail::Levels`],
/// `counts` by severity) and `tool`. `valid` is the caller's verdict (the CLI's
/// `--deny-warnings` counts warnings too).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ValidateLine<'a> {
    /// The document's file, as given.
    pub file: &'a str,
    /// The kind of document, when recognised.
    pub kind: Option<DocumentKind>,
    /// Whether the document passes.
    pub valid: bool,
    /// Its diagnostics.
    pub diagnostics: &'a [Diagnostic],
    /// How much to write.
    pub detail: Detail,
}

impl<'a> ValidateLine<'a> {
    /// The line for a document's `diagnostics`, valid when none is an error, at `detail`.
    #[must_use]
    pub fn new(
        file: &'a str,
        kind: Option<DocumentKind>,
        diagnostics: &'a [Diagnostic],
        detail: Detail,
    ) -> Self {
        Self {
            file,
            kind,
            valid: !diagnostics.iter().any(Diagnostic::is_error),
            diagnostics,
            detail,
        }
    }
}

impl Serialize for ValidateLine<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut line = serializer.serialize_map(None)?;
        line.serialize_entry("file", self.file)?;
        if let Some(kind) = self.kind {
            line.serialize_entry("kind", kind.as_str())?;
        }
        line.serialize_entry("valid", &self.valid)?;
        if self.detail == Detail::Levels {
            line.serialize_entry("counts", &BySeverity(self.diagnostics))?;
        } else {
            line.serialize_entry("diagnostics", self.diagnostics)?;
        }
        line.serialize_entry("tool", &Tool)?;
        line.end()
    }
}

/// `counts` at `levels`: the number of findings and the diagnostics by severity.
struct Counts<'a, F>(&'a [F], &'a [Diagnostic]);

impl<F> Serialize for Counts<'_, F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut counts = serializer.serialize_map(Some(2))?;
        counts.serialize_entry("findings", &self.0.len())?;
        counts.serialize_entry("diagnostics", &BySeverity(self.1))?;
        counts.end()
    }
}

/// `{"error": n, "warning": n, "info": n}`.
pub(super) struct BySeverity<'a>(pub(super) &'a [Diagnostic]);

impl Serialize for BySeverity<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut counts = serializer.serialize_map(Some(Severity::ALL.len()))?;
        for severity in Severity::ALL {
            let n = self.0.iter().filter(|d| d.severity == *severity).count();
            counts.serialize_entry(severity.as_str(), &n)?;
        }
        counts.end()
    }
}

/// The `classifications` list at a detail.
struct Verdicts<'a> {
    verdicts: &'a [Classification],
    detail: Detail,
}

impl Serialize for Verdicts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.verdicts.iter().map(|verdict| Verdict {
            verdict,
            detail: self.detail,
        }))
    }
}

/// One classification at a detail.
struct Verdict<'a> {
    verdict: &'a Classification,
    detail: Detail,
}

impl Serialize for Verdict<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.verdict;
        if self.detail == Detail::Full {
            // Every field of the classification but `name`, which the line has.
            return Unnamed {
                framework: &v.framework,
                level: &v.level,
                details: v.details.as_ref(),
                criteria: &v.criteria,
                next_steps: &v.next_steps,
                notes: &v.notes,
            }
            .serialize(serializer);
        }
        let mut fields = serializer.serialize_map(None)?;
        fields.serialize_entry("framework", &v.framework)?;
        fields.serialize_entry("level", &v.level)?;
        for (key, value) in key_fields(v.details.as_ref()) {
            fields.serialize_entry(&key, &value)?;
        }
        if self.detail == Detail::Criteria {
            fields.serialize_entry("criteria", &v.criteria)?;
            fields.serialize_entry("next_steps", &v.next_steps)?;
        } else {
            fields.serialize_entry("criteria_counts", &CriteriaCounts(v))?;
        }
        fields.end()
    }
}

/// A classification without its `name`: the same fields, attributes and order as
/// [`Classification`]'s own `Serialize` (a test checks that the two agree).
#[derive(Serialize)]
struct Unnamed<'a> {
    framework: &'a crate::classify::ProfileId,
    level: &'a crate::classify::LevelView,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    details: Option<&'a Details>,
    criteria: &'a [CriterionResult],
    next_steps: &'a [NextStep],
    #[serde(skip_serializing_if = "<[Finding]>::is_empty")]
    notes: &'a [Finding],
}

/// The [`KEY_FIELDS`] of a classification's details, in the details' order. The details are a
/// small object per framework; the key numbers are picked from their JSON form.
fn key_fields(details: Option<&Details>) -> Map<String, Value> {
    let Some(Ok(Value::Object(mut all))) = details.map(serde_json::to_value) else {
        return Map::new();
    };
    all.retain(|key, _| KEY_FIELDS.contains(&key.as_str()));
    all
}

/// `criteria_counts` at `levels`: the criteria by status.
struct CriteriaCounts<'a>(&'a Classification);

impl Serialize for CriteriaCounts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut counts = serializer.serialize_map(Some(Status::ALL.len()))?;
        for status in Status::ALL {
            counts.serialize_entry(status.as_str(), &self.0.criteria_with(*status).count())?;
        }
        counts.end()
    }
}

/// `tool`: `{"name": "ai-openness", "version": "…"}` ([`super::tool_json`] is its `Value`).
pub(super) struct Tool;

impl Serialize for Tool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut tool = serializer.serialize_map(Some(2))?;
        tool.serialize_entry("name", env!("CARGO_PKG_NAME"))?;
        tool.serialize_entry("version", env!("CARGO_PKG_VERSION"))?;
        tool.end()
    }
}
