//! Turning PATH arguments into units of work, lazily and in a fixed order: files, JSON Lines
//! files (one unit per line), directories (walked recursively) and `-` for standard input.
//!
//! The walk cannot hang and loses no row:
//! - symlinked directories found inside a folder are not followed (a folder named on the command
//!   line is walked even when it is a symlink), and every folder is entered once (a visited set
//!   of device and inode numbers on Unix), so a symlink loop ends;
//! - special files (FIFOs, devices, sockets) with a document's extension found by walking are
//!   reported as an `unreadable` row and never opened; named on the command line they are read
//!   (bounded by the size limit), so `classify /dev/stdin` works;
//! - a folder or entry that cannot be listed is a row of its own; the rest of the walk goes on;
//! - hidden directories (names starting with `.`) and entries matching an `--exclude` glob are
//!   not entered;
//! - a file reached twice (named twice, through a symlink, inside two named folders) is checked
//!   once;
//! - the entries of each folder are visited in byte order of their names (so the whole walk is in
//!   path order).
//!
//! A file found by walking is read only when its extension is a document's (`.json`, `.yaml`,
//! `.yml`, `.jsonl`); a `.json`/`.yaml`/`.yml` file found by walking that carries no marker of a
//! supported format ([`MARKERS`]) is skipped and counted (see `report::process`). A file named on
//! the command line is always checked.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::{File, FileType};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use ai_openness::convert::Format;
use ai_openness::pipeline::Pipeline;
use ai_openness::syntax::Limits;
use ai_openness::validate::ValidatorOptions;
use ai_openness::{Code, Diagnostic};

/// Words of which at least one appears in every document of a supported format: a native
/// description (`spec_version`), a custom profile (`profile_version`), a Model Openness Tool
/// file (`framework`), a European Open Source AI Index entry (`weights_endmodel`), a Croissant
/// or SPDX 3 JSON-LD document (`@context`), a CycloneDX BOM (`bomFormat`). A new importer adds
/// its format's marker here (`tests/cli_batch.rs` checks every shipped format against it).
pub(super) const MARKERS: &[&[u8]] = &[
    b"spec_version",
    b"profile_version",
    b"framework",
    b"weights_endmodel",
    b"@context",
    b"bomFormat",
];

/// Whether `bytes` carry a marker of a supported format.
pub(super) fn has_marker(bytes: &[u8]) -> bool {
    MARKERS
        .iter()
        .any(|m| bytes.windows(m.len()).any(|w| w == *m))
}

/// How the PATH arguments are read.
#[derive(Debug, Clone, Default)]
pub(super) struct InputOptions {
    /// Globs of entries not to enter or read when walking a folder.
    pub(super) excludes: Vec<Glob>,
    /// Standard input is JSON Lines (one document per line).
    pub(super) jsonl_stdin: bool,
    /// The size limit of one document (a file, standard input, one JSON Lines line), in bytes.
    pub(super) max_bytes: usize,
}

/// The arguments every command that reads descriptions shares.
#[derive(Debug, Clone, clap::Args)]
pub(super) struct InputArgs {
    /// Read standard input (`-`) as JSON Lines: one document per line, blank lines skipped.
    /// Files ending in `.jsonl` are always read this way.
    #[arg(long)]
    pub(super) jsonl: bool,
    /// Do not enter or read entries whose name (or, for a glob with `/`, whose path under the
    /// folder walked) matches GLOB (`*`, `?`, `**`; repeatable).
    #[arg(long = "exclude", value_name = "GLOB")]
    pub(super) excludes: Vec<String>,
    /// Succeed when the input holds no document at all (by default that is an error, so a CI job
    /// pointed at the wrong folder fails).
    #[arg(long)]
    pub(super) allow_empty: bool,
    /// Read every document as FORMAT (`native`, `mot`, `osai-index`, `hf-card`, …) instead of
    /// recognising it.
    #[arg(long, value_name = "FORMAT", value_parser = parse_from)]
    pub(super) from: Option<Format>,
    /// Files, directories (searched recursively for *.json, *.yaml, *.yml, *.jsonl) or `-` for
    /// stdin.
    #[arg(required = true, value_name = "PATH")]
    pub(super) paths: Vec<PathBuf>,
}

