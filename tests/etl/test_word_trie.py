"""Word lists as prefix-tree patterns: the same matches as a longest-first alternation."""
import re

import pytest

from etl.extract.word_trie import trie_alternation, word_pattern

WORDS = ["park", "parks", "science parks", "science and technology parks", "universities",
         "university", "高校", "高新区", "科研院所", "院所"]


def _plain(words):
    alts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]
    latin = [a for a, w in zip(alts, sorted(words, key=len, reverse=True), strict=True)
             if w.isascii()]
    other = [a for a, w in zip(alts, sorted(words, key=len, reverse=True), strict=True)
             if not w.isascii()]
    return re.compile(rf"\b(?:{'|'.join(latin)})\b|(?:{'|'.join(other)})", re.I)


@pytest.mark.parametrize("text", [
    "Exhibitors came from Science  and Technology Parks, universities and one park.",
    "来自高校、科研院所和高新区的代表，以及院所专家。",
    "The parkside university-run parks were sparkling.",
])
def test_the_tree_matches_what_the_alternation_matches(text):
    assert [m.group() for m in word_pattern(WORDS).finditer(text)] == [
        m.group() for m in _plain(WORDS).finditer(text)]


def test_no_words_match_nothing():
    assert re.search(trie_alternation([]), "anything") is None
    assert word_pattern([]).search("anything") is None
