"""Organisation names anywhere in a text: text → spans with offsets (a recogniser).

Names are found four ways, all driven by data/reference tables:
- reference organisations (names, Chinese names, aliases, acronyms of organizations.csv);
- an English name grammar: a run of capitalised words that holds a head noun (University,
  Ministry, Fund, Ltd … in org_heads.csv), ending at the last head or its "of …" complement;
  "Name (ACR)" defines an acronym that later stands for the name;
- a Chinese name grammar: a head noun (大学, 研究院, 厅, 局, 公司 …) and the characters before
  it back to a boundary word (由, 在, 主办, 包括 … in org_name_words.csv), split at 和/与/及
  where the left part is itself a whole name; 省/市/区 abbreviations are kept as written;
- lists whose kind is named after them or before them ("蓝帆、齐鲁等6家企业", "companies such
  as A and B"): their items are organisations even without a head noun.

The role an organisation plays is not decided here (see etl/extract/roles.py).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from etl.extract.org_reference import RefOrg, lookup_org
from etl.extract.text import non_overlapping, original_span
from etl.gazetteer import country_code, find_places
from etl.reference import read_csv


@dataclass(frozen=True)
class OrgSpan:
    """One organisation name in the text: [start, end) and the name as the article writes it."""
    start: int
    end: int
    name: str
    acronym: str | None = None
    ref: RefOrg | None = None
    listed_type: str | None = None    # org_type given by the list it stands in ("等9家企业")
    tail: int = -1                     # end including a bracket that follows ("(KUST)", "（中国）")
    parent: str | None = None          # the body it belongs to ("the X Office of Y University")

    @property
    def stop(self) -> int:
        """Where the name and its bracket end: a list goes on from here."""
        return max(self.end, self.tail)


@dataclass(frozen=True)
class _Words:
    en_heads: frozenset[str]
    zh_heads: dict[str, int]          # head → characters the name needs besides it
    zh_head_rx: re.Pattern
    boundary: tuple[str, ...]         # longest first
    titles: tuple[str, ...]           # Chinese titles, longest first
    en_titles: tuple[str, ...]
    inside: tuple[str, ...]
    continuation: frozenset[str]
    not_head: tuple[str, ...]
    generic: frozenset[str]
    venue: tuple[str, ...]
    lead: frozenset[str]
    not_org: frozenset[str]
    not_event: frozenset[str]
    measure: frozenset[str]
    zh_places: dict[str, tuple[str, ...]]   # first character → Chinese place names
    kinds_zh: dict[str, str]          # participant type word → org_type
    kinds_en: dict[str, str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    heads = read_csv("org_heads.csv")
    zh_heads = {r["head"]: int(r.get("min_prefix") or 1) for r in heads if r["lang"] == "zh"}
    words: dict[str, list[str]] = {}
    for r in read_csv("org_name_words.csv"):
        words.setdefault(f"{r['kind']}:{r['lang']}", []).append(r["word"])
    kinds_zh, kinds_en = {}, {}
    for r in read_csv("participant_types.csv"):
        (kinds_zh if r["lang"] == "zh" else kinds_en)[r["word"].lower()] = r["org_type"]

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(words.get(key, []), key=len, reverse=True))

    return _Words(
        en_heads=frozenset(r["head"] for r in heads if r["lang"] == "en"),
        zh_heads=zh_heads,
        zh_head_rx=re.compile("|".join(sorted(map(re.escape, zh_heads), key=len, reverse=True))),
        boundary=tuple(sorted(words.get("boundary:zh", []) + words.get("title:zh", []), key=len,
                              reverse=True)),
        titles=longest_first("title:zh"), en_titles=longest_first("title:en"),
        inside=longest_first("inside:zh"),
        continuation=frozenset(words.get("continuation:zh", [])),
        not_head=longest_first("not_head:zh"), generic=frozenset(words.get("generic:zh", [])),
        venue=longest_first("venue:zh") + longest_first("venue:en"),
        lead=frozenset(words.get("lead:en", [])), not_org=frozenset(words.get("not_org:en", [])),
        not_event=frozenset(words.get("not_event:en", [])),
        measure=frozenset(words.get("measure:zh", [])), zh_places=_zh_places(), kinds_zh=kinds_zh, kinds_en=kinds_en)


def _zh_places() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, set[str]] = {}
    for r in read_csv("place_aliases.csv"):
        if r.get("lang") == "zh" and r.get("kind") in ("city", "province", "country") and \
                len(r["name"]) >= 2:
            by_first.setdefault(r["name"][0], set()).add(r["name"])
    return {k: tuple(v) for k, v in by_first.items()}


def find_org_spans(text: str) -> list[OrgSpan]:
    """Every organisation name in `text` (a View or plain text), in order, without overlaps."""
    spans = _reference_spans(text) + _english_spans(text) + _chinese_spans(text) + \
        _listed_spans(text) + _distributed_spans(text)
    spans += _acronyms_spelled_after(text)
    spans += _acronym_back_references(text, spans)
    spans += _implicit_acronyms(text, spans)
    return [_with_tail(text, s) for s in _join_units(text, _without_overlaps(spans))]


_BRACKET = re.compile(r"[ \t]*[(（][^()（）\n]{1,120}[)）]")
# "… Ministry of Science and Technology of the P.R.China": the country the body belongs to.
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<c>P\.?[ \t]*R\.?[ \t]*C(?:hina)?\.?|"
                         r"People's[ \t]+Republic[ \t]+of[ \t]+China|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)")


def _with_tail(text: str, span: OrgSpan) -> OrgSpan:
    end = span.end
    m = _OF_COUNTRY.match(text, end)
    if m and m.group("c").startswith(("P", "People")):
        end = m.end()
    m = _BRACKET.match(text, end)
    end = m.end() if m else end
    # "… (OCIIP) Nigeria organized", "the Government of X, India and …": the country the body
    # belongs to, written after it, is part of the mention.
    m = _COUNTRY_AFTER.match(text, end)
    if m and country_code(m.group("c")):
        end = m.end()
    return replace(span, tail=end) if end > span.end else span


_COUNTRY_AFTER = re.compile(r",?[ \t]+(?P<c>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[ \t]+(?:and|&)\b|"
                            r"[ \t]+[a-z]|[,.;:]|$)")


_UNIT = re.compile(r"(?:the\s+)?(?:Department|Institute|School|Office|Cent(?:er|re)|Division|Faculty|"
                   r"College|Laboratory|Lab|Section|Unit|Academy)\s+(?:of|for)\b")
_PARENT = re.compile(r"\b(?:University|Universit\w+|Institute of Technology|Academy of Sciences|"
                     r"Ministry|Polytechnic)\b")


# Between a unit and its parent: a comma, or more of the unit's own name ("Department of
# Planning, Finance and Statistics, Ministry of Agriculture").
_UNIT_GAP = re.compile(r"(?:,\s*[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)?)*,\s*(?:the\s+)?")


def _join_units(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """'Institute of X, Y University' is one organisation: a unit and its parent."""
    out: list[OrgSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev and prev.ref is None and s.ref is None and _UNIT.match(prev.name) and \
                _PARENT.search(s.name) and _UNIT_GAP.fullmatch(text, prev.end, s.start):
            out[-1] = OrgSpan(prev.start, s.end, original_span(text, prev.start, s.end),
                              s.acronym)
        else:
            out.append(s)
    return out


def _without_overlaps(spans: list[OrgSpan]) -> list[OrgSpan]:
    # Names found by the grammars or the table first, longest first (a reference match wins a
    # tie: it carries the canonical entry); items of kind-named lists fill the gaps.
    ranked = sorted(spans, key=lambda s: (s.listed_type is not None, -(s.end - s.start),
                                          s.ref is None, s.start))
    return non_overlapping(ranked, lambda s: s.start, lambda s: s.end)


# Reference organisations -------------------------------------------------------------------

@lru_cache(maxsize=1)
def _reference_automaton():
    from etl.extract.org_reference import _reference  # the table's rows, read once
    names, acronyms = ahocorasick.Automaton(), ahocorasick.Automaton()
    for org in _reference()[0]:
        for n in (org.name, org.name_zh, *org.aliases):
            if n and (len(n) >= 2 if _is_cjk(n[0]) else len(n) >= 4):
                names.add_word(n.casefold(), (len(n), org))
        if org.acronym and len(org.acronym) >= 2:
            acronyms.add_word(org.acronym, (len(org.acronym), org))
    for a in (names, acronyms):
        if len(a):
            a.make_automaton()
    return names, acronyms


def _reference_spans(text: str) -> list[OrgSpan]:
    names, acronyms = _reference_automaton()
    folded = text.casefold()
    out = []
    for auto, hay in ((names, folded if len(folded) == len(text) else text), (acronyms, text)):
        if not len(auto):
            continue
        for end, (n, org) in auto.iter(hay):
            start = end - n + 1
            if _latin_bounded(text, start, end + 1):
                if hay[start:start + 4] == "the ":
                    start += 4                 # "the University of X": the name, not its article
                out.append(OrgSpan(start, end + 1, original_span(text, start, end + 1),
                                   org.acronym, org))
    return out


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def _latin_bounded(text: str, start: int, end: int) -> bool:
    """A Latin match must not start or end inside a word ('MOST' in 'MOSTLY')."""
    if _is_cjk(text[start]):
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and before.isascii()) and \
        not (after.isalnum() and after.isascii())


# English name grammar ------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w'’&.\-]*[\w&.]|[A-Z])"
_CONNECT = r"(?:of|for|and|the|de|du|des|la|le|di|del|y|e|&|on|in|für|und|et|at|to)"
_LEGAL_TAIL = r"(?:,[ \t]*(?:Ltd|Limited|Inc|LLC|GmbH|S\.A|Pty[ \t]+Ltd)\.?)"
_CHUNK = re.compile(rf"(?<![\w'’-]){_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP})*{_LEGAL_TAIL}?")
_ACRONYM_DEF = re.compile(r"[ \t]*[(（][ \t]*(?:the[ \t]+)?([A-Z][A-Za-z0-9&\-]{1,11}"
                          r"(?:[ \t][A-Z][A-Za-z0-9&\-]{1,11})?)[ \t]*[)）]")
_LEGAL_ABBREVIATION = re.compile(r"\b(?:Co|Ltd|Inc|Corp|Bhd|S\.A|N\.V|Pty)\.$")
# "in"/"at" join a run ("Centre in X") but never continue a name past its head
# ("Inner Mongolia University in Hohhot").
_COMPLEMENT_WORDS = frozenset({"of", "for", "on", "the", "and", "&", "de", "du", "to",
                               "des", "la", "le", "di", "del", "y", "e", "für", "und", "et"})


def _english_spans(text: str) -> list[OrgSpan]:
    w = _words()
    out = []
    prev = None             # the capitalised run before this one
    for m in _CHUNK.finditer(text):
        words = [(t.start() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        acr = _ACRONYM_DEF.match(text, m.end())
        acronym = acr.group(1) if acr and _looks_like_acronym(acr.group(1)) and \
            not country_code(acr.group(1)) else None
        if acronym and not _abbreviates(acronym, m.group()):
            if prev is not None and re.fullmatch(r",[ \t]*", text[prev.end():m.start()]) and \
                    _initials_spell(acronym, text[prev.start():m.end()]):
                # "Organization for Creativity, Innovation and Invention Promotion (OCIIP)"
                out.append(OrgSpan(prev.start(), m.end(),
                                   original_span(text, prev.start(), m.end()), acronym))
            # "(AIL Asia)": an acronym and a place in one bracket
            first = acronym.split()[0]
            acronym = first if " " in acronym and _abbreviates(first, m.group()) else None
        runs = _name_runs(words, w)
        if acronym and runs and runs[-1][1] < len(words) - 1 and \
                _abbreviates(acronym, " ".join(t for _p, t in words[runs[-1][0]:])):
            # "Lisbon Venture Studio Programme (LVSP)": the acronym spells the whole run
            runs[-1] = (runs[-1][0], len(words) - 1)
        for a, b in runs:
            start, end = words[a][0], words[b][0] + len(words[b][1])
            name = original_span(text, start, end).rstrip(",")
            if name.endswith(".") and not _LEGAL_ABBREVIATION.search(name):
                name = name.rstrip(".")
            if not name:
                continue
            out.append(OrgSpan(start, start + len(name), name,
                               acronym if b == len(words) - 1 else None))
        if not out or out[-1].end <= m.start():
            # A capitalised run without a head noun is a name when it defines an acronym
            # ("Nordhaven (NHV)") or is the long form of one.
            if acronym and len(words) >= 2 and words[0][1] not in w.lead:
                out.append(OrgSpan(m.start(), m.end(), original_span(text, m.start(), m.end()),
                                   acronym))
        prev = m
    return out


@lru_cache(maxsize=1)
def _distributive() -> re.Pattern:
    """"Araba, Bizkaia and San Sebastián Technology Parks": one head noun in the plural shared
    by every name of a list."""
    plurals = sorted({h[:-1] + "ies" if h.endswith("y") else h + "s" for h in _words().en_heads
                      if h[:1].isupper() and h.isalpha() and len(h) > 3}, key=len, reverse=True)
    item = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?"
    return re.compile(rf"(?<![\w-])(?P<items>(?:{item},[ \t]+)*{item},?[ \t]+(?:and|&)[ \t]+{item})"
                      rf"[ \t]+(?P<mods>(?:[A-Z][\w-]*[ \t]+){{0,3}}?)(?P<head>{'|'.join(plurals)})\b")


def _distributed_spans(text: str) -> list[OrgSpan]:
    out = []
    for m in _distributive().finditer(text):
        head = m.group("head")
        singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
        items = [it.group() for it in
                 re.finditer(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?", m.group("items"))]
        mods = m.group("mods")
        last = items[-1].split()
        if len(last) == 2 and not mods:
            # "Tampere Science Parks": the second word qualifies the head, like the others';
            # "San Sebastián Technology Parks": the qualifier is there, the name has two words
            items[-1], mods = last[0], f"{last[1]} "
        pos = m.start("items")
        for k, item in enumerate(items):
            start = text.index(item, pos)
            pos = start + len(item)
            end = m.end() if k == len(items) - 1 else pos
            out.append(OrgSpan(start, end,
                               f"{original_span(text, start, start + len(item))} {mods}{singular}"))
    return out


def _head(word: str, heads: frozenset[str]) -> bool:
    return any(part.strip(". ").removesuffix("'s").removesuffix("’s") in heads
               for part in word.split(","))


def _name_runs(words: list[tuple[int, str]], w: _Words) -> list[tuple[int, int]]:
    """(first, last) word indices of the names in one capitalised run."""
    n = len(words)
    heads = [i for i, (_p, t) in enumerate(words) if _head(t, w.en_heads)]
    if not heads:
        return []
    # Split at "and"/"&" where both sides hold a head: "Fudan University and Tongji University".
    head_set = set(heads)
    pieces, start, last_head = [], 0, -1
    for i, (_p, t) in enumerate(words):
        if t in ("and", "&"):
            left_whole = last_head >= start or (
                i - start == 1 and (_looks_like_acronym(words[start][1])
                                    or lookup_org(words[start][1]) is not None
                                    or country_code(words[start][1].rstrip(",")) is not None))
            if left_whole and _right_has_own_head(words, i + 1, head_set):
                pieces.append((start, i - 1))
                start = i + 1
        if i in head_set:
            last_head = i
    pieces.append((start, n - 1))
    runs = []
    for a, b in pieces:
        lo, hi = bisect.bisect_left(heads, a), bisect.bisect_right(heads, b)
        own = heads[lo:hi]
        if not own:
            continue
        while a < own[0] and (words[a][1] in w.lead or words[a][1] in _COMPLEMENT_WORDS):
            a += 1
        # "Stanford University's Office of X": the unit, not its owner.
        owner = next((i for i in range(a, own[-1]) if words[i][1].endswith(("'s", "’s"))
                      and (any(a <= h <= i for h in own)
                           or country_code(words[i][1][:-2]) is not None)), None)
        if owner is not None:
            a = owner + 1
        # "the Annual Meeting of the X Society": an event's name, then its organisation.
        event_of = next((i for i in range(a, own[0]) if words[i][1] == "of" and
                         any(words[k][1].rstrip(",") in w.not_org for k in range(a, i))), None)
        if event_of is not None:
            a = event_of + 1
            while a < own[0] and words[a][1] in _COMPLEMENT_WORDS:
                a += 1
        # "General Manager of Beijing X Co.", "David Ai of Hawaii University": no head before
        # "of", so what stands before it (a title, a person) is not the organisation's name.
        of = next((i for i in range(own[0] - 1, a - 1, -1) if words[i][1] == "of"), None)
        if of is not None:
            a = of + 1
            while a < own[0] and words[a][1] in _COMPLEMENT_WORDS:
                a += 1
        last = own[-1]
        end = last
        # "University of Michigan", "Ministry of Economy and Innovation of the Republic of X":
        # a head is followed by its complement; other capitalised words after it are not the name.
        j = last + 1
        while j <= b and words[j][1] in _COMPLEMENT_WORDS and \
                (j > last + 1 or words[j][1] not in ("and", "&", "the")):
            k = j
            while k <= b and words[k][1] in _COMPLEMENT_WORDS:
                k += 1
            if k > b or (words[j][1] == "of" and _country_word(words[k][1])):
                break                      # "… of the P.R.China" says whose, not which
            end = k
            j = k + 1
            while j <= b and (words[j][1][:1].isupper() or words[j][1][:1].isdigit()):
                end = j
                j += 1
        while end > a and words[end][1] in _COMPLEMENT_WORDS:
            end -= 1
        if end - a + 1 >= 2 or _standalone_head(words[a][1]):
            runs.append((a, end))
    return runs


def _country_word(word: str) -> bool:
    # "… of the P.R.China" says whose body it is; "Ministry of Industry of Thailand" keeps it.
    return bool(re.fullmatch(r"P\.?R\.?C(?:hina)?|PRC|People's", word.rstrip(".,")))


def _right_has_own_head(words: list[tuple[int, str]], i: int, heads: set[int]) -> bool:
    # The right side names its own organisation: a head before the next "of"/"and", or it is
    # an acronym or a known organisation ("Seoul National University and KAIST").
    for j in range(i, min(len(words), i + 12)):
        if words[j][1] == "of":
            # "Dr Per Holm of Roskilde University": a person (or unit) of a named body
            return any(k in heads for k in range(j + 1, min(len(words), j + 7)))
        if words[j][1] in ("for", "and", "&"):
            return False
        if j in heads:
            return True
    while i < len(words) and words[i][1] == "the":
        i += 1
    rest = " ".join(t for _p, t in words[i:i + 12])
    return i < len(words) and (_looks_like_acronym(words[i][1]) or lookup_org(rest) is not None)


def _standalone_head(word: str) -> bool:
    # One word that is a name on its own: a legal name like "Microsoft Corp" needs two words,
    # but an acronym-like head never stands alone either.
    return False


def _looks_like_acronym(s: str) -> bool:
    s = s.strip()
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\- ]{0,13}", s)) and \
        sum(c.isupper() for c in s) >= 2


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether `acronym` can stand for `name`: its letters appear in order in the name, the
    first one starting a word ('HRSS' for '… Human Resources and Social Security Department';
    not 'MOST' for 'International Technology Transfer Center', which names its parent)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if not letters or not words:
        return False
    flat = " ".join(words)
    starts = [i for i, c in enumerate(flat) if c == letters[0] and (i == 0 or flat[i - 1] == " ")]
    for i in starts:
        pos = i + 1
        for c in letters[1:]:
            pos = flat.find(c, pos)
            if pos < 0:
                break
            pos += 1
        else:
            return True
    return False


_ACRONYM_THEN_NAME = re.compile(r"(?<![\w&-])([A-Z][A-Z&]{1,7})[ \t]*[(（]([A-Z][^()（）\n]{4,90})[)）]")


def _acronyms_spelled_after(text: str) -> list[OrgSpan]:
    """An acronym written first with its name in brackets: "the CDTI (Centre for Industrial
    Technological Development)" names the centre at the acronym."""
    out = []
    heads = _words().en_heads
    for m in _ACRONYM_THEN_NAME.finditer(text):
        acronym, name = m.group(1), m.group(2).strip()
        initials = sorted(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())
        letters = sorted(c for c in acronym if c.isalpha())
        # The letters may come in another order: an acronym of the name in its own language
        if any(_head(t, heads) for t in name.split()) and letters == initials:
            out.append(OrgSpan(m.start(1), m.end(1), original_span(text, m.start(2),
                                                                    m.start(2) + len(name)),
                               acronym, tail=m.end()))
    return out


