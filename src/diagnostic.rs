//! Findings about a document: stable codes, severities, JSON Pointers and messages.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::value::vocabulary;

vocabulary! {
    /// How serious a finding is.
    pub enum Severity {
        /// The document is invalid.
        Error = "error",
        /// The document is valid but probably wrong, or misleading.
        Warning = "warning",
        /// Worth knowing; nothing to fix.
        Info = "info",
    }
}

vocabulary! {
    /// The stable code of a finding. Codes are kebab-case and never renamed; one that is no longer
    /// used is deprecated instead. `docs/diagnostics.md` documents each in one table, and each has
    /// a test that triggers it.
    ///
    /// The validator runs in layers (see [the `validate` module](mod@crate::validate)); each code belongs to one:
    /// parse (`syntax-error`, `limit-exceeded`, `non-json-value`), version
    /// (`unsupported-spec-version`), schema (`missing-field` … `invalid-licence-expression`),
    /// typed load (`invalid-document`, and `invalid-licence-expression` for what the schema's
    /// pattern cannot see), and the semantic rules (up to `claim-scope-not-listed`). The
    /// `import-*` codes are the importers' (`crate::import`).
    pub enum Code {
        /// The text is not well-formed JSON or YAML (including duplicate keys, a second YAML
        /// document, an empty input, text that is not UTF-8).
        SyntaxError = "syntax-error",
        /// The input exceeds a limit (size, nesting depth, number of nodes or components), or the
        /// number of findings was capped.
        LimitExceeded = "limit-exceeded",
        /// The input could not be read: not found, permission denied, a read error, or a special
        /// file (FIFO, device, socket) found by walking a folder, which is never opened.
        Unreadable = "unreadable",
        /// The YAML holds a value that JSON cannot (a non-scalar mapping key, `.inf`, `.nan`, an
        /// unsupported tag).
        NonJsonValue = "non-json-value",
        /// The `spec_version` is malformed, or not one this crate reads (a newer format, or an
        /// older one with no migration).
        UnsupportedSpecVersion = "unsupported-spec-version",
        /// A required field is missing.
        MissingField = "missing-field",
        /// A field that the format does not define (often a misspelling).
        UnknownField = "unknown-field",
        /// A value of the wrong JSON type (a string where a list is expected, …).
        WrongType = "wrong-type",
        /// A value outside a closed vocabulary, out of range, too short or not matching a pattern.
        InvalidValue = "invalid-value",
        /// A value that is not of the declared format (`uri`, `iri`, `date`).
        InvalidFormat = "invalid-format",
        /// A licence that is not a valid SPDX licence expression, or that names a licence in a
        /// form that is not an SPDX id (`apache-2.0`, `Llama-3`).
        InvalidLicenceExpression = "invalid-licence-expression",
        /// The document passes the schema but cannot be read into the model (a rule the schema
        /// cannot express, such as an IRI the model's parser rejects).
        InvalidDocument = "invalid-document",
        /// A custom framework profile file (one with `profile_version`) cannot be loaded: the
        /// message names the problem (an unknown component kind, an undefined criterion, a cycle).
        InvalidProfile = "invalid-profile",
        /// A component kind is listed twice without names that tell the entries apart.
        DuplicateComponent = "duplicate-component",
        /// A licence expression uses an SPDX id that the SPDX list has deprecated.
        DeprecatedLicenceId = "deprecated-licence-id",
        /// A licence expression uses an id that is neither on the SPDX list nor a `LicenseRef-`.
        UnknownLicenceId = "unknown-licence-id",
        /// A `LicenseRef-` that the crate's licence table does not know, with no link to the
        /// licence text.
        UnlistedLicenceRef = "unlisted-licence-ref",
        /// The weights are claimed open source, but their licence restricts use.
        OpenSourceClaimRestrictedLicence = "open-source-claim-restricted-licence",
        /// A gated or on-request component without access terms.
        MissingAccessTerms = "missing-access-terms",
        /// A derived model whose base release is not named.
        MissingBaseRelease = "missing-base-release",
        /// A graded evaluation that does not say which test split it used.
        EvaluationSplitMissing = "evaluation-split-missing",
        /// A graded evaluation on a practice or demo split, whose grades are not official
        /// results.
        UnofficialEvaluationSplit = "unofficial-evaluation-split",
        /// A date after today.
        FutureDate = "future-date",
        /// A URL whose scheme is not `http` or `https`.
        NonWebUrl = "non-web-url",
        /// A claim that lacks what its kind needs (a framework level without the framework or
        /// the level) or carries what it cannot use.
        IncompleteClaim = "incomplete-claim",
        /// A claim about a component kind that the release does not list.
        ClaimScopeNotListed = "claim-scope-not-listed",
        // Importers (`crate::import`): what happened to the source document on its way into the
        // model. Every field of the source ends up in the release or in one of these.
        /// (import) A field of the source has no place in the model and was left out; the
        /// pointer names it in the source document.
        ImportFieldDropped = "import-field-dropped",
        /// (import) A value does not fit the model (a relative path where a URL is needed, a
        /// malformed date, a licence that is not a string) and was left out.
        ImportInvalidValue = "import-invalid-value",
        /// (import) A component name of the source names no component kind; the component was
        /// left out.
        ImportUnknownComponent = "import-unknown-component",
        /// (import) A component kind was chosen where the source is less specific (MOF `Datasets`
        /// read as pretraining data) or spelled differently (`model card` for `Model card`).
        ImportKindAssumed = "import-kind-assumed",
        /// (import) A licence written in another form (`Apache 2.0`) was read as the SPDX
        /// expression it names; the text as written is kept in `declared`.
        ImportLicenceNormalised = "import-licence-normalised",
        /// (import) A licence that is not an SPDX expression and names no known licence
        /// (`Proprietary`, `Pending`): kept verbatim in `declared`, with the expression
        /// `NOASSERTION`.
        ImportLicenceNotSpdx = "import-licence-not-spdx",
        /// (import) A component with no licence of its own and none to inherit: recorded as
        /// unknown (no `license`), not as unlicensed.
        ImportLicenceUnstated = "import-licence-unstated",
        /// (import) A field of the source is empty or missing (a blank name, an empty `class`):
        /// there is nothing to import, and the model records the fact as unknown.
        ImportNoData = "import-no-data",
        /// (import) A fact the source does not state was chosen so that the release says what
        /// the source means (an OSAI Index `partial` read as a published part and an unpublished
        /// one, a month-precision date read as the first day of the month, a licence carried over
        /// from the end model to its base model).
        ImportFactAssumed = "import-fact-assumed",
    }
}

