//! From the way licences are written in model metadata to SPDX ids and the table's `LicenseRef-…`
//! ids.
//!
//! Model cards and openness databases write licences as Hugging Face ids (`llama3.1`, `openrail++`),
//! free text ("Apache 2.0", "Meta Llama 3 Community License Agreement"), and names dressed up as SPDX
//! ids (`Llama-3`, `OpenRAIL-M`) that are not on the SPDX list. [`normalise`] maps such text to the
//! one licence it names. When the text names a family, a placeholder or several different texts
//! (`openrail`, `gpl-3.0`, `other`, "Llama" without a version) it says so
//! ([`NormalisationReason::Ambiguous`]) and lists the candidates instead of guessing: a wrong guess
//! here is how a restricted licence gets reported as an open one.

use super::table::{self, lookup, lookup_hf};

/// Why a text does not name exactly one licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Ambiguity {
    /// A family of licences (`openrail`, `bsd`, `cc`, `gpl`).
    Family,
    /// A licence name without the version (`Llama`, `Apache`, `OpenMDW`).
    VersionUnstated,
    /// A GNU licence without `-only` or `-or-later` (the Hugging Face ids `gpl-3.0`, `agpl-3.0`).
    OnlyOrLater,
    /// One name that has been used for several different texts (`tii-falcon-llm`, `OpenRAIL-M`).
    SeveralTexts,
    /// A placeholder, not a licence (`other`, `unknown`).
    Placeholder,
}

/// How a text was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NormalisationReason {
    /// The text is already an id of the SPDX list or of the table.
    Exact,
    /// A deprecated SPDX id (`GPL-2.0`, `GPL-2.0+`); the id is its replacement where the SPDX list
    /// defines one (the bare GNU ids mean `-only`), otherwise the deprecated id itself.
    DeprecatedId,
    /// An SPDX or table id written in another case (`APACHE-2.0`). SPDX ids are case-sensitive.
    CaseMismatch,
    /// A Hugging Face Hub licence id (`llama3.1`, `apache-2.0`, `odbl`).
    HuggingFaceId,
    /// A name seen in model-card `license_name` fields or similar slugs (`mrl`, `deepseek-license`).
    LicenceName,
    /// A ScanCode LicenseDB key, bare or as `LicenseRef-scancode-…` (`llama-2-license-2023`).
    ScanCodeKey,
    /// A name written as if it were an SPDX id, though the SPDX list has no such id (`Llama-3`,
    /// `OpenRAIL-M`, `ODC-PDDL-1.0`).
    PseudoSpdxId,
    /// The licence's full name as its text or the SPDX list gives it.
    FullName,
    /// Another common spelling ("Apache 2.0", "CC BY 4.0").
    Alias,
    /// The text does not name one licence. `candidates` lists the licences it could mean (empty
    /// for placeholders and large families).
    Ambiguous {
        /// Why it is ambiguous.
        kind: Ambiguity,
        /// The ids it could mean.
        candidates: &'static [&'static str],
    },
}

/// The result of [`normalise`]: the text, the id it names (`None` when ambiguous) and how it was
/// matched. `id` is `Some` exactly when `reason` is not [`NormalisationReason::Ambiguous`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Normalisation {
    /// The text as given.
    pub input: String,
    /// The SPDX id or the table's `LicenseRef-…` id the text names, when it names exactly one.
    pub id: Option<&'static str>,
    /// How the text was matched, or why it does not name one licence.
    pub reason: NormalisationReason,
}

impl Normalisation {
    /// Whether the text names no single licence.
    #[must_use]
    pub fn is_ambiguous(&self) -> bool {
        matches!(self.reason, NormalisationReason::Ambiguous { .. })
    }

    /// The ids an ambiguous text could mean (empty when it is not ambiguous).
    #[must_use]
    pub fn candidates(&self) -> &'static [&'static str] {
        match self.reason {
            NormalisationReason::Ambiguous { candidates, .. } => candidates,
            _ => &[],
        }
    }

    /// The table row of the id, when there is one.
    #[must_use]
    pub fn info(&self) -> Option<&'static table::LicenceInfo> {
        self.id.and_then(lookup)
    }
}

/// Maps a licence as written in metadata to the licence it names. Case-insensitive; surrounding
/// and repeated whitespace is ignored. Returns `None` when the text is not recognised (it may still
/// be a valid SPDX expression of several terms: parse it with
/// [`LicenceExpression::parse`](super::LicenceExpression::parse)).
///
/// ```
/// use ai_openness::licence::{normalise, NormalisationReason};
/// assert_eq!(normalise("Apache 2.0").and_then(|n| n.id), Some("Apache-2.0"));
/// assert_eq!(normalise("llama3.1").and_then(|n| n.id), Some("LicenseRef-Llama-3.1-Community"));
/// assert!(normalise("openrail").is_some_and(|n| n.is_ambiguous()));
/// ```
#[must_use]
pub fn normalise(text: &str) -> Option<Normalisation> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    let (target, reason) = resolve(trimmed)?;
    Some(match target {
        Target::Id(id) => Normalisation {
            input: text.to_owned(),
            id: Some(id),
            reason,
        },
        Target::Ambiguous(kind, candidates) => Normalisation {
            input: text.to_owned(),
            id: None,
            reason: NormalisationReason::Ambiguous { kind, candidates },
        },
    })
}

