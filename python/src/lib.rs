//! `ai_openness._native`: the extension module behind the `ai_openness` Python package.
//!
//! Every answer comes from the library's pipeline (`ai_openness::pipeline`) and result type
//! (`ai_openness::results`), the same calls the command-line tool makes, so the package and the
//! CLI give the same answer for the same document. The package's public API, its exceptions and
//! its types are in `ai_openness/` (Python); this module is private to it.
//!
//! The GIL is released while the crate reads, checks and classifies documents; the batch
//! functions spread a list of documents over worker threads (std threads, one per core by
//! default) and keep the input order.

#![forbid(unsafe_code)]

mod source;
mod tape;

use std::num::NonZeroUsize;
use std::str::FromStr;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use ai_openness::Diagnostic;
use ai_openness::classify::Framework;
use ai_openness::classify::custom::{self, CustomProfile};
use ai_openness::pipeline::{DocumentKind, Pipeline, Processed};
use ai_openness::results::{Detail, DocumentFinding, DocumentResult, Target, ValidateLine};
use ai_openness::validate::Format;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::Value;

use source::{Doc, Input};
use tape::{Interner, Strings, Tape};

/// The allocator of the extension's Rust code (`Cargo.toml`); Python objects are not affected.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pyo3::import_exception!(ai_openness._errors, ReadError);
pyo3::import_exception!(ai_openness._errors, ParseError);
pyo3::import_exception!(ai_openness._errors, ProfileError);

/// One pipeline that recognises documents, and one per document kind (`from_`). Built on first
/// use; the validator's JSON Schema is compiled once.
struct Pipelines {
    auto: Pipeline,
    kinds: Vec<(DocumentKind, Pipeline)>,
}

static PIPELINES: LazyLock<Pipelines> = LazyLock::new(|| {
    let auto = Pipeline::default();
    let kinds = DocumentKind::ALL
        .iter()
        .map(|k| (*k, auto.clone().reading_as(*k)))
        .collect();
    Pipelines { auto, kinds }
});

impl Pipelines {
    fn get(&self, kind: Option<DocumentKind>) -> &Pipeline {
        kind.and_then(|k| self.kinds.iter().find(|(j, _)| *j == k).map(|(_, p)| p))
            .unwrap_or(&self.auto)
    }
}

/// Why a document gave no answer, worked out without the GIL and turned into one of the
/// package's exceptions with it.
enum Failure {
    /// The file could not be read (`ReadError`).
    Read { path: String, message: String },
    /// The document could not be parsed or has errors (`ParseError`): its diagnostics and, for
    /// `classify`, the line the CLI writes for it.
    Invalid {
        message: String,
        diagnostics: Vec<Diagnostic>,
        result: Option<Value>,
    },
    /// A Python value that is not a document (`TypeError`), found while reading a batch.
    Type(String),
    /// A bug in this module, reported in the answer's place (`RuntimeError`).
    Internal(String),
}

impl Failure {
    /// The exception, as an instance (not raised).
    fn into_pyerr(self, py: Python<'_>) -> PyErr {
        let made = match self {
            Self::Read { path, message } => (|| {
                let kwargs = PyDict::new(py);
                kwargs.set_item("path", path)?;
                py.get_type::<ReadError>().call((message,), Some(&kwargs))
            })(),
            Self::Invalid {
                message,
                diagnostics,
                result,
            } => (|| {
                let kwargs = PyDict::new(py);
                kwargs.set_item("diagnostics", tape::to_py(py, &diagnostics)?)?;
                if let Some(result) = &result {
                    kwargs.set_item("result", tape::to_py(py, result)?)?;
                }
                py.get_type::<ParseError>().call((message,), Some(&kwargs))
            })(),
            Self::Type(message) => return PyTypeError::new_err(message),
            Self::Internal(message) => return PyRuntimeError::new_err(message),
        };
        match made {
            Ok(instance) => PyErr::from_value(instance),
            Err(e) => e,
        }
    }
}

/// `ProfileError(message)`.
fn profile_error(message: impl Into<String>) -> PyErr {
    ProfileError::new_err(message.into())
}

