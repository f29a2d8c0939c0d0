"""Organisations: who hosted, organised, supported, partnered or signed, and what they are.

Three jobs, all driven by reference tables users extend:
- `find_organizations(text)`: names with the role they play, from English and Chinese list
  constructions ("hosted by A, B and C", "由A、B主办", "主办单位：A、B").
- `lookup_org(name)` / `org_home(text)`: data/reference/organizations.csv (names, Chinese names,
  acronyms, aliases, type, home place).
- `classify_org(name)`: data/reference/org_type_rules.csv for organisations not in the table.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import fuzz, process

from etl.extract.records import OrgMention
from etl.extract.text import evidence_at, has_cjk, spans_of
from etl.gazetteer import Place, country_code, country_hint
from etl.reference import read_csv


@dataclass(frozen=True)
class RefOrg:
    name: str
    name_zh: str | None
    acronym: str | None
    aliases: tuple[str, ...]
    org_type: str
    country_code: str | None
    city: str | None
    province_code: str | None


# ---------------------------------------------------------------- reference table

_STOPWORDS = frozenset({"the", "of", "and", "for", "at", "in", "on", "de", "du", "des", "la",
                        "le", "und", "fur", "di", "del"})
# Abbreviations written in names ("Tsinghua Univ.", "Natl. Center"): spelling, not facts.
_ABBREVIATIONS = {"univ": "university", "inst": "institute", "dept": "department",
                  "natl": "national", "intl": "international", "assoc": "association",
                  "assn": "association", "ctr": "center", "centre": "center", "acad": "academy",
                  "sci": "science", "tech": "technology", "co": "company", "ltd": "limited",
                  "corp": "corporation", "organisation": "organization"}
_COUNTRY_SUFFIX = re.compile(
    r"\s+of\s+(?:the\s+)?(?:p\.?\s*r\.?\s*c(?:hina)?\.?|people'?s republic of china)\s*$", re.I)
_BRACKETS = re.compile(r"[(（\[][^()（）\[\]]*[)）\]]")
_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u9fff\uf900-\ufaff]")


def _tokens(name: str) -> list[str]:
    s = unicodedata.normalize("NFKC", name or "").replace("’", "'")
    s = _BRACKETS.sub(" ", s)
    s = _COUNTRY_SUFFIX.sub("", s.strip())
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.casefold().replace("&", " and ").replace("'s ", "s ")
    toks = [_ABBREVIATIONS.get(t, t) for t in _TOKEN.findall(s)]
    return [t for t in toks if t not in _STOPWORDS]


def _key(name: str) -> str:
    """Case-, space- and punctuation-free key: 'Xi'an Jiao Tong Univ.' == 'Xian Jiaotong University'."""
    return "".join(_tokens(name))


def _none(v: str) -> str | None:
    return v or None


@lru_cache(maxsize=1)
def _reference() -> tuple[tuple[RefOrg, ...], dict[str, RefOrg], dict[str, RefOrg]]:
    """(rows, name/alias key → row, acronym → row), first row wins on a clash."""
    rows, by_key, by_acronym = [], {}, {}
    for r in read_csv("organizations.csv"):
        if not r.get("name"):
            continue
        org = RefOrg(r["name"], _none(r.get("name_zh", "")), _none(r.get("acronym", "")),
                     tuple(a.strip() for a in r.get("aliases", "").split("|") if a.strip()),
                     r.get("org_type") or "other", _none(r.get("country_code", "")),
                     _none(r.get("city", "")), _none(r.get("province_code", "")))
        rows.append(org)
        for n in (org.name, org.name_zh, *org.aliases):
            k = _key(n or "")
            if k:
                by_key.setdefault(k, org)
        if org.acronym:
            by_acronym.setdefault(org.acronym.casefold(), org)
            if " " in org.acronym:          # "UC Berkeley", "TU Delft" read like names
                by_key.setdefault(_key(org.acronym), org)
    return tuple(rows), by_key, by_acronym


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[str, ...]:
    return tuple(k for k in _reference()[1] if len(k) >= 10)


_GENERIC = frozenset({"university", "institute", "technology", "science", "sciences", "national",
                      "international", "center", "association", "academy", "college",
                      "department", "ministry", "commission", "company", "limited", "group",
                      "research", "development", "china", "chinese", "provincial", "municipal"})


def _tokens_agree(a: list[str], b: list[str]) -> bool:
    """Every distinctive word of each name has a near twin in the other ('Hunan' ≠ 'Henan')."""
    def covered(t: str, others: list[str]) -> bool:
        return any(o == t or o.startswith(t) or t.startswith(o)
                   or (len(t) >= 6 and fuzz.ratio(t, o) >= 85) for o in others)
    return all(covered(t, b) for t in a if t not in _GENERIC) and \
        all(covered(t, a) for t in b if t not in _GENERIC)


