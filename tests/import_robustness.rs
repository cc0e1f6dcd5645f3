//! The importers never panic on bad input: every prefix of the crate's own files, and every value
//! of them replaced by a value of another type, gives a release or located diagnostics.

use std::path::Path;

use ai_openness::pipeline::{DocumentKind, Pipeline};
use serde_json::Value;

fn own(rel: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(rel),
    )
    .unwrap()
}

const FILES: &[(&str, DocumentKind)] = &[
    ("hf-card/fine-tune.md", DocumentKind::HfCard),
    ("hf-card/other-licence.md", DocumentKind::HfCard),
    ("croissant/rai-dataset.json", DocumentKind::Croissant),
    ("spdx3/ai-bom.json", DocumentKind::Spdx3),
    ("cyclonedx/ml-bom-1.6.json", DocumentKind::CycloneDx),
];

fn check(pipeline: &Pipeline, text: &str) {
    let d = pipeline.process_str(text, None);
    if !d.is_valid() {
        assert!(d.release().is_none());
        assert!(
            d.diagnostics()
                .iter()
                .any(|x| x.is_error() && x.line.is_some()),
            "{text}"
        );
    }
}

#[test]
fn every_prefix_reads_without_panic() {
    for (file, kind) in FILES {
        let text = own(file);
        let pipeline = Pipeline::default().reading_as(*kind);
        let mut cut = 0;
        while cut < text.len() {
            if text.is_char_boundary(cut) {
                check(&pipeline, &text[..cut]);
            }
            cut += 7;
        }
    }
}

/// Every JSON Pointer of a value.
fn pointers(value: &Value, base: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{base}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(v, &p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{base}/{i}");
                out.push(p.clone());
                pointers(v, &p, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_value_of_another_type_reads_without_panic() {
    let replacements = [
        Value::Null,
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!(1.5),
        serde_json::json!("x"),
    ];
    for (file, kind) in FILES.iter().filter(|(f, _)| f.ends_with(".json")) {
        let original: Value = serde_json::from_str(&own(file)).unwrap();
        let pipeline = Pipeline::default().reading_as(*kind);
        let mut all = Vec::new();
        pointers(&original, "", &mut all);
        for pointer in all {
            for replacement in &replacements {
                let mut doc = original.clone();
                if let Some(slot) = doc.pointer_mut(&pointer) {
                    *slot = replacement.clone();
                }
                check(&pipeline, &doc.to_string());
            }
        }
    }
}
