//! The European Open Source AI Index (`osai-index`): each of the index's parameters graded
//! open, partial or closed from the release's components, and the score as the index's website
//! computes it.
//!
//! The index (osai-index.eu; Liesenfeld & Dingemanse, "Rethinking open source generative AI:
//! open-washing and the EU AI Act", FAccT 2024; data CC-BY-4.0, doi:10.5281/zenodo.15386042)
//! grades generative AI systems on parameters in three categories. Its grades are made by people
//! from a rubric (`readme.md` of `Language-Technology-Assessment/main-database`); this profile
//! derives them from a description, following that rubric. The parameters are Rust data,
//! one table per parameter set keyed by the date it took effect ([`parameters`]); the current
//! set has 12 parameters.
//!
//! # From components to grades
//!
//! Each parameter is answered by the components of some kinds. Each component counts by how it
//! can be obtained: `public` or `third_party_public` is shared (open); `gated`, `on_request` or
//! `third_party_obtainable` is shared with conditions (partial: "partially/not fully shared.
//! E.g. gated downloads"); `not_released`, `api_only` or `unshareable` is not shared (closed).
//! Several components of a parameter combine as the rubric's "all / some / none": open when
//! every one is open, closed when every one is closed, partial otherwise.
//!
//! | parameter | components | rule |
//! |---|---|---|
//! | `datasources_basemodel` | `pretraining_data` | all / some / none shared |
//! | `datasources_endmodel` | `post_training_data` (without a base/end split: `pretraining_data`) | all / some / none shared |
//! | `weights_basemodel` | `base_model_weights` (without a split: `model_weights`) | shared / gated / not shared |
//! | `weights_endmodel` | `model_weights` | shared / gated / not shared |
//! | `trainingcode` | `training_code`, `data_preprocessing_code`; `inference_code`, `model_architecture` | open: training and data-processing code both listed and shared; partial: some of it shared, or only inference code or the architecture ("Sparse source code is available"); closed: none |
//! | `code` | `code_documentation` | all / some / none published with its coverage |
//! | `hardware_architecture` | `compute_report` | all / some / none published with its coverage |
//! | `preprint` | `technical_report` | all / some / none published with its coverage |
//! | `paper` | `research_paper` | all / some / none published with its coverage |
//! | `modelcard` | `model_card` | all / some / none published with its coverage |
//! | `datasheet` | `data_card` (a datasheet or an EU AI Act Art. 53(1)(d) summary) | all / some / none published with its coverage |
//! | `licenses` | the weights, code and data above | see below |
//!
//! **Documentation needs its coverage.** The rubric's open for the documentation parameters asks
//! for coverage, not publication: preprints "that detail all major parts", papers "that cover all
//! parts", model cards and datasheets "that provide comprehensive insight", "a comprehensive code
//! documentation", a set-up "fully documented". A published document counts open only when its
//! `coverage` is stated `complete`; stated `incomplete` it counts partial; not stated, partial up to
//! open (the criterion is unknown and names the fact that settles it). The importer of the
//! index's own entries states `complete` for the documents the index grades open.
//!
//! **Base and end model.** A release *has a base/end split* when it lists `base_model_weights`
//! or `post_training_data`, or records `lineage`. Without one, "this mirrors the end model data
//! entries" (readme): `weights_basemodel` is graded on the `model_weights`, and both data
//! parameters on the release's training data.
//!
//! **Licences.** The readme asks whether "the model weights, training code, and data sources
//! (as available)" are covered by open licences. The three groups are the ones it names: the
//! weights, the training pipeline code (`training_code`, `data_preprocessing_code`) and the
//! training data; inference and architecture code count for `trainingcode` as sparse code but
//! belong to no licence group. Only available parts count. Open: every
//! available part is under an open licence; partial: "at least two (partially or fully) of
//! model weights, training code, and training data" have an available part under an open
//! licence; closed otherwise. An *open licence* is one the SPDX list marks OSI-approved (the
//! question in `_parameters-descriptions.yml`) or, for data, which the OSI does not review, one
//! that conforms to the Open Definition (the readme's rubric says "open licenses"). The facts
//! come from [`crate::licence`]; a licence it has no facts about is unknown.
//!
//! # Unknown facts
//!
//! A missing fact is unknown, never closed. Each parameter is computed as two bounds: the grade
//! the description establishes and the highest it still allows. The **score counts the lower
//! bound**, as the index counts an empty class as 0, so a parameter whose inputs are unknown
//! counts closed; its criterion status is then `unknown`, with `settle` text naming the facts
//! (availability, licence, a missing component) that would decide it.
//!
//! # Score
//!
//! As the website computes it (`Language-Technology-Assessment/website`,
//! `composables/models.ts`, `sortModels`): open 1, partial 0.5, closed 0; the score is the mean
//! weight of the parameters whose `types` include the release's type; a category's score is the
//! sum of its applicable weights divided by the number of all its parameters. A release of
//! several modalities, or of none given, is graded on every parameter
//! ([`applies`]).
//!
//! # Level
//!
//! The index publishes a score and a ranking, and defines no overall levels or thresholds. The
//! level therefore uses the index's own three grades for the release as a whole, in the only
//! way that needs no threshold: `open` when every applicable parameter is open, `closed` when
//! every one is closed, `partial` otherwise, and `undetermined` when unknown parameters leave
//! it open which. The score is the key result. The level is deliberately not the `licenses`
//! grade: a release with open licences and little else (the index's Mistral and Qwen entries,
//! scored 0.292 and 0.167) is the open-washing the index was made to expose.
//!
//! # Complete systems
//!
//! The current parameter set has no guardrail or moderation parameters (they were removed in
//! 2025). A release of kind `system` is graded on its model components; the finding
//! `osai-index-system-parts-not-graded` lists the guardrails, filters, system prompts and usage
//! policies it leaves out.
//!
//! # Findings
//!
//! | code | severity | when |
//! |---|---|---|
//! | `osai-index-system-parts-not-graded` | info | a `system` release lists parts no parameter grades |
//! | `osai-index-every-parameter-applies` | info | the release's modality is `multimodal` or not given, so every parameter applies |
//! | `osai-index-grade-differs` | info (the index's grade is within what the components allow) or warning (they contradict it) | the release carries the index's own grades, and one differs from the grade derived from the components |
//!
//! # Conformance
//!
//! `import::osai_index` reads the index's own entries into releases, with the index's grades
//! kept as its assessment (`Release::assessments`); classified, an imported entry gives back the
//! index's grades and score exactly, and a finding `osai-index-grade-differs` for each parameter
//! the components grade differently. `tests/osai_index.rs` checks this on the 40 entries of
//! `fixtures/osai-index` (main-database@376230f) and compares the derivation from the components
//! ([`classify_derived`]) with the index's grades: the eleven availability and documentation
//! parameters agree for every entry; `licenses` agrees for 28. The other twelve are graded by the
//! index's reviewers where the rubric, applied to the licences the entry itself records, gives
//! another answer:
//!
//! * nine where the entry leaves the licence of a part unstated, so the derived grade is
//!   unsettled (`unknown`, counted at its lower bound) and the index's grade lies within the
//!   bounds: Mustango, OLMo, Pythia and YuLan (open; the entry names one licence for the model
//!   and none for its code and data), Apertus (open; the notes name `OpenRAIL` among the data
//!   licences), Cosmos (partial; only the code is known to be openly licensed), Salamandra, T5
//!   and Zephyr (partial; only the weights' licence is named);
//! * three that contradict the rubric's "as available": BERT and GPT-OSS are graded partial
//!   although every part they release is Apache-2.0, while Mistral, Qwen, Phi and Whisper, with
//!   the same pattern, are graded open; Snowflake Arctic likewise, once its sparse code (read as
//!   inference code) no longer counts as training code. Derived, they are open.

