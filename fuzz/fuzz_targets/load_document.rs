//! The document loader on arbitrary text in both formats: it may fail, but never panic, every
//! error has a location, and a release that loads writes back and reloads to the same value.
#![no_main]

use ai_openness::document::{self, Format, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits::default()
        .with_max_depth(64)
        .with_max_nodes(20_000)
        .with_max_bytes(1 << 20);
    for format in [Format::Json, Format::Yaml] {
        match document::load(text, format, &limits) {
            Ok(loaded) => {
                let json = document::to_json_string(&loaded.release).expect("a release serialises");
                let again = document::from_str(&json, Format::Json).expect("written JSON reloads");
                assert_eq!(again, loaded.release, "JSON round trip changed the release");
            }
            Err(e) => {
                let loc = e.location().expect("a load error from text has a location");
                assert!(loc.line.is_some(), "no line in {e}");
            }
        }
    }
});
