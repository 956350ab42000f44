#!/usr/bin/env bash
# Sets up what the tests need (idempotent) and runs every test: formatting and lints, native unit
# and integration tests, the wasm bindings under node, then the release build in headless
# Chromium. `.ci/run` calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh test
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --all-targets --quiet -- -D warnings

step "cargo test (native: units, seeds, formats, CLI)"
cargo test --quiet 2>&1 | tee -a "$log"

step "wasm bindings under node (wasm-pack test --node)"
out=$(wasm-pack test --node -- --test wasm 2>&1) || { echo "$out"; exit 1; }
echo "$out" | grep -E "^test |test result" | tee -a "$log" || true
# A suite that silently runs nothing still exits 0: insist on a passing result line.
echo "$out" | grep -qE "test result: ok\. [1-9][0-9]* passed" || { echo "$out"; echo "wasm tests did not run"; exit 1; }

step "release build (scripts/build.sh)"
bash scripts/build.sh

step "browser end-to-end tests (headless Chromium, release build)"
node --test --test-reporter=spec tests/e2e/ 2>&1 | tee -a "$log"
echo "screenshots: tests/e2e/artifacts/"

# One closing line over every suite: cargo's "test result" lines and node's "pass"/"fail" counts.
awk '
  /test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
  /^ℹ pass [0-9]+$/ { p += $3 }
  /^ℹ fail [0-9]+$/ { f += $3 }
  END { printf "\nall suites: %d passed, %d failed\n", p, f }
' "$log"
