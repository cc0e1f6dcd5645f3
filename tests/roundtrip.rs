//! Round trips over generated releases: typed → JSON → typed and typed → YAML → typed are
//! lossless, through both serde directly and the crate's own loader (positions, core schema).

mod common;

use ai_openness::document::{self, Format};
use common::strategies;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_round_trip(release in strategies::release()) {
        let json = document::to_json_string(&release).unwrap();
        prop_assert_eq!(&document::from_str(&json, Format::Json).unwrap(), &release);
        prop_assert_eq!(&serde_json::from_str::<ai_openness::Release>(&json).unwrap(), &release);
    }

    #[test]
    fn yaml_round_trip(release in strategies::release()) {
        let yaml = document::to_yaml_string(&release).unwrap();
        let back = document::from_str(&yaml, Format::Yaml);
        prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), yaml);
        prop_assert_eq!(&back.unwrap(), &release);
    }
}
