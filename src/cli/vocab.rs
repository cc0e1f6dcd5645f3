//! `ai-openness vocab [--out DIR] [--check]`

use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::rdf;

use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// Arguments of `vocab`.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The directory of the vocabulary files.
    #[arg(long, value_name = "DIR", default_value = "vocab")]
    out: PathBuf,
    /// Compare the files in DIR with what this version generates instead of writing them; exit 1
    /// and name the stale files when they differ.
    #[arg(long)]
    check: bool,
}

/// Runs `vocab`: writes (or checks) `ai-openness.ttl`, `shapes.ttl`, `context.jsonld`,
/// `alignments.ttl` and `index.html`.
pub(super) fn run(args: &Args) -> ExitCode {
    if args.check {
        return match rdf::check_vocab_files(&args.out) {
            Ok(stale) if stale.is_empty() => {
                println!("{}: the vocabulary files are fresh", args.out.display());
                ExitCode::from(EXIT_OK)
            }
            Ok(stale) => {
                for path in stale {
                    eprintln!(
                        "error: `{}` is stale or missing; regenerate with `cargo run -- vocab --out {}`",
                        path.display(),
                        args.out.display()
                    );
                }
                ExitCode::from(EXIT_INVALID)
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(EXIT_USAGE)
            }
        };
    }
    match rdf::write_vocab_files(&args.out) {
        Ok(written) => {
            for path in written {
                println!("wrote {}", path.display());
            }
            ExitCode::from(EXIT_OK)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
