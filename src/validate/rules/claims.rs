//! Claim rules: `open-source-claim-restricted-licence`, `incomplete-claim`,
//! `claim-scope-not-listed`.

use std::fmt::Write as _;

use super::Context;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::licence::{FacetKind, Licence, Tri, has_use_restrictions};
use crate::model::{ClaimKind, ComponentKind};

/// OSAID 1.0, the first of the four freedoms.
const OSAID_USE: &str = "OSAID 1.0, \"The four freedoms\": an Open Source AI grants the freedom \
    to \"Use the system for any purpose and without having to ask for permission\"";

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let release = cx.release;
    // Computed once, not once per claim: n claims over n components stay linear.
    let restricted: Vec<String> = release
        .components_of(ComponentKind::ModelWeights)
        .filter_map(|(i, weights)| {
            let licence = weights.license.as_ref()?;
            (has_use_restrictions(&licence.expression) == Tri::Yes)
                .then(|| restricted_message(i, licence))
        })
        .collect();
    let listed: std::collections::HashSet<ComponentKind> =
        release.components.iter().map(|c| c.kind).collect();
    for (j, claim) in release.claims.iter().enumerate() {
        let at = format!("/claims/{j}");

        let about_weights = matches!(claim.scope, None | Some(ComponentKind::ModelWeights));
        if claim.kind == ClaimKind::OpenSource && about_weights {
            // One finding per claim (n claims and n weights must not make n² findings).
            if let Some(first) = restricted.first() {
                let mut message = first.clone();
                if restricted.len() > 1 {
                    let _ = write!(
                        message,
                        "; and {} more weights components under licences that restrict use",
                        restricted.len() - 1
                    );
                }
                out.push(
                    Diagnostic::of(Code::OpenSourceClaimRestrictedLicence, at.clone(), message)
                        .with_clause(OSAID_USE),
                );
            }
        }

        let framework_level = claim.kind == ClaimKind::FrameworkLevel;
        let missing: Vec<&str> = [
            ("framework", claim.framework.is_none()),
            ("level", claim.level.is_none()),
        ]
        .into_iter()
        .filter_map(|(field, absent)| (framework_level && absent).then_some(field))
        .collect();
        if !missing.is_empty() {
            out.push(Diagnostic::of(
                Code::IncompleteClaim,
                at.clone(),
                format!(
                    "a `framework_level` claim names the framework profile (`framework`, e.g. `mof-1.0`) and the level claimed (`level`, e.g. `class-1`); {} missing",
                    match missing.as_slice() {
                        [one] => format!("`{one}` is"),
                        _ => "both are".to_owned(),
                    }
                ),
            ));
        }
        if framework_level
            && let Some(id) = &claim.framework
            && id.parse::<crate::classify::Framework>().is_err()
        {
            let known: Vec<String> = crate::classify::Framework::ALL
                .iter()
                .map(|f| format!("`{f}`"))
                .collect();
            out.push(Diagnostic::new(
                Code::IncompleteClaim,
                Severity::Warning,
                format!("{at}/framework"),
                format!(
                    "`{}` is not a built-in framework ({}); the claim can only be checked against a custom profile with this id",
                    crate::validate::schema_layer::truncate(id, 60),
                    known.join(", ")
                ),
            ));
        }
        if !framework_level {
            for (field, present) in [
                ("framework", claim.framework.is_some()),
                ("level", claim.level.is_some()),
            ] {
                if present {
                    out.push(Diagnostic::new(
                        Code::IncompleteClaim,
                        Severity::Warning,
                        format!("{at}/{field}"),
                        format!(
                            "`{field}` is only read on `framework_level` claims, and this claim is `{}`; make it a `framework_level` claim or drop `{field}`",
                            claim.kind
                        ),
                    ));
                }
            }
        }

        if let Some(scope) = claim.scope
            && !listed.contains(&scope)
        {
            out.push(Diagnostic::of(
                Code::ClaimScopeNotListed,
                format!("{at}/scope"),
                format!(
                    "the claim is about the `{scope}` component, but the release lists none; add the component (with its licence and availability) or correct the scope"
                ),
            ));
        }
    }
}

fn restricted_message(i: usize, licence: &Licence) -> String {
    let mut message = format!(
        "the release is claimed open source, but its weights (`/components/{i}`) are under `{}`, which restricts use",
        licence.expression
    );
    let cited = licence.expression.facts().find_map(|f| {
        let info = f.info()?;
        (f.has_use_restrictions() == Tri::Yes).then_some(info)
    });
    if let Some(info) = cited {
        let cell = info.facets.get(FacetKind::UseRestrictions);
        let _ = write!(message, " ({}", info.name);
        if !cell.clause.is_empty() {
            let _ = write!(message, " {}", cell.clause);
        }
        if !cell.note.is_empty() {
            let _ = write!(message, ": {}", cell.note);
        }
        message.push(')');
    }
    message
}
