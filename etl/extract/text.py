"""Text helpers every extractor shares: the normalised view, sentences and evidence spans."""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

import opencc

from etl.extract.scan import finditer_at, positions_of

EVIDENCE_MAX = 300
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Sentence ends: Chinese 。！？； always; line breaks always; Latin .!? when followed by
# space + capital/quote/CJK or the end. Abbreviations ("Co., Ltd.", "Dr.", "U.S.") stay inside.
# A footnote marker right after the full stop ("… at €1.3 million.[4] Latvia's …", as
# Wikipedia and reports cite) belongs to the sentence it closes: the next one starts after it.
_END = re.compile(r"[。！？；]+|\n+|[.!?]+(?:\[\d{1,3}\])*(?=\s+[A-Z\"“(\[]|\s*$|\s*[\u4e00-\u9fff])")
# The characters a sentence end starts with: the split tries _END only there (a scan of
# every character costs three times as much on a page).
_END_MARKS = "。！？；\n.!?"
_ABBREV = {"co", "ltd", "mr", "ms", "mrs", "dr", "no", "st", "prof", "inc", "jr", "vs", "etc",
           "corp", "dept", "univ", "gen", "sen", "rep", "gov", "e.g", "i.e", "u.s", "u.k"}
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
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
    # "H.E. Dr Ali", "the U.N. agency": dotted initials never end a sentence
    return word in _ABBREV or len(word) == 1 or bool(_INITIALS.fullmatch(word))


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


class View(str):
    """A normalised view of a text, of the same length, that remembers the original.

    Extractors match on the view (NFKC: full-width digits and letters, ideographic spaces;
    Traditional characters as Simplified), so one pattern serves every script. Positions in
    the view are positions in the original, so names, surfaces and evidence are taken from
    the article's own characters (`original_span`, `evidence_at`, `sentence_at`).
    """

    original: str

    def __new__(cls, original: str) -> View:
        view = super().__new__(cls, _normalise(original))
        view.original = original
        return view


def view_of(text: str) -> View:
    """The normalised view of `text` (a View is returned as it is)."""
    if isinstance(text, View):
        return text
    # Names, titles and phrases are viewed again by every finder that reads them: a short
    # text's view is made once (a View never changes, so it can be shared).
    return _short_view(text) if len(text) <= _SHORT else View(text)


_SHORT = 300


@lru_cache(maxsize=4096)
def _short_view(text: str) -> View:
    return View(text)


def original_of(text: str) -> str:
    """The article's own characters behind `text` (itself when it is not a View)."""
    return text.original if isinstance(text, View) else text


def original_span(text: str, start: int, end: int) -> str:
    """text[start:end] in the article's own characters."""
    return original_of(text)[start:end]


def written(text: str, s: str | None, near: int = 0) -> str | None:
    """`s`, a piece of the view `text`, in the article's own characters (the occurrence
    nearest after `near`); `s` itself when it is not a piece of the text."""
    if not s or not isinstance(text, View):
        return s
    i = text.find(s, max(0, near - 400))
    if i < 0:
        i = text.find(s)
    return text.original[i:i + len(s)] if i >= 0 else s


_T2S = opencc.OpenCC("t2s")
# Chinese punctuation stays as written (patterns and sentence ends rely on it); full-width
# digits, letters, spaces, signs (．％＄＋～) and other compatibility forms are folded.
_KEEP = frozenset("！（），：；？［］｛｝｜、")


_FOLD: dict[int, str] = {}      # character → its one-character NFKC form, learnt as met
_SEEN: set[str] = set()


def _fold_table(text: str) -> dict[int, str]:
    for ch in set(text) - _SEEN:
        _SEEN.add(ch)
        if ch.isascii() or ch in _KEEP:
            continue
        n = unicodedata.normalize("NFKC", ch)
        # Characters whose NFKC form is longer (㈱ → (株)) stay as they are: one character
        # in, one out keeps every position valid in the original.
        if len(n) == 1 and n != ch:
            _FOLD[ord(ch)] = n
    return _FOLD


