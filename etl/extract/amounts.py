"""Money amounts: figure + currency + multiplier, with metric, scope, qualifier and evidence.

Only a figure written with a currency (a symbol, a code or a currency word, from
data/reference/currency_aliases.csv) is money; tons, projects, %, floors and phone numbers
never carry one. A figure restated in a second currency right after it ("100 billion yuan
($14.7 billion)", "12亿元人民币（约合1.8亿美元）") is one finding with `stated_*` set, and the
same figure written twice in a document (a headline and its body) is one amount.

The work is linear in the text: figures are found by one scan, everything about a figure is read
from a bounded window around it (etl.extract.money_scope), and a sentence yields at most
`MAX_PER_SENTENCE` figures (a document over that is reported by `scan_amounts`, not dropped).
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from etl.extract import money_scope
from etl.extract.numerals import (
    FULLWIDTH,  # noqa: F401  (re-exported: other extractors import it from here)
    cn_numeral,
    multipliers,
    qualifiers,
    to_halfwidth,
    zh_multiplier,
)
from etl.extract.records import AmountFinding
from etl.extract.text import evidence_at, has_cjk, original_of, original_span, spans_of, view_of
from etl.reference import read_csv

__all__ = ["AmountScan", "MAX_PER_SENTENCE", "cn_numeral", "find_amounts", "same_amount",
           "scan_amounts", "to_halfwidth"]

# More money figures than this in one sentence is a table or a hostile input, not prose: the
# rest of that sentence is not read and the scan says so.
MAX_PER_SENTENCE = 50
# Above this no reported figure is money (runs of digits, ids); inf/nan never are.
_MAX_AMOUNT = 1e16
# A breakdown sentence ("其中，…") reads as a part of a total at most this many characters before.
_BREAKDOWN_GAP = 300
# A space that groups thousands: plain, no-break or thin (SI and South African style).
_SPACE_GROUP = "[ \u00a0\u202f]"
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"


# context_window "head": the headline and dateline, where a story says where it comes from.
_HEAD = 500


@dataclass(frozen=True)
class _Alias:
    currency: str
    needs: str                        # "", "multiplier" or "magnitude" (multiplier or grouped)
    context: tuple[re.Pattern, ...]   # all must be found; () for the default row
    window: int | None                # characters around the figure, None for the document
    head: bool = False                # the context is searched in the document's head


@dataclass(frozen=True)
class _Recogniser:
    aliases: dict[str, tuple[_Alias, ...]]   # lower-cased alias → its rows, in table order
    arabic: re.Pattern
    chinese: re.Pattern
    prefix: re.Pattern
    prefix_ends: frozenset[str]              # last characters of prefix aliases (lower-cased)
    #  (a code matched only as written, 'MAD', 'GEL', ends in its capital: most figures follow a
    #  lower-case word, 'in 2024', and are spared the prefix search)
    restate_gap: re.Pattern
    after_figure: re.Pattern                 # a figure (and multiplier) ending just before


def _as_written(alias: str) -> bool:
    """An all-capital letter alias (an ISO code, RM, N, R) matches only as written."""
    return alias.isupper() and alias.isalpha()


def _alias_pattern(aliases: list[str]) -> str:
    parts = []
    for a in sorted(set(aliases), key=len, reverse=True):
        p = re.escape(a).replace(r"\ ", r"\s+")
        if a[0].isascii() and a[0].isalpha():
            p = r"(?<![A-Za-z])" + p
        if a[-1].isascii() and a[-1].isalpha():
            p += r"(?![A-Za-z])"
        # ISO codes, "RM", "N" and "R" are case-sensitive ("TRY", "PHP" are also words).
        parts.append(f"(?-i:{p})" if _as_written(a) else p)
    return "|".join(parts) or r"(?!x)x"


@lru_cache(maxsize=1)
def _recogniser() -> _Recogniser:
    aliases: dict[str, list[_Alias]] = {}
    pre, suf = [], []
    for row in read_csv("currency_aliases.csv"):
        alias, cur, pos = row.get("alias", ""), row.get("currency", ""), row.get("position", "")
        if not alias or not cur:
            continue
        context = tuple(re.compile(p) for p in row.get("context", "").split("&&") if p)
        where = row.get("context_window", "")
        window = int(where) if where and where != "head" else None
        aliases.setdefault(alias.lower(), []).append(
            _Alias(cur.upper(), row.get("needs", ""), context, window, where == "head"))
        if pos in ("prefix", "any"):
            pre.append(alias)
        if pos in ("suffix", "any"):
            suf.append(alias)
    mult = multipliers()
    quals = qualifiers("amount")
    # Single characters that qualify a figure between it and its multiplier: 100多亿元, 5千余万元.
    mod = "[" + "".join(w for w, q in quals.words.items()
                        if len(w) == 1 and not w.isascii() and q != "exact") + "]"
    pre_p, suf_p = _alias_pattern(pre), _alias_pattern(suf)
    # A decimal comma only before a multiplier ("R469,5 million"); otherwise "5,000" groups,
    # and so does a space ("R500 000", SI style) between groups of exactly three digits.
    num = (rf"\d+,\d{{1,2}}(?=\s?(?:{mult.en_pattern})(?![A-Za-z]))|"
           rf"(?:\d{{1,3}}(?:(?:,\d{{3}})+|(?:{_SPACE_GROUP}\d{{3}})+(?!\d|[,.]\d))|\d+)"
           r"(?:\.\d+)?")
    # 元 followed by these is another word: 元旦 New Year's Day, 元素 element, 元年 first year …
    not_word = r"(?![旦素件宵年老首帅代朝月器化])"
    # Patterns start at the figure (fast to scan); the prefix is looked up just before it.
    # A multiplier ends the word: the "K" of "250 000 Kč" is the koruna's sign, not thousands.
    arabic = re.compile(
        rf"(?P<num>{num})\s?(?P<mod>{mod})?"
        rf"(?:(?P<zh>[{mult.zh_chars}]+)(?:(?P<num2>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)"
        rf"(?P<zh2>[{mult.zh_chars}]+))?|[\s-]?(?P<en>(?:{mult.en_pattern}))(?![A-Za-z\u00c0-\u024f]))?"
        rf"(?P<mod2>{mod})?(?:(?:\s|(?<=[a-z])-)?(?P<suf>{suf_p}){not_word})?", re.I)
    chinese = re.compile(
        rf"(?<![数几多上])(?P<cn>[零〇一二两三四五六七八九十百千]+[{_CN_DIGITS}]*)"
        rf"(?P<mod>{mod})?(?P<zh>[万亿]*)(?P<suf>{suf_p}){not_word}", re.I)
    prefix = re.compile(rf"(?P<pre>{pre_p})\s?$", re.I)
    # Between a figure and its restatement: "(", "（约合", ", or", "(over" …
    before_words = quals.before.pattern.removesuffix(r")\s*$").removeprefix("(?P<q>")
    # After a comma only an approximating word makes a restatement ('UZS 14.2 billion,
    # "roughly $1.1 million at today's rate"'); a plain comma lists another sum.
    approx_words = sorted((w for w, q in quals.words.items()
                           if q == "approx" and w.isascii() and w[0].isalpha()), key=len, reverse=True)
    approx = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in approx_words)
    restate_gap = re.compile(
        r"^\s*(?:(?:[(（]|,\s*or|，\s*(?:约合|折合|合))?\s*[\"“]?\s*(?:约合|折合|合|相当于|即|"
        rf"equivalent\s+to|~|≈|{before_words})?|,\s*[\"“]?\s*(?:{approx or '(?!x)x'})"
        r"(?![A-Za-z]))\s*$", re.I)
    # A currency word that can follow a figure, standing right after one: it is that figure's.
    after_figure = re.compile(rf"(?:\d|[{mult.zh_chars}]|(?<![A-Za-z])(?:{mult.en_pattern}))\s?$",
                              re.I)
    return _Recogniser({k: tuple(v) for k, v in aliases.items()}, arabic, chinese, prefix,
                       frozenset(a[-1] if _as_written(a) else a[-1].lower() for a in pre),
                       restate_gap, after_figure)


class _Context:
    """Which currency rows apply: context patterns are searched once per document (or in a
    bounded window around the figure), in the article's own characters."""

    def __init__(self, original: str):
        self.original = original
        self._doc: dict[re.Pattern, bool] = {}

    def holds(self, alias: _Alias, pos: int) -> bool:
        for rx in alias.context:
            if alias.head:
                if not rx.search(self.original, 0, _HEAD):
                    return False
            elif alias.window is not None:
                lo = max(0, pos - alias.window)
                if not rx.search(self.original, lo, pos + alias.window):
                    return False
            else:
                if rx not in self._doc:
                    self._doc[rx] = rx.search(self.original) is not None
                if not self._doc[rx]:
                    return False
        return True


