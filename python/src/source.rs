//! What a Python caller hands in as a document, read into something the worker threads can use
//! without the GIL: text (`str`), bytes (`bytes`, `bytearray`, `memoryview`), a path
//! (`os.PathLike`), or a mapping (a parsed document, written as JSON here).
//!
//! A `str` is always the document's text, never a file name: a file is a `pathlib.Path` (or any
//! `os.PathLike`).

use std::path::PathBuf;

use ai_openness::syntax::Limits;
use ai_openness::validate::ValidatorOptions;
use ai_openness::{Code, Diagnostic};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyList, PyMapping, PyMemoryView,
    PyString, PyTuple, PyType,
};

/// The name of a document that is not a file, as the CLI names standard input.
pub(crate) const DEFAULT_NAME: &str = "-";

/// A document's content.
pub(crate) enum Doc {
    /// Text, read as JSON or YAML (JSON when it starts with `{`).
    Text(PyBackedStr),
    /// Bytes, decoded as UTF-8 by the pipeline (which reports bytes that are not).
    Bytes(PyBackedBytes),
    /// A file, read by the pipeline.
    Path(PathBuf),
    /// A mapping, written as JSON.
    Json(String),
}

/// A document and the name it is reported under.
pub(crate) struct Input {
    pub(crate) doc: Doc,
    /// A file's path as given; `name=`, else `-`, for the others.
    pub(crate) name: String,
}

/// Why a Python value could not be read into an [`Input`].
pub(crate) enum ExtractError {
    /// A Python exception to raise as it is.
    Py(PyErr),
    /// Not a document (`TypeError`).
    Type(String),
    /// A mapping over one of the reader's limits: the `limit-exceeded` diagnostic the pipeline
    /// would give for its text.
    Limit(Diagnostic),
}

impl From<PyErr> for ExtractError {
    fn from(e: PyErr) -> Self {
        Self::Py(e)
    }
}

impl Input {
    /// Reads `source`; `name` overrides the name of a document that is not a file.
    pub(crate) fn extract(
        source: &Bound<'_, PyAny>,
        name: Option<&str>,
    ) -> Result<Self, ExtractError> {
        let named = |doc| Self {
            doc,
            name: name.unwrap_or(DEFAULT_NAME).to_owned(),
        };
        if let Ok(text) = source.cast::<PyString>() {
            return Ok(named(match text.extract::<PyBackedStr>() {
                Ok(text) => Doc::Text(text),
                // Lone surrogates: not Unicode text. The pipeline reports the bytes as it
                // reports any text that is not UTF-8.
                Err(_) => Doc::Bytes(
                    text.call_method1("encode", ("utf-8", "surrogatepass"))?
                        .extract::<PyBackedBytes>()
                        .map_err(PyErr::from)?,
                ),
            }));
        }
        if source.is_instance_of::<PyBytes>() || source.is_instance_of::<PyByteArray>() {
            return Ok(named(Doc::Bytes(
                source.extract::<PyBackedBytes>().map_err(PyErr::from)?,
            )));
        }
        if source.is_instance_of::<PyMemoryView>() {
            let bytes = source.call_method0("tobytes")?;
            return Ok(named(Doc::Bytes(
                bytes.extract::<PyBackedBytes>().map_err(PyErr::from)?,
            )));
        }
        if source.is_instance_of::<PyDict>() || source.cast::<PyMapping>().is_ok() {
            let limits = ValidatorOptions::default().limits;
            let mut writer = JsonWriter::new(&limits);
            writer.value(source, 0)?;
            return Ok(named(Doc::Json(writer.finish())));
        }
        if source.hasattr("__fspath__")? {
            let path: PathBuf = source.extract()?;
            let name = path.display().to_string();
            return Ok(Self {
                doc: Doc::Path(path),
                name,
            });
        }
        Err(ExtractError::Type(format!(
            "a document is text (str), bytes, a path (os.PathLike) or a mapping, not {}",
            type_name(source)
        )))
    }

    /// Whether the document was a mapping (its diagnostics' lines and columns point into JSON
    /// the caller never saw).
    pub(crate) fn is_mapping(&self) -> bool {
        matches!(self.doc, Doc::Json(_))
    }
}

/// The Python type name of a value.
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "an unknown type".to_owned(), |n| n.to_string())
}

/// `datetime.date` and `datetime.time` (`datetime.datetime` is a `date`): what a YAML loader
/// gives for a date, written as its ISO 8601 text.
fn date_types(py: Python<'_>) -> PyResult<&Bound<'_, PyTuple>> {
    static TYPES: PyOnceLock<Py<PyTuple>> = PyOnceLock::new();
    TYPES
        .get_or_try_init(py, || {
            let datetime = py.import("datetime")?;
            let types: Vec<Bound<'_, PyType>> = vec![
                datetime.getattr("date")?.cast_into()?,
                datetime.getattr("time")?.cast_into()?,
            ];
            Ok::<_, PyErr>(PyTuple::new(py, types)?.unbind())
        })
        .map(|t| t.bind(py))
}

/// Writes a Python value as JSON, within the reader's limits: nesting depth, node count and
/// size are checked as the parser checks them, so a mapping that loops back into itself or
/// that is too large gives the same `limit-exceeded` diagnostic its JSON text would.
struct JsonWriter {
    out: Vec<u8>,
    nodes: usize,
    limits: Limits,
    /// The JSON Pointer of the value being written (for `TypeError` messages).
    pointer: String,
}

