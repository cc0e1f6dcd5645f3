//! The per-document cost of each stage of `validate` and `classify`, on a realistic corpus
//! (`benches/corpus`: 2–8 KB JSON documents built from the examples, a quarter with a mistake):
//! serde_json's parse alone (the floor), the positioned parse, the schema check, the typed load,
//! every layer of the validator together, the whole pipeline, each built-in framework, the
//! open-washing detector, and the result line at each `--detail`.
//!
//! Run with `cargo bench --bench stages` (add `-- --quick` for a short run); criterion reports
//! the time per 200 documents and the documents per second (`thrpt`).

mod corpus;

use std::hint::black_box;

use ai_openness::classify::{Framework, Profile as _, washing};
use ai_openness::document::{self, Format};
use ai_openness::pipeline::Pipeline;
use ai_openness::results::{Detail, DocumentResult, Target};
use ai_openness::validate::{Validator, ValidatorOptions};
use ai_openness::{Release, Report};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SAMPLE: u64 = 200;

fn sample() -> Vec<String> {
    let bases = corpus::bases();
    (0..SAMPLE).map(|i| corpus::document(&bases, i).0).collect()
}

fn stages(c: &mut Criterion) {
    let docs = sample();
    let validator = Validator::new(ValidatorOptions::default());
    let limits = ValidatorOptions::default().limits;
    let values: Vec<serde_json::Value> = docs
        .iter()
        .map(|d| serde_json::from_str(d).expect("JSON"))
        .collect();
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Elements(SAMPLE));
    group.bench_function("serde_json-parse", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(d)).ok());
            }
        });
    });
    group.bench_function("positioned-parse", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(document::parse_tree(black_box(d), Format::Json, &limits).ok());
            }
        });
    });
    group.bench_function("schema-check", |b| {
        b.iter(|| {
            for v in &values {
                black_box(validator.schema_accepts(black_box(v)));
            }
        });
    });
    group.bench_function("typed-load", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(document::from_str(black_box(d), Format::Json).ok());
            }
        });
    });
    group.bench_function("validate-all-layers", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(validator.validate_str(black_box(d), Format::Json));
            }
        });
    });
    let pipeline = Pipeline::default();
    group.bench_function("pipeline", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(pipeline.process_str(black_box(d), Some(Format::Json)));
            }
        });
    });
    group.finish();

    // Semantic rules: validating a typed release runs the schema, load and rules on its
    // serialised form; the difference from `validate-all-layers` is the text parse.
    let releases: Vec<Release> = docs
        .iter()
        .filter_map(|d| document::from_str(d, Format::Json).ok())
        .collect();
    let mut group = c.benchmark_group("release");
    group.throughput(Throughput::Elements(releases.len() as u64));
    group.bench_function("validate_release", |b| {
        b.iter(|| {
            for r in &releases {
                let report: Report = validator.validate_release(black_box(r));
                black_box(report);
            }
        });
    });
    for framework in Framework::ALL {
        group.bench_function(format!("classify-{}", framework.id()), |b| {
            b.iter(|| {
                for r in &releases {
                    black_box(framework.evaluate(black_box(r)));
                }
            });
        });
    }
    group.bench_function("washing-detect", |b| {
        b.iter(|| {
            for r in &releases {
                black_box(washing::detect(black_box(r)));
            }
        });
    });
    group.finish();

    let processed: Vec<_> = docs
        .iter()
        .map(|d| pipeline.process_str(d, Some(Format::Json)))
        .collect();
    let targets = Target::defaults(&[], &[]);
    let mut group = c.benchmark_group("result");
    group.throughput(Throughput::Elements(SAMPLE));
    group.bench_function("document-result", |b| {
        b.iter(|| {
            for p in &processed {
                black_box(DocumentResult::new("x.json", black_box(p), &targets));
            }
        });
    });
    let results: Vec<DocumentResult> = processed
        .iter()
        .map(|p| DocumentResult::new("x.json", p, &targets))
        .collect();
    for detail in Detail::ALL {
        group.bench_function(format!("json-line-{detail}"), |b| {
            b.iter(|| {
                for r in &results {
                    black_box(serde_json::to_vec(&r.json_line(*detail)).ok());
                }
            });
        });
    }
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