@dataclass
class _Raw:
    start: int
    end: int
    amount: float
    currency: str
    mod: str
    surface: str = ""
    caption: int = -1   # a table cell priced by a caption: where the caption stands


def _prefix(rec: _Recogniser, text: str, pos: int) -> tuple[str | None, int]:
    """The currency written just before the figure at `pos`, and where it starts. A currency
    word right after another figure is that figure's ("1亿美元12个项目"), not this one's."""
    i = pos - 1 if pos and not text[pos - 1].isspace() else pos - 2
    if i < 0 or (text[i].lower() not in rec.prefix_ends and text[i] not in rec.prefix_ends):
        return None, pos     # most figures have none: skip the alternation
    m = rec.prefix.search(text, max(0, pos - 24), pos)
    if not m:
        return None, pos
    if rec.after_figure.search(text, max(0, m.start() - 12), m.start()):
        return None, pos
    return m.group("pre"), m.start()


def _alias(rec: _Recogniser, ctx: _Context, written: str | None, pos: int,
           multiplied: bool, grouped: bool = False) -> _Alias | None:
    for row in rec.aliases.get((written or "").lower(), ()):
        if (row.needs == "multiplier" and not multiplied) or (
                row.needs == "magnitude" and not (multiplied or grouped)):
            continue
        if ctx.holds(row, pos):
            return row
    return None


