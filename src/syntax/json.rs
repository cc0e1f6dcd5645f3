//! A strict RFC 8259 JSON parser that records where every value starts.
//!
//! Recursive descent over bytes, one function per grammar rule. Numbers keep their exact source
//! text; strings have their escapes resolved (a lone UTF-16 surrogate is an error, because Rust
//! strings cannot hold one). Duplicate object keys are an error at the second key.

use std::collections::HashSet;

use super::budget::Budget;
use super::error::printable;
use super::{
    Entry, Limits, Node, NodeValue, Scalar, ScalarStyle, Span, SyntaxError, SyntaxErrorKind,
};

const BOM: &str = "\u{feff}";

/// Parses one JSON text.
pub(super) fn parse(text: &str, limits: &Limits) -> Result<Node, SyntaxError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        line: 1,
        column: 1,
        budget: Budget::new(limits),
    };
    if text.starts_with(BOM) {
        p.pos = BOM.len();
    }
    p.skip_ws();
    if p.peek().is_none() {
        return Err(SyntaxError::new(
            SyntaxErrorKind::EmptyDocument,
            "empty document",
            p.span(),
        ));
    }
    let node = p.value(0)?;
    p.skip_ws();
    if p.peek().is_some() {
        return Err(p.expected("end of input"));
    }
    Ok(node)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// Byte offset of the next unread byte.
    pos: usize,
    /// 1-based line of `pos`.
    line: u32,
    /// 1-based column (in characters) of `pos`.
    column: u32,
    budget: Budget,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn span(&self) -> Span {
        Span::new(self.line, self.column, self.pos)
    }

    /// Consumes one byte, keeping line and column up to date.
    fn bump(&mut self) {
        let Some(&b) = self.bytes.get(self.pos) else {
            return;
        };
        self.pos += 1;
        match b {
            b'\n' => self.new_line(),
            // A lone `\r` ends a line; in `\r\n` the `\n` does.
            b'\r' if self.peek() != Some(b'\n') => self.new_line(),
            // UTF-8 continuation bytes do not start a new character.
            _ if b & 0xC0 == 0x80 => {}
            _ => self.column = self.column.saturating_add(1),
        }
    }

    fn new_line(&mut self) {
        self.line = self.line.saturating_add(1);
        self.column = 1;
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }

    /// A description of the next character for messages: `` `x` `` or `end of input`.
    fn found(&self) -> String {
        match self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
        {
            Some(c) => format!("`{}`", printable(c.encode_utf8(&mut [0; 4]))),
            None => "end of input".to_owned(),
        }
    }

    /// A syntax error at the current position: "expected WHAT, found X".
    fn expected(&self, what: &str) -> SyntaxError {
        self.error(format!("expected {what}, found {}", self.found()))
    }

    fn error(&self, message: String) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::Syntax, message, self.span())
    }

    /// `value = object / array / string / number / true / false / null`; `depth` is the number
    /// of enclosing collections.
    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => {
                let span = self.span();
                let text = self.string()?;
                self.scalar(span, text, ScalarStyle::DoubleQuoted)
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            _ => Err(self.expected("a value")),
        }
    }

    fn scalar(
        &mut self,
        span: Span,
        text: String,
        style: ScalarStyle,
    ) -> Result<Node, SyntaxError> {
        self.budget.check_string(text.len(), span)?;
        self.budget.add(1, text.len(), span)?;
        Ok(Node {
            span,
            value: NodeValue::Scalar(Scalar {
                text,
                style,
                tag: None,
            }),
        })
    }

    fn literal(&mut self, word: &'static str) -> Result<Node, SyntaxError> {
        let span = self.span();
        let matches = self
            .text
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(word));
        if !matches {
            return Err(self.expected(&format!("`{word}`")));
        }
        for _ in 0..word.len() {
            self.bump();
        }
        self.scalar(span, word.to_owned(), ScalarStyle::Plain)
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
        }
    }

    /// `number = [ "-" ] int [ frac ] [ exp ]`, kept as written.
    fn number(&mut self) -> Result<Node, SyntaxError> {
        let span = self.span();
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => {
                self.bump();
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error("leading zeros are not allowed in a number".to_owned()));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.expected("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.expected("a digit after `.`"));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.expected("a digit in the exponent"));
            }
            self.digits();
        }
        let text = self
            .text
            .get(start..self.pos)
            .unwrap_or_default()
            .to_owned();
        self.scalar(span, text, ScalarStyle::Plain)
    }

    /// A string starting at the current `"`; returns its content with escapes resolved.
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.bump(); // the opening quote
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.bump();
            }
            // The run ends before an ASCII byte or at the end, so it is on a char boundary.
            out.push_str(self.text.get(run_start..self.pos).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("unterminated string".to_owned())),
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => {
                    return Err(self.error(format!(
                        "control character {} must be escaped in a string",
                        self.found()
                    )));
                }
            }
        }
    }

    /// One escape sequence starting at the current `\`.
    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let start = self.span();
        self.bump(); // the backslash
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.bump();
                let unit = self.hex4()?;
                let c = self.code_point(unit, start)?;
                out.push(c);
                return Ok(());
            }
            _ => {
                return Err(self.expected(
                    "an escape (`\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` or `\\u`)",
                ));
            }
        };
        self.bump();
        out.push(c);
        Ok(())
    }

    /// Combines a `\u` unit with a following low surrogate when it is a high surrogate.
    fn code_point(&mut self, unit: u16, start: Span) -> Result<char, SyntaxError> {
        let lone = |unit: u16| {
            SyntaxError::new(
                SyntaxErrorKind::Syntax,
                format!("lone surrogate `\\u{unit:04x}` in a string"),
                start,
            )
        };
        match unit {
            0xD800..=0xDBFF => {
                let follows = self
                    .text
                    .get(self.pos..)
                    .is_some_and(|rest| rest.starts_with("\\u"));
                if !follows {
                    return Err(lone(unit));
                }
                self.bump();
                self.bump();
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(lone(unit));
                }
                let c = 0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                char::from_u32(c).ok_or_else(|| lone(unit))
            }
            0xDC00..=0xDFFF => Err(lone(unit)),
            _ => char::from_u32(u32::from(unit)).ok_or_else(|| lone(unit)),
        }
    }

    fn hex4(&mut self) -> Result<u16, SyntaxError> {
        let mut value: u16 = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.expected("a hexadecimal digit")),
            };
            value = value * 16 + u16::from(digit);
            self.bump();
        }
        Ok(value)
    }

    fn array(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let span = self.span();
        self.budget.check_depth(depth, span)?;
        self.budget.add(1, 0, span)?;
        self.bump(); // [
        self.skip_ws();
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.bump();
        } else {
            loop {
                items.push(self.value(depth)?);
                self.skip_ws();
                match self.peek() {
                    Some(b',') => {
                        self.bump();
                        self.skip_ws();
                    }
                    Some(b']') => {
                        self.bump();
                        break;
                    }
                    _ => return Err(self.expected("`,` or `]`")),
                }
            }
        }
        Ok(Node {
            span,
            value: NodeValue::Sequence(items),
        })
    }

    fn object(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let span = self.span();
        self.budget.check_depth(depth, span)?;
        self.budget.add(1, 0, span)?;
        self.bump(); // {
        self.skip_ws();
        let mut entries = Vec::new();
        let mut seen = HashSet::new();
        if self.peek() == Some(b'}') {
            self.bump();
        } else {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.expected(if entries.is_empty() {
                        "a string key or `}`"
                    } else {
                        "a string key"
                    }));
                }
                let key_span = self.span();
                let key_text = self.string()?;
                if !seen.insert(key_text.clone()) {
                    return Err(SyntaxError::new(
                        SyntaxErrorKind::DuplicateKey,
                        format!("duplicate key `{}`", printable(&key_text)),
                        key_span,
                    ));
                }
                let key = self.scalar(key_span, key_text, ScalarStyle::DoubleQuoted)?;
                self.skip_ws();
                if self.peek() != Some(b':') {
                    return Err(self.expected("`:`"));
                }
                self.bump();
                self.skip_ws();
                let value = self.value(depth)?;
                entries.push(Entry { key, value });
                self.skip_ws();
                match self.peek() {
                    Some(b',') => {
                        self.bump();
                        self.skip_ws();
                    }
                    Some(b'}') => {
                        self.bump();
                        break;
                    }
                    _ => return Err(self.expected("`,` or `}`")),
                }
            }
        }
        Ok(Node {
            span,
            value: NodeValue::Mapping(entries),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::syntax::{Limits, Span};

    #[test]
    fn columns_follow_characters_and_line_breaks() {
        let tree = parse(
            "[\"\u{e9}\u{1f600}\",\r\n 1,\r 2,\n\t3]",
            &Limits::default(),
        )
        .unwrap();
        let items = tree.as_sequence().unwrap();
        let spans: Vec<Span> = items.iter().map(|n| n.span).collect();
        assert_eq!(
            spans,
            [
                Span::new(1, 2, 1),
                Span::new(2, 2, 13),
                Span::new(3, 2, 17),
                Span::new(4, 2, 21)
            ]
        );
    }
}
