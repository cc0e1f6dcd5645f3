//! The importer of a Hugging Face model card (Markdown with YAML front matter) on arbitrary text, through the document pipeline
//! (`common/import_format.rs` says what is checked).
#![no_main]

#[path = "common/import_format.rs"]
mod common;

use ai_openness::convert::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::check(Format::HfCard, data));