/// The document kind named by `from_`, or `ValueError`.
fn parse_kind(from: Option<&str>) -> PyResult<Option<DocumentKind>> {
    from.map(|s| {
        DocumentKind::from_str(s).map_err(|_| {
            let known: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.as_str()).collect();
            PyValueError::new_err(format!(
                "unknown document kind `{s}` for from_ (known: {})",
                known.join(", ")
            ))
        })
    })
    .transpose()
}

/// The frameworks named by id, or `ValueError`.
fn parse_frameworks(ids: Option<Vec<String>>) -> PyResult<Vec<Framework>> {
    ids.unwrap_or_default()
        .iter()
        .map(|id| {
            Framework::from_str(id).map_err(|_| {
                let known: Vec<&str> = Framework::ALL.iter().map(|f| f.id()).collect();
                PyValueError::new_err(format!(
                    "unknown framework `{id}` (known: {})",
                    known.join(", ")
                ))
            })
        })
        .collect()
}

/// How much of a classification to return (`detail=`), as `classify --detail`.
fn parse_detail(detail: &str) -> PyResult<Detail> {
    Detail::from_str(detail).map_err(|_| {
        let known: Vec<&str> = Detail::ALL.iter().map(|d| d.as_str()).collect();
        PyValueError::new_err(format!(
            "unknown detail `{detail}` (known: {})",
            known.join(", ")
        ))
    })
}

/// A custom framework profile, loaded and checked once (`ai_openness.load_profile`).
#[pyclass(frozen, module = "ai_openness", name = "Profile")]
struct PyProfile {
    profile: CustomProfile,
}

#[pymethods]
impl PyProfile {
    /// The profile's id (what its classifications are listed under).
    #[getter]
    fn id(&self) -> &str {
        self.profile.id()
    }

    /// The profile's name.
    #[getter]
    fn name(&self) -> &str {
        self.profile.name()
    }

    /// `ladder` or `checklist`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.profile.kind().as_str()
    }

    fn __repr__(&self) -> String {
        format!(
            "Profile(id={:?}, name={:?}, kind={:?})",
            self.profile.id(),
            self.profile.name(),
            self.profile.kind().as_str()
        )
    }
}

/// Loads a profile from a source (text, bytes, path or mapping), or `ProfileError`.
fn load_profile_from(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<CustomProfile> {
    if let Ok(profile) = source.cast::<PyProfile>() {
        return Ok(profile.get().profile.clone());
    }
    let input = match Input::extract(source, None) {
        Ok(input) => input,
        Err(source::ExtractError::Py(e)) => return Err(e),
        Err(source::ExtractError::Type(m)) => return Err(PyTypeError::new_err(m)),
        Err(source::ExtractError::Limit(d)) => return Err(profile_error(d.message)),
    };
    py.detach(|| match &input.doc {
        Doc::Path(path) => custom::read_profile(path).map_err(|e| e.to_string()),
        Doc::Text(text) => {
            custom::load_profile(text, document_format(text)).map_err(|e| e.to_string())
        }
        Doc::Json(text) => custom::load_profile(text, Format::Json).map_err(|e| e.to_string()),
        Doc::Bytes(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) => {
                custom::load_profile(text, document_format(text)).map_err(|e| e.to_string())
            }
            Err(e) => Err(format!("the profile is not UTF-8: {e}")),
        },
    })
    .map_err(|m| profile_error(format!("profile {m}")))
}

/// JSON when the text starts with `{` (after blanks), else YAML: as the pipeline guesses.
fn document_format(text: &str) -> Format {
    ai_openness::document::detect_format(None, text)
}

/// Loads every profile; `ProfileError` when one does not load or two share an id.
fn load_profiles(
    py: Python<'_>,
    profiles: Option<Vec<Bound<'_, PyAny>>>,
) -> PyResult<Vec<CustomProfile>> {
    let mut loaded: Vec<CustomProfile> = Vec::new();
    for source in profiles.unwrap_or_default() {
        let profile = load_profile_from(py, &source)?;
        if loaded.iter().any(|p| p.id() == profile.id()) {
            return Err(profile_error(format!(
                "another profile has the id `{}`",
                profile.id()
            )));
        }
        loaded.push(profile);
    }
    Ok(loaded)
}

