//! The crate's one error type, for failures to read, parse or write a document.
//!
//! Findings about a document that *did* load are [`Diagnostic`](crate::Diagnostic)s, never errors.

use std::fmt;
use std::path::PathBuf;

/// Where in an input something went wrong: the file (if any), the line and column (1-based, in
/// characters) and the JSON Pointer (RFC 6901) of the offending value, each when known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Location {
    /// The file, or `None` for standard input or a string.
    pub file: Option<PathBuf>,
    /// The 1-based line.
    pub line: Option<u32>,
    /// The 1-based column, counted in characters.
    pub column: Option<u32>,
    /// The JSON Pointer of the value.
    pub pointer: Option<String>,
}

impl Location {
    /// A location in `file` with nothing else known.
    #[must_use]
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Self {
            file: Some(file.into()),
            ..Self::default()
        }
    }

    /// Sets the file.
    #[must_use]
    pub fn with_file(mut self, file: Option<PathBuf>) -> Self {
        self.file = file;
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote = false;
        if let Some(file) = &self.file {
            write!(f, "{}", file.display())?;
            wrote = true;
        }
        if let Some(line) = self.line {
            if wrote {
                f.write_str(":")?;
            }
            write!(f, "{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
            wrote = true;
        }
        if let Some(pointer) = &self.pointer {
            if wrote {
                f.write_str(" ")?;
            }
            write!(f, "at `{}`", if pointer.is_empty() { "/" } else { pointer })?;
            wrote = true;
        }
        if !wrote {
            f.write_str("<input>")?;
        }
        Ok(())
    }
}

/// A failure to read, parse or write a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input could not be read or the output written.
    #[error("{}: {source}", path.as_ref().map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string()))]
    Io {
        /// The file, or `None` for standard input/output.
        path: Option<PathBuf>,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The text is not well-formed JSON or YAML (including duplicate keys and exceeded limits).
    #[error("{location}: {message}")]
    Syntax {
        /// Where.
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// The text is well-formed but is not a valid document (a wrong type, a missing or unknown
    /// field, a value outside a vocabulary, a bad licence expression).
    #[error("{location}: {message}")]
    Invalid {
        /// Where.
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// The document's `spec_version` is newer than, or incompatible with, what this crate reads.
    #[error(
        "{location}: unsupported spec_version `{found}`: this version of ai-openness reads {supported}"
    )]
    UnsupportedVersion {
        /// Where.
        location: Location,
        /// The version found.
        found: String,
        /// The versions that are read, in words.
        supported: String,
    },
    /// A document could not be written.
    #[error("cannot write the document: {message}")]
    Write {
        /// What went wrong.
        message: String,
    },
}

impl Error {
    /// The location of the problem, when the error has one.
    #[must_use]
    pub fn location(&self) -> Option<&Location> {
        match self {
            Self::Syntax { location, .. }
            | Self::Invalid { location, .. }
            | Self::UnsupportedVersion { location, .. } => Some(location),
            Self::Io { .. } | Self::Write { .. } => None,
        }
    }

    /// Whether this is an I/O error (the input could not be read at all).
    #[must_use]
    pub fn is_io(&self) -> bool {
        matches!(self, Self::Io { .. })
    }

    /// Whether this is a syntax error (the text is not well-formed).
    #[must_use]
    pub fn is_syntax(&self) -> bool {
        matches!(self, Self::Syntax { .. })
    }

    /// Attaches a file name to the error's location.
    #[must_use]
    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        let file = file.into();
        match &mut self {
            Self::Syntax { location, .. }
            | Self::Invalid { location, .. }
            | Self::UnsupportedVersion { location, .. } => location.file = Some(file),
            Self::Io { path, .. } => *path = Some(file),
            Self::Write { .. } => {}
        }
        self
    }
}

/// `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
