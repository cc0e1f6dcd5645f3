//! Helpers for tests that build releases from YAML and edit their components.
#![allow(dead_code)]

use ai_openness::Release;
use ai_openness::classify::Classification;
use ai_openness::document::{self, Format};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{Availability, ComponentKind as K};

pub fn load(yaml: &str) -> Release {
    document::from_str(yaml, Format::Yaml).unwrap_or_else(|e| panic!("test release: {e}"))
}

pub fn index(release: &Release, kind: K) -> usize {
    release
        .components
        .iter()
        .position(|c| c.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} component"))
}

pub fn set_licence(release: &mut Release, kind: K, expression: &str) {
    let i = index(release, kind);
    release.components[i].license = Some(Licence::new(
        LicenceExpression::parse(expression).expect("test licence parses"),
    ));
}

pub fn set_availability(release: &mut Release, kind: K, availability: Availability) {
    let i = index(release, kind);
    release.components[i].availability = availability;
}

pub fn remove(release: &mut Release, kind: K) {
    release.components.retain(|c| c.kind != kind);
}

pub fn json(c: &Classification) -> serde_json::Value {
    serde_json::to_value(c).expect("classification serialises")
}

pub fn example(name: &str) -> Release {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(format!("{name}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    document::from_str(&text, Format::Yaml).unwrap_or_else(|e| panic!("{name}: {e}"))
}
