"""Which language a text is in (by script shares), and a bilingual text's zh/en split."""
from __future__ import annotations

import re
import string

from etl.ingest.document import Section

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_OTHER_RUN = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]+")
_OTHER_ALPHA_RUN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f"
                              r"\u0900-\u097f]+")
_EN_FUNCTION = frozenset("the of and to in is was for on with by at as that from are this be it "
                         "an has have were which will its their also been said".split())
# One Chinese character carries about as much as three Latin letters.
_LATIN_PER_HAN = 3.0
_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _run_len(rx: re.Pattern, text: str) -> int:
    # runs, not single characters: far fewer list items to build
    return sum(map(len, rx.findall(text)))


def _script_weights(text: str) -> tuple[float, float, float]:
    if text.isascii():
        # Only A-Za-z can count: delete them from the bytes and measure what went.
        raw = text.encode("ascii")
        return 0, (len(raw) - len(raw.translate(None, _ASCII_LETTERS))) / _LATIN_PER_HAN, 0.0
    han = _run_len(_HAN_RUN, text)
    latin = _run_len(_LATIN_RUN, text) / _LATIN_PER_HAN
    other = _run_len(_OTHER_RUN, text) + _run_len(_OTHER_ALPHA_RUN, text) / _LATIN_PER_HAN
    return han, latin, other


def _sample(text: str, size: int = 200_000) -> str:
    if len(text) <= size:
        return text
    step = len(text) // 20
    return "".join(text[i:i + size // 20] for i in range(0, len(text), step))


def detect_language(text: str) -> str:
    """'en', 'zh', 'mixed' (substantial Chinese and English) or 'other', by script shares."""
    if not text:
        return "other"
    sample = _sample(text)
    han, latin, other = _script_weights(sample)
    total = han + latin + other
    if total < 3:
        return "other"
    if other > 0.3 * total or (other > 0.1 * total and other > 0.1 * han):
        return "other"
    if han >= 0.2 * total and latin >= 0.2 * total:
        # Paragraph by paragraph, so Latin names inside Chinese sentences do not count as
        # an English version (and Chinese names in brackets not as a Chinese one).
        mass = {"zh": 0.0, "en": 0.0, "other": 0.0, "": 0.0}
        for para in sample.split("\n"):
            lang, m = _para_lang(para)
            mass[lang] += m
        if mass["zh"] >= 0.2 * total and mass["en"] >= 0.2 * total and _looks_english(sample):
            return "mixed"
    if han > latin:
        return "zh"
    return "en" if _looks_english(sample) else "other"


def _looks_english(text: str) -> bool:
    words = _LATIN_RUN.findall(text[:5000])
    if len(words) < 20:
        return True
    return sum(1 for w in words if w.lower() in _EN_FUNCTION) >= 0.08 * len(words)


def _para_lang(para: str) -> tuple[str, float]:
    han, latin, other = _script_weights(para)
    mass = han + latin + other
    if mass < 2:
        return "", 0.0
    if other > han and other > latin:
        return "other", mass
    return ("zh" if han >= latin else "en"), mass


def split_language_sections(text: str) -> list[Section]:
    """A bilingual release (zh block then en block, or the reverse) → two sections."""
    return split_sections(text, detect_language(text))


def split_sections(text: str, language: str) -> list[Section]:
    if not text or not text.strip():
        return []
    paras = [p for p in text.split("\n") if p.strip()]
    if language != "mixed" or len(paras) < 2 or len(paras) > 20_000:
        return [Section(_single_lang(text, language), text)]
    langs = [_para_lang(p) for p in paras]
    total = {"zh": 0.0, "en": 0.0}
    for lang, mass in langs:
        if lang in total:
            total[lang] += mass
    grand = sum(m for _, m in langs) or 1.0
    best = None
    for first, second in (("zh", "en"), ("en", "zh")):
        if total[first] < 0.15 * grand or total[second] < 0.15 * grand:
            continue
        before_first = before_second = 0.0
        for k in range(1, len(paras)):
            lang, mass = langs[k - 1]
            if lang == first:
                before_first += mass
            elif lang == second:
                before_second += mass
            # the cut sits right before a paragraph of the second language
            if langs[k][0] != second:
                continue
            purity = (before_first + (total[second] - before_second)) / grand
            if before_first >= 0.15 * grand and total[second] - before_second >= 0.15 * grand:
                if best is None or purity > best[0]:
                    best = (purity, k, first, second)
    if best is None or best[0] < 0.85:
        return [Section(_single_lang(text, language), text)]
    _, k, first, second = best
    return [Section(first, "\n".join(paras[:k])), Section(second, "\n".join(paras[k:]))]


def _single_lang(text: str, lang: str) -> str:
    if lang == "mixed":
        han, latin, _ = _script_weights(_sample(text))
        return "zh" if han >= latin else "en"
    return lang
