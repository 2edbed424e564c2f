"""Shared helpers for the data converters in scripts/data/ (Python 3 standard library only).

Reading the PETRARCH2/Phoenix dictionaries (TABARI actor format), restoring the case of their
upper-case names, converting their dates and three-letter country codes, and writing our JSON
files deterministically. Paths are relative to the repository root, found from this file.

    from kgdata import repo_root, read_actors, write_json
    for entry in read_actors(shared_dir() / "dictionaries/petrarch2/Phoenix.Countries.actors.txt"):
        print(entry.phrase, entry.synonyms, entry.codes)
"""
import datetime
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ISO_CODES_DIR = Path("/usr/share/iso-codes/json")  # Debian package iso-codes


def repo_root():
    return Path(__file__).resolve().parents[2]


def shared_dir():
    """The team's shared folder: ../shared as seen from the repository root."""
    return repo_root().parent / "shared"


def petrarch_dir():
    return shared_dir() / "dictionaries" / "petrarch2"


def data_dir():
    return repo_root() / "data"


def hand_dir():
    return Path(__file__).resolve().parent / "hand"


# ---------------------------------------------------------------- JSON in and out


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_json(path, obj):
    """Writes UTF-8 JSON with two-space indent, one array item per line for arrays of objects,
    short arrays of strings kept on one line so diffs stay readable."""
    Path(path).write_text(render_json(obj), encoding="utf-8")


def render_json(obj):
    """The exact text write_json writes for obj."""
    return _dump(obj, 0) + "\n"


def _dump(value, indent):
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(v, indent + 1)}"
                 for k, v in value.items()]
        flat = "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {_dump(v, indent + 1)}"
                               for k, v in value.items()) + "}"
        if len(flat) + len(pad) <= 100 and "\n" not in flat:
            return flat
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value):
            flat = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
            if len(flat) + len(pad) <= 100:
                return flat
            # Wrap long arrays of scalars at about 100 columns.
            lines, line = [], ""
            for v in value:
                piece = json.dumps(v, ensure_ascii=False)
                if line and len(inner) + len(line) + len(piece) + 2 > 100:
                    lines.append(line)
                    line = ""
                line = piece if not line else line + ", " + piece
            lines.append(line)
            return "[\n" + ",\n".join(inner + l for l in lines) + "\n" + pad + "]"
        return "[\n" + ",\n".join(inner + _dump(v, indent + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def sort_key(s):
    """Case- and accent-insensitive sort key, ties broken by the raw string (deterministic)."""
    return (fold(s), s)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def unique_sorted(items):
    return sorted(set(items), key=sort_key)


# ---------------------------------------------------------------- ISO 3166


def iso_countries():
    """alpha_3 -> alpha_2 for current ISO 3166-1 entries, plus the set of alpha_2 codes."""
    rows = read_json(ISO_CODES_DIR / "iso_3166-1.json")["3166-1"]
    return {r["alpha_3"]: r["alpha_2"] for r in rows}


def iso_country_rows():
    return read_json(ISO_CODES_DIR / "iso_3166-1.json")["3166-1"]


def iso_historical_rows():
    return read_json(ISO_CODES_DIR / "iso_3166-3.json")["3166-3"]


def historical_code(row, current_alpha2):
    """Our code for a withdrawn ISO 3166-3 entry: its alpha_2 when no current country and no
    other withdrawn entry uses it, else its unambiguous alpha_4 (CSHH Czechoslovakia, CSXX
    Serbia and Montenegro, BYAA Byelorussian SSR)."""
    rows = iso_historical_rows()
    same = [r for r in rows if r["alpha_2"] == row["alpha_2"]]
    if row["alpha_2"] in current_alpha2 or len(same) > 1:
        return row["alpha_4"]
    return row["alpha_2"]


def historical_codes():
    current = {r["alpha_2"] for r in iso_country_rows()}
    return {historical_code(r, current): r for r in iso_historical_rows()}


# Phoenix three-letter codes that are not ISO 3166-1 alpha-3 (or are withdrawn ones).
PHOENIX_EXTRA_CODES = {
    "KSV": "XK",    # Kosovo: user-assigned code, see data/countries.json "extra"
    "DDR": "DD",    # German Democratic Republic (ISO 3166-3)
    "SUN": "SU",    # Soviet Union (ISO 3166-3)
    "USR": "SU",
    "YUG": "YU",    # Yugoslavia (ISO 3166-3)
    "CSK": "CSHH",  # Czechoslovakia (ISO 3166-3 alpha-4: CS is ambiguous)
    "SCG": "CSXX",  # Serbia and Montenegro (ISO 3166-3 alpha-4)
    "ZAR": "ZR",    # Zaire (ISO 3166-3)
    "YMD": "YD",    # South Yemen (ISO 3166-3)
    "VDR": "VD",    # North Vietnam (ISO 3166-3)
    "RHO": "RH",    # Rhodesia (ISO 3166-3)
}


def phoenix_country(code3, alpha3_to_2):
    """ISO alpha-2 (or our historical code) for a Phoenix three-letter code, or None."""
    if code3 in PHOENIX_EXTRA_CODES:
        return PHOENIX_EXTRA_CODES[code3]
    return alpha3_to_2.get(code3)


# ---------------------------------------------------------------- Phoenix / TABARI actor files


@dataclass
class Code:
    code: str          # e.g. "RUSGOV", "IGOWSTNAT"
    start: str = ""    # ISO date or ""
    end: str = ""      # ISO date or ""
    dated: bool = False
    comment: str = ""  # the comment on the code's line, if any


@dataclass
class Actor:
    phrase: str                      # primary phrase, words joined by spaces, upper case
    line: int                        # 1-based line number of the primary phrase
    comment: str = ""                # the comment on the primary phrase's line
    synonyms: list = field(default_factory=list)
    codes: list = field(default_factory=list)
    section: str = ""                # the country code of the last [XXX] country header above


_CODE_RE = re.compile(r"\[([^\]]*)\]")


def _split_comment(text):
    i = text.find("#")
    if i < 0:
        return text, ""
    return text[:i], text[i + 1:].strip().strip("#").strip()


def clean_phrase(raw):
    """'SERGEY_V._LAVROV_ ' -> 'SERGEY V. LAVROV'."""
    s = raw.replace("_", " ")
    return " ".join(s.split())


def parse_date(text):
    """TABARI date (YYMMDD or YYYYMMDD) -> ISO date, or '' when malformed. Two-digit years up to
    15 are 20YY (the files were last extended around 2015), the rest 19YY."""
    if not text.isdigit():
        return ""
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= 15 else "19") + text
    if len(text) != 8:
        return ""
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()
    except ValueError:
        return ""


def _parse_code(body, comment):
    parts = body.split()
    if not parts:
        return None
    code = Code(code=parts[0], comment=comment)
    if len(parts) > 1:
        spec = "".join(parts[1:])
        code.dated = True
        if spec.startswith(">"):
            code.start = parse_date(spec[1:])
            code.dated = bool(code.start)
        elif spec.startswith("<"):
            code.end = parse_date(spec[1:])
            code.dated = bool(code.end)
        elif "-" in spec:
            a, b = spec.split("-", 1)
            code.start, code.end = parse_date(a), parse_date(b)
            code.dated = bool(code.start and code.end)
            if not code.dated:
                code.start = code.end = ""
        else:
            code.dated = False
    return code


def read_actors(path):
    """Yields Actor entries of a TABARI .actors file in file order."""
    entries = []
    current = None
    section = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n\r")
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if line[0] in " \t" or stripped.startswith("["):
                if current is None:
                    continue
                text, comment = _split_comment(stripped)
                for body in _CODE_RE.findall(text):
                    code = _parse_code(body, comment)
                    if code:
                        current.codes.append(code)
                continue
            if stripped.startswith("+"):
                if current is None:
                    continue
                text, _ = _split_comment(stripped[1:])
                text = _CODE_RE.sub(" ", text)
                phrase = clean_phrase(text)
                if phrase:
                    current.synonyms.append(phrase)
                continue
            text, comment = _split_comment(stripped)
            codes = _CODE_RE.findall(text)
            phrase = clean_phrase(_CODE_RE.sub(" ", text))
            current = Actor(phrase=phrase, line=number, comment=comment, section=section)
            for body in codes:
                code = _parse_code(body, comment)
                if code:
                    current.codes.append(code)
            if len(codes) == 1 and re.fullmatch(r"[A-Z]{3}", codes[0].strip()):
                section = codes[0].strip()
                current.section = section
            entries.append(current)
    return entries


# ---------------------------------------------------------------- case restoration

_LOWER_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von",
                    "der", "den", "ter", "la", "le", "bin", "ibn", "bint", "y", "e", "of",
                    "the", "and"}


