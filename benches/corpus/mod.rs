//! A realistic corpus of descriptions for benchmarks: documents of 2–8 KB built from the
//! shipped examples, with the mix of component kinds, licences and mistakes seen in the
//! examples and the validator corpus (`tests/data/invalid`), valid and invalid. Deterministic:
//! document `i` is the same for every run and every machine.

use ai_openness::document::{self, Format};
use serde_json::{Value, json};

/// The examples the corpus is built from.
const EXAMPLES: &[&str] = &[
    include_str!("../../examples/bloom.yaml"),
    include_str!("../../examples/gemma-2.yaml"),
    include_str!("../../examples/llama-3.1.yaml"),
    include_str!("../../examples/ministral-8b-moderated-system.yaml"),
    include_str!("../../examples/mistral-7b.yaml"),
    include_str!("../../examples/olmo-2.yaml"),
    include_str!("../../examples/pythia.yaml"),
];

/// Licences as they appear in descriptions: open, restrictive, custom, unknown, and a few
/// mistakes the validator reports (a deprecated id, an unknown id, a malformed expression).
const LICENCES: &[&str] = &[
    "Apache-2.0",
    "Apache-2.0",
    "MIT",
    "MIT",
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "BSD-3-Clause",
    "GPL-3.0-only",
    "CC-BY-NC-4.0",
    "ODC-By-1.0",
    "CDLA-Permissive-2.0",
    "Apache-2.0 AND MIT",
    "MIT OR Apache-2.0",
    "LicenseRef-Llama-3.1-Community",
    "LicenseRef-Gemma",
    "NOASSERTION",
    "GPL-2.0",
    "Apache 2",
    "apache-2.0",
];

/// The kinds of mistake a generated document can carry (as in `tests/data/invalid`).
const MISTAKES: &[&str] = &[
    "kind-typo",
    "unknown-field",
    "future-date",
    "non-web-url",
    "missing-kind",
    "wrong-type",
    "bad-licence",
];

/// A small deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator for document `i`.
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }

    /// The next number.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// The base documents: the examples, as the JSON the validator checks.
pub(crate) fn bases() -> Vec<Value> {
    EXAMPLES
        .iter()
        .map(|text| {
            let release = document::from_str(text, Format::Yaml).expect("the examples load");
            serde_json::to_value(&release).expect("a release serialises")
        })
        .collect()
}

/// Document `i` of the corpus, as one line of JSON (no newline), and whether a mistake was
/// put in it.
pub(crate) fn document(bases: &[Value], i: u64) -> (String, bool) {
    let mut rng = Rng::new(i);
    let mut doc = bases[rng.below(bases.len())].clone();
    let obj = doc.as_object_mut().expect("an object");
    obj.insert("name".into(), json!(format!("model-{i:07}")));
    obj.insert(
        "version".into(),
        json!(format!("{}.{}", rng.below(4), rng.below(10))),
    );
    obj.remove("id");
    if let Some(Value::Array(components)) = obj.get_mut("components") {
        // Keep 3 to all components, and vary their licences.
        let keep = 3 + rng.below(components.len().saturating_sub(2).max(1));
        components.truncate(keep.min(components.len()));
        for c in components.iter_mut() {
            if let Some(c) = c.as_object_mut() {
                if rng.chance(40) {
                    let licence = LICENCES[rng.below(LICENCES.len())];
                    c.insert("license".into(), json!(licence));
                }
                if rng.chance(30) {
                    c.remove("description");
                }
            }
        }
    }
    // Trim long optional parts so documents stay within 2–8 KB.
    for key in ["claims", "evaluations", "lineage"] {
        if rng.chance(30) {
            obj.remove(key);
        }
    }
    let mistake = rng.chance(25);
    if mistake {
        apply_mistake(obj, MISTAKES[rng.below(MISTAKES.len())]);
    }
    let mut text = doc.to_string();
    while text.len() > 8 * 1024 {
        let Some(Value::Array(components)) = doc.get_mut("components") else {
            break;
        };
        if components.len() <= 3 {
            break;
        }
        components.pop();
        text = doc.to_string();
    }
    if text.len() < 2 * 1024 {
        if let Some(obj) = doc.as_object_mut() {
            let pad = "A description long enough to bring the document to a realistic size. "
                .repeat((2 * 1024 - text.len()) / 70 + 1);
            obj.insert("description".into(), json!(pad));
        }
        text = doc.to_string();
    }
    (text, mistake)
}

fn apply_mistake(obj: &mut serde_json::Map<String, Value>, mistake: &str) {
    let first = obj
        .get_mut("components")
        .and_then(Value::as_array_mut)
        .and_then(|c| c.first_mut())
        .and_then(Value::as_object_mut);
    match (mistake, first) {
        ("kind-typo", Some(c)) => {
            c.insert("kind".into(), json!("model-weights"));
        }
        ("unknown-field", Some(c)) => {
            c.insert("licence".into(), json!("MIT"));
        }
        ("missing-kind", Some(c)) => {
            c.remove("kind");
        }
        ("bad-licence", Some(c)) => {
            c.insert("license".into(), json!("MIT AND OR Apache-2.0"));
        }
        ("non-web-url", Some(c)) => {
            c.insert("location".into(), json!("ftp://example.org/weights"));
        }
        ("future-date", _) => {
            obj.insert("release_date".into(), json!("2999-01-01"));
        }
        ("wrong-type", _) => {
            obj.insert("components".into(), json!("none"));
        }
        _ => {}
    }
}