impl InputArgs {
    /// The options, with the size limit of one document.
    pub(super) fn options(&self, max_bytes: usize) -> InputOptions {
        InputOptions {
            excludes: self.excludes.iter().map(|g| Glob::new(g)).collect(),
            jsonl_stdin: self.jsonl,
            max_bytes,
        }
    }

    /// The pipeline of a command that reads descriptions: under `limits`, reading every
    /// document as `--from` says when it is given.
    pub(super) fn pipeline(&self, limits: Limits) -> Pipeline {
        reading(
            Pipeline::new(ValidatorOptions::default().with_limits(limits)),
            self.from,
        )
    }

    /// The units of input of the paths, each read within `pipeline`'s size limit.
    pub(super) fn units(&self, pipeline: &Pipeline) -> Units {
        let max_bytes = pipeline.validator().options().limits.max_bytes;
        Units::new(&self.paths, self.options(max_bytes))
    }
}

/// One unit of work: one document to read, or a failure that is reported as a row.
#[derive(Debug)]
pub(super) struct Unit {
    /// The name shown for it: the path, `-`, or `path:line` for a JSON Lines line.
    pub(super) name: String,
    /// What to read.
    pub(super) body: Body,
}

/// What a unit holds.
#[derive(Debug)]
pub(super) enum Body {
    /// A file to read; `walked`: found by walking a folder (skipped when it has no marker).
    File {
        /// The path.
        path: PathBuf,
        /// Found by walking a folder.
        walked: bool,
    },
    /// Standard input, one document.
    Stdin,
    /// One line of a JSON Lines input (1-based line number).
    Line {
        /// The line, without its end.
        bytes: Vec<u8>,
        /// Its line number.
        line: u32,
    },
    /// Nothing to read: the diagnostic is the row (unreadable, a special file, a line too long).
    Failed(Diagnostic),
}

impl Unit {
    fn failed(name: String, diagnostic: Diagnostic) -> Self {
        Self {
            name,
            body: Body::Failed(diagnostic),
        }
    }
}

/// The `unreadable` diagnostic for an I/O error.
pub(super) fn unreadable(error: &std::io::Error) -> Diagnostic {
    Diagnostic::of(Code::Unreadable, "", format!("cannot be read: {error}"))
}

/// The units of a list of PATH arguments, in order, produced lazily.
pub(super) struct Units {
    args: std::collections::VecDeque<PathBuf>,
    options: InputOptions,
    /// The folders being walked: for each, its path under the root and its entries left.
    stack: Vec<Pending>,
    /// The root of the walk in progress.
    root: PathBuf,
    /// The JSON Lines input being read.
    lines: Option<Lines>,
    /// Files and folders already seen.
    seen: HashSet<FileId>,
    stdin_done: bool,
}

/// A folder being walked.
struct Pending {
    /// Its entries left, in reverse order (popped from the end).
    entries: Vec<(OsString, FileType)>,
    /// Its path.
    dir: PathBuf,
}

/// A JSON Lines input being read.
struct Lines {
    reader: Box<dyn BufRead + Send>,
    name: String,
    line: u32,
    max_bytes: usize,
}

/// What identifies a file: device and inode on Unix (16 bytes, so the set of files seen stays
/// small however many files a walk finds), the canonical path elsewhere.
#[cfg(unix)]
type FileId = u128;
/// What identifies a file: the canonical path.
#[cfg(not(unix))]
type FileId = PathBuf;

fn file_id(path: &Path, metadata: &std::fs::Metadata) -> FileId {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let _ = path;
        (u128::from(metadata.dev()) << 64) | u128::from(metadata.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = metadata;
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
    }
}

impl Units {
    /// The units of `paths`.
    pub(super) fn new(paths: &[PathBuf], options: InputOptions) -> Self {
        Self {
            args: paths.iter().cloned().collect(),
            options,
            stack: Vec::new(),
            root: PathBuf::new(),
            lines: None,
            seen: HashSet::new(),
            stdin_done: false,
        }
    }

