#!/usr/bin/env python3
"""Builds data/countries.json from scripts/data/hand/countries.json and the PETRARCH2/Phoenix
country dictionary (../shared/dictionaries/petrarch2/Phoenix.Countries.actors.txt).

The hand file holds labels, short forms, demonyms, metonyms, not_countries and shared_names.
Phoenix adds spelling variants of names and demonyms seen in real news (e.g. "Newzealand", "Luxemburg",
"Democratic Peoples Republic of Korea"), kept only when they are close to a name we already
have (normalised edit similarity >= 0.85, same first letter) and are not a plural or demonym of
it; Phoenix's cities, regions and foreign-language names are not taken (capitals are in the hand
file; ICU/CLDR gives other-language names at run time).

Usage (from the repository root):  python3 scripts/data/build_countries.py
"""
import re
import sys

import kgdata as k

NAME_SIMILARITY = 0.85
DEMONYM_SIMILARITY = 0.88
DEMONYM_SUFFIXES = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is")
_SMALL_WORDS = {"of", "the", "and", "de", "da", "do", "e"}
# Close in spelling but another place or a word: "Chechia" reads as Chechnya.
PHOENIX_REJECT = {"Chechia", "Fin Land", "Check Republic", "Turkie"}


def place_case(phrase):
    words = phrase.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def usable(candidate):
    return (len(candidate) >= 5 and re.fullmatch(r"[A-Za-z][A-Za-z \-]*[a-z]", candidate)
            is not None)


def best_match(candidate, names):
    best, best_name = 0.0, ""
    for name in names:
        s = k.similarity(candidate, name)
        if s > best:
            best, best_name = s, name
    return best, best_name


def phoenix_variants(hand, iso_rows, taken):
    """Returns {iso: (names, demonyms)} of accepted Phoenix spelling variants."""
    alpha3 = k.iso_countries()
    added = {}
    for entry in k.read_actors(k.petrarch_dir() / "Phoenix.Countries.actors.txt"):
        if len(entry.codes) != 1 or not re.fullmatch(r"[A-Z]{3}", entry.codes[0].code):
            continue
        iso = k.phoenix_country(entry.codes[0].code, alpha3)
        if iso not in hand:
            continue
        h, row = hand[iso], iso_rows[iso]
        known = [h["label"], row["name"]] + h["names"]
        known += [row[f] for f in ("common_name", "official_name") if f in row]
        names, demonyms = added.setdefault(iso, (set(), set()))
        for raw in [entry.phrase] + entry.synonyms:
            candidate = place_case(raw)
            if (not usable(candidate) or k.fold(candidate) in taken
                    or candidate in PHOENIX_REJECT):
                continue
            score, near = best_match(candidate, known)
            if score >= NAME_SIMILARITY and k.fold(candidate)[0] == k.fold(near)[0]:
                # "Somalian" or "Burundis" is the name plus a suffix: not a name.
                if not (k.fold(candidate).startswith(k.fold(near))
                        and len(candidate) - len(near) <= 3):
                    names.add(candidate)
                continue
            score, near = best_match(candidate, h["demonyms"])
            if (score >= DEMONYM_SIMILARITY and " " not in candidate.strip()
                    and k.fold(candidate)[0] == k.fold(near)[0]
                    and candidate.lower().endswith(DEMONYM_SUFFIXES)):
                demonyms.add(candidate)
    return added


def all_surface_forms(hand):
    forms = {}
    for entry in hand:
        code = entry.get("iso") or entry.get("code")
        for field in ("names", "demonyms", "metonyms"):
            for form in entry[field] + [entry["label"]]:
                forms.setdefault(k.fold(form), set()).add(code)
    return forms


def normalise_entry(entry, key, extra_names=(), extra_demonyms=()):
    label = entry["label"]
    names = [n for n in set(entry["names"]) | set(extra_names) if n != label]
    return {
        key: entry[key],
        "label": label,
        "names": k.unique_sorted(names),
        "demonyms": k.unique_sorted(set(entry["demonyms"]) | set(extra_demonyms)),
        "metonyms": k.unique_sorted(entry["metonyms"]),
    }


def main():
    source = k.read_json(k.hand_dir() / "countries.json")
    iso_rows = {r["alpha_2"]: r for r in k.iso_country_rows()}
    hand = {c["iso"]: c for c in source["countries"]}
    everything = source["countries"] + source["extra"] + source["historical"]
    forms = all_surface_forms(everything)
    for form, codes in forms.items():
        if len(codes) > 1:
            sys.exit(f"build_countries: '{form}' is given to several countries: {sorted(codes)}")
    variants = phoenix_variants(hand, iso_rows, set(forms))
    # A variant claimed by two countries is ambiguous: drop it everywhere.
    owners = {}
    for iso, (names, demonyms) in variants.items():
        for form in names | demonyms:
            owners.setdefault(k.fold(form), set()).add(iso)
    countries = []
    for iso in sorted(hand):
        names, demonyms = variants.get(iso, (set(), set()))
        names = {n for n in names if len(owners[k.fold(n)]) == 1}
        demonyms = {d for d in demonyms if len(owners[k.fold(d)]) == 1}
        countries.append(normalise_entry(hand[iso], "iso", names, demonyms))
    result = {
        "version": 1,
        "about": ("Countries: display labels, extra names, demonyms and metonyms (capitals, seats "
                  "of power) that iso-codes and ICU/CLDR lack; 'extra' = states without an ISO "
                  "3166-1 code; 'historical' = ISO 3166-3 states (alpha-2, or alpha-4 where the "
                  "alpha-2 is ambiguous); 'not_countries' = names containing a country name that "
                  "are not that country; 'shared_names' = a name two or more states share, "
                  "which means the first unless the article names only another of them "
                  "otherwise. GENERATED by scripts/data/build_countries.py from "
                  "scripts/data/hand/countries.json and PETRARCH2 Phoenix.Countries.actors.txt "
                  "(MIT, see data/THIRD_PARTY.md). DO NOT EDIT."),
        "countries": countries,
        "extra": [normalise_entry(e, "code") for e in sorted(source["extra"],
                                                             key=lambda e: e["code"])],
        "historical": [normalise_entry(e, "code") for e in sorted(source["historical"],
                                                                  key=lambda e: e["code"])],
        "not_countries": k.unique_sorted(source["not_countries"]),
        "shared_names": source.get("shared_names", []),
    }
    # The historical label is also one of its names in the hand file: keep names label-free.
    k.write_json(k.data_dir() / "countries.json", result)
    added = sum(len(n) + len(d) for n, d in variants.values())
    print(f"data/countries.json: {len(countries)} countries, {added} Phoenix variants")


if __name__ == "__main__":
    main()
