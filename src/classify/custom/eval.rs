//! Evaluating a loaded profile on a release: every criterion, then the levels, the level
//! reached, and the next steps toward the level above it.

use serde::Serialize;

use crate::classify::explain::{Goal, Judgement as Outcome};
use crate::classify::{Classification, CriterionResult, Details, LevelView, ProfileId, Status};
use crate::model::Release;

use super::CustomProfile;
use super::condition;

/// The fields of a custom profile's classification beside the common ones (flattened into the
/// JSON object: `profile`, `levels`, `informative`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CustomDetails {
    /// Which profile gave the verdict.
    pub profile: ProfileSummary,
    /// Every level of the profile, lowest first, with its status.
    pub levels: Vec<LevelResult>,
    /// The criteria that no level lists: reported, deciding nothing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub informative: Vec<String>,
}

/// The profile behind a classification, so a reader can tell a custom verdict from a
/// built-in one and find the framework's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ProfileSummary {
    /// The profile's name.
    pub name: String,
    /// Where the framework is published.
    pub source: String,
    /// `ladder` or `checklist`.
    pub kind: &'static str,
    /// The profile format version the file declares.
    pub profile_version: String,
}

/// The status of one level: met when all its criteria (its own and, when cumulative, those of
/// the levels below) are met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LevelResult {
    /// The level token.
    pub id: String,
    /// The level's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Met, not met, or unknown.
    pub status: Status,
    /// The criteria the level requires, its own first, then those it accumulates.
    pub criteria: Vec<String>,
}

/// Classifies `release` under a custom profile.
///
/// Pure: no I/O. Each criterion is evaluated once (a criterion that others refer to is reused),
/// so the work is linear in the size of the profile times the number of components.
///
/// The level is, for a ladder, the highest level whose criteria are all met; for a checklist,
/// its one level when its criteria are all met. Otherwise it is the profile's `undetermined`
/// token when the profile has one and some level is unknown (no criterion of it is not met),
/// else its `not_met` token. The next steps are those toward the level above the one reached
/// (the first level when none is), cheapest first.
///
/// # Examples
/// ```
/// use ai_openness::classify::custom::{classify, load_profile};
/// use ai_openness::document::{self, Format};
///
/// let profile = load_profile(
///     "profile_version: 0.1.0\nid: weights-only\nname: Open weights\nsource: example\n\
///      kind: checklist\nlevels: [{id: open-weights, criteria: [weights]}]\n\
///      not_met: closed-weights\nundetermined: undetermined\ncriteria:\n\
///      - id: weights\n  clause: the weights are OSI-licensed\n  require:\n    \
///      components: {kinds: [model_weights], license: osi_approved}\n",
///     Format::Yaml,
/// )?;
/// let release = document::from_str(
///     "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model_weights\n    license: Apache-2.0\n",
///     Format::Yaml,
/// )?;
/// let verdict = classify(&release, &profile);
/// assert_eq!((verdict.framework.as_str(), verdict.level.as_str()), ("weights-only", "open-weights"));
/// # Ok::<(), ai_openness::Error>(())
/// ```
#[must_use]
pub fn classify(release: &Release, profile: &CustomProfile) -> Classification {
    let file = &profile.file;
    let outcomes = evaluate_criteria(release, profile);
    let status_of = |i: &usize| {
        outcomes
            .get(*i)
            .and_then(Option::as_ref)
            .map_or(Status::Unknown, |o| o.status)
    };

    let levels: Vec<LevelResult> = file
        .levels
        .iter()
        .zip(&profile.effective)
        .map(|(level, criteria)| LevelResult {
            id: level.id.clone(),
            name: level.name.clone(),
            status: Status::all(criteria.iter().map(status_of)),
            criteria: criteria
                .iter()
                .filter_map(|i| file.criteria.get(*i).map(|c| c.id.clone()))
                .collect(),
        })
        .collect();

    let reached = levels.iter().rposition(|l| l.status == Status::Met);
    // Ranks: the not-met token 0, the undetermined token 1, the ladder's levels 2 and up.
    let level_view = |index: usize| {
        file.levels.get(index).map(|l| {
            let rank = u8::try_from(index.saturating_add(2)).unwrap_or(u8::MAX);
            LevelView::custom(
                l.id.clone(),
                l.name.clone().unwrap_or_else(|| l.id.clone()),
                rank,
            )
        })
    };
    let reached_view = reached.and_then(level_view);
    let level = match (reached_view, &file.undetermined) {
        (Some(level), _) => level,
        (None, Some(undetermined)) if levels.iter().any(|l| l.status == Status::Unknown) => {
            LevelView::custom(undetermined.clone(), undetermined.clone(), 1)
        }
        (None, _) => LevelView::custom(file.not_met.clone(), file.not_met.clone(), 0),
    };

    let mut classification =
        Classification::new(&release.name, ProfileId::custom(file.id.clone()), level);
    classification.criteria = file
        .criteria
        .iter()
        .zip(&outcomes)
        .map(|(def, outcome)| match outcome {
            Some(o) => criterion_result(&def.id, &def.clause, o),
            None => CriterionResult::new(
                def.id.clone(),
                def.clause.clone(),
                Status::Unknown,
                "not evaluated",
            ),
        })
        .collect();

    let target = reached.map_or(0, |r| r + 1);
    if let (Some(level), Some(view), Some(criteria)) = (
        file.levels.get(target),
        level_view(target),
        profile.effective.get(target),
    ) {
        let name = level
            .name
            .clone()
            .unwrap_or_else(|| format!("`{}`", level.id));
        let goal = Goal::new(view, format!("to reach {name}"));
        let steps = goal.steps(
            criteria
                .iter()
                .filter_map(|i| outcomes.get(*i).and_then(Option::as_ref))
                .filter(|o| o.status != Status::Met)
                .flat_map(|o| o.gaps.iter()),
        );
        classification.next_steps = steps;
    }

    let used: Vec<usize> = profile.effective.iter().flatten().copied().collect();
    let informative = file
        .criteria
        .iter()
        .enumerate()
        .filter(|(i, _)| !used.contains(i))
        .map(|(_, c)| c.id.clone())
        .collect();
    classification.details = Some(Details::Custom(Box::new(CustomDetails {
        profile: ProfileSummary {
            name: file.name.clone(),
            source: file.source.clone(),
            kind: file.kind.as_str(),
            profile_version: file.profile_version.clone(),
        },
        levels,
        informative,
    })));
    classification
}

/// Every criterion's outcome, by index, evaluated in the profile's dependency order.
fn evaluate_criteria(release: &Release, profile: &CustomProfile) -> Vec<Option<Outcome>> {
    let file = &profile.file;
    let mut outcomes: Vec<Option<Outcome>> = vec![None; file.criteria.len()];
    for &i in &profile.order {
        let Some(def) = file.criteria.get(i) else {
            continue;
        };
        let outcome = {
            let earlier = |id: &str| {
                profile
                    .index
                    .get(id)
                    .and_then(|j| outcomes.get(*j))
                    .and_then(Option::as_ref)
            };
            condition::evaluate(&def.require, release, &earlier)
        };
        if let Some(slot) = outcomes.get_mut(i) {
            *slot = Some(outcome);
        }
    }
    outcomes
}

fn criterion_result(id: &str, clause: &str, outcome: &Outcome) -> CriterionResult {
    outcome
        .clone()
        .criterion(id.to_owned(), clause, "")
        .criterion
}
