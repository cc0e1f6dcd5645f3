//! Component inventory rules: `duplicate-component`, `missing-access-terms`.

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Availability;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let components = &cx.release.components;
    for (i, c) in components.iter().enumerate() {
        let name = c.name.as_deref().map(|n| n.trim().to_lowercase());
        let twin = components[..i].iter().position(|earlier| {
            earlier.kind == c.kind
                && earlier.name.as_deref().map(|n| n.trim().to_lowercase()) == name
        });
        if let Some(j) = twin {
            let message = match &c.name {
                Some(n) => format!(
                    "a second `{}` component named `{n}`, like `/components/{j}`; give each entry a name that tells them apart",
                    c.kind
                ),
                None => format!(
                    "a second `{}` component without a name, like `/components/{j}`; give each entry a `name` that tells them apart",
                    c.kind
                ),
            };
            out.push(Diagnostic::of(
                Code::DuplicateComponent,
                format!("/components/{i}"),
                message,
            ));
        }

        if matches!(
            c.availability,
            Availability::Gated | Availability::OnRequest
        ) {
            let stated = c
                .access_terms
                .as_ref()
                .is_some_and(|t| t.url.is_some() || t.description.is_some());
            if !stated {
                out.push(Diagnostic::of(
                    Code::MissingAccessTerms,
                    format!("/components/{i}/availability"),
                    format!(
                        "the `{}` component is `{}` but its `access_terms` are not stated; give their `url` or a `description` (who may get it, on what conditions)",
                        c.kind, c.availability
                    ),
                ));
            }
        }
    }
}
