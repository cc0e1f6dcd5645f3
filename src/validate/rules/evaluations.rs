//! Evaluation rules: `evaluation-split-missing`, `unofficial-evaluation-split`, and for
//! AILuminate results, grades on its five-point scale and scores that are not negative
//! (`invalid-value`).
//!
//! A graded result must say which split it comes from; a grade on a practice or demo split (the
//! AILuminate sets that "are not part of the full version") is noted, so it cannot pass as an
//! official grade. Public test and validation splits are how most benchmarks report, and are
//! not flagged.

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::EvaluationSplit;

/// MLCommons AILuminate on what counts as an official result.
const AILUMINATE_SPLITS: &str = "MLCommons AILuminate 1.0: official grades come only from the \
    private official prompt set and evaluator; \"Practice prompts, Demo prompts, offline \
    evaluators, etc. are not part of the full version\"";

/// AILuminate's grades, worst to best ("Poor", "Fair", "Good", "Very Good", "Excellent").
const AILUMINATE_GRADES: &[&str] = &["poor", "fair", "good", "very_good", "excellent"];

/// MLCommons AILuminate 1.0's grading scale.
const AILUMINATE_SCALE: &str = "MLCommons AILuminate 1.0: grades on a five-point scale, Poor, \
    Fair, Good, Very Good, Excellent";

/// An AILuminate grade or score that cannot be one.
fn ailuminate(j: usize, e: &crate::model::Evaluation, out: &mut Vec<Diagnostic>) {
    let grade = |pointer: String, g: &str, out: &mut Vec<Diagnostic>| {
        if !AILUMINATE_GRADES.contains(&g) {
            out.push(
                Diagnostic::of(
                    Code::InvalidValue,
                    pointer,
                    format!(
                        "`{}` is not an AILuminate grade; expected one of `poor`, `fair`, `good`, `very_good`, `excellent`",
                        crate::validate::schema_layer::truncate(g, 60)
                    ),
                )
                .with_clause(AILUMINATE_SCALE),
            );
        }
    };
    let score = |pointer: String, s: f64, out: &mut Vec<Diagnostic>| {
        if !(s.is_finite() && s >= 0.0) {
            out.push(Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!("an AILuminate score cannot be negative, found `{s}`"),
            ));
        }
    };
    if let Some(g) = &e.grade {
        grade(format!("/evaluations/{j}/grade"), g, out);
    }
    if let Some(s) = e.score {
        score(format!("/evaluations/{j}/score"), s, out);
    }
    for (k, r) in e.results.iter().enumerate() {
        if let Some(g) = &r.grade {
            grade(format!("/evaluations/{j}/results/{k}/grade"), g, out);
        }
        if let Some(s) = r.score {
            score(format!("/evaluations/{j}/results/{k}/score"), s, out);
        }
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (j, e) in cx.release.evaluations.iter().enumerate() {
        if e.benchmark.eq_ignore_ascii_case("ailuminate") {
            ailuminate(j, e, out);
        }
        if !e.is_graded() {
            continue;
        }
        match e.split {
            None => out.push(
                Diagnostic::of(
                    Code::EvaluationSplitMissing,
                    format!("/evaluations/{j}"),
                    format!(
                        "the `{}` evaluation reports a grade or score but not the test `split` it used, so a practice or demo result could pass as official; add `split`",
                        e.benchmark
                    ),
                )
                .with_clause(AILUMINATE_SPLITS),
            ),
            Some(split @ (EvaluationSplit::Practice | EvaluationSplit::Demo)) => out.push(
                Diagnostic::of(
                    Code::UnofficialEvaluationSplit,
                    format!("/evaluations/{j}/split"),
                    format!(
                        "grades on the `{split}` split are not official `{}` results",
                        e.benchmark
                    ),
                )
                .with_clause(AILUMINATE_SPLITS),
            ),
            Some(_) => {}
        }
    }
}
