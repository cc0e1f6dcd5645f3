//! The guides' commands run, so that the guides cannot rot (`docs/guides/*.md`).
//!
//! In each guide, every fenced block marked `console` or `sh` is run with the built binary first
//! on the `PATH`, in a fresh temporary directory holding a copy of `examples/`:
//!
//! - a ```` ```sh ```` block is one script, run with `sh -e` (its commands must all succeed);
//! - in a ```` ```console ```` block, each line starting with `$ ` is a command, run with
//!   `sh -c`, which must exit with 0; the lines after it, up to the next command, are its output
//!   as the guide shows it: each non-empty line must appear in what the command writes (standard
//!   output and error). A line `…` stands for lines left out.
//!
//! Blocks of one guide run in order in the same directory, so a later block can use the files an
//! earlier one wrote. Every command of a `console` block starts with `ai-openness`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fenced block: its info string and its lines.
struct Block {
    info: String,
    line: usize,
    text: Vec<String>,
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (i, line) in markdown.lines().enumerate() {
        if let Some(rest) = line.trim_start().strip_prefix("```") {
            match current.take() {
                Some(block) => out.push(block),
                None => {
                    current = Some(Block {
                        info: rest.trim().to_owned(),
                        line: i + 1,
                        text: Vec::new(),
                    });
                }
            }
        } else if let Some(block) = current.as_mut() {
            block.text.push(line.to_owned());
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn shell(script: &str, dir: &Path, flag: &str) -> std::process::Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_ai-openness"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("sh")
        .arg(flag)
        .arg(script)
        .env("PATH", path)
        .env_remove("CI")
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Runs every `console` and `sh` block of a guide; returns the number of commands run.
fn run_guide(name: &str) -> usize {
    let path = root().join("docs/guides").join(name);
    let markdown = std::fs::read_to_string(&path).unwrap();
    let dir = std::env::temp_dir().join(format!(
        "ai-openness-guide-{}-{}",
        name.trim_end_matches(".md"),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root().join("examples"), &dir.join("examples"));
    let mut commands = 0;
    for block in blocks(&markdown) {
        let at = format!("{name}:{}", block.line);
        match block.info.as_str() {
            "sh" => {
                let script = block.text.join("\n");
                let output = shell(&script, &dir, "-ec");
                assert!(
                    output.status.success(),
                    "{at}: the sh block failed: {}{}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                );
                commands += 1;
            }
            "console" => {
                let mut i = 0;
                while i < block.text.len() {
                    let Some(command) = block.text[i].strip_prefix("$ ") else {
                        panic!("{at}: a console block starts with a `$ ` command");
                    };
                    assert!(
                        command.starts_with("ai-openness "),
                        "{at}: `{command}` is not an ai-openness command"
                    );
                    let mut expected = Vec::new();
                    i += 1;
                    while i < block.text.len() && !block.text[i].starts_with("$ ") {
                        expected.push(block.text[i].trim().to_owned());
                        i += 1;
                    }
                    let output = shell(command, &dir, "-c");
                    let text = format!(
                        "{}{}",
                        String::from_utf8_lossy(&output.stdout),
                        String::from_utf8_lossy(&output.stderr)
                    );
                    assert!(
                        output.status.success(),
                        "{at}: `{command}` exited with {:?}:\n{text}",
                        output.status.code()
                    );
                    for line in expected.iter().filter(|l| !l.is_empty() && *l != "…") {
                        assert!(
                            text.contains(line.as_str()),
                            "{at}: `{command}` does not write `{line}`:\n{text}"
                        );
                    }
                    commands += 1;
                }
            }
            _ => {}
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    commands
}

#[test]
fn the_producers_guide_runs() {
    assert!(run_guide("producers.md") >= 5);
}

#[test]
fn the_registries_guide_runs() {
    assert!(run_guide("registries.md") >= 4);
}

#[test]
fn the_standards_guide_runs() {
    assert!(run_guide("standards.md") >= 3);
}

#[test]
fn the_extractor_finds_blocks_and_their_output() {
    let markdown = "text\n```console\n$ ai-openness x\nout\n```\n\n```yaml\na: 1\n```\n";
    let found = blocks(markdown);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].info, "console");
    assert_eq!(found[0].text, vec!["$ ai-openness x", "out"]);
    assert_eq!(found[1].line, 7);
}
