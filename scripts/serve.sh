#!/usr/bin/env bash
# Quick start: installs what is missing, builds the release wasm and serves www/ locally.
#   scripts/serve.sh [PORT]      (default 8000)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-${PORT:-8000}}
bash scripts/build.sh
echo
echo "  newslens is running at  http://127.0.0.1:$port/"
echo "  (Ctrl-C to stop; www/ is the whole site, copy it to any static host)"
echo
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
