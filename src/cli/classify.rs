//! `ai-openness classify [--framework ID]… [--profile FILE]… [--format text|json] PATH…`
//!
//! Reads native descriptions and Model Openness Tool (MOT) model files (recognised by their
//! top-level `framework` and `release` keys). A MOT file is graded under `mof-1.0` by the exact
//! engine, as MOT grades it; under any other framework, and under a custom profile, it is first
//! imported into a release.
//!
//! `--profile FILE` adds a custom framework profile (`classify::custom`, documented in
//! `docs/profiles.md`). Every profile is loaded and checked before any document is read; a
//! profile that does not load is a usage error (exit code 2) with its location.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::classify::custom::{self, CustomProfile};
use ai_openness::classify::{self, Classification, Details, Framework, Profile, Status, mof_1_0};
use ai_openness::document::{self, Limits};
use ai_openness::import::mot;
use ai_openness::syntax::Node;
use ai_openness::{Diagnostic, Error, Release, Severity};

use super::input::{self, Source};
use super::validate::diagnostic_of;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// How many next steps the text format shows per framework.
const TEXT_NEXT_STEPS: usize = 3;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// A table per document: each framework's level and key numbers, then the criteria not met
    /// or unknown and the first next steps.
    Text,
    /// JSON Lines: one object per document and framework.
    Json,
}

/// Arguments of `classify`.
#[derive(Debug, clap::Args)]
pub struct Args {
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
    /// Files, directories (searched recursively for *.json, *.yaml, *.yml) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

fn parse_framework(id: &str) -> Result<Framework, String> {
    id.parse::<Framework>().map_err(|e| e.to_string())
}

/// What a document is classified under: a built-in framework or a custom profile.
#[derive(Debug, Clone, Copy)]
enum Target<'p> {
    Builtin(Framework),
    Custom(&'p CustomProfile),
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

/// A document that could be read: a native description or a MOT model file.
enum Document {
    Native(Box<Release>),
    Mot {
        text: String,
        /// The import, made the first time a framework other than `mof-1.0` needs it.
        imported: Option<Result<Box<Release>, Diagnostic>>,
    },
    /// A custom framework profile found among the paths (e.g. in `examples/profiles/`): not a
    /// description, so it is skipped with a note.
    Profile,
}

/// Runs `classify`.
pub fn run(args: &Args) -> ExitCode {
    let Some(profiles) = load_profiles(&args.profiles) else {
        return ExitCode::from(EXIT_USAGE);
    };
    let mut frameworks: Vec<Framework> = Vec::new();
    let builtin: &[Framework] = if args.frameworks.is_empty() && profiles.is_empty() {
        Framework::ALL
    } else {
        &args.frameworks
    };
    for f in builtin {
        if !frameworks.contains(f) {
            frameworks.push(*f);
        }
    }
    let targets: Vec<Target<'_>> = frameworks
        .iter()
        .map(|f| Target::Builtin(*f))
        .chain(profiles.iter().map(Target::Custom))
        .collect();
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
        let mut document = match read(&source, &limits) {
            Ok(Ok(document)) => document,
            Ok(Err(diagnostic)) => {
                if exit == EXIT_OK {
                    exit = EXIT_INVALID;
                }
                if print_invalid(&mut stdout, args.format, &name, &diagnostic).is_err() {
                    return ExitCode::from(EXIT_USAGE);
                }
                continue;
            }
            Err(e) => {
                eprintln!("error: {e}");
                exit = EXIT_USAGE;
                continue;
            }
        };
        if matches!(document, Document::Profile) {
            eprintln!(
                "note: {name}: a custom framework profile, not a description: skipped (classify \
                 under it with `--profile {name}`)"
            );
            continue;
        }
        // Every framework that can judge the document is reported, even when another cannot
        // (a MOT file that the exact engine grades but that cannot be imported for the others).
        let mut verdicts = Vec::with_capacity(targets.len());
        let mut invalid = None;
        for target in &targets {
            match classify_document(&mut document, *target) {
                Ok(verdict) => verdicts.push(verdict),
                Err(diagnostic) => invalid = invalid.or(Some(diagnostic)),
            }
        }
        let findings = washing(&document);
        let rejected = verdicts
            .iter()
            .any(|v| mof_details(v).is_some_and(|d| d.rejected().is_some()));
        if (invalid.is_some() || rejected) && exit == EXIT_OK {
            exit = EXIT_INVALID;
        }
        let mut printed = match args.format {
            OutputFormat::Json => print_json(&mut stdout, &name, &verdicts, &findings),
            OutputFormat::Text if verdicts.is_empty() => Ok(()),
            OutputFormat::Text => print_text(&mut stdout, &name, &verdicts, &findings),
        };
        if let Some(diagnostic) = &invalid {
            printed =
                printed.and_then(|()| print_invalid(&mut stdout, args.format, &name, diagnostic));
        }
        if printed.is_err() {
            return ExitCode::from(EXIT_USAGE);
        }
    }
    ExitCode::from(exit)
}

/// Reads one source. `Err` when it cannot be read at all (I/O); `Ok(Err)` when it is not a
/// document that can be classified.
fn read(source: &Source, limits: &Limits) -> Result<Result<Document, Diagnostic>, Error> {
    let text = match source.read(limits) {
        Ok(t) => t,
        Err(e @ Error::Io { .. }) => return Err(e),
        Err(e) => return Ok(Err(diagnostic_of(&e))),
    };
    let format = document::detect_format(source.path(), &text);
    let tree = match document::parse_tree(&text, format, limits) {
        Ok(tree) => tree,
        Err(e) => return Ok(Err(diagnostic_of(&e))),
    };
    if custom::is_profile(&tree) {
        return Ok(Ok(Document::Profile));
    }
    if mot::is_mot_document(&tree) {
        return Ok(Ok(Document::Mot {
            text,
            imported: None,
        }));
    }
    Ok(load_native(&tree).map(|r| Document::Native(Box::new(r))))
}

/// Loads a native description from its parsed tree.
fn load_native(tree: &Node) -> Result<Release, Diagnostic> {
    let mut value = document::tree_to_value(tree).map_err(|e| diagnostic_of(&e))?;
    document::upgrade(&mut value, tree).map_err(|e| diagnostic_of(&e))?;
    document::release_from_value(value, tree).map_err(|e| diagnostic_of(&e))
}

/// The verdict of one framework or profile on a document, without the open-washing findings
/// (`run` attaches them once per document); `Err` when a MOT file cannot be imported for a
/// framework other than `mof-1.0` (the import is tried once and its error reused).
fn classify_document(
    document: &mut Document,
    target: Target<'_>,
) -> Result<Classification, Diagnostic> {
    let release: &Release = match document {
        Document::Native(release) => release,
        Document::Profile => {
            return Err(Diagnostic::error(
                ai_openness::Code::InvalidDocument,
                "",
                "a custom framework profile is not a description",
            ));
        }
        Document::Mot { text, imported } => {
            let release = imported.get_or_insert_with(|| {
                mot::to_release(text)
                    .map(|i| Box::new(i.release))
                    .map_err(|e| diagnostic_of(&e))
            });
            if let Target::Builtin(Framework::Mof10) = target {
                // The exact engine grades the file itself; the open-washing findings come from
                // the imported release (see `run`).
                return Ok(mof_1_0::classify_mot(text));
            }
            match release {
                Ok(release) => release,
                Err(diagnostic) => return Err(diagnostic.clone()),
            }
        }
    };
    Ok(match target {
        Target::Builtin(framework) => framework.evaluate(release),
        Target::Custom(profile) => profile.evaluate(release),
    })
}

/// The open-washing findings of a document's release (for a MOT file, of its import when it
/// succeeded), detected once and attached to every verdict.
fn washing(document: &Document) -> Vec<classify::Finding> {
    match document {
        Document::Native(release)
        | Document::Mot {
            imported: Some(Ok(release)),
            ..
        } => classify::washing::detect(release),
        Document::Mot { .. } | Document::Profile => Vec::new(),
    }
}

/// The `mof-1.0` details of a classification, if it has them.
fn mof_details(verdict: &Classification) -> Option<&mof_1_0::MofDetails> {
    match &verdict.details {
        Some(Details::Mof(details)) => Some(details),
        _ => None,
    }
}

/// Reports a document that cannot be classified, as `validate` does.
fn print_invalid(
    out: &mut impl Write,
    format: OutputFormat,
    name: &str,
    diagnostic: &Diagnostic,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => {
            let line =
                serde_json::json!({"file": name, "valid": false, "diagnostics": [diagnostic]});
            writeln!(out, "{line}")
        }
        OutputFormat::Text => writeln!(out, "{name}: {diagnostic}"),
    }
}

