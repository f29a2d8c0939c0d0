"""Shared sentence helpers: cached spans give the same answers as a fresh computation."""
import pytest

from etl.extract.text import evidence_at, lowered, sentence_at, sentence_spans, spans_of

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
