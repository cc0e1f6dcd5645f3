//! The `ai-openness` command-line tool.

#![forbid(unsafe_code)]

mod cli;

/// A batch run allocates and frees many small strings per document; mimalloc does that about
/// twice as fast as glibc's allocator (`benches/README.md`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
