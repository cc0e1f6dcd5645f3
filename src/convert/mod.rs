//! Converters: a release written out in the formats people already publish, and the table of
//! every format the crate reads or writes ([`Format`]).
//!
//! Reading goes through the document pipeline (`crate::pipeline`), which recognises each format
//! and hands it to its importer (`crate::import`); this module adds the other direction, one
//! module per target format, each with `pub fn export(release: &Release) -> Result<Exported>`:
//!
//! * [`native`]: the crate's own document, JSON or YAML (`docs/format.md`);
//! * [`mot`]: a Model Openness Tool model file (MOF 1.0 YAML);
//! * [`spdx3`]: an SPDX 3.0.1 JSON-LD document with the AI and Dataset profiles;
//! * [`cyclonedx`]: a CycloneDX 1.6 ML-BOM;
//! * [`croissant`]: the release's data set as a Croissant 1.1 description.
//!
//! An exporter never drops a field silently: what the target format cannot express is listed in
//! [`Exported::unmapped`], with its JSON Pointer into the release (the native document).
//!
//! Adding a format is one importer module (and its pipeline reader), one exporter module here
//! when it has one, and one entry of [`Format`] and its table.
//!
//! ```
//! use ai_openness::convert::{self, Format};
//! use ai_openness::model::{Component, ComponentKind, Release};
//!
//! let release = Release::new("Tiny").with_component(Component::new(ComponentKind::ModelWeights));
//! let format: Format = "mot".parse()?;
//! let exported = format.export(&release)?;
//! assert!(exported.text.contains("Model parameters (Final)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod croissant;
pub mod cyclonedx;
pub mod mot;
pub mod native;
pub mod spdx3;

use crate::error::{Error, Result};
use crate::model::Release;
use crate::pipeline::DocumentKind;
use crate::value::vocabulary;

pub use crate::import::Unmapped;

vocabulary! {
    /// A description format the crate reads, writes, or both, by its command-line name
    /// (`convert --from FORMAT --to FORMAT`, `--from FORMAT` on `validate`, `classify` and
    /// `export`).
    pub enum Format {
        /// The crate's own document format (`docs/format.md`), JSON or YAML.
        Native = "native",
        /// A Model Openness Tool model file (MOF 1.0 YAML, `docs/mot-rules.md`).
        Mot = "mot",
        /// A Hugging Face model card (`README.md` with YAML front matter).
        HfCard = "hf-card",
        /// A Croissant 1.0/1.1 dataset description (JSON-LD).
        Croissant = "croissant",
        /// An SPDX 3.0.1 document with the AI and Dataset profiles (JSON-LD).
        Spdx3 = "spdx3",
        /// A CycloneDX 1.6/1.7 ML-BOM (JSON).
        CycloneDx = "cyclonedx",
        /// An entry of the European Open Source AI Index (YAML).
        OsaiIndex = "osai-index",
    }
}

/// An exporter: a release written in one format.
pub type Exporter = fn(&Release) -> Result<Exported>;

/// What a format has: a title, the pipeline kind that reads it, the function that writes it.
struct Entry {
    format: Format,
    title: &'static str,
    reader: Option<DocumentKind>,
    exporter: Option<Exporter>,
}

/// Every format, with its reader and exporter (`None` where the crate has none yet).
const FORMATS: &[Entry] = &[
    Entry {
        format: Format::Native,
        title: "ai-openness description",
        reader: Some(DocumentKind::Description),
        exporter: Some(native::export),
    },
    Entry {
        format: Format::Mot,
        title: "Model Openness Tool model file",
        reader: Some(DocumentKind::Mot),
        exporter: Some(mot::export),
    },
    Entry {
        format: Format::HfCard,
        title: "Hugging Face model card",
        reader: Some(DocumentKind::HfCard),
        exporter: None,
    },
    Entry {
        format: Format::Croissant,
        title: "Croissant dataset description",
        reader: Some(DocumentKind::Croissant),
        exporter: Some(croissant::export),
    },
    Entry {
        format: Format::Spdx3,
        title: "SPDX 3 AI BOM",
        reader: Some(DocumentKind::Spdx3),
        exporter: Some(spdx3::export),
    },
    Entry {
        format: Format::CycloneDx,
        title: "CycloneDX ML-BOM",
        reader: Some(DocumentKind::CycloneDx),
        exporter: Some(cyclonedx::export),
    },
    Entry {
        format: Format::OsaiIndex,
        title: "European Open Source AI Index entry",
        reader: Some(DocumentKind::OsaiIndex),
        exporter: None,
    },
];

impl Format {
    fn entry(self) -> &'static Entry {
        FORMATS
            .iter()
            .find(|e| e.format == self)
            .unwrap_or(&FORMATS[0])
    }

    /// The format's name for people ("Model Openness Tool model file").
    #[must_use]
    pub fn title(self) -> &'static str {
        self.entry().title
    }

    /// The kind of document the pipeline reads this format as, when the crate reads it
    /// (`crate::pipeline::Pipeline::reading_as`).
    #[must_use]
    pub fn reader(self) -> Option<DocumentKind> {
        self.entry().reader
    }

    /// The format of a kind of document the pipeline recognised.
    #[must_use]
    pub fn of_kind(kind: DocumentKind) -> Option<Self> {
        FORMATS
            .iter()
            .find(|e| e.reader == Some(kind))
            .map(|e| e.format)
    }

    /// The exporter, when the crate writes this format.
    #[must_use]
    pub fn exporter(self) -> Option<Exporter> {
        self.entry().exporter
    }

    /// The formats the crate reads.
    pub fn readable() -> impl Iterator<Item = Self> {
        Self::ALL.iter().copied().filter(|f| f.reader().is_some())
    }

    /// The formats the crate writes.
    pub fn writable() -> impl Iterator<Item = Self> {
        Self::ALL.iter().copied().filter(|f| f.exporter().is_some())
    }

    /// Writes `release` in this format.
    ///
    /// # Errors
    /// [`Error::Write`] when the crate has no exporter for the format, or the exporter fails.
    pub fn export(self, release: &Release) -> Result<Exported> {
        let exporter = self.exporter().ok_or_else(|| Error::Write {
            message: format!(
                "the crate cannot write {} (`{self}`); it writes {}",
                self.title(),
                Self::writable()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })?;
        exporter(release)
    }
}

/// A release written in another format, and what that format could not express.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exported {
    /// The document, as text.
    pub text: String,
    /// The fields of the release the format cannot express, with their pointers into the
    /// release.
    pub unmapped: Vec<Unmapped>,
}

impl Exported {
    /// `text`, with nothing left out.
    #[must_use]
    pub fn new(text: String) -> Self {
        Self {
            text,
            unmapped: Vec::new(),
        }
    }
}

/// Lists each release-level field that is `present` as unmapped (no value shown), because `why`.
pub(crate) fn unmapped_fields(unmapped: &mut Vec<Unmapped>, fields: &[(&str, bool)], why: &str) {
    for (field, present) in fields {
        if *present {
            unmapped.push(Unmapped::new(*field, "", why));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_has_one_entry_in_order() {
        assert_eq!(FORMATS.len(), Format::ALL.len());
        for (entry, format) in FORMATS.iter().zip(Format::ALL) {
            assert_eq!(entry.format, *format);
        }
        assert_eq!("hf-card".parse::<Format>().ok(), Some(Format::HfCard));
        assert_eq!(Format::of_kind(DocumentKind::Mot), Some(Format::Mot));
        assert!(Format::OsaiIndex.export(&Release::new("x")).is_err());
    }
}