def _initials_spell(acronym: str, name: str) -> bool:
    """Whether the capitalised words' initials of `name` hold the acronym's letters in order
    (stricter than _abbreviates, for names joined across a comma)."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())
    it = iter(initials.lower())
    return all(c in it for c in acronym.lower() if c.isalpha())


def _acronym_back_references(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """Later bare uses of an acronym the text defined: 'the Alpine Robotics Network (ARN) … ARN'."""
    defined: dict[str, OrgSpan] = {}
    for s in spans:
        if s.acronym and s.ref is None:
            defined.setdefault(s.acronym, s)
    if not defined:
        return []
    # One scan for every acronym: a text defining many must not be read once per acronym.
    rx = re.compile("|".join(sorted(map(re.escape, defined), key=len, reverse=True)))
    out = []
    for m in rx.finditer(text):
        first = defined[m.group()]
        if m.start() > first.end + len(m.group()) + 2 and \
                _latin_bounded(text, m.start(), m.end()):
            out.append(OrgSpan(m.start(), m.end(), first.name, m.group()))
    return out


_BARE_ACRONYM = re.compile(r"(?<![\w&-])[A-Z]{2,6}(?![\w&-])")
_INITIALS_WINDOW = 20   # names an undefined acronym may abbreviate: the last ones before it


def _implicit_acronyms(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """An undefined acronym that spells the last words of a name named before it: 'the FTZ'
    after 'Ningbo Free Trade Zone'."""
    named = sorted((s for s in spans if s.ref is None and " " in s.name), key=lambda s: s.end)
    if not named:
        return []
    ends = [s.end for s in named]
    initials = ["".join(w[0] for w in s.name.split() if w[:1].isupper()) for s in named]
    taken = {(s.start, s.end) for s in spans}
    out = []
    for m in _BARE_ACRONYM.finditer(text):
        if (m.start(), m.end()) in taken or lookup_org(m.group()) or \
                text[m.start() - 1:m.start()] in "(（":
            continue
        k = bisect.bisect_right(ends, m.start())
        for i in range(k - 1, max(-1, k - 1 - _INITIALS_WINDOW), -1):
            if initials[i].endswith(m.group()):
                out.append(OrgSpan(m.start(), m.end(), named[i].name, m.group()))
                break
    return out


# Chinese name grammar ------------------------------------------------------------------

# Latin letters stand inside Chinese names too (北欧创新网络NIN中国办公室).
_ZH_NAME_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·（）()A-Za-z\-]")
_MAX_ZH = 32


def _chinese_spans(text: str) -> list[OrgSpan]:
    w = _words()
    out = []
    for m in w.zh_head_rx.finditer(text):
        head, end = m.group(), m.end()
        if text[m.start() - 1:m.start()] in "(（":
            continue                       # "生物科技系(所)": a bracketed word, not a name
        if any(text.startswith(c, m.start()) or text.startswith(c, end - 1)
               for c in w.continuation) and \
                not any(text.startswith(x, m.start()) for x in w.inside):
            continue
        start = _zh_name_start(text, m.start(), w)
        name = text[start:end]
        if len(name) - len(head) < w.zh_heads[head] or name in w.generic:
            continue
        if any(name.endswith(v) for v in w.venue) or any(name.endswith(x) for x in w.not_head):
            continue
        if name.count("（") + name.count("(") > name.count("）") + name.count(")"):
            if text[end:end + 1] in "）)":
                end += 1                   # "省委组织部（省人才办）": the bracket closes the name
            else:                          # "高新区(含园区企业)": the name is inside the bracket
                start += max(name.rfind("("), name.rfind("（")) + 1
                if end - start - len(head) < w.zh_heads[head]:
                    continue
        out.append(OrgSpan(start, end, original_span(text, start, end)))
    return out


def _zh_name_start(text: str, head_start: int, w: _Words) -> int:
    """Where the name ending in the head at `head_start` begins: after the nearest boundary
    word, punctuation or numeral+measure word, at most _MAX_ZH characters back."""
    i = head_start
    floor = max(0, head_start - _MAX_ZH)
    while i > floor:
        if not _ZH_NAME_CHAR.match(text[i - 1]):
            break
        hit = any(text.startswith(b, i - len(b)) for b in w.boundary) or \
            (text[i - 1] in w.measure and i >= 2 and _NUMERAL.match(text[i - 2]))
        if hit and not _in_place_name(text, i - 1, w) and \
                not any(text.startswith(x, j) for x in w.inside
                        for j in range(max(0, i - len(x)), i) if j + len(x) >= i) and \
                not _joins_one_name(text, i, floor, w):
            break
        i -= 1
    while i < head_start and text[i] in "（）()·":
        i += 1
    return i


_CONJUNCTIONS = ("与", "及", "和")


def _joins_one_name(text: str, i: int, floor: int, w: _Words) -> bool:
    """Whether the conjunction ending at `i` joins two fields inside one name ("联邦外贸与投资署",
    "经济及科技发展局"): what stands before it, back to the previous boundary, holds no head
    noun of its own (it is no whole name) and does not follow a title (a person's name)."""
    if text[i - 1] not in _CONJUNCTIONS:
        return False
    j = i - 1
    while j > floor and _ZH_NAME_CHAR.match(text[j - 1]) and \
            not any(text.startswith(b, j - len(b)) for b in w.boundary):
        j -= 1
    left = text[j:i - 1]
    if len(left) < 2 or w.zh_head_rx.search(left) or left in w.generic or \
            any(left.endswith(k) for k in w.kinds_zh) or \
            any(text.startswith(t, j - len(t)) for t in w.titles):
        return False
    return j == floor or not _ZH_NAME_CHAR.match(text[j - 1]) or \
        any(text.startswith(b, j - len(b)) for b in w.boundary if b not in _CONJUNCTIONS)


def _in_place_name(text: str, pos: int, w: _Words) -> bool:
    """Whether text[pos] belongs to a Chinese place name (成都, 太原, 日本): a boundary
    character there is part of the name."""
    return any(text.startswith(p, j) for j in range(max(0, pos - 3), pos + 1)
               for p in w.zh_places.get(text[j], ()) if j + len(p) > pos)


_NUMERAL = re.compile(r"[\d多几数两一二三四五六七八九十百千万余]")


# Lists whose kind is named -----------------------------------------------------------------

_ZH_ITEM = r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9·]{2,16}"
_ZH_KIND_LIST = re.compile(rf"((?:{_ZH_ITEM}、){{1,40}}{_ZH_ITEM})等(?:\d+|[一二三四五六七八九十百几数多]+)?"
                           r"[余多]?[家个所]?(?P<kind>[\u4e00-\u9fff]{2,4})")
