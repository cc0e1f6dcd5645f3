//! The Model Openness Tool YAML reader and the MOF engine on arbitrary text: a file is either
//! classified (class 0–3, progress within 0–100) or rejected with a kind; nothing panics.
#![no_main]

use ai_openness::classify::mof_1_0::classify_mot_yaml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let outcome = classify_mot_yaml(text);
    if let Some(result) = outcome.result() {
        assert!(result.class <= 3);
        for p in [
            result.progress.class_1,
            result.progress.class_2,
            result.progress.class_3,
        ] {
            assert!((0.0..=100.0).contains(&p), "progress {p}");
        }
    }
});
