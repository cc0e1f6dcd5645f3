//! The per-document limits (`docs/limits.md`): each limit + 1 is one `limit-exceeded` error at
//! the value that passes it, naming the limit's flag; exactly the limit passes. Reads are bounded
//! whatever the source claims.

use std::io::Read;

use ai_openness::Diagnostic;
use ai_openness::pipeline::{DocumentKind, Pipeline, Processed};
use ai_openness::syntax::{LimitKind, Limits};
use ai_openness::validate::ValidatorOptions;

fn pipeline(limits: Limits) -> Pipeline {
    Pipeline::new(ValidatorOptions::default().with_limits(limits))
}

fn limit_errors(p: &Processed) -> Vec<&Diagnostic> {
    p.diagnostics()
        .iter()
        .filter(|d| d.code.as_str() == "limit-exceeded")
        .collect()
}

/// `n` copies of `item`, joined by `sep`.
fn repeat(item: &str, n: usize, sep: &str) -> String {
    vec![item; n].join(sep)
}

/// A native description with `n` of what `kind` counts, and the pointer of the value that
/// passes the limit when `n` is one more than it.
fn document(kind: LimitKind, n: usize) -> (String, &'static str) {
    let head = "spec_version: 0.1.0\nname: T\n";
    match kind {
        // The whole text is `n` bytes.
        LimitKind::Bytes => {
            let base = format!("{head}description: x");
            let pad = n.saturating_sub(base.len());
            (format!("{base}{}", "x".repeat(pad)), "")
        }
        // `n` nested lists under the root mapping (the root is depth 1).
        LimitKind::Depth => (
            format!("{head}x: {}{}", "[".repeat(n - 1), "]".repeat(n - 1)),
            "",
        ),
        // The root list and `n - 1` scalars.
        LimitKind::Nodes => (format!("[{}]", repeat("1", n - 1, ",")), ""),
        LimitKind::StringBytes => (format!("{head}description: {}\n", "d".repeat(n)), ""),
        LimitKind::Components => (
            format!(
                "{head}components:\n{}",
                (0..n)
                    .map(|i| format!("  - {{kind: model_card, name: c{i}}}\n"))
                    .collect::<String>()
            ),
            "/components",
        ),
        LimitKind::LicenceTerms => (
            format!(
                "{head}components:\n  - kind: model_weights\n    license: {}\n",
                repeat("MIT", n, " OR ")
            ),
            "/components/0/license",
        ),
        // Split over two lists: the second passes the limit.
        LimitKind::Evidence => (
            format!(
                "{head}evidence: [{}]\ncomponents:\n  - kind: model_card\n    evidence: [{}]\n",
                repeat("{url: 'https://e.example/'}", 1, ", "),
                repeat("{url: 'https://e.example/'}", n - 1, ", ")
            ),
            "/components/0/evidence",
        ),
        LimitKind::Claims => (
            format!(
                "{head}claims: [{}]\n",
                repeat("{kind: open_source, scope: [model_weights]}", n, ", ")
            ),
            "/claims",
        ),
        LimitKind::Lineage => (
            format!(
                "{head}lineage: [{}]\n",
                repeat("{relation: fine_tuned_from, base: {name: B}}", n, ", ")
            ),
            "/lineage",
        ),
        LimitKind::Evaluations => (
            format!(
                "{head}evaluations: [{}]\n",
                repeat("{benchmark: X}", n, ", ")
            ),
            "/evaluations",
        ),
        other => panic!("no document for {other}"),
    }
}

#[test]
fn each_limit_plus_one_is_limit_exceeded_and_exactly_the_limit_passes() {
    for kind in LimitKind::ALL {
        let limit = match kind {
            LimitKind::Bytes => 200,
            LimitKind::Depth | LimitKind::Nodes => 20,
            LimitKind::StringBytes => 100,
            _ => 5,
        };
        let limits = Limits::default().with(*kind, limit);
        let (at, _) = document(*kind, limit);
        let processed = pipeline(limits).process_str(&at, None);
        assert!(
            limit_errors(&processed).is_empty(),
            "{kind}: a document exactly at the limit passes it: {:?}",
            processed.diagnostics()
        );
        let (over, pointer) = document(*kind, limit + 1);
        let processed = pipeline(limits).process_str(&over, None);
        let errors = limit_errors(&processed);
        assert_eq!(errors.len(), 1, "{kind}: {:?}", processed.diagnostics());
        let d = errors[0];
        assert_eq!(d.severity.as_str(), "error", "{kind}");
        assert_eq!(d.pointer, pointer, "{kind}: {}", d.message);
        assert!(
            d.message.contains(&kind.flag()) && d.message.contains(&limit.to_string()),
            "{kind}: the message names the flag and the limit: {}",
            d.message
        );
        assert!(d.line.is_some(), "{kind}: located");
        assert!(
            !processed.is_valid() && processed.release().is_none(),
            "{kind}"
        );
    }
}

