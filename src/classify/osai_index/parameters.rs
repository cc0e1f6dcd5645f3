//! The index's parameters and grades, as Rust data: one table per parameter set, keyed by the date
//! the set took effect.
//!
//! The current set is copied from `Language-Technology-Assessment/main-database` at commit
//! `376230f` (2026-06-12): the categories, parameter keys, display names and `types` from
//! `_parameters.yml`, the questions from `_parameters-descriptions.yml`, and the meaning of each
//! grade from `readme.md` ("Openness Criteria"). The set has had these 12 parameters since commit
//! `ff85b6f` (2026-03-13, "Remove package and api fields"). When the index changes its
//! parameters, add a new [`ParameterSet`] to [`PARAMETER_SETS`] with the date it took effect; an
//! old set is never edited. The data is CC-BY-4.0 (doi:10.5281/zenodo.15386042; Liesenfeld &
//! Dingemanse, FAccT 2024).

use serde::Serialize;

use super::spec::SPEC;
use crate::classify::spec::ItemSpec;
use crate::model::ComponentKind;
use crate::model::macros::vocabulary;

vocabulary! {
    /// A grade of the index: 🟩 open, 🟧 partial or 🟥 closed (readme: "Class can be one of three
    /// values: 🟩 open, 🟧 partial or 🟥 closed").
    pub enum Grade {
        /// 🟩 open (weight 1 in the score).
        Open = "open",
        /// 🟧 partial (weight 0.5 in the score).
        Partial = "partial",
        /// 🟥 closed (weight 0 in the score).
        Closed = "closed",
    }
}

impl Grade {
    /// The weight the index's website gives the grade in the score: open 1, partial 0.5,
    /// closed 0 (`composables/models.ts`, `sortModels`).
    #[must_use]
    pub const fn weight(self) -> f64 {
        match self {
            Self::Open => 1.0,
            Self::Partial => 0.5,
            Self::Closed => 0.0,
        }
    }

    /// The order of the grades: closed 0 < partial 1 < open 2.
    #[must_use]
    pub const fn rank(self) -> u8 {
        match self {
            Self::Closed => 0,
            Self::Partial => 1,
            Self::Open => 2,
        }
    }

    /// The lower of two grades.
    #[must_use]
    pub const fn min(self, other: Grade) -> Grade {
        if self.rank() <= other.rank() {
            self
        } else {
            other
        }
    }

    /// The higher of two grades.
    #[must_use]
    pub const fn max(self, other: Grade) -> Grade {
        if self.rank() >= other.rank() {
            self
        } else {
            other
        }
    }
}

vocabulary! {
    /// A parameter of the index, by its key in the index's YAML entries.
    pub enum Parameter {
        /// Base Model Data: are the data sources used to train the base model made available?
        DatasourcesBasemodel = "datasources_basemodel",
        /// End User Model Data: are the data sources used to fine-tune the model made available?
        DatasourcesEndmodel = "datasources_endmodel",
        /// Base Model Weights: are the base model's weights freely available?
        WeightsBasemodel = "weights_basemodel",
        /// End User Model Weights: are the weights of the model the end user interacts with freely
        /// available?
        WeightsEndmodel = "weights_endmodel",
        /// Training Code: is the code of dataset processing, model training and tuning made
        /// available?
        Trainingcode = "trainingcode",
        /// Code Documentation: is that code documented?
        Code = "code",
        /// Hardware Architecture: is the hardware used for data processing and training
        /// documented?
        HardwareArchitecture = "hardware_architecture",
        /// Preprint: are archived preprints available?
        Preprint = "preprint",
        /// Paper: are peer-reviewed publications available?
        Paper = "paper",
        /// Modelcard: is a model card available?
        Modelcard = "modelcard",
        /// Datasheet: is a datasheet (or an EU AI Act training-data summary) available?
        Datasheet = "datasheet",
        /// Licenses: is the project covered by open licences?
        Licenses = "licenses",
    }
}

