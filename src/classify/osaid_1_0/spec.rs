//! The `osaid-1.0` framework as data ([`FrameworkSpec`]) and its typed levels ([`OsaidLevel`]).

use crate::classify::spec::{FrameworkSpec, ItemSpec, LevelSpec};
use crate::model::ComponentKind as K;

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
            // "The preferred form of making modifications to a machine-learning system must
            // include all the elements below": the elements a release must list.
            requires: &[
                "data-information/description",
                "code/data-processing",
                "code/training",
                "code/inference",
                "code/model-architecture",
                "parameters/weights",
            ],
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
        LevelSpec {
            token: "does-not-conform",
            label: "OSAID 1.0 does not conform",
            comment: "The description shows that a requirement of OSAID 1.0 is not met.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
    ],
    items: &ITEMS,
};

/// The items of the framework text that the criteria test, in the order of [`OsaidItem`]: the
/// elements of the preferred form to make modifications (Data Information, Code, Parameters, with
/// the OSI checklist's rows for code) and the discrete elements of a system.
static ITEMS: [ItemSpec; 13] = [
    ItemSpec {
        id: "data-information/description",
        name: "Data Information: the complete description of all data used for training",
        clause: "OSAID 1.0, Preferred form to make modifications: Data Information (1)",
        kinds: &[K::DataCard, K::TechnicalReport, K::ResearchPaper],
    },
    ItemSpec {
        id: "data-information/listing",
        name: "Data Information: a listing of all publicly available training data and of all \
               training data obtainable from third parties, and where to obtain it",
        clause: "OSAID 1.0, Preferred form to make modifications: Data Information (2) and (3); \
                 OSAID FAQ, training data classes",
        kinds: &[K::PretrainingData, K::PostTrainingData],
    },
    ItemSpec {
        id: "data-information/terms",
        name: "Data Information made available under OSI-approved terms",
        clause: "OSAID 1.0, Preferred form to make modifications: Data Information \
                 (\u{201c}made available under OSI-approved terms\u{201d})",
        kinds: &[K::DataCard],
    },
    ItemSpec {
        id: "code/data-processing",
        name: "Code: code used for processing and filtering data",
        clause: "OSAID 1.0, Preferred form to make modifications: Code (\u{201c}code used for \
                 processing and filtering data\u{201d}); OSI checklist: Data pre-processing",
        kinds: &[K::DataPreprocessingCode],
    },
    ItemSpec {
        id: "code/training",
        name: "Code: code used for training including arguments and settings used",
        clause: "OSAID 1.0, Preferred form to make modifications: Code (\u{201c}code used for \
                 training including arguments and settings used, validation and testing\u{201d}); \
                 OSI checklist: Training, validation and testing",
        kinds: &[K::TrainingCode],
    },
    ItemSpec {
        id: "code/validation-and-testing",
        name: "Code: validation and testing",
        clause: "OSAID 1.0, Preferred form to make modifications: Code (\u{201c}code used for \
                 training including arguments and settings used, validation and testing\u{201d}); \
                 OSI checklist: Training, validation and testing",
        kinds: &[K::EvaluationCode],
    },
    ItemSpec {
        id: "code/inference",
        name: "Code: inference code",
        clause: "OSAID 1.0, Preferred form to make modifications: Code (\u{201c}inference \
                 code\u{201d}); OSI checklist: Inference",
        kinds: &[K::InferenceCode],
    },
    ItemSpec {
        id: "code/supporting-libraries",
        name: "Code: supporting libraries like tokenizers and hyperparameters search code",
        clause: "OSAID 1.0, Preferred form to make modifications: Code (\u{201c}supporting \
                 libraries like tokenizers and hyperparameters search code\u{201d}); OSI \
                 checklist: Supporting libraries and tools",
        kinds: &[K::SupportingLibraries, K::Tokenizer],
    },
    ItemSpec {
        id: "code/model-architecture",
        name: "Code: model architecture",
        clause: "OSAID 1.0, Preferred form to make modifications: Code (\u{201c}model \
                 architecture\u{201d}); OSI checklist: Model architecture",
        kinds: &[K::ModelArchitecture],
    },
    ItemSpec {
        id: "parameters/weights",
        name: "Parameters: the model parameters, such as weights",
        clause: "OSAID 1.0, Preferred form to make modifications: Parameters; Open Source models \
                 and Open Source weights",
        kinds: &[K::ModelWeights],
    },
    ItemSpec {
        id: "parameters/base-model-weights",
        name: "Parameters: the weights of the base model the release was trained from",
        clause: "OSAID 1.0, Preferred form to make modifications: Parameters; Open Source models \
                 and Open Source weights",
        kinds: &[K::BaseModelWeights],
    },
    ItemSpec {
        id: "parameters/checkpoints-and-optimizer-state",
        name: "Parameters: checkpoints from key intermediate stages of training as well as the \
               final optimizer state",
        clause: "OSAID 1.0, Preferred form to make modifications: Parameters (\u{201c}this might \
                 include checkpoints from key intermediate stages of training as well as the \
                 final optimizer state\u{201d})",
        kinds: &[K::IntermediateCheckpoints, K::TrainingConfiguration],
    },
    ItemSpec {
        id: "system/parts",
        name: "Discrete elements of a system",
        clause: "OSAID 1.0, What is Open Source AI (\u{201c}discrete elements of a system\u{201d})",
        kinds: &[K::GuardrailModel, K::ContentFilter, K::SystemPrompt],
    },
];

