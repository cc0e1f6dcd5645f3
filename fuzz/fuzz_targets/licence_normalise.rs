//! The licence normaliser (licence names as written in metadata: "Apache 2.0", "llama3.1") on
//! arbitrary text: it answers in bounded time; a match names an id of the SPDX list or of the licence table (or an
//! ambiguity with its candidates, never exactly one), which parses as an SPDX expression; the answer does not
//! depend on case or surrounding whitespace.
#![no_main]

use ai_openness::licence::{self, LicenceExpression};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(found) = licence::normalise(text) else {
        return;
    };
    assert_eq!(found.input, text);
    match found.id {
        Some(id) => {
            assert!(!found.is_ambiguous());
            assert!(found.candidates().is_empty());
            let _ = found.info();
            LicenceExpression::parse(id).expect("a normalised id parses");
        }
        None => {
            assert!(found.is_ambiguous());
            // Placeholders (`other`) and large families have no candidates.
            assert!(
                found.candidates().len() != 1,
                "one candidate is no ambiguity: {found:?}"
            );
            for id in found.candidates() {
                assert!(
                    licence::lookup(id).is_some(),
                    "candidate `{id}` not in the table"
                );
            }
        }
    }
    let padded = format!("  {}  ", text.to_ascii_uppercase());
    if text.is_ascii() {
        let again = licence::normalise(&padded).map(|n| n.id);
        assert_eq!(
            again,
            Some(found.id),
            "case or whitespace changed the answer for {text:?}"
        );
    }
});
