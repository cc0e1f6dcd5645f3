//! What the importers of published formats (Hugging Face cards, Croissant, SPDX 3, CycloneDX)
//! share: a sink for their diagnostics, each located in the source, and the readers of text,
//! URL and licence fields.
//!
//! **Licences.** Every licence text goes through one function, [`Sink::licence`]: an SPDX
//! expression is kept (in canonical form); a licence URL of a known licence list (spdx.org,
//! creativecommons.org, choosealicense.com, opensource.org, apache.org) is read as the id it
//! names, with the URL kept; anything else goes through the crate's normaliser
//! ([`normalise`]: Hugging Face ids, aliases, names). A text that changed is kept in `declared`
//! with an `import-licence-normalised` diagnostic; a text that names no single licence becomes
//! `NOASSERTION` with the text in `declared` and an `import-licence-not-spdx` warning: an unknown
//! licence stays unknown, never "open".

use super::{could_mean, render, scalar_text};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::licence::{Licence, LicenceExpression, LicenceTerm, NormalisationReason, normalise};
use crate::model::Url;
use crate::syntax::Node;

/// `base` + `/` + `key`, escaped per RFC 6901.
pub(crate) fn child(base: &str, key: &str) -> String {
    format!("{base}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// `base` + `/` + `index`.
pub(crate) fn item(base: &str, index: usize) -> String {
    format!("{base}/{index}")
}

/// The text of a mapping key.
pub(crate) fn key_text(entry: &crate::syntax::Entry) -> &str {
    entry.key.as_scalar().map_or("", |k| k.text.as_str())
}

/// The items of a node that may be one value or a list of them (`string | string[]`).
pub(crate) fn one_or_many(node: &Node) -> Vec<(usize, &Node)> {
    match node.as_sequence() {
        Some(items) => items.iter().enumerate().collect(),
        None => vec![(usize::MAX, node)],
    }
}

/// The pointer of an item given by [`one_or_many`].
pub(crate) fn one_or_many_pointer(base: &str, index: usize) -> String {
    if index == usize::MAX {
        base.to_owned()
    } else {
        item(base, index)
    }
}

/// What an importer reports on the way: its diagnostics and the fields that did not map, with
/// the line offset of the parsed text in the source (a model card's front matter starts on
/// line 2). Every importer reports through it, so that a field left out is both listed in
/// [`Imported::unmapped`](super::Imported::unmapped) and diagnosed, once.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    /// The diagnostics, in source order of discovery.
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The fields that did not map (each also has its diagnostic).
    pub(crate) unmapped: Vec<super::Unmapped>,
    /// Lines before the parsed text in the source document.
    pub(crate) line_offset: u32,
}

impl Sink {
    /// A sink for a text that starts `line_offset` lines into its source.
    pub(crate) fn with_line_offset(line_offset: u32) -> Self {
        Self {
            diagnostics: Vec::new(),
            unmapped: Vec::new(),
            line_offset,
        }
    }

    /// The result: `release` with everything reported.
    pub(crate) fn finish(self, release: crate::model::Release) -> super::Imported {
        let mut imported = super::Imported::new(release);
        imported.diagnostics = self.diagnostics;
        imported.unmapped = self.unmapped;
        imported
    }

    /// Adds a diagnostic at `node`.
    pub(crate) fn push(
        &mut self,
        code: Code,
        severity: Severity,
        node: &Node,
        pointer: &str,
        message: impl Into<String>,
    ) {
        let message = message.into();
        if matches!(
            code,
            Code::ImportFieldDropped | Code::ImportInvalidValue | Code::ImportUnknownComponent
        ) {
            self.unmapped
                .push(super::Unmapped::new(pointer, render(node), message.clone()));
        }
        self.diagnostics.push(
            Diagnostic::new(code, severity, pointer, message)
                .at(node.span.line + self.line_offset, node.span.column),
        );
    }

    /// A warning at `node`.
    pub(crate) fn warn(
        &mut self,
        code: Code,
        node: &Node,
        pointer: &str,
        message: impl Into<String>,
    ) {
        self.push(code, Severity::Warning, node, pointer, message);
    }

    /// An info at `node`.
    pub(crate) fn info(
        &mut self,
        code: Code,
        node: &Node,
        pointer: &str,
        message: impl Into<String>,
    ) {
        self.push(code, Severity::Info, node, pointer, message);
    }

    /// Names the source of the last diagnostic (a rule of the format's documentation).
    pub(crate) fn cite(&mut self, clause: &str) {
        if let Some(d) = self.diagnostics.last_mut() {
            d.clause = Some(clause.to_owned());
        }
    }

    /// Reports a field that has no place in the model (`import-field-dropped`).
    pub(crate) fn dropped(&mut self, node: &Node, pointer: &str, why: &str) {
        self.warn(
            Code::ImportFieldDropped,
            node,
            pointer,
            format!("`{}` is left out: {why}", render(node)),
        );
        if let Some(last) = self.unmapped.last_mut() {
            why.clone_into(&mut last.why);
        }
    }

    /// A value of the wrong type (`import-invalid-value`), left out.
    pub(crate) fn wrong_type(&mut self, node: &Node, pointer: &str, expected: &str) {
        self.warn(
            Code::ImportInvalidValue,
            node,
            pointer,
            format!("expected {expected}, found `{}`; left out", render(node)),
        );
    }

    /// A text field: a non-null scalar's trimmed text, blank treated as absent. A list or
    /// mapping is reported and left out.
    pub(crate) fn text(&mut self, node: &Node, pointer: &str) -> Option<String> {
        scalar_text(node).unwrap_or_else(|()| {
            self.wrong_type(node, pointer, "text");
            None
        })
    }

    /// A URL field; a value that is not an absolute URL is reported and left out.
    pub(crate) fn url(&mut self, node: &Node, pointer: &str) -> Option<Url> {
        let text = self.text(node, pointer)?;
        match Url::new(&text) {
            Ok(url) => Some(url),
            Err(e) => {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    format!("{e}; left out (an absolute URL is needed)"),
                );
                None
            }
        }
    }

    /// A licence written as text, read as a [`Licence`] (see the module docs).
    pub(crate) fn licence(&mut self, text: &str, node: &Node, pointer: &str) -> Licence {
        let text = text.trim();
        if let Ok(url) = Url::new(text)
            && (text.starts_with("http://") || text.starts_with("https://"))
        {
            return self.licence_url(text, url, node, pointer);
        }
        if let Some(licence) = self.spdx(text, node, pointer) {
            return licence;
        }
        match normalise(text) {
            Some(n) if !n.is_ambiguous() => {
                if let Some(expression) = n.id.and_then(|id| LicenceExpression::parse(id).ok()) {
                    let licence = self.normalised(text, expression, node, pointer);
                    return if is_guess(&n.reason) {
                        licence.inferred()
                    } else {
                        licence
                    };
                }
            }
            Some(n) => {
                let could = could_mean(n.candidates());
                let why = match n.reason {
                    NormalisationReason::Ambiguous { .. } => "names no single licence",
                    _ => "is not an SPDX expression",
                };
                return self.not_spdx(text, node, pointer, &format!("{why}{could}"));
            }
            None => {}
        }
        self.not_spdx(text, node, pointer, "is not an SPDX expression")
    }

    /// An SPDX expression whose every term is on the SPDX list or a `LicenseRef-`.
    fn spdx(&mut self, text: &str, node: &Node, pointer: &str) -> Option<Licence> {
        let (expression, changed) = super::spdx_reading(text)?;
        Some(if changed {
            self.normalised(text, expression, node, pointer)
        } else {
            Licence::new(expression)
        })
    }

    /// `NOASSERTION` with the text in `declared`, and a warning.
    pub(crate) fn not_spdx(
        &mut self,
        text: &str,
        node: &Node,
        pointer: &str,
        why: &str,
    ) -> Licence {
        self.warn(
            Code::ImportLicenceNotSpdx,
            node,
            pointer,
            format!(
                "licence `{text}` {why}: recorded as `NOASSERTION` with the text in `declared`"
            ),
        );
        Licence::new(LicenceExpression::noassertion()).with_declared(text)
    }

    /// `expression`, read from `text`, which is kept in `declared`.
    fn normalised(
        &mut self,
        text: &str,
        expression: LicenceExpression,
        node: &Node,
        pointer: &str,
    ) -> Licence {
        self.info(
            Code::ImportLicenceNormalised,
            node,
            pointer,
            format!(
                "licence `{text}` read as `{}`; the text as written is kept in `declared`",
                expression.as_str()
            ),
        );
        Licence::new(expression).with_declared(text)
    }

    /// A licence given as a URL: the id a licence list's URL names, else `NOASSERTION` with
    /// the URL kept.
    fn licence_url(&mut self, text: &str, url: Url, node: &Node, pointer: &str) -> Licence {
        let id = licence_id_of_url(text);
        let resolved = id.as_deref().and_then(|id| {
            if let Ok(e) = LicenceExpression::parse(id)
                && e.ids().all(|t| !matches!(t, LicenceTerm::Unknown { .. }))
            {
                return Some(e);
            }
            normalise(id)
                .filter(|n| !n.is_ambiguous())
                .and_then(|n| n.id)
                .and_then(|id| LicenceExpression::parse(id).ok())
        });
        match resolved {
            Some(expression) => self
                .normalised(text, expression, node, pointer)
                .with_url(url),
            None => self
                .not_spdx(
                    text,
                    node,
                    pointer,
                    "is a link that names no licence this crate knows",
                )
                .with_url(url),
        }
    }
}

