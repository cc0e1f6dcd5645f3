//! What a classification says: a level, the criteria behind it, what is missing for the next level,
//! and the open-washing findings.

use std::fmt;

use serde::{Serialize, Serializer};

use super::spec::{CriterionId, ItemSpec, LevelView};
use crate::diagnostic::Code;
use crate::model::ComponentKind;
use crate::model::macros::vocabulary;

pub use crate::value::Status;

/// A component that decided a criterion: its index in the release's `components` (as a JSON
/// Pointer) and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
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
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct CriterionResult {
    /// The criterion's stable id within the framework, e.g. `class-2/training-code`.
    pub id: CriterionId,
    /// The framework item the criterion tests, when it tests one (its spec: name, clause,
    /// component kinds).
    #[serde(skip)]
    pub item: Option<&'static ItemSpec>,
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

impl PartialEq for CriterionResult {
    /// Equal when every field is; the items compare by id (a spec is a constant, so one item
    /// may live at several addresses).
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.item.map(|i| i.id) == other.item.map(|i| i.id)
            && self.clause == other.clause
            && self.status == other.status
            && self.components == other.components
            && self.reason == other.reason
            && self.settle == other.settle
    }
}

impl CriterionResult {
    /// A criterion result with no components.
    #[must_use]
    pub fn new(
        id: impl Into<CriterionId>,
        clause: impl Into<String>,
        status: Status,
        reason: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            item: None,
            clause: clause.into(),
            status,
            components: Vec::new(),
            reason: reason.into(),
            settle: None,
        }
    }

    /// Names the framework item the criterion tests.
    #[must_use]
    pub const fn with_item(mut self, item: &'static ItemSpec) -> Self {
        self.item = Some(item);
        self
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
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct NextStep {
    /// What kind of action it is (the cost ranking).
    pub action: Action,
    /// The component kind concerned, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<ComponentKind>,
    /// The level this step works toward (serialised as its token, e.g. `class-2`).
    pub target: LevelView,
    /// The framework item the step works on, when it works on one: the MOF component to publish
    /// or relicense, the OSAI Index parameter to make open (serialised as the item's id, e.g.
    /// `weights-endmodel`; omitted when none).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "item_id")]
    pub item: Option<&'static ItemSpec>,
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
        target: impl Into<LevelView>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            action,
            component,
            target: target.into(),
            item: None,
            message: message.into(),
        }
    }

    /// Names the framework item the step works on.
    #[must_use]
    pub const fn with_item(mut self, item: &'static ItemSpec) -> Self {
        self.item = Some(item);
        self
    }
}

impl PartialEq for NextStep {
    /// Equal when every field is; the items compare by id.
    fn eq(&self, other: &Self) -> bool {
        self.action == other.action
            && self.component == other.component
            && self.target == other.target
            && self.item.map(|i| i.id) == other.item.map(|i| i.id)
            && self.message == other.message
    }
}

impl Eq for NextStep {}

/// An item as its id.
// `serialize_with` hands the field by reference.
#[allow(
    clippy::ref_option,
    clippy::ref_option_ref,
    clippy::trivially_copy_pass_by_ref
)]
fn item_id<S: Serializer>(
    item: &Option<&'static ItemSpec>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match item {
        Some(item) => serializer.serialize_str(item.id),
        None => serializer.serialize_none(),
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

/// The stable kebab-case code of a [`Finding`](super::Finding): an open-washing pattern
/// ([`WashingCode`](super::washing::WashingCode)), a profile's note (each profile's own code enum,
/// e.g. [`QuirkCode`](super::mof_1_0::QuirkCode)), or a diagnostic code reported as a finding
/// (an importer's). Serialises as the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FindingCode(&'static str);

impl FindingCode {
    /// A code from a closed vocabulary of codes (the `From` impls are the usual way in).
    #[must_use]
    pub const fn new(code: &'static str) -> Self {
        Self(code)
    }

    /// The code.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for FindingCode {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for FindingCode {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for FindingCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl From<Code> for FindingCode {
    fn from(code: Code) -> Self {
        Self(code.as_str())
    }
}

impl PartialEq<FindingCode> for &str {
    fn eq(&self, other: &FindingCode) -> bool {
        *self == other.0
    }
}

impl PartialEq<String> for FindingCode {
    fn eq(&self, other: &String) -> bool {
        self.0 == other.as_str()
    }
}
