//! The registry-grade validator: every problem of a document as a [`Diagnostic`], never an `Err`.
//!
//! A document goes through four layers; each layer runs only when the one before it let the
//! document through, and every layer reports *all* it finds:
//!
//! 1. **parse**: JSON or YAML into a tree with line and column of every node
//!    ([`crate::syntax`]); `syntax-error`, `non-json-value`, and `limit-exceeded` for any of the
//!    limits per document (`docs/limits.md`: size, depth, nodes, string length, components,
//!    licence terms, evidence, claims, lineage, evaluations). Then the format version:
//!    `unsupported-spec-version` (a newer or unknown format stops here; an older one is migrated).
//! 2. **schema** (with the `schema` feature, on by default; without it this layer is skipped and
//!    the typed load reports a document's first shape problem as `invalid-document`): the crate's
//!    JSON Schema (`crate::schema`), compiled once per [`Validator`],
//!    formats asserted; every error, mapped to `missing-field`, `unknown-field`, `wrong-type`,
//!    `invalid-value`, `invalid-format` or `invalid-licence-expression`, with "did you mean"
//!    suggestions for misspelt fields and values.
//! 3. **typed load**: licence expressions are parsed, all of them, even when the schema failed
//!    (its pattern sees only their shape); then, only when the schema and the licences found no
//!    error, the value is read into the model with
//!    [`document::release_from_value`], which stops at its
//!    first problem; `invalid-licence-expression`, `invalid-document`.
//! 4. **semantic rules** on the loaded [`Release`](crate::Release), so only for documents that
//!    passed the layers before: what the schema cannot
//!    express (duplicate components, deprecated or unknown licence ids, open-source claims on
//!    use-restricted weights, missing access terms, unnamed base releases, evaluation splits,
//!    future dates, non-web URLs, incomplete claims).
//!
//! Every diagnostic has a JSON Pointer into the submitted document and, since both parsers keep
//! positions, the line and column of the value (for a missing field: of the object that lacks it).
//! (A document in an older format is checked after migration; its pointers then refer to the
//! migrated document, and positions to the nearest node of the original that still matches.)
//! `docs/diagnostics.md` lists every code.
//!
//! ```
//! use ai_openness::validate::{validate, Format};
//!
//! let report = validate("spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model-weights\n", Format::Yaml);
//! assert!(!report.is_valid());
//! let d = &report.diagnostics()[0];
//! assert_eq!((d.code.as_str(), d.pointer.as_str()), ("invalid-value", "/components/0/kind"));
//! assert_eq!((d.line, d.column), (Some(4), Some(11)));
//! assert!(d.message.contains("did you mean `model_weights`"));
//! ```
//!
//! Registries that validate many documents build one [`Validator`] and reuse it: the schema is
//! compiled once, in [`Validator::new`].
//!
//! The validator reads native descriptions (and custom framework profiles, as profiles). Every
//! other kind of document the command line reads, such as a Model Openness Tool file (checked as
//! MOT reads it), goes through [the document pipeline](crate::pipeline), which recognises what a
//! document is and runs this validator on descriptions; `ai-openness validate` uses it.

mod report;
mod rules;
pub(crate) use rules::text::check_tree as misleading_text;
pub(crate) mod schema_layer;
// The suggestions are made by the schema layer, which only the `schema` feature compiles.
#[cfg_attr(not(feature = "schema"), allow(dead_code))]
mod suggest;
mod typed;

use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic};
use crate::document;
use crate::error::{Error, Result};
use crate::model::{Date, SpecVersion};
use crate::syntax::{self, Limits, Node, SyntaxErrorKind};

pub use crate::syntax::SourceFormat as Format;
pub use report::Report;

use schema_layer::SchemaLayer;

/// Settings of a [`Validator`]: the limits a hostile submitter cannot get past, and the date the
/// `future-date` rule compares with.
///
/// Every exceeded limit is a `limit-exceeded` diagnostic, never a crash or a hang.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ValidatorOptions {
    /// The per-document limits (`docs/limits.md`): input size, nesting depth, node count (YAML
    /// alias expansions included), string length, and the counts of components, licence terms,
    /// evidence, claims, lineage and evaluations.
    pub limits: Limits,
    /// Most findings reported for one document; the rest are summarised in one
    /// `limit-exceeded` note. Default 1,000.
    pub max_diagnostics: usize,
    /// The date taken as today by `future-date`; `None` (the default) reads the system clock
    /// (UTC) for each document.
    pub today: Option<Date>,
}

