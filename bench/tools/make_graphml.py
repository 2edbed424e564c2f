#!/usr/bin/env python3
"""Write a synthetic GraphML in kgraph's contract (docs/output-formats.md) with N nodes and
about M edges, each edge with one evidence sentence, for timing `kgraph query` loads.

Usage: make_graphml.py OUT.graphml [--nodes 20000] [--edges 100000] [--seed 1]
"""
import argparse, json, random
from xml.sax.saxutils import escape

RELATIONS = ["co_mention", "meets", "supports", "opposes", "criticizes", "cooperates_with"]
HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="n_articles" for="node" attr.name="articles" attr.type="int"/>
  <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="e_articles" for="edge" attr.name="articles" attr.type="string"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <graph id="G" edgedefault="directed">
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--edges", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    seen = set()
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for i in range(a.nodes):
            label = f"Person {i}"
            f.write(f'    <node id="person:p{i}">\n'
                    f'      <data key="n_label">{label}</data>\n'
                    f'      <data key="n_type">person</data>\n'
                    f'      <data key="n_aliases">{escape(json.dumps([label]))}</data>\n'
                    f'      <data key="n_mentions">{rnd.randint(1, 50)}</data>\n'
                    f'      <data key="n_articles">{rnd.randint(1, 10)}</data>\n'
                    f'    </node>\n')
        e = 0
        while e < a.edges:
            s, t = rnd.randrange(a.nodes), rnd.randrange(a.nodes)
            rel = rnd.choice(RELATIONS)
            if s == t or (s, rel, t) in seen:
                continue
            seen.add((s, rel, t))
            evidence = [{"article": f"a{e % 5000}", "begin": 0, "end": 60,
                         "text": f"Person {s} and Person {t} were named in one sentence here."}]
            f.write(f'    <edge id="e{e}" source="person:p{s}" target="person:p{t}">\n'
                    f'      <data key="e_relation">{rel}</data>\n'
                    f'      <data key="e_weight">{rnd.randint(1, 9)}</data>\n'
                    f'      <data key="e_articles">{escape(json.dumps([f"a{e % 5000}"]))}</data>\n'
                    f'      <data key="e_evidence">{escape(json.dumps(evidence))}</data>\n'
                    f'    </edge>\n')
            e += 1
        f.write("  </graph>\n</graphml>\n")


if __name__ == "__main__":
    main()
