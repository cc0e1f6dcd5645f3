//! `ai-openness classify [--framework ID]… [--profile FILE]… [--format text|json] PATH…`
//!
//! Every document goes through the library's pipeline (`ai_openness::pipeline`), as under
//! `validate`: a document with errors gets exactly `validate`'s diagnostics and no
//! classification (exit code 1). Native descriptions and Model Openness Tool (MOT) model files
//! are classified; a MOT file is graded under `mof-1.0` by the exact engine, as MOT grades it,
//! and under any other framework, and under a custom profile, through its import.
//!
//! `--format json` writes one line per document (`schema/0.1/classify-output.schema.json`):
//! `file`, `name`, `findings` (the release's open-washing findings and the import's findings,
//! once), `diagnostics` (when there are any) and `classifications` (one object per framework;
//! absent for a document with errors).
//!
//! `--profile FILE` adds a custom framework profile (`classify::custom`, documented in
//! `docs/profiles.md`). Every profile is loaded and checked before any document is read; a
//! profile that does not load is a usage error (exit code 2) with its location.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::classify::custom::{self, CustomProfile};
use ai_openness::classify::{Classification, Details, Framework, Status, mof_1_0};
use ai_openness::pipeline::{DocumentKind, Pipeline};
use ai_openness::results::{DocumentResult, Target};

use super::input;
use super::report::{diagnostic_line, process};
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// How many next steps the text format shows per framework.
const TEXT_NEXT_STEPS: usize = 3;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum OutputFormat {
    /// A table per document: each framework's level and key numbers, the document's findings
    /// (code and message), then per framework the criteria not met or unknown, the first next
    /// steps and the framework's notes.
    Text,
    /// JSON Lines: one object per document, with one classification per framework.
    Json,
}

/// Arguments of `classify`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// A framework to classify under (repeatable; default, when neither `--framework` nor
    /// `--profile` is given: every built-in framework).
    #[arg(long = "framework", value_name = "ID", value_parser = parse_framework)]
    frameworks: Vec<Framework>,
    /// A custom framework profile, YAML or JSON (repeatable; see docs/profiles.md).
    #[arg(long = "profile", value_name = "FILE")]
    profiles: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Read every document as FORMAT (`native`, `mot`, `osai-index`, …) instead of recognising
    /// it.
    #[arg(long, value_name = "FORMAT", value_parser = super::convert::parse_from)]
    from: Option<ai_openness::convert::Format>,
    /// Files, directories (searched recursively for *.json, *.yaml, *.yml) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

fn parse_framework(id: &str) -> Result<Framework, String> {
    id.parse::<Framework>().map_err(|e| e.to_string())
}

/// Loads every `--profile` file, in order. Prints the errors and returns `None` when one does
/// not load, or when two profiles share an id.
fn load_profiles(paths: &[PathBuf]) -> Option<Vec<CustomProfile>> {
    let mut profiles: Vec<CustomProfile> = Vec::with_capacity(paths.len());
    let mut ok = true;
    for path in paths {
        match custom::read_profile(path) {
            Ok(profile) => {
                if profiles.iter().any(|p| p.id() == profile.id()) {
                    eprintln!(
                        "error: {}: another profile has the id `{}`",
                        path.display(),
                        profile.id()
                    );
                    ok = false;
                } else {
                    profiles.push(profile);
                }
            }
            Err(e) => {
                eprintln!("error: profile {e}");
                ok = false;
            }
        }
    }
    ok.then_some(profiles)
}

/// Runs `classify`.
pub(super) fn run(args: &Args) -> ExitCode {
    let Some(profiles) = load_profiles(&args.profiles) else {
        return ExitCode::from(EXIT_USAGE);
    };
    let targets = Target::defaults(&args.frameworks, &profiles);
    let pipeline = super::convert::reading(Pipeline::default(), args.from);
    let mut stdout = std::io::stdout().lock();
    let mut exit = EXIT_OK;
    for source in input::expand(&args.paths) {
        let (source, processed) = match source.and_then(|s| {
            let p = process(&pipeline, &s)?;
            Ok((s, p))
        }) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: {e}");
                exit = EXIT_USAGE;
                continue;
            }
        };
        let name = source.display_name();
        if processed.kind() == Some(DocumentKind::Profile) && processed.is_valid() {
            eprintln!(
                "note: {name}: a custom framework profile, not a description: skipped (classify \
                 under it with `--profile {name}`)"
            );
            continue;
        }
        if !processed.is_valid() && exit == EXIT_OK {
            exit = EXIT_INVALID;
        }
        let result = DocumentResult::new(name, &processed, &targets);
        let printed = match args.format {
            OutputFormat::Json => writeln!(stdout, "{}", result.to_json()),
            OutputFormat::Text => print_text(&mut stdout, &result),
        };
        if printed.is_err() {
            return ExitCode::from(EXIT_USAGE);
        }
    }
    ExitCode::from(exit)
}

