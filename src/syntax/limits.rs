//! The per-document limits: one table ([`LimitKind::ALL`]) of what a document may grow to, with
//! defaults ([`Limits::default`]), each settable by a named command-line flag
//! ([`LimitKind::flag`]). `docs/limits.md` is the same table in words.
//!
//! The parse limits (bytes, depth, nodes, string length) are enforced while the tree is built
//! ([`super::parse`]); the count limits (components, licence terms, evidence, claims, lineage,
//! evaluations) are counted on the parsed tree by [`check_counts`], before any reader does work
//! proportional to them, whatever the document's format. Every exceeded limit names itself and its
//! flag in its message.

use super::{Node, NodeValue, Span};

/// One limit of the table. [`LimitKind::ALL`] lists them in the order of `docs/limits.md`.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitKind {
    /// [`Limits::max_bytes`]: the input, or the scalar text after alias expansion, is too large.
    Bytes,
    /// [`Limits::max_depth`]: sequences and mappings nest too deeply.
    Depth,
    /// [`Limits::max_nodes`]: too many nodes, counting alias copies.
    Nodes,
    /// [`Limits::max_string_bytes`]: one scalar (a string, a key, a number) is too long.
    StringBytes,
    /// [`Limits::max_components`]: too many components.
    Components,
    /// [`Limits::max_licence_terms`]: one licence expression names too many licences.
    LicenceTerms,
    /// [`Limits::max_evidence`]: too many evidence entries in the document.
    Evidence,
    /// [`Limits::max_claims`]: too many claims.
    Claims,
    /// [`Limits::max_lineage`]: too many lineage entries in the document.
    Lineage,
    /// [`Limits::max_evaluations`]: too many evaluations.
    Evaluations,
}

impl LimitKind {
    /// Every limit, in the order of `docs/limits.md`.
    pub const ALL: &'static [Self] = &[
        Self::Bytes,
        Self::Depth,
        Self::Nodes,
        Self::StringBytes,
        Self::Components,
        Self::LicenceTerms,
        Self::Evidence,
        Self::Claims,
        Self::Lineage,
        Self::Evaluations,
    ];

    /// The limit's name, as the command-line flag spells it without `--` (`max-bytes`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bytes => "max-bytes",
            Self::Depth => "max-depth",
            Self::Nodes => "max-nodes",
            Self::StringBytes => "max-string-bytes",
            Self::Components => "max-components",
            Self::LicenceTerms => "max-licence-terms",
            Self::Evidence => "max-evidence",
            Self::Claims => "max-claims",
            Self::Lineage => "max-lineage",
            Self::Evaluations => "max-evaluations",
        }
    }

    /// The command-line flag that sets the limit (`--max-bytes`).
    #[must_use]
    pub fn flag(self) -> String {
        format!("--{}", self.name())
    }

    /// What the limit bounds, in words (the `docs/limits.md` table's third column).
    #[must_use]
    pub const fn bounds(self) -> &'static str {
        match self {
            Self::Bytes => {
                "bytes of one document (a file, standard input); also the scalar text after YAML alias expansion"
            }
            Self::Depth => "nesting of sequences and mappings (`[]` is depth 1)",
            Self::Nodes => {
                "scalars, keys, sequences and mappings, every node a YAML alias copies included"
            }
            Self::StringBytes => "bytes of one scalar (a string, a key, a number)",
            Self::Components => "components of one release (a MOT file's `release.components`)",
            Self::LicenceTerms => "licence ids and exceptions in one licence expression",
            Self::Evidence => "evidence entries in the whole document, every list counted",
            Self::Claims => "claims of one release",
            Self::Lineage => {
                "lineage entries in the whole document (the release's and the components')"
            }
            Self::Evaluations => "evaluations of one release",
        }
    }

    /// The counted things, in the plural, for messages (`components`).
    #[must_use]
    pub const fn unit(self) -> &'static str {
        match self {
            Self::Bytes | Self::StringBytes => "bytes",
            Self::Depth => "levels of nesting",
            Self::Nodes => "nodes",
            Self::Components => "components",
            Self::LicenceTerms => "licence terms",
            Self::Evidence => "evidence entries",
            Self::Claims => "claims",
            Self::Lineage => "lineage entries",
            Self::Evaluations => "evaluations",
        }
    }

    /// The key of the lists a count limit counts (`components`), `None` for a parse limit.
    const fn list_key(self) -> Option<&'static str> {
        match self {
            Self::Components => Some("components"),
            Self::Evidence => Some("evidence"),
            Self::Claims => Some("claims"),
            Self::Lineage => Some("lineage"),
            Self::Evaluations => Some("evaluations"),
            Self::Bytes | Self::Depth | Self::Nodes | Self::StringBytes | Self::LicenceTerms => {
                None
            }
        }
    }
}

