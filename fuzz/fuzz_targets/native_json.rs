//! The whole pipeline on a native description written as JSON: parse, upgrade, schema, typed
//! load and semantic rules, then every built-in framework on what loads. Nothing panics, every
//! diagnostic with a line has a column, and a release that loads writes back as JSON that loads to
//! the same release.
#![no_main]

use ai_openness::ValidatorOptions;
use ai_openness::classify::assess_all;
use ai_openness::document::{self, Format};
use ai_openness::pipeline::{DocumentKind, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| {
    Pipeline::new(ValidatorOptions::default().with_max_bytes(1 << 20))
        .reading_as(DocumentKind::Description)
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let processed = PIPELINE.process_str(text, Some(Format::Json));
    for d in processed.diagnostics() {
        assert_eq!(d.line.is_some(), d.column.is_some(), "{d}");
    }
    if let Some(release) = processed.release() {
        let assessment = assess_all(release);
        serde_json::to_string(&assessment).expect("an assessment serialises");
        let json = document::to_json_string(release).expect("a release serialises");
        let again = document::from_str(&json, Format::Json).expect("written JSON reloads");
        assert_eq!(&again, release, "JSON round trip changed the release");
    }
});