/// The key numbers of a classification, in words.
fn key_numbers(verdict: &Classification) -> String {
    match &verdict.details {
        Some(Details::Mof(details)) => mof_numbers(details),
        Some(Details::Custom(details)) => format!("custom profile: {}", details.profile.name),
        Some(Details::Osaid(d)) => {
            let r = &d.requirements;
            let mut parts = vec![
                format!("data information {}", r.data_information),
                format!("code {}", r.code),
                format!("parameters {}", r.parameters),
            ];
            if let Some(system) = r.system_parts {
                parts.push(format!("system parts {system}"));
            }
            parts.join(", ")
        }
        Some(Details::OsaiIndex(d)) => d
            .score
            .map_or_else(|| "no score".to_owned(), |s| format!("score {s:.3}")),
        Some(Details::EuAiAct(d)) => format!(
            "Art. 53(2) {}, Art. 54(6) {}, Art. 2(12) {}; not legal advice",
            d.exemptions.art_53_2, d.exemptions.art_54_6, d.exemptions.art_2_12
        ),
        Some(Details::Dpg(d)) => {
            let list = |v: &[u8]| {
                if v.is_empty() {
                    "none".to_owned()
                } else {
                    v.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
                }
            };
            format!(
                "indicators met: {}; not met: {}; unknown: {}",
                list(&d.met),
                list(&d.not_met),
                list(&d.unknown)
            )
        }
        _ => String::new(),
    }
}

/// The key numbers of a `mof-1.0` classification.
fn mof_numbers(details: &mof_1_0::MofDetails) -> String {
    if let Some(error) = details.rejected() {
        return format!("MOT rejects the file ({}): {}", error.kind, error.message);
    }
    match (details.class(), details.progress()) {
        (class, Some(p)) => format!(
            "class {}; progress III {:.1}%, II {:.1}%, I {:.1}%",
            class.map_or(0, mof_1_0::MofClass::number),
            p.class_3,
            p.class_2,
            p.class_1
        ),
        _ => String::new(),
    }
}

/// A table per document: the levels, the findings, the diagnostics that are not findings, then
/// each framework's criteria not met, next steps and notes.
fn print_text(out: &mut impl Write, result: &DocumentResult) -> std::io::Result<()> {
    let name = result.file.as_str();
    let Some(verdicts) = result.classifications.as_deref().filter(|v| !v.is_empty()) else {
        // A document with errors (or one no framework can judge): what `validate` writes.
        for d in &result.diagnostics {
            writeln!(out, "{}", diagnostic_line(name, d))?;
        }
        let valid = result.is_valid();
        return writeln!(out, "{name}: {}", if valid { "valid" } else { "invalid" });
    };
    let title = result.name.as_deref().unwrap_or_default();
    let findings = &result.findings;
    if title.is_empty() {
        writeln!(out, "{name}")?;
    } else {
        writeln!(out, "{name}: {title}")?;
    }
    let rows: Vec<[String; 3]> = verdicts
        .iter()
        .map(|v| [v.framework.to_string(), v.level.to_string(), key_numbers(v)])
        .collect();
    let header = [
        "framework".to_owned(),
        "level".to_owned(),
        "key numbers".to_owned(),
    ];
    let width = |i: usize| {
        rows.iter()
            .chain(std::iter::once(&header))
            .map(|r| r[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (w0, w1) = (width(0), width(1));
    for row in std::iter::once(&header).chain(rows.iter()) {
        writeln!(out, "  {:w0$}  {:w1$}  {}", row[0], row[1], row[2])?;
    }
    if !findings.is_empty() {
        writeln!(out, "  findings")?;
        for f in findings {
            let pointer = if f.pointer().is_empty() {
                "/"
            } else {
                f.pointer()
            };
            writeln!(
                out,
                "    {}[{}] at `{pointer}`: {}",
                f.severity(),
                f.code(),
                f.message()
            )?;
        }
    }
    for d in result.other_diagnostics() {
        writeln!(out, "  {}", diagnostic_line(name, d))?;
    }
    for verdict in verdicts {
        let open: Vec<_> = verdict
            .criteria
            .iter()
            .filter(|c| c.status != Status::Met)
            .collect();
        if !open.is_empty() {
            writeln!(out, "  {}: criteria not met or unknown", verdict.framework)?;
            let w = open.iter().map(|c| c.id.as_str().len()).max().unwrap_or(0);
            for c in open {
                writeln!(
                    out,
                    "    {:7}  {:w$}  {}",
                    c.status.as_str(),
                    c.id.as_str(),
                    c.reason
                )?;
            }
        }
        if !verdict.next_steps.is_empty() {
            writeln!(out, "  {}: next steps, cheapest first", verdict.framework)?;
            for (i, step) in verdict.next_steps.iter().take(TEXT_NEXT_STEPS).enumerate() {
                writeln!(out, "    {}. {}", i + 1, step.message)?;
            }
            let more = verdict.next_steps.len().saturating_sub(TEXT_NEXT_STEPS);
            if more > 0 {
                writeln!(out, "    … and {more} more (--format json lists them all)")?;
            }
        }
        if !verdict.notes.is_empty() {
            writeln!(out, "  {}: notes", verdict.framework)?;
            for note in &verdict.notes {
                writeln!(
                    out,
                    "    {}[{}]: {}",
                    note.severity, note.code, note.message
                )?;
            }
        }
    }
    Ok(())
}