def _currency(rec: _Recogniser, ctx: _Context, pre: str | None, suf: str | None, pos: int,
              multiplied: bool, grouped: bool = False) -> str | None:
    p = _alias(rec, ctx, pre, pos, multiplied, grouped) if pre else None
    s = _alias(rec, ctx, suf, pos, multiplied, grouped) if suf else None
    if p and s and p.currency != s.currency:
        return p.currency   # "RMB 5 million yuan" agree; "US$ 5 million yuan" is garbled
    return (s or p).currency if (s or p) else None


def _to_float(num: str) -> float:
    if re.fullmatch(r"\d+,\d{1,2}", num):
        return float(num.replace(",", "."))
    return float(re.sub(r"[,\s]", "", num))


_MINUS = "-−－–"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_GROUPED = re.compile(r"\d[,\s]\d{3}")


def _negative(text: str, start: int) -> bool:
    """A minus sign right before the figure (or its currency): "-500 million yuan", "US$-5m".
    A hyphen after a digit or a Latin letter is a range or a compound ("5-10 million", "A-1"),
    not a sign; after a Chinese character it is one ("金额-5亿元")."""
    i = start - 1
    while i >= 0 and text[i] == " " and start - i < 3:
        i -= 1
    if i < 0 or text[i] not in _MINUS:
        return False
    prev = text[i - 1] if i else " "
    return not (prev.isdigit() or (prev.isascii() and prev.isalpha()))