/// One JSON object per framework: `file` first, then the classification's fields.
fn print_json(
    out: &mut impl Write,
    name: &str,
    verdicts: &[Classification],
    findings: &[classify::Finding],
) -> std::io::Result<()> {
    for verdict in verdicts {
        let mut object = serde_json::Map::new();
        object.insert("file".to_owned(), serde_json::Value::from(name));
        match serde_json::to_value(verdict) {
            Ok(serde_json::Value::Object(fields)) => object.extend(fields),
            Ok(other) => {
                object.insert("classification".to_owned(), other);
            }
            Err(e) => return Err(std::io::Error::other(e)),
        }
        let notes = object.remove("notes");
        let all: Vec<&classify::Finding> = verdict.notes.iter().chain(findings.iter()).collect();
        drop(notes);
        object.insert(
            "findings".to_owned(),
            serde_json::to_value(all).map_err(std::io::Error::other)?,
        );
        writeln!(out, "{}", serde_json::Value::Object(object))?;
    }
    Ok(())
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
            "Art. 53(2) {}, Art. 2(12) {}; not legal advice",
            d.exemptions.art_53_2, d.exemptions.art_2_12
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
    let class = details
        .graded()
        .map(|g| g.class.map_or(0, mof_1_0::MofClass::number));
    match (class, details.progress()) {
        (Some(class), Some(p)) => format!(
            "class {class}; progress III {:.1}%, II {:.1}%, I {:.1}%",
            p.class_3, p.class_2, p.class_1
        ),
        _ => String::new(),
    }
}

/// A table per document.
fn print_text(
    out: &mut impl Write,
    name: &str,
    verdicts: &[Classification],
    findings: &[classify::Finding],
) -> std::io::Result<()> {
    let title = verdicts.first().map_or("", |v| v.name.as_str());
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
        let counts: Vec<String> = [
            (Severity::Error, "error(s)"),
            (Severity::Warning, "warning(s)"),
            (Severity::Info, "note(s)"),
        ]
        .iter()
        .filter_map(|(severity, label)| {
            let n = verdict
                .notes
                .iter()
                .chain(findings)
                .filter(|f| f.severity == *severity)
                .count();
            (n > 0).then(|| format!("{n} {label}"))
        })
        .collect();
        if !counts.is_empty() {
            writeln!(
                out,
                "  {}: findings: {} (--format json lists them)",
                verdict.framework,
                counts.join(", ")
            )?;
        }
    }
    Ok(())
}
