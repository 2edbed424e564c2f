#!/usr/bin/env python3
"""Validates the data/ lexicons against their documented schema (docs/data-format.md).

Checks types and required fields, that every file has "version": 1 and an "about", that ISO
codes exist in iso-codes (ISO 3166-1, ISO 3166-3 historical codes, or countries.json "extra"),
that alliance members and role orgs are valid, that names are not duplicated (a surface form
names one country, one alliance, one person), that roles use the vocabulary of titles.json,
that dates are ISO dates, and that every file is in its canonical deterministic layout (as
written by the builders and fmt.py). Other data/*.json files (owned by other stages) are
checked for valid JSON, "version" and "about" only.

Usage (from the repository root):
    python3 scripts/data/check.py              # check data/, exit 1 on any error
    python3 scripts/data/check.py --dict F.json  # check a user dictionary (kgraph build --dict)
"""
import datetime
import json
import re
import sys
from pathlib import Path

import kgdata as k

TITLE_KINDS = {"office", "rank", "honorific", "relational", "peer", "profession"}
REQUIRED_ALLIANCES = {
    "nato", "aukus", "eu", "un", "unsc", "brics", "sco", "csto", "g7", "g20", "asean",
    "african_union", "arab_league", "opec", "opec_plus", "quad", "five_eyes", "osce", "coe", "cis",
    "eaeu", "gcc", "bri", "warsaw_pact", "ecowas", "mercosur", "apec", "oas", "commonwealth",
    "wto", "imf", "iaea", "oecd", "efta", "saarc", "sadc", "celac", "pif", "visegrad",
    "nordic_council", "igad", "nam", "andean_community", "caricom", "anzus", "rio_pact"}
REQUIRED_CUES = {
    "president", "foreign minister", "foreign secretary", "defence minister", "defense minister",
    "secretary of state", "prime minister", "mr", "mr.", "ms", "mrs", "dr", "sen.", "gen.",
    "rep.", "gov.", "amb.", "pres.", "sir", "dame", "lord", "king", "queen", "prince", "sheikh",
    "emir", "chancellor", "premier", "vice president", "deputy prime minister", "ambassador",
    "general", "admiral", "secretary-general", "chairman", "envoy", "diplomat", "senator",
    "congressman", "governor", "mayor", "mp", "lawmaker", "spokesman", "spokeswoman",
    "spokesperson", "reporter", "correspondent", "analyst", "adviser", "leader",
    "foreign policy adviser", "secretary of the security council", "counterpart"}
# Members without a capital distinct from the country's own name.
CITY_STATES = {"SG", "MC", "SM", "LU", "DJ", "VA", "ST"}
# Capitals left out on purpose: Victoria (Seychelles) is mostly a given name or a place elsewhere.
NO_CAPITAL = CITY_STATES | {"SC"}


class Checker:
    def __init__(self):
        self.errors = []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

    def strings(self, where, value, allow_empty_list=True):
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            self.error(where, "must be an array of strings")
            return []
        if not allow_empty_list and not value:
            self.error(where, "must not be empty")
        for s in value:
            if not s or s != s.strip() or "  " in s:
                self.error(where, f"bad string {s!r} (empty or stray spaces)")
        if len(set(value)) != len(value):
            dupes = sorted({s for s in value if value.count(s) > 1})
            self.error(where, f"duplicates: {dupes[:5]}")
        return value

    def sorted_strings(self, where, value):
        if isinstance(value, list) and value != sorted(value, key=k.sort_key):
            self.error(where, "not sorted (regenerate or run fmt.py)")

    def fields(self, where, obj, required, optional=()):
        if not isinstance(obj, dict):
            self.error(where, "must be an object")
            return False
        missing = [f for f in required if f not in obj]
        unknown = [f for f in obj if f not in required and f not in optional]
        if missing:
            self.error(where, f"missing fields {missing}")
        if unknown:
            self.error(where, f"unknown fields {unknown}")
        return not missing

    def header(self, name, doc):
        if not isinstance(doc, dict):
            self.error(name, "top level must be an object")
            return False
        if doc.get("version") != 1 or isinstance(doc.get("version"), bool):
            self.error(name, '"version" must be 1')
        about = doc.get("about")
        if not isinstance(about, str) or len(about) < 20:
            self.error(name, '"about" must say what the file is and where it came from')
        elif "GENERATED" in about and "DO NOT EDIT" not in about:
            self.error(name, 'a generated file\'s "about" must say DO NOT EDIT')
        return True


