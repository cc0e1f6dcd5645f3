#!/usr/bin/env bash
# Builds and tests the Python package `ai_openness` the way a user installs it:
#   1. a fresh virtual environment (target/python-venv, or $AI_OPENNESS_PY_VENV) with pytest and
#      mypy;
#   2. `pip install ./python` (pip fetches maturin from PyPI and builds the extension with cargo:
#      nothing else is needed but Rust and Python);
#   3. the extension's Rust unit tests, and the `ai-openness` CLI (debug build) that the tests
#      compare the package's answers with;
#   4. pytest (python/tests) and `mypy --strict` on the package and on the typed usage example.
#
# The shared conformance files are read from $AI_OPENNESS_SHARED, else ../shared beside the
# repository; the MOT parity tests are skipped with a notice when they are absent.
#
# Environment: PYTHON (default python3); AI_OPENNESS_PY_PROFILE=release builds the extension
# optimised (default: the dev profile, which shares the debug build's dependencies and keeps CI
# short; the benchmark, python/bench.py, needs release).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
venv=${AI_OPENNESS_PY_VENV:-$repo/target/python-venv}
python=${PYTHON:-python3}
profile=${AI_OPENNESS_PY_PROFILE:-dev}

start=$SECONDS
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check pytest mypy

echo "python: pip install ./python (cargo profile $profile)"
MATURIN_PEP517_ARGS="--profile $profile" \
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$here"
echo "python: package built and installed in $((SECONDS - start)) s"

# The extension's own Rust unit tests (its answer tapes against serde_json's text).
(cd "$repo" && cargo test --quiet -p ai-openness-python --lib)
(cd "$repo" && cargo build --quiet --bin ai-openness)
export AI_OPENNESS_CLI="$repo/target/debug/ai-openness"

# Not from python/, where the source folder (without the extension) would shadow the install.
(cd "$repo" && "$venv/bin/python" -m mypy --strict --no-incremental \
    python/ai_openness python/tests/typing_example.py)
(cd "$repo" && "$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests)
echo "python: done in $((SECONDS - start)) s"
