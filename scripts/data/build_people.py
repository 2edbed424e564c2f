#!/usr/bin/env python3
"""Builds data/people.json: well-known office holders with aliases and dated roles.

Sources: the political people of PETRARCH2 Phoenix.Countries.actors.txt and
Phoenix.International.actors.txt (MIT, see data/THIRD_PARTY.md), kept when they hold at least one
dated government, military, legislative, judicial or international-organisation code (e.g.
SERGEY_LAVROV_ [RUSGOV >20040309] # Foreign Minister) or a comment naming an office; plus
scripts/data/hand/people.json, current (2020s) leaders the Phoenix files lack, which win over
Phoenix for name, country and name order.

Names are restored to display case ("SERGEY_V._LAVROV" -> "Sergey V. Lavrov"); titles and
country words in front of a name are removed ("RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV" is the
alias "Sergey Lavrov"); aliases are other full spellings, never a bare surname, and the spellings
without Latin diacritics that wire copy uses ("Luiz Inacio Lula da Silva"); an alias claimed by
two people is dropped from both. Roles come from the comment when it names an office, else from
the code's sector (GOV -> "official", MIL -> "military officer", LEG -> "lawmaker", JUD -> "judge",
SPY -> "intelligence official", COP -> "police officer"); IGO codes give country "" and the
alliance id in "org".

Run after build_countries.py and build_titles.py (it reads their output to strip titles).
Usage (from the repository root):  python3 scripts/data/build_people.py
"""
import re
import sys
import unicodedata
from collections import defaultdict

import kgdata as k

SECTOR_ROLES = {"GOV": "official", "MIL": "military officer", "LEG": "lawmaker", "JUD": "judge",
                "SPY": "intelligence official", "COP": "police officer"}

# Phoenix IGO code prefixes -> data/alliances.json ids (longest prefix wins).
IGO_ORGS = {
    "IGOUNOIAE": "iaea", "IGOUNOHLHWHO": "who", "IGOUNODEVWBK": "world_bank",
    "IGOUNOWBK": "world_bank", "IGOUNO": "un", "IGOBUSIMF": "imf", "IGOBUSWTO": "wto",
    "IGOWSTNAT": "nato", "IGOEUREEC": "eu", "IGOSEAASN": "asean", "IGOAFRAFU": "african_union",
    "IGOAFROAU": "african_union", "IGOMEAARL": "arab_league", "IGOARBARL": "arab_league",
    "IGOBUSOPC": "opec", "IGOOAS": "oas", "IGOCWN": "commonwealth", "IGOSASSAA": "saarc",
    "IGOSAFDEVSAD": "sadc", "IGOWAFWAS": "ecowas", "IGOEAFEAC": "eac", "IGOMOSOIC": "oic",
    "IGOEURBUSEFT": "efta", "IGOCRB": "caricom",
}

# Comment abbreviations -> words our title cues know.
COMMENT_WORDS = [
    (r"\bamb\b\.?", "ambassador"), (r"\bsec(?:retary)?\s*def\b", "secretary of defense"),
    (r"\bsec(?:retary)?\s*(?:of\s+)?state\b", "secretary of state"), (r"\bdep\b\.?", "deputy"),
    (r"\bmin\b\.?", "minister"), (r"\bnatsecad\b", "national security adviser"),
    (r"\bdci\b", "cia director"), (r"\bcmdr\b", "commander"),
]

ORG_WORDS = set("""
MINISTRY PARTY ARMY COUNCIL GOVERNMENT FORCES FORCE ASSEMBLY COMMITTEE UNION FRONT MOVEMENT COURT
BANK AGENCY ORGANIZATION ORGANISATION COMMISSION DEPARTMENT OFFICE SERVICE SERVICES POLICE GUARD
GUARDS CONGRESS PARLIAMENT SENATE HOUSE CABINET ADMINISTRATION REGIME AUTHORITY INSTITUTE
UNIVERSITY COLLEGE SCHOOL CHURCH FEDERATION ASSOCIATION SOCIETY LEAGUE BRIGADE BRIGADES BATTALION
DIVISION CORPS NAVY MILITARY REBELS REBEL INSURGENTS MILITIA MILITIAS GROUP NETWORK TRIBE CLAN
PEOPLE PEOPLES NATIONAL REPUBLIC STATE STATES KINGDOM DYNASTY FAMILY COMPANY CORPORATION CORP INC
LTD AIRLINES NEWS TIMES RADIO TV TELEVISION PRESS DAILY POST JOURNAL MAGAZINE CHANNEL COMMAND
HEADQUARTERS EMBASSY CONSULATE MISSION DELEGATION PROGRAM PROGRAMME FUND PROJECT CAMPAIGN
COALITION ALLIANCE BLOC TALIBAN QAEDA HAMAS HEZBOLLAH HIZBALLAH ISLAMIC ISLAMISTS MUSLIM
CHRISTIAN JEWISH CATHOLIC SUPPORTERS OPPOSITION CITIZENS RESIDENTS PROTESTERS STUDENTS WORKERS
SOLDIERS TROOPS OFFICIALS LEADERS MEMBERS PROVINCE REGION DISTRICT CITY ISLAND ISLANDS RIVER SEA
COAST VALLEY MOUNTAINS PORT AIRPORT PALACE SQUARE STREET TREATY ACCORD AGREEMENT COUNCILS
GENERAL_STAFF INTELLIGENCE SECURITY DEFENSE DEFENCE FOREIGN AFFAIRS MINISTERS SECRETARIAT
AUTHORITIES JUNTA NGO NGOS UN UNHCR UNICEF COMMUNITY CENTRE CENTER FOUNDATION TRUST CLUB
BUREAU DIRECTORATE ACADEMY COMMISSIONERS FACTION FACTIONS PARTISANS EXILES REFUGEES PRISONERS
""".split())