impl Code {
    /// The severity findings with this code have by default.
    #[must_use]
    pub const fn default_severity(self) -> Severity {
        match self {
            Code::SyntaxError
            | Code::LimitExceeded
            | Code::Unreadable
            | Code::NonJsonValue
            | Code::UnsupportedSpecVersion
            | Code::MissingField
            | Code::UnknownField
            | Code::WrongType
            | Code::InvalidValue
            | Code::InvalidFormat
            | Code::InvalidLicenceExpression
            | Code::InvalidDocument
            | Code::InvalidProfile
            | Code::UnknownLicenceId
            | Code::MissingBaseRelease
            | Code::IncompleteClaim => Severity::Error,
            Code::DuplicateComponent
            | Code::DeprecatedLicenceId
            | Code::UnlistedLicenceRef
            | Code::OpenSourceClaimRestrictedLicence
            | Code::MissingAccessTerms
            | Code::EvaluationSplitMissing
            | Code::FutureDate
            | Code::NonWebUrl
            | Code::ClaimScopeNotListed
            | Code::ImportFieldDropped
            | Code::ImportInvalidValue
            | Code::ImportUnknownComponent
            | Code::ImportLicenceNotSpdx => Severity::Warning,
            Code::UnofficialEvaluationSplit
            | Code::ImportKindAssumed
            | Code::ImportLicenceNormalised
            | Code::ImportLicenceUnstated
            | Code::ImportNoData
            | Code::ImportFactAssumed => Severity::Info,
        }
    }
}

/// A clause of a framework that a finding or criterion comes from.
pub type Clause = String;

/// One finding about a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The stable code.
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// The JSON Pointer (RFC 6901) of the value concerned, `""` for the whole document.
    pub pointer: String,
    /// The 1-based line in the source text, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The 1-based column (in characters) in the source text, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// What is wrong, for people.
    pub message: String,
    /// The framework clause the finding comes from, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<Clause>,
    /// The value the document probably meant, when the finding is a near miss ("did you mean
    /// `model_weights`"): a field name, a vocabulary value or a licence id, ready to be written
    /// in place of the value at `pointer`. The message says it in words too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

impl Diagnostic {
    /// A finding with `code` and `severity` at `pointer`.
    #[must_use]
    pub fn new(
        code: Code,
        severity: Severity,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            severity,
            pointer: pointer.into(),
            line: None,
            column: None,
            message: message.into(),
            clause: None,
            suggestion: None,
        }
    }

    /// An error-severity finding.
    #[must_use]
    pub fn error(code: Code, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, pointer, message)
    }

    /// A warning.
    #[must_use]
    pub fn warning(code: Code, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, pointer, message)
    }

    /// A finding with the code's [default severity](Code::default_severity).
    #[must_use]
    pub fn of(code: Code, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(code, code.default_severity(), pointer, message)
    }

    /// An informational finding.
    #[must_use]
    pub fn info(code: Code, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Info, pointer, message)
    }

    /// Sets the framework clause.
    #[must_use]
    pub fn with_clause(mut self, clause: impl Into<String>) -> Self {
        self.clause = Some(clause.into());
        self
    }

    /// Sets the suggested replacement (see [`Diagnostic::suggestion`]).
    #[must_use]
    pub fn with_suggestion(mut self, suggestion: impl Into<String>) -> Self {
        self.suggestion = Some(suggestion.into());
        self
    }

    /// Sets the line and column.
    #[must_use]
    pub fn at(mut self, line: u32, column: u32) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Whether the finding is an error.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.severity, self.code)?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, " {l}:{c}")?,
            (Some(l), None) => write!(f, " {l}")?,
            _ => {}
        }
        write!(
            f,
            " at `{}`: {}",
            if self.pointer.is_empty() {
                "/"
            } else {
                &self.pointer
            },
            self.message
        )?;
        if let Some(clause) = &self.clause {
            write!(f, " ({clause})")?;
        }
        Ok(())
    }
}
