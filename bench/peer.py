#!/usr/bin/env python3
"""The peer: what a data person would write without interco (PyYAML C loader + networkx).

    python3 bench/peer.py check MODEL
    python3 bench/peer.py who-can-reach CATEGORY MODEL [--at YYYY[-MM[-DD]]]
    python3 bench/peer.py who-can-reach --all-categories MODEL [--at DATE]   (CATEGORY<TAB>ACTOR lines)

MODEL is a .yaml file or a directory (every .yaml/.yml under it, sorted by relative path,
top-level lists concatenated).

who-can-reach answers with interco's default filters and max hops 1 (the semantics of the
benchmark brief): only files, rights and flows with since ≤ AT < until (a partial date is
its first day) and a status in {in-force, experimental} (a file without status is in
force). An actor reaches C when
  (a) it holds a file whose effective data matches C, or
  (b) it has a right to a file whose effective data, limited by the right's `data`,
      matches C, or
  (c) it has a right to an actor B: each file B holds (effective data limited by the
      right's `data`) or, when B holds no file (in the whole model, as in interco's
      validation rule, not only on that date), the right's own `data`.
Effective data of a file = declared data ∪ what flows in through counting flows (limited
by the flow's `data`), to a fixed point. Limiting along the category tree: a category
under a limit stays; a limit under a category replaces it. Matching: exact, an ancestor
of C (broader) or a descendant of C (narrower).

Prints the sorted actor ids, one per line, on stdout; timings go to stderr.
"""
import argparse
import datetime
import os
import sys
import time

import networkx as nx
import yaml

COUNTING = {"in-force", "experimental"}
SECTIONS = ("sources", "data", "populations", "actors", "files", "rights", "flows")


def log(msg):
    print(msg, file=sys.stderr)


# --- loading -----------------------------------------------------------------------------
def model_files(path):
    if os.path.isdir(path):
        found = []
        for root, _dirs, names in os.walk(path):
            for name in names:
                if name.endswith((".yaml", ".yml")):
                    full = os.path.join(root, name)
                    found.append((os.path.relpath(full, path).encode(), full))
        return [full for _rel, full in sorted(found)]
    return [path]


def load(path):
    model = {k: [] for k in SECTIONS}
    for name in model_files(path):
        with open(name, "rb") as f:
            doc = yaml.load(f, Loader=yaml.CSafeLoader)
        if doc is None:
            continue
        for key, items in doc.items():
            if key not in model:
                raise SystemExit(f"{name}: unknown top-level key {key!r}")
            model[key].extend(items or [])
    return model


