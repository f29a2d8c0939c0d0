"""Whose money figure it is, what it measures and which year it describes, read from the words
around it.

Every look-up works on a bounded window around the figure (its clause, then at most
`BEFORE`/`AFTER` characters of its sentence, then the two sentences before it, each clipped), so
the cost per figure does not grow with the sentence or the document. The words are rows of
data/reference/scope_markers.csv and metric_cues.csv.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.scan import first_char_guard
from etl.gazetteer import country_code, find_places
from etl.reference import read_csv

BEFORE = 160        # characters of the sentence read before a figure
AFTER = 100         # and after it
CONTEXT = 300       # characters of each earlier sentence read as context

_NON_EVENT = ("national", "regional", "institution", "report", "span")
# Kinds that say a figure is no sum of this event at all (it is dropped, see `not_a_sum`), or
# qualify one of those: they say nothing about whose a kept figure is.
_DROP_KINDS = frozenset({"other_edition", "change", "forecast", "future", "market_value",
                         "this_edition", "threshold", "dated_edition", "target", "ratio", "later",
                         "price", "reach", "hope", "economy", "upcoming", "aim",
                         "named_edition", "denied", "conversion", "annual", "aim_sentence", "pledge",
                         "same_occasion", "past_year", "fund_size", "set_against",
                         "count_total"})
# A clause ends at Chinese or Latin punctuation; a comma between digits is a thousands mark.
_CLAUSE_END = re.compile(r"[，；;：:。！？!?\n]|,(?!\d)")


@dataclass(frozen=True)
class Markers:
    before: dict[str, re.Pattern]     # kind → alternation of the rows seen before the figure
    after: dict[str, re.Pattern]
    start: dict[str, re.Pattern]      # kind → rows matched at the start of the sentence
    heading: dict[str, re.Pattern]    # kind → rows matched on the heading of the figure's block


@lru_cache(maxsize=1)
def markers() -> Markers:
    rows: dict[str, dict[str, list[str]]] = {"before": {}, "after": {}, "start": {},
                                             "heading": {}}
    for row in read_csv("scope_markers.csv"):
        kind, where, pattern = row.get("kind", ""), row.get("where", ""), row.get("pattern", "")
        if not kind or not pattern:
            continue
        for side in (("before", "after") if where == "any" else (where,)):
            if side in rows:
                rows[side].setdefault(kind, []).append(pattern)

    def compiled(side: str, anchor: str = "") -> dict[str, re.Pattern]:
        # each kind's rows are one alternation scanned over every figure's window: opened by
        # the characters a row can start with, most places are passed over at once
        return {k: first_char_guard(re.compile(anchor + "(?:" + "|".join(f"(?:{p})" for p in ps)
                                               + ")", re.I))
                for k, ps in rows[side].items()}
    return Markers(compiled("before"), compiled("after"), compiled("start", "^"),
                   compiled("heading"))


@lru_cache(maxsize=1)
def metric_cues() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((r["metric"], re.compile(r["pattern"], re.I))
                 for r in read_csv("metric_cues.csv") if r.get("metric") and r.get("pattern"))


def metric_of(before: str, after: str) -> str:
    """The metric the words before the figure name, else the few words after it, else other."""
    for window in (before, before + " " + after):
        for metric, cue in metric_cues():
            if cue.search(window):
                return metric
    return "other"


@dataclass
class Window:
    """The text around one figure: its clause, its sentence (bounded) and what came before."""
    clause_before: str
    clause_after: str
    before: str
    after: str
    sentence_start: str
    context: str
    own_before: str = ""     # `before` after the previous money figure of the sentence
    heading: str = ""        # the short line that heads the figure's block ("附：往届回顾")


# Inside a sentence a semicolon or a colon closes a statement: what stands before it is read
# like an earlier sentence ("成立两年来，…成效显著：…；中心促成…合作金额5.1亿元").
_STATEMENT_END = re.compile(r"[；;：]|:(?!\d)")


def last_match(rx: re.Pattern, s: str) -> re.Match | None:
    """The last match of `rx` in `s` (one scan)."""
    found = None
    for found in rx.finditer(s):  # noqa: B007  (the loop keeps the last one)
        pass
    return found


def window(text: str, start: int, end: int, sentence: tuple[int, int], context: str,
           money_at: list[int] | None = None, prev_end: int = -1) -> Window:
    """The surroundings of text[start:end] within `sentence`; `context` holds the sentences
    before it, `money_at` the sorted offsets of every money figure (an earlier statement of
    the sentence that holds one is left out of the context: its words are about that figure),
    `prev_end` where the figure before this one ends."""
    a, b = sentence
    lo = max(a, start - BEFORE)
    before = text[lo:start]
    own_lo = max(lo, prev_end)
    cut = last_match(_STATEMENT_END, before)
    if cut:
        stmt = lo + cut.end()
        own_lo = max(own_lo, stmt)
        lead_lo = max(a, stmt - CONTEXT)
        i = bisect.bisect_left(money_at or [], lead_lo)
        if not (money_at and i < len(money_at) and money_at[i] < stmt):
            context = context + " " + text[lead_lo:stmt]
        before = before[cut.end():]
    after = text[end:min(b, end + AFTER)]
    stop = _STATEMENT_END.search(after)
    after = after[:stop.start()] if stop else after
    cut = last_match(_CLAUSE_END, before)
    clause_before = before[cut.end():] if cut else before
    stop = _CLAUSE_END.search(after)
    clause_after = after[:stop.start()] if stop else after
    return Window(clause_before, clause_after, before, after, text[a:min(b, a + 40)], context,
                  text[own_lo:start])


def _found(before: str, after: str, start: str = "") -> dict[str, int]:
    """kind → distance of its nearest marker from the figure (after the figure: +1000)."""
    m = markers()
    out: dict[str, int] = {}
    for kind, rx in m.before.items():
        if kind in _DROP_KINDS:
            continue
        last = last_match(rx, before)
        if last:
            out[kind] = len(before) - last.end()
    for kind, rx in m.after.items():
        if kind in _DROP_KINDS:
            continue
        hit = rx.search(after)
        if hit and kind not in out:
            out[kind] = 1000 + hit.start()
    for kind, rx in m.start.items():
        if kind not in out and start and rx.match(start):
            out[kind] = 2000
    for kind, dist in _places(before, after).items():
        if dist < out.get(kind, 10**6):
            out[kind] = dist
    return out


# "India's exports", "Zhejiang's turnover": a place owns the figure.
_POSSESSIVE = re.compile(r"\b(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|’s)\s")
# An acronym right before a possessive place name: the two name an organisation.
_ACRONYM_LEAD = re.compile(r"\b(?-i:[A-Z]{2,6})\s$")
# "Japanese universities earned …": a country's sector.
_SECTOR = re.compile(r"\b(?P<p>[A-Z][a-z]+|U\.S\.|US|UK)\s+(?:academic\s+|research\s+)?"
                     r"(?:universities|institutions|companies|firms|enterprises|hospitals)\b")
# "universities in the UK earned …": the same, the country after the sector.
_SECTOR_IN = re.compile(r"\b(?:universities|institutions|companies|firms|enterprises|hospitals)"
                        r"\s+(?:in|across)\s+(?:the\s+)?(?P<p>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|"
                        r"U\.S\.|US|UK|UAE))\b", re.I)
# "Ningbo will invest …", "Đà Nẵng has set aside …", "the Eastern Cape exported …": a place as
# the subject that spends or trades (a name of any script's capitals, checked by `_capitalised`).
_PLACE_SPENDS = re.compile(r"(?<![^\W\d_])(?P<p>[^\W\d_]+(?:\s(?!(?:will|would|is|plans|has|had)\b)"
                           r"[^\W\d_]+)?)\s+(?:will|would|is\s+to|"
                           r"plans\s+to|has|had)?\s*(?:invest|allocate|spend|earmark|dedicate|"
                           r"set\s+aside|budget|export|import)")
# "expenditure on R&D in Northern Ireland reached …": an economy-wide quantity of a place,
# its verb right before the figure.
_STATISTIC_IN = re.compile(
    r"\b(?:expenditure|spending|investment|exports?|imports?|output|GDP|revenues?|turnover|"
    r"sales|income)\s+(?:(?:on|in|of)\s+[\w\s&-]{0,40}?\s+)?(?:in|across)\s+(?:the\s+)?"
    r"(?P<p>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|U\.S\.|US|UK|UAE))\s+(?:(?:has|have|had)\s+)?"
    r"(?:reached|rose|grew|increased|fell|declined|dropped|stood\s+at|totall?ed|amounted\s+to|"
    r"hit|was|were|came\s+to)\s+(?:to\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
# "the Government of Canada committed …": a country's (or a province's) government spends.
_GOVERNMENT_OF = re.compile(r"\b(?-i:Government|government)\s+of\s+(?:the\s+)?"
                            r"(?P<p>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\b")
# "AU$290M in Australia", "across the UK": where the money is, right after the figure.
_IN_PLACE = re.compile(r"^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:in|across|throughout)\s+(?:the\s+)?"
                       r"(?P<p>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|U\.S\.|US|UK|UAE))\b(?!['’]s)")
# "… $3.6 billion in licensing income for U.S. institutions": the country's sector, after the figure.
_SECTOR_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:for|of|by|among|at)\s+(?:the\s+)?(?P<p>(?-i:[A-Z][a-z]+)|U\.S\.|US|UK)\s+"
    r"(?:academic\s+|research\s+|public\s+)?(?:universities|institutions|companies|firms|"
    r"enterprises|hospitals)\b")
_ACROSS = re.compile(r"\bacross\s+the\s+(?P<p>(?-i:UK|U\.S\.|US|EU|[A-Z][a-z]+))\b")


_CJK_STAT = re.compile(r"技术|全年|生产总值|高校|高等|企业|院所")
# "2023年广东高校技术转让合同金额": a year, then a place's sector: that place's statistic.
_ZH_SECTOR = re.compile(r"(?:19|20)\d\d年(?:度|全年)?(?P<p>[\u4e00-\u9fff]{2,8}?)"
                        r"(?:高校|高等学校|高等院校|企业|科研院所)")
# "2022年上海技术进出口合同金额", "北京技术市场成交额", "上海市认定登记技术合同成交额": a place's
# technology-market statistic.
_ZH_STATISTIC = re.compile(
    r"(?:(?:19|20)\d\d年(?:度|全年)?)?的?(?:认定|登记)*的?(?:技术(?:合同|进出口|出口|进口|市场|交易)"
    r"(?=(?:合同)?(?:成交|金额|总额|交易额|登记|规模|达|为|实现))|全年|地区生产总值|生产总值)")


def _zh_places(before: str) -> Iterator[tuple[str, int]]:
    """The kind of a place named right before a statistic (上海技术合同成交额) and how far the
    statistic stands from the figure."""
    for m in _ZH_STATISTIC.finditer(before):
        lead = before[max(0, m.start() - 8):m.start()]
        for mention in find_places(lead) if lead else ():
            if mention.end == len(lead):
                p = mention.place
                yield ("regional" if p.city or p.province_code else "national"), \
                    len(before) - m.end()


# "德州生技产业年产值约…": a place's industry, then its output: that place's statistic.
_ZH_INDUSTRY = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,10}?)产业[\u4e00-\u9fff]{0,2}?"
                          r"(?:年产值|总产值|产值|规模|营收|营业额)")


def _places(before: str, after: str) -> dict[str, int]:
    out: dict[str, int] = {}

    def add(kind: str | None, dist: int) -> None:
        if kind and dist < out.get(kind, 10**6):
            out[kind] = dist
    for m in _ZH_INDUSTRY.finditer(before) if "产业" in before else ():
        mentions = find_places(m.group("p"))
        if mentions and mentions[0].start == 0:
            # the place opens the phrase ("德州生技产业"); in "中台湾精密机械产业" it is
            # only part of a region's name (read by scope_markers.csv)
            p = mentions[0].place
            add("regional" if p.city or p.province_code else "national", len(before) - m.end())
    for kind, dist in _zh_places(before) if _CJK_STAT.search(before) else ():
        add(kind, dist)
    for m in _ZH_SECTOR.finditer(before) if _CJK_STAT.search(before) else ():
        for mention in find_places(m.group("p")):
            if mention.start == 0 and mention.end == len(m.group("p")):
                p = mention.place
                add("regional" if p.city or p.province_code else "national",
                    len(before) - m.end())
    for rx in (_POSSESSIVE, _PLACE_SPENDS, _GOVERNMENT_OF):
        for m in rx.finditer(before):
            if rx is _POSSESSIVE and _ACRONYM_LEAD.search(before, max(0, m.start() - 9),
                                                          m.start()):
                # "IIT Guwahati's earnings": a place after an acronym names an organisation's
                # campus (IIT Guwahati, UC Davis, ETH Zurich), the owner is that organisation
                add("institution", len(before) - m.end())
                continue
            if _capitalised(m.group("p")):
                add(place_kind(m.group("p")), len(before) - m.end())
    m = _STATISTIC_IN.search(before)
    if m:
        add(place_kind(m.group("p")), 0)
    if "政府" in before:
        # only in the figure's own clause: a government named in another clause speaks or
        # praises ("会中，市政府局长致词…宣布本中心累计…"), it does not own the figure
        cut = last_match(_CLAUSE_END, before)
        for m in _ZH_GOVERNMENT.finditer(before, cut.end() if cut else 0):
            add(_zh_place_kind(m.group("p"), whole=False), len(before) - m.end())
    m = _ZH_PLACE_SUBJECT.search(before) if "\u4e00" <= before[-1:] <= "\u9fff" else None
    if m and _spans(before[m.start():]):
        add(_zh_place_kind(m.group("p")), len(before) - m.end())
    for rx in (_SECTOR, _SECTOR_IN):
        for m in rx.finditer(before):
            add(place_kind(m.group("p")) or ("national" if country_code(m.group("p")) else None),
                len(before) - m.end())
    m = _SECTOR_AFTER.match(after)
    if m:
        add(place_kind(m.group("p")) or ("national" if country_code(m.group("p")) else None),
            1000 + m.start("p"))
    m = _IN_PLACE.match(after)
    if m:
        add(place_kind(m.group("p")), 1000 + m.start("p"))
    for m in _ACROSS.finditer(after):
        add(place_kind(m.group("p")), 1000 + m.start())
    return out


def _capitalised(name: str) -> bool:
    """Every word of `name` opens on a capital ("Đà Nẵng", not "the city")."""
    return all(w[:1].isupper() for w in name.split())


# "印度政府推动的…", "宁波市政府…": a place's government, the place right before 政府.
# Not a government that is a party to a deal ("宁波市政府与…签约": the deal's money).
_ZH_GOVERNMENT = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,6}?)(?:联邦|中央)?政府"
                            r"(?![\u4e00-\u9fff]{0,2}(?:与|和|同|签))")
# "，云南与南亚东南亚国家累计签订…": a province or city opening the figure's clause as its
# subject (read only with a cumulative or period word in that clause).
_ZH_PLACE_SUBJECT = re.compile(r"(?:^|[，,：:。])\s*(?P<p>[\u4e00-\u9fff]{2,6}?)"
                               r"(?=与|和|同|共|累计|已|先后|全年|近年)[^，,：:。]*$")


def _zh_place_kind(name: str, whole: bool = True) -> str | None:
    """national / regional for a Chinese place name that is all of `name` (with `whole`
    False: that ends `name`, "出印度" read as 印度), else None ("云南大学" is no place)."""
    for mention in find_places(name):
        if mention.end == len(name) and (mention.start == 0 or not whole):
            p = mention.place
            return "regional" if p.city or p.province_code else "national"
    return None


def _spans(clause: str) -> bool:
    """`clause` has a cumulative or period word (累计, 期间 …: scope_markers.csv kind span)."""
    rx = markers().before.get("span")
    return bool(rx and rx.search(clause))


@lru_cache(maxsize=4096)
def place_kind(name: str) -> str | None:
    """'national' for a country's name, 'regional' for a province, state or large city."""
    import pycountry
    try:
        pycountry.countries.lookup(name)
        return "national"
    except LookupError:
        pass
    if name in ("UK", "U.S.", "US", "EU", "UAE"):
        return "national"
    return "regional" if name.lower() in _region_names() else None


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    import pycountry

    from etl.gazetteer import geonames_cities
    names = set()
    for sub in pycountry.subdivisions:
        base = re.sub(r"\s*\(.*?\)", "", sub.name)
        names.add(base.lower())
        names.add(re.sub(r"\s+(?:Sheng|Shi|Zizhiqu|Province|State|Region)$", "", base).lower())
    for city in geonames_cities().values():
        if city.get("population", 0) >= 500_000:
            names.add(city["name"].lower())
    return frozenset(names)