@lru_cache(maxsize=8192)
def lookup_org(name: str) -> RefOrg | None:
    """The reference organisation `name` denotes: exact name/zh/acronym/alias, then fuzzy."""
    try:
        return _lookup(name)
    except Exception:  # noqa: BLE001 - lookup must never break extraction
        return None


def _lookup(name: str) -> RefOrg | None:
    name = (name or "").strip()
    if not name or len(name) > 300:
        return None
    _rows, by_key, by_acronym = _reference()
    bare = re.sub(r"^the\s+", "", _BRACKETS.sub("", name).strip(), flags=re.I).strip(" .,")
    if bare and " " not in bare and not has_cjk(bare) and bare.casefold() in by_acronym:
        return by_acronym[bare.casefold()]
    key = _key(name)
    if not key:
        return None
    if key in by_key:
        return by_key[key]
    if has_cjk(name):
        # "美国麻省理工学院": a country or city written before a known Chinese name.
        for i in range(1, 5):
            rest = _key(name[i:])
            if rest in by_key and len(rest) >= 3 and country_hint(name[:i]):
                return by_key[rest]
        return None
    if len(key) < 10 or len(_tokens(name)) < 2:
        return None
    hit = process.extractOne(key, _fuzzy_keys(), scorer=fuzz.ratio, score_cutoff=92)
    if hit is None:
        return None
    cand = by_key[hit[0]]
    cand_names = [n for n in (cand.name, *cand.aliases) if _key(n) == hit[0]]
    if cand_names and _tokens_agree(_tokens(name), _tokens(cand_names[0])):
        return cand
    return None


@lru_cache(maxsize=1)
def _home_automata():
    """Automata over reference names/aliases (case-folded) and acronyms (as written)."""
    names, acronyms = ahocorasick.Automaton(), ahocorasick.Automaton()
    for org in _reference()[0]:
        if not (org.city or org.province_code or org.country_code):
            continue
        for n in (org.name, org.name_zh, *org.aliases):
            if n and len(n) >= 2:
                names.add_word(n.casefold(), (len(n), org))
        if org.acronym and len(org.acronym) >= 2:
            acronyms.add_word(org.acronym, (len(org.acronym), org))
    for a in (names, acronyms):
        if len(a):
            a.make_automaton()
    return names, acronyms


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    latin = not has_cjk(text[start:end])
    return not latin or (not before.isalnum() and not after.isalnum())


def org_home(text: str) -> Place | None:
    """Home Place of the longest reference organisation named inside `text` (venues)."""
    try:
        if not text:
            return None
        names, acronyms = _home_automata()
        best: tuple[int, RefOrg] | None = None
        folded = text.casefold()
        for auto, hay in ((names, folded if len(folded) == len(text) else None),
                          (acronyms, text)):
            if hay is None or not len(auto):
                continue
            for end, (n, org) in auto.iter(hay):
                start = end - n + 1
                if _word_bounded(text, start, end + 1) and (best is None or n > best[0]):
                    best = (n, org)
        if best is None:
            return None
        org = best[1]
        return Place(org.city, org.province_code, org.country_code)
    except Exception:  # noqa: BLE001
        return None


# ---------------------------------------------------------------- type rules

@lru_cache(maxsize=1)
def _type_rules() -> tuple[tuple[re.Pattern, str, str], ...]:
    rules = []
    for r in read_csv("org_type_rules.csv"):
        try:
            rx = re.compile(r["pattern"], re.I)
        except (re.error, KeyError):
            continue
        rules.append((int(r.get("priority") or 100), rx, r.get("lang") or "any",
                      r.get("org_type") or "other"))
    rules.sort(key=lambda x: x[0])
    return tuple((rx, lang, t) for _p, rx, lang, t in rules)


@lru_cache(maxsize=8192)
def _classify_by_rules(name: str) -> str:
    lang = "zh" if has_cjk(name) else "en"
    clean = name.strip()
    for rx, rule_lang, org_type in _type_rules():
        if rule_lang in (lang, "any") and rx.search(clean):
            return org_type
    return "other"


@lru_cache(maxsize=8192)
def classify_org(name: str) -> str:
    """org_type of `name`: the reference table's when known, else the first matching rule."""
    try:
        ref = lookup_org(name)
        return ref.org_type if ref else _classify_by_rules(name or "")
    except Exception:  # noqa: BLE001
        return "other"


# ---------------------------------------------------------------- English lists

