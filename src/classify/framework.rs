//! The built-in frameworks, by their stable profile ids.
//!
//! A framework version is a profile of its own: `mof-1.0` today, `mof-1.1` the day MOF 1.1 is
//! published, each with its own variant here and its own module under [`crate::classify`]. Ids
//! never change meaning once released.

use std::fmt;
use std::str::FromStr;

use super::spec::{FrameworkSpec, ProfileId};

/// A built-in framework profile.
///
/// [`crate::classify::classify`] picks the profile's classifier with one `match` on this enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Framework {
    /// `mof-1.0`: the Model Openness Framework 1.0 (LF AI & Data), classes III (Open Model),
    /// II (Open Tooling) and I (Open Science), graded exactly as the Model Openness Tool grades
    /// it ([`crate::classify::mof_1_0`]).
    Mof10,
    /// `osaid-1.0`: the OSI Open Source AI Definition 1.0: data information, code and parameters
    /// ([`crate::classify::osaid_1_0`]).
    Osaid10,
    /// `osai-index`: the European Open Source AI Index, its current parameter set (12
    /// parameters graded open, partial or closed, and the score as its website computes it;
    /// [`crate::classify::osai_index`]).
    OsaiIndex,
    /// `eu-ai-act-2024`: whether the open-source exemptions of the EU AI Act, Art. 2(12) and
    /// Art. 53(2), plausibly apply; not legal advice ([`crate::classify::eu_ai_act_2024`]).
    EuAiAct2024,
    /// `dpg-1.1.4`: the nine indicators of the Digital Public Goods Standard 1.1.4
    /// ([`crate::classify::dpg_1_1_4`]).
    Dpg114,
}

impl Framework {
    /// Every built-in framework, in the order `classify` reports them.
    pub const ALL: &'static [Framework] = &[
        Framework::Mof10,
        Framework::Osaid10,
        Framework::OsaiIndex,
        Framework::EuAiAct2024,
        Framework::Dpg114,
    ];

    /// The framework as data: id, name, version, source, levels and items.
    #[must_use]
    pub const fn spec(self) -> &'static FrameworkSpec {
        match self {
            Self::Mof10 => &super::mof_1_0::SPEC,
            Self::Osaid10 => &super::osaid_1_0::SPEC,
            Self::OsaiIndex => &super::osai_index::SPEC,
            Self::EuAiAct2024 => &super::eu_ai_act_2024::SPEC,
            Self::Dpg114 => &super::dpg_1_1_4::SPEC,
        }
    }

    /// The stable profile id, e.g. `mof-1.0`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.spec().id
    }

    /// The framework's name and version for people, e.g. `Model Openness Framework 1.0`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.spec().name
    }

    /// The profile id as a classification holds it.
    #[must_use]
    pub const fn profile_id(self) -> ProfileId {
        ProfileId::builtin(self.spec())
    }
}

impl ProfileId {
    /// The built-in framework with this id, if it is one.
    #[must_use]
    pub fn framework(&self) -> Option<Framework> {
        self.as_str().parse().ok()
    }
}

impl fmt::Display for Framework {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl serde::Serialize for Framework {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// A framework id that names no built-in framework.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown framework `{id}`: the built-in frameworks are {}",
    known_ids()
)]
#[non_exhaustive]
pub struct UnknownFramework {
    /// The id as given.
    pub id: String,
}

/// The known ids, each in backticks, comma-separated.
fn known_ids() -> String {
    Framework::ALL
        .iter()
        .map(|f| format!("`{}`", f.id()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl FromStr for Framework {
    type Err = UnknownFramework;

    /// Parses a profile id exactly (`mof-1.0`; ids are case-sensitive).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|f| f.id() == s)
            .ok_or_else(|| UnknownFramework { id: s.to_owned() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for f in Framework::ALL {
            assert_eq!(f.id().parse::<Framework>(), Ok(*f));
            assert!(seen.insert(f.id()), "duplicate id {}", f.id());
            assert!(!f.name().is_empty());
        }
    }

    #[test]
    fn unknown_ids_list_the_known_ones() {
        let err = "MOF-1.0".parse::<Framework>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown framework `MOF-1.0`: the built-in frameworks are `mof-1.0`, `osaid-1.0`, \
             `osai-index`, `eu-ai-act-2024`, `dpg-1.1.4`"
        );
        assert_eq!(err.id, "MOF-1.0");
    }
}