def _kind(clause: dict[str, int], sentence: dict[str, int], context: dict[str, int],
          recipients: bool = False) -> str:
    """Which non-event scope: an owner named in the figure's own clause ("学校技术合同到账经费"),
    else a place the sentence names nearest the figure, else an owner, else a published
    statistic (national), else the figure belongs to whoever compiled it. `recipients`: the
    figure is followed by the ones it went to ("… to 310 companies")."""
    if "institution" in clause and not any(k in clause for k in ("national", "regional")):
        return "institution"   # "…, ranking first among the province's universities" is not it
    if "institution" in clause and clause["institution"] < 1000 and recipients and not any(
            clause.get(k, 10**6) < 1000 for k in ("national", "regional")):
        # an owner named before the figure keeps it when a place stands only after the ones
        # it went to: "the agency's fund had disbursed RM185 million to 310 companies
        # nationwide" ("deals worth AU$1.3B in Australia" is still the country's)
        return "institution"
    places = [(d, k) for k, d in sentence.items() if k in ("national", "regional")]
    if places:
        return min(places)[1]
    for marks in (sentence, context):
        if "institution" in marks:
            return "institution"
        if "report" in marks:
            return "national"
    return "institution"


# "… RM185 million to 310 companies": the ones the money went to, right after the figure.
_TO_RECIPIENTS = re.compile(
    r"\s*(?:to|among)\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|start-?ups|projects|researchers|"
    r"universities|institutions|enterprises|SMEs|businesses|teams|recipients|grantees|"
    r"entrepreneurs|innovators)\b", re.I)


