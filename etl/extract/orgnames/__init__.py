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

import re
from dataclasses import replace
from functools import lru_cache

from etl.extract.months import month_names, weekday_names
from etl.extract.org_reference import lookup_org
from etl.extract.orgnames.chinese import (
    bare_head_references,
    chinese_spans,
    contracted_university_references,
    described_zh_spans,
    short_form_back_references,
    trade_name_spans,
    winner_references,
    without_joined_known,
)
from etl.extract.orgnames.english import (
    acronym_back_references,
    acronyms_spelled_after,
    bare_level,
    distributed_spans,
    english_spans,
    implicit_acronyms,
    is_head,
    local_government_spans,
    namesakes_spelled_here,
    place_government_spans,
    without_joined_names,
)
from etl.extract.orgnames.lists import described_spans, listed_spans
from etl.extract.orgnames.own import with_own_units
from etl.extract.orgnames.reference import reference_spans
from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import word_lists
from etl.extract.text import non_overlapping, original_span
from etl.gazetteer import country_code, find_places

__all__ = ["OrgSpan", "find_org_spans"]


def find_org_spans(text: str) -> list[OrgSpan]:
    """Every organisation name in `text` (a View or plain text), in order, without overlaps."""
    spans = reference_spans(text) + english_spans(text) + chinese_spans(text) + \
        listed_spans(text) + distributed_spans(text) + described_spans(text) + \
        local_government_spans(text) + described_zh_spans(text) + place_government_spans(text) + \
        trade_name_spans(text)
    spans += acronyms_spelled_after(text)
    backs = acronym_back_references(text, spans)
    if backs:     # "the NRDI Office": the defined short form, not a name of its own head noun
        cover = {(b.start, b.end) for b in backs}
        spans = [s for s in spans if (s.start, s.end) not in cover or s.acronym or s.ref] + backs
    spans += implicit_acronyms(text, spans)
    spans += short_form_back_references(text, spans)
    spans += contracted_university_references(text, spans)
    spans += winner_references(text, spans)
    spans += bare_head_references(text, spans)
    spans = without_joined_names(text, _text_defined_acronyms_win(spans))
    spans = namesakes_spelled_here(text, spans)
    spans = _bracketed_units(text, spans)
    spans = without_joined_known(text, spans)
    spans = with_own_units(text, _join_units(text, _without_overlaps(_split_at_described(text, _acronym_led_names(text, spans)))))
    return [_with_owner(text, _with_tail(text, s)) for s in spans
            if not _names_member_countries(text, s) and not (s.ref is None and bare_level(s.name))]



# "CSIRO's Newcastle Energy Centre", "the University's Research and Innovation Division": the
# body a unit belongs to, written as a possessive before it (inside the name or right before)
_OWNER_IN_NAME = re.compile(r"^(?:the[ \t]+)?((?:[A-Z][\w&.-]*[ \t]+){0,5}?[A-Z][\w&.-]*)['’]s[ \t]+(?=[A-Z])")
_OWNER_BEFORE = re.compile(r"((?:(?:[A-Z][\w&.-]*|of|for|and)[ \t]+){0,6}?[A-Z][\w&.-]*)['’]s[ \t]+$")


def _with_owner(text: str, span: OrgSpan) -> OrgSpan:
    if span.parent is not None or span.ref is not None:
        return span
    m = _OWNER_IN_NAME.match(span.name)
    if m is None and text[span.start - 3:span.start - 1] in ("'s", "’s"):
        m = _OWNER_BEFORE.search(text, max(0, span.start - 60), span.start)
    if m is None:
        return span
    owner = m.group(1)
    w = word_lists()
    if lookup_org(owner) is None and not any(t in w.en_heads for t in owner.split()):
        return span          # "Galway's X", "Ireland's X": a place, not an owner
    return replace(span, parent=owner)


def _names_member_countries(text: str, span: OrgSpan) -> bool:
    """"来自东盟10国", "delegates from ASEAN countries": a regional body's name before its
    member countries names the region, not the body."""
    after = text[span.end:span.end + 20].lower().lstrip()
    w = word_lists()
    listed = _REGION_LIST.match(after)
    if not any(after.startswith(x) and not (x.isascii() and after[len(x):len(x) + 1].isalpha())
               for x in w.region_after) and \
            not (listed and any(after.startswith(r, listed.end()) and
                                after[listed.end() + len(r):listed.end() + len(r) + 1] in _REGION_END
                                for r in w.world_regions)):
        return False      # "ASEAN Regional Forum" is a body; "东盟、中东及欧洲" are regions
    ref = span.ref or lookup_org(span.name) or (lookup_org(span.acronym) if span.acronym else None)
    return ref is not None and ref.org_type == "international_org"


_REGION_LIST = re.compile(r"[、及和与]")
_REGION_END = "、及和与等，。；,;"     # a region's name ends there ("亚洲开发银行" is a body)
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


def _text_defined_acronyms_win(spans: list[OrgSpan]) -> list[OrgSpan]:
    """An acronym the text defines for a name ("the University of Southern Denmark (SDU)")
    stands for that name wherever the text writes it, not for the table's namesake with the
    same acronym (Shandong University): the table's bare-acronym matches give way."""
    defined = {s.acronym: s.name for s in spans if s.acronym and s.ref is None}
    if not defined:
        return spans
    return [s for s in spans if not (s.ref is not None and s.name in defined and
                                     s.ref.name != defined[s.name])]


# "Fraunhofer IPT": a table name and an institute's letters after it
_UNIT_LETTERS = re.compile(r"[ \t]+[A-Z][A-Za-z]{1,5}(?![A-Za-z0-9-])")