_EN_TRIGGERS: tuple[tuple[str, str], ...] = (
    (r"(?:jointly|co-?)\s*(?:hosted|held|convened|launched)\s+by", "host"),
    (r"(?:co-?organi[sz]ed|co-?sponsored|assisted)\s+by", "co_organizer"),
    (r"(?:jointly\s+)?(?:organi[sz]ed|undertaken|implemented|executed)\s+by", "organizer"),
    (r"(?:hosted|held|convened|initiated)\s+by", "host"),
    (r"(?:supported|sponsored|funded|guided|endorsed)\s+by", "supporter"),
    (r"under\s+the\s+(?:guidance|auspices|leadership|direction|patronage|support)\s+of", "supporter"),
    (r"with\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:support|guidance|sponsorship)\s+(?:of|from)",
     "supporter"),
    (r"in\s+(?:collaboration|cooperation|co-operation|partnership|conjunction|coordination)\s+"
     r"with", "partner"),
    # "organized by A together with B": B plays the role of the trigger before it.
    (r"(?:together|jointly)\s+with", "same"),
    (r"partnered\s+with", "partner"),
    (r"attended\s+by", "participant"),
    (r"(?:agreements?|MoUs?|memorand(?:um|a)(?:\s+of\s+understanding)?|contracts?)\s+"
     r"(?:was\s+|were\s+)?(?:signed\s+)?between", "signatory"),
    (r"signed\s+by", "signatory"),
)
# The word lookahead lets the engine skip most positions before trying the long alternation.
_TRIGGER_RX = re.compile(
    r"(?=[jcouiehsfgwpamt])\b(?=(?:jointly|co|organi|undertaken|implemented|executed|hosted|held|convened|initiated|"
    r"supported|sponsored|funded|guided|endorsed|under|with|in|partnered|attended|agreement|mou|"
    r"memorand|contract|signed|assisted|together)\w*\b)(?:"
    + "|".join(f"(?P<t{i}>{p})" for i, (p, _r) in enumerate(_EN_TRIGGERS)) + r")\b", re.I)
_TRIGGER_KEYS = (" by", " of ", " with ", " from ", "between")
_TRIGGER_KEY_RX = re.compile("|".join(re.escape(k) for k in _TRIGGER_KEYS))
_LATIN3 = re.compile(r"[A-Za-z]{3}")

# Words that may be written in lower case inside an English organisation name.
_NAME_LOWER = frozenset({"of", "and", "for", "the", "de", "du", "des", "la", "le", "di", "del",
                         "und", "für", "y", "e", "&"})
_HONORIFIC_OR_TITLE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Madam|Director|President|Vice|Deputy|Secretary|"
    r"Chairman|Chairwoman|Chair|Head|Dean|Chief|Mayor|Governor|Minister|Consul|Ambassador|"
    r"Counsellor|Counselor|General Manager|CEO|Founder|Academician|Party)\b\.?")
_EVENT_OR_DOC = re.compile(
    r"\b(?:Forum|Conference|Summit|Expo|Fair|Week|Training|Meeting|Workshop|Seminar|Symposium|"
    r"Competition|Contest|Ceremony|Session|Report|Programme|Program|Plan|Project|Initiative|"
    r"Syllabus|Award|Prize)s?$", re.I)
_LIST_INTRO = re.compile(r"^.*?\b(?:including|such as|namely|like|among them|among which)\b\s*",
                         re.I)
_LIST_TAIL = re.compile(
    r"\s*,?\s*(?:and|as well as|&)\s+(?:many\s+|several\s+|dozens of\s+)?other\b.*$|"
    r"\s*,?\s*etc\.?.*$", re.I)
_HEAD_WORDS = (
    r"\b(?:University|College|Institutes?|Institutet|Academy|Association|Society|Federation|"
    r"Alliance|Network|Center|Centre|Commission|Committee|Bureau|Department|Ministry|"
    r"Government|Administration|Directorate(?:-General)?|Office|Park|Zone|Exchange|Market|Group|Company|Corporation|"
    r"Inc|Ltd|Limited|GmbH|Hospital|Foundation|Council|Agency|Organi[sz]ation|Consultancy|"
    r"Salon|Platform|Lab|Laboratory|Laboratories|School|Fund|Bank|Union|Consortium|Chamber|"
    r"Consulate|Embassy|Hub|Incubator|Accelerator|Press|Daily|News|Media|Online|Holdings|"
    r"Base|Polytechnic|Politecnico|Universit\w+|Area)\b")
_HEAD = re.compile(_HEAD_WORDS + r"\.?\)?$")       # a name that ends like a whole name
_HEAD_ANY = re.compile(_HEAD_WORDS)
_SUBUNIT = re.compile(r"^(?:the\s+)?(?:Department|Institute|School|Office|Center|Centre|Division|"
                      r"Faculty|College|Bureau|Laboratory|Lab|Section|Unit)\s+(?:of|for)\b", re.I)
_PARENT = re.compile(r"^(?:the\s+)?(?:Ministry|University|Academy|Chinese Academy)\b|"
                     r"\b(?:University|Universit\w+|Institute of Technology|Academy of Sciences|"
                     r"Ministry of [A-Z][\w ]+)(?:\s+of\s+[A-Z][\w' ]+)?$")
_ACRONYM_TOKEN = re.compile(r"\b[A-Z][A-Z0-9&]{1,9}\b")
_BRACKET_END = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")
_BRACKET_MID = re.compile(r"\s*[(（]([^()（）]*)[)）]")


def _looks_like_acronym(s: str) -> bool:
    s = s.strip()
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]{0,11}", s)) and \
        sum(c.isupper() for c in s) >= 2


