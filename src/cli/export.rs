//! `ai-openness export --to turtle|ntriples|jsonld|json [--base IRI] [--with-classification]
//! [--output FILE] [--jsonl] [--exclude GLOB]… [--allow-empty] PATH…`
//!
//! Every document goes through the library's pipeline (`ai_openness::pipeline`), as under
//! `validate`: a document with errors is reported on standard error with exactly `validate`'s
//! diagnostics and is not exported (exit code 1). A Model Openness Tool file is exported as its
//! import. Inputs are read as under `validate` (folders, JSON Lines, bounded reads).
//!
//! `--output FILE` is written atomically (a temporary file in the same folder, renamed over
//! FILE), and only when every input was exported: a run with an input that fails leaves FILE as
//! it was.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::pipeline::DocumentKind;
use ai_openness::rdf::{self, ExportOptions, Exporter, RdfFormat};

use super::input::InputArgs;
use super::output;
use super::report::{self, Outcome, diagnostic_line};
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum Target {
    /// Turtle, sorted, with nested blank nodes and collections.
    Turtle,
    /// N-Triples, one sorted triple per line.
    Ntriples,
    /// JSON-LD (expanded: full IRIs, one node object per subject).
    Jsonld,
    /// The description's canonical native JSON, one document per line: with
    /// `vocab/context.jsonld` as its JSON-LD context it is the same graph as the Turtle export
    /// without `--base`.
    Json,
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The output format.
    #[arg(long, value_enum)]
    to: Target,
    /// Mint IRIs under this base for nodes without an `id`: `{base}{slug(name)}/{slug(version)}`
    /// for the release, the release's IRI plus the JSON Pointer for every other node (see the
    /// `rdf` module documentation). Without it those nodes are blank nodes.
    #[arg(long, value_name = "IRI")]
    base: Option<String>,
    /// Add each description's classification under every built-in framework: the level it
    /// reaches (`aiopen:reachesLevel`) and an `aiopen:Classification` node per framework with
    /// every criterion. Not with `--to json`.
    #[arg(long)]
    with_classification: bool,
    /// Add each description's classification under this custom framework profile, YAML or JSON
    /// (repeatable; see docs/profiles.md). The profile's node is `{base}profiles/{id}` with
    /// `--base`, a blank node otherwise. Not with `--to json`.
    #[arg(long = "profile", value_name = "FILE")]
    profiles: Vec<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The inputs; several descriptions are written as one graph.
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    limits: super::limits::LimitArgs,
}