# What the sentences before a figure can say about it: that it is cumulative, an owner's or a
# published statistic. Places they name belong to their own figures.
_CONTEXT_KINDS = ("span", "report", "institution")


def _decisive(marks: dict[str, int]) -> bool:
    return "event_strong" in marks or any(k in marks for k in _NON_EVENT)


def scope_of(w: Window, metric: str = "other") -> str:
    """event | institution | national | regional for the figure whose surroundings are `w`.
    The words of the sentence after the figure before this one speak first ("政府…投入40亿元，
    TTA累计…募资300亿元": the government is the first figure's); the whole sentence only when
    they say nothing decisive."""
    clause = _found(w.clause_before, w.clause_after)
    sentence = _found(w.own_before, w.after, w.sentence_start)
    if not _decisive(sentence) and len(w.own_before) < len(w.before):
        sentence = _found(w.before, w.after, w.sentence_start)
    context = _found(w.context[-2 * CONTEXT:], "")
    recipients = bool(_TO_RECIPIENTS.match(w.clause_after))
    fund = markers().before.get("fund_size")
    if fund and fund.search(w.clause_before) and "event_strong" not in _found(w.own_before, "") \
            and not any(k in clause for k in ("national", "regional")):
        return "institution"   # "该基金总规模为10亿美元": the fund's own size, whatever the
        # sentence says after it ("…（规模5亿元）将在大会上发布首批项目"); a fund signed
        # at the event, said before ("现场还签约了3支基金，基金规模合计30亿元"), is the event's;
        # a government's fund ("日本政府设立的创新基金规模为…") is that place's
    for marks in (clause, sentence):
        if "event_strong" in marks:
            return "event"
        if any(k in marks for k in _NON_EVENT):
            return _kind(clause, sentence, context, recipients)
    owners = [d for k, d in context.items() if k in _CONTEXT_KINDS]
    deal = context.get("event_strong", 10**6)
    if "event_weak" in sentence:
        # "…签署合作备忘录。根据备忘录，双方将投入…": a deal sentence after a deal told
        # nearer than any owner's record is still about that deal
        deal = min(deal, context.get("event_weak", 10**6))
    if owners and deal < min(owners):
        return "event"   # "…the university's labs. During the fair X signed …": the nearer
    if owners:
        return _kind(clause, sentence, context)
    if "event_weak" in sentence or "event_strong" in context:
        return "event"
    if metric in ("revenue", "funding"):
        return "institution"   # income and grants are somebody's own, not a deal of the event
    return "event"


