"""The role triggers' prefilter: the words one of which every match of a trigger holds.

A sentence without any of them is never run through the trigger's regex, so a wrong key would
silently lose a role; these cases pin the keys read off small patterns.
"""
from __future__ import annotations

import re

import pytest

from etl.extract.role_triggers import TriggerMatches, literal_key_sets, literal_keys, triggers


@pytest.mark.parametrize("pattern, keys", [
    ("hosted by", ("hosted by",)),
    # the parser factors a shared first letter out of the alternatives: keep it on each
    (r"(?:sponsors?|supporters?)\s*:", ("sponsor", "supporter")),
    (r"(?<![\w-])(?:(?:sponsors?|supporters?|supporting\s+bodies)\s*(?::|were))",
     ("sponsor", "supporter", "supporting")),
    # a long literal run beats short alternatives
    (r"(?:a|an|the)\s+partnership\s+with", ("partnership",)),
    # alternatives that open with no literal say nothing certain about their start
    (r"(?:\d+|many)\s+delegates", ("delegates",)),
    (r"\w+", ()),
])
def test_keys_every_match_holds(pattern, keys):
    assert literal_keys(re.compile(pattern, re.I)) == keys


def test_every_trigger_in_the_table_matches_only_where_its_keys_stand():
    zh, en = triggers()
    for t in zh + en:
        for sample in ("hosted by the Lund University", "由清华大学主办", "Sponsors: Acme Ltd"):
            if t.rx.search(sample):
                assert not t.keys or any(k in sample.lower() for k in t.keys), t.rx.pattern


def test_matches_are_found_sentence_by_sentence_and_the_longer_wins():
    text = "The forum was co-hosted by Lund University. Sponsors: Acme Ltd."
    found = TriggerMatches(text)
    first = [(t.role, text[s:e]) for t, s, e in found.in_sentence(0, 43, zh=False)]
    assert first == [("host", "co-hosted by")]
    second = [(t.role, text[s:e]) for t, s, e in found.in_sentence(44, len(text), zh=False)]
    assert second == [("supporter", "Sponsors:")]


@pytest.mark.parametrize("pattern, keys", [
    # optional words before the alternatives are passed over
    (r"(?:(?:一对一|面对面)[、，]?)*(?:洽谈|磋商)(?!会)", ("洽谈", "磋商")),
    # a later alternation of long words says more than a leading one of short words
    (r"(?:the|its|their|our)\s+(?:sponsors?|supporters?)\s*[,:]", ("sponsor", "supporter")),
    (r"(?:was|is|acted\s+as)\s+(?:also\s+)?(?:the\s+)?co-?organi[sz]ers?", ("organi",)),
])
def test_keys_come_from_the_most_selective_required_part(pattern, keys):
    assert literal_keys(re.compile(pattern, re.I)) == keys


def test_on_real_articles_a_trigger_matches_only_where_a_word_of_each_key_set_stands():
    from pathlib import Path

    from etl.extract.text import spans_of, view_of
    docs = Path(__file__).resolve().parents[3] / "shared" / "dev" / "docs"
    zh, en = triggers()
    checked = 0
    for path in sorted(docs.glob("*.txt")):
        text = view_of(path.read_text(encoding="utf-8"))
        for a, b in spans_of(text):
            sentence = text[a:b]
            for t in zh + en:
                if t.keys and t.rx.search(sentence):
                    checked += 1
                    for keys in (t.keys, *t.also):
                        assert any(k in sentence.lower() for k in keys), (t.rx.pattern, sentence)
    assert checked > 100


@pytest.mark.parametrize("pattern, sentence", [
    # "led by a team from": the verb and the noun are both needed, the noun alone is no match
    (r"(?:led|run)\s+by\s+(?:a\s+team|experts)", "The experts met in Oslo."),
    (r"(?:主办|承办)单位", "单位负责人出席。"),
])
def test_a_sentence_missing_one_required_part_is_not_tried(pattern, sentence):
    rx = re.compile(pattern, re.I)
    sets = literal_key_sets(rx)
    assert len(sets) >= 2
    assert not all(any(k in sentence.lower() for k in ks) for ks in sets)
    assert rx.search(sentence) is None
