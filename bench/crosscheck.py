#!/usr/bin/env python3
"""Compare interco's who-can-reach with the peer's for EVERY category of a model.

    python3 bench/crosscheck.py MODEL [--interco .build/release/interco] [--at 2024-06-01]
                                      [--categories c1,c3.2] [--jobs 1]

Prints one line per category that differs (actors only interco lists / only the peer
lists) and a summary; exit 1 on any mismatch. Meant for small models (one interco run
per category).
"""
import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))


def interco_actors(binary, model, category, at):
    for attempt in range(10):  # the binary may be being replaced by a build: retry
        try:
            out = subprocess.run([binary, "who-can-reach", category, "--model", model, "--at", at,
                                  "--format", "json"], capture_output=True, text=True)
            break
        except OSError:
            if attempt == 9:
                raise
            time.sleep(3)
    if out.returncode != 0:
        raise SystemExit(f"interco failed on {category}: {out.stderr.strip()}")
    doc = json.loads(out.stdout)
    return {r["actor"]["id"] for r in doc["results"]}, doc.get("truncated", False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--interco", default=None)
    ap.add_argument("--at", default="2024-06-01")
    ap.add_argument("--categories", default=None, help="comma-separated (default: all)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    binary = args.interco
    if binary is None:
        root = os.path.dirname(HERE)
        rel = os.path.join(root, ".build/release/interco")
        binary = rel if os.path.exists(rel) else os.path.join(root, ".build/debug/interco")

    peer = subprocess.run([sys.executable, os.path.join(HERE, "peer.py"), "who-can-reach",
                           "--all-categories", args.model, "--at", args.at],
                          capture_output=True, text=True, check=True)
    by_cat = {}
    for line in peer.stdout.splitlines():
        cat, actor = line.split("\t")
        by_cat.setdefault(cat, set()).add(actor)
    cats = args.categories.split(",") if args.categories else by_cat_keys(args.model)

    def one(cat):
        got, truncated = interco_actors(binary, args.model, cat, args.at)
        return cat, got, truncated

    bad = 0
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for cat, got, truncated in pool.map(one, cats):
            want = by_cat.get(cat, set())
            flag = " (interco says truncated)" if truncated else ""
            if got != want:
                bad += 1
                print(f"MISMATCH {cat}: only interco {sorted(got - want)}; only peer {sorted(want - got)}{flag}")
            elif truncated:
                print(f"match {cat}{flag}")
    print(f"{len(cats) - bad}/{len(cats)} categories match "
          f"({sum(len(by_cat.get(c, ())) for c in cats)} peer actor answers)")
    sys.exit(1 if bad else 0)


def by_cat_keys(model):
    """Every category id of the model, read with the peer's loader."""
    sys.path.insert(0, HERE)
    import peer  # noqa: E402
    return sorted(c["id"] for c in peer.load(model)["data"])


if __name__ == "__main__":
    main()
