//! The validator on arbitrary text, then every built-in framework on what loads: no panic, every
//! diagnostic that has a line has a column, and every classification of a release that loaded
//! (even one the semantic rules find errors in) serialises to JSON. A valid custom profile file
//! is a valid document with no release.
#![no_main]

use ai_openness::classify::classify_all;
use ai_openness::document::Format;
use ai_openness::validate::{Validator, ValidatorOptions};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static VALIDATOR: LazyLock<Validator> =
    LazyLock::new(|| Validator::new(ValidatorOptions::default().with_max_bytes(1 << 20)));

fuzz_target!(|data: &[u8]| {
    for format in [Format::Json, Format::Yaml] {
        let report = VALIDATOR.validate_bytes(data, Some(format));
        for d in &report {
            assert_eq!(d.line.is_some(), d.column.is_some(), "{d}");
        }
        if let Some(release) = report.release() {
            for verdict in classify_all(release) {
                serde_json::to_string(&verdict).expect("a classification serialises");
            }
        }
    }
});
