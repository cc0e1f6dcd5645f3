"""Benchmark: the Python package's batch function vs the `ai-openness` CLI on the same 10,000
generated documents (a JSON Lines file for the CLI, the same JSON texts for Python; and a folder
of files for both), at `--detail full`; then memory across 100,000 calls and across a stream of
100,000 documents through `classify_many`.

    python python/bench.py [--documents N] [--calls N] [--cli PATH] [--jobs N]

Needs the package installed with a release build (`pip install ./python`) and a release build
of the CLI (`cargo build --release`, default `target/release/ai-openness`). Prints the figures
recorded in benches/README.md ("Python package"), with the machine's load (`uptime`).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from typing import Any

# This file's folder holds the package's sources without the built extension: import the
# installed package instead.
sys.path = [p for p in sys.path if pathlib.Path(p or ".").resolve() != pathlib.Path(__file__).resolve().parent]

import ai_openness  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[1]
LICENCES = ["Apache-2.0", "MIT", "CC-BY-4.0", "LicenseRef-proprietary", "GPL-3.0-only", "BSD-3-Clause"]


def documents(cli: pathlib.Path, n: int) -> list[str]:
    """`n` descriptions as one-line JSON: the examples (as JSON, by `ai-openness schema
    --instance`), each with a new name and, for one in three, a licence changed."""
    examples = []
    for path in sorted((REPO / "examples").glob("*.yaml")):
        done = subprocess.run([str(cli), "schema", "--instance", str(path)], capture_output=True, check=True)
        examples.append(json.loads(done.stdout))
    out = []
    for i in range(n):
        document = json.loads(json.dumps(examples[i % len(examples)]))
        document["name"] = f"bench-{i} {document.get('name', '')}"
        if i % 3 == 0:
            for component in document.get("components", [])[:1]:
                component["license"] = LICENCES[i % len(LICENCES)]
        out.append(json.dumps(document))
    return out


def rss_kib() -> int:
    """The resident set size now, in KiB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--cli", type=pathlib.Path, default=REPO / "target" / "release" / "ai-openness")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--only", choices=["throughput", "memory"], default=None)
    args = parser.parse_args()

    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip())
    print("cores:", os.cpu_count())
    if args.only != "memory":
        throughput(args)
    if args.only != "throughput":
        memory(args)
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip())


