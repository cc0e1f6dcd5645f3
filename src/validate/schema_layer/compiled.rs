//! The compiled JSON Schema (the `schema` feature): `jsonschema` errors turned into diagnostics.

use std::fmt::Write as _;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError};
use serde_json::Value;

use super::truncate;
use crate::diagnostic::{Code, Diagnostic};
use crate::licence::{EXPRESSION_PATTERN, LicenceExpression};
use crate::validate::suggest::closest;

#[cfg(test)]
thread_local! {
    /// How many times this thread compiled the schema (to test that validators reuse theirs).
    pub(crate) static COMPILED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The compiled schema and the schema document it came from (to look up field names and
/// descriptions for messages).
#[derive(Debug, Clone)]
pub(crate) struct SchemaLayer {
    validator: jsonschema::Validator,
    schema: Value,
}

impl SchemaLayer {
    /// Compiles the crate's schema: draft 2020-12, formats asserted, patterns run by the
    /// linear-time `regex` engine (no backtracking on hostile strings).
    pub(crate) fn new() -> Result<Self, String> {
        #[cfg(test)]
        COMPILED.with(|c| c.set(c.get() + 1));
        let schema = crate::schema::schema().to_value();
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .with_pattern_options(jsonschema::PatternOptions::regex())
            .build(&schema)
            .map_err(|e| e.to_string())?;
        Ok(Self { validator, schema })
    }

    /// Whether `instance` conforms to the schema.
    pub(crate) fn is_valid(&self, instance: &Value) -> bool {
        self.validator.is_valid(instance)
    }

    /// The diagnostics for `instance`, at most `max` of them from the first `max` schema errors;
    /// the flag says whether errors were left out.
    pub(crate) fn check(&self, instance: &Value, max: usize) -> (Vec<Diagnostic>, bool) {
        let mut sink = Sink {
            out: Vec::new(),
            cap: max,
            truncated: false,
        };
        for error in self.validator.iter_errors(instance) {
            if sink.is_full() {
                sink.truncated = true;
                break;
            }
            self.convert(&error, &mut sink);
        }
        let Sink {
            mut out, truncated, ..
        } = sink;
        // A value of the wrong type also fails the keywords about its content (`enum`,
        // `pattern`, …); the type is the one thing to fix.
        let mistyped: std::collections::HashSet<String> = out
            .iter()
            .filter(|d| d.code == Code::WrongType)
            .map(|d| d.pointer.clone())
            .collect();
        out.retain(|d| d.code == Code::WrongType || !mistyped.contains(&d.pointer));
        (out, truncated)
    }

    /// Adds the diagnostics of one error.
    fn convert(&self, e: &ValidationError<'_>, out: &mut Sink) {
        let pointer = e.instance_path().as_str().to_owned();
        let schema_path = e.schema_path().as_str();
        let instance = e.instance();
        let shown = render(instance);
        let diagnostic = match e.kind() {
            ValidationErrorKind::AnyOf { context }
            | ValidationErrorKind::OneOfNotValid { context } => {
                self.branch(&pointer, instance, context, out);
                return;
            }
            ValidationErrorKind::Required { property } => {
                let name = property.as_str().unwrap_or_default();
                let mut message = format!("missing field `{name}`");
                if let Some(about) = self.property_summary(parent(schema_path), name) {
                    let _ = write!(message, " ({about})");
                }
                Diagnostic::of(Code::MissingField, pointer, message)
            }
            ValidationErrorKind::AdditionalProperties { unexpected }
            | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
                let allowed = self.property_names(parent(schema_path));
                for name in unexpected {
                    if out.is_full() {
                        out.truncated = true;
                        break;
                    }
                    let mut message = format!("unknown field `{}`", truncate(name, 60));
                    match closest(name, allowed.iter().map(String::as_str)) {
                        Some(s) => {
                            let _ = write!(message, "; did you mean `{s}`");
                        }
                        None if !allowed.is_empty() => {
                            let _ = write!(message, "; expected one of {}", list(&allowed));
                        }
                        None => {}
                    }
                    out.push(Diagnostic::of(
                        Code::UnknownField,
                        child(&pointer, name),
                        message,
                    ));
                }
                return;
            }
            ValidationErrorKind::Type { kind } => {
                let expected = match kind {
                    TypeKind::Single(t) => vec![*t],
                    TypeKind::Multiple(set) => set.iter().collect(),
                };
                Diagnostic::of(
                    Code::WrongType,
                    pointer,
                    format!(
                        "expected {}, found {}",
                        expected_types(&expected),
                        found(instance)
                    ),
                )
            }
            ValidationErrorKind::Enum { options } => {
                let allowed: Vec<String> = options
                    .as_array()
                    .map(|a| a.iter().map(plain).collect())
                    .unwrap_or_default();
                let mut message = format!("{shown} is not an allowed value");
                if let Some(word) = instance.as_str()
                    && let Some(s) = closest(word, allowed.iter().map(String::as_str))
                {
                    let _ = write!(message, "; did you mean `{s}`");
                }
                let _ = write!(message, "; expected one of {}", list(&allowed));
                Diagnostic::of(Code::InvalidValue, pointer, message)
            }
            ValidationErrorKind::Constant { expected_value } => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!(
                    "{shown} is not allowed here; expected {}",
                    render(expected_value)
                ),
            ),
            ValidationErrorKind::Format { format } => Diagnostic::of(
                Code::InvalidFormat,
                pointer,
                format!("{shown} is not {}", format_words(format)),
            ),
            ValidationErrorKind::Pattern { pattern } => self.pattern(pointer, instance, pattern),
            ValidationErrorKind::MinLength { limit } => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                if *limit == 1 {
                    "must not be empty".to_owned()
                } else {
                    format!(
                        "{shown} has {} characters, fewer than {limit}",
                        char_len(instance)
                    )
                },
            ),
            ValidationErrorKind::MaxLength { limit } => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!(
                    "{shown} has {} characters, more than {limit}",
                    char_len(instance)
                ),
            ),
            ValidationErrorKind::Minimum { limit } => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!("{shown} is less than the minimum `{limit}`"),
            ),
            ValidationErrorKind::Maximum { limit } => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!("{shown} is more than the maximum `{limit}`"),
            ),
            ValidationErrorKind::ExclusiveMinimum { limit } => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!("{shown} must be more than `{limit}`"),
            ),
            ValidationErrorKind::ExclusiveMaximum { limit } => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!("{shown} must be less than `{limit}`"),
            ),
            other => Diagnostic::of(
                Code::InvalidValue,
                pointer,
                format!(
                    "{shown} does not satisfy the schema keyword `{}`",
                    other.keyword()
                ),
            ),
        };
        out.push(diagnostic);
    }

    /// Reports the `anyOf`/`oneOf` branch that fits the value's type (the others fail on
    /// `type` at the value itself); when none fits, one `wrong-type` listing what would.
    fn branch(
        &self,
        pointer: &str,
        instance: &Value,
        context: &[Vec<ValidationError<'static>>],
        out: &mut Sink,
    ) {
        let mut expected = Vec::new();
        let mut best: Option<&Vec<ValidationError<'static>>> = None;
        for errors in context {
            let mismatch: Vec<JsonType> = errors
                .iter()
                .filter(|e| e.instance_path().as_str() == pointer)
                .filter_map(|e| match e.kind() {
                    ValidationErrorKind::Type { kind } => Some(match kind {
                        TypeKind::Single(t) => vec![*t],
                        TypeKind::Multiple(set) => set.iter().collect(),
                    }),
                    _ => None,
                })
                .flatten()
                .collect();
            if mismatch.is_empty() {
                if best.is_none_or(|b| errors.len() < b.len()) {
                    best = Some(errors);
                }
            } else {
                expected.extend(mismatch);
            }
        }
        match best {
            Some(errors) if !errors.is_empty() => {
                for e in errors {
                    self.convert(e, out);
                }
            }
            _ => {
                expected.sort_unstable();
                expected.dedup();
                out.push(Diagnostic::of(
                    Code::WrongType,
                    pointer,
                    format!(
                        "expected {}, found {}",
                        expected_types(&expected),
                        found(instance)
                    ),
                ));
            }
        }
    }

    fn pattern(&self, pointer: String, instance: &Value, pattern: &str) -> Diagnostic {
        let shown = render(instance);
        if pattern == EXPRESSION_PATTERN {
            let message = match instance.as_str().map(LicenceExpression::parse) {
                Some(Err(e)) => e.to_string(),
                _ => format!("{shown} is not an SPDX licence expression"),
            };
            return Diagnostic::of(Code::InvalidLicenceExpression, pointer, message);
        }
        if pointer == "/spec_version" {
            return Diagnostic::of(
                Code::UnsupportedSpecVersion,
                pointer,
                format!(
                    "unsupported spec_version {shown}: this version of ai-openness reads format {} and compatible versions (^{})",
                    crate::model::SpecVersion::CURRENT,
                    crate::model::SpecVersion::CURRENT
                ),
            );
        }
        let message = if pattern == "^[0-9a-f]+$" {
            format!("{shown} is not lower-case hexadecimal")
        } else {
            format!("{shown} does not match the pattern `{pattern}`")
        };
        Diagnostic::of(Code::InvalidValue, pointer, message)
    }

    /// The property names of the object schema at `schema_path` (a canonical location in the
    /// crate's schema).
    fn property_names(&self, schema_path: &str) -> Vec<String> {
        self.schema
            .pointer(schema_path)
            .and_then(|s| s.get("properties"))
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The first sentence of a property's description, lower-cased, for "missing field" messages.
    fn property_summary(&self, schema_path: &str, name: &str) -> Option<String> {
        let description = self
            .schema
            .pointer(schema_path)?
            .get("properties")?
            .get(name)?
            .get("description")?
            .as_str()?;
        let first = first_sentence(description);
        let mut chars = first.chars();
        let head = chars.next()?;
        Some(head.to_lowercase().chain(chars).collect())
    }
}

/// The text up to the first full stop that is followed by a space and a capital letter (so
/// that "e.g. `x`" does not end the sentence), without the stop.
fn first_sentence(text: &str) -> &str {
    let line = text.lines().next().unwrap_or_default();
    let mut end = line.len();
    for (i, _) in line.match_indices(". ") {
        if line[i + 2..].starts_with(|c: char| c.is_ascii_uppercase()) {
            end = i;
            break;
        }
    }
    line[..end].trim_end_matches('.')
}

/// Where converted diagnostics go, up to a cap.
struct Sink {
    out: Vec<Diagnostic>,
    cap: usize,
    truncated: bool,
}

impl Sink {
    fn is_full(&self) -> bool {
        self.out.len() >= self.cap
    }

    /// Adds a diagnostic, or notes that one was left out.
    fn push(&mut self, d: Diagnostic) {
        if self.is_full() {
            self.truncated = true;
        } else {
            self.out.push(d);
        }
    }
}

/// The JSON Pointer without its last token (`/a/b/required` → `/a/b`).
fn parent(pointer: &str) -> &str {
    pointer.rsplit_once('/').map_or("", |(p, _)| p)
}

/// `pointer` extended by one escaped token.
pub(crate) fn child(pointer: &str, token: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    out.push('/');
    out.push_str(&token.replace('~', "~0").replace('/', "~1"));
    out
}

/// A value for a message: in backticks, JSON-encoded, cut to 60 characters.
pub(crate) fn render(value: &Value) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Object(m) if m.len() > 3 => format!("{{…{} fields}}", m.len()),
        Value::Array(a) if a.len() > 5 => format!("[…{} items]", a.len()),
        other => other.to_string(),
    };
    format!("`{}`", truncate(&text, 60))
}

