//! What the subcommands that read documents share: running a source through the library's
//! document pipeline, and writing a diagnostic as a line of text.

use std::fmt::Write as _;

use ai_openness::pipeline::{Pipeline, Processed};
use ai_openness::{Diagnostic, Result, escape_text};

use super::input::Source;

/// Runs one source through the pipeline. `Err` only when it cannot be read (I/O).
pub(super) fn process(pipeline: &Pipeline, source: &Source) -> Result<Processed> {
    match source {
        Source::File(path) => pipeline.process_path(path),
        Source::Stdin => pipeline.process_reader(std::io::stdin().lock(), None),
    }
}

/// A diagnostic as `validate` writes it in text:
/// `file:line:column: severity[code] at `/pointer`: message (clause)`, with every control and
/// bidirectional formatting character (from the file name or the document) escaped.
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
    escape_text(&line).into_owned()
}

/// A writer for text output that escapes every control character but the line break, and every
/// bidirectional formatting character, of what is written through it (names, titles and
/// messages that come from documents), so that a document cannot drive the terminal.
pub(super) struct SafeText<'a, W: std::io::Write>(pub(super) &'a mut W);

impl<W: std::io::Write> std::io::Write for SafeText<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) => {
                for (i, piece) in text.split('\n').enumerate() {
                    if i > 0 {
                        self.0.write_all(b"\n")?;
                    }
                    self.0.write_all(escape_text(piece).as_bytes())?;
                }
            }
            // Not text: passed on as it is (the CLI writes only text here).
            Err(_) => self.0.write_all(buf)?,
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}
