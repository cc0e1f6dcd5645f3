//! The `mof-1.0` fields of a [`Classification`](crate::classify::Classification): what
//! `ai-openness classify --format json` prints next to `level` for this framework.

use indexmap::IndexMap;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::components::MofComponent;
use super::error::MotReadError;
use super::result::{ComponentStatus, LicenceSource, MofResult, Progress};
use super::spec::{MofClass, MofLevel};

/// The `mof-1.0` result fields: a graded release, or a Model Openness Tool file that MOT rejects.
///
/// Serialises flat into the classification object. Graded: `class` (1, 2, 3, or 0 when no class
/// is met), `progress` (`{"1", "2", "3"}`, percentages as MOT computes them), `components`,
/// `not_type_appropriate`, `unknown_components`, `duplicate_components`. Rejected: `class: null`,
/// `progress: null`, `error`, `error_kind` (`yaml-parse`, `licence-not-string`, …), `line`,
/// `column`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MofDetails {
    /// The release was graded.
    Graded(MofGraded),
    /// MOT rejects the file instead of grading it.
    Rejected(MotReadError),
}

impl MofDetails {
    /// The class met; `None` when no class is met or MOT rejects the file.
    #[must_use]
    pub fn class(&self) -> Option<MofClass> {
        self.graded().and_then(|g| g.class)
    }

    /// The level reached: the class's, or `Unclassified` when none is met or MOT rejects the
    /// file.
    #[must_use]
    pub fn level(&self) -> MofLevel {
        MofLevel::of(self.class())
    }

    /// The progress toward each class, or `None` for a rejected file.
    #[must_use]
    pub fn progress(&self) -> Option<Progress> {
        self.graded().map(|g| g.progress)
    }

    /// The graded fields, unless the file was rejected.
    #[must_use]
    pub fn graded(&self) -> Option<&MofGraded> {
        match self {
            Self::Graded(g) => Some(g),
            Self::Rejected(_) => None,
        }
    }

    /// Why MOT rejects the file, if it does.
    #[must_use]
    pub fn rejected(&self) -> Option<&MotReadError> {
        match self {
            Self::Graded(_) => None,
            Self::Rejected(e) => Some(e),
        }
    }
}

impl Serialize for MofDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Graded(graded) => graded.serialize(serializer),
            Self::Rejected(error) => {
                let mut map = serializer.serialize_map(Some(6))?;
                map.serialize_entry("class", &None::<u8>)?;
                map.serialize_entry("progress", &None::<Progress>)?;
                map.serialize_entry("error", &error.message)?;
                map.serialize_entry("error_kind", &error.kind)?;
                map.serialize_entry("line", &error.line)?;
                map.serialize_entry("column", &error.column)?;
                map.end()
            }
        }
    }
}

/// The fields of a graded release. The lists are exactly MOT's (same order); `components` adds
/// to MOT's per-component status the licence MOT resolved, where it came from, and the listed
/// entries behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MofGraded {
    /// The class met, `None` when none is. Serialises as MOT writes it: 1, 2 or 3, or 0 when no
    /// class is met.
    #[serde(serialize_with = "class_number")]
    pub class: Option<MofClass>,
    /// Progress toward each class, in percent.
    pub progress: Progress,
    /// All 17 components in MOT's display order.
    pub components: IndexMap<MofComponent, MofComponentEntry>,
    /// Listed components whose licence is open but not type-appropriate (MOT's warning list).
    pub not_type_appropriate: Vec<MofComponent>,
    /// Component names that match no MOF component, as written (MOT counts them as Datasets).
    pub unknown_components: Vec<String>,
    /// Components listed more than once in a MOT file (MOT keeps the last entry).
    pub duplicate_components: Vec<MofComponent>,
}

impl MofGraded {
    /// The graded fields of `result`, with the listed entries (JSON Pointers) behind each
    /// component.
    pub(super) fn new(result: &MofResult, entries: &IndexMap<MofComponent, Vec<String>>) -> Self {
        let components = result
            .per_component
            .iter()
            .map(|(component, status)| {
                let entry = MofComponentEntry {
                    status: *status,
                    license: result.licenses.get(component).cloned(),
                    source: result.licence_sources.get(component).copied(),
                    entries: entries.get(component).cloned().unwrap_or_default(),
                };
                (*component, entry)
            })
            .collect();
        Self {
            class: MofClass::from_number(result.class),
            progress: result.progress,
            components,
            not_type_appropriate: result.not_type_appropriate.clone(),
            unknown_components: result.unknown_components.clone(),
            duplicate_components: result.duplicate_components.clone(),
        }
    }
}

/// `class` as MOT writes it: the class number, 0 for none.
// serde's `serialize_with` hands the field by reference.
#[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)]
fn class_number<S: Serializer>(class: &Option<MofClass>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u8(class.map_or(0, MofClass::number))
}

/// One MOF component in a graded result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct MofComponentEntry {
    /// MOT's status (`included`, `optional`, `invalid`, `unlicensed`, `missing`, `omitted`,
    /// `absent`).
    pub status: ComponentStatus,
    /// The licence MOT graded (`"unlicensed"` when there is none); absent when the component is
    /// not listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Where that licence came from (`component`, `global-code`, …, `none`); absent when the
    /// component is not listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<LicenceSource>,
    /// The JSON Pointers of the listed entries that make up the component, in document order
    /// (several for a native release that lists, say, two pretraining data sets; several for a
    /// MOT file with a duplicated name, of which MOT keeps the last).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<String>,
}