def _raw_amounts(text: str, page: str | None = None) -> list[_Raw]:
    rec = _recogniser()
    # which dollar a bare $ is follows the whole page (a table's note 貨幣單位為澳門元 may stand
    # in a sentence another event owns); `page` holds the same positions as `text`
    ctx = _Context(original_of(page if page is not None and len(page) == len(text) else text))
    en_mult = multipliers().en
    found: list[_Raw] = []
    for m in rec.arabic.finditer(text):
        pre, start = _prefix(rec, text, m.start())
        suf = m.group("suf")
        if not pre and not suf:
            continue
        if pre == "$" and start and text[start - 1].isascii() and text[start - 1].isalpha():
            continue   # a dollar the table does not know ("XY$5 million"): not the US dollar
        before = text[m.start("num") - 1] if m.start("num") else " "
        if (before.isascii() and before.isalnum() and not pre) or before in ".,":
            continue   # a digit run inside a code or a decimal: "A380", "v2.5"; "RM120" is money
        en = (m.group("en") or "").lower()
        if en and not suf and not pre:
            continue
        multiplied = bool(en or m.group("zh"))
        if pre and pre.isalpha() and pre.isupper() and start + len(pre) == m.start() and \
                not (multiplied or suf) and _to_float(m.group("num")) < 100:
            continue   # a code glued to a small number is a name: "COP28", "SAR2", "G20"
        if pre and _CJK.match(pre) and not (multiplied or suf):
            continue   # 港币/美元 before a bare figure: "美元2023年" is no sum
        grouped = _GROUPED.search(m.group("num")) is not None
        if _negative(text, start) or (pre and _negative(text, m.start("num"))):
            continue   # a loss or a fall, not a sum of money that changed hands
        value = _to_float(m.group("num")) * en_mult.get(en, 1.0) * zh_multiplier(
            m.group("zh") or "")
        if m.group("zh2"):
            # one figure in two parts: 1兆1,574亿元, 3亿5000万元 (the second in smaller units)
            part = _to_float(m.group("num2")) * zh_multiplier(m.group("zh2"))
            if part >= zh_multiplier(m.group("zh")):
                continue
            value += part
        cur = _currency(rec, ctx, pre, suf, m.start(), multiplied, grouped)
        if cur and 0 < value < _MAX_AMOUNT:
            end = m.end() if suf else (m.end("en") if en else m.end("zh2") if m.group("zh2")
                                       else m.end("zh") if m.group("zh")
                                       else m.end("num"))
            found.append(_Raw(start, end, round(value, 2), cur,
                              m.group("mod") or m.group("mod2") or ""))
    # Chinese numerals are Chinese characters (〇 outside the CJK block): none in most
    # English texts, which are spared the scan
    for m in rec.chinese.finditer(text) if has_cjk(text) or "〇" in text else ():
        base = cn_numeral(m.group("cn"))
        if base is None:
            continue
        pre, start = _prefix(rec, text, m.start())
        cur = _currency(rec, ctx, pre, m.group("suf"), m.start(), bool(m.group("zh")))
        value = base * zh_multiplier(m.group("zh") or "")
        if cur and 0 < value < _MAX_AMOUNT:
            found.append(_Raw(start, m.end(), round(value, 2), cur, m.group("mod") or ""))
    if "|" in text or "｜" in text:
        found.extend(_table_cells(rec, ctx, text))
    found.sort(key=lambda r: (r.start, -r.end))
    kept: list[_Raw] = []
    for r in found:
        if kept and r.start < kept[-1].end:
            continue
        r.surface = " ".join(original_span(text, r.start, r.end).split())
        kept.append(r)
    return kept


# A table's header cell that carries the money unit of its column: "金额（万元）", "合同额(亿元)".
_UNIT_CELL = re.compile(r"[(（](?P<zh>[十百千万亿]*)(?P<cur>[^()（）|｜\n\d]{1,6}?)[)）]\s*$")
_BAR = re.compile(r"[|｜]")
_BARE_CELL = re.compile(r"\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")
_TABLE_ROWS = 60   # rows read under one header
# A caption that gives a table's money unit for all of it, at the end of the line before the
# header: "明细如下表（单位：新台币万元）：", "单位：万元".
_UNIT_CAPTION = re.compile(
    r"单位\s*[:：]\s*(?P<pre>[^\d\s()（）|｜，。、:：]{0,5}?)(?P<zh>[十百千万亿]*)"
    r"(?P<cur>[^\d\s()（）|｜，。、:：十百千万亿]{1,4}?)\s*[)）]?\s*[:：。]?\s*$")
