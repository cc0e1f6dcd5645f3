//! The JSON Schema of the document format, generated from the model's Rust types.
//!
//! The schema is never written by hand: [`schema`] derives it with `schemars` from
//! [`Release`] and the types under it, so the schema, serde and the documentation
//! cannot drift apart. It is JSON Schema draft 2020-12, self-contained (every `$ref` points into its
//! own `$defs`), with titles and descriptions taken from the doc comments, closed vocabularies as
//! `enum`s (the meaning of each value listed in the description) and `format`s (`uri`, `iri`,
//! `date`) declared. Validators must turn format assertion on to check them, as
//! [`Validator`](crate::validate::Validator) does.
//!
//! The generated files are committed under `schema/<major.minor>/` (today
//! `schema/0.1/release.schema.json`, `$id` [`SCHEMA_ID`]). A test fails when they differ from
//! what the code generates; the fix is one command:
//!
//! ```sh
//! cargo run -- schema --out schema
//! ```

use std::path::{Path, PathBuf};

use schemars::Schema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::{Release, SpecVersion};

/// The directory of the current format's schemas under `schema/`: the format's `major.minor`.
pub const SCHEMA_VERSION_DIR: &str = "0.1";

/// The `$id` of the release schema: where standards groups publish it.
pub const SCHEMA_ID: &str = "https://w3id.org/ai-openness/schema/0.1/release.schema.json";

/// The URI of the JSON Schema dialect the schemas use.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// What every generated file says about itself (`$comment`).
const GENERATED: &str = "Generated from the ai-openness Rust model; do not edit. Regenerate with \
    `cargo run -- schema --out schema`.";

/// One generated schema file.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SchemaFile {
    /// The path relative to the schema directory, e.g. `0.1/release.schema.json`.
    pub path: PathBuf,
    /// The schema.
    pub schema: Schema,
}

impl SchemaFile {
    /// The file's text: the schema as pretty-printed JSON with a trailing newline.
    #[must_use]
    pub fn text(&self) -> String {
        to_pretty_json(&self.schema)
    }
}

/// The JSON Schema of a release description (the root of a document), `$id` [`SCHEMA_ID`].
///
/// # Examples
/// ```
/// let schema = ai_openness::schema::schema();
/// assert_eq!(schema.get("$id").and_then(|v| v.as_str()), Some(ai_openness::schema::SCHEMA_ID));
/// assert!(jsonschema::meta::is_valid(schema.as_value()));
/// ```
#[must_use]
pub fn schema() -> Schema {
    let generated = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Release>();
    let mut value = generated.to_value();
    polish(&mut value);
    if let Some(defs) = value.get_mut("$defs").and_then(Value::as_object_mut) {
        for (name, def) in defs.iter_mut() {
            if let Some(def) = def.as_object_mut()
                && !def.contains_key("title")
            {
                def.insert("title".to_owned(), Value::String(title_of(name)));
            }
        }
    }
    if let Some(root) = value.as_object_mut() {
        root.insert("$schema".to_owned(), Value::String(DIALECT.to_owned()));
        root.insert("$id".to_owned(), Value::String(SCHEMA_ID.to_owned()));
        root.insert("$comment".to_owned(), Value::String(GENERATED.to_owned()));
    }
    order(&mut value);
    Schema::try_from(value).unwrap_or_default()
}

/// Every schema file the crate generates, with its path under the schema directory.
#[must_use]
pub fn schema_files() -> Vec<SchemaFile> {
    debug_assert_eq!(
        SCHEMA_VERSION_DIR,
        format!(
            "{}.{}",
            SpecVersion::CURRENT.version().major,
            SpecVersion::CURRENT.version().minor
        )
    );
    vec![SchemaFile {
        path: Path::new(SCHEMA_VERSION_DIR).join("release.schema.json"),
        schema: schema(),
    }]
}

/// Writes every schema file under `dir` (creating directories), returning the paths written.
///
/// # Errors
/// [`Error::Io`] when a directory or file cannot be written.
pub fn write_schema_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for file in schema_files() {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| Error::Io {
                path: Some(parent.to_owned()),
                source,
            })?;
        }
        std::fs::write(&path, file.text()).map_err(|source| Error::Io {
            path: Some(path.clone()),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// Compares the schema files under `dir` with what the code generates; returns the paths that
/// are missing or differ (empty when everything is fresh).
///
/// # Errors
/// [`Error::Io`] when a file exists but cannot be read.
pub fn check_schema_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut stale = Vec::new();
    for file in schema_files() {
        let path = dir.join(&file.path);
        match std::fs::read_to_string(&path) {
            Ok(text) if text == file.text() => {}
            Ok(_) => stale.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => stale.push(path),
            Err(source) => {
                return Err(Error::Io {
                    path: Some(path),
                    source,
                });
            }
        }
    }
    Ok(stale)
}

/// A schema as pretty-printed JSON with a trailing newline.
#[must_use]
pub fn to_pretty_json(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema.as_value()).unwrap_or_default();
    text.push('\n');
    text
}

