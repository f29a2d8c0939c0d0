"""The reference organisations (data/reference/organizations.csv) and the type rules.

`lookup_org(name)` finds the organisation a name, Chinese name, acronym or alias denotes
(exactly, then fuzzily for long English names); `classify_org(name)` gives the SPEC org_type
(the table's, else the first matching rule of org_type_rules.csv); `org_home(text)` is the home
place of the longest reference organisation named in a venue phrase.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import fuzz, process

from etl.extract.text import has_cjk, view_of
from etl.gazetteer import Place, country_hint
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


@lru_cache(maxsize=65536)   # the same names recur in every article of a corpus
def name_key(name: str) -> str:
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
            # "Department of Science and Technology (Philippines)": without its bracket the
            # name is any country's, so it is found only with its country
            k = _qualified_key(n or "") or name_key(n or "")
            if k:
                by_key.setdefault(k, org)
        if org.acronym:
            by_acronym.setdefault(org.acronym.casefold(), org)
            if " " in org.acronym:          # "UC Berkeley", "TU Delft" read like names
                by_key.setdefault(name_key(org.acronym), org)
    return tuple(rows), by_key, by_acronym


def _qualified_key(name: str) -> str | None:
    """The key of a name that holds a bracketed country ("… (Philippines)"), with that
    country; None for other names."""
    for m in _BRACKETS.finditer(name):
        country = country_hint(m.group()[1:-1].strip())
        if country:
            return f"{name_key(name)}@{country}"
    return None


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[str, ...]:
    return tuple(k for k in _reference()[1] if len(k) >= 10)


@lru_cache(maxsize=512)
def _fuzzy_keys_near(n: int) -> tuple[str, ...]:
    """The fuzzy keys, in order, whose length lets fuzz.ratio with a key of `n` characters
    reach 92: the ratio is 100 * (1 - distance / (n + m)) and the distance is at least
    |n - m|, so a key 10 % of the two lengths longer or shorter cannot (the bound 8 % would
    do; the order kept, the best key found and its ties are the same as over every key)."""
    return tuple(k for k in _fuzzy_keys() if abs(len(k) - n) * 10 <= len(k) + n)


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


_NATIONAL_PREFIX = re.compile(r"(?:中华人民共和国|中国|国家)")


@lru_cache(maxsize=8192)
def lookup_org(name: str) -> RefOrg | None:
    """The reference organisation `name` denotes: exact name/zh/acronym/alias, then fuzzy.
    Traditional characters are read as Simplified, as the table is written."""
    return _lookup(view_of(name or ""))


def _lookup(name: str) -> RefOrg | None:
    name = (name or "").strip()
    if not name or len(name) > 300:
        return None
    _rows, by_key, by_acronym = _reference()
    bare = re.sub(r"^the\s+", "", _BRACKETS.sub("", name).strip(), flags=re.I).strip(" .,")
    if bare and " " not in bare and not has_cjk(bare) and bare.casefold() in by_acronym:
        return by_acronym[bare.casefold()]
    qualified = _qualified_key(name)
    if qualified in by_key:
        return by_key[qualified]
    key = name_key(name)
    if not key:
        return None
    if key in by_key:
        return by_key[key]
    if has_cjk(name):
        # "国家科技部": the mainland's own body, with the word for "national" before its name
        national = _NATIONAL_PREFIX.match(name)
        if national:
            rest = name_key(name[national.end():])
            if rest in by_key and len(rest) >= 3 and by_key[rest].country_code in (None, "CHN"):
                return by_key[rest]
        # "美国麻省理工学院": a country or city written before a known Chinese name.
        for i in range(1, 5):
            rest = name_key(name[i:])
            country = country_hint(name[:i]) if rest in by_key and len(rest) >= 3 else None
            if country:
                # 美国商务部 is not China's 商务部: the country must be the body's own
                return by_key[rest] if by_key[rest].country_code in (None, country) else None
        return None
    if len(key) < 10 or len(_tokens(name)) < 2:
        return None
    hit = process.extractOne(key, _fuzzy_keys_near(len(key)), scorer=fuzz.ratio, score_cutoff=92)
    if hit is None:
        return None
    cand = by_key[hit[0]]
    cand_names = [n for n in (cand.name, *cand.aliases) if name_key(n) == hit[0]]
    if cand_names and _tokens_agree(_tokens(name), _tokens(cand_names[0])):
        return cand
    return None


def reference_automata(keep: Callable[[RefOrg], bool] = lambda org: True,
                       shortest: Callable[[str], int] = lambda name: 2
                       ) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """Automata over the reference names/aliases (case-folded) and acronyms (as written) of
    the rows `keep` accepts, names at least `shortest(name)` characters long; each hit is
    (length, row)."""
    names, acronyms = ahocorasick.Automaton(), ahocorasick.Automaton()
    for org in _reference()[0]:
        if not keep(org):
            continue
        for n in (org.name, org.name_zh, *org.aliases):
            if n and len(n) >= shortest(n):
                names.add_word(n.casefold(), (len(n), org))
        if org.acronym and len(org.acronym) >= 2:
            acronyms.add_word(org.acronym, (len(org.acronym), org))
    for a in (names, acronyms):
        if len(a):
            a.make_automaton()
    return names, acronyms


@lru_cache(maxsize=1)
def _home_automata():
    """The reference names and acronyms of rows that say where the organisation is."""
    return reference_automata(lambda org: bool(org.city or org.province_code or org.country_code))


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    latin = not has_cjk(text[start:end])
    return not latin or (not before.isalnum() and not after.isalnum())


def org_home(text: str) -> Place | None:
    """Home Place of the longest reference organisation named inside `text` (venues)."""
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
    """org_type of `name`: the reference table's when known, else the first matching rule; a
    unit named after its owner's possessive ("CSIRO's Newcastle Energy Centre") that no rule
    types is the owner's type."""
    ref = lookup_org(name)
    if ref:
        return ref.org_type
    found = _classify_by_rules(view_of(name or ""))
    owner = _POSSESSIVE_UNIT.match(name or "") if found == "other" else None
    return classify_org(owner.group(1)) if owner else found


_POSSESSIVE_UNIT = re.compile(r"^(?:the\s+)?([A-Z][^'’]{1,80}?)['’]s\s+\S")