@lru_cache(maxsize=8192)
def _is_org_like(name: str) -> bool:
    if lookup_org(name):
        return True
    if _EVENT_OR_DOC.search(name) or _HONORIFIC_OR_TITLE.match(name):
        return False
    if _classify_by_rules(name) != "other" or _HEAD_ANY.search(name):
        return True
    return bool(_ACRONYM_TOKEN.search(name))


def _cut_lowercase(item: str) -> tuple[str, bool]:
    """The item up to its first word that cannot belong to a name; True when it was cut."""
    words = item.split(" ")
    for i, w in enumerate(words):
        core = w.strip("“”\"'‘’(),")
        if i == 0 and core and lookup_org(core):
            continue   # a name its owners write in lower case ("imec")
        if core and core[0].islower() and core not in _NAME_LOWER and not core[0].isdigit():
            return _TRAILING_JOINER.sub("", " ".join(words[:i])).strip(" ,;"), True
    return item, False


_TRAILING_JOINER = re.compile(r"(?:\s+(?:and|of|for|the|&|as well as))+\s*$")
# "the Flemish innovation agency VLAIO", "the Ningbo-based company X": the name after a
# lower-case description.
_DESCRIPTOR = re.compile(
    r"\b(?:the|a|an)\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?(?-i:agency|company|firm|"
    r"organi[sz]ation|body|operator|start-?up|incubator|accelerator|consultancy|chipmaker|"
    r"maker|manufacturer|provider|developer|platform|network|association|foundation|fund)\s+"
    r"(?=[A-Z])")
_PLACE_TAIL = re.compile(r"\b(?:Province|Municipality|City|Prefecture|County|Region|District|"
                         r"State|Autonomous Region)$")
# "University of Oxford's Oxford University Innovation": the unit, not its owner.
_OWNER = re.compile(r"^(?P<owner>[A-Z][\w .&-]*?)['’]s\s+(?=[A-Z])")


def _split_and(item: str) -> list[str]:
    """Split 'A and B' only where A ends like a whole name ('… University and the B')."""
    parts = re.split(r"(\s+(?:and|&)\s+)", item)
    if len(parts) == 1:
        return [item]
    out = [parts[0]]
    seps, rights = parts[1::2], parts[2::2]
    for k, (sep, p) in enumerate(zip(seps, rights, strict=True)):
        left = out[-1]
        left_whole = bool(_HEAD.search(left)) or bool(_ACRONYM_TOKEN.search(left.split()[-1])) \
            or left.endswith(")") or lookup_org(left) is not None \
            or (bool(_PLACE_TAIL.search(left)) and bool(_HEAD_ANY.search(left)))
        rest = p + "".join(s + r for s, r in zip(seps[k + 1:], rights[k + 1:], strict=True))
        right_ok = bool(re.match(r"(?:the\s+)?[A-Z\u3400-\u9fff]", p)) and \
            _is_org_like(re.sub(r"^the\s+", "", rest))
        if left_whole and right_ok:
            out.append(p)
        else:
            out[-1] = f"{left}{sep}{p}"
    return out


def _clean_name(item: str) -> tuple[str, str | None, str | None]:
    """(name, acronym, country_hint) of one list item with its brackets."""
    acronym = hint = None
    name = item.strip(" ,;:\"“”")
    if name.endswith(".") and not re.search(r"\b(?:Ltd|Co|Inc|Corp|Bhd|S\.A|N\.V)\.$", name):
        name = name.rstrip(".")
    name = re.sub(r"^(?:the|and|as well as)\s+", "", name, flags=re.I).strip()
    owner = _OWNER.match(name)
    if owner and (lookup_org(owner.group("owner")) or _HEAD_ANY.search(owner.group("owner"))):
        name = name[owner.end():]
    while True:
        m = _BRACKET_END.search(name) or _BRACKET_MID.search(name)
        if not m:
            break
        inner = m.group(1).strip()
        if inner and country_code(inner):
            hint = hint or country_code(inner)
        elif inner and _looks_like_acronym(inner.split()[0]) and acronym is None:
            acronym = inner.split()[0]
        name = (name[:m.start()] + " " + name[m.end():]).strip()
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return name, acronym, hint


