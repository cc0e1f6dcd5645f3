//! Throughput of the registry paths: validating a description (parse, schema, typed load, rules)
//! and classifying it under every framework. Registries validate thousands of submissions in CI,
//! so these numbers, not timed tests, are where speed targets live.
//!
//! Run with `cargo bench --bench throughput` (add `-- --quick` for a short run).

use std::hint::black_box;

use ai_openness::classify::classify_all;
use ai_openness::document::{self, Format};
use ai_openness::validate::{Validator, ValidatorOptions};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const EXAMPLES: &[(&str, &str)] = &[
    ("olmo-2", include_str!("../examples/olmo-2.yaml")),
    ("llama-3.1", include_str!("../examples/llama-3.1.yaml")),
    (
        "ministral-system",
        include_str!("../examples/ministral-8b-moderated-system.yaml"),
    ),
];

fn validate(c: &mut Criterion) {
    let validator = Validator::new(ValidatorOptions::default());
    let mut group = c.benchmark_group("validate");
    for (name, text) in EXAMPLES {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| validator.validate_str(black_box(text), Format::Yaml));
        });
    }
    group.finish();
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    for (name, text) in EXAMPLES {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| document::from_str(black_box(text), Format::Yaml));
        });
    }
    group.finish();
}

fn classify(c: &mut Criterion) {
    let mut group = c.benchmark_group("classify_all");
    for (name, text) in EXAMPLES {
        let release = document::from_str(text, Format::Yaml).expect("examples load");
        group.bench_function(*name, |b| b.iter(|| classify_all(black_box(&release))));
    }
    group.finish();
}

criterion_group!(benches, validate, load, classify);
criterion_main!(benches);
