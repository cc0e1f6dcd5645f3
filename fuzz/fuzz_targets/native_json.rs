//! The whole pipeline on a native description written as JSON (`common/native.rs` says what is
//! checked).
#![no_main]

#[path = "common/native.rs"]
mod common;

use ai_openness::document::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::check(data, Format::Json));
