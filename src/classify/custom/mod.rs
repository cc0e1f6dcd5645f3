#![doc = include_str!("../../../docs/profiles.md")]

mod condition;
mod eval;
pub mod format;
mod load;

use indexmap::IndexMap;

pub use eval::{CustomDetails, LevelResult, ProfileSummary, classify};
pub use format::{
    ComponentsCondition, Condition, CriterionDef, FacetTest, FactsCondition, KindMatch, LevelDef,
    LicenceTest, NamedTest, NumberRange, ProfileFile, ProfileKind,
};
pub use load::{
    MAX_PROFILE_BYTES, default_limits, load_profile, load_profile_with_limits, read_profile,
};

use crate::model::SpecVersion;
use crate::syntax::Node;

/// The profile format version this crate reads and writes: `0.1.0`. A profile declares its
/// version in `profile_version`; versions compatible with this one by Cargo's rule (`0.1.x`)
/// are read.
pub const PROFILE_VERSION: SpecVersion = SpecVersion::from_parts(0, 1, 0);

/// A profile that loaded and passed every check: it can be evaluated on any release without
/// failing. Build one with [`load_profile`] or [`read_profile`]; evaluate it with [`classify`].
#[derive(Debug, Clone, PartialEq)]
pub struct CustomProfile {
    /// The profile as written (licence ids in canonical form).
    file: ProfileFile,
    /// Criterion id → index in `file.criteria`.
    index: IndexMap<String, usize>,
    /// The criteria by index, every criterion after the criteria it refers to.
    order: Vec<usize>,
    /// Each level's criteria by index: its own, then (when cumulative) the previous level's.
    effective: Vec<Vec<usize>>,
}

impl CustomProfile {
    /// The profile's id, reported as the `framework` of its classifications.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.file.id
    }

    /// The profile's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.file.name
    }

    /// A ladder or a checklist.
    #[must_use]
    pub fn kind(&self) -> ProfileKind {
        self.file.kind
    }

    /// The profile as written, after loading (licence ids in canonical form).
    #[must_use]
    pub fn file(&self) -> &ProfileFile {
        &self.file
    }

    /// Every level token the profile can report: its levels, lowest first, then `not_met` and
    /// `undetermined` (when given).
    pub fn level_tokens(&self) -> impl Iterator<Item = &str> {
        self.file
            .levels
            .iter()
            .map(|l| l.id.as_str())
            .chain(std::iter::once(self.file.not_met.as_str()))
            .chain(self.file.undetermined.as_deref())
    }
}

/// Whether a parsed file is a profile rather than a description: a mapping with a
/// `profile_version` key and no `spec_version` key. Tools that walk a folder of files (such as
/// `examples/`, which holds both) use it to tell them apart.
#[must_use]
pub fn is_profile(tree: &Node) -> bool {
    tree.as_mapping().is_some()
        && tree.get("profile_version").is_some()
        && tree.get("spec_version").is_none()
}

/// The JSON Schema (draft 2020-12) of profile files, generated from [`ProfileFile`]. The
/// loader checks more than the schema can say (see [`load_profile`]).
#[cfg(feature = "schema")]
#[must_use]
pub fn profile_schema() -> schemars::Schema {
    schemars::schema_for!(ProfileFile)
}
