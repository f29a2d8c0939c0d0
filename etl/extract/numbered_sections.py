"""The numbered items of a newsletter or a review that each report an event of their own.

"一、银龄科技展圆满结束" … "二、岭大与某协会签署合作协议", "盘点之一：…" … "盘点之二：…": a heading
alone on its line, numbered, opens an item; an item whose body holds a day and says a gathering
was held or a deal signed reports an event. A page with two or more such items on different
days reports that many events (a newsletter's exhibition and its signing, a year-end review's
week of talks and its auction), never one event merged from all of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.held_verbs import held_verbs
from etl.extract.months import relative_days
from etl.extract.scan import finditer_at, positions_of

# a numbered heading alone on its line: "一、…", "（二）…", "盘点之二：…" (X之N, "the N-th of X")
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|[\u4e00-\u9fff]{1,4}之[一二三四五六七八九十]{1,3}[:：])"
    r"[ \t\u3000]*(?P<h>[^\n。！？；]{2,40}?)[ \t\u3000]*$", re.M)
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
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


def event_sections(text: str) -> list[Section]:
    """The numbered items of `text` (the normalised view) that each report an event on a day
    of their own; empty unless there are at least two."""
    if "\n" not in text or ("、" not in text and "之" not in text):
        return []   # no Chinese text (its "(一)" headings stand beside 、 lists)
    heads = heading_lines(text)
    if len(heads) < 2:
        return []
    out: list[Section] = []
    days: list[str] = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[h.start():end]
        day = _DAY.search(body)
        verb = _occurred().search(body)
        if day is None or verb is None or _SAME_DAY.search(body):
            continue
        key = re.sub(r"\s", "", day.group())
        if key in days:
            continue   # the same day as an earlier item: one event told in parts
        days.append(key)
        out.append(Section(h.start(), h.span("h"), h.end(), end, bool(_signed().fullmatch(verb.group()))))
    return out if len(out) >= 2 else []


@lru_cache(maxsize=1)
def _signed() -> re.Pattern:
    return re.compile(held_verbs("zh", "signed"))
