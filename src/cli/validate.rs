//! `ai-openness validate [--format text|json] PATH…`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::document::{self, Limits};
use ai_openness::{Code, Diagnostic, Error};

use super::input::{self, Source};
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One line per finding, for people.
    Text,
    /// JSON Lines: one object per document.
    Json,
}

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
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

/// Runs `validate`.
pub fn run(args: &Args) -> ExitCode {
    let limits = Limits::default();
    let mut stdout = std::io::stdout().lock();
    let mut exit = EXIT_OK;
    for source in input::expand(&args.paths) {
        let source = match source {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e}");
                exit = EXIT_USAGE;
                continue;
            }
        };
        let name = source.display_name();
        let diagnostics = match check(&source, &limits) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("error: {e}");
                exit = EXIT_USAGE;
                continue;
            }
        };
        let valid = !diagnostics.iter().any(Diagnostic::is_error);
        if !valid && exit == EXIT_OK {
            exit = EXIT_INVALID;
        }
        let printed = match args.format {
            OutputFormat::Json => {
                let line =
                    serde_json::json!({"file": name, "valid": valid, "diagnostics": diagnostics});
                writeln!(stdout, "{line}")
            }
            OutputFormat::Text => {
                if diagnostics.is_empty() {
                    writeln!(stdout, "{name}: valid")
                } else {
                    diagnostics
                        .iter()
                        .try_for_each(|d| writeln!(stdout, "{name}: {d}"))
                }
            }
        };
        if printed.is_err() {
            return ExitCode::from(EXIT_USAGE);
        }
    }
    ExitCode::from(exit)
}

/// Reads and checks one document. `Err` only when the source cannot be read at all.
fn check(source: &Source, limits: &Limits) -> Result<Vec<Diagnostic>, Error> {
    let text = match source.read(limits) {
        Ok(t) => t,
        Err(e @ Error::Io { .. }) => return Err(e),
        Err(e) => return Ok(vec![diagnostic_of(&e)]),
    };
    let format = document::detect_format(source.path(), &text);
    Ok(match document::load(&text, format, limits) {
        Ok(_) => Vec::new(),
        Err(e) => vec![diagnostic_of(&e)],
    })
}