/// The order of keywords in a schema object, for people reading the file: identity, then
/// documentation, then the assertions on the value itself, then subschemas, then definitions.
/// Keywords not listed keep their order, after these.
const KEYWORD_ORDER: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "$ref",
    "type",
    "format",
    "enum",
    "const",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "default",
    "anyOf",
    "oneOf",
    "allOf",
    "if",
    "then",
    "else",
    "items",
    "required",
    "properties",
    "additionalProperties",
    "$defs",
];

/// Keywords whose value is one subschema, a list of them, or a map of names to them.
const ONE_SCHEMA: &[&str] = &["items", "additionalProperties", "if", "then", "else", "not"];
const SCHEMA_LIST: &[&str] = &["anyOf", "oneOf", "allOf", "prefixItems"];
const SCHEMA_MAP: &[&str] = &["properties", "$defs"];

/// Puts the keywords of every schema object in [`KEYWORD_ORDER`], recursively. The names under
/// `properties` and `$defs` keep their (declaration) order.
fn order(schema: &mut Value) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    let mut rest = std::mem::take(map);
    for key in KEYWORD_ORDER {
        if let Some(v) = rest.shift_remove(*key) {
            map.insert((*key).to_owned(), v);
        }
    }
    map.extend(rest);
    for (key, v) in map.iter_mut() {
        let key = key.as_str();
        if ONE_SCHEMA.contains(&key) {
            order(v);
        } else if SCHEMA_LIST.contains(&key) {
            v.as_array_mut().into_iter().flatten().for_each(order);
        } else if SCHEMA_MAP.contains(&key) {
            v.as_object_mut()
                .into_iter()
                .flat_map(|m| m.values_mut())
                .for_each(order);
        }
    }
}

/// A title from a definition name: `ComponentKind` → `Component kind`.
fn title_of(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if i > 0 && c.is_ascii_uppercase() {
            out.push(' ');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Post-processes the generated schema, recursively:
/// - descriptions: hard-wrapped doc-comment lines are joined (paragraph breaks stay);
/// - a `oneOf` whose branches are all documented string constants (a closed vocabulary) becomes
///   `"type": "string", "enum": [...]`, and each value's meaning is appended to the description
///   as a list, so third-party validators report "not one of" instead of "no branch matched".
fn polish(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(d)) = map.get_mut("description") {
                *d = unwrap_lines(d);
            }
            vocabulary_to_enum(map);
            for v in map.values_mut() {
                polish(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(polish),
        _ => {}
    }
}

/// Joins lines inside paragraphs; keeps blank-line paragraph breaks and list items.
fn unwrap_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        let mut first = true;
        for line in paragraph.lines() {
            let line = line.trim();
            if !first {
                out.push(if line.starts_with("- ") { '\n' } else { ' ' });
            }
            out.push_str(line);
            first = false;
        }
    }
    out
}

fn vocabulary_to_enum(map: &mut Map<String, Value>) {
    let Some(Value::Array(branches)) = map.get("oneOf") else {
        return;
    };
    let mut values = Vec::with_capacity(branches.len());
    let mut meanings = Vec::with_capacity(branches.len());
    for branch in branches {
        let Some(obj) = branch.as_object() else {
            return;
        };
        let Some(Value::String(value)) = obj.get("const") else {
            return;
        };
        let only_docs = obj
            .keys()
            .all(|k| matches!(k.as_str(), "const" | "type" | "description"));
        if !only_docs || obj.get("type").is_some_and(|t| t != "string") {
            return;
        }
        let meaning = obj
            .get("description")
            .and_then(Value::as_str)
            .map(unwrap_lines)
            .unwrap_or_default();
        meanings.push(format!("- `{value}`: {meaning}"));
        values.push(Value::String(value.clone()));
    }
    map.remove("oneOf");
    let mut description = map
        .get("description")
        .and_then(Value::as_str)
        .map(unwrap_lines)
        .unwrap_or_default();
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str("Values:\n");
    description.push_str(&meanings.join("\n"));
    map.insert("description".to_owned(), Value::String(description));
    map.insert("type".to_owned(), Value::String("string".to_owned()));
    map.insert("enum".to_owned(), Value::Array(values));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_split_camel_case() {
        assert_eq!(title_of("ComponentKind"), "Component kind");
        assert_eq!(title_of("Url"), "Url");
    }

    #[test]
    fn lines_are_joined_within_paragraphs() {
        assert_eq!(unwrap_lines("a\nb\n\nc\n- d\n- e"), "a b\n\nc\n- d\n- e");
    }
}