/// Runs one input through the pipeline; `Err` only when it cannot be read.
fn process(pipeline: &Pipeline, input: &Input) -> Result<Processed, Failure> {
    match &input.doc {
        Doc::Text(text) => Ok(pipeline.process_str(text, None)),
        Doc::Json(text) => Ok(pipeline.process_str(text, Some(Format::Json))),
        Doc::Bytes(bytes) => Ok(pipeline.process_bytes(bytes, None)),
        Doc::Path(path) => pipeline.process_path(path).map_err(|e| Failure::Read {
            path: input.name.clone(),
            message: e.to_string(),
        }),
    }
}

/// Forgets the line and column of diagnostics about a mapping: they point into the JSON text
/// the package wrote for it, which the caller never saw (the pointers stay right).
fn strip_positions<'a>(diagnostics: impl Iterator<Item = &'a mut Diagnostic>) {
    for d in diagnostics {
        d.line = None;
        d.column = None;
    }
}

/// The one-line summary of a document's errors, for an exception's message.
fn invalid_message(file: &str, diagnostics: &[Diagnostic]) -> String {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    match errors.first() {
        Some(first) => {
            let pointer = if first.pointer.is_empty() {
                "/"
            } else {
                &first.pointer
            };
            let more = match errors.len() {
                1 => String::new(),
                n => format!(" (and {} more errors)", n - 1),
            };
            format!(
                "{file}: invalid document: {}[{}] at `{pointer}`: {}{more}",
                first.severity, first.code, first.message
            )
        }
        None => format!("{file}: invalid document"),
    }
}

/// Validates one input: the line `validate --format json` writes, or a read failure.
fn validate_one(
    pipeline: &Pipeline,
    input: &Input,
    interner: &mut Interner,
) -> Result<Tape, Failure> {
    let processed = process(pipeline, input)?;
    let mut diagnostics = processed.diagnostics().to_vec();
    if input.is_mapping() {
        strip_positions(diagnostics.iter_mut());
    }
    let line = ValidateLine::new(&input.name, processed.kind(), &diagnostics, Detail::Full);
    record(&line, interner)
}

/// A diagnostic as the CLI writes it in JSON.
fn diagnostic_json(diagnostic: &Diagnostic) -> Value {
    serde_json::to_value(diagnostic)
        .unwrap_or_else(|e| Value::String(format!("unserialisable diagnostic: {e}")))
}

/// The tape of an answer (see [`tape`]).
fn record<T: serde::Serialize + ?Sized>(
    answer: &T,
    interner: &mut Interner,
) -> Result<Tape, Failure> {
    Tape::record(answer, interner).map_err(|e| Failure::Internal(e.internal()))
}