# "北京,上海;主办单位:X" on real pages: an ASCII mark beside a Chinese character is read as
# the full-width one the Chinese patterns know (one character for one; "10:30", "A, B" and
# brackets stay as written).
_HALF_WIDTH = re.compile(r"(?<=[\u3400-\u9fff])[,;:!?]|[,;:!?](?=[ \t]?[\u3400-\u9fff])")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


def _normalise(text: str) -> str:
    flat = text if text.isascii() else text.translate(_fold_table(text))
    if not has_cjk(flat):
        return flat
    simplified = _T2S.convert(flat)
    if len(simplified) != len(flat):
        # A phrase rule changed the length: convert character by character instead.
        simplified = "".join(c if len(c) == 1 else ch
                             for ch, c in zip(flat, map(_T2S.convert, flat), strict=True))
    return _HALF_WIDTH.sub(lambda m: _FULL_WIDTH[m.group()], simplified)


def has_cjk(text: str) -> bool:
    # isascii is a C loop with no regex set-up: most calls are on short English names.
    return not text.isascii() and _CJK.search(text) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, in order."""
    return list(spans_of(text))


@lru_cache(maxsize=8)
def spans_of(text: str) -> tuple[tuple[int, int], ...]:
    """sentence_spans, computed once per text: every extractor walks the same document."""
    spans, start = [], 0
    for m in finditer_at(_END, text, (i for c in _END_MARKS for i in positions_of(text, c))):
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
    text = original_of(text)
    end = pos if end is None else end
    a = max(text.rfind("\n", 0, pos) + 1, 0)
    z = text.find("\n", end)
    for s, e in _segment_spans(text[a:z if z >= 0 else len(text)]):
        if a + s <= pos < a + e or (pos == a + e):
            return clip(text[a + s:a + e].strip(), pos - (a + s), end - (a + s))
    return clip(text[a:end + 1].strip(), 0, 0)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence around text[pos] as sentence_at splits it (within its
    line), for reading the sentence in a view's own (normalised) characters."""
    a = text.rfind("\n", 0, pos) + 1
    z = text.find("\n", pos)
    z = z if z >= 0 else len(text)
    for s, e in _segment_spans(text[a:z]):
        if a + s <= pos < a + e:
            return a + s, a + e
    return a, z


def evidence_at(text: str, pos: int, end: int | None = None) -> str:
    """What sentence_at returns, found among the text's cached spans (same sentence, same clip).

    A View's sentences are the ones the extractors already split (a view has its original's
    length and the same sentence ends), so the original is not split again."""
    spans = spans_of(text)
    text = original_of(text)
    end = pos if end is None else end
    i = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    if i < 0:
        return clip(text[:end + 1].strip(), 0, 0)
    a, b = spans[i]
    if b - a > 4 * EVIDENCE_MAX:
        # A very long sentence (a list, a table flattened into one line): read only the part
        # around the match, so each call costs the same however long the sentence is.
        a, b = max(a, pos - 2 * EVIDENCE_MAX), min(b, end + 2 * EVIDENCE_MAX)
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


def non_overlapping(ranked: list, start, end) -> list:
    """The items of `ranked` (best first) that overlap no better one, in text order.

    `start`/`end` give an item's span. Kept spans never overlap, so checking the neighbours
    of a new span among them is enough: linear-logarithmic in the number of items.
    """
    starts: list[int] = []
    kept: dict[int, tuple[int, object]] = {}
    for item in ranked:
        s, e = start(item), end(item)
        i = bisect.bisect_left(starts, s)
        if i < len(starts) and starts[i] < e:
            continue
        if i > 0 and kept[starts[i - 1]][0] > s:
            continue
        if s in kept:
            continue
        starts.insert(i, s)
        kept[s] = (e, item)
    return [kept[s][1] for s in starts]
