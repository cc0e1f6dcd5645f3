//! A validated SPDX licence expression, and the terms it is made of.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use spdx::expression::{ExprNode, ExpressionReq, Operator};
use spdx::{AdditionItem, LicenseItem};

use super::error::{LicenceError, LicenceErrorKind};
use super::normalise::{Normalisation, has_gnu_suffix, normalise};
use super::table::{LicenceInfo, lookup, table};

/// A JSON Schema / ECMA-262 pattern that accepts SPDX licence-expression syntax: ids and
/// `LicenseRef-…` (`[-A-Za-z0-9.]+`), `DocumentRef-…:` prefixes, a trailing `+`, `WITH` exceptions,
/// `AND`/`OR` (upper or lower case) and parentheses. It checks the shape only: balanced
/// parentheses and known ids are checked by [`LicenceExpression::parse`].
pub const EXPRESSION_PATTERN: &str = concat!(
    r"^\s*(?:\(\s*)*",
    r"(?:DocumentRef-[-A-Za-z0-9.]+:)?[-A-Za-z0-9.]+\+?",
    r"(?:\s+(?:WITH|with)\s+(?:DocumentRef-[-A-Za-z0-9.]+:)?[-A-Za-z0-9.]+)?",
    r"(?:(?:(?:\s*\))+\s*|\s+)(?:AND|OR|and|or)(?:\s*(?:\(\s*)+|\s+(?:\(\s*)*)",
    r"(?:DocumentRef-[-A-Za-z0-9.]+:)?[-A-Za-z0-9.]+\+?",
    r"(?:\s+(?:WITH|with)\s+(?:DocumentRef-[-A-Za-z0-9.]+:)?[-A-Za-z0-9.]+)?)*",
    r"(?:\s*\))*\s*$",
);

/// Unknown and deprecated ids are accepted (the validator reports them); GNU ids may take the
/// deprecated `+` (`GPL-2.0+`). Nothing else is relaxed: no `/` for `OR`, no imprecise names.
const MODE: spdx::ParseMode = spdx::ParseMode {
    allow_postfix_plus_on_gpl: true,
    allow_deprecated: true,
    allow_unknown: true,
    ..spdx::ParseMode::STRICT
};

/// A licence as an SPDX licence expression (`Apache-2.0`, `MIT OR Apache-2.0`,
/// `LicenseRef-Llama-3.1-Community`, `GPL-2.0-or-later WITH Classpath-exception-2.0`), or one of the
/// SPDX special values `NONE` (explicitly no licence) and `NOASSERTION` (not known).
///
/// Parsing is done by the `spdx` crate. Ids that are not on the SPDX list and deprecated ids are
/// accepted, so that a validator can report them; syntax errors are rejected, and so are terms the
/// crate recognises as a licence written in a form that is not an SPDX id (`apache-2.0`, `Llama-3`,
/// `gemma`): the error carries the corrected expression.
///
/// `Display` writes the text as given, and `parse(display)` gives an equal value; equality compares
/// that text. [`LicenceExpression::canonical`] gives the normalised form.
#[derive(Clone)]
pub struct LicenceExpression {
    text: String,
    inner: Inner,
}

#[derive(Clone)]
enum Inner {
    None,
    NoAssertion,
    Expr(Box<spdx::Expression>),
}

/// One licence term of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenceTerm<'a> {
    /// An id on the SPDX licence list.
    Spdx {
        /// The id. A deprecated GNU id with `+` (`GPL-2.0+`) is given as its replacement
        /// (`GPL-2.0-or-later`).
        id: &'static str,
        /// Whether the id, as written, is deprecated on the SPDX list.
        deprecated: bool,
        /// Whether `+` ("or any later version") follows a non-GNU id.
        or_later: bool,
    },
    /// A `LicenseRef-<name>`, optionally prefixed by `DocumentRef-<document>:`.
    LicenseRef {
        /// The `DocumentRef-` name, when the reference points into another SPDX document.
        document: Option<&'a str>,
        /// The name after `LicenseRef-`.
        name: &'a str,
    },
    /// An id that is neither on the SPDX list nor a `LicenseRef-` (it is reported by the validator).
    Unknown {
        /// The id as written.
        id: &'a str,
    },
}