impl JsonWriter {
    fn new(limits: &Limits) -> Self {
        Self {
            out: Vec::new(),
            nodes: 0,
            limits: *limits,
            pointer: String::new(),
        }
    }

    fn finish(self) -> String {
        // Every byte written is UTF-8 (JSON punctuation, serde_json's strings, numbers).
        String::from_utf8(self.out).unwrap_or_default()
    }

    fn limit(&self, message: String) -> ExtractError {
        ExtractError::Limit(Diagnostic::of(Code::LimitExceeded, "", message))
    }

    fn not_json(&self, what: &str) -> ExtractError {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        ExtractError::Type(format!(
            "the value at `{at}` is {what}, which JSON cannot hold"
        ))
    }

    /// Counts one node; fails over the node or size limit.
    fn count(&mut self) -> Result<(), ExtractError> {
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes {
            return Err(self.limit(format!(
                "document has more than {} nodes (alias expansions included)",
                self.limits.max_nodes
            )));
        }
        if self.out.len() > self.limits.max_bytes {
            return Err(self.limit(format!(
                "input is more than the limit of {} bytes as JSON",
                self.limits.max_bytes
            )));
        }
        Ok(())
    }

    fn string(&mut self, s: &Bound<'_, PyString>) -> Result<(), ExtractError> {
        let text = s
            .to_str()
            .map_err(|_| self.not_json("text that is not Unicode"))?;
        serde_json::to_writer(&mut self.out, text)
            .map_err(|e| ExtractError::Type(e.to_string()))?;
        Ok(())
    }

    fn key(&mut self, key: &Bound<'_, PyAny>) -> Result<String, ExtractError> {
        let Ok(key) = key.cast::<PyString>() else {
            return Err(self.not_json(&format!("a mapping with a {} key", type_name(key))));
        };
        self.string(key)?;
        Ok(key.to_string_lossy().into_owned())
    }

    /// Writes `value`, at nesting `depth` (the root collection is depth 1).
    fn value(&mut self, value: &Bound<'_, PyAny>, depth: usize) -> Result<(), ExtractError> {
        self.count()?;
        if value.is_none() {
            self.out.extend_from_slice(b"null");
        } else if let Ok(b) = value.cast::<PyBool>() {
            let text: &[u8] = if b.is_true() { b"true" } else { b"false" };
            self.out.extend_from_slice(text);
        } else if let Ok(s) = value.cast::<PyString>() {
            self.string(s)?;
        } else if value.is_instance_of::<PyInt>() {
            // Exact, however large (Python's own decimal text).
            let text = value.str()?;
            self.out.extend_from_slice(text.to_str()?.as_bytes());
        } else if value.is_instance_of::<PyFloat>() {
            let f: f64 = value.extract()?;
            if !f.is_finite() {
                return Err(self.not_json(&format!("the float {f}")));
            }
            serde_json::to_writer(&mut self.out, &f)
                .map_err(|e| ExtractError::Type(e.to_string()))?;
        } else if let Ok(dict) = value.cast::<PyDict>() {
            self.enter(depth)?;
            self.mapping(dict.iter(), depth)?;
        } else if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
            self.enter(depth)?;
            self.out.push(b'[');
            for (i, item) in value.try_iter()?.enumerate() {
                if i > 0 {
                    self.out.push(b',');
                }
                let len = self.pointer.len();
                self.pointer.push('/');
                self.pointer.push_str(&i.to_string());
                self.value(&item?, depth + 1)?;
                self.pointer.truncate(len);
            }
            self.out.push(b']');
        } else if value.is_instance(date_types(value.py())?)? {
            let text = value.call_method0("isoformat")?;
            self.string(text.cast::<PyString>().map_err(PyErr::from)?)?;
        } else if let Ok(mapping) = value.cast::<PyMapping>() {
            self.enter(depth)?;
            let items = mapping.items()?;
            let pairs: Vec<(Bound<'_, PyAny>, Bound<'_, PyAny>)> = items.extract()?;
            self.mapping(pairs.into_iter(), depth)?;
        } else {
            return Err(self.not_json(&format!("a {}", type_name(value))));
        }
        Ok(())
    }

    /// Fails when a collection at `depth + 1` is deeper than the limit.
    fn enter(&self, depth: usize) -> Result<(), ExtractError> {
        if depth + 1 > self.limits.max_depth {
            return Err(self.limit(format!(
                "nesting is deeper than the limit of {}",
                self.limits.max_depth
            )));
        }
        Ok(())
    }

    fn mapping<'py>(
        &mut self,
        pairs: impl Iterator<Item = (Bound<'py, PyAny>, Bound<'py, PyAny>)>,
        depth: usize,
    ) -> Result<(), ExtractError> {
        self.out.push(b'{');
        for (i, (key, value)) in pairs.enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.count()?;
            let key = self.key(&key)?;
            self.out.push(b':');
            let len = self.pointer.len();
            self.pointer.push('/');
            self.pointer
                .push_str(&key.replace('~', "~0").replace('/', "~1"));
            self.value(&value, depth + 1)?;
            self.pointer.truncate(len);
        }
        self.out.push(b'}');
        Ok(())
    }
}
