//! The 17 components of the Model Openness Framework 1.0, as the Model Openness Tool defines them.
//!
//! Source: `web/modules/mof/config/install/mof.settings.yml` in `lfai/model_openness_tool` at
//! commit 8b5d30e (the MOT id, exact name, class, content type, `required` flag and display
//! weight of each component). The rows below keep that file's order, which MOT relies on: an
//! unknown component name is counted as the first row, `Datasets` (`docs/mot-rules.md#rule-8`).

use std::fmt;

use serde::{Serialize, Serializer};

/// The kind of content a component holds, which decides the licence type it should carry.
///
/// MOF 1.0: "A type-appropriate open license is an open license that is appropriate for the
/// type of component": an open source licence for code, an open data licence for data and an
/// open content licence for documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContentType {
    /// Source code (`content_type: code`).
    Code,
    /// Data, including model parameters (`content_type: data`).
    Data,
    /// Documentation (`content_type: document`).
    Document,
}

impl ContentType {
    /// The spelling MOT uses (`code`, `data`, `document`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::Data => "data",
            Self::Document => "document",
        }
    }
}

impl fmt::Display for ContentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContentType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A MOF class. Classes are cumulative: Class II needs everything Class III needs, and
/// Class I everything Class II needs.
///
/// MOF 1.0 names them "Class III – Open Model", "Class II – Open Tooling" and
/// "Class I – Open Science".
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

    /// Whether a component of class `component_class` is needed for this class (classes are
    /// cumulative: Class I needs the components of all three classes).
    #[must_use]
    pub const fn includes(self, component_class: MofClass) -> bool {
        component_class.number() >= self.number()
    }
}

/// One of the 17 MOF 1.0 components.
///
/// The variants follow the order of `mof.settings.yml`; [`MofComponent::ALL`] lists them in that
/// order. The component serialises as its exact MOT name (`"Model parameters (Final)"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MofComponent {
    /// "Datasets": "Training, validation and testing datasets used for the model" (data, Class I).
    Datasets,
    /// "Data preprocessing code": "Code for data cleansing, normalization, and augmentation"
    /// (code, Class I).
    DataPreprocessingCode,
    /// "Model architecture": "Well commented code for the model's architecture" (code, Class III).
    ModelArchitecture,
    /// "Model parameters (Final)": "Trained model parameters, weights and biases" (data, Class III).
    ModelParametersFinal,
    /// "Model metadata": "Any model metadata including training configuration and optimizer
    /// states" (data, Class I, optional).
    ModelMetadata,
    /// "Model parameters (Intermediate)": intermediate checkpoints (data, Class I).
    ModelParametersIntermediate,
    /// "Training code": "Code used for training the model" (code, Class II).
    TrainingCode,
    /// "Inference code": "Code used for running the model to make predictions" (code, Class II).
    InferenceCode,
    /// "Evaluation code": "Code used for evaluating the model" (code, Class II).
    EvaluationCode,
    /// "Evaluation data": "Data used for evaluating the model" (data, Class II).
    EvaluationData,
    /// "Evaluation results": "The results from evaluating the model" (document, Class III).
    EvaluationResults,
    /// "Supporting libraries and tools": "Libraries and tools used in the model's development"
    /// (code, Class II, optional).
    SupportingLibrariesAndTools,
    /// "Model card": "Model details including performance metrics, intended use, and
    /// limitations" (document, Class III).
    ModelCard,
    /// "Data card": "Documentation for datasets including source, characteristics, and
    /// preprocessing details" (document, Class III).
    DataCard,
    /// "Technical report": "Technical report detailing capabilities and usage instructions for
    /// the model" (document, Class III).
    TechnicalReport,
    /// "Research paper": "Research paper detailing the development and capabilities of the
    /// model" (document, Class I).
    ResearchPaper,
    /// "Sample model outputs": "Examples of outputs generated by the model" (document,
    /// Class III, optional).
    SampleModelOutputs,
}

/// The facts `mof.settings.yml` gives for one component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ComponentSpec {
    /// The component.
    pub component: MofComponent,
    /// MOT's numeric component id (`id`).
    pub id: u16,
    /// The exact name (`name`), matched case-sensitively.
    pub name: &'static str,
    /// The class that first needs the component (`class`).
    pub class: MofClass,
    /// The content type its licence should suit (`content_type`).
    pub content_type: ContentType,
    /// Whether the class needs it (`required`); optional components never count toward progress.
    pub required: bool,
    /// MOT's display weight (`weight`); MOT lists components by ascending weight.
    pub weight: i16,
}

const fn spec(
    component: MofComponent,
    id: u16,
    name: &'static str,
    class: MofClass,
    content_type: ContentType,
    required: bool,
    weight: i16,
) -> ComponentSpec {
    ComponentSpec {
        component,
        id,
        name,
        class,
        content_type,
        required,
        weight,
    }
}

use ContentType::{Code, Data, Document};
use MofClass::{I, II, III};
use MofComponent as C;

