#!/usr/bin/env bash
# The whole test suite: the Rust tests (unit, integration, doc tests, the MOF conformance suite,
# the staleness checks of schema/ and vocab/) and then the independent Python cross-checks
# (jsonschema/check-jsonschema on the JSON Schema; rdflib/pySHACL/pyld on the RDF vocabulary),
# which install themselves into a private virtualenv (.venv), the browser check of the reports
# and the Python package's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --all-targets
cargo test --doc
tests/python/run.sh
# The reports as a person sees them, in headless Chromium (skips with a notice where Chromium is
# missing, fails under CI=true).
tests/browser/run.sh
# The Python package, installed as a user installs it (`pip install ./python`), against the CLI.
python/run-tests.sh