/// Classifies one input: the line `classify --format json` writes, or why there is none.
fn classify_one(
    pipeline: &Pipeline,
    targets: &[Target<'_>],
    detail: Detail,
    input: &Input,
    interner: &mut Interner,
) -> Result<Tape, Failure> {
    let processed = process(pipeline, input)?;
    if processed.kind() == Some(DocumentKind::Profile) && processed.is_valid() {
        return Err(Failure::Invalid {
            message: format!(
                "{}: a custom framework profile, not a description (classify under it with \
                 profiles=[...])",
                input.name
            ),
            diagnostics: Vec::new(),
            result: None,
        });
    }
    let mut result = DocumentResult::new(input.name.as_str(), &processed, targets);
    if input.is_mapping() {
        strip_positions(result.diagnostics.iter_mut());
        strip_positions(result.findings.iter_mut().filter_map(|f| match f {
            DocumentFinding::Import(d) => Some(d),
            DocumentFinding::Washing(_) => None,
        }));
    }
    if result.is_valid() {
        // Recorded straight from the result, without a `Value` tree.
        record(&result.json_line(detail), interner)
    } else {
        let line = result.to_json_at(detail);
        Err(Failure::Invalid {
            message: invalid_message(&input.name, &result.diagnostics),
            diagnostics: result.diagnostics,
            result: Some(line),
        })
    }
}

/// The answer for an input that could not even be turned into a document (a mapping over a
/// limit): its one diagnostic, as `validate` and `classify` report a document over a limit.
fn limit_failure(
    name: &str,
    diagnostic: Diagnostic,
    detail: Option<Detail>,
) -> Result<Value, Failure> {
    let Some(detail) = detail else {
        let diagnostics = [diagnostic];
        let line = ValidateLine::new(name, None, &diagnostics, Detail::Full);
        return serde_json::to_value(line).map_err(|e| Failure::Internal(format!("internal: {e}")));
    };
    let result = DocumentResult::failed(name, diagnostic);
    Err(Failure::Invalid {
        message: invalid_message(name, &result.diagnostics),
        result: Some(result.to_json_at(detail)),
        diagnostics: result.diagnostics,
    })
}

/// One source read into an input, or the answer it already has (a limit), or a Python error.
enum Prepared {
    Input(Input),
    Done(Result<Value, Failure>),
}

/// `detail`: `None` for `validate`, the detail of `classify`.
fn prepare(
    source: &Bound<'_, PyAny>,
    name: Option<&str>,
    detail: Option<Detail>,
) -> PyResult<Prepared> {
    match Input::extract(source, name) {
        Ok(input) => Ok(Prepared::Input(input)),
        Err(source::ExtractError::Py(e)) => Err(e),
        Err(source::ExtractError::Type(m)) => Err(PyTypeError::new_err(m)),
        Err(source::ExtractError::Limit(d)) => Ok(Prepared::Done(limit_failure(
            name.unwrap_or(source::DEFAULT_NAME),
            d,
            detail,
        ))),
    }
}

/// Checks one document: the line `validate --format json` writes for it (a dict).
#[pyfunction]
#[pyo3(signature = (source, *, from_=None, name=None))]
fn validate(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    from_: Option<&str>,
    name: Option<&str>,
) -> PyResult<Py<PyAny>> {
    let kind = parse_kind(from_)?;
    let answer = match prepare(source, name, None)? {
        Prepared::Done(answer) => Answer::Value(answer),
        Prepared::Input(input) => Answer::Tape(
            py.detach(|| validate_one(PIPELINES.get(kind), &input, &mut Interner::default())),
        ),
    };
    answer.into_py(py, &mut Strings::default())
}

/// Classifies one document: the line `classify --format json` writes for it (a dict).
#[pyfunction]
#[pyo3(signature = (source, *, from_=None, frameworks=None, profiles=None, detail="full", name=None))]
fn classify(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    from_: Option<&str>,
    frameworks: Option<Vec<String>>,
    profiles: Option<Vec<Bound<'_, PyAny>>>,
    detail: &str,
    name: Option<&str>,
) -> PyResult<Py<PyAny>> {
    let kind = parse_kind(from_)?;
    let frameworks = parse_frameworks(frameworks)?;
    let detail = parse_detail(detail)?;
    let profiles = load_profiles(py, profiles)?;
    let answer = match prepare(source, name, Some(detail))? {
        Prepared::Done(answer) => Answer::Value(answer),
        Prepared::Input(input) => Answer::Tape(py.detach(|| {
            let targets = Target::defaults(&frameworks, &profiles);
            let interner = &mut Interner::default();
            classify_one(PIPELINES.get(kind), &targets, detail, &input, interner)
        })),
    };
    answer.into_py(py, &mut Strings::default())
}

/// Converts one document into another format, as `ai-openness convert` does: a dict with
/// `file`, `from` (the format read), `to`, `text` (the document written), `import_unmapped` and
/// `export_unmapped` (each a list of `{pointer, value, why}`: the source fields the importer left
/// out, the release's fields the target format cannot express) and `diagnostics`.
#[pyfunction]
#[pyo3(name = "convert", signature = (source, *, from_=None, to="native", yaml=false, name=None))]
fn convert_document(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    from_: Option<&str>,
    to: &str,
    yaml: bool,
    name: Option<&str>,
) -> PyResult<Py<PyAny>> {
    use ai_openness::convert::Format as Target;
    let kind = parse_kind(from_)?;
    let writable = || {
        Target::writable()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let to = match to.parse::<Target>() {
        Ok(format) if format.exporter().is_some() => format,
        _ => {
            return Err(PyValueError::new_err(format!(
                "unknown output format `{to}`; the crate writes {}",
                writable()
            )));
        }
    };
    if yaml && to != Target::Native {
        return Err(PyValueError::new_err("yaml=True is for to=\"native\""));
    }
    let answer = match prepare(source, name, Some(Detail::Full))? {
        Prepared::Done(answer) => Answer::Value(answer.and_then(|line| {
            Err(Failure::Invalid {
                message: "not a document".to_owned(),
                diagnostics: Vec::new(),
                result: Some(line),
            })
        })),
        Prepared::Input(input) => Answer::Tape(py.detach(|| {
            convert_one(
                PIPELINES.get(kind),
                to,
                yaml,
                &input,
                &mut Interner::default(),
            )
        })),
    };
    answer.into_py(py, &mut Strings::default())
}

/// Converts one input: what [`convert_document`] returns, or why there is nothing to convert.
fn convert_one(
    pipeline: &Pipeline,
    to: ai_openness::convert::Format,
    yaml: bool,
    input: &Input,
    interner: &mut Interner,
) -> Result<Tape, Failure> {
    use ai_openness::convert::{Format as Target, Unmapped};
    let processed = process(pipeline, input)?;
    let invalid = |message: String| Failure::Invalid {
        message,
        diagnostics: processed.diagnostics().to_vec(),
        result: None,
    };
    let Some(release) = processed.release().filter(|_| processed.is_valid()) else {
        return Err(invalid(if processed.is_valid() {
            format!("{}: no release could be read from it", input.name)
        } else {
            invalid_message(&input.name, processed.diagnostics())
        }));
    };
    let exported = if yaml {
        ai_openness::convert::native::export_yaml(release)
    } else {
        to.export(release)
    }
    .map_err(|e| invalid(format!("{}: {e}", input.name)))?;
    let list = |items: &[Unmapped]| {
        Value::Array(
            items
                .iter()
                .map(|u| serde_json::json!({"pointer": u.pointer, "value": u.value, "why": u.why}))
                .collect(),
        )
    };
    let from = processed.kind().and_then(Target::of_kind);
    let answer = serde_json::json!({
        "file": input.name,
        "from": from.map_or("unknown", Target::as_str),
        "to": to.as_str(),
        "text": exported.text,
        "import_unmapped": list(processed.unmapped()),
        "export_unmapped": list(&exported.unmapped),
        "diagnostics": Value::Array(processed.diagnostics().iter().map(diagnostic_json).collect()),
    });
    record(&answer, interner)
}

/// The number of worker threads: `jobs`, else one per core.
fn worker_count(jobs: Option<usize>) -> PyResult<usize> {
    match jobs {
        Some(0) => Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, NonZeroUsize::get)),
    }
}

