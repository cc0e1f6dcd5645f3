//! Evaluating one condition of a profile on a release: three-valued, with the components that
//! decided it, the reasons, the facts that would settle it, and what would close the gap. The
//! outcomes and their `all_of`/`any_of`/`not` are the explanation kernel's
//! ([`Judgement`](crate::classify::explain::Judgement)), as every built-in profile's are.

use crate::classify::explain::{
    Judgement as Outcome, all_known_absent, component_words, kind_words,
};
use crate::classify::{Action, ComponentRef, Status};
use crate::licence::{Facet, FactsSource, LicenceExpression, LicenceFacts, Tri};
use crate::model::{Availability, Component, ComponentKind, ContentType, Release};

use super::format::{ComponentsCondition, Condition, FactsCondition, KindMatch, LicenceTest};

/// Evaluates `condition`; `criterion` gives the outcome of an earlier criterion by id.
pub(super) fn evaluate<'p>(
    condition: &Condition,
    release: &Release,
    criterion: &dyn Fn(&str) -> Option<&'p Outcome>,
) -> Outcome {
    match condition {
        Condition::Components(c) => components(c, release),
        Condition::Facts(f) => facts(f, release),
        Condition::AllOf(parts) => Outcome::all(
            parts
                .iter()
                .map(|p| evaluate(p, release, criterion))
                .collect(),
        ),
        Condition::AnyOf(parts) => Outcome::any(
            parts
                .iter()
                .map(|p| evaluate(p, release, criterion))
                .collect(),
        ),
        Condition::Not(inner) => Outcome::not(evaluate(inner, release, criterion)),
        Condition::Criterion(id) => criterion(id).cloned().unwrap_or_else(|| {
            // The loader rejects references to undefined criteria and orders the criteria so
            // that references are evaluated first; kept total all the same.
            Outcome::new(
                Status::Unknown,
                format!("criterion `{id}` has not been evaluated"),
            )
        }),
    }
}

// --- Components --------------------------------------------------------------------------------

fn availability_set(set: &[Availability]) -> String {
    set.iter()
        .map(|a| format!("`{a}`"))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// What a listed component must be, for a step: " under a licence that is OSI-approved,
/// available as `public`".
fn requirement_words(c: &ComponentsCondition, content: Option<ContentType>) -> String {
    let mut parts = Vec::new();
    if let Some(test) = &c.license {
        parts.push(format!("under a licence that {}", describe(test, content)));
    }
    if let Some(set) = &c.availability {
        parts.push(format!("available as {}", availability_set(set)));
    }
    if c.evidence {
        parts.push("with evidence".to_owned());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" {}", parts.join(", "))
    }
}

fn components(c: &ComponentsCondition, release: &Release) -> Outcome {
    let listed: Vec<(usize, &Component)> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, component)| c.kinds.contains(&component.kind))
        .collect();
    let kinds = c
        .kinds
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(" or ");

    if !c.listed {
        if listed.is_empty() {
            return Outcome::new(
                Status::Met,
                format!("no {kinds} component is listed, as required"),
            );
        }
        let mut out = Outcome::empty(Status::NotMet);
        for (i, component) in &listed {
            out.components.push(ComponentRef::new(*i, component));
            out.reasons.push(format!(
                "{} is listed, and the criterion asks that no {kinds} component is",
                component_words(*i, component)
            ));
        }
        return out.finish();
    }

    let mut parts = Vec::new();
    match c.match_kinds {
        KindMatch::All => {
            for kind in &c.kinds {
                if !listed.iter().any(|(_, component)| component.kind == *kind) {
                    parts.push(unlisted(release, &[*kind], &format!("`{kind}`"), c));
                }
            }
        }
        KindMatch::Any => {
            if listed.is_empty() && !c.kinds.is_empty() {
                parts.push(unlisted(release, &c.kinds, &kinds, c));
            }
        }
    }
    for (i, component) in &listed {
        parts.push(listed_component(*i, component, c));
    }
    Outcome::all(parts)
}