impl Parameter {
    /// The parameter's item in the framework's spec ([`SPEC`]): its id, display
    /// name, clause and the component kinds that answer it.
    #[must_use]
    pub const fn item(self) -> &'static ItemSpec {
        // `Parameter::ALL` and the spec's items share one order (a test checks it).
        &SPEC.items[self as usize]
    }

    /// The component kinds that answer the parameter (its spec item's kinds).
    #[must_use]
    pub const fn kinds(self) -> &'static [ComponentKind] {
        self.item().kinds
    }
}

/// What each grade of a parameter means, in the readme's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Rubric {
    /// 🟩 open.
    pub open: &'static str,
    /// 🟧 partial.
    pub partial: &'static str,
    /// 🟥 closed.
    pub closed: &'static str,
}

impl Rubric {
    /// The readme's text for `grade`.
    #[must_use]
    pub const fn text(&self, grade: Grade) -> &'static str {
        match grade {
            Grade::Open => self.open,
            Grade::Partial => self.partial,
            Grade::Closed => self.closed,
        }
    }
}

/// One parameter of a parameter set. Serialises with its display `name` (from the spec) after
/// `parameter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParameterSpec {
    /// The parameter (its `ref` in `_parameters.yml`).
    pub parameter: Parameter,
    /// The question (`en` in `_parameters-descriptions.yml`), quoted verbatim.
    pub question: &'static str,
    /// The system types the parameter applies to (`types` in `_parameters.yml`).
    pub types: &'static [&'static str],
    /// What each grade means (readme, "Openness Criteria").
    pub rubric: Rubric,
}

impl ParameterSpec {
    /// The display name (`name` in `_parameters.yml`), e.g. `End User Model Weights`: the name of
    /// the parameter's item in the framework's spec.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.parameter.item().name
    }

    /// Whether the parameter applies to a system of `system_type` (the website's test,
    /// `c.types.includes(type)`: an exact string match).
    #[must_use]
    pub fn applies_to(&self, system_type: &str) -> bool {
        self.types.contains(&system_type)
    }
}

impl Serialize for ParameterSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("ParameterSpec", 5)?;
        out.serialize_field("parameter", &self.parameter)?;
        out.serialize_field("name", self.name())?;
        out.serialize_field("question", self.question)?;
        out.serialize_field("types", self.types)?;
        out.serialize_field("rubric", &self.rubric)?;
        out.end()
    }
}

/// A category of parameters (`_parameters.yml` top level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Category {
    /// The category's `ref`, e.g. `availability`.
    pub reference: &'static str,
    /// The category's name, e.g. `Availability`.
    pub name: &'static str,
    /// Its parameters, in the file's order.
    pub parameters: &'static [ParameterSpec],
}

/// A parameter set of the index: its categories and parameters as they stood from `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ParameterSet {
    /// The date the set took effect (ISO 8601), the key of the set.
    pub date: &'static str,
    /// Where the set was read, repository, commit and files.
    pub source: &'static str,
    /// The categories, in the file's order.
    pub categories: &'static [Category],
}

impl ParameterSet {
    /// Every parameter, in the file's order (categories in order, parameters in order).
    pub fn parameters(&self) -> impl Iterator<Item = &'static ParameterSpec> + use<> {
        let categories: &'static [Category] = self.categories;
        categories.iter().flat_map(|c| c.parameters.iter())
    }

    /// The specification of `parameter`, if the set has it.
    #[must_use]
    pub fn spec(&self, parameter: Parameter) -> Option<&'static ParameterSpec> {
        self.parameters().find(|p| p.parameter == parameter)
    }

    /// The category `parameter` belongs to, if the set has it.
    #[must_use]
    pub fn category_of(&self, parameter: Parameter) -> Option<&'static Category> {
        let categories: &'static [Category] = self.categories;
        categories
            .iter()
            .find(|c| c.parameters.iter().any(|p| p.parameter == parameter))
    }
}

/// The five system types every current parameter applies to.
const ALL_TYPES: &[&str] = &["text", "image", "code", "video", "audio"];

