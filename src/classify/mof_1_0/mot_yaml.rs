//! Reading the Model Openness Tool's YAML model files (`models/*.yml`, `schema/mof_schema.json`)
//! into the neutral [`MofInput`], and grading them in one step with [`classify_mot_yaml`].
//!
//! MOT parses these files with Symfony YAML, so the reader resolves plain scalars the Symfony
//! way (`docs/mot-rules.md#rule-10`): `yes`/`no`/`on`/`off` are strings, an unquoted date is an
//! integer Unix time, `~`/`null`/an empty value is null, and duplicate keys are a parse error.

use std::fmt;

use serde::Serialize;

use super::components::MofComponent;
use super::evaluate::evaluate;
use super::explain::{self, Listing};
use super::input::{
    GlobalLicence, GlobalLicences, LicenceValue, MofComponentInput, MofInput, SourceLocation,
};
use super::result::{MofRejection, MofResult};
use super::symfony::{self, SymNode, SymValue};
use crate::classify::{Classification, ComponentRef};
use crate::syntax::{self, Limits};

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
    fn at(kind: MotErrorKind, location: SourceLocation, message: impl Into<String>) -> Self {
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

/// Read a MOT YAML model file and grade it with the exact engine ([`classify_mot_yaml`]), then
/// explain the verdict as a [`Classification`]: level, the `mof-1.0` details (MOT's class,
/// progress and lists, unchanged), one criterion per required component per class, the next
/// steps toward the next class, and MOT's quirks as findings. A file MOT rejects gives level
/// `unclassified` with the error ([`MofDetails::Rejected`](super::MofDetails::Rejected)).
///
/// ```
/// use ai_openness::classify::mof_1_0::classify_mot;
///
/// let text = "release:\n  name: Tiny\n  components:\n    - name: Model architecture\n      license: MIT\n";
/// let verdict = classify_mot(text);
/// assert_eq!(verdict.level, "unclassified");
/// assert_eq!(verdict.criteria[0].id, "class-3/model-architecture");
/// assert_eq!(verdict.criteria[0].status.as_str(), "met");
/// ```
#[must_use]
pub fn classify_mot(text: &str) -> Classification {
    let input = match read(text) {
        Ok(input) => input,
        Err(error) => return explain::rejected(&release_name(text), error),
    };
    let result = match evaluate(&input) {
        Ok(result) => result,
        Err(rejection) => {
            return explain::rejected(&input.name, MotReadError::from_rejection(&rejection));
        }
    };
    let mut listing = Listing::new();
    for (i, entry) in input.components.iter().enumerate() {
        // `docs/mot-rules.md#rule-8`: an unknown name counts as the first component, Datasets.
        let component = MofComponent::from_name(&entry.name).unwrap_or(MofComponent::ALL[0]);
        let pointer = entry
            .pointer
            .clone()
            .unwrap_or_else(|| format!("/release/components/{i}"));
        let reference = ComponentRef::at(
            pointer.clone(),
            explain::kind_of(component),
            Some(entry.name.clone()),
        );
        let listed = listing.entry(component).or_default();
        listed.refs.push(reference.clone());
        // Rule 8: the last entry wins, so it alone decides.
        listed.deciding = vec![reference];
        listed.graded = pointer;
    }
    explain::graded(&input.name, &result, &listing, Vec::new())
}

/// `release.name` of a file that cannot be read into the engine's input, or `""`.
fn release_name(text: &str) -> String {
    let Ok(root) = parse_tree(text) else {
        return String::new();
    };
    match root.get("release").and_then(|r| r.get("name")) {
        Some(SymNode {
            value: SymValue::Str(s),
            ..
        }) => s.clone(),
        _ => String::new(),
    }
}

/// Read a MOT YAML model file into the neutral input.
///
/// Only what grading needs is read: `release.name`, `release.license.{distribution, code, data,
/// document}` and `release.components[].{name, license}`. Where MOT's PHP code is lenient about
/// shapes, so is the reader: `components` may be a mapping (its values are the entries), and a
/// `release.license` that is a list holds no global licences. Licence values are kept as Symfony
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
            .enumerate()
            .map(|(i, entry)| read_component(entry, format!("/release/components/{i}")))
            .collect::<Result<Vec<_>, _>>()?,
        // PHP iterates an array's values whatever its keys, so MOT reads a mapping of
        // component entries like a list of them.
        Some(SymNode {
            value: SymValue::Map(entries),
            ..
        }) => entries
            .iter()
            .map(|(key, entry)| read_component(entry, entry_pointer(key)))
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

/// The JSON Pointer of an entry of a `components` mapping (RFC 6901 escapes).
fn entry_pointer(key: &str) -> String {
    format!(
        "/release/components/{}",
        key.replace('~', "~0").replace('/', "~1")
    )
}

fn read_component(entry: &SymNode, pointer: String) -> Result<MofComponentInput, MotReadError> {
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
        pointer: Some(pointer),
    })
}

