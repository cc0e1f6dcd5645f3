#!/usr/bin/env bash
# The whole test suite: the Rust tests (unit, integration, doc tests, the MOF conformance suite,
# the staleness checks of schema/ and vocab/) and then the independent Python cross-checks
# (jsonschema/check-jsonschema on the JSON Schema; rdflib/pySHACL/pyld on the RDF vocabulary),
# which install themselves into a private virtualenv (.venv).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --all-targets
cargo test --doc
tests/python/run.sh
