//! From components to a parameter's grade: which components answer each parameter, how each one
//! counts, and what the description leaves open.
//!
//! A grade is computed as a pair of bounds: the lowest grade the description establishes (`lo`)
//! and the highest it still allows (`hi`). They differ when a fact is unknown: a component whose
//! availability or licence is not given, or no component at all. The score counts `lo`, as the
//! index counts a missing class as 0; the criterion is `unknown` whenever `lo` and `hi` differ.

use crate::classify::ComponentRef;
use crate::classify::explain::{all_known_absent, availability_words, component_words};
use crate::model::{Availability, Component, ComponentKind as K, Coverage, Release};

use super::parameters::{Grade, Parameter};

/// How one component counts toward a parameter, as bounds.
pub(crate) type Bounds = (Grade, Grade);

/// A parameter's grade with what decided it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Graded {
    /// The grade the description establishes (what the score counts).
    pub lo: Grade,
    /// The highest grade the description still allows.
    pub hi: Grade,
    /// The components that decided it.
    pub components: Vec<ComponentRef>,
    /// Why, for people (without the grade, which the caller prefixes).
    pub reason: String,
    /// When `lo != hi`: what would settle it.
    pub settle: Option<String>,
    /// Whether the parameter mirrors the end model (no base/end split).
    pub mirrored: bool,
}

/// How sharing a component counts: shared (open), shared with conditions (partial: the readme's
/// "E.g. gated downloads"), not shared (closed), or unknown.
pub(crate) const fn sharing(availability: Availability) -> Bounds {
    match availability {
        Availability::Public | Availability::ThirdPartyPublic => (Grade::Open, Grade::Open),
        Availability::Gated | Availability::OnRequest | Availability::ThirdPartyObtainable => {
            (Grade::Partial, Grade::Partial)
        }
        Availability::ApiOnly | Availability::Unshareable | Availability::NotReleased => {
            (Grade::Closed, Grade::Closed)
        }
        Availability::Unknown => (Grade::Closed, Grade::Open),
    }
}

/// The readme's "all … / some … / none …" over several parts: open when every part is open,
/// closed when every part is closed, partial otherwise. `None` for no parts. Monotone in each
/// part, so it can be applied to lower and upper bounds separately.
pub(crate) fn all_some_none(grades: impl IntoIterator<Item = Grade>) -> Option<Grade> {
    let mut all_open = true;
    let mut all_closed = true;
    let mut any = false;
    for g in grades {
        any = true;
        all_open &= g == Grade::Open;
        all_closed &= g == Grade::Closed;
    }
    match (any, all_open, all_closed) {
        (false, _, _) => None,
        (true, true, _) => Some(Grade::Open),
        (true, _, true) => Some(Grade::Closed),
        (true, false, false) => Some(Grade::Partial),
    }
}

/// Whether the release distinguishes a base model from the end model: it lists base-model weights
/// or post-training data, or says it derives from another release. Without that distinction the
/// base-model parameters mirror the end model ("In case a distinction between base (foundation)
/// and end (user) model is not applicable, this mirrors the end model data entries").
#[must_use]
pub(crate) fn has_base_model(release: &Release) -> bool {
    release.has(K::BaseModelWeights)
        || release.has(K::PostTrainingData)
        || !release.lineage.is_empty()
}

/// The components of any of `kinds`, with their index.
pub(crate) fn of_kinds<'a>(
    release: &'a Release,
    kinds: &'a [K],
) -> impl Iterator<Item = (usize, &'a Component)> + 'a {
    release
        .components
        .iter()
        .enumerate()
        .filter(move |(_, c)| kinds.contains(&c.kind))
}

/// The kinds that answer a parameter of the availability and documentation categories (the
/// licences parameter has its own module). For the base-model parameters of a release without a
/// base/end split, the end model's kinds.
#[must_use]
pub(crate) fn kinds_for(parameter: Parameter, split: bool) -> &'static [K] {
    match parameter {
        // "In case a distinction between base (foundation) and end (user) model is not
        // applicable, this mirrors the end model data entries."
        Parameter::DatasourcesEndmodel if !split => MIRRORED_DATA,
        Parameter::WeightsBasemodel if !split => Parameter::WeightsEndmodel.kinds(),
        Parameter::Trainingcode => TRAINING_CODE,
        other => other.kinds(),
    }
}

/// The training data of a release without a base/end split: the data of both.
const MIRRORED_DATA: &[K] = &[K::PretrainingData, K::PostTrainingData];

