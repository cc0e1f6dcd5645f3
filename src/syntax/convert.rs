//! From the positioned tree to [`serde_json::Value`] under the YAML 1.2 core schema.
//!
//! Plain scalars are resolved by the core schema (YAML 1.2.2 §10.3.2); quoted and block
//! scalars are strings. JSON's own tokens are a subset of the core schema's, so the same rules
//! give the JSON schema's results for JSON text.

use serde_json::{Map, Number, Value};

use super::error::printable;
use super::pointer::push_token;
use super::{Node, NodeValue, Scalar, ScalarStyle, Span, YAML_TAG_PREFIX};

/// The category of a [`ConversionError`].
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConversionErrorKind {
    /// A mapping key is a sequence or mapping; JSON object keys are strings.
    NonScalarKey,
    /// A number JSON cannot hold: `.inf`, `.nan`, or a float that overflows.
    NotRepresentable,
    /// A core-schema tag does not fit the content (`!!int abc`, `!!seq` on a scalar).
    TagMismatch,
    /// A tag outside the core schema (`!custom`, `!!timestamp`).
    UnsupportedTag,
}

/// Why a tree could not become a JSON value, with the JSON Pointer and span of the node.
///
/// Displays as ``line L column C: message (at `/pointer`)``.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversionError {
    kind: ConversionErrorKind,
    message: String,
    pointer: String,
    span: Span,
}

impl ConversionError {
    /// The error category.
    #[must_use]
    pub fn kind(&self) -> ConversionErrorKind {
        self.kind
    }

    /// The message without position or pointer.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The JSON Pointer of the offending node (for a bad key: of the mapping holding it).
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// Where the offending node starts.
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

impl std::fmt::Display for ConversionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {} column {}: {} (at `{}`)",
            self.span.line, self.span.column, self.message, self.pointer
        )
    }
}

impl std::error::Error for ConversionError {}

impl Node {
    /// Converts the tree to a JSON value under the YAML 1.2 core schema (for JSON text this is
    /// the JSON schema):
    ///
    /// | plain scalar | JSON |
    /// |---|---|
    /// | `null`, `Null`, `NULL`, `~`, empty | `null` |
    /// | `true`, `True`, `TRUE`, `false`, `False`, `FALSE` | boolean |
    /// | `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+` | integer (`f64` beyond `i64`/`u64`) |
    /// | `[-+]?(\.[0-9]+\|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` | float |
    /// | `.inf`, `-.inf`, `.nan` (any listed case) | error: not representable |
    /// | anything else (`yes`, `on`, `2024-01-01`) | string |
    ///
    /// Quoted and block scalars are strings. An explicit core tag decides instead: `!!str`
    /// (and the non-specific `!`) forces a string; `!!int`, `!!float`, `!!bool`, `!!null`
    /// require content of that type. Mapping keys must be scalars and become their raw text.
    ///
    /// # Errors
    /// A [`ConversionError`] with the JSON Pointer and span of the first offending node.
    pub fn to_json(&self) -> Result<Value, ConversionError> {
        let mut pointer = String::new();
        convert(self, &mut pointer)
    }
}

fn convert(node: &Node, pointer: &mut String) -> Result<Value, ConversionError> {
    match &node.value {
        NodeValue::Scalar(s) => resolve(s).map_err(|(kind, message)| ConversionError {
            kind,
            message,
            pointer: pointer.clone(),
            span: node.span,
        }),
        NodeValue::Sequence(items) => {
            let len = pointer.len();
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                push_token(pointer, &i.to_string());
                out.push(convert(item, pointer)?);
                pointer.truncate(len);
            }
            Ok(Value::Array(out))
        }
        NodeValue::Mapping(entries) => {
            let len = pointer.len();
            let mut out = Map::new();
            for entry in entries {
                let Some(key) = entry.key.as_scalar() else {
                    return Err(ConversionError {
                        kind: ConversionErrorKind::NonScalarKey,
                        message: "mapping key is not a scalar (JSON object keys are strings)"
                            .to_owned(),
                        pointer: pointer.clone(),
                        span: entry.key.span,
                    });
                };
                push_token(pointer, &key.text);
                let value = convert(&entry.value, pointer)?;
                pointer.truncate(len);
                out.insert(key.text.clone(), value);
            }
            Ok(Value::Object(out))
        }
    }
}

type Failure = (ConversionErrorKind, String);

