//! The `dpg-1.1.4` framework as data ([`FrameworkSpec`]) and its typed levels ([`DpgLevel`]).

use crate::classify::spec::{FrameworkSpec, ItemSpec, Level, LevelSpec};

/// The framework: id, name, version, source, levels (most open first) and items.
pub const SPEC: FrameworkSpec = FrameworkSpec {
    id: "dpg-1.1.4",
    name: "Digital Public Goods Standard 1.1.4",
    version: "1.1.4",
    comment: "The Digital Public Goods Standard of the DPG Alliance, version 1.1.4: nine indicators, from relevance to the Sustainable Development Goals to \"Do No Harm By Design\".",
    source: "https://digitalpublicgoods.net/standard",
    levels: &[
        LevelSpec {
            token: "meets-standard",
            label: "DPG Standard 1.1.4 met",
            comment: "The description shows all nine indicators of the DPG Standard 1.1.4 met: a digital public good is \"open-source software, open standards, open data, open AI systems, and open content collections that adhere to privacy and other applicable best practices, do no harm, and are of high relevance for attainment of the\" Sustainable Development Goals.",
            rank: 2,
            class: Some("Dpg114DigitalPublicGoodRelease"),
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "does-not-meet",
            label: "DPG Standard 1.1.4 not met",
            comment: "The description shows an indicator of the DPG Standard 1.1.4 not met.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "undetermined",
            label: "DPG Standard 1.1.4 undetermined",
            comment: "The description cannot tell whether every indicator of the DPG Standard 1.1.4 is met.",
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

/// The levels of `dpg-1.1.4`, in the order of [`SPEC`]'s levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DpgLevel {
    /// `meets-standard`: The description shows all nine indicators met.
    MeetsStandard,
    /// `does-not-meet`: It shows an indicator not met.
    DoesNotMeet,
    /// `undetermined`: It cannot tell.
    Undetermined,
}

impl DpgLevel {
    /// The level's spec (a `const fn`, for constants; [`Level::spec`] is the same).
    #[must_use]
    pub const fn level_spec(self) -> &'static LevelSpec {
        &SPEC.levels[self as usize]
    }
}

impl Level for DpgLevel {
    const SPEC: &'static FrameworkSpec = &SPEC;
    const ALL: &'static [Self] = &[
        DpgLevel::MeetsStandard,
        DpgLevel::DoesNotMeet,
        DpgLevel::Undetermined,
    ];

    fn index(self) -> usize {
        self as usize
    }
}
