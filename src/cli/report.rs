//! What the subcommands that read documents share: running a unit of input through the
//! library's document pipeline, and writing a diagnostic as a line of text.

use std::fmt::Write as _;

use ai_openness::pipeline::{Pipeline, Processed};
use ai_openness::validate::Format;
use ai_openness::{Diagnostic, Severity};

use super::input::{self, Body, Unit};

/// What became of one unit of input.
#[derive(Debug)]
pub(super) enum Outcome {
    /// A document that went through the pipeline.
    Processed {
        /// The name to show.
        name: String,
        /// The result.
        processed: Box<Processed>,
        /// For a JSON Lines line: its line number (the location of every diagnostic).
        line: Option<u32>,
    },
    /// A file found by walking that carries no marker of a supported format.
    Skipped,
    /// Nothing could be processed: the diagnostic says why. `unreadable`: an I/O failure (exit
    /// code 2), else a document-level failure such as a line over the size limit.
    Failed {
        /// The name to show.
        name: String,
        /// Why.
        diagnostic: Diagnostic,
    },
}

/// Runs one unit through the pipeline. Reads are bounded by the pipeline's size limit.
pub(super) fn process(pipeline: &Pipeline, unit: Unit) -> Outcome {
    let max = pipeline.validator().options().limits.max_bytes;
    let Unit { name, body } = unit;
    match body {
        Body::File { path, walked } => match input::read_capped(&path, max) {
            Ok(bytes) if walked && bytes.len() <= max && !input::has_marker(&bytes) => {
                Outcome::Skipped
            }
            Ok(bytes) => Outcome::Processed {
                name,
                processed: Box::new(pipeline.process_bytes(&bytes, Some(&path))),
                line: None,
            },
            Err(e) => Outcome::Failed {
                name,
                diagnostic: input::unreadable(&e),
            },
        },
        Body::Stdin => match pipeline.process_reader(std::io::stdin().lock(), None) {
            Ok(processed) => Outcome::Processed {
                name,
                processed: Box::new(processed),
                line: None,
            },
            Err(ai_openness::Error::Io { source, .. }) => Outcome::Failed {
                name,
                diagnostic: input::unreadable(&source),
            },
            Err(e) => Outcome::Failed {
                name,
                diagnostic: Diagnostic::of(ai_openness::Code::Unreadable, "", e.to_string()),
            },
        },
        Body::Line { bytes, line } => {
            // A line is JSON; bytes that are not UTF-8 get the pipeline's own diagnostic.
            let processed = match std::str::from_utf8(&bytes) {
                Ok(text) if text.len() <= max => pipeline.process_str(text, Some(Format::Json)),
                _ => pipeline.process_bytes(&bytes, None),
            };
            Outcome::Processed {
                name,
                processed: Box::new(processed),
                line: Some(line),
            }
        }
        Body::Failed(diagnostic) => Outcome::Failed { name, diagnostic },
    }
}

/// Whether a failed unit is an I/O failure (exit code 2) rather than a document's failure.
pub(super) fn is_io(diagnostic: &Diagnostic) -> bool {
    diagnostic.code == ai_openness::Code::Unreadable
}

/// A copy of `diagnostics` placed at JSON Lines line `line` (when given).
pub(super) fn at_line(diagnostics: &[Diagnostic], line: Option<u32>) -> Vec<Diagnostic> {
    diagnostics
        .iter()
        .cloned()
        .map(|mut d| {
            if let (Some(line), Some(_)) = (line, d.line) {
                d.line = Some(line);
            }
            d
        })
        .collect()
}

/// Counts of diagnostics by severity, in words: `2 errors, 1 warning`.
pub(super) fn counts_in_words(diagnostics: &[Diagnostic]) -> String {
    let mut parts = Vec::new();
    for (severity, word) in [
        (Severity::Error, "error"),
        (Severity::Warning, "warning"),
        (Severity::Info, "note"),
    ] {
        let n = diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count();
        if n > 0 {
            parts.push(format!("{n} {word}{}", if n == 1 { "" } else { "s" }));
        }
    }
    if parts.is_empty() {
        "no findings".to_owned()
    } else {
        parts.join(", ")
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

/// The name to put before `line:column` in text: for a JSON Lines line (`corpus.jsonl:17`), the
/// file alone, since the diagnostic's own line is that line.
pub(super) fn text_prefix(name: &str, line: Option<u32>) -> &str {
    line.and_then(|l| name.strip_suffix(&format!(":{l}")))
        .unwrap_or(name)
}
