"""The typed usage example runs (mypy checks it in run-tests.sh)."""

from __future__ import annotations

import pathlib

import typing_example
from conftest import REPO

TINY = "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model_weights\n    license: MIT\n"


def test_the_typed_example_runs(in_repo: pathlib.Path) -> None:
    levels = typing_example.levels(REPO / "examples" / "pythia.yaml")
    assert set(levels) == {"mof-1.0", "osaid-1.0"}
    assert typing_example.problems(TINY) == []
    assert typing_example.problems(TINY.replace("model_weights", "model-weights"))
    assert typing_example.batch([REPO / "examples" / "pythia.yaml"]) == [levels["mof-1.0"]]
    assert typing_example.reports([TINY, "{"]) == 1
    schema_id, terms = typing_example.vocab()
    assert schema_id and terms > 0
