//! The `eu-ai-act-2024` framework as data ([`FrameworkSpec`]) and its typed levels ([`EuAiActLevel`]).

use crate::classify::spec::{FrameworkSpec, ItemSpec, Level, LevelSpec};

/// The framework: id, name, version, source, levels (most open first) and items.
pub const SPEC: FrameworkSpec = FrameworkSpec {
    id: "eu-ai-act-2024",
    name: "EU AI Act (Regulation (EU) 2024/1689), open-source exemptions",
    version: "2024/1689",
    comment: "The open-source exemptions of the EU AI Act, Regulation (EU) 2024/1689: Art. 2(12) for AI systems and Art. 53(2) for general-purpose AI models \"released under a free and open-source licence that allows for the access, usage, modification, and distribution of the model\". An estimate, never legal advice.",
    source: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    levels: &[
        LevelSpec {
            token: "likely",
            label: "EU AI Act open-source exemption likely",
            comment: "The open-source exemptions of Art. 2(12) and Art. 53(2) plausibly apply: a free and open-source licence that allows access, use, modification and distribution; parameters, architecture and usage information public; no monetisation (Recital 103); not a model with systemic risk.",
            rank: 2,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "unlikely",
            label: "EU AI Act open-source exemption unlikely",
            comment: "The description shows a condition of the open-source exemptions that is not met.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "undetermined",
            label: "EU AI Act open-source exemption undetermined",
            comment: "The description does not settle whether the open-source exemptions apply.",
            rank: 1,
            class: None,
            implies: None,
            requires: &[],
        },
    ],
    items: ITEMS,
};

/// The items of the framework text that the criteria test.
const ITEMS: &[ItemSpec] = &[];

/// The levels of `eu-ai-act-2024`, in the order of [`SPEC`]'s levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EuAiActLevel {
    /// `likely`: The exemption plausibly applies: the description shows every condition met.
    Likely,
    /// `unlikely`: The description shows a condition not met.
    Unlikely,
    /// `undetermined`: The description cannot settle it.
    Undetermined,
}

impl EuAiActLevel {
    /// The level's spec (a `const fn`, for constants; [`Level::spec`] is the same).
    #[must_use]
    pub const fn level_spec(self) -> &'static LevelSpec {
        &SPEC.levels[self as usize]
    }
}

impl Level for EuAiActLevel {
    const SPEC: &'static FrameworkSpec = &SPEC;
    const ALL: &'static [Self] = &[
        EuAiActLevel::Likely,
        EuAiActLevel::Unlikely,
        EuAiActLevel::Undetermined,
    ];

    fn index(self) -> usize {
        self as usize
    }
}
