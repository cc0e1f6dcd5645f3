//! What the native targets check: the whole pipeline on a description (parse, upgrade, schema,
//! typed load and semantic rules, then every built-in framework on what loads). Nothing panics,
//! every diagnostic with a line has a column, and a release that loads writes back in the same
//! syntax and loads to the same release.

use std::sync::LazyLock;

use ai_openness::ValidatorOptions;
use ai_openness::classify::assess_all;
use ai_openness::document::{self, Format};
use ai_openness::pipeline::{DocumentKind, Pipeline};

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| {
    Pipeline::new(ValidatorOptions::default().with_max_bytes(1 << 20))
        .reading_as(DocumentKind::Description)
});

/// Runs `data` through the pipeline as a description in `format`.
pub fn check(data: &[u8], format: Format) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let processed = PIPELINE.process_str(text, Some(format));
    for d in processed.diagnostics() {
        assert_eq!(d.line.is_some(), d.column.is_some(), "{d}");
    }
    if let Some(release) = processed.release() {
        let assessment = assess_all(release);
        serde_json::to_string(&assessment).expect("an assessment serialises");
        let written = if format == Format::Json {
            document::to_json_string(release)
        } else {
            document::to_yaml_string(release)
        }
        .expect("a release serialises");
        let again = document::from_str(&written, format).expect("the written text reloads");
        assert_eq!(&again, release, "{format:?} round trip changed the release");
    }
}