def is_breakdown(w: Window) -> bool:
    """The figure's sentence or clause opens as a part of a total given before it ("其中，…",
    "Of this, …"), the figure is followed by "of this", or a total of its sentence includes it
    ("The $1.75 million includes $600,000 in grants"): it shares that total's scope."""
    m = markers()
    start, after = m.start.get("breakdown"), m.after.get("breakdown")
    before = m.before.get("breakdown")
    return bool((start and (start.match(w.sentence_start) or start.match(w.clause_before))) or
                (after and after.match(w.clause_after.lstrip())) or
                (before and before.search(w.own_before)))


def not_a_sum(w: Window, year: int | None = None, edition: int | None = None) -> str | None:
    """Why the figure is no sum of this event, or None: a market capitalisation named in its
    clause ("总市值约11万亿元"); another edition's figure, named in its sentence before it
    ("Last year's fair generated $12 million", "去年第二届大会签约金额为19亿元", "compares with
    $2 million", a sentence opening "For comparison"), or an edition named by a year before
    `year` (the year the article is dated in: "the 2023 edition drew …") unless the words just
    before make it a change ("与上届相比增加1.34亿元") or this edition is named after them
    (outside brackets: "上一期（今年3月举办）" is still the other one); a target in its clause
    ("aims to raise it above", "力争达到") when the sentence names a later year, a
    whole year ("力争全年", "年度目标") or an event to come; a ratio ("$9 for every state dollar"); a forecast in
    its clause ("预期签约金额约8,000万元", or leading it: "某协会预计，到2028年…将超过300亿元") in a
    sentence about what is to come; a price per unit ("36.42元/股") or a ticket price or fee
    named in its clause ("The registration fee was €95"); an edition named by a smaller
    number than `edition`, the article's own ("首届交易会意向金额为2.1亿元" in a report of the
    second)."""
    m = markers()
    rx = m.before.get("market_value")
    if rx and rx.search(w.clause_before):
        return "market_value"
    rx = m.before.get("economy")
    if rx and rx.search(w.clause_before):
        return "economy"
    rx = m.before.get("other_edition")
    hit = last_match(rx, w.own_before) if rx else None
    if hit is None and year:
        dated = m.before.get("dated_edition")
        for d in dated.finditer(w.own_before) if dated else ():
            if edition_year(d) < year:
                hit = d
    if hit is None and edition:
        for d in _EDITION_BACK.finditer(w.own_before):
            if (ordinal_of(d) or edition) < edition:
                hit = d
    start, heading = m.start.get("other_edition"), m.heading.get("other_edition")
    if hit is None and heading and w.heading and heading.search(w.heading) and not any(
            k in _NON_EVENT for k in _found(w.own_before, w.clause_after)):
        return "other_edition"   # "附：往届回顾" heads a block about other editions (a
        # national or cumulative statistic quoted under it is still the statistic)
    after = m.after.get("other_edition")
    if hit is None and after and after.match(w.clause_after):
        return "other_edition"   # "double the 96 million yuan of the previous session"
    same, past = m.after.get("same_occasion"), m.before.get("past_year")
    if hit is None and same and past and same.match(w.clause_after) and past.search(
            w.own_before):
        return "other_edition"   # "Last year the fund awarded $3 million in the same call":
        # the same occasion in a past year is another edition (with no past year it is this one)
    against = m.after.get("set_against")
    if hit is None and against and past and against.match(w.after) and past.search(
            w.clause_before):
        return "other_edition"   # "去年签约金额仅300万元，今年大幅成长": last year's figure is
        # the baseline this year is set against, no sum of this event
    if hit or (start and start.match(w.sentence_start)):
        change, this = m.before.get("change"), m.before.get("this_edition")
        # a sentence opening on another time may come back to this one before the figure
        # ("Ten years ago a deal was a rarity; this year the agency invested …")
        tail = _BRACKETED.sub(" ", w.own_before[hit.end():] if hit else w.own_before)
        if not ((change and change.search(w.clause_before)) or
                (this and this.search(tail))):
            return "other_edition"
    rx, upcoming, annual = (m.before.get("target"), m.before.get("upcoming"),
                            m.before.get("annual"))
    if rx and rx.search(w.clause_before) and (
            _later(w.own_before + " " + w.after, year)
            or (upcoming and upcoming.search(w.own_before))
            or (annual and annual.search(w.own_before))):
        return "target"   # a whole year's target ("力争全年…突破5,000万元") is one for a
        # year not yet over: no sum reached, whichever year it is
    rx, deal = m.before.get("reach"), m.before.get("event_weak")
    if rx and rx.search(w.clause_before) and _later(w.own_before + " " + w.clause_after, year,
                                                    years_only=True) and not (
            deal and (deal.search(w.own_before) or deal.search(w.after))):
        return "target"   # "到2030年产业产值将达到1500亿元": a level to be reached in a later
        # year than the article's is a plan, no sum reached (a deal's "will reach" is the deal's)
    rx = m.before.get("hope")
    if rx and rx.search(w.clause_before):
        return "target"
    rx = m.before.get("aim")
    if rx and rx.search(w.clause_before):
        return "target"   # "we aim for deals worth …": a quoted aim is never a sum reached
    rx = m.before.get("pledge")
    if rx and rx.search(w.clause_before) and not (
            deal and (deal.search(w.own_before) or deal.search(w.after))):
        return "target"   # "计划三年内提供不少于20亿元的授信": a plan over years to come, no
        # sum reached at the event (a deal's value over years is the deal's: 根据协议，…将在
        # 未来五年内投入6000万元)
    rx = m.before.get("aim_sentence")
    if rx and rx.search(w.own_before):
        return "target"   # "The target, says X, is to turn at least …": the aim is the
        # sentence's subject, set apart from the figure by an inserted clause
    rx = m.before.get("conversion")
    if rx and rx.search(w.own_before):
        return "conversion"   # "TL 46 million — which, at today's exchange rate, is $1.1 million"
    rx, fee = m.after.get("price"), m.before.get("price")
    if (rx and rx.match(w.clause_after)) or (fee and fee.search(w.clause_before)):
        return "price"   # "36.42元/股", "Tickets … were sold at $20 each"
    rx = m.after.get("denied")
    if rx and rx.search(w.after):
        return "denied"   # "总额度为50亿元，并非本次活动新设"
    before, after = m.before.get("ratio"), m.after.get("ratio")
    if (after and after.search(w.clause_after)) or (before and before.search(w.clause_before)):
        return "ratio"
    rx, future = m.before.get("forecast"), m.before.get("future")
    if rx and future and (rx.search(w.clause_before) or _forecast_lead(rx, w)) and (
            future.search(w.own_before) or future.search(w.clause_after)
            or _later(w.own_before + " " + w.clause_after, year, years_only=True)):
        return "forecast"
    return None


