//! What the subcommands that read documents share: running a source through the library's
//! document pipeline, and writing a diagnostic as a line of text.

use std::fmt::Write as _;

use ai_openness::pipeline::{Pipeline, Processed};
use ai_openness::{Diagnostic, Result};

use super::input::Source;

/// Runs one source through the pipeline. `Err` only when it cannot be read (I/O).
pub(super) fn process(pipeline: &Pipeline, source: &Source) -> Result<Processed> {
    match source {
        Source::File(path) => pipeline.process_path(path),
        Source::Stdin => pipeline.process_reader(std::io::stdin().lock(), None),
    }
}

/// A diagnostic as `validate` writes it in text:
/// `file:line:column: severity[code] at `/pointer`: message (clause)`.
pub(super) fn diagnostic_line(name: &str, d: &Diagnostic) -> String {
    let mut line = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{name}:{l}:{c}"),
        _ => name.to_owned(),
    };
    let pointer = if d.pointer.is_empty() {
        "/"
    } else {
        &d.pointer
    };
    let _ = write!(
        line,
        ": {}[{}] at `{pointer}`: {}",
        d.severity, d.code, d.message
    );
    if let Some(clause) = &d.clause {
        let _ = write!(line, " ({clause})");
    }
    line
}
