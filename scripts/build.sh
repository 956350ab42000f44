#!/usr/bin/env bash
# Builds the release wasm into www/pkg and copies the sample articles into www/seeds, so that
# www/ alone is the whole static site.
#   scripts/build.sh            release build (wasm-opt from npm binaryen)
#   scripts/build.sh --dev      debug build, no wasm-opt (faster, larger)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh build

# wasm-pack uses the first wasm-opt on PATH. Debian's binaryen (wasm-opt 108) produces modules
# that fail at init with wasm-bindgen 0.2.130, so ours must come first.
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
profile=--release
[ "${1:-}" = --dev ] && profile=--dev

wasm-pack build --target web "$profile" --out-dir www/pkg --out-name newslens --no-pack 2>&1 \
  | grep -vE '^\s*$|Compiling|Checking' >&2 || true
[ -f www/pkg/newslens_bg.wasm ] || { echo "build failed: www/pkg/newslens_bg.wasm missing" >&2; exit 1; }

rm -rf www/seeds && mkdir -p www/seeds
cp seeds/*.txt www/seeds/
# The page reads this list to load the samples (a static host cannot list a folder).
(cd www/seeds && ls *.txt | python3 -c 'import json,sys; print(json.dumps([l.strip() for l in sys.stdin if l.strip()]))' > index.json)

raw=$(stat -c %s www/pkg/newslens_bg.wasm)
gz=$(gzip -9 -c www/pkg/newslens_bg.wasm | wc -c)
printf '[build] www/pkg/newslens_bg.wasm: %d KB raw, %d KB gzipped\n' $((raw / 1024)) $((gz / 1024)) >&2
# Everything a reader's browser downloads to open the page (the samples only on request).
total=0
for f in www/*.html www/*.css www/*.js www/pkg/newslens.js www/pkg/newslens_bg.wasm; do
  total=$((total + $(gzip -9 -c "$f" | wc -c)))
done
printf '[build] the whole page (html, css, js, wasm): %d KB gzipped\n' $((total / 1024)) >&2