mod spec;

pub use spec::{OsaiIndexLevel, SPEC};

mod grading;
pub mod licences;
pub mod parameters;
mod result;
mod steps;

pub use licences::open_licence;
pub use parameters::{
    Category, Grade, PARAMETER_SETS, Parameter, ParameterSet, ParameterSpec, Rubric, current,
};
pub use result::{OsaiIndexDetails, ParameterResult, applies};

use indexmap::IndexMap;

use crate::classify::explain::component_words;
use crate::classify::{
    Classification, CriterionId, CriterionResult, Details, Finding, FindingCode, ProfileId, Status,
    sort_next_steps,
};
use crate::diagnostic::Severity;
use crate::model::macros::vocabulary;
use crate::model::{Modality, Release, ReleaseKind};

vocabulary! {
    /// The code of a note the `osai-index` profile makes about a release (the table in the
    /// module documentation).
    pub enum OsaiIndexNoteCode {
        /// A `system` release lists parts no parameter grades.
        SystemPartsNotGraded = "osai-index-system-parts-not-graded",
        /// The release's modality is `multimodal` or not given, so every parameter applies.
        EveryParameterApplies = "osai-index-every-parameter-applies",
        /// The index's own grade of a parameter (the release's `osai-index` assessment) differs
        /// from the grade the crate derives from the components.
        GradeDiffers = "osai-index-grade-differs",
    }
}

