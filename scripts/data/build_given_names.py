#!/usr/bin/env python3
"""Builds data/given_names.json: given names that are evidence a capitalised pair is a person.

Sources: scripts/data/hand/given_names.json (common given names by region with transliteration
variants, and a hand 'ambiguous' list), plus the given names of data/people.json (first word of
a western-order name, the word after the surname of a two-word eastern-order name) when at least
two people of the Phoenix dictionaries share it, plus the first-name lists of the npm package
@faker-js/faker (MIT) in scripts/data/sources/faker_first_names.json (see
faker_first_names.mjs): Latin-script locales as written and folded to ASCII ("Rüştü" and
"Rustu", as wire copy writes it), Russian and Ukrainian transliterated.

Names from faker are one-word given names of many countries, and faker's English list also
holds surnames, places and words ("Houston", "Washington", "Diamond"): a name of that list alone
needs a second witness (another locale, or a Phoenix person's first name). A faker name that is also a place or the
first word of one (an ISO 3166-2 subdivision, a tz database city: "Santa", "Nova"), a surname
among the Phoenix people as often as a given name, or any ambiguous word below is dropped, never kept as
ambiguous: it would otherwise turn "Houston Astros" into a person.

'ambiguous' collects names that are also common English words, places or titles ("May", "Will",
"Price", "Jordan", "King"): a name there is weak evidence and needs a title or context. A
candidate is ambiguous when it is in the hand 'ambiguous' list, or appears in lower case inside a
sentence of the CoNLL-2003 development set (../shared/corpus/conll2003/eng.testa, the one split
we may tune on), or is a country name, demonym, metonym, alliance alias or title cue. Candidates
from people.json that are such words are dropped instead.

'female' and 'male' are the names of both lists that faker's lists by sex give one sex only
(scripts/data/sources/faker_first_names.json "by_sex"); a name on both sides gets neither.

'word_surnames' are the last words of western-order names in people.json that appear in lower
case in eng.testa ("Power", "Young", "Banks"): a surname the dictionary knows is evidence of a
person ("Tiger Woods"), but not one that is also a common word after a word that is no given
name ("Appalachian Power").

Run after build_people.py.  Usage (from the repository root):
    python3 scripts/data/build_given_names.py
"""
import re
import unicodedata
from collections import Counter
from pathlib import Path

import kgdata as k

PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "der", "le", "la",
             "di", "du", "mc", "st", "st.", "san", "santa", "sri", "haji", "hajji", "mohd"}
MIN_PEOPLE = 2
ZONEINFO = "/usr/share/zoneinfo"
# BGN/PCGN-style romanisation of Russian and Ukrainian letters, as English-language news
# writes the names ("Semyon", "Yuliya").
CYRILLIC = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye"))
CYRILLIC.update({"ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
                 "ю": "yu", "я": "ya", "ь": "", "ъ": "", "і": "i", "ї": "yi", "є": "ye",
                 "ґ": "g"})
# Latin letters NFKD does not take apart.
LATIN_EXTRA = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
               "ə": "a", "Ə": "A", "æ": "ae", "œ": "oe"}
NAME_SHAPE = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")


def lowercase_words():
    """Words seen in lower case, not sentence-initial, in CoNLL-2003 eng.testa."""
    path = k.shared_dir() / "corpus" / "conll2003" / "eng.testa"
    words, first = set(), True
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("-DOCSTART-"):
            first = True
            continue
        token = line.split(" ", 1)[0]
        if not first and re.fullmatch(r"[a-z]+", token):
            words.add(token)
        first = False
    return words


def reserved_words():
    """Lower-cased single words that name countries, places, blocs or titles."""
    words = set()
    countries = k.read_json(k.data_dir() / "countries.json")
    for entry in countries["countries"] + countries["extra"] + countries["historical"]:
        for form in [entry["label"]] + entry["names"] + entry["demonyms"] + entry["metonyms"]:
            if " " not in form:
                words.add(form.lower())
    for row in k.iso_country_rows():
        if " " not in row["name"]:
            words.add(row["name"].lower())
    for a in k.read_json(k.data_dir() / "alliances.json")["alliances"]:
        for form in [a["label"]] + a["aliases"]:
            if " " not in form:
                words.add(form.lower())
    for t in k.read_json(k.data_dir() / "titles.json")["titles"]:
        if " " not in t["cue"]:
            words.add(t["cue"].strip(".").lower())
    return words


def people_given_names():
    counts = Counter()
    for p in k.read_json(k.data_dir() / "people.json")["people"]:
        words = p["name"].split()
        if p["name_order"] == "eastern":
            candidate = words[1] if len(words) == 2 else ""
        else:
            candidate = words[0]
        if (re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Za-zà-ÿ][a-zà-ÿ]+)?", candidate)
                and candidate.lower() not in PARTICLES):
            counts[candidate] += 1
    return {name for name, n in counts.items() if n >= MIN_PEOPLE}


def romanise(name):
    """ASCII form of a faker name: Cyrillic transliterated, Latin accents dropped."""
    out = []
    for ch in name:
        low = ch.lower()
        if low in CYRILLIC:
            t = CYRILLIC[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(LATIN_EXTRA.get(ch, ch))
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in s if not unicodedata.combining(c))


def place_words():
    """Places, lower-cased: single-word ISO 3166-2 subdivisions and tz database cities, and
    the first word of longer ones ("Santa" of Santa Cruz, "Nova" of Nova Scotia)."""
    places = [row["name"] for row in k.read_json(k.ISO_CODES_DIR / "iso_3166-2.json")["3166-2"]]
    places += [path.name.replace("_", " ") for path in Path(ZONEINFO).rglob("*")]
    return {place.split()[0].lower() for place in places if place.strip()}