/// Kinds that are not listed (`absent`, the first named in messages): not met, unknown or met,
/// as the condition's `unlisted` says; `unknown` becomes not met when the release states that
/// its component list is complete for every one of them (they were not released).
fn unlisted(
    release: &Release,
    absent: &[ComponentKind],
    kinds: &str,
    c: &ComponentsCondition,
) -> Outcome {
    let Some(&kind) = absent.first() else {
        return Outcome::empty(Status::Met);
    };
    let known_absent = all_known_absent(release, absent);
    let others = if c.match_kinds == KindMatch::Any && c.kinds.len() > 1 {
        let rest = c
            .kinds
            .iter()
            .skip(1)
            .map(|k| format!("the {}", kind_words(*k)))
            .collect::<Vec<_>>()
            .join(" or ");
        format!(" (or {rest})")
    } else {
        String::new()
    };
    let what = format!(
        "the {}{others}{}",
        kind_words(kind),
        requirement_words(c, Some(kind.content_type()))
    );
    match c.unlisted.unwrap_or(Status::NotMet) {
        Status::Met => Outcome::new(
            Status::Met,
            format!("no {kinds} component is listed, so there is nothing to test"),
        ),
        Status::Unknown if known_absent => Outcome::new(
            Status::NotMet,
            format!(
                "no {kinds} component is listed, and the component list is complete: not released"
            ),
        )
        .with_gap(Action::publish(kind), Some(kind), format!("publish {what}")),
        Status::Unknown => Outcome::new(
            Status::Unknown,
            format!("no {kinds} component is listed, and the description may be silent about it"),
        )
        .with_settle(format!(
            "whether the release has {kinds_a} component",
            kinds_a = a_kinds(kinds)
        ))
        .with_gap(
            Action::Disclose,
            Some(kind),
            format!("list {what} (publish it if it is not published)"),
        ),
        _ => Outcome::new(Status::NotMet, format!("no {kinds} component is listed")).with_gap(
            Action::publish(kind),
            Some(kind),
            format!("publish {what}"),
        ),
    }
}

/// "a `training_code`" / "an `inference_code`" (the kinds as written in backticks).
fn a_kinds(kinds: &str) -> String {
    let vowel = kinds
        .trim_start_matches('`')
        .starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {kinds}", if vowel { "an" } else { "a" })
}

