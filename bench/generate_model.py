#!/usr/bin/env python3
"""Deterministic synthetic interco model generator (format: docs/model-format.md).

    python3 bench/generate_model.py --rights 100000 --out /tmp/m100k.yaml
    python3 bench/generate_model.py --rights 100000 --split 8 --out /tmp/m100k.d

The same --rights and --seed always give the same model (byte for byte); --split only
changes how it is laid out: K files part-000.yaml … whose sorted concatenation is the
single-file model.

What it holds, for N rights:
  data         216 categories (c1 … c6, depth 3-4; the c6 subtree is sensitive), names
               with accents; category popularity is skewed so some leaves are rare
  populations  20 (p1 … p4, each with 4 children)
  actors       max(20, N/100); kinds from the vocabulary; ~1 in 7 part_of an earlier
               one; 1 in 10 holds no file (a third party: rights to it carry `data`)
  files        max(20, N/20); held by an actor; 1-5 categories; some `about`, some
               `since`/`until`, a few alleged/experimental/planned
  rights       N, ids r-…; 80 % to a file, 20 % to another actor; ~40 % with `data`
               (often narrower or broader than the target's, sometimes disjoint);
               mostly in-force, some experimental/alleged/censured/planned/repealed;
               dates YYYY, YYYY-MM or YYYY-MM-DD (some exactly on 2024-06-01 and on
               month/year boundaries), since < until
  flows        max(5, N/50) file → file (cycles possible), ~half with `data`
  sources      max(5, N/1000), http(s) urls, each cited at least once; every file,
               right and flow cites exactly one

The YAML is formatted by hand (yaml.dump is far too slow at 1M rights), block style, one
key per line: about 150 bytes per right, so 1M rights ≈ 156 MB, written in ~12 s.
"""
import argparse
import calendar
import os
import random
import sys
import time

ACTOR_KINDS = ["state", "public-body", "social-security", "local-authority", "court",
               "independent-authority", "private-company", "contractor", "association"]
ACTOR_KIND_WEIGHTS = [3, 6, 6, 4, 1, 1, 4, 3, 2]
FILE_KINDS = ["register", "case-file", "score", "api", "declaration", "processing", "platform"]
FILE_KIND_WEIGHTS = [2, 6, 1, 1, 1, 4, 1]
RIGHT_KINDS = ["consultation", "communication", "transmission", "interconnection", "processing"]
RIGHT_KIND_WEIGHTS = [6, 2, 3, 2, 1]
PURPOSES = ["fraud-control", "job-search-control", "eligibility", "benefit-calculation",
            "support", "registration", "residence-check", "matching", "it-services"]
CONFIDENCES = ["official", "corroborated", "reported", "inferred", "disputed"]
# (status or None for the default in-force, weight)
RIGHT_STATUSES = [(None, 77), ("in-force", 5), ("experimental", 7), ("alleged", 4),
                  ("censured", 3), ("planned", 2), ("repealed", 2)]
FILE_STATUSES = [(None, 95), ("alleged", 2), ("experimental", 2), ("planned", 1)]
FLOW_STATUSES = [(None, 85), ("experimental", 8), ("alleged", 4), ("repealed", 3)]

BASES = [
    "Art. L{a}-{b} CSS",
    "Décret n° {y}-{n}",
    "Arrêté du {d} {m} {y}",
    "Art. L{a}-{b} CT",
    "Loi n° {y}-{n}, art. {b}",
    "Délibération CNIL {y}-{b}",
    "Art. R{a}-{b} CSS (accès)",
    "Convention du {d} {m} {y}",
]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
PUBLISHERS = ["Cour des comptes", "CNIL", "Défenseur des droits", "Assemblée nationale",
              "Sénat", "Légifrance", "La Quadrature du Net", "Conseil d'État"]
ROOT_NAMES = ["Identité", "Situation familiale", "Données financières",
              "Vie professionnelle", "Prestations et droits", "Santé"]


def build_categories():
    """216 categories: 6 roots × 5 × 4, and two depth-4 children under every first
    grandchild. Returns [(id, name, parent, sensitive)] parents first."""
    cats = []
    for i in range(1, 7):
        root = f"c{i}"
        sens = i == 6
        cats.append((root, ROOT_NAMES[i - 1], None, sens))
        for j in range(1, 6):
            mid = f"{root}.{j}"
            cats.append((mid, f"{ROOT_NAMES[i - 1]} — catégorie {i}.{j}", root, sens))
            for k in range(1, 5):
                leaf = f"{mid}.{k}"
                cats.append((leaf, f"Donnée {i}.{j}.{k} (détail)", mid, sens))
                if k == 1:
                    for m in range(1, 3):
                        cats.append((f"{leaf}.{m}", f"Élément {i}.{j}.{k}.{m}", leaf, sens))
    return cats


