//! `ai-openness report [--format html|markdown] [-o FILE] PATH` and
//! `ai-openness report --overview [--title TEXT] [-o FILE] PATH…`
//!
//! The first writes the page of one release (`ai_openness::report::html` or `::markdown`): its
//! levels, component grid, open-washing findings, verdicts and diagnostics. The second reads
//! every document of the paths (files and folders, as `validate` does) and writes one HTML page
//! for the whole registry (`ai_openness::report::overview`), keeping only a summary row per
//! document.
//!
//! Exit codes: 0 the page was written (also for a document with errors: the page shows them),
//! 2 a usage error, a path that cannot be read, or an output file that cannot be written.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ai_openness::pipeline::{DocumentKind, Pipeline, Processed};
use ai_openness::report::overview::{Overview, SummaryRow};
use ai_openness::report::{ReleaseReport, html, markdown};

use super::input::{InputOptions, Units};
use super::output;
use super::report::{Outcome, diagnostic_line, process};
use super::{EXIT_OK, EXIT_USAGE};

/// The page's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum PageFormat {
    /// One self-contained HTML page (inline CSS, no scripts).
    Html,
    /// GitHub-flavoured Markdown.
    Markdown,
}

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The page's format (the overview is always HTML).
    #[arg(long, value_enum, default_value_t = PageFormat::Html, conflicts_with = "overview")]
    format: PageFormat,
    /// Write the page to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// One page for every document of the paths (files, folders), with a sortable table of their
    /// levels and a chart of how many reach each level.
    #[arg(long)]
    overview: bool,
    /// The overview page's title.
    #[arg(
        long,
        value_name = "TEXT",
        default_value = "Openness overview",
        requires = "overview"
    )]
    title: String,
    /// A description (or Model Openness Tool file), or `-` for stdin; with `--overview`, any
    /// number of files and folders.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// Runs every document of `paths` (files, folders, JSON Lines files; `-` for standard input)
/// through the pipeline, in order, calling `each` with its name and result; custom framework
/// profiles are skipped with a note. Returns `false` when an input cannot be read or is not a
/// document (each reported on standard error with its location).
pub(super) fn for_each_document(
    pipeline: &Pipeline,
    paths: &[PathBuf],
    mut each: impl FnMut(String, Processed),
) -> bool {
    let options = InputOptions {
        max_bytes: pipeline.validator().options().limits.max_bytes,
        ..InputOptions::default()
    };
    let mut ok = true;
    for unit in Units::new(paths, options) {
        match process(pipeline, unit) {
            Outcome::Processed {
                name, processed, ..
            } if processed.kind() == Some(DocumentKind::Profile) && processed.is_valid() => {
                eprintln!("note: {name}: a custom framework profile, not a description: skipped");
            }
            Outcome::Processed {
                name, processed, ..
            } => each(name, *processed),
            Outcome::Skipped => {}
            Outcome::Failed { name, diagnostic } => {
                eprintln!("{}", diagnostic_line(&name, &diagnostic));
                ok = false;
            }
        }
    }
    ok
}

/// Writes `text` to `output` (a file) or standard output.
pub(super) fn write_output(output: Option<&Path>, text: &str) -> bool {
    let written = match output {
        Some(path) => output::write_atomic(path, text.as_bytes())
            .map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string()),
    };
    match written {
        Ok(()) => true,
        Err(e) => {
            eprintln!("error: cannot write the page: {e}");
            false
        }
    }
}

/// Runs `report`.
pub(super) fn run(args: &Args) -> ExitCode {
    let pipeline = Pipeline::default();
    let page = if args.overview {
        let mut overview = Overview::new(&args.title);
        let ok = for_each_document(&pipeline, &args.paths, |name, processed| {
            overview.push(SummaryRow::from_report(&ReleaseReport::from_processed(
                &processed,
                Some(&name),
            )));
        });
        if !ok {
            return ExitCode::from(EXIT_USAGE);
        }
        if overview.is_empty() {
            eprintln!("error: no documents found in the paths given");
            return ExitCode::from(EXIT_USAGE);
        }
        overview.render()
    } else {
        let mut reports = Vec::new();
        let ok = for_each_document(&pipeline, &args.paths, |name, processed| {
            reports.push(ReleaseReport::from_processed(&processed, Some(&name)));
        });
        if !ok {
            return ExitCode::from(EXIT_USAGE);
        }
        let [report] = reports.as_slice() else {
            eprintln!(
                "error: `report` writes the page of one document, and the paths hold {}; use \
                 `report --overview` for several",
                reports.len()
            );
            return ExitCode::from(EXIT_USAGE);
        };
        match args.format {
            PageFormat::Html => html::render(report),
            PageFormat::Markdown => markdown::render(report),
        }
    };
    if write_output(args.output.as_deref(), &page) {
        ExitCode::from(EXIT_OK)
    } else {
        ExitCode::from(EXIT_USAGE)
    }
}
