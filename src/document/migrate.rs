//! Migrations of older document format versions to the current one.
//!
//! A migration rewrites the JSON value of a document written in an older, incompatible format
//! version (by Cargo's rule: at 0.x, an older minor version) into the next version, and the
//! steps are chained until the document is current. Format 0.1 is the first published format, so
//! the table is empty today: a document older than 0.1 is reported as unsupported. When format
//! 0.2 is published, the 0.1 → 0.2 step is added here, and 0.1 documents keep loading.

use serde_json::Value;

use crate::model::SpecVersion;

/// One migration step: documents compatible with `from` are rewritten by `apply` into format
/// `to`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Migration {
    /// The format version the step reads (documents compatible with it, by Cargo's rule).
    pub from: SpecVersion,
    /// The format version the step writes.
    pub to: SpecVersion,
    /// What the step changes, for people.
    pub description: &'static str,
    /// Rewrites the document in place (it also sets `spec_version`).
    pub apply: fn(&mut Value),
}

/// Every migration step, oldest first.
pub const MIGRATIONS: &[Migration] = &[];

/// Runs the chain of migrations from `version` to the current version. Returns the notes of the
/// steps applied, or `None` when no chain reaches the current version.
pub(super) fn run(value: &mut Value, version: &SpecVersion) -> Option<Vec<String>> {
    run_with(MIGRATIONS, value, version)
}

fn run_with(steps: &[Migration], value: &mut Value, version: &SpecVersion) -> Option<Vec<String>> {
    let current = SpecVersion::CURRENT;
    let mut at = version.clone();
    let mut notes = Vec::new();
    while !at.is_compatible_with(&current) {
        let step = steps.iter().find(|m| at.is_compatible_with(&m.from))?;
        (step.apply)(value);
        at = step.to.clone();
        if let Some(obj) = value.as_object_mut() {
            obj.insert("spec_version".to_owned(), Value::String(at.to_string()));
        }
        notes.push(format!(
            "migrated from format {} to {at}: {}",
            step.from, step.description
        ));
    }
    Some(notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rename_title(v: &mut Value) {
        if let Some(obj) = v.as_object_mut()
            && let Some(t) = obj.remove("title")
        {
            obj.insert("name".to_owned(), t);
        }
    }

    #[test]
    fn chains_steps_until_current() {
        let steps = [
            Migration {
                from: SpecVersion::from_parts(0, 0, 1),
                to: SpecVersion::from_parts(0, 0, 2),
                description: "nothing",
                apply: |_| {},
            },
            Migration {
                from: SpecVersion::from_parts(0, 0, 2),
                to: SpecVersion::from_parts(0, 1, 0),
                description: "`title` became `name`",
                apply: rename_title,
            },
        ];
        let mut v = serde_json::json!({"spec_version": "0.0.1", "title": "x"});
        let notes = run_with(&steps, &mut v, &SpecVersion::new("0.0.1").unwrap()).unwrap();
        assert_eq!(notes.len(), 2);
        assert_eq!(v, serde_json::json!({"spec_version": "0.1.0", "name": "x"}));
    }

    #[test]
    fn no_path_is_none() {
        let mut v = serde_json::json!({"spec_version": "0.0.3"});
        assert!(run(&mut v, &SpecVersion::new("0.0.3").unwrap()).is_none());
    }
}