impl std::fmt::Display for LimitKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The limits on one document (a file, a document on standard input): the table of
/// [`LimitKind::ALL`], with the defaults of `docs/limits.md`.
///
/// Build one from [`Limits::default`] and adjust fields, or use [`Limits::with`] and the
/// `with_*` methods. The same `Limits` bounds every reader: native JSON and YAML, Model Openness
/// Tool files, profiles and every importer (through [`crate::pipeline::Pipeline`] and
/// [`crate::validate::ValidatorOptions::limits`]).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted input, in bytes; also bounds the total scalar text after YAML alias
    /// expansion. Default 16 MiB.
    pub max_bytes: usize,
    /// Deepest accepted nesting of sequences and mappings (`[]` is depth 1, `[[]]` depth 2).
    /// Default 128.
    pub max_depth: usize,
    /// Most nodes (scalars, keys, sequences, mappings, and every node copied by a YAML alias)
    /// in one document. Default 1,000,000.
    pub max_nodes: usize,
    /// Longest scalar (string, key or number), in bytes. Default 1 MiB.
    pub max_string_bytes: usize,
    /// Most components in one release. Default 10,000.
    pub max_components: usize,
    /// Most licence ids and exceptions in one licence expression. Default 1,000.
    pub max_licence_terms: usize,
    /// Most evidence entries in one document, every list counted. Default 10,000.
    pub max_evidence: usize,
    /// Most claims in one release. Default 10,000.
    pub max_claims: usize,
    /// Most lineage entries in one document. Default 1,000.
    pub max_lineage: usize,
    /// Most evaluations in one release. Default 10,000.
    pub max_evaluations: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: 16 * 1024 * 1024,
            max_depth: 128,
            max_nodes: 1_000_000,
            max_string_bytes: 1024 * 1024,
            max_components: 10_000,
            max_licence_terms: 1_000,
            max_evidence: 10_000,
            max_claims: 10_000,
            max_lineage: 1_000,
            max_evaluations: 10_000,
        }
    }
}

impl Limits {
    /// The value of one limit.
    #[must_use]
    pub const fn get(&self, kind: LimitKind) -> usize {
        match kind {
            LimitKind::Bytes => self.max_bytes,
            LimitKind::Depth => self.max_depth,
            LimitKind::Nodes => self.max_nodes,
            LimitKind::StringBytes => self.max_string_bytes,
            LimitKind::Components => self.max_components,
            LimitKind::LicenceTerms => self.max_licence_terms,
            LimitKind::Evidence => self.max_evidence,
            LimitKind::Claims => self.max_claims,
            LimitKind::Lineage => self.max_lineage,
            LimitKind::Evaluations => self.max_evaluations,
        }
    }

