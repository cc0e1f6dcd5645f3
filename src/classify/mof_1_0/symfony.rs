//! Symfony YAML's view of a parsed document, which is what MOT (a PHP application) reads.
//!
//! Symfony YAML does not follow YAML 1.1 or the YAML 1.2 core schema when it resolves a plain
//! scalar (`docs/mot-rules.md#rule-10` and `docs/mot-rules.md#traps`): `yes`, `no`, `on` and `off`
//! stay strings, `~`, `null` and an empty value are null, `true`/`false` (any case) are booleans,
//! integers and floats follow PHP's rules, and an unquoted date or date-time becomes an integer
//! Unix timestamp. Quoted and block scalars are always strings. This module turns a YAML tree into
//! [`SymNode`]s with those rules, keeping each node's source location.

use super::input::SourceLocation;
use crate::syntax::{Node, NodeValue, Scalar, ScalarStyle, YAML_TAG_PREFIX};

/// A value as Symfony YAML hands it to PHP.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum SymValue {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<SymNode>),
    /// Entries in source order, keyed by the key's text.
    Map(Vec<(String, SymNode)>),
}

/// A [`SymValue`] and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct SymNode {
    pub(super) value: SymValue,
    pub(super) location: SourceLocation,
}

impl SymNode {
    /// The value of `key` when this node is a mapping.
    pub(super) fn get(&self, key: &str) -> Option<&SymNode> {
        match &self.value {
            SymValue::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl SymValue {
    /// PHP truthiness: `false`, `0`, `0.0`, `''`, `'0'`, an empty array and null are false.
    pub(super) fn is_truthy(&self) -> bool {
        match self {
            Self::Null => false,
            Self::Bool(b) => *b,
            Self::Int(i) => *i != 0,
            Self::Float(f) => *f != 0.0,
            Self::Str(s) => !(s.is_empty() || s == "0"),
            Self::Seq(items) => !items.is_empty(),
            Self::Map(entries) => !entries.is_empty(),
        }
    }

    /// A YAML-like rendering for messages, cut after [`RENDER_LIMIT`] characters.
    pub(super) fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(&mut out);
        if out.chars().count() > RENDER_LIMIT {
            out = out.chars().take(RENDER_LIMIT).collect();
            out.push('…');
        }
        out
    }

    /// Append the rendering to `out`, stopping early once `out` is past the limit.
    fn render_into(&self, out: &mut String) {
        if out.len() > RENDER_LIMIT * 4 {
            return;
        }
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Self::Int(i) => out.push_str(&i.to_string()),
            Self::Float(f) => out.push_str(&format!("{f:?}")),
            Self::Str(s) => out.extend(s.chars().take(RENDER_LIMIT + 1)),
            Self::Seq(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if out.len() > RENDER_LIMIT * 4 {
                        break;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.value.render_into(out);
                }
                out.push(']');
            }
            Self::Map(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if out.len() > RENDER_LIMIT * 4 {
                        break;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.extend(key.chars().take(RENDER_LIMIT + 1));
                    out.push_str(": ");
                    value.value.render_into(out);
                }
                out.push('}');
            }
        }
    }
}

/// Something Symfony YAML would refuse, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SymfonyError {
    pub(super) message: String,
    pub(super) location: SourceLocation,
}

fn location(node: &Node) -> SourceLocation {
    SourceLocation {
        line: node.span.line,
        column: node.span.column,
    }
}

/// Convert a parsed YAML tree into the values Symfony YAML would give PHP.
///
/// # Errors
///
/// A scalar tag Symfony does not support without extra flags (`!foo`, `!!int`, …), invalid
/// `!!binary` data, or a mapping key that is not a scalar.
pub(super) fn from_syntax(node: &Node) -> Result<SymNode, SymfonyError> {
    let value = match &node.value {
        NodeValue::Scalar(scalar) => resolve_scalar(scalar).map_err(|message| SymfonyError {
            message,
            location: location(node),
        })?,
        NodeValue::Sequence(items) => {
            SymValue::Seq(items.iter().map(from_syntax).collect::<Result<_, _>>()?)
        }
        NodeValue::Mapping(entries) => {
            let mut out = Vec::with_capacity(entries.len());
            for entry in entries {
                let Some(key) = entry.key.as_scalar() else {
                    return Err(SymfonyError {
                        message: "a mapping key is not a scalar".to_owned(),
                        location: location(&entry.key),
                    });
                };
                out.push((key.text.clone(), from_syntax(&entry.value)?));
            }
            SymValue::Map(out)
        }
    };
    Ok(SymNode {
        value,
        location: location(node),
    })
}

