//! Component inventory rules: `duplicate-component`, `duplicate-id`, `missing-access-terms`.
//!
//! Every check is one pass with a hash map, so a release of n components costs O(n).

use std::collections::HashMap;

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Availability, ComponentKind};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let components = &cx.release.components;
    // The first component of each kind and name (trimmed, lowercased once per component).
    let mut first: HashMap<(ComponentKind, Option<String>), usize> =
        HashMap::with_capacity(components.len());
    // The pointer of the first node with each `id`.
    let mut ids: HashMap<&str, String> = HashMap::new();
    if let Some(id) = &cx.release.id {
        ids.insert(id.as_str(), "/id".to_owned());
    }
    for (i, c) in components.iter().enumerate() {
        let name = c.name.as_deref().map(|n| n.trim().to_lowercase());
        match first.entry((c.kind, name)) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(o) => {
                let j = *o.get();
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
        }

        if let Some(id) = &c.id {
            let pointer = format!("/components/{i}/id");
            match ids.get(id.as_str()) {
                Some(earlier) => out.push(Diagnostic::of(
                    Code::DuplicateId,
                    pointer,
                    format!(
                        "the id `{}` is also the id of `{earlier}`; in RDF both would be one node, carrying both kinds and licences: give each its own IRI",
                        crate::validate::schema_layer::truncate(id.as_str(), 200)
                    ),
                )),
                None => {
                    ids.insert(id.as_str(), pointer);
                }
            }
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
