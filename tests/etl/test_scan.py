"""Scans tried only where a match can start give what re's finditer gives."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract import dates
from etl.extract import text as text_module
from etl.extract.dates import _PUB_LINE, _pub_labels
from etl.extract.numbered_sections import _HEADING, heading_lines
from etl.extract.orgnames.lists import (
    _EN_KIND_LIST,
    _ZH_KIND_LIST,
    _kind_list_starts,
    _zh_kind_list_starts,
)
from etl.extract.scan import finditer_at, positions_of


def _spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def test_positions_of_lists_every_start_overlapping_ones_too() -> None:
    assert list(positions_of("aaa|a", "aa")) == [0, 1]
    assert list(positions_of("a|b|c", "|", 2)) == [3]
    assert list(positions_of("a|b|c", "|", 0, 2)) == [1]


@pytest.mark.parametrize(("text", "starts", "expected"), [
    # leftmost first, and a match's end is where the next try may begin
    ("ab ab ab", [0, 3, 6], [(0, 2), (3, 5), (6, 8)]),
    ("abab", [0, 1, 2], [(0, 4)]),
    # a start the pattern does not match at is passed over
    ("xab", [0, 1], [(1, 3)]),
])
def test_finditer_at_tries_only_the_given_starts(text, starts, expected) -> None:
    rx = re.compile(r"(?:ab)+")
    assert _spans(finditer_at(rx, text, starts)) == expected


def test_finditer_at_reads_the_characters_before_a_start_as_finditer_does() -> None:
    # "^" in a multiline pattern and a look-behind see the text before the start
    rx = re.compile(r"^date:|(?<= )time:", re.M)
    text = "x date: 1\ndate: 2 time: 3"
    starts = [2, 10, 18]
    assert _spans(finditer_at(rx, text, starts)) == _spans(rx.finditer(text)) == [(10, 15), (18, 23)]
    assert _spans(finditer_at(rx, text, starts, lo=11)) == _spans(rx.finditer(text, 11)) == [(18, 23)]


_PAGE_PIECES = st.sampled_from([
    "\n", "|", " ", "\t", "　", "x", "Date:", "date", "Published on", "posted", "Source: Xinhua",
    "来源：市科技局", "发布时间：", "发布日期", "更新时间", "张贴日期", "时间：", "2024-05-21", "16:32", "。",
])


@given(st.lists(_PAGE_PIECES, max_size=16).map("".join), st.data())
def test_publication_labels_are_the_ones_finditer_finds(text: str, data) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _spans(_pub_labels(text, lo, hi)) == _spans(_PUB_LINE.finditer(text, lo, hi))


_LIST_PIECES = st.sampled_from([
    " ", ",", "-", "\n", "firms", "start-ups", "such as", "including", "like", "namely",
    "among them", "Including", "Acme", "the ", "Photonic Inc.", ".", "x", "é", "Big Tech", "and",
])


@given(st.lists(_LIST_PIECES, max_size=16).map("".join))
def test_kind_lists_are_the_ones_finditer_finds(text: str) -> None:
    assert _spans(finditer_at(_EN_KIND_LIST, text, _kind_list_starts(text))) == \
        _spans(_EN_KIND_LIST.finditer(text))


def test_a_kind_list_is_found_after_two_words_and_a_comma() -> None:
    text = "It drew research institutes, such as Fraunhofer ISE and the Max Planck Society."
    (m,) = finditer_at(_EN_KIND_LIST, text, _kind_list_starts(text))
    assert m.group("kind") == "research institutes"
    assert m.group("items").startswith("Fraunhofer ISE and the Max Planck Society")


_DATE_PIECES = st.sampled_from([
    "12", "2024", "5", " ", "-", "/", ".", "June", "JUNE", "Sept.", "May", "xMay", "_", "年", "月",
    "日", "至", "3", "٣", "२०२४", "th", ",", "of", "to", "\n", "2019-03-04", "民国", "二〇一九",
])


def _mention_rows(text: str) -> list[tuple]:
    return [tuple(getattr(m, s) for s in m.__slots__) for m in dates._mentions(text)]


@given(st.lists(_DATE_PIECES, max_size=20).map("".join))
def test_dates_found_from_their_possible_starts_are_the_ones_a_full_scan_finds(text: str) -> None:
    saved = dates._SCAN_ALL_BELOW
    try:
        dates._SCAN_ALL_BELOW = len(text) + 1      # every pattern scans the whole text
        whole = _mention_rows(text)
        dates._SCAN_ALL_BELOW = 0                  # each tried only where a date can start
        assert _mention_rows(text) == whole
    finally:
        dates._SCAN_ALL_BELOW = saved


_SENTENCE_PIECES = st.sampled_from([
    "Dr.", " ", "Co., Ltd.", "A", "b", "...", "!", "?", ".", "\n", "\n\n", "。", "！？", "；", "中",
    "“Q", "(x", "3.5", "U.S.", "\t",
])


@given(st.lists(_SENTENCE_PIECES, max_size=20).map("".join))
def test_sentence_ends_tried_at_their_marks_are_the_ones_a_full_scan_finds(text: str) -> None:
    starts = (i for c in text_module._END_MARKS for i in positions_of(text, c))
    assert _spans(finditer_at(text_module._END, text, starts)) == \
        _spans(text_module._END.finditer(text))


_ZH_LIST_PIECES = st.sampled_from([
    "、", "等", "近", "50", "家", "投资机构", "甲公司", "乙大学", "A", "·", "，", "。", "企业", "十",
    "多", "所", "研究院", "\n", " ", "和",
])


@given(st.lists(_ZH_LIST_PIECES, max_size=24).map("".join))
def test_chinese_kind_lists_are_the_ones_finditer_finds(text: str) -> None:
    assert _spans(finditer_at(_ZH_KIND_LIST, text, _zh_kind_list_starts(text))) == \
        _spans(_ZH_KIND_LIST.finditer(text))


_HEADING_PIECES = st.sampled_from([
    "\n", "一、", "（二）", "(三)", "盘点之二：", "银龄科技展", "签署协议", " ", "\u3000", "。", "A",
    "十一、", "之", "：",
])


@given(st.lists(_HEADING_PIECES, max_size=20).map("".join))
def test_numbered_headings_tried_at_line_starts_are_the_ones_finditer_finds(text: str) -> None:
    assert _spans(heading_lines(text)) == _spans(_HEADING.finditer(text))
