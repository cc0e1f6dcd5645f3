//! Running many documents: units of work spread over worker threads, their rows written in
//! input order, memory bounded however many documents come in; the tally of what was seen, the
//! progress line and the summary line on standard error.
//!
//! With `--jobs 1` everything runs on the main thread. With more, one thread produces the
//! units (walking folders, reading JSON Lines), `jobs` workers turn each into a row (read,
//! check, classify, format), and the main thread writes the rows in input order through a
//! reorder buffer. At most [`IN_FLIGHT_PER_JOB`] × `jobs` units are between the producer and the
//! output at any time (queued, being worked on, or waiting for an earlier row), so memory does
//! not grow with the input; the bytes written do not depend on `jobs`.

use std::collections::BTreeMap;
use std::io::IsTerminal as _;
use std::io::Write as _;
use std::sync::Mutex;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::input::Unit;
use super::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// How many units per worker may be in flight.
const IN_FLIGHT_PER_JOB: usize = 16;

/// The number of worker threads: `--jobs`, else every core.
pub(super) fn jobs(requested: Option<usize>) -> usize {
    requested
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// The arguments about running many documents that `validate` and `classify` share.
#[derive(Debug, Clone, clap::Args)]
pub(super) struct BatchArgs {
    /// Worker threads (default: every core). The output is the same for any number.
    #[arg(long, short = 'j', value_name = "N")]
    pub(super) jobs: Option<usize>,
    /// No progress line and no summary line on standard error.
    #[arg(long, short = 'q')]
    pub(super) quiet: bool,
}

/// `--detail`, as the command line spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum DetailArg {
    /// Each framework's level and key numbers, and counts of criteria and findings.
    Levels,
    /// Plus the findings, diagnostics, criteria and next steps.
    Criteria,
    /// Everything.
    Full,
}

impl From<DetailArg> for ai_openness::results::Detail {
    fn from(arg: DetailArg) -> Self {
        match arg {
            DetailArg::Levels => Self::Levels,
            DetailArg::Criteria => Self::Criteria,
            DetailArg::Full => Self::Full,
        }
    }
}

/// The detail asked for, else the default: `full` for JSON, `criteria` for text.
pub(super) fn detail(arg: Option<DetailArg>, json: bool) -> ai_openness::results::Detail {
    use ai_openness::results::Detail;
    arg.map_or(
        if json { Detail::Full } else { Detail::Criteria },
        Detail::from,
    )
}

/// One unit's row: the bytes to write and what it counts as.
#[derive(Debug)]
pub(super) struct Row {
    /// What to write to standard output (may be empty).
    pub(super) out: Vec<u8>,
    /// What the row counts as.
    pub(super) kind: RowKind,
    /// For outputs written once at the end (`validate --format sarif`): the document's name
    /// and diagnostics, collected in input order by the sink.
    pub(super) log: Option<(String, Vec<ai_openness::Diagnostic>)>,
}

/// What a row counts as in the summary and the exit code.
#[derive(Debug)]
pub(super) enum RowKind {
    /// A document: valid or not, and its level under each target that judged it (empty when
    /// not classified).
    Document {
        /// Valid (under `--deny-warnings`: clean).
        valid: bool,
        /// `(target id, level token)` for each target that judged it.
        levels: Vec<(String, String)>,
    },
    /// A file found by walking that carries no marker of a supported format (or, under
    /// `classify`, a custom profile): no row.
    Skipped,
    /// An input that could not be read (exit code 2).
    Unreadable,
}

