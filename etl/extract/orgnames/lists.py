"""Lists whose kind is named after or before them ("蓝帆、齐鲁等6家企业", "companies such as A
and B"): their items are organisations of that kind even without a head noun."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from etl.extract.months import month_names, weekday_names
from etl.extract.org_reference import classify_org
from etl.extract.orgnames.chinese import zh_name_start
from etl.extract.orgnames.english import LEGAL_ABBREVIATIONS
from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import Words, word_lists
from etl.extract.scan import finditer_at, positions_of
from etl.extract.text import original_span
from etl.extract.word_trie import trie_alternation
from etl.gazetteer import find_places

_ZH_ITEM = r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9·]{2,16}"
# the words before a rough count in a list's kind ("等近50家", "约30所"); roles.py reads it too
ZH_ROUGHLY = r"(?:近|约|逾|超过|超|上)?"
# "A、B等近50家投资机构", "A、B等9家法人研究机构": the kind may run to six characters
# "A、B等已在泰米尔纳德邦设厂的台商": a relative clause (opening with 已/在/来自 …, ending in 的) may
# describe the kind; "A、B等领域的企业" names fields, not bodies
_ZH_KIND_LIST = re.compile(rf"((?:{_ZH_ITEM}、){{1,40}}{_ZH_ITEM})等(?:(?:已|在|于|正|曾|均|都|来自|位于)[^，。；：、等的\n]{{1,15}}的)?{ZH_ROUGHLY}"
                           r"(?:\d+|[一二三四五六七八九十百几数多]+)?"
                           r"[余多]?[家个所]?(?P<kind>[\u4e00-\u9fff]{2,6})")
# a legal form's stop stays in the list ("Photonic Inc. and X"); any other ends it
_LIST_STOP = "|".join(rf"(?<={a})\." for a in LEGAL_ABBREVIATIONS.replace("\\.", ".").split("|")
                      if "." not in a)
_EN_KIND_LIST = re.compile(
    r"\b(?P<kind>[A-Za-z][a-z]+(?:[ -][a-z]+)?)\s*(?:,\s*)?(?:such as|including|like|namely|among them)"
    rf"\s+(?P<items>(?:the\s+)?[A-Z](?:[^.;:!?()]|{_LIST_STOP}){{1,300}})")
def _zh_kind_list_starts(text: str) -> list[int]:
    """Where a _ZH_KIND_LIST match can start: its first item (2 to 16 characters) ends at a 、,
    so it starts 2 to 16 characters before one. (A scan of every character of a Chinese page
    tries the nested list at each: the costliest pattern of a page before.)"""
    return [p for q in positions_of(text, "、") for p in range(max(0, q - 16), q - 1)]


_KIND_LIST_WORDS = ("such as", "including", "like", "namely", "among them")


def _kind_list_starts(text: str) -> list[int]:
    """Where an _EN_KIND_LIST match can start: in the two words (and the spaces and comma)
    before one of its list words."""
    starts: list[int] = []
    for word in _KIND_LIST_WORDS:
        for p in positions_of(text, word):
            i = p
            while i and (text[i - 1].isspace() or text[i - 1] == ","):
                i -= 1
            for _word in range(2):
                while i and text[i - 1].isascii() and text[i - 1].isalpha():
                    i -= 1
                if _word == 0 and i and text[i - 1] in " -":
                    i -= 1
            starts += range(i, p + 1)
    return starts


PERSON_TITLE_AFTER = re.compile(
    r",?\s*(?:the\s+)?(?:Head|Director|President|Vice|Deputy|Chair\w*|Dean|Professor|Prof|CEO|"
    r"Founder|Co-Founder|Secretary|Manager|General|Executive|Chief|Minister|Ambassador|Mayor|"
    r"Governor|Senior|Associate|Assistant|Lecturer|Researcher|Fellow|Partner|Officer)\b")
_EN_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|&)\s+")


_ZH_JOIN = re.compile(r"以及|与|和|及|同")


def _zh_items(listed: str, pos: int, w: Words) -> list[tuple[int, int]]:
    """The (start, end) of each item of "A、B、C" at `pos`, a leading boundary word dropped;
    the last item split at a conjunction ("A、B与C")."""
    out = []
    for item in listed.split("、"):
        clean = item
        for b in w.boundary:
            if clean.startswith(b) and len(clean) > len(b) + 1:
                clean = clean[len(b):]
        out.append((pos + len(item) - len(clean), pos + len(item)))
        pos += len(item) + 1
    s, e = out[-1]
    last = listed[len(listed) - (e - s):]
    for j in _ZH_JOIN.finditer(last):
        if j.start() >= 2 and len(last) - j.end() >= 2:
            out[-1:] = [(s, s + j.start()), (s + j.end(), e)]
            break
    return out


def kind_group_start(text: str, items: list[tuple[int, int]], kind: str) -> int:
    """The first of the listed items the kind named after them covers: "成大、中山大学与台积电等
    6企业" joins a group of universities and the companies with 与, so the kind (企业) names
    only what follows the conjunction whose left name is of another type; "华为、中兴与腾讯等
    企业" is one group."""
    for k in range(len(items) - 1, 0, -1):
        if _ZH_JOIN.fullmatch(text[items[k - 1][1]:items[k][0]].strip()):
            own = classify_org(text[items[k - 1][0]:items[k - 1][1]])
            if own not in (*kind.split("+"), "other"):
                return k
    return 0