/// Resolve one scalar: quoted and block scalars are strings, plain ones follow
/// [`resolve_plain`], and of the explicit tags Symfony (without `PARSE_CUSTOM_TAGS`) accepts
/// `!` and `!!str` (a string), `!!float` and `!!binary`.
fn resolve_scalar(scalar: &Scalar) -> Result<SymValue, String> {
    match scalar.tag.as_deref() {
        None => Ok(match scalar.style {
            ScalarStyle::Plain => resolve_plain(&scalar.text),
            ScalarStyle::SingleQuoted
            | ScalarStyle::DoubleQuoted
            | ScalarStyle::Literal
            | ScalarStyle::Folded => SymValue::Str(scalar.text.clone()),
        }),
        Some("!") => Ok(SymValue::Str(scalar.text.clone())),
        Some(tag) => match tag.strip_prefix(YAML_TAG_PREFIX) {
            Some("str") => Ok(SymValue::Str(scalar.text.clone())),
            Some("float") => Ok(SymValue::Float(php_float_cast(&scalar.text))),
            Some("binary") => decode_binary(&scalar.text).map(SymValue::Str),
            _ => Err(format!(
                "unsupported tag `{tag}` on `{}`: Symfony YAML accepts only `!`, `!!str`, \
                 `!!float` and `!!binary` here",
                scalar.text
            )),
        },
    }
}

/// PHP's `(float)` cast of a string: the longest numeric prefix (after leading blanks), else 0.
fn php_float_cast(text: &str) -> f64 {
    let text = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    numeric_prefix_len(text)
        .and_then(|end| text.get(..end))
        .and_then(|prefix| prefix.parse().ok())
        .unwrap_or(0.0)
}

/// Symfony's `!!binary`: base64 with blanks removed; the decoded bytes as a (lossy UTF-8) string.
fn decode_binary(text: &str) -> Result<String, String> {
    let compact: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let invalid = || format!("`!!binary` value `{text}` is not valid base64");
    if compact.is_empty() || !compact.len().is_multiple_of(4) {
        return Err(invalid());
    }
    let padding = compact.iter().rev().take_while(|b| **b == b'=').count();
    if padding > 2 {
        return Err(invalid());
    }
    let mut bytes = Vec::with_capacity(compact.len() / 4 * 3);
    let mut buffer = 0u32;
    let mut bits = 0u32;
    for (i, b) in compact.iter().enumerate() {
        let sextet = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' if i >= compact.len() - padding => continue,
            _ => return Err(invalid()),
        };
        buffer = (buffer << 6) | u32::from(sextet);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The longest rendering of a value that messages show in full.
const RENDER_LIMIT: usize = 80;

/// Resolve a plain (unquoted, untagged) scalar the way Symfony's `Inline::evaluateScalar` does.
pub(super) fn resolve_plain(text: &str) -> SymValue {
    let lower = text.to_ascii_lowercase();
    match lower.as_str() {
        "" | "~" | "null" => return SymValue::Null,
        "true" => return SymValue::Bool(true),
        "false" => return SymValue::Bool(false),
        ".inf" => return SymValue::Float(f64::INFINITY),
        "-.inf" => return SymValue::Float(f64::NEG_INFINITY),
        ".nan" => return SymValue::Float(f64::NAN),
        _ => {}
    }
    if let Some(value) = resolve_integer(text) {
        return value;
    }
    if let Some(value) = resolve_hex(text) {
        return value;
    }
    if is_php_numeric(text) {
        return text
            .parse::<f64>()
            .map_or_else(|_| SymValue::Str(text.to_owned()), SymValue::Float);
    }
    if let Some(value) = resolve_underscored_float(text) {
        return value;
    }
    if let Some(value) = resolve_timestamp(text) {
        return value;
    }
    SymValue::Str(text.to_owned())
}

/// `^[+-]?[0-9][0-9_]*$`: underscores are dropped; a decimal that survives a round trip through
/// PHP's `(int)` cast is an integer (so `0755` and out-of-range numbers stay strings), and a
/// leading `+` makes a float.
fn resolve_integer(text: &str) -> Option<SymValue> {
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    if !digits.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'_')
    {
        return None;
    }
    let cleaned = format!("{sign}{}", digits.replace('_', ""));
    if sign == "+" {
        return cleaned
            .parse::<f64>()
            .ok()
            .map(SymValue::Float)
            .or_else(|| Some(SymValue::Str(cleaned.clone())));
    }
    Some(match cleaned.parse::<i64>() {
        Ok(n) if n.to_string() == cleaned => SymValue::Int(n),
        _ => SymValue::Str(cleaned),
    })
}

