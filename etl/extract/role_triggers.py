"""The trigger words of the role frames (data/reference/role_triggers.csv), compiled once,
and where they stand in a text."""
from __future__ import annotations

import re
import re._constants as _SRE
import re._parser as _sre_parse
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.text import non_overlapping
from etl.reference import read_csv


@dataclass(frozen=True)
class Trigger:
    rx: re.Pattern
    role: str
    side: str
    unlisted: bool                    # names the recogniser does not know may stand in the list
    keys: tuple[str, ...]             # a match holds one of these (lower case); () = unknown
    zh: bool                          # a Chinese trigger (lists joined by 、, no unknown names)


def literal_keys(rx: re.Pattern) -> tuple[str, ...]:
    """Words one of which every match of `rx` holds (lower case), read off the pattern: the
    longest run of literal characters every match contains, or the literal cores of its
    leading alternatives, whichever says more; () when the pattern says nothing certain."""
    items = list(_sre_parse.parse(rx.pattern, rx.flags))
    runs = _required_runs(items)
    longest = max(runs, key=len).lower() if runs else ""
    branch: tuple[str, ...] = ()
    for op, av in items:
        if op in (_SRE.ASSERT, _SRE.ASSERT_NOT, _SRE.AT):
            continue
        if op is _SRE.SUBPATTERN:
            op, av = av[3][0] if len(av[3]) == 1 else (None, None)
        if op is _SRE.BRANCH:
            starts = [_required_runs(list(b)) for b in av[1]]
            if all(starts):
                branch = tuple(sorted({max(r, key=len).lower() for r in starts}))
        break
    if len(longest) >= 3 or not branch:
        return (longest,) if longest else ()
    return branch if min(map(len, branch)) > len(longest) else (longest,)


def _required_runs(items) -> list[str]:
    """The runs of literal characters every match of this sequence contains."""
    runs: list[str] = []
    cur: list[str] = []
    for op, av in items:
        if op is _SRE.LITERAL:
            cur.append(chr(av))
            continue
        if op in (_SRE.ASSERT, _SRE.ASSERT_NOT, _SRE.AT):
            continue
        if cur:
            runs.append("".join(cur))
            cur = []
        if op is _SRE.SUBPATTERN:
            runs += _required_runs(list(av[3]))
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT) and av[0] >= 1:
            runs += _required_runs(list(av[2]))
    if cur:
        runs.append("".join(cur))
    return [r for r in runs if r.strip()]


@lru_cache(maxsize=1)
def triggers() -> tuple[tuple[Trigger, ...], tuple[Trigger, ...]]:
    zh, en = [], []
    # "{event_noun}" in a pattern stands for the English event keywords of event_types.csv.
    # "Open Day", "Transfer Days" name events too, though "day" alone types none.
    nouns = sorted({r["keyword"] for r in read_csv("event_types.csv") if r["lang"] == "en"}
                   | {"day"}, key=len, reverse=True)
    event_noun = r"(?:" + "|".join(re.escape(n) for n in nouns) + r")s?\b"
    for r in read_csv("role_triggers.csv"):
        flags = 0 if r["lang"] == "zh" else re.I
        pattern = r["pattern"].replace("{event_noun}", event_noun)
        if r["lang"] == "en":
            pattern = rf"(?<![\w-])(?:{pattern})"    # whole words: not "inks" in "Donlinks"
        rx = re.compile(pattern, flags)
        t = Trigger(rx, r["role"], r["side"], r["unlisted"] == "yes", literal_keys(rx),
                     r["lang"] == "zh")
        (zh if r["lang"] == "zh" else en).append(t)
    return tuple(zh), tuple(en)



def matches(sentence: str, triggers: tuple[Trigger, ...]) -> list[tuple[Trigger, int, int]]:
    """Trigger matches of a sentence, the longest where two overlap. A trigger whose words
    the sentence does not hold is not tried (most sentences hold few)."""
    low = sentence.lower()
    found = [(t, m.start(), m.end()) for t in triggers
             if not t.keys or any(k in low for k in t.keys)
             for m in t.rx.finditer(sentence) if m.end() > m.start()]
    found.sort(key=lambda f: (-(f[2] - f[1]), f[1]))
    return non_overlapping(found, lambda f: f[1], lambda f: f[2])
