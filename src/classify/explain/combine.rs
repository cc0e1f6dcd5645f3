//! Outcomes and their combinators: a three-valued [`Judgement`] with the components that decided
//! it, the reasons, the facts that would settle it and the [`Gap`]s that would close it; `all`,
//! `any` and `not` over judgements; a [`Goal`] that turns gaps into next steps; and the
//! [`Judged`] criterion a profile reports.

use crate::classify::{
    Action, ComponentRef, CriterionId, CriterionResult, ItemSpec, LevelView, NextStep, Status,
    sort_next_steps,
};
use crate::model::{Component, ComponentKind};

/// Something the producer could do about an outcome that is not met or unknown. The level it
/// works toward and the words that end the step ("to conform to OSAID 1.0") are the profile's
/// [`Goal`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Gap {
    /// What kind of action it is (the cost ranking).
    pub action: Action,
    /// The component kind concerned, if any.
    pub component: Option<ComponentKind>,
    /// The step in words, without the goal: "publish the training code `x` under an
    /// OSI-approved licence".
    pub text: String,
}

impl Gap {
    /// A gap.
    pub(crate) fn new(
        action: Action,
        component: Option<ComponentKind>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            action,
            component,
            text: text.into(),
        }
    }
}

/// The level a profile's next steps work toward, and how their messages end.
#[derive(Debug, Clone)]
pub(crate) struct Goal {
    target: LevelView,
    words: String,
}

impl Goal {
    /// Steps toward `target`, each message ending with `words` ("to reach MOF Class II").
    pub(crate) fn new(target: impl Into<LevelView>, words: impl Into<String>) -> Self {
        Self {
            target: target.into(),
            words: words.into(),
        }
    }

    /// The next step that closes `gap`: "{gap} {words}".
    pub(crate) fn step(&self, gap: &Gap) -> NextStep {
        NextStep::new(
            gap.action,
            gap.component,
            self.target.clone(),
            format!("{} {}", gap.text, self.words),
        )
    }

    /// The next steps that close `gaps`, cheapest first, each once ([`sort_next_steps`]).
    pub(crate) fn steps<'g>(&self, gaps: impl IntoIterator<Item = &'g Gap>) -> Vec<NextStep> {
        let mut steps: Vec<NextStep> = gaps.into_iter().map(|g| self.step(g)).collect();
        sort_next_steps(&mut steps);
        steps
    }
}

/// Which reasons a combination keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Explain {
    /// The reasons of the parts that decided it (those with the combination's status): what a
    /// custom profile's nested conditions report.
    Deciding,
    /// The reasons of every part: what a built-in criterion over several components reports,
    /// so that the reader sees each component it looked at.
    Every,
}

/// How parts combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Combine {
    /// Every part must be met ([`Status::all`]).
    All,
    /// One met part suffices ([`Status::any`]).
    Any,
}

/// The outcome of a test on a release: three-valued, with what decided it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Judgement {
    /// Met, not met or unknown.
    pub status: Status,
    /// The components that decided it, in document order, each once.
    pub components: Vec<ComponentRef>,
    /// Why, for people, one sentence part per test that decided it.
    pub reasons: Vec<String>,
    /// When unknown: the facts that would settle it.
    pub settle: Vec<String>,
    /// What would make it met (empty when met).
    pub gaps: Vec<Gap>,
}

impl Judgement {
    /// An outcome with one reason and nothing else yet.
    pub(crate) fn new(status: Status, reason: impl Into<String>) -> Self {
        Self {
            status,
            components: Vec::new(),
            reasons: vec![reason.into()],
            settle: Vec::new(),
            gaps: Vec::new(),
        }
    }

    /// An outcome about the component at `index` of the release.
    pub(crate) fn of_component(
        index: usize,
        component: &Component,
        status: Status,
        reason: impl Into<String>,
    ) -> Self {
        let mut out = Self::new(status, reason);
        out.components.push(ComponentRef::new(index, component));
        out
    }

    /// An outcome with no reason yet.
    pub(crate) const fn empty(status: Status) -> Self {
        Self {
            status,
            components: Vec::new(),
            reasons: Vec::new(),
            settle: Vec::new(),
            gaps: Vec::new(),
        }
    }

    /// Adds a gap.
    #[must_use]
    pub(crate) fn with_gap(
        mut self,
        action: Action,
        component: Option<ComponentKind>,
        text: impl Into<String>,
    ) -> Self {
        self.gaps.push(Gap::new(action, component, text));
        self
    }

    /// Adds a fact that would settle it.
    #[must_use]
    pub(crate) fn with_settle(mut self, settle: impl Into<String>) -> Self {
        self.settle.push(settle.into());
        self
    }

    /// The reasons as one sentence part.
    pub(crate) fn reason(&self) -> String {
        self.reasons.join("; ")
    }

    /// The conjunction of `parts`: not met if any is not met, else unknown if any is unknown,
    /// else met (no parts: met). Decided by the parts with its status; the gaps of every part
    /// that is not met.
    pub(crate) fn all(parts: Vec<Self>) -> Self {
        Self::combine(Combine::All, Explain::Deciding, parts)
    }

