//! Judging one component: whether it is published, whether its terms qualify under a profile's
//! [`Rule`], and the gaps that would close what is missing. Nothing here decides a framework's
//! rules; each profile passes its own rule.

use super::combine::{Gap, Judgement};
use super::words::{availability_words, component_words, kind_words, licence_words, restrictions};
use crate::classify::{Action, Status};
use crate::licence::{Facet, FacetKind, LicenceExpression, LicenceFacts, Tri};
use crate::model::{Availability, Component, ComponentKind, Release};

/// How a component can be obtained, as the profiles read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// Anyone can obtain it: a public download, a public third-party copy, or a third party that
    /// sells it.
    Published,
    /// Behind a click-through, registration or approval gate: whether the gate asks for
    /// permission is not recorded.
    Gated,
    /// Not released, only on request, only through an API, or unshareable.
    Withheld,
    /// Not stated.
    Unknown,
}

impl Access {
    /// The access of a component.
    pub(crate) const fn of(availability: Availability) -> Self {
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
    pub(crate) const fn status(self) -> Status {
        match self {
            Self::Published => Status::Met,
            Self::Withheld => Status::NotMet,
            Self::Gated | Self::Unknown => Status::Unknown,
        }
    }

    /// The access in words: "published", "gated", "not published", "availability not stated".
    pub(crate) const fn words(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Gated => "gated",
            Self::Withheld => "not published",
            Self::Unknown => "availability not stated",
        }
    }
}

/// Whether the terms are *free*: the licensee may use the work for any purpose, including
/// commercially, modify it and share it, with no field-of-use restriction, acceptable-use policy
/// or user threshold. Attribution, notice and share-alike (copyleft) conditions are allowed.
///
/// A term qualifies when the SPDX list marks it OSI-approved, when the crate's licence table
/// (`docs/licences.md`) marks it Open Definition conformant, or when the table's facets show
/// commercial use and derivatives allowed, redistribution allowed (possibly with notices), and
/// no use restrictions and no user threshold. `NONE` grants nothing (`No`); unknown terms and
/// `NOASSERTION` are `Unknown`. Honours `AND`/`OR` like [`LicenceExpression::evaluate`].
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
}

/// The access part of a judgement: its status, the availability in words, and what settles or
/// closes it. `publish` is the step for a withheld component.
fn access_gaps(
    out: &mut Judgement,
    label: &str,
    kind: ComponentKind,
    access: Access,
    publish: String,
) {
    match access {
        Access::Published => {}
        Access::Withheld => out
            .gaps
            .push(Gap::new(Action::publish(kind), Some(kind), publish)),
        Access::Gated => {
            out.settle.push(format!(
                "state whether the gate on {label} needs the producer's approval or only records \
                 acceptance of the terms"
            ));
            out.gaps.push(Gap::new(
                Action::ChangeAccess,
                Some(kind),
                format!("offer {label} for download without approval"),
            ));
        }
        Access::Unknown => {
            let text = format!("state whether and where {label} is published");
            out.settle.push(text.clone());
            out.gaps.push(Gap::new(Action::Disclose, Some(kind), text));
        }
    }
}

/// Judges only whether a component is published: met when published, not met when withheld,
/// unknown when gated or not stated. The gap for a withheld component publishes it.
pub(crate) fn judge_access(index: usize, component: &Component) -> Judgement {
    let label = component_words(index, component);
    let access = Access::of(component.availability);
    let mut out = Judgement::of_component(
        index,
        component,
        access.status(),
        format!("{label}: {}", availability_words(component.availability)),
    );
    access_gaps(
        &mut out,
        &label,
        component.kind,
        access,
        format!("publish {label}"),
    );
    out
}