# The header of the column such a caption prices: the one that names a sum.
_MONEY_HEADER = re.compile(r"金额|总额|额\s*$|价款|费用|amount|value", re.I)
_CAPTION_REACH = 80   # characters of the line before the header read for a caption


def _unit_column(rec: _Recogniser, ctx: _Context, cells: list[str],
                 pos: int) -> tuple[int, str, float, int] | None:
    """The column whose header names a money unit: its index, currency and multiplier (and
    -1: no caption)."""
    for col, cell in enumerate(cells):
        m = _UNIT_CELL.search(cell)
        cur = m and _currency(rec, ctx, None, m.group("cur"), pos, bool(m.group("zh")))
        if cur:
            return col, cur, zh_multiplier(m.group("zh")), -1
    return None


def _captioned_column(rec: _Recogniser, ctx: _Context, text: str, cells: list[str],
                      a: int) -> tuple[int, str, float, int] | None:
    """The column a caption on the line before the header prices ("…如下表（单位：新台币万元）："
    then "技术名称|承接厂商|签约金额"): the one header that names a sum, in the caption's unit."""
    prev_end = a - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1   # blank lines between the caption and the header
    m = _UNIT_CAPTION.search(text, max(0, prev_end - _CAPTION_REACH), max(0, prev_end))
    if not m:
        return None
    cur = _currency(rec, ctx, m.group("pre") or None, m.group("cur"), m.start(),
                    bool(m.group("zh")))
    cols = [i for i, c in enumerate(cells) if _MONEY_HEADER.search(c)]
    if not cur or len(cols) != 1:
        return None
    return cols[0], cur, zh_multiplier(m.group("zh")), m.start()


def _table_cells(rec: _Recogniser, ctx: _Context, text: str) -> list[_Raw]:
    """Bare figures in a text table ('|'-separated cells, one row a line) whose column header
    carries the money unit ("序号|项目|金额（万元）" then "1|某项目|2600"), or whose one sum
    column a caption before the header prices ("（单位：万元）"): each is money in that unit.
    The rows end at the first line with another number of cells."""
    found: list[_Raw] = []
    pos = 0
    while True:
        m = _BAR.search(text, pos)
        if m is None:
            return found
        bar = m.start()
        a = text.rfind("\n", 0, bar) + 1
        z = text.find("\n", bar)
        z = len(text) if z < 0 else z
        pos = z + 1
        cells = _BAR.split(text[a:z])
        unit = _unit_column(rec, ctx, cells, a) or _captioned_column(rec, ctx, text, cells, a)
        if unit is None:
            continue
        col, cur, scale, caption = unit
        row_start = pos
        for _ in range(_TABLE_ROWS):
            if row_start >= len(text):
                break
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            row = _BAR.split(text[row_start:row_end])
            if len(row) != len(cells):
                break
            offset = row_start + sum(len(c) + 1 for c in row[:col])
            n = _BARE_CELL.fullmatch(row[col])
            if n:
                value = _to_float(n.group("num")) * scale
                if 0 < value < _MAX_AMOUNT:
                    found.append(_Raw(offset + n.start("num"), offset + n.end("num"),
                                      round(value, 2), cur, "", caption=caption))
            row_start = row_end + 1
        pos = row_start


