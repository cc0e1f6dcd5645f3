//! The openness classifier: one description in, a verdict under every framework out.
//!
//! Each framework is a versioned profile in its own module (`mof_1_0`, `osaid_1_0`, …), kept apart
//! from the core model: a new version of a framework is a new module plus one line in
//! [`Framework`]. Every result explains itself: the criteria with the framework clause they come
//! from and the components that decided them, the next steps toward the next level (cheapest
//! first), and open-washing findings where the producer's claims exceed the evidence.

mod result;

pub use result::{Action, ComponentRef, CriterionResult, NextStep, Status, sort_next_steps};

use serde::Serialize;

use crate::diagnostic::Severity;

/// A finding attached to a classification: an open-washing pattern (claims exceed evidence), or a
/// note where a profile deliberately reproduces a lenient or quirky reference implementation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// The stable kebab-case code, e.g. `restrictive-licence-called-open-source`.
    pub code: String,
    /// The named pattern (open-washing patterns use the names of the literature, e.g. "Open
    /// weights, closed everything else").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// How serious it is.
    pub severity: Severity,
    /// The JSON Pointer of the value concerned (`""` for the whole release).
    pub pointer: String,
    /// What was found, for people.
    pub message: String,
    /// The framework clause or source the finding rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
}

impl Finding {
    /// A finding with `code`, `severity` and `message` about the value at `pointer`.
    #[must_use]
    pub fn new(
        code: impl Into<String>,
        severity: Severity,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            pattern: None,
            severity,
            pointer: pointer.into(),
            message: message.into(),
            clause: None,
        }
    }

    /// Names the pattern.
    #[must_use]
    pub fn with_pattern(mut self, pattern: impl Into<String>) -> Self {
        self.pattern = Some(pattern.into());
        self
    }

    /// Sets the clause or source.
    #[must_use]
    pub fn with_clause(mut self, clause: impl Into<String>) -> Self {
        self.clause = Some(clause.into());
        self
    }
}