/// A vocabulary value as plain text.
fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `` `a`, `b`, `c` ``.
fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn char_len(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

fn type_words(t: JsonType) -> &'static str {
    match t {
        JsonType::Array => "a list",
        JsonType::Boolean => "a boolean",
        JsonType::Integer => "an integer",
        JsonType::Null => "null",
        JsonType::Number => "a number",
        JsonType::Object => "an object",
        JsonType::String => "a string",
    }
}

/// "a string", "a string or an object"; `null` is left out unless it is the only choice (an
/// optional field may be null, but a person fixing the value wants the real type).
fn expected_types(types: &[JsonType]) -> String {
    let mut shown: Vec<JsonType> = types
        .iter()
        .copied()
        .filter(|t| *t != JsonType::Null)
        .collect();
    if shown.contains(&JsonType::Number) {
        shown.retain(|t| *t != JsonType::Integer);
    }
    if shown.is_empty() {
        return "null".to_owned();
    }
    let words: Vec<&str> = shown.into_iter().map(type_words).collect();
    match words.as_slice() {
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
        [] => String::new(),
    }
}

/// What a value is, for "found …": `null`, or its type and the value.
fn found(value: &Value) -> String {
    let kind = match value {
        Value::Null => return "null".to_owned(),
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    };
    format!("{kind} {}", render(value))
}

fn format_words(format: &str) -> String {
    match format {
        "uri" => "an absolute URL (`uri`), such as `https://example.org/model`".to_owned(),
        "iri" => "an absolute IRI (`iri`), such as `https://example.org/model`".to_owned(),
        "date" => "a calendar date `YYYY-MM-DD` (`date`)".to_owned(),
        other => format!("a valid `{other}`"),
    }
}
