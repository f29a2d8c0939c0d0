"""Numbers as a reader of a slide wants them: money in $4.05 B or 40.5 亿元, counts with
separators, blanks as '—'. Pure functions, no Streamlit."""
from __future__ import annotations

import math

import pandas as pd

BLANK = "—"

# English: scale word after the figure; Chinese: 万 / 亿 / 万亿 as written in the press.
_EN_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_ZH_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
_EN_CURRENCY = {"USD": ("$", ""), "CNY": ("CN¥", "")}
_ZH_UNIT = {"USD": "美元", "CNY": "元"}


def is_blank(value: object) -> bool:
    """None, NaN, NaT or pandas' NA."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array is not a blank scalar
        return False


def _three_digits(x: float) -> str:
    """About three significant digits, no trailing zeros: 4.05, 40.5, 405, 2,431."""
    if x == 0:
        return "0"
    decimals = max(0, 2 - int(math.floor(math.log10(abs(x)))))
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money(value: object, currency: str, lang: str = "en") -> str:
    """'$4.05 B', 'CN¥40.5 B'; in Chinese '40.5 亿元', '405 万元', '1.3 亿美元'."""
    if is_blank(value):
        return BLANK
    x = float(value)  # type: ignore[arg-type]
    sign = "-" if x < 0 else ""
    x = abs(x)
    if lang == "zh":
        unit = _ZH_UNIT.get(currency, f" {currency}")
        for size, word in _ZH_SCALES:
            if x >= size:
                return f"{sign}{_three_digits(x / size)} {word}{unit}"
        return f"{sign}{_three_digits(x)} {unit}"
    prefix, _ = _EN_CURRENCY.get(currency, (f"{currency} ", ""))
    for size, word in _EN_SCALES:
        if x >= size:
            return f"{sign}{prefix}{_three_digits(x / size)} {word}"
    return f"{sign}{prefix}{_three_digits(x)}"


def count(value: object) -> str:
    """'1,234'; '—' for a blank."""
    if is_blank(value):
        return BLANK
    return f"{int(round(float(value))):,}"  # type: ignore[arg-type]


def delta(now: object, before: object) -> str | None:
    """'+12 %' / '−3 %' against the previous period; None when it cannot be said."""
    if is_blank(now) or is_blank(before) or not float(before):  # type: ignore[arg-type]
        return None
    change = 100 * (float(now) - float(before)) / float(before)  # type: ignore[arg-type]
    return f"{change:+.0f} %"


def snippet(text: object) -> object:
    """An evidence sentence as shown: one the extractor cut mid-word ('rtium for Research…')
    starts at its first whole word, after '…'. Chinese text has no word to cut."""
    if not isinstance(text, str) or not text[:1].isascii() or not text[:1].islower():
        return text
    head, _, rest = text.partition(" ")
    if not rest or any(ch.isupper() for ch in head):  # 'iPhone', 'eBay': whole words
        return text
    return "…" + rest
