"""Verbs that say an event took place (data/reference/held_verbs.csv): one list for the dated
held-sentence (dates), the place after "held in" or between 在 and 举行 (places) and a name
with its verb (event_names). Each pattern takes the kinds it needs; the words are the table's.
"""
from __future__ import annotations

from functools import cache, lru_cache

from etl.reference import read_csv

# Kinds that say something happened, not that an event took place: a signing's own verb, an
# announcement, an end said of any span ("the fiscal year ended June 30").
_NOT_OCCURRENCE = frozenset({"signed", "announced", "ended"})


@cache
def held_verbs(lang: str, *kinds: str, form: str = "") -> str:
    """A regex alternation (no group) of the table's verbs in `lang` of these `kinds`, longest
    first; with `form` ("transitive" / "intransitive") only the rows of that form or both.
    English verbs are to be wrapped in word boundaries by the caller's pattern."""
    verbs = [r["verb"] for r in read_csv("held_verbs.csv")
             if r["lang"] == lang and r["kind"] in kinds
             and (not form or r["form"] in (form, "both"))]
    if not verbs:
        raise ValueError(f"held_verbs.csv has no {lang} verb of kinds {kinds} (form {form!r})")
    return "(?:" + "|".join(sorted(dict.fromkeys(verbs), key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def event_cue() -> str:
    """Any word of the table saying that an event happened (the dated or placed sentence is the
    event's): every kind but those of _NOT_OCCURRENCE, both languages."""
    kinds = tuple(sorted({r["kind"] for r in read_csv("held_verbs.csv")} - _NOT_OCCURRENCE))
    return rf"\b{held_verbs('en', *kinds)}\b|{held_verbs('zh', *kinds)}"
