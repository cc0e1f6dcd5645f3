//! What the framework profiles share: how a component is named in a reason, whether it is
//! published, whether its terms qualify, what a licence restricts (with the clauses), how a
//! safety evaluation is described, and how per-component judgements become one criterion with
//! its next steps.
//!
//! Nothing here decides a framework's rules; each profile passes its own [`Rule`].

use std::fmt::Write as _;

use crate::classify::{Action, ComponentRef, CriterionResult, LevelSpec, NextStep, Status};
use crate::licence::{Facet, FacetKind, LicenceExpression, LicenceFacts, Tri};
use crate::model::{
    Attestation, Availability, Component, ComponentKind, Evaluation, Release, SystemUnderTest,
};

/// The kind of a component in words: `training code`, `post-training data`.
pub(crate) fn kind_label(kind: ComponentKind) -> String {
    match kind {
        ComponentKind::PostTrainingData => "post-training data".to_owned(),
        other => other.as_str().replace('_', " "),
    }
}

/// A component in words: "the training code `GPT-NeoX`", or "the training code at
/// `/components/4`" when it has no name.
pub(crate) fn part_label(index: usize, component: &Component) -> String {
    let kind = kind_label(component.kind);
    match component.name.as_deref() {
        Some(name) if !name.trim().is_empty() => format!("the {kind} `{name}`"),
        _ => format!("the {kind} at `/components/{index}`"),
    }
}

/// Several kinds in words: "training code or evaluation code".
pub(crate) fn kinds_label(kinds: &[ComponentKind], joiner: &str) -> String {
    let labels: Vec<String> = kinds.iter().map(|k| kind_label(*k)).collect();
    match labels.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {joiner} {last}", rest.join(", ")),
    }
}

/// How a component can be obtained, as the profiles read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// Anyone can obtain it: a public download, a public third-party copy, or a third party that
    /// sells it.
    Published,
    /// Behind a click-through, registration or approval gate: whether the gate asks for permission
    /// is not recorded.
    Gated,
    /// Not released, only on request, only through an API, or unshareable.
    Withheld,
    /// Not stated.
    Unknown,
}

impl Access {
    /// The access of a component.
    pub(crate) fn of(availability: Availability) -> Self {
        match availability {
            Availability::Public
            | Availability::ThirdPartyPublic
            | Availability::ThirdPartyObtainable => Self::Published,
            Availability::Gated => Self::Gated,
            Availability::OnRequest
            | Availability::ApiOnly
            | Availability::Unshareable
            | Availability::NotReleased => Self::Withheld,
            Availability::Unknown => Self::Unknown,
        }
    }

    /// Published is met, withheld is not met, gated and unknown are unknown.
    pub(crate) fn status(self) -> Status {
        match self {
            Self::Published => Status::Met,
            Self::Withheld => Status::NotMet,
            Self::Gated | Self::Unknown => Status::Unknown,
        }
    }
}

/// A component's availability in words: "public", "gated", "not released", "availability not
/// stated".
pub(crate) fn availability_label(availability: Availability) -> String {
    match availability {
        Availability::Unknown => "availability not stated".to_owned(),
        other => other.as_str().replace('_', " "),
    }
}

/// Whether the terms are *free*: the licensee may use the work for any purpose, including
/// commercially, modify it and share it, with no field-of-use restriction, acceptable-use policy
/// or user threshold. Attribution, notice and share-alike (copyleft) conditions are allowed.
///
/// A term qualifies when the SPDX list marks it OSI-approved, when the crate's table marks it
/// Open Definition conformant, or when the table's facets show commercial use and derivatives
/// allowed, redistribution allowed (possibly with notices), and no use restrictions and no user
/// threshold. `NONE` grants nothing (`No`); unknown terms and `NOASSERTION` are `Unknown`.
/// Honours `AND`/`OR` like [`LicenceExpression::evaluate`].
pub(crate) fn free_terms(expr: &LicenceExpression) -> Tri {
    expr.evaluate(free_term)
}

