"""Names of the reference organisations (organizations.csv) wherever they stand in a text."""
from __future__ import annotations

from functools import lru_cache

from etl.extract.org_reference import RefOrg, reference_automata
from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import Words, is_cjk, latin_bounded, word_lists
from etl.extract.text import original_span
from etl.gazetteer import country_code


@lru_cache(maxsize=1)
def _reference_automaton():
    # a Latin name of fewer than four letters is an acronym's job, not a name's
    return reference_automata(shortest=lambda name: 2 if is_cjk(name[0]) else 4)


def _runs_on(text: str, end: int, words: Words) -> bool:
    """Whether a Chinese name's last character and the next make one word: 科技部门 is "the
    S&T departments", not 科技部 (a title after a name still leaves the name: 科技部长)."""
    pair = text[end:end + 2]
    return len(pair) == 2 and pair in words.continuation and pair not in words.titles


def _country_before(text: str, start: int, org: RefOrg, words: Words) -> int:
    """"沙特阿卜杜勒阿齐兹国王科技城": a Chinese name often opens with its own country, which
    is part of the name as written (英国外交部 is no namesake's: the grammar reads it)."""
    for k in range(4, 1, -1):
        if start >= k and text[start - k:start] in words.zh_countries:
            own = country_code(text[start - k:start])
            return start - k if own is not None and own == org.country_code else start
    return start


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
                elif is_cjk(text[start]):
                    start = _country_before(text, start, org, words)
                out.append(OrgSpan(start, end + 1, original_span(text, start, end + 1),
                                   org.acronym, org))
    return out
