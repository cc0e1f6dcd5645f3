//! Helpers for tests that build releases from YAML and edit their components.
#![allow(dead_code)]

use ai_openness::Release;
use ai_openness::classify::Classification;
use ai_openness::document::{self, Format};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{Availability, ComponentKind as K};

pub(crate) fn load(yaml: &str) -> Release {
    document::from_str(yaml, Format::Yaml).unwrap_or_else(|e| panic!("test release: {e}"))
}

pub(crate) fn index(release: &Release, kind: K) -> usize {
    release
        .components
        .iter()
        .position(|c| c.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} component"))
}

pub(crate) fn set_licence(release: &mut Release, kind: K, expression: &str) {
    let i = index(release, kind);
    release.components[i].license = Some(Licence::new(
        LicenceExpression::parse(expression).expect("test licence parses"),
    ));
}

pub(crate) fn set_availability(release: &mut Release, kind: K, availability: Availability) {
    let i = index(release, kind);
    release.components[i].availability = availability;
}

pub(crate) fn remove(release: &mut Release, kind: K) {
    release.components.retain(|c| c.kind != kind);
}

pub(crate) fn json(c: &Classification) -> serde_json::Value {
    serde_json::to_value(c).expect("classification serialises")
}

pub(crate) fn example(name: &str) -> Release {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(format!("{name}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    document::from_str(&text, Format::Yaml).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every shipped example description (`examples/*.yaml`, profiles excluded), by file name.
pub(crate) fn examples() -> Vec<(String, Release)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 name")
            .to_owned();
        out.push((name.clone(), example(&name)));
    }
    out
}

/// Checks that a built-in classification reads its framework's spec: the level and every next
/// step's target are levels of the spec (the targets above the level reached), and every
/// criterion tests an item of the spec, with the item's id and the item's clause.
pub(crate) fn assert_reads_its_spec(
    c: &Classification,
    spec: &ai_openness::classify::FrameworkSpec,
) {
    assert_eq!(c.framework, spec.id);
    let level = spec
        .level(c.level.token())
        .unwrap_or_else(|| panic!("{}: `{}` is not a level of the spec", spec.id, c.level));
    assert_eq!(c.level.label(), level.label);
    assert_eq!(c.level.rank(), level.rank);
    for step in &c.next_steps {
        let target = spec
            .level(step.target.token())
            .unwrap_or_else(|| panic!("{}: target `{}`", spec.id, step.target));
        assert!(target.rank > level.rank, "{}: {}", spec.id, step.message);
    }
    for criterion in &c.criteria {
        let item = criterion
            .item
            .unwrap_or_else(|| panic!("{}: `{}` names no item", spec.id, criterion.id));
        assert!(
            spec.item(item.id).is_some(),
            "{}: `{}` is not an item of the spec",
            spec.id,
            item.id
        );
        assert_eq!(criterion.id, item.id);
        assert!(
            criterion.clause.starts_with(item.clause),
            "{}: {} / {}",
            criterion.id,
            criterion.clause,
            item.clause
        );
    }
}
