#!/usr/bin/env python3
"""Builds data/titles.json: role and title cues for finding people and their offices.

Sources: scripts/data/hand/titles.json (hand list: offices, ranks, honorifics, relational words,
professions, and ministerial portfolios expanded here into 'X minister', 'minister of X',
'minister for X', 'deputy X minister', 'X secretary', 'secretary of X', 'secretary of state for
X'), extended with the person-denoting role words of PETRARCH2 Phoenix.agents.txt (MIT, see
data/THIRD_PARTY.md), e.g. AGRICULTURE_MINIST -> "agriculture minister".

Roles are normalised: American spelling ("defence" -> "defense", "labour" -> "labor"), one role
per office whatever the country's wording ("foreign secretary" -> "foreign minister"); the one
deliberate exception is the US "secretary of state", kept as its own role.

Usage (from the repository root):  python3 scripts/data/build_titles.py
"""
import re

import kgdata as k

KINDS = ("office", "rank", "honorific", "relational", "peer", "profession")

# Phoenix agent codes whose person nouns are offices or professions.
OFFICE_CODES = ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "IGO")
PROFESSION_CODES = ("MED", "EDU", "BUS", "OPP", "ELI")

# Last words of a phrase that name a person (not a ministry, court or body).
PERSON_HEADS = {
    "minister", "secretary", "ambassador", "envoy", "diplomat", "president", "premier",
    "chancellor", "governor", "mayor", "admiral", "commander", "chief", "official", "spokesman",
    "spokeswoman", "spokesperson", "adviser", "advisor", "senator", "congressman", "congresswoman",
    "lawmaker", "legislator", "parliamentarian", "judge", "prosecutor", "king", "queen", "prince",
    "princess", "emperor", "empress", "sultan", "emir", "consul", "director", "chairman",
    "chairwoman", "leader", "dictator", "monarch", "ruler", "negotiator", "commissioner",
    "officer", "colonel", "captain", "lieutenant", "sergeant", "marshal", "journalist", "reporter",
    "editor", "correspondent", "columnist", "commentator", "attaché", "attache", "magistrate",
    "justice", "attorney", "lawyer", "speaker", "mp", "deputy", "activist", "dissident",
}
# Phrases ending in a person head that are not people or not useful as cues.
SKIP = {"interim government", "attorney", "deputy", "chief", "justice", "director",
        "law justice and parlaimentary affairs minister", "light colonel",
        "military coup d'etat leader", "highly ranking official", "high ranking offical"}

SPELLING = [
    (r"\bdefence\b", "defense"), (r"\blabour\b", "labor"), (r"\bprogramme\b", "program"),
    (r"\borganisation\b", "organization"), (r"\bcouncillor\b", "councilor"),
    (r"\bcounsellor\b", "counselor"), (r"\badvisor\b", "adviser"),
]


def american(text):
    for pattern, replacement in SPELLING:
        text = re.sub(pattern, replacement, text)
    return text


def portfolio_cues(portfolios, secretary_portfolios):
    cues = []
    adjectives = {"foreign", "home", "digital"}
    for portfolio, role in portfolios.items():
        forms = [f"{portfolio} minister"]
        if portfolio not in adjectives:
            forms += [f"minister of {portfolio}", f"minister for {portfolio}",
                      f"minister of the {portfolio}"]
        cues += [(form, role) for form in forms]
        cues.append((f"deputy {portfolio} minister", "deputy " + role))
    for portfolio, role in secretary_portfolios.items():
        forms = [f"{portfolio} secretary"]
        if portfolio not in adjectives:
            forms += [f"secretary of {portfolio}", f"secretary for {portfolio}",
                      f"secretary of state for {portfolio}"]
        cues += [(form, role) for form in forms]
        if role.endswith(" minister"):
            cues.append((f"deputy {portfolio} secretary", "deputy " + role))
    return [(cue, role, "office") for cue, role in cues]


def phoenix_role(cue, portfolios, hand_suffixes):
    """'minister for agriculture' -> 'agriculture minister' (via the portfolio table when known)."""
    norm = american(cue)
    m = re.fullmatch(r"(deputy |vice )?minister (?:of|for) (?:the )?(.+)", norm)
    if m:
        deputy, portfolio = m.group(1) or "", m.group(2)
        role = portfolios.get(portfolio, portfolios.get(american(portfolio)))
        return deputy + (role or f"{portfolio} minister")
    m = re.fullmatch(r"(deputy |vice )?(.+) minister", norm)
    if m:
        deputy, portfolio = m.group(1) or "", m.group(2)
        role = portfolios.get(portfolio) or portfolios.get(american(portfolio))
        return deputy + (role or norm[len(deputy):])
    for suffix, role in hand_suffixes:
        if (norm == suffix or norm.endswith(" " + suffix)) and role:
            return role
    return norm


def phoenix_cues(portfolios, hand_suffixes):
    cues = []
    path = k.petrarch_dir() / "Phoenix.agents.txt"
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"([^\[{]+?)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        phrase, code = m.group(1).strip(), m.group(2)
        if code.startswith(OFFICE_CODES):
            kind = "office"
        elif code.startswith(PROFESSION_CODES):
            kind = "profession"
        else:
            continue
        phrase = phrase.replace("!MINIST!", "MINISTER").replace("_", " ").lower()
        phrase = " ".join(phrase.split())
        forms = ([phrase.replace("!person!", s) for s in ("man", "woman", "person")]
                 if "!person!" in phrase else [phrase])
        for form in forms:
            form = form.replace("spokes man", "spokesman").replace("spokes woman", "spokeswoman")
            form = form.replace("spokes person", "spokesperson")
            if not re.fullmatch(r"[a-z][a-z '\-]*[a-z]", form) or form in SKIP:
                continue
            if form.split()[-1] not in PERSON_HEADS or form.startswith(("former ", "ex-",
                                                                         "office of ")):
                continue
            cues.append((form, phoenix_role(form, portfolios, hand_suffixes), kind))
    return cues


def main():
    hand = k.read_json(k.hand_dir() / "titles.json")
    portfolios = {american(p): r for p, r in hand["portfolios"].items()}
    portfolios.update(hand["portfolios"])
    # Longest hand cue first: "military spokesman" takes the role of "spokesman".
    hand_suffixes = sorted(((american(c), r) for c, r, _ in hand["titles"]),
                           key=lambda cr: -len(cr[0]))
    ordered = ([tuple(t) for t in hand["titles"]]
               + portfolio_cues(hand["portfolios"], hand["secretary_portfolios"])
               + phoenix_cues(portfolios, hand_suffixes))
    titles = {}
    for cue, role, kind in ordered:  # first one wins: the hand list over generated cues
        assert kind in KINDS, (cue, kind)
        cue = cue.lower()
        titles.setdefault(cue, {"cue": cue, "role": role, "kind": kind})
    result = {
        "version": 1,
        "about": ("Role and title cues around person names: cue (lower case, matched "
                  "case-insensitively as whole words), role (normalised office or profession, "
                  "'' for honorifics and relational words) and kind (office | rank | honorific "
                  "| relational | profession). GENERATED by scripts/data/build_titles.py from "
                  "scripts/data/hand/titles.json and PETRARCH2 Phoenix.agents.txt (MIT, see "
                  "data/THIRD_PARTY.md). DO NOT EDIT."),
        "titles": sorted(titles.values(), key=lambda t: k.sort_key(t["cue"])),
    }
    k.write_json(k.data_dir() / "titles.json", result)
    print(f"data/titles.json: {len(titles)} cues, "
          f"{len({t['role'] for t in titles.values()})} roles")


if __name__ == "__main__":
    main()
