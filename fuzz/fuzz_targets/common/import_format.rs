//! What every importer target checks: arbitrary text read as one format through the document
//! pipeline (the way `--from FORMAT` reads it) never panics; every diagnostic is located (a JSON
//! Pointer, line and column together); a release that loads classifies under every built-in
//! framework, writes back as native JSON that reloads to the same release, and, for a format
//! the crate also writes, exports to that format and reads back without an error.

use ai_openness::classify::classify_all;
use ai_openness::convert::Format;
use ai_openness::document;
use ai_openness::pipeline::Pipeline;

/// Runs `data` through the pipeline as `format`.
pub fn check(format: Format, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let kind = format.reader().expect("the format has a reader");
    let pipeline = Pipeline::default().reading_as(kind);
    let processed = pipeline.process_str(text, None);
    for d in processed.diagnostics() {
        assert!(
            d.pointer.is_empty() || d.pointer.starts_with('/'),
            "a diagnostic's pointer is a JSON Pointer: {d}"
        );
        assert_eq!(d.line.is_some(), d.column.is_some(), "{d}");
    }
    let Some(release) = processed.release() else {
        return;
    };
    for verdict in classify_all(release) {
        serde_json::to_string(&verdict).expect("a classification serialises");
    }
    let json = document::to_json_string(release).expect("a release serialises");
    let again = document::from_str(&json, document::Format::Json).expect("written JSON reloads");
    assert_eq!(&again, release, "JSON round trip changed the release");
    if format.exporter().is_some() {
        let exported = format.export(release).expect("an imported release exports");
        let back = pipeline.process_str(&exported.text, None);
        assert!(
            back.release().is_some(),
            "the export reads back: {:?}",
            back.diagnostics()
        );
    }
}