# Common Chinese surnames: a Singaporean or Malaysian name starting with one is surname-first.
CHINESE_SURNAMES = set("""
LEE LI LIM TAN GOH NG WONG TEO ONG CHAN CHEN CHUA KOH LOW YEO SIM TAY HO YAP LOH CHEW CHONG
""".split())
EASTERN_COUNTRIES = {"CN", "TW", "HK", "MO", "KR", "KP", "VN", "KH"}

STRIP_WORDS = {"former", "ex", "ex-", "the", "ousted", "late", "acting", "interim", "deposed",
               "exiled", "self-proclaimed", "outgoing", "incoming", "then", "new", "top",
               "senior", "veteran", "retired", "un", "u.n.", "united", "nations", "nato", "eu",
               "e.u.", "iaea", "world", "bank", "imf", "of", "and", "s", "'s"}


class Vocabulary:
    """Title cues and country words used to strip prefixes off Phoenix phrases."""

    def __init__(self):
        titles = k.read_json(k.data_dir() / "titles.json")["titles"]
        self.cues = {t["cue"]: t for t in titles}
        self.max_cue = max(len(c.split()) for c in self.cues)
        countries = k.read_json(k.data_dir() / "countries.json")
        self.country_words = set()
        for entry in countries["countries"] + countries["extra"] + countries["historical"]:
            for form in [entry["label"]] + entry["names"] + entry["demonyms"]:
                self.country_words.add(form.lower())
        iso = k.iso_country_rows()
        for row in iso:
            self.country_words.add(row["name"].lower())
        self.allowed_roles = {t["role"] for t in titles}

    def title_at(self, words, i):
        """Length of the longest title cue starting at words[i], or 0."""
        for n in range(min(self.max_cue, len(words) - i), 0, -1):
            if " ".join(words[i:i + n]) in self.cues:
                return n
        return 0

    def country_at(self, words, i):
        for n in range(min(5, len(words) - i), 0, -1):
            if " ".join(words[i:i + n]) in self.country_words:
                return n
        return 0

    def strip_prefix(self, phrase):
        """'RUSSIAN FOREIGN MINISTER SERGEY LAVROV' -> 'SERGEY LAVROV'. Country words are only
        removed together with a title ('ISRAEL KATZ' stays)."""
        words = phrase.split()
        lower = [w.lower() for w in words]
        i, saw_title, last_title_end = 0, False, 0
        while i < len(words):
            n = self.title_at(lower, i)
            if n:
                i += n
                saw_title, last_title_end = True, i
                continue
            n = self.country_at(lower, i)
            if n:
                i += n
                continue
            if lower[i] in STRIP_WORDS:
                i += 1
                continue
            break
        if not saw_title:
            return phrase
        return " ".join(words[last_title_end:]) if i < last_title_end else " ".join(words[i:])

    def comment_role(self, comment):
        text = comment.lower()
        for pattern, replacement in COMMENT_WORDS:
            text = re.sub(pattern, replacement, text)
        words = re.findall(r"[a-z][a-z'\-\.]*", text)
        best = None
        for i in range(len(words)):
            n = self.title_at(words, i)
            if n:
                cue = self.cues[" ".join(words[i:i + n])]
                if cue["kind"] in ("office", "rank") and cue["role"] and (
                        best is None or n > best[0]):
                    best = (n, cue["role"])
        return best[1] if best else ""


def person_shaped(phrase):
    words = phrase.split()
    if not 2 <= len(words) <= 6:
        return False
    for w in words:
        if w in ORG_WORDS or not re.fullmatch(r"[A-Z][A-Z'\.\-]*", w):
            return False
    # At least two words that are not bare initials.
    return sum(1 for w in words if len(w.strip(".")) > 1) >= 2