impl<'a> LicenceTerm<'a> {
    /// The term in canonical form: a deprecated bare GNU id becomes its `-only` form (`GPL-2.0` →
    /// `GPL-2.0-only`, as the SPDX list defines it); anything else is written as parsed.
    #[must_use]
    pub fn canonical(&self) -> Cow<'a, str> {
        match *self {
            LicenceTerm::Spdx { or_later, .. } => {
                let name = self.resolved_spdx_name().unwrap_or_default();
                if or_later {
                    Cow::Owned(format!("{name}+"))
                } else {
                    Cow::Borrowed(name)
                }
            }
            LicenceTerm::LicenseRef {
                document: Some(d),
                name,
            } => Cow::Owned(format!("DocumentRef-{d}:LicenseRef-{name}")),
            LicenceTerm::LicenseRef {
                document: None,
                name,
            } => Cow::Owned(format!("LicenseRef-{name}")),
            LicenceTerm::Unknown { id } => Cow::Borrowed(id),
        }
    }

    /// For an SPDX term, the id the facts are taken from: the id itself, or for a deprecated bare
    /// GNU id its `-only` replacement.
    #[must_use]
    pub fn resolved_spdx_name(&self) -> Option<&'static str> {
        match *self {
            LicenceTerm::Spdx { id, .. } => Some(resolve_gnu(id)),
            _ => None,
        }
    }

    /// The `spdx` crate's entry for the (resolved) id of an SPDX term.
    #[must_use]
    pub fn spdx_id(&self) -> Option<spdx::LicenseId> {
        self.resolved_spdx_name().and_then(spdx::license_id)
    }

    /// What the normaliser makes of a term the table does not know: a `LicenseRef-` whose name is
    /// a known spelling (`LicenseRef-llama3`, `LicenseRef-scancode-llama-2-license-2023`) or an
    /// unknown id. `None` for SPDX ids, table ids and unrecognised names. Informational only: the
    /// facts of a term never follow it, since a `LicenseRef-` may name any text.
    #[must_use]
    pub fn normalise(&self) -> Option<Normalisation> {
        if self.info().is_some() {
            return None;
        }
        match *self {
            LicenceTerm::LicenseRef {
                document: None,
                name,
            } => normalise(&format!("LicenseRef-{name}")).or_else(|| normalise(name)),
            LicenceTerm::Unknown { id } => normalise(id),
            LicenceTerm::Spdx { .. } | LicenceTerm::LicenseRef { .. } => None,
        }
    }

    /// The table row for this term: by the (resolved) SPDX id, or by the `LicenseRef-` id. Terms
    /// with a `DocumentRef-` and unknown ids have none.
    #[must_use]
    pub fn info(&self) -> Option<&'static LicenceInfo> {
        match *self {
            LicenceTerm::Spdx { .. } => self.resolved_spdx_name().and_then(lookup),
            LicenceTerm::LicenseRef {
                document: None,
                name,
            } => table()
                .iter()
                .find(|row| row.id.strip_prefix("LicenseRef-") == Some(name)),
            _ => None,
        }
    }
}

fn resolve_gnu(id: &'static str) -> &'static str {
    match spdx::license_id(id) {
        Some(l) if l.is_gnu() && l.is_deprecated() && !has_gnu_suffix(id) => {
            spdx::gnu_license_id(id, false).map_or(id, |r| r.name)
        }
        _ => id,
    }
}

impl fmt::Display for LicenceTerm<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical())
    }
}

