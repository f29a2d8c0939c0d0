"""Pattern scans tried only where a match can start.

`re` tries a pattern at every character of the text. A pattern that opens with an assertion
(a line start, a look-behind) or with a word before its key word cannot skip ahead quickly, and
on a whole page that costs more than the rest of its finder. When the caller knows the few
places a match can start (computed with `str.find`, which is fast), trying the pattern there
alone gives what `finditer` gives: the same matches, leftmost first, never overlapping.
"""
from __future__ import annotations

import re
import re._constants as _SRE
import re._parser as _sre_parse
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


# The character classes a pattern's first character may fall in, for first_char_guard.
_CATEGORIES = {_SRE.CATEGORY_DIGIT: r"\d", _SRE.CATEGORY_SPACE: r"\s", _SRE.CATEGORY_WORD: r"\w"}


def first_char_guard(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` opened by a look-ahead at the characters its matches can start with: the same
    matches (the look-ahead only restates what the pattern needs), found sooner where the
    pattern opens with a look-behind or an alternation, which `re` otherwise tries in full at
    every character. `rx` itself when its first character can be anything or it can match
    the empty string."""
    if rx.flags & re.VERBOSE or not isinstance(rx.pattern, str):
        return rx        # a comment could swallow the closing bracket
    items = _first_items(list(_sre_parse.parse(rx.pattern, rx.flags)), rx.flags)
    if items is None or items[1] or not items[0]:
        return rx
    try:
        return re.compile(f"(?=[{''.join(sorted(items[0]))}])(?:{rx.pattern})", rx.flags)
    except re.error:     # inline global flags, which must open a pattern
        return rx


def _first_items(seq: list, flags: int) -> tuple[set[str], bool] | None:
    """(class items a match of `seq` can start with, whether `seq` can match the empty string);
    None when that cannot be said as a short class. Assertions take no character: the next
    element starts the match (a look-ahead that narrows it is left out, which only widens
    the class). Inside (?-i:…) the case-blind class of the whole pattern still holds every
    character the group can start with; a group that turns case-blindness on is given up."""
    out: set[str] = set()
    for op, av in seq:
        if op in (_SRE.ASSERT, _SRE.ASSERT_NOT, _SRE.AT):
            continue
        if op is _SRE.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is _SRE.IN:
            for iop, iav in av:
                if iop is _SRE.LITERAL:
                    out.add(re.escape(chr(iav)))
                elif iop is _SRE.RANGE:
                    out.add(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
                elif iop is _SRE.CATEGORY and iav in _CATEGORIES:
                    out.add(_CATEGORIES[iav])
                else:
                    return None      # a negated class or category: nearly any character
            return out, False
        if op is _SRE.SUBPATTERN:
            if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                return None
            inner = _first_items(list(av[3]), flags)
        elif op is _SRE.BRANCH:
            parts = [_first_items(list(b), flags) for b in av[1]]
            if any(p is None for p in parts):
                return None
            inner = (set().union(*(p[0] for p in parts)), any(p[1] for p in parts))
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT):
            inner = _first_items(list(av[2]), flags)
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        else:
            return None              # any character, a back-reference, an atomic group…
        if inner is None:
            return None
        out |= inner[0]
        if not inner[1]:
            return out, False
    return out, True
