"""Calendar words: month names (data/reference/month_names.csv), weekday names
(weekday_names.csv) and relative days (relative_days.csv), one list of each for every
extractor's patterns."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from etl.reference import read_csv


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {r["name"].lower(): int(r["month"]) for r in read_csv("month_names.csv")}


def month_number(word: str | None) -> int | None:
    """1–12 for a month name or abbreviation ("Sept." → 9), None otherwise."""
    return _months().get((word or "").rstrip(".").lower())


@lru_cache(maxsize=1)
def month_alternation() -> str:
    """A regex alternation of the month names as written (Title case and capitals), longest
    first, case-sensitive even inside an re.I pattern: "May 5" and "MAY 5", never "may"."""
    names = list(_months())
    return "(?-i:" + _trie([n.title() for n in names] + [n.upper() for n in names]) + ")"


def _trie(words: list[str]) -> str:
    """An alternation of `words` as a prefix tree ("Jan(?:uary)?|…"): the regex engine tries
    one branch per first letter instead of every word, and the longest word still wins."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(tree)


def month_words() -> frozenset[str]:
    """Every month name and abbreviation in Title case ("January", "Sept")."""
    return frozenset(n.title() for n in _months())


@lru_cache(maxsize=1)
def month_names() -> tuple[str, ...]:
    """Each month's full name, January first: the longest name the table gives it."""
    full: dict[int, str] = {}
    for name, month in _months().items():
        if len(name) > len(full.get(month, "")):
            full[month] = name
    return tuple(full[m].title() for m in sorted(full))


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {r["name"]: int(r["weekday"]) for r in read_csv("weekday_names.csv")}


def weekday_names() -> tuple[str, ...]:
    """The weekday names as written (Title case), Monday first."""
    return tuple(sorted(_weekdays(), key=_weekdays().get))


def weekday_number(word: str) -> int | None:
    """The ISO 8601 number of a weekday name (Monday 1 … Sunday 7), None otherwise."""
    return _weekdays().get((word or "").title())


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """English number words (lower case) → value, from number_words.csv ("three" → 3)."""
    return {r["word"].lower(): int(r["value"]) for r in read_csv("number_words.csv")
            if r["lang"] == "en"}


@cache
def relative_days(lang: str, *kinds: str) -> str:
    """A regex alternation (no group) of relative_days.csv's words in `lang` of these `kinds`
    (today, yesterday, same_day), longest first. English words are to be wrapped in word
    boundaries by the caller's pattern."""
    words = [r["word"] for r in read_csv("relative_days.csv") if r["lang"] == lang and r["kind"] in kinds]
    if not words:
        raise ValueError(f"relative_days.csv has no {lang} word of kinds {kinds}")
    return "(?:" + "|".join(sorted(dict.fromkeys(words), key=len, reverse=True)) + ")"
