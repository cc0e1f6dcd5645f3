//! One front end for JSON and YAML text: a tree of [`Node`]s that keeps source positions.
//!
//! Every layer of the crate reads documents through this module:
//!
//! * the document loader turns the tree into a [`serde_json::Value`] with [`Node::to_json`];
//! * the validator maps a JSON Pointer reported against that value back to a line and column
//!   with [`Node::locate`] / [`Node::locate_nearest`];
//! * readers that follow another YAML dialect (the Model Openness Tool follows Symfony YAML,
//!   where `yes` is a string and an unquoted `2024-01-01` is a timestamp) look at the raw
//!   [`Scalar`]: its text, its [`ScalarStyle`] and its explicit tag.
//!
//! # Positions
//!
//! A [`Span`] is the start of a node: a 1-based line, a 1-based column and a byte offset into
//! the text given to [`parse`]. The column counts Unicode scalar values (`char`s), not bytes,
//! so that it agrees with what editors show for non-ASCII text. A line ends at `\n`, `\r\n` or
//! a lone `\r`. A UTF-8 byte-order mark at the start of the text is not counted as a column.
//!
//! A node starts at its content: a quoted scalar at its opening quote, a flow collection at its
//! bracket, a block mapping at its first key, a block sequence at its first `-`, and a block
//! scalar (`|`, `>`) at its first content line. Tags and anchors written before a node are not
//! part of its span. A YAML empty node (`key:` with no value) sits where the value would be.
//!
//! # Limits
//!
//! [`Limits`] is the one table of limits per document (`docs/limits.md`, [`LimitKind::ALL`]).
//! The parse enforces the input size, the nesting depth, the number of nodes and the length of
//! each scalar; [`check_counts`] counts the lists (components, evidence, claims, lineage,
//! evaluations) and licence terms of a parsed tree. YAML aliases are
//! expanded into copies, and every copied node counts toward [`Limits::max_nodes`] (the copied
//! text counts toward [`Limits::max_bytes`]), so an "exponential entity" document fails quickly
//! with [`SyntaxErrorKind::LimitExceeded`] instead of exhausting memory. Both parsers and the
//! tree operations recurse once per nesting level, so keep [`Limits::max_depth`] in the hundreds
//! or low thousands.
//!
//! # Example
//!
//! ```
//! use ai_openness::syntax::{parse_yaml, Limits, ScalarStyle};
//!
//! let tree = parse_yaml("licence: yes\nsizes: [1, 2]\n", &Limits::default()).unwrap();
//! let licence = tree.get("licence").and_then(|n| n.as_scalar()).unwrap();
//! assert_eq!((licence.text.as_str(), licence.style), ("yes", ScalarStyle::Plain));
//! assert_eq!(tree.to_json().unwrap(), serde_json::json!({"licence": "yes", "sizes": [1, 2]}));
//! let at = tree.locate_nearest("/sizes/1");
//! assert_eq!((at.line, at.column), (2, 12));
//! ```

mod budget;
mod convert;
mod error;
mod json;
mod limits;
mod pointer;
mod position;
mod yaml;

use std::path::Path;

pub use convert::{ConversionError, ConversionErrorKind};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use limits::{Exceeded, LimitKind, Limits, check_counts, licence_terms};

/// The full form of the YAML core-schema tag prefix (`!!` expands to this).
pub const YAML_TAG_PREFIX: &str = "tag:yaml.org,2002:";

/// Where a node starts in the source text.
///
/// `line` and `column` are 1-based; `column` counts characters (Unicode scalar values), not
/// bytes. `offset` is the byte offset into the parsed text.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Line number, starting at 1.
    pub line: u32,
    /// Column number in characters, starting at 1.
    pub column: u32,
    /// Byte offset into the source text, starting at 0.
    pub offset: usize,
}

impl Span {
    /// A span at the given 1-based line and column and 0-based byte offset.
    #[must_use]
    pub const fn new(line: u32, column: u32, offset: usize) -> Self {
        Self {
            line,
            column,
            offset,
        }
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {} column {}", self.line, self.column)
    }
}

/// How a scalar was written in the source.
///
/// JSON strings are [`ScalarStyle::DoubleQuoted`]; JSON numbers, `true`, `false` and `null`
/// are [`ScalarStyle::Plain`].
#[allow(
    clippy::exhaustive_enums,
    reason = "the five scalar styles of YAML 1.2"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScalarStyle {
    /// Unquoted (`yes`, `2024-01-01`, `42`); subject to schema resolution.
    Plain,
    /// `'single quoted'`; always a string.
    SingleQuoted,
    /// `"double quoted"` (with escapes); always a string.
    DoubleQuoted,
    /// A literal block scalar (`|`); always a string.
    Literal,
    /// A folded block scalar (`>`); always a string.
    Folded,
}

