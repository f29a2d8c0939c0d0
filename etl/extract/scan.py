"""Pattern scans tried only where a match can start.

`re` tries a pattern at every character of the text. A pattern that opens with an assertion
(a line start, a look-behind) or with a word before its key word cannot skip ahead quickly, and
on a whole page that costs more than the rest of its finder. When the caller knows the few
places a match can start (computed with `str.find`, which is fast), trying the pattern there
alone gives what `finditer` gives: the same matches, leftmost first, never overlapping.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer_at(rx: re.Pattern[str], text: str, starts: Iterable[int], lo: int = 0,
                hi: int | None = None) -> Iterator[re.Match[str]]:
    """rx.finditer(text, lo, hi), provided every match starts at one of `starts`.

    `match` at a position sees the text around it as `finditer` does (line starts, look-behinds
    and word boundaries read the characters before it), so each try is the one finditer makes
    there; positions are tried in order, and a match's end is where the next try may begin.
    The pattern must not match the empty string.
    """
    hi = len(text) if hi is None else hi
    pos = lo
    for q in sorted(set(starts)):
        if pos <= q < hi:
            m = rx.match(text, q, hi)
            if m:
                yield m
                pos = m.end()


def positions_of(text: str, word: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Every start of `word` in text[lo:hi] (overlapping ones included)."""
    hi = len(text) if hi is None else hi
    i = text.find(word, lo, hi)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, hi)
