//! Claims the producer makes about the release's openness.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::component::Evidence;
use super::kind::ComponentKind;
use crate::value::vocabulary;

vocabulary! {
    /// What the producer claims. Claims are compared with the evidence to find open-washing.
    pub enum ClaimKind {
        /// The release (or the scoped component) is "open source".
        OpenSource = "open_source",
        /// The weights are "open" ("open weights", "open model").
        OpenWeights = "open_weights",
        /// The training data is "open".
        OpenData = "open_data",
        /// The release is "open science" / "fully open" / reproducible.
        OpenScience = "open_science",
        /// The release reaches a level of a framework (set `framework` and `level`).
        FrameworkLevel = "framework_level",
    }
}

/// A claim the producer makes, ideally with a quote and a link to where it is made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Claim {
    /// What is claimed.
    pub kind: ClaimKind,
    /// The component kind the claim is about, when it is about one part (e.g. the weights).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<ComponentKind>,
    /// For `framework_level`: the framework profile id, e.g. `mof-1.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework: Option<String>,
    /// For `framework_level`: the level, e.g. `class-1` or `conforms`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The claim in the producer's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Where the claim is made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Claim {
    /// A claim of `kind` about the whole release.
    #[must_use]
    pub fn new(kind: ClaimKind) -> Self {
        Self {
            kind,
            scope: None,
            framework: None,
            level: None,
            text: None,
            evidence: Vec::new(),
        }
    }

    /// Sets the kind of component the claim is about.
    #[must_use]
    pub fn with_scope(mut self, scope: ComponentKind) -> Self {
        self.scope = Some(scope);
        self
    }

    /// Sets the claim's words, as the producer wrote them.
    #[must_use]
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.text = Some(text.into());
        self
    }

    /// Adds where the claim is made.
    #[must_use]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }
}
