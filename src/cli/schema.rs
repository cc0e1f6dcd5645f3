//! `ai-openness schema [--out DIR] [--check] [--instance PATH]`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::document;
use ai_openness::schema;
use ai_openness::validate::{Validator, ValidatorOptions};

use super::input::Source;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Write every schema file under DIR (`DIR/0.1/release.schema.json`, …) instead of printing
    /// the release schema.
    #[arg(long, value_name = "DIR", conflicts_with = "instance")]
    out: Option<PathBuf>,
    /// Compare the files under DIR (default `schema`) with the generated schemas; exit 1 when
    /// any is missing or stale.
    #[arg(long, conflicts_with = "instance")]
    check: bool,
    /// Print a document (JSON or YAML, or `-`) as the JSON instance the schema checks (YAML read
    /// under the YAML 1.2 core schema, as the validator reads it), to feed other JSON Schema
    /// tools; exit 1 when the crate's schema rejects it, 2 when it cannot be read or parsed.
    #[arg(long, value_name = "PATH")]
    instance: Option<PathBuf>,
}

/// Runs `schema`.
pub(super) fn run(args: &Args) -> ExitCode {
    if let Some(path) = &args.instance {
        return instance(path);
    }
    if args.check {
        let dir = args.out.clone().unwrap_or_else(|| PathBuf::from("schema"));
        return match schema::check_schema_files(&dir) {
            Ok(stale) if stale.is_empty() => {
                println!("{}: schema files are up to date", dir.display());
                ExitCode::from(EXIT_OK)
            }
            Ok(stale) => {
                for path in stale {
                    eprintln!("stale: {}", path.display());
                }
                eprintln!(
                    "regenerate with: cargo run -- schema --out {}",
                    dir.display()
                );
                ExitCode::from(EXIT_INVALID)
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(EXIT_USAGE)
            }
        };
    }
    if let Some(dir) = &args.out {
        return match schema::write_schema_files(dir) {
            Ok(paths) => {
                for path in paths {
                    println!("wrote {}", path.display());
                }
                ExitCode::from(EXIT_OK)
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(EXIT_USAGE)
            }
        };
    }
    let text = schema::to_pretty_json(&schema::schema());
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        return ExitCode::from(EXIT_USAGE);
    }
    ExitCode::from(EXIT_OK)
}

/// `--instance`: the document as JSON, and the schema's verdict as the exit code.
fn instance(path: &std::path::Path) -> ExitCode {
    let source = if path.as_os_str() == "-" {
        Source::Stdin
    } else {
        Source::File(path.to_owned())
    };
    let limits = ValidatorOptions::default().limits;
    let text = match source.read(&limits) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let format = document::detect_format(source.path(), &text);
    let value = match document::parse_tree(&text, format, &limits)
        .and_then(|tree| document::tree_to_value(&tree))
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {}: {e}", source.display_name());
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    if std::io::stdout().lock().write_all(out.as_bytes()).is_err() {
        return ExitCode::from(EXIT_USAGE);
    }
    if Validator::new(ValidatorOptions::default()).schema_accepts(&value) {
        ExitCode::from(EXIT_OK)
    } else {
        ExitCode::from(EXIT_INVALID)
    }
}
