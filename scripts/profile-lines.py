#!/usr/bin/env python3
"""Instructions per line of our own code, inlined code included.

cg_annotate and callgrind_annotate charge code that LTO inlined from the standard library
(slicing, `memcmp` loops, `contains`) to the library's file, so the post-passes inlined into
`Pipeline::recognize` show up as `str/mod.rs` and `slice/cmp.rs`. This reads a callgrind profile
taken per instruction, runs each address through `addr2line -i` and charges it to the innermost
inlined frame in `src/` (skipping the small helpers in SKIP), so each line of a pass gets what
its inlined library calls cost.

  cargo build --release with CARGO_PROFILE_RELEASE_DEBUG=line-tables-only (own target dir)
  valgrind --tool=callgrind --dump-instr=yes --dump-line=no --callgrind-out-file=F BIN bench seeds --mb 0.5
  scripts/profile-lines.py F 'ner::Pipeline::recognize' BIN     # '' for every function

Columns: own instructions, instructions of the calls made from there, function @ file:line.
Environment: N (rows, 40), SKIP (comma-separated helper names, `token_text,spaced,glued`),
DEPTH (take the n-th frame in src/ instead of the innermost), INNER (only addresses whose
innermost frame in src/ is this function: who calls it), SELF=1 (sort by own instructions).
"""
import collections
import os
import re
import subprocess
import sys

path, target, binary = sys.argv[1], sys.argv[2], sys.argv[3]
names = {}


def name(s):
    m = re.match(r"\((\d+)\)(?: (.*))?", s)
    if not m:
        return s
    if m.group(2) is not None:
        names[m.group(1)] = m.group(2)
    return names.get(m.group(1), "?")


own, calls = collections.Counter(), collections.Counter()
inside, at, pending = False, 0, False
for line in open(path):
    line = line.rstrip("\n")
    if not line:
        continue
    if line[0].isdigit() or line[0] in "+-*":
        parts = line.split()
        p = parts[0]
        if p[0] in "+-":
            at += int(p, 16) if p[1:].startswith("0x") else int(p)
        elif p != "*":
            at = int(p, 16) if p.startswith("0x") else int(p)
        if inside:
            cost = int(parts[1]) if len(parts) > 1 else 0
            (calls if pending else own)[at] += cost
        pending = False
        continue
    key, _, value = line.partition("=")
    if key == "fn":
        inside = target in name(value)
    elif key == "cfn":
        name(value)
    elif key == "calls":
        pending = True

addrs = sorted(set(own) | set(calls))
out = subprocess.run(
    ["addr2line", "-a", "-i", "-f", "-C", "-e", binary] + ["0x%x" % a for a in addrs],
    capture_output=True,
    text=True,
).stdout.split("\n")
frames, current, i = {}, None, 0
while i < len(out):
    if out[i].startswith("0x"):
        current = int(out[i], 16)
        frames[current] = []
        i += 1
    elif current is not None and i + 1 < len(out):
        frames[current].append((out[i], out[i + 1]))
        i += 2
    else:
        i += 1

skip = set(os.environ.get("SKIP", "token_text,spaced,glued").split(","))
depth, inner = int(os.environ.get("DEPTH", "0")), os.environ.get("INNER")
by_line, by_line_calls = collections.Counter(), collections.Counter()
for a in addrs:
    ours = [
        (f, loc)
        for f, loc in frames.get(a, [])
        if "/src/" in loc and "/rustc/" not in loc and "/rust/deps" not in loc and ".cargo" not in loc
    ]
    if inner and not (ours and ours[0][0].split("::")[-1] == inner):
        continue
    ours = [x for x in ours if x[0].split("::")[-1] not in skip] or ours
    where = "?"
    if ours:
        f, loc = ours[min(depth, len(ours) - 1)]
        loc = re.sub(r" \(discriminator.*", "", loc)
        where = f"{f.split('::')[-1]} @ {os.path.basename(loc.split(':')[0])}:{loc.split(':')[-1]}"
    by_line[where] += own[a]
    by_line_calls[where] += calls[a]
print(f"own {sum(own.values()):,}, calls {sum(calls.values()):,}", file=sys.stderr)
order = (lambda k: -by_line[k]) if os.environ.get("SELF") else (lambda k: -(by_line[k] + by_line_calls[k]))
for k in sorted(by_line, key=order)[: int(os.environ.get("N", "40"))]:
    print(f"{by_line[k]:>12,} {by_line_calls[k]:>12,}  {k}")
