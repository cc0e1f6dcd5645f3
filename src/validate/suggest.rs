//! "Did you mean …?": the closest allowed word to a misspelt field name or vocabulary value.

/// The candidate closest to `word`, when it is close enough to be a likely misspelling: equal
/// after folding case and `-`/`_`/space, or within an edit distance of about a third of the
/// word's length (at least 1, at most 3). Ties go to the first candidate.
#[must_use]
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let folded = fold(word);
    if folded.is_empty() || word.len() > 200 {
        return None;
    }
    let limit = (folded.chars().count() / 3).clamp(1, 3);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        if candidate == word {
            return None;
        }
        let distance = if fold(candidate) == folded {
            0
        } else {
            edit_distance(&folded, &fold(candidate))
        };
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Lower case, with `-` and spaces read as `_`.
fn fold(word: &str) -> String {
    word.trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_near_misses() {
        let kinds = ["model_weights", "model_card", "training_code"];
        assert_eq!(closest("model-weights", kinds), Some("model_weights"));
        assert_eq!(closest("Model Weights", kinds), Some("model_weights"));
        assert_eq!(closest("modle_weights", kinds), Some("model_weights"));
        assert_eq!(closest("traning_code", kinds), Some("training_code"));
        assert_eq!(closest("dataset", kinds), None);
        assert_eq!(closest("licence", ["license", "location"]), Some("license"));
        assert_eq!(closest("model_card", kinds), None);
    }

    #[test]
    fn distance_counts_transpositions_once() {
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
