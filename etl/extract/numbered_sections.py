"""The numbered items of a newsletter or a review that each report an event of their own.

"一、银龄科技展圆满结束" … "二、岭大与某协会签署合作协议", "盘点之一：…" … "盘点之二：…": a heading
alone on its line, numbered, opens an item; an item whose body holds a day and says a gathering
was held or a deal signed reports an event. A page with two or more such items on different
days reports that many events (a newsletter's exhibition and its signing, a year-end review's
week of talks and its auction), never one event merged from all of them. A notice may lay its
items out by fields instead of a verb ("一、北部场 / 日期：… / 地点：…"): each is a leg of the event
the page names before them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.held_verbs import held_verbs
from etl.extract.months import month_alternation, relative_days
from etl.extract.scan import finditer_at, positions_of
from etl.reference import read_csv

# a numbered heading alone on its line: "一、…", "（二）…", "盘点之二：…" (X之N, "the N-th of X")
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|[\u4e00-\u9fff]{1,4}之[一二三四五六七八九十]{1,3}[:：])"
    r"[ \t\u3000]*(?P<h>[^\n。！？；]{2,40}?)[ \t\u3000]*$", re.M)
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
# "（二）在大湾区合作方面，创科署与…于今年十一月二十七日…合办「深港技术转移论坛」": a numbered
# paragraph (a government reply's or a report's item) opening its line with its text
_PARAGRAPH = re.compile(r"^[ \t\u3000]*[(（][一二三四五六七八九十]{1,3}[)）][ \t\u3000]*"
                        r"(?P<h>[^\n，,。；;：:]{2,40})[^\n]{40,}$", re.M)
# its day may be written in Chinese numerals (十一月二十七日, 二〇二六年十月二十一日)
_ANY_DAY = re.compile(r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
                      r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]")
# and it names its own event in quotes
_QUOTED = re.compile(r"[「“『][^」”』\n]{2,40}[」”』]")
# "同日" / "当天": an item on the day of another is part of it
_SAME_DAY = re.compile(relative_days("zh", "same_day"))


@lru_cache(maxsize=1)
def _occurred() -> re.Pattern:
    """A gathering held, opened or closed, or a deal signed (held_verbs.csv)."""
    return re.compile(held_verbs("zh", "held", "opened", "closed", "signed"))


def heading_lines(text: str) -> list[re.Match[str]]:
    """_HEADING.finditer(text), tried only at line starts (a heading opens its line; a scan of
    every character of a Chinese page costs more than the rest of this finder)."""
    return list(finditer_at(_HEADING, text, [0, *(i + 1 for i in positions_of(text, "\n"))]))


@dataclass(frozen=True)
class Section:
    heading: int      # offset of the heading line
    title: tuple[int, int]   # the heading's words after its number
    body: int         # offset after the heading line
    end: int          # offset of the next heading (or the text's end)
    signed: bool      # the item's verb is a signing
    quoted: tuple[int, int] | None = None   # a numbered paragraph's quoted event name


def event_sections(text: str) -> list[Section]:
    """The numbered items of `text` (the normalised view) that each report an event on a day
    of their own; empty unless there are at least two."""
    if "\n" not in text:
        return []
    # (no 、 nor 之: no Chinese text, whose "(一)" headings stand beside 、 lists)
    heads = heading_lines(text) if "、" in text or "之" in text else []
    if len(heads) >= 2:
        found = _sections(text, heads, _DAY, _occurred(), _SAME_DAY, _signed(), whole_verb=True)
        if found:
            return found
    elif "（" in text or "(" in text:
        found = _paragraph_sections(text)
        if found:
            return found
    if "(" not in text and ")" not in text:
        return []   # no lettered English heading either
    return _sections(text, english_heading_lines(text), _day_en(), _occurred_en(),
                     _same_day_en(), _signed_en())


def _sections(text: str, heads: list[re.Match[str]], day_rx: re.Pattern, verb_rx: re.Pattern,
              same_day: re.Pattern, signed_rx: re.Pattern, whole_verb: bool = False
              ) -> list[Section]:
    """The items under `heads` whose body holds a day (`day_rx`) and a verb saying a gathering
    was held or a deal signed, each on a day no earlier item has; `whole_verb`: the item is a
    signing when its first such verb is one (Chinese), else when any signing verb stands in it."""
    if len(heads) < 2:
        return []
    out: list[Section] = []
    days: list[str] = []
    # items laid out by a labelled date line (a notice's legs, _dated_field) count only where no
    # item says its event was held: "二、时间地点 / 时间：…" beside items that tell of a meeting is
    # the one event's schedule
    fields_only = True
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[h.start():end]
        day = _item_day(day_rx, body)
        verb = verb_rx.search(body)
        if verb is None:
            verb = _dated_field(day_rx, body)
        elif day is not None:
            fields_only = False
        if day is None or verb is None or same_day.search(body):
            continue
        key = re.sub(r"\s", "", day.group())
        if key in days:
            continue   # the same day as an earlier item: one event told in parts
        days.append(key)
        signed = signed_rx.fullmatch(verb.group()) if whole_verb else signed_rx.search(body)
        out.append(Section(h.start(), h.span("h"), h.end(), end, bool(signed)))
    if not fields_only:
        out = [s for s in out if verb_rx.search(text, s.heading, s.end)]
    return out if len(out) >= 2 else []


@lru_cache(maxsize=1)
def _date_field() -> re.Pattern:
    """A line opening on the label of an item's own date ("日期：", "Date:"; page_labels.csv,
    kind date_field)."""
    labels = sorted((r["label"] for r in read_csv("page_labels.csv")
                     if r.get("kind") == "date_field"), key=len, reverse=True)
    return re.compile(r"^[ \t\u3000]*(?:" + "|".join(re.escape(x) for x in labels)
                      + r")[ \t\u3000]*[:：]", re.I | re.M)


def dated_field_line(body: str) -> str | None:
    """The labelled date line of an item's body ("日期：2027年1月14日（星期四）"), else None."""
    m = _dated_field(_DAY, body) or _dated_field(_day_en(), body)
    if m is None:
        return None
    stop = body.find("\n", m.start())
    return body[m.start():len(body) if stop < 0 else stop]