/// The tests of one listed component.
fn listed_component(index: usize, component: &Component, c: &ComponentsCondition) -> Outcome {
    let who = component_words(index, component);
    let mut checks: Vec<Outcome> = Vec::new();
    if let Some(test) = &c.license {
        checks.push(licence(index, component, test, &who));
    }
    if let Some(set) = &c.availability {
        checks.push(availability(index, component, set, &who));
    }
    if c.evidence {
        checks.push(if component.evidence.is_empty() {
            Outcome::new(Status::NotMet, "no evidence link".to_owned()).with_gap(
                Action::Disclose,
                Some(component.kind),
                format!("link evidence for {who}"),
            )
        } else {
            Outcome::new(
                Status::Met,
                format!("{} evidence link(s)", component.evidence.len()),
            )
        });
    }
    let status = Status::all(checks.iter().map(|o| o.status));
    let mut out = Outcome::empty(status);
    out.components.push(ComponentRef::new(index, component));
    let details = checks
        .iter()
        .flat_map(|o| o.reasons.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(", ");
    out.reasons.push(if details.is_empty() {
        format!("{who} is listed")
    } else {
        format!("{who}: {details}")
    });
    for check in checks {
        if status == Status::Unknown {
            out.settle.extend(check.settle);
        }
        if check.status != Status::Met {
            out.gaps.extend(check.gaps);
        }
    }
    out
}

fn licence(index: usize, component: &Component, test: &LicenceTest, who: &str) -> Outcome {
    let content = component.kind.content_type();
    let wanted = describe(test, Some(content));
    let Some(licence) = &component.license else {
        return Outcome::new(Status::Unknown, "licence not given".to_owned())
            .with_settle(format!("the licence of `/components/{index}`"))
            .with_gap(
                Action::Disclose,
                Some(component.kind),
                format!("state the licence of {who} (a licence that {wanted})"),
            );
    };
    let expression = &licence.expression;
    if expression.is_noassertion() {
        return Outcome::new(Status::Unknown, "licence `NOASSERTION`".to_owned())
            .with_settle(format!("the licence of `/components/{index}`"))
            .with_gap(
                Action::Disclose,
                Some(component.kind),
                format!("state the licence of {who} (a licence that {wanted})"),
            );
    }
    match expression.evaluate(|facts| test_term(test, facts, content)) {
        Tri::Yes => Outcome::new(
            Status::Met,
            format!("`{expression}` {}", witness(test, expression, content)),
        ),
        Tri::No => Outcome::new(
            Status::NotMet,
            format!("`{expression}` is not a licence that {wanted}"),
        )
        .with_gap(
            Action::Relicense,
            Some(component.kind),
            format!("relicense {who} under a licence that {wanted} (now `{expression}`)"),
        ),
        Tri::Unknown => Outcome::new(
            Status::Unknown,
            format!("whether `{expression}` is a licence that {wanted} is not known"),
        )
        .with_settle(format!(
            "whether `{expression}` (the licence of `/components/{index}`) {wanted}"
        ))
        .with_gap(
            Action::Relicense,
            Some(component.kind),
            format!(
                "relicense {who} under a licence known to be one that {wanted} (the crate's \
                 licence table does not settle it for `{expression}`)"
            ),
        ),
    }
}

fn availability(index: usize, component: &Component, set: &[Availability], who: &str) -> Outcome {
    let wanted = availability_set(set);
    let actual = component.availability;
    if set.contains(&actual) {
        return Outcome::new(Status::Met, format!("availability `{actual}`"));
    }
    match actual {
        Availability::Unknown => Outcome::new(Status::Unknown, "availability not given".to_owned())
            .with_settle(format!("the availability of `/components/{index}`"))
            .with_gap(
                Action::Disclose,
                Some(component.kind),
                format!("state how {who} can be obtained (it must be {wanted})"),
            ),
        Availability::NotReleased => Outcome::new(
            Status::NotMet,
            format!("availability `{actual}`, not {wanted}"),
        )
        .with_gap(
            Action::publish(component.kind),
            Some(component.kind),
            format!("publish {who} as {wanted}"),
        ),
        _ => Outcome::new(
            Status::NotMet,
            format!("availability `{actual}`, not {wanted}"),
        )
        .with_gap(
            Action::ChangeAccess,
            Some(component.kind),
            format!("make {who} available as {wanted} (now `{actual}`)"),
        ),
    }
}

// --- Licence tests -----------------------------------------------------------------------------

/// Applies a licence test to one term of an expression.
fn test_term(test: &LicenceTest, facts: &LicenceFacts<'_>, content: ContentType) -> Tri {
    match test {
        LicenceTest::OsiApproved => facts.osi_approved(),
        LicenceTest::FsfLibre => match facts.fsf_libre() {
            // The FSF's first freedom is "to run the program as you wish, for any purpose": a
            // licence with use restrictions or without commercial use is not free, whether or
            // not the SPDX list covers it.
            Tri::Unknown
                if facts.has_use_restrictions() == Tri::Yes
                    || facts.allows_commercial_use() == Tri::No =>
            {
                Tri::No
            }
            t => t,
        },
        LicenceTest::OpenData => facts.open_data(),
        LicenceTest::TypeAppropriate => facts.suits(content),
        LicenceTest::NoUseRestrictions => facts.has_use_restrictions().not(),
        LicenceTest::CommercialUse => facts.allows_commercial_use(),
        LicenceTest::NoUserThreshold => facts.has_user_threshold().not(),
        LicenceTest::Ids(ids) => match (facts.source(), facts.term()) {
            (FactsSource::NoAssertion, _) => Tri::Unknown,
            (FactsSource::NoLicence, _) => Tri::No,
            (_, Some(term)) => {
                let id = term.canonical();
                Tri::from_bool(ids.iter().any(|i| *i == id))
            }
            (_, None) => Tri::Unknown,
        },
        LicenceTest::Facet(f) => {
            let value = facts.facet(f.name);
            if f.values.contains(&value) {
                Tri::Yes
            } else if value == Facet::Unknown {
                Tri::Unknown
            } else {
                Tri::No
            }
        }
        LicenceTest::AllOf(parts) => parts
            .iter()
            .fold(Tri::Yes, |acc, p| acc.and(test_term(p, facts, content))),
        LicenceTest::AnyOf(parts) => parts
            .iter()
            .fold(Tri::No, |acc, p| acc.or(test_term(p, facts, content))),
        LicenceTest::Not(inner) => test_term(inner, facts, content).not(),
        LicenceTest::Named(named) => test_term(&named.test, facts, content),
    }
}

/// Why a test passes, in words: for `any_of`, the alternatives that pass on their own (so that
/// `Apache-2.0` "is OSI-approved" rather than "is OSI-approved or conforms to the Open
/// Definition").
fn witness(test: &LicenceTest, expression: &LicenceExpression, content: ContentType) -> String {
    match test {
        LicenceTest::AnyOf(parts) => {
            let passing: Vec<String> = parts
                .iter()
                .filter(|p| expression.evaluate(|f| test_term(p, f, content)) == Tri::Yes)
                .map(|p| witness(p, expression, content))
                .collect();
            if passing.is_empty() {
                describe(test, Some(content))
            } else {
                passing.join(" and ")
            }
        }
        LicenceTest::AllOf(parts) => parts
            .iter()
            .map(|p| witness(p, expression, content))
            .collect::<Vec<_>>()
            .join(" and "),
        LicenceTest::Named(named) => witness(&named.test, expression, content),
        _ => describe(test, Some(content)),
    }
}

/// A licence test as a predicate, to follow "a licence that": "is OSI-approved or conforms to
/// the Open Definition".
pub(super) fn describe(test: &LicenceTest, content: Option<ContentType>) -> String {
    fn part(test: &LicenceTest, content: Option<ContentType>) -> String {
        let text = describe(test, content);
        match test {
            LicenceTest::AllOf(p) | LicenceTest::AnyOf(p) if p.len() > 1 => format!("({text})"),
            _ => text,
        }
    }
    match test {
        LicenceTest::OsiApproved => "is OSI-approved".to_owned(),
        LicenceTest::FsfLibre => "is FSF free/libre".to_owned(),
        LicenceTest::OpenData => "conforms to the Open Definition".to_owned(),
        LicenceTest::TypeAppropriate => match content {
            Some(ct) => format!("suits {ct}"),
            None => "suits the component's content type".to_owned(),
        },
        LicenceTest::NoUseRestrictions => "has no use restrictions".to_owned(),
        LicenceTest::CommercialUse => "allows commercial use".to_owned(),
        LicenceTest::NoUserThreshold => "has no user threshold".to_owned(),
        LicenceTest::Ids(ids) => {
            let shown = ids
                .iter()
                .take(3)
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ");
            match ids.len() {
                1 => format!("is {shown}"),
                2 | 3 => format!("is one of {shown}"),
                n => format!("is one of the {n} licences the profile lists"),
            }
        }
        LicenceTest::Facet(f) => {
            let values = f
                .values
                .iter()
                .map(|v| format!("`{}`", facet_word(*v)))
                .collect::<Vec<_>>()
                .join(" or ");
            format!("has `{}` {values}", f.name)
        }
        LicenceTest::AllOf(parts) => parts
            .iter()
            .map(|p| part(p, content))
            .collect::<Vec<_>>()
            .join(" and "),
        LicenceTest::AnyOf(parts) => parts
            .iter()
            .map(|p| part(p, content))
            .collect::<Vec<_>>()
            .join(" or "),
        LicenceTest::Not(inner) => format!("does not satisfy: {}", part(inner, content)),
        LicenceTest::Named(named) => format!("is {}", named.name),
    }
}

/// A facet value as written in profiles.
fn facet_word(value: Facet) -> &'static str {
    match value {
        Facet::Allowed => "allowed",
        Facet::Conditional => "conditional",
        Facet::Forbidden => "forbidden",
        Facet::NoClause => "no-clause",
        Facet::NotApplicable => "not-applicable",
        Facet::Unknown => "unknown",
    }
}

