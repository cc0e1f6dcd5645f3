//! The closed inventory of component kinds and what each one is.
//!
//! The inventory is framework-neutral: it covers every component of MOF 1.0 (17), the three OSAID 1.0
//! elements (data information, code, parameters), the parameters of the European Open Source AI
//! Index, and the parts of a complete AI system that no framework names yet (guardrails, system
//! prompts, safety evaluations, usage policies). Each framework's mapping of kinds to its items
//! lives with that framework, in the items of its spec (`crate::classify::spec::ItemSpec::kinds`).

use crate::value::{ContentType, vocabulary};

vocabulary! {
    /// The kind of a component of an AI release. Closed: a kind that is not listed is an error, so a
    /// registry can rely on the values. Snake-case strings are the document values.
    pub enum ComponentKind {
        /// Data used to pre-train the (base) model.
        ///
        /// MOF 1.0 "Datasets" (Class I, data); OSAID 1.0 Data Information ("a listing of all publicly
        /// available training data and where to obtain it"); OSAI Index `datasources_basemodel`.
        PretrainingData = "pretraining_data",
        /// Data used after pre-training: instruction, preference/RLHF, or synthetic fine-tuning data.
        ///
        /// MOF 1.0 "Datasets" ("pretraining, fine-tuning, RLHF or otherwise"); OSAI Index
        /// `datasources_endmodel`.
        PostTrainingData = "post_training_data",
        /// A data card or datasheet describing the training data: provenance, scope, characteristics,
        /// selection, labelling, processing and filtering.
        ///
        /// MOF 1.0 "Data card" (Class III, document); OSAID 1.0 Data Information ("Sufficiently detailed
        /// information about the data used to train the system so that a skilled person can build a
        /// substantially equivalent system"); OSAI Index `datasheet`; EU AI Act Art. 53(1)(d) summary.
        DataCard = "data_card",
        /// Code that processes, filters or cleans the training data.
        ///
        /// MOF 1.0 "Data preprocessing code" (Class I, code); OSAID 1.0 Code ("data processing and
        /// filtering code").
        DataPreprocessingCode = "data_preprocessing_code",
        /// Code that trains or fine-tunes the model, including the arguments and settings used.
        ///
        /// MOF 1.0 "Training code" (Class II, code); OSAID 1.0 Code ("training code, including
        /// arguments and settings used"); OSAI Index `trainingcode`.
        TrainingCode = "training_code",
        /// Training configuration, hyperparameters, schedules and optimizer states.
        ///
        /// MOF 1.0 "Model metadata" (Class I, data, optional: "training configuration and optimizer
        /// states"); OSAID 1.0 Parameters ("the final optimizer state").
        TrainingConfiguration = "training_configuration",
        /// The model architecture as code (the network definition).
        ///
        /// MOF 1.0 "Model architecture" (Class III, code); OSAID 1.0 Code ("model architecture");
        /// EU AI Act Art. 53(2) ("the information on the model architecture").
        ModelArchitecture = "model_architecture",
        /// The final parameters (weights) of the released model.
        ///
        /// MOF 1.0 "Model parameters (Final)" (Class III, data); OSAID 1.0 Parameters ("The model
        /// parameters, such as weights or other configuration settings"); OSAI Index
        /// `weights_endmodel`; EU AI Act Art. 53(2) ("parameters, including the weights").
        ModelWeights = "model_weights",
        /// The weights of the base model the released model was tuned from, when the release ships or
        /// names them separately.
        ///
        /// OSAI Index `weights_basemodel` ("Are the base-model weights freely available?").
        BaseModelWeights = "base_model_weights",
        /// Checkpoints from intermediate stages of training.
        ///
        /// MOF 1.0 "Model parameters (Intermediate)" (Class I, data); OSAID 1.0 Parameters ("checkpoints
        /// from key intermediate stages of training").
        IntermediateCheckpoints = "intermediate_checkpoints",
        /// Code that runs the model.
        ///
        /// MOF 1.0 "Inference code" (Class II, code); OSAID 1.0 Code ("inference code").
        InferenceCode = "inference_code",
        /// Libraries and tools the model depends on (frameworks, hyperparameter search, dependencies).
        ///
        /// MOF 1.0 "Supporting libraries and tools" (Class II, code, optional); OSAID 1.0 Code
        /// ("supporting libraries like tokenizers and hyperparameters search code"); DPG indicator 4.
        SupportingLibraries = "supporting_libraries",
        /// The tokenizer (vocabulary and code).
        ///
        /// OSAID 1.0 Code ("supporting libraries like tokenizers").
        Tokenizer = "tokenizer",
        /// Code that evaluates the model.
        ///
        /// MOF 1.0 "Evaluation code" (Class II, code); OSAID 1.0 Code ("validation and testing").
        EvaluationCode = "evaluation_code",
        /// Data the model was evaluated on.
        ///
        /// MOF 1.0 "Evaluation data" (Class II, data).
        EvaluationData = "evaluation_data",
        /// Results of capability evaluations.
        ///
        /// MOF 1.0 "Evaluation results" (Class III, document).
        EvaluationResults = "evaluation_results",
        /// Results of safety evaluations: hazard benchmarks (e.g. MLCommons AILuminate), red-teaming,
        /// jailbreak resilience, risk assessments. The graded results themselves are
        /// [`Evaluation`](crate::model::Evaluation) records; this component is the published report.
        ///
        /// No MOF component (MOF counts them as evaluation results); EU AI Act Art. 55(1)(a).
        SafetyEvaluation = "safety_evaluation",
        /// A model card documenting intended use, limitations, training and evaluation.
        ///
        /// MOF 1.0 "Model card" (Class III, document); OSAI Index `modelcard`.
        ModelCard = "model_card",
        /// A technical report (not peer-reviewed; e.g. an arXiv preprint).
        ///
        /// MOF 1.0 "Technical report" (Class III, document); OSAI Index `preprint`.
        TechnicalReport = "technical_report",
        /// A peer-reviewed research paper.
        ///
        /// MOF 1.0 "Research paper" (Class I, document); OSAI Index `paper` ("Peer-reviewed
        /// publication(s)").
        ResearchPaper = "research_paper",
        /// Documentation of the code (how to run, train and modify).
        ///
        /// OSAI Index `code` ("Is that code comprehensively documented?"); DPG indicator 5.
        CodeDocumentation = "code_documentation",
        /// Sample outputs of the model.
        ///
        /// MOF 1.0 "Sample model outputs" (Class III, document, optional).
        SampleOutputs = "sample_outputs",
        /// Training logs (loss curves, run logs).
        TrainingLogs = "training_logs",
        /// Reporting of the hardware, compute, energy, carbon or water used for training.
        ///
        /// OSAI Index `hardware_architecture`; EU AI Act Annex XI (computational resources, energy).
        ComputeReport = "compute_report",
        /// A model that moderates inputs or outputs of the system (a safety classifier such as a
        /// guard model).
        ///
        /// Part of a complete AI system (AILuminate "AI Systems ... may include one or more models,
        /// guardrails, algorithmic filters"); OSAID 1.0 applies to "discrete elements of a system".
        GuardrailModel = "guardrail_model",
        /// A rule-based input or output filter (block lists, regular expressions, classifiers that are
        /// not models).
        ContentFilter = "content_filter",
        /// The system prompt or meta prompt the deployed system runs with.
        ///
        /// FMTI 2025 indicator "System prompt".
        SystemPrompt = "system_prompt",
        /// An acceptable-use, usage or model-behaviour policy, or terms of use.
        ///
        /// FMTI "Acceptable use policy"; EU AI Act Art. 53(2) ("the information on model usage").
        UsagePolicy = "usage_policy",
    }
}

