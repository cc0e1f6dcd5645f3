"""The rest of the API: schema, context, frameworks, document kinds, profiles, the batch
functions' order and laziness, the GIL released while the crate works."""

from __future__ import annotations

import gc
import itertools
import json
import pathlib
import threading
from collections.abc import Iterator

import ai_openness
from conftest import REPO

TINY = "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model_weights\n    license: MIT\n"


def test_schema_is_the_published_schema() -> None:
    published = json.loads((REPO / "schema" / "0.1" / "release.schema.json").read_text(encoding="utf-8"))
    assert ai_openness.schema() == published


def test_context_is_the_published_context() -> None:
    published = json.loads((REPO / "vocab" / "context.jsonld").read_text(encoding="utf-8"))
    assert ai_openness.context() == published


def test_frameworks_and_kinds() -> None:
    ids = ai_openness.frameworks()
    assert ids[0] == "mof-1.0" and "osaid-1.0" in ids
    assert [c["framework"] for c in ai_openness.classify(TINY)["classifications"]] == ids
    assert {"description", "mot", "profile"} <= set(ai_openness.document_kinds())


def test_a_valid_document() -> None:
    report = ai_openness.validate(TINY)
    assert report.valid and report.kind == "description" and report.file == "-"
    result = ai_openness.classify(TINY, name="tiny.yaml", frameworks=["mof-1.0"])
    assert result["file"] == "tiny.yaml" and result["name"] == "Tiny"
    assert [c["framework"] for c in result["classifications"]] == ["mof-1.0"]


def test_a_suggestion_reaches_python() -> None:
    report = ai_openness.validate(TINY.replace("model_weights", "model-weights"))
    (d,) = report.errors
    assert d.suggestion == "model_weights" and d.pointer == "/components/0/kind"
    assert "model_weights" in str(d)


def test_profiles_load_once() -> None:
    profile = ai_openness.load_profile(REPO / "examples" / "profiles" / "mof-ladder.yaml")
    assert profile.kind == "ladder" and profile.id and repr(profile).startswith("Profile(")
    result = ai_openness.classify(TINY, profiles=[profile])
    assert [c["framework"] for c in result["classifications"]] == [profile.id]


def test_classify_many_keeps_order_and_reads_lazily() -> None:
    names = [f"doc-{i}" for i in range(50)]
    documents = [TINY.replace("Tiny", n) for n in names]
    answers = list(ai_openness.classify_many(documents, jobs=4, chunk_size=7))
    assert [a["name"] for a in answers] == names
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield TINY.replace("Tiny", f"n{i}")

    first = list(itertools.islice(ai_openness.classify_many(endless(), jobs=2, chunk_size=10), 15))
    assert [a["name"] for a in first] == [f"n{i}" for i in range(15)]
    assert pulled <= 20, "an endless iterable is read a chunk at a time"


def test_a_batch_gives_every_answer_of_a_single_call_and_shares_its_strings() -> None:
    examples = sorted((REPO / "examples").glob("*.yaml"))
    # Several rounds over the examples, on several workers, failures between them: each worker
    # learns its strings out of the order of the input, and every answer is still whole.
    sources: list[ai_openness.Source] = [*examples, "{not json", *examples, 42, *reversed(examples)]
    singles = [ai_openness.classify(p) for p in examples]
    answers = list(ai_openness.classify_many(sources, jobs=3, chunk_size=5, errors="return"))
    n = len(examples)
    assert answers[:n] == singles and answers[n + 1 : 2 * n + 1] == singles
    assert answers[2 * n + 2 :] == singles[::-1]
    assert isinstance(answers[n], ai_openness.ParseError) and isinstance(answers[2 * n + 1], TypeError)
    # What repeats across the answers of one worker is one string object, not one per answer.
    first, second = ai_openness.classify_many(examples[:2], jobs=1)
    assert first["classifications"][0]["framework"] is second["classifications"][0]["framework"]
    assert next(iter(first)) is next(iter(second))


def test_the_gil_is_released_while_a_batch_runs() -> None:
    documents = [TINY] * 200
    ticks = 0
    done = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        list(ai_openness.classify_many(documents, jobs=1, chunk_size=200))
    finally:
        done.set()
        counter.join()
    # Held by the crate, the GIL would let the counter run only between Python bytecodes of
    # this thread (a handful of switches); released, it counts freely.
    assert ticks > 10_000, "another Python thread ran while the crate worked"


def test_a_batch_restores_the_garbage_collector_as_it_found_it() -> None:
    documents = [TINY, "{not json", 42, TINY]
    assert gc.isenabled()
    answers = list(ai_openness.classify_many(documents, jobs=2, errors="return"))
    assert gc.isenabled(), "paused for the batch, running again after"
    assert isinstance(answers[1], ai_openness.ParseError)
    assert isinstance(answers[2], TypeError)
    assert [a["name"] for a in (answers[0], answers[3])] == ["Tiny", "Tiny"]
    gc.disable()
    try:
        list(ai_openness.validate_many(documents[:2], jobs=2))
        assert not gc.isenabled(), "a collector the caller paused stays paused"
    finally:
        gc.enable()


def test_paths_and_os_pathlike(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")

    class Custom:
        def __fspath__(self) -> str:
            return str(path)

    assert ai_openness.validate(Custom()).file == str(path)  # type: ignore[arg-type]
    assert ai_openness.classify(path)["file"] == str(path)