_BRACKETED = re.compile(r"[（(]([^（）()\n]{2,40})[)）]")


def _bracketed_units(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """Each span through _bracketed_unit, the text's bracketed words read once."""
    tails = [(s, _UNIT_LETTERS.match(text, s.end)) for s in spans]
    if not any(m for _s, m in tails):
        return spans
    bracketed = set(_BRACKETED.findall(text))
    return [_bracketed_unit(text, s, m, bracketed) if m else s for s, m in tails]


def _bracketed_unit(text: str, span: OrgSpan, m: re.Match, bracketed: set[str]) -> OrgSpan:
    """"弗劳恩霍夫生产技术研究所（Fraunhofer IPT）… 与Fraunhofer IPT签订": a name followed by
    letters the text itself gives in brackets as a body's short form names that body (one of
    the named society's institutes), not the society: the span takes the letters and no
    reference entry."""
    longer = text[span.start:m.end()]
    if longer not in bracketed:
        return span
    return OrgSpan(span.start, m.end(), original_span(text, span.start, m.end()))


# capitalised words after an acronym, in one run (no "and", no comma)
_AFTER_ACRONYM = re.compile(r"(?:[ \t]+[A-Z][a-z][\w&'’-]*){1,3}")


def _acronym_led_names(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """"UNM Rainforest Innovations", "NUS Enterprise", "IPOS International": a body's acronym
    followed by capitalised words that are no title, event, programme or place names another
    body (its arm or unit), not the body the acronym stands for; the longer span wins."""
    # as written: a back-reference to an acronym carries its long name
    acronyms = [s for s in spans if 2 <= s.end - s.start <= 8 and
                (a := text[s.start:s.end]).isupper() and a.isalpha()]
    if not acronyms:
        return spans
    w = word_lists()
    more: list[OrgSpan] = []
    for s in acronyms:
        m = _AFTER_ACRONYM.match(text, s.end)
        if m is None:
            continue
        words = m.group().split()
        # "IPOS International's" ends the name at the possessive; "NUS Enterprise's BLOCK71"
        words = [t.removesuffix("'s").removesuffix("’s") for t in words]
        if words[-1] != m.group().split()[-1]:
            words = words[:next(k for k, t in enumerate(m.group().split())
                                if t.endswith(("'s", "’s"))) + 1]
        if any(t in w.not_org or t in w.event_nouns or t in w.lead or
               any(t == x or t.startswith(x + " ") for x in w.en_titles) for t in words) or \
                any(t in _dates() for t in words) or _place_words(" ".join(words)) or \
                _site_after(text, text.index(words[-1], s.end) + len(words[-1]), w.sites):
            continue        # "WIPO Director General", "UCC Innovation Week", "NUS Singapore"
        end = text.index(words[-1], s.end) + len(words[-1])
        if any(x.start == s.start and x.end == end and x.acronym for x in spans):
            continue        # "NRDI Office" the text defined as its own short form: no arm
        # the acronym is the owner: an arm whose name says no kind is of the owner's kind
        # (organizations.py types it), as the grammar's units of a university are
        more.append(OrgSpan(s.start, end, original_span(text, s.start, end), parent=s.name))
    return spans + more


@lru_cache(maxsize=1)
def _dates() -> frozenset[str]:
    return frozenset((*month_names(), *weekday_names()))


def _site_after(text: str, end: int, sites: frozenset[str]) -> bool:
    """"the AGI Ashanti branch", "KTH Flemingsberg campus": a site noun after the words makes
    them the site's name, not a body's."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in sites


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _place_words(words: str) -> bool:
    """Whether capitalised words hold a place's name ("NUS Singapore", "KIT Campus North")."""
    return bool(find_places(words))


# what joins a described company to the name beside it: "and", and where the company is based
_DESCRIBED_JOIN = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:[\w'’.-]+(?:[ \t][\w'’.-]+)?-based[ \t]+)?")


def _split_at_described(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """"Venture firm Pacific Channel and Ngāi Tahu Holdings", "X University Campus and
    Kuching-based PETROS": a company named by what it is (the noun before it, where it is
    based) ends at the "and" that a capitalised run of the grammar crossed; the rest of the
    run is a name of its own when it holds a head noun, else the run stays whole."""
    described = [s for s in spans if s.listed_type is not None and s.ref is None]
    if not described:
        return spans
    heads = word_lists().en_heads
    out = list(spans)
    for g in spans:
        if g.ref is not None or g.listed_type is not None or g.acronym is not None:
            continue
        for d in described:
            rest = None
            if d.start == g.start and d.end < g.end:
                m = _DESCRIBED_JOIN.match(text, d.end)
                if m and m.end() < g.end:
                    rest = (m.end(), g.end)
            elif d.end == g.end and d.start > g.start:
                m = _DESCRIBED_JOIN.search(text, g.start, d.start)
                while m and m.end() != d.start:
                    m = _DESCRIBED_JOIN.search(text, m.end(), d.start)
                if m:
                    rest = (g.start, m.start())
            if rest is None:
                continue
            name = original_span(text, *rest)
            if any(is_head(t, heads) for t in name.split()):
                out.remove(g)
                out.append(OrgSpan(rest[0], rest[1], name))
                break
    return out


def _without_overlaps(spans: list[OrgSpan]) -> list[OrgSpan]:
    # Names found by the grammars or the table first, longest first (a reference match wins a
    # tie: it carries the canonical entry); items of kind-named lists fill the gaps.
    ranked = sorted(spans, key=lambda s: (s.listed_type is not None, -(s.end - s.start),
                                          s.ref is None, s.start))
    return non_overlapping(ranked, lambda s: s.start, lambda s: s.end)
