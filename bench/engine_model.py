#!/usr/bin/env python3
"""A model of N actors for measuring layout engines (bench/engine_limits.sh).

    python3 bench/engine_model.py 2000 > /tmp/m2000.yaml
    python3 bench/engine_model.py 30 --nested --seed 3 > /tmp/n30.yaml

About 70 % of the actors hold one file (so they are drawn as clusters); 1.5 rights per actor,
80 % to a file, 20 % to another actor. With --nested, 60 % of the actors are `part_of` an earlier
one (clusters nested inside clusters, with rights into their members). Same arguments, same
bytes.
"""
import argparse
import random


def generate(n, nested, seed, rights_per_actor=1.5):
    rng = random.Random(seed)
    out = ["sources:", "  - {id: s1, title: Source, url: \"https://example.org/\"}",
           "data:", "  - {id: d1, name: Data}", "actors:"]
    for i in range(n):
        line = f"  - {{id: a{i}, name: Actor {i}, kind: public-body"
        if nested and i > 0 and rng.random() < 0.6:
            line += f", part_of: a{rng.randrange(0, i)}"
        out.append(line + "}")
    out.append("files:")
    holder = {}
    for i in range(n):
        if rng.random() < 0.7:
            holder[f"f{i}"] = i
            out.append(f"  - {{id: f{i}, name: File {i}, held_by: a{i}, data: [d1], sources: [s1]}}")
    files = list(holder)
    out.append("rights:")
    count = 0
    while count < int(n * rights_per_actor):
        actor = rng.randrange(n)
        target = rng.choice(files) if rng.random() < 0.8 else f"a{rng.randrange(n)}"
        if target == f"a{actor}" or holder.get(target) == actor:
            continue
        extra = ", data: [d1]" if target.startswith("a") else ""
        out.append(f"  - {{id: r{count}, actor: a{actor}, reaches: {target}, kind: consultation, "
                   f"basis: Art. {count}{extra}, sources: [s1]}}")
        count += 1
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("actors", type=int)
    parser.add_argument("--nested", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(generate(args.actors, args.nested, args.seed), end="")


if __name__ == "__main__":
    main()
