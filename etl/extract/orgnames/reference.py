"""Names of the reference organisations (organizations.csv) wherever they stand in a text."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick

from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import Words, is_cjk, latin_bounded, word_lists
from etl.extract.text import original_span


@lru_cache(maxsize=1)
def _reference_automaton():
    from etl.extract.org_reference import _reference  # the table's rows, read once
    names, acronyms = ahocorasick.Automaton(), ahocorasick.Automaton()
    for org in _reference()[0]:
        for n in (org.name, org.name_zh, *org.aliases):
            if n and (len(n) >= 2 if is_cjk(n[0]) else len(n) >= 4):
                names.add_word(n.casefold(), (len(n), org))
        if org.acronym and len(org.acronym) >= 2:
            acronyms.add_word(org.acronym, (len(org.acronym), org))
    for a in (names, acronyms):
        if len(a):
            a.make_automaton()
    return names, acronyms


def _runs_on(text: str, end: int, words: Words) -> bool:
    """Whether a Chinese name's last character and the next make one word: 科技部门 is "the
    S&T departments", not 科技部 (a title after a name still leaves the name: 科技部长)."""
    pair = text[end:end + 2]
    return len(pair) == 2 and pair in words.continuation and pair not in words.titles


def reference_spans(text: str) -> list[OrgSpan]:
    names, acronyms = _reference_automaton()
    words = word_lists()
    folded = text.casefold()
    out = []
    for auto, hay in ((names, folded if len(folded) == len(text) else text), (acronyms, text)):
        if not len(auto):
            continue
        for end, (n, org) in auto.iter(hay):
            start = end - n + 1
            if latin_bounded(text, start, end + 1) and not _runs_on(text, end, words):
                if hay[start:start + 4] == "the ":
                    start += 4                 # "the University of X": the name, not its article
                out.append(OrgSpan(start, end + 1, original_span(text, start, end + 1),
                                   org.acronym, org))
    return out