/// The exception that follows `WITH`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExceptionTerm<'a> {
    /// An exception on the SPDX exceptions list.
    Spdx {
        /// The id.
        id: &'static str,
        /// Whether it is deprecated.
        deprecated: bool,
    },
    /// An `AdditionRef-<name>`, optionally prefixed by `DocumentRef-<document>:`.
    AdditionRef {
        /// The `DocumentRef-` name.
        document: Option<&'a str>,
        /// The name after `AdditionRef-`.
        name: &'a str,
    },
    /// An exception id that is not on the SPDX list.
    Unknown {
        /// The id as written.
        id: &'a str,
    },
}

impl fmt::Display for ExceptionTerm<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExceptionTerm::Spdx { id, .. } => f.write_str(id),
            ExceptionTerm::AdditionRef {
                document: Some(d),
                name,
            } => write!(f, "DocumentRef-{d}:AdditionRef-{name}"),
            ExceptionTerm::AdditionRef {
                document: None,
                name,
            } => write!(f, "AdditionRef-{name}"),
            ExceptionTerm::Unknown { id } => f.write_str(id),
        }
    }
}

/// One requirement of an expression: a licence term, its `WITH` exception, and where it is in
/// the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct LicenceRequirement<'a> {
    /// The licence.
    pub term: LicenceTerm<'a>,
    /// The exception after `WITH`, if any. Exceptions grant extra permissions; they never count
    /// against openness, but they stay visible here.
    pub exception: Option<ExceptionTerm<'a>>,
    /// The byte range of the licence term in the expression's text.
    pub span: Range<usize>,
}

impl LicenceExpression {
    /// Parses and checks a licence expression.
    ///
    /// # Errors
    /// [`LicenceError`] with the byte span of the problem when the text is empty, is not SPDX
    /// expression syntax, contains a term that names a known licence in a non-SPDX form (the error
    /// suggests the corrected expression), names a family or placeholder instead of a licence, or
    /// misuses `NONE`/`NOASSERTION` or a reference.
    ///
    /// ```
    /// use ai_openness::licence::LicenceExpression;
    /// let e = LicenceExpression::parse("MIT OR Apache-2.0").unwrap();
    /// assert_eq!(e.ids().count(), 2);
    /// let err = LicenceExpression::parse("apache-2.0").unwrap_err();
    /// assert_eq!(err.suggestion(), Some("Apache-2.0"));
    /// ```
    pub fn parse(text: &str) -> Result<Self, LicenceError> {
        let trimmed = text.trim();
        let lead = text.len() - text.trim_start().len();
        let whole = lead..lead + trimmed.len();
        if trimmed.is_empty() {
            return Err(LicenceError::new(
                text,
                0..text.len(),
                LicenceErrorKind::Empty,
            ));
        }
        match trimmed {
            "NONE" => return Ok(Self::special(text, Inner::None)),
            "NOASSERTION" => return Ok(Self::special(text, Inner::NoAssertion)),
            _ => {}
        }
        for value in ["NONE", "NOASSERTION"] {
            if trimmed.eq_ignore_ascii_case(value) {
                let kind = LicenceErrorKind::SpecialValueCase {
                    term: trimmed.to_owned(),
                    value,
                };
                return Err(
                    LicenceError::new(text, whole, kind).with_suggestion(Some(value.to_owned()))
                );
            }
        }
        let expr = match spdx::Expression::parse_mode(text, MODE) {
            Ok(expr) => expr,
            Err(e) => return Err(syntax_error(text, &e)),
        };
        check(text, &expr)?;
        Ok(Self {
            text: text.to_owned(),
            inner: Inner::Expr(Box::new(expr)),
        })
    }

    fn special(text: &str, inner: Inner) -> Self {
        Self {
            text: text.to_owned(),
            inner,
        }
    }

    /// `NONE`: explicitly no licence.
    #[must_use]
    pub fn none() -> Self {
        Self::special("NONE", Inner::None)
    }

