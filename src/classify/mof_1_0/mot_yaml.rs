//! Reading the Model Openness Tool's YAML model files (`models/*.yml`, `schema/mof_schema.json`)
//! into the neutral [`MofInput`], and grading them in one step with [`classify_mot_yaml`].
//!
//! MOT parses these files with Symfony YAML, so the reader resolves plain scalars the Symfony
//! way (README rule 10): `yes`/`no`/`on`/`off` are strings, an unquoted date is an integer Unix
//! time, `~`/`null`/an empty value is null, and duplicate keys are a parse error.

use std::fmt;

use serde::Serialize;

use super::evaluate::evaluate;
use super::input::{
    GlobalLicence, GlobalLicences, LicenceValue, MofComponentInput, MofInput, SourceLocation,
};
use super::result::{MofRejection, MofResult};
use super::symfony::{SymNode, SymValue};

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
    /// A value has the wrong shape (`release` not a mapping, `components` not a list, a
    /// component entry not a mapping).
    InvalidStructure,
    /// A component entry has no `name`, or its name is not a string.
    ComponentNameNotString,
    /// A licence value that is not a string and is truthy (README rule 10); MOT rejects the model.
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
    fn at(kind: MotErrorKind, location: SourceLocation, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            line: location.line,
            column: location.column,
        }
    }

    /// The error for a release MOT rejects while grading it (README rule 10).
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

/// The outcome of grading a MOT YAML file: a verdict, or the reason MOT would reject the file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "outcome")]
#[non_exhaustive]
pub enum MofOutcome {
    /// MOT grades the file.
    Classified(Box<MofResult>),
    /// MOT rejects the file.
    Rejected(MotReadError),
}

impl MofOutcome {
    /// The verdict, if the file was graded.
    #[must_use]
    pub fn result(&self) -> Option<&MofResult> {
        match self {
            Self::Classified(result) => Some(result),
            Self::Rejected(_) => None,
        }
    }

    /// The rejection, if the file was rejected.
    #[must_use]
    pub fn error(&self) -> Option<&MotReadError> {
        match self {
            Self::Classified(_) => None,
            Self::Rejected(error) => Some(error),
        }
    }
}

/// Read, then grade, a MOT YAML model file, as MOT would.
#[must_use]
pub fn classify_mot_yaml(text: &str) -> MofOutcome {
    match read(text) {
        Err(error) => MofOutcome::Rejected(error),
        Ok(input) => match evaluate(&input) {
            Ok(result) => MofOutcome::Classified(Box::new(result)),
            Err(rejection) => MofOutcome::Rejected(MotReadError::from_rejection(&rejection)),
        },
    }
}

/// Read a MOT YAML model file into the neutral input.
///
/// Only what grading needs is read: `release.name`, `release.license.{distribution, code, data,
/// document}` and `release.components[].{name, license}`. Licence values are kept as Symfony
/// YAML resolves them ([`LicenceValue`]); a non-string licence is not an error here (MOT rejects
/// it only when grading, see [`evaluate`]).
///
/// # Errors
///
/// [`MotReadError`] when the text is not YAML Symfony accepts, or the document lacks the
/// structure MOT needs (a `release` mapping with a `components` list of mappings with string
/// names).
pub fn read(text: &str) -> Result<MofInput, MotReadError> {
    let root = parse_tree(text)?;
    read_tree(&root)
}

fn read_tree(root: &SymNode) -> Result<MofInput, MotReadError> {
    if !matches!(root.value, SymValue::Map(_)) {
        return Err(MotReadError::at(
            MotErrorKind::NotAMapping,
            root.location,
            format!("the document is not a mapping: `{}`", root.value.render()),
        ));
    }
    let release = match root.get("release") {
        None
        | Some(SymNode {
            value: SymValue::Null,
            ..
        }) => {
            return Err(MotReadError::at(
                MotErrorKind::MissingRelease,
                root.location,
                "the document has no `release`",
            ));
        }
        Some(
            node @ SymNode {
                value: SymValue::Map(_),
                ..
            },
        ) => node,
        Some(other) => {
            return Err(MotReadError::at(
                MotErrorKind::InvalidStructure,
                other.location,
                format!("`release` is not a mapping: `{}`", other.value.render()),
            ));
        }
    };
    let name = match release.get("name").map(|n| &n.value) {
        Some(SymValue::Str(s)) => s.clone(),
        Some(SymValue::Null) | None => String::new(),
        Some(other) => other.render(),
    };
    let global = read_global(release.get("license"));
    let components = match release.get("components") {
        None
        | Some(SymNode {
            value: SymValue::Null,
            ..
        }) => {
            return Err(MotReadError::at(
                MotErrorKind::MissingComponents,
                release.location,
                "`release` has no `components`",
            ));
        }
        Some(SymNode {
            value: SymValue::Seq(items),
            ..
        }) => items
            .iter()
            .map(read_component)
            .collect::<Result<Vec<_>, _>>()?,
        Some(other) => {
            return Err(MotReadError::at(
                MotErrorKind::InvalidStructure,
                other.location,
                format!(
                    "`release.components` is not a list: `{}`",
                    other.value.render()
                ),
            ));
        }
    };
    Ok(MofInput {
        name,
        components,
        global,
    })
}

