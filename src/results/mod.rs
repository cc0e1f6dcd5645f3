//! What one document comes to: its open-washing and import findings, its diagnostics, and one
//! classification per framework or profile. This is the line `classify --format json` writes
//! (`schema/0.1/classify-output.schema.json`), built here so that every front end (the CLI, the
//! Python package, a registry's own tool) gives the same answer for the same document.
//!
//! ```
//! use ai_openness::pipeline::Pipeline;
//! use ai_openness::results::{DocumentResult, Target};
//!
//! let text = "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model_weights\n    license: MIT\n";
//! let processed = Pipeline::default().process_str(text, None);
//! let targets = Target::defaults(&[], &[]);
//! let result = DocumentResult::new("tiny.yaml", &processed, &targets);
//! assert!(result.is_valid());
//! let line = result.to_json();
//! assert_eq!(line["file"], "tiny.yaml");
//! assert_eq!(line["classifications"].as_array().map(Vec::len), Some(targets.len()));
//! assert_eq!(line["tool"]["name"], "ai-openness");
//! ```
//!
//! How much of the result a line carries is a [`Detail`]: `levels` (each framework's level and
//! key numbers, counts of criteria, findings and diagnostics), `criteria` (plus the findings,
//! diagnostics, criteria and next steps) or `full` (everything). Every line names the tool that
//! wrote it ([`tool_json`]), so a line read on its own says which rules judged it.

mod line;

pub use line::{JsonLine, ValidateLine};

use serde::Serialize;
use serde_json::Value;

use crate::classify::custom::CustomProfile;
use crate::classify::{self, Classification, Framework, Profile};
use crate::diagnostic::Diagnostic;
use crate::pipeline::Processed;

crate::model::macros::vocabulary! {
    /// How much of a document's result to write (`--detail`).
    pub enum Detail {
        /// Per document: whether it is valid, each framework's level and key numbers (MOF class
        /// and progress, OSAID requirements, OSAI Index score, EU AI Act exemptions, DPG
        /// indicators), and counts of criteria by status, of findings and of diagnostics by
        /// severity.
        Levels = "levels",
        /// `levels`, plus the findings, the diagnostics, and per framework every criterion and
        /// the next steps.
        Criteria = "criteria",
        /// Everything: every framework's own fields (components, parameters, notices) and notes.
        Full = "full",
    }
}

/// The fields of a classification's details that `levels` keeps: the key numbers of each
/// built-in framework (`class`, `progress`: MOF; `conforms`, `requirements`: OSAID;
/// `parameter_set`, `score`, `categories`: OSAI Index; `exemptions`, `decided_by`: EU AI Act;
/// `met`, `not_met`, `unknown`: DPG).
pub const KEY_FIELDS: &[&str] = &[
    "class",
    "progress",
    "conforms",
    "requirements",
    "parameter_set",
    "score",
    "categories",
    "exemptions",
    "decided_by",
    "met",
    "not_met",
    "unknown",
];

/// The tool that writes the results: `{"name": "ai-openness", "version": "…"}`, the crate's
/// name and version. Every JSON line carries it as `tool`.
#[must_use]
pub fn tool_json() -> Value {
    to_value(&line::Tool)
}

/// Counts of diagnostics by severity: `{"error": n, "warning": n, "info": n}`.
#[must_use]
pub fn severity_counts(diagnostics: &[Diagnostic]) -> Value {
    to_value(&line::BySeverity(diagnostics))
}

/// What a document is classified under: a built-in framework or a custom profile.
#[derive(Debug, Clone, Copy)]
#[allow(
    clippy::exhaustive_enums,
    reason = "a closed set: a built-in framework or a custom profile"
)]
pub enum Target<'p> {
    /// A built-in framework.
    Builtin(Framework),
    /// A custom framework profile (`docs/profiles.md`).
    Custom(&'p CustomProfile),
}

