"""Bad input raises the documented exceptions, or gives diagnostics from `validate`, and never
crashes the interpreter."""

from __future__ import annotations

import collections
import datetime
import pathlib

import pytest

import ai_openness
from conftest import REPO

TINY = "spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: model_weights\n    license: MIT\n"


def codes(report: ai_openness.Report) -> list[str]:
    return [d.code for d in report.diagnostics]


def test_the_exceptions_form_one_family() -> None:
    for cls in (ai_openness.ReadError, ai_openness.ParseError, ai_openness.ProfileError):
        assert issubclass(cls, ai_openness.AiOpennessError)
    assert issubclass(ai_openness.ReadError, OSError)
    assert issubclass(ai_openness.ParseError, ValueError)


def test_garbage_bytes_are_a_syntax_error() -> None:
    garbage = bytes(range(256)) * 4
    report = ai_openness.validate(garbage)
    assert not report.valid and report.kind is None
    assert codes(report) == ["syntax-error"]
    with pytest.raises(ai_openness.ParseError) as caught:
        ai_openness.classify(garbage)
    assert [d.code for d in caught.value.diagnostics] == ["syntax-error"]
    assert caught.value.result is not None and "classifications" not in caught.value.result


def test_invalid_utf8_and_lone_surrogates_are_syntax_errors() -> None:
    assert codes(ai_openness.validate(b"name: \xff\xfe\n")) == ["syntax-error"]
    assert codes(ai_openness.validate("name: \ud800\n")) == ["syntax-error"]


def test_text_that_is_not_yaml_is_a_syntax_error_with_a_position() -> None:
    report = ai_openness.validate("name: [unclosed\n")
    (d,) = report.diagnostics
    assert d.code == "syntax-error" and d.line is not None and d.column is not None
    with pytest.raises(ai_openness.ParseError, match="syntax-error"):
        ai_openness.classify("{\"name\": ")


def test_a_dict_with_wrong_types_gives_diagnostics_with_pointers_and_no_positions() -> None:
    document = {"spec_version": "0.1.0", "name": ["not", "a", "string"], "components": [{"kind": 7}]}
    report = ai_openness.validate(document)
    assert not report.valid
    assert {d.pointer for d in report.errors} >= {"/name", "/components/0/kind"}
    assert all(d.line is None and d.column is None for d in report.diagnostics)
    with pytest.raises(ai_openness.ParseError) as caught:
        ai_openness.classify(document)
    assert caught.value.errors and all(d.line is None for d in caught.value.diagnostics)


def test_a_dict_answers_as_its_text() -> None:
    import json

    document = {"spec_version": "0.1.0", "name": "Tiny", "components": [{"kind": "model_weights", "license": "MIT"}]}
    assert ai_openness.classify(document) == ai_openness.classify(json.dumps(document))
    # Other mappings, tuples, dates (as yaml.safe_load gives them) and big integers are JSON too.
    ordered: collections.OrderedDict[str, object] = collections.OrderedDict(document)
    ordered["components"] = ({"kind": "model_weights", "license": "MIT", "size": 10**30},)
    ordered["released"] = datetime.date(2024, 1, 2)
    assert ai_openness.validate(ordered).kind == "description"


