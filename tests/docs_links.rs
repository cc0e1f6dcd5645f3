//! Everything the crate cites is in the repository, and every citation resolves.
//!
//! - Every `docs/NAME.md` or `docs/NAME.md#anchor` written in the sources, the docs, the README,
//!   `ARCHITECTURE.md`, the changelog and the examples names a file that exists, and the anchor
//!   is an explicit `<a id="…">` of that file or the GitHub slug of one of its headings. Relative
//!   markdown links (`[x](other.md#a)`, `[x](#a)`) in markdown files resolve the same way. An
//!   anchor with an upper-case placeholder (`#rule-N`, `#CODE`) stands for any anchor of that
//!   shape and resolves when the file has at least one.
//! - Nothing under `src/` or `examples/` cites the project's research notes or fixtures outside
//!   the repository (`frameworks.md`, `ai-licences.md`, `README rule N`, `../shared`, …).
//! - Every open-washing code, every MOT rule and every MOT quirk has its section.
//! - `docs/format.md` mentions every property of the committed JSON Schema.
//!
//! Every offender is printed with its file and line before the test fails.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use ai_openness::classify::mof_1_0::QuirkCode;
use ai_openness::classify::washing::WashingCode;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Files under `dir` (relative to the crate root) whose name ends with one of `exts` (all files
/// when `exts` is empty), recursively, sorted.
fn files(dir: &str, exts: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, exts, out);
            } else if exts.is_empty()
                || exts
                    .iter()
                    .any(|e| path.to_string_lossy().ends_with(&format!(".{e}")))
            {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), exts, &mut out);
    out.sort();
    out
}

/// The files whose citations are checked.
fn citing_files() -> Vec<PathBuf> {
    let mut out = files("src", &["rs"]);
    out.extend(files("docs", &["md"]));
    out.extend(files("examples", &[]));
    for f in ["README.md", "ARCHITECTURE.md", "CHANGELOG.md"] {
        let p = root().join(f);
        if p.is_file() {
            out.push(p);
        }
    }
    out
}

fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// GitHub's anchor for a heading: lower case; letters, digits, `-`, `_` and spaces kept (spaces
/// become `-`); everything else (backticks, punctuation) dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a markdown file: explicit `<a id="…">` / `<a name="…">` and heading slugs
/// (with GitHub's `-1`, `-2` suffixes for repeated headings). Headings inside code fences do not
/// count.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut fence = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            fence = !fence;
            continue;
        }
        if fence {
            continue;
        }
        for attr in ["<a id=\"", "<a name=\""] {
            let mut rest = line;
            while let Some(i) = rest.find(attr) {
                rest = &rest[i + attr.len()..];
                if let Some(end) = rest.find('"') {
                    out.insert(rest[..end].to_owned());
                }
            }
        }
        if let Some(h) = trimmed.strip_prefix('#') {
            let h = h.trim_start_matches('#');
            if h.starts_with(' ') {
                let base = slug(h);
                let n = seen.entry(base.clone()).or_insert(0);
                let anchor = if *n == 0 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                };
                *n += 1;
                out.insert(anchor);
            }
        }
    }
    out
}

fn is_anchor_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// A citation found in a file: where, the target file (relative to the crate root) and the
/// anchor, if any.
#[derive(Debug)]
struct Citation {
    at: String,
    target: PathBuf,
    anchor: Option<String>,
}

/// `docs/NAME.md` and `docs/NAME.md#anchor` anywhere in the text (a trailing `.` of a sentence is
/// not part of the anchor; `docs/` preceded by a letter or `/` is part of a URL or another path).
fn docs_references(path: &Path, text: &str, out: &mut Vec<Citation>) {
    for (n, line) in text.lines().enumerate() {
        let mut from = 0;
        while let Some(i) = line[from..].find("docs/") {
            let start = from + i;
            from = start + "docs/".len();
            let before = line[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '_')) {
                continue;
            }
            let rest = &line[from..];
            let name_len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
                .unwrap_or(rest.len());
            let name = rest[..name_len].trim_end_matches('.');
            if name.len() <= ".md".len() || !name.ends_with(".md") {
                continue;
            }
            let after = &rest[name.len()..];
            let anchor = after.strip_prefix('#').and_then(|a| {
                let len = a.find(|c: char| !is_anchor_char(c)).unwrap_or(a.len());
                // `#rule-{rule}` in a format string: the argument is a placeholder segment.
                if a[len..].starts_with('{') {
                    return Some(format!("{}ARG", &a[..len]));
                }
                let a = a[..len].trim_end_matches('.');
                (!a.is_empty()).then(|| a.to_owned())
            });
            out.push(Citation {
                at: format!("{}:{}", rel(path), n + 1),
                target: PathBuf::from("docs").join(name),
                anchor,
            });
        }
    }
}