/// The parameter set in effect since 2026-03-13 (`main-database` commit `ff85b6f`), as read at
/// commit `376230f`.
pub const SET_2026_03_13: ParameterSet = ParameterSet {
    date: "2026-03-13",
    source: "Language-Technology-Assessment/main-database@376230f: _parameters.yml, \
             _parameters-descriptions.yml, readme.md",
    categories: &[
        Category {
            reference: "availability",
            name: "Availability",
            parameters: &[
                ParameterSpec {
                    parameter: Parameter::DatasourcesBasemodel,
                    question: "Are datasources for training the base model comprehensively \
                               documented and made available? In case a distinction between base \
                               (foundation) and end (user) model is not applicable, this mirrors \
                               the end model data entries.",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "All training data sources of base large language model are open \
                               for inspection or shared.",
                        partial: "Some of the training data sources of base large language model \
                                  are open for inspection or shared.",
                        closed: "Training data sources of base large language model are not open \
                                 for inspection or shared.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::DatasourcesEndmodel,
                    question: "Are datasources for training the model that the end user \
                               interacts with comprehensively documented and made available?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "All training data sources of end large language model are open \
                               for inspection or shared.",
                        partial: "Some of the training data sources of end large language model \
                                  are open for inspection or shared.",
                        closed: "Training data sources of the end model are not open for \
                                 inspection or shared.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::WeightsBasemodel,
                    question: "Are the weights of the base models made freely available? In case \
                               a distinction between base (foundation) and end (user) model is not \
                               applicable, this mirrors the end model data entries.",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "Weights of the base model are shared.",
                        partial: "Weights of the base model are partially/not fully shared. E.g. \
                                  gated downloads.",
                        closed: "Weights of the base model are not shared.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::WeightsEndmodel,
                    question: "Are the weights of the model that the end user interacts with made \
                               freely available?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "Weights of the user-facing end model are shared.",
                        partial: "Weights of the user-facing end model are partially/not fully \
                                  shared. E.g. gated downloads.",
                        closed: "Weights of the user-facing end model are not shared.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::Trainingcode,
                    question: "Is the source code of dataset processing, model training and \
                               tuning comprehensively made available?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "Project source code openly available and fully open available for \
                               inspection.",
                        partial: "Sparse source code is available.",
                        closed: "No source code available.",
                    },
                },
            ],
        },
        Category {
            reference: "documentation",
            name: "Documentation",
            parameters: &[
                ParameterSpec {
                    parameter: Parameter::Code,
                    question: "Is the source code of datasource processing, model training and \
                               tuning comprehensively documented?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "All components of the system features a comprehensive code \
                               documentation.",
                        partial: "Some components of the system features code documentation, but \
                                  not every step of base and/or end model training and tuning is \
                                  documented (irrespective of whether these components are \
                                  shared).",
                        closed: "Code documentation not available.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::HardwareArchitecture,
                    question: "Is the hardware architecture used for datasource processing and \
                               model training comprehensively documented?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "System architecture and model training setup is fully documented.",
                        partial: "System architecture and model training setup is partially \
                                  documented.",
                        closed: "System architecture and model training setup are not documented.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::Preprint,
                    question: "Are archived preprint(s) are available that detail all major parts \
                               of the system including datasource processing, model training and \
                               tuning steps?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "Archived preprint(s) are available that detail all major parts of \
                               the system including datasource processing, model training and \
                               tuning steps.",
                        partial: "Archived preprint(s) that detail some parts of the system \
                                  including datasource processing, model training and tuning \
                                  steps.",
                        closed: "No archived preprint(s) available.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::Paper,
                    question: "Are peer-reviewed scientific publications available that detail \
                               all major parts of the system including datasource processing, \
                               model training and tuning steps?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "Peer-reviewed paper(s) are available that cover all parts of the \
                               software including base models, fine-tuning, and RLHF components.",
                        partial: "Peer-reviewed paper(s) detail parts of the software including \
                                  base models, fine-tuning, or RLHF components.",
                        closed: "No peer-reviewed paper(s) available.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::Modelcard,
                    question: "Is a model card available in standardized format that provides \
                               comprehensive insight on model architecture, training, \
                               fine-tuning, and evaluation?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "Model card(s) are available that provide comprehensive insight on \
                               model architecture, training, fine-tuning, and evaluation are \
                               available.",
                        partial: "Model card(s) that provide partial insight on model \
                                  architecture, training, fine-tuning, and evaluation are \
                                  available.",
                        closed: "Model card(s) not available.",
                    },
                },
                ParameterSpec {
                    parameter: Parameter::Datasheet,
                    question: "Is a datasheet as defined in \"Datasheets for Datasets\" (Gebru et \
                               al. 2021) available?",
                    types: ALL_TYPES,
                    rubric: Rubric {
                        open: "Datasheet(s) are available that provide comprehensive insight on \
                               data collection and curation are available following the \
                               standards defined in Datasheets for Datasets \
                               (https://doi.org/10.1145/3458723) by Gebru et al. (2021)",
                        partial: "Datasheet(s) that provide partial insight on data collection \
                                  and curation are available.",
                        closed: "Datasheet(s) are not available.",
                    },
                },
            ],
        },
        Category {
            reference: "access",
            name: "Access",
            parameters: &[ParameterSpec {
                parameter: Parameter::Licenses,
                question: "Is the project fully covered by Open Source Initiative (OSI)-approved \
                           licenses, including all data sources and training pipeline code?",
                types: ALL_TYPES,
                rubric: Rubric {
                    open: "The project is fully covered by open licenses, including all data \
                           sources and training pipeline code.",
                    partial: "Only parts of the model and data sources are released under an open \
                              license, at least two (partially or fully) of model weights, \
                              training code, and training data.",
                    closed: "The project is not licensed clearly or does not use an open license.",
                },
            }],
        },
    ],
};

