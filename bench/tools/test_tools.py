#!/usr/bin/env python3
"""Tests of the benchmark tools (standard library unittest, well under a second).

  python3 -m unittest discover -s bench/tools -p 'test_*.py'
"""
import contextlib
import io
import json
import os
import pathlib
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import conll_data  # noqa: E402
import conll_score  # noqa: E402
import corpus  # noqa: E402
import graphml_diff  # noqa: E402
import measure  # noqa: E402
import report  # noqa: E402


class TempDir(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, text):
        path = self.dir / name
        path.write_text(text, encoding="utf-8")
        return str(path)


def jsonl(*articles):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)


class CorpusTest(TempDir):
    def test_stats_counts_utf8_bytes_and_skips_bad_lines(self):
        path = self.write("a.jsonl", jsonl({"id": "a", "text": "Kyiv"}, {"id": "b", "text": "Київ"})
                          + "{not json\n" + '{"id": "c"}\n' + "\n")
        with contextlib.redirect_stderr(io.StringIO()) as err:
            s = corpus.stats(path)
        self.assertEqual((s["articles"], s["text_bytes"], s["bad_lines"]), (2, 4 + 8, 2))
        self.assertIn("a.jsonl:3: skipped", err.getvalue())

    def test_prefix_stops_before_the_limit_but_keeps_one_article(self):
        src = self.write("a.jsonl", jsonl(*[{"id": str(i), "text": "x" * 400_000}
                                            for i in range(5)]))
        cases = [(1.0, 2), (0.8, 2), (0.79, 1), (0.1, 1), (100, 5)]  # MB -> articles
        for mb, expected in cases:
            dst = str(self.dir / "p.jsonl")
            corpus.prefix(src, dst, mb)
            self.assertEqual(corpus.stats(dst)["articles"], expected, mb)

    def test_repeat_renames_every_copy_after_the_first(self):
        src = self.write("a.jsonl", jsonl({"id": "a", "text": "é"}, {"id": "b", "text": "t"}))
        dst = str(self.dir / "r.jsonl")
        corpus.repeat(src, dst, 3)
        rows = [json.loads(line) for line in pathlib.Path(dst).read_text("utf-8").splitlines()]
        self.assertEqual([r["id"] for r in rows], ["a", "b", "a~1", "b~1", "a~2", "b~2"])
        self.assertEqual({r["text"] for r in rows}, {"é", "t"})


class MeasureTest(TempDir):
    def test_parses_peak_rss(self):
        cases = [("\tMaximum resident set size (kbytes): 123456\n", 123456),
                 ("Command exited with non-zero status 1\n", None)]
        for text, expected in cases:
            self.assertEqual(measure.parse_max_rss_kb(text), expected)

    def test_merge_pools_the_runs_of_interleaved_single_runs(self):
        paths = []
        for i, (seconds, rss) in enumerate([(3.0, 100), (1.0, 300), (2.0, 200)]):
            path = self.dir / f"r{i}.json"
            path.write_text(json.dumps(measure.summary("k", ["kgraph"], [
                {"seconds": seconds, "rss_kb": rss}])))
            paths.append(str(path))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            self.assertEqual(measure.merge(paths), 0)
        merged = json.loads(out.getvalue())
        self.assertEqual([r["seconds"] for r in merged["runs"]], [3.0, 1.0, 2.0])
        self.assertEqual(merged["median_seconds"], 2.0)
        self.assertEqual(merged["max_rss_kb"], 300)

    def test_stage_times_from_kgraph_verbose_output_and_their_medians(self):
        text = ("kgraph: 5 articles (0.0 MB) in 0.05 s; 0 skipped, 0 repaired\n"
                "  time: load dictionaries                      0.068 s\n"
                "  time: extract (not overlapped with merging)  0.796 s\n"
                "  time: write graphml, gexf, dot                 1.25 s\n"
                "graph: 3 entities, 1 relations\n")
        self.assertEqual(measure.parse_stages(text),
                         {"load dictionaries": 0.068,
                          "extract (not overlapped with merging)": 0.796,
                          "write graphml, gexf, dot": 1.25})
        self.assertEqual(measure.parse_stages("graph: 3 entities\n"), {})
        runs = [{"seconds": 1.0, "rss_kb": 1, "stages": {"load": 0.1, "write": 0.3}},
                {"seconds": 2.0, "rss_kb": 1, "stages": {"load": 0.3, "write": 0.1}},
                {"seconds": 3.0, "rss_kb": 1, "stages": {"load": 0.2}}]
        self.assertEqual(measure.summary("k", [], runs)["median_stages"],
                         {"load": 0.2, "write": 0.1})
        self.assertNotIn("median_stages", measure.summary("k", [], [{"seconds": 1, "rss_kb": 1}]))


