"""Raw text → clean text: one paragraph per line, site boilerplate removed, hard wraps joined."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from etl.reference import read_csv

_MAX_BOILERPLATE_LINE = 600
_BOILERPLATE_EDGE_LINES = 5_000

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_BREAK_CHARS = ("\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")
INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad\ufffe]")
_SPACE_CHARS = r" \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# A run of spaces of any kind, read as one plain space; a lone plain space is no match (it
# stays what it is, and a page has hundreds: replacing each by itself cost more than the rest).
_SPACES = re.compile(rf"[{_SPACE_CHARS}](?:(?<=[^ ])|[{_SPACE_CHARS}])[{_SPACE_CHARS}]*")
# NFKC would turn Chinese ，；！？（） into ASCII and change how sentences split; only
# fullwidth letters, digits, % and the decimal point are folded (２０２３年 → 2023年).
_FOLD = {**{0xFF10 + i: 0x30 + i for i in range(10)},
         **{0xFF21 + i: 0x41 + i for i in range(26)},
         **{0xFF41 + i: 0x61 + i for i in range(26)},
         0xFF05: 0x25, 0xFF0E: 0x2E, 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi",
         0xFB04: "ffl"}
_FOLD_RX = re.compile("[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ufb00-\ufb04]+")
_CONNECTORS = frozenset("and or of the to in for with by at on a an from as that its their".split())
# The share of a hard-wrapped text's lines that stand near its typical width.
_AT_WIDTH = 0.4
_TERMINAL = tuple(".!?。！？:：;；\"”’)）】]》")


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    groups: dict[str, list[str]] = {"line": [], "inline": [], "tail": []}
    for row in read_csv("boilerplate.csv"):
        kind, pattern = row.get("kind", ""), row.get("pattern", "")
        if kind in groups and pattern:
            try:
                re.compile(pattern)
            except re.error:
                continue   # a user's broken row must not stop ingestion
            groups[kind].append(f"(?:{pattern})")
    return tuple(re.compile("|".join(g), re.I) if g else None  # type: ignore[return-value]
                 for g in (groups["line"], groups["inline"], groups["tail"]))


def clean_text(text: str) -> str:
    """Normalised text without site boilerplate: one paragraph per line, no blank lines."""
    if not text:
        return ""
    # The substring checks skip whole-text scans that would find nothing.
    if any(c in text for c in _BREAK_CHARS):
        text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = _FOLD_RX.sub(lambda m: m.group().translate(_FOLD), text)
    text = INVISIBLE.sub("", text)
    line_rx, inline_rx, tail_rx = _boilerplate()
    if inline_rx is not None:
        text = inline_rx.sub("", text)
    raw_lines = [ln.strip() for ln in _SPACES.sub(" ", text).split("\n")]
    total = sum(len(ln) for ln in raw_lines) or 1
    # Menus and footers sit at the ends; in a huge file the middle is not checked, which
    # keeps a million-line file from costing a million regex runs.
    first_end = _BOILERPLATE_EDGE_LINES
    last_start = max(first_end, len(raw_lines) - _BOILERPLATE_EDGE_LINES)
    kept: list[str] = []
    seen = 0
    skip_close = False
    for i, ln in enumerate(raw_lines):
        seen += len(ln)
        if skip_close and ln:
            skip_close = False
            if ")" in ln and "(" not in ln and len(ln) < 150:
                continue
        if not ln or len(ln) > _MAX_BOILERPLATE_LINE or first_end <= i < last_start:
            kept.append(ln)
            continue
        if tail_rx is not None and seen > total / 2 and tail_rx.fullmatch(ln):
            break
        if line_rx is not None and line_rx.fullmatch(ln):
            # a credit line broken across two lines: "(Translated by X &" / "Y)"
            skip_close = ln.count("(") > ln.count(")")
            continue
        kept.append(ln)
    return "\n".join(_unwrap(kept))


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (fixed-width .txt, PDF text) back into paragraphs."""
    lengths = sorted(len(ln) for ln in lines if ln)
    if len(lengths) < 4:
        return [ln for ln in lines if ln]
    typical = lengths[int(len(lengths) * 0.8)]
    # A hard-wrapped text fills most of its lines to the width; a page of label lines, list
    # items and agenda rows ("签约总额：52.6亿元", "2025年…成交额1520.8亿元") has lines of every
    # length, and joining two of them makes one sentence of two items.
    at_width = sum(1 for n in lengths if 0.85 * typical <= n <= 1.15 * typical)
    wrapped = 20 <= typical <= 160 and at_width >= _AT_WIDTH * len(lengths)
    out: list[str] = []
    joinable = False
    for ln in lines:
        if not ln:
            joinable = False
            continue
        prev = out[-1] if out else ""
        if joinable and _continues(prev, ln):
            if prev.endswith("-"):
                out[-1] = (prev[:-1] if ln[0].islower() else prev) + ln
            elif _is_cjk_char(prev[-1]) or _is_cjk_char(ln[0]):
                out[-1] = prev + ln
            else:
                out[-1] = prev + " " + ln
        else:
            out.append(ln)
        joinable = wrapped and len(ln) >= 0.75 * typical and not ln.endswith(_TERMINAL)
    return out


# A short Chinese label and its colon at a line's start: a form's field, never a wrapped line's rest.
_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")


def _continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` carries on the sentence of a full-width line `prev` (not a new list item)."""
    if _LABEL_LINE.match(nxt):
        return False     # "主办单位：…", "参会规模：…": a label line starts an item of its own
    if _is_cjk_char(prev[-1]) and _is_cjk_char(nxt[0]):
        return True
    if nxt[0].islower() or nxt[0].isdigit() or prev.endswith((",", "-", "–", "(")):
        return True
    last = prev.rsplit(" ", 1)[-1].lower()
    return last in _CONNECTORS


def _is_cjk_char(c: str) -> bool:
    return "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"