def _parse_en_list(segment: str) -> list[tuple[str, str | None, str | None]]:
    seg = _DESCRIPTOR.sub("", _LIST_TAIL.sub("", segment.strip()))
    intro = _LIST_INTRO.match(seg)
    if intro and intro.end() < len(seg):
        seg = seg[intro.end():]
    # Commas inside brackets and legal forms ("Co., Ltd.") belong to the name.
    seg = re.sub(r"\b(Co|Inc|Corp)\.?\s*,\s*(?=Ltd|Limited|LLC)", "\\1.\x00 ", seg)
    depth, chars = 0, []
    for c in seg:
        depth += c in "(（"
        depth -= c in ")）" and depth > 0
        chars.append("\x00" if c == "," and depth else c)
    raw = [p.replace("\x00", ",").strip() for p in re.split(r"\s*[,;，、]\s*", "".join(chars))]
    items: list[str] = []
    for p in raw:
        if not p:
            continue
        p = re.sub(r"^(?:and|as well as|&)\s+", "", p, flags=re.I)
        p = re.sub(r"^the\s+", "", p, flags=re.I)
        if not p or not (p[0].isupper() or p[0].isdigit() or has_cjk(p[0])
                         or lookup_org(p.split(" ")[0].strip(",;"))):
            break
        p, was_cut = _cut_lowercase(p)
        for k, q in enumerate(_split_and(p) if p else []):
            q = re.sub(r"^the\s+", "", q, flags=re.I).strip()
            if not q:
                continue
            bare = _BRACKET_END.sub("", q.rstrip(".")).strip()
            # Only a comma joins a unit to its parent; "A and B" are two organisations.
            if items and k == 0 and (_SUBUNIT.match(items[-1]) and _PARENT.search(bare)):
                items[-1] = f"{items[-1]}, {q}"      # "Institute of X, Y University"
            elif items and not _HEAD.search(bare) and not _is_org_like(bare) \
                    and re.search(r"\bof [A-Z][\w-]*(?:, [A-Z][\w-]*)*$", items[-1]) \
                    and not country_hint(bare):
                items[-1] = f"{items[-1]}, {q}"      # "Department of Science, Technology and …"
            else:
                items.append(q)
        if was_cut:
            break
    out = []
    for it in items:
        name, acronym, hint = _clean_name(it)
        if name and len(name) <= 160 and _is_org_like(name):
            out.append((name, acronym, hint))
    return out


def _en_mentions(text: str) -> list[tuple[str, str | None, str | None, str, int]]:
    found = []
    for a, b in spans_of(text):
        s = text[a:b]
        if not _TRIGGER_KEY_RX.search(s) or (has_cjk(s) and not _LATIN3.search(s)):
            continue
        matches = list(_TRIGGER_RX.finditer(s))
        prev_role = "partner"
        for i, m in enumerate(matches):
            role = next(_EN_TRIGGERS[int(k[1:])][1] for k, v in m.groupdict().items() if v)
            role = prev_role if role == "same" else role
            prev_role = role
            end = matches[i + 1].start() if i + 1 < len(matches) else len(s)
            segment = re.sub(r"[\s,;]*(?:\band|\bas well as)?[\s,;]*$", "", s[m.end():end])
            segment = segment.lstrip(" :：")
            items = _parse_en_list(segment)
            if role == "participant" and (re.match(r"\s*(?:the\s+)?(?:Mr|Ms|Mrs|Dr|Prof)\b",
                                                    segment) or len(items) == 0):
                continue
            for name, acronym, hint in items:
                found.append((name, acronym, hint, role, a + m.start()))
    return found + _en_label_mentions(text) + _en_postposed_mentions(text)


# "A and B were among the co-organizers", "C acted as the host".
_EN_POSTPOSED = re.compile(
    r"\s+(?:was|were|is|are|acted\s+as|served\s+as)\s+(?:also\s+)?(?:among\s+)?(?:the\s+|its\s+)?"
    r"(?:event's\s+)?(?P<label>co-?organi[sz]ers?|organi[sz]ers?|co-?hosts?|hosts?|sponsors?|"
    r"supporters?|partners?)\b", re.I)


def _en_postposed_mentions(text: str) -> list[tuple[str, str | None, str | None, str, int]]:
    found = []
    for a, b in spans_of(text):
        s = text[a:b]
        m = _EN_POSTPOSED.search(s)
        if m is None:
            continue
        subject = re.split(r"[;:]\s*", s[:m.start()])[-1]
        role = _en_label_role(m.group("label"))
        for name, acronym, hint in _parse_en_list(subject):
            found.append((name, acronym, hint, role, a))
    return found


# "Organizers: A, B; Co-organizer: C" — programme pages and press-release footers.
_EN_LABEL = re.compile(
    r"(?:^|[;；]\s*)\s*(?P<label>co-?organi[sz]ers?|co-?hosts?|hosts?|organi[sz]ers?|"
    r"supporters?|supporting\s+(?:organi[sz]ations?|units?|institutions?)|sponsors?|"
    r"guiding\s+(?:units?|organi[sz]ations?)|(?:strategic\s+|media\s+)?partners?)\s*[:：]\s*",
    re.I)
_EN_LABEL_ROLE = (("co", "co_organizer"), ("host", "host"), ("organi", "organizer"),
                  ("partner", "partner"), ("strategic", "partner"), ("media", "partner"))


def _en_label_role(label: str) -> str:
    label = label.lower()
    if label.startswith("co-host") or label.startswith("cohost"):
        return "host"
    return next((r for k, r in _EN_LABEL_ROLE if label.startswith(k)), "supporter")