/// An answer to turn into a Python object: one known before any work (an input over a limit)
/// as a `Value`, or one a worker recorded as a tape; or why there is none.
enum Answer {
    Value(Result<Value, Failure>),
    Tape(Result<Tape, Failure>),
}

impl Answer {
    /// The answer's object, or its failure. `strings` has learned every earlier tape of the
    /// interner this answer's tape (if any) was recorded with.
    fn build<'py>(
        self,
        py: Python<'py>,
        strings: &mut Strings<'py>,
    ) -> PyResult<Result<Bound<'py, PyAny>, Failure>> {
        Ok(match self {
            Self::Value(Ok(value)) => Ok(tape::to_py(py, &value)?),
            Self::Tape(Ok(tape)) => Ok(strings.build(py, tape)?),
            Self::Value(Err(failure)) | Self::Tape(Err(failure)) => Err(failure),
        })
    }

    /// The answer of a single call: its object, or its exception raised.
    fn into_py<'py>(self, py: Python<'py>, strings: &mut Strings<'py>) -> PyResult<Py<PyAny>> {
        self.build(py, strings)?
            .map(Bound::unbind)
            .map_err(|failure| failure.into_pyerr(py))
    }

    /// The answer in a batch's list: its object, or its exception as an instance (not raised).
    fn into_item<'py>(
        self,
        py: Python<'py>,
        strings: &mut Strings<'py>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.build(py, strings)?.unwrap_or_else(|failure| {
            failure
                .into_pyerr(py)
                .into_value(py)
                .into_bound(py)
                .into_any()
        }))
    }
}

