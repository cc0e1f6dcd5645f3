//! What a classification says: a level, the criteria behind it, what is missing for the next level,
//! and the open-washing findings.

use serde::Serialize;

use crate::model::ComponentKind;
use crate::model::macros::vocabulary;

pub use crate::value::Status;

/// A component that decided a criterion: its index in the release's `components` (as a JSON
/// Pointer) and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ComponentRef {
    /// The JSON Pointer of the component in the submitted document, e.g. `/components/3`.
    pub pointer: String,
    /// The component's kind.
    pub kind: ComponentKind,
    /// The component's name, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl ComponentRef {
    /// The component at `index` of `release.components`.
    #[must_use]
    pub fn new(index: usize, component: &crate::model::Component) -> Self {
        Self {
            pointer: format!("/components/{index}"),
            kind: component.kind,
            name: component.name.clone(),
        }
    }

    /// A component at `pointer` (in whatever document it was read from, e.g.
    /// `/release/components/2` in a Model Openness Tool file).
    #[must_use]
    pub fn at(pointer: impl Into<String>, kind: ComponentKind, name: Option<String>) -> Self {
        Self {
            pointer: pointer.into(),
            kind,
            name,
        }
    }
}

/// The result of one criterion of a framework.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CriterionResult {
    /// The criterion's stable id within the framework, e.g. `class-2/training-code`.
    pub id: String,
    /// The clause of the framework the criterion comes from, e.g. `MOF 1.0 §Class II`.
    pub clause: String,
    /// The outcome.
    pub status: Status,
    /// The components that decided it.
    pub components: Vec<ComponentRef>,
    /// Why, for people.
    pub reason: String,
    /// When `unknown`: the facts that would settle it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settle: Option<String>,
}

impl CriterionResult {
    /// A criterion result with no components.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        clause: impl Into<String>,
        status: Status,
        reason: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            clause: clause.into(),
            status,
            components: Vec::new(),
            reason: reason.into(),
            settle: None,
        }
    }

    /// Adds the components that decided it.
    #[must_use]
    pub fn with_components(mut self, components: Vec<ComponentRef>) -> Self {
        self.components = components;
        self
    }

    /// Says which facts would settle an unknown criterion.
    #[must_use]
    pub fn with_settle(mut self, settle: impl Into<String>) -> Self {
        self.settle = Some(settle.into());
        self
    }
}

vocabulary! {
    /// What a next step asks the producer to do. The order of the variants is the fixed cost
    /// ranking, cheapest first: changing a licence costs less than writing and publishing a
    /// document, which costs less than publishing code, then weights, then data.
    pub enum Action {
        /// Put an existing, published component under another licence.
        Relicense = "relicense",
        /// State a fact in the description (no publication needed; the description is incomplete).
        Disclose = "disclose",
        /// Publish a document (card, report, paper, policy).
        PublishDocument = "publish-document",
        /// Publish code.
        PublishCode = "publish-code",
        /// Publish weights or checkpoints.
        PublishWeights = "publish-weights",
        /// Publish data.
        PublishData = "publish-data",
        /// Change how the release is offered (drop a gate, stop monetising access).
        ChangeAccess = "change-access",
    }
}

impl Action {
    /// The cost rank: lower is cheaper. Relicense < disclose < publish a document < publish code <
    /// publish weights < publish data < change access.
    #[must_use]
    pub fn rank(self) -> usize {
        Self::ALL
            .iter()
            .position(|a| *a == self)
            .unwrap_or(usize::MAX)
    }

    /// The action that publishes a component of `kind`.
    #[must_use]
    pub fn publish(kind: ComponentKind) -> Self {
        match kind.content_type() {
            crate::model::ContentType::Code => Self::PublishCode,
            crate::model::ContentType::Data => Self::PublishData,
            crate::model::ContentType::Document => Self::PublishDocument,
            crate::model::ContentType::Weights => Self::PublishWeights,
        }
    }
}

/// One thing the producer could do to reach the next level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct NextStep {
    /// What kind of action it is (the cost ranking).
    pub action: Action,
    /// The component kind concerned, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<ComponentKind>,
    /// The level this step works toward, e.g. `class-2`.
    pub target: String,
    /// The step in words: "publish the training code under an OSI-approved licence to reach MOF
    /// Class II".
    pub message: String,
}

impl NextStep {
    /// A next step.
    #[must_use]
    pub fn new(
        action: Action,
        component: Option<ComponentKind>,
        target: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            action,
            component,
            target: target.into(),
            message: message.into(),
        }
    }
}

/// Sorts next steps cheapest first (by [`Action::rank`], then component kind, then message), and
/// removes exact duplicates.
pub fn sort_next_steps(steps: &mut Vec<NextStep>) {
    steps.sort_by(|a, b| {
        (a.action.rank(), a.component, &a.message).cmp(&(b.action.rank(), b.component, &b.message))
    });
    steps.dedup();
}
