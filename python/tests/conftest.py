"""Shared fixtures: the repository, the `ai-openness` CLI the answers are compared with, and the
shared conformance files (`$AI_OPENNESS_SHARED`, else `../shared` beside the repository)."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


def shared_dir() -> pathlib.Path | None:
    """The shared fixtures folder, or None (the tests that need it are skipped)."""
    env = os.environ.get("AI_OPENNESS_SHARED")
    candidate = pathlib.Path(env) if env else REPO.parent / "shared"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def cli() -> pathlib.Path:
    """The `ai-openness` binary: `$AI_OPENNESS_CLI`, else the repository's debug or release
    build, else built now with cargo."""
    env = os.environ.get("AI_OPENNESS_CLI")
    if env:
        return pathlib.Path(env)
    for profile in ("debug", "release"):
        binary = REPO / "target" / profile / "ai-openness"
        if binary.is_file():
            return binary
    subprocess.run(["cargo", "build", "--quiet", "--bin", "ai-openness"], cwd=REPO, check=True)
    return REPO / "target" / "debug" / "ai-openness"


def run_cli(cli: pathlib.Path, args: Sequence[str]) -> tuple[list[dict[str, Any]], str, int]:
    """Runs the CLI in the repository; its JSON lines, its standard error and its exit code."""
    done = subprocess.run(
        [str(cli), *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return lines, done.stderr, done.returncode


@pytest.fixture()
def in_repo() -> Iterator[pathlib.Path]:
    """Runs the test in the repository (relative paths as the CLI sees them)."""
    before = os.getcwd()
    os.chdir(REPO)
    try:
        yield REPO
    finally:
        os.chdir(before)