/// The code that answers `trainingcode`: the pipeline (the parameter's own kinds) and the code
/// around the model that makes it partial ("Sparse source code is available").
const TRAINING_CODE: &[K] = &[
    K::TrainingCode,
    K::DataPreprocessingCode,
    K::InferenceCode,
    K::ModelArchitecture,
];

/// The code around the model: the kinds of [`TRAINING_CODE`] beyond the parameter's own.
fn around_the_model() -> &'static [K] {
    TRAINING_CODE
        .get(Parameter::Trainingcode.kinds().len()..)
        .unwrap_or(&[])
}

/// What a parameter is about, for messages ("the end model's weights").
#[must_use]
pub(crate) const fn subject(parameter: Parameter) -> &'static str {
    match parameter {
        Parameter::DatasourcesBasemodel => "the base model's training data",
        Parameter::DatasourcesEndmodel => "the end model's training data",
        Parameter::WeightsBasemodel => "the base model's weights",
        Parameter::WeightsEndmodel => "the end model's weights",
        Parameter::Trainingcode => "the code of data processing, training and tuning",
        Parameter::Code => "the code documentation",
        Parameter::HardwareArchitecture => "the hardware and training set-up",
        Parameter::Preprint => "a preprint or technical report",
        Parameter::Paper => "a peer-reviewed paper",
        Parameter::Modelcard => "a model card",
        Parameter::Datasheet => "a datasheet or data card",
        Parameter::Licenses => "the licences",
    }
}

/// Grades a parameter of the availability or documentation categories.
pub(crate) fn grade(release: &Release, parameter: Parameter) -> Graded {
    let split = has_base_model(release);
    let mirrored = !split
        && matches!(
            parameter,
            Parameter::DatasourcesBasemodel
                | Parameter::DatasourcesEndmodel
                | Parameter::WeightsBasemodel
        );
    let kinds = kinds_for(parameter, split);
    let mut graded = if parameter == Parameter::Trainingcode {
        training_code(release)
    } else {
        parts(release, parameter, kinds)
    };
    if mirrored {
        graded.mirrored = true;
        graded.reason.push_str(
            "; the release names no separate base model, so this mirrors the end model (readme: \
             \"In case a distinction between base (foundation) and end (user) model is not \
             applicable, this mirrors the end model data entries\")",
        );
    }
    graded
}