impl ComponentKind {
    /// The content type of this kind of component.
    #[must_use]
    pub const fn content_type(self) -> ContentType {
        use ComponentKind as K;
        match self {
            K::PretrainingData
            | K::PostTrainingData
            | K::EvaluationData
            | K::TrainingConfiguration
            | K::TrainingLogs => ContentType::Data,
            K::DataPreprocessingCode
            | K::TrainingCode
            | K::ModelArchitecture
            | K::InferenceCode
            | K::SupportingLibraries
            | K::Tokenizer
            | K::EvaluationCode
            | K::ContentFilter => ContentType::Code,
            K::ModelWeights
            | K::BaseModelWeights
            | K::IntermediateCheckpoints
            | K::GuardrailModel => ContentType::Weights,
            K::DataCard
            | K::EvaluationResults
            | K::SafetyEvaluation
            | K::ModelCard
            | K::TechnicalReport
            | K::ResearchPaper
            | K::CodeDocumentation
            | K::SampleOutputs
            | K::ComputeReport
            | K::SystemPrompt
            | K::UsagePolicy => ContentType::Document,
        }
    }

    /// Whether this kind is a part of a complete AI system beyond the model itself (guardrails,
    /// filters, system prompts, usage policies).
    #[must_use]
    pub const fn is_system_part(self) -> bool {
        matches!(
            self,
            Self::GuardrailModel | Self::ContentFilter | Self::SystemPrompt | Self::UsagePolicy
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip() {
        for k in ComponentKind::ALL {
            assert_eq!(k.as_str().parse::<ComponentKind>().unwrap(), *k);
        }
    }
}
