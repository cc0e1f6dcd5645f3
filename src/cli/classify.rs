//! `ai-openness classify [--framework ID]… [--profile FILE]… [--format text|json]
//! [--detail levels|criteria|full] [--jobs N] [--jsonl] [--exclude GLOB]… [--allow-empty] PATH…`
//!
//! Every document goes through the library's pipeline (`ai_openness::pipeline`), as under
//! `validate`: a document with errors gets exactly `validate`'s diagnostics and no
//! classification (exit code 1). Native descriptions and Model Openness Tool (MOT) model files
//! are classified; a MOT file is graded under `mof-1.0` by the exact engine, as MOT grades it,
//! and under any other framework, and under a custom profile, through its import.
//!
//! `--format json` writes one line per document (`schema/0.1/classify-output.schema.json`,
//! built by `ai_openness::results::DocumentResult::to_json_at`): `file`, `name`, `valid`,
//! `findings` (the release's open-washing findings and the import's findings, once),
//! `diagnostics` (when there are any), `classifications` (one object per framework; absent for a
//! document with errors) and `tool`; `--detail` says how much (default `full` for JSON,
//! `criteria` for text).
//!
//! Documents stream through `--jobs` workers; the output is in input order, one row per
//! document (per JSON Lines line, per input that cannot be read), the same for any `--jobs`. A
//! summary line (documents, valid, invalid, skipped, levels reached per framework, time) goes to
//! standard error (not with `--quiet`).
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
use ai_openness::results::{Detail, DocumentResult, Target};

use super::EXIT_USAGE;
use super::batch::{self, BatchArgs, DetailArg, Progress, Row, RowKind, Tally};
use super::input::{InputArgs, Unit};
use super::output;
use super::report::{self, Outcome, diagnostic_line};

/// How many next steps the text format shows per framework (all of them at `--detail full`).
const TEXT_NEXT_STEPS: usize = 3;

/// The width text lines are shortened (`criteria`) or wrapped (`full`) to.
const TEXT_WIDTH: usize = 100;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum OutputFormat {
    /// A summary per document: a table of each framework's level and key numbers, the
    /// document's findings, the first next steps per framework, then (at `--detail criteria`)
    /// the criteria not met or unknown, shortened; `--detail full` gives every criterion, step
    /// and note in full.
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
    /// How much to write per document: `levels` (each framework's level and key numbers, counts
    /// of criteria and findings), `criteria` (plus findings, criteria and next steps) or `full`
    /// (everything). Default: `criteria` for text, `full` for JSON.
    #[arg(long, value_enum)]
    detail: Option<DetailArg>,
    #[command(flatten)]
    batch: BatchArgs,
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    limits: super::limits::LimitArgs,
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
    let pipeline = args.input.pipeline(args.limits.limits());
    let detail = batch::detail(args.detail, args.format == OutputFormat::Json);
    let units = args.input.units(&pipeline);
    let work = |unit| row(&pipeline, &targets, args, detail, unit);
    let mut stdout = output::stdout();
    let mut tally = Tally::new(targets.iter().map(|t| t.id().to_owned()).collect());
    let mut progress = Progress::new(args.batch.quiet);
    let written = batch::run(units, batch::jobs(args.batch.jobs), &work, |row| {
        tally.add(&row.kind);
        progress.tick(&tally);
        stdout.write_all(&row.out)
    });
    // The results first, then the summary below them (a terminal shows both).
    let written = written.and_then(|()| stdout.flush());
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
fn row(
    pipeline: &Pipeline,
    targets: &[Target<'_>],
    args: &Args,
    detail: Detail,
    unit: Unit,
) -> Row {
    let (result, line, io) = match report::process(pipeline, unit) {
        Outcome::Skipped => {
            return Row {
                out: Vec::new(),
                kind: RowKind::Skipped,
                log: None,
            };
        }
        Outcome::Failed { name, diagnostic } => {
            let io = report::is_io(&diagnostic);
            let line = diagnostic.line.filter(|_| !io);
            (DocumentResult::failed(name, diagnostic), line, io)
        }
        Outcome::Processed {
            name,
            processed,
            line,
        } => {
            if processed.kind() == Some(DocumentKind::Profile) && processed.is_valid() {
                if !args.batch.quiet {
                    eprintln!(
                        "note: {name}: a custom framework profile, not a description: skipped \
                         (classify under it with `--profile {name}`)"
                    );
                }
                return Row {
                    out: Vec::new(),
                    kind: RowKind::Skipped,
                    log: None,
                };
            }
            let mut result = DocumentResult::new(name, &processed, targets);
            if let Some(line) = line {
                result.at_line(line);
            }
            (result, line, false)
        }
    };
    let mut out = Vec::new();
    match args.format {
        OutputFormat::Json => {
            // Writing into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut out, &result.json_line(detail));
            out.push(b'\n');
        }
        OutputFormat::Text => {
            let _ = print_text(&mut out, &result, line, detail);
        }
    }
    let kind = if io {
        RowKind::Unreadable
    } else {
        RowKind::Document {
            valid: result.is_valid(),
            levels: result
                .classifications
                .iter()
                .flatten()
                .map(|c| (c.framework.to_string(), c.level.as_str().to_owned()))
                .collect(),
        }
    };
    Row {
        out,
        kind,
        log: None,
    }
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

/// `text` shortened to `width` characters, with `…` when cut.
fn shorten(text: &str, width: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(width.saturating_sub(1)).collect();
    short.truncate(short.trim_end().len());
    short.push('…');
    short
}

/// `text` wrapped at word boundaries to lines of at most `width` characters (a longer word
/// stands alone), every line after the first indented by `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if len > 0 && len + 1 + n > width {
            out.push('\n');
            out.push_str(indent);
            len = 0;
        } else if len > 0 {
            out.push(' ');
            len += 1;
        }
        out.push_str(word);
        len += n;
    }
    out
}