def _en_label_mentions(text: str) -> list[tuple[str, str | None, str | None, str, int]]:
    found = []
    if ":" not in text and "：" not in text:
        return found
    for a, b in spans_of(text):
        s = text[a:b]
        labels = list(_EN_LABEL.finditer(s))
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(s)
            role = _en_label_role(m.group("label"))
            for name, acronym, hint in _parse_en_list(s[m.end():end].rstrip(" .;")):
                found.append((name, acronym, hint, role, a + m.start()))
    return found


_HEADLINE = re.compile(
    r"^\s*(?P<x>[^,;:.]{2,80}?)\s+(?:holds|hosts|held|hosted|organi[sz]es|organi[sz]ed|convenes|"
    r"launches|co-hosts|to host|will host)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?P<ev>.+)$")
_HEADLINE_PARTNER = re.compile(
    r"^\s*(?P<x>[^,;:.]{2,80}?)\s+(?:partners|teams up|cooperates|collaborates|"
    r"(?P<sign>signs|inks)\s+(?:an?\s+|the\s+)?[\w\s-]{0,40}?(?:agreement|MoU|memorandum[\w\s]*?))"
    r"\s+with\s+(?:the\s+)?(?P<y>[^,;:]{2,100}?)\s*(?:\s+(?:on|to|for|in)\s+.*)?$")
_EVENT_NOUN = re.compile(r"\b(?:Forum|Conference|Summit|Expo|Fair|Training|Meeting|Workshop|"
                         r"Seminar|Symposium|Competition|Contest|Week|Congress|Convention|"
                         r"Conclave|Webinar|Challenge|Ceremony|Showcase|Day|Festival|Roadshow|"
                         r"Hackathon)s?\b", re.I)
# The lede's "On 21 April, X held a webinar", "Today, the X opened the Y Forum".
_LEDE_HOST = re.compile(
    r"^\s*(?:(?:On|In|Today|Yesterday|This|Last|From|Between|During)\b[^,]{0,40},\s*)?"
    r"(?:the\s+)?(?P<x>[A-Z][^,;:.]{1,80}?)\s+"
    r"(?:held|hosted|organi[sz]ed|convened|opened|staged|launched|welcomed)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+)?(?P<ev>[^.;]{0,120})")
# "the Annual Conference 2022 of the University Network for … (UNITT) was held": its owner hosts.
_EVENT_OF = re.compile(
    r"\b(?:Conference|Forum|Meeting|Summit|Congress|Assembly|Convention|Symposium)"
    r"(?:\s+(?:19|20)\d\d)?\s+of\s+(?:the\s+)?"
    r"(?P<x>[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|&|[A-Z][\w&'’.-]*))*)"
    r"(?:\s*\([^)]{1,15}\))?\s+(?:was|were|is)\s+(?:\w+\s+)?(?:held|convened|opened)")
# "a delegation led by the vice president of X visited Y": Y received X.
_VISIT = re.compile(
    r"\bdelegation\s+(?:led\s+by\s+[^,.;]{0,60}?\s+)?(?:of|from)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|&|[A-Z][\w&'’.-]*))*)[^.;]{0,80}?"
    r"\bvisited\s+(?:the\s+)?(?P<b>[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|&|[A-Z][\w&'’.-]*))*)")


def _headline_mentions(text: str) -> list[tuple[str, str | None, str | None, str, int]]:
    found, seen_lines, pos = [], 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen_lines += 1
        if seen_lines > 4:
            break
        if seen_lines > 1:
            for a, _b in spans_of(line)[:2]:
                lede = _LEDE_HOST.match(line[a:])
                if lede and _EVENT_NOUN.search(lede.group("ev")):
                    name, acronym, hint = _clean_name(_cut_lowercase(lede.group("x"))[0])
                    if name and lookup_org(name):
                        found.append((name, acronym, hint, "host", start + a))
        if len(line) > 200:
            continue
        m = _HEADLINE.match(line)
        if m and _EVENT_NOUN.search(m.group("ev")):
            name, acronym, hint = _clean_name(m.group("x"))
            if name and _is_org_like(name):
                found.append((name, acronym, hint, "host", start))
        m = _HEADLINE_PARTNER.match(line)
        if m:
            role = "signatory" if m.group("sign") else "partner"
            for part in (m.group("x"), m.group("y")):
                name, acronym, hint = _clean_name(part)
                if name and _is_org_like(name):
                    found.append((name, acronym, hint, role, start))
    return found


_BETWEEN = re.compile(
    r"\b(?:cooperation|co-operation|partnership|collaboration)\s+between\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|&|[A-Z][\w&'’.-]*))*?)\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w&'’.-]*(?:\s+(?:of|for|&|[A-Z][\w&'’.-]*))*)")
_SIGNED = re.compile(
    r"(?:^|[,;]\s*)(?:the\s+)?(?P<a>[A-Z][\w&'’.-]*(?:\s+(?:of|for|&|[A-Z][\w&'’.-]*))*?)"
    r"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w&'’.-]*(?:\s+(?:of|for|&|[A-Z][\w&'’.-]*))*)"
    r"\s+(?:signed|inked)\s+(?:an?|the)\b")


