//! `ai-openness vocab [--out DIR] [--check]`

use std::path::PathBuf;
use std::process::ExitCode;

use ai_openness::rdf;

use super::output;
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
    let files = match rdf::vocab_files() {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    // Each file is written atomically: a temporary file in DIR, then renamed over the old one.
    let written = output::write_files_atomic(
        &args.out,
        files
            .iter()
            .map(|f| (PathBuf::from(f.name), f.content.as_bytes())),
    );
    match written {
        Ok(written) => {
            use std::io::Write as _;
            let mut stdout = output::stdout();
            for path in written {
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
    }
}
