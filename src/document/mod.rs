//! The document format: one description is one JSON or YAML document whose root is a
//! [`Release`], carrying its format version in `spec_version`.
//!
//! Loading runs in layers, each with its own error location:
//! 1. **syntax**: the text is parsed by [`crate::syntax`] into a tree that keeps line and column of
//!    every node; duplicate keys, YAML alias bombs, excessive nesting and oversized inputs are
//!    rejected here ([`Error::Syntax`]);
//! 2. **version**: `spec_version` is checked with Cargo's compatibility rule (while the format is at
//!    0.x, a different minor version is breaking); a newer incompatible version is
//!    [`Error::UnsupportedVersion`], and an older one is migrated through the [`MIGRATIONS`] chain;
//! 3. **typed load**: the tree is deserialised into the model; the first problem is reported as
//!    [`Error::Invalid`] with its JSON Pointer, line and column.
//!
//! The validator (`crate::validate`) runs the same layers but collects every problem as a
//! [`Diagnostic`](crate::Diagnostic) instead of stopping at the first; the document pipeline
//! ([`crate::pipeline`]) recognises what a document is (a description, a Model Openness Tool file,
//! a profile) and gives every command the same diagnostics.

mod migrate;

use std::path::Path;

use serde_json::Value;

use crate::error::{Error, Location, Result};
use crate::model::{Release, SpecVersion};
use crate::syntax::{self, Node};

pub use crate::syntax::{Limits, SourceFormat as Format};
pub use migrate::{MIGRATIONS, Migration};

/// A document that loaded: the release, the positioned syntax tree it came from (to locate any
/// JSON Pointer in the source), and notes about what loading did (e.g. a migration).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Loaded {
    /// The release.
    pub release: Release,
    /// The syntax tree of the source text.
    pub tree: Node,
    /// What loading did to the document, in words (migrations applied), in order.
    pub notes: Vec<String>,
}

/// Parses `text` into a positioned syntax tree.
///
/// # Errors
/// [`Error::Syntax`] with the line and column of the first problem.
pub fn parse_tree(text: &str, format: Format, limits: &Limits) -> Result<Node> {
    syntax::parse(text, format, limits).map_err(|e| Error::Syntax {
        location: Location {
            line: Some(e.line()),
            column: Some(e.column()),
            ..Location::default()
        },
        message: e.message().to_owned(),
    })
}

/// Converts a syntax tree into a JSON value (YAML 1.2 core schema).
///
/// # Errors
/// [`Error::Invalid`] when a value has no JSON form (a non-scalar mapping key, `.inf`, `.nan`).
pub fn tree_to_value(tree: &Node) -> Result<Value> {
    tree.to_json().map_err(|e| Error::Invalid {
        location: Location {
            line: Some(e.line()),
            column: Some(e.column()),
            pointer: Some(e.pointer().to_owned()),
            ..Location::default()
        },
        message: e.message().to_owned(),
    })
}

/// The location of the value at `pointer`, with the line and column of the nearest node that
/// exists in `tree`.
#[must_use]
pub fn locate(tree: &Node, pointer: &str) -> Location {
    let span = tree.locate_nearest(pointer);
    Location {
        line: Some(span.line),
        column: Some(span.column),
        pointer: Some(pointer.to_owned()),
        ..Location::default()
    }
}

/// Reads `spec_version` and brings the value to the current format version.
///
/// Returns what was done, in words (empty when the document is current).
///
/// # Errors
/// [`Error::Invalid`] when `spec_version` is missing or not a semantic version;
/// [`Error::UnsupportedVersion`] when it is newer than this crate reads, or older with no
/// migration path.
pub fn upgrade(value: &mut Value, tree: &Node) -> Result<Vec<String>> {
    upgrade_located(value, &|pointer| locate(tree, pointer))
}

/// [`upgrade`] for a value that has no source text (one read from an RDF graph, or built in
/// code): the same version rule and migrations, with errors located by JSON Pointer only.
///
/// # Errors
/// As [`upgrade`].
pub fn upgrade_value(value: &mut Value) -> Result<Vec<String>> {
    upgrade_located(value, &|pointer| Location {
        pointer: Some(pointer.to_owned()),
        ..Location::default()
    })
}

fn upgrade_located(value: &mut Value, locate: &dyn Fn(&str) -> Location) -> Result<Vec<String>> {
    let found = match value.get("spec_version") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            return Err(Error::Invalid {
                location: locate("/spec_version"),
                message: "`spec_version` must be a string such as `0.1.0`".to_owned(),
            });
        }
        None if value.is_object() => {
            return Err(Error::Invalid {
                location: locate(""),
                message: "missing field `spec_version` (the document format version, e.g. `0.1.0`)"
                    .to_owned(),
            });
        }
        None => {
            return Err(Error::Invalid {
                location: locate(""),
                message: "a description must be a mapping (object) with `spec_version`, `name` and `components`"
                    .to_owned(),
            });
        }
    };
    let version = SpecVersion::new(&found).map_err(|e| Error::Invalid {
        location: locate("/spec_version"),
        message: e.to_string(),
    })?;
    let current = SpecVersion::CURRENT;
    if version.is_compatible_with(&current) {
        return Ok(Vec::new());
    }
    let unsupported = |why: &str| Error::UnsupportedVersion {
        location: locate("/spec_version"),
        found: found.clone(),
        supported: format!("format {current} and compatible versions (^{current}); {why}"),
    };
    if version > current {
        return Err(unsupported(
            "this document is newer: upgrade ai-openness to read it",
        ));
    }
    migrate::run(value, &version)
        .ok_or_else(|| unsupported("no migration exists from this older version"))
}