def igo_org(code):
    for prefix in sorted(IGO_ORGS, key=len, reverse=True):
        if code.startswith(prefix):
            return IGO_ORGS[prefix]
    return ""


def roles_of(actor, vocab, alpha3):
    """Returns (roles, qualifies) for a Phoenix actor."""
    roles, qualifies = [], False
    for code in actor.codes:
        comment_role = vocab.comment_role(code.comment) if code.comment else ""
        if code.code.startswith("IGO"):
            role = {"role": comment_role or "official", "country": "", "from": code.start,
                    "to": code.end, "org": igo_org(code.code)}
        else:
            country = k.phoenix_country(code.code[:3], alpha3)
            sector = SECTOR_ROLES.get(code.code[3:6])
            if not country or not sector:
                continue
            role = {"role": comment_role or sector, "country": country, "from": code.start,
                    "to": code.end, "org": ""}
        if role["from"] and role["to"] and role["from"] > role["to"]:
            continue  # a typo in the source: the office ends before it starts
        if code.dated or comment_role:
            qualifies = True
            roles.append(role)
    return roles, qualifies


def eastern_order(words, country, western_given):
    first = words[0].upper()
    if country in EASTERN_COUNTRIES:
        return first.title() not in western_given
    if country in ("SG", "MY"):
        return first in CHINESE_SURNAMES
    return False


def display_name(phrase, country, western_given):
    eastern = eastern_order(phrase.split(), country, western_given)
    return k.title_case_name(phrase, eastern), "eastern" if eastern else "western"


def main_country(roles):
    dated = [r for r in roles if r["country"]]
    if not dated:
        return ""
    dated.sort(key=lambda r: (r["from"] or r["to"] or "0000", r["to"] or "9999"))
    return dated[-1]["country"]


def phoenix_people(vocab, western_given):
    alpha3 = k.iso_countries()
    people = []
    for filename in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for actor in k.read_actors(k.petrarch_dir() / filename):
            roles, qualifies = roles_of(actor, vocab, alpha3)
            if not qualifies:
                continue
            names = []
            for phrase in [actor.phrase] + actor.synonyms:
                stripped = vocab.strip_prefix(phrase)
                if person_shaped(stripped) and stripped not in names:
                    names.append(stripped)
            if not names or not person_shaped(vocab.strip_prefix(actor.phrase)):
                # The primary phrase must itself be a person ("UN SECRETARY GENERAL" is not).
                continue
            country = main_country(roles)
            canonical, order = display_name(names[0], country, western_given)
            aliases = [display_name(n, country, western_given)[0] for n in names[1:]]
            people.append({"name": canonical, "aliases": aliases, "country": country,
                           "roles": roles, "name_order": order,
                           "source": f"{filename}:{actor.line}"})
    return people


def hand_people():
    people = []
    for p in k.read_json(k.hand_dir() / "people.json")["people"]:
        roles = []
        for r in p["roles"]:
            role, country, start, end = r[:4]
            roles.append({"role": role, "country": country, "from": start, "to": end,
                          "org": r[4] if len(r) > 4 else ""})
        people.append({"name": p["name"], "aliases": list(p["aliases"]), "country": p["country"],
                       "roles": roles, "name_order": p["name_order"], "source": "hand",
                       "hand": True})
    return people


def role_key(r):
    return (r["from"] or "0000", r["to"] or "9999", r["role"], r["country"], r["org"])


def merge(people):
    """Merges entries with one folded name. Two Phoenix entries of one name whose countries
    differ are two people: both are dropped (a wrong merge is worse than a missed one)."""
    by_name = defaultdict(list)
    for p in people:
        by_name[k.fold(p["name"])].append(p)
    merged, dropped = [], []
    for group in by_name.values():
        hand = [p for p in group if p.get("hand")]
        base = dict(hand[0]) if hand else dict(group[0])
        countries = {p["country"] for p in group if p["country"]}
        if not hand and len(countries) > 1:
            dropped.append(base["name"])
            continue
        if hand:
            # Phoenix entries of the hand person's name join only from the same country.
            group = hand + [p for p in group if not p.get("hand")
                            and p["country"] in ("", base["country"])]
        aliases, roles = [], []
        for p in group:
            aliases += p["aliases"] + [p["name"]]
            roles += p["roles"] if p.get("hand") or not hand else [
                r for r in p["roles"] if not overlaps_any(r, hand[0]["roles"])]
        base["aliases"] = aliases
        base["roles"] = roles
        merged.append(base)
    return merged, dropped


