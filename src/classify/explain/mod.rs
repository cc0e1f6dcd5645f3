//! The explanation kernel: how every profile, built-in or custom, explains a verdict.
//!
//! * **Words** ([`words`]): the one wording of a component kind ([`kind_words`]), a component
//!   ([`component_words`]), its availability, a licence ([`licence_words`]) and what it
//!   restricts ([`words::restrictions`], a table over the facets of the crate's licence table,
//!   `docs/licences.md`), an attestation and a safety evaluation.
//! * **Judgements** ([`Judgement`]): a three-valued outcome with the components that decided it,
//!   the reasons, the facts that would settle it when unknown, and the [`Gap`]s that would close
//!   it; the combinators [`Judgement::all`], [`Judgement::any`] and [`Judgement::not`] (and
//!   [`Judgement::combine`], which also keeps every part's reason, as a built-in criterion over
//!   several components does).
//! * **Component tests** ([`judge()`], [`judge_access`], [`missing`], [`judge_kinds`]): whether a
//!   component is published and under terms a profile's [`Rule`] accepts, with its gaps.
//! * **Criteria and next steps**: [`Judgement::criterion_of`] makes the criterion that tests a
//!   framework item (its id and clause from the framework's spec); a [`Goal`] (the level next
//!   steps work toward, and the words that end them) turns the gaps into next steps, cheapest
//!   first ([`report`]).
//!
//! Every built-in profile (`osaid-1.0`, `eu-ai-act-2024`, `dpg-1.1.4`) and custom profiles
//! (`custom`) explain their verdicts with it; nothing here decides a framework's rules.

mod combine;
mod judge;
pub(crate) mod words;

pub(crate) use combine::{Combine, Explain, Gap, Goal, Judged, Judgement, report};
pub(crate) use judge::{
    Access, Rule, all_known_absent, fact_status, free_terms, judge, judge_access, judge_kinds,
    known_absent, missing,
};
pub(crate) use words::{
    attestation_words, availability_words, component_words, evaluation_words, kind_words,
    kinds_words, licence_words,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{Action, Status};
    use crate::model::{Component, ComponentKind};

    fn leaf(status: Status, index: usize, gap: Option<Action>) -> Judgement {
        let mut c = Component::new(ComponentKind::TrainingCode);
        c.name = Some(format!("c{index}"));
        let mut j = Judgement::of_component(index, &c, status, format!("part {index}"));
        if status == Status::Unknown {
            j.settle.push(format!("settle {index}"));
        }
        if let Some(action) = gap {
            j.gaps.push(Gap::new(action, None, format!("fix {index}")));
        }
        j
    }

    fn pointers(j: &Judgement) -> Vec<&str> {
        j.components.iter().map(|c| c.pointer.as_str()).collect()
    }

    #[test]
    fn all_is_decided_by_the_parts_with_its_status() {
        let j = Judgement::all(vec![
            leaf(Status::Met, 0, None),
            leaf(Status::NotMet, 1, Some(Action::PublishCode)),
            leaf(Status::Unknown, 2, Some(Action::Disclose)),
        ]);
        assert_eq!(j.status, Status::NotMet);
        assert_eq!(pointers(&j), ["/components/1"]);
        assert_eq!(j.reasons, ["part 1"]);
        // Not met: nothing settles it, and every part that is not met has its gap.
        assert!(j.settle.is_empty());
        assert_eq!(j.gaps.len(), 2);

        let j = Judgement::all(vec![
            leaf(Status::Unknown, 2, None),
            leaf(Status::Met, 0, None),
        ]);
        assert_eq!(j.status, Status::Unknown);
        assert_eq!(j.settle, ["settle 2"]);

        let j = Judgement::all(vec![leaf(Status::Met, 3, None), leaf(Status::Met, 1, None)]);
        assert_eq!(j.status, Status::Met);
        // Every part decided it, in document order.
        assert_eq!(pointers(&j), ["/components/1", "/components/3"]);
        assert_eq!(Judgement::all(Vec::new()).status, Status::Met);
    }

    #[test]
    fn any_offers_the_cheapest_alternative() {
        let j = Judgement::any(vec![
            leaf(Status::NotMet, 0, Some(Action::PublishData)),
            leaf(Status::NotMet, 1, Some(Action::Relicense)),
        ]);
        assert_eq!(j.status, Status::NotMet);
        assert_eq!(j.gaps.len(), 1);
        assert_eq!(j.gaps[0].text, "fix 1");
        let j = Judgement::any(vec![
            leaf(Status::NotMet, 0, Some(Action::Relicense)),
            leaf(Status::Met, 1, None),
        ]);
        assert_eq!(j.status, Status::Met);
        assert!(j.gaps.is_empty());
        assert_eq!(pointers(&j), ["/components/1"]);
        assert_eq!(Judgement::any(Vec::new()).status, Status::NotMet);
    }

    #[test]
    fn not_swaps_met_and_not_met_and_drops_the_gaps() {
        let j = Judgement::not(leaf(Status::Met, 0, None));
        assert_eq!(j.status, Status::NotMet);
        assert_eq!(j.reasons, ["part 0"]);
        let j = Judgement::not(leaf(Status::NotMet, 0, Some(Action::PublishCode)));
        assert_eq!(j.status, Status::Met);
        assert!(j.gaps.is_empty());
        assert_eq!(
            Judgement::not(leaf(Status::Unknown, 0, None)).status,
            Status::Unknown
        );
    }

    #[test]
    fn every_keeps_each_parts_reason() {
        let parts = vec![leaf(Status::Met, 0, None), leaf(Status::NotMet, 1, None)];
        let j = Judgement::combine(Combine::All, Explain::Every, parts);
        assert_eq!(j.reasons, ["part 0", "part 1"]);
        assert_eq!(pointers(&j), ["/components/1"]);
    }

    #[test]
    fn a_goal_turns_gaps_into_next_steps_cheapest_first() {
        use crate::classify::osaid_1_0::OsaidLevel;
        let goal = Goal::new(OsaidLevel::Conforms, "to conform to OSAID 1.0");
        let judged = Judgement::all(vec![
            leaf(Status::NotMet, 0, Some(Action::PublishData)),
            leaf(Status::NotMet, 1, Some(Action::Relicense)),
        ])
        .criterion("c", "clause", "lead");
        assert_eq!(judged.criterion.reason, "lead; part 0; part 1");
        let (criteria, steps) = report([judged], &goal);
        assert_eq!(criteria.len(), 1);
        assert_eq!(steps[0].message, "fix 1 to conform to OSAID 1.0");
        assert_eq!(steps[0].target.typed(), Some(OsaidLevel::Conforms));
        assert_eq!(steps[1].action, Action::PublishData);
        // A met criterion has no steps.
        let met = Judgement::all(vec![leaf(Status::Met, 0, Some(Action::Relicense))])
            .criterion("c", "clause", "");
        assert!(met.gaps.is_empty());
    }
}
