"""Text helpers every extractor shares: sentences and evidence spans."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

EVIDENCE_MAX = 300
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Sentence ends: Chinese 。！？； always; line breaks always; Latin .!? when followed by
# space + capital/quote/CJK or the end. Abbreviations ("Co., Ltd.", "Dr.", "U.S.") stay inside.
_END = re.compile(r"[。！？；]+|\n+|[.!?]+(?=\s+[A-Z\"“(\[]|\s*$|\s*[\u4e00-\u9fff])")
_ABBREV = {"co", "ltd", "mr", "ms", "mrs", "dr", "no", "st", "prof", "inc", "jr", "vs", "etc",
           "corp", "dept", "univ", "gen", "sen", "rep", "gov", "e.g", "i.e", "u.s", "u.k"}
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _is_abbreviation(text: str, dot: int) -> bool:
    # What _WORD_BEFORE.search(text, max(0, dot - 40), dot) finds, without trying every start
    # in the window: the run of letters and dots ending at `dot` (or before a newline right
    # there, where `$` also matches), from its first letter.
    lo = max(0, dot - 40)
    end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot
    chunk = text[lo:end]
    word = chunk[len(chunk.rstrip(_WORD_CHARS)):].lstrip(".")
    if not word:
        return False
    word = word.rstrip(".").lower()
    return word in _ABBREV or len(word) == 1


# The only characters besides ASCII letters that a case-insensitive pattern matches to an ASCII
# letter while str.lower() maps them elsewhere: İ ı ſ (the Kelvin sign lowers to 'k').
_LOWER_TRAPS = ("\u0130", "\u0131", "\u017f")


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """text.lower(), in which every re.I match of an ASCII word also shows up; None when the
    text holds a character that breaks this (callers then run their pattern unfiltered)."""
    if any(c in text for c in _LOWER_TRAPS):
        return None
    return text.lower()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, in order."""
    return list(spans_of(text))


@lru_cache(maxsize=8)
def spans_of(text: str) -> tuple[tuple[int, int], ...]:
    """sentence_spans, computed once per text: every extractor walks the same document."""
    spans, start = [], 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


@lru_cache(maxsize=1024)
def _segment_spans(segment: str) -> tuple[tuple[int, int], ...]:
    # sentence_at splits the line around a match, not the whole text; lines repeat across calls.
    return spans_of.__wrapped__(segment)


def sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def sentence_at(text: str, pos: int, end: int | None = None) -> str:
    """The sentence around text[pos:end], trimmed to EVIDENCE_MAX characters around the match."""
    end = pos if end is None else end
    a = max(text.rfind("\n", 0, pos) + 1, 0)
    z = text.find("\n", end)
    for s, e in _segment_spans(text[a:z if z >= 0 else len(text)]):
        if a + s <= pos < a + e or (pos == a + e):
            return clip(text[a + s:a + e].strip(), pos - (a + s), end - (a + s))
    return clip(text[a:end + 1].strip(), 0, 0)


def evidence_at(text: str, pos: int, end: int | None = None) -> str:
    """What sentence_at returns, found among the text's cached spans (same sentence, same clip)."""
    end = pos if end is None else end
    spans = spans_of(text)
    i = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    if i < 0:
        return clip(text[:end + 1].strip(), 0, 0)
    a, b = spans[i]
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    return clip(text[a:b].strip(), pos - a - lead, end - a - lead)


def clip(sentence: str, pos: int = 0, end: int = 0) -> str:
    """At most EVIDENCE_MAX characters of `sentence`, keeping sentence[pos:end] inside."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= EVIDENCE_MAX:
        return sentence
    mid = (pos + end) // 2
    lo = max(0, min(mid - EVIDENCE_MAX // 2, len(sentence) - EVIDENCE_MAX))
    return sentence[lo:lo + EVIDENCE_MAX].strip()