    /// These limits with one limit replaced.
    #[must_use]
    pub const fn with(mut self, kind: LimitKind, value: usize) -> Self {
        let field = match kind {
            LimitKind::Bytes => &mut self.max_bytes,
            LimitKind::Depth => &mut self.max_depth,
            LimitKind::Nodes => &mut self.max_nodes,
            LimitKind::StringBytes => &mut self.max_string_bytes,
            LimitKind::Components => &mut self.max_components,
            LimitKind::LicenceTerms => &mut self.max_licence_terms,
            LimitKind::Evidence => &mut self.max_evidence,
            LimitKind::Claims => &mut self.max_claims,
            LimitKind::Lineage => &mut self.max_lineage,
            LimitKind::Evaluations => &mut self.max_evaluations,
        };
        *field = value;
        self
    }

    /// These limits with `max_bytes` replaced.
    #[must_use]
    pub const fn with_max_bytes(self, max_bytes: usize) -> Self {
        self.with(LimitKind::Bytes, max_bytes)
    }

    /// These limits with `max_depth` replaced.
    #[must_use]
    pub const fn with_max_depth(self, max_depth: usize) -> Self {
        self.with(LimitKind::Depth, max_depth)
    }

    /// These limits with `max_nodes` replaced.
    #[must_use]
    pub const fn with_max_nodes(self, max_nodes: usize) -> Self {
        self.with(LimitKind::Nodes, max_nodes)
    }

    /// These limits with `max_components` replaced.
    #[must_use]
    pub const fn with_max_components(self, max_components: usize) -> Self {
        self.with(LimitKind::Components, max_components)
    }

    /// The message for `found` (or more) of `kind` against these limits:
    /// `3 components, more than the limit of 2 (--max-components)`.
    #[must_use]
    pub fn message(&self, kind: LimitKind, found: &str) -> String {
        format!(
            "{found} {}, more than the limit of {} ({})",
            kind.unit(),
            self.get(kind),
            kind.flag()
        )
    }
}

/// A count limit a parsed document exceeds: which, where (the list or value that passes it), and
/// the message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exceeded {
    /// The limit.
    pub kind: LimitKind,
    /// JSON Pointer of the list (or licence) where the count passes the limit.
    pub pointer: String,
    /// Where that list starts.
    pub span: Span,
    /// The message, naming the limit's flag.
    pub message: String,
}

/// The number of licence terms (ids and exceptions) in a licence expression's text: its words
/// other than the operators `AND`, `OR`, `WITH`, split at white space and parentheses. Linear in
/// the text.
#[must_use]
pub fn licence_terms(text: &str) -> usize {
    text.split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| {
            !w.is_empty()
                && !w.eq_ignore_ascii_case("and")
                && !w.eq_ignore_ascii_case("or")
                && !w.eq_ignore_ascii_case("with")
        })
        .count()
}

/// Counts, in one pass over `tree`, the lists of every count limit (the items of every sequence
/// under a `components`, `evidence`, `claims`, `lineage` or `evaluations` key, summed over the
/// document) and the licence terms of every licence (a string under a `license` or `licence`
/// key, or under its `expression`). Returns each limit passed, once, at the list where it is
/// passed. Linear in the size of the tree; recursion is bounded by [`Limits::max_depth`], which
/// the parse enforced.
#[must_use]
pub fn check_counts(tree: &Node, limits: &Limits) -> Vec<Exceeded> {
    let mut counter = Counter {
        limits,
        totals: [0; LIST_KINDS.len()],
        first: [None, None, None, None, None],
        licence: None,
    };
    let mut pointer = String::new();
    counter.walk(tree, &mut pointer, None);
    let mut out = Vec::new();
    if let Some(e) = counter.licence {
        out.push(e);
    }
    for (i, first) in counter.first.into_iter().enumerate() {
        if let Some((kind, pointer, span, single)) = first {
            let total = counter.totals[i];
            let found = total.to_string();
            let mut message = limits.message(kind, &found);
            if !single {
                message.push_str(" in the document; this list passes the limit");
            }
            out.push(Exceeded {
                kind,
                pointer,
                span,
                message,
            });
        }
    }
    out
}

/// The count limits that count lists, in [`Counter::totals`] order.
const LIST_KINDS: [LimitKind; 5] = [
    LimitKind::Components,
    LimitKind::Evidence,
    LimitKind::Claims,
    LimitKind::Lineage,
    LimitKind::Evaluations,
];