def _dated_field(day_rx: re.Pattern, body: str) -> re.Match[str] | None:
    """The labelled date line of an item ("一、北部场 / 日期：2027年1月14日 / 地点：…"): a notice
    lays out the event the item reports by its fields, with no verb saying it was held."""
    if "：" not in body and ":" not in body:
        return None
    for m in _date_field().finditer(body):
        stop = body.find("\n", m.end())
        if day_rx.search(body, m.end(), len(body) if stop < 0 else stop):
            return m
    return None


# a line that holds a date and nothing else ("2026年8月20日" under a reply's signature)
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
                        r"[ \t\u3000]*$")


def _item_day(day_rx: re.Pattern, body: str) -> re.Match[str] | None:
    """The first day `day_rx` finds in an item's body that is not a date alone on its line:
    the last item runs to the text's end, where a letter's or a notice's sign-off date is the
    document's day, not the item's ("三、下一步工作 … 大同市科学技术局 / 2026年8月20日")."""
    for day in day_rx.finditer(body):
        line = body.rfind("\n", 0, day.start()) + 1
        stop = body.find("\n", day.end())
        if not _DATE_LINE.fullmatch(body, line, len(body) if stop < 0 else stop):
            return day
    return None


def _paragraph_sections(text: str) -> list[Section]:
    """No numbered headings alone on their lines: numbered paragraphs (a written reply's
    "（一）…（二）…"), each its own line naming its own event in quotes on a day of its own."""
    heads = list(finditer_at(_PARAGRAPH, text, [0, *(i + 1 for i in positions_of(text, "\n"))]))
    if len(heads) < 2:
        return []
    out: list[Section] = []
    days: list[str] = []
    for h in heads:
        body = h.group()
        day = _ANY_DAY.search(body)
        verb = _occurred().search(body)
        quote = _QUOTED.search(body)
        if day is None or verb is None or quote is None:
            continue
        # (a paragraph's "当日" after its own day is that day: "当日实际入场约430人")
        if _SAME_DAY.search(body, 0, day.start()):
            continue
        key = re.sub(r"\s", "", day.group())
        if key in days:
            continue   # the same day as an earlier item: one event told in parts
        days.append(key)
        out.append(Section(h.start(), h.span("h"), h.start("h"), h.end(),
                           bool(_signed().fullmatch(verb.group())),
                           (h.start() + quote.start() + 1, h.start() + quote.end() - 1)))
    return out if len(out) >= 2 else []


# An English report's lettered item heading alone on its line: "(a) Expo X 2026", "(b) Licence
# agreement with Y" (a sentence ends with a stop; a heading does not)
_HEADING_EN = re.compile(r"[ \t]*(?:\([a-h1-9]\)|[a-h]\))[ \t]+(?P<h>[A-Z][^\n.!?;:]{1,80}?)[ \t]*$",
                         re.M)


def english_heading_lines(text: str) -> list[re.Match[str]]:
    """The lettered item headings of an English text, tried only at line starts."""
    return list(finditer_at(_HEADING_EN, text, [0, *(i + 1 for i in positions_of(text, "\n"))]))


@lru_cache(maxsize=1)
def _day_en() -> re.Pattern:
    """A day of a month: "14 October", "2 December 2026", "October 14"."""
    months = month_alternation()
    return re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{months}\b|"
                      rf"\b{months}\s+\d{{1,2}}\b")


@lru_cache(maxsize=1)
def _occurred_en() -> re.Pattern:
    return re.compile(rf"\b{held_verbs('en', 'held', 'opened', 'closed', 'signed')}\b", re.I)


@lru_cache(maxsize=1)
def _signed_en() -> re.Pattern:
    return re.compile(rf"\b{held_verbs('en', 'signed')}\b", re.I)


@lru_cache(maxsize=1)
def _same_day_en() -> re.Pattern:
    return re.compile(rf"\b{relative_days('en', 'same_day')}\b", re.I)


@lru_cache(maxsize=1)
def _signed() -> re.Pattern:
    return re.compile(held_verbs("zh", "signed"))