def _forecast_lead(rx: re.Pattern, w: Window) -> bool:
    """"某协会预计，到2028年…将超过300亿元": a forecast word that leads the sentence's
    clauses (it stands right before a comma), said of a figure its clause says will be
    reached (a budget to be set, "预计，明年将编列1.5亿元", is a plan, not a forecast)."""
    reach = markers().before.get("reach")
    hit = last_match(rx, w.own_before)
    return bool(hit is not None and reach and reach.search(w.clause_before)
                and w.own_before[hit.end():hit.end() + 1] in ("，", ",", "：", ":"))


def _later(s: str, year: int | None, years_only: bool = False) -> bool:
    """`s` names the next year or a year after `year` (any year when the article's is unknown;
    with `years_only`, only a year written out and after a known `year`)."""
    rx = markers().before.get("later")
    for hit in rx.finditer(s) if rx else ():
        if hit.group("year"):
            named = int(hit.group("year"))
        elif hit.group("roc"):
            named = int(hit.group("roc")) + 1911
        else:
            return True
        if (year is None and not years_only) or (year is not None and named > year):
            return True
    return False


def earlier_edition(before: str, year: int | None) -> bool:
    """`before` names an edition by a year before `year` ("The 2026 edition in X drew …" in an
    article about the 2027 one)."""
    rx = markers().before.get("dated_edition")
    if not (rx and year):
        return False
    return any(edition_year(d) < year for d in rx.finditer(before))


