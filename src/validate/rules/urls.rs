//! URL rules: `non-web-url`.

use super::{Context, urls};
use crate::diagnostic::{Code, Diagnostic};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (pointer, url) in urls(cx.release) {
        if !url.is_web() {
            out.push(Diagnostic::of(
                Code::NonWebUrl,
                pointer,
                format!(
                    "`{}` is a `{}` URL; links in a description should be `https` (or `http`) so that people and registries can follow them",
                    crate::validate::schema_layer::truncate(url.as_str(), 80),
                    crate::validate::schema_layer::truncate(&url.scheme(), 20)
                ),
            ));
        }
    }
}