fn free_term(f: &LicenceFacts<'_>) -> Tri {
    if f.osi_approved() == Tri::Yes || f.open_data() == Tri::Yes {
        return Tri::Yes;
    }
    let allowed = |kind: FacetKind, conditional_ok: bool| match f.facet(kind) {
        Facet::Allowed => Tri::Yes,
        Facet::Conditional => Tri::from_bool(conditional_ok),
        Facet::Forbidden | Facet::NotApplicable => Tri::No,
        Facet::NoClause | Facet::Unknown => Tri::Unknown,
    };
    allowed(FacetKind::CommercialUse, false)
        .and(allowed(FacetKind::Derivatives, false))
        .and(allowed(FacetKind::Redistribution, true))
        .and(f.has_use_restrictions().not())
        .and(f.has_user_threshold().not())
}

/// What the terms of an expression restrict, with the clauses of the crate's licence table:
/// "`LicenseRef-Llama-3.1-Community`: use restrictions (§1.b.iv: Acceptable Use Policy
/// incorporated by reference); a user or revenue threshold (§2: more than 700 million monthly
/// active users)". Empty when nothing restrictive is recorded.
pub(crate) fn restrictions(expr: &LicenceExpression) -> String {
    let mut out = Vec::new();
    let several = expr.ids().nth(1).is_some();
    if expr.is_none() {
        out.push("`NONE`: no licence, so nothing is granted".to_owned());
    }
    for facts in expr.facts() {
        let Some(info) = facts.info() else { continue };
        let mut items = Vec::new();
        let cell = |kind: FacetKind| info.facets.get(kind);
        let cite = |kind: FacetKind| {
            let c = cell(kind);
            match (c.clause.is_empty(), c.note.is_empty()) {
                (true, true) => String::new(),
                (false, true) => format!(" ({})", c.clause),
                (true, false) => format!(" ({})", c.note),
                (false, false) => format!(" ({}: {})", c.clause, c.note),
            }
        };
        if matches!(
            cell(FacetKind::UseRestrictions).value,
            Facet::Allowed | Facet::Conditional
        ) {
            items.push(format!(
                "use restrictions{}",
                cite(FacetKind::UseRestrictions)
            ));
        }
        if matches!(
            cell(FacetKind::UserThreshold).value,
            Facet::Allowed | Facet::Conditional
        ) {
            items.push(format!(
                "a user or revenue threshold{}",
                cite(FacetKind::UserThreshold)
            ));
        } else if cell(FacetKind::CommercialUse).value == Facet::Conditional {
            items.push(format!(
                "commercial use only under a condition{}",
                cite(FacetKind::CommercialUse)
            ));
        }
        if matches!(
            cell(FacetKind::CommercialUse).value,
            Facet::Forbidden | Facet::NotApplicable
        ) {
            items.push(format!(
                "no commercial use{}",
                cite(FacetKind::CommercialUse)
            ));
        }
        if matches!(
            cell(FacetKind::Derivatives).value,
            Facet::Forbidden | Facet::Conditional
        ) {
            items.push(format!(
                "limits on derivatives{}",
                cite(FacetKind::Derivatives)
            ));
        }
        if items.is_empty() {
            continue;
        }
        if several {
            out.push(format!("`{}`: {}", info.id, items.join("; ")));
        } else {
            out.push(items.join("; "));
        }
    }
    out.join("; ")
}

/// What a profile asks of one component.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule<'a> {
    /// Which terms qualify.
    pub terms: fn(&LicenceExpression) -> Tri,
    /// The qualifying terms in words: "an OSI-approved licence".
    pub terms_name: &'a str,
    /// How `NONE` (explicitly no licence) counts.
    pub none: Status,
    /// Why `NONE` counts that way, when it is not simply "nothing is granted".
    pub none_reason: Option<&'a str>,
    /// Whether the component must be published, not only licensed.
    pub published: bool,
    /// The level next steps work toward, e.g. `conforms`.
    pub target: &'static LevelSpec,
    /// How next-step messages end: "to conform to OSAID 1.0".
    pub goal: &'a str,
}