impl<'p> Target<'p> {
    /// The targets for a list of frameworks and profiles, as the CLI reads them: every
    /// built-in framework when both lists are empty; else the frameworks, each once, in order,
    /// then the profiles.
    #[must_use]
    pub fn defaults(frameworks: &[Framework], profiles: &'p [CustomProfile]) -> Vec<Self> {
        let builtin: &[Framework] = if frameworks.is_empty() && profiles.is_empty() {
            Framework::ALL
        } else {
            frameworks
        };
        let mut targets: Vec<Self> = Vec::with_capacity(builtin.len() + profiles.len());
        for f in builtin {
            if !targets
                .iter()
                .any(|t| matches!(t, Self::Builtin(g) if g == f))
            {
                targets.push(Self::Builtin(*f));
            }
        }
        targets.extend(profiles.iter().map(Self::Custom));
        targets
    }

    /// The framework's or profile's id.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::Builtin(f) => f.id(),
            Self::Custom(p) => p.id(),
        }
    }

    /// The verdict of this target on a valid document, without the open-washing findings
    /// (they belong to the document): the exact MOT engine's for a MOT file under `mof-1.0`,
    /// else the profile's on the release. `None` when there is no release to judge (a MOT file
    /// that MOT grades but that cannot be imported; its diagnostics say why).
    #[must_use]
    pub fn verdict(&self, processed: &Processed) -> Option<Classification> {
        if let (Self::Builtin(Framework::Mof10), Some(mot)) = (self, processed.mot_verdict()) {
            return Some(mot.clone());
        }
        let release = processed.release()?;
        Some(match self {
            Self::Builtin(framework) => framework.evaluate(release),
            Self::Custom(profile) => profile.evaluate(release),
        })
    }
}

/// A finding about a document: an open-washing finding of its release, or a finding of its
/// import (an importer's diagnostic, e.g. a licence it had to normalise). Serialises as the
/// finding or the diagnostic.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[allow(
    clippy::exhaustive_enums,
    reason = "a closed set: the release's own findings or its import's"
)]
pub enum DocumentFinding {
    /// An open-washing finding (`docs/open-washing.md`).
    Washing(classify::Finding),
    /// A diagnostic of the document's import.
    Import(Diagnostic),
}

impl DocumentFinding {
    /// The finding's code.
    #[must_use]
    pub fn code(&self) -> &str {
        match self {
            Self::Washing(f) => f.code.as_str(),
            Self::Import(d) => d.code.as_str(),
        }
    }

    /// How serious it is.
    #[must_use]
    pub fn severity(&self) -> crate::Severity {
        match self {
            Self::Washing(f) => f.severity,
            Self::Import(d) => d.severity,
        }
    }

    /// The JSON Pointer of the value concerned (`""` for the whole document).
    #[must_use]
    pub fn pointer(&self) -> &str {
        match self {
            Self::Washing(f) => &f.pointer,
            Self::Import(d) => &d.pointer,
        }
    }

    /// What was found, for people.
    #[must_use]
    pub fn message(&self) -> &str {
        match self {
            Self::Washing(f) => &f.message,
            Self::Import(d) => &d.message,
        }
    }
}

/// What one document comes to.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DocumentResult {
    /// Where the document came from, as shown to people (a path, `-`).
    pub file: String,
    /// The release's name, when it loaded.
    pub name: Option<String>,
    /// The document's findings, once: the release's open-washing findings, then (for a valid
    /// document) its import's diagnostics.
    pub findings: Vec<DocumentFinding>,
    /// Every diagnostic, as `validate` reports them (the import's among them).
    pub diagnostics: Vec<Diagnostic>,
    /// One verdict per target, in the targets' order; `None` for a document with errors, which
    /// is not classified.
    pub classifications: Option<Vec<Classification>>,
}

