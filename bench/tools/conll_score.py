#!/usr/bin/env python3
"""Score kgraph's and compromise's mentions against CoNLL-2003 gold entities.

  conll_score.py --gold GOLD.jsonl --set testb [--ours mentions.jsonl]
                 [--compromise spans.jsonl] [--errors N] [--md OUT.md] [--command CMD]

GOLD.jsonl comes from conll_data.py convert. --ours is what `kgraph build -f mentions`
writes: per article {"id","mentions":[{"begin","end","text","type","entity","form"}]},
half-open UTF-8 byte offsets. --compromise is bench/compromise_ner.mjs --spans output,
in UTF-16 code units, converted here to bytes.

Scoring is exact span: a prediction counts only if [begin, end) equals a gold
entity's span; duplicates of one span in one document count once. Rows:
  kgraph person             vs PER
  kgraph country, form name vs LOC   (LOC also holds cities and regions: recall is low
  kgraph country, any form  vs LOC    by design; demonyms are MISC in CoNLL)
  kgraph country, any form  recall on LOC-country: the gold LOC spans whose text is a
                            country name by a rule independent of kgraph (ISO 3166-1/-3
                            names from Debian iso-codes, the part before ", " of names
                            like "Korea, Republic of", plus SHORT_FORMS below)
  kgraph alliance           vs ORG  (info: ORG is mostly companies and clubs)
  compromise people (as is, and with leading honorifics removed) vs PER, places vs
  LOC and LOC-country, organizations vs ORG.
Problems in --ours (bad JSON, offsets out of range or off the text) are counted and
shown with file:line; they never stop the scoring. Standard library only.
"""
import argparse
import collections
import datetime
import json
import os
import re
import subprocess
import sys

ISO_CODES_DIR = "/usr/share/iso-codes/json"
# Country names in common English use that ISO 3166 spells otherwise. Fixed here, not
# tuned on CoNLL: it only defines which gold LOC spans count as "a country name".
# England, Scotland, Wales and Northern Ireland are not in ISO 3166-1 and stay out.
SHORT_FORMS = ["Russia", "Britain", "Great Britain", "UK", "U.K.", "US", "U.S.", "USA",
               "U.S.A.", "America", "UAE", "U.A.E.", "Holland", "Burma", "Ivory Coast",
               "Vatican", "Macedonia", "Soviet Union", "USSR",
               # Names ISO 3166 has changed since (iso-codes versions differ).
               "Turkey", "Swaziland", "East Timor", "Cape Verde", "Czech Republic"]


def fold(name):
    """Comparison key of a country name: case, dots and spacing ignored."""
    return " ".join(name.replace(".", "").casefold().split())


def country_names(iso_dir=ISO_CODES_DIR):
    names = set(SHORT_FORMS)
    for part, key in (("iso_3166-1.json", "3166-1"), ("iso_3166-3.json", "3166-3")):
        path = os.path.join(iso_dir, part)
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f)[key]:
                for field in ("name", "official_name", "common_name"):
                    if field in entry:
                        names.add(entry[field])
                        names.add(entry[field].split(", ")[0])
                        names.add(re.sub(r"\s*\(.*\)", "", entry[field]))
    return {fold(n) for n in names if n}


def utf16_to_bytes(text):
    """table[u] = UTF-8 byte offset of UTF-16 offset u in text (len = units + 1)."""
    table, offset = [], 0
    for ch in text:
        units = 2 if ord(ch) > 0xFFFF else 1
        table.extend([offset] * units)
        offset += len(ch.encode("utf-8", "surrogatepass"))
    table.append(offset)
    return table


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                yield number, line


def load_gold(path):
    gold = {}
    for _, line in read_jsonl(path):
        doc = json.loads(line)
        doc["bytes"] = doc["text"].encode("utf-8")
        gold[doc["id"]] = doc
    return gold


class Problems:
    """Counts problems in a predictions file; keeps the first few to show."""

    def __init__(self):
        self.count = collections.Counter()
        self.examples = []

    def add(self, where, what):
        self.count[what.split(":")[0]] += 1
        if len(self.examples) < 10:
            self.examples.append(f"{where}: {what}")