/// The judgement of one component under a [`Rule`].
#[derive(Debug, Clone)]
pub(crate) struct Part {
    /// The outcome for this component.
    pub status: Status,
    /// The component, or `None` for a component that is not listed.
    pub reference: Option<ComponentRef>,
    /// Why, for people.
    pub reason: String,
    /// What would settle it, when unknown.
    pub settle: Vec<String>,
    /// What would make it met.
    pub steps: Vec<NextStep>,
}

impl Part {
    /// A part judged by the caller.
    pub(crate) fn new(index: usize, component: &Component, status: Status, reason: String) -> Self {
        Self {
            status,
            reference: Some(ComponentRef::new(index, component)),
            reason,
            settle: Vec::new(),
            steps: Vec::new(),
        }
    }
}

/// Judges only whether a component is published: met when published, not met when withheld,
/// unknown when gated or not stated. The next step for a withheld component publishes it.
pub(crate) fn judge_access(
    index: usize,
    component: &Component,
    target: &'static LevelSpec,
    goal: &str,
) -> Part {
    let label = part_label(index, component);
    let kind = component.kind;
    let access = Access::of(component.availability);
    let mut part = Part::new(
        index,
        component,
        access.status(),
        format!("{label}: {}", availability_label(component.availability)),
    );
    match access {
        Access::Published => {}
        Access::Withheld => part.steps.push(NextStep::new(
            Action::publish(kind),
            Some(kind),
            target,
            format!("publish {label} {goal}"),
        )),
        Access::Gated => {
            part.settle.push(format!(
                "state whether the gate on {label} needs the producer's approval or only records \
                 acceptance of the terms"
            ));
            part.steps.push(NextStep::new(
                Action::ChangeAccess,
                Some(kind),
                target,
                format!("offer {label} for download without approval {goal}"),
            ));
        }
        Access::Unknown => {
            let text = format!("state whether and where {label} is published");
            part.settle.push(text.clone());
            part.steps.push(NextStep::new(
                Action::Disclose,
                Some(kind),
                target,
                format!("{text} {goal}"),
            ));
        }
    }
    part
}

