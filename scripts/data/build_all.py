#!/usr/bin/env python3
"""Regenerates every generated data/ file in dependency order, formats the hand-written ones
and validates the result. Needs ../shared/dictionaries/petrarch2 and
../shared/corpus/conll2003/eng.testa (the build itself never reads ../shared).

Usage (from the repository root):  python3 scripts/data/build_all.py
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = ["build_countries.py", "build_titles.py", "build_people.py", "build_given_names.py",
         "fmt.py", "check.py"]


def main():
    for step in STEPS:
        result = subprocess.run([sys.executable, str(HERE / step)])
        if result.returncode != 0:
            sys.exit(f"build_all: {step} failed")


if __name__ == "__main__":
    main()
