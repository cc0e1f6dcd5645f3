"""The exceptions of :mod:`ai_openness`: one base class, one subclass per kind of failure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._types import ClassifyResult, Diagnostic

__all__ = ["AiOpennessError", "ParseError", "ProfileError", "ReadError"]


class AiOpennessError(Exception):
    """The base class of every exception this package raises about a document or a profile."""


class ReadError(AiOpennessError, OSError):
    """A file could not be read (it does not exist, is a directory, cannot be opened).

    Also an :class:`OSError`. ``path`` is the file as given.
    """

    path: str | None

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ParseError(AiOpennessError, ValueError):
    """A document could not be classified: it cannot be parsed (a ``syntax-error``, a
    ``limit-exceeded``), it has errors, or it is a profile rather than a description.

    ``diagnostics`` lists every diagnostic, as :func:`ai_openness.validate` reports them;
    ``result`` is the line ``ai-openness classify --format json`` writes for the document (with
    ``valid`` false and no ``classifications``), or ``None`` for a profile.
    Also a :class:`ValueError`.
    """

    diagnostics: list[Diagnostic]
    result: ClassifyResult | None

    def __init__(
        self,
        message: str,
        *,
        diagnostics: Iterable[Diagnostic | Mapping[str, Any]] = (),
        result: ClassifyResult | None = None,
    ) -> None:
        super().__init__(message)
        self.diagnostics = [
            d if isinstance(d, Diagnostic) else Diagnostic.from_dict(d) for d in diagnostics
        ]
        self.result = result

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics of severity ``error``."""
        return [d for d in self.diagnostics if d.severity == "error"]


class ProfileError(AiOpennessError, ValueError):
    """A custom framework profile does not load: it cannot be read or parsed, it is not a valid
    profile (``docs/profiles.md``), or two profiles share an id. Also a :class:`ValueError`."""