    /// Starts on one PATH argument; a unit when it is one by itself.
    fn start(&mut self, path: PathBuf) -> Option<Unit> {
        if path.as_os_str() == "-" {
            if std::mem::replace(&mut self.stdin_done, true) {
                return None;
            }
            if self.options.jsonl_stdin {
                self.lines = Some(Lines {
                    reader: Box::new(BufReader::with_capacity(1 << 16, std::io::stdin())),
                    name: "-".to_owned(),
                    line: 0,
                    max_bytes: self.options.max_bytes,
                });
                return None;
            }
            return Some(Unit {
                name: "-".to_owned(),
                body: Body::Stdin,
            });
        }
        let name = path.display().to_string();
        let metadata = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Unit::failed(name, unreadable(&e))),
        };
        if !self.seen.insert(file_id(&path, &metadata)) {
            return None;
        }
        if metadata.is_dir() {
            self.root.clone_from(&path);
            self.enter(path)
        } else {
            self.file(path, false)
        }
    }

    /// A file to read (`.jsonl`: its lines).
    fn file(&mut self, path: PathBuf, walked: bool) -> Option<Unit> {
        let is_jsonl = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
        if !is_jsonl {
            return Some(Unit {
                name: path.display().to_string(),
                body: Body::File { path, walked },
            });
        }
        let name = path.display().to_string();
        match File::open(&path) {
            Ok(file) => {
                self.lines = Some(Lines {
                    reader: Box::new(BufReader::with_capacity(1 << 16, file)),
                    name,
                    line: 0,
                    max_bytes: self.options.max_bytes,
                });
                None
            }
            Err(e) => Some(Unit::failed(name, unreadable(&e))),
        }
    }

    /// Lists a folder onto the stack; a unit when it cannot be listed.
    fn enter(&mut self, dir: PathBuf) -> Option<Unit> {
        let listing = std::fs::read_dir(&dir).and_then(|entries| {
            entries
                .map(|e| e.and_then(|e| Ok((e.file_name(), e.file_type()?))))
                .collect::<std::io::Result<Vec<_>>>()
        });
        match listing {
            Ok(mut entries) => {
                entries.sort_unstable_by(|a, b| b.0.cmp(&a.0));
                self.stack.push(Pending { entries, dir });
                None
            }
            Err(e) => Some(Unit::failed(dir.display().to_string(), unreadable(&e))),
        }
    }

    /// The next entry of the walk; a unit when the entry is one.
    fn walk_step(&mut self) -> Option<Unit> {
        let top = self.stack.last_mut()?;
        let Some((name, kind)) = top.entries.pop() else {
            self.stack.pop();
            return None;
        };
        let path = top.dir.join(&name);
        let hidden = name.as_encoded_bytes().first() == Some(&b'.');
        if self.excluded(&path) {
            return None;
        }
        if kind.is_dir() {
            if hidden {
                return None;
            }
            let seen = match std::fs::metadata(&path) {
                Ok(m) => !self.seen.insert(file_id(&path, &m)),
                Err(_) => false,
            };
            return if seen { None } else { self.enter(path) };
        }
        if !is_document(&path) {
            return None;
        }
        let metadata = if kind.is_symlink() {
            match std::fs::metadata(&path) {
                // A symlinked folder is not followed.
                Ok(m) if m.is_dir() => return None,
                Ok(m) => m,
                Err(e) => return Some(Unit::failed(path.display().to_string(), unreadable(&e))),
            }
        } else {
            match std::fs::symlink_metadata(&path) {
                Ok(m) => m,
                Err(e) => return Some(Unit::failed(path.display().to_string(), unreadable(&e))),
            }
        };
        if !metadata.is_file() {
            let what = special_kind(metadata.file_type());
            return Some(Unit::failed(
                path.display().to_string(),
                Diagnostic::of(
                    Code::Unreadable,
                    "",
                    format!(
                        "{what}, not a regular file: not read (name it on the command line to read it)"
                    ),
                ),
            ));
        }
        if !self.seen.insert(file_id(&path, &metadata)) {
            return None;
        }
        self.file(path, true)
    }

    /// Whether an `--exclude` glob matches the entry's name or its path under the root.
    fn excluded(&self, path: &Path) -> bool {
        if self.options.excludes.is_empty() {
            return false;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let relative = path.strip_prefix(&self.root).unwrap_or(path);
        let relative: String = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        self.options
            .excludes
            .iter()
            .any(|g| g.matches_entry(&name, &relative))
    }
}

/// What kind of special file a file type is, in words.
fn special_kind(file_type: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "a special file"
}

