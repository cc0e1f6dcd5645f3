//! Lineage rules: `missing-base-release`.

use super::Context;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::model::{ComponentKind, Lineage};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let release = cx.release;
    unnamed(&release.lineage, "", out);
    for (i, c) in release.components.iter().enumerate() {
        unnamed(&c.lineage, &format!("/components/{i}"), out);
    }
    if release.lineage.is_empty() {
        for (i, c) in release.components_of(ComponentKind::BaseModelWeights) {
            if c.lineage.is_empty() {
                out.push(Diagnostic::new(
                    Code::MissingBaseRelease,
                    Severity::Warning,
                    format!("/components/{i}"),
                    "the release lists base-model weights, so it is derived, but no `lineage` names the base release; add `lineage: [{relation: fine_tuned_from, base: {name: …, url: …}}]`",
                ));
            }
        }
    }
}

fn unnamed(lineage: &[Lineage], owner: &str, out: &mut Vec<Diagnostic>) {
    for (j, l) in lineage.iter().enumerate() {
        if !l.base.is_named() {
            out.push(Diagnostic::of(
                Code::MissingBaseRelease,
                format!("{owner}/lineage/{j}/base"),
                format!(
                    "the base release of this `{}` lineage is not named; give the base's `id`, `name` or `url`",
                    l.relation
                ),
            ));
        }
    }
}