def load_ours(path, gold, problems):
    """{category: {doc_id: {(b, e)}}} and {doc_id: [mention dicts]} of kgraph's mentions."""
    spans = collections.defaultdict(lambda: collections.defaultdict(set))
    by_doc = {}
    for number, line in read_jsonl(path):
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            doc_id, mentions = record["id"], record["mentions"]
        except (ValueError, KeyError, TypeError) as e:
            problems.add(where, f"unreadable line: {e!r}")
            continue
        if doc_id not in gold:
            problems.add(where, f"unknown document: {doc_id!r}")
            continue
        raw = gold[doc_id]["bytes"]
        kept = []
        for m in mentions if isinstance(mentions, list) else []:
            try:
                b, e, kind = m["begin"], m["end"], m["type"]
                if not (isinstance(b, int) and isinstance(e, int) and 0 <= b < e <= len(raw)):
                    raise ValueError(f"span [{b}, {e}) outside the text (0..{len(raw)})")
            except (KeyError, TypeError, ValueError) as err:
                problems.add(where, f"bad mention: {err}")
                continue
            if "text" in m and m["text"].encode("utf-8") != raw[b:e]:
                problems.add(where, f"text mismatch: {m['text']!r} != "
                                    f"{raw[b:e].decode('utf-8', 'replace')!r} at [{b}, {e})")
            spans[kind][doc_id].add((b, e))
            if kind == "country" and m.get("form") == "name":
                spans["country/name"][doc_id].add((b, e))
            kept.append(m)
        by_doc[doc_id] = kept
    for doc_id in gold.keys() - by_doc.keys():
        problems.add(path, f"missing document: {doc_id}")
    return spans, by_doc


def load_compromise(path, gold, problems):
    spans = collections.defaultdict(lambda: collections.defaultdict(set))
    for number, line in read_jsonl(path):
        record = json.loads(line)
        doc = gold.get(record.get("id"))
        if doc is None:
            problems.add(f"{path}:{number}", f"unknown document: {record.get('id')!r}")
            continue
        table = utf16_to_bytes(doc["text"])
        to_bytes = lambda u: table[min(max(u, 0), len(table) - 1)]  # noqa: E731
        for s, e, named in record["people"]:
            spans["people"][doc["id"]].add((to_bytes(s), to_bytes(e)))
            if named < e:
                spans["people/no-honorific"][doc["id"]].add((to_bytes(named), to_bytes(e)))
        for kind in ("places", "organizations"):
            for s, e in record[kind]:
                spans[kind][doc["id"]].add((to_bytes(s), to_bytes(e)))
    return spans


def gold_spans(gold, countries):
    spans = collections.defaultdict(lambda: collections.defaultdict(set))
    for doc in gold.values():
        for e in doc["entities"]:
            spans[e["type"]][doc["id"]].add((e["begin"], e["end"]))
            if e["type"] == "LOC" and fold(e["text"]) in countries:
                spans["LOC-country"][doc["id"]].add((e["begin"], e["end"]))
    return spans


def count(predicted, expected, docs):
    tp = fp = fn = 0
    for doc_id in docs:
        p, g = predicted.get(doc_id, set()), expected.get(doc_id, set())
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
    return tp, fp, fn


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# (system, predictions key, what they are, gold key, recall only)
OUR_ROWS = [("kgraph", "person", "person", "PER", False),
            ("kgraph", "country/name", "country, form name", "LOC", False),
            ("kgraph", "country", "country, any form", "LOC", False),
            ("kgraph", "country", "country, any form", "LOC-country", True),
            ("kgraph", "alliance", "alliance (info)", "ORG", False)]
COMPROMISE_ROWS = [("compromise", "people", "people", "PER", False),
                   ("compromise", "people/no-honorific", "people, honorifics cut", "PER", False),
                   ("compromise", "places", "places", "LOC", False),
                   ("compromise", "places", "places", "LOC-country", True),
                   ("compromise", "organizations", "organizations (info)", "ORG", False)]


