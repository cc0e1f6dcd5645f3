#!/usr/bin/env bash
# Rewrites the seeds taken from the repository: the examples (examples/, examples/profiles/) and the
# files of tests/data/, converted for the targets that need another form (JSON, a base IRI before
# a NUL byte, Turtle and JSON-LD exports). Seeds named otherwise (hand-*: written for a target;
# crash-*, slow-*, leak-*, oom-*: minimised finds, each also a test in tests/fuzz_regressions.rs)
# are kept. Run from anywhere after the examples or tests/data change:
#
#   fuzz/seeds/refresh.sh
#
# Needs the debug CLI (it runs `cargo run`). Third-party fixtures are never committed here: the
# runner (fuzz/run.sh) copies them from ../shared into fuzz/corpus/ at run time.
set -euo pipefail
cd "$(dirname "$0")/../.."
seeds=fuzz/seeds
cli() { cargo run --quiet -- "$@"; }
cargo build --quiet

# Removes the seeds this script made for `target`, then creates its directory.
fresh() {
  mkdir -p "$seeds/$1"
  find "$seeds/$1" -maxdepth 1 -type f \( -name 'ex-*' -o -name 'data-*' \) -delete
}

native_yaml=(examples/*.yaml tests/data/valid/*.yaml tests/data/invalid/*.yaml)
native_json=(tests/data/valid/*.json tests/data/invalid/*.json)

for t in native_yaml native_json load_document validate_classify parse_syntax rdf_export rdf_import load_profile; do
  fresh "$t"
done

for f in "${native_yaml[@]}"; do
  case "$f" in examples/*) name="ex-$(basename "$f")" ;; *) name="data-$(basename "$f")" ;; esac
  for t in native_yaml load_document validate_classify parse_syntax; do cp "$f" "$seeds/$t/$name"; done
done
for f in "${native_json[@]}"; do
  name="data-$(basename "$f")"
  for t in native_json load_document validate_classify parse_syntax; do cp "$f" "$seeds/$t/$name"; done
done
# The examples as JSON (the JSON target sees only JSON).
for f in examples/*.yaml; do
  python3 -c 'import sys,json; print(json.dumps(json.load(sys.stdin), indent=2))' \
    < <(cli export --to json "$f" 2>/dev/null) > "$seeds/native_json/ex-$(basename "$f" .yaml).json" \
    || rm -f "$seeds/native_json/ex-$(basename "$f" .yaml).json"
done
# rdf_export: "BASE\0DOCUMENT"; half with a base, half without.
i=0
for f in examples/*.yaml tests/data/valid/*; do
  name="$(basename "$f")"
  case "$f" in examples/*) name="ex-$name" ;; *) name="data-$name" ;; esac
  if (( i % 2 == 0 )); then
    { printf 'https://registry.example/ai/\0'; cat "$f"; } > "$seeds/rdf_export/$name"
  else
    cp "$f" "$seeds/rdf_export/$name"
  fi
  i=$((i + 1))
done
# rdf_import: a selector byte (even: Turtle, odd: JSON-LD), then the export of each example.
for f in examples/*.yaml; do
  base="$(basename "$f" .yaml)"
  { printf '\0'; cli export --to turtle "$f"; } > "$seeds/rdf_import/ex-$base.ttl"
  { printf '\1'; cli export --to jsonld "$f"; } > "$seeds/rdf_import/ex-$base.jsonld"
done
for f in examples/profiles/*.yaml tests/data/invalid/invalid-profile.yaml; do
  case "$f" in examples/*) name="ex-$(basename "$f")" ;; *) name="data-$(basename "$f")" ;; esac
  cp "$f" "$seeds/load_profile/$name"
done
du -sh "$seeds"