/// Judges one component: published (when the rule asks for it) and under qualifying terms.
pub(crate) fn judge(index: usize, component: &Component, rule: &Rule<'_>) -> Part {
    let label = part_label(index, component);
    let kind = component.kind;
    let mut part = Part::new(index, component, Status::Met, String::new());
    let mut facts = Vec::new();

    let access = Access::of(component.availability);
    let access_status = if rule.published {
        access.status()
    } else {
        Status::Met
    };
    if rule.published {
        facts.push(availability_label(component.availability));
        match access {
            Access::Published => {}
            Access::Withheld => part.steps.push(NextStep::new(
                Action::publish(kind),
                Some(kind),
                rule.target,
                format!("publish {label} under {} {}", rule.terms_name, rule.goal),
            )),
            Access::Gated => {
                part.settle.push(format!(
                    "state whether the gate on {label} needs the producer's approval or only \
                     records acceptance of the terms"
                ));
                part.steps.push(NextStep::new(
                    Action::ChangeAccess,
                    Some(kind),
                    rule.target,
                    format!("offer {label} for download without approval {}", rule.goal),
                ));
            }
            Access::Unknown => {
                let text = format!("state whether and where {label} is published");
                part.settle.push(text.clone());
                part.steps.push(NextStep::new(
                    Action::Disclose,
                    Some(kind),
                    rule.target,
                    format!("{text} {}", rule.goal),
                ));
            }
        }
    }

    let licence_status = match component.license.as_ref().map(|l| &l.expression) {
        // A withheld component fails on access; its licence cannot change that.
        None if access_status == Status::NotMet => Status::Unknown,
        Some(expr) if access_status == Status::NotMet && expr.is_noassertion() => Status::Unknown,
        None => {
            facts.push("licence not stated".to_owned());
            let text = format!("state the licence of {label}");
            part.settle.push(text.clone());
            part.steps.push(NextStep::new(
                Action::Disclose,
                Some(kind),
                rule.target,
                format!("{text} {}", rule.goal),
            ));
            Status::Unknown
        }
        Some(expr) if expr.is_noassertion() => {
            facts.push("licence `NOASSERTION` (not known)".to_owned());
            let text = format!("state the licence of {label}");
            part.settle.push(text.clone());
            part.steps.push(NextStep::new(
                Action::Disclose,
                Some(kind),
                rule.target,
                format!("{text} {}", rule.goal),
            ));
            Status::Unknown
        }
        Some(expr) if expr.is_none() => {
            let why = rule.none_reason.unwrap_or("nothing is granted");
            facts.push(format!("licence `NONE`: {why}"));
            if rule.none == Status::Unknown {
                part.settle.push(format!(
                    "state the terms under which {label} may be used, studied, modified and shared"
                ));
            }
            if access_status != Status::NotMet {
                part.steps.push(NextStep::new(
                    Action::Relicense,
                    Some(kind),
                    rule.target,
                    format!("license {label} under {} {}", rule.terms_name, rule.goal),
                ));
            }
            rule.none
        }
        Some(expr) => {
            let tri = (rule.terms)(expr);
            match tri {
                Tri::Yes => {
                    facts.push(format!("licence `{expr}` qualifies as {}", rule.terms_name))
                }
                Tri::No => {
                    let what = restrictions(expr);
                    if what.is_empty() {
                        facts.push(format!(
                            "licence `{expr}` does not qualify as {}",
                            rule.terms_name
                        ));
                    } else {
                        facts.push(format!(
                            "licence `{expr}` does not qualify as {}: {what}",
                            rule.terms_name
                        ));
                    }
                    if access_status != Status::NotMet {
                        part.steps.push(NextStep::new(
                            Action::Relicense,
                            Some(kind),
                            rule.target,
                            format!("relicense {label} under {} {}", rule.terms_name, rule.goal),
                        ));
                    }
                }
                Tri::Unknown => {
                    facts.push(format!(
                        "whether licence `{expr}` qualifies as {} is not known to the crate's \
                         licence table",
                        rule.terms_name
                    ));
                    let text = format!(
                        "state whether the licence `{expr}` of {label} qualifies as {} (or give \
                         its SPDX id)",
                        rule.terms_name
                    );
                    part.settle.push(text.clone());
                    part.steps.push(NextStep::new(
                        Action::Disclose,
                        Some(kind),
                        rule.target,
                        format!("{text} {}", rule.goal),
                    ));
                }
            }
            tri.into()
        }
    };

    part.status = Status::all([access_status, licence_status]);
    if part.status == Status::Met {
        part.steps.clear();
    }
    if part.status != Status::Unknown {
        part.settle.clear();
    }
    part.reason = format!("{label}: {}", facts.join("; "));
    part
}

/// A required component of `kind` that the release does not list: unknown (an absent component
/// is not known to be unpublished), settled by listing it.
pub(crate) fn missing(kind: ComponentKind, rule: &Rule<'_>) -> Part {
    let label = kind_label(kind);
    Part {
        status: Status::Unknown,
        reference: None,
        reason: format!("no {label} is listed"),
        settle: vec![format!(
            "list the {label} with its availability and licence"
        )],
        steps: vec![NextStep::new(
            Action::Disclose,
            Some(kind),
            rule.target,
            format!(
                "list the {label} with its availability and licence (publish it under {} if it \
                 is not published) {}",
                rule.terms_name, rule.goal
            ),
        )],
    }
}

/// Judges every component of `kinds` under `rule`.
pub(crate) fn judge_kinds(
    release: &Release,
    kinds: &[ComponentKind],
    rule: &Rule<'_>,
) -> Vec<Part> {
    release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| kinds.contains(&c.kind))
        .map(|(i, c)| judge(i, c, rule))
        .collect()
}

/// A criterion together with the next steps it calls for.
#[derive(Debug, Clone)]
pub(crate) struct Judged {
    /// The criterion.
    pub criterion: CriterionResult,
    /// Steps toward meeting it (empty when met).
    pub steps: Vec<NextStep>,
}

