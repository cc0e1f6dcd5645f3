"""Type stubs of the extension module ``ai_openness._native`` (private: use ``ai_openness``)."""

from typing import Any, final

from ._types import ClassifyResult, ConvertResult

__version__: str

@final
class Profile:
    """A custom framework profile, loaded and checked once (:func:`ai_openness.load_profile`)."""

    @property
    def id(self) -> str:
        """The profile's id: its classifications are listed under it."""
    @property
    def name(self) -> str:
        """The profile's name."""
    @property
    def kind(self) -> str:
        """``ladder`` or ``checklist``."""

def validate(source: object, *, from_: str | None = None, name: str | None = None) -> dict[str, Any]:
    """The line ``validate --format json`` writes for a document."""

def classify(
    source: object,
    *,
    from_: str | None = None,
    frameworks: list[str] | None = None,
    profiles: list[Any] | None = None,
    detail: str = "full",
    name: str | None = None,
) -> ClassifyResult:
    """The line ``classify --format json`` writes for a document."""

def convert(
    source: object,
    *,
    from_: str | None = None,
    to: str = "native",
    yaml: bool = False,
    name: str | None = None,
) -> ConvertResult:
    """What ``convert --to TO`` writes for a document, with what did not map."""

def validate_batch(
    sources: list[Any], *, from_: str | None = None, jobs: int | None = None
) -> list[dict[str, Any] | BaseException]:
    """``validate`` over a list, on ``jobs`` threads: a dict or an exception per document."""

def classify_batch(
    sources: list[Any],
    *,
    from_: str | None = None,
    frameworks: list[str] | None = None,
    profiles: list[Any] | None = None,
    detail: str = "full",
    jobs: int | None = None,
) -> list[ClassifyResult | BaseException]:
    """``classify`` over a list, on ``jobs`` threads: a dict or an exception per document."""

def load_profile(source: object) -> Profile:
    """Loads and checks a custom framework profile."""

def schema() -> dict[str, Any]:
    """The published JSON Schema of a description."""

def context() -> dict[str, Any]:
    """The JSON-LD context."""

def frameworks() -> list[str]:
    """The ids of the built-in frameworks."""

def kinds() -> list[str]:
    """The document kinds ``from_`` accepts."""
