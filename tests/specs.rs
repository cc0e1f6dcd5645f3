//! Every framework fact is typed once: the level tokens and item names of `osaid-1.0`,
//! `eu-ai-act-2024` and `dpg-1.1.4` appear as string literals in the classifier only in the
//! framework's spec (unit tests and comments aside), so the profiles, the explanation kernel,
//! custom profiles and the open-washing detector all read the spec. (The modules of the other
//! frameworks are left out of the scan: a word two frameworks share, such as the OSAI Index
//! parameter and the DPG indicator "Documentation", is a fact of each.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ai_openness::classify::{Framework, FrameworkSpec, dpg_1_1_4, eu_ai_act_2024, osaid_1_0};

/// The frameworks checked here, and the module directories of the others.
const CHECKED: [&FrameworkSpec; 3] = [&osaid_1_0::SPEC, &eu_ai_act_2024::SPEC, &dpg_1_1_4::SPEC];
const OTHER_FRAMEWORKS: [&str; 2] = ["mof_1_0", "osai_index"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a source file: without its unit tests and comment lines, with string
/// continuations (`\` at the end of a line) joined, so a literal reads as one piece.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    let mut out = String::new();
    let mut continued = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        out.push_str(if continued { trimmed } else { line });
        continued = line.ends_with('\\');
        if continued {
            out.pop();
        } else {
            out.push('\n');
        }
    }
    out
}

#[test]
fn level_tokens_and_item_names_are_written_once_in_their_spec() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/classify");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.retain(|p| !OTHER_FRAMEWORKS.iter().any(|d| p.starts_with(src.join(d))));
    let sources: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            (p, code(&text))
        })
        .collect();
    // How many specs write each literal (a token such as `undetermined` is a level of several
    // frameworks, once in each spec).
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    for spec in CHECKED {
        assert!(Framework::ALL.iter().any(|f| f.spec().id == spec.id));
        let words = spec
            .levels
            .iter()
            .map(|l| l.token)
            .chain(spec.items.iter().map(|i| i.name));
        for word in words {
            *expected.entry(format!("\"{word}\"")).or_default() += 1;
        }
    }
    let mut problems = Vec::new();
    for (literal, specs) in &expected {
        let found: Vec<String> = sources
            .iter()
            .flat_map(|(path, text)| {
                std::iter::repeat_n(
                    path.strip_prefix(&src)
                        .unwrap_or(path)
                        .display()
                        .to_string(),
                    text.matches(literal.as_str()).count(),
                )
            })
            .collect();
        let outside: Vec<&String> = found.iter().filter(|p| !p.ends_with("spec.rs")).collect();
        if found.len() != *specs || !outside.is_empty() {
            problems.push(format!("{literal}: {found:?}"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