impl Judged {
    /// A criterion with no next steps.
    pub(crate) fn plain(criterion: CriterionResult) -> Self {
        Self {
            criterion,
            steps: Vec::new(),
        }
    }
}

/// How the parts of a criterion combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Combine {
    /// Every part must be met.
    All,
    /// One met part suffices.
    Any,
}

/// Combines judged parts into one criterion: with [`Combine::All`] not met if any part is not
/// met, else unknown if any is unknown, else met; with [`Combine::Any`] met if any part is met,
/// else unknown if any is unknown, else not met. The deciding components are the parts with the
/// criterion's status (for `All`, every part when met). `lead` opens the reason. Callers handle
/// the empty case themselves.
pub(crate) fn combine_with(
    mode: Combine,
    id: &'static str,
    clause: &str,
    lead: &str,
    parts: Vec<Part>,
) -> Judged {
    let statuses = parts.iter().map(|p| p.status);
    let status = match mode {
        Combine::All => Status::all(statuses),
        Combine::Any => Status::any(statuses),
    };
    let components = parts
        .iter()
        .filter(|p| p.status == status || (mode == Combine::All && status == Status::Met))
        .filter_map(|p| p.reference.clone())
        .collect();
    let mut reason = String::from(lead);
    for p in &parts {
        if !reason.is_empty() {
            reason.push_str("; ");
        }
        reason.push_str(&p.reason);
    }
    let mut criterion =
        CriterionResult::new(id, clause, status, reason).with_components(components);
    if status == Status::Unknown {
        let settle: Vec<&str> = parts
            .iter()
            .flat_map(|p| p.settle.iter().map(String::as_str))
            .collect();
        if !settle.is_empty() {
            criterion = criterion.with_settle(settle.join("; "));
        }
    }
    let steps = if status == Status::Met {
        Vec::new()
    } else {
        parts.into_iter().flat_map(|p| p.steps).collect()
    };
    Judged { criterion, steps }
}

/// [`combine_with`] in [`Combine::All`] mode.
pub(crate) fn combine(id: &'static str, clause: &str, lead: &str, parts: Vec<Part>) -> Judged {
    combine_with(Combine::All, id, clause, lead, parts)
}

/// A yes/no fact of the release: `Some(true)` means `yes_is`, `Some(false)` its opposite, `None`
/// unknown.
pub(crate) fn fact_status(fact: Option<bool>, yes_is: Status) -> Status {
    match (fact, yes_is) {
        (None, _) | (_, Status::Unknown) => Status::Unknown,
        (Some(true), s) => s,
        (Some(false), Status::Met) => Status::NotMet,
        (Some(false), _) => Status::Met,
    }
}

/// An attestation in words: "stated to hold (what was done; 2 links)".
pub(crate) fn attestation_label(a: &Attestation) -> String {
    let mut out = String::from(if a.holds {
        "stated to hold"
    } else {
        "stated not to hold"
    });
    let mut extra = Vec::new();
    if let Some(d) = a.description.as_deref().filter(|d| !d.trim().is_empty()) {
        extra.push(format!("\u{201c}{}\u{201d}", d.trim()));
    }
    match a.evidence.len() {
        0 => extra.push("no evidence linked".to_owned()),
        1 => extra.push("1 link".to_owned()),
        n => extra.push(format!("{n} links")),
    }
    let _ = write!(out, " ({})", extra.join("; "));
    out
}