/// Markdown links `[text](target)` that are not URLs: relative files and `#anchor`s.
fn markdown_links(path: &Path, text: &str, out: &mut Vec<Citation>) {
    let dir = path
        .parent()
        .and_then(|p| p.strip_prefix(root()).ok())
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut fence = false;
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            fence = !fence;
            continue;
        }
        if fence {
            continue;
        }
        let mut from = 0;
        while let Some(i) = line[from..].find("](") {
            let start = from + i + 2;
            let Some(len) = line[start..].find(')') else {
                break;
            };
            from = start + len;
            let target = line[start..start + len].trim();
            if target.contains("://") || target.starts_with("mailto:") || target.is_empty() {
                continue;
            }
            let (file, anchor) = match target.split_once('#') {
                Some((f, a)) => (f, Some(a.to_owned())),
                None => (target, None),
            };
            let target = if file.is_empty() {
                path.strip_prefix(root()).unwrap_or(path).to_path_buf()
            } else {
                normalise_path(&dir.join(file))
            };
            out.push(Citation {
                at: format!("{}:{}", rel(path), n + 1),
                target,
                anchor,
            });
        }
    }
}

/// `a/b/../c` → `a/c`, `./x` → `x`.
fn normalise_path(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in p.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn all_citations() -> Vec<Citation> {
    let mut out = Vec::new();
    for path in citing_files() {
        let text = read(&path);
        docs_references(&path, &text, &mut out);
        if path.extension().is_some_and(|e| e == "md") {
            markdown_links(&path, &text, &mut out);
        }
    }
    out
}

/// A segment of an anchor that stands for any anchor of the kind, as in `docs/mot-rules.md#rule-N`
/// or `docs/open-washing.md#CODE`: all upper-case ASCII letters.
fn is_placeholder(segment: &str) -> bool {
    !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether the `-`-separated segments of `anchor` match those of `pattern`, where a placeholder
/// segment of the pattern matches one or more segments.
fn matches_template(pattern: &[&str], anchor: &[&str]) -> bool {
    match (pattern.split_first(), anchor.split_first()) {
        (None, None) => true,
        (Some((p, rest)), _) if is_placeholder(p) => {
            (1..=anchor.len()).any(|n| matches_template(rest, &anchor[n..]))
        }
        (Some((p, prest)), Some((a, arest))) => p == a && matches_template(prest, arest),
        _ => false,
    }
}

/// Whether `anchor` is one of `anchors`, or a template (`rule-N`, `CODE`) that at least one of
/// them fits.
fn resolves(anchors: &BTreeSet<String>, anchor: &str) -> bool {
    if anchors.contains(anchor) {
        return true;
    }
    let pattern: Vec<&str> = anchor.split('-').collect();
    pattern.iter().any(|s| is_placeholder(s))
        && anchors
            .iter()
            .any(|a| matches_template(&pattern, &a.split('-').collect::<Vec<_>>()))
}

/// The problems with a list of citations, one line each.
fn unresolved(citations: &[Citation]) -> Vec<String> {
    let mut cache: BTreeMap<PathBuf, Option<BTreeSet<String>>> = BTreeMap::new();
    let mut problems = Vec::new();
    for c in citations {
        let full = root().join(&c.target);
        let known = cache.entry(c.target.clone()).or_insert_with(|| {
            if full.is_file() {
                Some(anchors(&read(&full)))
            } else if full.exists() {
                Some(BTreeSet::new())
            } else {
                None
            }
        });
        match (known, &c.anchor) {
            (None, _) => {
                problems.push(format!("{}: `{}` does not exist", c.at, c.target.display()))
            }
            (Some(anchors), Some(a)) if !resolves(anchors, a) => problems.push(format!(
                "{}: `{}` has no anchor `#{a}`",
                c.at,
                c.target.display()
            )),
            _ => {}
        }
    }
    problems
}

#[test]
fn every_docs_reference_resolves() {
    let citations = all_citations();
    assert!(
        citations
            .iter()
            .any(|c| c.target == Path::new("docs/mot-rules.md")),
        "no citation of docs/mot-rules.md was found: the scanner is broken"
    );
    let problems = unresolved(&citations);
    for p in &problems {
        eprintln!("{p}");
    }
    assert!(
        problems.is_empty(),
        "{} unresolved reference(s), listed above",
        problems.len()
    );
}

#[test]
fn the_checker_catches_a_missing_file_and_a_missing_anchor() {
    let fake = root().join("src/lib.rs");
    let mut found = Vec::new();
    docs_references(
        &fake,
        "see docs/mot-rules.md#rule-99 and docs/no-such-page.md, and docs/mot-rules.md#rule-4.",
        &mut found,
    );
    let problems = unresolved(&found);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("no anchor `#rule-99`"), "{problems:?}");
    assert!(problems[1].contains("docs/no-such-page.md"), "{problems:?}");
    // A template names any anchor of its kind, but only when one exists.
    let mut templates = Vec::new();
    docs_references(
        &fake,
        "docs/mot-rules.md#rule-N, docs/open-washing.md#CODE, docs/mot-rules.md#chapter-N",
        &mut templates,
    );
    let problems = unresolved(&templates);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("#chapter-N"), "{problems:?}");
    // A URL that happens to contain `docs/` is not a citation.
    let mut urls = Vec::new();
    docs_references(&fake, "https://example.org/docs/x.md", &mut urls);
    assert!(urls.is_empty(), "{urls:?}");
}