#[derive(Debug, Clone, Copy)]
enum Target {
    Id(&'static str),
    Ambiguous(Ambiguity, &'static [&'static str]),
}

use Ambiguity::{Family, OnlyOrLater, Placeholder, SeveralTexts, VersionUnstated};
use NormalisationReason as R;
use Target::{Ambiguous, Id};

fn resolve(trimmed: &str) -> Option<(Target, NormalisationReason)> {
    if let Some(hit) = exact(trimmed) {
        return Some(hit);
    }
    if HF_IDS.contains(&trimmed) {
        return hf_target(trimmed).map(|t| (t, R::HuggingFaceId));
    }
    if let Some(hit) = case_insensitive_id(trimmed) {
        return Some(hit);
    }
    let key = fold(trimmed);
    if let Some(hf) = HF_IDS.iter().find(|hf| **hf == key) {
        let looks_like_id = trimmed.bytes().any(|b| b.is_ascii_uppercase())
            && !trimmed.contains(char::is_whitespace);
        let reason = if looks_like_id {
            R::PseudoSpdxId
        } else {
            R::HuggingFaceId
        };
        return hf_target(hf).map(|t| (t, reason));
    }
    if let Some((_, target, reason)) = ALIASES.iter().find(|(k, _, _)| *k == key) {
        return Some((*target, *reason));
    }
    if let Some(hit) = llama(trimmed, &key) {
        return Some(hit);
    }
    if let Some(hit) = creative_commons(&key) {
        return Some(hit);
    }
    full_name(&key)
}

/// An exact SPDX or table id, or a deprecated SPDX id (with `+` for the GNU "or later" forms).
fn exact(text: &str) -> Option<(Target, NormalisationReason)> {
    if let Some(row) = lookup(text) {
        return Some((Id(row.id), R::Exact));
    }
    if let Some(id) = spdx::license_id(text).filter(|id| id.name == text) {
        if !id.is_deprecated() {
            return Some((Id(id.name), R::Exact));
        }
        let replacement = if id.is_gnu() && !has_gnu_suffix(id.name) {
            spdx::gnu_license_id(id.name, false).map_or(id.name, |r| r.name)
        } else {
            id.name
        };
        return Some((Id(replacement), R::DeprecatedId));
    }
    let base = text.strip_suffix('+')?;
    let id = spdx::license_id(base).filter(|id| id.name == base && id.is_gnu())?;
    if has_gnu_suffix(id.name) {
        return None;
    }
    let later = spdx::gnu_license_id(id.name, true)?;
    Some((Id(later.name), R::DeprecatedId))
}

pub(crate) fn has_gnu_suffix(name: &str) -> bool {
    name.ends_with("-only") || name.ends_with("-or-later")
}

/// A case-insensitive match of an SPDX id or a table id.
fn case_insensitive_id(text: &str) -> Option<(Target, NormalisationReason)> {
    if let Some(row) = table::table()
        .iter()
        .find(|row| row.id.eq_ignore_ascii_case(text))
    {
        return Some((Id(row.id), R::CaseMismatch));
    }
    let matches = || {
        spdx::identifiers::LICENSES
            .iter()
            .filter(move |l| l.name.eq_ignore_ascii_case(text))
    };
    if let Some(current) = matches().find(|l| l.flags & spdx::flags::IS_DEPRECATED == 0) {
        return Some((Id(current.name), R::CaseMismatch));
    }
    let deprecated = matches().next()?;
    if deprecated.flags & spdx::flags::IS_GNU != 0 && !has_gnu_suffix(deprecated.name) {
        let candidates = GNU_ONLY_OR_LATER
            .iter()
            .find(|(base, _)| base.eq_ignore_ascii_case(deprecated.name))
            .map_or(&[][..], |(_, c)| *c);
        return Some((Ambiguous(OnlyOrLater, candidates), R::CaseMismatch));
    }
    Some((Id(deprecated.name), R::CaseMismatch))
}

/// Lower case, trimmed, whitespace runs collapsed to one space, typographic dashes as `-`.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.trim().chars() {
        if ch.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        let ch = match ch {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            other => other,
        };
        out.extend(ch.to_lowercase());
    }
    out
}

fn hf_target(hf: &str) -> Option<Target> {
    if let Some(row) = lookup_hf(hf) {
        return Some(Id(row.id));
    }
    if let Some((_, target)) = HF_SPECIAL.iter().find(|(k, _)| *k == hf) {
        return Some(*target);
    }
    case_insensitive_id(hf).map(|(t, _)| t)
}

/// "Llama", "Meta Llama 3", "llama-3.1", "Llama 3.1 Community License Agreement", …
fn llama(original: &str, key: &str) -> Option<(Target, NormalisationReason)> {
    const VERSIONS: &[(&str, &str)] = &[
        ("3.1", "LicenseRef-Llama-3.1-Community"),
        ("3.2", "LicenseRef-Llama-3.2-Community"),
        ("3.3", "LicenseRef-Llama-3.3-Community"),
        ("2", "LicenseRef-Llama-2-Community"),
        ("3", "LicenseRef-Llama-3-Community"),
        ("4", "LicenseRef-Llama-4-Community"),
    ];
    const SUFFIXES: &[&str] = &[
        "",
        " community license",
        " community license agreement",
        " community licence",
        " community licence agreement",
        " license",
        " license agreement",
        "-community",
        "-community-license",
        "-community-license-agreement",
        "-license",
    ];
    let rest = key
        .strip_prefix("meta ")
        .or_else(|| key.strip_prefix("meta-"))
        .unwrap_or(key);
    let after_llama = rest.strip_prefix("llama")?;
    let rest = after_llama
        .strip_prefix([' ', '-', '_'])
        .unwrap_or(after_llama);
    let reason = if original.contains(char::is_whitespace) {
        R::Alias
    } else if original.bytes().any(|b| b.is_ascii_uppercase()) {
        R::PseudoSpdxId
    } else {
        R::LicenceName
    };
    for (version, id) in VERSIONS {
        if let Some(after) = rest.strip_prefix(version) {
            return SUFFIXES.contains(&after).then_some((Id(id), reason));
        }
    }
    SUFFIXES
        .contains(&after_llama)
        .then_some((Ambiguous(VersionUnstated, LLAMA_ALL), R::Alias))
}