/// `release.license`. PHP reads `$license[$kind]['name']`, so: a missing or null block, or a
/// list (an array without those keys), gives no global licences; a scalar block cannot be
/// indexed, and each entry is reported as ignored ([`GlobalLicence::NotAMapping`]).
fn read_global(node: Option<&SymNode>) -> GlobalLicences {
    let entry = |key: &str| -> GlobalLicence {
        let Some(block) = node else {
            return GlobalLicence::Absent;
        };
        match &block.value {
            SymValue::Null | SymValue::Seq(_) => return GlobalLicence::Absent,
            SymValue::Map(_) => {}
            _ => {
                return GlobalLicence::NotAMapping {
                    location: Some(block.location),
                };
            }
        }
        match block.get(key) {
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

/// Parse `text` with the crate's YAML front end, then resolve it the Symfony way.
fn parse_tree(text: &str) -> Result<SymNode, MotReadError> {
    let node = syntax::parse_yaml(text, &Limits::default()).map_err(|e| MotReadError {
        kind: MotErrorKind::YamlParse,
        message: e.message().to_owned(),
        line: e.line(),
        column: e.column(),
    })?;
    symfony::from_syntax(&node).map_err(|e| MotReadError {
        kind: MotErrorKind::YamlParse,
        message: e.message,
        line: e.location.line,
        column: e.location.column,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::mof_1_0::{ComponentStatus, LicenceSource, MofComponent};

    const HEAD: &str = "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\nrelease:\n  name: raw\n  producer: p\n";

    fn doc(body: &str) -> String {
        format!("{HEAD}{body}")
    }

    fn rejected(text: &str) -> (MotErrorKind, u32, u32) {
        match classify_mot_yaml(text) {
            MofOutcome::Rejected(e) => (e.kind, e.line, e.column),
            MofOutcome::Classified(r) => panic!("expected a rejection, got class {}", r.class),
        }
    }

    fn graded(text: &str) -> MofResult {
        match classify_mot_yaml(text) {
            MofOutcome::Classified(r) => *r,
            MofOutcome::Rejected(e) => panic!("unexpected rejection: {e}"),
        }
    }

    #[test]
    fn rule_10_licence_values() {
        let component = |licence: &str| {
            doc(&format!(
                "  license: {{}}\n  components:\n    - name: Model architecture\n      license: {licence}\n"
            ))
        };
        for licence in ["2", "1.0", "true", "[MIT]", "2024-01-01", "{a: b}"] {
            assert_eq!(
                rejected(&component(licence)),
                (MotErrorKind::LicenceNotString, 8, 16),
                "{licence}"
            );
        }
        for (licence, status, shown) in [
            ("yes", ComponentStatus::Invalid, "yes"),
            ("on", ComponentStatus::Invalid, "on"),
            ("NO", ComponentStatus::Invalid, "NO"),
            ("0", ComponentStatus::Unlicensed, "unlicensed"),
            ("false", ComponentStatus::Unlicensed, "unlicensed"),
            ("[]", ComponentStatus::Unlicensed, "unlicensed"),
            ("1970-01-01", ComponentStatus::Unlicensed, "unlicensed"),
            ("~", ComponentStatus::Unlicensed, "unlicensed"),
            ("", ComponentStatus::Unlicensed, "unlicensed"),
            ("'2024-01-01'", ComponentStatus::Invalid, "2024-01-01"),
            ("\"MIT\"", ComponentStatus::Included, "MIT"),
        ] {
            let result = graded(&component(licence));
            let arch = MofComponent::ModelArchitecture;
            assert_eq!(result.status(arch), status, "{licence}");
            assert_eq!(result.licenses.get(&arch).map(String::as_str), Some(shown));
        }
    }

    #[test]
    fn null_licences_fall_back_to_global_ones() {
        let text = doc(concat!(
            "  license:\n",
            "    distribution: {name: CC-BY-4.0, path: ''}\n",
            "    code: MIT\n",
            "    data: {name: null}\n",
            "  components:\n",
            "    - name: Model architecture\n",
            "      license: null\n",
            "    - name: Model parameters (Final)\n",
        ));
        let result = graded(&text);
        let arch = MofComponent::ModelArchitecture;
        assert_eq!(
            result.licenses.get(&arch).map(String::as_str),
            Some("CC-BY-4.0")
        );
        assert_eq!(
            result.licence_sources.get(&arch),
            Some(&LicenceSource::Distribution)
        );
        assert_eq!(
            result
                .quirks
                .iter()
                .map(|q| q.code.as_str())
                .collect::<Vec<_>>(),
            ["mot-global-licence-entry-ignored"]
        );
    }

    #[test]
    fn global_blocks_of_other_shapes() {
        let components = "  components:\n    - name: Model card\n";
        let scalar = graded(&doc(&format!("  license: MIT\n{components}")));
        assert_eq!(scalar.quirks.len(), 4);
        assert_eq!(
            scalar.licence_sources.get(&MofComponent::ModelCard),
            Some(&LicenceSource::None)
        );
        let list = graded(&doc(&format!("  license: [MIT]\n{components}")));
        assert!(list.quirks.is_empty());
        assert_eq!(
            list.status(MofComponent::ModelCard),
            ComponentStatus::Unlicensed
        );
    }

    #[test]
    fn truthy_global_name_is_rejected_where_written() {
        let text = doc(concat!(
            "  license:\n",
            "    code: {name: 42}\n",
            "  components:\n",
            "    - name: Model architecture\n",
        ));
        assert_eq!(rejected(&text), (MotErrorKind::LicenceNotString, 6, 18));
    }

    #[test]
    fn structure_errors() {
        assert_eq!(
            rejected("framework: [unclosed\nrelease: {\n").0,
            MotErrorKind::YamlParse
        );
        let duplicate =
            doc("  components:\n    - name: Model card\n      license: MIT\n      license: MIT\n");
        assert_eq!(rejected(&duplicate), (MotErrorKind::YamlParse, 8, 7));
        assert_eq!(rejected("- a\n- b\n").0, MotErrorKind::NotAMapping);
        assert_eq!(rejected("framework: x\n").0, MotErrorKind::MissingRelease);
        assert_eq!(rejected("release: [x]\n").0, MotErrorKind::InvalidStructure);
        assert_eq!(
            rejected(&doc("  license: {}\n")).0,
            MotErrorKind::MissingComponents
        );
        assert_eq!(
            rejected(&doc("  components: Model card\n")),
            (MotErrorKind::InvalidStructure, 5, 15)
        );
        let as_mapping = graded(&doc(
            "  components:\n    a: {name: Model card, license: MIT}\n",
        ));
        assert_eq!(
            as_mapping.status(MofComponent::ModelCard),
            ComponentStatus::Included
        );
        assert_eq!(
            rejected(&doc("  components:\n    - Model card\n")),
            (MotErrorKind::InvalidStructure, 6, 7)
        );
        assert_eq!(
            rejected(&doc("  components:\n    - license: MIT\n")).0,
            MotErrorKind::ComponentNameNotString
        );
        assert_eq!(
            rejected(&doc("  components:\n    - name: 7\n")),
            (MotErrorKind::ComponentNameNotString, 6, 13)
        );
        assert_eq!(
            rejected(&doc(
                "  components:\n    - name: Model card\n      license: !custom x\n"
            ))
            .0,
            MotErrorKind::YamlParse
        );
    }

    #[test]
    fn reads_name_and_components() {
        let input = read(&doc("  components: []\n"));
        assert_eq!(input.as_ref().map(|i| i.name.as_str()), Ok("raw"));
        assert_eq!(input.map(|i| i.components.len()), Ok(0));
        let kinds: Vec<&str> = [
            MotErrorKind::YamlParse,
            MotErrorKind::LicenceNotString,
            MotErrorKind::MissingRelease,
        ]
        .iter()
        .map(|k| k.as_str())
        .collect();
        assert_eq!(
            kinds,
            ["yaml-parse", "licence-not-string", "missing-release"]
        );
    }
}
