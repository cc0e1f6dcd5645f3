"""Independent check of the committed JSON Schema with Python's `jsonschema` and `check-jsonschema`.

1. `schema/0.1/release.schema.json` is valid against the draft 2020-12 meta-schema (both tools),
   and is what the crate generates today (`ai-openness schema`).
2. Format assertion is really on: the Python format checker knows `uri`, `iri` and `date` (they
   need the `rfc3987` and `rfc3339-validator` extras; without them the formats would pass
   silently).
3. For every shipped document (tests/data/valid, tests/data/invalid, examples): both Python tools
   give the same verdict as the crate's own schema layer.

A `.json` document is read with Python's own `json` parser, independently of the crate; the
crate's conversion (`ai-openness schema --instance`) must give the same instance. A YAML document
is turned into a JSON instance by the crate itself, which reads YAML under the YAML 1.2 core
schema exactly as the validator does; a Python YAML reader (YAML 1.1: `yes` is a boolean, an
unquoted date a timestamp) would change the verdict. That command exits 0 when the crate's schema
accepts the instance, 1 when it rejects it, and 2 when the document is not a JSON instance at all
(a syntax error, an exceeded limit, `.inf`). Those documents cannot be checked by a JSON Schema
tool; the set of them is asserted exactly (`NOT_INSTANCES`), so a document the crate stops
converting fails the check instead of dropping out silently, and each is named in the output.

Environment: AI_OPENNESS_ROOT (the repository), AI_OPENNESS_BIN (the built `ai-openness`).
The last line is `N passed, N failed`; the exit status is non-zero when anything failed.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
from jsonschema import Draft202012Validator

ROOT = Path(os.environ.get("AI_OPENNESS_ROOT", Path(__file__).resolve().parents[2]))
BIN = os.environ.get("AI_OPENNESS_BIN", "ai-openness")
SCHEMA_PATH = ROOT / "schema" / "0.1" / "release.schema.json"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")

# The shipped documents that are not JSON instances at all, with why; exactly these, no more.
NOT_INSTANCES = {
    "tests/data/invalid/limit-exceeded-depth.yaml": "nesting deeper than the depth limit",
    "tests/data/invalid/non-json-value.yaml": "`.inf` has no JSON form",
    "tests/data/invalid/syntax-error-duplicate-key.yaml": "a duplicate key",
    "tests/data/invalid/syntax-error-trailing-comma.json": "a trailing comma (Python's parser also rejects it)",
    "tests/data/invalid/syntax-error.yaml": "a YAML syntax error",
}

passed = 0
failed = 0


def result(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}: {detail}")


def documents():
    out = []
    for folder in ("tests/data/valid", "tests/data/invalid", "examples"):
        for path in sorted((ROOT / folder).iterdir()):
            if path.suffix in (".json", ".yaml", ".yml"):
                out.append(path)
    return out


def main():
    schema_text = SCHEMA_PATH.read_text(encoding="utf-8")
    schema = json.loads(schema_text)

    # 1. The schema itself.
    try:
        Draft202012Validator.check_schema(schema)
        result(True, "jsonschema: meta-schema validity")
    except jsonschema.SchemaError as e:
        result(False, "jsonschema: meta-schema validity", e.message)
    proc = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--check-metaschema", str(SCHEMA_PATH)],
        capture_output=True,
        text=True,
    )
    result(proc.returncode == 0, "check-jsonschema: meta-schema validity", proc.stdout + proc.stderr)
    generated = subprocess.run([BIN, "schema"], capture_output=True, text=True)
    result(
        generated.returncode == 0 and generated.stdout == schema_text,
        "committed schema is what the crate generates",
        "run `cargo run -- schema --out schema`",
    )

    # 2. Formats are asserted.
    checker = Draft202012Validator.FORMAT_CHECKER
    missing = [f for f in ("uri", "iri", "date") if f not in checker.checkers]
    result(not missing, "jsonschema: format checkers for uri, iri, date", f"missing {missing}")
    validator = Draft202012Validator(schema, format_checker=checker)

    # 3. Same verdict on every shipped document.
    skipped = []
    cases = []  # (document, instance file, crate verdict)
    with tempfile.TemporaryDirectory() as tmp:
        for i, doc in enumerate(documents()):
            proc = subprocess.run([BIN, "schema", "--instance", str(doc)], capture_output=True, text=True)
            name = str(doc.relative_to(ROOT))
            python_instance = None
            if doc.suffix == ".json":
                # Python's own parser, independent of the crate.
                try:
                    python_instance = json.loads(doc.read_text(encoding="utf-8"))
                except (json.JSONDecodeError, UnicodeDecodeError) as e:
                    if proc.returncode != 2:
                        result(False, name, f"Python cannot parse it ({e}) but the crate converts it")
                        continue
            if proc.returncode == 2:
                skipped.append(name)
                continue
            if proc.returncode not in (0, 1):
                result(False, name, f"ai-openness exited {proc.returncode}: {proc.stderr}")
                continue
            if doc.suffix == ".json":
                crate_instance = json.loads(proc.stdout)
                result(
                    crate_instance == python_instance,
                    f"crate and Python read the same JSON: {name}",
                    "the crate's instance differs from Python's json.loads",
                )
                text = json.dumps(python_instance)
            else:
                text = proc.stdout
            instance_file = Path(tmp) / f"{i:03}-{doc.stem}.json"
            instance_file.write_text(text, encoding="utf-8")
            cases.append((name, instance_file, proc.returncode == 0))

        for name, instance_file, crate_accepts in cases:
            instance = json.loads(instance_file.read_text(encoding="utf-8"))
            errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
            python_accepts = not errors
            detail = (
                f"crate {'accepts' if crate_accepts else 'rejects'}, jsonschema "
                f"{'accepts' if python_accepts else 'rejects'}"
            )
            if errors:
                detail += ": " + "; ".join(
                    f"{e.json_path}: {e.message[:120]}" for e in errors[:3]
                )
            result(python_accepts == crate_accepts, f"jsonschema verdict: {name}", detail)

        # check-jsonschema: one run over every instance, verdicts read from its JSON report.
        proc = subprocess.run(
            [str(CHECK_JSONSCHEMA), "--schemafile", str(SCHEMA_PATH), "-o", "json"]
            + [str(f) for _, f, _ in cases],
            capture_output=True,
            text=True,
        )
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError:
            result(False, "check-jsonschema report", proc.stdout + proc.stderr)
            report = None
        if report is not None:
            if report.get("parse_errors"):
                result(False, "check-jsonschema parse errors", str(report["parse_errors"]))
            rejected = {Path(e["filename"]).name for e in report.get("errors", [])}
            for name, instance_file, crate_accepts in cases:
                tool_accepts = instance_file.name not in rejected
                result(
                    tool_accepts == crate_accepts,
                    f"check-jsonschema verdict: {name}",
                    f"crate {'accepts' if crate_accepts else 'rejects'}, check-jsonschema "
                    f"{'accepts' if tool_accepts else 'rejects'}",
                )
        result(
            any(not accepts for _, _, accepts in cases) and any(accepts for _, _, accepts in cases),
            "the corpus has documents on both sides of the schema",
            "expected both accepted and rejected instances",
        )

    for name in skipped:
        print(f"skip  {name}: not a JSON instance ({NOT_INSTANCES.get(name, 'unexpected')})")
    result(
        set(skipped) == set(NOT_INSTANCES),
        "exactly the expected documents are not JSON instances",
        f"unexpected: {sorted(set(skipped) - set(NOT_INSTANCES))}; "
        f"no longer skipped: {sorted(set(NOT_INSTANCES) - set(skipped))}",
    )
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
