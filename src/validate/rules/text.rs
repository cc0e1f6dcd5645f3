//! Text rule: `misleading-text`, control and bidirectional formatting characters in the text a
//! registry shows people (names, versions, descriptions, licences, URLs, titles, notes).

use super::{Context, urls};
use crate::diagnostic::{Code, Diagnostic, escape_text};
use crate::value::misleading_char;

/// Line breaks and tabs are fine in long text (descriptions, notes), never in a name.
const LONG_TEXT: &[char] = &['\n', '\r', '\t'];

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let r = cx.release;
    let mut texts: Vec<(String, &str, &[char])> = vec![("/name".to_owned(), &r.name, &[])];
    if let Some(v) = &r.version {
        texts.push(("/version".to_owned(), v, &[]));
    }
    if let Some(d) = &r.description {
        texts.push(("/description".to_owned(), d, LONG_TEXT));
    }
    if let Some(p) = &r.producer {
        texts.push(("/producer/name".to_owned(), &p.name, &[]));
    }
    for (i, c) in r.components.iter().enumerate() {
        if let Some(n) = &c.name {
            texts.push((format!("/components/{i}/name"), n, &[]));
        }
        if let Some(d) = &c.description {
            texts.push((format!("/components/{i}/description"), d, LONG_TEXT));
        }
        if let Some(l) = &c.license {
            // `license: MIT`, or `license: {expression: MIT, …}`.
            let at = format!("/components/{i}/license");
            let written_as_mapping = cx
                .tree
                .pointee(&at)
                .is_some_and(|n| n.as_mapping().is_some());
            let pointer = if written_as_mapping {
                format!("{at}/expression")
            } else {
                at
            };
            texts.push((pointer, l.expression.as_str(), &[]));
            if let Some(d) = &l.declared {
                texts.push((format!("/components/{i}/license/declared"), d, &[]));
            }
        }
    }
    for (list, evidence) in super::evidence_lists(r) {
        for (j, e) in evidence.iter().enumerate() {
            if let Some(t) = &e.title {
                texts.push((format!("{list}/{j}/title"), t, &[]));
            }
            if let Some(n) = &e.note {
                texts.push((format!("{list}/{j}/note"), n, LONG_TEXT));
            }
        }
    }
    for (pointer, url) in urls(r) {
        texts.push((pointer, url.as_str(), &[]));
    }
    for (pointer, text, allowed) in texts {
        if let Some(c) = misleading_char(text, allowed) {
            out.push(finding(pointer, c, text));
        }
    }
}

/// `misleading-text` for every scalar of a parsed document (keys and values), for the readers of
/// formats other than the native one (a MOT file): line breaks and tabs are allowed under a
/// `description` key only. One pass over the tree.
pub(crate) fn check_tree(tree: &crate::syntax::Node) -> Vec<Diagnostic> {
    fn walk(
        node: &crate::syntax::Node,
        pointer: &mut String,
        long: bool,
        out: &mut Vec<Diagnostic>,
    ) {
        use crate::syntax::NodeValue;
        match &node.value {
            NodeValue::Scalar(s) => {
                let allowed: &[char] = if long { LONG_TEXT } else { &[] };
                if let Some(c) = misleading_char(&s.text, allowed) {
                    out.push(
                        finding(pointer.clone(), c, &s.text).at(node.span.line, node.span.column),
                    );
                }
            }
            NodeValue::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&i.to_string());
                    walk(item, pointer, false, out);
                    pointer.truncate(len);
                }
            }
            NodeValue::Mapping(entries) => {
                for e in entries {
                    let Some(k) = e.key.as_scalar() else {
                        continue;
                    };
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&k.text.replace('~', "~0").replace('/', "~1"));
                    if let Some(c) = misleading_char(&k.text, &[]) {
                        out.push(
                            finding(pointer.clone(), c, &k.text)
                                .at(e.key.span.line, e.key.span.column),
                        );
                    }
                    walk(&e.value, pointer, k.text == "description", out);
                    pointer.truncate(len);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(tree, &mut String::new(), false, &mut out);
    out
}

/// The finding for `text` at `pointer`, whose first misleading character is `c`.
fn finding(pointer: String, c: char, text: &str) -> Diagnostic {
    let what = if crate::value::is_bidi(c) {
        "a bidirectional formatting character"
    } else {
        "a control character"
    };
    Diagnostic::of(
        Code::MisleadingText,
        pointer,
        format!(
            "the text holds {what} (`{}`), which can hide or reorder what a terminal or web page shows: `{}`",
            c.escape_unicode(),
            crate::validate::schema_layer::truncate(&escape_text(text), 200)
        ),
    )
}