impl From<OsaiIndexNoteCode> for FindingCode {
    fn from(code: OsaiIndexNoteCode) -> Self {
        Self::new(code.as_str())
    }
}

/// Classifies `release` with the current parameter set.
///
/// ```
/// use ai_openness::Release;
/// use ai_openness::classify::osai_index;
/// use ai_openness::model::{Availability, Component, ComponentKind};
///
/// let mut release = Release::new("Weights only");
/// release.components.push(
///     Component::new(ComponentKind::ModelWeights).with_availability(Availability::Gated),
/// );
/// let verdict = osai_index::classify(&release);
/// assert_eq!(verdict.framework, "osai-index");
/// // Criteria are the spec's items: one per parameter, with the item's kebab-case id.
/// let crit = verdict.criteria.iter().find(|c| c.id == "weights-endmodel").unwrap();
/// assert_eq!(crit.item.map(|i| i.name), Some("End User Model Weights"));
/// assert_eq!(crit.status.as_str(), "not-met"); // gated: partial
/// let licences = verdict.criteria.iter().find(|c| c.id == "licenses").unwrap();
/// assert_eq!(licences.status.as_str(), "unknown"); // no licence given
/// ```
#[must_use]
pub fn classify(release: &Release) -> Classification {
    classify_with(release, current())
}

/// Classifies `release` from its components alone, leaving out the index's own assessment if
/// the release carries one: the grades the crate derives, to compare with the index's.
#[must_use]
pub fn classify_derived(release: &Release) -> Classification {
    if release.assessments.iter().any(|a| a.framework == SPEC.id) {
        let mut bare = release.clone();
        bare.assessments.retain(|a| a.framework != SPEC.id);
        classify(&bare)
    } else {
        classify(release)
    }
}

/// One of the index's own grades: the parameter, its grade, and the grade's index in the
/// assessment.
type OwnGrade = (Parameter, Grade, usize);

/// The index's own grades, when the release carries its assessment (an imported index entry):
/// the assessment's index in `release.assessments`, and each graded parameter with the index of
/// its grade.
fn own_grades(release: &Release) -> Option<(usize, Vec<OwnGrade>)> {
    let (at, assessment) = release
        .assessments
        .iter()
        .enumerate()
        .find(|(_, a)| a.framework == SPEC.id)?;
    let grades = assessment
        .grades
        .iter()
        .enumerate()
        .filter_map(|(i, g)| Some((g.item.parse().ok()?, g.grade.parse().ok()?, i)))
        .collect();
    Some((at, grades))
}