def weighted_picker(rng, items, weights):
    """A fast picker: a flat table of items repeated by integer weight."""
    table = []
    for item, w in zip(items, weights):
        table.extend([item] * w)
    n = len(table)
    rand = rng.random
    return lambda: table[int(rand() * n)]


class Gen:
    def __init__(self, n_rights, seed):
        self.n = n_rights
        self.rng = random.Random(seed)
        r = self.rng
        self.rand = r.random
        self.cats = build_categories()
        self.cat_ids = [c[0] for c in self.cats]
        self.parent = {c[0]: c[2] for c in self.cats}
        self.children = {c: [] for c in self.cat_ids}
        for c, p in self.parent.items():
            if p:
                self.children[p].append(c)
        # Skewed popularity (deep categories more used, a long tail of rare ones):
        # weight 1..40 from a shuffled Zipf-like rank.
        order = list(self.cat_ids)
        r.shuffle(order)
        weights = []
        for rank, c in enumerate(order):
            depth = c.count(".")
            w = max(1, int(40 / (1 + rank) ** 0.6)) * (1 if depth == 0 else 2 if depth == 1 else 3)
            weights.append(w)
        self.pick_cat = weighted_picker(r, order, weights)
        self.n_actors = max(20, n_rights // 100)
        self.n_files = max(20, n_rights // 20)
        self.n_flows = max(5, n_rights // 50)
        self.n_sources = max(5, n_rights // 1000)
        self.n_pops = 20
        self.fact_counter = 0
        self.actor_ids = [f"a-{i}" for i in range(self.n_actors)]
        self.file_ids = [f"f-{i}" for i in range(self.n_files)]
        self.source_ids = [f"s-{i}" for i in range(self.n_sources)]
        self.pop_ids = []
        for i in range(1, 5):
            self.pop_ids.append(f"p{i}")
            for j in range(1, 5):
                self.pop_ids.append(f"p{i}.{j}")
        # 1 actor in 10 (index ≡ 9 mod 10) holds no file.
        self.holders = [i for i in range(self.n_actors) if i % 10 != 9]
        self.file_data = []

    # --- helpers ---------------------------------------------------------------------
    def cite(self):
        k = self.fact_counter
        self.fact_counter += 1
        if k < self.n_sources:
            return self.source_ids[k]
        return self.source_ids[int(self.rand() * self.n_sources)]

    def pick_cats(self, lo, hi):
        n = lo + int(self.rand() * (hi - lo + 1))
        out = []
        for _ in range(n):
            c = self.pick_cat()
            if c not in out:
                out.append(c)
        return out

    def related(self, c):
        """c itself, an ancestor, or a descendant (one step)."""
        x = self.rand()
        if x < 0.4 and self.parent[c]:
            return self.parent[c]
        if x < 0.8 and self.children[c]:
            ch = self.children[c]
            return ch[int(self.rand() * len(ch))]
        return c

    def limit_for(self, base):
        """A `data` limit: mostly related to `base` (narrower/broader/same), sometimes random."""
        out = []
        n = 1 if self.rand() < 0.7 else 2
        for _ in range(n):
            if base and self.rand() < 0.75:
                c = self.related(base[int(self.rand() * len(base))])
            else:
                c = self.pick_cat()
            if c not in out:
                out.append(c)
        return out

    def date(self, year):
        """A date in `year`: YYYY, YYYY-MM or YYYY-MM-DD (valid day, incl. 29-31)."""
        x = self.rand()
        if x < 0.4:
            return str(year)
        month = 1 + int(self.rand() * 12)
        if x < 0.7:
            return f"{year}-{month:02d}"
        day = 1 + int(self.rand() * calendar.monthrange(year, month)[1])
        return f"{year}-{month:02d}-{day:02d}"

    def dates(self, p_since, p_until):
        """(since, until) strings or None, since < until (until's year > since's year),
        with 4 % exactly on the 2024-06-01 boundary in one of its spellings."""
        x = self.rand()
        if x < 0.04:
            special = ["2024", "2024-06", "2024-06-01", "2024-06-02", "2024-05-31", "2025"]
            s = special[int(self.rand() * len(special))]
            if self.rand() < 0.5:
                return s, None
            return self.date(2000 + int(self.rand() * 23)), s
        since = until = None
        sy = None
        if self.rand() < p_since:
            sy = 1995 + int(self.rand() * 32)  # 1995..2026
            since = self.date(sy)
        if self.rand() < p_until:
            base = sy if sy is not None else 1995 + int(self.rand() * 25)
            until = self.date(base + 1 + int(self.rand() * 15))
        return since, until

    def basis(self):
        t = BASES[int(self.rand() * len(BASES))]
        r = self.rand
        return t.format(a=100 + int(r() * 900), b=1 + int(r() * 40), y=1990 + int(r() * 35),
                        n=100 + int(r() * 1900), d=1 + int(r() * 28), m=MONTHS_FR[int(r() * 12)])

    # --- sections ----------------------------------------------------------------------
    def sources(self):
        out = []
        for i, sid in enumerate(self.source_ids):
            scheme = "https" if i % 4 else "http"
            pub = PUBLISHERS[i % len(PUBLISHERS)]
            out.append(
                f'- id: {sid}\n  title: "Rapport n° {i} sur les échanges de données"\n'
                f'  url: "{scheme}://example.org/rapports/{i}.html"\n'
                f'  publisher: "{pub}"\n  date: {2000 + i % 25}\n')
        return out

    def data(self):
        out = []
        for cid, name, parent, sens in self.cats:
            s = f'- id: {cid}\n  name: "{name}"\n'
            if parent:
                s += f"  parent: {parent}\n"
            if sens:
                s += "  sensitive: true\n"
            out.append(s)
        return out

    def populations(self):
        out = []
        for pid in self.pop_ids:
            if "." in pid:
                out.append(f'- id: {pid}\n  name: "Population {pid} (bénéficiaires)"\n'
                           f'  parent: {pid.split(".")[0]}\n')
            else:
                out.append(f'- id: {pid}\n  name: "Population {pid}"\n')
        return out

    def actors(self):
        out = []
        kind = weighted_picker(self.rng, ACTOR_KINDS, ACTOR_KIND_WEIGHTS)
        top = []  # actors without part_of, candidates for part_of
        for i, aid in enumerate(self.actor_ids):
            s = f'- id: {aid}\n  name: "Organisme n° {i}"\n  kind: {kind()}\n'
            if i % 7 == 3 and top:
                s += f"  part_of: {top[int(self.rand() * len(top))]}\n"
            else:
                top.append(aid)
            if i % 11 == 0:
                s += f'  aka: ["ORG{i}", "Ancien organisme {i}"]\n'
            out.append(s)
        return out

    def files(self):
        out = []
        kind = weighted_picker(self.rng, FILE_KINDS, FILE_KIND_WEIGHTS)
        status = weighted_picker(self.rng, [s for s, _ in FILE_STATUSES], [w for _, w in FILE_STATUSES])
        holders = self.holders
        nh = len(holders)
        rand = self.rand
        for i, fid in enumerate(self.file_ids):
            # the first files give every holder at least one file
            holder = holders[i] if i < nh else holders[int(rand() * nh)]
            data = self.pick_cats(1, 5)
            self.file_data.append(data)
            s = (f'- id: {fid}\n  name: "Fichier n° {i}"\n  held_by: {self.actor_ids[holder]}\n'
                 f'  kind: {kind()}\n  data: [{", ".join(data)}]\n')
            if rand() < 0.3:
                n = 1 + int(rand() * 2)
                about = sorted({self.pop_ids[int(rand() * self.n_pops)] for _ in range(n)})
                s += f"  about: [{', '.join(about)}]\n"
            since, until = self.dates(0.25, 0.1)
            if since:
                s += f"  since: {since}\n"
            if until:
                s += f"  until: {until}\n"
            st = status()
            if st:
                s += f"  status: {st}\n"
            s += f"  sources: [{self.cite()}]\n"
            out.append(s)
        return out

    def rights(self):
        out = []
        kind = weighted_picker(self.rng, RIGHT_KINDS, RIGHT_KIND_WEIGHTS)
        status = weighted_picker(self.rng, [s for s, _ in RIGHT_STATUSES], [w for _, w in RIGHT_STATUSES])
        rand = self.rand
        na, nf = self.n_actors, self.n_files
        aids, fids = self.actor_ids, self.file_ids
        holds_files = [i % 10 != 9 for i in range(na)]
        for i in range(self.n):
            a = int(rand() * na)
            if rand() < 0.8:
                f = int(rand() * nf)
                target = fids[f]
                data = self.limit_for(self.file_data[f]) if rand() < 0.4 else None
            else:
                b = int(rand() * (na - 1))
                if b >= a:
                    b += 1  # never a right to oneself
                target = aids[b]
                if not holds_files[b]:
                    data = self.pick_cats(1, 3)
                elif rand() < 0.4:
                    data = self.pick_cats(1, 2)
                else:
                    data = None
            s = f"- id: r-{i}\n  actor: {aids[a]}\n  reaches: {target}\n  kind: {kind()}\n"
            if data:
                s += f"  data: [{', '.join(data)}]\n"
            if rand() < 0.5:
                s += f"  purpose: {PURPOSES[int(rand() * len(PURPOSES))]}\n"
            if rand() < 0.6:
                s += f'  basis: "{self.basis()}"\n'
            since, until = self.dates(0.4, 0.12)
            if since:
                s += f"  since: {since}\n"
            if until:
                s += f"  until: {until}\n"
            st = status()
            if st:
                s += f"  status: {st}\n"
            if rand() < 0.05:
                s += f"  confidence: {CONFIDENCES[int(rand() * 5)]}\n"
            s += f"  sources: [{self.cite()}]\n"
            out.append(s)
        return out

    def flows(self):
        out = []
        status = weighted_picker(self.rng, [s for s, _ in FLOW_STATUSES], [w for _, w in FLOW_STATUSES])
        rand = self.rand
        nf = self.n_files
        for i in range(self.n_flows):
            a = int(rand() * nf)
            b = int(rand() * (nf - 1))
            if b >= a:
                b += 1
            s = f"- id: fl-{i}\n  from: {self.file_ids[a]}\n  into: {self.file_ids[b]}\n"
            if rand() < 0.5:
                s += f"  data: [{', '.join(self.limit_for(self.file_data[a]))}]\n"
            if rand() < 0.5:
                s += f"  purpose: {PURPOSES[int(rand() * len(PURPOSES))]}\n"
            if rand() < 0.5:
                s += f'  basis: "{self.basis()}"\n'
            since, until = self.dates(0.3, 0.1)
            if since:
                s += f"  since: {since}\n"
            if until:
                s += f"  until: {until}\n"
            st = status()
            if st:
                s += f"  status: {st}\n"
            s += f"  sources: [{self.cite()}]\n"
            out.append(s)
        return out

    def generate(self):
        # Order matters for determinism (one RNG stream).
        sections = [("sources", self.sources()), ("data", self.data()),
                    ("populations", self.populations()), ("actors", self.actors()),
                    ("files", self.files()), ("rights", self.rights()), ("flows", self.flows())]
        return sections


def write_part(path, header, sections, lo_frac=0.0, hi_frac=1.0):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(header)
        for key, records in sections:
            n = len(records)
            lo, hi = int(n * lo_frac), int(n * hi_frac)
            if lo >= hi:
                continue
            out.write(f"{key}:\n")
            step = 20000
            for k in range(lo, hi, step):
                out.write("".join(records[k:min(hi, k + step)]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rights", type=int, required=True, help="number of rights N")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="a .yaml file, or a directory with --split")
    ap.add_argument("--split", type=int, default=0, help="write a directory of K files instead")
    args = ap.parse_args()
    if args.rights < 1:
        ap.error("--rights must be ≥ 1")
    t0 = time.time()
    g = Gen(args.rights, args.seed)
    sections = g.generate()
    header = (f"# Synthetic interco model: {args.rights} rights, seed {args.seed} "
              f"(bench/generate_model.py). Mid-tree category for who-can-reach: c4.3\n")
    if args.split and args.split > 0:
        os.makedirs(args.out, exist_ok=True)
        for name in os.listdir(args.out):
            if name.startswith("part-") and name.endswith(".yaml"):
                os.remove(os.path.join(args.out, name))
        k = args.split
        for i in range(k):
            write_part(os.path.join(args.out, f"part-{i:03d}.yaml"), header if i == 0 else "",
                       sections, i / k, (i + 1) / k)
        size = sum(os.path.getsize(os.path.join(args.out, f)) for f in os.listdir(args.out))
    else:
        tmp = args.out + ".tmp"
        write_part(tmp, header, sections)
        os.replace(tmp, args.out)
        size = os.path.getsize(args.out)
    counts = ", ".join(f"{len(r)} {k}" for k, r in sections)
    print(f"wrote {args.out}: {size / 1e6:.1f} MB ({counts}) in {time.time() - t0:.1f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