def _qualifier(text: str, start: int, end: int, mod: str) -> str:
    quals = qualifiers("amount")
    q = None
    m = quals.before.search(text, max(0, start - 25), start)
    if m:
        q = quals.words.get(" ".join(m.group("q").lower().split()))
    after = quals.after.match(text[end:end + 12])
    q_after = quals.words.get(" ".join(after.group("q").lower().split())) if after else None
    q_mod = quals.words.get(mod) if mod else None
    if "approx" in (q, q_after, q_mod):
        return "approx"
    if "at_least" in (q, q_after, q_mod):
        return "at_least"
    return "exact"


def _context(text: str, spans: tuple[tuple[int, int], ...], idx: int, pos: int,
             with_money: set[int]) -> str:
    """Up to two sentences before sentence `idx` within its paragraph (each clipped), and the
    line ending in ':' that introduces a list item. A sentence with a money figure of its own is
    left out: its words are about that figure."""
    para_start = text.rfind("\n\n", max(0, pos - 2000), pos)
    prev = [text[max(a, b - money_scope.CONTEXT):b]
            for i, (a, b) in enumerate(spans[max(0, idx - 2):idx], start=max(0, idx - 2))
            if a >= para_start and i not in with_money]
    intro = _list_intro(text, pos)
    return " ".join(([intro] if intro else []) + prev)


# The words a heading of other editions is made of (往届回顾, 历届回顾): the block headings
# are looked for only in a text that has one of them.
_LOOK_BACK = re.compile(r"往届|历届|往期|上届|前几届|往年")
_HEADING_MAX = 20   # a heading line is short and has no full stop


def _block_heading(text: str, pos: int) -> str:
    """The nearest short line before `pos` in its block (no blank line between, at most six
    lines back): the heading the figure sits under, or ''."""
    end = text.rfind("\n", max(0, pos - 1200), pos)
    for _ in range(6):
        if end <= 0:
            return ""
        start = text.rfind("\n", max(0, end - 400), end) + 1
        line = text[start:end].strip()
        if not line:
            return ""          # a blank line ends the block
        if len(line) <= _HEADING_MAX and "。" not in line:
            return line
        end = start - 1
    return ""


def _list_intro(text: str, pos: int) -> str | None:
    """The line ending in ':' that introduces the list item at `pos` (short lines between)."""
    end = text.rfind("\n", max(0, pos - 1000), pos)
    for _ in range(8):
        if end <= 0:
            return None
        start = text.rfind("\n", max(0, end - 200), end) + 1
        line = text[start:end].strip()
        if line.endswith((":", "：")):
            return line
        if len(line) > 120 or start == 0 and end - start >= 200:
            return None
        end = start - 1
    return None


@dataclass
class AmountScan:
    """The amounts of a text, and how many figures were left unread because a sentence held
    more than MAX_PER_SENTENCE of them (0 for prose)."""
    findings: list[AmountFinding] = field(default_factory=list)
    unread: int = 0


def find_amounts(text: str) -> list[AmountFinding]:
    """Every money figure in `text`, in order, a restated or repeated figure folded into one."""
    return scan_amounts(text).findings


