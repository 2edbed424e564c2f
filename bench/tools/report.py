#!/usr/bin/env python3
"""Turn the measurements of bench/run into one Markdown report.

  report.py --dir RESULTS --out bench/results.md --command "bench/run --runs 5"

RESULTS holds the JSON files bench/run wrote (a missing file means the step was
skipped, and the report says so):
  corpus.json            corpus.py stats of the benchmark corpus
  kgraph1.json           measure.py of kgraph --threads 1 on it
  kgraph2.json           measure.py of kgraph --threads 2 (threads in threads.txt)
  identical.txt          "yes" or what differed between the two outputs
  compromise.json        measure.py of bench/compromise_ner.mjs
  corpus_note.txt        which corpus, in words; loadavg.txt: load before the run
  compromise_out.json    its own counts (articles, text_bytes, ...)
  prefix.json            corpus.py stats of the prefix compromise ran on (--limit-mb)
  kgraph1_prefix.json    measure.py of kgraph --threads 1 on that same prefix
  linear_{1,4,16}.json   measure.py --stages of kgraph --threads 1 -v on the linearity inputs
  linear_{1,4,16}_corpus.json   their corpus.py stats
  graph_check.txt        graphml_diff.py output for 4x vs 1x, first line "rc=N"
  lists_{one,many}.json  measure.py of kgraph on corpus.py lists (one article; 400 KB ones)
  lists_{one,many}_corpus.json  their corpus.py stats
The "## Profile" section of an existing OUT is kept (a profiling run fills it).
"""
import argparse
import datetime
import json
import os
import pathlib
import platform
import re
import subprocess
import sys

MB = 1_000_000
TARGET_MB_S = 20.0
TARGET_THREAD_SPEEDUP = 1.7
TARGET_VS_COMPROMISE = 100.0
TARGET_RSS_OVER_INPUT_MB = 200.0
TARGET_LINEAR_DEVIATION = 0.15
PROFILE_PLACEHOLDER = """## Profile

_Not measured yet._ A profiling run (`perf record -g` or `valgrind --tool=callgrind` on
`build/release/cli/kgraph build ... --threads 1`) fills this section with the top
functions by self time and what dominates the cost. `bench/run` keeps this section
when it rewrites the file.
"""


def load(directory, name):
    path = directory / name
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8").strip()
    return json.loads(text) if name.endswith(".json") else text


