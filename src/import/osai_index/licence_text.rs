//! Licences as the index's entries write them: free text in `system.endmodellicense` ("Apache
//! 2.0", "Meta Llama 3 Community License", "Purposely left ambiguous") and, in some entries,
//! `licenses.notes` of the form "Weights: … Code: … Data: …".

use crate::import::fields::is_guess;
use crate::licence::{LicenceExpression, normalise};

/// What a licence text says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reading {
    /// The text is an SPDX expression as written.
    Exact(LicenceExpression),
    /// The text names this expression in another form (an alias, a licence title, a Hugging
    /// Face id, several licences joined by "and" or commas). `guessed` when a name had to be
    /// interpreted (an alias or a title, not an identifier in another spelling): the licence is
    /// then [inferred](crate::licence::Licence::inferred).
    Normalised {
        /// The expression the text names.
        expression: LicenceExpression,
        /// Whether reading it took a guess.
        guessed: bool,
    },
    /// The text says there is nothing to license ("not released", "not disclosed").
    NothingReleased,
    /// The text names no licence the crate can identify. `candidates` lists what an ambiguous
    /// name could mean.
    Unidentified {
        /// The licences an ambiguous name could mean (empty when the text names none).
        candidates: Vec<&'static str>,
    },
}

/// Phrases that say a part is not released, so it has no licence.
const NOTHING_RELEASED: &[&str] = &[
    "not released",
    "not disclosed",
    "not available",
    "none",
    "n/a",
];

/// Reads a licence text.
pub(super) fn read(text: &str) -> Reading {
    let text = clean(text);
    if NOTHING_RELEASED.contains(&text.to_ascii_lowercase().as_str()) {
        return Reading::NothingReleased;
    }
    if let Some(expression) = exact(text) {
        return if expression.as_str() == text {
            Reading::Exact(expression)
        } else {
            Reading::Normalised {
                expression,
                guessed: false,
            }
        };
    }
    if let Some((id, guessed)) = one(text)
        && let Ok(expression) = LicenceExpression::parse(id)
    {
        return Reading::Normalised {
            expression,
            guessed,
        };
    }
    if let Some((expression, guessed)) = several(text) {
        return Reading::Normalised {
            expression,
            guessed,
        };
    }
    let candidates = normalise(text)
        .map(|n| n.candidates().to_vec())
        .unwrap_or_default();
    Reading::Unidentified { candidates }
}

/// Trims blanks and a final full stop.
fn clean(text: &str) -> &str {
    let t = text.trim();
    t.strip_suffix('.').unwrap_or(t).trim_end()
}

/// The text as an SPDX expression whose every term is an SPDX id or a `LicenseRef-`, in
/// canonical form.
fn exact(text: &str) -> Option<LicenceExpression> {
    crate::import::spdx_reading(text).map(|(expression, _)| expression)
}

/// The one licence a name means, by the normaliser, and whether that is a guess
/// ([`is_guess`]); a name written with blanks for hyphens (`ODC-By 1.0`) is tried with hyphens
/// too.
fn one(text: &str) -> Option<(&'static str, bool)> {
    let by_name = |t: &str| normalise(t).and_then(|n| Some((n.id?, is_guess(&n.reason))));
    by_name(text).or_else(|| {
        let hyphenated = text.split_whitespace().collect::<Vec<_>>().join("-");
        (hyphenated != text).then(|| by_name(&hyphenated)).flatten()
    })
}