/// A parameter answered by every component of `kinds`, graded with [`all_some_none`] over their
/// sharing.
fn parts(release: &Release, parameter: Parameter, kinds: &[K]) -> Graded {
    let found: Vec<(usize, &Component)> = of_kinds(release, kinds).collect();
    let names = kinds
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(" or ");
    if found.is_empty() && all_known_absent(release, kinds) {
        return Graded {
            lo: Grade::Closed,
            hi: Grade::Closed,
            components: Vec::new(),
            reason: format!(
                "no {names} component describes {}, and the component list is complete: not \
                 released",
                subject(parameter)
            ),
            settle: None,
            mirrored: false,
        };
    }
    if found.is_empty() {
        return Graded {
            lo: Grade::Closed,
            hi: Grade::Open,
            components: Vec::new(),
            reason: format!("no {names} component describes {}", subject(parameter)),
            settle: Some(format!(
                "describe {} as a {names} component with its availability",
                subject(parameter)
            )),
            mirrored: false,
        };
    }
    let documentation = is_documentation(parameter);
    let bounds: Vec<Bounds> = found
        .iter()
        .map(|(_, c)| {
            let shared = sharing(c.availability);
            if documentation {
                covering(shared, c.coverage)
            } else {
                shared
            }
        })
        .collect();
    let lo = all_some_none(bounds.iter().map(|b| b.0)).unwrap_or(Grade::Closed);
    let hi = all_some_none(bounds.iter().map(|b| b.1)).unwrap_or(Grade::Open);
    let listed = found
        .iter()
        .map(|(i, c)| {
            let coverage = match (documentation, c.coverage) {
                (false, _) => "",
                (true, Some(Coverage::Complete)) => ", stated to cover all major parts",
                (true, Some(Coverage::Incomplete)) => ", stated to cover some parts",
                (true, None) => ", coverage not stated",
            };
            format!(
                "{} is {}{coverage}",
                component_words(*i, c),
                availability_words(c.availability)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let unknown: Vec<String> = found
        .iter()
        .filter(|(_, c)| c.availability == Availability::Unknown)
        .map(|(i, c)| component_words(*i, c))
        .collect();
    let uncovered: Vec<String> = found
        .iter()
        .filter(|(_, c)| documentation && c.coverage.is_none())
        .filter(|(_, c)| sharing(c.availability).1 == Grade::Open)
        .map(|(i, c)| component_words(*i, c))
        .collect();
    let mut settle = Vec::new();
    if !unknown.is_empty() {
        settle.push(format!("state the availability of {}", unknown.join(", ")));
    }
    if !uncovered.is_empty() {
        settle.push(format!(
            "state the coverage of {} (`coverage: complete` when it covers all major parts \
             comprehensively, as the rubric's open asks; `incomplete` otherwise)",
            uncovered.join(", ")
        ));
    }
    let settle = (!settle.is_empty()).then(|| settle.join("; "));
    Graded {
        lo,
        hi,
        components: found
            .iter()
            .map(|(i, c)| ComponentRef::new(*i, c))
            .collect(),
        reason: listed,
        settle,
        mirrored: false,
    }
}

/// The documentation parameters, whose open asks for coverage, not publication alone: a preprint
/// "that detail[s] all major parts", a paper "that cover[s] all parts", a model card or datasheet
/// "that provide[s] comprehensive insight", "a comprehensive code documentation", a set-up "fully
/// documented".
#[must_use]
pub(crate) const fn is_documentation(parameter: Parameter) -> bool {
    matches!(
        parameter,
        Parameter::Code
            | Parameter::HardwareArchitecture
            | Parameter::Preprint
            | Parameter::Paper
            | Parameter::Modelcard
            | Parameter::Datasheet
    )
}

/// How a document counts once its sharing is known: a shared document is open only when its
/// coverage is stated complete, partial when stated incomplete, and partial up to open when not
/// stated. A document shared with conditions or not shared keeps its grade.
pub(crate) fn covering(shared: Bounds, coverage: Option<Coverage>) -> Bounds {
    let (lo, hi) = shared;
    match coverage {
        Some(Coverage::Complete) => (lo, hi),
        None => (lo.min(Grade::Partial), hi),
        Some(_) => (lo.min(Grade::Partial), hi.min(Grade::Partial)),
    }
}

/// `trainingcode`: "the source code of dataset processing, model training and tuning".
///
/// Open when training code and data-processing code are both listed and all of it is shared;
/// partial when some of it is shared, or when none is but code around the model is (inference
/// code, the architecture): the readme's "Sparse source code is available", which is how the index
/// grades releases with inference code only ("Repository only offers code for inference
/// pipeline"); closed when none of it is shared.
fn training_code(release: &Release) -> Graded {
    let pipeline_kinds = Parameter::Trainingcode.kinds();
    let pipeline: Vec<(usize, &Component)> = of_kinds(release, pipeline_kinds).collect();
    let around: Vec<(usize, &Component)> = of_kinds(release, around_the_model()).collect();
    // A pipeline kind that is not listed counts as one part of unknown availability.
    let missing: Vec<K> = pipeline_kinds
        .iter()
        .copied()
        .filter(|k| !pipeline.iter().any(|(_, c)| c.kind == *k))
        .collect();
    let mut bounds: Vec<Bounds> = pipeline
        .iter()
        .map(|(_, c)| sharing(c.availability))
        .collect();
    // … unless the component list is complete for it: then it was not released.
    bounds.extend(missing.iter().map(|k| {
        if release.is_known_absent(*k) {
            (Grade::Closed, Grade::Closed)
        } else {
            (Grade::Closed, Grade::Open)
        }
    }));
    let pipe_lo = all_some_none(bounds.iter().map(|b| b.0)).unwrap_or(Grade::Closed);
    let pipe_hi = all_some_none(bounds.iter().map(|b| b.1)).unwrap_or(Grade::Open);
    // Code around the model makes at least "sparse source code" (partial).
    let around_lo = around
        .iter()
        .map(|(_, c)| sharing(c.availability).0)
        .fold(Grade::Closed, Grade::max)
        .min(Grade::Partial);
    let around_hi = around
        .iter()
        .map(|(_, c)| sharing(c.availability).1)
        .fold(Grade::Closed, Grade::max)
        .min(Grade::Partial);
    let lo = pipe_lo.max(around_lo);
    let hi = pipe_hi.max(around_hi);

    let mut listed: Vec<String> = pipeline
        .iter()
        .chain(around.iter())
        .map(|(i, c)| {
            format!(
                "{} is {}",
                component_words(*i, c),
                availability_words(c.availability)
            )
        })
        .collect();
    for k in &missing {
        if release.is_known_absent(*k) {
            listed.push(format!(
                "no `{k}` component is listed, and the component list is complete: not released"
            ));
        } else {
            listed.push(format!("no `{k}` component is listed"));
        }
    }
    let mut settle = Vec::new();
    for k in missing.iter().filter(|k| !release.is_known_absent(**k)) {
        settle.push(format!(
            "say whether the `{k}` is published (a `{k}` component)"
        ));
    }
    for (i, c) in pipeline.iter().chain(around.iter()) {
        if c.availability == Availability::Unknown {
            settle.push(format!(
                "state the availability of {}",
                component_words(*i, c)
            ));
        }
    }
    Graded {
        lo,
        hi,
        components: pipeline
            .iter()
            .chain(around.iter())
            .map(|(i, c)| ComponentRef::new(*i, c))
            .collect(),
        reason: listed.join(", "),
        settle: (lo != hi && !settle.is_empty()).then(|| settle.join("; ")),
        mirrored: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Component;

    fn release(components: &[(K, Availability)]) -> Release {
        let mut r = Release::new("t");
        for (k, a) in components {
            r.components.push(Component::new(*k).with_availability(*a));
        }
        r
    }

    #[test]
    fn all_some_none_follows_the_readme() {
        use Grade::*;
        assert_eq!(all_some_none([Open, Open]), Some(Open));
        assert_eq!(all_some_none([Open, Closed]), Some(Partial));
        assert_eq!(all_some_none([Closed, Closed]), Some(Closed));
        assert_eq!(all_some_none([Partial]), Some(Partial));
        assert_eq!(all_some_none([]), None);
    }

    #[test]
    fn gated_weights_are_partial() {
        let r = release(&[(K::ModelWeights, Availability::Gated)]);
        let g = grade(&r, Parameter::WeightsEndmodel);
        assert_eq!((g.lo, g.hi), (Grade::Partial, Grade::Partial));
    }

    #[test]
    fn base_parameters_mirror_the_end_model_without_a_split() {
        let r = release(&[
            (K::ModelWeights, Availability::Public),
            (K::PretrainingData, Availability::NotReleased),
        ]);
        let g = grade(&r, Parameter::WeightsBasemodel);
        assert!(g.mirrored);
        assert_eq!(g.lo, Grade::Open);
        let d = grade(&r, Parameter::DatasourcesEndmodel);
        assert_eq!((d.lo, d.hi), (Grade::Closed, Grade::Closed));
    }

    #[test]
    fn a_split_release_grades_the_base_on_its_own() {
        let r = release(&[
            (K::ModelWeights, Availability::Public),
            (K::BaseModelWeights, Availability::NotReleased),
        ]);
        assert_eq!(grade(&r, Parameter::WeightsBasemodel).lo, Grade::Closed);
        let end_data = grade(&r, Parameter::DatasourcesEndmodel);
        assert_eq!((end_data.lo, end_data.hi), (Grade::Closed, Grade::Open));
        assert!(end_data.settle.is_some());
    }

    #[test]
    fn training_code_kinds_start_with_the_parameters_own() {
        let own = Parameter::Trainingcode.kinds();
        assert_eq!(TRAINING_CODE.get(..own.len()), Some(own));
        assert_eq!(around_the_model(), [K::InferenceCode, K::ModelArchitecture]);
        for p in Parameter::ALL {
            if *p != Parameter::Licenses {
                assert!(!kinds_for(*p, true).is_empty(), "{p}");
                assert!(!kinds_for(*p, false).is_empty(), "{p}");
            }
        }
    }

    #[test]
    fn training_code_needs_both_pipeline_kinds_for_open() {
        let only_training = release(&[(K::TrainingCode, Availability::Public)]);
        let g = grade(&only_training, Parameter::Trainingcode);
        assert_eq!((g.lo, g.hi), (Grade::Partial, Grade::Open));
        let both = release(&[
            (K::TrainingCode, Availability::Public),
            (K::DataPreprocessingCode, Availability::Public),
        ]);
        assert_eq!(grade(&both, Parameter::Trainingcode).lo, Grade::Open);
    }

    #[test]
    fn inference_code_alone_is_sparse_code() {
        let r = release(&[
            (K::InferenceCode, Availability::Public),
            (K::TrainingCode, Availability::NotReleased),
            (K::DataPreprocessingCode, Availability::NotReleased),
        ]);
        let g = grade(&r, Parameter::Trainingcode);
        assert_eq!((g.lo, g.hi), (Grade::Partial, Grade::Partial));
    }

    #[test]
    fn some_documents_published_is_partial() {
        let r = release(&[
            (K::ModelCard, Availability::Public),
            (K::ModelCard, Availability::NotReleased),
        ]);
        assert_eq!(grade(&r, Parameter::Modelcard).lo, Grade::Partial);
    }
}