def day(value):
    """A model date (int 2012, datetime.date, or '2012-03') as its first day."""
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    parts = [int(p) for p in str(value).split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def in_force(item, at):
    since, until = day(item.get("since")), day(item.get("until"))
    return (since is None or since <= at) and (until is None or at < until)


def counts(item, at, default_status=None):
    return item.get("status", default_status or "in-force") in COUNTING and in_force(item, at)


# --- check ---------------------------------------------------------------------------------
def check(model):
    sort = {}
    errors = []
    for section in ("sources", "data", "populations", "actors", "files", "rights", "flows"):
        for item in model[section]:
            i = item.get("id")
            if i is None:
                continue
            i = str(i)
            if i in sort:
                errors.append(f"duplicate id {i!r} ({sort[i]} and {section})")
            sort[i] = section

    def ref(value, field, *sorts):
        if value is None:
            return
        for v in value if isinstance(value, list) else [value]:
            s = sort.get(str(v))
            if s is None:
                errors.append(f"unknown id {v!r} in {field!r}")
            elif s not in sorts:
                errors.append(f"{field!r} must name {' or '.join(sorts)}, but {v!r} is in {s}")

    for c in model["data"]:
        ref(c.get("parent"), "parent", "data")
    for p in model["populations"]:
        ref(p.get("parent"), "parent", "populations")
    for a in model["actors"]:
        ref(a.get("part_of"), "part_of", "actors")
        ref(a.get("sources"), "sources", "sources")
    for f in model["files"]:
        ref(f.get("held_by"), "held_by", "actors")
        ref(f.get("data"), "data", "data")
        ref(f.get("about"), "about", "populations")
        ref(f.get("sources"), "sources", "sources")
    for r in model["rights"]:
        ref(r.get("actor"), "actor", "actors")
        ref(r.get("reaches"), "reaches", "files", "actors")
        ref(r.get("data"), "data", "data")
        ref(r.get("sources"), "sources", "sources")
    for fl in model["flows"]:
        ref(fl.get("from"), "from", "files")
        ref(fl.get("into"), "into", "files")
        ref(fl.get("data"), "data", "data")
        ref(fl.get("sources"), "sources", "sources")
    return errors


# --- who-can-reach -------------------------------------------------------------------------
class Reach:
    def __init__(self, model, at):
        # Category tree: parent → child.
        tree = nx.DiGraph()
        for c in model["data"]:
            tree.add_node(c["id"])
            if c.get("parent"):
                tree.add_edge(c["parent"], c["id"])
        self.tree = tree
        self.anc = {c: nx.ancestors(tree, c) for c in tree}
        self.desc = {c: nx.descendants(tree, c) for c in tree}

        # The access graph, with only what counts on `at`.
        g = nx.DiGraph()
        self.holders = {f["held_by"] for f in model["files"]}  # in the whole model
        for a in model["actors"]:
            g.add_node(a["id"], type="actor")
        for f in model["files"]:
            if counts(f, at):
                g.add_node(f["id"], type="file", data=self.normal(set(f["data"])))
                g.add_edge(f["held_by"], f["id"], holds=True)
        for r in model["rights"]:
            target = r["reaches"]
            if not counts(r, at) or target not in g:  # a file that does not exist that day
                continue
            limit = self.normal(set(r["data"])) if r.get("data") else None
            if not g.has_edge(r["actor"], target):
                g.add_edge(r["actor"], target)
            g.edges[r["actor"], target].setdefault("rights", []).append(limit)
        for fl in model["flows"]:
            a, b = fl["from"], fl["into"]
            if not counts(fl, at) or a not in g or b not in g:
                continue
            limit = self.normal(set(fl["data"])) if fl.get("data") else None
            if not g.has_edge(a, b):
                g.add_edge(a, b)
            g.edges[a, b].setdefault("flows", []).append(limit)
        self.g = g
        self.effective = self.fixed_point()

    def normal(self, cats):
        """Drop a category whose ancestor is in the set."""
        return frozenset(c for c in cats if not (self.anc[c] & cats))

    def limit(self, cats, bound):
        if bound is None:
            return cats
        out = set()
        for c in cats:
            for b in bound:
                if c == b or b in self.anc[c]:
                    out.add(c)
                elif c in self.anc[b]:
                    out.add(b)
        return self.normal(out)

    def fixed_point(self):
        g = self.g
        eff = {n: d["data"] for n, d in g.nodes(data=True) if d["type"] == "file"}
        pending = list(eff)
        queued = set(pending)
        while pending:
            f = pending.pop()
            queued.discard(f)
            for _, target, e in g.out_edges(f, data=True):
                for bound in e.get("flows", ()):
                    merged = self.normal(eff[target] | self.limit(eff[f], bound))
                    if merged != eff[target]:
                        eff[target] = merged
                        if target not in queued:
                            queued.add(target)
                            pending.append(target)
        return eff

    def who_can_reach(self, category):
        wanted = {category} | self.anc[category] | self.desc[category]
        g, eff = self.g, self.effective

        def matches(cats):
            return not wanted.isdisjoint(cats)

        def files_of(actor):
            return [f for f, e in g.adj[actor].items() if e.get("holds")]

        found = []
        for actor, d in g.nodes(data=True):
            if d["type"] != "actor":
                continue
            if self.reaches(actor, matches, files_of):
                found.append(actor)
        return sorted(found)

    def reaches(self, actor, matches, files_of):
        g, eff = self.g, self.effective
        for target, e in g.adj[actor].items():
            if e.get("holds") and matches(eff[target]):                       # (a)
                return True
            for bound in e.get("rights", ()):
                if g.nodes[target]["type"] == "file":                         # (b)
                    if matches(self.limit(eff[target], bound)):
                        return True
                elif target in self.holders:                                  # (c)
                    for f in files_of(target):
                        if matches(self.limit(eff[f], bound)):
                            return True
                elif bound is not None and matches(bound):
                    return True
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check")
    c.add_argument("model")
    w = sub.add_parser("who-can-reach")
    w.add_argument("category", nargs="?")
    w.add_argument("model")
    w.add_argument("--at", default=datetime.date.today().isoformat())
    w.add_argument("--all-categories", action="store_true",
                   help="answer for every category, as CATEGORY<TAB>ACTOR lines")
    args = ap.parse_args()

    t0 = time.time()
    model = load(args.model)
    t1 = time.time()
    log(f"peer: loaded in {t1 - t0:.2f} s")
    if args.command == "check":
        errors = check(model)
        for e in errors:
            log(f"error: {e}")
        if errors:
            sys.exit(65)
        print("ok: " + ", ".join(f"{len(model[k])} {k}" for k in SECTIONS))
        return
    if args.all_categories == (args.category is not None):
        ap.error("give a CATEGORY or --all-categories")
    at = day(args.at)
    reach = Reach(model, at)
    t2 = time.time()
    log(f"peer: graph and effective data in {t2 - t1:.2f} s "
        f"({reach.g.number_of_nodes()} nodes, {reach.g.number_of_edges()} edges)")
    if args.all_categories:
        out = []
        for cat in sorted(reach.tree):
            out.extend(f"{cat}\t{a}\n" for a in reach.who_can_reach(cat))
        sys.stdout.write("".join(out))
    else:
        if args.category not in reach.tree:
            log(f"unknown category {args.category!r}")
            sys.exit(64)
        sys.stdout.write("".join(a + "\n" for a in reach.who_can_reach(args.category)))
    log(f"peer: query in {time.time() - t2:.2f} s")


if __name__ == "__main__":
    main()