/// The rows of `mof.settings.yml` (`lfai/model_openness_tool@8b5d30e`), in file order.
pub static SETTINGS: [ComponentSpec; 17] = [
    spec(C::Datasets, 15, "Datasets", I, Data, true, 30),
    spec(
        C::DataPreprocessingCode,
        16,
        "Data preprocessing code",
        I,
        Code,
        true,
        -60,
    ),
    spec(
        C::ModelArchitecture,
        9,
        "Model architecture",
        III,
        Code,
        true,
        -80,
    ),
    spec(
        C::ModelParametersFinal,
        10,
        "Model parameters (Final)",
        III,
        Data,
        true,
        10,
    ),
    spec(C::ModelMetadata, 17, "Model metadata", I, Data, false, 60),
    spec(
        C::ModelParametersIntermediate,
        24,
        "Model parameters (Intermediate)",
        I,
        Data,
        true,
        20,
    ),
    spec(C::TrainingCode, 7, "Training code", II, Code, true, -40),
    spec(C::InferenceCode, 8, "Inference code", II, Code, true, -30),
    spec(
        C::EvaluationCode,
        18,
        "Evaluation code",
        II,
        Code,
        true,
        -10,
    ),
    spec(C::EvaluationData, 19, "Evaluation data", II, Data, true, 50),
    spec(
        C::EvaluationResults,
        12,
        "Evaluation results",
        III,
        Document,
        true,
        101,
    ),
    spec(
        C::SupportingLibrariesAndTools,
        22,
        "Supporting libraries and tools",
        II,
        Code,
        false,
        0,
    ),
    spec(C::ModelCard, 13, "Model card", III, Document, true, 70),
    spec(C::DataCard, 14, "Data card", III, Document, true, 80),
    spec(
        C::TechnicalReport,
        11,
        "Technical report",
        III,
        Document,
        true,
        90,
    ),
    spec(
        C::ResearchPaper,
        21,
        "Research paper",
        I,
        Document,
        true,
        100,
    ),
    spec(
        C::SampleModelOutputs,
        20,
        "Sample model outputs",
        III,
        Document,
        false,
        60,
    ),
];

impl MofComponent {
    /// All 17 components in `mof.settings.yml` order.
    pub const ALL: [MofComponent; 17] = [
        C::Datasets,
        C::DataPreprocessingCode,
        C::ModelArchitecture,
        C::ModelParametersFinal,
        C::ModelMetadata,
        C::ModelParametersIntermediate,
        C::TrainingCode,
        C::InferenceCode,
        C::EvaluationCode,
        C::EvaluationData,
        C::EvaluationResults,
        C::SupportingLibrariesAndTools,
        C::ModelCard,
        C::DataCard,
        C::TechnicalReport,
        C::ResearchPaper,
        C::SampleModelOutputs,
    ];

    /// The component's row of `mof.settings.yml`.
    #[must_use]
    pub fn spec(self) -> &'static ComponentSpec {
        // `ALL` and `SETTINGS` share one order, and the discriminant is the row index.
        &SETTINGS[self as usize]
    }

    /// The exact MOT name.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The component whose name is exactly `name` (case-sensitive, no trimming;
    /// `docs/mot-rules.md#rule-8`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        SETTINGS
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.component)
    }

    /// The component with MOT id `id`.
    #[must_use]
    pub fn from_id(id: u16) -> Option<Self> {
        SETTINGS.iter().find(|s| s.id == id).map(|s| s.component)
    }

    /// The components in MOT's display order: ascending `weight`, ties in settings order.
    #[must_use]
    pub fn display_order() -> [MofComponent; 17] {
        let mut all = Self::ALL;
        all.sort_by_key(|c| c.spec().weight);
        all
    }
}

impl fmt::Display for MofComponent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for MofComponent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_and_settings_share_one_order() {
        for (i, c) in MofComponent::ALL.iter().enumerate() {
            assert_eq!(SETTINGS[i].component, *c);
            assert_eq!(*c as usize, i);
        }
    }

    #[test]
    fn required_counts_match_rule_1() {
        let count = |class: MofClass| {
            SETTINGS
                .iter()
                .filter(|s| s.required && class.includes(s.class))
                .count()
        };
        assert_eq!(count(MofClass::III), 6);
        assert_eq!(count(MofClass::II), 10);
        assert_eq!(count(MofClass::I), 14);
        assert_eq!(SETTINGS.iter().filter(|s| !s.required).count(), 3);
    }

    #[test]
    fn names_are_exact() {
        assert_eq!(
            MofComponent::from_name("Model card"),
            Some(MofComponent::ModelCard)
        );
        assert_eq!(MofComponent::from_name("Model Card"), None);
        assert_eq!(MofComponent::from_name("Datasets "), None);
        assert_eq!(
            MofComponent::from_id(11),
            Some(MofComponent::TechnicalReport)
        );
        assert_eq!(MofComponent::from_id(21), Some(MofComponent::ResearchPaper));
    }

    #[test]
    fn display_order_is_by_weight() {
        let order = MofComponent::display_order();
        assert_eq!(order[0], MofComponent::ModelArchitecture);
        assert_eq!(order[16], MofComponent::EvaluationResults);
        // Equal weights (60) keep the settings order.
        let metadata = order.iter().position(|c| *c == MofComponent::ModelMetadata);
        let samples = order
            .iter()
            .position(|c| *c == MofComponent::SampleModelOutputs);
        assert!(metadata < samples);
    }
}
