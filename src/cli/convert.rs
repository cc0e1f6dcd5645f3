//! `ai-openness convert [--from FORMAT] --to FORMAT [--yaml] [-o FILE] [--report FILE] PATH`
//!
//! Reads one document through the library's pipeline (as `FORMAT`, or recognised), and writes
//! its release in another format (`ai_openness::convert::Format`). What did not map, on either
//! side, is listed on standard error (and, with `--report FILE`, as JSON): the source fields the
//! importer left out, and the release's fields the target format cannot express. A document
//! with errors is reported with `validate`'s diagnostics and not converted (exit code 1).
//!
//! The `--from FORMAT` option that `validate`, `classify` and `export` share is in `input`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::convert::{self, Format, Unmapped};
use ai_openness::pipeline::Pipeline;
use serde_json::json;

use super::input::{self, InputOptions, Units};
use super::output;
use super::report::{Outcome, diagnostic_line, is_io, process};
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Parses `--to FORMAT`: a format the crate writes.
fn parse_to(text: &str) -> Result<Format, String> {
    match text.parse::<Format>() {
        Ok(format) if format.exporter().is_some() => Ok(format),
        Ok(format) => Err(format!(
            "the crate cannot write {} (`{format}`) yet; it writes {}",
            format.title(),
            input::names(Format::writable())
        )),
        Err(_) => Err(format!(
            "unknown format `{text}`; the crate writes {}",
            input::names(Format::writable())
        )),
    }
}

/// Arguments of `convert`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The input's format (`native`, `mot`, `osai-index`, …); recognised from the document when
    /// not given.
    #[arg(long, value_name = "FORMAT", value_parser = input::parse_from)]
    from: Option<Format>,
    /// The output's format (`native`, `mot`, …).
    #[arg(long, value_name = "FORMAT", value_parser = parse_to)]
    to: Format,
    /// With `--to native`: write YAML instead of JSON.
    #[arg(long)]
    yaml: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write what did not map as JSON to this file: `{"file", "from", "to",
    /// "import_unmapped": [{"pointer", "value", "why"}], "export_unmapped": […],
    /// "diagnostics": […]}`.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// The document: a file, or `-` for standard input.
    #[arg(value_name = "PATH")]
    path: PathBuf,
}

/// Runs `convert`.
pub(super) fn run(args: &Args) -> ExitCode {
    if args.yaml && args.to != Format::Native {
        eprintln!("error: `--yaml` is for `--to native`");
        return ExitCode::from(EXIT_USAGE);
    }
    let pipeline = input::reading(Pipeline::default(), args.from);
    let options = InputOptions {
        max_bytes: pipeline.validator().options().limits.max_bytes,
        ..InputOptions::default()
    };
    let mut units = Units::new(std::slice::from_ref(&args.path), options);
    let (Some(unit), None) = (units.next(), units.next()) else {
        eprintln!(
            "error: {}: `convert` reads one document (a file, or `-`)",
            args.path.display()
        );
        return ExitCode::from(EXIT_USAGE);
    };
    let (name, processed) = match process(&pipeline, unit) {
        Outcome::Processed {
            name, processed, ..
        } => (name, *processed),
        Outcome::Failed { name, diagnostic } => {
            eprintln!("{}", diagnostic_line(&name, &diagnostic));
            let code = if is_io(&diagnostic) {
                EXIT_USAGE
            } else {
                EXIT_INVALID
            };
            return ExitCode::from(code);
        }
        Outcome::Skipped => {
            eprintln!("error: {}: not a document", args.path.display());
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let from = processed.kind().and_then(Format::of_kind);
    let Some(release) = processed.release() else {
        for d in processed.diagnostics() {
            eprintln!("{}", diagnostic_line(&name, d));
        }
        if processed.is_valid() {
            eprintln!("error: {name}: no release could be read from it: nothing to convert");
        } else {
            eprintln!("{name}: invalid");
        }
        return ExitCode::from(EXIT_INVALID);
    };
    let exported = if args.yaml {
        convert::native::export_yaml(release)
    } else {
        args.to.export(release)
    };
    let exported = match exported {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return ExitCode::from(EXIT_INVALID);
        }
    };
    let written = match &args.output {
        Some(path) => output::write_atomic(path, exported.text.as_bytes()),
        None => std::io::stdout().lock().write_all(exported.text.as_bytes()),
    };
    if let Err(e) = written {
        let target = args
            .output
            .as_ref()
            .map_or_else(|| "<stdout>".to_owned(), |p| p.display().to_string());
        eprintln!("error: {target}: {e}");
        return ExitCode::from(EXIT_USAGE);
    }
    let from_name = from.map_or("unknown", Format::as_str);
    for u in processed.unmapped() {
        eprintln!("{name}: not imported from {from_name}: {u}");
    }
    for u in &exported.unmapped {
        eprintln!("{name}: not written to {}: {u}", args.to);
    }
    if let Some(path) = &args.report {
        let list = |items: &[Unmapped]| -> Vec<serde_json::Value> {
            items
                .iter()
                .map(|u| json!({"pointer": u.pointer, "value": u.value, "why": u.why}))
                .collect()
        };
        let report = json!({
            "file": name,
            "from": from_name,
            "to": args.to.as_str(),
            "import_unmapped": list(processed.unmapped()),
            "export_unmapped": list(&exported.unmapped),
            "diagnostics": processed.diagnostics(),
        });
        let text = serde_json::to_string_pretty(&report).unwrap_or_default() + "\n";
        if let Err(e) = output::write_atomic(path, text.as_bytes()) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(EXIT_USAGE);
        }
    }
    ExitCode::from(EXIT_OK)
}