    /// The disjunction of `parts`: met if any is met, else unknown if any is unknown, else not
    /// met (no parts: not met). Decided by the parts with its status; when not met, the gaps of
    /// the cheapest alternative (by its dearest action, then its number of gaps).
    pub(crate) fn any(parts: Vec<Self>) -> Self {
        Self::combine(Combine::Any, Explain::Deciding, parts)
    }

    /// The negation of `inner`: met and not met swap, unknown stays. A negation gives no gaps:
    /// what to do about a condition that must not hold is the profile's to say in its clause.
    pub(crate) fn not(inner: Self) -> Self {
        let status = match inner.status {
            Status::Met => Status::NotMet,
            Status::NotMet => Status::Met,
            Status::Unknown => Status::Unknown,
        };
        Self {
            status,
            gaps: Vec::new(),
            ..inner
        }
    }

    /// [`Judgement::all`] or [`Judgement::any`], keeping the reasons `explain` says.
    pub(crate) fn combine(mode: Combine, explain: Explain, parts: Vec<Self>) -> Self {
        let statuses = parts.iter().map(|p| p.status);
        let status = match mode {
            Combine::All => Status::all(statuses),
            Combine::Any => Status::any(statuses),
        };
        let mut out = Self::empty(status);
        if status != Status::Met {
            out.gaps = match mode {
                Combine::All => parts
                    .iter()
                    .filter(|p| p.status != Status::Met)
                    .flat_map(|p| p.gaps.iter().cloned())
                    .collect(),
                Combine::Any => parts
                    .iter()
                    .filter(|p| !p.gaps.is_empty())
                    .min_by_key(|p| {
                        let dearest = p.gaps.iter().map(|g| g.action.rank()).max();
                        (dearest.unwrap_or(0), p.gaps.len())
                    })
                    .map(|p| p.gaps.clone())
                    .unwrap_or_default(),
            };
        }
        for part in parts {
            let deciding = part.status == status;
            if deciding {
                out.components.extend(part.components);
                if status == Status::Unknown {
                    out.settle.extend(part.settle);
                }
            }
            if deciding || explain == Explain::Every {
                out.reasons.extend(part.reasons);
            }
        }
        out.finish()
    }

    /// Sorts the components by position and drops repeats everywhere.
    pub(crate) fn finish(mut self) -> Self {
        self.components.sort_by_key(|c| component_index(&c.pointer));
        dedup_keep_order(&mut self.components);
        dedup_keep_order(&mut self.reasons);
        dedup_keep_order(&mut self.settle);
        dedup_keep_order(&mut self.gaps);
        self
    }

    /// The criterion this outcome decides: `lead` (the rule in words, may be empty) opens the
    /// reason; the settle texts are kept when unknown, the gaps when not met.
    pub(crate) fn criterion(self, id: impl Into<CriterionId>, clause: &str, lead: &str) -> Judged {
        let mut reason = String::from(lead);
        for r in &self.reasons {
            if !reason.is_empty() {
                reason.push_str("; ");
            }
            reason.push_str(r);
        }
        let mut criterion =
            CriterionResult::new(id, clause, self.status, reason).with_components(self.components);
        if self.status == Status::Unknown && !self.settle.is_empty() {
            criterion = criterion.with_settle(self.settle.join("; "));
        }
        let gaps = if self.status == Status::Met {
            Vec::new()
        } else {
            self.gaps
        };
        Judged { criterion, gaps }
    }

    /// The criterion that tests a framework `item`: its id is the item's id, its clause the
    /// item's clause, and it names the item ([`CriterionResult::item`]).
    pub(crate) fn criterion_of(self, item: &'static ItemSpec, lead: &str) -> Judged {
        let mut judged = self.criterion(CriterionId::of_item(item), item.clause, lead);
        judged.criterion = judged.criterion.with_item(item);
        judged
    }
}

/// A criterion together with what would close it.
#[derive(Debug, Clone)]
pub(crate) struct Judged {
    /// The criterion.
    pub criterion: CriterionResult,
    /// What would make it met (empty when met).
    pub gaps: Vec<Gap>,
}

impl Judged {
    /// The status of the criterion.
    pub(crate) const fn status(&self) -> Status {
        self.criterion.status
    }
}

/// The criteria and next steps of a profile's verdict: each criterion in order, and the steps
/// toward `goal` that close their gaps, cheapest first.
pub(crate) fn report(
    judged: impl IntoIterator<Item = Judged>,
    goal: &Goal,
) -> (Vec<CriterionResult>, Vec<NextStep>) {
    let mut criteria = Vec::new();
    let mut gaps = Vec::new();
    for j in judged {
        criteria.push(j.criterion);
        gaps.extend(j.gaps);
    }
    (criteria, goal.steps(&gaps))
}

/// Drops repeated items, keeping the first of each; one hash-set pass (a release of n components
/// must not cost n² here).
fn dedup_keep_order<T: std::hash::Hash + Eq + Clone>(items: &mut Vec<T>) {
    let mut seen: std::collections::HashSet<T> =
        std::collections::HashSet::with_capacity(items.len());
    items.retain(|i| seen.insert(i.clone()));
}

/// The index in a pointer such as `/components/3` (unindexed pointers sort last).
fn component_index(pointer: &str) -> usize {
    pointer
        .rsplit('/')
        .next()
        .and_then(|i| i.parse().ok())
        .unwrap_or(usize::MAX)
}
