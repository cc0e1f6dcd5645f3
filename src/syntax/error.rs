//! Errors raised while parsing JSON or YAML text.

use super::Span;

use super::limits::LimitKind;

/// The category of a [`SyntaxError`].
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    /// The text is not well-formed JSON or YAML.
    Syntax,
    /// A mapping has two keys with the same scalar text; the error points at the second.
    DuplicateKey,
    /// A resource limit was exceeded.
    LimitExceeded(LimitKind),
    /// The text holds no document (empty, or only whitespace and comments).
    EmptyDocument,
    /// A YAML stream holds more than one document; the error points at the second.
    MultipleDocuments,
    /// A sequence or mapping carries a tag other than `!!seq` / `!!map` (or `!`).
    UnsupportedTag,
}

/// A parse failure with the position where it was detected.
///
/// Displays as `line L column C: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    kind: SyntaxErrorKind,
    message: String,
    span: Span,
}

impl SyntaxError {
    pub(crate) fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> Self {
        Self {
            kind,
            message: message.into(),
            span,
        }
    }

    /// The error category.
    #[must_use]
    pub fn kind(&self) -> SyntaxErrorKind {
        self.kind
    }

    /// The message without the position (lowercase, no trailing period).
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where the error was detected.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The 1-based line of [`Self::span`].
    #[must_use]
    pub fn line(&self) -> u32 {
        self.span.line
    }

    /// The 1-based column (in characters) of [`Self::span`].
    #[must_use]
    pub fn column(&self) -> u32 {
        self.span.column
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {} column {}: {}",
            self.span.line, self.span.column, self.message
        )
    }
}

impl std::error::Error for SyntaxError {}

/// `text` for a message: control characters escaped (`\t`, `\u{1}`), everything else as is.
pub(super) fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn printable_escapes_only_control_characters() {
        assert_eq!(printable("a\tb\u{1}"), "a\\tb\\u{1}");
        assert_eq!(printable("\"é'\\"), "\"é'\\");
    }
}
