"""Signing pairs written without a verb: "A—B" in a table cell or "A × B（项目）" on a line of its
own, under a heading or header that speaks of a signing ("签约双方", "代表性签约：", "项目签约仪式").

The two sides of such a cell sign (SPEC signatory). A side the recogniser did not find is
taken as written when the other side is a known name and it reads as a name (no place, no
description): "长春光机所—某某股份有限公司".
"""
from __future__ import annotations

import re

from etl.extract.orgnames import OrgSpan
from etl.extract.orgnames.words import word_lists
from etl.extract.roles import only_place_zh
from etl.extract.text import original_span

# the mark between the two sides: a dash or a cross, set off by spaces or not
_JOIN = re.compile(r"[ \t\u3000]*[—–－×✕][ \t\u3000]*")
# where a cell opens: the line's start, its number, or a table's column bar
_OPEN = re.compile(r"(?:^|[|｜])[ \t\u3000]*(?:\d{1,2}[.、)）][ \t\u3000]*)?$", re.M)
# where it closes: what the pair signed for in brackets, then the column bar or the line's end
_CLOSE = re.compile(r"(?:[（(][^（）()\n]{1,30}[)）])?[ \t\u3000]*(?:[|｜]|\r?\n|$)")
# a side not recognised: one run of name characters, bracketed part allowed
_SIDE_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z·（）()]{2,24}$")
_SIDE_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z·]{2,24}(?:[（(][^（）()\n]{1,20}[)）])?")
# the signing the block speaks of, within the lines before the pair (a bounded look back)
_SIGNING = re.compile(r"签约|签署|签订|签下")
_LOOK_BACK = 400
# words that make a side no name: a description, a count, a time
_NOT_NAME = re.compile(r"[的了在是为于就对向把被还也亦都已将又并]|^(?:本|我|该|其|双|各|两|此|这|全|多)|"
                       r"\d|[一二三四五六七八九十两几数多]+[家所个间位名项]|签到|致辞|报告|对接|午")


def signing_pairs(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """Both sides of every "A—B" / "A × B" cell under a signing heading, in text order."""
    if not any(c in text for c in "—–－×✕"):
        return []
    by_start = {s.start: s for s in spans}
    by_end = {s.stop: s for s in spans} | {s.end: s for s in spans}
    out: dict[int, OrgSpan] = {}
    for s in spans:
        inner = _JOIN.search(text, s.start, s.end)
        if inner is not None and _opens_cell(text, s.start) and _closes_cell(text, s.stop) and \
                _signing_above(text, s.start):
            # the recogniser read the pair as one name ("A—B股份有限公司"): its two sides
            left = _named(text, s.start, inner.start())
            right = _named(text, inner.end(), s.end)
            if left is not None and right is not None:
                out.setdefault(left.start, left)
                out.setdefault(right.start, right)
            continue
        join = _JOIN.match(text, s.stop)
        if join is not None and _opens_cell(text, s.start):
            right = by_start.get(join.end()) or _side_after(text, join.end())
            if right is not None and _closes_cell(text, right.stop) and _signing_above(text, s.start):
                out.setdefault(s.start, s)
                out.setdefault(right.start, right)
        back = _JOIN_BEFORE.search(text, max(0, s.start - 4), s.start)
        if back is not None and _closes_cell(text, s.stop):
            left = by_end.get(back.start()) or _side_before(text, back.start())
            if left is not None and left.start != s.start and _opens_cell(text, left.start) and \
                    _signing_above(text, s.start):
                out.setdefault(left.start, left)
                out.setdefault(s.start, s)
    return [out[k] for k in sorted(out)]


_JOIN_BEFORE = re.compile(r"[ \t\u3000]*[—–－×✕][ \t\u3000]*$")


def _opens_cell(text: str, pos: int) -> bool:
    return _OPEN.search(text, max(0, pos - 12), pos) is not None and \
        _OPEN.search(text, max(0, pos - 12), pos).end() == pos


def _closes_cell(text: str, pos: int) -> bool:
    return _CLOSE.match(text, pos) is not None


def _signing_above(text: str, pos: int) -> bool:
    """Whether a signing is spoken of on the pair's line or in the lines just before it."""
    end = text.find("\n", pos)
    return _SIGNING.search(text, max(0, pos - _LOOK_BACK), len(text) if end < 0 else end) is not None


def _named(text: str, a: int, b: int) -> OrgSpan | None:
    words = text[a:b]
    w = word_lists()
    if _NOT_NAME.search(words) or words in w.generic or only_place_zh(words, w):
        return None
    return OrgSpan(a, b, original_span(text, a, b))


def _side_before(text: str, pos: int) -> OrgSpan | None:
    m = _SIDE_BEFORE.search(text, max(0, pos - 24), pos)
    return _named(text, m.start(), m.end()) if m else None


def _side_after(text: str, pos: int) -> OrgSpan | None:
    m = _SIDE_AFTER.match(text, pos)
    if m is None:
        return None
    end = m.end()
    if text[end - 1] in "）)":          # what the pair signed for, not part of the name
        end = text.rfind("（" if text[end - 1] == "）" else "(", pos, end)
    return _named(text, pos, end) if end - pos >= 2 else None