impl DocumentResult {
    /// Classifies a processed document under every target.
    #[must_use]
    pub fn new(file: impl Into<String>, processed: &Processed, targets: &[Target<'_>]) -> Self {
        let valid = processed.is_valid();
        let mut findings: Vec<DocumentFinding> = processed
            .release()
            .map(classify::washing::detect)
            .unwrap_or_default()
            .into_iter()
            .map(DocumentFinding::Washing)
            .collect();
        if valid {
            findings.extend(
                processed
                    .import_diagnostics()
                    .iter()
                    .cloned()
                    .map(DocumentFinding::Import),
            );
        }
        let classifications = valid.then(|| {
            targets
                .iter()
                .filter_map(|target| target.verdict(processed))
                .collect()
        });
        Self {
            file: file.into(),
            name: processed.name().map(str::to_owned),
            findings,
            diagnostics: processed.diagnostics().to_vec(),
            classifications,
        }
    }

    /// A document that could not be read or parsed at all: its one diagnostic (e.g.
    /// `unreadable`, or `limit-exceeded` for a JSON Lines line over the size limit), no release,
    /// no classification.
    #[must_use]
    pub fn failed(file: impl Into<String>, diagnostic: Diagnostic) -> Self {
        Self {
            file: file.into(),
            name: None,
            findings: Vec::new(),
            diagnostics: vec![diagnostic],
            classifications: None,
        }
    }

    /// Places the document at line `line` of a JSON Lines input: every diagnostic and import
    /// finding that has a line gets that line (the document is that one line).
    pub fn at_line(&mut self, line: u32) {
        let diagnostics = self
            .diagnostics
            .iter_mut()
            .chain(self.findings.iter_mut().filter_map(|f| match f {
                DocumentFinding::Import(d) => Some(d),
                DocumentFinding::Washing(_) => None,
            }));
        for d in diagnostics {
            if d.line.is_some() {
                d.line = Some(line);
            }
        }
    }

    /// Whether the document has no error-severity diagnostic.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The diagnostics that are not also listed as findings (the import's are both).
    pub fn other_diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| {
            !self
                .findings
                .iter()
                .any(|f| matches!(f, DocumentFinding::Import(i) if i == *d))
        })
    }

    /// The document as one JSON object at [`Detail::Full`]: the line `classify --format json`
    /// writes by default.
    #[must_use]
    pub fn to_json(&self) -> Value {
        self.to_json_at(Detail::Full)
    }

    /// The document as one JSON object, the line `classify --format json --detail …` writes
    /// (`schema/0.1/classify-output.schema.json`): `file`, `name` (when known), `valid`, then
    ///
    /// - `levels`: `counts` (`findings`, and `diagnostics` by severity) and `classifications`,
    ///   each with `framework`, `level`, the [`KEY_FIELDS`] it has and `criteria_counts` (by
    ///   status);
    /// - `criteria`: `findings`, `diagnostics` (when there are any) and `classifications`, each
    ///   with `framework`, `level`, the key fields, `criteria` and `next_steps`;
    /// - `full`: as `criteria`, each classification with all its fields (less `name`, which the
    ///   line has) and its profile's `notes` when there are any;
    ///
    /// `classifications` is absent for a document with errors. Last comes `tool`
    /// ([`tool_json`]).
    #[must_use]
    pub fn to_json_at(&self, detail: Detail) -> Value {
        to_value(&self.json_line(detail))
    }

    /// The line of [`DocumentResult::to_json_at`] as a serde view, to serialise straight into
    /// an output (`serde_json::to_writer(out, &result.json_line(detail))`) without building the
    /// `Value` first: what a batch run writes per document.
    #[must_use]
    pub fn json_line(&self, detail: Detail) -> JsonLine<'_> {
        JsonLine {
            result: self,
            detail,
        }
    }
}

