"""`convert()` gives what `ai-openness convert` writes, both ways, with what did not map."""

from __future__ import annotations

import pathlib
import subprocess

import pytest

import ai_openness
from conftest import REPO

EXAMPLE = pathlib.Path("examples/olmo-2.yaml")
PYTHIA_MOT = pathlib.Path("tests/data/osaid-validated/pythia.yml")
CYCLONEDX = pathlib.Path("tests/data/cyclonedx/ml-bom-1.6.json")


def cli_convert(cli: pathlib.Path, *args: str) -> tuple[str, str, int]:
    done = subprocess.run(
        [str(cli), "convert", *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    return done.stdout, done.stderr, done.returncode


@pytest.mark.parametrize(
    ("path", "to", "yaml"),
    [
        (EXAMPLE, "mot", False),
        (EXAMPLE, "spdx3", False),
        (EXAMPLE, "cyclonedx", False),
        (PYTHIA_MOT, "native", False),
        (PYTHIA_MOT, "native", True),
        (CYCLONEDX, "native", False),
    ],
)
def test_convert_equals_the_cli(
    cli: pathlib.Path, in_repo: pathlib.Path, path: pathlib.Path, to: str, yaml: bool
) -> None:
    args = ["--to", to, *(["--yaml"] if yaml else []), str(path)]
    text, _, code = cli_convert(cli, *args)
    assert code == 0
    result = ai_openness.convert(path, to=to, yaml=yaml)
    assert result["text"] == text
    assert result["to"] == to
    assert result["file"] == str(path)


def test_a_mot_file_round_trips_through_native(in_repo: pathlib.Path) -> None:
    native = ai_openness.convert(PYTHIA_MOT, to="native")
    assert native["from"] == "mot"
    back = ai_openness.convert(native["text"], to="mot")
    again = ai_openness.convert(back["text"], from_="mot", to="native")
    assert again["text"] == native["text"]


def test_what_does_not_map_is_listed(cli: pathlib.Path, in_repo: pathlib.Path) -> None:
    # A MOT file has no place for much of a native description (lineage, evidence, facts): the
    # export lists every field it cannot write, with its pointer into the release, as the CLI
    # lists them on standard error.
    result = ai_openness.convert(EXAMPLE, to="mot")
    _, stderr, _ = cli_convert(cli, "--to", "mot", str(EXAMPLE))
    listed = [line for line in stderr.splitlines() if "not written to mot" in line]
    assert result["export_unmapped"]
    assert len(result["export_unmapped"]) == len(listed)
    for entry in result["export_unmapped"]:
        assert entry["pointer"].startswith("/")
        assert entry["why"]


def test_bad_input_raises() -> None:
    with pytest.raises(ai_openness.ParseError) as caught:
        ai_openness.convert("spec_version: 0.1.0\nname: x\ncomponents:\n  - kind: nope\n")
    assert caught.value.diagnostics
    with pytest.raises(ValueError):
        ai_openness.convert("{}", to="docx")
    with pytest.raises(ValueError):
        ai_openness.convert("{}", to="mot", yaml=True)
    with pytest.raises(ai_openness.ReadError):
        ai_openness.convert(pathlib.Path("/nonexistent/file.yaml"))