    /// `NOASSERTION`: the licence is not known.
    #[must_use]
    pub fn noassertion() -> Self {
        Self::special("NOASSERTION", Inner::NoAssertion)
    }

    /// The text as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether this is `NONE`.
    #[must_use]
    pub fn is_none(&self) -> bool {
        matches!(self.inner, Inner::None)
    }

    /// Whether this is `NOASSERTION`.
    #[must_use]
    pub fn is_noassertion(&self) -> bool {
        matches!(self.inner, Inner::NoAssertion)
    }

    /// The canonical form: surrounding whitespace dropped, single spaces, upper-case operators,
    /// only the parentheses that precedence needs, deprecated bare GNU ids as `-only` and deprecated
    /// `GPL-2.0+` forms as `-or-later`. Parsing the canonical form gives an equivalent expression.
    #[must_use]
    pub fn canonical(&self) -> String {
        let Some(expr) = self.expr() else {
            return self.text.trim().to_owned();
        };
        // The pieces are built once and written out once: formatting each operator's operands
        // into a new string would copy a long `A OR B OR …` chain once per operator (quadratic).
        let leaf = |r: &ExpressionReq| {
            let req = requirement(&self.text, r);
            let mut s = req.term.canonical().into_owned();
            if let Some(exc) = req.exception {
                s.push_str(" WITH ");
                s.push_str(&exc.to_string());
            }
            Piece::Leaf(s)
        };
        let arena: std::cell::RefCell<Vec<Piece>> = std::cell::RefCell::new(Vec::new());
        let push = |piece: Piece| {
            let mut arena = arena.borrow_mut();
            arena.push(piece);
            arena.len() - 1
        };
        let root = fold_postfix(
            expr,
            |r| (push(leaf(r)), None),
            |o, (a, top_a): (usize, Option<Operator>), (b, top_b): (usize, Option<Operator>)| {
                let wrap = |top| o == Operator::And && top == Some(Operator::Or);
                let piece = Piece::Op {
                    op: o,
                    a,
                    b,
                    wrap_a: wrap(top_a),
                    wrap_b: wrap(top_b),
                };
                (push(piece), Some(o))
            },
        );
        let Some((root, _)) = root else {
            return self.text.trim().to_owned();
        };
        write_pieces(&arena.borrow(), root)
    }

    /// The requirements (licence term, exception, span), left to right. Empty for `NONE` and
    /// `NOASSERTION`.
    pub fn requirements(&self) -> impl Iterator<Item = LicenceRequirement<'_>> {
        self.expr()
            .into_iter()
            .flat_map(spdx::Expression::requirements)
            .map(|r| requirement(&self.text, r))
    }

    /// The licence terms, left to right. Empty for `NONE` and `NOASSERTION`.
    pub fn ids(&self) -> impl Iterator<Item = LicenceTerm<'_>> {
        self.requirements().map(|r| r.term)
    }

    /// Folds an expression of terms: each requirement through `leaf`, each `AND` (`true`) or
    /// `OR` (`false`) through `op`. `None` for `NONE` and `NOASSERTION`, which have no terms.
    pub(super) fn fold<T>(
        &self,
        mut leaf: impl FnMut(LicenceRequirement<'_>) -> T,
        mut op: impl FnMut(bool, T, T) -> T,
    ) -> Option<T> {
        let expr = self.expr()?;
        fold_postfix(
            expr,
            |r| leaf(requirement(&self.text, r)),
            |o, a, b| op(o == Operator::And, a, b),
        )
    }

    fn expr(&self) -> Option<&spdx::Expression> {
        match &self.inner {
            Inner::Expr(e) => Some(e),
            Inner::None | Inner::NoAssertion => None,
        }
    }
}

/// A node of a canonical expression being written: a term, or an operator over two nodes (by
/// index), each wrapped in parentheses when precedence needs it.
enum Piece {
    Leaf(String),
    Op {
        op: Operator,
        a: usize,
        b: usize,
        wrap_a: bool,
        wrap_b: bool,
    },
}

