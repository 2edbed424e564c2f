#!/usr/bin/env python3
"""Prepare benchmark inputs from a JSONL corpus (one article per line, "id" and "text").

  corpus.py stats FILE                      -> JSON: articles, text_bytes, file_bytes, bad_lines
  corpus.py prefix IN OUT --mb X            -> the first articles holding at most X MB of text
  corpus.py repeat IN OUT --times K         -> K copies; copy k >= 1 gets id "ID~k"
  corpus.py lists OUT --mb X [--article-kb K] -> synthetic sentences that list ten countries
                                               each, one article (K = 0) or K KB articles

`lists` is a worst case for memory, not news: every sentence names ten entities, so it
has 45 co-mention pairs, where news averages about one. Each line is different (a repeated
line would be skipped as boilerplate).

"Text bytes" are the UTF-8 lengths of the "text" fields: the unit of every MB/s figure
(1 MB = 10^6 bytes). A prefix stops before the first article that would take it past
X MB, but always holds at least one article, so it never cuts an article in half.
Lines that are not a JSON object with a string "text" are counted as bad and left out
(with file:line on stderr), so a damaged corpus never crashes the benchmark.
Standard library only.
"""
import argparse
import json
import os
import sys

MB = 1_000_000


def text_bytes(text):
    # surrogatepass: a lone "\ud800" escape in the JSON must not crash the count.
    return len(text.encode("utf-8", "surrogatepass"))


class Articles:
    """Iterates (raw_line, article_dict) over the good lines of a JSONL file; `bad`
    counts the others, each reported as file:line on stderr."""

    def __init__(self, path):
        self.path = path
        self.bad = 0

    def __iter__(self):
        with open(self.path, "rb") as f:
            for number, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                try:
                    article = json.loads(raw)
                    if not isinstance(article, dict) or not isinstance(article.get("text"), str):
                        raise ValueError('not an object with a string "text"')
                    if not isinstance(article.get("id"), str):
                        raise ValueError('no string "id"')
                except ValueError as e:  # also JSONDecodeError, UnicodeDecodeError
                    self.bad += 1
                    print(f"{self.path}:{number}: skipped: {e}", file=sys.stderr)
                    continue
                yield raw, article


def stats(path):
    articles = total = 0
    corpus = Articles(path)
    for _, article in corpus:
        articles += 1
        total += text_bytes(article["text"])
    return {"file": path, "articles": articles, "text_bytes": total,
            "file_bytes": os.path.getsize(path), "bad_lines": corpus.bad}


def prefix(src, dst, mb):
    limit = mb * MB
    total = 0
    with open(dst, "wb") as out:
        for raw, article in Articles(src):
            size = text_bytes(article["text"])
            if total and total + size > limit:
                break
            out.write(raw if raw.endswith(b"\n") else raw + b"\n")
            total += size


def repeat(src, dst, times):
    with open(dst, "wb") as out:
        for k in range(times):
            for raw, article in Articles(src):
                if k == 0:
                    out.write(raw if raw.endswith(b"\n") else raw + b"\n")
                    continue
                article["id"] = f'{article["id"]}~{k}'
                line = json.dumps(article, ensure_ascii=False, separators=(",", ":"))
                out.write(line.encode("utf-8", "surrogatepass") + b"\n")


LIST_COUNTRIES = ("France Germany Italy Spain Poland Greece Austria Belgium Sweden Norway "
                  "Denmark Finland Ireland Portugal Hungary Romania Bulgaria Croatia Slovakia "
                  "Slovenia").split()


def lists(dst, mb, article_kb=0):
    limit, chunk = mb * MB, article_kb * 1000
    done = articles = 0
    text = []
    size = 0

    def flush():
        nonlocal text, size, articles
        if text:
            article = {"id": f"list{articles}", "text": "".join(text)}
            out.write(json.dumps(article, separators=(",", ":")) + "\n")
            articles += 1
        text, size = [], 0

    with open(dst, "w", encoding="utf-8") as out:
        i = 0
        while done < limit:
            names = [LIST_COUNTRIES[(i * 7 + k * 3) % len(LIST_COUNTRIES)] for k in range(10)]
            line = (f"In vote {i}, " + ", ".join(names[:-1]) + f" and {names[-1]} backed "
                    f"plan {i}. The other members abstained on day {i}.\n")
            text.append(line)
            size += len(line)
            done += len(line)
            i += 1
            if chunk and size >= chunk:
                flush()
        flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("stats")
    s.add_argument("file")
    p = sub.add_parser("prefix")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--mb", type=float, required=True)
    r = sub.add_parser("repeat")
    r.add_argument("src")
    r.add_argument("dst")
    r.add_argument("--times", type=int, required=True)
    li = sub.add_parser("lists")
    li.add_argument("dst")
    li.add_argument("--mb", type=float, required=True)
    li.add_argument("--article-kb", type=int, default=0)
    a = ap.parse_args()
    try:
        if a.command == "stats":
            print(json.dumps(stats(a.file)))
            return 0
        if a.command == "prefix":
            if a.mb <= 0:
                ap.error("--mb must be positive")
            prefix(a.src, a.dst, a.mb)
        elif a.command == "lists":
            if a.mb <= 0 or a.article_kb < 0:
                ap.error("--mb must be positive and --article-kb not negative")
            lists(a.dst, a.mb, a.article_kb)
        else:
            if a.times < 1:
                ap.error("--times must be at least 1")
            repeat(a.src, a.dst, a.times)
        print(json.dumps(stats(a.dst)))
    except OSError as e:
        print(f"corpus.py: {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
