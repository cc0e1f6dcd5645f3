//! The importer of a Croissant 1.0/1.1 JSON-LD dataset description on arbitrary text, through the document pipeline
//! (`common/import_format.rs` says what is checked).
#![no_main]

#[path = "common/import_format.rs"]
mod common;

use ai_openness::convert::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::check(Format::Croissant, data));
