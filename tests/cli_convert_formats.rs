//! `ai-openness convert` both ways for SPDX 3, CycloneDX and Croissant, and `--from` with the
//! importers, through the binary, on the crate's own files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ai-openness"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn spdx3_and_cyclonedx_convert_both_ways() {
    let dir = std::env::temp_dir().join(format!("ai-openness-importb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, format) in [
        ("spdx3/ai-bom.json", "spdx3"),
        ("cyclonedx/ml-bom-1.6.json", "cyclonedx"),
    ] {
        let source = data(file);
        let native = stdout(&run(&[
            "convert",
            "--to",
            "native",
            source.to_str().unwrap(),
        ]));
        let value: serde_json::Value = serde_json::from_str(&native).unwrap();
        assert_eq!(value["name"], "tiny-model", "{file}");
        let native_path = dir.join(format!("{format}.json"));
        std::fs::write(&native_path, &native).unwrap();
        let back = stdout(&run(&[
            "convert",
            "--from",
            "native",
            "--to",
            format,
            native_path.to_str().unwrap(),
        ]));
        let back_path = dir.join(format!("{format}-back.json"));
        std::fs::write(&back_path, &back).unwrap();
        let again = stdout(&run(&[
            "convert",
            "--from",
            format,
            "--to",
            "native",
            back_path.to_str().unwrap(),
        ]));
        assert_eq!(again, native, "{file}: format → native → format → native");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn cards_and_croissant_files_are_read_with_from_and_by_recognition() {
    let card = data("hf-card/fine-tune.md");
    let out = run(&["validate", "--from", "hf-card", card.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let croissant = stdout(&run(&[
        "convert",
        "--to",
        "croissant",
        data("croissant/rai-dataset.json").to_str().unwrap(),
    ]));
    assert!(
        croissant.contains("\"rai:dataBiases\": \"English only.\""),
        "{croissant}"
    );
    // A card cannot be written back as a card.
    let out = run(&["convert", "--to", "hf-card", card.to_str().unwrap()]);
    assert!(!out.status.success());
}

#[test]
fn an_unsupported_cyclonedx_version_is_an_error_with_its_location() {
    let out = run(&[
        "validate",
        data("cyclonedx/spec-1.5.json").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains("unsupported-spec-version"), "{all}");
    assert!(all.contains("unsupported specVersion `1.5`"), "{all}");
}

#[test]
fn validate_json_output_of_every_format_fits_its_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/0.1/validate-output.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (file, kind) in [
        ("hf-card/fine-tune.md", "hf-card"),
        ("hf-card/broken-front-matter.md", "hf-card"),
        ("croissant/rai-dataset.json", "croissant"),
        ("spdx3/ai-bom.json", "spdx3"),
        ("cyclonedx/ml-bom-1.6.json", "cyclonedx"),
        ("cyclonedx/spec-1.5.json", "cyclonedx"),
    ] {
        let out = run(&["validate", "--format", "json", data(file).to_str().unwrap()]);
        let line: serde_json::Value =
            serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
        assert_eq!(line["kind"], kind, "{file}");
        assert!(validator.is_valid(&line), "{file}: {line}");
    }
}