def edition_year(d: re.Match) -> int:
    """The year a dated_edition match names: its one year group that matched (each row names
    its own group, as one alternation cannot repeat a group name)."""
    return int(next(v for v in d.groupdict().values() if v))


def named_year(head: str) -> int | None:
    """The latest year written into an event's name in `head` ("… Conference 2027"), or None."""
    rx = markers().before.get("named_edition")
    years = [int(h.group("year")) for h in rx.finditer(head)] if rx else []
    return max(years) if years else None


# "首届", "第二届", "第12届": an edition named by its number
_ORDINAL = r"(?:(?P<first>首)|第(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3}))届"
_ORDINAL_EDITION = re.compile(_ORDINAL)
# ... referred back to by a short word ("首届交易会", "第二届时", "首届签约额"), not the edition of
# another series named in full ("第十二届中国创新创业大赛")
_EDITION_BACK = re.compile(_ORDINAL + r"(?:[\u4e00-\u9fff]{0,3}?(?:会|论坛|展|赛|节|周|活动)|"
                           r"(?=[^\u4e00-\u9fff]|时|的|共|上|签约|意向|成交|期间))")


def ordinal_of(m: re.Match) -> int | None:
    """The number of an edition matched by _ORDINAL_EDITION (首 = 1)."""
    if m.group("first"):
        return 1
    n = m.group("n")
    if n.isdigit():
        return int(n)
    from etl.extract.numerals import cn_numeral
    value = cn_numeral(n)
    return int(value) if value else None


