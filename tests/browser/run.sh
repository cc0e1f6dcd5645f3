#!/usr/bin/env bash
# The browser check: renders the reports of the examples, three Model Openness Tool fixtures and
# one overview in headless Chromium, and checks what a person sees (tests/browser/check_reports.py).
# Skips with a notice where Chromium is missing, except under CI=true (install it with
# `apt-get install -y chromium`). Screenshots go to target/browser/ (or the first argument).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ -z "${AI_OPENNESS_BIN:-}" ]; then
  cargo build --quiet --manifest-path "$root/Cargo.toml" --bin ai-openness
  target=${CARGO_TARGET_DIR:-$root/target}
  export AI_OPENNESS_BIN="$target/debug/ai-openness"
fi
out=${1:-$root/target/browser}
exec python3 "$here/check_reports.py" --out "$out"
