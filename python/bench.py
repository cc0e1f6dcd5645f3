"""Benchmark: the Python package's batch function vs the `ai-openness` CLI on the same 10,000
generated documents, both at full detail; then memory across 100,000 calls.

    python python/bench.py [--documents N] [--calls N] [--cli PATH] [--jobs N]

Needs the package installed with a release build (`pip install ./python`) and a release build
of the CLI (`cargo build --release`, default `target/release/ai-openness`). Prints the figures
recorded in benches/README.md ("Python package"), with the machine's load (`uptime`).
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import resource
import subprocess
import tempfile
import time
import tracemalloc

import ai_openness

REPO = pathlib.Path(__file__).resolve().parents[1]
LICENCES = ["Apache-2.0", "MIT", "CC-BY-4.0", "LicenseRef-proprietary", "GPL-3.0-only", "BSD-3-Clause"]


def documents(n: int) -> list[str]:
    """`n` descriptions: the examples, each with a new name and some of its licences changed."""
    examples = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.yaml"))]
    out = []
    for i in range(n):
        text = examples[i % len(examples)]
        text = text.replace("\nname: ", f"\nname: bench-{i} ", 1)
        if i % 3 == 0:
            text = text.replace("Apache-2.0", LICENCES[i % len(LICENCES)], 1)
        out.append(text)
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
    args = parser.parse_args()

    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip())
    print("cores:", os.cpu_count())
    texts = documents(args.documents)
    with tempfile.TemporaryDirectory(prefix="ai-openness-bench-") as tmp:
        folder = pathlib.Path(tmp)
        paths = []
        for i, text in enumerate(texts):
            path = folder / f"doc-{i:05}.yaml"
            path.write_text(text, encoding="utf-8")
            paths.append(path)

        started = time.perf_counter()
        done = subprocess.run(
            [str(args.cli), "classify", "--format", "json", str(folder)],
            capture_output=True, check=False,
        )
        cli_seconds = time.perf_counter() - started
        cli_lines = done.stdout.decode().splitlines()
        assert len(cli_lines) == len(texts), (len(cli_lines), done.stderr[-500:])

        started = time.perf_counter()
        from_paths = list(ai_openness.classify_many(paths, jobs=args.jobs, errors="return"))
        paths_seconds = time.perf_counter() - started

        started = time.perf_counter()
        from_texts = list(ai_openness.classify_many(texts, jobs=args.jobs, errors="return"))
        texts_seconds = time.perf_counter() - started

        started = time.perf_counter()
        one_thread = list(ai_openness.classify_many(paths, jobs=1, errors="return"))
        one_seconds = time.perf_counter() - started

        # The same answers as the CLI, line for line.
        cli_by_file = {d["file"]: d for d in map(json.loads, cli_lines)}
        for path, answer in zip(paths, from_paths):
            expected = cli_by_file[str(path)]
            got = answer.result if isinstance(answer, ai_openness.ParseError) else answer
            assert got == expected, path
        assert len(from_texts) == len(one_thread) == len(texts)

    n = len(texts)
    cli_rate = n / cli_seconds
    print(f"documents: {n}")
    print(f"CLI (classify --format json DIR, 1 thread): {cli_seconds:.2f} s, {cli_rate:.0f} docs/s")
    for label, seconds in [
        ("Python classify_many(paths), every core", paths_seconds),
        ("Python classify_many(texts), every core", texts_seconds),
        ("Python classify_many(paths), jobs=1", one_seconds),
    ]:
        print(f"{label}: {seconds:.2f} s, {n / seconds:.0f} docs/s, {n / seconds / cli_rate:.2f}x the CLI")

    # Memory across many calls: after a warm-up, RSS and traced Python allocations stay flat.
    text = texts[0]
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
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip())


if __name__ == "__main__":
    main()