/// "CC BY 4.0", "CC-BY-NC 4.0", "Creative Commons Attribution Share Alike 4.0", "cc0", …
fn creative_commons(key: &str) -> Option<(Target, NormalisationReason)> {
    let mut k = key.to_owned();
    if let Some(rest) = k.strip_prefix("creative commons ") {
        let mut rest = rest.replace("zero", "0");
        for (from, to) in [
            ("attribution", "by"),
            ("non commercial", "nc"),
            ("non-commercial", "nc"),
            ("noncommercial", "nc"),
            ("share alike", "sa"),
            ("share-alike", "sa"),
            ("sharealike", "sa"),
            ("no derivatives", "nd"),
            ("no-derivatives", "nd"),
            ("noderivatives", "nd"),
            (" international", ""),
            (" universal", ""),
            ("v1.0", "1.0"),
        ] {
            rest = rest.replace(from, to);
        }
        k = format!("cc {rest}");
    } else if !k.starts_with("cc") {
        return None;
    }
    let mut dashed = String::with_capacity(k.len());
    for ch in k.chars() {
        let ch = if ch == ' ' { '-' } else { ch };
        if !(ch == '-' && dashed.ends_with('-')) {
            dashed.push(ch);
        }
    }
    let dashed = dashed.replace("cc-0", "cc0");
    if dashed == "cc0" {
        return Some((Id("CC0-1.0"), R::Alias));
    }
    if let Some((_, candidates)) = CC_UNVERSIONED.iter().find(|(k, _)| *k == dashed) {
        return Some((Ambiguous(VersionUnstated, candidates), R::Alias));
    }
    if dashed == key {
        // Already tried as an id.
        return None;
    }
    case_insensitive_id(&dashed).map(|(t, _)| (t, R::Alias))
}

/// The full name of a table licence or of an SPDX licence.
fn full_name(key: &str) -> Option<(Target, NormalisationReason)> {
    FULL_NAMES
        .get(key)
        .copied()
        .flatten()
        .map(|(id, reason)| (Id(id), reason))
}

