"""Figures as written: Chinese numerals, multiplier words and the qualifiers around a figure.

Shared by the money and head-count recognisers. The words come from data/reference/
(multipliers.csv, qualifiers.csv); this module only reads them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.reference import read_csv

# Full-width digits and signs → ASCII, one character for one so positions stay valid.
FULLWIDTH = str.maketrans("０１２３４５６７８９．％＄", "0123456789.%$")
_HAS_FULLWIDTH = re.compile("[０-９．％＄]")


def to_halfwidth(text: str) -> str:
    """Full-width digits and signs as ASCII, one character for one (positions stay valid)."""
    return text.translate(FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


def cn_numeral(s: str) -> float | None:
    """A Chinese numeral ("五千万", "两亿", "千", "一百") as a number, else None."""
    import cn2an
    s = s.replace("萬", "万").replace("億", "亿").replace("〇", "零")
    if s and s[0] in "百千万亿":
        s = "一" + s
    try:
        return float(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError):   # what cn2an raises on a numeral it cannot read (一亿零)
        return None


@dataclass(frozen=True)
class Multipliers:
    en: dict[str, float]       # lower-cased word → factor ("bn" → 1e9)
    zh: dict[str, float]       # one character → factor ("亿" → 1e8)
    en_pattern: str            # alternation of the English words, longest first
    zh_chars: str              # the Chinese characters, for a character class


@lru_cache(maxsize=1)
def multipliers() -> Multipliers:
    en: dict[str, float] = {}
    zh: dict[str, float] = {}
    for row in read_csv("multipliers.csv"):
        word, factor = row.get("word", ""), row.get("factor", "")
        if not word or not factor:
            continue
        (zh if row.get("lang") == "zh" else en)[word if row.get("lang") == "zh" else
                                                word.lower()] = float(factor)
    pattern = "|".join(re.escape(w) for w in sorted(en, key=len, reverse=True)) or r"(?!x)x"
    return Multipliers(en, zh, pattern, "".join(zh))


def zh_multiplier(units: str) -> float:
    """The product of Chinese multiplier characters ("万亿" → 1e12); 1 for none."""
    table = multipliers().zh
    m = 1.0
    for ch in units:
        m *= table.get(ch, 1.0)
    return m


@dataclass(frozen=True)
class Qualifiers:
    before: re.Pattern         # a qualifier word ending just before the figure
    after: re.Pattern          # a qualifier word starting right after the figure
    words: dict[str, str]      # normalised word → at_least | approx | exact


def _word_pattern(word: str) -> str:
    p = re.escape(word).replace(r"\ ", r"\s+")
    if word[0].isascii() and word[0].isalpha():
        p = r"(?<![A-Za-z])" + p
    if word[-1].isascii() and word[-1].isalpha():
        p += r"(?![A-Za-z])"
    return p


@lru_cache(maxsize=2)
def qualifiers(applies: str) -> Qualifiers:
    """The qualifier words for 'amount' or 'attendance' (rows marked 'both' serve each)."""
    before, after, words = [], [], {}
    for row in read_csv("qualifiers.csv"):
        word, q = row.get("word", ""), row.get("qualifier", "")
        if not word or q not in ("at_least", "approx", "exact") or row.get("applies") not in (
                applies, "both"):
            continue
        words[normalise(word)] = q
        (after if row.get("position") == "after" else before).append(word)

    def alternation(ws: list[str]) -> str:
        return "|".join(_word_pattern(w) for w in sorted(ws, key=len, reverse=True)) or r"(?!x)x"
    return Qualifiers(
        before=re.compile(rf"(?P<q>{alternation(before)})\s*$", re.I),
        after=re.compile(rf"^\s*(?P<q>{alternation(after)})", re.I),
        words=words)


def normalise(word: str) -> str:
    return " ".join(word.lower().split())


def qualifier_of(word: str | None, applies: str) -> str | None:
    """at_least / approx / exact for a qualifier word, None when it is not one."""
    return qualifiers(applies).words.get(normalise(word)) if word else None
