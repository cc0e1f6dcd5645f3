#!/usr/bin/env bash
# Benchmark of the registry overview page (issue #13): 10,000 generated descriptions through
# `ai-openness report --overview`, then the page's size, and the time headless Chromium takes to
# load and render it and to sort its table. A benchmark, not a test: it prints the numbers.
# The target: under 5 MB and under 5 s to render.
#
# Usage: benches/overview.sh [N]   (default 10000; AI_OPENNESS_BIN to use another binary,
# CHROMIUM for another browser). Builds the release binary unless AI_OPENNESS_BIN is set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-10000}
if [ -z "${AI_OPENNESS_BIN:-}" ]; then
  cargo build --quiet --release --manifest-path "$root/Cargo.toml" --bin ai-openness
  AI_OPENNESS_BIN="${CARGO_TARGET_DIR:-$root/target}/release/ai-openness"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/registry" "$n" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
kinds = ["model_weights", "training_code", "pretraining_data", "model_card", "inference_code",
         "data_card", "technical_report", "evaluation_results", "model_architecture"]
licences = ["Apache-2.0", "MIT", "CC-BY-4.0", "LicenseRef-Custom-Model-Licence", "CC-BY-NC-4.0"]
availability = ["public", "gated", "not_released", "public", "api_only"]
for i in range(n):
    folder = os.path.join(out, f"org-{i % 97:02d}")
    os.makedirs(folder, exist_ok=True)
    lines = ['spec_version: "0.1.0"', f"name: Generated Model {i} Instruct", "components:"]
    for j, kind in enumerate(kinds[: 2 + i % len(kinds)]):
        lines += [f"  - kind: {kind}", f"    license: {licences[(i + j) % len(licences)]}",
                  f"    availability: {availability[(i * 7 + j) % len(availability)]}"]
    if i % 3 == 0:
        lines += ["claims:", "  - kind: open_source"]
    with open(os.path.join(folder, f"model-{i:05d}.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")
PY
start=$(date +%s.%N)
"$AI_OPENNESS_BIN" report --overview --title "Benchmark registry" -o "$work/overview.html" "$work/registry"
end=$(date +%s.%N)
size=$(stat -c %s "$work/overview.html")
echo "documents: $n"
echo "report --overview: $(echo "$end - $start" | bc) s"
echo "page size: $size bytes ($(echo "scale=2; $size / 1000000" | bc) MB; limit 5 MB)"
PYTHONPATH="$root/tests/browser" python3 - "$work/overview.html" <<'PY'
import sys, time
from pathlib import Path
from check_reports import Browser, CHROMIUM
if not Path(CHROMIUM).exists():
    print(f"Chromium not found at {CHROMIUM}: no render time")
    sys.exit(0)
browser = Browser()
try:
    start = time.time()
    browser.open(Path(sys.argv[1]))
    load_event = time.time() - start
    # Wait for a frame after the load: the table is laid out and painted.
    browser.call("Runtime.evaluate", expression="new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(1))))", awaitPromise=True)
    loaded = time.time() - start
    rows = browser.evaluate("document.querySelectorAll('#releases tbody tr').length")
    start = time.time()
    browser.evaluate("document.querySelectorAll('#releases th button')[2].click()")
    browser.call("Runtime.evaluate", expression="new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(1))))", awaitPromise=True)
    sorted_in = time.time() - start
    print(f"Chromium: {rows} rows: load event after {load_event:.2f} s, rendered after {loaded:.2f} s (limit 5 s); sorted by a level column in {sorted_in:.2f} s")
    errors = browser.errors()
    if errors:
        print(f"console errors: {errors}")
finally:
    browser.close()
PY
