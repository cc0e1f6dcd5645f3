//! Turning PATH arguments into documents to read: files, directories (recursively, `*.json`,
//! `*.yaml`, `*.yml`, in sorted order) and `-` for standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use ai_openness::document::{self, Limits};
use ai_openness::{Error, Result};

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Source {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl Source {
    /// The name to show: the path, or `-`.
    pub(super) fn display_name(&self) -> String {
        match self {
            Self::File(p) => p.display().to_string(),
            Self::Stdin => "-".to_owned(),
        }
    }

    /// The path, if the source is a file.
    pub(super) fn path(&self) -> Option<&Path> {
        match self {
            Self::File(p) => Some(p),
            Self::Stdin => None,
        }
    }

    /// Reads the source as text, refusing inputs over `limits.max_bytes`.
    pub(super) fn read(&self, limits: &Limits) -> Result<String> {
        match self {
            Self::File(p) => document::read_text(p, limits),
            Self::Stdin => {
                let mut bytes = Vec::new();
                let cap = u64::try_from(limits.max_bytes)
                    .unwrap_or(u64::MAX)
                    .saturating_add(1);
                std::io::stdin()
                    .take(cap)
                    .read_to_end(&mut bytes)
                    .map_err(|source| Error::Io { path: None, source })?;
                if bytes.len() > limits.max_bytes {
                    return Err(Error::Syntax {
                        location: ai_openness::Location::default(),
                        message: format!("input exceeds the limit of {} bytes", limits.max_bytes),
                    });
                }
                String::from_utf8(bytes).map_err(|e| Error::Syntax {
                    location: ai_openness::Location::default(),
                    message: format!(
                        "not UTF-8 text (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    ),
                })
            }
        }
    }
}

/// Whether a path names a description file by its extension.
fn is_document(path: &Path) -> bool {
    document::Format::from_path(path).is_some()
}

/// Expands PATH arguments into sources, in order; directories are walked recursively and their
/// documents sorted by path. Paths that do not exist or cannot be listed are returned as errors
/// (the caller reports them and goes on with the rest).
pub(super) fn expand(paths: &[PathBuf]) -> Vec<std::result::Result<Source, Error>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if path.is_dir() {
            let mut found = Vec::new();
            match walk(path, &mut found) {
                Ok(()) => {
                    found.sort();
                    out.extend(found.into_iter().map(|p| Ok(Source::File(p))));
                }
                Err(e) => out.push(Err(e)),
            }
        } else if path.exists() {
            out.push(Ok(Source::File(path.clone())));
        } else {
            out.push(Err(Error::Io {
                path: Some(path.clone()),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no such file or directory",
                ),
            }));
        }
    }
    out
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> Result<()> {
    let io = |source| Error::Io {
        path: Some(dir.to_owned()),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk(&path, found)?;
        } else if is_document(&path) {
            found.push(path);
        }
    }
    Ok(())
}
