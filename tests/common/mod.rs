//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub(crate) mod releases;
pub(crate) mod strategies;

use std::path::PathBuf;

/// The `shared/` folder with third-party fixtures, or `None` (after printing a notice) when it is
/// absent. It sits beside the repository (`$CARGO_MANIFEST_DIR/../shared`); the environment variable
/// `AI_OPENNESS_SHARED` overrides the location. Under `CI=true` its absence fails the test, so a
/// suite can never pass by skipping in CI.
#[track_caller]
pub(crate) fn shared_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("AI_OPENNESS_SHARED") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    };
    if dir.join("fixtures").is_dir() {
        return Some(dir);
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(
        !ci,
        "shared fixtures not found at {} (CI=true: refusing to skip)",
        dir.display()
    );
    eprintln!(
        "notice: shared fixtures not found at {}; skipping (set AI_OPENNESS_SHARED to run)",
        dir.display()
    );
    None
}

/// A fixture file under `shared/fixtures/`, or `None` when the shared folder is absent.
#[track_caller]
pub(crate) fn fixture(rel: &str) -> Option<PathBuf> {
    shared_dir().map(|d| d.join("fixtures").join(rel))
}
