//! Scaling: every pass over a document is linear (or n log n) in its size. Each family of inputs
//! is built at size n and 2n and run through the whole library path a registry runs (the
//! pipeline: parse, limits, schema, typed load, rules; then every framework, the explanations
//! and the open-washing checks); the cost ratio of 2n to n is printed, and should be near 2 (a
//! quadratic pass shows as 4).
//!
//! Run with `cargo bench --bench scaling` (add `-- --quick` for a short criterion run). Before
//! the criterion groups, a check measures each family at n and 2n (median of several runs) and
//! prints the ratios; it fails the run (exit code 1) when a ratio is above
//! [`MAX_RATIO`]. The check runs only under `cargo bench` (with `--bench`), never as a test: no
//! timing decides a test's outcome.

use std::hint::black_box;
use std::time::{Duration, Instant};

use ai_openness::classify::assess_all;
use ai_openness::pipeline::Pipeline;
use ai_openness::syntax::{LimitKind, Limits};
use ai_openness::validate::ValidatorOptions;
use criterion::{BenchmarkId, Criterion, Throughput};

/// The largest accepted cost ratio of 2n to n: linear is 2, n log n a little more, quadratic 4.
const MAX_RATIO: f64 = 3.0;

/// The smaller size of each family.
const N: usize = 2_000;

/// A family of inputs: its name and the text of size n.
type Family = (&'static str, fn(usize) -> String);

const HEAD: &str = "spec_version: 0.1.0\nname: Scaling\n";

fn components(n: usize) -> String {
    let mut text = format!("{HEAD}components:\n");
    let kinds = [
        "model_weights",
        "training_code",
        "model_card",
        "inference_code",
    ];
    for i in 0..n {
        text.push_str(&format!(
            "  - kind: {}\n    name: part {i}\n    license: Apache-2.0\n    availability: public\n",
            kinds[i % kinds.len()]
        ));
    }
    text
}

/// Many components of one kind: the duplicate-name rule's worst case.
fn one_kind(n: usize) -> String {
    let mut text = format!("{HEAD}components:\n");
    for i in 0..n {
        text.push_str(&format!("  - kind: model_card\n    name: Card {i}\n"));
    }
    text
}

/// One licence expression of n terms.
fn licence_terms(n: usize) -> String {
    let terms = vec!["MIT"; n * 10].join(" OR ");
    format!("{HEAD}components:\n  - kind: model_weights\n    license: {terms}\n")
}

fn evidence(n: usize) -> String {
    let mut text =
        format!("{HEAD}components:\n  - kind: model_weights\n    license: MIT\nevidence:\n");
    for i in 0..n {
        text.push_str(&format!(
            "  - url: https://example.org/e/{i}\n    title: E {i}\n"
        ));
    }
    text
}

fn claims(n: usize) -> String {
    let mut text =
        format!("{HEAD}components:\n  - kind: model_weights\n    license: MIT\nclaims:\n");
    for _ in 0..n {
        text.push_str("  - kind: open_source\n    scope: [model_weights]\n");
    }
    text
}

/// n weights under a licence that restricts use, with n open-source and n framework-level
/// claims: the claim rules and the open-washing checks compare claims with components.
fn claims_over_components(n: usize) -> String {
    let mut text = format!("{HEAD}components:\n");
    for i in 0..n {
        text.push_str(&format!(
            "  - kind: model_weights\n    name: w{i}\n    license: CC-BY-NC-4.0\n    availability: public\n"
        ));
    }
    text.push_str("claims:\n");
    for _ in 0..n {
        text.push_str("  - kind: open_source\n  - kind: framework_level\n    framework: mof-1.0\n    level: class-1\n");
    }
    text
}

/// A Model Openness Tool file with n components.
fn mot(n: usize) -> String {
    let names = [
        "Model architecture",
        "Model parameters (Final)",
        "Model card",
        "Training code",
        "Inference code",
    ];
    let mut text = String::from(
        "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: M\n  version: '1'\n  date: '2024-01-01'\n  type: language\n  architecture: transformer\n  origin: none\n  producer: P\n  contact: c@example.org\n  components:\n",
    );
    for i in 0..n {
        text.push_str(&format!(
            "    - name: {}\n      description: part {i}\n      license: MIT\n",
            names[i % names.len()]
        ));
    }
    text
}

const FAMILIES: &[Family] = &[
    ("components", components),
    ("one-kind", one_kind),
    ("licence-terms", licence_terms),
    ("evidence", evidence),
    ("claims", claims),
    ("claims-x-weights", claims_over_components),
    ("mot", mot),
];

/// A pipeline whose limits do not stop the larger inputs.
fn pipeline() -> Pipeline {
    let limits = LimitKind::ALL
        .iter()
        .fold(Limits::default(), |l, k| l.with(*k, usize::MAX / 2));
    Pipeline::new(ValidatorOptions::default().with_limits(limits))
}

/// The registry path: the pipeline, then every framework with explanations and findings.
fn run(pipeline: &Pipeline, text: &str) -> usize {
    let processed = pipeline.process_str(text, None);
    let assessed = processed
        .release()
        .map(|r| assess_all(r).classifications.len());
    processed.diagnostics().len() + assessed.unwrap_or(0)
}

fn median_time(pipeline: &Pipeline, text: &str, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(run(pipeline, black_box(text)));
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Measures each family at n and 2n and prints the ratios; `false` when one is above
/// [`MAX_RATIO`].
fn scaling_check() -> bool {
    let pipeline = pipeline();
    let mut ok = true;
    println!("scaling check: cost of 2n / cost of n (n = {N}; linear is 2.0, quadratic 4.0)");
    for (name, family) in FAMILIES {
        let small = family(N);
        let large = family(2 * N);
        // Warm up (the schema, the licence tables).
        black_box(run(&pipeline, &small));
        // A shared machine is noisy: a ratio over the bound is measured again (up to three
        // times), and the best of the tries counts.
        let mut best: Option<(Duration, Duration, f64)> = None;
        for _ in 0..3 {
            let t1 = median_time(&pipeline, &small, 7);
            let t2 = median_time(&pipeline, &large, 7);
            let ratio = t2.as_secs_f64() / t1.as_secs_f64().max(1e-9);
            if best.is_none_or(|(_, _, r)| ratio < r) {
                best = Some((t1, t2, ratio));
            }
            if ratio <= MAX_RATIO {
                break;
            }
        }
        let Some((t1, t2, ratio)) = best else {
            continue;
        };
        let verdict = if ratio <= MAX_RATIO { "ok" } else { "TOO SLOW" };
        println!("  {name:14} n: {t1:>10.2?}  2n: {t2:>10.2?}  ratio {ratio:.2}  {verdict}");
        ok &= ratio <= MAX_RATIO;
    }
    ok
}

fn benches(c: &mut Criterion) {
    let pipeline = pipeline();
    for (name, family) in FAMILIES {
        let mut group = c.benchmark_group(format!("scaling/{name}"));
        group.sample_size(10);
        for n in [N, 2 * N] {
            let text = family(n);
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
                b.iter(|| run(&pipeline, black_box(text)));
            });
        }
        group.finish();
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and then only the
    // criterion groups run once each, untimed.
    let benching = std::env::args().any(|a| a == "--bench");
    let ok = !benching || scaling_check();
    let mut criterion = Criterion::default().configure_from_args();
    benches(&mut criterion);
    criterion.final_summary();
    if !ok {
        eprintln!("error: a family's cost grows faster than n log n (ratio above {MAX_RATIO})");
        std::process::exit(1);
    }
}
