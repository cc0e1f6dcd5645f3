//! Why a Model Openness Tool file cannot be graded: [`MotReadError`], shared by the reader
//! ([`mot_yaml`](super::mot_yaml)), the evaluator's rejections and the `mof-1.0` result fields.

use std::fmt;

use serde::Serialize;

use super::input::SourceLocation;
use super::result::MofRejection;

/// Why a MOT YAML file could not be graded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MotErrorKind {
    /// The text is not YAML that Symfony YAML accepts (including duplicate keys).
    YamlParse,
    /// The document is not a mapping.
    NotAMapping,
    /// `release` is absent or null.
    MissingRelease,
    /// `release.components` is absent or null.
    MissingComponents,
    /// A value has the wrong shape (`release` not a mapping, `components` a scalar, a
    /// component entry not a mapping).
    InvalidStructure,
    /// A component entry has no `name`, or its name is not a string.
    ComponentNameNotString,
    /// A licence value that is not a string and is truthy (`docs/mot-rules.md#rule-10`); MOT
    /// rejects the model.
    LicenceNotString,
}

impl MotErrorKind {
    /// The stable kebab-case spelling (`yaml-parse`, `licence-not-string`, …).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::YamlParse => "yaml-parse",
            Self::NotAMapping => "not-a-mapping",
            Self::MissingRelease => "missing-release",
            Self::MissingComponents => "missing-components",
            Self::InvalidStructure => "invalid-structure",
            Self::ComponentNameNotString => "component-name-not-string",
            Self::LicenceNotString => "licence-not-string",
        }
    }
}

impl fmt::Display for MotErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MotErrorKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A MOT YAML file that cannot be graded, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message} (line {line}, column {column})")]
#[non_exhaustive]
pub struct MotReadError {
    /// What went wrong.
    pub kind: MotErrorKind,
    /// A lower-case explanation naming the offending value.
    pub message: String,
    /// The 1-based line of the problem.
    pub line: u32,
    /// The 1-based column of the problem, in characters.
    pub column: u32,
}

impl MotReadError {
    pub(super) fn at(
        kind: MotErrorKind,
        location: SourceLocation,
        message: impl Into<String>,
    ) -> Self {
        Self {
            kind,
            message: message.into(),
            line: location.line,
            column: location.column,
        }
    }

    /// The error for a release MOT rejects while grading it (`docs/mot-rules.md#rule-10`).
    #[must_use]
    pub fn from_rejection(rejection: &MofRejection) -> Self {
        let location = rejection
            .location
            .unwrap_or(SourceLocation { line: 1, column: 1 });
        Self::at(
            MotErrorKind::LicenceNotString,
            location,
            format!(
                "the licence of component `{}` (from `{}`) is not a string: `{}`",
                rejection.component, rejection.licence_source, rejection.value
            ),
        )
    }
}