GRAPHML = """<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="mentions" attr.type="int"/>
<key id="d1" for="edge" attr.name="relation" attr.type="string"/>
<key id="d2" for="edge" attr.name="weight" attr.type="double"/>
<graph edgedefault="directed">{}</graph></graphml>"""


def graph(mentions, edges):
    body = "".join(f'<node id="{n}"><data key="d0">{m}</data></node>' for n, m in mentions.items())
    body += "".join(f'<edge source="{s}" target="{t}"><data key="d1">{r}</data>'
                    f'<data key="d2">{w}</data></edge>' for s, r, t, w in edges)
    return GRAPHML.format(body)


class GraphmlDiffTest(TempDir):
    def test_compare(self):
        base = graph({"country:RU": 2, "person:x": 1}, [("person:x", "official_of", "country:RU", 1)])
        cases = [  # (B graph, scale, number of differences)
            (graph({"country:RU": 8, "person:x": 4},
                   [("person:x", "official_of", "country:RU", 4)]), 4, 0),
            (graph({"country:RU": 8, "person:x": 4},
                   [("person:x", "official_of", "country:RU", 3)]), 4, 1),
            (graph({"country:RU": 8, "person:x": 3},
                   [("person:x", "official_of", "country:RU", 4)]), 4, 1),
            (graph({"country:RU": 8}, []), 4, 2),
            (graph({"country:RU": 8, "person:x": 4},
                   [("person:x", "visits", "country:RU", 4)]), 4, 2),
        ]
        a = graphml_diff.read_graphml(self.write("a.graphml", base))
        for i, (b_text, scale, expected) in enumerate(cases):
            b = graphml_diff.read_graphml(self.write(f"b{i}.graphml", b_text))
            self.assertEqual(len(graphml_diff.compare(a, b, scale)), expected, i)

    def test_empty_file_is_an_error_not_a_crash(self):
        with self.assertRaises(graphml_diff.GraphError):
            graphml_diff.read_graphml(self.write("empty.graphml", ""))


CONLL = """-DOCSTART- -X- -X- O

Bill NNP I-NP I-PER
Clinton NNP I-NP I-PER
met VBD I-VP O
Hélène NNP I-NP I-PER
Kohl NNP I-NP B-PER
in IN I-PP O
Bonn NNP I-NP I-LOC
. . O O

U.S. NNP I-NP I-LOC
-DOCSTART- -X- -X- O
Japan NNP I-NP I-LOC\r
"""


