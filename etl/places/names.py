"""Comparison keys for place names: case, accents, dots, apostrophes and generic suffixes."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from etl.reference import read_csv

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
# Letters with a stroke that Unicode does not decompose into a base letter and a mark
# ("Đà Nẵng" ~ "Da Nang", "Łódź" ~ "Lodz")
_STROKES = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H"})


def strip_accents(s: str) -> str:
    if s.isascii():  # most names: skip the per-character decomposition (index build time)
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s.translate(_STROKES))
                   if not unicodedata.combining(c))


def key(name: str) -> str:
    """Comparison key: NFKC, case-folded, no accents, dots or leading 'the', single spaces."""
    name = name or ""
    if name.isascii():  # NFKC and accents change nothing: 100k names at index build
        s = name.translate(APOSTROPHES).lower().replace(".", " ")
    else:
        s = unicodedata.normalize("NFKC", name).translate(APOSTROPHES)
        s = strip_accents(s).casefold().replace(".", " ")
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


@lru_cache(maxsize=1)
def _suffixes() -> dict[str, tuple[str, ...]]:
    """Generic words after a place name by language (place_suffixes.csv), longest first."""
    out: dict[str, list[str]] = {"en": [], "zh": []}
    for r in read_csv("place_suffixes.csv"):
        out.setdefault(r["lang"], []).append(key(r["suffix"]))
    return {lang: tuple(sorted(v, key=len, reverse=True)) for lang, v in out.items()}


def strip_suffix(k: str) -> str | None:
    """A key without its generic suffix ("yunnan province" → "yunnan"), None if it has none."""
    for suf in _suffixes()["zh" if CJK.search(k) else "en"]:
        if k.endswith(suf):
            rest = k[: -len(suf)].rstrip(" -,")
            if len(rest) >= 2:
                return rest
    return None
