#!/usr/bin/env python3
"""Time a command N times under `/usr/bin/time -v` and print the result as JSON.

  measure.py --runs 5 --label "kgraph 1 thread" [--stdout FILE] -- CMD ARG...
  measure.py --merge A.json B.json ...   -> one result holding the runs of all of them

Output: {"label", "command", "runs": [{"seconds", "rss_kb"}...], "median_seconds",
"max_rss_kb", "median_rss_kb"}; with --stages each run also holds "stages", the stage
times `kgraph build -v` prints on stderr ("  time: merge into graph   0.09 s"), and
the result "median_stages", each stage's median over the runs. Wall time is measured here with a monotonic clock
(finer than time's 10 ms); peak RSS ("Maximum resident set size") comes from
`/usr/bin/time -v`. The runs are sequential, never parallel, so they do not compete
for the machine's cores. A failing run stops everything with exit 1 and the tail of
the command's stderr: a benchmark of a crashing program is no benchmark.

--merge lets a caller interleave two commands (one run of each in turn, so that a
machine whose speed drifts during the benchmark slows both alike) and then combine
each command's single-run results into one.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

TIME = "/usr/bin/time"


def parse_max_rss_kb(time_output):
    """The peak RSS in KiB from `/usr/bin/time -v` output, or None."""
    m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", time_output)
    return int(m.group(1)) if m else None


STAGE_LINE = re.compile(r"^\s*time: (.*?)\s+([0-9]+(?:\.[0-9]+)?) s\s*$", re.MULTILINE)


def parse_stages(stderr_text):
    """{stage: seconds} from the "time:" lines of `kgraph build -v`, in their order."""
    return {m.group(1): float(m.group(2)) for m in STAGE_LINE.finditer(stderr_text)}


def run_once(command, stdout_path, stages=False):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing, \
            tempfile.TemporaryFile("w+") as errors, \
            open(stdout_path or os.devnull, "w") as out:
        start = time.monotonic()
        code = subprocess.call([TIME, "-v", "-o", timing.name, *command],
                               stdout=out, stderr=errors)
        seconds = time.monotonic() - start
        if code != 0:
            errors.seek(0)
            tail = errors.read()[-2000:]
            raise RuntimeError(f"exit status {code}: {' '.join(command)}\n{tail}")
        rss = parse_max_rss_kb(timing.read())
        if rss is None:
            raise RuntimeError(f"{TIME} -v printed no 'Maximum resident set size'")
        run = {"seconds": round(seconds, 4), "rss_kb": rss}
        if stages:
            errors.seek(0)
            run["stages"] = parse_stages(errors.read())
            if not run["stages"]:
                raise RuntimeError("--stages: the command printed no 'time:' lines (kgraph -v?)")
        return run


def summary(label, command, runs):
    seconds = [r["seconds"] for r in runs]
    rss = [r["rss_kb"] for r in runs]
    out = {"label": label, "command": command, "runs": runs,
           "median_seconds": statistics.median(seconds),
           "max_rss_kb": max(rss), "median_rss_kb": statistics.median(rss)}
    if runs and all("stages" in r for r in runs):
        names = list(runs[0]["stages"])  # the first run's order; a stage one run lacks is 0
        out["median_stages"] = {n: statistics.median(r["stages"].get(n, 0.0) for r in runs)
                                for n in names}
    return out


def merge(paths):
    parts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            parts.append(json.load(f))
    runs = [r for p in parts for r in p["runs"]]
    print(json.dumps(summary(parts[0]["label"], parts[0]["command"], runs)))
    return 0


def main():
    if sys.argv[1:2] == ["--merge"]:
        if len(sys.argv) < 3:
            print("measure.py: --merge needs result files", file=sys.stderr)
            return 2
        return merge(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--label", default="")
    ap.add_argument("--stdout", help="where the command's stdout goes (last run kept)")
    ap.add_argument("--stages", action="store_true",
                    help="keep the stage times the command prints (kgraph build -v)")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    command = a.command[1:] if a.command[:1] == ["--"] else a.command
    if not command:
        ap.error("no command given after --")
    if a.runs < 1:
        ap.error("--runs must be at least 1")
    if not os.access(TIME, os.X_OK):
        print(f"measure.py: {TIME} not found (apt-get install time)", file=sys.stderr)
        return 2
    runs = []
    try:
        for i in range(a.runs):
            runs.append(run_once(command, a.stdout, a.stages))
            print(f"  {a.label or command[0]}: run {i + 1}/{a.runs}: {runs[-1]['seconds']:.2f} s, "
                  f"{runs[-1]['rss_kb'] * 1024 / 1e6:.0f} MB peak RSS", file=sys.stderr)
    except (RuntimeError, OSError) as e:
        print(f"measure.py: {a.label}: {e}", file=sys.stderr)
        return 1
    print(json.dumps(summary(a.label, command, runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
