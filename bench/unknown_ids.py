#!/usr/bin/env python3
"""A model whose rights name N missing actors among N defined ones, to time "did you mean".

    python3 bench/unknown_ids.py 30000 > /tmp/u30k.yaml
    time interco check --model /tmp/u30k.yaml > /dev/null

Every missing id (`x12345`) is one edit away from a defined one (`a12345`), and every id has the
same length, so an index by length cannot skip any candidate: only the per-kind limit on
suggestions (Suggestion.perKindLimit) bounds the work.
"""
import sys

n = int(sys.argv[1])
width = len(str(n))
print("sources:\n  - {id: s1, title: Source, url: \"https://example.org/\"}")
print("data:\n  - {id: d1, name: Data}")
print("actors:")
for i in range(n):
    print(f"  - {{id: a{i:0{width}}, name: Actor, kind: public-body}}")
print("files:\n  - {id: f1, name: File, held_by: a" + "0" * width + ", data: [d1], sources: [s1]}")
print("rights:")
for i in range(n):
    print(f"  - {{id: r{i}, actor: x{i:0{width}}, reaches: f1, kind: consultation, basis: Art. 1, sources: [s1]}}")
