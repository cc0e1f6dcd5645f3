//! The licence normaliser (licence names as written in metadata: "Apache 2.0", "llama3.1") on
//! arbitrary text: it answers in bounded time; a match names an id of the SPDX list or of the licence table (or an
//! ambiguity with its candidates, never exactly one), which parses as an SPDX expression; the answer does not
//! depend on surrounding whitespace.
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
            // A candidate is an SPDX id or an id of the table (not necessarily in the table:
            // `cc-by` could mean CC-BY-3.0, which the table does not list); it parses.
            for id in found.candidates() {
                LicenceExpression::parse(id)
                    .unwrap_or_else(|e| panic!("candidate `{id}` does not parse: {e}"));
            }
        }
    }
    // Surrounding whitespace never changes the answer. Case can: `gpl-3.0` is the Hugging Face id
    // (ambiguous: only or or-later), `GPL-3.0` the deprecated SPDX id (which means `-only`); see
    // tests/fuzz_regressions.rs.
    let padded = format!("  {text}\t ");
    let again = licence::normalise(&padded).map(|n| n.id);
    assert_eq!(
        again,
        Some(found.id),
        "whitespace changed the answer for {text:?}"
    );
});
