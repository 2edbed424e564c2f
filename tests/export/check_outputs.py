#!/usr/bin/python3
"""Checks kgraph's GraphML and GEXF against its JSON export, through third-party readers.

Usage: check_outputs.py MODE FILE JSON
  MODE  networkx-graphml | igraph-graphml | networkx-gexf
  FILE  the graph.graphml or graph.gexf to load
  JSON  the graph.json of the same graph (export/json_writer.h), the expected values

Prints what differs and exits 1, or exits 0 when every node and edge attribute read by
the tool equals the JSON. Run by tests/export/export_tools_test.cpp with Debian's
/usr/bin/python3, where python3-networkx and python3-igraph install.

XML 1.0 cannot hold control characters or U+FFFE/U+FFFF: the writers put U+FFFD in
their place, so the expected plain strings are mapped the same way. Inside the JSON
text of aliases/articles/evidence, RapidJSON escapes control characters (\\u0001), so
there only U+FFFE/U+FFFF become U+FFFD.
"""
import json
import re
import sys

SYMMETRIC = {"meets", "cooperates_with", "conflict_with", "co_mention"}
COLOURS = {"person": (230, 159, 0), "country": (86, 180, 233), "alliance": (0, 158, 115)}
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NOT_XML_IN_JSON = re.compile("[\ufffe\uffff]")

errors = []


def xml_text(s):
    return NOT_XML.sub("\ufffd", s)


def xml_json(value):
    """The JSON value as read back from the JSON text inside an XML attribute."""
    if isinstance(value, str):
        return NOT_XML_IN_JSON.sub("\ufffd", value)
    if isinstance(value, list):
        return [xml_json(v) for v in value]
    if isinstance(value, dict):
        return {k: xml_json(v) for k, v in value.items()}
    return value


def expect(what, actual, expected):
    if actual != expected:
        errors.append(f"{what}: got {actual!r}, expected {expected!r}")


def check_node(where, attrs, node, number=int):
    expect(f"{where} label", attrs.get("label"), xml_text(node["label"]))
    expect(f"{where} type", attrs.get("type"), node["type"])
    expect(f"{where} iso", attrs.get("iso") or "", node["iso"])
    expect(f"{where} aliases", json.loads(attrs.get("aliases", "null")), xml_json(node["aliases"]))
    expect(f"{where} mentions", attrs.get("mentions"), number(node["mentions"]))
    expect(f"{where} articles", attrs.get("articles"), number(node["articles"]))


def check_edge(where, attrs, edge):
    expect(f"{where} relation", attrs.get("relation"), edge["relation"])
    expect(f"{where} label", attrs.get("label"), xml_text(edge["label"]))
    expect(f"{where} role", attrs.get("role") or "", xml_text(edge["role"]))
    expect(f"{where} weight", attrs.get("weight"), float(edge["weight"]))
    expect(f"{where} articles", json.loads(attrs.get("articles", "null")), xml_json(edge["articles"]))
    expect(f"{where} evidence", json.loads(attrs.get("evidence", "null")), xml_json(edge["evidence"]))


def edges_by_id(g):
    if g.is_multigraph():
        return {key: (u, v, d) for u, v, key, d in g.edges(keys=True, data=True)}
    return {d.get("id"): (u, v, d) for u, v, d in g.edges(data=True)}


def networkx_graphml(path, expected):
    import networkx as nx
    g = nx.read_graphml(path)
    expect("networkx graph type", type(g).__name__, "MultiDiGraph")
    expect("node ids", list(g.nodes), [xml_text(n["id"]) for n in expected["nodes"]])
    for node in expected["nodes"]:
        check_node(f"node {node['id']}", g.nodes[xml_text(node["id"])], node)
    edges = edges_by_id(g)
    expect("edge ids", sorted(edges), sorted(e["id"] for e in expected["edges"]))
    for edge in expected["edges"]:
        u, v, d = edges.get(edge["id"], (None, None, {}))
        expect(f"edge {edge['id']} ends", (u, v), (xml_text(edge["source"]), xml_text(edge["target"])))
        check_edge(f"edge {edge['id']}", d, edge)


def igraph_graphml(path, expected):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    expect("directed", g.is_directed(), True)
    expect("node ids", g.vs["id"], [xml_text(n["id"]) for n in expected["nodes"]])
    for vertex, node in zip(g.vs, expected["nodes"]):
        # igraph keeps every number as a double.
        check_node(f"vertex {node['id']}", vertex.attributes(), node, number=float)
    expect("edge count", g.ecount(), len(expected["edges"]))
    for e, edge in zip(g.es, expected["edges"]):
        ends = (g.vs[e.source]["id"], g.vs[e.target]["id"])
        expect(f"edge {edge['id']} ends", ends, (xml_text(edge["source"]), xml_text(edge["target"])))
        check_edge(f"edge {edge['id']}", e.attributes(), edge)


def networkx_gexf(path, expected):
    import networkx as nx
    from networkx.readwrite import gexf
    # networkx knows GEXF 1.3 only from 3.5 on (networkx PR #8196); the element
    # structure we use is that of 1.2, so older versions only need the namespaces.
    gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    })
    undirected = set()

    class Reader(gexf.GEXFReader):
        # networkx has no mixed graphs and refuses an undirected edge in a directed
        # one; Gephi takes them. Note which edges said so, then read them as directed.
        def add_edge(self, G, edge_element, edge_attr):
            if edge_element.get("type") == "undirected":
                undirected.add(edge_element.get("id"))
                del edge_element.attrib["type"]
            super().add_edge(G, edge_element, edge_attr)

    with open(path, "rb") as f:
        g = Reader(node_type=None, version="1.3")(f)
    expect("networkx graph type", type(g).__name__, "MultiDiGraph")
    expect("node ids", list(g.nodes), [xml_text(n["id"]) for n in expected["nodes"]])
    for node in expected["nodes"]:
        attrs = g.nodes[xml_text(node["id"])]
        check_node(f"node {node['id']}", attrs, node)
        colour = attrs.get("viz", {}).get("color", {})
        expect(f"node {node['id']} colour", (colour.get("r"), colour.get("g"), colour.get("b")),
               COLOURS[node["type"]])
    edges = edges_by_id(g)
    for edge in expected["edges"]:
        u, v, d = edges.get(edge["id"], (None, None, {}))
        expect(f"edge {edge['id']} ends", (u, v), (xml_text(edge["source"]), xml_text(edge["target"])))
        check_edge(f"edge {edge['id']}", d, edge)
        expect(f"edge {edge['id']} undirected", edge["id"] in undirected, edge["relation"] in SYMMETRIC)


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    mode, path, json_path = sys.argv[1:]
    with open(json_path, encoding="utf-8") as f:
        expected = json.load(f)
    {"networkx-graphml": networkx_graphml, "igraph-graphml": igraph_graphml,
     "networkx-gexf": networkx_gexf}[mode](path, expected)
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