/// The items of `osaid-1.0`, in the order of [`SPEC`]'s items: what each criterion tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OsaidItem {
    /// `data-information/description`: Data Information (1), a data card or other description.
    DataDescription,
    /// `data-information/listing`: Data Information (2) and (3), the training data sets.
    DataListing,
    /// `data-information/terms`: Data Information under OSI-approved terms.
    DataTerms,
    /// `code/data-processing`: code used for processing and filtering data.
    DataProcessingCode,
    /// `code/training`: the training code.
    TrainingCode,
    /// `code/validation-and-testing`: validation and testing code, judged with the training code
    /// ("if used").
    ValidationAndTesting,
    /// `code/inference`: the inference code.
    InferenceCode,
    /// `code/supporting-libraries`: supporting libraries and tokenizers ("if used").
    SupportingLibraries,
    /// `code/model-architecture`: the model architecture.
    ModelArchitecture,
    /// `parameters/weights`: the final weights.
    Weights,
    /// `parameters/base-model-weights`: the base model's weights, judged with the weights when
    /// listed.
    BaseModelWeights,
    /// `parameters/checkpoints-and-optimizer-state`: parameters the definition says "might" be
    /// included; they do not decide conformance.
    OptionalParameters,
    /// `system/parts`: guardrail models, content filters and system prompts of a system.
    SystemParts,
}

impl OsaidItem {
    /// Every item, in the order of [`SPEC`]'s items.
    pub const ALL: &'static [Self] = &[
        Self::DataDescription,
        Self::DataListing,
        Self::DataTerms,
        Self::DataProcessingCode,
        Self::TrainingCode,
        Self::ValidationAndTesting,
        Self::InferenceCode,
        Self::SupportingLibraries,
        Self::ModelArchitecture,
        Self::Weights,
        Self::BaseModelWeights,
        Self::OptionalParameters,
        Self::SystemParts,
    ];

    /// The item's spec: id, name, clause, component kinds.
    #[must_use]
    pub const fn spec(self) -> &'static ItemSpec {
        &ITEMS[self as usize]
    }

    /// The item's component kinds.
    #[must_use]
    pub const fn kinds(self) -> &'static [K] {
        self.spec().kinds
    }

    /// The item's clause.
    #[must_use]
    pub const fn clause(self) -> &'static str {
        self.spec().clause
    }
}

crate::classify::spec::levels! {
    /// The levels of `osaid-1.0`, in the order of [`SPEC`]'s levels.
    pub enum OsaidLevel of SPEC {
        /// `conforms`: Every requirement is met: the release is Open Source AI.
        Conforms,
        /// `undetermined`: The description cannot settle conformance.
        Undetermined,
        /// `does-not-conform`: A requirement is not met.
        DoesNotConform,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_item_enum_follows_the_spec() {
        crate::classify::spec::assert_item_enum_follows(
            &SPEC,
            OsaidItem::ALL.iter().map(|item| item.spec()),
        );
    }
}
