#!/usr/bin/env python3
"""Turn a CoNLL-2003 file into documents kgraph can read, plus their gold entities.

  conll_data.py convert eng.testb DOCS.jsonl GOLD.jsonl [--set testb]
  conll_data.py fake-mentions GOLD.jsonl MENTIONS.jsonl [--seed 1]

convert: one document per -DOCSTART- block (this copy puts -DOCSTART- at the END of
each document; the usual layout with it at the start works too). A document's text
is its sentences, tokens joined by single spaces, sentences separated by "\\n".
DOCS.jsonl gets {"id","text"} per document, the input of `kgraph build`. GOLD.jsonl
gets {"id","text","sentences":[[b,e]...],"entities":[{"begin","end","type","text"}]}
with half-open UTF-8 byte spans into that text; the NER column is IOB1 (an entity
starts at B-X, or at I-X after anything but X), IOB2 is read the same way.
A malformed line is an error naming file and line (exit 2): the gold data must be exact.

fake-mentions: a deterministic imitation of `kgraph build -f mentions` output made
from the gold (some entities dropped, some spans shifted, some false alarms), for
testing the scorer before kgraph writes mentions. Never a benchmark result.
"""
import argparse
import json
import random
import sys

TYPES = {"PER", "LOC", "ORG", "MISC"}


class ConllError(Exception):
    pass


def read_conll(lines, path="<input>"):
    """Documents as lists of sentences, a sentence a list of (token, ner_tag)."""
    documents, sentences, sentence = [], [], []

    def end_sentence():
        nonlocal sentence
        if sentence:
            sentences.append(sentence)
            sentence = []

    def end_document():
        nonlocal sentences
        end_sentence()
        if sentences:
            documents.append(sentences)
            sentences = []

    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            end_sentence()
            continue
        columns = line.split(" ")
        if columns[0] == "-DOCSTART-":
            end_document()
            continue
        if len(columns) != 4 or not columns[0]:
            raise ConllError(f"{path}:{number}: expected 'TOKEN POS CHUNK NER', got {line!r}")
        tag = columns[3]
        if tag != "O" and (tag[:2] not in ("I-", "B-") or tag[2:] not in TYPES):
            raise ConllError(f"{path}:{number}: unknown NER tag {tag!r}")
        sentence.append((columns[0], tag))
    end_document()
    return documents


def iob_entities(tags):
    """[(first_token, last_token_exclusive, type)] from IOB1 (or IOB2) tags."""
    entities = []
    for i, tag in enumerate(tags):
        if tag == "O":
            continue
        kind = tag[2:]
        previous = tags[i - 1] if i else "O"
        if tag.startswith("I-") and previous != "O" and previous[2:] == kind:
            entities[-1][1] = i + 1
        else:
            entities.append([i, i + 1, kind])
    return [tuple(e) for e in entities]


def build_document(doc_id, sentences):
    """The gold record of one document: its text, sentence spans and entity spans."""
    parts, sentence_spans, entities = [], [], []
    offset = 0
    for number, sentence in enumerate(sentences):
        if number:
            parts.append("\n")
            offset += 1
        starts, ends = [], []
        for i, (token, _) in enumerate(sentence):
            if i:
                parts.append(" ")
                offset += 1
            starts.append(offset)
            parts.append(token)
            offset += len(token.encode("utf-8"))
            ends.append(offset)
        sentence_spans.append([starts[0], ends[-1]])
        for first, last, kind in iob_entities([tag for _, tag in sentence]):
            entities.append({"begin": starts[first], "end": ends[last - 1], "type": kind,
                             "text": " ".join(token for token, _ in sentence[first:last])})
    return {"id": doc_id, "text": "".join(parts), "sentences": sentence_spans,
            "entities": entities}


def convert(src, docs_path, gold_path, set_name):
    with open(src, encoding="utf-8") as f:
        documents = read_conll(f, src)
    if not documents:
        raise ConllError(f"{src}: no documents")
    with open(docs_path, "w", encoding="utf-8") as docs, \
            open(gold_path, "w", encoding="utf-8") as gold:
        for number, sentences in enumerate(documents, 1):
            record = build_document(f"conll2003:{set_name}:{number:03d}", sentences)
            docs.write(json.dumps({"id": record["id"], "text": record["text"]},
                                  ensure_ascii=False) + "\n")
            gold.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(documents)


def fake_mentions(gold_path, out_path, seed):
    rng = random.Random(seed)
    kinds = {"PER": ("person", "name"), "LOC": ("country", "name"), "ORG": ("alliance", "alias")}
    with open(gold_path, encoding="utf-8") as gold, open(out_path, "w", encoding="utf-8") as out:
        for line in gold:
            doc = json.loads(line)
            mentions = []
            raw = doc["text"].encode("utf-8")
            for e in doc["entities"]:
                if e["type"] not in kinds or rng.random() < 0.15:
                    continue
                begin, end = e["begin"], e["end"]
                if rng.random() < 0.1:
                    end = max(begin + 1, end - 1)  # a boundary error
                kind, form = kinds[e["type"]]
                mentions.append({"begin": begin, "end": end, "text": raw[begin:end].decode("utf-8", "replace"),
                                 "type": kind, "entity": f"{kind}:{e['text'].lower()}",
                                 "form": form})
            if len(raw) > 4 and rng.random() < 0.5:  # a false alarm
                mentions.append({"begin": 0, "end": 4, "text": raw[:4].decode("utf-8", "replace"),
                                 "type": "person",
                                 "entity": "person:x", "form": "name"})
            out.write(json.dumps({"id": doc["id"], "mentions": mentions}) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("convert")
    c.add_argument("conll")
    c.add_argument("docs")
    c.add_argument("gold")
    c.add_argument("--set", default="testb")
    f = sub.add_parser("fake-mentions")
    f.add_argument("gold")
    f.add_argument("out")
    f.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    try:
        if a.command == "convert":
            n = convert(a.conll, a.docs, a.gold, a.set)
            print(f"conll_data.py: {a.conll}: {n} documents", file=sys.stderr)
        else:
            fake_mentions(a.gold, a.out, a.seed)
    except ConllError as e:
        print(f"conll_data.py: {e}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as e:
        print(f"conll_data.py: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
