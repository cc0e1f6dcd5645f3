//! Where the CLI writes: standard output, buffered, with a closed pipe ending quietly and any
//! other write error a clear message; and files, written atomically (a temporary file in the
//! same folder, then renamed over the target), so a failed run never leaves a truncated file.

use std::io::{BufWriter, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::EXIT_USAGE;

/// Standard output, block-buffered (not line by line).
pub(super) fn stdout() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

/// The exit code after a write to standard output failed: a closed pipe (`| head`) ends
/// quietly with `exit` (the reader has seen what it wanted); any other error is a message and
/// exit code 2.
pub(super) fn write_failed(error: &std::io::Error, exit: u8) -> ExitCode {
    if error.kind() == ErrorKind::BrokenPipe {
        return ExitCode::from(exit);
    }
    eprintln!("error: cannot write to standard output: {error}");
    ExitCode::from(EXIT_USAGE)
}

/// Flushes `out`, then gives `exit`, or what [`write_failed`] gives.
pub(super) fn finish(out: &mut impl Write, exit: u8) -> ExitCode {
    match out.flush() {
        Ok(()) => ExitCode::from(exit),
        Err(e) => write_failed(&e, exit),
    }
}

/// Writes `bytes` to `path` atomically: into a new temporary file in the same folder, flushed
/// to disk, then renamed over `path`. On any error the temporary file is removed and `path` is
/// untouched.
pub(super) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut attempt = 0_u32;
    let (temp, file) = loop {
        let temp = dir.join(format!(".{name}.{}.{attempt}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(file) => break (temp, file),
            Err(e) if e.kind() == ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    };
    let written = (|| {
        let mut file = file;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Writes several files under `dir` atomically, each as [`write_atomic`], creating folders;
/// returns the paths written. Stops at the first error (the files before it are written, each
/// whole; the one that failed and those after keep their previous content).
pub(super) fn write_files_atomic<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (PathBuf, &'a [u8])>,
) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut written = Vec::new();
    for (relative, bytes) in files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| (parent.to_owned(), e))?;
        }
        write_atomic(&path, bytes).map_err(|e| (path.clone(), e))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("ai-openness-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.txt");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1);
        // A target that is a folder cannot be replaced: the error leaves no temporary file.
        let sub = dir.join("sub");
        std::fs::create_dir_all(sub.join("x")).unwrap();
        assert!(write_atomic(&sub, b"x").is_err());
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
