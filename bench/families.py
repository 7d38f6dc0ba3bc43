#!/usr/bin/env python3
"""Pathological model families for the reachability benchmark (issue 9), in the model format.

    python3 bench/families.py --family ring --size 1000 --out /tmp/ring-1000.yaml

Families (each passes `interco check`):
  ring    one actor `a` holds N files f0 … f(N-1) linked by flows in a ring (f(i) → f(i+1));
          f0 declares `d`, the others `e`. Query: who-can-reach d (every file reaches f0).
  layers  actor `x0` holds f0, a chain of 100 files f0 ← f1 ← … ← f100, then N layers of two
          files, each file of a layer flowing into both files of the layer above: 2^N paths.
          The bottom layer declares `deep`. Queries: reach x0, who-can-reach deep, render.
  actors  N actors, each holding one file of `d` and with rights (communication, limited to
          `d`) to the next three actors, round the circle. Query: who-can-reach d --max-hops 4.
  cycle   N files held round-robin by N/10 actors, whose flows form one cycle; f0 declares
          `d`. Queries: who-can-reach d, render --reach a0.
"""
import argparse


def header(out, categories):
    out.write("sources:\n  - {id: s, title: Benchmark source, url: \"https://example.org/bench\"}\n")
    out.write("data:\n")
    for category in categories:
        out.write(f"  - {{id: {category}, name: Donnée {category}}}\n")


def actor_list(out, count):
    out.write("actors:\n")
    for i in range(count):
        out.write(f"  - {{id: a{i}, name: Acteur {i}, kind: public-body}}\n")


def file_list(out, count, holder, data):
    out.write("files:\n")
    for i in range(count):
        out.write(f"  - {{id: f{i}, name: Fichier {i}, held_by: {holder(i)}, data: [{data(i)}], sources: [s]}}\n")


def ring(out, n):
    header(out, ["d", "e"])
    out.write("actors:\n  - {id: a, name: Acteur, kind: public-body}\n")
    file_list(out, n, lambda i: "a", lambda i: "d" if i == 0 else "e")
    out.write("flows:\n")
    for i in range(n):
        out.write(f"  - {{id: fl{i}, from: f{i}, into: f{(i + 1) % n}, sources: [s]}}\n")


def layers(out, n):
    header(out, ["d", "deep"])
    out.write("actors:\n  - {id: x0, name: Acteur, kind: public-body}\nfiles:\n")
    for i in range(101):
        out.write(f"  - {{id: f{i}, name: Fichier {i}, held_by: x0, data: [d], sources: [s]}}\n")
    for k in range(n):
        for side in range(2):
            data = "deep" if k == n - 1 else "d"
            out.write(f"  - {{id: l{k}-{side}, name: Couche {k}.{side}, held_by: x0, data: [{data}], sources: [s]}}\n")
    out.write("flows:\n")
    for i in range(100):
        out.write(f"  - {{from: f{i + 1}, into: f{i}, sources: [s]}}\n")
    for side in range(2):
        out.write(f"  - {{from: l0-{side}, into: f100, sources: [s]}}\n")
    for k in range(n - 1):
        for upper in range(2):
            for lower in range(2):
                out.write(f"  - {{from: l{k + 1}-{lower}, into: l{k}-{upper}, sources: [s]}}\n")


def actors(out, n):
    header(out, ["d"])
    actor_list(out, n)
    file_list(out, n, lambda i: f"a{i}", lambda i: "d")
    out.write("rights:\n")
    for i in range(n):
        for step in (1, 2, 3):
            out.write(f"  - {{id: r{i}-{step}, actor: a{i}, reaches: a{(i + step) % n}, kind: communication, "
                      f"data: [d], basis: Art. {i}, since: {2000 + (i * 7 + step) % 25}, sources: [s]}}\n")


def cycle(out, n):
    header(out, ["d", "e"])
    holders = max(1, n // 10)
    actor_list(out, holders)
    file_list(out, n, lambda i: f"a{i % holders}", lambda i: "d" if i == 0 else "e")
    out.write("flows:\n")
    for i in range(n):
        out.write(f"  - {{from: f{i}, into: f{(i + 1) % n}, sources: [s]}}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", required=True, choices=["ring", "layers", "actors", "cycle"])
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as out:
        globals()[args.family](out, args.size)


if __name__ == "__main__":
    main()