def opening_edition(head: str) -> int | None:
    """The number of the edition the article is about: the first "第N届" of its headline and
    lead (首届 gives 1), or None."""
    m = _ORDINAL_EDITION.search(head) if "届" in head else None
    return ordinal_of(m) if m else None


_BRACKETED = re.compile(r"[（(][^）)]{0,40}[）)]")


def is_threshold(text: str, start: int, end: int) -> bool:
    """The figure is a bound that sorts things, not a sum that changed hands: "投资额超过10亿元的
    重大项目31个", "12 projects worth more than $1 billion each"."""
    rx = markers().after.get("threshold")
    before = markers().before.get("threshold")
    return bool((rx and rx.match(text, end, end + 30)) or
                (before and before.search(text, max(0, start - 80), start)))


_YEAR_REF = re.compile(
    r"(?<![\d《\"“])(?:(?:in|for|during|as\s+of|by\s+the\s+end\s+of|throughout)\s+"
    r"(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s*)?(?P<en>(?:19|20)\d\d)\b(?![\s-]*\d)|"
    r"(?P<zh>(?:19|20)\d\d)年(?:度|全年|上半年|底|末)?(?![\d一二三四五六七八九十]{1,2}月))", re.I)
_TITLE_SPAN = re.compile(r"《[^》]{0,80}》|“[^”]{0,80}”|\"[^\"]{0,80}\"")


def reference_year(w: Window) -> int | None:
    """The one statistic year the figure's sentence (else its context) names; None for none or
    for two years in one breath."""
    for chunk in (w.before + w.after, w.context[-2 * CONTEXT:]):
        clean = _TITLE_SPAN.sub(" ", chunk)
        years = {int(m.group("en") or m.group("zh")) for m in _YEAR_REF.finditer(clean)}
        if len(years) == 1:
            return years.pop()
        if years:
            return None
    return None