/// Classifies `release` with a given parameter set.
///
/// When the release carries the index's own assessment (`Release::assessments` with framework
/// `osai-index`, as an imported entry does), each parameter takes the index's grade, and the
/// score is the index's own: the mean of the parameters' weights, a parameter the entry leaves
/// ungraded counting 0 as on the index's website, and no score when the entry grades nothing
/// (the submission template). The grade the crate derives from the components is then given
/// with each criterion, and a finding `osai-index-grade-differs` lists every parameter where it
/// differs. Without an assessment, the grades are derived from the components.
#[must_use]
pub fn classify_with(release: &Release, set: &ParameterSet) -> Classification {
    let own = own_grades(release);
    let mut criteria = Vec::new();
    let mut next_steps = Vec::new();
    let mut results = IndexMap::new();
    let mut bounds = Vec::new();
    let mut differences = Vec::new();
    for spec in set.parameters() {
        let parameter = spec.parameter;
        let graded = match parameter {
            Parameter::Licenses => licences::grade(release),
            _ => grading::grade(release, parameter),
        };
        let applies = applies(spec.types, release.modality);
        let derived_head = if graded.lo == graded.hi {
            format!("{}: \"{}\"", graded.lo, spec.rubric.text(graded.lo))
        } else {
            format!(
                "counted {} in the score; the description allows up to {}",
                graded.lo, graded.hi
            )
        };
        let applicability = if applies {
            String::new()
        } else {
            format!(
                "; does not apply to a release of type `{}` (types: {})",
                release.modality.map_or("", Modality::as_str),
                spec.types.join(", ")
            )
        };
        let index_grade = own.as_ref().map(|(at, grades)| {
            (
                *at,
                grades
                    .iter()
                    .find(|(p, ..)| *p == parameter)
                    .map(|(_, g, i)| (*g, *i)),
            )
        });
        let (lo, hi, status, reason) = match index_grade {
            Some((at, Some((grade, i)))) => {
                if graded.lo != grade {
                    differences.push(difference(parameter, grade, &graded, at, i));
                }
                (
                    grade,
                    grade,
                    Status::from_bool(grade == Grade::Open),
                    format!(
                        "the index grades it {grade}: \"{}\"; derived from the components: \
                         {derived_head}; {}{applicability}",
                        spec.rubric.text(grade),
                        graded.reason
                    ),
                )
            }
            Some((_, None)) => (
                Grade::Closed,
                Grade::Open,
                Status::Unknown,
                format!(
                    "the index gives no grade (its website counts it closed); derived from the \
                     components: {derived_head}; {}{applicability}",
                    graded.reason
                ),
            ),
            None => (
                graded.lo,
                graded.hi,
                if graded.lo == graded.hi {
                    Status::from_bool(graded.lo == Grade::Open)
                } else {
                    Status::Unknown
                },
                format!("{derived_head}; {}{applicability}", graded.reason),
            ),
        };
        let mut criterion = CriterionResult::new(
            CriterionId::of_item(parameter.item()),
            format!(
                "OSAI Index ({}) `{parameter}`, {}: \"{}\"",
                set.date,
                spec.name(),
                spec.question
            ),
            status,
            reason,
        )
        .with_item(parameter.item())
        .with_components(graded.components.clone());
        if status == Status::Unknown
            && let Some(settle) = &graded.settle
        {
            criterion = criterion.with_settle(settle.clone());
        }
        criteria.push(criterion);
        if applies {
            bounds.push((lo, hi));
            if graded.lo != Grade::Open {
                next_steps.extend(steps::steps(release, parameter));
            }
        }
        results.insert(
            parameter,
            ParameterResult {
                grade: lo,
                status,
                highest: hi,
                applies,
                components: graded.components,
            },
        );
    }
    sort_next_steps(&mut next_steps);
    let (mut score, categories) = result::scores(set, &results);
    if own.as_ref().is_some_and(|(_, grades)| grades.is_empty()) {
        // The entry grades nothing: the index has no data to score.
        score = None;
    }
    let mut classification = Classification::new(
        &release.name,
        ProfileId::builtin(&SPEC),
        result::level(&bounds),
    );
    classification.details = Some(Details::OsaiIndex(Box::new(OsaiIndexDetails {
        parameter_set: set.date,
        score,
        categories,
        parameters: results,
    })));
    classification.criteria = criteria;
    classification.next_steps = next_steps;
    classification.notes = findings(release);
    classification.notes.extend(differences);
    classification
}

/// The finding for a parameter the index grades `grade` where the components give `graded`.
fn difference(
    parameter: Parameter,
    grade: Grade,
    graded: &grading::Graded,
    assessment: usize,
    at: usize,
) -> Finding {
    let derived = if graded.lo == graded.hi {
        format!("the components give {}", graded.lo)
    } else {
        format!(
            "the components do not settle it (between {} and {})",
            graded.lo, graded.hi
        )
    };
    let within = graded.lo.rank() <= grade.rank() && grade.rank() <= graded.hi.rank();
    let (severity, how) = if within {
        (Severity::Info, "within what the components allow")
    } else {
        (Severity::Warning, "which the components contradict")
    };
    Finding::new(
        OsaiIndexNoteCode::GradeDiffers,
        severity,
        format!("/assessments/{assessment}/grades/{at}"),
        format!(
            "the index grades `{parameter}` {grade}, {how}: {derived}: {}",
            graded.reason
        ),
    )
    .with_clause("OSAI Index readme: the rubric of each parameter")
}

fn findings(release: &Release) -> Vec<Finding> {
    let mut out = Vec::new();
    if release.kind == ReleaseKind::System {
        let parts: Vec<String> = release
            .components
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind.is_system_part())
            .map(|(i, c)| component_words(i, c))
            .collect();
        if !parts.is_empty() {
            out.push(
                Finding::new(
                    OsaiIndexNoteCode::SystemPartsNotGraded,
                    Severity::Info,
                    "",
                    format!(
                        "the index's parameters grade the model, not guardrails, filters, system \
                         prompts or usage policies; not graded: {}",
                        parts.join(", ")
                    ),
                )
                .with_clause(
                    "OSAI Index _parameters.yml (2026-03-13): 12 parameters, none for system parts",
                ),
            );
        }
    }
    if matches!(release.modality, None | Some(Modality::Multimodal)) {
        let what = release
            .modality
            .map_or("is not given", |_| "is `multimodal`");
        out.push(
            Finding::new(
                OsaiIndexNoteCode::EveryParameterApplies,
                Severity::Info,
                "/modality",
                format!(
                    "the modality {what}, so every parameter applies; the index's website \
                     matches one type exactly and computes no score for several"
                ),
            )
            .with_clause("OSAI Index website, composables/models.ts: c.types.includes(type)"),
        );
    }
    out
}
