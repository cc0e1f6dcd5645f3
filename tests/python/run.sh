#!/usr/bin/env bash
# Runs the independent Python cross-checks (tests/python/check_*.py) in a private virtualenv.
# Each check script exits non-zero on failure and prints "N passed, N failed" as its last line.
# Usage: tests/python/run.sh [check-name…]   (default: every check_*.py)
# A name that is not a check (`check_shema`) fails at once, before anything is installed: a
# misspelled name must not run nothing and pass.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

checks=()
if [ $# -gt 0 ]; then
  for name in "$@"; do
    check=$name
    [ -f "$check" ] || check="$here/$name.py"
    [ -f "$check" ] || check="$here/check_$name.py"
    if [ ! -f "$check" ]; then
      echo "no such check: $name (the checks are: $(cd "$here" && ls check_*.py | sed 's/\.py$//' | tr '\n' ' '))" >&2
      exit 2
    fi
    checks+=("$check")
  done
else
  checks=("$here"/check_*.py)
fi
if [ ${#checks[@]} -eq 0 ] || [ ! -f "${checks[0]}" ]; then
  echo "no Python check found in $here" >&2
  exit 2
fi

venv=${AI_OPENNESS_VENV:-$root/.venv}
stamp="$venv/.requirements.sha256"
want=$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  echo "$want" > "$stamp"
fi
export AI_OPENNESS_ROOT=$root
# The crate's binary, built once, for checks that need generated output.
if [ -z "${AI_OPENNESS_BIN:-}" ]; then
  cargo build --quiet --manifest-path "$root/Cargo.toml" --bin ai-openness
  target=${CARGO_TARGET_DIR:-$root/target}
  export AI_OPENNESS_BIN="$target/debug/ai-openness"
fi
status=0
for check in "${checks[@]}"; do
  echo "== python check: $(basename "$check")"
  "$venv/bin/python" "$check" || status=1
done
exit $status