def surname_heavy():
    """Words that are the surname of a Phoenix person at least as often as a first name: as a
    given name they would hide the surname ("Lawson said" is Nigel Lawson)."""
    first, last = Counter(), Counter()
    for p in k.read_json(k.data_dir() / "people.json")["people"]:
        words = p["name"].split()
        if len(words) >= 2 and p["name_order"] != "eastern":
            first[words[0]] += 1
            last[words[-1]] += 1
    return {w for w, n in last.items() if n >= first[w]}


def word_surnames(lower):
    """Surnames of people.json (western order) that are also common words ("Power", "Young",
    "Banks"): after a word that is no given name they are no evidence of a person ("Appalachian
    Power", "Citizens Banks")."""
    out = set()
    for p in k.read_json(k.data_dir() / "people.json")["people"]:
        words = p["name"].split()
        if len(words) >= 2 and p["name_order"] != "eastern" and words[-1].lower() in lower:
            out.add(words[-1])
    return out


def phoenix_first_words():
    """How many Phoenix people (western order) have each first word."""
    counts = Counter()
    for p in k.read_json(k.data_dir() / "people.json")["people"]:
        words = p["name"].split()
        if len(words) >= 2 and p["name_order"] != "eastern":
            counts[words[0]] += 1
    return counts


def faker_given_names(excluded):
    """faker's first names in the shape of a given name, as written and in ASCII. A name of
    faker's English list alone (US baby names: "Lyric", "Diamond", "Dayton") needs a second
    witness: another locale's list or a Phoenix person's first name."""
    path = Path(__file__).resolve().parent / "sources" / "faker_first_names.json"
    locales = {}
    for locale, values in k.read_json(path)["locales"].items():
        for name in values:
            locales.setdefault(name, set()).add(locale)
    surnames, phoenix = surname_heavy(), phoenix_first_words()
    names = set()
    for name, where in locales.items():
        if where == {"EN"} and not phoenix[name]:
            continue
        for form in {name, romanise(name)}:
            ascii_form = romanise(form)
            if not NAME_SHAPE.fullmatch(ascii_form) or form in surnames:
                continue
            if ascii_form.lower() in excluded or k.fold(form) in excluded:
                continue
            names.add(form)
    return names


def faker_sexes(known):
    """The names of `known` that faker lists as female only, or as male only, in any locale
    (as written and in ASCII): what "she" and "he" may refer to. A name on both sides
    ("Andrea", "Jean", "Kim") gets neither."""
    path = Path(__file__).resolve().parent / "sources" / "faker_first_names.json"
    sides = {}
    for sex, locales in k.read_json(path)["by_sex"].items():
        for values in locales.values():
            for name in values:
                for form in {name, romanise(name)}:
                    sides.setdefault(form, set()).add(sex)
    female = {n for n in known if sides.get(n) == {"female"}}
    male = {n for n in known if sides.get(n) == {"male"}}
    return female, male


def main():
    hand = k.read_json(k.hand_dir() / "given_names.json")
    hand_names = set()
    for key, values in hand.items():
        if isinstance(values, list) and key != "ambiguous":
            hand_names.update(values)
    hand_ambiguous = set(hand["ambiguous"])
    lower, reserved = lowercase_words(), reserved_words()
    from_people = people_given_names() - hand_names - hand_ambiguous
    from_people = {n for n in from_people if n.lower() not in reserved}
    names, ambiguous = set(), set(hand_ambiguous)
    excluded = lower | reserved | place_words() | {k.fold(a) for a in hand_ambiguous}
    from_faker = faker_given_names(excluded) - hand_names - from_people
    for name in hand_names | from_people:
        if name.lower() in lower or name.lower() in reserved:
            ambiguous.add(name)
        else:
            names.add(name)
    folded_ambiguous = {k.fold(a) for a in ambiguous}
    names = {n for n in names if k.fold(n) not in folded_ambiguous}
    names |= {n for n in from_faker if k.fold(n) not in folded_ambiguous}
    female, male = faker_sexes(names | ambiguous)
    surnames = word_surnames(lower)
    result = {
        "version": 1,
        "about": ("Common given names worldwide, with transliteration variants; 'ambiguous' are "
                  "given names that are also common words, places or titles and need more "
                  "evidence; 'female' and 'male' are the names of either list that faker gives "
                  "one sex only (pronoun agreement: 'she' is no Helmut Kohl); "
                  "'word_surnames' are surnames of people.json that are also common words, no "
                  "evidence of a person after a word that is no given name ('Appalachian "
                  "Power'). "
                  "GENERATED by scripts/data/build_given_names.py from "
                  "scripts/data/hand/given_names.json, the people of PETRARCH2 and the first "
                  "names of @faker-js/faker (both MIT, see data/THIRD_PARTY.md) and lower-case "
                  "words of CoNLL-2003 eng.testa. DO NOT EDIT."),
        "given_names": k.unique_sorted(names),
        "ambiguous": k.unique_sorted(ambiguous),
        "female": k.unique_sorted(female),
        "male": k.unique_sorted(male),
        "word_surnames": k.unique_sorted(surnames),
    }
    k.write_json(k.data_dir() / "given_names.json", result)
    print(f"data/given_names.json: {len(names)} given names, {len(ambiguous)} ambiguous "
          f"({len(from_people)} from people.json, {len(from_faker)} from faker), "
          f"{len(female)} female, {len(male)} male, {len(surnames)} surnames that are words")


if __name__ == "__main__":
    main()