/// The licence id a licence list's URL names (`https://spdx.org/licenses/MIT.html` → `MIT`,
/// `https://creativecommons.org/licenses/by-sa/4.0/` → `CC-BY-SA-4.0`,
/// `https://choosealicense.com/licenses/apache-2.0/` → `apache-2.0`), or `None`.
pub(crate) fn licence_id_of_url(text: &str) -> Option<String> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let (host, path) = rest.split_once('/')?;
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let strip_ext = |s: &str| {
        s.trim_end_matches(".html")
            .trim_end_matches(".json")
            .trim_end_matches(".txt")
            .trim_end_matches(".php")
            .to_owned()
    };
    match (host.to_ascii_lowercase().as_str(), segments.as_slice()) {
        ("spdx.org", ["licenses", id, ..]) => Some(strip_ext(id)),
        ("choosealicense.com", ["licenses", id, ..]) => Some(strip_ext(id)),
        ("opensource.org", ["licenses" | "license", id, ..]) => Some(strip_ext(id)),
        ("creativecommons.org", ["publicdomain", "zero", version, ..]) => {
            Some(format!("CC0-{version}"))
        }
        ("creativecommons.org", ["licenses", elements, version, rest @ ..]) => {
            let mut id = format!("CC-{}-{version}", elements.to_ascii_uppercase());
            if let Some(port) = rest.first().filter(|p| p.len() == 2 && !p.contains('.')) {
                id.push('-');
                id.push_str(&port.to_ascii_uppercase());
            }
            Some(id)
        }
        ("apache.org", ["licenses", file, ..]) => strip_ext(file)
            .strip_prefix("LICENSE-")
            .map(|v| format!("Apache-{v}")),
        _ => None,
    }
}

