"""The values :mod:`ai_openness` returns: diagnostics, validation reports, classification
results."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypedDict

__all__ = ["ClassifyResult", "ConvertResult", "Diagnostic", "Report", "Unmapped"]


class _ClassifyResultKeys(TypedDict):
    file: str
    valid: bool
    tool: dict[str, str]


class ClassifyResult(_ClassifyResultKeys, total=False):
    """What one document comes to: the line ``ai-openness classify --format json --detail ...``
    writes (``schema/0.1/classify-output.schema.json``), as Python values.

    Always: ``file`` (the path, or the ``name=`` given, else ``"-"``), ``valid`` and ``tool``
    (``{"name": "ai-openness", "version": ...}``, the rules that judged it); ``name`` when the
    release has one. At ``detail="levels"``: ``counts`` (findings, and diagnostics by severity)
    and ``classifications`` with each framework's ``level``, key numbers and
    ``criteria_counts``. At ``"criteria"`` and ``"full"``: ``findings`` (open-washing and import
    findings), ``diagnostics`` (when there are any) and ``classifications`` with ``criteria``
    and ``next_steps`` (and at ``"full"`` every field of the framework's verdict and ``notes``).
    ``classifications`` is absent for a document with errors.
    """

    name: str
    counts: dict[str, Any]
    findings: list[dict[str, Any]]
    diagnostics: list[dict[str, Any]]
    classifications: list[dict[str, Any]]


class Unmapped(TypedDict):
    """A field that did not map from one format to the other: its JSON Pointer (into the source
    for an import, into the release for an export), a short rendering of its value, and why."""

    pointer: str
    value: str
    why: str


class ConvertResult(TypedDict):
    """What :func:`ai_openness.convert` gives, as ``ai-openness convert`` writes it: the document
    in the target format (``text``), the formats read (``from``) and written (``to``), the source
    fields the importer left out (``import_unmapped``), the release's fields the target format
    cannot express (``export_unmapped``) and the document's ``diagnostics``."""

    file: str
    to: str
    text: str
    import_unmapped: list[Unmapped]
    export_unmapped: list[Unmapped]
    diagnostics: list[dict[str, Any]]


@dataclasses.dataclass(frozen=True)
class Diagnostic:
    """A finding about a document: a stable ``code`` (``docs/diagnostics.md``), a ``severity``
    (``error``, ``warning`` or ``info``), the JSON Pointer of the value concerned (``""`` for the
    whole document), its 1-based ``line`` and ``column`` in the text (``None`` when unknown, and
    for a document given as a mapping), a ``message`` for people, the framework ``clause`` it
    comes from, and a ``suggestion`` (the value the document probably meant)."""

    code: str
    severity: str
    pointer: str
    line: int | None
    column: int | None
    message: str
    clause: str | None = None
    suggestion: str | None = None

    @classmethod
    def from_dict(cls, value: Mapping[str, Any]) -> Diagnostic:
        """A diagnostic from its JSON form (as ``validate --format json`` writes it)."""
        return cls(
            code=value["code"],
            severity=value["severity"],
            pointer=value["pointer"],
            line=value.get("line"),
            column=value.get("column"),
            message=value["message"],
            clause=value.get("clause"),
            suggestion=value.get("suggestion"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The diagnostic in its JSON form: the fields that are ``None`` are left out, as the
        CLI leaves them out."""
        out: dict[str, Any] = {"code": self.code, "severity": self.severity, "pointer": self.pointer}
        if self.line is not None:
            out["line"] = self.line
        if self.column is not None:
            out["column"] = self.column
        out["message"] = self.message
        if self.clause is not None:
            out["clause"] = self.clause
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion
        return out

    @property
    def is_error(self) -> bool:
        """Whether the diagnostic is an error (an error makes the document invalid)."""
        return self.severity == "error"

    def __str__(self) -> str:
        where = f"{self.line}:{self.column} " if self.line is not None else ""
        pointer = self.pointer or "/"
        return f"{self.severity}[{self.code}] {where}at `{pointer}`: {self.message}"


@dataclasses.dataclass(frozen=True)
class Report:
    """What :func:`ai_openness.validate` found in a document: its ``file`` name, the ``kind``
    recognised (``description``, ``mot``, ``profile``; ``None`` when it could not be parsed),
    whether it is ``valid`` (no error), every diagnostic, sorted as the CLI sorts them, and the
    ``tool`` that checked it (``{"name": "ai-openness", "version": ...}``)."""

    file: str
    kind: str | None
    valid: bool
    diagnostics: tuple[Diagnostic, ...]
    tool: Mapping[str, str] | None = None

    @classmethod
    def from_dict(cls, value: Mapping[str, Any]) -> Report:
        """A report from its JSON form (the line ``validate --format json`` writes)."""
        return cls(
            file=value["file"],
            kind=value.get("kind"),
            valid=bool(value["valid"]),
            diagnostics=tuple(Diagnostic.from_dict(d) for d in value["diagnostics"]),
            tool=value.get("tool"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The line ``ai-openness validate --format json`` writes for the document."""
        out: dict[str, Any] = {"file": self.file}
        if self.kind is not None:
            out["kind"] = self.kind
        out["valid"] = self.valid
        out["diagnostics"] = [d.to_dict() for d in self.diagnostics]
        if self.tool is not None:
            out["tool"] = dict(self.tool)
        return out

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics of severity ``error``."""
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The diagnostics of severity ``warning``."""
        return [d for d in self.diagnostics if d.severity == "warning"]
