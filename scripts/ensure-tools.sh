#!/usr/bin/env bash
# Installs what building and testing newslens needs, only where it is missing, so every step is
# safe to run again. Facts behind each choice: ../shared/notes/wasm-toolchain.md (nothing may be
# downloaded from GitHub here; Debian's wasm-opt silently breaks wasm-bindgen 0.2.130 output).
#
#   scripts/ensure-tools.sh build   wasm target, wasm-pack, wasm-bindgen-cli, npm binaryen
#   scripts/ensure-tools.sh test    the above plus Chromium, chromedriver, playwright-core
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
# Must equal the wasm-bindgen crate version pinned in Cargo.toml (`=0.2.130`).
WASM_BINDGEN_VERSION=0.2.130

what=${1:-build}
log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  log "installing wasm-pack $WASM_PACK_VERSION (about 2 minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2.5 minutes)"
  # --locked fails here: its lockfile pins a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Node tools (wasm-opt from binaryen, playwright-core) are pinned in tools/package-lock.json and
# live in tools/node_modules, so nothing depends on a global npm prefix.
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ ! -d tools/node_modules/playwright-core ]; then
  log "npm ci in tools/ (binaryen, playwright-core)"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing Debian chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  fi
fi
log "tools ready ($what)"