@lru_cache(maxsize=1024)
def _acronym_rx(acronym: str) -> re.Pattern:
    letters = r"\s+(?:(?:of|and|for|&)\s+)?".join(f"{c}[\\w-]+" for c in acronym)
    return re.compile(r"(?:[A-Z][\w-]*\s+){0,4}" + letters + r"\b")


def _expand_acronym(text: str, acronym: str) -> str | None:
    """The longest capitalised phrase of `text` whose last words spell `acronym` ('ECZ')."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    best = None
    for m in _acronym_rx(acronym).finditer(text):
        phrase = m.group().strip()
        if best is None or len(phrase) > len(best):
            best = phrase
    return best


def _pair_mentions(text: str) -> list[tuple[str, str | None, str | None, str, int]]:
    found = []
    for m in _EVENT_OF.finditer(text) if " of " in text else ():
        name = _clean_name(m.group("x"))[0]
        if name and (lookup_org(name) or _HEAD_ANY.search(name)):
            found.append((name, None, None, "host", m.start()))
    for m in _VISIT.finditer(text) if "visited" in text else ():
        for group, role in (("a", "participant"), ("b", "host")):
            name = _clean_name(_cut_lowercase(m.group(group))[0])[0]
            if name and _is_org_like(name) and (lookup_org(name) or classify_org(name) != "other"):
                found.append((name, None, None, role, m.start()))
    for rx, role, key in ((_BETWEEN, "partner", "between"), (_SIGNED, "signatory", "signed")):
        if key not in text:
            continue
        for m in rx.finditer(text):
            names = [_clean_name(m.group(g))[0] for g in ("a", "b")]
            names = [_cut_lowercase(n)[0] for n in names]
            resolved = []
            for n in names:
                if n and not lookup_org(n) and re.fullmatch(r"[A-Z]{2,6}", n):
                    n = _expand_acronym(text, n) or ""
                resolved.append(n if n and _is_org_like(n) and
                                (lookup_org(n) or classify_org(n) != "other") else "")
            if all(resolved):
                for n in resolved:
                    found.append((n, None, None, role, m.start()))
    return found


# ---------------------------------------------------------------- Chinese lists

_ZH_ROLE = {"联合主办": "host", "共同主办": "host", "主办": "host", "承办": "organizer",
            "协办": "co_organizer", "参与支持": "supporter", "大力支持": "supporter",
            "支持": "supporter", "指导": "supporter", "合作": "partner", "参与": "participant"}
_ZH_SUFFIX = re.compile(r"(?:联合主办|共同主办|主办|承办|协办|参与支持|大力支持|支持|指导)(?:单位)?$")
_ZH_LABEL = re.compile(r"(?P<label>联合主办|共同主办|主办|承办|协办|支持|指导|合作|参与)"
                       r"(?:(?:单位|方)\s*(?:[:：]|为|是)|\s*[:：])\s*")
_ZH_GUIDANCE = re.compile(r"在(?P<list>[^。；，]{2,200}?)的(?:大力|亲切)?(?:指导|支持)(?:和(?:指导|支持))?下")
_ZH_ORG_END = re.compile(
    r"(?:大学|学院|学校|研究院|研究所|研究会|中心|协会|学会|联盟|联合会|委员会|管委会|政府|部|厅|局|司|"
    r"委|办|办公室|处|署|院|所|公司|集团|银行|医院|园|园区|区|基金会|网络|网|在线|报|报社|社|台|机构|"
    r"平台|组织|俱乐部|沙龙|交易所|市场|基地|实验室|商会|科委|教委|馆)$")
_ZH_AND = re.compile(r"(?<=[学院部厅局委会所司心团区园司台社网盟行府室办])(?:和|与|及|以及)")
# "由A主办、B承办、C协办的…": several roles chained inside one clause.
_ZH_CHAIN = re.compile(r"由(?P<chain>[^。；！？由]{2,300}?(?:联合主办|共同主办|主办|承办|协办|支持|指导))"
                       r"(?:单位)?(?=的|并|[，,。；]|$)")
_ZH_CHAIN_SPLIT = re.compile(r"(联合主办|共同主办|主办|承办|协办|支持|指导)")
_ZH_ETC = re.compile(r"等(?:[\d一二三四五六七八九十百千数多余几]*[家个所名位]|单位|机构|高校|企业|部门|"
                     r"国内外|知名|共同)?.*$")


def _parse_zh_list(segment: str) -> list[tuple[str, str | None, str | None]]:
    seg = _ZH_ETC.sub("", segment.strip())
    seg = re.sub(r"^.*由", "", seg)
    seg = re.sub(r"^(?:并|和|及|以及|与|还|由|会议|本次|大会|论坛|活动|专场)+", "", seg)
    out = []
    for part in re.split(r"[、，,；;]\s*", seg):
        for item in _ZH_AND.split(part):
            item = re.sub(r"(?:共同|联合)$", "", item.strip(" ：:“”\""))
            if not item:
                continue
            name, acronym, hint = _clean_name(item)
            name = re.sub(r"\s+", "", name) if has_cjk(name) else name
            if 2 <= len(name) <= 60 and (lookup_org(name) or _ZH_ORG_END.search(name)):
                out.append((name, acronym, hint))
    return out


# "福州大学、厦门大学等高校与企业签订了…协议": both sides of a signing.
_ZH_SIGN = re.compile(r"(?:^|[，。；：])(?P<a>[^，。；：]{2,120}?)与(?P<b>[^，。；：与]{2,60}?)"
                      r"(?:现场|正式|共同)?(?:签订|签署|签约)")


def _zh_mentions(text: str) -> list[tuple[str, str | None, str | None, str, int]]:
    found = []
    for m in _ZH_SIGN.finditer(text) if "签" in text else ():
        for group in ("a", "b"):
            for name, acr, hint in _parse_zh_list(m.group(group)):
                found.append((name, acr, hint, "signatory", m.start(group)))
    for a, b in spans_of(text):
        s = text[a:b]
        if not has_cjk(s):
            continue
        for m in _ZH_GUIDANCE.finditer(s):
            for name, acr, hint in _parse_zh_list(m.group("list")):
                found.append((name, acr, hint, "supporter", a + m.start()))
        labels = list(_ZH_LABEL.finditer(s))
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(s)
            role = _ZH_ROLE[m.group("label")]
            for name, acr, hint in _parse_zh_list(s[m.end():end].rstrip("。；;")):
                found.append((name, acr, hint, role, a + m.start()))
        if labels:
            continue
        for m in _ZH_CHAIN.finditer(s):
            parts = _ZH_CHAIN_SPLIT.split(m.group("chain"))
            if len(parts) < 3:
                continue
            for chunk, kw in zip(parts[0::2], parts[1::2], strict=False):
                for name, acr, hint in _parse_zh_list(chunk.strip("、，,和及与")):
                    found.append((name, acr, hint, _ZH_ROLE[kw], a + m.start()))
        pos = 0
        for clause in re.split(r"(?<=[，,：:])", s):
            c_start, pos = pos, pos + len(clause)
            body = clause.rstrip("，,：: 。；;！？\n")
            m = _ZH_SUFFIX.search(body)
            if not m:
                continue
            kw = m.group().removesuffix("单位")
            items = _parse_zh_list(_ZH_GUIDANCE.sub("", body[:m.start()]))
            for name, acr, hint in items:
                found.append((name, acr, hint, _ZH_ROLE[kw], a + c_start))
    return found


# ---------------------------------------------------------------- assembly

def find_organizations(text: str) -> list[OrgMention]:
    """Organisations with the role they play in the event, in order of first mention."""
    try:
        return _find(text or "")
    except Exception:  # noqa: BLE001 - extraction never raises on odd input
        return []


def _find(text: str) -> list[OrgMention]:
    if not text.strip():
        return []
    raw = _headline_mentions(text) + _en_mentions(text) + _zh_mentions(text) + \
        _pair_mentions(text)
    raw.sort(key=lambda r: r[4])
    out: list[OrgMention] = []
    index: dict[tuple[str, str], int] = {}
    for name, acronym, hint, role, pos in raw:
        ref = lookup_org(name) or (lookup_org(acronym) if acronym else None)
        canon = _key(ref.name) if ref else _key(name)
        if not canon:
            continue
        acronym = acronym or _defined_acronym(text, name) or (ref.acronym if ref else None)
        if acronym is None and _looks_like_acronym(name) and " " not in name:
            acronym = name
        mention = OrgMention(name=name, role=role, acronym=acronym,
                             country_hint=hint or (ref.country_code if ref else None)
                             or country_hint(name),
                             lang="zh" if has_cjk(name) else "en",
                             evidence=evidence_at(text, pos))
        if (canon, role) not in index:
            index[(canon, role)] = len(out)
            out.append(mention)
        elif out[index[(canon, role)]].lang == "zh" and mention.lang == "en":
            # A bilingual release names each organisation twice: keep the English name.
            out[index[(canon, role)]] = mention
    return out


def _defined_acronym(text: str, name: str) -> str | None:
    """'Name (ACR)' written anywhere in the text."""
    if has_cjk(name) or len(name) < 6:
        return None
    # The first occurrence followed by a bracket, as one regex search would find it; a
    # substring scan avoids compiling a pattern per name.
    m = None
    i = text.find(name)
    while i >= 0:
        m = _ACRONYM_AFTER.match(text, i + len(name))
        if m:
            break
        i = text.find(name, i + 1)
    if m and _looks_like_acronym(m.group(1)) and not country_code(m.group(1)):
        return m.group(1)
    return None


_ACRONYM_AFTER = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z&]{1,9})\s*[)）]")