/// The diagnostic for an import that failed: `syntax-error` for text that does not parse,
/// `unsupported-spec-version` for a format version the importer does not read (a pointer
/// ending in `specVersion`), `wrong-type` for a value of the wrong shape, `missing-field` for a
/// required part that is absent, `invalid-document` otherwise. Located as the error says, or at
/// the nearest node of `tree`.
pub(crate) fn error_diagnostic(error: &crate::error::Error, tree: Option<&Node>) -> Diagnostic {
    use crate::error::Error;
    let location = error.location().cloned().unwrap_or_default();
    let pointer = location.pointer.clone().unwrap_or_default();
    let message = match error {
        Error::Syntax { message, .. } | Error::Invalid { message, .. } => message.clone(),
        other => other.to_string(),
    };
    let code = match error {
        Error::Syntax { .. } => Code::SyntaxError,
        _ if pointer.ends_with("specVersion") => Code::UnsupportedSpecVersion,
        _ if message.contains("nothing to import") => Code::InvalidDocument,
        _ => match tree {
            Some(t) if t.pointee(&pointer).is_none() => Code::MissingField,
            Some(_) => Code::WrongType,
            None => Code::WrongType,
        },
    };
    let span = tree.map(|t| t.locate_nearest(&pointer));
    Diagnostic::new(code, Severity::Error, pointer, message).at(
        location.line.or(span.map(|s| s.line)).unwrap_or(1),
        location.column.or(span.map(|s| s.column)).unwrap_or(1),
    )
}

/// Whether a normaliser reading is a guess from free text (an alias, a full name, a name from a
/// card, a made-up SPDX-like id), which makes the licence [`inferred`](Licence::inferred). An
/// identifier with a published meaning is not a guess: an SPDX id in another case or deprecated
/// (SPDX ids match case-insensitively), a Hugging Face Hub id, a ScanCode key.
pub(crate) fn is_guess(reason: &NormalisationReason) -> bool {
    matches!(
        reason,
        NormalisationReason::Alias
            | NormalisationReason::FullName
            | NormalisationReason::LicenceName
            | NormalisationReason::PseudoSpdxId
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licence_urls_name_their_ids() {
        for (url, id) in [
            ("https://spdx.org/licenses/CC0-1.0", "CC0-1.0"),
            ("https://spdx.org/licenses/MIT.html", "MIT"),
            ("https://creativecommons.org/licenses/by/4.0/", "CC-BY-4.0"),
            (
                "http://creativecommons.org/licenses/by-nc-sa/4.0/",
                "CC-BY-NC-SA-4.0",
            ),
            (
                "https://creativecommons.org/publicdomain/zero/1.0/",
                "CC0-1.0",
            ),
            (
                "https://choosealicense.com/licenses/apache-2.0/",
                "apache-2.0",
            ),
            ("https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0"),
        ] {
            assert_eq!(licence_id_of_url(url).as_deref(), Some(id), "{url}");
        }
        assert_eq!(
            licence_id_of_url("https://commoncrawl.org/terms-of-use"),
            None
        );
    }

    #[test]
    fn licences_are_read_and_unknown_ones_stay_unknown() {
        let node = crate::syntax::parse_yaml("x", &crate::syntax::Limits::default()).unwrap();
        let mut sink = Sink::default();
        let l = sink.licence("https://choosealicense.com/licenses/mit/", &node, "");
        assert_eq!(l.expression.as_str(), "MIT");
        assert!(l.url.is_some());
        let l = sink.licence("apache-2.0", &node, "");
        assert_eq!(l.expression.as_str(), "Apache-2.0");
        let l = sink.licence("https://choosealicense.com/licenses/undefined/", &node, "");
        assert!(l.expression.is_noassertion());
        let l = sink.licence("Public", &node, "");
        assert!(l.expression.is_noassertion());
        assert_eq!(l.declared.as_deref(), Some("Public"));
        let l = sink.licence("MIT", &node, "");
        assert_eq!(l.expression.as_str(), "MIT");
        assert!(l.declared.is_none());
    }
}