impl Default for ValidatorOptions {
    fn default() -> Self {
        Self {
            limits: Limits::default(),
            max_diagnostics: 1_000,
            today: None,
        }
    }
}

impl ValidatorOptions {
    /// These options with other parse limits.
    #[must_use]
    pub const fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// These options with another maximum input size, in bytes.
    #[must_use]
    pub const fn with_max_bytes(mut self, max_bytes: usize) -> Self {
        self.limits = self.limits.with_max_bytes(max_bytes);
        self
    }

    /// These options with another maximum nesting depth.
    #[must_use]
    pub const fn with_max_depth(mut self, max_depth: usize) -> Self {
        self.limits = self.limits.with_max_depth(max_depth);
        self
    }

    /// These options with another maximum number of components.
    #[must_use]
    pub const fn with_max_components(mut self, max_components: usize) -> Self {
        self.limits = self.limits.with_max_components(max_components);
        self
    }

    /// These options with another maximum number of findings per document (at least 1).
    #[must_use]
    pub const fn with_max_diagnostics(mut self, max_diagnostics: usize) -> Self {
        self.max_diagnostics = if max_diagnostics == 0 {
            1
        } else {
            max_diagnostics
        };
        self
    }

    /// These options with a fixed "today" for `future-date` (reproducible runs and tests).
    #[must_use]
    pub const fn with_today(mut self, today: Date) -> Self {
        self.today = Some(today);
        self
    }
}

/// A reusable validator: the JSON Schema is compiled once, in [`Validator::new`], and every
/// document validated with it reuses the compiled form. `Send + Sync`, so one validator can
/// serve many threads.
///
/// Building one never panics. The schema is the crate's own (it depends on no input) and the test
/// suite compiles it; should it ever fail to compile, [`Validator::new`] still returns a
/// validator, which *fails closed*: every description gets one `invalid-document` error naming
/// the problem, and nothing is accepted. [`Validator::try_new`] returns the failure instead.
#[derive(Debug, Clone)]
pub struct Validator {
    options: ValidatorOptions,
    schema: std::result::Result<SchemaLayer, String>,
}

impl Default for Validator {
    fn default() -> Self {
        Self::new(ValidatorOptions::default())
    }
}

/// The validator behind [`validate`], built on first use.
static DEFAULT: LazyLock<Validator> = LazyLock::new(Validator::default);

/// Validates one document with the default options (the schema is compiled once per process).
///
/// # Examples
/// ```
/// use ai_openness::validate::{validate, Format};
/// let report = validate(r#"{"spec_version": "0.1.0", "name": "Tiny"}"#, Format::Json);
/// assert!(report.is_valid());
/// assert!(report.release().is_some());
/// ```
#[must_use]
pub fn validate(text: &str, format: Format) -> Report {
    DEFAULT.validate_str(text, format)
}

impl Validator {
    /// A validator with `options`; compiles the JSON Schema. Infallible: see the type's
    /// documentation for what happens should the crate's schema not compile.
    #[must_use]
    pub fn new(options: ValidatorOptions) -> Self {
        Self {
            options,
            schema: SchemaLayer::new(),
        }
    }

    /// A validator with `options`, or the error when the crate's JSON Schema does not compile
    /// (never, in a tested build).
    ///
    /// # Errors
    /// [`Error::Invalid`] with the schema compiler's message.
    pub fn try_new(options: ValidatorOptions) -> Result<Self> {
        let validator = Self::new(options);
        match &validator.schema {
            Ok(_) => Ok(validator),
            Err(e) => Err(Error::Invalid {
                location: crate::error::Location::default(),
                message: format!("the crate's JSON Schema does not compile: {e}"),
            }),
        }
    }

    /// The options.
    #[must_use]
    pub fn options(&self) -> &ValidatorOptions {
        &self.options
    }

    /// Whether a JSON value conforms to the crate's JSON Schema (layer 2 only). This is the
    /// verdict third-party JSON Schema validators give on the same value. Needs the `schema`
    /// feature.
    #[cfg(feature = "schema")]
    #[must_use]
    pub fn schema_accepts(&self, value: &Value) -> bool {
        self.schema.as_ref().is_ok_and(|s| s.is_valid(value))
    }