#[test]
fn slugs_follow_github() {
    let a = anchors(
        "# Title\n## `restrictive-licence-called-open-source`\n## Rule 1: required components \
         per class\n```\n# not a heading\n```\n## Title\n<a id=\"rule-1\"></a>\n",
    );
    for expected in [
        "title",
        "title-1",
        "restrictive-licence-called-open-source",
        "rule-1-required-components-per-class",
        "rule-1",
    ] {
        assert!(a.contains(expected), "{expected} missing from {a:?}");
    }
    assert!(!a.contains("not-a-heading"));
}

/// Names of documents that live outside the repository (the project's research notes and
/// fixtures), which code and examples must not cite.
const OUTSIDE: &[&str] = &[
    "frameworks.md",
    "ai-licences.md",
    "vocabularies.md",
    "house-style.md",
    "rust-ecosystem.md",
    "README rule",
    "../shared",
    "shared/fixtures",
    "shared/reference",
];

fn outside_citations(paths: &[PathBuf]) -> Vec<String> {
    let mut problems = Vec::new();
    for path in paths {
        for (n, line) in read(path).lines().enumerate() {
            for name in OUTSIDE {
                if line.contains(name) {
                    problems.push(format!(
                        "{}:{}: cites `{name}`, which is not in the repository: {}",
                        rel(path),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn nothing_in_src_or_examples_cites_files_outside_the_repository() {
    let mut paths = files("src", &[]);
    paths.extend(files("examples", &[]));
    assert!(!paths.is_empty(), "no sources found");
    let problems = outside_citations(&paths);
    for p in &problems {
        eprintln!("{p}");
    }
    assert!(
        problems.is_empty(),
        "{} citation(s) of files outside the repository, listed above; cite docs/ instead",
        problems.len()
    );
}

fn page(name: &str) -> (String, BTreeSet<String>) {
    let text = read(&root().join("docs").join(name));
    assert!(!text.is_empty(), "docs/{name} is missing");
    let a = anchors(&text);
    (text, a)
}

#[test]
fn every_open_washing_code_has_its_section() {
    let (_, anchors) = page("open-washing.md");
    let missing: Vec<&str> = WashingCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !anchors.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/open-washing.md lacks sections for {missing:?}"
    );
}

#[test]
fn every_mot_rule_and_quirk_is_documented() {
    let (text, anchors) = page("mot-rules.md");
    for n in 1..=13 {
        assert!(
            anchors.contains(&format!("rule-{n}")),
            "docs/mot-rules.md lacks <a id=\"rule-{n}\">"
        );
    }
    for q in QuirkCode::ALL {
        assert!(
            text.contains(&format!("`{}`", q.as_str())),
            "docs/mot-rules.md does not describe the quirk `{}`",
            q.as_str()
        );
    }
}

/// Every property name anywhere in a JSON Schema (keys of `properties` objects).
fn property_names(schema: &serde_json::Value, out: &mut BTreeSet<String>) {
    match schema {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            for v in map.values() {
                property_names(v, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                property_names(v, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_format_page_mentions_every_schema_property() {
    let schema_path = root().join("schema/0.1/release.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&read(&schema_path)).expect("the committed release schema is JSON");
    let mut names = BTreeSet::new();
    property_names(&schema, &mut names);
    assert!(names.len() > 20, "too few properties found: {names:?}");
    let (text, _) = page("format.md");
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !text.contains(&format!("`{n}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/format.md does not mention these properties of schema/0.1/release.schema.json: \
         {missing:?}"
    );
}

/// The fenced blocks of a markdown text with their info string (`yaml`, `json`, …).
fn code_blocks(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut open: Option<(String, String)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        match (&mut open, trimmed.strip_prefix("```")) {
            (None, Some(info)) => open = Some((info.trim().to_owned(), String::new())),
            (Some(_), Some(_)) => out.extend(open.take()),
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

#[test]
fn the_format_page_example_is_a_valid_document() {
    use ai_openness::validate::{Format, validate};
    let (text, _) = page("format.md");
    let documents: Vec<String> = code_blocks(&text)
        .into_iter()
        .filter(|(info, body)| info == "yaml" && body.starts_with("spec_version:"))
        .map(|(_, body)| body)
        .collect();
    assert!(
        !documents.is_empty(),
        "docs/format.md has no complete YAML example"
    );
    for doc in documents {
        let report = validate(&doc, Format::Yaml);
        let errors: Vec<String> = report.errors().map(|d| format!("{d:?}")).collect();
        assert!(
            errors.is_empty(),
            "the example of docs/format.md is not valid:\n{doc}\n{errors:#?}"
        );
    }
}