def listed_spans(text: str) -> list[OrgSpan]:
    w = word_lists()
    out = []
    if "等" in text:
        for m in finditer_at(_ZH_KIND_LIST, text, _zh_kind_list_starts(text)):
            kind = next((t for k, t in w.kinds_zh.items() if m.group("kind").startswith(k)), None)
            if kind is None:
                continue
            items = _zh_items(m.group(1), m.start(1), w)
            # "评审专家分别来自A、B等投资机构": the match may open words before the first name;
            # the first item starts where a name ending there would (after 来自), as the
            # grammar's names do
            s0, e0 = items[0]
            start = zh_name_start(text, e0, w)
            if s0 < start <= e0 - 2:
                items[0] = (start, e0)
            first = kind_group_start(text, items, kind)
            for k, (s, e) in enumerate(items):
                own = kind if k >= first else None
                out.append(OrgSpan(s, e, original_span(text, s, e), listed_type=own))
    for m in finditer_at(_EN_KIND_LIST, text, _kind_list_starts(text)):
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
                    item.split()[0] in w.lead or PERSON_TITLE_AFTER.match(text, i + len(item)) \
                    or _only_place(item):     # "IBM Canada" holds a place but is a name
                break                      # a person with a title, or a place: not a name
            out.append(OrgSpan(i, i + len(item), original_span(text, i, i + len(item)),
                               listed_type=kind))
    return out


_NAME_TOKEN = r"(?:[A-Z][\w&'’.+-]*|\d[\w.-]*|&|\+)"
# "Board of Regents", "Fundação para a Ciência": small words inside, a capitalised word after
# after a small word a figure is part of the name only before a capitalised word ("Centre for 5G
# Innovation"), not in "X for 3.5 billion won"
_SMALL_TOKEN = r"(?:[A-Z][\w&'’.+-]*|\d[\w.-]*(?=[ \t]+[A-Z]))"
# "for" before a money figure ("X for EUR 2 million", "X for Sh210 million") ends the name.
_FOR = r"for(?![ \t]+(?:[A-Z]{2,3}|[A-Z][a-z]{0,2})[ \t]?\$?\d)"
_NAME_RUN = re.compile(rf"[A-Z][\w&'’.+-]*(?:[ \t]+(?:(?:of|{_FOR}|de|da|do|du|des|la|del|para|a)[ \t]+"
                       rf"{_SMALL_TOKEN}|{_NAME_TOKEN})){{0,7}}")
_NAME_RUN_BEFORE = re.compile(rf"(?<![\w&'’.+-])[A-Z][\w&'’.+-]*(?:[ \t]+(?:(?:of|for|de|da|do|du|des|la|"
                              rf"del|para|a)[ \t]+)?{_NAME_TOKEN}){{0,7}}$")
# a name's abbreviation that may stand inside it ("Co. KG", "Inc.", "St. Gallen")
_ABBREVIATION = re.compile(rf"(?:{LEGAL_ABBREVIATIONS}|Dr|St|Mt)\.$")
_ITEM_SEP = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?(?=[A-Z])")
# "one Indian company, X,", "two local companies, A and B": a counted kind, its names after a comma
_COUNTED = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)[ \t]+"
                      r"(?:[\w-]+[ \t]+){0,3}$", re.I)
# "X, a Singapore start-up": the noun ends the description (not "a start-up accelerator")
_DESCRIBED_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|$|[ \t](?:that|which|who|based|founded|spun|"
                              r"specia?li[sz]ing|focused|from|in|with|of|developing|making|"
                              r"building|headquartered|born|created|formed|set)\b)")


@lru_cache(maxsize=1)
def _company_noun() -> tuple[re.Pattern, re.Pattern]:
    """(a company noun before a name: "the pharmaceutical company X", "two local companies,
    A and B"; "X, a Singapore start-up": the description after a name)."""
    nouns = trie_alternation(list(word_lists().company_nouns))    # one branch per character
    before = re.compile(rf"(?<![\w-])(?P<noun>{nouns})(?P<comma>[ \t]*,)?[ \t]+(?=[A-Z])")
    after = re.compile(rf",[ \t]+an?[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?(?P<noun>{nouns})"
                       rf"(?={_DESCRIBED_AFTER.pattern})")
    return before, after


