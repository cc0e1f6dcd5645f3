//! The crate's own document format (`docs/format.md`): every field of the release maps, so
//! nothing is ever unmapped.

use super::Exported;
use crate::document;
use crate::error::Result;
use crate::model::Release;

/// Writes `release` as a native description in JSON (pretty-printed, with a trailing newline).
///
/// # Errors
/// [`crate::Error::Write`] if serialisation fails (it does not for releases built from the
/// model's types).
pub fn export(release: &Release) -> Result<Exported> {
    document::to_json_string(release).map(Exported::new)
}

/// Writes `release` as a native description in YAML.
///
/// # Errors
/// [`crate::Error::Write`] if serialisation fails.
pub fn export_yaml(release: &Release) -> Result<Exported> {
    document::to_yaml_string(release).map(Exported::new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Completeness, Component, ComponentKind};

    #[test]
    fn native_json_and_yaml_read_back_to_the_same_release() {
        let release = Release::new("Tiny")
            .with_component(Component::new(ComponentKind::ModelWeights))
            .with_completeness(Completeness::new(
                [ComponentKind::ModelWeights],
                "the producer",
            ));
        let json = export(&release).unwrap();
        assert!(json.unmapped.is_empty());
        let back = document::from_str(&json.text, crate::validate::Format::Json).unwrap();
        assert_eq!(back, release);
        let yaml = export_yaml(&release).unwrap();
        let back = document::from_str(&yaml.text, crate::validate::Format::Yaml).unwrap();
        assert_eq!(back, release);
    }
}
