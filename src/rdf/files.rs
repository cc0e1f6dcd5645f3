//! The generated files under `vocab/`, and the check that the committed ones are fresh.

use std::path::{Path, PathBuf};

use super::frame::Frames;
use super::{VocabError, alignments, context, html, ontology, shapes, write};
use crate::Error;

/// A generated file: its name under `vocab/` and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct VocabFile {
    /// The file name, e.g. `ai-openness.ttl`.
    pub name: &'static str,
    /// The content.
    pub content: String,
}

/// Every file of `vocab/`, generated: `ai-openness.ttl`, `shapes.ttl`, `context.jsonld`,
/// `alignments.ttl` and `index.html`.
///
/// # Errors
/// When the model and the term table disagree (see [`VocabError`]).
pub fn vocab_files() -> Result<Vec<VocabFile>, VocabError> {
    let frames = Frames::shared()?;
    let vocabulary = ontology::build(frames)?;
    let alignments = alignments::build(frames, &vocabulary)?;
    let mut context = serde_json::to_string_pretty(&context::build(frames)?)
        .map_err(|e| VocabError::new(e.to_string()))?;
    context.push('\n');
    Ok(vec![
        VocabFile {
            name: "ai-openness.ttl",
            content: write::to_turtle(&vocabulary),
        },
        VocabFile {
            name: "shapes.ttl",
            content: write::to_turtle(&shapes::build(frames)?),
        },
        VocabFile {
            name: "context.jsonld",
            content: context,
        },
        VocabFile {
            name: "alignments.ttl",
            content: write::to_turtle(&alignments),
        },
        VocabFile {
            name: "index.html",
            content: html::build(frames, &vocabulary, &alignments)?,
        },
    ])
}

fn vocab_error(e: &VocabError) -> Error {
    Error::Write {
        message: e.to_string(),
    }
}

/// Writes every file of `vocab/` into `dir` (created if missing); returns the paths written.
///
/// # Errors
/// [`Error::Io`] when a file cannot be written, [`Error::Write`] when the vocabulary cannot be
/// generated.
pub fn write_vocab_files(dir: &Path) -> crate::Result<Vec<PathBuf>> {
    let files = vocab_files().map_err(|e| vocab_error(&e))?;
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: Some(dir.to_owned()),
        source,
    })?;
    let mut written = Vec::new();
    for file in files {
        let path = dir.join(file.name);
        std::fs::write(&path, file.content).map_err(|source| Error::Io {
            path: Some(path.clone()),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// The files of `dir` that are missing or differ from what the code generates (empty when the
/// committed vocabulary is fresh). Regenerate with `cargo run -- vocab --out vocab`.
///
/// # Errors
/// [`Error::Io`] when a file exists but cannot be read, [`Error::Write`] when the vocabulary cannot
/// be generated.
pub fn check_vocab_files(dir: &Path) -> crate::Result<Vec<PathBuf>> {
    let files = vocab_files().map_err(|e| vocab_error(&e))?;
    let mut stale = Vec::new();
    for file in files {
        let path = dir.join(file.name);
        match std::fs::read_to_string(&path) {
            Ok(text) if text == file.content => {}
            Ok(_) => stale.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => stale.push(path),
            Err(source) => {
                return Err(Error::Io {
                    path: Some(path),
                    source,
                });
            }
        }
    }
    Ok(stale)
}