def throughput(args: argparse.Namespace) -> None:
    """The batch function vs the CLI on the same documents."""
    texts = documents(args.cli, args.documents)
    with tempfile.TemporaryDirectory(prefix="ai-openness-bench-") as tmp:
        folder = pathlib.Path(tmp) / "docs"
        folder.mkdir()
        paths = []
        for i, text in enumerate(texts):
            path = folder / f"doc-{i:05}.json"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        jsonl = pathlib.Path(tmp) / "docs.jsonl"
        jsonl.write_text("".join(t + "\n" for t in texts), encoding="utf-8")

        def cli_run(target: pathlib.Path) -> tuple[float, list[str]]:
            started = time.perf_counter()
            done = subprocess.run(
                [str(args.cli), "classify", "--format", "json", "--detail", "full", str(target)],
                capture_output=True, check=False,
            )
            seconds = time.perf_counter() - started
            lines = done.stdout.decode().splitlines()
            assert len(lines) == len(texts), (len(lines), done.stderr[-500:])
            return seconds, lines

        jsonl_seconds, _ = cli_run(jsonl)
        cli_seconds, cli_lines = cli_run(folder)
        # The folder's lines in the order of the documents (each file is one document, at line 1,
        # as a text given to Python is; the JSON Lines run numbers lines).
        by_file = {json.loads(line)["file"]: line for line in cli_lines}
        expected_lines = [by_file[str(path)] for path in paths]
        del by_file, cli_lines

        def timed(sources: list[Any], jobs: int | None) -> tuple[float, list[Any]]:
            # Each run starts with no earlier answers alive: a caller holding millions of
            # objects makes Python's garbage collector slower for everything after.
            gc.collect()
            started = time.perf_counter()
            answers = list(ai_openness.classify_many(sources, jobs=jobs, errors="return"))
            return time.perf_counter() - started, answers

        def same(answers: list[Any], lines: list[str]) -> None:
            # The same answers as the CLI, line for line (less `file`, which names the source).
            assert len(answers) == len(lines)
            for answer, line in zip(answers, lines):
                got = dict(answer.result if isinstance(answer, ai_openness.ParseError) else answer)
                expected = json.loads(line)
                got.pop("file")
                expected.pop("file")
                assert got == expected, line[:200]

        texts_seconds, answers = timed(texts, args.jobs)
        same(answers, expected_lines)
        del answers
        paths_seconds, answers = timed(paths, args.jobs)
        same(answers, expected_lines)
        del answers
        one_seconds, answers = timed(paths, 1)
        assert len(answers) == len(texts)
        del answers

    n = len(texts)
    print(f"documents: {n}")
    jsonl_rate = n / jsonl_seconds
    dir_rate = n / cli_seconds
    print(f"CLI classify --format json --detail full FILE.jsonl: {jsonl_seconds:.2f} s, {jsonl_rate:.0f} docs/s")
    print(f"CLI classify --format json --detail full DIR: {cli_seconds:.2f} s, {dir_rate:.0f} docs/s")
    for label, seconds, rate in [
        ("Python classify_many(texts), every core, vs the CLI on the .jsonl", texts_seconds, jsonl_rate),
        ("Python classify_many(paths), every core, vs the CLI on the folder", paths_seconds, dir_rate),
        ("Python classify_many(paths), jobs=1, vs the CLI on the folder", one_seconds, dir_rate),
    ]:
        print(f"{label}: {seconds:.2f} s, {n / seconds:.0f} docs/s, {n / seconds / rate:.2f}x the CLI")



def memory(args: argparse.Namespace) -> None:
    """Memory across many calls: after a warm-up, RSS and traced Python allocations stay flat."""
    text = (REPO / "examples" / "pythia.yaml").read_text(encoding="utf-8")
    for _ in range(1000):
        ai_openness.classify(text)
    tracemalloc.start()
    before_traced = tracemalloc.get_traced_memory()[0]
    before_rss = rss_kib()
    started = time.perf_counter()
    for i in range(args.calls):
        ai_openness.classify(text)
        if i % 10 == 0:
            ai_openness.validate(text)
    seconds = time.perf_counter() - started
    after_traced = tracemalloc.get_traced_memory()[0]
    after_rss = rss_kib()
    tracemalloc.stop()
    print(
        f"memory over {args.calls} classify calls ({seconds:.1f} s): RSS {before_rss} -> {after_rss} KiB "
        f"({after_rss - before_rss:+d} KiB), traced Python {before_traced} -> {after_traced} B "
        f"({after_traced - before_traced:+d} B); max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} KiB"
    )

    # A stream: classify_many over a generator of as many documents, each answer dropped once
    # read. RSS after the first tenth and at the end: the chunks' answers and strings are freed.
    base = ai_openness.classify(text)["name"]

    def stream() -> Any:
        for i in range(args.calls):
            yield text.replace(f"name: {base}", f"name: {base} ({i})", 1)

    started = time.perf_counter()
    tenth = max(1, args.calls // 10)
    at_tenth = 0
    for i, answer in enumerate(ai_openness.classify_many(stream())):
        assert answer["name"] == f"{base} ({i})", answer["name"]
        if i + 1 == tenth:
            at_tenth = rss_kib()
    seconds = time.perf_counter() - started
    print(
        f"memory while classify_many streams {args.calls} documents ({seconds:.1f} s): RSS {at_tenth} KiB "
        f"after {tenth}, {rss_kib()} KiB after {args.calls} ({rss_kib() - at_tenth:+d} KiB)"
    )


if __name__ == "__main__":
    main()
