//! `ai-openness validate [--format text|json|sarif|github] [--detail levels|criteria|full]
//! [--deny-warnings] [--jobs N] [--jsonl] [--exclude GLOB]… [--allow-empty] PATH…`
//!
//! Checks descriptions, and custom framework profiles (files with `profile_version`) as profiles.
//! Documents stream through `--jobs` workers; the output is in input order, one row per document
//! (one per JSON Lines line, one per input that cannot be read), the same for any `--jobs`. A
//! summary line goes to standard error (not with `--quiet`).

use std::io::Write;
use std::process::ExitCode;

use ai_openness::pipeline::Pipeline;
use ai_openness::results::{Detail, ValidateLine};
use ai_openness::{Diagnostic, Severity};

use super::EXIT_USAGE;
use super::batch::{self, BatchArgs, DetailArg, Progress, Row, RowKind, Tally};
use super::input::InputArgs;
use super::output;
use super::report::{self, Outcome, diagnostic_line};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum OutputFormat {
    /// One line per finding (`file:line:column: severity[code] at /pointer: message`), then a
    /// verdict line per document, for people.
    Text,
    /// JSON Lines: one object per document (schema: `schema/0.1/validate-output.schema.json`),
    /// `{"file", "kind", "valid", "diagnostics": […], "tool"}` (at `--detail levels`,
    /// `counts` by severity instead of `diagnostics`).
    Json,
    /// One SARIF 2.1.0 log for all documents (`ai_openness::report::sarif`), for code scanning.
    Sarif,
    /// GitHub workflow annotations, `::error file=…,line=…,col=…,title=code::message`.
    Github,
}

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// How much to write per document: `levels` (the verdict and counts of findings by
    /// severity), `criteria` or `full` (every diagnostic).
    #[arg(long, value_enum)]
    detail: Option<DetailArg>,
    /// Treat warnings as errors: a document with a warning is invalid (exit code 1).
    #[arg(long)]
    deny_warnings: bool,
    #[command(flatten)]
    limits: super::limits::LimitArgs,
    #[command(flatten)]
    batch: BatchArgs,
    #[command(flatten)]
    input: InputArgs,
}

/// Runs `validate`: every document is checked and reported, whatever happens to the others.
pub(super) fn run(args: &Args) -> ExitCode {
    let pipeline = args.input.pipeline(args.limits.limits());
    let detail = batch::detail(args.detail, args.format == OutputFormat::Json);
    let units = args.input.units(&pipeline);
    let work = |unit| row(&pipeline, args, detail, unit);
    let mut stdout = output::stdout();
    let mut tally = Tally::new(Vec::new());
    let mut progress = Progress::new(args.batch.quiet);
    let mut sarif = ai_openness::report::sarif::Sarif::new();
    let written = batch::run(units, batch::jobs(args.batch.jobs), &work, |row| {
        tally.add(&row.kind);
        progress.tick(&tally);
        if let Some((name, diagnostics)) = &row.log {
            sarif.push(name, diagnostics);
        }
        stdout.write_all(&row.out)
    });
    let written = written.and_then(|()| {
        if args.format == OutputFormat::Sarif {
            stdout.write_all(sarif.render().as_bytes())?;
        }
        stdout.flush()
    });
    // The results first, then the summary below them (a terminal shows both).
    progress.finish(&tally);
    if let Err(e) = written {
        return output::write_failed(&e, tally.exit());
    }
    if tally.rows() == 0 && !args.input.allow_empty {
        eprintln!("error: no document found (pass --allow-empty to accept an input with none)");
        return ExitCode::from(EXIT_USAGE);
    }
    ExitCode::from(tally.exit())
}

/// One unit's row.
fn row(pipeline: &Pipeline, args: &Args, detail: Detail, unit: super::input::Unit) -> Row {
    let (name, kind, diagnostics, line) = match report::process(pipeline, unit) {
        Outcome::Skipped => {
            return Row {
                out: Vec::new(),
                kind: RowKind::Skipped,
                log: None,
            };
        }
        Outcome::Failed { name, diagnostic } => {
            let io = report::is_io(&diagnostic);
            let line = diagnostic.line;
            (name, None, vec![diagnostic], line.filter(|_| !io))
        }
        Outcome::Processed {
            name,
            processed,
            line,
        } => {
            let diagnostics = report::at_line(processed.diagnostics(), line);
            (name, processed.kind(), diagnostics, line)
        }
    };
    let io = diagnostics.first().is_some_and(report::is_io) && kind.is_none();
    let valid = if args.deny_warnings {
        !diagnostics
            .iter()
            .any(|d| matches!(d.severity, Severity::Error | Severity::Warning))
    } else {
        !diagnostics.iter().any(Diagnostic::is_error)
    };
    let mut out = Vec::new();
    let mut log = None;
    match args.format {
        OutputFormat::Sarif => log = Some((name.clone(), diagnostics.clone())),
        OutputFormat::Github => {
            out.extend_from_slice(
                ai_openness::report::github::annotations(&name, &diagnostics).as_bytes(),
            );
        }
        OutputFormat::Json => {
            let mut json = ValidateLine::new(&name, kind, &diagnostics, detail);
            json.valid = valid;
            // Writing into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut out, &json);
            out.push(b'\n');
        }
        OutputFormat::Text => {
            let out = &mut report::SafeText(&mut out);
            let prefix = report::text_prefix(&name, line);
            if detail != Detail::Levels {
                for d in &diagnostics {
                    let _ = writeln!(out, "{}", diagnostic_line(prefix, d));
                }
            }
            let verdict = if valid { "valid" } else { "invalid" };
            if detail == Detail::Levels {
                let _ = writeln!(
                    out,
                    "{name}: {verdict} ({})",
                    report::counts_in_words(&diagnostics)
                );
            } else {
                let _ = writeln!(out, "{name}: {verdict}");
            }
        }
    }
    Row {
        out,
        kind: if io {
            RowKind::Unreadable
        } else {
            RowKind::Document {
                valid,
                levels: Vec::new(),
            }
        },
        log,
    }
}
