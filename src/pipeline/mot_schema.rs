//! MOT's JSON Schema for model files (`schema/mof_schema.json` in the Model Openness Tool,
//! commit 8b5d30e), checked on the positioned tree.
//!
//! MOT grades files that break its schema (a missing `producer`, a `type` outside its list), so
//! each violation is a warning: the file is valid for MOT, but not as MOT's schema describes it.
//! Values are read under the YAML 1.2 core schema, as the rest of the pipeline reads them; a
//! null value of an optional field counts as absent, as MOT reads it (`docs/mot-rules.md#rule-6`).

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::model::Date;
use crate::syntax::Node;

/// The schema, named in the messages.
const SOURCE: &str = "MOT's schema";
/// Where the schema comes from: the clause of every warning.
const CLAUSE: &str = "Model Openness Tool 8b5d30e, schema/mof_schema.json";

/// `release.type` values MOT's schema allows.
const TYPES: &[&str] = &[
    "",
    "language",
    "vision",
    "image",
    "audio",
    "video",
    "3d",
    "code",
    "multimodal",
    "other",
];

/// `release.architecture` values MOT's schema allows (`""` among them).
pub(crate) const ARCHITECTURES: &[&str] = &[
    "",
    "transformer",
    "transformer decoder",
    "transformer encoder-decoder",
    "decoder",
    "encoder",
    "diffusion",
    "RNN",
    "CNN",
    "LSTM",
    "NeRF",
    "hybrid",
    "undisclosed",
    "other",
];

/// `release.treatment` values MOT's schema allows.
pub(crate) const TREATMENTS: &[&str] = &["pre-trained", "instruct fine-tuned", "chat fine-tuned"];

/// Most components MOT's schema allows in one file.
const MAX_COMPONENTS: usize = 17;

/// What a field must hold.
#[derive(Clone, Copy)]
enum Shape {
    /// A string.
    Text,
    /// A non-empty string.
    NonEmpty,
    /// A `YYYY-MM-DD` date, as a string.
    Date,
    /// A string from a closed list.
    OneOf(&'static [&'static str]),
    /// A string or null.
    TextOrNull,
}

/// The warnings for every place where `root` breaks MOT's schema.
pub(super) fn check(root: &Node) -> Vec<Diagnostic> {
    let mut out = Checker::default();
    if root.as_mapping().is_none() {
        return out.0;
    }
    match root.get("framework") {
        Some(framework) if framework.as_mapping().is_some() => {
            out.required(
                framework,
                "/framework",
                "name",
                Shape::OneOf(&["Model Openness Framework"]),
            );
            out.required(framework, "/framework", "version", Shape::Text);
            out.required(framework, "/framework", "date", Shape::Date);
        }
        Some(other) => out.wrong_type(other, "/framework", "a mapping"),
        None => {}
    }
    let Some(release) = root.get("release") else {
        return out.0;
    };
    if release.as_mapping().is_none() {
        out.wrong_type(release, "/release", "a mapping");
        return out.0;
    }
    out.required(release, "/release", "name", Shape::NonEmpty);
    out.required(release, "/release", "producer", Shape::Text);
    for (key, shape) in [
        ("version", Shape::Text),
        ("date", Shape::Date),
        ("type", Shape::OneOf(TYPES)),
        ("architecture", Shape::OneOf(ARCHITECTURES)),
        ("treatment", Shape::OneOf(TREATMENTS)),
        ("origin", Shape::Text),
        ("contact", Shape::Text),
    ] {
        out.optional(release, "/release", key, shape);
    }
    match release.get("license") {
        None => out.missing(release, "/release", "license"),
        Some(licence) if licence.as_mapping().is_some() => {
            for key in ["distribution", "code", "document", "data"] {
                let pointer = format!("/release/license/{key}");
                match licence.get(key) {
                    Some(entry) if entry.as_mapping().is_some() => {
                        out.optional(entry, &pointer, "name", Shape::TextOrNull);
                        out.optional(entry, &pointer, "path", Shape::TextOrNull);
                    }
                    Some(entry) if !is_null(entry) => out.wrong_type(entry, &pointer, "a mapping"),
                    _ => {}
                }
            }
        }
        Some(licence) => out.wrong_type(licence, "/release/license", "a mapping"),
    }
    match release.get("components") {
        None => out.missing(release, "/release", "components"),
        Some(components) => match components.as_sequence() {
            Some(items) => {
                if items.len() > MAX_COMPONENTS {
                    out.push(
                        Code::InvalidValue,
                        components,
                        "/release/components",
                        format!(
                            "{} components, more than the {MAX_COMPONENTS} that {SOURCE} allows; \
                             MOT grades the file anyway",
                            items.len()
                        ),
                    );
                }
                for (i, item) in items.iter().enumerate() {
                    let pointer = format!("/release/components/{i}");
                    if item.as_mapping().is_none() {
                        out.wrong_type(item, &pointer, "a mapping");
                        continue;
                    }
                    for key in [
                        "name",
                        "description",
                        "license",
                        "license_path",
                        "component_path",
                    ] {
                        out.optional(item, &pointer, key, Shape::Text);
                    }
                }
            }
            None => out.wrong_type(components, "/release/components", "a list"),
        },
    }
    out.0
}