    /// Validates a document given as text.
    #[must_use]
    pub fn validate_str(&self, text: &str, format: Format) -> Report {
        let mut diagnostics = Vec::new();
        let release = self.run(text, format, &mut diagnostics);
        self.finish(diagnostics, release)
    }

    /// Validates a [`Release`](crate::Release) built in code, without writing it out first.
    ///
    /// The release goes through the same layers as a document: its serialised form is checked
    /// against the JSON Schema (with the `schema` feature), its licence expressions and its typed
    /// load, then the semantic rules run. The diagnostics are those a document with the same
    /// content would get, with JSON Pointers into the release's fields (`/components/0/license`)
    /// and no line or column (there is no text). The [`Report::release`] is the release given,
    /// when it is valid enough to load.
    ///
    /// # Examples
    /// ```
    /// use ai_openness::model::{Availability, Component, ComponentKind};
    /// use ai_openness::{Release, Validator};
    ///
    /// let release = Release::new("Tiny").with_component(
    ///     Component::new(ComponentKind::ModelWeights)
    ///         .with_licence("Apache-2.0".parse::<ai_openness::licence::Licence>()?)
    ///         .with_availability(Availability::Public),
    /// );
    /// let report = Validator::default().validate_release(&release);
    /// assert!(report.is_valid());
    ///
    /// // Two weights of the same kind and no name: the rules say so.
    /// let twice = release.clone().with_component(Component::new(ComponentKind::ModelWeights));
    /// let report = Validator::default().validate_release(&twice);
    /// let d = &report.diagnostics()[0];
    /// assert_eq!((d.code.as_str(), d.pointer.as_str()), ("duplicate-component", "/components/1"));
    /// # Ok::<(), ai_openness::licence::LicenceError>(())
    /// ```
    #[must_use]
    pub fn validate_release(&self, release: &crate::model::Release) -> Report {
        let mut diagnostics = Vec::new();
        let loaded = match serde_json::to_string(release) {
            Ok(text) => self.run(&text, Format::Json, &mut diagnostics),
            Err(e) => {
                diagnostics.push(Diagnostic::of(
                    Code::InvalidDocument,
                    "",
                    format!("the release cannot be serialised: {e}"),
                ));
                None
            }
        };
        // Positions would point into a text nobody wrote.
        for d in &mut diagnostics {
            d.line = None;
            d.column = None;
        }
        self.finish(diagnostics, loaded.map(|_| release.clone()))
    }

    /// Validates a document given as bytes: input over the size limit and text that is not
    /// UTF-8 are diagnostics (`limit-exceeded`, `syntax-error`), as is everything else. With
    /// `format` `None`, JSON is assumed when the first non-blank character is `{`, else YAML.
    #[must_use]
    pub fn validate_bytes(&self, bytes: &[u8], format: Option<Format>) -> Report {
        match self.decode(bytes) {
            Ok(text) => {
                let format = format.unwrap_or_else(|| document::detect_format(None, text));
                self.validate_str(text, format)
            }
            Err(d) => self.finish(vec![d], None),
        }
    }

