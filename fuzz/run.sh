#!/usr/bin/env bash
# Runs the fuzz targets on stable Rust (no sanitizer; debug build, so overflow checks and debug
# assertions are on). Used by .ci/run and by hand; see fuzz/README.md.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS (default 20) is each target's run time; no TARGET means every target of
# `cargo fuzz list` (the run fails when that list is empty). For each target, fuzz/corpus/TARGET
# (git-ignored) is filled with the committed seeds of fuzz/seeds/TARGET and, when present, the
# third-party fixtures of ../shared (or $AI_OPENNESS_SHARED), which are never committed; the
# format's dictionary fuzz/dict/*.dict is passed with -dict. An input that runs longer than
# FUZZ_TIMEOUT seconds (default 10) or makes the process use more than FUZZ_RSS_MB megabytes
# (default 2048) is a finding, like a crash: the run stops and fuzz/artifacts/TARGET/ holds it.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-20}"
shift || true
timeout="${FUZZ_TIMEOUT:-10}"
rss="${FUZZ_RSS_MB:-2048}"
shared="${AI_OPENNESS_SHARED:-../../shared}"

command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
cargo fuzz build --dev --sanitizer none

if (( $# > 0 )); then
  targets=("$@")
else
  mapfile -t targets < <(cargo fuzz list)
fi
if (( ${#targets[@]} == 0 )); then
  echo "cargo fuzz list found no fuzz target" >&2
  exit 1
fi

# The dictionary of a target's input format.
dict_of() {
  case "$1" in
    native_json | native_yaml | load_document | validate_classify | parse_syntax | rdf_export) echo dict/native.dict ;;
    load_profile) echo dict/profile.dict ;;
    mot_yaml | mot_import) echo dict/mot.dict ;;
    osai_index_import) echo dict/osai_index.dict ;;
    licence_expression | licence_normalise) echo dict/licence.dict ;;
    rdf_import) echo dict/rdf.dict ;;
    hf_card_import) echo dict/hf_card.dict ;;
    croissant_import) echo dict/croissant.dict ;;
    spdx3_import) echo dict/spdx3.dict ;;
    cyclonedx_import) echo dict/cyclonedx.dict ;;
    *) echo "" ;;
  esac
}

# Copies the third-party fixtures a target reads into its corpus (run time only).
shared_seeds() {
  local corpus="$1"
  case "$2" in
    mot_yaml | mot_import)
      cp "$shared"/fixtures/mot/test-data/*.yml "$shared"/fixtures/mot/data/sample_model.yml "$corpus"/ 2>/dev/null || true ;;
    osai_index_import)
      cp "$shared"/fixtures/osai-index/*.yaml "$corpus"/ 2>/dev/null || true ;;
    hf_card_import)
      cp "$shared"/fixtures/hf-model-cards/*.md "$corpus"/ 2>/dev/null || true ;;
    croissant_import)
      cp "$shared"/fixtures/croissant/*.json "$corpus"/ 2>/dev/null || true ;;
    spdx3_import)
      cp "$shared"/fixtures/spdx3/*.json "$corpus"/ 2>/dev/null || true ;;
    cyclonedx_import)
      cp "$shared"/fixtures/cyclonedx/*.json "$corpus"/ 2>/dev/null || true ;;
    *) ;;
  esac
}

for target in "${targets[@]}"; do
  printf -- '--- %s (%ss, -timeout=%s, -rss_limit_mb=%s)\n' "$target" "$seconds" "$timeout" "$rss"
  corpus="corpus/$target"
  mkdir -p "$corpus" "artifacts/$target"
  if [[ -d "seeds/$target" ]]; then
    find "seeds/$target" -maxdepth 1 -type f ! -name '*.sh' -exec cp {} "$corpus"/ \;
  fi
  shared_seeds "$corpus" "$target"
  args=(-max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss" -malloc_limit_mb="$rss"
        -max_len=65536 -print_final_stats=1)
  dict="$(dict_of "$target")"
  if [[ -n "$dict" ]]; then args+=(-dict="$dict"); fi
  cargo fuzz run --dev --sanitizer none "$target" "$corpus" -- "${args[@]}"
done
