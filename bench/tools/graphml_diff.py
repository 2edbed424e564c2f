#!/usr/bin/env python3
"""Check that graph B is graph A with every count multiplied by K.

  graphml_diff.py A.graphml B.graphml --scale 4

The linearity benchmark builds the corpus once (A) and repeated K times under new
article ids (B). B must have exactly A's nodes (GraphML node ids) and A's edges, an
edge being identified by (source, target, relation); each edge's "weight" and, when
the writer has it, each node's "mentions" must be K times A's. Attribute names are
read from the <key attr.name=...> declarations, as ../shared/eval/score.py does.

Prints one summary line, then up to --show differences. Exit status: 0 equal up to
scaling, 1 different, 2 unreadable or empty GraphML.
"""
import argparse
import collections
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"


class GraphError(Exception):
    pass


def read_graphml(path):
    """({node_id: attrs}, {(source, target, relation): [attrs, ...]}) of one GraphML file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise GraphError(f"{path}: not readable GraphML: {e}") from e
    graph = root.find(NS + "graph")
    if graph is None:
        raise GraphError(f"{path}: no <graph> element")
    names = {k.get("id"): k.get("attr.name") or k.get("id") for k in root.iter(NS + "key")}

    def attrs(element):
        return {names.get(d.get("key"), d.get("key")): (d.text or "")
                for d in element.findall(NS + "data")}

    nodes = {n.get("id"): attrs(n) for n in graph.iter(NS + "node")}
    edges = collections.defaultdict(list)
    for e in graph.iter(NS + "edge"):
        data = attrs(e)
        edges[(e.get("source"), e.get("target"), data.get("relation", ""))].append(data)
    return nodes, edges


def number(attrs, name, where):
    try:
        return float(attrs[name])
    except KeyError:
        return None
    except ValueError as e:
        raise GraphError(f"{where}: {name}={attrs[name]!r} is not a number") from e


def scaled(a, b, k):
    return abs(b - k * a) <= 1e-9 * max(1.0, abs(b))


def compare(a, b, k):
    """List of differences (strings) between graph a and graph b / k."""
    (nodes_a, edges_a), (nodes_b, edges_b) = a, b
    diffs = [f"node only in A: {n}" for n in sorted(nodes_a.keys() - nodes_b.keys())]
    diffs += [f"node only in B: {n}" for n in sorted(nodes_b.keys() - nodes_a.keys())]
    for n in sorted(nodes_a.keys() & nodes_b.keys()):
        ma = number(nodes_a[n], "mentions", f"A node {n}")
        mb = number(nodes_b[n], "mentions", f"B node {n}")
        if ma is not None and mb is not None and not scaled(ma, mb, k):
            diffs.append(f"node {n}: mentions {mb:g} in B, expected {k} x {ma:g}")
    diffs += [f"edge only in A: {e}" for e in sorted(edges_a.keys() - edges_b.keys())]
    diffs += [f"edge only in B: {e}" for e in sorted(edges_b.keys() - edges_a.keys())]
    for key in sorted(edges_a.keys() & edges_b.keys()):
        wa = sorted(number(x, "weight", f"A edge {key}") or 0 for x in edges_a[key])
        wb = sorted(number(x, "weight", f"B edge {key}") or 0 for x in edges_b[key])
        if len(wa) != len(wb) or not all(scaled(x, y, k) for x, y in zip(wa, wb)):
            diffs.append(f"edge {key}: weights {wb} in B, expected {k} x {wa}")
    return diffs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--scale", type=float, required=True)
    ap.add_argument("--show", type=int, default=10, help="differences to print")
    args = ap.parse_args()
    try:
        a, b = read_graphml(args.a), read_graphml(args.b)
        if not a[0]:
            raise GraphError(f"{args.a}: the graph has no nodes: nothing to compare")
        diffs = compare(a, b, args.scale)
    except GraphError as e:
        print(f"graphml_diff.py: {e}", file=sys.stderr)
        return 2
    edges = sum(len(v) for v in a[1].values())
    verdict = "same nodes and edges, counts scaled" if not diffs else f"{len(diffs)} differences"
    print(f"{len(a[0])} nodes, {edges} edges; x{args.scale:g}: {verdict}")
    for d in diffs[:args.show]:
        print(f"  {d}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