/// Folded full names → id: the licence table's names first, then the current SPDX full names
/// that are unique once folded (`None` marks a folded name shared by several SPDX ids). Built
/// once, so a lookup costs one fold of the input instead of one per known licence.
#[allow(clippy::type_complexity)]
static FULL_NAMES: std::sync::LazyLock<
    std::collections::HashMap<String, Option<(&'static str, NormalisationReason)>>,
> = std::sync::LazyLock::new(|| {
    let mut map = std::collections::HashMap::new();
    for l in spdx::identifiers::LICENSES
        .iter()
        .filter(|l| l.flags & spdx::flags::IS_DEPRECATED == 0)
    {
        map.entry(fold(l.full_name))
            .and_modify(|e| *e = None)
            .or_insert(Some((l.name, R::FullName)));
    }
    // The table's own names win over SPDX full names (first row wins among table rows).
    for row in table::table().iter().rev() {
        map.insert(fold(row.name), Some((row.id, R::FullName)));
    }
    map
});

// --- Candidate lists -------------------------------------------------------------------------------

const LLAMA_ALL: &[&str] = &[
    "LicenseRef-Llama-2-Community",
    "LicenseRef-Llama-3-Community",
    "LicenseRef-Llama-3.1-Community",
    "LicenseRef-Llama-3.2-Community",
    "LicenseRef-Llama-3.3-Community",
    "LicenseRef-Llama-4-Community",
];
const RAIL_FAMILY: &[&str] = &[
    "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "LicenseRef-BigScience-OpenRAIL-M",
    "LicenseRef-CreativeML-OpenRAIL-M",
    "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
    "LicenseRef-BigCode-OpenRAIL-M-1.0",
];
const OPENRAIL_M: &[&str] = &[
    "LicenseRef-BigScience-OpenRAIL-M",
    "LicenseRef-CreativeML-OpenRAIL-M",
    "LicenseRef-BigCode-OpenRAIL-M-1.0",
];
const FALCON_ALL: &[&str] = &[
    "LicenseRef-TII-Falcon-LLM-1.0",
    "LicenseRef-TII-Falcon-180B-1.0",
    "LicenseRef-TII-Falcon-2-11B-1.0",
    "LicenseRef-TII-Falcon-3-2024-12",
];
const FALCON_TII: &[&str] = &[
    "LicenseRef-TII-Falcon-2-11B-1.0",
    "LicenseRef-TII-Falcon-3-2024-12",
];
const OPENMDW_ALL: &[&str] = &["OpenMDW-1.0", "LicenseRef-OpenMDW-1.1"];
const APACHE_ALL: &[&str] = &["Apache-1.0", "Apache-1.1", "Apache-2.0"];
const BSD_FAMILY: &[&str] = &[
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSD-3-Clause-Clear",
    "BSD-4-Clause",
];
const GPL_FAMILY: &[&str] = &[
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
];
const LGPL_FAMILY: &[&str] = &[
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
];
const GFDL_FAMILY: &[&str] = &[
    "GFDL-1.1-only",
    "GFDL-1.1-or-later",
    "GFDL-1.2-only",
    "GFDL-1.2-or-later",
    "GFDL-1.3-only",
    "GFDL-1.3-or-later",
];
const GPL_2: &[&str] = &["GPL-2.0-only", "GPL-2.0-or-later"];
const GPL_3: &[&str] = &["GPL-3.0-only", "GPL-3.0-or-later"];
const LGPL_21: &[&str] = &["LGPL-2.1-only", "LGPL-2.1-or-later"];
const LGPL_3: &[&str] = &["LGPL-3.0-only", "LGPL-3.0-or-later"];
const AGPL_3: &[&str] = &["AGPL-3.0-only", "AGPL-3.0-or-later"];
const NONE: &[&str] = &[];

/// The deprecated bare GNU ids and their two explicit forms.
const GNU_ONLY_OR_LATER: &[(&str, &[&str])] = &[
    ("GPL-1.0", &["GPL-1.0-only", "GPL-1.0-or-later"]),
    ("GPL-2.0", GPL_2),
    ("GPL-3.0", GPL_3),
    ("LGPL-2.0", &["LGPL-2.0-only", "LGPL-2.0-or-later"]),
    ("LGPL-2.1", LGPL_21),
    ("LGPL-3.0", LGPL_3),
    ("AGPL-1.0", &["AGPL-1.0-only", "AGPL-1.0-or-later"]),
    ("AGPL-3.0", AGPL_3),
    ("GFDL-1.1", &["GFDL-1.1-only", "GFDL-1.1-or-later"]),
    ("GFDL-1.2", &["GFDL-1.2-only", "GFDL-1.2-or-later"]),
    ("GFDL-1.3", &["GFDL-1.3-only", "GFDL-1.3-or-later"]),
];

/// Creative Commons licence elements without a version.
const CC_UNVERSIONED: &[(&str, &[&str])] = &[
    (
        "cc-by",
        &[
            "CC-BY-4.0",
            "CC-BY-3.0",
            "CC-BY-2.5",
            "CC-BY-2.0",
            "CC-BY-1.0",
        ],
    ),
    (
        "cc-by-sa",
        &[
            "CC-BY-SA-4.0",
            "CC-BY-SA-3.0",
            "CC-BY-SA-2.5",
            "CC-BY-SA-2.0",
            "CC-BY-SA-1.0",
        ],
    ),
    (
        "cc-by-nc",
        &[
            "CC-BY-NC-4.0",
            "CC-BY-NC-3.0",
            "CC-BY-NC-2.5",
            "CC-BY-NC-2.0",
            "CC-BY-NC-1.0",
        ],
    ),
    (
        "cc-by-nd",
        &[
            "CC-BY-ND-4.0",
            "CC-BY-ND-3.0",
            "CC-BY-ND-2.5",
            "CC-BY-ND-2.0",
            "CC-BY-ND-1.0",
        ],
    ),
    (
        "cc-by-nc-sa",
        &[
            "CC-BY-NC-SA-4.0",
            "CC-BY-NC-SA-3.0",
            "CC-BY-NC-SA-2.5",
            "CC-BY-NC-SA-2.0",
            "CC-BY-NC-SA-1.0",
        ],
    ),
    (
        "cc-by-nc-nd",
        &[
            "CC-BY-NC-ND-4.0",
            "CC-BY-NC-ND-3.0",
            "CC-BY-NC-ND-2.5",
            "CC-BY-NC-ND-2.0",
            "CC-BY-NC-ND-1.0",
        ],
    ),
];

// --- Hugging Face Hub licence ids (hub-docs `docs/hub/repositories-licenses.md` at 242f4a1) -------

/// Every licence id the Hugging Face Hub lists for the `license:` field of a card.
pub(crate) const HF_IDS: &[&str] = &[
    "apache-2.0",
    "mit",
    "openrail",
    "bigscience-openrail-m",
    "creativeml-openrail-m",
    "bigscience-bloom-rail-1.0",
    "bigcode-openrail-m",
    "afl-3.0",
    "artistic-2.0",
    "bsl-1.0",
    "bsd",
    "bsd-2-clause",
    "bsd-3-clause",
    "bsd-3-clause-clear",
    "c-uda",
    "cc",
    "cc0-1.0",
    "cc-by-2.0",
    "cc-by-2.5",
    "cc-by-3.0",
    "cc-by-4.0",
    "cc-by-sa-3.0",
    "cc-by-sa-4.0",
    "cc-by-nc-2.0",
    "cc-by-nc-3.0",
    "cc-by-nc-4.0",
    "cc-by-nd-4.0",
    "cc-by-nc-nd-3.0",
    "cc-by-nc-nd-4.0",
    "cc-by-nc-sa-2.0",
    "cc-by-nc-sa-3.0",
    "cc-by-nc-sa-4.0",
    "cdla-sharing-1.0",
    "cdla-permissive-1.0",
    "cdla-permissive-2.0",
    "wtfpl",
    "ecl-2.0",
    "epl-1.0",
    "epl-2.0",
    "etalab-2.0",
    "eupl-1.1",
    "eupl-1.2",
    "agpl-3.0",
    "gfdl",
    "gpl",
    "gpl-2.0",
    "gpl-3.0",
    "lgpl",
    "lgpl-2.1",
    "lgpl-3.0",
    "isc",
    "h-research",
    "intel-research",
    "lppl-1.3c",
    "ms-pl",
    "apple-ascl",
    "apple-amlr",
    "mpl-2.0",
    "odc-by",
    "odbl",
    "openmdw-1.0",
    "openmdw-1.1",
    "openrail++",
    "osl-3.0",
    "postgresql",
    "ofl-1.1",
    "ncsa",
    "unlicense",
    "zlib",
    "pddl",
    "lgpl-lr",
    "deepfloyd-if-license",
    "fair-noncommercial-research-license",
    "llama2",
    "llama3",
    "llama3.1",
    "llama3.2",
    "llama3.3",
    "llama4",
    "grok2-community",
    "gemma",
    "unknown",
    "other",
];

/// Hugging Face ids whose target is neither a table row's `hf_id` nor a case-insensitive SPDX id.
const HF_SPECIAL: &[(&str, Target)] = &[
    ("openrail", Ambiguous(Family, RAIL_FAMILY)),
    ("bsd", Ambiguous(Family, BSD_FAMILY)),
    ("cc", Ambiguous(Family, NONE)),
    ("gfdl", Ambiguous(Family, GFDL_FAMILY)),
    ("gpl", Ambiguous(Family, GPL_FAMILY)),
    ("lgpl", Ambiguous(Family, LGPL_FAMILY)),
    ("gpl-2.0", Ambiguous(OnlyOrLater, GPL_2)),
    ("gpl-3.0", Ambiguous(OnlyOrLater, GPL_3)),
    ("lgpl-2.1", Ambiguous(OnlyOrLater, LGPL_21)),
    ("lgpl-3.0", Ambiguous(OnlyOrLater, LGPL_3)),
    ("agpl-3.0", Ambiguous(OnlyOrLater, AGPL_3)),
    ("c-uda", Id("C-UDA-1.0")),
    ("lgpl-lr", Id("LGPLLR")),
    ("unknown", Ambiguous(Placeholder, NONE)),
    ("other", Ambiguous(Placeholder, NONE)),
];

// --- Other spellings (keys are folded: lower case, single spaces) -------------------------------------

#[rustfmt::skip]
const ALIASES: &[(&str, Target, NormalisationReason)] = &[
    // Names seen in model-card `license_name` fields and similar slugs.
    ("gemma-terms-of-use", Id("LicenseRef-Gemma-Terms-of-Use"), R::LicenceName),
    ("sdxl-license", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::LicenceName),
    ("mrl", Id("LicenseRef-Mistral-MRL-0.1"), R::LicenceName),
    ("mnpl", Id("LicenseRef-Mistral-MNPL-0.1"), R::LicenceName),
    ("qwen", Id("LicenseRef-Qwen"), R::LicenceName),
    ("qwen-research", Id("LicenseRef-Qwen-Research"), R::LicenceName),
    ("tongyi-qianwen", Id("LicenseRef-Tongyi-Qianwen"), R::LicenceName),
    ("tongyi-qianwen-license-agreement", Id("LicenseRef-Tongyi-Qianwen"), R::LicenceName),
    ("tongyi-qianwen-research", Id("LicenseRef-Tongyi-Qianwen-Research"), R::LicenceName),
    ("deepseek", Id("LicenseRef-DeepSeek-1.0"), R::LicenceName),
    ("deepseek-license", Id("LicenseRef-DeepSeek-1.0"), R::LicenceName),
    ("nvidia-open-model-license", Id("LicenseRef-NVIDIA-Open-Model-License"), R::LicenceName),
    ("nvidia-open-model-agreement", Id("LicenseRef-NVIDIA-Open-Model-Agreement"), R::LicenceName),
    ("nvidia-nemotron-open-model-license", Id("LicenseRef-NVIDIA-Nemotron-Open-Model-License"), R::LicenceName),
    ("stabilityai-ai-community", Id("LicenseRef-Stability-AI-Community"), R::LicenceName),
    // The card's LICENSE.md is the Community License although the name suggests otherwise.
    ("sai-nc-community", Id("LicenseRef-Stability-AI-Community"), R::LicenceName),
    ("tii-falcon-llm", Ambiguous(SeveralTexts, FALCON_ALL), R::LicenceName),
    ("falcon-llm-license", Ambiguous(SeveralTexts, FALCON_TII), R::LicenceName),
    ("openmdw1.1-license", Id("LicenseRef-OpenMDW-1.1"), R::LicenceName),
    ("apache-license-2.0", Id("Apache-2.0"), R::LicenceName),

    // ScanCode LicenseDB keys.
    ("bigscience-rail-1.0", Id("LicenseRef-BigScience-BLOOM-RAIL-1.0"), R::ScanCodeKey),
    ("licenseref-scancode-bigscience-rail-1.0", Id("LicenseRef-BigScience-BLOOM-RAIL-1.0"), R::ScanCodeKey),
    ("bigscience-open-rail-m", Id("LicenseRef-BigScience-OpenRAIL-M"), R::ScanCodeKey),
    ("licenseref-scancode-bigscience-open-rail-m", Id("LicenseRef-BigScience-OpenRAIL-M"), R::ScanCodeKey),
    ("bigscience-open-rail-m2", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::ScanCodeKey),
    ("licenseref-scancode-bigscience-open-rail-m2", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::ScanCodeKey),
    ("bigcode-open-rail-m-v1", Id("LicenseRef-BigCode-OpenRAIL-M-1.0"), R::ScanCodeKey),
    ("licenseref-scancode-bigcode-open-rail-m-v1", Id("LicenseRef-BigCode-OpenRAIL-M-1.0"), R::ScanCodeKey),
    ("stable-diffusion-2022-08-22", Id("LicenseRef-CreativeML-OpenRAIL-M"), R::ScanCodeKey),
    ("licenseref-scancode-stable-diffusion-2022-08-22", Id("LicenseRef-CreativeML-OpenRAIL-M"), R::ScanCodeKey),
    ("llama-2-license-2023", Id("LicenseRef-Llama-2-Community"), R::ScanCodeKey),
    ("licenseref-scancode-llama-2-license-2023", Id("LicenseRef-Llama-2-Community"), R::ScanCodeKey),
    ("llama-3.1-license-2024", Id("LicenseRef-Llama-3.1-Community"), R::ScanCodeKey),
    ("licenseref-scancode-llama-3.1-license-2024", Id("LicenseRef-Llama-3.1-Community"), R::ScanCodeKey),
    ("llama-3.2-license-2024", Id("LicenseRef-Llama-3.2-Community"), R::ScanCodeKey),
    ("licenseref-scancode-llama-3.2-license-2024", Id("LicenseRef-Llama-3.2-Community"), R::ScanCodeKey),
    ("llama-3.3-license-2024", Id("LicenseRef-Llama-3.3-Community"), R::ScanCodeKey),
    ("licenseref-scancode-llama-3.3-license-2024", Id("LicenseRef-Llama-3.3-Community"), R::ScanCodeKey),
    ("llama-4-cla-2025", Id("LicenseRef-Llama-4-Community"), R::ScanCodeKey),
    ("licenseref-scancode-llama-4-cla-2025", Id("LicenseRef-Llama-4-Community"), R::ScanCodeKey),

    // Names written as if they were SPDX ids.
    ("openrail-m", Ambiguous(SeveralTexts, OPENRAIL_M), R::PseudoSpdxId),
    ("open-rail-m", Ambiguous(SeveralTexts, OPENRAIL_M), R::PseudoSpdxId),
    ("openrail++-m", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::PseudoSpdxId),
    ("creativeml-openrail++-m", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::PseudoSpdxId),
    ("bigcode-openrail-m-v1", Id("LicenseRef-BigCode-OpenRAIL-M-1.0"), R::PseudoSpdxId),
    ("mrl-0.1", Id("LicenseRef-Mistral-MRL-0.1"), R::PseudoSpdxId),
    ("mnpl-0.1", Id("LicenseRef-Mistral-MNPL-0.1"), R::PseudoSpdxId),
    ("openmdw-1.1", Id("LicenseRef-OpenMDW-1.1"), R::PseudoSpdxId),
    ("odc-pddl-1.0", Id("PDDL-1.0"), R::PseudoSpdxId),
    ("odc-pddl", Id("PDDL-1.0"), R::PseudoSpdxId),
    ("odc-by-1.0", Id("ODC-By-1.0"), R::PseudoSpdxId),
    ("odbl-1.0", Id("ODbL-1.0"), R::PseudoSpdxId),

    // Free text.
    ("apache 2.0", Id("Apache-2.0"), R::Alias),
    ("apache 2", Id("Apache-2.0"), R::Alias),
    ("apache-2", Id("Apache-2.0"), R::Alias),
    ("apache2", Id("Apache-2.0"), R::Alias),
    ("apache2.0", Id("Apache-2.0"), R::Alias),
    ("apache v2", Id("Apache-2.0"), R::Alias),
    ("apache v2.0", Id("Apache-2.0"), R::Alias),
    ("apache license 2", Id("Apache-2.0"), R::Alias),
    ("apache license v2", Id("Apache-2.0"), R::Alias),
    ("apache license v2.0", Id("Apache-2.0"), R::Alias),
    ("apache license, version 2.0", Id("Apache-2.0"), R::Alias),
    ("apache license version 2.0", Id("Apache-2.0"), R::Alias),
    ("apache software license 2.0", Id("Apache-2.0"), R::Alias),
    ("apache 2.0 license", Id("Apache-2.0"), R::Alias),
    ("apache-2.0 license", Id("Apache-2.0"), R::Alias),
    ("asl 2.0", Id("Apache-2.0"), R::Alias),
    ("asl-2.0", Id("Apache-2.0"), R::Alias),
    ("asl2.0", Id("Apache-2.0"), R::Alias),
    ("apache", Ambiguous(VersionUnstated, APACHE_ALL), R::Alias),
    ("apache license", Ambiguous(VersionUnstated, APACHE_ALL), R::Alias),
    ("the mit license", Id("MIT"), R::Alias),
    ("mit licence", Id("MIT"), R::Alias),
    ("bsd license", Ambiguous(Family, BSD_FAMILY), R::Alias),
    ("bsd license family", Ambiguous(Family, BSD_FAMILY), R::Alias),
    ("bsd 2-clause", Id("BSD-2-Clause"), R::Alias),
    ("bsd-2", Id("BSD-2-Clause"), R::Alias),
    ("simplified bsd", Id("BSD-2-Clause"), R::Alias),
    ("bsd 3-clause", Id("BSD-3-Clause"), R::Alias),
    ("bsd-3", Id("BSD-3-Clause"), R::Alias),
    ("new bsd", Id("BSD-3-Clause"), R::Alias),
    ("revised bsd", Id("BSD-3-Clause"), R::Alias),
    ("gplv2", Ambiguous(OnlyOrLater, GPL_2), R::Alias),
    ("gpl v2", Ambiguous(OnlyOrLater, GPL_2), R::Alias),
    ("gpl-2", Ambiguous(OnlyOrLater, GPL_2), R::Alias),
    ("gpl 2.0", Ambiguous(OnlyOrLater, GPL_2), R::Alias),
    ("gnu gpl v2", Ambiguous(OnlyOrLater, GPL_2), R::Alias),
    ("gplv3", Ambiguous(OnlyOrLater, GPL_3), R::Alias),
    ("gpl v3", Ambiguous(OnlyOrLater, GPL_3), R::Alias),
    ("gpl-3", Ambiguous(OnlyOrLater, GPL_3), R::Alias),
    ("gpl 3.0", Ambiguous(OnlyOrLater, GPL_3), R::Alias),
    ("gnu gpl v3", Ambiguous(OnlyOrLater, GPL_3), R::Alias),
    ("gnu gplv3", Ambiguous(OnlyOrLater, GPL_3), R::Alias),
    ("lgplv2.1", Ambiguous(OnlyOrLater, LGPL_21), R::Alias),
    ("lgpl v2.1", Ambiguous(OnlyOrLater, LGPL_21), R::Alias),
    ("lgplv3", Ambiguous(OnlyOrLater, LGPL_3), R::Alias),
    ("lgpl v3", Ambiguous(OnlyOrLater, LGPL_3), R::Alias),
    ("agplv3", Ambiguous(OnlyOrLater, AGPL_3), R::Alias),
    ("agpl v3", Ambiguous(OnlyOrLater, AGPL_3), R::Alias),
    ("agpl", Ambiguous(Family, AGPL_3), R::Alias),
    ("gnu general public license", Ambiguous(Family, GPL_FAMILY), R::Alias),
    ("gnu general public license family", Ambiguous(Family, GPL_FAMILY), R::Alias),
    ("gnu lesser general public license", Ambiguous(Family, LGPL_FAMILY), R::Alias),
    ("gnu lesser general public license family", Ambiguous(Family, LGPL_FAMILY), R::Alias),
    ("gnu free documentation license family", Ambiguous(Family, GFDL_FAMILY), R::Alias),
    ("creative commons", Ambiguous(Family, NONE), R::Alias),
    ("creative commons license family", Ambiguous(Family, NONE), R::Alias),
    ("computational use of data agreement", Id("C-UDA-1.0"), R::Alias),
    ("open data commons license attribution family", Id("ODC-By-1.0"), R::Alias),
    ("open database license family", Id("ODbL-1.0"), R::Alias),
    ("open database license", Id("ODbL-1.0"), R::Alias),
    ("open data commons public domain dedication and license", Id("PDDL-1.0"), R::Alias),
    ("openmdw", Ambiguous(VersionUnstated, OPENMDW_ALL), R::Alias),
    ("openmdw license", Ambiguous(VersionUnstated, OPENMDW_ALL), R::Alias),
    ("openmdw license agreement", Ambiguous(VersionUnstated, OPENMDW_ALL), R::Alias),
    ("openmdw 1.0", Id("OpenMDW-1.0"), R::Alias),
    ("openmdw v1.0", Id("OpenMDW-1.0"), R::Alias),
    ("openmdw license agreement 1.0", Id("OpenMDW-1.0"), R::Alias),
    ("open model, data & weights license agreement", Id("OpenMDW-1.0"), R::Alias),
    ("open model, data & weights license agreement v1.0", Id("OpenMDW-1.0"), R::Alias),
    ("openmdw 1.1", Id("LicenseRef-OpenMDW-1.1"), R::Alias),
    ("openmdw v1.1", Id("LicenseRef-OpenMDW-1.1"), R::Alias),
    ("openmdw license agreement 1.1", Id("LicenseRef-OpenMDW-1.1"), R::Alias),
    ("open model, data & weights license agreement v1.1", Id("LicenseRef-OpenMDW-1.1"), R::Alias),
    ("gemma terms of use", Id("LicenseRef-Gemma-Terms-of-Use"), R::Alias),
    ("gemma terms", Id("LicenseRef-Gemma-Terms-of-Use"), R::Alias),
    ("gemma license", Id("LicenseRef-Gemma-Terms-of-Use"), R::Alias),
    ("open rail", Ambiguous(Family, RAIL_FAMILY), R::Alias),
    ("openrail license", Ambiguous(Family, RAIL_FAMILY), R::Alias),
    ("openrail license family", Ambiguous(Family, RAIL_FAMILY), R::Alias),
    ("rail", Ambiguous(Family, RAIL_FAMILY), R::Alias),
    ("responsible ai license", Ambiguous(Family, RAIL_FAMILY), R::Alias),
    ("openrail-m license", Ambiguous(SeveralTexts, OPENRAIL_M), R::Alias),
    ("open rail-m", Ambiguous(SeveralTexts, OPENRAIL_M), R::Alias),
    ("open rail-m license", Ambiguous(SeveralTexts, OPENRAIL_M), R::Alias),
    ("bigscience bloom rail 1.0", Id("LicenseRef-BigScience-BLOOM-RAIL-1.0"), R::Alias),
    ("bigscience bloom rail license v1.0", Id("LicenseRef-BigScience-BLOOM-RAIL-1.0"), R::Alias),
    ("bigscience rail license 1.0", Id("LicenseRef-BigScience-BLOOM-RAIL-1.0"), R::Alias),
    ("bloom rail 1.0", Id("LicenseRef-BigScience-BLOOM-RAIL-1.0"), R::Alias),
    ("bigscience openrail-m", Id("LicenseRef-BigScience-OpenRAIL-M"), R::Alias),
    ("bigscience open rail-m", Id("LicenseRef-BigScience-OpenRAIL-M"), R::Alias),
    ("creativeml openrail-m", Id("LicenseRef-CreativeML-OpenRAIL-M"), R::Alias),
    ("creativeml openrail m", Id("LicenseRef-CreativeML-OpenRAIL-M"), R::Alias),
    ("creativeml open rail-m license", Id("LicenseRef-CreativeML-OpenRAIL-M"), R::Alias),
    ("the creativeml openrail m license", Id("LicenseRef-CreativeML-OpenRAIL-M"), R::Alias),
    ("stable diffusion license 2022-08-22", Id("LicenseRef-CreativeML-OpenRAIL-M"), R::Alias),
    ("creativeml open rail++-m", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::Alias),
    ("creativeml openrail++-m", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::Alias),
    ("open rail++-m", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::Alias),
    ("open rail++-m license", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::Alias),
    ("openrail++-m license", Id("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"), R::Alias),
    ("bigcode openrail-m", Id("LicenseRef-BigCode-OpenRAIL-M-1.0"), R::Alias),
    ("bigcode openrail-m v1", Id("LicenseRef-BigCode-OpenRAIL-M-1.0"), R::Alias),
    ("bigcode openrail-m v1 license agreement", Id("LicenseRef-BigCode-OpenRAIL-M-1.0"), R::Alias),
    ("bigcode open rail-m v1 license agreement", Id("LicenseRef-BigCode-OpenRAIL-M-1.0"), R::Alias),
    ("tii falcon llm license", Ambiguous(SeveralTexts, FALCON_ALL), R::Alias),
    // The reference's own name for row 12, but used loosely for the 180B and Falcon 3 texts.
    ("tii falcon llm license 1.0", Ambiguous(SeveralTexts, FALCON_ALL), R::Alias),
    ("tii falcon license", Ambiguous(SeveralTexts, FALCON_TII), R::Alias),
    ("falcon llm license", Ambiguous(SeveralTexts, FALCON_ALL), R::Alias),
    ("falcon-180b tii license", Id("LicenseRef-TII-Falcon-180B-1.0"), R::Alias),
    ("falcon-180b tii license 1.0", Id("LicenseRef-TII-Falcon-180B-1.0"), R::Alias),
    ("falcon 180b tii license", Id("LicenseRef-TII-Falcon-180B-1.0"), R::Alias),
    ("falcon 2 11b tii license", Id("LicenseRef-TII-Falcon-2-11B-1.0"), R::Alias),
    ("tongyi qianwen license agreement", Id("LicenseRef-Tongyi-Qianwen"), R::Alias),
    ("tongyi qianwen license", Id("LicenseRef-Tongyi-Qianwen"), R::Alias),
    ("tongyi qianwen research license agreement", Id("LicenseRef-Tongyi-Qianwen-Research"), R::Alias),
    ("tongyi qianwen research license", Id("LicenseRef-Tongyi-Qianwen-Research"), R::Alias),
    ("qwen research license agreement", Id("LicenseRef-Qwen-Research"), R::Alias),
    ("qwen research license", Id("LicenseRef-Qwen-Research"), R::Alias),
    ("qwen license agreement", Id("LicenseRef-Qwen"), R::Alias),
    ("qwen license", Id("LicenseRef-Qwen"), R::Alias),
    ("deepseek license agreement", Id("LicenseRef-DeepSeek-1.0"), R::Alias),
    ("deepseek license agreement 1.0", Id("LicenseRef-DeepSeek-1.0"), R::Alias),
    ("deepseek license", Id("LicenseRef-DeepSeek-1.0"), R::Alias),
    ("mistral research license", Id("LicenseRef-Mistral-MRL-0.1"), R::Alias),
    ("mistral ai research license 0.1", Id("LicenseRef-Mistral-MRL-0.1"), R::Alias),
    ("mistral non-production license", Id("LicenseRef-Mistral-MNPL-0.1"), R::Alias),
    ("mistral ai non-production license 0.1", Id("LicenseRef-Mistral-MNPL-0.1"), R::Alias),
    ("nvidia open model license", Id("LicenseRef-NVIDIA-Open-Model-License"), R::Alias),
    ("nvidia nemotron open model license", Id("LicenseRef-NVIDIA-Nemotron-Open-Model-License"), R::Alias),
    ("stability ai community license", Id("LicenseRef-Stability-AI-Community"), R::Alias),
    ("fair non-commercial research license", Id("LicenseRef-FAIR-Noncommercial-Research"), R::Alias),
    ("grok 2 community license", Id("LicenseRef-Grok-2-Community"), R::Alias),
];