/// Writes the pieces from `root` in order, with an explicit stack (an expression of 100,000
/// terms is a chain 100,000 deep): linear in the output.
fn write_pieces(pieces: &[Piece], root: usize) -> String {
    enum Task {
        Piece(usize),
        Text(&'static str),
    }
    let mut out = String::new();
    let mut tasks = vec![Task::Piece(root)];
    while let Some(task) = tasks.pop() {
        match task {
            Task::Text(t) => out.push_str(t),
            Task::Piece(i) => match pieces.get(i) {
                Some(Piece::Leaf(s)) => out.push_str(s),
                Some(Piece::Op {
                    op,
                    a,
                    b,
                    wrap_a,
                    wrap_b,
                }) => {
                    let word = match op {
                        Operator::And => " AND ",
                        Operator::Or => " OR ",
                    };
                    // Pushed in reverse: the left operand is written first.
                    if *wrap_b {
                        tasks.push(Task::Text(")"));
                    }
                    tasks.push(Task::Piece(*b));
                    if *wrap_b {
                        tasks.push(Task::Text("("));
                    }
                    tasks.push(Task::Text(word));
                    if *wrap_a {
                        tasks.push(Task::Text(")"));
                    }
                    tasks.push(Task::Piece(*a));
                    if *wrap_a {
                        tasks.push(Task::Text("("));
                    }
                }
                None => {}
            },
        }
    }
    out
}

/// Folds the postfix node list of an expression into a value.
fn fold_postfix<T>(
    expr: &spdx::Expression,
    mut leaf: impl FnMut(&ExpressionReq) -> T,
    mut op: impl FnMut(Operator, T, T) -> T,
) -> Option<T> {
    let mut stack = Vec::new();
    for node in expr.iter() {
        match node {
            ExprNode::Req(r) => stack.push(leaf(r)),
            ExprNode::Op(o) => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(op(*o, a, b));
            }
        }
    }
    let top = stack.pop()?;
    stack.is_empty().then_some(top)
}

fn span_of(r: &ExpressionReq) -> Range<usize> {
    r.span.start as usize..r.span.end as usize
}

fn requirement<'a>(text: &'a str, r: &'a ExpressionReq) -> LicenceRequirement<'a> {
    let span = span_of(r);
    let written = text.get(span.clone()).unwrap_or_default();
    let term = match &r.req.license {
        LicenseItem::Spdx { id, or_later } => LicenceTerm::Spdx {
            id: id.name,
            deprecated: id.is_deprecated()
                || spdx::license_id(written)
                    .is_some_and(|w| w.name == written && w.is_deprecated()),
            or_later: *or_later,
        },
        LicenseItem::Other(lr) => {
            if is_written_reference(written, lr) {
                LicenceTerm::LicenseRef {
                    document: lr.doc_ref.as_deref(),
                    name: &lr.lic_ref,
                }
            } else {
                LicenceTerm::Unknown { id: &lr.lic_ref }
            }
        }
    };
    let exception = r.req.addition.as_ref().map(|a| match a {
        AdditionItem::Spdx(e) => ExceptionTerm::Spdx {
            id: e.name,
            deprecated: e.is_deprecated(),
        },
        AdditionItem::Other(ar) => {
            let written = addition_span(text, span.end).and_then(|s| text.get(s));
            if written.is_some_and(|w| w == ar.to_string()) {
                ExceptionTerm::AdditionRef {
                    document: ar.doc_ref.as_deref(),
                    name: &ar.add_ref,
                }
            } else {
                ExceptionTerm::Unknown { id: &ar.add_ref }
            }
        }
    });
    LicenceRequirement {
        term,
        exception,
        span,
    }
}

/// Whether `written` is a `LicenseRef-`/`DocumentRef-` token. The `spdx` crate also stores unknown
/// ids as license refs; those do not print back as written.
fn is_written_reference(written: &str, lr: &spdx::LicenseRef) -> bool {
    written == lr.to_string()
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':')
}

