"""The trigger words of the role frames (data/reference/role_triggers.csv), compiled once,
and where they stand in a text."""
from __future__ import annotations

import bisect
import re
import re._constants as _SRE
import re._parser as _sre_parse
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from etl.extract.scan import first_char_guard
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
    # further sets of words a match holds one of (each, like `keys`, read off the pattern):
    # a sentence missing any of them is not tried
    also: tuple[tuple[str, ...], ...] = ()


def literal_keys(rx: re.Pattern) -> tuple[str, ...]:
    """Words one of which every match of `rx` holds (lower case), read off the pattern: the
    longest run of literal characters every match contains, the literal cores of the
    alternatives it opens with, or of any alternation every match passes through, whichever
    is most selective (its shortest word the longest: "the|its" tells less than
    "sponsors?|supporters?"); () when the pattern says nothing certain."""
    sets = literal_key_sets(rx)
    return sets[0] if sets else ()


def literal_key_sets(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Every set of words read off the pattern of which each match of `rx` holds one (lower
    case), the most selective first (literal_keys): each run of literal characters every
    match contains, and the alternatives of each alternation every match passes through."""
    items = list(_sre_parse.parse(rx.pattern, rx.flags))
    options = [(r,) for r in sorted(set(_required_runs(items)), key=len, reverse=True)]
    options += [b for b in (_leading_alternatives(items), *_required_branches(items)) if b]
    sets = {tuple(sorted({k.lower() for k in ks})) for ks in options}
    return tuple(sorted(sets, key=lambda ks: (-min(map(len, ks)), len(ks), ks)))


def _without_asserts(items) -> list:
    return [x for x in items if x[0] not in (_SRE.ASSERT, _SRE.ASSERT_NOT, _SRE.AT)]


def _leading_alternatives(items) -> tuple[str, ...]:
    """The literal cores of the alternatives a pattern opens with, with the literal characters
    before them ("s(?:ponsors?|upporters?)" as the parser factors "sponsors?|supporters?"):
    ("sponsor", "supporter"); () when it opens otherwise. Optional parts before them
    ("(?:一对一|面对面)*(?:洽谈|磋商)") are passed over."""
    prefix: list[str] = []
    seq = _without_asserts(items)
    while seq:
        op, av = seq.pop(0)
        if op is _SRE.LITERAL:
            prefix.append(chr(av))
        elif op is _SRE.SUBPATTERN:     # a group's elements are as required as the group
            seq = _without_asserts(av[3]) + seq
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT) and av[0] == 0:
            prefix = []                 # what follows need not follow the prefix
        elif op is _SRE.BRANCH:
            starts = [_required_runs(list(b)) for b in av[1]]
            if not all(starts):
                return ()
            heads = [_leading_run(list(b)) for b in av[1]]
            if prefix and all(heads):
                return tuple(sorted({("".join(prefix) + h).lower() for h in heads}))
            return tuple(sorted({max(r, key=len).lower() for r in starts}))
        else:
            return ()
    return ()


def _required_branches(items) -> list[tuple[str, ...]]:
    """For every alternation each match passes through (not inside an optional part): the
    longest literal run of each alternative, when every alternative has one."""
    out: list[tuple[str, ...]] = []
    before: list[str] = []              # literal characters right before, in this sequence
    for op, av in _without_asserts(items):
        if op is _SRE.LITERAL:
            before.append(chr(av))
            continue
        if op is _SRE.SUBPATTERN:
            out += _required_branches(list(av[3]))
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT) and av[0] >= 1:
            out += _required_branches(list(av[2]))
        elif op is _SRE.BRANCH:
            heads = [_leading_run(list(b)) for b in av[1]]
            cores = [_required_runs(list(b)) for b in av[1]]
            if before and all(heads):   # the parser factors a shared start out: put it back
                out.append(tuple("".join(before) + h for h in heads))
            elif all(cores):
                out.append(tuple(max(c, key=len) for c in cores))
        before = []
    return out


def _leading_run(items) -> str:
    """The literal characters an alternative opens with."""
    run = []
    for op, av in items:
        if op is not _SRE.LITERAL:
            break
        run.append(chr(av))
    return "".join(run)


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
        sets = literal_key_sets(rx)
        # the look-behind that opens an English trigger is tried at every character: opened
        # by the characters a match can start with, most are passed over at once
        t = Trigger(first_char_guard(rx), r["role"], r["side"], r["unlisted"] == "yes",
                    sets[0] if sets else (), r["lang"] == "zh", sets[1:])
        (zh if r["lang"] == "zh" else en).append(t)
    return tuple(zh), tuple(en)


@lru_cache(maxsize=1)
def _key_index() -> tuple[tuple[Trigger, ...], ahocorasick.Automaton, frozenset[int]]:
    """Every trigger (Chinese first), an automaton from each literal key to the triggers
    holding it, and the triggers without a key (always tried)."""
    zh, en = triggers()
    every = zh + en
    by_key: dict[str, set[int]] = defaultdict(set)
    for i, t in enumerate(every):
        for k in t.keys:
            by_key[k].add(i)
    auto = ahocorasick.Automaton()
    for k, ids in by_key.items():
        auto.add_word(k, (len(k), frozenset(ids)))
    if len(auto):
        auto.make_automaton()
    return every, auto, frozenset(i for i, t in enumerate(every) if not t.keys)


def candidates(text: str) -> frozenset[int]:
    """The triggers whose words `text` holds (and those without words): only they can match
    in it."""
    _every, auto, keyless = _key_index()
    ids = set(keyless)
    if len(auto):
        for _end, (_n, found) in auto.iter(text.lower()):
            ids |= found
    return frozenset(ids)


class TriggerMatches:
    """The trigger matches of a text, sentence by sentence. In a sentence only the triggers
    whose words it holds are tried (most sentences hold few); the words are found in one scan
    of the whole text. (One regex scan of the whole text per trigger costs more.)"""

    def __init__(self, text: str) -> None:
        self._text = text
        _every, auto, self._keyless = _key_index()
        low = self._low = text.lower()
        # (start, triggers) of every key, by start; lower() may change a length: then the
        # keys are looked up sentence by sentence
        self._keys: list[tuple[int, frozenset[int]]] | None = None
        if len(low) == len(text) and len(auto):
            self._keys = sorted(((end - n + 1, ids) for end, (n, ids) in auto.iter(low)),
                                key=lambda k: k[0])
            self._key_starts = [k[0] for k in self._keys]

    def _tried(self, a: int, b: int) -> set[int]:
        if self._keys is None:
            ids = set(candidates(self._text[a:b]))
            low = self._text[a:b].lower()
        else:
            ids = set(self._keyless)
            lo = bisect.bisect_left(self._key_starts, a)
            hi = bisect.bisect_left(self._key_starts, b)
            for _start, found in self._keys[lo:hi]:
                ids |= found     # a key running past the sentence's end only adds a vain try
            low = self._low[a:b]
        # Only a sentence that holds a word of every set the trigger needs can match it (two
        # in three tries of the key alone found nothing). Plain loops: this runs for every
        # trigger of every sentence, and nested generators cost more than the tests.
        every = _key_index()[0]
        tried = set()
        for i in ids:
            for ks in every[i].also:
                for k in ks:
                    if k in low:
                        break
                else:
                    break       # no word of this set: the trigger cannot match
            else:
                tried.add(i)
        return tried

    def in_sentence(self, a: int, b: int, zh: bool) -> list[tuple[Trigger, int, int]]:
        """The matches inside text[a:b] (Chinese triggers only when `zh`), the longest where
        two overlap; positions in the text."""
        every = _key_index()[0]
        tried = tuple(sorted(i for i in self._tried(a, b) if zh or not every[i].zh))
        if not tried:
            return []
        return [(every[i], a + s, a + e) for i, s, e in _sentence_matches(self._text[a:b], tried)]


@lru_cache(maxsize=8192)
def _sentence_matches(sentence: str, tried: tuple[int, ...]) -> tuple[tuple[int, int, int], ...]:
    """(trigger index, start, end) of the matches of the triggers `tried` in `sentence`, the
    longest where two overlap, positions in the sentence. A pure function of its arguments,
    kept: the same sentence recurs across the articles of a corpus (a press office's closing
    lines, an event's stock phrases), and its regex scans are most of in_sentence's time."""
    every = _key_index()[0]
    found = [(i, m.start(), m.end()) for i in tried
             for m in every[i].rx.finditer(sentence) if m.end() > m.start()]
    found.sort(key=lambda f: (f[1] - f[2], f[1]))
    return tuple(non_overlapping(found, lambda f: f[1], lambda f: f[2]))