def overlaps_any(role, others):
    """True when a Phoenix role overlaps in time a hand role of the same country or org: the
    hand list then says better what the office was."""
    start, end = role["from"] or "0000", role["to"] or "9999"
    for o in others:
        if (o["country"], o["org"]) != (role["country"], role["org"]) and not (
                o["country"] and o["country"] == role["country"]):
            continue
        if start <= (o["to"] or "9999") and (o["from"] or "0000") <= end:
            return True
    return False


def clean_roles(roles, allowed):
    seen, out = set(), []
    for r in sorted(roles, key=role_key):
        if r["role"] not in allowed:
            sys.exit(f"build_people: role '{r['role']}' is not in data/titles.json")
        entry = {"role": r["role"], "country": r["country"], "from": r["from"], "to": r["to"]}
        if r["org"]:
            entry["org"] = r["org"]
        key = tuple(entry.items())
        if key not in seen:
            seen.add(key)
            out.append(entry)
    # A Phoenix "official" role is redundant when a named office covers the same start.
    named = {(r["country"], r["from"]) for r in out if r["role"] != "official"}
    return [r for r in out if r["role"] != "official" or (r["country"], r["from"]) not in named]


def clean_aliases(person, vocab):
    name_words = {w.lower() for w in person["name"].split()}
    out = set()
    for alias in person["aliases"]:
        alias = " ".join(alias.split())
        stripped = vocab.strip_prefix(alias)
        if stripped != alias:
            alias = stripped
        if k.fold(alias) == k.fold(person["name"]):
            continue
        words = alias.split()
        # Never a bare surname; a one-word alias is kept only as a nickname (hand list).
        if len(words) < 2 and (not person.get("hand") or alias.lower() in name_words):
            continue
        out.add(alias)
    return out


def resolve_alias_conflicts(people):
    owners = defaultdict(set)
    for i, p in enumerate(people):
        owners[k.fold(p["name"])].add(i)
    names = {k.fold(p["name"]) for p in people}
    alias_owners = defaultdict(set)
    for i, p in enumerate(people):
        for a in p["aliases"]:
            alias_owners[k.fold(a)].add(i)
    removed = 0
    for i, p in enumerate(people):
        keep = set()
        for a in p["aliases"]:
            f = k.fold(a)
            # Another person's name, or shared; the person's own name in another spelling
            # ("Luiz Inacio Lula da Silva" for "Luiz Inácio Lula da Silva") stays.
            if (f in names and owners[f] != {i}) or len(alias_owners[f]) > 1:
                removed += 1
                continue
            keep.add(a)
        p["aliases"] = keep
    return removed


def ascii_spellings(person):
    """The name and aliases without their Latin diacritics, as wire copy writes them
    ("Luiz Inacio Lula da Silva", "Antonio Guterres"), where they differ."""
    out = []
    for form in [person["name"]] + person["aliases"]:
        plain = unicodedata.normalize("NFKD", form)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        if plain != form and plain.isascii() and plain not in out:
            out.append(plain)
    return out


def main():
    vocab = Vocabulary()
    western_given = set(k.read_json(k.hand_dir() / "given_names.json")["western"])
    phoenix = phoenix_people(vocab, western_given)
    people, dropped = merge(hand_people() + phoenix)
    for p in people:
        p["aliases"] = clean_aliases(p, vocab) | set(ascii_spellings(p))
    conflicts = resolve_alias_conflicts(people)
    out = []
    for p in sorted(people, key=lambda p: k.sort_key(p["name"])):
        roles = clean_roles(p["roles"], vocab.allowed_roles)
        out.append({"name": p["name"], "aliases": k.unique_sorted(p["aliases"]),
                    "country": p["country"] or main_country(
                        [dict(r, org=r.get("org", "")) for r in roles]),
                    "roles": roles, "name_order": p["name_order"]})
    result = {
        "version": 1,
        "about": ("Well-known people (heads of state and government, ministers, officials, "
                  "leaders of international organisations): canonical display name, aliases "
                  "(other full spellings and transliterations, never bare surnames), main country "
                  "(ISO alpha-2, '' for international civil servants), dated roles (vocabulary of "
                  "data/titles.json; 'org' = data/alliances.json id) and name_order (eastern = "
                  "surname first). GENERATED by scripts/data/build_people.py from PETRARCH2 "
                  "Phoenix.Countries.actors.txt and Phoenix.International.actors.txt (MIT, see "
                  "data/THIRD_PARTY.md) and scripts/data/hand/people.json. DO NOT EDIT."),
        "people": out,
    }
    k.write_json(k.data_dir() / "people.json", result)
    print(f"data/people.json: {len(out)} people ({len(phoenix)} Phoenix entries, "
          f"{len(dropped)} ambiguous names dropped, {conflicts} shared aliases dropped)")


if __name__ == "__main__":
    main()