/// Whether a path names a document by its extension (`.json`, `.yaml`, `.yml`, `.jsonl`).
fn is_document(path: &Path) -> bool {
    ai_openness::document::Format::from_path(path).is_some()
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

impl Iterator for Units {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next_unit() {
                    Some(unit) => return Some(unit),
                    None => self.lines = None,
                }
                continue;
            }
            if !self.stack.is_empty() {
                if let Some(unit) = self.walk_step() {
                    return Some(unit);
                }
                continue;
            }
            let path = self.args.pop_front()?;
            if let Some(unit) = self.start(path) {
                return Some(unit);
            }
        }
    }
}

/// What reading one line gave.
enum LineRead {
    /// The end of the input.
    End,
    /// A line (its end stripped).
    Line,
    /// A line longer than the limit, consumed without keeping it.
    TooLong,
}

impl Lines {
    /// The next non-blank line as a unit; `None` at the end (or after a read error's row).
    fn next_unit(&mut self) -> Option<Unit> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let read = read_line_capped(&mut self.reader, self.max_bytes, &mut buf);
            self.line = self.line.saturating_add(1);
            let name = format!("{}:{}", self.name, self.line);
            match read {
                Ok(LineRead::End) => return None,
                Ok(LineRead::TooLong) => {
                    let d = Diagnostic::of(
                        Code::LimitExceeded,
                        "",
                        format!(
                            "the line is longer than the limit of {} bytes",
                            self.max_bytes
                        ),
                    )
                    .at(self.line, 1);
                    return Some(Unit::failed(name, d));
                }
                Ok(LineRead::Line) => {
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Unit {
                        name,
                        body: Body::Line {
                            bytes: std::mem::take(&mut buf),
                            line: self.line,
                        },
                    });
                }
                Err(e) => {
                    // Nothing more can be read from this input: one row, then the next input.
                    self.reader = Box::new(std::io::empty());
                    return Some(Unit::failed(name, unreadable(&e)));
                }
            }
        }
    }
}

/// Reads one line into `buf` (without `\n` or `\r\n`), keeping at most `max` bytes; a longer
/// line is read to its end and dropped.
fn read_line_capped(
    reader: &mut dyn BufRead,
    max: usize,
    buf: &mut Vec<u8>,
) -> std::io::Result<LineRead> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        if !too_long {
            if buf.len() + chunk.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(available.len());
        reader.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(LineRead::End);
    }
    if too_long {
        return Ok(LineRead::TooLong);
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(LineRead::Line)
}