def iso_date(value):
    if value == "":
        return True
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        datetime.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def country_codes(countries_doc):
    current = {r["alpha_2"] for r in k.iso_country_rows()}
    historical = set(k.historical_codes())
    extra = {e.get("code") for e in (countries_doc or {}).get("extra", [])}
    return current, historical, extra


# ---------------------------------------------------------------------------- per file


def check_countries(c, doc, name="countries.json"):
    current, historical, _ = country_codes(None)
    owner = {}

    def claim(where, form, code):
        f = k.fold(form)
        if f in owner and owner[f] != code:
            c.error(where, f"'{form}' also names {owner[f]}")
        owner[f] = code

    c.fields(name, doc, ["version", "about", "countries", "extra", "historical",
                         "not_countries"], ["shared_names"])
    sections = (("countries", "iso"), ("extra", "code"), ("historical", "code"))
    seen_codes = set()
    for section, key in sections:
        entries = doc.get(section, [])
        if not isinstance(entries, list):
            c.error(f"{name} {section}", "must be an array")
            continue
        codes = [e.get(key) for e in entries if isinstance(e, dict)]
        if codes != sorted(codes, key=str):
            c.error(f"{name} {section}", f"not sorted by {key}")
        for e in entries:
            where = f"{name} {section}[{e.get(key) if isinstance(e, dict) else '?'}]"
            if not c.fields(where, e, [key, "label", "names", "demonyms", "metonyms"]):
                continue
            code = e[key]
            if code in seen_codes:
                c.error(where, "duplicate code")
            seen_codes.add(code)
            if section == "countries" and code not in current:
                c.error(where, f"'{code}' is not an ISO 3166-1 alpha-2 code")
            if section == "historical" and code not in historical:
                c.error(where, f"'{code}' is not an ISO 3166-3 code (alpha-2 or alpha-4)")
            if section == "extra" and (code in current or not re.fullmatch(r"X[A-Z]", code)):
                c.error(where, f"'{code}' must be a user-assigned X? code unknown to ISO 3166-1")
            if not isinstance(e["label"], str) or not e["label"].strip():
                c.error(where, "label must be a non-empty string")
                continue
            claim(where, e["label"], code)
            for field in ("names", "demonyms", "metonyms"):
                values = c.strings(f"{where}.{field}", e[field])
                c.sorted_strings(f"{where}.{field}", values)
                for form in values:
                    claim(f"{where}.{field}", form, code)
            if section == "countries" and code in k.UN_MEMBERS:
                if not e["demonyms"] and code not in ("CG", "DM", "SM"):
                    c.error(where, "UN member without a demonym")
                if not e["metonyms"] and code not in NO_CAPITAL:
                    c.error(where, "UN member without a capital (metonyms)")
    missing = k.UN_MEMBERS - {e.get("iso") for e in doc.get("countries", [])
                              if isinstance(e, dict)}
    if missing:
        c.error(name, f"UN members missing: {sorted(missing)}")
    not_countries = c.strings(f"{name} not_countries", doc.get("not_countries", []))
    c.sorted_strings(f"{name} not_countries", not_countries)
    words = set(owner) | {k.fold(r["name"]) for r in k.iso_country_rows()}
    for phrase in not_countries:
        f = k.fold(phrase)
        if f in owner:
            c.error(f"{name} not_countries", f"'{phrase}' is itself a country name")
        elif not any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", f) for w in words):
            c.error(f"{name} not_countries", f"'{phrase}' contains no country name")
    # A shared name is no country's own name, and is shared by two known states or more.
    codes = {e.get(key) for section, key in sections for e in doc.get(section, [])
             if isinstance(e, dict)}
    for i, shared in enumerate(doc.get("shared_names", [])):
        where = f"{name} shared_names[{i}]"
        if not c.fields(where, shared, ["name", "countries"]):
            continue
        if not isinstance(shared["name"], str) or k.fold(shared["name"]) in owner:
            c.error(where, "the name must be a string that no country owns")
        states = c.strings(f"{where}.countries", shared["countries"])
        if len(set(states)) < 2 or not set(states) <= codes:
            c.error(where, f"needs two different known states, not {states}")
    return owner


