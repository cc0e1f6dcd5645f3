//! `ai-openness schema [--out DIR] [--check] [--instance PATH]`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::document;
use ai_openness::schema;
use ai_openness::validate::{Validator, ValidatorOptions};

use super::output;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Write every schema file under DIR (`DIR/0.1/release.schema.json`, …) instead of printing
    /// the release schema. Each file is written atomically (a temporary file, then renamed).
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
        let files: Vec<(PathBuf, String)> = schema::schema_files()
            .into_iter()
            .map(|f| {
                let text = f.text();
                (f.path, text)
            })
            .collect();
        return match output::write_files_atomic(
            dir,
            files.iter().map(|(p, t)| (p.clone(), t.as_bytes())),
        ) {
            Ok(paths) => {
                let mut stdout = output::stdout();
                for path in paths {
                    if let Err(e) = writeln!(stdout, "wrote {}", path.display()) {
                        return output::write_failed(&e, EXIT_OK);
                    }
                }
                output::finish(&mut stdout, EXIT_OK)
            }
            Err((path, e)) => {
                eprintln!("error: {}: {e}", path.display());
                ExitCode::from(EXIT_USAGE)
            }
        };
    }
    let text = schema::to_pretty_json(&schema::schema());
    let mut stdout = output::stdout();
    if let Err(e) = stdout.write_all(text.as_bytes()) {
        return output::write_failed(&e, EXIT_OK);
    }
    output::finish(&mut stdout, EXIT_OK)
}

/// `--instance`: the document as JSON, and the schema's verdict as the exit code.
fn instance(path: &std::path::Path) -> ExitCode {
    let stdin = path.as_os_str() == "-";
    let display = path.display().to_string();
    let limits = ValidatorOptions::default().limits;
    let text = match read_text(path, stdin, limits.max_bytes) {
        Ok(t) => t,
        Err(message) => {
            eprintln!("error: {display}: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let format = document::detect_format((!stdin).then_some(path), &text);
    let value = match document::parse_tree(&text, format, &limits)
        .and_then(|tree| document::tree_to_value(&tree))
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {display}: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    let mut stdout = output::stdout();
    if let Err(e) = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        return output::write_failed(&e, EXIT_USAGE);
    }
    if Validator::new(ValidatorOptions::default()).schema_accepts(&value) {
        ExitCode::from(EXIT_OK)
    } else {
        ExitCode::from(EXIT_INVALID)
    }
}

/// Reads a file (or standard input) as text, at most `max` bytes.
fn read_text(path: &std::path::Path, stdin: bool, max: usize) -> Result<String, String> {
    use std::io::Read as _;
    let cap = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    let read = if stdin {
        std::io::stdin().lock().take(cap).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(cap).read_to_end(&mut bytes))
    };
    read.map_err(|e| e.to_string())?;
    if bytes.len() > max {
        return Err(format!("larger than the limit of {max} bytes"));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}
