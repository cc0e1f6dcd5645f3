"""Validate and classify descriptions of AI systems' openness, with the answers of the
``ai-openness`` command-line tool (MOF 1.0, OSAID 1.0, the European Open Source AI Index, the
Digital Public Goods Standard, the EU AI Act) and the speed of its Rust crate.

A document (``source``) is one of:

* ``str``: the document's text, JSON or YAML (JSON when it starts with ``{``). A ``str`` is
  never read as a file name;
* ``bytes`` (or ``bytearray``, ``memoryview``): the text's UTF-8 bytes;
* a path (``pathlib.Path`` or any ``os.PathLike``): the file, JSON for ``.json``, YAML for
  ``.yaml`` and ``.yml``, else by its first character;
* a mapping (a ``dict`` as ``json.load`` or ``yaml.safe_load`` give it): checked as its JSON
  text; the diagnostics' pointers are right, their lines and columns are ``None``.

The kind of document (a native ``description``, a Model Openness Tool ``mot`` file, a custom
framework ``profile``) is recognised, or set with ``from_``.

>>> import ai_openness
>>> text = "spec_version: 0.1.0\\nname: Tiny\\ncomponents:\\n  - kind: model_weights\\n    license: MIT\\n"
>>> ai_openness.validate(text).valid
True
>>> [c["framework"] for c in ai_openness.classify(text)["classifications"]][:2]
['mof-1.0', 'osaid-1.0']
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, Union, overload

from . import _native
from ._errors import AiOpennessError, ParseError, ProfileError, ReadError
from ._native import Profile
from ._types import ClassifyResult, ConvertResult, Diagnostic, Report

__all__ = [
    "AiOpennessError",
    "ClassifyResult",
    "ConvertResult",
    "Detail",
    "Diagnostic",
    "ParseError",
    "Profile",
    "ProfileError",
    "ReadError",
    "Report",
    "Source",
    "__version__",
    "classify",
    "classify_many",
    "context",
    "convert",
    "document_kinds",
    "frameworks",
    "load_profile",
    "schema",
    "validate",
    "validate_many",
]

__version__: str = _native.__version__

Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", Mapping[str, Any]]
"""A document: its text (``str``), its bytes, a path, or a parsed mapping."""

ProfileSource = Union[Profile, Source]
"""A custom framework profile: a loaded :class:`Profile`, or a source as for a document."""

Detail = Literal["levels", "criteria", "full"]
"""How much of a document's result ``classify`` returns, as the CLI's ``--detail``:
``"levels"`` (each framework's level and key numbers, counts of criteria, findings and
diagnostics), ``"criteria"`` (plus the findings, diagnostics, criteria and next steps) or
``"full"`` (everything: the default)."""

_CHUNK_PER_JOB = 256
"""Documents per worker thread in one chunk of a batch."""


def validate(source: Source, *, from_: str | None = None, name: str | None = None) -> Report:
    """Checks a document: every diagnostic, as ``ai-openness validate`` reports them.

    Problems in the document are diagnostics in the report, never exceptions: text that is not
    JSON or YAML, bytes that are not UTF-8, a document over the size, depth or node limits, a
    value of the wrong type. ``from_`` reads the document as one kind (see
    :func:`document_kinds`) instead of recognising it; ``name`` is the ``file`` reported for a
    document that is not a path (default ``"-"``).

    :raises ReadError: a path that cannot be read.
    :raises TypeError: a source that is not a document, or a mapping with a value JSON cannot
        hold (a set, a non-string key, NaN).
    :raises ValueError: an unknown ``from_``.
    """
    return Report.from_dict(_native.validate(source, from_=from_, name=name))


def classify(
    source: Source,
    *,
    from_: str | None = None,
    frameworks: Sequence[str] | None = None,
    profiles: Sequence[ProfileSource] | None = None,
    detail: Detail = "full",
    name: str | None = None,
) -> ClassifyResult:
    """Classifies a document under every built-in framework (or those in ``frameworks``, by id:
    see :func:`frameworks`) and every custom profile in ``profiles``: the line
    ``ai-openness classify --format json --detail DETAIL`` writes for it, as Python values (see
    :class:`ClassifyResult`).

    :raises ParseError: the document cannot be parsed or has errors (``.diagnostics`` lists
        them, ``.result`` is the CLI's line for it), or it is a profile, not a description.
    :raises ReadError: a path that cannot be read.
    :raises ProfileError: a profile that does not load, or two profiles with one id.
    :raises TypeError: a source that is not a document, or a mapping with a value JSON cannot
        hold.
    :raises ValueError: an unknown ``from_``, framework or ``detail``.
    """
    result: ClassifyResult = _native.classify(
        source,
        from_=from_,
        frameworks=None if frameworks is None else list(frameworks),
        profiles=None if profiles is None else list(profiles),
        detail=detail,
        name=name,
    )
    return result


def convert(
    source: Source,
    *,
    from_: str | None = None,
    to: str = "native",
    yaml: bool = False,
    name: str | None = None,
) -> ConvertResult:
    """Converts a document into another format, as ``ai-openness convert --to TO`` does: read
    (as ``from_``, or recognised), checked, and written as ``to`` (``native``, ``mot``,
    ``spdx3``, ``cyclonedx``, ``croissant``; ``native`` is JSON, YAML with ``yaml=True``).
    ``result["text"]`` is the document written; ``import_unmapped`` and ``export_unmapped``
    list what did not map on either side (see :class:`ConvertResult`).

    :raises ParseError: the document cannot be parsed, has errors (``.diagnostics`` lists them)
        or holds no release.
    :raises ReadError: a path that cannot be read.
    :raises TypeError: a source that is not a document.
    :raises ValueError: an unknown ``from_`` or ``to``, or ``yaml=True`` with another ``to``.
    """
    result: ConvertResult = _native.convert(source, from_=from_, to=to, yaml=yaml, name=name)
    return result


def _chunks(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    iterator = iter(sources)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _chunk_size(chunk_size: int | None, workers: int) -> int:
    size = chunk_size if chunk_size is not None else _CHUNK_PER_JOB * workers
    if size < 1:
        raise ValueError("chunk_size must be at least 1")
    return size


def _answers(
    sources: Iterable[Source],
    size: int,
    batch: Callable[[list[Source]], list[Any]],
    errors: Literal["raise", "return"],
    wrap: Callable[[Any], Any] = lambda answer: answer,
) -> Iterator[Any]:
    """The answers of ``batch`` over ``sources`` read ``size`` at a time, in order: an
    exception is raised (``errors="raise"``) or yielded in its place, any other answer is
    yielded through ``wrap``."""
    for chunk in _chunks(sources, size):
        for answer in batch(chunk):
            if isinstance(answer, BaseException):
                if errors == "raise":
                    raise answer
                yield answer
            else:
                yield wrap(answer)


def _jobs(jobs: int | None) -> int:
    if jobs is None:
        return os.cpu_count() or 1
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    return jobs


@overload
def classify_many(
    sources: Iterable[Source],
    *,
    from_: str | None = ...,
    frameworks: Sequence[str] | None = ...,
    profiles: Sequence[ProfileSource] | None = ...,
    detail: Detail = ...,
    jobs: int | None = ...,
    chunk_size: int | None = ...,
    errors: Literal["raise"] = ...,
) -> Iterator[ClassifyResult]: ...


@overload
def classify_many(
    sources: Iterable[Source],
    *,
    from_: str | None = ...,
    frameworks: Sequence[str] | None = ...,
    profiles: Sequence[ProfileSource] | None = ...,
    detail: Detail = ...,
    jobs: int | None = ...,
    chunk_size: int | None = ...,
    errors: Literal["return"],
) -> Iterator[ClassifyResult | AiOpennessError | TypeError]: ...


def classify_many(
    sources: Iterable[Source],
    *,
    from_: str | None = None,
    frameworks: Sequence[str] | None = None,
    profiles: Sequence[ProfileSource] | None = None,
    detail: Detail = "full",
    jobs: int | None = None,
    chunk_size: int | None = None,
    errors: Literal["raise", "return"] = "raise",
) -> Iterator[ClassifyResult] | Iterator[ClassifyResult | AiOpennessError | TypeError]:
    """Classifies many documents on ``jobs`` threads (default: one per core), as
    :func:`classify` classifies one; yields the results in the order of ``sources``.

    While the threads work, the calling thread turns their answers into Python objects, a small
    share of the work: the answers of a batch share their repeated strings (keys, ids, clauses,
    messages), each made once. Python's cyclic garbage collector is paused while a chunk's
    answers are built (they hold no cycles) and restored after.

    ``sources`` may be any iterable, even an endless one: it is read ``chunk_size`` documents at
    a time (default 256 per thread), and each chunk is classified, without the GIL, before the
    next is read. Profiles are loaded once. With ``errors="raise"`` (the default) the first
    document that gives no result raises its exception (as :func:`classify` would) when its turn
    comes; with ``errors="return"`` the exception is yielded in its place and the batch goes on.

    :raises ProfileError: a profile that does not load (before any document is read).
    :raises ValueError: an unknown ``from_``, framework or ``detail``, or ``jobs`` below 1.
    """
    workers = _jobs(jobs)
    size = _chunk_size(chunk_size, workers)
    loaded = [p if isinstance(p, Profile) else load_profile(p) for p in profiles or ()]
    framework_ids = None if frameworks is None else list(frameworks)
    # Arguments are checked now, not when the first result is asked for.
    _native.classify_batch([], from_=from_, frameworks=framework_ids, profiles=loaded, detail=detail)

    def batch(chunk: list[Source]) -> list[Any]:
        return _native.classify_batch(
            chunk,
            from_=from_,
            frameworks=framework_ids,
            profiles=loaded,
            detail=detail,
            jobs=workers,
        )

    return _answers(sources, size, batch, errors)


@overload
def validate_many(
    sources: Iterable[Source],
    *,
    from_: str | None = ...,
    jobs: int | None = ...,
    chunk_size: int | None = ...,
    errors: Literal["raise"] = ...,
) -> Iterator[Report]: ...


@overload
def validate_many(
    sources: Iterable[Source],
    *,
    from_: str | None = ...,
    jobs: int | None = ...,
    chunk_size: int | None = ...,
    errors: Literal["return"],
) -> Iterator[Report | AiOpennessError | TypeError]: ...


def validate_many(
    sources: Iterable[Source],
    *,
    from_: str | None = None,
    jobs: int | None = None,
    chunk_size: int | None = None,
    errors: Literal["raise", "return"] = "raise",
) -> Iterator[Report] | Iterator[Report | AiOpennessError | TypeError]:
    """Checks many documents on ``jobs`` threads (default: one per core), as :func:`validate`
    checks one; yields the reports in the order of ``sources``, reading them ``chunk_size`` at a
    time (see :func:`classify_many`). A path that cannot be read raises :class:`ReadError`
    (``errors="raise"``) or is yielded as one (``errors="return"``).

    :raises ValueError: an unknown ``from_``, or ``jobs`` below 1.
    """
    workers = _jobs(jobs)
    size = _chunk_size(chunk_size, workers)
    _native.validate_batch([], from_=from_)

    def batch(chunk: list[Source]) -> list[Any]:
        return _native.validate_batch(chunk, from_=from_, jobs=workers)

    return _answers(sources, size, batch, errors, Report.from_dict)


def load_profile(source: Source) -> Profile:
    """Loads and checks a custom framework profile (``docs/profiles.md``) once, to classify
    many documents under it.

    :raises ProfileError: the profile cannot be read, parsed or checked.
    :raises TypeError: a source that is not a document.
    """
    return _native.load_profile(source)


def schema() -> dict[str, Any]:
    """The published JSON Schema of a description (what ``ai-openness schema`` prints)."""
    return _native.schema()


def context() -> dict[str, Any]:
    """The JSON-LD context that turns a description into RDF (``vocab/context.jsonld``)."""
    return _native.context()


def frameworks() -> list[str]:
    """The ids of the built-in frameworks, in the order classifications list them."""
    return _native.frameworks()


def document_kinds() -> list[str]:
    """The document kinds ``from_`` accepts (``description``, ``mot``, ``profile``, ...)."""
    return _native.kinds()
