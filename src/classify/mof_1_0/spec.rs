//! The `mof-1.0` framework as data ([`FrameworkSpec`]), its typed levels ([`MofLevel`]) and
//! classes ([`MofClass`]).
//!
//! The one place where MOF 1.0's level tokens, class labels and the names of its 17 components
//! are written: [`MofComponent`](super::MofComponent) reads its names from [`SPEC`]'s items, the
//! criteria and next steps read the levels, and `rdf` builds its terms from both.

use crate::classify::spec::{FrameworkSpec, ItemSpec, LevelSpec, item};
use crate::model::ComponentKind as K;

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
            requires: &[
                "datasets",
                "data-preprocessing-code",
                "model-parameters-intermediate",
                "research-paper",
            ],
        },
        LevelSpec {
            token: "class-2",
            label: "MOF 1.0 Class II (Open Tooling)",
            comment: "MOF 1.0 \"Class II – Open Tooling\": everything Class III requires plus the training, inference and evaluation code and the evaluation data.",
            rank: 2,
            class: Some("Mof10ClassIIRelease"),
            implies: Some("class-3"),
            requires: &[
                "training-code",
                "inference-code",
                "evaluation-code",
                "evaluation-data",
            ],
        },
        LevelSpec {
            token: "class-3",
            label: "MOF 1.0 Class III (Open Model)",
            comment: "MOF 1.0 \"Class III – Open Model\": the model architecture, the final model parameters, the technical report, the evaluation results, the model card and the data card, each under a type-appropriate open licence.",
            rank: 1,
            class: Some("Mof10ClassIIIRelease"),
            implies: None,
            requires: &[
                "model-architecture",
                "model-parameters-final",
                "evaluation-results",
                "model-card",
                "data-card",
                "technical-report",
            ],
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

/// The 17 components of MOF 1.0 (Table 1; the Model Openness Tool's `mof.settings.yml`), in the
/// order of that file, which [`MofComponent`](super::MofComponent) shares: the variant's
/// discriminant is the item's index. Each item's first kind is the one a next step names when it
/// asks to publish the component.
const ITEMS: &[ItemSpec] = &[
    item(
        "datasets",
        "Datasets",
        "MOF 1.0 §Class I (Table 1: training, validation and testing datasets used for the model)",
        &[K::PretrainingData, K::PostTrainingData],
    ),
    item(
        "data-preprocessing-code",
        "Data preprocessing code",
        "MOF 1.0 §Class I (Table 1: code for data cleansing, normalization, and augmentation)",
        &[K::DataPreprocessingCode],
    ),
    item(
        "model-architecture",
        "Model architecture",
        "MOF 1.0 §Class III (Table 1: well commented code for the model's architecture)",
        &[K::ModelArchitecture],
    ),
    item(
        "model-parameters-final",
        "Model parameters (Final)",
        "MOF 1.0 §Class III (Table 1: trained model parameters, weights and biases)",
        &[K::ModelWeights],
    ),
    item(
        "model-metadata",
        "Model metadata",
        "MOF 1.0 §Class I, optional (Table 1: any model metadata including training configuration and optimizer states)",
        &[K::TrainingConfiguration],
    ),
    item(
        "model-parameters-intermediate",
        "Model parameters (Intermediate)",
        "MOF 1.0 §Class I (Table 1: intermediate checkpoints of the model parameters)",
        &[K::IntermediateCheckpoints],
    ),
    item(
        "training-code",
        "Training code",
        "MOF 1.0 §Class II (Table 1: code used for training the model)",
        &[K::TrainingCode],
    ),
    item(
        "inference-code",
        "Inference code",
        "MOF 1.0 §Class II (Table 1: code used for running the model to make predictions)",
        &[K::InferenceCode],
    ),
    item(
        "evaluation-code",
        "Evaluation code",
        "MOF 1.0 §Class II (Table 1: code used for evaluating the model)",
        &[K::EvaluationCode],
    ),
    item(
        "evaluation-data",
        "Evaluation data",
        "MOF 1.0 §Class II (Table 1: data used for evaluating the model)",
        &[K::EvaluationData],
    ),
    item(
        "evaluation-results",
        "Evaluation results",
        "MOF 1.0 §Class III (Table 1: the results from evaluating the model)",
        &[K::EvaluationResults],
    ),
    item(
        "supporting-libraries-and-tools",
        "Supporting libraries and tools",
        "MOF 1.0 §Class II, optional (Table 1: libraries and tools used in the model's development)",
        &[K::SupportingLibraries, K::Tokenizer],
    ),
    item(
        "model-card",
        "Model card",
        "MOF 1.0 §Class III (Table 1: model details including performance metrics, intended use, and limitations)",
        &[K::ModelCard],
    ),
    item(
        "data-card",
        "Data card",
        "MOF 1.0 §Class III (Table 1: documentation for datasets including source, characteristics, and preprocessing details)",
        &[K::DataCard],
    ),
    item(
        "technical-report",
        "Technical report",
        "MOF 1.0 §Class III (Table 1: technical report detailing capabilities and usage instructions for the model)",
        &[K::TechnicalReport],
    ),
    item(
        "research-paper",
        "Research paper",
        "MOF 1.0 §Class I (Table 1: research paper detailing the development and capabilities of the model)",
        &[K::ResearchPaper],
    ),
    item(
        "sample-model-outputs",
        "Sample model outputs",
        "MOF 1.0 §Class III, optional (Table 1: examples of outputs generated by the model)",
        &[K::SampleOutputs],
    ),
];

/// Every MOF item has at least one component kind (checked when the crate is compiled), so
/// [`MofComponent::kind`](super::MofComponent::kind) always has one to name.
const ITEMS_HAVE_KINDS: () = {
    let mut i = 0;
    while i < ITEMS.len() {
        assert!(
            !ITEMS[i].kinds.is_empty(),
            "a MOF item without a component kind"
        );
        i += 1;
    }
};

#[allow(clippy::let_unit_value)]
const _: () = ITEMS_HAVE_KINDS;

/// A MOF class. Classes are cumulative: Class II needs everything Class III needs, and
/// Class I everything Class II needs.
///
/// MOF 1.0 names them "Class III – Open Model", "Class II – Open Tooling" and
/// "Class I – Open Science".
#[allow(
    clippy::exhaustive_enums,
    reason = "MOF 1.0 defines exactly three classes"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MofClass {
    /// Class I, Open Science: the most complete release.
    I,
    /// Class II, Open Tooling.
    II,
    /// Class III, Open Model: the entry class.
    III,
}

impl MofClass {
    /// The classes from the entry class up: III, II, I (the order MOT evaluates them in).
    pub const DESCENDING: [MofClass; 3] = [MofClass::III, MofClass::II, MofClass::I];

    /// The class number MOT uses: 1, 2 or 3.
    #[must_use]
    pub const fn number(self) -> u8 {
        match self {
            Self::I => 1,
            Self::II => 2,
            Self::III => 3,
        }
    }

    /// The class with MOT's number (1, 2 or 3); `None` for 0 (no class) or any other number.
    #[must_use]
    pub const fn from_number(number: u8) -> Option<Self> {
        match number {
            1 => Some(Self::I),
            2 => Some(Self::II),
            3 => Some(Self::III),
            _ => None,
        }
    }

    /// The level of the class.
    #[must_use]
    pub const fn level(self) -> MofLevel {
        MofLevel::of(Some(self))
    }

    /// The Roman numeral MOF 1.0 writes the class with: `I`, `II` or `III`.
    #[must_use]
    pub const fn numeral(self) -> &'static str {
        match self {
            Self::I => "I",
            Self::II => "II",
            Self::III => "III",
        }
    }

    /// The class's title as MOF 1.0 writes it, e.g. `Class II (Open Tooling)`: the level's label
    /// without the framework's name.
    #[must_use]
    pub fn title(self) -> &'static str {
        let label = self.level().level_spec().label;
        label
            .strip_prefix(LABEL_PREFIX)
            .map_or(label, str::trim_start)
    }

    /// Whether a component of class `component_class` is needed for this class (classes are
    /// cumulative: Class I needs the components of all three classes).
    #[must_use]
    pub const fn includes(self, component_class: MofClass) -> bool {
        component_class.number() >= self.number()
    }
}

/// How every level label starts: the framework's short name.
const LABEL_PREFIX: &str = "MOF 1.0";

crate::classify::spec::levels! {
    /// The levels of `mof-1.0`, in the order of [`SPEC`]'s levels.
    pub enum MofLevel of SPEC {
        /// `class-1`: Class I (Open Science): every component of Class II plus those of Class I.
        Class1,
        /// `class-2`: Class II (Open Tooling): every component of Class III plus those of Class II.
        Class2,
        /// `class-3`: Class III (Open Model).
        Class3,
        /// `unclassified`: No class is met.
        Unclassified,
    }
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

    /// The class above this level: Class III above `Unclassified`, `None` at Class I.
    #[must_use]
    pub const fn next_class(self) -> Option<MofClass> {
        match self {
            Self::Unclassified => Some(MofClass::III),
            Self::Class3 => Some(MofClass::II),
            Self::Class2 => Some(MofClass::I),
            Self::Class1 => None,
        }
    }
}