_EN_KIND_LIST = re.compile(
    r"\b(?P<kind>[A-Za-z][a-z]+(?:[ -][a-z]+)?)\s*(?:,\s*)?(?:such as|including|like|namely|among them)"
    r"\s+(?P<items>(?:the\s+)?[A-Z][^.;:!?()]{1,300})")
_PERSON_TITLE_AFTER = re.compile(
    r",?\s*(?:the\s+)?(?:Head|Director|President|Vice|Deputy|Chair\w*|Dean|Professor|Prof|CEO|"
    r"Founder|Co-Founder|Secretary|Manager|General|Executive|Chief|Minister|Ambassador|Mayor|"
    r"Governor|Senior|Associate|Assistant|Lecturer|Researcher|Fellow|Partner|Officer)\b")
_EN_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|&)\s+")


def _listed_spans(text: str) -> list[OrgSpan]:
    w = _words()
    out = []
    if "等" in text:
        for m in _ZH_KIND_LIST.finditer(text):
            kind = next((t for k, t in w.kinds_zh.items() if m.group("kind").startswith(k)), None)
            if kind is None:
                continue
            pos = m.start(1)
            for item in m.group(1).split("、"):
                clean = item
                for b in w.boundary:
                    if clean.startswith(b) and len(clean) > len(b) + 1:
                        clean = clean[len(b):]
                s = pos + len(item) - len(clean)
                out.append(OrgSpan(s, pos + len(item), original_span(text, s, pos + len(item)),
                                   listed_type=kind))
                pos += len(item) + 1
    for m in _EN_KIND_LIST.finditer(text):
        words = m.group("kind").split()
        kind = w.kinds_en.get(words[-1].lower()) or w.kinds_en.get(m.group("kind").lower())
        if kind is None:
            continue
        items = m.group("items")
        tail = re.search(r"\s+(?:and|as well as)\s+(?:other|many|several)\b|,?\s+(?:who|which|that|"
                         r"were|was|are|is|have|has|had|will|signed|took|joined|attended)\b",
                         items)
        if tail:
            items = items[:tail.start()]
        pos = m.start("items")
        for piece in _EN_ITEM_SPLIT.split(items):
            i = text.find(piece, pos)
            if i < 0:
                continue
            pos = i + len(piece)
            item = re.sub(r"^the\s+", "", piece)
            i += len(piece) - len(item)
            if not item or not item[0].isupper() or len(item.split()) > 8 or \
                    item.split()[0] in w.lead or _PERSON_TITLE_AFTER.match(text, i + len(item)) \
                    or find_places(item):
                break                      # a person with a title, or a place: not a name
            out.append(OrgSpan(i, i + len(item), original_span(text, i, i + len(item)),
                               listed_type=kind))
    return out
