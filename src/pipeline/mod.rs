//! The document pipeline: one door for every document, so that `validate`, `classify` and
//! `export` (and library users) get the same diagnostics for the same text.
//!
//! A document goes through the steps once, in order:
//!
//! 1. **read**: bytes (a file, standard input, a string), bounded by the size limit; text that
//!    is too large or not UTF-8 is a diagnostic (`limit-exceeded`, `syntax-error`);
//! 2. **parse** into the positioned syntax tree ([`crate::syntax`]), once;
//! 3. **recognise** what the document is ([`DocumentKind`]): a custom framework profile (a
//!    `profile_version` key), a Model Openness Tool (MOT) model file (top-level `framework` and
//!    `release`), a European Open Source AI Index entry (`system` and the index's parameters),
//!    a Hugging Face model card, a Croissant, SPDX 3 or CycloneDX document, else a native
//!    description;
//! 4. **count** the lists and licence terms against the limits per document
//!    ([`crate::syntax::check_counts`], `docs/limits.md`), whatever the document's kind, so that
//!    no reader works on a document over a limit (every reader, and every importer added to the
//!    table below, gets this for free; the limits are the validator's,
//!    [`ValidatorOptions::limits`](crate::validate::ValidatorOptions::limits));
//! 5. **check and load**, by the reader of that kind: a description is upgraded (format
//!    migrations), checked by every layer of the [`Validator`] and loaded; a MOT file is graded
//!    by the exact MOT engine (which rejects what MOT rejects, `docs/mot-rules.md`) and imported
//!    into a release with the importer's diagnostics (`crate::import::mot`); a profile is loaded
//!    and checked.
//!
//! The result, a [`Processed`] document, holds its kind, every diagnostic (the validator's and
//! the importer's, sorted as a [`Report`] sorts them), the [`Release`] when it loaded, and for a
//! MOT file the exact engine's verdict, so nothing is parsed twice to classify it.
//!
//! A new input format (an importer) is one module with a reader plus one line in the reader
//! table of this module.
//!
//! ```
//! use ai_openness::pipeline::{DocumentKind, Pipeline};
//!
//! let pipeline = Pipeline::default();
//! let text = "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model-weights\n";
//! let document = pipeline.process_str(text, None);
//! assert_eq!(document.kind(), Some(DocumentKind::Description));
//! assert!(!document.is_valid());
//! for d in document.diagnostics() {
//!     // error[invalid-value] 4:11 at `/components/0/kind`: … did you mean `model_weights` …
//!     println!("{d}");
//! }
//! let d = &document.diagnostics()[0];
//! assert_eq!(d.suggestion.as_deref(), Some("model_weights"));
//! assert!(document.release().is_none());
//! ```

mod hf_card;
mod imported;
mod mot;
pub(crate) mod mot_schema;
mod native;
mod osai_index;
mod profile;

use std::io::Read;
use std::path::Path;

use crate::classify::Classification;
use crate::diagnostic::Diagnostic;
use crate::document;
use crate::error::{Error, Result};
use crate::import::Unmapped;
use crate::model::Release;
use crate::model::macros::vocabulary;
use crate::syntax::Node;
use crate::validate::{Format, Report, Validator, ValidatorOptions};

vocabulary! {
    /// What a document is, as the pipeline recognised it (or as it was told to read it).
    pub enum DocumentKind {
        /// A native description: a release in the crate's own format (`docs/format.md`).
        Description = "description",
        /// A Model Openness Tool model file (MOF 1.0 YAML, `docs/mot-rules.md`).
        Mot = "mot",
        /// A custom framework profile (`docs/profiles.md`).
        Profile = "profile",
        /// An entry of the European Open Source AI Index (`docs/frameworks/osai-index.md`).
        OsaiIndex = "osai-index",
        /// A Hugging Face model card: Markdown with YAML front matter (`docs/importers.md`).
        HfCard = "hf-card",
        /// An MLCommons Croissant 1.0 or 1.1 dataset description (`docs/importers.md`).
        Croissant = "croissant",
        /// An SPDX 3.0.1 document with the AI and Dataset profiles (`docs/importers.md`).
        Spdx3 = "spdx3",
        /// A CycloneDX 1.6 or 1.7 ML-BOM (`docs/importers.md`).
        CycloneDx = "cyclonedx",
    }
}