#[test]
fn a_mot_file_has_the_same_component_limit() {
    let mot = |n: usize| {
        let mut text = String::from(
            "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: M\n  components:\n",
        );
        for i in 0..n {
            text.push_str(&format!(
                "    - name: Model card {i}\n      description: d\n      license: MIT\n"
            ));
        }
        text
    };
    let limits = Limits::default().with_max_components(4);
    assert_eq!(pipeline(limits).limits(), &limits);
    let at = pipeline(limits).process_str(&mot(4), None);
    assert_eq!(at.kind(), Some(DocumentKind::Mot));
    assert!(limit_errors(&at).is_empty(), "{:?}", at.diagnostics());
    let over = pipeline(limits).process_str(&mot(5), None);
    assert_eq!(over.kind(), Some(DocumentKind::Mot));
    let errors = limit_errors(&over);
    assert_eq!(errors.len(), 1, "{:?}", over.diagnostics());
    assert_eq!(errors[0].pointer, "/release/components");
    assert!(errors[0].message.contains("--max-components"));
    assert!(over.mot_verdict().is_none() && over.release().is_none());

    // The importer, called directly, reads under the same limits.
    let e = ai_openness::import::mot::to_release_with_limits(&mot(5), &limits).unwrap_err();
    assert!(e.to_string().contains("--max-components"), "{e}");
    assert!(ai_openness::import::mot::to_release_with_limits(&mot(4), &limits).is_ok());
}

#[test]
fn the_default_component_limit_is_the_same_for_every_reader() {
    assert_eq!(Limits::default().max_components, 10_000);
    let components: String = (0..10_001)
        .map(|i| format!("  - {{kind: model_card, name: c{i}}}\n"))
        .collect();
    let text = format!("spec_version: 0.1.0\nname: T\ncomponents:\n{components}");
    let processed = Pipeline::default().process_str(&text, None);
    let errors = limit_errors(&processed);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message,
        "10001 components, more than the limit of 10000 (--max-components)"
    );
}

/// A reader that never ends, and counts what was read from it.
struct Endless {
    read: usize,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        buf.fill(b' ');
        self.read += buf.len();
        Ok(buf.len())
    }
}

#[test]
fn reads_stop_one_byte_after_the_limit_whatever_the_source() {
    let limits = Limits::default().with_max_bytes(1000);
    let mut endless = Endless { read: 0 };
    let processed = pipeline(limits).process_reader(&mut endless, None).unwrap();
    let d = &limit_errors(&processed)[0];
    assert_eq!(d.pointer, "");
    assert!(d.message.contains("--max-bytes"), "{}", d.message);
    // `take` may ask for more than it keeps, but never unboundedly more.
    assert!(endless.read < 1_000_000, "read {} bytes", endless.read);

    let zero = std::path::Path::new("/dev/zero");
    if zero.exists() {
        let processed = pipeline(limits).process_path(zero).unwrap();
        let d = &limit_errors(&processed)[0];
        assert_eq!(
            d.message,
            "input is more than the limit of 1000 bytes (--max-bytes)"
        );
        let e = ai_openness::document::read_text(zero, &limits).unwrap_err();
        assert!(e.to_string().contains("--max-bytes"), "{e}");
    }
}

#[test]
fn a_file_over_the_limit_is_reported_with_its_real_size() {
    let dir = std::env::temp_dir().join(format!("ai-openness-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.yaml");
    std::fs::write(&path, vec![b' '; 3 * 1024 * 1024]).unwrap();
    let limits = Limits::default().with_max_bytes(1024 * 1024);
    let processed = pipeline(limits).process_path(&path).unwrap();
    let message = limit_errors(&processed)[0].message.clone();
    let text = ai_openness::document::read_text(&path, &limits)
        .unwrap_err()
        .to_string();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        message,
        "input is 3145728 bytes (3.0 MiB), more than the limit of 1048576 bytes (1.0 MiB; --max-bytes)"
    );
    assert!(text.contains("3145728 bytes (3.0 MiB)"), "{text}");
}

#[test]
fn the_osai_index_importer_reads_under_the_same_limits() {
    let entry = |n: usize| format!("system:\n  name: {}\norg:\n  name: O\n", "s".repeat(n));
    let limits = Limits::default().with(LimitKind::StringBytes, 64);
    let e =
        ai_openness::import::osai_index::to_release_with_limits(&entry(65), &limits).unwrap_err();
    assert!(e.to_string().contains("--max-string-bytes"), "{e}");
    let e = ai_openness::import::osai_index::to_release_with_limits(
        &format!("{}\nx: [{}]\n", entry(1), vec!["1"; 50].join(",")),
        &Limits::default().with_max_nodes(40),
    )
    .unwrap_err();
    assert!(e.to_string().contains("--max-nodes"), "{e}");
}
