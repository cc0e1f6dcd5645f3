//! The European Open Source AI Index importer on arbitrary text (`common/import_text.rs` says what is checked).
#![no_main]

#[path = "common/import_text.rs"]
mod common;

use ai_openness::import::osai_index;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        common::check(osai_index::to_release(text));
    }
});