def check_alliances(c, doc, codes, country_forms, name="alliances.json"):
    c.fields(name, doc, ["version", "about", "alliances"])
    ids, forms = set(), {}
    entries = doc.get("alliances", [])
    if [a.get("id") for a in entries] != sorted(a.get("id", "") for a in entries):
        c.error(name, "alliances not sorted by id")
    for a in entries:
        where = f"{name} [{a.get('id', '?') if isinstance(a, dict) else '?'}]"
        if not c.fields(where, a, ["id", "label", "aliases", "descriptors", "members"],
                        ["historical", "members_note"]):
            continue
        if not isinstance(a["id"], str) or not re.fullmatch(r"[a-z][a-z0-9_]*", a["id"]):
            c.error(where, "id must be snake_case")
        if a["id"] in ids:
            c.error(where, "duplicate id")
        ids.add(a["id"])
        for form in [a["label"]] + c.strings(f"{where}.aliases", a["aliases"]):
            f = k.fold(form)
            if f in forms and forms[f] != a["id"]:
                c.error(where, f"'{form}' also names alliance {forms[f]}")
            if f in country_forms:
                c.error(where, f"'{form}' also names country {country_forms[f]}")
            forms[f] = a["id"]
        c.sorted_strings(f"{where}.aliases", a["aliases"])
        c.sorted_strings(f"{where}.descriptors", c.strings(f"{where}.descriptors",
                                                           a["descriptors"]))
        members = c.strings(f"{where}.members", a["members"])
        if members != sorted(members):
            c.error(f"{where}.members", "not sorted")
        for m in members:
            if m not in codes:
                c.error(f"{where}.members", f"unknown country code '{m}'")
        if not isinstance(a.get("historical", False), bool):
            c.error(where, "historical must be true or false")
        if not isinstance(a.get("members_note", ""), str):
            c.error(where, "members_note must be a string")
    if "unsc" in forms.values():
        if "security council" in forms:
            c.error(name, "plain 'Security Council' must not be an alias (only with UN/U.N.)")
    return ids


def check_titles(c, doc, name="titles.json", required=True):
    c.fields(name, doc, ["version", "about", "titles"])
    cues, roles = [], set()
    for i, t in enumerate(doc.get("titles", [])):
        where = f"{name} titles[{i}]"
        if not c.fields(where, t, ["cue", "role", "kind"]):
            continue
        cue, role, kind = t["cue"], t["role"], t["kind"]
        if not isinstance(cue, str) or not cue or cue != cue.lower() or cue != cue.strip():
            c.error(where, f"cue {cue!r} must be non-empty lower case")
        if kind not in TITLE_KINDS:
            c.error(where, f"kind {kind!r} not in {sorted(TITLE_KINDS)}")
        if not isinstance(role, str):
            c.error(where, "role must be a string")
            continue
        if kind in ("honorific", "relational", "peer") and role:
            c.error(where, f"a {kind} has role ''")
        if kind in ("office", "rank", "profession") and not role:
            c.error(where, f"an {kind} needs a role")
        if re.search(r"defence|labour", role):
            c.error(where, f"role {role!r} must use American spelling")
        cues.append(cue)
        roles.add(role)
    if len(set(cues)) != len(cues):
        c.error(name, "duplicate cues")
    if cues != sorted(cues, key=k.sort_key):
        c.error(name, "titles not sorted by cue")
    if required:
        missing = REQUIRED_CUES - set(cues)
        if missing:
            c.error(name, f"required cues missing: {sorted(missing)}")
    return roles - {""}


def check_people(c, doc, codes, roles, orgs, name="people.json", minimum=1000):
    c.fields(name, doc, ["version", "about", "people"])
    people = doc.get("people", [])
    if len(people) < minimum:
        c.error(name, f"only {len(people)} people (expected at least {minimum})")
    owners = {}
    names = [p.get("name", "") for p in people if isinstance(p, dict)]
    if names != sorted(names, key=k.sort_key):
        c.error(name, "people not sorted by name")
    for p in people:
        where = f"{name} [{p.get('name', '?') if isinstance(p, dict) else '?'}]"
        if not c.fields(where, p, ["name", "aliases", "country", "roles", "name_order"]):
            continue
        full = p["name"]
        if not isinstance(full, str) or not full.strip():
            c.error(where, "name must be a non-empty string")
            continue
        if not full[:1].isupper():
            c.error(where, "name must start with a capital letter")
        if full.isupper() and len(full) > 4:
            c.error(where, "name is all capitals (restore the display case)")
        name_words = {w.lower() for w in full.split()}
        for form in [full] + c.strings(f"{where}.aliases", p["aliases"]):
            f = k.fold(form)
            if owners.get(f, full) != full:
                c.error(where, f"'{form}' also names {owners[f]}")
            owners[f] = full
        c.sorted_strings(f"{where}.aliases", p["aliases"])
        for alias in p["aliases"]:
            if len(alias.split()) == 1 and alias.lower() in name_words:
                c.error(where, f"alias '{alias}' is a bare part of the name")
        if p["country"] not in codes and p["country"] != "":
            c.error(where, f"unknown country '{p['country']}'")
        if p["name_order"] not in ("western", "eastern"):
            c.error(where, "name_order must be 'western' or 'eastern'")
        if not isinstance(p["roles"], list):
            c.error(where, "roles must be an array")
            continue
        for r in p["roles"]:
            if not c.fields(f"{where} role", r, ["role", "country", "from", "to"], ["org"]):
                continue
            if r["role"] not in roles:
                c.error(where, f"role '{r['role']}' is not a role of titles.json")
            if r["country"] not in codes and r["country"] != "":
                c.error(where, f"role country '{r['country']}' unknown")
            if not iso_date(r["from"]) or not iso_date(r["to"]):
                c.error(where, f"role dates must be ISO dates or '': {r['from']!r} {r['to']!r}")
            elif r["from"] and r["to"] and r["from"] > r["to"]:
                c.error(where, f"role ends before it starts: {r['from']} > {r['to']}")
            if "org" in r and r["org"] not in orgs:
                c.error(where, f"role org '{r['org']}' is not an alliance id")