/// Deserialises a JSON value at the current format version into a [`Release`].
///
/// # Errors
/// [`Error::Invalid`] with the JSON Pointer, line and column of the first problem.
pub fn release_from_value(value: Value, tree: &Node) -> Result<Release> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let pointer = pointer_of(e.path());
        Error::Invalid {
            location: locate(tree, &pointer),
            message: e.inner().to_string(),
        }
    })
}

/// Converts a `serde_path_to_error` path into a JSON Pointer.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// Loads a description from text, keeping the syntax tree.
///
/// # Errors
/// See the module documentation: [`Error::Syntax`], [`Error::UnsupportedVersion`] or
/// [`Error::Invalid`], each with its location.
pub fn load(text: &str, format: Format, limits: &Limits) -> Result<Loaded> {
    let tree = parse_tree(text, format, limits)?;
    let mut value = tree_to_value(&tree)?;
    let notes = upgrade(&mut value, &tree)?;
    let release = release_from_value(value, &tree)?;
    Ok(Loaded {
        release,
        tree,
        notes,
    })
}

/// Loads a description from text with the default limits.
///
/// # Errors
/// As [`load`].
///
/// # Examples
/// ```
/// use ai_openness::document::{self, Format};
///
/// let release = document::from_str(
///     "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model_weights\n    license: Apache-2.0\n",
///     Format::Yaml,
/// )?;
/// assert_eq!(release.name, "Tiny");
/// # Ok::<(), ai_openness::Error>(())
/// ```
pub fn from_str(text: &str, format: Format) -> Result<Release> {
    load(text, format, &Limits::default()).map(|l| l.release)
}

/// The format of a file: by extension (`.json`, `.yaml`, `.yml`), else JSON when the first
/// non-blank character is `{`, else YAML.
#[must_use]
pub fn detect_format(path: Option<&Path>, text: &str) -> Format {
    path.and_then(Format::from_path).unwrap_or_else(|| {
        if text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('{')
        {
            Format::Json
        } else {
            Format::Yaml
        }
    })
}

/// Reads and loads a description from a file.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read (or is larger than `limits.max_bytes`, or not
/// UTF-8), otherwise as [`load`], with the file name in the location.
pub fn read_path(path: &Path, limits: &Limits) -> Result<Loaded> {
    let text = read_text(path, limits)?;
    load(&text, detect_format(Some(path), &text), limits).map_err(|e| e.in_file(path))
}

/// Reads a file as UTF-8 text, reading at most one byte more than `limits.max_bytes` whatever the
/// file claims to hold (a FIFO, `/dev/zero` or a growing file is cut off at the limit).
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::Syntax`] when it is larger than the
/// limit or not UTF-8.
pub fn read_text(path: &Path, limits: &Limits) -> Result<String> {
    let io = |source| Error::Io {
        path: Some(path.to_owned()),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file
        .metadata()
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| m.len());
    let bytes = read_bounded(file, limits.max_bytes).map_err(io)?;
    if bytes.len() > limits.max_bytes {
        return Err(Error::Syntax {
            location: Location::file(path),
            message: too_large_message(size, limits.max_bytes),
        });
    }
    String::from_utf8(bytes).map_err(|e| Error::Syntax {
        location: Location::file(path),
        message: format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
    })
}

/// Reads at most `max_bytes + 1` bytes from `reader`: one byte more than the limit tells that the
/// input is too large without reading the rest (which may never end).
///
/// # Errors
/// The reader's I/O error.
pub fn read_bounded(reader: impl std::io::Read, max_bytes: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let cap = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut bytes = Vec::new();
    reader.take(cap).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The message for an input over the size limit of `max_bytes`, whose real size is `size` when
/// known (a regular file's length; a stream is read only to one byte past the limit, so its size
/// is not known): `input is 20000000 bytes (19.0 MiB), more than the limit of 16777216 bytes
/// (16.0 MiB; --max-bytes)`, or `input is more than …` when the size is not known.
#[must_use]
pub fn too_large_message(size: Option<u64>, max_bytes: usize) -> String {
    let max = u64::try_from(max_bytes).unwrap_or(u64::MAX);
    let found = match size.filter(|s| *s > max) {
        Some(s) => match binary_size(s) {
            Some(h) => format!("{s} bytes ({h}), more"),
            None => format!("{s} bytes, more"),
        },
        None => "more".to_owned(),
    };
    match binary_size(max) {
        Some(h) => {
            format!("input is {found} than the limit of {max_bytes} bytes ({h}; --max-bytes)")
        }
        None => format!("input is {found} than the limit of {max_bytes} bytes (--max-bytes)"),
    }
}

/// `n` bytes in KiB or MiB with one decimal (`16.0 MiB`), `None` under 1 KiB.
fn binary_size(n: u64) -> Option<String> {
    let (unit, name) = if n >= 1024 * 1024 {
        (1024 * 1024, "MiB")
    } else if n >= 1024 {
        (1024, "KiB")
    } else {
        return None;
    };
    let tenths = n.saturating_mul(10) / unit;
    Some(format!("{}.{} {name}", tenths / 10, tenths % 10))
}

/// Writes a release as pretty-printed JSON (with a trailing newline).
///
/// # Errors
/// [`Error::Write`] if serialisation fails (it does not for releases built from the model's types).
pub fn to_json_string(release: &Release) -> Result<String> {
    serde_json::to_string_pretty(release)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| Error::Write {
            message: e.to_string(),
        })
}

/// Writes a release as YAML.
///
/// # Errors
/// [`Error::Write`] if serialisation fails.
pub fn to_yaml_string(release: &Release) -> Result<String> {
    serde_saphyr::to_string(release).map_err(|e| Error::Write {
        message: e.to_string(),
    })
}
