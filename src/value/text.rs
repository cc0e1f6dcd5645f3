//! Text from documents, made safe to print: control and bidirectional formatting characters
//! escaped, so that a document cannot move the cursor, recolour or clear a terminal, or reorder
//! what a reader sees (a "Trojan Source" bidi override).

use std::borrow::Cow;

/// Whether `c` is a bidirectional formatting character: the embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
#[must_use]
pub(crate) const fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Whether `c` must be escaped in text output: a control character (C0, DEL, C1; line breaks and
/// tabs included, since one printed line must stay one line) or a bidirectional formatting
/// character.
#[must_use]
pub(crate) fn needs_escape(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// `text` with every control and bidirectional formatting character escaped as Rust writes it
/// (`\n`, `\t`, `\u{1b}`, `\u{202e}`); borrowed, unchanged, when there is none. Use it wherever
/// text that comes from a document (a name, a licence, a message quoting a value, a file name) is
/// printed for people.
///
/// ```
/// use ai_openness::escape_text;
/// assert_eq!(escape_text("Llama\u{1b}[2J"), "Llama\\u{1b}[2J");
/// assert_eq!(escape_text("abc\u{202e}fed"), "abc\\u{202e}fed");
/// assert_eq!(escape_text("OLMo 2 — 7B"), "OLMo 2 — 7B");
/// ```
#[must_use]
pub fn escape_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else if is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The first character of `text` that can mislead a reader: a bidirectional formatting
/// character, or a control character other than those `allowed` (long text may hold `\n`, `\r`
/// and `\t`; a name may not).
#[must_use]
pub(crate) fn misleading_char(text: &str, allowed: &[char]) -> Option<char> {
    text.chars()
        .find(|c| is_bidi_control(*c) || (c.is_control() && !allowed.contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped_and_nothing_else() {
        assert_eq!(
            escape_text("a\tb\nc\u{7f}\u{85}"),
            "a\\tb\\nc\\u{7f}\\u{85}"
        );
        assert_eq!(escape_text("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
        assert!(matches!(escape_text("plain é ü 中"), Cow::Borrowed(_)));
        assert_eq!(misleading_char("a\nb", &['\n']), None);
        assert_eq!(misleading_char("a\nb", &[]), Some('\n'));
        assert_eq!(misleading_char("a\u{200f}b", &['\n']), Some('\u{200f}'));
    }
}
