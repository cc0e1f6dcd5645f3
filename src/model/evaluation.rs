//! Evaluation records: benchmark, version, split, grade and per-category results.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::component::Evidence;
use crate::value::Date;
use crate::value::vocabulary;

vocabulary! {
    /// Which prompt or test set an evaluation used. MLCommons AILuminate: "Practice prompts, Demo
    /// prompts, offline evaluators, etc. are not part of the full version"; only the private official
    /// set with MLCommons' evaluator yields official grades. A grade from a practice split must never
    /// pass as official.
    pub enum EvaluationSplit {
        /// A small public demonstration set (AILuminate Demo: 1,200 prompts, CC-BY-4.0).
        Demo = "demo",
        /// A practice set (AILuminate Practice: 12,000 prompts, on request).
        Practice = "practice",
        /// The official, private test set that graded results come from.
        Official = "official",
        /// A public test split of a benchmark.
        PublicTest = "public_test",
        /// A held-out set kept by the evaluator.
        HeldOut = "held_out",
        /// A validation or development split.
        Validation = "validation",
    }
}

impl EvaluationSplit {
    /// Whether grades from this split are official results of the benchmark.
    #[must_use]
    pub const fn is_official(self) -> bool {
        matches!(self, Self::Official | Self::HeldOut)
    }
}

vocabulary! {
    /// What was evaluated: a bare model or a complete system. AILuminate separates "AI Systems"
    /// ("may include one or more models, guardrails, algorithmic filters, and other moderation
    /// techniques") from "Bare Models" ("standalone models with no external guardrails").
    pub enum SystemUnderTest {
        /// A standalone model with no external guardrails.
        BareModel = "bare_model",
        /// A system: model(s) plus guardrails, filters or moderation.
        AiSystem = "ai_system",
    }
}

/// A result for one hazard or category of a benchmark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CategoryResult {
    /// The category or hazard id, e.g. AILuminate's `vcr` (violent crimes).
    pub category: String,
    /// The grade for this category, in the benchmark's own words (e.g. `very_good`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<String>,
    /// A numeric score for this category, in the benchmark's own unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

impl CategoryResult {
    /// A result for `category` with no grade or score yet.
    #[must_use]
    pub fn new(category: impl Into<String>) -> Self {
        Self {
            category: category.into(),
            grade: None,
            score: None,
        }
    }
}

/// An evaluation of the release on a benchmark: capability or safety.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Evaluation {
    /// The benchmark's id, e.g. `ailuminate` or `mmlu`.
    pub benchmark: String,
    /// The benchmark's version, e.g. `1.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benchmark_version: Option<String>,
    /// Whether this is a safety evaluation (hazards, jailbreaks, red-teaming) rather than a
    /// capability one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub safety: bool,
    /// The test split used. Absent means not stated, which the validator reports for graded results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split: Option<EvaluationSplit>,
    /// What was evaluated: the bare model or the whole system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_under_test: Option<SystemUnderTest>,
    /// The overall grade, in the benchmark's own words (AILuminate: `poor`, `fair`, `good`,
    /// `very_good`, `excellent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<String>,
    /// An overall numeric score, in the benchmark's own unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Results per hazard or category.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<CategoryResult>,
    /// Who ran the evaluation (the producer, the benchmark's owner, a third party).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<String>,
    /// The language or locale evaluated (BCP 47, e.g. `en-US`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// When the evaluation was run or published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where the results are published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Evaluation {
    /// An evaluation on `benchmark` with nothing else known.
    #[must_use]
    pub fn new(benchmark: impl Into<String>) -> Self {
        Self {
            benchmark: benchmark.into(),
            benchmark_version: None,
            safety: false,
            split: None,
            system_under_test: None,
            grade: None,
            score: None,
            results: Vec::new(),
            evaluator: None,
            locale: None,
            date: None,
            evidence: Vec::new(),
        }
    }

    /// Whether the evaluation reports a grade or score (overall or per category).
    #[must_use]
    pub fn is_graded(&self) -> bool {
        self.grade.is_some()
            || self.score.is_some()
            || self
                .results
                .iter()
                .any(|r| r.grade.is_some() || r.score.is_some())
    }
}
