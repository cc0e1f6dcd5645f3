//! MOT's facts about licences: which ids are open (`docs/mot-rules.md#rule-4`) and which content
//! types a licence suits (`docs/mot-rules.md#rule-9`).
//!
//! The data lives in `licence_table.rs` (see its header for the source files and commit). This
//! module answers questions about it the way MOT does: ids match exactly and case-sensitively,
//! and when an id occurs twice the later row wins (MOT imports `licenses.json`, then
//! `mof-licenses.json`, and each row overwrites an earlier row with the same id).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::components::ContentType;
use super::licence_table::{MOF_LIST, OPEN_DATA_LICENSES, OPEN_LICENSES, SPDX_LIST};

/// The flags MOT stores for one licence id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct LicenceFact {
    /// The licence id as MOT stores it (an SPDX id, or `OpenMDW-1.0`).
    pub id: &'static str,
    /// `isOsiApproved`.
    pub osi: bool,
    /// `isFsfLibre` (an absent flag is `false`).
    pub fsf: bool,
    /// `isDeprecatedLicenseId` (for example `GPL-2.0`, which MOT still counts as open).
    pub deprecated: bool,
}

/// A row of `mof-licenses.json`: the flags plus the `ContentType` the licence suits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct MofLicenceFact {
    /// The id and flags.
    pub fact: LicenceFact,
    /// The content types the licence is appropriate for (`ContentType`).
    pub content: ContentTypes,
}

/// A set of [`ContentType`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ContentTypes {
    code: bool,
    data: bool,
    document: bool,
}

impl ContentTypes {
    /// The empty set.
    pub const NONE: ContentTypes = ContentTypes {
        code: false,
        data: false,
        document: false,
    };

    /// The set holding only `content_type`.
    #[must_use]
    pub const fn only(content_type: ContentType) -> Self {
        Self::NONE.with(content_type)
    }

    /// This set plus `content_type`.
    #[must_use]
    pub const fn with(mut self, content_type: ContentType) -> Self {
        match content_type {
            ContentType::Code => self.code = true,
            ContentType::Data => self.data = true,
            ContentType::Document => self.document = true,
        }
        self
    }

    /// Whether the set holds `content_type`.
    #[must_use]
    pub const fn contains(self, content_type: ContentType) -> bool {
        match content_type {
            ContentType::Code => self.code,
            ContentType::Data => self.data,
            ContentType::Document => self.document,
        }
    }
}

/// What MOT ends up knowing about one id after importing both licence files.
#[derive(Debug, Clone, Copy)]
struct Known {
    fact: LicenceFact,
    content: ContentTypes,
}

/// The licence facts by id, built once: MOT's import order, a later row overwriting an earlier
/// one (`licenses.json`, then `mof-licenses.json`).
static BY_ID: LazyLock<HashMap<&'static str, Known>> = LazyLock::new(|| {
    let mut map = HashMap::with_capacity(SPDX_LIST.len() + MOF_LIST.len());
    for fact in &SPDX_LIST {
        map.insert(
            fact.id,
            Known {
                fact: *fact,
                content: ContentTypes::NONE,
            },
        );
    }
    for row in &MOF_LIST {
        map.insert(
            row.fact.id,
            Known {
                fact: row.fact,
                content: row.content,
            },
        );
    }
    map
});

/// The open ids keyed by their loose spelling (trimmed, case-folded, spaces as `-`).
static OPEN_BY_LOOSE_KEY: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let ids = SPDX_LIST
        .iter()
        .map(|f| f.id)
        .chain(MOF_LIST.iter().map(|m| m.fact.id))
        .chain(OPEN_DATA_LICENSES.iter().copied())
        .chain(OPEN_LICENSES.iter().copied());
    for id in ids {
        if is_open(id) {
            map.entry(loose_key(id)).or_insert(id);
        }
    }
    map
});

/// The flags MOT ends up with for `id` after importing both licence files (the later row wins),
/// or `None` when MOT does not list the id. Matching is exact and case-sensitive.
#[must_use]
pub fn fact(id: &str) -> Option<LicenceFact> {
    BY_ID.get(id).map(|k| k.fact)
}

