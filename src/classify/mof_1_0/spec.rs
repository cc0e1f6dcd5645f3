//! The `mof-1.0` framework as data ([`FrameworkSpec`]) and its typed levels ([`MofLevel`]).

use super::components::MofClass;
use crate::classify::spec::{FrameworkSpec, ItemSpec, Level, LevelSpec};

/// The framework: id, name, version, source, levels (most open first) and items.
pub const SPEC: FrameworkSpec = FrameworkSpec {
    id: "mof-1.0",
    name: "Model Openness Framework 1.0",
    version: "1.0",
    comment: "The Model Openness Framework 1.0 of LF AI & Data: three cumulative classes over 17 components, each under a type-appropriate open licence (White et al., \"The Model Openness Framework\", arXiv 2403.13784).",
    source: "https://lfaidata.foundation/wp-content/uploads/sites/3/2025/01/05_White_paper_MOF_Specification.pdf",
    levels: &[
        LevelSpec {
            token: "class-1",
            label: "MOF 1.0 Class I (Open Science)",
            comment: "MOF 1.0 \"Class I – Open Science\": everything Class II requires plus the datasets, the data preprocessing code, the intermediate model parameters and the research paper, each under a type-appropriate open licence.",
            rank: 3,
            class: Some("Mof10ClassIRelease"),
            implies: Some("class-2"),
            requires: &[],
        },
        LevelSpec {
            token: "class-2",
            label: "MOF 1.0 Class II (Open Tooling)",
            comment: "MOF 1.0 \"Class II – Open Tooling\": everything Class III requires plus the training, inference and evaluation code and the evaluation data.",
            rank: 2,
            class: Some("Mof10ClassIIRelease"),
            implies: Some("class-3"),
            requires: &[],
        },
        LevelSpec {
            token: "class-3",
            label: "MOF 1.0 Class III (Open Model)",
            comment: "MOF 1.0 \"Class III – Open Model\": the model architecture, the final model parameters, the technical report, the evaluation results, the model card and the data card, each under a type-appropriate open licence.",
            rank: 1,
            class: Some("Mof10ClassIIIRelease"),
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "unclassified",
            label: "MOF 1.0 unclassified",
            comment: "The release meets the requirements of no MOF 1.0 class.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
    ],
    items: ITEMS,
};

/// The items of the framework text that the criteria test.
const ITEMS: &[ItemSpec] = &[];

/// The levels of `mof-1.0`, in the order of [`SPEC`]'s levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MofLevel {
    /// `class-1`: Class I (Open Science): every component of Class II plus those of Class I.
    Class1,
    /// `class-2`: Class II (Open Tooling): every component of Class III plus those of Class II.
    Class2,
    /// `class-3`: Class III (Open Model).
    Class3,
    /// `unclassified`: No class is met.
    Unclassified,
}

impl MofLevel {
    /// The level of a class, or `Unclassified` for none.
    #[must_use]
    pub const fn of(class: Option<MofClass>) -> Self {
        match class {
            Some(MofClass::I) => Self::Class1,
            Some(MofClass::II) => Self::Class2,
            Some(MofClass::III) => Self::Class3,
            None => Self::Unclassified,
        }
    }

    /// The class of the level; `None` for `Unclassified`.
    #[must_use]
    pub const fn class(self) -> Option<MofClass> {
        match self {
            Self::Class1 => Some(MofClass::I),
            Self::Class2 => Some(MofClass::II),
            Self::Class3 => Some(MofClass::III),
            Self::Unclassified => None,
        }
    }

    /// The level's spec (a `const fn`, for constants; [`Level::spec`] is the same).
    #[must_use]
    pub const fn level_spec(self) -> &'static LevelSpec {
        &SPEC.levels[self as usize]
    }
}

impl Level for MofLevel {
    const SPEC: &'static FrameworkSpec = &SPEC;
    const ALL: &'static [Self] = &[
        MofLevel::Class1,
        MofLevel::Class2,
        MofLevel::Class3,
        MofLevel::Unclassified,
    ];

    fn index(self) -> usize {
        self as usize
    }
}