/// Several licences joined by "and", "+" or commas, each of which names one licence: their
/// conjunction (every part is under its own licence, so all of them apply to the whole), and
/// whether any part was a guess.
fn several(text: &str) -> Option<(LicenceExpression, bool)> {
    let lower = text.to_ascii_lowercase();
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = lower.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let sep = if lower[i..].starts_with(" and ") {
            5
        } else if lower[i..].starts_with(" + ") {
            3
        } else {
            usize::from(lower[i..].starts_with(','))
        };
        if sep > 0 {
            parts.push(&text[start..i]);
            i += sep;
            start = i;
        } else {
            i += lower[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    parts.push(&text[start..]);
    if parts.len() < 2 {
        return None;
    }
    let mut ids: Vec<String> = Vec::new();
    let mut guessed = false;
    for part in parts {
        let part = clean(part);
        if part.is_empty() {
            continue;
        }
        let id = if let Some(e) = exact(part) {
            e.as_str().to_owned()
        } else {
            let (id, guess) = one(part)?;
            guessed |= guess;
            id.to_owned()
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let expression = match ids.len() {
        0 => None,
        1 => ids.first().and_then(|id| LicenceExpression::parse(id).ok()),
        _ => LicenceExpression::parse(&ids.join(" AND ")).ok(),
    }?;
    Some((expression, guessed))
}

/// The licences a `licenses.notes` text names per part, when it follows the index's pattern
/// "Weights: … Code: … Data: …" (any of the three, in any order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct NamedParts {
    /// The text after `Weights:`.
    pub weights: Option<String>,
    /// The text after `Code:`.
    pub code: Option<String>,
    /// The text after `Data:`.
    pub data: Option<String>,
}

/// Splits notes of the form "Weights: Apache-2.0. Code: Apache-2.0. Data: ODC-BY." into parts.
pub(super) fn named_parts(notes: &str) -> NamedParts {
    const LABELS: [&str; 3] = ["Weights:", "Code:", "Data:"];
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (label, name) in LABELS.iter().enumerate() {
        let mut from = 0;
        while let Some(at) = notes[from..].find(name) {
            let at = from + at;
            let boundary = notes[..at]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '.' || c == ';');
            if boundary {
                found.push((at, label));
                break;
            }
            from = at + name.len();
        }
    }
    found.sort_unstable();
    let mut parts = NamedParts::default();
    for (n, (at, label)) in found.iter().enumerate() {
        let start = at + LABELS[*label].len();
        let end = found.get(n + 1).map_or(notes.len(), |(next, _)| *next);
        let value = clean(&notes[start..end]).to_owned();
        if value.is_empty() {
            continue;
        }
        match label {
            0 => parts.weights = Some(value),
            1 => parts.code = Some(value),
            _ => parts.data = Some(value),
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expr(text: &str) -> String {
        match read(text) {
            Reading::Exact(e) | Reading::Normalised { expression: e, .. } => e.to_string(),
            other => format!("{other:?}"),
        }
    }

    fn guessed(text: &str) -> Option<bool> {
        match read(text) {
            Reading::Exact(_) => Some(false),
            Reading::Normalised { guessed, .. } => Some(guessed),
            _ => None,
        }
    }

    #[test]
    fn names_are_guesses_and_identifiers_are_not() {
        // An identifier, as written or in another spelling: nothing is inferred.
        assert_eq!(guessed("Apache-2.0"), Some(false));
        assert_eq!(guessed("apache-2.0"), Some(false));
        assert_eq!(guessed("MIT, Apache-2.0"), Some(false));
        // A title or an alias: the licence is inferred from the text.
        assert_eq!(guessed("MIT License"), Some(true));
        assert_eq!(guessed("Meta Llama 3 Community License"), Some(true));
        assert_eq!(guessed("Apache-2.0 and MIT License"), Some(true));
        assert_eq!(guessed("not released"), None);
    }

    #[test]
    fn spellings_of_the_entries_are_read() {
        assert_eq!(expr("Apache-2.0"), "Apache-2.0");
        assert_eq!(expr("Apache 2.0"), "Apache-2.0");
        assert_eq!(expr("MIT License"), "MIT");
        assert_eq!(
            expr("Meta Llama 3 Community License"),
            "LicenseRef-Llama-3-Community"
        );
        assert_eq!(expr("ODC-By 1.0"), "ODC-By-1.0");
        assert_eq!(
            expr("Apache-2.0 and BigScience RAIL License v1.0"),
            "Apache-2.0 AND LicenseRef-BigScience-BLOOM-RAIL-1.0"
        );
        assert_eq!(read("not released"), Reading::NothingReleased);
        assert!(matches!(
            read("Purposely left ambiguous"),
            Reading::Unidentified { .. }
        ));
        assert!(matches!(read("Undisclosed"), Reading::Unidentified { .. }));
        assert!(matches!(
            read("Unknown (Apache-2.0?)"),
            Reading::Unidentified { .. }
        ));
        assert!(matches!(
            read("OpenRAIL, ODC-By 1.0, ODC-BY"),
            Reading::Unidentified { .. }
        ));
        let Reading::Unidentified { candidates } = read("Falcon LLM License") else {
            panic!("ambiguous")
        };
        assert!(candidates.len() > 1);
    }

    #[test]
    fn notes_are_split_into_parts() {
        let parts = named_parts(
            "Weights: NVIDIA Open Model License. Code: Apache-2.0. Data: not released.",
        );
        assert_eq!(parts.weights.as_deref(), Some("NVIDIA Open Model License"));
        assert_eq!(parts.code.as_deref(), Some("Apache-2.0"));
        assert_eq!(parts.data.as_deref(), Some("not released"));
        let none = named_parts("Apache 2.0, an OSI-approved license.");
        assert!(none.weights.is_none() && none.code.is_none() && none.data.is_none());
        let none = named_parts("");
        assert!(none.weights.is_none() && none.code.is_none() && none.data.is_none());
    }
}