/// The byte span of the exception that follows the licence term ending at `end`.
fn addition_span(text: &str, end: usize) -> Option<Range<usize>> {
    let rest = text.get(end..)?;
    let after_plus = rest.strip_prefix('+').unwrap_or(rest);
    let after_ws = after_plus.trim_start();
    let after_with = after_ws
        .strip_prefix("WITH")
        .or_else(|| after_ws.strip_prefix("with"))?;
    let token = after_with.trim_start();
    let start = text.len() - token.len();
    let len = token
        .char_indices()
        .find(|(_, c)| !is_token_char(*c))
        .map_or(token.len(), |(i, _)| i);
    Some(start..start + len)
}

fn syntax_error(text: &str, e: &spdx::ParseError) -> LicenceError {
    let normalisation = normalise(text);
    let suggestion = normalisation
        .as_ref()
        .and_then(|n| n.id)
        .map(str::to_owned)
        .or_else(|| suggest_by_parts(text))
        .or_else(|| suggest_slash_as_or(text));
    let kind = LicenceErrorKind::Syntax {
        reason: e.reason.to_string(),
    };
    LicenceError::new(text, e.span.clone(), kind)
        .with_normalisation(normalisation)
        .with_suggestion(suggestion)
}

/// For a text like "MIT/Apache-2.0" (a common way of writing a choice): the same with `OR`.
fn suggest_slash_as_or(text: &str) -> Option<String> {
    if !text.contains('/') || text.contains("://") {
        return None;
    }
    let candidate = text
        .split('/')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" OR ");
    match LicenceExpression::parse(&candidate) {
        Ok(e) => Some(e.canonical()),
        Err(e) => e.suggestion().map(str::to_owned),
    }
}