def run(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine(d):
    cpu = "unknown"
    try:
        cpuinfo = pathlib.Path("/proc/cpuinfo").read_text(encoding="utf-8")
        m = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        cpu = m.group(1).strip() if m else cpu
        meminfo = pathlib.Path("/proc/meminfo").read_text(encoding="utf-8")
        mem_kb = int(re.search(r"^MemTotal:\s*(\d+)", meminfo, re.MULTILINE).group(1))
        ram = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError, ValueError):
        ram = "unknown"
    commit = run(["git", "rev-parse", "--short=12", "HEAD"])
    if run(["git", "status", "--porcelain", "--untracked-files=no"]) not in ("", "unknown"):
        commit += " + uncommitted changes"
    return [("cores (nproc)", run(["nproc"])), ("CPU", cpu), ("RAM", ram),
            ("OS", f"{platform.system()} {platform.release()}"),
            ("compiler", run(["g++", "--version"]).splitlines()[0]),
            ("node", run(["node", "--version"])),
            ("date", datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
            ("git commit", commit),
            ("load average before the run", load(d, "loadavg.txt") or "unknown")]


def rate(corpus, measured):
    seconds = measured["median_seconds"]
    return corpus["text_bytes"] / MB / seconds, corpus["articles"] / seconds


def rss_mb(measured):
    return measured["max_rss_kb"] * 1024 / MB


def times(x):
    return f"{x:.2f}×" if x >= 0.1 else f"{x:.2g}×"


def verdict(ok):
    return "met" if ok else "**not met**"


def throughput_table(d, lines):
    corpus, k1, k2 = load(d, "corpus.json"), load(d, "kgraph1.json"), load(d, "kgraph2.json")
    threads = load(d, "threads.txt") or "2"
    comp, comp_out = load(d, "compromise.json"), load(d, "compromise_out.json")
    prefix, k1_prefix = load(d, "prefix.json"), load(d, "kgraph1_prefix.json")
    if not corpus or not k1:
        lines.append("_kgraph was not measured._\n")
        return
    base = rate(corpus, k1)[0]
    rows = [(f"kgraph, 1 thread", corpus, k1)]
    if k2:
        rows.append((f"kgraph, {threads} threads", corpus, k2))
    if k1_prefix and prefix:
        rows.append((f"kgraph, 1 thread, compromise's prefix ¹", prefix, k1_prefix))
    if comp and comp_out:
        mark = " ¹" if prefix else ""
        rows.append((f"compromise {comp_out.get('compromise', '')}{mark}", comp_out, comp))
    lines += ["| system | MB/s | articles/s | peak RSS MB | speed-up |",
              "| --- | ---: | ---: | ---: | ---: |"]
    for name, c, m in rows:
        mb_s, art_s = rate(c, m)
        lines.append(f"| {name} | {mb_s:.2f} | {art_s:.1f} | {rss_mb(m):.0f} | "
                     f"{times(mb_s / base)} |")
    lines.append("")
    lines.append(f"Corpus: {load(d, 'corpus_note.txt') or corpus['file']}, "
                 f"{corpus['articles']} articles, {corpus['text_bytes'] / MB:.1f} MB of "
                 f"article text ({corpus['file_bytes'] / MB:.1f} MB of JSONL). MB = 10^6 bytes of "
                 "UTF-8 article text; times are the median of the runs, end to end (process start "
                 "to exit, all outputs written); peak RSS is the largest of the runs; speed-up is "
                 "MB/s relative to kgraph on 1 thread.")
    if prefix:
        lines.append(f"¹ compromise ran on the first {prefix['text_bytes'] / MB:.2f} MB "
                     f"({prefix['articles']} articles) only (`--limit-mb`); rates are compared "
                     "per MB, and kgraph was measured on the same prefix too, for a "
                     "same-text ratio.")
    lines.append("")
    k1_rate = rate(corpus, k1)[0]
    lines.append(f"- 1 thread: {k1_rate:.2f} MB/s (target ≥ {TARGET_MB_S:g}: "
                 f"{verdict(k1_rate >= TARGET_MB_S)})")
    # The spread says how much to trust a median on a shared VM.
    for name, m in (("1 thread", k1), (f"{threads} threads", k2)):
        if m and len(m["runs"]) > 1:
            secs = sorted(r["seconds"] for r in m["runs"])
            mb = corpus["text_bytes"] / MB
            lines.append(f"- runs on {name}: {secs[0]:.2f}-{secs[-1]:.2f} s "
                         f"({mb / secs[-1]:.1f}-{mb / secs[0]:.1f} MB/s)")
    if k2:
        ratio = rate(corpus, k2)[0] / k1_rate
        same = load(d, "identical.txt") or "not checked"
        lines.append(f"- {threads} threads / 1 thread: {ratio:.2f}× (target ≥ "
                     f"{TARGET_THREAD_SPEEDUP:g}×: {verdict(ratio >= TARGET_THREAD_SPEEDUP)}); "
                     f"outputs byte-identical: {same}")
    if comp and comp_out:
        comp_rate = rate(comp_out, comp)[0]
        ratio = k1_rate / comp_rate
        lines.append(f"- kgraph (1 thread, whole corpus) / compromise: {ratio:.0f}× (target ≥ "
                     f"{TARGET_VS_COMPROMISE:g}×: {verdict(ratio >= TARGET_VS_COMPROMISE)})")
        if k1_prefix and prefix:
            same_text = rate(prefix, k1_prefix)[0] / comp_rate
            lines.append(f"- kgraph / compromise on the same prefix: {same_text:.0f}×")
        inner = comp_out["text_bytes"] / MB / comp_out["seconds"]
        lines.append(f"- compromise without Node start-up and module loading: {inner:.3f} MB/s "
                     f"(kgraph / that: {k1_rate / inner:.0f}×)")
        lines.append(f"- compromise found {comp_out['people']} people, {comp_out['places']} "
                     f"places, {comp_out['organizations']} organizations")
    worst = max((k for k in (k1, k2) if k), key=lambda m: m["max_rss_kb"])
    budget = corpus["file_bytes"] / MB + TARGET_RSS_OVER_INPUT_MB
    lines.append(f"- peak RSS {rss_mb(worst):.0f} MB for {corpus['file_bytes'] / MB:.0f} MB of "
                 f"input (target ≤ input + {TARGET_RSS_OVER_INPUT_MB:g} MB = {budget:.0f} MB: "
                 f"{verdict(rss_mb(worst) <= budget)})")
    lines.append("")


def linearity_table(d, lines):
    scales = [k for k in (1, 4, 16) if load(d, f"linear_{k}.json")]
    if 1 not in scales:
        lines.append("_Not measured (`--no-linearity`)._\n")
        return
    lines += ["| scale | articles | text MB | median s | s per MB | vs 1× | peak RSS MB |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    per_mb = {}
    for k in scales:
        c, m = load(d, f"linear_{k}_corpus.json"), load(d, f"linear_{k}.json")
        per_mb[k] = m["median_seconds"] / (c["text_bytes"] / MB)
        lines.append(f"| {k}× | {c['articles']} | {c['text_bytes'] / MB:.1f} | "
                     f"{m['median_seconds']:.2f} | {per_mb[k]:.4f} | "
                     f"{per_mb[k] / per_mb[1] - 1:+.1%} | {rss_mb(m):.0f} |")
    lines.append("")
    worst = max(abs(per_mb[k] / per_mb[1] - 1) for k in scales)
    base = load(d, "linear_1_corpus.json")
    whole = load(d, "corpus.json")
    what = ("the whole corpus" if whole and base["text_bytes"] == whole["text_bytes"]
            else "a prefix of the corpus")
    lines.append(f"- max deviation of time per MB from 1×: {worst:.1%} (target ≤ "
                 f"{TARGET_LINEAR_DEVIATION:.0%}: {verdict(worst <= TARGET_LINEAR_DEVIATION)}); "
                 f"kgraph on 1 thread; the base is {what}, each copy k ≥ 1 "
                 "re-uses its articles under ids \"ID~k\"")
    if len(scales) >= 2:
        # Least-squares line through (MB, seconds): a fixed cost (start-up, and writing a
        # graph that a repeated corpus leaves the same size) plus a cost per MB.
        xs = [load(d, f"linear_{k}_corpus.json")["text_bytes"] / MB for k in scales]
        ys = [load(d, f"linear_{k}.json")["median_seconds"] for k in scales]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = (sum((x - mx) * (y - my) for x, y in zip(xs, ys)) /
                 sum((x - mx) ** 2 for x in xs))
        fixed = my - slope * mx
        resid = max(abs(fixed + slope * x - y) / y for x, y in zip(xs, ys))
        lines.append(f"- as a line: {fixed:.2f} s fixed + {slope:.4f} s per MB "
                     f"({1 / slope:.1f} MB/s at the margin); largest distance of a measured "
                     f"time from that line: {resid:.1%}")
    check = load(d, "graph_check.txt")
    if check:
        first, _, rest = check.partition("\n")
        status = {"rc=0": "met", "rc=1": "**not met**"}.get(first, "**not checked**")
        detail = " ".join(rest.split())[:600]
        lines.append(f"- 4× graph = 1× graph with weights × 4: {status} ({detail})")
    stage_table(d, scales, lines)
    lines.append("")


def stage_table(d, scales, lines):
    """Where the time goes at each scale, stage by stage (kgraph build -v), and each
    stage's part that does not grow with the text: the line through its times at the
    smallest and the largest scale, at zero MB."""
    runs = {k: load(d, f"linear_{k}.json") for k in scales}
    if len(scales) < 2 or not all("median_stages" in runs[k] for k in scales):
        return
    mbs = {k: load(d, f"linear_{k}_corpus.json")["text_bytes"] / MB for k in scales}
    lo, hi = scales[0], scales[-1]
    names = list(runs[lo]["median_stages"])
    rows = [(n, {k: runs[k]["median_stages"].get(n, 0.0) for k in scales}) for n in names]
    rows.append(("the rest (start-up, summary, exit)",
                 {k: runs[k]["median_seconds"] - sum(runs[k]["median_stages"].values())
                  for k in scales}))
    lines.append("")
    lines.append(f"Stage times (median of the runs, `kgraph build -v`) and each stage's fixed part "
                 f"(its line through {lo}× and {hi}×, at 0 MB):")
    lines.append("")
    lines.append("| stage | " + " | ".join(f"{k}× s" for k in scales) + f" | {hi}× / {lo}× | fixed s |")
    lines.append("| --- | " + " | ".join("---:" for _ in scales) + " | ---: | ---: |")
    total_fixed = 0.0
    for name, t in rows:
        slope = (t[hi] - t[lo]) / (mbs[hi] - mbs[lo])
        fixed = t[lo] - slope * mbs[lo]
        total_fixed += fixed
        ratio = f"{t[hi] / t[lo]:.1f}" if t[lo] > 0 else "–"
        lines.append(f"| {name} | " + " | ".join(f"{t[k]:.3f}" for k in scales) +
                     f" | {ratio} | {fixed:+.3f} |")
    lines.append("")
    lines.append(f"- the stages' fixed parts add up to {total_fixed:.2f} s; a stage that grows "
                 f"{mbs[hi] / mbs[lo]:.0f}× from {lo}× to {hi}× is all proportional to the text")


def memory_table(d, lines):
    shapes = [(n, load(d, f"lists_{n}_corpus.json"), load(d, f"lists_{n}.json"))
              for n in ("one", "many")]
    shapes = [(n, c, m) for n, c, m in shapes if c and m]
    if not shapes:
        lines.append("_Not measured (`--no-memory`)._\n")
        return
    threads = load(d, "threads.txt") or "2"
    lines += ["| input | articles | text MB | input MB | seconds | peak RSS MB | target MB | |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, c, m in shapes:
        what = "one article" if name == "one" else "400 KB articles"
        budget = c["file_bytes"] / MB + TARGET_RSS_OVER_INPUT_MB
        lines.append(f"| lists of names, {what} | {c['articles']} | {c['text_bytes'] / MB:.1f} | "
                     f"{c['file_bytes'] / MB:.1f} | {m['median_seconds']:.2f} | {rss_mb(m):.0f} | "
                     f"≤ {budget:.0f} | {verdict(rss_mb(m) <= budget)} |")
    lines.append("")
    lines.append(f"kgraph on {threads} threads, one run each. Synthetic text (`bench/tools/corpus.py "
                 "lists`): every sentence lists ten countries, 45 co-mention pairs where news "
                 "has about one, so extraction holds the most per byte. An article longer than "
                 "a resolution window (512 KB) is merged window by window; batches are bounded "
                 "in bytes.")
    lines.append("")


def kept_profile(out):
    if not out.exists():
        return PROFILE_PLACEHOLDER
    m = re.search(r"^## Profile\n.*?(?=^## |\Z)", out.read_text(encoding="utf-8"),
                  re.MULTILINE | re.DOTALL)
    return m.group(0).rstrip() + "\n" if m else PROFILE_PLACEHOLDER


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", required=True, type=pathlib.Path)
    ap.add_argument("--out", type=pathlib.Path, help="Markdown file to (re)write")
    ap.add_argument("--command", default="bench/run", help="the command line to quote")
    a = ap.parse_args()
    lines = ["# kgraph benchmark results", "",
             f"Reproduce with `{a.command}` from the repository root (see docs/benchmarks.md).",
             "", "## Throughput", ""]
    try:
        throughput_table(a.dir, lines)
        lines += ["## Linearity", ""]
        linearity_table(a.dir, lines)
        lines += ["## Memory, worst case", ""]
        memory_table(a.dir, lines)
    except (KeyError, ValueError, ZeroDivisionError) as e:
        print(f"report.py: incomplete measurements in {a.dir}: {e!r}", file=sys.stderr)
        return 2
    lines += ["## Machine", "", "| | |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in machine(a.dir)]
    lines.append("")
    body = "\n".join(lines)
    print(body)
    if a.out:
        profile = kept_profile(a.out)
        tmp = a.out.with_suffix(".md.tmp")
        tmp.write_text(body + "\n" + profile, encoding="utf-8")
        os.replace(tmp, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