def described_spans(text: str) -> list[OrgSpan]:
    """Companies named by what they are rather than by a legal suffix: "the Swiss agrifood
    company X", "the Tel Aviv start-up X", "two local companies, A and B", "one Indian company,
    X,", "X, a Singapore start-up", "Knoxville-based X"."""
    w = word_lists()
    low = text.lower()
    out: list[OrgSpan] = []
    if any(n in low for n in w.company_nouns):
        before, after = _company_noun()
        for m in before.finditer(text):
            plural = m.group("noun").endswith("s")
            if m.group("comma"):
                if not _COUNTED.search(text, max(0, m.start() - 50), m.start()):
                    continue               # "universities, companies, Government agencies"
                items = _names_at(text, m.end(), plural)
                if not plural and not text.startswith(",", items[-1].end if items else 0):
                    continue               # "one Indian company, X,": the apposition closes
            else:
                items = _names_at(text, m.end(), plural)
            out += [replace(s, listed_type="enterprise") for s in items]
        for m in after.finditer(text):
            s = _name_before(text, m.start())
            if s is not None:
                out.append(replace(s, listed_type="enterprise"))
    if "-based" in text:
        for m in re.finditer(r"(?<![\w-])[A-Z][\w'’]*(?:[ \t][A-Z][\w'’]*)?-based[ \t]+(?=[A-Z])",
                             text):
            # "Lausanne-based Gamaya": a body named only by where it is based is a company,
            # unless its name says otherwise
            out += [replace(s, listed_type="enterprise") if classify_org(s.name) == "other"
                    else s for s in _names_at(text, m.end(), False)]
    return out


def _names_at(text: str, pos: int, many: bool) -> list[OrgSpan]:
    """The name at `pos`, and with `many` the list of names it opens ("A, B and C")."""
    out: list[OrgSpan] = []
    while len(out) < 12:
        s = _name_span(text, pos, _NAME_RUN.match(text, pos))
        if s is None:
            break
        out.append(s)
        sep = _ITEM_SEP.match(text, s.end) if many else None
        if sep is None:
            break
        pos = sep.end()
    return out


def name_at(text: str, pos: int, limit: int) -> OrgSpan | None:
    """A capitalised run at `pos` taken as a name (see _name_span), or None."""
    return _name_span(text, pos, _NAME_RUN.match(text, pos, limit))


def name_before(text: str, pos: int, floor: int = 0) -> OrgSpan | None:
    """A capitalised run ending at `pos` taken as a name, without the sentence-opening word
    before it ("The X"), or None."""
    return _name_before(text, pos, floor)


def _name_before(text: str, pos: int, floor: int = 0) -> OrgSpan | None:
    m = _NAME_RUN_BEFORE.search(text, max(floor, pos - 80), pos)
    if m is None:
        return None
    lead = word_lists().lead
    start, tokens = m.start(), m.group().split()
    while tokens and tokens[0] in lead:          # "The X, a start-up": not part of the name
        start = text.index(tokens[1], start + len(tokens[0])) if len(tokens) > 1 else pos
        tokens = tokens[1:]
    return _name_span(text, start, _NAME_RUN.match(text, start, pos)) if tokens else None


def _name_span(text: str, pos: int, m: re.Match | None) -> OrgSpan | None:
    """A capitalised run as a name: cut at a word closing a sentence ("X. The …"), not a
    title, a person, a month, a place or an event."""
    if m is None:
        return None
    w = word_lists()
    tokens = []
    for t in re.finditer(r"\S+", m.group()):
        tokens.append(t)
        if t.group().endswith(".") and not _ABBREVIATION.search(t.group()):
            break
    words = [t.group() for t in tokens]
    end = pos + tokens[-1].end()
    name = original_span(text, pos, end).rstrip(",")
    if name.endswith(".") and not _ABBREVIATION.search(name):
        name = name[:-1]
    first, last = words[0], name.split()[-1] if name.split() else ""
    if not name or len(words) > 6 or first in w.lead or (len(words) == 1 and first in w.en_heads) or \
            any(x.rstrip(".,") in w.en_titles or x.rstrip(".,").rpartition("-")[2] in w.en_titles
                for x in words) or last in w.not_org or _not_named().match(name) or \
            any(x in w.event_nouns for x in name.split()) or \
            PERSON_TITLE_AFTER.match(text, pos + len(name)) or _only_place(name) or \
            _title_after(text, pos + len(name)):
        return None
    return OrgSpan(pos, pos + len(name), name)


_WORD_AFTER = re.compile(r",[ \t]+(?:the[ \t]+|and[ \t]+|its[ \t]+)?([A-Za-z-]+)")


@lru_cache(maxsize=1)
def _lower_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in word_lists().en_titles)


def _title_after(text: str, end: int) -> bool:
    """"David Garza, rector and president of X": a person, the title after in lower case."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1).lower() in _lower_titles()


@lru_cache(maxsize=1)
def _not_named() -> re.Pattern:
    return re.compile("(?:" + "|".join((*month_names(), *weekday_names())) + r")\b")


def _only_place(name: str) -> bool:
    places = find_places(name)
    return bool(places) and sum(p.end - p.start for p in places) >= len(name.replace(" ", "")) - 1
