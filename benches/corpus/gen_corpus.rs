//! Writes a benchmark corpus: `N` descriptions of 2–8 KB (about a quarter with a mistake), as
//! files `DIR/docs/NNNNNNN.json` and as one JSON Lines file `DIR/corpus.jsonl` (only the latter
//! with a third argument `jsonl`).
//!
//! `cargo run --release --example gen_corpus -- DIR N [jsonl]` (see `benches/README.md`).

#[path = "mod.rs"]
mod corpus;

use std::io::Write as _;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(n)) = (args.next(), args.next().and_then(|n| n.parse::<u64>().ok()))
    else {
        eprintln!("usage: gen_corpus DIR N");
        std::process::exit(2);
    };
    let files = args.next().as_deref() != Some("jsonl");
    let dir = std::path::PathBuf::from(dir);
    let docs = dir.join("docs");
    std::fs::create_dir_all(if files { &docs } else { &dir })?;
    let bases = corpus::bases();
    let mut jsonl = std::io::BufWriter::new(std::fs::File::create(dir.join("corpus.jsonl"))?);
    let (mut bytes, mut mistakes) = (0_usize, 0_u64);
    for i in 0..n {
        let (text, mistake) = corpus::document(&bases, i);
        bytes += text.len();
        mistakes += u64::from(mistake);
        if files {
            std::fs::write(docs.join(format!("{i:07}.json")), &text)?;
        }
        jsonl.write_all(text.as_bytes())?;
        jsonl.write_all(b"\n")?;
    }
    jsonl.flush()?;
    eprintln!(
        "{n} documents, {mistakes} with a mistake, {:.1} KB on average, in {}",
        bytes as f64 / n.max(1) as f64 / 1024.0,
        dir.display()
    );
    Ok(())
}