def check_given_names(c, doc, country_forms, name="given_names.json"):
    c.fields(name, doc, ["version", "about", "given_names", "ambiguous", "female", "male"],
             ["word_surnames"])
    c.sorted_strings(f"{name} word_surnames", c.strings(f"{name} word_surnames",
                                                         doc.get("word_surnames", [])))
    given = c.strings(f"{name} given_names", doc.get("given_names", []), False)
    ambiguous = c.strings(f"{name} ambiguous", doc.get("ambiguous", []))
    c.sorted_strings(f"{name} given_names", given)
    c.sorted_strings(f"{name} ambiguous", ambiguous)
    both = {k.fold(g) for g in given} & {k.fold(a) for a in ambiguous}
    if both:
        c.error(name, f"in both lists: {sorted(both)[:10]}")
    # Sex: names of either list, each on one side only.
    female = c.strings(f"{name} female", doc.get("female", []))
    male = c.strings(f"{name} male", doc.get("male", []))
    c.sorted_strings(f"{name} female", female)
    c.sorted_strings(f"{name} male", male)
    if set(female) & set(male):
        c.error(name, f"female and male: {sorted(set(female) & set(male))[:10]}")
    unknown = (set(female) | set(male)) - set(given) - set(ambiguous)
    if unknown:
        c.error(name, f"female or male but no given name: {sorted(unknown)[:10]}")
    for g in given:
        if k.fold(g) in country_forms:
            c.error(name, f"given name '{g}' names a country (move it to 'ambiguous')")
        if " " in g:
            c.error(name, f"given name '{g}' has a space")


def check_organizations(c, doc, name="organizations.json"):
    c.fields(name, doc, ["version", "about", "organizations", "not_people"])
    orgs = c.strings(f"{name} organizations", doc.get("organizations", []), False)
    not_people = c.strings(f"{name} not_people", doc.get("not_people", []), False)
    c.sorted_strings(f"{name} organizations", orgs)
    c.sorted_strings(f"{name} not_people", not_people)
    for n in not_people:
        if len(re.split(r"[ \-]", n)) < 2 and not re.search(r"[A-Z]{2}", n) and n not in ("Xinhua",):
            c.error(f"{name} not_people", f"'{n}' is one word: not shaped like a person name")


def check_boilerplate(c, doc, name="boilerplate.json"):
    c.fields(name, doc, ["version", "about", "line_prefixes", "line_contains", "whole_lines",
                         "block_headers", "line_regex_free"])
    for key in ("line_prefixes", "line_contains", "whole_lines", "block_headers"):
        values = c.strings(f"{name} {key}", doc.get(key, []), False)
        folded = [v.casefold() for v in values]
        if len(set(folded)) != len(folded):
            c.error(f"{name} {key}", "entries differ only in case (matching ignores case)")
    if doc.get("line_regex_free") is not True:
        c.error(name, "line_regex_free must be true")


# ---------------------------------------------------------------------------- driver


def load(c, path):
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        c.error(str(path), f"unreadable: {e}")
        return None, None
    try:
        return json.loads(text), text
    except json.JSONDecodeError as e:
        c.error(str(path), f"invalid JSON at line {e.lineno} column {e.colno} (offset {e.pos}): "
                           f"{e.msg}")
        return None, None