struct Counter<'a> {
    limits: &'a Limits,
    totals: [usize; LIST_KINDS.len()],
    /// Per list kind: where the limit was first passed, and whether that list alone passes it.
    first: [Option<(LimitKind, String, Span, bool)>; LIST_KINDS.len()],
    licence: Option<Exceeded>,
}

impl Counter<'_> {
    fn walk(&mut self, node: &Node, pointer: &mut String, key: Option<&str>) {
        let licence_key = matches!(key, Some("license" | "licence"));
        match &node.value {
            NodeValue::Scalar(s) => {
                if licence_key {
                    self.licence(&s.text, node.span, pointer);
                }
            }
            NodeValue::Sequence(items) => {
                if let Some(i) =
                    key.and_then(|k| LIST_KINDS.iter().position(|l| l.list_key() == Some(k)))
                {
                    let kind = LIST_KINDS[i];
                    self.totals[i] = self.totals[i].saturating_add(items.len());
                    if self.first[i].is_none() && self.totals[i] > self.limits.get(kind) {
                        let single = items.len() == self.totals[i];
                        self.first[i] = Some((kind, pointer.clone(), node.span, single));
                    }
                }
                for (i, item) in items.iter().enumerate() {
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&i.to_string());
                    self.walk(item, pointer, None);
                    pointer.truncate(len);
                }
            }
            NodeValue::Mapping(entries) => {
                for entry in entries {
                    let Some(k) = entry.key.as_scalar() else {
                        continue;
                    };
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&k.text.replace('~', "~0").replace('/', "~1"));
                    if licence_key && k.text == "expression" {
                        if let Some(s) = entry.value.as_scalar() {
                            self.licence(&s.text, entry.value.span, pointer);
                        }
                    } else {
                        self.walk(&entry.value, pointer, Some(&k.text));
                    }
                    pointer.truncate(len);
                }
            }
        }
    }

    fn licence(&mut self, text: &str, span: Span, pointer: &str) {
        if self.licence.is_some() {
            return;
        }
        let terms = licence_terms(text);
        if terms > self.limits.max_licence_terms {
            self.licence = Some(Exceeded {
                kind: LimitKind::LicenceTerms,
                pointer: pointer.to_owned(),
                span,
                message: self
                    .limits
                    .message(LimitKind::LicenceTerms, &terms.to_string()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_limit_reads_and_writes_its_own_field() {
        for (i, kind) in LimitKind::ALL.iter().enumerate() {
            let limits = Limits::default().with(*kind, 7 + i);
            assert_eq!(limits.get(*kind), 7 + i);
            for other in LimitKind::ALL.iter().filter(|k| *k != kind) {
                assert_eq!(limits.get(*other), Limits::default().get(*other));
            }
        }
    }

    #[test]
    fn licence_terms_are_the_words_that_are_not_operators() {
        assert_eq!(licence_terms("MIT"), 1);
        assert_eq!(
            licence_terms("(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0"),
            4
        );
        assert_eq!(licence_terms(""), 0);
    }

    #[test]
    fn docs_limits_md_is_the_table_of_the_code() {
        let doc = include_str!("../../docs/limits.md");
        let rows: Vec<Vec<String>> = doc
            .lines()
            .filter(|l| l.starts_with("| `--"))
            .map(|l| {
                l.trim_matches('|')
                    .split(" | ")
                    .map(|c| c.trim().to_owned())
                    .collect()
            })
            .collect();
        let expected: Vec<Vec<String>> = LimitKind::ALL
            .iter()
            .map(|k| {
                vec![
                    format!("`{}`", k.flag()),
                    Limits::default().get(*k).to_string(),
                    k.bounds().to_owned(),
                ]
            })
            .collect();
        assert_eq!(rows, expected, "docs/limits.md lists every limit, in order");
    }
}