/// `0x…` hexadecimal integers.
fn resolve_hex(text: &str) -> Option<SymValue> {
    let digits = text.strip_prefix("0x")?.replace('_', "");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some(
        i64::from_str_radix(&digits, 16)
            .map_or_else(|_| SymValue::Str(text.to_owned()), SymValue::Int),
    )
}

/// PHP's `is_numeric` for a trimmed string: optional sign, digits with an optional fraction
/// (at least one digit overall), optional exponent.
fn is_php_numeric(text: &str) -> bool {
    numeric_prefix_len(text) == Some(text.len())
}

/// The length of the longest prefix of `text` that reads as a decimal number (optional sign,
/// digits with an optional fraction, an exponent only when it has digits), if any.
fn numeric_prefix_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits_from = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let mut i = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let int_end = digits_from(i);
    let mut digits = int_end - i;
    i = int_end;
    if bytes.get(i) == Some(&b'.') {
        let frac_end = digits_from(i + 1);
        digits += frac_end - (i + 1);
        i = frac_end;
    }
    if digits == 0 {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(bytes.get(i + 1), Some(b'+' | b'-')));
        let exp_start = i + 1 + sign;
        let exp_end = digits_from(exp_start);
        if exp_end > exp_start {
            i = exp_end;
        }
    }
    Some(i)
}

/// `^[-+]?[0-9][0-9_]*(\.[0-9_]+)?$` with underscores: a float once they are dropped.
fn resolve_underscored_float(text: &str) -> Option<SymValue> {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let ok_int = int_part.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && int_part.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    let ok_frac = frac_part
        .is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit() || b == b'_'));
    if !(ok_int && ok_frac) {
        return None;
    }
    text.replace('_', "")
        .parse::<f64>()
        .ok()
        .map(SymValue::Float)
}