/// For a text like "Apache 2.0 OR MIT": fixes each operand that the normaliser knows.
fn suggest_by_parts(text: &str) -> Option<String> {
    if text.contains(['(', ')']) {
        return None;
    }
    let mut parts: Vec<(Option<&'static str>, Vec<&str>)> = vec![(None, Vec::new())];
    for word in text.split_whitespace() {
        let op = match word {
            "AND" | "and" => Some(" AND "),
            "OR" | "or" => Some(" OR "),
            _ => None,
        };
        match (op, parts.last_mut()) {
            (Some(op), _) => parts.push((Some(op), Vec::new())),
            (None, Some((_, words))) => words.push(word),
            (None, None) => return None,
        }
    }
    if parts.len() < 2 {
        return None;
    }
    let mut out = String::new();
    for (op, words) in parts {
        if words.is_empty() {
            return None;
        }
        let part = words.join(" ");
        let fixed = match LicenceExpression::parse(&part) {
            Ok(e) => e.canonical(),
            Err(err) => match (err.suggestion(), normalise(&part).and_then(|n| n.id)) {
                (Some(s), _) => s.to_owned(),
                (None, Some(id)) => id.to_owned(),
                (None, None) => return None,
            },
        };
        out.push_str(op.unwrap_or_default());
        out.push_str(&fixed);
    }
    Some(out)
}

struct Problem {
    span: Range<usize>,
    kind: LicenceErrorKind,
    normalisation: Option<Normalisation>,
    replacement: Option<String>,
}

/// Checks the terms of an expression the `spdx` crate accepted.
fn check(text: &str, expr: &spdx::Expression) -> Result<(), LicenceError> {
    let mut problems = Vec::new();
    for r in expr.requirements() {
        let span = span_of(r);
        let written = text.get(span.clone()).unwrap_or_default();
        match &r.req.license {
            LicenseItem::Spdx { id, .. } => {
                let plus = text
                    .get(span.end..)
                    .is_some_and(|rest| rest.starts_with('+'));
                if plus && id.is_gnu() && written.ends_with("-only") {
                    problems.push(Problem {
                        span: span.start..span.end + 1,
                        kind: LicenceErrorKind::PlusAfterSuffix {
                            term: written.to_owned(),
                        },
                        normalisation: None,
                        replacement: written
                            .strip_suffix("-only")
                            .map(|base| format!("{base}-or-later")),
                    });
                }
            }
            LicenseItem::Other(lr) => {
                if is_written_reference(written, lr) {
                    if lr.lic_ref.is_empty() || lr.doc_ref.as_deref() == Some("") {
                        problems.push(malformed(
                            span.clone(),
                            written,
                            "the reference has an empty name",
                        ));
                    }
                } else if let Some(p) = check_unknown(span.clone(), written) {
                    problems.push(p);
                }
            }
        }
        if let (Some(_), Some(aspan)) = (&r.req.addition, addition_span(text, span.end))
            && let Some(again) = second_with(text, aspan.end)
        {
            problems.push(Problem {
                span: again,
                kind: LicenceErrorKind::Syntax {
                    reason: "a licence term takes at most one `WITH` exception".to_owned(),
                },
                normalisation: None,
                replacement: None,
            });
        }
        if let (Some(AdditionItem::Other(ar)), Some(aspan)) =
            (&r.req.addition, addition_span(text, span.end))
        {
            let written = text.get(aspan.clone()).unwrap_or_default();
            if written == ar.to_string() {
                if ar.add_ref.is_empty() || ar.doc_ref.as_deref() == Some("") {
                    problems.push(malformed(aspan, written, "the reference has an empty name"));
                }
            } else if let Some(exc) = spdx::identifiers::EXCEPTIONS
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(written))
            {
                problems.push(Problem {
                    span: aspan,
                    kind: LicenceErrorKind::ExceptionCase {
                        term: written.to_owned(),
                    },
                    normalisation: None,
                    replacement: Some(exc.name.to_owned()),
                });
            } else if let Some(p) = check_reference_syntax(aspan, written) {
                problems.push(p);
            }
        }
    }
    problems.sort_by_key(|p| p.span.start);
    let mut problems = problems.into_iter();
    let Some(first) = problems.next() else {
        return Ok(());
    };
    let rest: Vec<Problem> = problems.collect();
    let suggestion = if first.replacement.is_some() && rest.iter().all(|p| p.replacement.is_some())
    {
        let mut fixed = text.to_owned();
        for p in rest.iter().rev().chain(std::iter::once(&first)) {
            if let Some(r) = &p.replacement
                && fixed.get(p.span.clone()).is_some()
            {
                fixed.replace_range(p.span.clone(), r);
            }
        }
        Some(fixed)
    } else {
        None
    };
    Err(LicenceError::new(text, first.span, first.kind)
        .with_normalisation(first.normalisation)
        .with_suggestion(suggestion))
}

/// The span of a second `WITH` right after the exception ending at `end`: the `spdx` crate, with
/// unknown exceptions allowed, reads `MIT WITH A WITH B` as one term and drops an exception.
fn second_with(text: &str, end: usize) -> Option<Range<usize>> {
    let rest = text.get(end..)?;
    let after_ws = rest.trim_start();
    let keyword = after_ws.get(..4)?;
    let follows = after_ws[4..].chars().next();
    if keyword.eq_ignore_ascii_case("WITH") && follows.is_none_or(char::is_whitespace) {
        let start = text.len() - after_ws.len();
        return Some(start..start + 4);
    }
    None
}

fn malformed(span: Range<usize>, written: &str, reason: &'static str) -> Problem {
    Problem {
        span,
        kind: LicenceErrorKind::MalformedReference {
            term: written.to_owned(),
            reason,
        },
        normalisation: None,
        replacement: None,
    }
}