fn read_component(entry: &SymNode) -> Result<MofComponentInput, MotReadError> {
    if !matches!(entry.value, SymValue::Map(_)) {
        return Err(MotReadError::at(
            MotErrorKind::InvalidStructure,
            entry.location,
            format!(
                "a component entry is not a mapping: `{}`",
                entry.value.render()
            ),
        ));
    }
    let name = match entry.get("name") {
        Some(SymNode {
            value: SymValue::Str(s),
            ..
        }) => s.clone(),
        Some(other) => {
            return Err(MotReadError::at(
                MotErrorKind::ComponentNameNotString,
                other.location,
                format!(
                    "a component name is not a string: `{}`",
                    other.value.render()
                ),
            ));
        }
        None => {
            return Err(MotReadError::at(
                MotErrorKind::ComponentNameNotString,
                entry.location,
                "a component entry has no `name`",
            ));
        }
    };
    let licence = entry.get("license");
    Ok(MofComponentInput {
        name,
        license: licence.map_or(LicenceValue::Absent, licence_value),
        location: Some(licence.map_or(entry.location, |n| n.location)),
    })
}

fn read_global(node: Option<&SymNode>) -> GlobalLicences {
    let entry = |key: &str| -> GlobalLicence {
        match node.and_then(|n| n.get(key)) {
            None
            | Some(SymNode {
                value: SymValue::Null,
                ..
            }) => GlobalLicence::Absent,
            Some(
                mapping @ SymNode {
                    value: SymValue::Map(_),
                    ..
                },
            ) => {
                let name = mapping.get("name");
                GlobalLicence::Named {
                    name: name.map_or(LicenceValue::Absent, licence_value),
                    location: Some(name.map_or(mapping.location, |n| n.location)),
                }
            }
            Some(other) => GlobalLicence::NotAMapping {
                location: Some(other.location),
            },
        }
    };
    GlobalLicences {
        distribution: entry("distribution"),
        code: entry("code"),
        data: entry("data"),
        document: entry("document"),
    }
}

fn licence_value(node: &SymNode) -> LicenceValue {
    match &node.value {
        SymValue::Null => LicenceValue::Null,
        SymValue::Str(s) => LicenceValue::Text(s.clone()),
        other if other.is_truthy() => LicenceValue::Truthy(other.render()),
        other => LicenceValue::Falsy(other.render()),
    }
}

/// TEMPORARY front end until `crate::syntax` lands: serde-saphyr with YAML 1.2 booleans. It
/// cannot see scalar styles, so unquoted dates stay strings and locations are unknown.
fn parse_tree(text: &str) -> Result<SymNode, MotReadError> {
    let options = serde_saphyr::options! { strict_booleans: true };
    let value: serde_json::Value =
        serde_saphyr::from_str_with_options(text, options).map_err(|e| {
            MotReadError::at(
                MotErrorKind::YamlParse,
                SourceLocation { line: 1, column: 1 },
                e.to_string(),
            )
        })?;
    Ok(from_json(&value))
}

fn from_json(value: &serde_json::Value) -> SymNode {
    use serde_json::Value as J;
    let value = match value {
        J::Null => SymValue::Null,
        J::Bool(b) => SymValue::Bool(*b),
        J::Number(n) => n
            .as_i64()
            .map_or_else(|| SymValue::Float(n.as_f64().unwrap_or(0.0)), SymValue::Int),
        J::String(s) => SymValue::Str(s.clone()),
        J::Array(items) => SymValue::Seq(items.iter().map(from_json).collect()),
        J::Object(map) => {
            SymValue::Map(map.iter().map(|(k, v)| (k.clone(), from_json(v))).collect())
        }
    };
    SymNode {
        value,
        location: SourceLocation { line: 1, column: 1 },
    }
}
