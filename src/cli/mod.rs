//! Command-line interface: one module per subcommand, each with `Args` and `run`.
//!
//! Exit codes shared by every subcommand: 0 success (every document valid, or classified), 1 a
//! document has an error-severity finding (or a warning under `--deny-warnings`) or cannot be
//! classified, 2 a usage error or a path that cannot be read.

mod batch;
mod classify;
mod export;
mod input;
mod output;
mod report;
mod schema;
mod validate;
mod vocab;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code: everything succeeded.
pub(crate) const EXIT_OK: u8 = 0;
/// Exit code: a document is invalid.
pub(crate) const EXIT_INVALID: u8 = 1;
/// Exit code: a usage error, or a path that cannot be read.
pub(crate) const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "ai-openness",
    version,
    about = "How open is this AI system? Validate, classify and export AI release descriptions.",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check descriptions: syntax, format version, schema, and the semantic rules.
    Validate(validate::Args),
    /// Classify descriptions (and Model Openness Tool files) under openness frameworks.
    Classify(classify::Args),
    /// Write descriptions as RDF (Turtle, N-Triples, JSON-LD) or as canonical JSON.
    Export(export::Args),
    /// Write the RDF vocabulary files (or check that the committed ones are fresh).
    Vocab(vocab::Args),
    /// Print or write the JSON Schema of the document format, or check the committed files.
    Schema(schema::Args),
}

/// Parses the command line and runs the subcommand.
pub(crate) fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            // Printing can only fail on a closed stream; the exit code still says what happened.
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Classify(args) => classify::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Vocab(args) => vocab::run(&args),
        Command::Schema(args) => schema::run(&args),
    }
}
