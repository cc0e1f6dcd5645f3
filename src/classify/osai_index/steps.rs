//! Next steps: for each parameter that is not open, what would make it open.

use crate::classify::{Action, NextStep};
use crate::licence::Tri;
use crate::model::{Availability, Component, ComponentKind as K, Coverage, Release};

use super::grading::{has_base_model, is_documentation, kinds_for, of_kinds, subject};
use super::licences::{self, Group};
use super::parameters::Parameter;
use super::spec::OsaiIndexLevel;
use crate::classify::explain::{component_words, kind_words};

/// The steps toward `open` for `parameter`. Mirrored base-model parameters get none: the steps of
/// the end-model parameter raise them too.
pub(crate) fn steps(release: &Release, parameter: Parameter) -> Vec<NextStep> {
    let split = has_base_model(release);
    if !split
        && matches!(
            parameter,
            Parameter::WeightsBasemodel | Parameter::DatasourcesBasemodel
        )
    {
        return Vec::new();
    }
    let goal = if split {
        format!("to make `{parameter}` open")
    } else if parameter == Parameter::WeightsEndmodel {
        "to make `weights_endmodel` (and `weights_basemodel`, which mirrors it) open".to_owned()
    } else if parameter == Parameter::DatasourcesEndmodel {
        "to make `datasources_endmodel` (and `datasources_basemodel`, which mirrors it) open"
            .to_owned()
    } else {
        format!("to make `{parameter}` open")
    };
    let step = |action: Action, kind: Option<K>, message: String| {
        NextStep::new(
            action,
            kind,
            OsaiIndexLevel::Open,
            format!("{message} {goal}"),
        )
        .with_item(parameter.item())
    };
    match parameter {
        Parameter::Licenses => licence_steps(release, &step),
        Parameter::Trainingcode => {
            let mut out = Vec::new();
            for &kind in Parameter::Trainingcode.kinds() {
                if !release.has(kind) {
                    out.push(step(
                        Action::Disclose,
                        Some(kind),
                        format!(
                            "describe the {} as a `{kind}` component (publishing it first if it \
                             is not published)",
                            kind_words(kind)
                        ),
                    ));
                }
            }
            for (i, c) in of_kinds(release, Parameter::Trainingcode.kinds()) {
                out.extend(part_step(i, c, &step));
            }
            out
        }
        _ => {
            let kinds = kinds_for(parameter, split);
            let found: Vec<_> = of_kinds(release, kinds).collect();
            if found.is_empty() {
                let kind = kinds.first().copied();
                let named = kind.map_or_else(String::new, |k| format!(" as a `{k}` component"));
                return vec![step(
                    Action::Disclose,
                    kind,
                    format!(
                        "describe {}{named} (publishing it first if there is none)",
                        subject(parameter)
                    ),
                )];
            }
            let documentation = is_documentation(parameter);
            found
                .into_iter()
                .filter_map(|(i, c)| {
                    part_step(i, c, &step)
                        .or_else(|| documentation.then(|| coverage_step(i, c, &step)).flatten())
                })
                .collect()
        }
    }
}

/// The step for one part of a parameter: publish it, lift its gate, or state its availability.
/// A published document whose coverage is not stated complete: state it, or extend the
/// document to cover all major parts.
fn coverage_step(
    index: usize,
    component: &Component,
    step: &impl Fn(Action, Option<K>, String) -> NextStep,
) -> Option<NextStep> {
    let what = component_words(index, component);
    match component.coverage {
        Some(Coverage::Complete) => None,
        None => Some(step(
            Action::Disclose,
            Some(component.kind),
            format!("state whether {what} covers all major parts comprehensively (`coverage`)"),
        )),
        Some(Coverage::Incomplete) => Some(step(
            Action::PublishDocument,
            Some(component.kind),
            format!("extend {what} to cover all major parts comprehensively"),
        )),
    }
}

fn part_step(
    index: usize,
    component: &Component,
    step: &impl Fn(Action, Option<K>, String) -> NextStep,
) -> Option<NextStep> {
    let kind = Some(component.kind);
    let what = component_words(index, component);
    match component.availability {
        Availability::Public | Availability::ThirdPartyPublic | Availability::Unshareable => None,
        Availability::Gated | Availability::OnRequest | Availability::ThirdPartyObtainable => {
            Some(step(
                Action::ChangeAccess,
                kind,
                format!("offer {what} for download without a gate or request"),
            ))
        }
        Availability::ApiOnly | Availability::NotReleased => Some(step(
            Action::publish(component.kind),
            kind,
            format!("publish {what}"),
        )),
        Availability::Unknown => Some(step(
            Action::Disclose,
            kind,
            format!("state the availability of {what}"),
        )),
    }
}

fn licence_steps(
    release: &Release,
    step: &impl Fn(Action, Option<K>, String) -> NextStep,
) -> Vec<NextStep> {
    let parts = licences::parts(release);
    let mut out = Vec::new();
    for group in Group::ALL {
        if !parts.iter().any(|p| p.group == group) {
            out.push(step(
                Action::Disclose,
                group.kinds().first().copied(),
                format!(
                    "describe the {} with its availability and licence",
                    group.name()
                ),
            ));
        }
    }
    for p in &parts {
        let what = component_words(p.index, p.component);
        let kind = Some(p.component.kind);
        if p.available == Tri::Unknown {
            out.push(step(
                Action::Disclose,
                kind,
                format!("state the availability of {what}"),
            ));
        }
        if p.available == Tri::No {
            continue;
        }
        match p.open {
            Tri::Yes => {}
            Tri::No => out.push(step(
                Action::Relicense,
                kind,
                format!(
                    "release {what} under an open licence (OSI-approved, or Open Definition \
                     conformant for data)"
                ),
            )),
            Tri::Unknown => out.push(step(
                Action::Disclose,
                kind,
                format!("state the licence of {what} as an SPDX expression"),
            )),
        }
    }
    if !parts.iter().any(|p| p.available != Tri::No) && !parts.is_empty() {
        out.push(step(
            Action::PublishWeights,
            Some(K::ModelWeights),
            "publish the model weights under an open licence".to_owned(),
        ));
    }
    out
}
