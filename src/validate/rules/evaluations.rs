//! Evaluation rules: `evaluation-split-missing`, `unofficial-evaluation-split`.
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

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (j, e) in cx.release.evaluations.iter().enumerate() {
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
