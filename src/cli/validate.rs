//! `ai-openness validate [--format text|json] [--deny-warnings] PATH…`
//!
//! Checks descriptions, and custom framework profiles (files with `profile_version`) as profiles.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::pipeline::{Pipeline, Processed};
use ai_openness::validate::ValidatorOptions;

use super::input;
use super::report::{diagnostic_line, process};
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum OutputFormat {
    /// One line per finding (`file:line:column: severity[code] at /pointer: message`), then a
    /// summary, for people.
    Text,
    /// JSON Lines: one object per document,
    /// `{"file", "kind", "valid", "diagnostics": [{"code", "severity", "pointer", "line",
    /// "column", "message", "clause", "suggestion"}]}` (schema:
    /// `schema/0.1/validate-output.schema.json`).
    Json,
}

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Treat warnings as errors: a document with a warning is invalid (exit code 1).
    #[arg(long)]
    deny_warnings: bool,
    /// Largest accepted document, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = ValidatorOptions::default().limits.max_bytes)]
    max_bytes: usize,
    /// Read every document as FORMAT (`native`, `mot`, `osai-index`, …) instead of recognising
    /// it.
    #[arg(long, value_name = "FORMAT", value_parser = super::convert::parse_from)]
    from: Option<ai_openness::convert::Format>,
    /// Files, directories (searched recursively for *.json, *.yaml, *.yml) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// Runs `validate`: every document is checked and reported, whatever happens to the others.
pub(super) fn run(args: &Args) -> ExitCode {
    let pipeline = super::convert::reading(
        Pipeline::new(ValidatorOptions::default().with_max_bytes(args.max_bytes)),
        args.from,
    );
    let mut stdout = std::io::stdout().lock();
    let mut exit = EXIT_OK;
    let (mut documents, mut invalid, mut unreadable) = (0_usize, 0_usize, 0_usize);
    for source in input::expand(&args.paths) {
        let checked = source.and_then(|s| {
            let processed = process(&pipeline, &s)?;
            Ok((s, processed))
        });
        let (source, report) = match checked {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: {e}");
                unreadable += 1;
                exit = EXIT_USAGE;
                continue;
            }
        };
        documents += 1;
        let valid = if args.deny_warnings {
            report.report().is_clean()
        } else {
            report.is_valid()
        };
        if !valid {
            invalid += 1;
            if exit == EXIT_OK {
                exit = EXIT_INVALID;
            }
        }
        let name = source.display_name();
        let printed = match args.format {
            OutputFormat::Json => json_line(&mut stdout, &name, valid, &report),
            OutputFormat::Text => text(&mut stdout, &name, valid, &report),
        };
        if printed.is_err() {
            return ExitCode::from(EXIT_USAGE);
        }
    }
    if args.format == OutputFormat::Text {
        let mut summary = format!(
            "{documents} document{} checked: {} valid, {invalid} invalid",
            if documents == 1 { "" } else { "s" },
            documents - invalid
        );
        if unreadable > 0 {
            summary.push_str(&format!(", {unreadable} unreadable"));
        }
        if writeln!(stdout, "{summary}").is_err() {
            return ExitCode::from(EXIT_USAGE);
        }
    }
    ExitCode::from(exit)
}

fn json_line(
    out: &mut impl Write,
    name: &str,
    valid: bool,
    processed: &Processed,
) -> std::io::Result<()> {
    let mut line = serde_json::Map::new();
    line.insert("file".to_owned(), name.into());
    if let Some(kind) = processed.kind() {
        line.insert("kind".to_owned(), kind.as_str().into());
    }
    line.insert("valid".to_owned(), valid.into());
    line.insert(
        "diagnostics".to_owned(),
        serde_json::to_value(processed.diagnostics()).map_err(std::io::Error::other)?,
    );
    writeln!(out, "{}", serde_json::Value::Object(line))
}

fn text(
    out: &mut impl Write,
    name: &str,
    valid: bool,
    processed: &Processed,
) -> std::io::Result<()> {
    for d in processed.diagnostics() {
        writeln!(out, "{}", diagnostic_line(name, d))?;
    }
    writeln!(out, "{name}: {}", if valid { "valid" } else { "invalid" })
}