/// What a reader of one kind makes of a parsed document.
pub(crate) struct Outcome {
    /// Every diagnostic, in any order (the report sorts them).
    diagnostics: Vec<Diagnostic>,
    /// The release, when the document loaded into one.
    release: Option<Release>,
    /// The importer's own diagnostics (also among `diagnostics`).
    import: Vec<Diagnostic>,
    /// The source fields the importer could not map (empty for a native description).
    unmapped: Vec<Unmapped>,
    /// For a MOT file: the exact engine's verdict.
    mot: Option<Classification>,
}

impl Outcome {
    /// What an importer made of a document: its release, diagnostics and unmapped fields, or
    /// its error as one diagnostic located in `tree` (when there is one).
    fn imported(result: Result<crate::import::Imported>, tree: Option<&Node>) -> Self {
        match result {
            Ok(imported) => Self {
                diagnostics: imported.diagnostics.clone(),
                release: Some(imported.release),
                import: imported.diagnostics,
                unmapped: imported.unmapped,
                mot: None,
            },
            Err(e) => Self {
                diagnostics: vec![crate::import::fields::error_diagnostic(&e, tree)],
                ..Self::empty()
            },
        }
    }

    /// Nothing read: no diagnostic, no release.
    fn empty() -> Self {
        Self {
            diagnostics: Vec::new(),
            release: None,
            import: Vec::new(),
            unmapped: Vec::new(),
            mot: None,
        }
    }
}

/// A parsed document handed to a reader.
pub(crate) struct Input<'a> {
    /// The text, as read.
    text: &'a str,
    /// Its syntax.
    format: Format,
    /// Its positioned tree.
    tree: Node,
}

/// The reader of one kind of document: how to recognise it in a parsed tree, and how to check
/// and load it.
pub(crate) trait Reader: Sync {
    /// The kind this reader reads.
    fn kind(&self) -> DocumentKind;
    /// Whether a parsed document is of this kind.
    fn recognises(&self, tree: &Node) -> bool;
    /// Checks and loads the document.
    fn read(&self, input: &Input<'_>, validator: &Validator) -> Outcome;
}

/// Every reader, tried in order; the first that recognises a document reads it. The native
/// description comes last and recognises everything: what is not recognised as another format
/// is checked as a description. A new importer's format is one line here.
const READERS: &[&dyn Reader] = &[
    &profile::ProfileReader,
    &mot::MotReader,
    &osai_index::OsaiIndexReader,
    &imported::SPDX3,
    &imported::CYCLONEDX,
    &imported::CROISSANT,
    &hf_card::HfCardReader,
    &native::NativeReader,
];

/// The reader of `kind`.
fn reader_of(kind: DocumentKind) -> &'static dyn Reader {
    READERS
        .iter()
        .copied()
        .find(|r| r.kind() == kind)
        .unwrap_or(&native::NativeReader)
}

/// The pipeline: the validator (compiled once) and its limits, and optionally a fixed document
/// kind. Reuse one for many documents.
#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    validator: Validator,
    kind: Option<DocumentKind>,
}

impl Pipeline {
    /// A pipeline whose validator has `options` (limits, "today").
    #[must_use]
    pub fn new(options: ValidatorOptions) -> Self {
        Self::with_validator(Validator::new(options))
    }

    /// A pipeline around an existing validator.
    #[must_use]
    pub fn with_validator(validator: Validator) -> Self {
        Self {
            validator,
            kind: None,
        }
    }