fn is_null(node: &Node) -> bool {
    matches!(crate::import::scalar(node), Some(Value::Null))
}

#[derive(Default)]
struct Checker(Vec<Diagnostic>);

impl Checker {
    fn push(&mut self, code: Code, node: &Node, pointer: &str, message: String) {
        self.0.push(
            Diagnostic::new(code, Severity::Warning, pointer, message)
                .with_clause(CLAUSE)
                .at(node.span.line, node.span.column),
        );
    }

    fn missing(&mut self, parent: &Node, pointer: &str, key: &str) {
        self.push(
            Code::MissingField,
            parent,
            pointer,
            format!("missing field `{key}`, which {SOURCE} requires; MOT grades the file anyway"),
        );
    }

    fn wrong_type(&mut self, node: &Node, pointer: &str, expected: &str) {
        self.push(
            Code::WrongType,
            node,
            pointer,
            format!(
                "{SOURCE} expects {expected}, found `{}`; MOT grades the file anyway",
                crate::import::render(node)
            ),
        );
    }

    fn required(&mut self, parent: &Node, pointer: &str, key: &str, shape: Shape) {
        match parent.get(key) {
            None => self.missing(parent, pointer, key),
            Some(node) => self.value(node, &format!("{pointer}/{key}"), shape),
        }
    }

    fn optional(&mut self, parent: &Node, pointer: &str, key: &str, shape: Shape) {
        if let Some(node) = parent.get(key).filter(|n| !is_null(n)) {
            self.value(node, &format!("{pointer}/{key}"), shape);
        }
    }

    fn value(&mut self, node: &Node, pointer: &str, shape: Shape) {
        let text = match crate::import::scalar(node) {
            Some(Value::String(s)) => Some(s),
            Some(Value::Null) if matches!(shape, Shape::TextOrNull) => return,
            _ => None,
        };
        let Some(text) = text else {
            let expected = if matches!(shape, Shape::TextOrNull) {
                "text or null"
            } else {
                "text"
            };
            self.wrong_type(node, pointer, expected);
            return;
        };
        let problem = match shape {
            Shape::Text | Shape::TextOrNull => None,
            Shape::NonEmpty => text
                .is_empty()
                .then(|| "the value must not be empty".to_owned()),
            Shape::Date => text
                .parse::<Date>()
                .is_err()
                .then(|| format!("`{text}` is not a date (`YYYY-MM-DD`)")),
            Shape::OneOf(allowed) => (!allowed.contains(&text.as_str())).then(|| {
                let list: Vec<String> = allowed.iter().map(|a| format!("`{a}`")).collect();
                format!("`{text}` is not one of {}", list.join(", "))
            }),
        };
        if let Some(problem) = problem {
            let code = if matches!(shape, Shape::Date) {
                Code::InvalidFormat
            } else {
                Code::InvalidValue
            };
            self.push(
                code,
                node,
                pointer,
                format!("{problem} in {SOURCE}; MOT grades the file anyway"),
            );
        }
    }
}
