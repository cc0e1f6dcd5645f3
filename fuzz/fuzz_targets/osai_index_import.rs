//! The European Open Source AI Index importer on arbitrary text: an index entry either becomes a release with
//! located import diagnostics, or is rejected with an error that has a location. A release that
//! is imported classifies in every built-in framework and writes back as JSON that loads to the
//! same release.
#![no_main]

use ai_openness::classify::classify_all;
use ai_openness::document::{self, Format};
use ai_openness::import::osai_index;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match osai_index::to_release(text) {
        Ok(imported) => {
            for d in &imported.diagnostics {
                assert!(
                    d.pointer.is_empty() || d.pointer.starts_with('/'),
                    "an import diagnostic's pointer is a JSON Pointer: {d}"
                );
                assert_eq!(d.line.is_some(), d.column.is_some(), "{d}");
            }
            for verdict in classify_all(&imported.release) {
                serde_json::to_string(&verdict).expect("a classification serialises");
            }
            let json = document::to_json_string(&imported.release).expect("a release serialises");
            let again = document::from_str(&json, Format::Json).expect("written JSON reloads");
            assert_eq!(
                again, imported.release,
                "JSON round trip changed the release"
            );
        }
        Err(e) => {
            assert!(
                e.location().is_some(),
                "an import error from text has a location: {e}"
            );
        }
    }
});