/// Pauses Python's cyclic garbage collector while it lives, if it was running.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyAny>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?.into_any();
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            return Ok(Self { gc: Some(gc) });
        }
        Ok(Self { gc: None })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc
            && let Err(e) = gc.call_method0("enable")
        {
            e.write_unraisable(gc.py(), Some(gc));
        }
    }
}

/// Runs `f` on every prepared input on `jobs` worker threads and returns the answers as a list
/// in the inputs' order. The workers never touch Python: each records its answers as tapes
/// with an interner of its own (`f`'s second argument). Meanwhile this thread turns the answers
/// that are ready, in order, into Python objects (holding the GIL only for that, not while it
/// waits), so the conversion overlaps the work instead of following it. A worker takes inputs
/// in increasing order, so building in input order learns each worker's strings in the order
/// it numbered them.
fn run_batch<'py>(
    py: Python<'py>,
    prepared: Vec<Prepared>,
    jobs: usize,
    f: impl Fn(&Input, &mut Interner) -> Result<Tape, Failure> + Sync,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    // The answers are trees of dicts and lists without cycles; while they are built, Python's
    // cyclic garbage collector would walk every container still alive (the caller's earlier
    // results too) again and again, which more than doubled the time of a batch. It is paused
    // for the batch and restored after, whatever happens.
    let _paused = GcPause::new(py)?;
    let mut inputs: Vec<Option<Input>> = Vec::with_capacity(prepared.len());
    let mut known: Vec<Option<Result<Value, Failure>>> = Vec::with_capacity(prepared.len());
    for p in prepared {
        match p {
            Prepared::Input(input) => {
                inputs.push(Some(input));
                known.push(None);
            }
            Prepared::Done(answer) => {
                inputs.push(None);
                known.push(Some(answer));
            }
        }
    }
    let work = inputs.iter().filter(|i| i.is_some()).count();
    let jobs = jobs.clamp(1, work.max(1));
    let next = AtomicUsize::new(0);
    // (input, worker, answer)
    let (sender, receiver) = std::sync::mpsc::channel::<(usize, usize, Result<Tape, Failure>)>();
    // `detach` needs what it borrows to be `Send`; a `Receiver` is not `Sync`.
    let receiver = std::sync::Mutex::new(receiver);
    let (inputs, f, next) = (&inputs, &f, &next);
    let mut strings: Vec<Strings<'py>> = (0..jobs).map(|_| Strings::default()).collect();
    let mut own = Strings::default();
    std::thread::scope(|scope| -> PyResult<()> {
        for worker in 0..jobs {
            let sender = sender.clone();
            scope.spawn(move || {
                let mut interner = Interner::default();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(slot) = inputs.get(i) else { break };
                    if let Some(input) = slot
                        && sender.send((i, worker, f(input, &mut interner))).is_err()
                    {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut ready: std::collections::BTreeMap<usize, (usize, Result<Tape, Failure>)> =
            std::collections::BTreeMap::new();
        for (i, known) in known.iter_mut().enumerate() {
            if let Some(answer) = known.take() {
                list.append(Answer::Value(answer).into_item(py, &mut own)?)?;
                continue;
            }
            let (worker, answer) = loop {
                if let Some(answer) = ready.remove(&i) {
                    break answer;
                }
                let received = py.detach(|| {
                    receiver
                        .lock()
                        .map_err(|_| ())
                        .and_then(|r| r.recv().map_err(|_| ()))
                });
                let Ok((j, worker, answer)) = received else {
                    // Every worker has stopped and this answer never came (a worker
                    // panicked): say so in its place rather than drop it.
                    let message = format!("internal: no answer for document {i}");
                    break (jobs, Err(Failure::Internal(message)));
                };
                ready.insert(j, (worker, answer));
            };
            let strings = strings.get_mut(worker).unwrap_or(&mut own);
            list.append(Answer::Tape(answer).into_item(py, strings)?)?;
        }
        Ok(())
    })?;
    Ok(list)
}

/// Reads every source of a batch: an input, an answer already known, or (for a value that is
/// not a document) a `TypeError` in its place.
fn prepare_batch(sources: &[Bound<'_, PyAny>], detail: Option<Detail>) -> PyResult<Vec<Prepared>> {
    sources
        .iter()
        .map(|s| match prepare(s, None, detail) {
            Ok(p) => Ok(p),
            Err(e) if e.is_instance_of::<PyTypeError>(s.py()) => {
                Ok(Prepared::Done(Err(Failure::Type(e.to_string()))))
            }
            Err(e) => Err(e),
        })
        .collect()
}

/// Checks a list of documents on `jobs` threads; a list in the same order of dicts (the lines
/// `validate --format json` writes) or exception instances.
#[pyfunction]
#[pyo3(signature = (sources, *, from_=None, jobs=None))]
fn validate_batch<'py>(
    py: Python<'py>,
    sources: Vec<Bound<'py, PyAny>>,
    from_: Option<&str>,
    jobs: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let kind = parse_kind(from_)?;
    let jobs = worker_count(jobs)?;
    let prepared = prepare_batch(&sources, None)?;
    drop(sources);
    let pipeline = PIPELINES.get(kind);
    run_batch(py, prepared, jobs, |input, interner| {
        validate_one(pipeline, input, interner)
    })
}

/// Classifies a list of documents on `jobs` threads; a list in the same order of dicts (the
/// lines `classify --format json` writes) or exception instances.
#[pyfunction]
#[pyo3(signature = (sources, *, from_=None, frameworks=None, profiles=None, detail="full", jobs=None))]
#[allow(clippy::too_many_arguments, reason = "the Python keyword arguments")]
fn classify_batch<'py>(
    py: Python<'py>,
    sources: Vec<Bound<'py, PyAny>>,
    from_: Option<&str>,
    frameworks: Option<Vec<String>>,
    profiles: Option<Vec<Bound<'py, PyAny>>>,
    detail: &str,
    jobs: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let kind = parse_kind(from_)?;
    let frameworks = parse_frameworks(frameworks)?;
    let detail = parse_detail(detail)?;
    let jobs = worker_count(jobs)?;
    let profiles = load_profiles(py, profiles)?;
    let prepared = prepare_batch(&sources, Some(detail))?;
    drop(sources);
    let targets = Target::defaults(&frameworks, &profiles);
    let pipeline = PIPELINES.get(kind);
    run_batch(py, prepared, jobs, |input, interner| {
        classify_one(pipeline, &targets, detail, input, interner)
    })
}

/// Loads and checks a custom framework profile.
#[pyfunction]
fn load_profile(py: Python<'_>, source: &Bound<'_, PyAny>) -> PyResult<PyProfile> {
    Ok(PyProfile {
        profile: load_profile_from(py, source)?,
    })
}

/// The published JSON Schema of a description (what `ai-openness schema` prints).
#[pyfunction]
fn schema(py: Python<'_>) -> PyResult<Py<PyAny>> {
    let schema = ai_openness::schema::schema();
    Ok(tape::to_py(py, schema.as_value())?.unbind())
}

/// The JSON-LD context (`vocab/context.jsonld`).
#[pyfunction]
fn context(py: Python<'_>) -> PyResult<Py<PyAny>> {
    let context = ai_openness::rdf::context()
        .map_err(|e| PyRuntimeError::new_err(format!("the JSON-LD context: {e}")))?;
    Ok(tape::to_py(py, &context)?.unbind())
}

/// The ids of the built-in frameworks, in the order `classify` lists them.
#[pyfunction]
fn frameworks() -> Vec<&'static str> {
    Framework::ALL.iter().map(|f| f.id()).collect()
}

/// The document kinds `from_` accepts.
#[pyfunction]
fn kinds() -> Vec<&'static str> {
    DocumentKind::ALL.iter().map(|k| k.as_str()).collect()
}

/// The extension module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyProfile>()?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(classify, m)?)?;
    m.add_function(wrap_pyfunction!(convert_document, m)?)?;
    m.add_function(wrap_pyfunction!(validate_batch, m)?)?;
    m.add_function(wrap_pyfunction!(classify_batch, m)?)?;
    m.add_function(wrap_pyfunction!(load_profile, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(context, m)?)?;
    m.add_function(wrap_pyfunction!(frameworks, m)?)?;
    m.add_function(wrap_pyfunction!(kinds, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
