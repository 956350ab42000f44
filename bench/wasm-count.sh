#!/usr/bin/env bash
# Instructions per seed analysis of a wasm build under node, TurboFan code only: a measure that a
# loaded machine disturbs less than wall-clock A/B rounds (which swing 0.8-1.2x on a shared 2-core
# VM). Not exact: V8's garbage collector is counted too and its timing varies, so two runs of one
# build have agreed to 0.1 % and have also differed by 7 %; repeat it and compare medians.
# Needs valgrind.
#   bash bench/wasm-count.sh [PKG_DIR]     (default www/pkg; ~2-3 minutes)
# Prints (I(600 analyses) - I(100)) / 500, which leaves out start-up and compilation.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=${1:-www/pkg}
count() {
  valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file --cachegrind-out-file=/dev/null \
    node --no-liftoff --no-wasm-tier-up bench/wasm-count.mjs "$pkg" "$1" 2>&1 \
    | awk '/I *refs/ { gsub(",", "", $NF); print $NF }'
}
a=$(count 100)
b=$(count 600)
awk -v a="$a" -v b="$b" -v p="$pkg" 'BEGIN { printf "%s: %.4f M instructions per seed analysis\n", p, (b - a) / 500 / 1e6 }'