def _cap(word):
    """'MCCAIN' -> 'McCain', "O'BRIEN" -> "O'Brien", 'D'ESCOTO' -> "d'Escoto" is left 'D'Escoto'."""
    if not word:
        return word
    w = word.lower()
    if re.fullmatch(r"[a-z]\.", w) or re.fullmatch(r"([a-z]\.)+", w):
        return w.upper()
    if re.fullmatch(r"m[c][a-z]{2,}", w):
        return "Mc" + w[2].upper() + w[3:]
    if "'" in w:
        head, tail = w.split("'", 1)
        if len(head) == 1 and tail:
            return head.upper() + "'" + tail[:1].upper() + tail[1:]
        return head[:1].upper() + head[1:] + "'" + tail
    return w[:1].upper() + w[1:]


def title_case_name(phrase, eastern=False):
    """Upper-case Phoenix person name -> display form: 'SERGEY V. LAVROV' -> 'Sergey V. Lavrov',
    'BAN KI-MOON' (eastern) -> 'Ban Ki-moon', 'MIGUEL D'ESCOTO BROCKMANN' -> ...,
    'BASHAR AL-ASSAD' -> 'Bashar al-Assad'. Roman numerals stay upper case."""
    words = phrase.split()
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if re.fullmatch(r"[ivx]+", lower) and i > 0 and len(lower) <= 4:
            out.append(word.upper())
            continue
        if 0 < i < len(words) - 1 and lower in _LOWER_PARTICLES:
            out.append(lower)
            continue
        parts = word.split("-")
        capped = []
        for j, part in enumerate(parts):
            pl = part.lower()
            if j == 0 and len(parts) > 1 and pl in ("al", "el", "ad", "as", "ash", "at", "az", "ar",
                                                      "an") and i > 0:
                capped.append(pl)
            elif j > 0 and eastern and i > 0:
                capped.append(pl)
            else:
                capped.append(_cap(part))
        out.append("-".join(capped))
    return " ".join(out)


def edit_distance(a, b):
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def similarity(a, b):
    """1 - normalised edit distance of two folded strings."""
    a, b = fold(a), fold(b)
    if not a and not b:
        return 1.0
    return 1.0 - edit_distance(a, b) / max(len(a), len(b))


# The 193 member states of the United Nations (ISO 3166-1 alpha-2).
UN_MEMBERS = set("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE
DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR
LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK
NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM
ZW
""".split())