def check_data_dir(c):
    data = k.data_dir()
    docs = {}
    for path in sorted(data.glob("*.json")):
        doc, text = load(c, path)
        if doc is None:
            continue
        c.header(path.name, doc)
        docs[path.name] = doc
        if path.name in OWN and k.render_json(doc) != text:
            c.error(path.name, "not in canonical layout (regenerate, or run fmt.py)")
    for name in OWN:
        if name not in docs:
            c.error(name, "missing")
    if set(OWN) - set(docs):
        return
    current, historical, _ = country_codes(None)
    extra = {e.get("code") for e in docs["countries.json"].get("extra", [])}
    codes = current | historical | extra
    country_forms = check_countries(c, docs["countries.json"])
    alliance_ids = check_alliances(c, docs["alliances.json"], codes, country_forms)
    missing = REQUIRED_ALLIANCES - alliance_ids
    if missing:
        c.error("alliances.json", f"required alliances missing: {sorted(missing)}")
    if len(alliance_ids) < 40:
        c.error("alliances.json", "fewer than 40 alliances")
    roles = check_titles(c, docs["titles.json"])
    check_people(c, docs["people.json"], codes, roles, alliance_ids)
    check_given_names(c, docs["given_names.json"], country_forms)
    check_organizations(c, docs["organizations.json"])
    check_boilerplate(c, docs["boilerplate.json"])


def check_user_dict(c, path):
    """A user dictionary: any of the sections of the data/ files, in the same shapes."""
    doc, _ = load(c, path)
    if doc is None:
        return
    name = Path(path).name
    known = {"version", "about", "people", "alliances", "organizations", "not_people",
             "countries", "extra", "historical", "not_countries", "titles", "given_names"}
    if not isinstance(doc, dict):
        c.error(name, "top level must be an object")
        return
    for key in doc:
        if key not in known:
            c.error(name, f"unknown section '{key}'")
    base = {n: json.loads((k.data_dir() / n).read_text(encoding="utf-8"))
            for n in ("countries.json", "alliances.json", "titles.json")}
    current, historical, extra = country_codes(base["countries.json"])
    codes = current | historical | extra | {e.get("code") for e in doc.get("extra", [])}
    roles = {t["role"] for t in base["titles.json"]["titles"]} - {""}
    orgs = {a["id"] for a in base["alliances.json"]["alliances"]}
    sub = Checker()
    if "titles" in doc:
        roles |= {t.get("role") for t in doc["titles"] if isinstance(t, dict)}
        check_titles(sub, {"version": 1, "about": "", "titles": sorted(
            doc["titles"], key=lambda t: k.sort_key(t.get("cue", "")))}, name, required=False)
    if "alliances" in doc:
        orgs |= {a.get("id") for a in doc["alliances"] if isinstance(a, dict)}
        check_alliances(sub, {"version": 1, "about": "", "alliances": sorted(
            doc["alliances"], key=lambda a: a.get("id", ""))}, codes, {}, name)
    if "people" in doc:
        check_people(sub, {"version": 1, "about": "", "people": sorted(
            doc["people"], key=lambda p: k.sort_key(p.get("name", "")))}, codes, roles, orgs,
            name, minimum=0)
    for key in ("organizations", "not_people", "not_countries", "given_names"):
        if key in doc:
            sub.strings(f"{name} {key}", doc[key])
    for section, key in (("countries", "iso"), ("extra", "code"), ("historical", "code")):
        for e in doc.get(section, []):
            where = f"{name} {section}"
            if sub.fields(where, e, [key], ["label", "names", "demonyms", "metonyms"]):
                if e[key] not in codes:
                    sub.error(where, f"unknown code '{e[key]}'")
                for field in ("names", "demonyms", "metonyms"):
                    if field in e:
                        sub.strings(f"{where}.{field}", e[field])
    # Sorting and layout do not matter in a user dictionary.
    c.errors += [e for e in sub.errors if "not sorted" not in e and "missing fields ['version'"
                 not in e and '"about"' not in e]


OWN = ("countries.json", "alliances.json", "people.json", "titles.json", "given_names.json",
       "organizations.json", "boilerplate.json")


def main():
    c = Checker()
    args = sys.argv[1:]
    if args[:1] == ["--dict"] and len(args) == 2:
        check_user_dict(c, args[1])
    elif args:
        sys.exit(__doc__)
    else:
        check_data_dir(c)
    for e in c.errors:
        print("error: " + e, file=sys.stderr)
    if c.errors:
        print(f"{len(c.errors)} errors", file=sys.stderr)
        sys.exit(1)
    print("data OK" if not args else f"{args[1]}: OK")


if __name__ == "__main__":
    main()