/// Whether MOT counts `id` as an open licence (`docs/mot-rules.md#rule-4`): OSI-approved or
/// FSF-libre in its licence files, or listed in `OPEN_DATA_LICENSES` or `OPEN_LICENSES`.
///
/// No trimming, no case folding, no aliases and no SPDX expressions: `Apache 2.0`,
/// `apache-2.0` and `Apache-2.0 OR MIT` are not open.
#[must_use]
pub fn is_open(id: &str) -> bool {
    fact(id).is_some_and(|f| f.osi || f.fsf)
        || OPEN_DATA_LICENSES.contains(&id)
        || OPEN_LICENSES.contains(&id)
}

/// The content types MOT considers `id` appropriate for (`docs/mot-rules.md#rule-9`): the
/// `ContentType` of the last row of `mof-licenses.json` with that id, so `CC0-1.0` and `CC-PDDC`
/// are document-only. An id absent from that file suits no content type.
#[must_use]
pub fn content_types(id: &str) -> ContentTypes {
    BY_ID.get(id).map_or(ContentTypes::NONE, |k| k.content)
}

/// Whether `id` is type-appropriate for `content_type` in MOT (`docs/mot-rules.md` rules 9 and 12).
#[must_use]
pub fn is_type_appropriate(id: &str, content_type: ContentType) -> bool {
    content_types(id).contains(content_type)
}

/// The open id (`docs/mot-rules.md#rule-4`) that `text` matches once trimmed, case-folded and with
/// runs of blanks read as `-`, when `text` itself is not open: `Apache 2.0` gives `Apache-2.0`. MOT
/// does no such matching; the engine uses this only to explain a verdict.
#[must_use]
pub fn near_open_match(text: &str) -> Option<&'static str> {
    if is_open(text) {
        return None;
    }
    OPEN_BY_LOOSE_KEY.get(&loose_key(text)).copied()
}

fn loose_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sizes_match_the_source_files() {
        assert_eq!(SPDX_LIST.len(), 659);
        assert_eq!(MOF_LIST.len(), 31);
        assert_eq!(OPEN_DATA_LICENSES.len(), 31);
        assert_eq!(OPEN_LICENSES, ["OpenMDW-1.0"]);
    }

    #[test]
    fn rule_4_open_ids() {
        for id in [
            "Apache-2.0",
            "MIT",
            "GPL-2.0",
            "CC-BY-4.0",
            "ODC-PDDL-1.0",
            "OpenMDW-1.0",
        ] {
            assert!(is_open(id), "{id} should be open");
        }
        for id in [
            "Apache 2.0",
            "apache-2.0",
            "Apache-2.0 OR MIT",
            " MIT",
            "PDDL-1.0",
            "C-UDA-1.0",
            "CC-PDDC",
            "FreeBSD-DOC",
            "MulanPSL-1.0",
            "CNRI-Python-GPL-Compatible",
            "unlicensed",
            "",
        ] {
            assert!(!is_open(id), "{id} should not be open");
        }
    }

    #[test]
    fn rule_9_later_rows_overwrite_content_type() {
        assert_eq!(
            content_types("CC0-1.0"),
            ContentTypes::only(ContentType::Document)
        );
        assert_eq!(
            content_types("CC-PDDC"),
            ContentTypes::only(ContentType::Document)
        );
        assert!(is_type_appropriate("Apache-2.0", ContentType::Code));
        assert!(is_type_appropriate("Apache-2.0", ContentType::Document));
        assert!(!is_type_appropriate("Apache-2.0", ContentType::Data));
        assert!(is_type_appropriate("OpenMDW-1.0", ContentType::Data));
        assert!(!is_type_appropriate("BSD-3-Clause", ContentType::Code));
    }

    #[test]
    fn deprecated_ids_are_flagged() {
        assert!(fact("GPL-2.0").is_some_and(|f| f.deprecated));
        assert!(fact("GPL-2.0-only").is_some_and(|f| !f.deprecated));
        assert_eq!(fact("gpl-2.0"), None);
    }

    #[test]
    fn near_matches_explain_exact_matching() {
        assert_eq!(near_open_match("Apache 2.0"), Some("Apache-2.0"));
        assert_eq!(near_open_match("apache-2.0"), Some("Apache-2.0"));
        assert_eq!(near_open_match(" MIT"), Some("MIT"));
        assert_eq!(near_open_match("MIT"), None);
        assert_eq!(near_open_match("Proprietary"), None);
    }
}