/// Runs every unit through `work` and hands the rows to `sink` in input order. Stops at the
/// first error of `sink` and returns it.
pub(super) fn run<I, W, S>(units: I, jobs: usize, work: &W, mut sink: S) -> std::io::Result<()>
where
    I: Iterator<Item = Unit> + Send,
    W: Fn(Unit) -> Row + Sync,
    S: FnMut(Row) -> std::io::Result<()>,
{
    if jobs <= 1 {
        for unit in units {
            sink(work(unit))?;
        }
        return Ok(());
    }
    let capacity = jobs.saturating_mul(IN_FLIGHT_PER_JOB);
    let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Unit)>(capacity);
    let job_rx = Mutex::new(job_rx);
    let job_rx = &job_rx;
    std::thread::scope(|scope| {
        let (row_tx, row_rx) = mpsc::channel::<(u64, Row)>();
        let (ticket_tx, ticket_rx) = mpsc::sync_channel::<()>(capacity);
        for _ in 0..capacity {
            // Cannot fail: the channel has room for every ticket and its receiver is alive.
            let _ = ticket_tx.send(());
        }
        scope.spawn(move || {
            for (seq, unit) in (0_u64..).zip(units) {
                if ticket_rx.recv().is_err() || job_tx.send((seq, unit)).is_err() {
                    break;
                }
            }
        });
        for _ in 0..jobs {
            let row_tx = row_tx.clone();
            scope.spawn(move || {
                loop {
                    let next = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok((seq, unit)) = next else { break };
                    if row_tx.send((seq, work(unit))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(row_tx);
        // The consumer owns the receiving ends: returning early (a write error) drops them,
        // which stops the producer and the workers.
        let consume = move || {
            let mut waiting: BTreeMap<u64, Row> = BTreeMap::new();
            let mut next = 0_u64;
            for (seq, row) in row_rx {
                waiting.insert(seq, row);
                while let Some(row) = waiting.remove(&next) {
                    sink(row)?;
                    next += 1;
                    let _ = ticket_tx.try_send(());
                }
            }
            Ok(())
        };
        consume()
    })
}

/// What a run has seen so far.
#[derive(Debug)]
pub(super) struct Tally {
    started: Instant,
    documents: usize,
    valid: usize,
    skipped: usize,
    unreadable: usize,
    /// The targets' ids, and per target how many documents reached each level.
    targets: Vec<(String, BTreeMap<String, usize>)>,
}

impl Tally {
    /// A tally for documents classified under `targets` (ids; empty for `validate`).
    pub(super) fn new(targets: Vec<String>) -> Self {
        Self {
            started: Instant::now(),
            documents: 0,
            valid: 0,
            skipped: 0,
            unreadable: 0,
            targets: targets.into_iter().map(|t| (t, BTreeMap::new())).collect(),
        }
    }

    /// Counts one row.
    pub(super) fn add(&mut self, kind: &RowKind) {
        match kind {
            RowKind::Document { valid, levels } => {
                self.documents += 1;
                self.valid += usize::from(*valid);
                for (id, level) in levels {
                    if let Some((_, counts)) = self.targets.iter_mut().find(|(t, _)| t == id) {
                        *counts.entry(level.clone()).or_default() += 1;
                    }
                }
            }
            RowKind::Skipped => self.skipped += 1,
            RowKind::Unreadable => self.unreadable += 1,
        }
    }

    /// Documents read (unreadable inputs included: each is a row).
    pub(super) fn rows(&self) -> usize {
        self.documents + self.unreadable
    }

    /// The exit code: 2 when an input could not be read, else 1 when a document is invalid,
    /// else 0.
    pub(super) fn exit(&self) -> u8 {
        if self.unreadable > 0 {
            EXIT_USAGE
        } else if self.valid < self.documents {
            EXIT_INVALID
        } else {
            EXIT_OK
        }
    }

    /// The summary line: documents, valid, invalid, skipped, unreadable, the levels reached
    /// under each target, and the time taken.
    pub(super) fn summary(&self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut line = format!(
            "{} document{}: {} valid, {} invalid, {} skipped, {} unreadable",
            self.documents,
            plural(self.documents),
            self.valid,
            self.documents - self.valid,
            self.skipped,
            self.unreadable
        );
        for (id, counts) in &self.targets {
            if counts.is_empty() {
                continue;
            }
            let levels: Vec<String> = counts.iter().map(|(l, n)| format!("{l} {n}")).collect();
            line.push_str(&format!("; {id}: {}", levels.join(", ")));
        }
        line.push_str(&format!("; {:.2} s", self.started.elapsed().as_secs_f64()));
        line
    }
}

/// A progress line on standard error, redrawn at most five times a second, only when standard
/// error is a terminal and `--quiet` is not given.
#[derive(Debug)]
pub(super) struct Progress {
    enabled: bool,
    quiet: bool,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    /// A progress line (off under `quiet` or when standard error is not a terminal).
    pub(super) fn new(quiet: bool) -> Self {
        Self {
            enabled: !quiet && std::io::stderr().is_terminal(),
            quiet,
            last: None,
            shown: false,
        }
    }

    /// Redraws the line when it is time.
    pub(super) fn tick(&mut self, tally: &Tally) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self
            .last
            .is_some_and(|t| now.duration_since(t) < Duration::from_millis(200))
        {
            return;
        }
        self.last = Some(now);
        let secs = tally.started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 {
            format!("{:.0}/s", tally.rows() as f64 / secs)
        } else {
            String::new()
        };
        let spinner = ['|', '/', '-', '\\'][(tally.rows() / 64) % 4];
        let _ = write!(
            std::io::stderr(),
            "\r{spinner} {} documents, {} skipped, {:.1} s {rate}\x1b[K",
            tally.rows(),
            tally.skipped,
            secs
        );
        self.shown = true;
    }

    /// Clears the line and writes the summary (unless `--quiet`).
    pub(super) fn finish(&mut self, tally: &Tally) {
        let mut err = std::io::stderr().lock();
        if self.shown {
            let _ = write!(err, "\r\x1b[2K");
        }
        if !self.quiet {
            let _ = writeln!(err, "{}", tally.summary());
        }
    }
}
