//! What the text importer targets check: a document either becomes a release with located
//! import diagnostics, or is rejected with an error that has a location; a release that is
//! imported classifies in every built-in framework and writes back as JSON that loads to the
//! same release.

use ai_openness::Error;
use ai_openness::classify::classify_all;
use ai_openness::document::{self, Format};
use ai_openness::import::Imported;

/// Checks what an importer made of a text.
pub fn check(result: Result<Imported, Error>) {
    match result {
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
}