// --- Facts -------------------------------------------------------------------------------------

/// One fact of a facts condition: its truth value, reason, and what settles or closes it.
fn fact(
    name: &str,
    holds: Option<bool>,
    reason_known: String,
    gap_not_met: Option<(Action, String)>,
) -> Outcome {
    match holds {
        Some(true) => Outcome::new(Status::Met, reason_known),
        Some(false) => {
            let out = Outcome::new(Status::NotMet, reason_known);
            match gap_not_met {
                Some((action, text)) => out.with_gap(action, None, text),
                None => out,
            }
        }
        None => Outcome::new(Status::Unknown, format!("`{name}` is not stated"))
            .with_settle(format!("`{name}`"))
            .with_gap(Action::Disclose, None, format!("state `{name}`")),
    }
}

fn flag(name: &str, actual: Option<bool>, wanted: bool) -> Outcome {
    fact(
        name,
        actual.map(|a| a == wanted),
        format!("`{name}` is `{}`", actual.unwrap_or_default()),
        None,
    )
}

fn facts(f: &FactsCondition, release: &Release) -> Outcome {
    let facts = &release.facts;
    let mut parts = Vec::new();
    if let Some(kind) = f.release_kind {
        parts.push(Outcome::new(
            Status::from_bool(release.kind == kind),
            format!("the release is a `{}`", release.kind),
        ));
    }
    if let Some(wanted) = f.monetised {
        let actual = facts
            .monetisation
            .as_ref()
            .and_then(crate::model::Monetisation::is_monetised);
        let words = if actual == Some(true) {
            "states a route by which access is monetised"
        } else {
            "states that access is not monetised"
        };
        let mut out = fact(
            "facts.monetisation",
            actual.map(|a| a == wanted),
            format!("`facts.monetisation` {words}"),
            (!wanted).then(|| {
                (
                    Action::ChangeAccess,
                    "stop monetising access (price, paid services, platform or personal data)"
                        .to_owned(),
                )
            }),
        );
        if actual.is_none() {
            out.reasons =
                vec!["`facts.monetisation` does not settle whether access is monetised".to_owned()];
            out.settle = vec![
                "`facts.monetisation` (`price`, `paid_services`, `platform`, `personal_data`)"
                    .to_owned(),
            ];
        }
        parts.push(out);
    }
    if let Some(range) = &f.training_compute_flop {
        let actual = facts.training_compute_flop;
        let holds = actual
            .map(|v| range.below.is_none_or(|b| v < b) && range.at_least.is_none_or(|a| v >= a));
        let mut bounds = Vec::new();
        if let Some(a) = range.at_least {
            bounds.push(format!("at least {a:e}"));
        }
        if let Some(b) = range.below {
            bounds.push(format!("below {b:e}"));
        }
        let verdict = if holds == Some(true) { "" } else { "not " };
        parts.push(fact(
            "facts.training_compute_flop",
            holds,
            format!(
                "`facts.training_compute_flop` is {:e}, {verdict}{}",
                actual.unwrap_or_default(),
                bounds.join(" and ")
            ),
            None,
        ));
    }
    for (name, wanted, actual) in [
        ("facts.systemic_risk", f.systemic_risk, facts.systemic_risk),
        ("facts.high_risk", f.high_risk, facts.high_risk),
        (
            "facts.prohibited_practice",
            f.prohibited_practice,
            facts.prohibited_practice,
        ),
        (
            "facts.transparency_obligations",
            f.transparency_obligations,
            facts.transparency_obligations,
        ),
        ("facts.personal_data", f.personal_data, facts.personal_data),
    ] {
        if let Some(wanted) = wanted {
            parts.push(flag(name, actual, wanted));
        }
    }
    if let Some(wanted) = f.sdg_relevance {
        let goals = facts.sdg_relevance.len();
        parts.push(fact(
            "facts.sdg_relevance",
            (goals > 0).then_some(wanted),
            format!("`facts.sdg_relevance` lists {goals} goal(s)"),
            None,
        ));
    }
    for (name, wanted, attestation) in [
        ("facts.ownership", f.ownership, &facts.ownership),
        (
            "facts.platform_independence",
            f.platform_independence,
            &facts.platform_independence,
        ),
        (
            "facts.data_extraction",
            f.data_extraction,
            &facts.data_extraction,
        ),
        ("facts.privacy", f.privacy, &facts.privacy),
        ("facts.standards", f.standards, &facts.standards),
        (
            "facts.harm_prevention",
            f.harm_prevention,
            &facts.harm_prevention,
        ),
    ] {
        if let Some(wanted) = wanted {
            let actual = attestation.as_ref().map(|a| a.holds);
            let words = if actual == Some(true) {
                "is attested"
            } else {
                "is stated not to hold"
            };
            parts.push(fact(
                name,
                actual.map(|a| a == wanted),
                format!("`{name}` {words}"),
                None,
            ));
        }
    }
    Outcome::all(parts)
}
