//! The neutral input of the MOF 1.0 engine: what a release says about its components and
//! licences, independent of the document format it came from.
//!
//! MOT YAML is read into this form by [`super::mot_yaml`]; other documents can be mapped into it
//! too. The licence values keep the distinctions MOT makes (`docs/mot-rules.md` rules 6, 7 and 10).

use super::components::ContentType;

/// Where a value sits in its source document (1-based line and column).
#[allow(
    clippy::exhaustive_structs,
    reason = "a position in a text is its line and column"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
pub struct SourceLocation {
    /// Line number, starting at 1.
    pub line: u32,
    /// Column number in characters, starting at 1.
    pub column: u32,
}

/// A licence value as a release states it, with the cases MOT tells apart.
///
/// `docs/mot-rules.md#rule-6`: "a `license` key that is present and not null always wins;
/// `unlicensed`, `''` and `'0'` mean unlicensed with no fallback. If the key is absent or null, use
/// the global licence". Rule 10: "A licence value that is not a string and is truthy (number, bool,
/// list, date) makes MOT reject the model; a falsy one (`0`) means unlicensed."
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum LicenceValue {
    /// No licence key at all: fall back to the global licences.
    #[default]
    Absent,
    /// An explicit null (`~`, `null`, an empty value): fall back to the global licences.
    Null,
    /// A string, kept exactly as written (no trimming). `unlicensed`, `''` and `'0'` mean
    /// "no licence".
    Text(String),
    /// A non-string value that PHP treats as false (`0`, `0.0`, `false`, an empty list or
    /// mapping): MOT reads it as "no licence". The text is a rendering of the value.
    Falsy(String),
    /// A non-string value that PHP treats as true (a non-zero number, `true`, a date, a
    /// non-empty list or mapping): MOT rejects the whole model. The text is a rendering of the
    /// value.
    Truthy(String),
}

impl LicenceValue {
    /// A string licence value.
    #[must_use]
    pub fn text(value: impl Into<String>) -> Self {
        Self::Text(value.into())
    }
}

/// One entry of the release's component list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct MofComponentInput {
    /// The component name exactly as written (matched case-sensitively,
    /// `docs/mot-rules.md#rule-8`).
    pub name: String,
    /// The component's own licence value.
    pub license: LicenceValue,
    /// Where the entry's licence (or, without one, the entry) is in the source, if known.
    pub location: Option<SourceLocation>,
    /// The JSON Pointer of the entry in its source document (`/release/components/3` in a MOT
    /// file, `/components/3` in a native description), if known. Used to explain verdicts only.
    pub pointer: Option<String>,
}

impl MofComponentInput {
    /// An entry named `name` with licence `license` and no source location.
    #[must_use]
    pub fn new(name: impl Into<String>, license: LicenceValue) -> Self {
        Self {
            name: name.into(),
            license,
            location: None,
            pointer: None,
        }
    }
}

/// One of the release-wide licences (`release.license.<kind>`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum GlobalLicence {
    /// The entry is absent or null.
    #[default]
    Absent,
    /// The entry is present but is not a mapping (for example `code: MIT`); MOT skips it.
    NotAMapping {
        /// Where the entry is in the source, if known.
        location: Option<SourceLocation>,
    },
    /// A mapping; `name` is its `name` value (`Absent` when the key is missing).
    Named {
        /// The `name` value.
        name: LicenceValue,
        /// Where the `name` value (or, without one, the entry) is in the source, if known.
        location: Option<SourceLocation>,
    },
}

impl GlobalLicence {
    /// A mapping entry whose name is the string `name`.
    #[must_use]
    pub fn named(name: impl Into<String>) -> Self {
        Self::Named {
            name: LicenceValue::Text(name.into()),
            location: None,
        }
    }
}

/// The release-wide licences (`release.license`), used for components without their own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct GlobalLicences {
    /// `distribution`: the last fallback for every component.
    pub distribution: GlobalLicence,
    /// `code`: the first fallback for code components.
    pub code: GlobalLicence,
    /// `data`: the first fallback for data components.
    pub data: GlobalLicence,
    /// `document`: the first fallback for documentation components.
    pub document: GlobalLicence,
}

impl GlobalLicences {
    /// The global licence for components of `content_type`.
    #[must_use]
    pub fn for_content_type(&self, content_type: ContentType) -> &GlobalLicence {
        match content_type {
            ContentType::Code => &self.code,
            ContentType::Data => &self.data,
            ContentType::Document => &self.document,
        }
    }
}

/// A release, as the MOF 1.0 engine sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct MofInput {
    /// The release name (`release.name`).
    pub name: String,
    /// The listed components, in source order (the order matters: `docs/mot-rules.md` rules 8 and
    /// 13).
    pub components: Vec<MofComponentInput>,
    /// The release-wide licences.
    pub global: GlobalLicences,
}