class ConllDataTest(unittest.TestCase):
    def test_iob1_entities(self):
        cases = [(["I-PER", "I-PER", "O", "I-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
                 (["I-PER", "B-PER", "I-PER"], [(0, 1, "PER"), (1, 3, "PER")]),
                 (["B-ORG", "I-ORG", "I-LOC"], [(0, 2, "ORG"), (2, 3, "LOC")]),
                 (["O", "O"], []),
                 (["I-MISC"], [(0, 1, "MISC")])]
        for tags, expected in cases:
            self.assertEqual(conll_data.iob_entities(tags), expected, tags)

    def test_documents_at_either_end_of_docstart(self):
        docs = conll_data.read_conll(io.StringIO(CONLL))
        self.assertEqual([len(d) for d in docs], [2, 1])  # sentences per document
        self.assertEqual(docs[1][0], [("Japan", "I-LOC")])

    def test_document_text_and_byte_spans(self):
        docs = conll_data.read_conll(io.StringIO(CONLL))
        record = conll_data.build_document("d1", docs[0])
        self.assertEqual(record["text"], "Bill Clinton met Hélène Kohl in Bonn .\nU.S.")
        raw = record["text"].encode("utf-8")
        spans = [(raw[e["begin"]:e["end"]].decode(), e["type"]) for e in record["entities"]]
        self.assertEqual(spans, [("Bill Clinton", "PER"), ("Hélène", "PER"), ("Kohl", "PER"),
                                 ("Bonn", "LOC"), ("U.S.", "LOC")])
        self.assertEqual(record["sentences"], [[0, len("Bill Clinton met Hélène Kohl in Bonn .".encode())],
                                               [len(raw) - 4, len(raw)]])

    def test_malformed_lines_name_the_line(self):
        cases = ["Japan NNP I-NP\n", "x y z\nJapan NNP I-NP I-XYZ\n"]
        for text in cases:
            with self.assertRaisesRegex(conll_data.ConllError, r"^f:\d+: "):
                conll_data.read_conll(io.StringIO(text), "f")


class ConllScoreTest(TempDir):
    def test_utf16_offsets_to_bytes(self):
        table = conll_score.utf16_to_bytes("aé😀b")
        # units: a=0, é=1, 😀=2..3, b=4, end=5; bytes: 0, 1, 3, 7, 8
        self.assertEqual(table, [0, 1, 3, 3, 7, 8])

    def test_prf(self):
        cases = [((2, 1, 1), (2 / 3, 2 / 3, 2 / 3)), ((0, 0, 0), (0, 0, 0)),
                 ((1, 0, 3), (1.0, 0.25, 0.4))]
        for counts, expected in cases:
            for got, want in zip(conll_score.prf(*counts), expected):
                self.assertAlmostEqual(got, want)

    def test_country_subset_rule(self):
        names = conll_score.country_names()
        for text, expected in [("Russia", True), ("U.S.", True), ("GERMANY", True),
                               ("South Korea", True), ("Moldova", True), ("Turkey", True),
                               ("England", False), ("London", False), ("Europe", False)]:
            self.assertEqual(conll_score.fold(text) in names, expected, text)

    def gold(self):
        text = "Putin met Xi in Moscow ."
        doc = {"id": "d", "text": text, "sentences": [[0, len(text)]],
               "entities": [{"begin": 0, "end": 5, "type": "PER", "text": "Putin"},
                            {"begin": 10, "end": 12, "type": "PER", "text": "Xi"},
                            {"begin": 16, "end": 22, "type": "LOC", "text": "Moscow"}]}
        return conll_score.load_gold(self.write("gold.jsonl", jsonl(doc)))

    def test_scores_ours_and_counts_problems(self):
        gold = self.gold()
        mentions = [{"begin": 0, "end": 5, "text": "Putin", "type": "person"},
                    {"begin": 0, "end": 5, "text": "Putin", "type": "person"},  # duplicate
                    {"begin": 10, "end": 13, "text": "Xi ", "type": "person"},  # boundary
                    {"begin": 16, "end": 22, "text": "Moscow", "type": "country",
                     "form": "metonym"},
                    {"begin": 16, "end": 99, "type": "country"},                # out of range
                    {"begin": 4, "end": 9, "text": "wrong", "type": "person"}]  # mismatch
        path = self.write("m.jsonl", jsonl({"id": "d", "mentions": mentions},
                                           {"id": "zz", "mentions": []}) + "oops\n")
        problems = conll_score.Problems()
        spans, _ = conll_score.load_ours(path, gold, problems)
        golds = conll_score.gold_spans(gold, {"russia"})
        self.assertEqual(conll_score.count(spans["person"], golds["PER"], ["d"]), (1, 2, 1))
        self.assertEqual(conll_score.count(spans["country"], golds["LOC"], ["d"]), (1, 0, 0))
        self.assertEqual(conll_score.count(spans["country/name"], golds["LOC"], ["d"]), (0, 0, 1))
        self.assertEqual(dict(problems.count), {"bad mention": 1, "text mismatch": 1,
                                                "unknown document": 1, "unreadable line": 1})

    def test_compromise_spans_and_honorifics(self):
        gold = self.gold()
        record = {"id": "d", "people": [[0, 5, 0], [6, 12, 10]], "places": [[16, 22]],
                  "organizations": []}
        path = self.write("c.jsonl", jsonl(record))
        spans = conll_score.load_compromise(path, gold, conll_score.Problems())
        golds = conll_score.gold_spans(gold, set())
        self.assertEqual(conll_score.count(spans["people"], golds["PER"], ["d"]), (1, 1, 1))
        self.assertEqual(conll_score.count(spans["people/no-honorific"], golds["PER"], ["d"]),
                         (2, 0, 0))


class ListsTest(TempDir):
    def test_lists_are_one_article_or_many_of_distinct_lines(self):
        one, many = str(self.dir / "one.jsonl"), str(self.dir / "many.jsonl")
        corpus.lists(one, 0.5)
        corpus.lists(many, 0.5, article_kb=100)
        s1, s2 = corpus.stats(one), corpus.stats(many)
        self.assertEqual(s1["articles"], 1)
        self.assertEqual(s2["articles"], 5)
        self.assertEqual(s1["text_bytes"], s2["text_bytes"])
        self.assertTrue(500_000 <= s1["text_bytes"] < 500_200)
        text = json.loads(pathlib.Path(one).read_text())["text"]
        lines = text.splitlines()
        self.assertEqual(len(lines), len(set(lines)))
        first = lines[0].split(" backed")[0].split(", ", 1)[1].replace(" and ", ", ").split(", ")
        self.assertEqual(len(set(first)), 10)


class ReportTest(TempDir):
    def test_profile_section_survives_a_rewrite(self):
        cases = [("# r\n## Throughput\nx\n## Profile\nperf says: Match 40%\n## Later\n",
                  "## Profile\nperf says: Match 40%\n"),
                 ("# r\nno profile yet\n", report.PROFILE_PLACEHOLDER)]
        for text, expected in cases:
            self.assertEqual(report.kept_profile(pathlib.Path(self.write("r.md", text))), expected)
        self.assertEqual(report.kept_profile(self.dir / "missing.md"), report.PROFILE_PLACEHOLDER)

    def test_stage_table_splits_each_stage_into_fixed_and_proportional(self):
        # write: 0.2 s fixed + 0.01 s per MB; extract: 0.1 s per MB, nothing fixed.
        for k in (1, 4, 16):
            mb = 10 * k
            stages = {"extract": 0.1 * mb, "write": 0.2 + 0.01 * mb}
            (self.dir / f"linear_{k}_corpus.json").write_text(json.dumps(
                {"articles": k, "text_bytes": mb * report.MB, "file_bytes": mb * report.MB}))
            (self.dir / f"linear_{k}.json").write_text(json.dumps(
                {"median_seconds": sum(stages.values()) + 0.05, "max_rss_kb": 1000, "runs": [],
                 "median_stages": stages}))
        lines = []
        report.stage_table(self.dir, [1, 4, 16], lines)
        rows = {l.split(" | ")[0][2:]: l for l in lines if l.startswith("| ") and "---" not in l}
        self.assertIn("| 1.000 | 4.000 | 16.000 | 16.0 | +0.000 |", rows["extract"])
        self.assertIn("| 0.300 | 0.600 | 1.800 | 6.0 | +0.200 |", rows["write"])
        self.assertIn("| 0.050 | 0.050 | 0.050 | 1.0 | +0.050 |",
                      rows["the rest (start-up, summary, exit)"])
        self.assertIn("fixed parts add up to 0.25 s", lines[-1])
        lines = []
        (self.dir / "linear_4.json").write_text(json.dumps({"median_seconds": 1, "runs": []}))
        report.stage_table(self.dir, [1, 4, 16], lines)
        self.assertEqual(lines, [])  # a scale without stage times: no table

    def test_memory_table_judges_peak_rss_against_input_plus_200_mb(self):
        for name, rss_kb in (("one", 100_000), ("many", 400_000)):
            (self.dir / f"lists_{name}_corpus.json").write_text(json.dumps(
                {"articles": 1 if name == "one" else 125, "text_bytes": 50_000_000,
                 "file_bytes": 50_500_000}))
            (self.dir / f"lists_{name}.json").write_text(json.dumps(
                {"median_seconds": 4.0, "max_rss_kb": rss_kb, "runs": []}))
        lines = []
        report.memory_table(self.dir, lines)
        rows = [l for l in lines if l.startswith("| lists")]
        self.assertEqual(len(rows), 2)
        self.assertIn("| 102 | ≤ 250 | met |", rows[0])
        self.assertIn("| 410 | ≤ 250 | **not met** |", rows[1])
        lines = []
        report.memory_table(self.dir / "nothing", lines)
        self.assertIn("--no-memory", lines[0])


if __name__ == "__main__":
    unittest.main()