/// Every parameter set, oldest first. The last one is [`current`].
pub const PARAMETER_SETS: &[ParameterSet] = &[SET_2026_03_13];

/// The parameter set in effect now: the last of [`PARAMETER_SETS`].
#[must_use]
pub const fn current() -> &'static ParameterSet {
    &SET_2026_03_13
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_set_has_every_parameter_once() {
        let set = current();
        let keys: Vec<_> = set.parameters().map(|p| p.parameter).collect();
        assert_eq!(keys, Parameter::ALL);
        assert_eq!(set.categories.len(), 3);
        assert!(set.parameters().all(|p| p.applies_to("text")));
        assert!(!set.parameters().any(|p| p.applies_to("text,code")));
        assert_eq!(
            set.category_of(Parameter::Licenses).map(|c| c.reference),
            Some("access")
        );
    }

    #[test]
    fn parameters_and_spec_items_share_one_order() {
        assert_eq!(Parameter::ALL.len(), SPEC.items.len());
        for (i, p) in Parameter::ALL.iter().enumerate() {
            assert_eq!(p.item().id, SPEC.items[i].id);
            // The item id is the key, in kebab case.
            assert_eq!(p.item().id, p.as_str().replace('_', "-"));
        }
        assert_eq!(current().parameters().count(), SPEC.items.len());
    }

    #[test]
    fn grades_order_and_weigh() {
        assert_eq!(Grade::Open.min(Grade::Partial), Grade::Partial);
        assert_eq!(Grade::Closed.max(Grade::Partial), Grade::Partial);
        let weights: Vec<f64> = Grade::ALL.iter().map(|g| g.weight()).collect();
        assert_eq!(weights, [1.0, 0.5, 0.0]);
    }

    #[test]
    fn parameter_sets_are_dated_in_order() {
        let dates: Vec<_> = PARAMETER_SETS.iter().map(|s| s.date).collect();
        let mut sorted = dates.clone();
        sorted.sort_unstable();
        assert_eq!(dates, sorted);
        assert_eq!(PARAMETER_SETS.last().map(|s| s.date), Some(current().date));
    }
}
