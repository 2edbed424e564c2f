#!/usr/bin/env python3
"""Normalises the hand-written data files (data/alliances.json, data/organizations.json,
data/boilerplate.json): sorted, deduplicated, one stable layout, so diffs stay small and the
files are deterministic. Generated files are formatted by their builders.

Usage (from the repository root):
    python3 scripts/data/fmt.py           # rewrite in place
    python3 scripts/data/fmt.py --check   # exit 1 if a file is not formatted
"""
import json
import sys

import kgdata as k

ALLIANCE_KEYS = ("id", "label", "aliases", "descriptors", "members", "historical", "members_note")


def dedupe_casefold(items):
    """Case-insensitive lists: keep one spelling per casefolded entry (the one with the fewest
    capitals)."""
    groups = {}
    for item in items:
        groups.setdefault(item.casefold(), []).append(item)
    chosen = (min(v, key=lambda s: (sum(c.isupper() for c in s), s)) for v in groups.values())
    return sorted(chosen, key=k.sort_key)


def format_alliances(doc):
    alliances = []
    for a in doc["alliances"]:
        entry = {key: a[key] for key in ALLIANCE_KEYS if key in a}
        entry["aliases"] = k.unique_sorted(x for x in a["aliases"] if x != a["label"])
        entry["descriptors"] = k.unique_sorted(a["descriptors"])
        entry["members"] = sorted(set(a["members"]))
        entry.setdefault("historical", False)
        entry.setdefault("members_note", "")
        alliances.append(entry)
    return {"version": doc["version"], "about": doc["about"],
            "alliances": sorted(alliances, key=lambda a: a["id"])}


def format_organizations(doc):
    return {"version": doc["version"], "about": doc["about"],
            "organizations": k.unique_sorted(doc["organizations"]),
            "not_people": k.unique_sorted(doc["not_people"])}


def format_boilerplate(doc):
    out = {"version": doc["version"], "about": doc["about"]}
    for key in ("line_prefixes", "line_contains", "whole_lines", "block_headers"):
        out[key] = dedupe_casefold(doc[key])
    out["line_regex_free"] = doc["line_regex_free"]
    return out


FORMATTERS = {"alliances.json": format_alliances, "organizations.json": format_organizations,
              "boilerplate.json": format_boilerplate}


def main():
    check = "--check" in sys.argv[1:]
    dirty = []
    for name, formatter in FORMATTERS.items():
        path = k.data_dir() / name
        text = path.read_text(encoding="utf-8")
        formatted = formatter(json.loads(text))
        if check:
            if k.render_json(formatted) != text:
                dirty.append(name)
        else:
            k.write_json(path, formatted)
    if dirty:
        print("not formatted (run python3 scripts/data/fmt.py): " + ", ".join(dirty))
        sys.exit(1)


if __name__ == "__main__":
    main()
