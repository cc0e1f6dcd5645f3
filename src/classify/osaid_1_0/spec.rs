//! The `osaid-1.0` framework as data ([`FrameworkSpec`]) and its typed levels ([`OsaidLevel`]).

use crate::classify::spec::{FrameworkSpec, ItemSpec, Level, LevelSpec};

/// The framework: id, name, version, source, levels (most open first) and items.
pub const SPEC: FrameworkSpec = FrameworkSpec {
    id: "osaid-1.0",
    name: "OSI Open Source AI Definition 1.0",
    version: "1.0",
    comment: "The Open Source Initiative's Open Source AI Definition 1.0 (October 2024): an Open Source AI is made available \"under terms and in a way that grant the freedoms to\" use, study, modify and share it, with the preferred form to make modifications (data information, code and parameters).",
    source: "https://opensource.org/ai/open-source-ai-definition",
    levels: &[
        LevelSpec {
            token: "conforms",
            label: "OSAID 1.0 Open Source AI",
            comment: "The release is Open Source AI under OSAID 1.0: its data information, code and parameters are available under terms that grant the freedoms to \"Use the system for any purpose\", \"Study how the system works\", \"Modify the system for any purpose\" and \"Share the system for others to use with or without modifications\".",
            rank: 2,
            class: Some("Osaid10OpenSourceAiRelease"),
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "does-not-conform",
            label: "OSAID 1.0 does not conform",
            comment: "The description shows that a requirement of OSAID 1.0 is not met.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "undetermined",
            label: "OSAID 1.0 undetermined",
            comment: "The description does not settle whether the release conforms to OSAID 1.0.",
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

/// The levels of `osaid-1.0`, in the order of [`SPEC`]'s levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OsaidLevel {
    /// `conforms`: Every requirement is met: the release is Open Source AI.
    Conforms,
    /// `does-not-conform`: A requirement is not met.
    DoesNotConform,
    /// `undetermined`: The description cannot settle conformance.
    Undetermined,
}

impl OsaidLevel {
    /// The level's spec (a `const fn`, for constants; [`Level::spec`] is the same).
    #[must_use]
    pub const fn level_spec(self) -> &'static LevelSpec {
        &SPEC.levels[self as usize]
    }
}

impl Level for OsaidLevel {
    const SPEC: &'static FrameworkSpec = &SPEC;
    const ALL: &'static [Self] = &[
        OsaidLevel::Conforms,
        OsaidLevel::DoesNotConform,
        OsaidLevel::Undetermined,
    ];

    fn index(self) -> usize {
        self as usize
    }
}
