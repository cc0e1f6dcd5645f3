//! The custom profile loader on arbitrary text in both formats: it may fail, but never panics,
//! and every error has a location. A profile that loads classifies releases without panicking,
//! reports one of its own level tokens, and writes back as JSON that loads to the same profile.
#![no_main]

use ai_openness::classify::custom::{self, load_profile_with_limits};
use ai_openness::document::{self, Format, Limits};
use libfuzzer_sys::fuzz_target;

/// Releases to classify a loaded profile on: empty, and one component of several kinds with
/// open, closed, unknown and absent licences, availabilities and facts.
const RELEASES: &[&str] = &[
    "spec_version: 0.1.0\nname: Empty\n",
    "spec_version: 0.1.0\nname: Mixed\nkind: system\n\
     facts: {training_compute_flop: 1.0e24, systemic_risk: false, monetisation: {price: true}}\n\
     components:\n\
     \x20 - {kind: model_weights, license: MIT OR LicenseRef-Llama-3.1-Community, availability: gated}\n\
     \x20 - {kind: training_code, license: NONE}\n\
     \x20 - {kind: training_code, license: NOASSERTION, availability: public}\n\
     \x20 - {kind: pretraining_data, availability: third_party_obtainable}\n\
     \x20 - {kind: model_card, license: CC-BY-4.0, evidence: [{url: https://example.org}]}\n\
     \x20 - {kind: guardrail_model, license: LicenseRef-Unheard-Of}\n",
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits::default()
        .with_max_depth(64)
        .with_max_nodes(20_000)
        .with_max_bytes(1 << 20);
    for format in [Format::Json, Format::Yaml] {
        match load_profile_with_limits(text, format, &limits) {
            Ok(profile) => {
                for release in RELEASES {
                    let release =
                        document::from_str(release, Format::Yaml).expect("the releases load");
                    let verdict = custom::classify(&release, &profile);
                    assert!(
                        profile.level_tokens().any(|t| t == verdict.level),
                        "level `{}` is not a token of the profile",
                        verdict.level
                    );
                    assert_eq!(verdict.criteria.len(), profile.file().criteria.len());
                    serde_json::to_string(&verdict).expect("a classification serialises");
                }
                let json = serde_json::to_string(profile.file()).expect("a profile serialises");
                let again = custom::load_profile(&json, Format::Json)
                    .expect("a loaded profile, written as JSON, loads again");
                assert_eq!(again, profile, "JSON round trip changed the profile");
            }
            Err(e) => {
                let loc = e.location().expect("a load error from text has a location");
                assert!(loc.line.is_some(), "no line in {e}");
            }
        }
    }
});