/// Reads a file, keeping at most one byte more than `max` (the pipeline reports the excess).
pub(super) fn read_capped(path: &Path, max: usize) -> std::io::Result<Vec<u8>> {
    let file = File::open(path)?;
    let cap = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    file.take(cap).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A glob: `*` (any run of characters but `/`), `**` (any run, `/` included), `?` (one
/// character but `/`); everything else literal.
#[derive(Debug, Clone)]
pub(super) struct Glob {
    pattern: Vec<char>,
    /// Whether the pattern has a `/`: it matches paths under the root, else names.
    has_slash: bool,
}

impl Glob {
    /// Compiles a glob (any text is a glob).
    pub(super) fn new(pattern: &str) -> Self {
        let trimmed = pattern.trim_start_matches("./").trim_end_matches('/');
        Self {
            has_slash: trimmed.contains('/'),
            pattern: trimmed.chars().collect(),
        }
    }

    /// Whether the glob matches an entry with this name and this path under the root.
    pub(super) fn matches_entry(&self, name: &str, relative: &str) -> bool {
        if self.has_slash {
            self.matches(relative)
        } else {
            self.matches(name)
        }
    }

    /// Whether the glob matches the whole of `text`.
    pub(super) fn matches(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().collect();
        glob_match(&self.pattern, &text)
    }
}

/// Iterative glob matching with backtracking to the last star: linear in practice, never
/// exponential.
fn glob_match(pattern: &[char], text: &[char]) -> bool {
    // Memoised recursion on (pattern index, text index): O(p × t).
    let mut memo = vec![None; (pattern.len() + 1) * (text.len() + 1)];
    glob_at(pattern, text, 0, 0, &mut memo)
}

fn glob_at(p: &[char], t: &[char], i: usize, j: usize, memo: &mut [Option<bool>]) -> bool {
    let key = i * (t.len() + 1) + j;
    if let Some(known) = memo.get(key).copied().flatten() {
        return known;
    }
    let result = match p.get(i) {
        None => j == t.len(),
        Some('*') => {
            let double = p.get(i + 1) == Some(&'*');
            let next = if double { i + 2 } else { i + 1 };
            // `**/` also matches no folder at all.
            if double && p.get(next) == Some(&'/') && glob_at(p, t, next + 1, j, memo) {
                true
            } else {
                let mut k = j;
                loop {
                    if glob_at(p, t, next, k, memo) {
                        break true;
                    }
                    match t.get(k) {
                        Some('/') if !double => break false,
                        Some(_) => k += 1,
                        None => break false,
                    }
                }
            }
        }
        Some('?') => matches!(t.get(j), Some(c) if *c != '/') && glob_at(p, t, i + 1, j + 1, memo),
        Some(c) => t.get(j) == Some(c) && glob_at(p, t, i + 1, j + 1, memo),
    };
    if let Some(slot) = memo.get_mut(key) {
        *slot = Some(result);
    }
    result
}

/// Parses `--from FORMAT`: a format the crate reads.
pub(super) fn parse_from(text: &str) -> Result<Format, String> {
    match text.parse::<Format>() {
        Ok(format) if format.reader().is_some() => Ok(format),
        Ok(format) => Err(format!(
            "the crate cannot read {} (`{format}`) yet; it reads {}",
            format.title(),
            names(Format::readable())
        )),
        Err(_) => Err(format!(
            "unknown format `{text}`; the crate reads {}",
            names(Format::readable())
        )),
    }
}

/// `a`, `b`, `c`: the formats' command-line names.
pub(super) fn names(formats: impl Iterator<Item = Format>) -> String {
    formats
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `pipeline`, reading every document as `from` when it is given (`--from FORMAT`), else
/// recognising each.
pub(super) fn reading(pipeline: Pipeline, from: Option<Format>) -> Pipeline {
    match from.and_then(Format::reader) {
        Some(kind) => pipeline.reading_as(kind),
        None => pipeline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_names_and_paths() {
        assert!(Glob::new("*.yaml").matches("a.yaml"));
        assert!(!Glob::new("*.yaml").matches("a/b.yaml"));
        assert!(Glob::new("**/b.yaml").matches("a/c/b.yaml"));
        assert!(Glob::new("**/b.yaml").matches("b.yaml"));
        assert!(Glob::new("a/**").matches("a/x/y"));
        assert!(Glob::new("dra?t").matches("draft"));
        assert!(!Glob::new("dra?t").matches("dra/t"));
        assert!(Glob::new("drafts").matches_entry("drafts", "x/drafts"));
        assert!(!Glob::new("x/drafts").matches_entry("drafts", "y/drafts"));
        // No exponential blow-up on many stars.
        let long = "a".repeat(200);
        assert!(!Glob::new(&"*a".repeat(30)).matches(&(long + "b")));
    }

    #[test]
    fn lines_are_bounded_and_numbered() {
        let input = b"{\"a\":1}\r\n\n   \nxxxxxxxxxxxxxxxxxxxx\n{}".to_vec();
        let mut lines = Lines {
            reader: Box::new(std::io::Cursor::new(input)),
            name: "c.jsonl".to_owned(),
            line: 0,
            max_bytes: 10,
        };
        let first = lines.next_unit().unwrap();
        assert_eq!(first.name, "c.jsonl:1");
        assert!(matches!(first.body, Body::Line { ref bytes, line: 1 } if bytes == b"{\"a\":1}"));
        let long = lines.next_unit().unwrap();
        assert_eq!(long.name, "c.jsonl:4");
        assert!(
            matches!(long.body, Body::Failed(ref d) if d.code == Code::LimitExceeded && d.line == Some(4))
        );
        let last = lines.next_unit().unwrap();
        assert!(matches!(last.body, Body::Line { line: 5, .. }));
        assert!(lines.next_unit().is_none());
    }

    #[test]
    fn markers_are_found() {
        assert!(has_marker(b"spec_version: 0.1.0\n"));
        assert!(has_marker(b"{\"framework\": {}}"));
        assert!(!has_marker(b"{\"name\": \"package\"}"));
    }
}