def table(rows, predictions, gold_by_type, docs):
    lines = ["| system | predicted | gold | P | R | F1 | TP | FP | FN |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for system, key, label, gold_key, recall_only in rows:
        if system not in predictions:
            continue
        tp, fp, fn = count(predictions[system].get(key, {}), gold_by_type[gold_key], docs)
        p, r, f = prf(tp, fp, fn)
        if recall_only:
            lines.append(f"| {system} | {label} | {gold_key} (recall only) | – | {r:.3f} | – | "
                         f"{tp} | – | {fn} |")
        else:
            lines.append(f"| {system} | {label} | {gold_key} | {p:.3f} | {r:.3f} | {f:.3f} | "
                         f"{tp} | {fp} | {fn} |")
    return lines


def context(doc, b, e):
    """The sentence around [b, e) with the span in «»."""
    for sb, se in doc["sentences"]:
        if sb <= b < se:
            raw = doc["bytes"]
            return (raw[sb:b] + "«".encode() + raw[b:e] + "»".encode() + raw[e:se]).decode(
                "utf-8", "replace")
    return doc["bytes"][b:e].decode("utf-8", "replace")


def spread(items, n):
    """n items spread evenly over the list (deterministic), in order."""
    if len(items) <= n:
        return items
    return [items[i * len(items) // n] for i in range(n)]


def errors(gold, by_doc, n):
    """Up to n false positives and n false negatives for PER, with context."""
    fps, fns = [], []
    for doc_id in sorted(gold):
        doc = gold[doc_id]
        gold_per = {(x["begin"], x["end"]) for x in doc["entities"] if x["type"] == "PER"}
        mentions = by_doc.get(doc_id, [])
        ours = {(m["begin"], m["end"]) for m in mentions if m["type"] == "person"}
        for b, e in sorted(ours - gold_per):
            near = [x for x in doc["entities"] if x["begin"] < e and b < x["end"]]
            why = "; ".join(f"gold {x['type']} {x['text']!r}" for x in near) or "no gold entity"
            fps.append(f"  FP {doc_id}: [{why}] {context(doc, b, e)}")
        for b, e in sorted(gold_per - ours):
            near = [m for m in mentions if m["begin"] < e and b < m["end"]]
            why = "; ".join(f"ours {m['type']} {m.get('text', '')!r}" for m in near) or "nothing"
            fns.append(f"  FN {doc_id}: [{why}] {context(doc, b, e)}")
    return (["PER false positives (ours):"] + spread(fps, n) +
            ["PER false negatives (ours):"] + spread(fns, n))


def git_commit():
    try:
        out = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return out + (" + uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(a, gold, predictions, problems, versions):
    gold_by_type = gold_spans(gold, country_names(a.iso_codes))
    docs = sorted(gold)
    n_entities = {t: sum(len(v) for v in gold_by_type[t].values())
                  for t in ("PER", "LOC", "LOC-country", "ORG")}
    set_note = ("test set: report only, never tune on it" if a.set == "testb"
                else "development set: tune here, report on testb")
    lines = [f"# CoNLL-2003 English, eng.{a.set} ({set_note})", "",
             f"Reproduce with `{a.command}` from the repository root (see docs/benchmarks.md).",
             "", f"{len(docs)} documents; gold spans: " +
             ", ".join(f"{k} {v}" for k, v in n_entities.items()) + ".", ""]
    lines += table(OUR_ROWS + COMPROMISE_ROWS, predictions, gold_by_type, docs)
    lines += ["", "Exact-span scoring (begin and end must both match). LOC includes cities and "
              "regions, so country mentions cannot reach full LOC recall; LOC-country is the "
              "subset of gold LOC spans whose text is a country name (ISO 3166 names from "
              "iso-codes, plus a fixed list of short forms in bench/tools/conll_score.py), a "
              "rule independent of kgraph. CoNLL tags demonyms (\"Russian\") as MISC, so "
              "kgraph's demonym mentions count as false positives against LOC. "
              "\"honorifics cut\" drops leading titles (\"President\") from compromise's "
              "people(), which includes them and CoNLL does not. Rows marked info compare "
              "different notions (alliances vs all organisations).", ""]
    for name, problem_counts in problems.items():
        if problem_counts.count:
            lines.append(f"Problems in {name}'s input: " + ", ".join(
                f"{k} {v}" for k, v in sorted(problem_counts.count.items())) + ".")
    lines += ["| | |", "| --- | --- |",
              f"| date | {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z} |",
              f"| git commit | {git_commit()} |"]
    lines += [f"| {k} | {v} |" for k, v in versions.items()]
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--set", default="testb")
    ap.add_argument("--ours", help="kgraph's mentions.jsonl")
    ap.add_argument("--compromise", help="compromise_ner.mjs --spans output")
    ap.add_argument("--compromise-version", default="")
    ap.add_argument("--errors", type=int, default=0, help="PER errors to print (each kind)")
    ap.add_argument("--md", help="Markdown file to write")
    ap.add_argument("--iso-codes", default=ISO_CODES_DIR, help="folder of iso-codes JSON")
    ap.add_argument("--command", default="bench/conll")
    a = ap.parse_args()
    try:
        gold = load_gold(a.gold)
        problems = {"kgraph": Problems(), "compromise": Problems()}
        predictions, versions, by_doc = {}, {}, {}
        if a.ours:
            predictions["kgraph"], by_doc = load_ours(a.ours, gold, problems["kgraph"])
        if a.compromise:
            predictions["compromise"] = load_compromise(a.compromise, gold,
                                                        problems["compromise"])
            versions["compromise"] = a.compromise_version or "?"
        lines = report(a, gold, predictions, problems, versions)
    except FileNotFoundError as e:
        hint = " (install iso-codes: scripts/setup)" if a.iso_codes in str(e.filename) else ""
        print(f"conll_score.py: {e.filename}: not found{hint}", file=sys.stderr)
        return 2
    except (ValueError, KeyError, TypeError, OSError) as e:
        print(f"conll_score.py: unreadable input: {e!r}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    for name, p in problems.items():
        for example in p.examples:
            print(f"conll_score.py: {name}: {example}", file=sys.stderr)
    if a.errors > 0 and a.ours:
        print("\n".join([""] + errors(gold, by_doc, a.errors)))
    if a.md:
        with open(a.md + ".tmp", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        os.replace(a.md + ".tmp", a.md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
