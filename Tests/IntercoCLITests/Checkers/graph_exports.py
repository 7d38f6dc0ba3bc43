#!/usr/bin/env python3
"""Loads interco's graph exports with the tools their users load them with, and compares them with
`interco list`: networkx for GraphML, GEXF and node-link JSON; the embedded graph database Kuzu for
the Cypher script (Kuzu needs a schema first: this checker declares one from the node-link JSON,
then runs every statement of the script unchanged).

usage: graph_exports.py DIR
DIR holds map.graphml, map.gexf, map.json, map.cypher (the whole model), at.json (exported with
--at AT), at.txt (the day), and list-{actors,files,data,rights,flows}.json from `interco list`.
Prints one line per check and exits 1 on the first mismatch."""
import json
import os
import sys

import networkx as nx

d = sys.argv[1]


def load(name):
    with open(os.path.join(d, name), encoding="utf-8") as f:
        return json.load(f)


lists = {s: load(f"list-{s}.json")[s] for s in ["actors", "files", "data", "rights", "flows"]}
failures = 0


def check(what, got, expected):
    global failures
    if got == expected:
        print(f"ok: {what}: {got}")
    else:
        failures += 1
        print(f"FAIL: {what}: got {got!r}, expected {expected!r}")


def first_day(text):
    parts = text.split("-") + ["01", "01"]
    return "-".join(parts[:3]) if len(text.split("-")) < 3 else text


expected_nodes = {"actor": len(lists["actors"]), "file": len(lists["files"]), "category": len(lists["data"])}
expected_edges = {
    "right": len(lists["rights"]),
    "flow": len(lists["flows"]),
    "holds": len(lists["files"]),
    "part-of": sum(1 for a in lists["actors"] if a["part_of"]),
    "contains": sum(len(set(f["data"])) for f in lists["files"]),
    "broader": sum(1 for c in lists["data"] if c["parent"]),
}


def counts(graph):
    nodes, edges = {}, {}
    for _, attrs in graph.nodes(data=True):
        nodes[attrs["type"]] = nodes.get(attrs["type"], 0) + 1
    for _, _, attrs in graph.edges(data=True):
        edges[attrs["type"]] = edges.get(attrs["type"], 0) + 1
    return nodes, edges


def rights_by_id(graph):
    return {attrs["model_id"]: (u, v, attrs) for u, v, attrs in graph.edges(data=True)
            if attrs["type"] == "right" and "model_id" in attrs}


graphs = {
    "graphml": nx.read_graphml(os.path.join(d, "map.graphml")),
    "gexf": nx.read_gexf(os.path.join(d, "map.gexf")),
    "json": nx.node_link_graph(load("map.json"), edges="links"),
}
for name, graph in graphs.items():
    nodes, edges = counts(graph)
    check(f"{name}: nodes per type", nodes, expected_nodes)
    check(f"{name}: edges per type", edges, {k: v for k, v in expected_edges.items() if v})
    found = rights_by_id(graph)
    for right in lists["rights"]:
        if not right["id"]:
            continue
        u, v, attrs = found[right["id"]]
        check(f"{name}: right {right['id']} ends", (u, v[v.index(':') + 1:]), ("actor:" + right["actor"], right["reaches"]))
        check(f"{name}: right {right['id']} kind, status, basis",
              (attrs["kind"], attrs["status"], attrs.get("basis")), (right["kind"], right["status"], right["basis"]))
        check(f"{name}: right {right['id']} since", attrs.get("since"), first_day(right["since"]) if right["since"] else None)
        data = attrs.get("data", [] if name == "json" else "")
        check(f"{name}: right {right['id']} data", data, right["data"] if name == "json" else "; ".join(right["data"]))
        sources = attrs.get("sources", [] if name == "json" else "")
        check(f"{name}: right {right['id']} sources", sources,
              right["sources"] if name == "json" else "; ".join(right["sources"]))

# A filtered export counts what the queries count: default statuses, in force on the day.
day = open(os.path.join(d, "at.txt")).read().strip()