/// A scalar as written: its text (escapes and folding resolved), its style and explicit tag.
#[allow(
    clippy::exhaustive_structs,
    reason = "a scalar is its text and its style, as both parsers give them"
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scalar {
    /// The scalar's content after escape processing and line folding, before any type
    /// resolution (`yes`, `0`, `2024-01-01` and `~` all stay as written).
    pub text: String,
    /// How the scalar was written.
    pub style: ScalarStyle,
    /// The explicit tag in full form (`!!str` becomes `tag:yaml.org,2002:str`; a local tag
    /// `!foo` stays `!foo`; the non-specific tag `!` stays `!`), if any.
    pub tag: Option<String>,
}

impl Scalar {
    /// Whether the scalar carries the YAML core-schema tag with this suffix (`"str"`, `"int"`).
    #[must_use]
    pub fn has_core_tag(&self, suffix: &str) -> bool {
        self.tag
            .as_deref()
            .and_then(|t| t.strip_prefix(YAML_TAG_PREFIX))
            .is_some_and(|s| s == suffix)
    }
}

/// The content of a [`Node`].
#[allow(
    clippy::exhaustive_enums,
    reason = "the value kinds of the JSON data model that both parsers produce"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum NodeValue {
    /// A scalar: string, number, boolean or null before resolution.
    Scalar(Scalar),
    /// A sequence (JSON array), in source order.
    Sequence(Vec<Node>),
    /// A mapping (JSON object), entries in source order; keys are unique by scalar text.
    Mapping(Vec<Entry>),
}

/// One `key: value` pair of a mapping.
#[allow(
    clippy::exhaustive_structs,
    reason = "a mapping entry is its key node and its value node"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key node (a scalar in every document that [`Node::to_json`] accepts).
    pub key: Node,
    /// The value node.
    pub value: Node,
}

/// A node of the syntax tree with the position where it starts.
#[allow(
    clippy::exhaustive_structs,
    reason = "a node is its value and its position"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the node starts (for an expanded YAML alias: where the alias is written).
    pub span: Span,
    /// The node's content.
    pub value: NodeValue,
}

impl Node {
    /// The scalar, if this node is one.
    #[must_use]
    pub fn as_scalar(&self) -> Option<&Scalar> {
        match &self.value {
            NodeValue::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// The items, if this node is a sequence.
    #[must_use]
    pub fn as_sequence(&self) -> Option<&[Node]> {
        match &self.value {
            NodeValue::Sequence(items) => Some(items),
            _ => None,
        }
    }

    /// The entries, if this node is a mapping.
    #[must_use]
    pub fn as_mapping(&self) -> Option<&[Entry]> {
        match &self.value {
            NodeValue::Mapping(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value stored under the scalar key whose text is `key`, if this node is a mapping
    /// that has one. Matching is on the raw key text: `get("1")` finds both `1:` and `"1":`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_mapping()?
            .iter()
            .find(|e| e.key.as_scalar().is_some_and(|k| k.text == key))
            .map(|e| &e.value)
    }
}

/// The syntax of a source text.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    /// JSON (RFC 8259).
    Json,
    /// YAML 1.2 (one document per stream).
    Yaml,
}

impl SourceFormat {
    /// The format implied by a file extension: `.json` → JSON, `.yaml`/`.yml` → YAML
    /// (ASCII case-insensitive); anything else → `None`.
    #[must_use]
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?;
        if ext.eq_ignore_ascii_case("json") {
            Some(Self::Json)
        } else if ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml") {
            Some(Self::Yaml)
        } else {
            None
        }
    }
}

/// Parses `text` as `format` into a positioned tree.
///
/// # Errors
/// A [`SyntaxError`] with the line and column of the first problem: malformed text, a duplicate
/// mapping key, an empty stream or a second document, or an exceeded [`Limits`] bound.
pub fn parse(text: &str, format: SourceFormat, limits: &Limits) -> Result<Node, SyntaxError> {
    match format {
        SourceFormat::Json => parse_json(text, limits),
        SourceFormat::Yaml => parse_yaml(text, limits),
    }
}

/// Parses strict JSON (RFC 8259) into a positioned tree. A leading UTF-8 byte-order mark is
/// skipped. Numbers keep their exact text; duplicate object keys are an error.
///
/// # Errors
/// See [`parse`].
pub fn parse_json(text: &str, limits: &Limits) -> Result<Node, SyntaxError> {
    budget::check_size(text, limits)?;
    json::parse(text, limits)
}

/// Parses a single YAML 1.2 document into a positioned tree. Anchors and aliases are expanded;
/// merge keys (`<<`) stay ordinary keys; duplicate keys (same scalar text, whatever the quoting)
/// are an error at any depth. A `%YAML 1.1` directive is accepted but changes nothing: scalars
/// keep their raw text and [`Node::to_json`] applies the YAML 1.2 core schema.
///
/// # Errors
/// See [`parse`].
pub fn parse_yaml(text: &str, limits: &Limits) -> Result<Node, SyntaxError> {
    budget::check_size(text, limits)?;
    yaml::parse(text, limits)
}