/// A safety or capability evaluation in words, with its split. A grade is called official only
/// when the split is one whose grades are official ([`crate::model::EvaluationSplit::is_official`]);
/// a demo or practice grade is said not to be official, and so is one whose split is not stated.
pub(crate) fn describe_evaluation(e: &Evaluation) -> String {
    let name = if e.benchmark.eq_ignore_ascii_case("ailuminate") {
        "AILuminate".to_owned()
    } else {
        e.benchmark.clone()
    };
    let mut out = name;
    if let Some(v) = e.benchmark_version.as_deref() {
        let _ = write!(out, " {v}");
    }
    let mut context = Vec::new();
    match e.system_under_test {
        Some(SystemUnderTest::BareModel) => context.push("bare model".to_owned()),
        Some(SystemUnderTest::AiSystem) => context.push("AI system".to_owned()),
        _ => {}
    }
    if let Some(locale) = e.locale.as_deref() {
        context.push(locale.to_owned());
    }
    if let Some(by) = e.evaluator.as_deref() {
        context.push(format!("by {by}"));
    }
    if !context.is_empty() {
        let _ = write!(out, " ({})", context.join(", "));
    }
    let result = match (e.grade.as_deref(), e.score) {
        (Some(g), _) => format!("grade `{g}`"),
        (None, Some(s)) => format!("score {s}"),
        (None, None) if e.is_graded() => "per-category results".to_owned(),
        (None, None) => "no result reported".to_owned(),
    };
    let split = match e.split {
        Some(s) if s.is_official() => format!(
            "{result} from the {} split: an official result",
            s.as_str().replace('_', " ")
        ),
        Some(s) => format!(
            "{result} from the {} split: not an official result",
            s.as_str().replace('_', " ")
        ),
        None if e.is_graded() => {
            format!("{result}, split not stated: not shown as an official result")
        }
        None => result,
    };
    let _ = write!(out, ": {split}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EvaluationSplit;

    fn expr(s: &str) -> LicenceExpression {
        LicenceExpression::parse(s).unwrap()
    }

    #[test]
    fn free_terms_follow_the_facets() {
        assert_eq!(free_terms(&expr("Apache-2.0")), Tri::Yes);
        assert_eq!(free_terms(&expr("CC-BY-4.0")), Tri::Yes);
        assert_eq!(free_terms(&expr("OpenMDW-1.0")), Tri::Yes);
        assert_eq!(free_terms(&expr("CDLA-Permissive-2.0")), Tri::Yes);
        assert_eq!(free_terms(&expr("LicenseRef-Llama-3.1-Community")), Tri::No);
        assert_eq!(free_terms(&expr("CC-BY-NC-4.0")), Tri::No);
        assert_eq!(free_terms(&expr("LicenseRef-Mistral-MRL-0.1")), Tri::No);
        assert_eq!(free_terms(&expr("LicenseRef-Unheard-Of")), Tri::Unknown);
        assert_eq!(free_terms(&expr("NONE")), Tri::No);
        assert_eq!(free_terms(&expr("NOASSERTION")), Tri::Unknown);
        assert_eq!(
            free_terms(&expr("MIT OR LicenseRef-Llama-3.1-Community")),
            Tri::Yes
        );
        assert_eq!(
            free_terms(&expr("MIT AND LicenseRef-Llama-3.1-Community")),
            Tri::No
        );
    }

    #[test]
    fn restrictions_cite_the_clauses() {
        let text = restrictions(&expr("LicenseRef-Llama-3.1-Community"));
        assert!(text.contains("use restrictions (§1.b.iv"), "{text}");
        assert!(text.contains("700 million"), "{text}");
        let nc = restrictions(&expr("CC-BY-NC-4.0"));
        assert!(nc.contains("no commercial use (§2(a)(1)"), "{nc}");
        assert_eq!(restrictions(&expr("Apache-2.0")), "");
    }

    #[test]
    fn practice_grades_are_never_official() {
        let mut e = Evaluation::new("ailuminate");
        e.benchmark_version = Some("1.0".into());
        e.grade = Some("very_good".into());
        e.split = Some(EvaluationSplit::Practice);
        let text = describe_evaluation(&e);
        assert!(
            text.contains("practice split: not an official result"),
            "{text}"
        );
        e.split = Some(EvaluationSplit::Demo);
        assert!(describe_evaluation(&e).contains("not an official result"));
        e.split = None;
        assert!(describe_evaluation(&e).contains("not shown as an official result"));
        e.split = Some(EvaluationSplit::Official);
        assert!(describe_evaluation(&e).ends_with("official split: an official result"));
    }
}
