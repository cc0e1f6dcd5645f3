//! SPDX licence expressions on arbitrary text (the normaliser has its own target,
//! `licence_normalise`): parsing either fails with an error
//! whose span lies inside the input, or succeeds and round-trips through its canonical form;
//! every predicate answers; nothing panics.
#![no_main]

use ai_openness::licence::{self, LicenceExpression};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match LicenceExpression::parse(text) {
        Ok(expr) => {
            let canonical = expr.canonical();
            let again = LicenceExpression::parse(&canonical).expect("canonical form parses");
            assert_eq!(again.canonical(), canonical, "canonical form is stable");
            let _ = licence::is_osi_approved(&expr);
            let _ = licence::has_use_restrictions(&expr);
            let _ = expr.ids().count();
        }
        Err(e) => {
            let span = e.span();
            assert!(
                span.start <= span.end && span.end <= text.len(),
                "span {span:?} outside input"
            );
        }
    }
});
