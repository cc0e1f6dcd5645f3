//! `ai-openness badge --framework ID [-o FILE] PATH`
//!
//! Writes the SVG badge of the level a release reaches under one framework
//! (`ai_openness::report::badge`), e.g. `MOF 1.0 | Class II`, for a README. The bytes depend on
//! the verdict only. A document with errors gets no badge: its diagnostics go to standard error
//! and the exit code is 1.

use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::classify::Framework;
use ai_openness::pipeline::Pipeline;
use ai_openness::report::{ReleaseReport, badge};

use super::page::{for_each_document, write_output};
use super::report::diagnostic_line;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Arguments of `badge`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The framework whose level the badge shows (`mof-1.0`, `osaid-1.0`, `osai-index`,
    /// `eu-ai-act-2024`, `dpg-1.1.4`).
    #[arg(long, value_name = "ID", value_parser = parse_framework)]
    framework: Framework,
    /// Write the badge to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// A description (or Model Openness Tool file), or `-` for stdin.
    #[arg(value_name = "PATH")]
    path: PathBuf,
}

fn parse_framework(id: &str) -> Result<Framework, String> {
    id.parse::<Framework>().map_err(|e| e.to_string())
}

/// Runs `badge`.
pub(super) fn run(args: &Args) -> ExitCode {
    let pipeline = Pipeline::default();
    let mut documents = Vec::new();
    let ok = for_each_document(&pipeline, std::slice::from_ref(&args.path), |name, p| {
        documents.push((name, p));
    });
    if !ok {
        return ExitCode::from(EXIT_USAGE);
    }
    let [(name, processed)] = documents.as_slice() else {
        eprintln!(
            "error: `badge` reads one document, and {} holds {}",
            args.path.display(),
            documents.len()
        );
        return ExitCode::from(EXIT_USAGE);
    };
    let report = ReleaseReport::from_processed(processed, Some(name));
    let Some(verdict) = report
        .classifications
        .iter()
        .find(|c| c.builtin() == Some(args.framework))
    else {
        for d in processed.diagnostics() {
            eprintln!("{}", diagnostic_line(name, d));
        }
        eprintln!("error: {name}: not classified (the description has errors), so no badge");
        return ExitCode::from(EXIT_INVALID);
    };
    if write_output(args.output.as_deref(), &badge::for_verdict(verdict)) {
        ExitCode::from(EXIT_OK)
    } else {
        ExitCode::from(EXIT_USAGE)
    }
}