def in_force(fact):
    if fact["since"] and first_day(fact["since"]) > day:
        return False
    if fact["until"] and first_day(fact["until"]) <= day:
        return False
    return True


statuses = {"in-force", "experimental"}
files_kept = {f["id"] for f in lists["files"] if (f["status"] == "in-force" or f["status"] in statuses) and in_force(f)}
expected_rights = sum(1 for r in lists["rights"] if r["status"] in statuses and in_force(r)
                      and (r["reaches"] in files_kept or r["reaches"] not in {f["id"] for f in lists["files"]}))
expected_flows = sum(1 for f in lists["flows"] if f["status"] in statuses and in_force(f)
                     and f["from"] in files_kept and f["into"] in files_kept)
at = nx.node_link_graph(load("at.json"), edges="links")
nodes, edges = counts(at)
check(f"--at {day}: files", nodes.get("file", 0), len(files_kept))
check(f"--at {day}: rights", edges.get("right", 0), expected_rights)
check(f"--at {day}: flows", edges.get("flow", 0), expected_flows)

# Cypher: declare a schema from the node-link JSON, then run the script as it is.
import kuzu  # noqa: E402

data = load("map.json")
label = {"actor": "Actor", "file": "File", "category": "Category"}
node_props, edge_props, edge_ends = {}, {}, {}
types = {}
for node in data["nodes"]:
    props = node_props.setdefault(label[node["type"]], {"key": "STRING", "label": "STRING"})
    for k, v in node.items():
        if k in ("type", "id"):
            continue
        props.setdefault(k, "STRING[]" if isinstance(v, list) else "BOOLEAN" if isinstance(v, bool) else "STRING")
    types[node["id"]] = label[node["type"]]
for link in data["links"]:
    rel = link["type"].upper().replace("-", "_")
    props = edge_props.setdefault(rel, {"key": "STRING"})
    for k, v in link.items():
        if k in ("type", "source", "target", "key", "label"):
            continue
        props.setdefault(k, "STRING[]" if isinstance(v, list) else "BOOLEAN" if isinstance(v, bool) else "STRING")
    edge_ends.setdefault(rel, set()).add((types[link["source"]], types[link["target"]]))
db = kuzu.Database(":memory:")
conn = kuzu.Connection(db)
for table, props in node_props.items():
    columns = ", ".join(f"`{k}` {t}" for k, t in props.items())
    conn.execute(f"CREATE NODE TABLE {table}({columns}, PRIMARY KEY(`key`))")
for rel, props in edge_props.items():
    ends = ", ".join(f"FROM {a} TO {b}" for a, b in sorted(edge_ends[rel]))
    columns = "".join(f", `{k}` {t}" for k, t in props.items())
    conn.execute(f"CREATE REL TABLE {rel}({ends}{columns})")
statements = 0
with open(os.path.join(d, "map.cypher"), encoding="utf-8") as script:
    for line in script:
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        conn.execute(line)
        statements += 1
check("cypher: statements run", statements, sum(expected_nodes.values()) + sum(expected_edges.values()))
for kind, table in label.items():
    result = conn.execute(f"MATCH (n:{table}) RETURN count(n)")
    check(f"cypher: {table} nodes", result.get_next()[0], expected_nodes[kind])
for kind, count in expected_edges.items():
    if count:
        rel = kind.upper().replace("-", "_")
        result = conn.execute(f"MATCH ()-[e:{rel}]->() RETURN count(e)")
        check(f"cypher: {rel} edges", result.get_next()[0], count)
for right in lists["rights"][:5]:
    if right["id"]:
        result = conn.execute(f"MATCH (a:Actor)-[r:RIGHT]->(b) WHERE r.model_id = $id RETURN a.model_id, r.kind, r.basis",
                              {"id": right["id"]})
        check(f"cypher: right {right['id']}", result.get_next(), [right["actor"], right["kind"], right["basis"]])

print(f"{failures} failed")
sys.exit(1 if failures else 0)