/// `value` as JSON. The crate's result types serialise without failing (string keys, no
/// custom serialisers that can fail); should one ever fail, the failure is kept in the output
/// rather than dropped.
fn to_value(value: &impl Serialize) -> Value {
    serde_json::to_value(value)
        .unwrap_or_else(|e| Value::String(format!("unserialisable value: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Pipeline;

    #[test]
    fn every_detail_is_a_part_of_full() {
        let text = include_str!("../../examples/olmo-2.yaml");
        let processed = Pipeline::default().process_str(text, None);
        let targets = Target::defaults(&[], &[]);
        let result = DocumentResult::new("olmo-2.yaml", &processed, &targets);
        let full = result.to_json_at(Detail::Full);
        let full_verdicts = full["classifications"].as_array().unwrap();
        assert_eq!(full_verdicts.len(), targets.len());
        for detail in [Detail::Levels, Detail::Criteria] {
            let line = result.to_json_at(detail);
            assert_eq!(line["tool"], tool_json());
            assert_eq!(line["valid"], true);
            let verdicts = line["classifications"].as_array().unwrap();
            assert_eq!(verdicts.len(), full_verdicts.len());
            for (verdict, whole) in verdicts.iter().zip(full_verdicts) {
                for (key, value) in verdict.as_object().unwrap() {
                    if key == "criteria_counts" {
                        let n: u64 = value
                            .as_object()
                            .unwrap()
                            .values()
                            .filter_map(Value::as_u64)
                            .sum();
                        assert_eq!(Some(n as usize), whole["criteria"].as_array().map(Vec::len));
                    } else {
                        assert_eq!(&whole[key], value, "{detail}: {key}");
                    }
                }
                assert!(verdict.get("components").is_none() && verdict.get("notes").is_none());
            }
        }
        // The first framework's key numbers are kept at `levels`.
        let levels = result.to_json_at(Detail::Levels);
        assert_eq!(
            levels["classifications"][0]["class"],
            full_verdicts[0]["class"]
        );
        assert_eq!(levels["counts"]["findings"], result.findings.len());
    }

    /// The line view writes each classification at `full` exactly as the classification's own
    /// `Serialize` does, less `name`, in the same key order; on every example and every test
    /// document (valid, invalid, and the bad inputs with their own diagnostics).
    #[test]
    fn the_full_line_is_each_classification_less_its_name() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in [
            "examples",
            "tests/data/valid",
            "tests/data/invalid",
            "tests/bad",
        ] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path
                    .extension()
                    .is_some_and(|e| e == "yaml" || e == "json" || e == "yml")
                {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 100, "{}", files.len());
        let pipeline = Pipeline::default();
        let targets = Target::defaults(&[], &[]);
        let mut classified = 0;
        for path in files {
            // A few bad inputs are not UTF-8 on purpose.
            let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) else {
                continue;
            };
            let processed = pipeline.process_str(&text, None);
            let result = DocumentResult::new("f", &processed, &targets);
            let line = serde_json::to_string(&result.json_line(Detail::Full)).unwrap();
            let value: Value = serde_json::from_str(&line).unwrap();
            assert_eq!(value, result.to_json_at(Detail::Full));
            let Some(verdicts) = &result.classifications else {
                assert!(value.get("classifications").is_none());
                continue;
            };
            classified += 1;
            for (i, verdict) in verdicts.iter().enumerate() {
                let mut expected = to_value(verdict);
                expected.as_object_mut().unwrap().shift_remove("name");
                assert_eq!(
                    serde_json::to_string(&value["classifications"][i]).unwrap(),
                    serde_json::to_string(&expected).unwrap(),
                    "{}",
                    path.display()
                );
            }
        }
        assert!(classified > 20, "{classified}");
    }

    #[test]
    fn a_failed_document_is_one_diagnostic_at_its_line() {
        let d = Diagnostic::of(crate::Code::SyntaxError, "", "bad").at(1, 7);
        let mut result = DocumentResult::failed("c.jsonl:17", d);
        result.at_line(17);
        assert!(!result.is_valid());
        assert_eq!(result.diagnostics[0].line, Some(17));
        assert_eq!(result.diagnostics[0].column, Some(7));
        let line = result.to_json_at(Detail::Criteria);
        assert!(line.get("classifications").is_none());
        assert_eq!(line["valid"], false);
    }
}