    /// This pipeline, reading every document as `kind` instead of recognising it (what a
    /// `--from FORMAT` option asks for).
    #[must_use]
    pub fn reading_as(mut self, kind: DocumentKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// The validator.
    #[must_use]
    pub fn validator(&self) -> &Validator {
        &self.validator
    }

    /// The limits per document every reader of this pipeline works under (`docs/limits.md`); an
    /// importer reading its own text uses these (`crate::import::mot::to_release_with_limits`).
    #[must_use]
    pub fn limits(&self) -> &crate::syntax::Limits {
        &self.validator.options().limits
    }

    /// Runs a document given as text. `format` `None`: JSON when the first non-blank character
    /// is `{`, else YAML.
    #[must_use]
    pub fn process_str(&self, text: &str, format: Option<Format>) -> Processed {
        // A model card is Markdown with YAML front matter, not JSON or YAML as a whole: it is
        // recognised from its text and read before the parse.
        if self.kind == Some(DocumentKind::HfCard)
            || (self.kind.is_none() && crate::import::hf_card::is_hf_card(text))
        {
            return self.card(text);
        }
        let format = format.unwrap_or_else(|| document::detect_format(None, text));
        let mut diagnostics = Vec::new();
        let Some(tree) = self.validator.parse(text, format, &mut diagnostics) else {
            return self.finish(None, diagnostics, None, Outcome::empty());
        };
        let reader = match self.kind {
            Some(kind) => reader_of(kind),
            None => READERS
                .iter()
                .copied()
                .find(|r| r.recognises(&tree))
                .unwrap_or(&native::NativeReader),
        };
        if !self.validator.check_limits(&tree, &mut diagnostics) {
            return self.finish(Some(reader.kind()), diagnostics, None, Outcome::empty());
        }
        let input = Input { text, format, tree };
        let mut outcome = reader.read(&input, &self.validator);
        diagnostics.append(&mut outcome.diagnostics);
        let release = outcome.release.take();
        self.finish(Some(reader.kind()), diagnostics, release, outcome)
    }

    /// Runs a document given as bytes; the format comes from `path`'s extension (`.json`,
    /// `.yaml`, `.yml`), else from the text. Bytes over the size limit or that are not UTF-8
    /// give one diagnostic.
    #[must_use]
    pub fn process_bytes(&self, bytes: &[u8], path: Option<&Path>) -> Processed {
        match self.validator.decode(bytes) {
            Ok(text) if self.kind.is_none() && path.is_some_and(is_markdown) => self.card(text),
            Ok(text) => self.process_str(text, path.and_then(Format::from_path)),
            Err(d) => self.finish(None, vec![d], None, Outcome::empty()),
        }
    }

    /// Reads a document from `reader` (at most one byte more than the size limit) and runs it.
    ///
    /// # Errors
    /// [`Error::Io`] only when reading fails; everything about the content is a diagnostic.
    pub fn process_reader(&self, reader: impl Read, path: Option<&Path>) -> Result<Processed> {
        let bytes = self.validator.read_capped(reader)?;
        Ok(self.process_bytes(&bytes, path))
    }

    /// Reads a file and runs it.
    ///
    /// # Errors
    /// [`Error::Io`] only when the file cannot be opened or read.
    pub fn process_path(&self, path: &Path) -> Result<Processed> {
        let io = |source| Error::Io {
            path: Some(path.to_owned()),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        // The length a regular file claims is used only to say how large it is, never to decide
        // how much to read (`/dev/zero` and FIFOs claim 0).
        let size = file
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|m| m.len());
        let max = self.validator.options().limits.max_bytes;
        let bytes = document::read_bounded(file, max).map_err(io)?;
        if bytes.len() > max {
            let d = crate::validate::too_large(bytes.len(), max, size);
            return Ok(self.finish(None, vec![d], None, Outcome::empty()));
        }
        Ok(self.process_bytes(&bytes, Some(path)))
    }

    /// Runs a model card (read from its text, see [`Pipeline::process_str`]).
    fn card(&self, text: &str) -> Processed {
        let mut outcome = hf_card::HfCardReader::read_text(text);
        let diagnostics = std::mem::take(&mut outcome.diagnostics);
        let release = outcome.release.take();
        self.finish(Some(DocumentKind::HfCard), diagnostics, release, outcome)
    }

    fn finish(
        &self,
        kind: Option<DocumentKind>,
        diagnostics: Vec<Diagnostic>,
        release: Option<Release>,
        outcome: Outcome,
    ) -> Processed {
        Processed {
            kind,
            report: self.validator.finish(diagnostics, release),
            import: outcome.import,
            unmapped: outcome.unmapped,
            mot: outcome.mot.map(Box::new),
        }
    }
}

/// Whether a path names a Markdown file (`.md`, `.markdown`): a model card.
fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// One document after the pipeline: what it is, every diagnostic, and what loaded.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Processed {
    kind: Option<DocumentKind>,
    report: Report,
    import: Vec<Diagnostic>,
    unmapped: Vec<Unmapped>,
    mot: Option<Box<Classification>>,
}

