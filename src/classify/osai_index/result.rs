//! The `osai-index` fields of a classification: the score as the index's website computes it,
//! the category scores, and each parameter's grade.

use indexmap::IndexMap;
use serde::Serialize;

use crate::classify::{ComponentRef, Status};
use crate::model::Modality;

use super::parameters::{Grade, Parameter, ParameterSet};
use super::spec::OsaiIndexLevel;

/// One parameter's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ParameterResult {
    /// The grade the score counts: the grade the description establishes. A parameter the
    /// description cannot settle counts as the lowest grade it allows (closed when nothing is
    /// known), as the index counts a missing class as 0; its `status` is then `unknown`.
    pub grade: Grade,
    /// `met` when open, `not-met` when the description establishes partial or closed, `unknown`
    /// when it could be higher than `grade`.
    pub status: Status,
    /// The highest grade the description still allows: the same as `grade` when the description
    /// settles the parameter.
    pub highest: Grade,
    /// Whether the parameter applies to the release's type (and so counts in the score).
    pub applies: bool,
    /// The components that decided it.
    pub components: Vec<ComponentRef>,
}

/// The `osai-index` result fields, flattened into the classification: `parameter_set`, `score`,
/// `categories` and `parameters`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OsaiIndexDetails {
    /// The date of the parameter set used (the key of
    /// [`PARAMETER_SETS`](super::PARAMETER_SETS)).
    pub parameter_set: &'static str,
    /// The score, 0 to 1: the mean weight (open 1, partial 0.5, closed 0) of the parameters that
    /// apply. `None` when no parameter applies.
    pub score: Option<f64>,
    /// Each category's score as the website computes it: the summed weights of its applicable
    /// parameters divided by the number of *all* its parameters. `None` when none applies.
    pub categories: IndexMap<&'static str, Option<f64>>,
    /// Each parameter's result, by key, in the set's order.
    pub parameters: IndexMap<Parameter, ParameterResult>,
}

/// Whether a parameter with `types` applies to a release of `modality`.
///
/// The website tests `types.includes(system.type)` with the entry's type as written. A release
/// of one modality is tested the same way with the modality's name (`text`, `image`, `code`,
/// `audio`, `video`). A release of several modalities (`multimodal`), or whose modality is not
/// given, is graded on every parameter: the website would match no parameter for a comma-joined
/// type such as `text,code` and compute no score (its sum of an empty list throws), so there is
/// nothing to reproduce, and every parameter of the current set applies to every type anyway.
#[must_use]
pub fn applies(types: &[&str], modality: Option<Modality>) -> bool {
    match modality {
        None | Some(Modality::Multimodal) => true,
        Some(m) => types.contains(&m.as_str()),
    }
}

/// The score and category scores of `grades` (one per parameter of `set`, in its order), as the
/// website's `sortModels` computes them: the weights are summed in the set's order and divided
/// once, so the result is the same IEEE double.
pub(crate) fn scores(
    set: &ParameterSet,
    results: &IndexMap<Parameter, ParameterResult>,
) -> (Option<f64>, IndexMap<&'static str, Option<f64>>) {
    let mut total = 0.0;
    let mut count = 0_u32;
    let mut categories = IndexMap::new();
    for category in set.categories {
        let mut sum = 0.0;
        let mut any = false;
        for spec in category.parameters {
            let Some(result) = results.get(&spec.parameter).filter(|r| r.applies) else {
                continue;
            };
            let w = result.grade.weight();
            sum += w;
            total += w;
            count += 1;
            any = true;
        }
        let all = f64::from(u32::try_from(category.parameters.len()).unwrap_or(u32::MAX));
        categories.insert(category.reference, any.then(|| sum / all));
    }
    let score = (count > 0).then(|| total / f64::from(count));
    (score, categories)
}

/// The level: the index defines no overall levels or thresholds, only the three grades of each
/// parameter. The release as a whole is `open` when every applicable parameter is open, `closed`
/// when every one is closed, `partial` when the description shows neither (some parameter above
/// closed, some below open), and `undetermined` when unknown parameters leave it open which.
pub(crate) fn level(bounds: &[(Grade, Grade)]) -> OsaiIndexLevel {
    if bounds.is_empty() {
        return OsaiIndexLevel::Undetermined;
    }
    if bounds.iter().all(|(lo, _)| *lo == Grade::Open) {
        OsaiIndexLevel::Open
    } else if bounds.iter().all(|(_, hi)| *hi == Grade::Closed) {
        OsaiIndexLevel::Closed
    } else if bounds.iter().any(|(lo, _)| *lo != Grade::Closed)
        && bounds.iter().any(|(_, hi)| *hi != Grade::Open)
    {
        OsaiIndexLevel::Partial
    } else {
        OsaiIndexLevel::Undetermined
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Grade::*;
    use OsaiIndexLevel::{Closed as C, Open as O, Partial as P, Undetermined as U};

    #[test]
    fn levels_need_no_threshold() {
        assert_eq!(level(&[(Open, Open), (Open, Open)]), O);
        assert_eq!(level(&[(Closed, Closed)]), C);
        assert_eq!(level(&[(Open, Open), (Closed, Closed)]), P);
        assert_eq!(level(&[(Partial, Partial)]), P);
        // Every known parameter open, one unknown: it could still be all open.
        assert_eq!(level(&[(Open, Open), (Closed, Open)]), U);
        // Every known parameter closed, one unknown.
        assert_eq!(level(&[(Closed, Closed), (Closed, Open)]), U);
        assert_eq!(level(&[]), U);
    }

    #[test]
    fn multimodal_and_unknown_types_take_every_parameter() {
        assert!(applies(&["text"], None));
        assert!(applies(&["text"], Some(Modality::Multimodal)));
        assert!(applies(&["text", "code"], Some(Modality::Code)));
        assert!(!applies(&["text"], Some(Modality::Image)));
    }
}