/// The JSON value of one scalar.
fn resolve(s: &Scalar) -> Result<Value, Failure> {
    let Some(tag) = s.tag.as_deref() else {
        return if s.style == ScalarStyle::Plain {
            plain(&s.text)
        } else {
            Ok(Value::String(s.text.clone()))
        };
    };
    if tag == "!" {
        return Ok(Value::String(s.text.clone()));
    }
    let mismatch = |what: &str| {
        (
            ConversionErrorKind::TagMismatch,
            format!("`{}` is not {what} (tag `{tag}`)", printable(&s.text)),
        )
    };
    match tag.strip_prefix(YAML_TAG_PREFIX) {
        Some("str") => Ok(Value::String(s.text.clone())),
        Some("null") if is_null(&s.text) => Ok(Value::Null),
        Some("null") => Err(mismatch("a null")),
        Some("bool") => bool_value(&s.text)
            .map(Value::Bool)
            .ok_or_else(|| mismatch("a boolean")),
        Some("int") => match int_value(&s.text) {
            Some(n) => n,
            None => Err(mismatch("an integer")),
        },
        Some("float") => match float_value(&s.text) {
            Some(n) => n,
            None => Err(mismatch("a float")),
        },
        Some("seq" | "map") => Err((
            ConversionErrorKind::TagMismatch,
            format!("tag `{tag}` on a scalar"),
        )),
        _ => Err((
            ConversionErrorKind::UnsupportedTag,
            format!("unsupported tag `{tag}`"),
        )),
    }
}

/// Core-schema resolution of a plain scalar.
fn plain(text: &str) -> Result<Value, Failure> {
    if is_null(text) {
        return Ok(Value::Null);
    }
    if let Some(b) = bool_value(text) {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = int_value(text) {
        return n;
    }
    if let Some(n) = float_value(text) {
        return n;
    }
    Ok(Value::String(text.to_owned()))
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn bool_value(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

fn all_digits(s: &str, radix: u32) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_digit(radix))
}

/// `Some` when `text` is a core-schema integer; the value or a range error.
fn int_value(text: &str) -> Option<Result<Value, Failure>> {
    let radix_form = |digits: &str, radix: u32| {
        all_digits(digits, radix).then(|| match u64::from_str_radix(digits, radix) {
            Ok(n) => Ok(Value::Number(n.into())),
            Err(_) => finite(
                text,
                digits.chars().fold(0.0_f64, |acc, c| {
                    acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
                }),
            ),
        })
    };
    if let Some(digits) = text.strip_prefix("0o") {
        return radix_form(digits, 8);
    }
    if let Some(digits) = text.strip_prefix("0x") {
        return radix_form(digits, 16);
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !all_digits(unsigned, 10) {
        return None;
    }
    let decimal = text.strip_prefix('+').unwrap_or(text);
    Some(if let Ok(n) = decimal.parse::<i64>() {
        Ok(Value::Number(n.into()))
    } else if let Ok(n) = decimal.parse::<u64>() {
        Ok(Value::Number(n.into()))
    } else {
        finite(text, decimal.parse::<f64>().unwrap_or(f64::INFINITY))
    })
}

/// `Some` when `text` is a core-schema float (including `.inf`/`.nan`, which fail).
fn float_value(text: &str) -> Option<Result<Value, Failure>> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
        return Some(Err((
            ConversionErrorKind::NotRepresentable,
            format!("`{text}` is not representable in JSON"),
        )));
    }
    if !is_core_float(unsigned) {
        return None;
    }
    Some(finite(text, text.parse::<f64>().unwrap_or(f64::INFINITY)))
}

/// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` without the sign.
fn is_core_float(s: &str) -> bool {
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (s, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", frac)) => all_digits(frac, 10),
        Some((int, frac)) => all_digits(int, 10) && (frac.is_empty() || all_digits(frac, 10)),
        None => all_digits(mantissa, 10),
    };
    let exponent_ok =
        exponent.is_none_or(|e| all_digits(e.strip_prefix(['-', '+']).unwrap_or(e), 10));
    mantissa_ok && exponent_ok
}

fn finite(text: &str, value: f64) -> Result<Value, Failure> {
    Number::from_f64(value).map(Value::Number).ok_or_else(|| {
        (
            ConversionErrorKind::NotRepresentable,
            format!("number `{text}` is out of range for JSON"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::{is_core_float, plain, resolve};
    use crate::syntax::{Scalar, ScalarStyle};
    use serde_json::json;

    #[test]
    fn core_float_grammar() {
        for ok in [
            "1", "1.", ".5", "1.5", "1e5", "1E+5", "1.e-5", ".5e5", "007.0",
        ] {
            assert!(is_core_float(ok), "{ok}");
        }
        for bad in [
            "", ".", "e5", "1e", "1e+", ".e5", "1.5.", "1..5", "1e5.0", "0x1", "1_0", " 1",
        ] {
            assert!(!is_core_float(bad), "{bad}");
        }
    }

    #[test]
    fn plain_resolution_prefers_int_over_float() {
        assert_eq!(plain("10").unwrap(), json!(10));
        assert!(plain("10").unwrap().is_i64());
        assert!(plain("10.0").unwrap().is_f64());
        assert!(plain("-9223372036854775809").unwrap().is_f64());
    }

    #[test]
    fn non_specific_tag_forces_a_string() {
        let s = Scalar {
            text: "true".to_owned(),
            style: ScalarStyle::Plain,
            tag: Some("!".to_owned()),
        };
        assert_eq!(resolve(&s).unwrap(), json!("true"));
    }
}