    /// The bytes of a document as text: `limit-exceeded` over the size limit, `syntax-error`
    /// (located at the first bad byte) when they are not UTF-8.
    pub(crate) fn decode<'a>(&self, bytes: &'a [u8]) -> std::result::Result<&'a str, Diagnostic> {
        let max = self.options.limits.max_bytes;
        if bytes.len() > max {
            return Err(too_large(bytes.len(), max, None));
        }
        std::str::from_utf8(bytes).map_err(|e| {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let before = String::from_utf8_lossy(valid);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Diagnostic::of(
                Code::SyntaxError,
                "",
                format!(
                    "not UTF-8 text (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            )
            .at(to_u32(line), to_u32(column))
        })
    }

    /// Reads at most one byte more than the size limit from `reader`.
    pub(crate) fn read_capped(&self, reader: impl Read) -> Result<Vec<u8>> {
        document::read_bounded(reader, self.options.limits.max_bytes)
            .map_err(|source| Error::Io { path: None, source })
    }

    /// Reads and validates one document from `reader`, reading at most one byte more than the
    /// size limit. The format is `format`, else detected from the text.
    ///
    /// # Errors
    /// [`Error::Io`] only when reading fails; everything about the content is a diagnostic.
    pub fn validate_reader(&self, reader: impl Read, format: Option<Format>) -> Result<Report> {
        let bytes = self.read_capped(reader)?;
        Ok(self.validate_bytes(&bytes, format))
    }

    /// Reads and validates one file; the format comes from the extension (`.json`, `.yaml`,
    /// `.yml`), else from the text.
    ///
    /// # Errors
    /// [`Error::Io`] only when the file cannot be opened or read.
    pub fn validate_path(&self, path: &Path) -> Result<Report> {
        let io = |source| Error::Io {
            path: Some(path.to_owned()),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        self.validate_reader(file, Format::from_path(path))
            .map_err(|e| match e {
                Error::Io { source, .. } => io(source),
                other => other,
            })
    }

    /// Runs the layers; returns the release when the document loaded.
    fn run(
        &self,
        text: &str,
        format: Format,
        out: &mut Vec<Diagnostic>,
    ) -> Option<crate::model::Release> {
        let tree = self.parse(text, format, out)?;
        if !self.check_limits(&tree, out) {
            return None;
        }
        // A custom framework profile is checked as a profile.
        if crate::classify::custom::is_profile(&tree) {
            self.check_profile(text, format, out);
            return None;
        }
        self.check_description(&tree, out)
    }

    /// Layer 1, the parse: `text` into a positioned tree; `None` (with the diagnostic in `out`)
    /// when the text is too large or is not well-formed JSON or YAML within the limits.
    pub(crate) fn parse(
        &self,
        text: &str,
        format: Format,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Node> {
        let limits = &self.options.limits;
        if text.len() > limits.max_bytes {
            out.push(too_large(text.len(), limits.max_bytes, None));
            return None;
        }
        match syntax::parse(text, format, limits) {
            Ok(tree) => Some(tree),
            Err(e) => {
                let code = match e.kind() {
                    SyntaxErrorKind::LimitExceeded(_) => Code::LimitExceeded,
                    _ => Code::SyntaxError,
                };
                out.push(Diagnostic::of(code, "", e.message()).at(e.line(), e.column()));
                None
            }
        }
    }

    /// The count limits (components, licence terms, evidence, claims, lineage, evaluations) on a
    /// parsed document, whatever its kind: one `limit-exceeded` error per limit passed. Returns
    /// whether the document is within them; a reader runs only on a document that is.
    pub(crate) fn check_limits(&self, tree: &Node, out: &mut Vec<Diagnostic>) -> bool {
        let exceeded = syntax::check_counts(tree, &self.options.limits);
        let within = exceeded.is_empty();
        out.extend(exceeded.into_iter().map(|e| {
            Diagnostic::of(Code::LimitExceeded, e.pointer, e.message).at(e.span.line, e.span.column)
        }));
        within
    }

    /// Checks a custom framework profile (a document with `profile_version`): its first problem,
    /// as `invalid-profile`.
    pub(crate) fn check_profile(&self, text: &str, format: Format, out: &mut Vec<Diagnostic>) {
        let limits = &self.options.limits;
        if let Err(e) = crate::classify::custom::load_profile_with_limits(text, format, limits) {
            let loc = e.location().cloned().unwrap_or_default();
            let message = match &e {
                Error::Syntax { message, .. } | Error::Invalid { message, .. } => message.clone(),
                other => other.to_string(),
            };
            let mut d = Diagnostic::of(
                Code::InvalidProfile,
                loc.pointer.unwrap_or_default(),
                message,
            );
            d.line = loc.line;
            d.column = loc.column;
            out.push(d);
        }
    }

    /// Layers 2 to 4 on a parsed native description: the format version, the schema, the typed
    /// load and the semantic rules. Returns the release when the document loaded.
    pub(crate) fn check_description(
        &self,
        tree: &Node,
        out: &mut Vec<Diagnostic>,
    ) -> Option<crate::model::Release> {
        let mut value = match tree.to_json() {
            Ok(v) => v,
            Err(e) => {
                out.push(
                    Diagnostic::of(Code::NonJsonValue, e.pointer(), e.message())
                        .at(e.line(), e.column()),
                );
                return None;
            }
        };

        // The format version.
        let version_reported = match self.version(&mut value, tree) {
            Version::Current => false,
            Version::Malformed(d) => {
                out.push(d);
                true
            }
            Version::Unsupported(d) => {
                out.push(d);
                locate_all(out, tree);
                return None;
            }
        };

        // Layer 2: the schema.
        let (found, truncated) = match &self.schema {
            Ok(schema) => schema.check(&value, self.options.max_diagnostics),
            Err(e) => (
                vec![Diagnostic::of(
                    Code::InvalidDocument,
                    "",
                    format!(
                        "the crate's JSON Schema does not compile, so no document is accepted \
                         (a bug: please report it): {e}"
                    ),
                )],
                false,
            ),
        };
        let schema_failed = version_reported || !found.is_empty();
        let found = numbers_as_written(found, tree);
        out.extend(
            found
                .into_iter()
                .filter(|d| !(version_reported && d.pointer == "/spec_version")),
        );
        if truncated {
            out.push(capped(self.options.max_diagnostics));
        }
        // Licence expressions are checked whatever the schema said, so that a submitter sees
        // every problem at once (those the schema already reported are not repeated).
        let reported: std::collections::HashSet<&str> =
            out.iter().map(|d| d.pointer.as_str()).collect();
        let licences = typed::licence_errors(&value, &reported);
        if schema_failed || !licences.is_empty() {
            out.extend(licences);
            locate_all(out, tree);
            return None;
        }

        // Layer 3: the typed load.
        let release = match typed::load(value, tree) {
            Ok(r) => r,
            Err(d) => {
                out.push(d);
                locate_all(out, tree);
                return None;
            }
        };

        // Layer 4: the semantic rules.
        let cx = rules::Context {
            release: &release,
            tree,
            today: self.options.today.unwrap_or_else(Date::today),
        };
        out.extend(rules::run(&cx));
        locate_all(out, tree);
        Some(release)
    }

    /// Checks `spec_version` (a string that is a semantic version the crate reads) and migrates
    /// an older document. A missing or non-string `spec_version` is left to the schema.
    fn version(&self, value: &mut Value, tree: &Node) -> Version {
        let Some(Value::String(text)) = value.get("spec_version") else {
            return Version::Current;
        };
        let located = |message: String| {
            let span = tree.locate_nearest("/spec_version");
            Diagnostic::of(Code::UnsupportedSpecVersion, "/spec_version", message)
                .at(span.line, span.column)
        };
        let version = match SpecVersion::new(text) {
            Ok(v) => v,
            Err(e) => {
                return Version::Malformed(located(format!(
                    "{e}; this version of ai-openness reads format {} (write `spec_version: \"{}\"`)",
                    SpecVersion::CURRENT,
                    SpecVersion::CURRENT
                )));
            }
        };
        if version.is_compatible_with(&SpecVersion::CURRENT) {
            return Version::Current;
        }
        match document::upgrade(value, tree) {
            Ok(_) => Version::Current,
            Err(e @ Error::UnsupportedVersion { .. }) => {
                let message = e.to_string();
                let message = message
                    .split_once(": ")
                    .map_or(message.as_str(), |(_, m)| m)
                    .to_owned();
                Version::Unsupported(located(message))
            }
            Err(e) => Version::Malformed(located(e.to_string())),
        }
    }

    /// Caps the findings (and the length of each message) and builds the report.
    pub(crate) fn finish(
        &self,
        mut diagnostics: Vec<Diagnostic>,
        release: Option<crate::model::Release>,
    ) -> Report {
        for d in &mut diagnostics {
            if d.message.len() > MAX_MESSAGE_CHARS {
                d.message = schema_layer::truncate(&d.message, MAX_MESSAGE_CHARS);
            }
        }
        let max = self.options.max_diagnostics;
        let is_note = |d: &Diagnostic| {
            d.code == Code::LimitExceeded
                && d.pointer.is_empty()
                && d.severity == crate::diagnostic::Severity::Info
        };
        let findings = diagnostics.iter().filter(|d| !is_note(d)).count();
        let report = Report::new(diagnostics, release);
        if findings <= max {
            return report;
        }
        let (release, mut diagnostics) = report.into_parts();
        // A layer that stopped listing (the schema, at the cap) left its own note: the count
        // below is then a lower bound.
        let layer_capped = diagnostics.iter().any(is_note);
        diagnostics.retain(|d| !is_note(d));
        let left_out = diagnostics.len().saturating_sub(max);
        diagnostics.truncate(max);
        let mut note = capped(max);
        note.message = format!(
            "{}{left_out} more findings left out (at most {max} are reported)",
            if layer_capped { "at least " } else { "" }
        );
        diagnostics.push(note);
        Report::new(diagnostics, release)
    }
}

/// Messages quote values; a hostile value must not make a message huge.
const MAX_MESSAGE_CHARS: usize = 1_000;

/// Schema findings quote values as JSON; a number too large for an integer would show as a float
/// (`1.2345678901234568e+29`). Each finding on a number quotes it as the document writes it.
fn numbers_as_written(mut found: Vec<Diagnostic>, tree: &Node) -> Vec<Diagnostic> {
    for d in &mut found {
        let Some(node) = tree.pointee(&d.pointer) else {
            continue;
        };
        let Some(scalar) = node.as_scalar() else {
            continue;
        };
        if let Ok(value @ Value::Number(_)) = node.to_json() {
            let shown = schema_layer::render(&value);
            let written = format!("`{}`", schema_layer::truncate(&scalar.text, 60));
            if shown != written {
                d.message = d.message.replace(&shown, &written);
            }
        }
    }
    found
}

/// The outcome of the version check.
enum Version {
    /// Current (or migrated to current), or left to the schema.
    Current,
    /// Not a semantic version: reported; the schema still runs.
    Malformed(Diagnostic),
    /// A version this crate cannot read: reported; nothing else runs.
    Unsupported(Diagnostic),
}

/// Adds the line and column of the value (or of its nearest existing ancestor) to each
/// diagnostic that has none. Many findings are located through one index of the tree, since a
/// lookup walks mapping entries one by one.
fn locate_all(out: &mut [Diagnostic], tree: &Node) {
    let pending = out.iter().filter(|d| d.line.is_none()).count();
    let index: Option<std::collections::HashMap<String, crate::syntax::Span>> =
        (pending > 32).then(|| tree.walk().into_iter().map(|(p, n)| (p, n.span)).collect());
    for d in out.iter_mut().filter(|d| d.line.is_none()) {
        let span = index
            .as_ref()
            .and_then(|i| i.get(&d.pointer).copied())
            .unwrap_or_else(|| tree.locate_nearest(&d.pointer));
        d.line = Some(span.line);
        d.column = Some(span.column);
    }
}

/// `limit-exceeded` for an input of `len` bytes over the limit of `max`; `len` is the real size
/// only when it is not the `max + 1` bytes a bounded read stops at, or when `size` says it.
pub(crate) fn too_large(len: usize, max: usize, size: Option<u64>) -> Diagnostic {
    let known = size
        .or_else(|| (len != max.saturating_add(1)).then(|| u64::try_from(len).unwrap_or(u64::MAX)));
    Diagnostic::of(
        Code::LimitExceeded,
        "",
        document::too_large_message(known, max),
    )
    .at(1, 1)
}

fn capped(max: usize) -> Diagnostic {
    Diagnostic::info(
        Code::LimitExceeded,
        "",
        format!("more findings left out (at most {max} are reported)"),
    )
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "schema")]
    fn compiled() -> usize {
        schema_layer::COMPILED.with(std::cell::Cell::get)
    }

    #[cfg(feature = "schema")]
    #[test]
    fn the_schema_is_compiled_once_per_validator() {
        let before = compiled();
        let v = Validator::default();
        assert_eq!(compiled(), before + 1);
        for i in 0..20 {
            let text = format!("{{\"spec_version\": \"0.1.0\", \"name\": \"T{i}\", \"x\": 1}}");
            assert!(!v.validate_str(&text, Format::Json).is_valid());
            assert!(!v.validate_bytes(text.as_bytes(), None).is_valid());
            assert!(!v.validate_reader(text.as_bytes(), None).unwrap().is_valid());
            assert!(!v.schema_accepts(&serde_json::json!({})));
        }
        assert_eq!(compiled(), before + 1);
        // The free function shares one validator per process.
        let _ = validate("{}", Format::Json);
        let after_first = compiled();
        for _ in 0..20 {
            let _ = validate("{}", Format::Json);
        }
        assert_eq!(compiled(), after_first);
    }

    #[test]
    fn a_validator_whose_schema_does_not_compile_fails_closed_without_panicking() {
        let broken = Validator {
            options: ValidatorOptions::default(),
            schema: Err("a test failure".to_owned()),
        };
        let report =
            broken.validate_str(r#"{"spec_version": "0.1.0", "name": "Tiny"}"#, Format::Json);
        assert!(!report.is_valid());
        let d = &report.diagnostics()[0];
        assert_eq!(d.code, Code::InvalidDocument);
        assert!(d.message.contains("a test failure"), "{}", d.message);
        assert!(Validator::try_new(ValidatorOptions::default()).is_ok());
    }

    #[test]
    fn validator_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Validator>();
        check::<Report>();
    }
}
