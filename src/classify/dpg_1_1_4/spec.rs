//! The `dpg-1.1.4` framework as data ([`FrameworkSpec`]) and its typed levels ([`DpgLevel`]).

use crate::classify::spec::{FrameworkSpec, ItemSpec, LevelSpec};
use crate::model::ComponentKind as K;

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
            label: "DPG Standard 1.1.4 indicators shown (nomination candidate)",
            comment: "The description shows all nine indicators of the DPG Standard 1.1.4, with the attestations for indicators 3 and 7 to 9 naming who makes them and linking their evidence: the release is a candidate for nomination. Only the DPG Alliance's review makes a release a digital public good; the Standard accepts evidence for indicators 7 to 9 only from \"someone authorized to speak on behalf of the project\".",
            rank: 2,
            class: Some("Dpg114NominationCandidateRelease"),
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
        LevelSpec {
            token: "does-not-meet",
            label: "DPG Standard 1.1.4 not met",
            comment: "The description shows an indicator of the DPG Standard 1.1.4 not met.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
    ],
    items: &ITEMS,
};

/// The nine indicators, in the Standard's order (the order of [`DpgIndicator`]).
static ITEMS: [ItemSpec; 9] = [
    ItemSpec {
        id: "1-sdg-relevance",
        name: "Relevance to Sustainable Development Goals",
        clause: "DPG Standard 1.1.4, indicator 1",
        kinds: &[],
    },
    ItemSpec {
        id: "2-open-licences",
        name: "Use of Approved Open Licenses",
        clause: "DPG Standard 1.1.4, indicator 2",
        // Every component the producer releases, except publications about the release and
        // usage policies (see the module documentation).
        kinds: &[
            K::PretrainingData,
            K::PostTrainingData,
            K::DataCard,
            K::DataPreprocessingCode,
            K::TrainingCode,
            K::TrainingConfiguration,
            K::ModelArchitecture,
            K::ModelWeights,
            K::BaseModelWeights,
            K::IntermediateCheckpoints,
            K::InferenceCode,
            K::SupportingLibraries,
            K::Tokenizer,
            K::EvaluationCode,
            K::EvaluationData,
            K::EvaluationResults,
            K::SafetyEvaluation,
            K::ModelCard,
            K::CodeDocumentation,
            K::SampleOutputs,
            K::TrainingLogs,
            K::ComputeReport,
            K::GuardrailModel,
            K::ContentFilter,
            K::SystemPrompt,
        ],
    },
    ItemSpec {
        id: "3-clear-ownership",
        name: "Clear Ownership",
        clause: "DPG Standard 1.1.4, indicator 3",
        kinds: &[],
    },
    ItemSpec {
        id: "4-platform-independence",
        name: "Platform Independence",
        clause: "DPG Standard 1.1.4, indicator 4",
        kinds: &[K::SupportingLibraries, K::Tokenizer],
    },
    ItemSpec {
        id: "5-documentation",
        name: "Documentation",
        clause: "DPG Standard 1.1.4, indicator 5",
        kinds: &[K::CodeDocumentation, K::ModelCard, K::DataCard],
    },
    ItemSpec {
        id: "6-data-extraction",
        name: "Mechanism for Extracting Data and Content",
        clause: "DPG Standard 1.1.4, indicator 6",
        kinds: &[],
    },
    ItemSpec {
        id: "7-privacy-and-laws",
        name: "Adherence to Privacy and Applicable Laws",
        clause: "DPG Standard 1.1.4, indicator 7",
        kinds: &[],
    },
    ItemSpec {
        id: "8-standards-and-best-practices",
        name: "Adherence to Standards & Best Practices",
        clause: "DPG Standard 1.1.4, indicator 8",
        kinds: &[],
    },
    ItemSpec {
        id: "9-do-no-harm",
        name: "Do No Harm By Design (9a Data Privacy & Security, 9b Inappropriate & Illegal \
               Content, 9c Protection from Harassment)",
        clause: "DPG Standard 1.1.4, indicator 9",
        kinds: &[
            K::GuardrailModel,
            K::ContentFilter,
            K::UsagePolicy,
            K::SafetyEvaluation,
        ],
    },
];

/// The nine indicators of `dpg-1.1.4`, in the Standard's order (the order of [`SPEC`]'s items).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DpgIndicator {
    /// 1. Relevance to Sustainable Development Goals.
    SdgRelevance,
    /// 2. Use of Approved Open Licenses.
    OpenLicences,
    /// 3. Clear Ownership.
    ClearOwnership,
    /// 4. Platform Independence.
    PlatformIndependence,
    /// 5. Documentation.
    Documentation,
    /// 6. Mechanism for Extracting Data and Content.
    DataExtraction,
    /// 7. Adherence to Privacy and Applicable Laws.
    PrivacyAndLaws,
    /// 8. Adherence to Standards & Best Practices.
    StandardsAndBestPractices,
    /// 9. Do No Harm By Design.
    DoNoHarm,
}

impl DpgIndicator {
    /// Every indicator, in the Standard's order.
    pub const ALL: &'static [Self] = &[
        Self::SdgRelevance,
        Self::OpenLicences,
        Self::ClearOwnership,
        Self::PlatformIndependence,
        Self::Documentation,
        Self::DataExtraction,
        Self::PrivacyAndLaws,
        Self::StandardsAndBestPractices,
        Self::DoNoHarm,
    ];

    /// The indicator's spec: id, name, clause, component kinds.
    #[must_use]
    pub const fn spec(self) -> &'static ItemSpec {
        &ITEMS[self as usize]
    }

    /// The indicator's number in the Standard, 1 to 9.
    #[must_use]
    pub const fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The indicator's component kinds.
    #[must_use]
    pub const fn kinds(self) -> &'static [K] {
        self.spec().kinds
    }
}

crate::classify::spec::levels! {
    /// The levels of `dpg-1.1.4`, in the order of [`SPEC`]'s levels.
    pub enum DpgLevel of SPEC {
        /// `meets-standard`: The description shows all nine indicators met, with attributed
        /// attestations: a candidate for nomination, not a digital public good (only the DPG
        /// Alliance's review makes it one).
        MeetsStandard,
        /// `undetermined`: It cannot tell.
        Undetermined,
        /// `does-not-meet`: It shows an indicator not met.
        DoesNotMeet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_item_enum_follows_the_spec() {
        crate::classify::spec::assert_item_enum_follows(
            &SPEC,
            DpgIndicator::ALL.iter().map(|item| item.spec()),
        );
    }
}