def scan_amounts(text: str, page: str | None = None) -> AmountScan:
    """find_amounts, with the count of figures the per-sentence guard left unread. `page`: the
    whole article when `text` is one event's part of it (same positions)."""
    if not text:
        return AmountScan()
    text = view_of(text)
    raws = _raw_amounts(text, page)
    spans = spans_of(text)
    starts = [a for a, _ in spans]
    scan = AmountScan()
    year = dated_year(text)
    edition = money_scope.opening_edition(text[:_OPENING])   # "第二届…": 首届's money is another's
    with_money = {bisect.bisect_right(starts, r.start) - 1 for r in raws}
    money_at = [r.start for r in raws]
    per_sentence: dict[int, int] = {}
    headed = _LOOK_BACK.search(text) is not None   # a block heading can name other editions
    out: list[tuple[AmountFinding, int]] = []
    prev_end = 0
    dropped_end = -1   # where the last figure ends when it was dropped as no sum
    i = 0
    while i < len(raws):
        r = raws[i]
        stated = None
        if i + 1 < len(raws):
            nxt = raws[i + 1]
            if nxt.currency != r.currency and nxt.start - r.end <= 40 and \
                    _recogniser().restate_gap.match(text[r.end:nxt.start]):
                stated = nxt
        i += 2 if stated else 1
        if money_scope.is_threshold(text, r.start, (stated or r).end):
            continue   # "投资额超过10亿元的重大项目31个" sorts projects; no sum changed hands
        idx = bisect.bisect_right(starts, r.start) - 1
        sentence = spans[idx] if idx >= 0 and r.start < spans[idx][1] else (r.start, r.end)
        per_sentence[idx] = per_sentence.get(idx, 0) + 1
        if per_sentence[idx] > MAX_PER_SENTENCE:
            scan.unread += 1
            continue
        last = (stated or r).end
        if r.caption >= 0:
            # a caption-priced cell is read where its caption tells what the table lists
            # ("本次共完成3件签约，明细如下表（单位：万元）")
            cidx = bisect.bisect_right(starts, r.caption) - 1
            csent = spans[cidx] if cidx >= 0 and r.caption < spans[cidx][1] else sentence
            w = money_scope.window(text, r.caption, r.caption, csent,
                                   _context(text, spans, cidx, r.caption, with_money)
                                   if cidx >= 0 else "", money_at)
        else:
            w = money_scope.window(text, r.start, last, sentence,
                                   _context(text, spans, idx, r.start, with_money)
                                   if idx >= 0 else "", money_at, prev_end)
        if headed:
            w.heading = _block_heading(text, r.start)
        # The metric's words sit between the previous figure and this one; a few words after
        # the figure name it too: "$27 million in licensing revenue".
        metric_before = text[max(sentence[0], prev_end, r.start - money_scope.BEFORE):r.start]
        if money_scope.not_a_sum(w, year, edition) or (
                dropped_end >= 0 and _BRACKET_AFTER.fullmatch(text, dropped_end, r.start)):
            prev_end = dropped_end = last   # another edition's figure, a forecast, a market
            continue   # value: no sum of this event (a trap), and its words are not the next
            # one's; nor is a figure in brackets right after it, the same thing at another
            # rate or of another part ("报名费每人6,000元（会员5,000元）", "$12m (members $10m)")
        dropped_end = -1
        metric = money_scope.metric_of(metric_before, text[last:min(sentence[1], last + 30)])
        scope = money_scope.scope_of(w, metric)
        total = _total_of(out, metric, sentence[0]) if money_scope.is_breakdown(w) else None
        if total and total.end < sentence[0] and _counted_between(text, total.end, sentence[0]):
            total = None   # "共签署11份合作协议。其中，…首期投入约12亿福林": one of the things
            # counted just before, not a part of a sum told earlier
        if total:
            scope = total.scope   # "其中，…项目合同金额680万元" is a part of the total before it
        out.append((AmountFinding(
            amount=r.amount, currency=r.currency, metric=metric,
            scope=scope,
            qualifier=_qualifier(text, r.start, r.end, r.mod),
            reference_year=money_scope.reference_year(w),
            surface=r.surface, evidence=evidence_at(text, r.start, r.end),
            stated_amount=stated.amount if stated else None,
            stated_currency=stated.currency if stated else None,
            start=r.start, end=last), r.start))
        prev_end = last
    scan.findings = _once(text, out)
    return scan