@pytest.mark.parametrize(
    "value",
    [{1: "x"}, {"a": {1, 2}}, {"a": float("nan")}, {"a": object()}, {"a": b"bytes"}],
    ids=["int-key", "set", "nan", "object", "bytes"],
)
def test_a_dict_that_json_cannot_hold_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="JSON cannot hold"):
        ai_openness.validate(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ai_openness.classify(value)  # type: ignore[arg-type]


def test_a_dict_that_contains_itself_is_over_the_depth_limit() -> None:
    loop: dict[str, object] = {"spec_version": "0.1.0"}
    loop["self"] = loop
    report = ai_openness.validate(loop)
    assert codes(report) == ["limit-exceeded"] and not report.valid
    with pytest.raises(ai_openness.ParseError, match="limit-exceeded"):
        ai_openness.classify(loop)
    wide: list[object] = [[0] * 1000] * 1100
    assert codes(ai_openness.validate({"a": wide})) == ["limit-exceeded"]


def test_a_huge_string_is_over_the_size_limit() -> None:
    huge = "name: " + "x" * (17 * 1024 * 1024) + "\n"
    report = ai_openness.validate(huge)
    assert codes(report) == ["limit-exceeded"]
    with pytest.raises(ai_openness.ParseError, match="limit-exceeded"):
        ai_openness.classify(huge)
    assert codes(ai_openness.validate({"name": "x" * (17 * 1024 * 1024)})) == ["limit-exceeded"]


def test_deep_nesting_is_over_the_depth_limit() -> None:
    assert codes(ai_openness.validate("[" * 10_000 + "]" * 10_000)) == ["limit-exceeded"]


def test_a_missing_file_is_a_read_error(tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(ai_openness.ReadError) as caught:
        ai_openness.validate(missing)
    assert caught.value.path == str(missing)
    with pytest.raises(OSError):
        ai_openness.classify(missing)
    with pytest.raises(ai_openness.ReadError):
        ai_openness.classify(tmp_path)  # a folder
    answers = list(ai_openness.validate_many([missing, TINY], errors="return"))
    assert isinstance(answers[0], ai_openness.ReadError) and isinstance(answers[1], ai_openness.Report)
    with pytest.raises(ai_openness.ReadError):
        list(ai_openness.classify_many([TINY, missing]))


def test_a_broken_profile_is_a_profile_error(tmp_path: pathlib.Path) -> None:
    broken = "profile_version: 0.1.0\nid: x\nname: X\nkind: ladder\nlevels: 3\n"
    with pytest.raises(ai_openness.ProfileError):
        ai_openness.load_profile(broken)
    with pytest.raises(ai_openness.ProfileError):
        ai_openness.classify(TINY, profiles=[broken])
    with pytest.raises(ai_openness.ProfileError):
        ai_openness.classify(TINY, profiles=[tmp_path / "missing-profile.yaml"])
    with pytest.raises(ai_openness.ProfileError):
        ai_openness.classify_many([TINY], profiles=[b"\xff"])
    profile = REPO / "examples" / "profiles" / "mof-ladder.yaml"
    with pytest.raises(ai_openness.ProfileError, match="id"):
        ai_openness.classify(TINY, profiles=[profile, profile])


def test_bad_arguments_are_value_and_type_errors() -> None:
    with pytest.raises(ValueError, match="from_"):
        ai_openness.validate(TINY, from_="nonsense")
    with pytest.raises(ValueError, match="framework"):
        ai_openness.classify(TINY, frameworks=["mof-2.0"])
    with pytest.raises(ValueError, match="detail"):
        ai_openness.classify(TINY, detail="everything")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="jobs"):
        ai_openness.classify_many([TINY], jobs=0)
    with pytest.raises(TypeError, match="document is text"):
        ai_openness.validate(42)  # type: ignore[arg-type]
    answers = list(ai_openness.classify_many([TINY, 42, TINY], errors="return"))  # type: ignore[call-overload]
    assert isinstance(answers[1], TypeError) and isinstance(answers[0], dict) and answers[0] == answers[2]


def test_a_batch_of_bad_input_keeps_its_order() -> None:
    sources: list[ai_openness.Source] = [TINY, b"\xff", "{", {"name": 1}, TINY]
    answers = list(ai_openness.classify_many(sources, errors="return", jobs=3, chunk_size=2))
    assert [type(a).__name__ for a in answers] == ["dict", "ParseError", "ParseError", "ParseError", "dict"]
    with pytest.raises(ai_openness.ParseError):
        list(ai_openness.classify_many(sources))
