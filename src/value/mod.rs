//! The bottom layer's shared value types: validated identifiers (IRIs, URLs, dates, checksums, the
//! format version), the content types licences are written for, the tri-state truth values used by
//! licence facts and classifications, and the `vocabulary!` macro that declares closed vocabularies.
//!
//! Nothing here imports another module of the crate. The types are re-exported where users look for
//! them: [`crate::model`] (identifiers, `ContentType`, `UnknownValue`), [`crate::licence`] (`Tri`) and
//! [`crate::classify`] (`Status`).

mod content;
mod ids;
mod macros;
mod text;
mod tri;

pub use content::ContentType;
pub use ids::{Checksum, ChecksumAlgorithm, Date, InvalidValue, Iri, SpecVersion, Url};
pub(crate) use macros::vocabulary;
pub use text::escape_text;
pub(crate) use text::{is_bidi_control as is_bidi, misleading_char};
pub use tri::{Status, Tri};

/// A string that is not a value of a closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} value `{value}`")]
pub struct UnknownValue {
    vocabulary: &'static str,
    value: String,
}

impl UnknownValue {
    pub(crate) fn new(vocabulary: &'static str, value: &str) -> Self {
        Self {
            vocabulary,
            value: value.to_owned(),
        }
    }

    /// The vocabulary's type name, e.g. `ComponentKind`.
    #[must_use]
    pub fn vocabulary(&self) -> &'static str {
        self.vocabulary
    }

    /// The rejected string.
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }
}