# An opening bracket and a few words with no figure: "（会员", " (members ".
_BRACKET_AFTER = re.compile(r"\s*[（(][^（()）\d，。；,;]{0,12}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A line this long is prose: the headline and dateline end before it.
_PROSE_LINE = 150


def _head_end(text: str) -> int:
    """Where the headline and dateline end: the short lines before the first line of prose,
    within the first _HEAD characters (0 when the text opens on prose or is one line)."""
    end, pos = min(len(text), _HEAD), 0
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl < 0 or nl - pos >= _PROSE_LINE:
            return pos   # a line of prose, or one with no line after it
        pos = nl + 1
    return end


# How far the opening is read for an event named with its year (headline and lead paragraph).
_OPENING = 1500


def dated_year(text: str) -> int | None:
    """The year the article is dated in: the latest year its headline and dateline write, or
    a later one written into an event's name in its opening ("… Conference 2027" previewed in
    December 2026 is about 2027: its 2026 edition is another one)."""
    years = [int(y) for y in _YEAR.findall(text, 0, _head_end(text))]
    named = money_scope.named_year(text[:_OPENING])
    if named:
        years.append(named)
    return max(years) if years else None


def _counted_between(text: str, a: int, b: int) -> bool:
    """A count of things signed stands between an earlier money figure (ending at `a`) and a
    breakdown's sentence (starting at `b`): the breakdown refers to those things."""
    rx = money_scope.markers().before.get("count_total")
    return bool(rx and rx.search(text, max(a, b - _BREAKDOWN_GAP), b))


def _total_of(found: list[tuple[AmountFinding, int]], metric: str,
              sentence_start: int) -> AmountFinding | None:
    """The total a breakdown is a part of: a figure earlier in its own sentence (whatever it
    measures: "其中" right after it refers back to it), else the last figure at most
    _BREAKDOWN_GAP before its sentence that measures the same thing (a licence fee is a part of the deals signed, not of
    the programme budget named in between), else the nearest one either of whose metrics is
    unknown ('other')."""
    loose = None
    if found and found[-1][0].end >= sentence_start:
        return found[-1][0]   # "意向金额3.2亿元，其中交易额4600万元": the figure its clause follows
    for a, _s in reversed(found):    # back from the breakdown, only as far as the gap
        if sentence_start - a.end > _BREAKDOWN_GAP:
            break
        if a.metric == metric != "other":
            return a
        if loose is None and "other" in (a.metric, metric):
            loose = a
    return loose


def _once(text: str, found: list[tuple[AmountFinding, int]]) -> list[AmountFinding]:
    """Each figure once: a headline figure the body restates (or a headline rounding of a body
    figure: "Deals Top NT$1.1 Billion" for NT$1.12 billion) gives way to the body's (fuller)
    sentence; a figure repeated in the body keeps its first mention."""
    head_end = max(text.find("\n"), _head_end(text) - 1)
    head_end = head_end if head_end > 0 else -1
    seen: dict[tuple[str, float], int] = {}
    body = [a for a, s in found if s > head_end]
    out: list[AmountFinding] = []
    for a, s in found:
        key = (a.currency, a.amount)
        if s <= head_end and any(same_amount(a, b) or _rounds_to(a, b) for b in body):
            continue
        if key in seen:
            continue
        seen[key] = len(out)
        out.append(a)
    return out


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _rounds_to(head: AmountFinding, body: AmountFinding) -> bool:
    """`head` is `body` rounded to the digits the headline writes (1.1 billion for 1.12
    billion, $5 million for $4.8 million), or cut down to them after "over" (逾85亿元 for
    85.6亿元)."""
    m = _FIGURE.search(head.surface)
    if head.currency != body.currency or not m or head.amount <= 0:
        return False
    digits = m.group().replace(",", "")
    whole, _, frac = digits.partition(".")
    significant = len(whole.lstrip("0") + frac) if frac else len(whole.lstrip("0").rstrip("0"))
    unit = 10 ** (math.floor(math.log10(head.amount)) - max(significant, 1) + 1)
    if head.qualifier == "at_least":   # "签约逾85亿元" for 85.6亿元: the headline cuts it down
        return 0 <= body.amount - head.amount < unit
    return abs(head.amount - body.amount) <= 0.5 * unit


def same_amount(a: AmountFinding, b: AmountFinding) -> bool:
    """Same currency and within 0.5 %: the Chinese and English copies of one figure."""
    if a.currency != b.currency:
        return False
    big = max(abs(a.amount), abs(b.amount))
    return big == 0 or abs(a.amount - b.amount) <= 0.005 * big