/// A line of text at `detail`: shortened at `criteria`, wrapped at `full`.
fn fit(text: &str, used: usize, indent: &str, detail: Detail) -> String {
    let room = TEXT_WIDTH.saturating_sub(used).max(20);
    if detail == Detail::Full {
        wrap(text, room, indent)
    } else {
        shorten(text, room)
    }
}

/// A summary per document: a table of the levels, the findings, the first next steps per
/// framework, then the diagnostics that are not findings (in line order) and the criteria not
/// met or unknown. A document with errors gets what `validate` writes.
fn print_text(
    out: &mut impl Write,
    result: &DocumentResult,
    line: Option<u32>,
    detail: Detail,
) -> std::io::Result<()> {
    let out = &mut report::SafeText(out);
    let name = result.file.as_str();
    let prefix = report::text_prefix(name, line);
    let Some(verdicts) = result.classifications.as_deref().filter(|v| !v.is_empty()) else {
        // A document with errors (or one no framework can judge): what `validate` writes.
        for d in sorted_by_line(result.diagnostics.iter()) {
            writeln!(out, "{}", diagnostic_line(prefix, d))?;
        }
        let valid = result.is_valid();
        return writeln!(out, "{name}: {}", if valid { "valid" } else { "invalid" });
    };
    match result.name.as_deref().filter(|t| !t.is_empty()) {
        Some(title) => writeln!(out, "{name}: {title}")?,
        None => writeln!(out, "{name}")?,
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
    let findings = &result.findings;
    if detail == Detail::Levels {
        let (met, not_met, unknown) = verdicts.iter().fold((0, 0, 0), |(m, n, u), v| {
            (
                m + v.criteria_with(Status::Met).count(),
                n + v.criteria_with(Status::NotMet).count(),
                u + v.criteria_with(Status::Unknown).count(),
            )
        });
        return writeln!(
            out,
            "  {} finding{}; criteria: {met} met, {not_met} not met, {unknown} unknown",
            findings.len(),
            if findings.len() == 1 { "" } else { "s" }
        );
    }
    if !findings.is_empty() {
        writeln!(out, "  findings")?;
        for f in findings {
            let pointer = if f.pointer().is_empty() {
                "/"
            } else {
                f.pointer()
            };
            // Findings are what a reader must see: never shortened.
            writeln!(
                out,
                "    {}[{}] at `{pointer}`: {}",
                f.severity(),
                f.code(),
                f.message()
            )?;
        }
    }
    let with_steps: Vec<&Classification> = verdicts
        .iter()
        .filter(|v| !v.next_steps.is_empty())
        .collect();
    if !with_steps.is_empty() {
        writeln!(out, "  next steps, cheapest first")?;
    }
    for verdict in with_steps {
        let shown = if detail == Detail::Full {
            verdict.next_steps.len()
        } else {
            TEXT_NEXT_STEPS
        };
        writeln!(out, "    {}", verdict.framework)?;
        for (i, step) in verdict.next_steps.iter().take(shown).enumerate() {
            // Steps are what to do: wrapped, never shortened.
            let step = wrap(&step.message, TEXT_WIDTH - 9, "         ");
            writeln!(out, "      {}. {step}", i + 1)?;
        }
        let more = verdict.next_steps.len().saturating_sub(shown);
        if more > 0 {
            writeln!(
                out,
                "      … and {more} more (--detail full lists them all)"
            )?;
        }
    }
    let others: Vec<_> = sorted_by_line(result.other_diagnostics());
    if !others.is_empty() {
        writeln!(out, "  diagnostics")?;
        for d in others {
            writeln!(out, "    {}", diagnostic_line(prefix, d))?;
        }
    }
    for verdict in verdicts {
        let shown: Vec<_> = verdict
            .criteria
            .iter()
            .filter(|c| detail == Detail::Full || c.status != Status::Met)
            .collect();
        if !shown.is_empty() {
            let what = if detail == Detail::Full {
                "criteria"
            } else {
                "criteria not met or unknown"
            };
            writeln!(out, "  {}: {what}", verdict.framework)?;
            for c in shown {
                writeln!(out, "    {:7}  {}", c.status.as_str(), c.id.as_str())?;
                writeln!(out, "      {}", fit(&c.reason, 6, "      ", detail))?;
            }
        }
        if !verdict.notes.is_empty() {
            writeln!(out, "  {}: notes", verdict.framework)?;
            for note in &verdict.notes {
                let head = format!("    {}[{}]: ", note.severity, note.code);
                let used = head.chars().count();
                writeln!(out, "{head}{}", fit(&note.message, used, "      ", detail))?;
            }
        }
    }
    Ok(())
}

/// Diagnostics in line order (those without a line last), stable.
fn sorted_by_line<'a>(
    diagnostics: impl Iterator<Item = &'a ai_openness::Diagnostic>,
) -> Vec<&'a ai_openness::Diagnostic> {
    let mut sorted: Vec<_> = diagnostics.collect();
    sorted.sort_by_key(|d| (d.line.is_none(), d.line, d.column));
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_shortened_or_wrapped() {
        let text = "one two three four five six seven eight nine ten";
        assert_eq!(shorten(text, 14), "one two three…");
        assert_eq!(shorten("short", 14), "short");
        assert_eq!(
            wrap(text, 14, "  "),
            "one two three\n  four five six\n  seven eight\n  nine ten"
        );
    }
}