/// Symfony's timestamp pattern: `YYYY-M-D`, optionally followed by `T` or blanks, `H:MM:SS`, a
/// fraction and a zone (`Z`, `±H`, `±HH:MM`). The value is the Unix time in UTC (an integer, or
/// a float when the fraction is not zero).
fn resolve_timestamp(text: &str) -> Option<SymValue> {
    let mut s = Cursor::new(text);
    let year = s.digits(4, 4)?;
    s.expect(b'-')?;
    let month = s.digits(1, 2)?;
    s.expect(b'-')?;
    let day = s.digits(1, 2)?;
    let mut seconds_of_day = 0i64;
    let mut fraction = String::new();
    let mut offset = 0i64;
    if !s.at_end() {
        if !(s.eat(b'T') || s.eat(b't') || s.blanks() > 0) {
            return None;
        }
        let hour = s.digits(1, 2)?;
        s.expect(b':')?;
        let minute = s.digits(2, 2)?;
        s.expect(b':')?;
        let second = s.digits(2, 2)?;
        if s.eat(b'.') {
            fraction = s.take_while(|b| b.is_ascii_digit()).to_owned();
        }
        s.blanks();
        if s.eat(b'Z') {
        } else if let Some(sign) = s.sign() {
            let tz_hour = s.digits(1, 2)?;
            let tz_minute = if s.eat(b':') { s.digits(2, 2)? } else { 0 };
            offset = sign * (tz_hour * 3600 + tz_minute * 60);
        }
        if hour > 24 || minute > 59 || second > 60 {
            return None;
        }
        seconds_of_day = hour * 3600 + minute * 60 + second;
    }
    if !s.at_end() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // PHP rolls day overflow into the next month (`2024-02-31` is 2 March).
    let days = days_from_civil(year, month, 1) + day - 1;
    let unix = days * 86_400 + seconds_of_day - offset;
    let trimmed = fraction.trim_end_matches('0');
    if trimmed.is_empty() {
        Some(SymValue::Int(unix))
    } else {
        // PHP keeps microseconds (`format('U.u')`).
        let micros: String = fraction
            .chars()
            .chain(std::iter::repeat('0'))
            .take(6)
            .collect();
        format!("{unix}.{micros}")
            .parse::<f64>()
            .ok()
            .map(SymValue::Float)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A byte cursor for the timestamp pattern.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Self { text, pos: 0 }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }

    fn take_while(&mut self, pred: impl Fn(u8) -> bool) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(&pred) {
            self.pos += 1;
        }
        self.text.get(start..self.pos).unwrap_or_default()
    }

    fn blanks(&mut self) -> usize {
        self.take_while(|b| b == b' ' || b == b'\t').len()
    }

    fn sign(&mut self) -> Option<i64> {
        if self.eat(b'+') {
            Some(1)
        } else if self.eat(b'-') {
            Some(-1)
        } else {
            None
        }
    }

    /// Between `min` and `max` ASCII digits, as a number.
    fn digits(&mut self, min: usize, max: usize) -> Option<i64> {
        let start = self.pos;
        while self.pos - start < max && self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        let run = self.text.get(start..self.pos)?;
        if run.len() < min {
            return None;
        }
        run.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_1_1_booleans_stay_strings() {
        for word in ["yes", "no", "on", "off", "Yes", "NO", "y", "n"] {
            assert_eq!(resolve_plain(word), SymValue::Str(word.to_owned()));
        }
        assert_eq!(resolve_plain("true"), SymValue::Bool(true));
        assert_eq!(resolve_plain("FALSE"), SymValue::Bool(false));
    }

    #[test]
    fn nulls() {
        for word in ["", "~", "null", "NULL", "Null"] {
            assert_eq!(resolve_plain(word), SymValue::Null);
        }
    }

    #[test]
    fn numbers_follow_php() {
        assert_eq!(resolve_plain("0"), SymValue::Int(0));
        assert_eq!(resolve_plain("2"), SymValue::Int(2));
        assert_eq!(resolve_plain("-7"), SymValue::Int(-7));
        assert_eq!(resolve_plain("1_000"), SymValue::Int(1000));
        assert_eq!(resolve_plain("0755"), SymValue::Str("0755".to_owned()));
        assert_eq!(
            resolve_plain("99999999999999999999"),
            SymValue::Str("99999999999999999999".to_owned())
        );
        assert_eq!(resolve_plain("1.0"), SymValue::Float(1.0));
        assert_eq!(resolve_plain("+3"), SymValue::Float(3.0));
        assert_eq!(resolve_plain(".5"), SymValue::Float(0.5));
        assert_eq!(resolve_plain("1e3"), SymValue::Float(1000.0));
        assert_eq!(resolve_plain("0x1F"), SymValue::Int(31));
        assert_eq!(resolve_plain("1_0.5"), SymValue::Float(10.5));
        assert_eq!(resolve_plain("-.inf"), SymValue::Float(f64::NEG_INFINITY));
        assert_eq!(resolve_plain("1.0.0"), SymValue::Str("1.0.0".to_owned()));
        assert_eq!(
            resolve_plain("Apache-2.0"),
            SymValue::Str("Apache-2.0".to_owned())
        );
        assert_eq!(resolve_plain("4B"), SymValue::Str("4B".to_owned()));
    }

    #[test]
    fn dates_become_unix_time() {
        assert_eq!(resolve_plain("2024-01-01"), SymValue::Int(1_704_067_200));
        assert_eq!(resolve_plain("1970-01-01"), SymValue::Int(0));
        assert_eq!(resolve_plain("2024-1-2"), SymValue::Int(1_704_153_600));
        assert_eq!(resolve_plain("2024-02-31"), resolve_plain("2024-03-02"));
        assert_eq!(
            resolve_plain("2001-12-14t21:59:43.10-05:00"),
            SymValue::Float(1_008_385_183.1)
        );
        assert_eq!(
            resolve_plain("2001-12-14 21:59:43"),
            SymValue::Int(1_008_367_183)
        );
        assert_eq!(
            resolve_plain("2001-12-14T21:59:43Z"),
            SymValue::Int(1_008_367_183)
        );
        assert_eq!(
            resolve_plain("2024-13-01"),
            SymValue::Str("2024-13-01".to_owned())
        );
        assert_eq!(
            resolve_plain("2024-01-01x"),
            SymValue::Str("2024-01-01x".to_owned())
        );
    }

    fn parse(text: &str) -> Result<SymNode, SymfonyError> {
        let node =
            crate::syntax::parse_yaml(text, &crate::syntax::Limits::default()).map_err(|e| {
                SymfonyError {
                    message: e.to_string(),
                    location: SourceLocation::default(),
                }
            })?;
        from_syntax(&node)
    }

    fn value_of(text: &str) -> SymValue {
        match parse(text).map(|n| n.get("v").map(|v| v.value.clone())) {
            Ok(Some(v)) => v,
            other => panic!("`{text}`: {other:?}"),
        }
    }

    #[test]
    fn styles_and_tags() {
        assert_eq!(
            value_of("v: '2024-01-01'"),
            SymValue::Str("2024-01-01".to_owned())
        );
        assert_eq!(value_of("v: 2024-01-01"), SymValue::Int(1_704_067_200));
        assert_eq!(value_of("v: \"0\""), SymValue::Str("0".to_owned()));
        assert_eq!(value_of("v: |\n  yes\n"), SymValue::Str("yes\n".to_owned()));
        assert_eq!(value_of("v: !!str 2"), SymValue::Str("2".to_owned()));
        assert_eq!(value_of("v: ! 2"), SymValue::Str("2".to_owned()));
        assert_eq!(value_of("v: !!float 2"), SymValue::Float(2.0));
        assert_eq!(value_of("v: !!float 1.5abc"), SymValue::Float(1.5));
        assert_eq!(
            value_of("v: !!binary TUlU"),
            SymValue::Str("MIT".to_owned())
        );
        assert_eq!(value_of("v: !!binary TUk="), SymValue::Str("MI".to_owned()));
        assert_eq!(value_of("v: [MIT]").render(), "[MIT]");
        assert_eq!(
            value_of("v: {a: [1, 2.5, true, ~]}").render(),
            "{a: [1, 2.5, true, null]}"
        );
        let long = format!("v: [{}]", vec!["x"; 10_000].join(", "));
        assert_eq!(value_of(&long).render().chars().count(), RENDER_LIMIT + 1);
        assert!(parse("v: !!int 2").is_err());
        assert!(parse("v: !custom x").is_err());
        assert!(parse("v: !!binary TUl").is_err());
        let error = parse("a: 1\nv: !!int 2\n").err();
        assert_eq!(
            error.map(|e| (e.location.line, e.location.column)),
            Some((2, 10))
        );
    }

    #[test]
    fn truthiness_is_php() {
        assert!(!SymValue::Int(0).is_truthy());
        assert!(!SymValue::Float(-0.0).is_truthy());
        assert!(!SymValue::Bool(false).is_truthy());
        assert!(!SymValue::Seq(Vec::new()).is_truthy());
        assert!(SymValue::Float(f64::NAN).is_truthy());
        assert!(SymValue::Int(2).is_truthy());
    }
}
