#!/usr/bin/env bash
# Whole-process comparisons for benches/README.md, in one run on the same files:
#   1. `ai-openness validate` vs a Python process that compiles the committed schema once and
#      validates every file with `jsonschema` (as check-jsonschema does);
#   2. `ai-openness classify` (every built-in framework) on a JSON Lines corpus at each --detail,
#      documents per second and peak memory, at 10,000 and 100,000 documents;
#   3. MOT's own test files classified by the crate vs checked by `check-jsonschema` against
#      MOT's schema (when the MOT fixtures are present);
#   4. one document, whole process.
# Python tools are installed by this script into a virtualenv under the work folder.
#
# Usage: benches/compare.sh [N...]      (default: 10000 100000)
# Env:   WORK (default target/bench-corpus), AI_OPENNESS_SHARED (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-$ROOT/target/bench-corpus}
SHARED=${AI_OPENNESS_SHARED:-$ROOT/../shared}
SIZES=("${@:-10000 100000}")
# shellcheck disable=SC2206
SIZES=(${SIZES[*]})
mkdir -p "$WORK"

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"

cargo build --release --quiet --bin ai-openness --example gen_corpus
BIN=$ROOT/target/release/ai-openness
GEN=$ROOT/target/release/examples/gen_corpus

if [ ! -x "$WORK/venv/bin/python" ]; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install --quiet jsonschema check-jsonschema
fi
PY=$WORK/venv/bin/python

# Peak RSS (KB) and wall time (s) of a command, its stdout discarded.
measure() {
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || true
  cat "$WORK/time.txt" | tail -1
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%.0f", n / t; else print "inf" }'; }

cat > "$WORK/validate.py" <<'PY'
"""Compile the committed schema once, validate every file given (a folder of JSON files)."""
import json, pathlib, sys
from jsonschema import Draft202012Validator
schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
validator = Draft202012Validator(schema)
invalid = 0
for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
    with open(path, "rb") as f:
        instance = json.load(f)
    if any(True for _ in validator.iter_errors(instance)):
        invalid += 1
print(invalid)
PY

for N in "${SIZES[@]}"; do
  DIR=$WORK/n$N
  if [ ! -f "$DIR/corpus.jsonl" ] || [ "$(wc -l < "$DIR/corpus.jsonl")" -ne "$N" ]; then
    rm -rf "$DIR"
    # Above 20,000 documents only the JSON Lines file is written (disk space).
    if [ "$N" -le 20000 ]; then "$GEN" "$DIR" "$N"; else "$GEN" "$DIR" "$N" jsonl; fi
  fi
  echo
  echo "## $N documents ($(du -sh "$DIR/corpus.jsonl" | cut -f1) of JSON Lines); load $(cut -d' ' -f1 /proc/loadavg)"
  if [ -d "$DIR/docs" ]; then
    read -r t m < <(measure "$BIN" validate --format json -q "$DIR/docs")
    echo "validate files, all cores:        $t s, $(rate "$N" "$t") docs/s, peak ${m} KB"
    read -r t1 m < <(measure "$BIN" validate --format json -q --jobs 1 "$DIR/docs")
    echo "validate files, --jobs 1:         $t1 s, $(rate "$N" "$t1") docs/s, peak ${m} KB"
  fi
  read -r t m < <(measure "$BIN" validate --format json -q "$DIR/corpus.jsonl")
  echo "validate JSON Lines, all cores:   $t s, $(rate "$N" "$t") docs/s, peak ${m} KB"
  if [ -d "$DIR/docs" ]; then
    read -r tp m < <(measure "$PY" "$WORK/validate.py" "$ROOT/schema/0.1/release.schema.json" "$DIR/docs")
    echo "python jsonschema (schema only):  $tp s, $(rate "$N" "$tp") docs/s, peak ${m} KB"
    echo "ratio python / ai-openness --jobs 1: $(awk -v a="$tp" -v b="$t1" 'BEGIN { printf "%.1f", a / b }')x"
  fi
  for detail in levels criteria full; do
    read -r t m < <(measure "$BIN" classify --format json -q --detail $detail "$DIR/corpus.jsonl")
    echo "classify JSON Lines --detail $detail: $t s, $(rate "$N" "$t") docs/s, peak ${m} KB"
  done
done

MOT=$SHARED/fixtures/mot
if [ -d "$MOT/test-data" ]; then
  echo
  echo "## MOT test files ($(ls "$MOT"/test-data/*.yml | wc -l) files); load $(cut -d' ' -f1 /proc/loadavg)"
  read -r t m < <(measure "$BIN" classify --format json -q "$MOT/test-data")
  echo "ai-openness classify (exact MOT engine + every framework): $t s, peak ${m} KB"
  read -r t m < <(measure "$WORK/venv/bin/check-jsonschema" --schemafile "$MOT/data/mof_schema.json" "$MOT"/test-data/*.yml)
  echo "check-jsonschema against MOT's schema:                     $t s, peak ${m} KB"
fi

echo
echo "## one document, whole process (best of 20, milliseconds)"
best=999999
for _ in $(seq 20); do
  start=$(date +%s%N)
  "$BIN" classify "$ROOT/examples/olmo-2.yaml" > /dev/null 2>&1
  end=$(date +%s%N)
  best=$(( (end - start) < best ? (end - start) : best ))
done
echo "ai-openness classify examples/olmo-2.yaml: $(awk -v ns="$best" 'BEGIN { printf "%.1f", ns / 1e6 }') ms"