impl Processed {
    /// What the document is; `None` when it could not be parsed (too large, not UTF-8, not
    /// well-formed JSON or YAML).
    #[must_use]
    pub fn kind(&self) -> Option<DocumentKind> {
        self.kind
    }

    /// The report: every diagnostic, sorted, and the release when it loaded. `validate` prints
    /// it; `classify` and `export` print the same when the document is invalid.
    #[must_use]
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The report, taken out.
    #[must_use]
    pub fn into_report(self) -> Report {
        self.report
    }

    /// Every diagnostic, in the report's order.
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        self.report.diagnostics()
    }

    /// Whether the document has no error-severity diagnostic.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.report.is_valid()
    }

    /// The release, when the document is valid and loaded into one (a native description, or
    /// the import of a MOT file). `None` for an invalid document, so that nothing is classified
    /// or exported from a document `validate` rejects.
    #[must_use]
    pub fn release(&self) -> Option<&Release> {
        self.report.release().filter(|_| self.is_valid())
    }

    /// The importer's diagnostics (also among [`diagnostics`](Self::diagnostics)): what happened
    /// to a MOT file on its way into the release. Empty for a native description.
    #[must_use]
    pub fn import_diagnostics(&self) -> &[Diagnostic] {
        &self.import
    }

    /// The source fields the importer could not map into the release, each with its pointer
    /// into the source, a short rendering of its value and why (also reported among the
    /// diagnostics). Empty for a native description.
    #[must_use]
    pub fn unmapped(&self) -> &[Unmapped] {
        &self.unmapped
    }

    /// For a MOT file that is valid: the exact engine's `mof-1.0` verdict on the file itself
    /// (class and progress exactly as MOT computes them), without open-washing findings.
    #[must_use]
    pub fn mot_verdict(&self) -> Option<&Classification> {
        self.mot.as_deref().filter(|_| self.is_valid())
    }

    /// The document's name: the release's name when it loaded, else the name the MOT engine
    /// read.
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.report
            .release()
            .map(|r| r.name.as_str())
            .or_else(|| self.mot.as_deref().map(|c| c.name.as_str()))
            .filter(|n| !n.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pipeline_serves_many_threads() {
        fn check<T: Send + Sync>() {}
        check::<Pipeline>();
        check::<Processed>();
    }

    #[test]
    fn every_kind_has_a_reader_and_readers_are_tried_in_order() {
        for kind in DocumentKind::ALL {
            assert_eq!(reader_of(*kind).kind(), *kind);
        }
        // The native reader, which recognises everything, comes last.
        assert_eq!(
            READERS.last().map(|r| r.kind()),
            Some(DocumentKind::Description)
        );
    }

    #[test]
    fn a_broken_profile_is_recognised_and_reported_as_a_profile() {
        let processed = Pipeline::default().process_str(
            "profile_version: 0.1.0\nid: x\nname: X\nkind: ladder\nlevels: 3\n",
            None,
        );
        assert_eq!(processed.kind(), Some(DocumentKind::Profile));
        assert!(!processed.is_valid());
        assert_eq!(processed.diagnostics()[0].code.as_str(), "invalid-profile");
        assert!(processed.release().is_none() && processed.name().is_none());
    }
}
