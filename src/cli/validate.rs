//! `ai-openness validate [--format text|json] [--deny-warnings] PATH…`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::validate::{Report, Validator, ValidatorOptions};
use ai_openness::{Code, Diagnostic, Error};

use super::input::{self, Source};
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One line per finding (`file:line:column: severity[code] at /pointer: message`), then a
    /// summary, for people.
    Text,
    /// JSON Lines: one object per document,
    /// `{"file", "valid", "diagnostics": [{"code", "severity", "pointer", "line", "column",
    /// "message", "clause"}]}`.
    Json,
}

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Treat warnings as errors: a document with a warning is invalid (exit code 1).
    #[arg(long)]
    deny_warnings: bool,
    /// Largest accepted document, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = ValidatorOptions::default().limits.max_bytes)]
    max_bytes: usize,
    /// Files, directories (searched recursively for *.json, *.yaml, *.yml) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// Turns a load error into the diagnostic that reports it.
pub(super) fn diagnostic_of(error: &Error) -> Diagnostic {
    let code = match error {
        Error::Syntax { .. } => Code::SyntaxError,
        Error::UnsupportedVersion { .. } => Code::UnsupportedSpecVersion,
        _ => Code::InvalidDocument,
    };
    let (pointer, line, column, message) = match error {
        Error::Syntax { location, message } | Error::Invalid { location, message } => (
            location.pointer.clone().unwrap_or_default(),
            location.line,
            location.column,
            message.clone(),
        ),
        Error::UnsupportedVersion { location, .. } => (
            location.pointer.clone().unwrap_or_default(),
            location.line,
            location.column,
            error
                .to_string()
                .split_once(": ")
                .map_or_else(|| error.to_string(), |(_, m)| m.to_owned()),
        ),
        other => (String::new(), None, None, other.to_string()),
    };
    let mut d = Diagnostic::error(code, pointer, message);
    d.line = line;
    d.column = column;
    d
}

/// Runs `validate`: every document is checked and reported, whatever happens to the others.
pub fn run(args: &Args) -> ExitCode {
    let validator = Validator::new(ValidatorOptions::default().with_max_bytes(args.max_bytes));
    let mut stdout = std::io::stdout().lock();
    let mut exit = EXIT_OK;
    let (mut documents, mut invalid, mut unreadable) = (0_usize, 0_usize, 0_usize);
    for source in input::expand(&args.paths) {
        let checked = source.and_then(|s| {
            let report = match &s {
                Source::File(path) => validator.validate_path(path),
                Source::Stdin => validator.validate_reader(std::io::stdin().lock(), None),
            }?;
            Ok((s, report))
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
            report.is_clean()
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
    report: &Report,
) -> std::io::Result<()> {
    let line = serde_json::json!({
        "file": name,
        "valid": valid,
        "diagnostics": report.diagnostics(),
    });
    writeln!(out, "{line}")
}

fn text(out: &mut impl Write, name: &str, valid: bool, report: &Report) -> std::io::Result<()> {
    for d in report {
        let at = match (d.line, d.column) {
            (Some(l), Some(c)) => format!("{name}:{l}:{c}"),
            _ => name.to_owned(),
        };
        let pointer = if d.pointer.is_empty() {
            "/"
        } else {
            &d.pointer
        };
        write!(
            out,
            "{at}: {}[{}] at `{pointer}`: {}",
            d.severity, d.code, d.message
        )?;
        if let Some(clause) = &d.clause {
            write!(out, " ({clause})")?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{name}: {}", if valid { "valid" } else { "invalid" })
}