/// Judges one component: published (when the rule asks for it) and under qualifying terms.
pub(crate) fn judge(index: usize, component: &Component, rule: &Rule<'_>) -> Judgement {
    let label = component_words(index, component);
    let kind = component.kind;
    let mut out = Judgement::of_component(index, component, Status::Met, String::new());
    let mut facts = Vec::new();

    let access = Access::of(component.availability);
    let access_status = if rule.published {
        access.status()
    } else {
        Status::Met
    };
    if rule.published {
        facts.push(availability_words(component.availability));
        access_gaps(
            &mut out,
            &label,
            kind,
            access,
            format!("publish {label} under {}", rule.terms_name),
        );
    }

    let state = |out: &mut Judgement| {
        let text = format!("state the licence of {label}");
        out.settle.push(text.clone());
        out.gaps.push(Gap::new(Action::Disclose, Some(kind), text));
    };
    let licence_status = match component.license.as_ref().map(|l| &l.expression) {
        // A withheld component fails on access; its licence cannot change that.
        None if access_status == Status::NotMet => Status::Unknown,
        Some(expr) if access_status == Status::NotMet && expr.is_noassertion() => Status::Unknown,
        None => {
            facts.push("licence not stated".to_owned());
            state(&mut out);
            Status::Unknown
        }
        Some(expr) if expr.is_noassertion() => {
            facts.push(licence_words(expr));
            state(&mut out);
            Status::Unknown
        }
        Some(expr) if expr.is_none() => {
            let why = rule.none_reason.unwrap_or("nothing is granted");
            facts.push(format!("licence `NONE`: {why}"));
            if rule.none == Status::Unknown {
                out.settle.push(format!(
                    "state the terms under which {label} may be used, studied, modified and shared"
                ));
            }
            if access_status != Status::NotMet {
                out.gaps.push(Gap::new(
                    Action::Relicense,
                    Some(kind),
                    format!("license {label} under {}", rule.terms_name),
                ));
            }
            rule.none
        }
        Some(expr) => {
            let tri = (rule.terms)(expr);
            match tri {
                Tri::Yes => {
                    facts.push(format!("licence `{expr}` qualifies as {}", rule.terms_name));
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
                        out.gaps.push(Gap::new(
                            Action::Relicense,
                            Some(kind),
                            format!("relicense {label} under {}", rule.terms_name),
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
                    out.settle.push(text.clone());
                    out.gaps.push(Gap::new(Action::Disclose, Some(kind), text));
                }
            }
            tri.into()
        }
    };

    out.status = Status::all([access_status, licence_status]);
    if out.status == Status::Met {
        out.gaps.clear();
    }
    if out.status != Status::Unknown {
        out.settle.clear();
    }
    out.reasons = vec![format!("{label}: {}", facts.join("; "))];
    out
}

/// A required component of `kind` that the release does not list: unknown (an absent component
/// is not known to be unpublished), settled by listing it; not met when the release states that
/// its list is complete for `kind` ([`Release::is_known_absent`]): then it was not released.
pub(crate) fn missing(release: &Release, kind: ComponentKind, rule: &Rule<'_>) -> Judgement {
    let label = kind_words(kind);
    if let Some(absent) = known_absent(release, kind) {
        return absent.with_gap(
            Action::publish(kind),
            Some(kind),
            format!("publish the {label} under {}", rule.terms_name),
        );
    }
    Judgement::new(Status::Unknown, format!("no {label} is listed"))
        .with_settle(format!(
            "list the {label} with its availability and licence"
        ))
        .with_gap(
            Action::Disclose,
            Some(kind),
            format!(
                "list the {label} with its availability and licence (publish it under {} if it \
                 is not published)",
                rule.terms_name
            ),
        )
}

/// For a kind the release does not list although its list is complete for it: a not-met
/// judgement ("no … is listed, and the list is complete (stated by …): not released"), without
/// gaps. `None` when the kind is listed or the list may be partial. Every profile reads an
/// unlisted kind through this (or [`missing`]), so "not listed" means "not released" exactly when
/// the release says its list is complete.
pub(crate) fn known_absent(release: &Release, kind: ComponentKind) -> Option<Judgement> {
    if !release.is_known_absent(kind) {
        return None;
    }
    let by = release
        .completeness
        .as_ref()
        .map_or("", |c| c.stated_by.as_str());
    Some(Judgement::new(
        Status::NotMet,
        format!(
            "no {} is listed, and the component list is complete (stated by {by}): not released",
            kind_words(kind)
        ),
    ))
}

/// Whether every one of `kinds` is known not to be released ([`Release::is_known_absent`]); false
/// for no kinds.
pub(crate) fn all_known_absent(release: &Release, kinds: &[ComponentKind]) -> bool {
    !kinds.is_empty() && kinds.iter().all(|k| release.is_known_absent(*k))
}

/// Judges every component of `kinds` under `rule`, in document order.
pub(crate) fn judge_kinds(
    release: &Release,
    kinds: &[ComponentKind],
    rule: &Rule<'_>,
) -> Vec<Judgement> {
    release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| kinds.contains(&c.kind))
        .map(|(i, c)| judge(i, c, rule))
        .collect()
}

/// A yes/no fact of the release: `Some(true)` means `yes_is`, `Some(false)` its opposite, `None`
/// unknown.
pub(crate) const fn fact_status(fact: Option<bool>, yes_is: Status) -> Status {
    match (fact, yes_is) {
        (None, _) | (_, Status::Unknown) => Status::Unknown,
        (Some(true), s) => s,
        (Some(false), Status::Met) => Status::NotMet,
        (Some(false), _) => Status::Met,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::licence::{Licence, is_osi_approved};

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

    const CODE: Rule<'static> = Rule {
        terms: is_osi_approved,
        terms_name: "an OSI-approved licence",
        none: Status::NotMet,
        none_reason: None,
        published: true,
    };

    fn component(availability: Availability, licence: Option<&str>) -> Component {
        let mut c = Component::new(ComponentKind::TrainingCode);
        c.availability = availability;
        c.license = licence.map(|l| Licence::from(expr(l)));
        c
    }

    #[test]
    fn a_published_component_under_qualifying_terms_is_met_with_no_gaps() {
        let j = judge(
            2,
            &component(Availability::Public, Some("Apache-2.0")),
            &CODE,
        );
        assert_eq!(j.status, Status::Met);
        assert_eq!(j.components[0].pointer, "/components/2");
        assert_eq!(
            j.reason(),
            "the training code at `/components/2`: public; licence `Apache-2.0` qualifies as an \
             OSI-approved licence"
        );
        assert!(j.gaps.is_empty() && j.settle.is_empty());
    }

    #[test]
    fn a_restrictive_licence_is_not_met_and_names_its_restrictions() {
        let j = judge(
            0,
            &component(Availability::Public, Some("LicenseRef-Llama-3.1-Community")),
            &CODE,
        );
        assert_eq!(j.status, Status::NotMet);
        assert!(j.reason().contains("700 million"), "{}", j.reason());
        assert_eq!(j.gaps.len(), 1);
        assert_eq!(j.gaps[0].action, Action::Relicense);
        assert!(j.settle.is_empty());
    }

    #[test]
    fn a_withheld_component_fails_on_access_alone() {
        let j = judge(0, &component(Availability::NotReleased, None), &CODE);
        assert_eq!(j.status, Status::NotMet);
        assert_eq!(j.gaps.len(), 1);
        assert_eq!(j.gaps[0].action, Action::PublishCode);
        assert_eq!(
            j.gaps[0].text,
            "publish the training code at `/components/0` under an OSI-approved licence"
        );
    }

    #[test]
    fn gated_and_unstated_are_unknown_and_say_what_settles_them() {
        let j = judge(0, &component(Availability::Gated, Some("MIT")), &CODE);
        assert_eq!(j.status, Status::Unknown);
        assert!(j.settle[0].contains("gate"), "{:?}", j.settle);
        assert_eq!(j.gaps[0].action, Action::ChangeAccess);
        let j = judge(0, &component(Availability::Public, None), &CODE);
        assert_eq!(j.status, Status::Unknown);
        assert_eq!(
            j.settle,
            ["state the licence of the training code at `/components/0`"]
        );
        let release = Release::new("r");
        let j = missing(&release, ComponentKind::TrainingCode, &CODE);
        assert_eq!(j.status, Status::Unknown);
        assert!(j.components.is_empty());
        assert_eq!(j.reason(), "no training code is listed");
    }

    #[test]
    fn a_complete_list_makes_an_unlisted_kind_not_released() {
        use crate::model::Completeness;
        let release = Release::new("r").with_completeness(Completeness::new(
            [ComponentKind::TrainingCode],
            "the Model Openness Tool form",
        ));
        let j = missing(&release, ComponentKind::TrainingCode, &CODE);
        assert_eq!(j.status, Status::NotMet);
        assert_eq!(
            j.reason(),
            "no training code is listed, and the component list is complete (stated by the \
             Model Openness Tool form): not released"
        );
        assert_eq!(j.gaps[0].action, Action::PublishCode);
        // A kind the list does not cover stays unknown.
        let j = missing(&release, ComponentKind::InferenceCode, &CODE);
        assert_eq!(j.status, Status::Unknown);
        // A listed kind is judged, never "known absent".
        let listed = release.with_component(Component::new(ComponentKind::TrainingCode));
        assert!(known_absent(&listed, ComponentKind::TrainingCode).is_none());
    }

    #[test]
    fn facts_read_both_ways() {
        assert_eq!(fact_status(Some(true), Status::NotMet), Status::NotMet);
        assert_eq!(fact_status(Some(false), Status::NotMet), Status::Met);
        assert_eq!(fact_status(Some(false), Status::Met), Status::NotMet);
        assert_eq!(fact_status(None, Status::Met), Status::Unknown);
    }
}
