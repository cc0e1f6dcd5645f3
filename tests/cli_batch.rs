//! The CLI's batch input and output layer: a walk that cannot hang or lose a row, JSON Lines,
//! `--jobs` giving the same bytes in input order, `--detail`, bounded reads from stdin, a closed
//! pipe, a full disk, atomic file writes. Every process is run with a deadline, so a hang is a
//! failure, not a stuck test.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ai-openness"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ai-openness-batch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Waits for `child` at most 60 s; a process still running then is a hang: killed, and the
/// test fails.
fn wait(mut child: Child, what: &str) -> Output {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{what}: still running after 60 s (a hang)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs a command with no stdin, with a deadline.
fn run(cmd: &mut Command, what: &str) -> Output {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read both pipes in threads so a full pipe never blocks the child.
    wait_draining(child, what)
}

fn wait_draining(mut child: Child, what: &str) -> Output {
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let status = wait(child, what).status;
    Output {
        status,
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
    }
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn files(lines: &[Value], dir: &Path) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            let f = l["file"].as_str().unwrap();
            Path::new(f)
                .strip_prefix(dir)
                .map_or_else(|_| f.to_owned(), |p| p.display().to_string())
        })
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_ends_and_every_file_is_read_once() {
    let dir = temp_dir("loop");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::copy(data("valid/minimal.yaml"), dir.join("sub/a.yaml")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self")).unwrap();
    // A symlink to a file already seen is the same file: read once.
    std::os::unix::fs::symlink("sub/a.yaml", dir.join("z-link.yaml")).unwrap();
    for command in ["validate", "classify"] {
        let out = run(bin().args([command, "--format", "json"]).arg(&dir), command);
        assert_eq!(out.status.code(), Some(0), "{command}: {}", stderr(&out));
        assert_eq!(files(&json_lines(&out), &dir), ["sub/a.yaml"], "{command}");
    }
    let out = run(
        bin().args(["export", "--to", "ntriples"]).arg(&dir),
        "export",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_fifo_found_by_walking_is_reported_and_never_opened() {
    let dir = temp_dir("fifo");
    std::fs::copy(data("valid/minimal.yaml"), dir.join("a.yaml")).unwrap();
    let made = Command::new("mkfifo").arg(dir.join("b-pipe.yaml")).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    for command in ["validate", "classify"] {
        let out = run(bin().args([command, "--format", "json"]).arg(&dir), command);
        // The FIFO is a row of its own (exit 2), and the other file is still checked.
        assert_eq!(out.status.code(), Some(2), "{command}");
        let lines = json_lines(&out);
        assert_eq!(files(&lines, &dir), ["a.yaml", "b-pipe.yaml"], "{command}");
        assert_eq!(lines[1]["valid"], false);
        assert_eq!(lines[1]["diagnostics"][0]["code"], "unreadable");
        let message = lines[1]["diagnostics"][0]["message"].as_str().unwrap();
        assert!(message.contains("FIFO"), "{message}");
    }
    let out = run(
        bin().args(["export", "--to", "ntriples"]).arg(&dir),
        "export",
    );
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_a_row_and_the_others_are_kept() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = temp_dir("unreadable");
    std::fs::create_dir_all(dir.join("b-locked")).unwrap();
    std::fs::copy(data("valid/minimal.yaml"), dir.join("a.yaml")).unwrap();
    std::fs::copy(data("valid/minimal.yaml"), dir.join("b-locked/x.yaml")).unwrap();
    std::fs::copy(data("valid/minimal.json"), dir.join("c.json")).unwrap();
    std::fs::set_permissions(dir.join("b-locked"), std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(dir.join("b-locked")).is_ok() {
        // Running as root: every folder can be read, so there is nothing to test.
        eprintln!("skipped: the folder is still readable (running as root)");
    } else {
        let out = run(
            bin().args(["validate", "--format", "json"]).arg(&dir),
            "validate",
        );
        assert_eq!(out.status.code(), Some(2));
        let lines = json_lines(&out);
        assert_eq!(files(&lines, &dir), ["a.yaml", "b-locked", "c.json"]);
        assert_eq!(lines[1]["diagnostics"][0]["code"], "unreadable");
        assert!(stderr(&out).contains("2 valid, 0 invalid, 0 skipped, 1 unreadable"));
    }
    std::fs::set_permissions(dir.join("b-locked"), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An entry that cannot be read, whoever runs the test (root reads a locked folder, but not a
/// symlink to nothing): a row of its own with `unreadable`, exit code 2, the other rows kept.
#[test]
fn a_dangling_symlink_is_a_row_and_the_others_are_kept() {
    let dir = temp_dir("dangling");
    std::fs::copy(data("valid/minimal.yaml"), dir.join("a.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", dir.join("b-dangling.yaml")).unwrap();
    std::fs::copy(data("valid/minimal.json"), dir.join("c.json")).unwrap();
    let out = run(
        bin().args(["validate", "--format", "json"]).arg(&dir),
        "validate",
    );
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out);
    assert_eq!(files(&lines, &dir), ["a.yaml", "b-dangling.yaml", "c.json"]);
    assert_eq!(lines[1]["diagnostics"][0]["code"], "unreadable");
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[2]["valid"], true);
    assert!(stderr(&out).contains("2 valid, 0 invalid, 0 skipped, 1 unreadable"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_same_file_named_twice_is_checked_once() {
    let file = data("valid/minimal.yaml");
    let out = run(
        bin()
            .args(["validate", "--format", "json"])
            .arg(&file)
            .arg(&file)
            .arg(data("valid"))
            .arg("tests/data/valid/minimal.yaml"),
        "validate",
    );
    let lines = json_lines(&out);
    let named: Vec<&str> = lines
        .iter()
        .map(|l| l["file"].as_str().unwrap())
        .filter(|f| f.ends_with("minimal.yaml"))
        .collect();
    assert_eq!(named.len(), 1, "{named:?}");
}

#[test]
fn exclude_hidden_unmarked_and_empty_inputs() {
    let dir = temp_dir("exclude");
    for sub in ["drafts", "keep", ".git", "keep/old"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    for file in [
        "a.yaml",
        "draft-1.yaml",
        "drafts/x.yaml",
        "keep/b.yaml",
        "keep/old/c.yaml",
        ".git/d.yaml",
    ] {
        std::fs::copy(data("valid/minimal.yaml"), dir.join(file)).unwrap();
    }
    // Found by walking, no marker of any supported format: skipped and counted.
    std::fs::write(dir.join("package.json"), "{\"name\": \"app\"}").unwrap();
    let out = run(
        bin()
            .args(["validate", "--format", "json", "--exclude", "draft*"])
            .args(["--exclude", "keep/old"])
            .arg(&dir),
        "validate",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(files(&json_lines(&out), &dir), ["a.yaml", "keep/b.yaml"]);
    assert!(
        stderr(&out).starts_with("2 documents: 2 valid, 0 invalid, 1 skipped, 0 unreadable;"),
        "{}",
        stderr(&out)
    );
    // A file named on the command line is always checked, marker or not.
    let out = run(
        bin()
            .args(["validate", "--format", "json"])
            .arg(dir.join("package.json")),
        "validate",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_lines(&out).len(), 1);
    // No document at all: an error, unless --allow-empty.
    let empty = temp_dir("empty");
    std::fs::write(empty.join("notes.txt"), "not a document").unwrap();
    for command in ["validate", "classify", "export"] {
        let mut cmd = bin();
        cmd.arg(command);
        if command == "export" {
            cmd.args(["--to", "turtle"]);
        }
        let out = run(cmd.arg(&empty), command);
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(
            stderr(&out).contains("no document found"),
            "{}",
            stderr(&out)
        );
        let mut cmd = bin();
        cmd.arg(command);
        if command == "export" {
            cmd.args(["--to", "turtle"]);
        }
        let out = run(cmd.arg("--allow-empty").arg(&empty), command);
        assert_eq!(out.status.code(), Some(0), "{command}: {}", stderr(&out));
    }
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&empty).unwrap();
}

/// A JSON Lines corpus: every JSON file of the validator corpus, valid and invalid, minified to
/// one line each (those that parse), repeated, with blank lines between some.
fn jsonl_corpus(dir: &Path) -> (PathBuf, usize) {
    let mut lines = Vec::new();
    for sub in ["valid", "invalid"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(data(sub))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Ok(value) = serde_json::from_str::<Value>(&text) {
                lines.push(value.to_string());
            }
        }
    }
    lines.push("{\"spec_version\": \"0.1.0\", \"name\": \"broken\"".to_owned());
    let mut text = String::new();
    let mut n = 0;
    for round in 0..4 {
        for (i, line) in lines.iter().enumerate() {
            text.push_str(line);
            text.push('\n');
            n += 1;
            if (i + round) % 7 == 0 {
                text.push_str("  \n");
            }
        }
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, text).unwrap();
    (path, n)
}

#[test]
fn json_lines_give_one_row_per_line_in_order_at_any_jobs() {
    let dir = temp_dir("jsonl");
    let (corpus, n) = jsonl_corpus(&dir);
    let text = std::fs::read_to_string(&corpus).unwrap();
    let expected_lines: Vec<String> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| format!("{}:{}", corpus.display(), i + 1))
        .collect();
    assert_eq!(expected_lines.len(), n);
    for (command, format) in [
        ("validate", "json"),
        ("classify", "json"),
        ("classify", "text"),
    ] {
        let mut outputs = Vec::new();
        for jobs in ["1", "2", "8"] {
            let out = run(
                bin()
                    .args([command, "--format", format, "--jobs", jobs])
                    .arg(&corpus),
                command,
            );
            assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
            if format == "json" {
                let lines = json_lines(&out);
                let names: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
                assert_eq!(names, expected_lines, "{command} --jobs {jobs}");
                // The diagnostics' line is the document's line.
                for line in &lines {
                    let at: u64 = line["file"]
                        .as_str()
                        .unwrap()
                        .rsplit(':')
                        .next()
                        .unwrap()
                        .parse()
                        .unwrap();
                    for d in line["diagnostics"].as_array().into_iter().flatten() {
                        if let Some(l) = d.get("line") {
                            assert_eq!(l.as_u64(), Some(at), "{line}");
                        }
                    }
                }
            }
            outputs.push(out.stdout);
        }
        assert!(
            outputs.windows(2).all(|w| w[0] == w[1]),
            "{command} {format}: the output differs between --jobs 1, 2 and 8"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_line_over_the_limit_is_a_row_and_stdin_reads_json_lines() {
    let long = format!(
        "{{\"spec_version\": \"0.1.0\", \"name\": \"{}\"}}",
        "x".repeat(400)
    );
    let minimal = std::fs::read_to_string(data("valid/minimal.json")).unwrap();
    let minimal: Value = serde_json::from_str(&minimal).unwrap();
    let input = format!("{minimal}\n{long}\n\n{minimal}\n");
    let mut child = bin()
        .args([
            "validate",
            "--format",
            "json",
            "--jsonl",
            "--max-bytes",
            "300",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = wait_draining(child, "validate --jsonl -");
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    let names: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(names, ["-:1", "-:2", "-:4"]);
    assert_eq!(lines[1]["diagnostics"][0]["code"], "limit-exceeded");
    assert_eq!(lines[1]["diagnostics"][0]["line"], 2);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[2]["valid"], true);
}

#[test]
fn an_endless_stdin_ends_with_a_limit_diagnostic() {
    let mut child = bin()
        .args(["validate", "--format", "json", "--max-bytes", "100000", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // `yes`: write until the reader stops reading (a broken pipe ends the writer).
    let writer = std::thread::spawn(move || {
        let chunk = "y\n".repeat(4096);
        for _ in 0..100_000 {
            if stdin.write_all(chunk.as_bytes()).is_err() {
                return true;
            }
        }
        false
    });
    let out = wait_draining(child, "validate - on an endless stdin");
    assert!(writer.join().unwrap(), "the reader kept reading");
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["diagnostics"][0]["code"], "limit-exceeded");
}

#[test]
fn every_detail_level_of_classify() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/olmo-2.yaml");
    let mut sizes = Vec::new();
    for detail in ["levels", "criteria", "full"] {
        let out = run(
            bin()
                .args(["classify", "--format", "json", "--detail", detail])
                .arg(&example),
            detail,
        );
        assert_eq!(out.status.code(), Some(0));
        let line = &json_lines(&out)[0];
        assert_eq!(line["tool"]["name"], "ai-openness");
        let first = &line["classifications"][0];
        assert_eq!(first["framework"], "mof-1.0");
        assert!(first["level"].is_string());
        match detail {
            "levels" => {
                assert!(line.get("findings").is_none() && line["counts"].is_object());
                assert!(first.get("criteria").is_none());
                assert!(first["criteria_counts"]["met"].is_u64());
                assert!(first["class"].is_u64() && first.get("components").is_none());
            }
            "criteria" => {
                assert!(line["findings"].is_array());
                assert!(first["criteria"].is_array() && first["next_steps"].is_array());
                assert!(first.get("components").is_none());
            }
            _ => assert!(!first["components"].is_null(), "{first}"),
        }
        sizes.push(out.stdout.len());
    }
    assert!(sizes[0] < sizes[1] && sizes[1] < sizes[2], "{sizes:?}");
    // The text at `levels` is the table and one line of counts.
    let out = run(
        bin().args(["classify", "--detail", "levels"]).arg(&example),
        "text levels",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2 + 5 + 1, "{text}");
    assert!(
        text.lines().last().unwrap().contains("criteria: "),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_a_message_and_exit_2() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: no /dev/full");
        return;
    };
    let out = bin()
        .args(["classify", "--format", "json", "examples"])
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("error: cannot write to standard output: No space left on device"),
        "{err}"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = temp_dir("pipe");
    let (corpus, _) = jsonl_corpus(&dir);
    let mut child = bin()
        .args(["classify", "--format", "json", "--jobs", "2"])
        .arg(&corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, as `head -1` does, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0_u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut err = child.stderr.take().unwrap();
    let out = wait(child, "classify | head");
    let mut text = String::new();
    err.read_to_string(&mut text).unwrap();
    assert!(
        !text.contains("error") && !text.contains("panicked"),
        "{text}"
    );
    assert!(out.status.code().is_some(), "killed by a signal");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failed_export_leaves_the_previous_file_untouched() {
    let dir = temp_dir("atomic");
    let keep = dir.join("keep.ttl");
    std::fs::write(&keep, "# the previous export\n").unwrap();
    let out = run(
        bin()
            .args(["export", "--to", "turtle", "-o"])
            .arg(&keep)
            .arg(data("invalid/missing-field.yaml")),
        "export",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("left unchanged"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&keep).unwrap(),
        "# the previous export\n"
    );
    // A successful export replaces it, with no temporary file left behind.
    let out = run(
        bin()
            .args(["export", "--to", "turtle", "-o"])
            .arg(&keep)
            .arg(data("valid/minimal.yaml")),
        "export",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&keep).unwrap().contains("aiopen:"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    // A target that cannot be replaced (here a folder in its place) fails with exit 2 and
    // leaves the other files as they were.
    let vocab = dir.join("vocab");
    std::fs::create_dir_all(vocab.join("shapes.ttl/x")).unwrap();
    let out = run(bin().args(["vocab", "--out"]).arg(&vocab), "vocab");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("shapes.ttl"), "{}", stderr(&out));
    let left: Vec<String> = std::fs::read_dir(&vocab)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every format the crate reads from a walked folder carries a marker the walk recognises: a
/// folder with one document of each gives one row of each kind, none skipped.
#[test]
fn a_walked_folder_finds_every_importable_format() {
    let dir = temp_dir("formats");
    for (from, to) in [
        ("croissant/rai-dataset.json", "a-croissant.json"),
        ("spdx3/ai-bom.json", "b-spdx3.json"),
        ("cyclonedx/ml-bom-1.6.json", "c-cyclonedx.json"),
        ("osaid-validated/pythia.yml", "d-mot.yml"),
        ("valid/minimal.yaml", "e-native.yaml"),
    ] {
        std::fs::copy(data(from), dir.join(to)).unwrap();
    }
    std::fs::write(
        dir.join("f-osai-index.yaml"),
        "system:\n  name: Tiny\n  type: text\n  endmodellicense: Apache 2.0\n\
         weights_endmodel:\n  class: open\n  link: https://example.org/tiny\n",
    )
    .unwrap();
    let out = run(
        bin().args(["validate", "--format", "json"]).arg(&dir),
        "validate a folder of every format",
    );
    let lines = json_lines(&out);
    let kinds: Vec<&str> = lines
        .iter()
        .map(|l| l["kind"].as_str().unwrap_or("(none)"))
        .collect();
    assert_eq!(
        kinds,
        [
            "croissant",
            "spdx3",
            "cyclonedx",
            "mot",
            "description",
            "osai-index"
        ],
        "{}",
        stderr(&out)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