/// Reference prefixes in the wrong case, stray `DocumentRef-` and `:`.
fn check_reference_syntax(span: Range<usize>, written: &str) -> Option<Problem> {
    let lower = written.to_ascii_lowercase();
    let prefixes = ["licenseref-", "documentref-", "additionref-"];
    let wrong_case = written.split(':').any(|part| {
        let lower = part.to_ascii_lowercase();
        prefixes.iter().any(|p| lower.starts_with(p))
            && !["LicenseRef-", "DocumentRef-", "AdditionRef-"]
                .iter()
                .any(|p| part.starts_with(p))
    });
    if wrong_case {
        let fixed = written
            .split(':')
            .map(|part| {
                let lower = part.to_ascii_lowercase();
                for (low, proper) in
                    prefixes
                        .iter()
                        .zip(["LicenseRef-", "DocumentRef-", "AdditionRef-"])
                {
                    if lower.starts_with(low) {
                        return format!("{proper}{}", part.get(low.len()..).unwrap_or_default());
                    }
                }
                part.to_owned()
            })
            .collect::<Vec<_>>()
            .join(":");
        let mut p = malformed(
            span,
            written,
            "`LicenseRef-`, `DocumentRef-` and `AdditionRef-` are case-sensitive",
        );
        p.replacement = Some(fixed);
        return Some(p);
    }
    if lower.starts_with("documentref-") {
        return Some(malformed(
            span,
            written,
            "a `DocumentRef-` must be followed by `:LicenseRef-…`",
        ));
    }
    if written.contains(':') {
        return Some(malformed(
            span,
            written,
            "`:` may only join a `DocumentRef-` to a `LicenseRef-`",
        ));
    }
    None
}

/// An unknown id is accepted unless it is a special value, a malformed reference, or a licence the
/// normaliser recognises.
fn check_unknown(span: Range<usize>, written: &str) -> Option<Problem> {
    if written.eq_ignore_ascii_case("NONE") || written.eq_ignore_ascii_case("NOASSERTION") {
        return Some(Problem {
            span,
            kind: LicenceErrorKind::SpecialValueInExpression {
                term: written.to_owned(),
            },
            normalisation: None,
            replacement: None,
        });
    }
    let n = normalise(written);
    let term = written.to_owned();
    if let Some(id) = n.as_ref().and_then(|n| n.id) {
        return Some(Problem {
            span,
            kind: LicenceErrorKind::NotAnIdentifier { term },
            replacement: Some(id.to_owned()),
            normalisation: n,
        });
    }
    if let Some(p) = check_reference_syntax(span.clone(), written) {
        return Some(p);
    }
    n.map(|n| Problem {
        span,
        kind: LicenceErrorKind::Ambiguous { term },
        replacement: None,
        normalisation: Some(n),
    })
}

impl fmt::Display for LicenceExpression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for LicenceExpression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LicenceExpression")
            .field(&self.text)
            .finish()
    }
}

impl PartialEq for LicenceExpression {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for LicenceExpression {}

impl std::hash::Hash for LicenceExpression {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl AsRef<str> for LicenceExpression {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl FromStr for LicenceExpression {
    type Err = LicenceError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for LicenceExpression {
    type Error = LicenceError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::parse(s)
    }
}

impl Serialize for LicenceExpression {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for LicenceExpression {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<'de, str>::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
pub(crate) const EXPRESSION_DESCRIPTION: &str = "An SPDX licence expression: SPDX ids (`Apache-2.0`), \
`LicenseRef-…` for licences not on the SPDX list (`LicenseRef-Llama-3.1-Community`), `AND`, `OR`, \
`WITH` and parentheses; or `NONE` (explicitly no licence) or `NOASSERTION` (not known).";

#[cfg(feature = "schema")]
impl JsonSchema for LicenceExpression {
    fn schema_name() -> Cow<'static, str> {
        "LicenceExpression".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::LicenceExpression").into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": EXPRESSION_PATTERN,
            "description": EXPRESSION_DESCRIPTION,
        })
    }
}
