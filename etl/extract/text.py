"""Text helpers every extractor shares: sentences and evidence spans."""
from __future__ import annotations

import re

EVIDENCE_MAX = 300
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Sentence ends: Chinese 。！？； always; line breaks always; Latin .!? when followed by
# space + capital/quote/CJK or the end. Abbreviations ("Co., Ltd.", "Dr.", "U.S.") stay inside.
_END = re.compile(r"[。！？；]+|\n+|[.!?]+(?=\s+[A-Z\"“(\[]|\s*$|\s*[\u4e00-\u9fff])")
_ABBREV = {"co", "ltd", "mr", "ms", "mrs", "dr", "no", "st", "prof", "inc", "jr", "vs", "etc",
           "corp", "dept", "univ", "gen", "sen", "rep", "gov", "e.g", "i.e", "u.s", "u.k"}
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    return word in _ABBREV or len(word) == 1


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, in order."""
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
    return spans


def sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def sentence_at(text: str, pos: int, end: int | None = None) -> str:
    """The sentence around text[pos:end], trimmed to EVIDENCE_MAX characters around the match."""
    end = pos if end is None else end
    a = max(text.rfind("\n", 0, pos) + 1, 0)
    for s, e in sentence_spans(text[a:text.find("\n", end) if text.find("\n", end) >= 0 else len(text)]):
        if a + s <= pos < a + e or (pos == a + e):
            return clip(text[a + s:a + e].strip(), pos - (a + s), end - (a + s))
    return clip(text[a:end + 1].strip(), 0, 0)


def clip(sentence: str, pos: int = 0, end: int = 0) -> str:
    """At most EVIDENCE_MAX characters of `sentence`, keeping sentence[pos:end] inside."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= EVIDENCE_MAX:
        return sentence
    mid = (pos + end) // 2
    lo = max(0, min(mid - EVIDENCE_MAX // 2, len(sentence) - EVIDENCE_MAX))
    return sentence[lo:lo + EVIDENCE_MAX].strip()