/// Runs `export`.
pub(super) fn run(args: &Args) -> ExitCode {
    if (args.with_classification || !args.profiles.is_empty()) && args.to == Target::Json {
        eprintln!(
            "error: `--with-classification` and `--profile` need an RDF format (`turtle`, `ntriples` or `jsonld`)"
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let mut profiles: Vec<ai_openness::classify::custom::CustomProfile> = Vec::new();
    for path in &args.profiles {
        match ai_openness::classify::custom::read_profile(path) {
            Ok(p) if profiles.iter().any(|q| q.id() == p.id()) => {
                eprintln!(
                    "error: {}: another profile has the id `{}`",
                    path.display(),
                    p.id()
                );
                return ExitCode::from(EXIT_USAGE);
            }
            Ok(p) => profiles.push(p),
            Err(e) => {
                eprintln!("error: profile {e}");
                return ExitCode::from(EXIT_USAGE);
            }
        }
    }
    let options = match &args.base {
        Some(base) => match ExportOptions::with_base(base) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(EXIT_USAGE);
            }
        },
        None => ExportOptions::default(),
    };
    let mut exporter = match Exporter::new(options) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let pipeline = args.input.pipeline(args.limits.limits());
    let mut exit = EXIT_OK;
    let mut json_lines = String::new();
    let mut documents = 0_usize;
    for unit in args.input.units(&pipeline) {
        let (name, processed, line) = match report::process(&pipeline, unit) {
            Outcome::Skipped => continue,
            Outcome::Failed { name, diagnostic } => {
                documents += 1;
                let io = report::is_io(&diagnostic);
                eprintln!("{}", diagnostic_line(&name, &diagnostic));
                exit = exit.max(if io { EXIT_USAGE } else { EXIT_INVALID });
                continue;
            }
            Outcome::Processed {
                name,
                processed,
                line,
            } => (name, processed, line),
        };
        documents += 1;
        if args.to != Target::Json {
            // Provenance: the input and its checksum (a file read again; a JSON Lines line or
            // standard input is recorded by name only).
            let file = (line.is_none() && name != "-").then(|| std::fs::File::open(&name));
            exporter.from_input(match file {
                Some(Ok(file)) => rdf::Input::from_reader(&name, file)
                    .unwrap_or_else(|_| rdf::Input::unread(&name)),
                _ => rdf::Input::unread(&name),
            });
        }
        let Some(release) = processed.release() else {
            if processed.is_valid() {
                let what = if processed.kind() == Some(DocumentKind::Profile) {
                    "a custom framework profile, not a description"
                } else {
                    "no release could be read from it"
                };
                eprintln!("error: {name}: {what}: nothing to export");
            } else {
                let prefix = report::text_prefix(&name, line);
                for d in report::at_line(processed.diagnostics(), line) {
                    eprintln!("{}", diagnostic_line(prefix, &d));
                }
                eprintln!("{name}: invalid");
            }
            exit = exit.max(EXIT_INVALID);
            continue;
        };
        if args.to == Target::Json {
            match serde_json::to_string(release) {
                Ok(line) => {
                    json_lines.push_str(&line);
                    json_lines.push('\n');
                }
                Err(e) => {
                    eprintln!("error: {name}: {e}");
                    exit = exit.max(EXIT_INVALID);
                }
            }
            continue;
        }
        let mut under: Vec<&dyn ai_openness::classify::Profile> = Vec::new();
        if args.with_classification {
            under.extend(
                ai_openness::classify::Framework::ALL
                    .iter()
                    .map(|f| f as &dyn ai_openness::classify::Profile),
            );
        }
        under.extend(
            profiles
                .iter()
                .map(|p| p as &dyn ai_openness::classify::Profile),
        );
        let added = if under.is_empty() {
            exporter.add(release)
        } else {
            exporter.add_assessed(release, &ai_openness::classify::assess(release, &under))
        };
        if let Err(e) = added {
            eprintln!("error: {name}: {e}");
            exit = exit.max(EXIT_INVALID);
        }
    }
    if args.to != Target::Json {
        exporter.add_provenance(&rdf::Timestamp::now());
    }
    let mut bytes = Vec::new();
    let written = match args.to {
        Target::Json => {
            bytes = json_lines.into_bytes();
            Ok(())
        }
        Target::Turtle => exporter.serialize(RdfFormat::Turtle, &mut bytes),
        Target::Ntriples => exporter.serialize(RdfFormat::NTriples, &mut bytes),
        Target::Jsonld => exporter.serialize(RdfFormat::JsonLd, &mut bytes),
    };
    if documents == 0 && !args.input.allow_empty {
        eprintln!("error: no document found (pass --allow-empty to accept an input with none)");
        return ExitCode::from(EXIT_USAGE);
    }
    let written = match (written, &args.output) {
        (Err(e), _) => Err(e),
        (Ok(()), Some(path)) if exit != EXIT_OK => {
            eprintln!(
                "error: {}: left unchanged, since an input could not be exported",
                path.display()
            );
            Ok(())
        }
        (Ok(()), Some(path)) => output::write_atomic(path, &bytes),
        (Ok(()), None) => {
            let mut stdout = output::stdout();
            match stdout.write_all(&bytes).and_then(|()| stdout.flush()) {
                Ok(()) => Ok(()),
                Err(e) => return output::write_failed(&e, exit),
            }
        }
    };
    if let Err(e) = written {
        let target = args
            .output
            .as_ref()
            .map_or_else(|| "<stdout>".to_owned(), |p| p.display().to_string());
        eprintln!("error: {target}: {e}");
        return ExitCode::from(EXIT_USAGE);
    }
    ExitCode::from(exit)
}
