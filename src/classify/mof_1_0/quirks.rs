//! Places where MOT is lenient or odd, reported next to a verdict so that stricter diagnostics
//! can say where the MOT-compatible result departs from the MOF's intent.

use std::fmt;

use serde::{Serialize, Serializer};

use super::components::MofComponent;

/// The kind of a [`Quirk`], with a stable kebab-case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum QuirkCode {
    /// `docs/mot-rules.md#rule-5`: the technical report is not included, a research paper is
    /// listed, and MOT counts the paper in the report's place whatever the paper's own status.
    ResearchPaperReplacesTechnicalReport,
    /// `docs/mot-rules.md#rule-8`: a component name matches no MOF component (names are
    /// case-sensitive and not trimmed) and MOT counts it as `Datasets`.
    UnknownComponentCountedAsDatasets,
    /// `docs/mot-rules.md#rule-8`: a component is listed twice and MOT keeps the last entry.
    DuplicateComponentLastWins,
    /// `docs/mot-rules.md#rule-4`: the licence is not open because MOT compares ids exactly, but it
    /// matches an open id once trimmed, case-folded or with spaces read as `-` (`Apache 2.0`).
    LicenceExactMatch,
    /// `docs/mot-rules.md#rule-4`: the licence is an SPDX expression (`Apache-2.0 OR MIT`), which
    /// MOT compares as a single id and never counts as open.
    LicenceExpressionNotEvaluated,
    /// `docs/mot-rules.md#rule-4`: `ODC-PDDL-1.0`, which is not an SPDX id, counts as open through
    /// MOT's `OPEN_DATA_LICENSES`.
    OdcPddlId,
    /// `docs/mot-rules.md#rule-4`: `PDDL-1.0`, the SPDX id of the same licence as `ODC-PDDL-1.0`,
    /// is not open in MOT.
    PddlNotOpen,
    /// `docs/mot-rules.md#rule-4`: a deprecated SPDX id (`GPL-2.0`, `LGPL-2.1+`) counts as open.
    DeprecatedLicenceId,
    /// `docs/mot-rules.md` rules 6 and 10: `'0'` or a falsy non-string value (`0`, `false`, `[]`)
    /// reads as "unlicensed".
    FalsyLicenceMeansUnlicensed,
    /// `docs/mot-rules.md#rule-6`: a global licence entry that is not a mapping (`code: MIT`) is
    /// ignored.
    GlobalLicenceEntryIgnored,
    /// MOF 1.0 Table 2 accepts any licence for Datasets, "including unlicensed"; MOT counts
    /// unlicensed Datasets as not included.
    UnlicensedDatasetsNotIncluded,
    /// MOF 1.0 Table 2 accepts any licence for Datasets; MOT counts Datasets under a licence it
    /// does not consider open (`Proprietary`, `CC-BY-NC-4.0`) as not included.
    NonOpenDatasetsNotIncluded,
}

impl QuirkCode {
    /// Every quirk code.
    pub const ALL: [QuirkCode; 12] = [
        Self::ResearchPaperReplacesTechnicalReport,
        Self::UnknownComponentCountedAsDatasets,
        Self::DuplicateComponentLastWins,
        Self::LicenceExactMatch,
        Self::LicenceExpressionNotEvaluated,
        Self::OdcPddlId,
        Self::PddlNotOpen,
        Self::DeprecatedLicenceId,
        Self::FalsyLicenceMeansUnlicensed,
        Self::GlobalLicenceEntryIgnored,
        Self::UnlicensedDatasetsNotIncluded,
        Self::NonOpenDatasetsNotIncluded,
    ];

    /// The stable kebab-case code, for example `mot-unknown-component-counted-as-datasets`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ResearchPaperReplacesTechnicalReport => {
                "mot-research-paper-replaces-technical-report"
            }
            Self::UnknownComponentCountedAsDatasets => "mot-unknown-component-counted-as-datasets",
            Self::DuplicateComponentLastWins => "mot-duplicate-component-last-wins",
            Self::LicenceExactMatch => "mot-licence-exact-match",
            Self::LicenceExpressionNotEvaluated => "mot-licence-expression-not-evaluated",
            Self::OdcPddlId => "mot-odc-pddl-id",
            Self::PddlNotOpen => "mot-pddl-not-open",
            Self::DeprecatedLicenceId => "mot-deprecated-licence-id",
            Self::FalsyLicenceMeansUnlicensed => "mot-falsy-licence-means-unlicensed",
            Self::GlobalLicenceEntryIgnored => "mot-global-licence-entry-ignored",
            Self::UnlicensedDatasetsNotIncluded => "mot-unlicensed-datasets-not-included",
            Self::NonOpenDatasetsNotIncluded => "mot-non-open-datasets-not-included",
        }
    }
}

impl fmt::Display for QuirkCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for QuirkCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One place where MOT's verdict for a release rests on lenient or odd behaviour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Quirk {
    /// What kind of quirk.
    pub code: QuirkCode,
    /// The component it concerns, if any.
    pub component: Option<MofComponent>,
    /// A lower-case explanation naming the values involved.
    pub message: String,
}

impl Quirk {
    pub(super) fn new(
        code: QuirkCode,
        component: Option<MofComponent>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            component,
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for code in QuirkCode::ALL {
            let s = code.as_str();
            assert!(s.starts_with("mot-"), "{s}");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
            assert!(seen.insert(s), "duplicate code {s}");
        }
    }
}
