//! Findings about a document: stable codes, severities, JSON Pointers and messages.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::macros::vocabulary;

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
    /// used is deprecated instead. The README's diagnostics table documents each.
    pub enum Code {
        /// The text is not well-formed JSON or YAML (including duplicate keys).
        SyntaxError = "syntax-error",
        /// The input exceeds a limit (size, nesting depth, number of nodes or components).
        LimitExceeded = "limit-exceeded",
        /// The `spec_version` is missing, malformed, or not one this crate reads.
        UnsupportedSpecVersion = "unsupported-spec-version",
        /// The document does not fit the document format (a wrong type, a missing or unknown field,
        /// a value outside a vocabulary).
        InvalidDocument = "invalid-document",
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
