#!/usr/bin/env bash
# Instructions per seed analysis of a wasm build under node, TurboFan code only: a measure that a
# loaded machine does not disturb (two runs of one build agree to 0.1 %), where wall-clock A/B
# rounds on a shared 2-core VM swing 0.8-1.2x. Needs valgrind.
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
