"""A usage example that `mypy --strict` checks (and pytest runs, in test_typing.py)."""

from __future__ import annotations

import pathlib

import ai_openness


def levels(path: pathlib.Path) -> dict[str, str]:
    """The level of each framework for a description file."""
    result: ai_openness.ClassifyResult = ai_openness.classify(path, frameworks=["mof-1.0", "osaid-1.0"])
    return {c["framework"]: c["level"] for c in result.get("classifications", [])}


def problems(text: str) -> list[str]:
    """The errors of a description, one line each."""
    report: ai_openness.Report = ai_openness.validate(text)
    lines: list[str] = [f"{d.code} at {d.pointer}: {d.message}" for d in report.errors]
    if report.valid:
        assert not lines
    return lines


def batch(paths: list[pathlib.Path]) -> list[str | None]:
    """The `mof-1.0` level of many documents, None for those that give no result."""
    out: list[str | None] = []
    for answer in ai_openness.classify_many(paths, frameworks=["mof-1.0"], errors="return"):
        if isinstance(answer, ai_openness.ParseError):
            out.append(None if answer.diagnostics else "profile")
        elif isinstance(answer, (ai_openness.AiOpennessError, TypeError)):
            out.append(None)
        else:
            out.append(answer["classifications"][0]["level"])
    return out


def reports(texts: list[str]) -> int:
    """How many of the texts are valid descriptions."""
    return sum(1 for r in ai_openness.validate_many(texts, jobs=2) if r.valid and r.kind == "description")


def vocab() -> tuple[str, int]:
    """The schema's id and the number of terms in the context."""
    schema: dict[str, object] = ai_openness.schema()
    context = ai_openness.context()
    profile: ai_openness.Profile = ai_openness.load_profile(pathlib.Path("examples/profiles/mof-ladder.yaml"))
    return str(schema.get("$id")) + profile.id, len(context)


def to_mot(path: pathlib.Path) -> tuple[str, list[str]]:
    """A description as a MOT file, and the pointers of what it could not write."""
    result: ai_openness.ConvertResult = ai_openness.convert(path, to="mot")
    return result["text"], [u["pointer"] for u in result["export_unmapped"]]
