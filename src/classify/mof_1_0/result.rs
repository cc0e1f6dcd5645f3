//! What the MOF 1.0 engine reports for a release.

use std::fmt;

use indexmap::IndexMap;
use serde::{Serialize, Serializer};

use super::components::{ContentType, MofClass, MofComponent};
use super::input::SourceLocation;
use super::quirks::Quirk;
use super::spec::MofLevel;

/// The status of one component (`docs/mot-rules.md#rule-11`).
#[allow(
    clippy::exhaustive_enums,
    reason = "the statuses MOT 8b5d30e gives a component; the engine reproduces that version"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ComponentStatus {
    /// A required component, listed with an open licence.
    Included,
    /// An optional component, listed with an open licence.
    Optional,
    /// Listed with a licence MOT does not count as open (`Pending`, `Proprietary`, `Apache 2.0`).
    Invalid,
    /// Listed with no licence (`unlicensed`, `''`, `'0'`, a falsy non-string, or nothing to fall
    /// back to).
    Unlicensed,
    /// A required component that is not listed.
    Missing,
    /// The technical report, not listed, when a research paper is listed
    /// (`docs/mot-rules.md#rule-5`).
    Omitted,
    /// An optional component that is not listed.
    Absent,
}

impl ComponentStatus {
    /// The lower-case spelling used in MOT results (`included`, `missing`, …).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Included => "included",
            Self::Optional => "optional",
            Self::Invalid => "invalid",
            Self::Unlicensed => "unlicensed",
            Self::Missing => "missing",
            Self::Omitted => "omitted",
            Self::Absent => "absent",
        }
    }
}

impl fmt::Display for ComponentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which licence decided a listed component (`docs/mot-rules.md#rule-6`).
#[allow(
    clippy::exhaustive_enums,
    reason = "the places MOT 8b5d30e takes a licence from; the engine reproduces that version"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LicenceSource {
    /// The component's own `license` value.
    Component,
    /// The global licence for the component's content type (`release.license.code|data|document`).
    Global(ContentType),
    /// The global distribution licence (`release.license.distribution`).
    Distribution,
    /// No licence anywhere: the component is unlicensed.
    None,
}

impl LicenceSource {
    /// A stable kebab-case spelling: `component`, `global-code`, `global-data`,
    /// `global-document`, `distribution` or `none`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Component => "component",
            Self::Global(ContentType::Code) => "global-code",
            Self::Global(ContentType::Data) => "global-data",
            Self::Global(ContentType::Document) => "global-document",
            Self::Distribution => "distribution",
            Self::None => "none",
        }
    }
}

impl fmt::Display for LicenceSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for LicenceSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Progress toward each class, in percent (`docs/mot-rules.md#rule-2`). Serialises as
/// `{"1", "2", "3"}`.
#[allow(
    clippy::exhaustive_structs,
    reason = "one progress figure per MOF 1.0 class, and MOF 1.0 has three"
)]
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Progress {
    /// Class I (Open Science).
    #[serde(rename = "1")]
    pub class_1: f64,
    /// Class II (Open Tooling).
    #[serde(rename = "2")]
    pub class_2: f64,
    /// Class III (Open Model).
    #[serde(rename = "3")]
    pub class_3: f64,
}

impl Progress {
    /// The progress toward `class`.
    #[must_use]
    pub const fn get(&self, class: MofClass) -> f64 {
        match class {
            MofClass::I => self.class_1,
            MofClass::II => self.class_2,
            MofClass::III => self.class_3,
        }
    }

    pub(super) fn set(&mut self, class: MofClass, value: f64) {
        match class {
            MofClass::I => self.class_1 = value,
            MofClass::II => self.class_2 = value,
            MofClass::III => self.class_3 = value,
        }
    }
}

/// The MOT-compatible verdict for one release.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MofResult {
    /// The class met: 1, 2 or 3, or 0 when none is (`docs/mot-rules.md#rule-2`: the lowest class
    /// whose progress is 100).
    pub class: u8,
    /// Progress toward each class.
    pub progress: Progress,
    /// The status of all 17 components, in MOT's display order (ascending weight).
    pub per_component: IndexMap<MofComponent, ComponentStatus>,
    /// The resolved licence of every listed component, keyed by its settings name, in order of
    /// first listing; no licence shows as `"unlicensed"` (`docs/mot-rules.md#rule-13`).
    pub licenses: IndexMap<MofComponent, String>,
    /// For every listed component, the licence source that decided it; same keys and order as
    /// `licenses`.
    pub licence_sources: IndexMap<MofComponent, LicenceSource>,
    /// Listed components whose licence is open but not type-appropriate
    /// (`docs/mot-rules.md#rule-12`), in MOT's order.
    pub not_type_appropriate: Vec<MofComponent>,
    /// Component names that match no MOF component, as written, once each, in order of first
    /// appearance (`docs/mot-rules.md#rule-13`).
    pub unknown_components: Vec<String>,
    /// Components listed more than once (after counting unknown names as `Datasets`), once
    /// each, in order of their first repeat (`docs/mot-rules.md#rule-13`).
    pub duplicate_components: Vec<MofComponent>,
    /// Where MOT is lenient or odd for this release, for diagnostics.
    pub quirks: Vec<Quirk>,
}

impl MofResult {
    /// The class met, typed: `None` when no class is met (MOT's `0`).
    #[must_use]
    pub const fn mof_class(&self) -> Option<MofClass> {
        MofClass::from_number(self.class)
    }

    /// The level reached: the class's, or `Unclassified`.
    #[must_use]
    pub const fn level(&self) -> MofLevel {
        MofLevel::of(self.mof_class())
    }

    /// The status of `component`.
    #[must_use]
    pub fn status(&self, component: MofComponent) -> ComponentStatus {
        self.per_component
            .get(&component)
            .copied()
            .unwrap_or(if component.spec().required {
                ComponentStatus::Missing
            } else {
                ComponentStatus::Absent
            })
    }
}

/// Why MOT would reject a release instead of grading it (`docs/mot-rules.md#rule-10`): a licence
/// value that is not a string and is truthy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("licence of `{component}` is not a string: `{value}`")]
#[non_exhaustive]
pub struct MofRejection {
    /// The component whose licence was being resolved, as written in the input.
    pub component: String,
    /// Where the offending value came from.
    pub licence_source: LicenceSource,
    /// A rendering of the offending value.
    pub value: String,
    /// Where the offending value is in the source, if known.
    pub location: Option<SourceLocation>,
}

impl MofRejection {
    /// The stable kind of this rejection: `licence-not-string`.
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        "licence-not-string"
    }
}
