"""Shared sentence helpers: cached spans give the same answers as a fresh computation."""
import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import (
    View,
    evidence_at,
    lowered,
    original_span,
    sentence_at,
    sentence_spans,
    spans_of,
    view_of,
)

SNIPPETS = [
    "The Expo opened in Lyon on 3 May. Over 400 guests from 12 countries attended.",
    "Dr. Ana Ruiz of Acme Co., Ltd. spoke.\nThe U.S. delegation left early!",
    "论坛于5月3日在成都举行。来自8个国家的嘉宾出席；会议签约3项。",
    "",
    "   \n\n  ",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_spans_of_is_sentence_spans_as_tuple(text):
    assert spans_of(text) == tuple(sentence_spans(text))


@pytest.mark.parametrize("text,expected", [
    ("The Expo opened in Lyon on 3 May. Over 400 guests attended.", [(0, 33), (33, 59)]),
    ("Dr. Ana Ruiz spoke.", [(0, 19)]),
    ("论坛举行。嘉宾出席", [(0, 5), (5, 9)]),
])
def test_sentence_spans_literal(text, expected):
    assert sentence_spans(text) == expected


def test_sentence_spans_returns_a_fresh_list_each_call():
    text = "One fair opened. Two forums closed."
    first = sentence_spans(text)
    first.append((99, 100))
    assert sentence_spans(text) == [(0, 16), (16, 35)]


@pytest.mark.parametrize("text,pos", [
    (SNIPPETS[0], 40), (SNIPPETS[0], 0), (SNIPPETS[1], 5), (SNIPPETS[1], 45), (SNIPPETS[2], 12),
])
def test_evidence_at_equals_sentence_at(text, pos):
    assert evidence_at(text, pos) == sentence_at(text, pos)


@pytest.mark.parametrize("text,pos,end,expected", [
    (SNIPPETS[0], 40, 43, "Over 400 guests from 12 countries attended."),
    (SNIPPETS[1], 45, 49, "The U.S. delegation left early!"),
    (SNIPPETS[2], 20, 22, "来自8个国家的嘉宾出席；"),
])
def test_sentence_at_repeated_calls_agree(text, pos, end, expected):
    assert sentence_at(text, pos, end) == expected
    assert sentence_at(text, pos, end) == expected   # second call served from the cache


@pytest.mark.parametrize("text,expected", [
    ("Held ONLINE via Zoom", "held online via zoom"),
    ("线上线下同步举办 Hybrid", "线上线下同步举办 hybrid"),
    ("KELVIN sign \u212a lowers to k", "kelvin sign k lowers to k"),
    ("Onl\u0131ne with a dotless i", None),       # re.I matches ı to i; lower() keeps ı
    ("\u0130stanbul Summit", None),               # İ lowers to two characters
    ("Cla\u017fs of long s", None),
    ("", ""),
])
def test_lowered_is_none_where_lowercase_would_hide_a_case_insensitive_match(text, expected):
    assert lowered(text) == expected


def test_lowered_traps_are_every_character_that_breaks_the_prefilter():
    import re
    import sys
    letter = re.compile("[a-z]", re.I)
    breaking = {c for c in map(chr, range(128, sys.maxunicode + 1))
                if letter.fullmatch(c) and not re.fullmatch("[a-z]", c.lower())}
    assert breaking == {"\u0130", "\u0131", "\u017f"}


@pytest.mark.parametrize("text,view", [
    ("北京,上海;主办单位:某研究院!", "北京，上海；主办单位：某研究院！"),
    ("会议于10:30开始", "会议于10:30开始"),              # a time stays as written
    ("Zhejiang University, Ningbo", "Zhejiang University, Ningbo"),
    ("浙江大学(ZJU)主办", "浙江大学(ZJU)主办"),          # brackets stay as written
    ("Peking University, 清华大学", "Peking University， 清华大学"),
])
def test_an_ascii_mark_beside_a_chinese_character_reads_as_the_full_width_one(text, view):
    v = View(text)
    assert v == view and len(v) == len(text)
    assert original_span(v, 0, len(text)) == text         # names and evidence keep the page's


@pytest.mark.parametrize("text", [
    "深圳市技术转移促进中心成立五年来,成效显著;中心促成企业与高校签署合作协议120项。",
    "合肥工业大学代表致辞,成果丰硕;会上,多家企业签署了合作协议。",
])
def test_a_half_width_semicolon_ends_the_clause_a_signing_is_read_in(text):
    # before, the ASCII ';' did not end the clause: the body before it became a signatory
    assert [(m.name, m.role) for m in find_organizations(View(text))] == []


def test_a_short_text_viewed_twice_reads_and_writes_the_same():
    first, second = view_of("國立臺灣大學"), view_of("國立臺灣大學")
    assert first == second == "国立台湾大学"
    assert first.original == second.original == "國立臺灣大學"
    assert view_of("国立台湾大学").original == "国立台湾大学"   # its own writing, not the other's
