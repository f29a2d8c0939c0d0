"""Money amounts: figure + currency + multiplier, with metric, scope, qualifier and evidence.

Only a figure written with a currency (a symbol, a code or a currency word, from
data/reference/currency_aliases.csv) is money; tons, projects, %, floors and phone numbers
never carry one. A figure restated in a second currency right after it ("100 billion yuan
($14.7 billion)", "12亿元人民币（约合1.8亿美元）") is one finding with `stated_*` set.
"""
from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.records import AmountFinding
from etl.extract.text import sentence_at, sentence_spans
from etl.gazetteer import country_code
from etl.reference import read_csv

# Full-width digits and signs → ASCII, one character for one so positions stay valid.
FULLWIDTH = str.maketrans("０１２３４５６７８９．％＄", "0123456789.%$")

_HAS_FULLWIDTH = re.compile("[０-９．％＄]")


def to_halfwidth(text: str) -> str:
    """Full-width digits and signs as ASCII, one character for one (positions stay valid)."""
    return text.translate(FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


_EN_MULT = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6,
            "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7,
            "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5}
_ZH_UNIT = {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿萬億"
# Aliases that are ordinary words too ("5 won", "3 pounds of rice"): money only with a multiplier.
_NEEDS_MULT = {"won", "rand", "dong", "pounds", "lira", "pesos", "euro", "reais"}
_YEN_CONTEXT = re.compile(r"\byen\b|日元|円|Japan|日本", re.I)

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MOD = r"[余多餘来]"


def _alias_pattern(aliases: list[str]) -> str:
    parts = []
    for a in sorted(aliases, key=len, reverse=True):
        p = re.escape(a).replace(r"\ ", r"\s+")
        if a[0].isascii() and a[0].isalpha():
            p = r"(?<![A-Za-z])" + p
        if a[-1].isascii() and a[-1].isalpha():
            p += r"(?![A-Za-z])"
        # ISO codes and "RM" are case-sensitive ("TRY", "PHP" are also words).
        parts.append(p if not (a.isupper() and a.isalpha()) else f"(?-i:{p})")
    return "|".join(parts) or r"(?!x)x"


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, str], re.Pattern, re.Pattern, re.Pattern]:
    """(alias (lower-cased) → ISO, Arabic-figure pattern, Chinese-numeral pattern, prefix)."""
    code: dict[str, str] = {}
    pre, suf = [], []
    for row in read_csv("currency_aliases.csv"):
        alias, cur, pos = row.get("alias", ""), row.get("currency", ""), row.get("position", "")
        if not alias or not cur:
            continue
        code[alias.lower()] = cur.upper()
        if pos in ("prefix", "any"):
            pre.append(alias)
        if pos in ("suffix", "any"):
            suf.append(alias)
    mult = "|".join(sorted(_EN_MULT, key=len, reverse=True))
    pre_p, suf_p = _alias_pattern(pre), _alias_pattern(suf)
    # 元 followed by these is another word: 元旦 New Year's Day, 元素 element, 元年 first year …
    not_word = r"(?![旦素件宵年老首帅代朝月器化])"
    # Patterns start at the figure (fast to scan); the prefix is looked up just before it.
    arabic = re.compile(
        rf"(?P<num>{_NUM})\s?(?P<mod>{_MOD})?"
        rf"(?:(?P<zh>[十百千万亿萬億]+)|[\s-]?(?P<en>(?:{mult}))(?![A-Za-z]))?"
        rf"(?P<mod2>{_MOD})?(?:(?:\s|(?<=[a-z])-)?(?P<suf>{suf_p}){not_word})?", re.I)
    chinese = re.compile(
        rf"(?<![数几多上])(?P<cn>[零〇一二两三四五六七八九十百千]+[{_CN_DIGITS}]*)"
        rf"(?P<mod>{_MOD})?(?P<zh>[万亿萬億]*)(?P<suf>{suf_p}){not_word}", re.I)
    prefix = re.compile(rf"(?P<pre>{pre_p})\s?$", re.I)
    return code, arabic, chinese, prefix


def _prefix(prefix: re.Pattern, text: str, pos: int) -> tuple[str | None, int]:
    m = prefix.search(text, max(0, pos - 24), pos)
    return (m.group("pre"), m.start()) if m else (None, pos)


_AT_LEAST_BEFORE = re.compile(
    r"(?:more\s+than|over|above|exceeding|in\s+excess\s+of|at\s+least|upwards\s+of|"
    r"超过|超|逾|突破|不少于|不低于)\s*(?:[A-Za-z$€£¥]{0,4}\s*)?$", re.I)
_APPROX_BEFORE = re.compile(
    r"(?:about|around|approximately|approx\.|nearly|almost|roughly|some|close\s+to|"
    r"an\s+estimated|up\s+to|约合|约|近|将近|接近|大约|逾?近)\s*(?:[A-Za-z$€£¥]{0,4}\s*)?$", re.I)
_AT_LEAST_AFTER = re.compile(r"^\s*(?:以上|多|plus|or\s+more)", re.I)
_APPROX_AFTER = re.compile(r"^\s*(?:左右|上下|or\s+so)", re.I)
# Between a figure and its restatement: "(", "（约合", ", or", "(about" …
_RESTATE_GAP = re.compile(
    r"^\s*(?:[(（]|,\s*or|，\s*(?:约合|折合|合))?\s*(?:约合|折合|合|约|相当于|即|about|"
    r"approximately|approx\.|around|roughly|some|nearly|equivalent\s+to|~|≈)?\s*$", re.I)

_METRIC_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("contract_value", re.compile(
        r"contract(?:ual)?\s+(?:value|amount)|value\s+of\s+(?:the\s+)?contracts?|"
        r"amount\s+of\s+(?:the\s+)?contracts?|contracts?\s+(?:worth|valued|totall?ing)|"
        r"deals?|signed|signing|agreements?\s+worth|合同金额|合同总金额|合同额|签约金额|签约额|"
        r"签约|签订|签署|协议金额|意向", re.I)),
    ("transaction_volume", re.compile(
        r"turnover|transaction\s+(?:volume|value|amount)|trading\s+volume|volume\s+of\s+"
        r"(?:transactions|trade)|成交额|成交金额|交易额|交易金额|成交", re.I)),
    ("economic_benefit", re.compile(r"economic\s+benefits?|经济效益", re.I)),
    ("revenue", re.compile(r"revenues?|sales|income|royalt(?:y|ies)|(?:licen[cs]e|licensing|"
                           r"technology)\s+fees|收入|营收|营业额|销售额", re.I)),
    ("funding", re.compile(r"funding|funds?|grants?|subsid(?:y|ies)|资助|经费|补贴|拨款|专项资金|"
                           r"\bsupport(?:s|ed|ing)?\b[^.]{0,80}\bwith\s*$|\bdedicates?\b|"
                           r"\bwill\s+dedicate\b|\bprogram(?:me)?s?\b|\bschemes?\b", re.I)),
    ("investment", re.compile(r"(?<!valued\s)(?<!pricing\s)invest(?:ment|ed|ing|s)?|"
                              r"(?<!作价)投资|融资|financing", re.I)),
)

# Lower-case "national" only: "Kenya National Innovation Agency" is a name. 国家 before an
# office's name (国家知识产权局, 国家网信办) is a name too.
_NATIONAL = re.compile(
    r"nationwide|(?-i:national(?:ly)?)\b|across\s+the\s+country|the\s+country's|"
    r"the\s+nation's|according\s+to\s+the\s+(?:\w+\s+){0,2}(?:ministry|statistics\s+bureau|"
    r"bureau\s+of\s+statistics)|(?<!中华)全国(?![\u4e00-\u9fff]{0,8}(?:联合会|协会|学会|委员会))|我国|"
    r"国家(?![\u4e00-\u9fff]{0,6}(?:局|办|委|部|中心|院|署|所)|和地区|及地区|和区域)", re.I)
# "Japanese universities earned …", "U.S. universities reported …": a country's sector.
_SECTOR = re.compile(r"\b(?P<c>[A-Z][a-z]+|U\.S\.|US|UK)\s+(?:academic\s+|research\s+)?"
                     r"(?:universities|institutions|companies|firms|enterprises|hospitals)\b")
# "Ningbo will invest …": a place as the subject that spends.
_PLACE_SPENDS = re.compile(r"\b(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:will|would|is\s+to|"
                           r"plans\s+to|has|had)?\s*(?:invest|allocate|spend|earmark|dedicate)")
_REGIONAL = re.compile(
    r"\bprovinc(?:e|es|ial)\b|\bcity's\b|\bmunicipal|\bregion's|\bregional\b|\bstate's\b|"
    r"全省|全市|全区|本省|本市|该省|该市|省内|市内|"
    r"[\u4e00-\u9fff]{2,}[省市区州](?:\d{4}年)?(?:的)?(?:技术合同|技术市场|全年)",
    re.I)
_REPORT = re.compile(r"according\s+to\s+(?:the|this|a)\s+[^\n]{0,60}?(?:report|survey)|"
                     r"(?:report|survey)\s+(?:shows|showed|says|said|found)|statistics\s+show|报告》?显示|统计显示|数据显示", re.I)
_INSTITUTION = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}(?:completed|signed|achieved|generated|attracted|"
    r"raised|earned|gained|received|invested|served|transferred|licensed)|cumulative(?:ly)?|"
    r"so\s+far|to\s+date|since\s+(?:its|the)\s+(?:founding|establishment)|"
    r"(?:university|company|institute|college|school|centre|center|park)'s\s+|"
    r"^\s*(?:It|They|Its|Their)\b|累计|迄今|至今|先后|该校|该公司|该院|学校", re.I)
_EVENT = re.compile(
    r"\bat\s+the\s+(?:\w+\s+){0,4}(?:fair|forum|expo|exhibition|conference|event|ceremony|"
    r"summit|meeting|session|convention|show)|on[\s-]site|during\s+the\s+(?:\w+\s+){0,3}"
    r"(?:fair|forum|expo|exhibition|conference|event|summit|meeting)|intended|"
    r"(?:were|was)\s+signed|were\s+reached|concluded|on\s+the\s+sidelines\s+of|"
    r"现场|会上|会议期间|本届|本次|期间|签约仪式|意向", re.I)
# Cues that the figure was reached at the event itself, whatever places the sentence names.
_EVENT_STRONG = re.compile(
    r"\b(?:were|was|been)\s+signed\s+(?:at|during)\b|\bsigned\s+at\s+the\b|"
    r"\bon\s+the\s+sidelines\s+of\b|\bat\s+the\s+opening\s+ceremony\b|签约仪式上|现场签约|会上",
    re.I)
_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)'s\b")
_YEAR_REF = re.compile(
    r"(?<![\d《\"“])(?:(?:in|for|during|as\s+of|by\s+the\s+end\s+of|throughout)\s+"
    r"(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s*)?(?P<en>(?:19|20)\d\d)\b(?![\s-]*\d)|(?P<zh>(?:19|20)\d\d)年(?:度|全年|上半年|底|末)?"
    r"(?![\d一二三四五六七八九十]{1,2}月))", re.I)
_TITLE_SPAN = re.compile(r"《[^》]{0,80}》|“[^”]{0,80}”|\"[^\"]{0,80}\"")


def _to_float(num: str) -> float:
    return float(num.replace(",", ""))


# Above this no reported figure is money (runs of digits, ids); inf/nan never are.
_MAX_AMOUNT = 1e16


def _plausible(value: float) -> bool:
    return 0 < value < _MAX_AMOUNT


def cn_numeral(s: str) -> float | None:
    """A Chinese numeral ("五千万", "两亿", "千", "一百") as a number, else None."""
    import cn2an
    s = s.replace("萬", "万").replace("億", "亿").replace("〇", "零")
    if s and s[0] in "十百千万亿":
        s = ("一" if s[0] != "十" else "") + s if s[0] != "十" else s
    try:
        return float(cn2an.cn2an(s, "smart"))
    except Exception:   # cn2an raises plain ValueError subclasses on anything it cannot read
        return None


def _zh_multiplier(units: str) -> float:
    m = 1.0
    for ch in units:
        m *= _ZH_UNIT.get(ch, 1)
    return m


@lru_cache(maxsize=1024)
def _place_kind(name: str) -> str | None:
    """'national' for a country name, 'regional' for a province/state or city, else None."""
    import pycountry
    try:
        pycountry.countries.lookup(name)
        return "national"
    except LookupError:
        pass
    if name.lower() in _region_names():
        return "regional"
    return None


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    import pycountry

    from etl.gazetteer import geonames_cities
    names = set()
    for sub in pycountry.subdivisions:
        base = re.sub(r"\s*\(.*?\)", "", sub.name)
        names.add(base.lower())
        names.add(re.sub(r"\s+(?:Sheng|Shi|Zizhiqu|Province|State|Region)$", "", base).lower())
    for city in geonames_cities().values():
        if city.get("population", 0) >= 500_000:
            names.add(city["name"].lower())
    return frozenset(names)


def _qualifier(text: str, start: int, end: int, mod: str) -> str:
    before, after = text[max(0, start - 25):start], text[end:end + 12]
    if _APPROX_BEFORE.search(before) or _APPROX_AFTER.match(after) or mod == "来":
        return "approx"
    if mod or _AT_LEAST_BEFORE.search(before) or _AT_LEAST_AFTER.match(after):
        return "at_least"
    return "exact"


def _metric(window: str) -> str:
    for metric, cue in _METRIC_CUES:
        if cue.search(window):
            return metric
    return "other"


def _scope(sentence: str, context: str, metric: str = "other") -> str:
    if _EVENT_STRONG.search(sentence):
        return "event"
    for rx, group in ((_POSSESSIVE, 1), (_PLACE_SPENDS, "p"), (_SECTOR, "c")):
        for m in rx.finditer(sentence):
            kind = _place_kind(m.group(group)) or (
                "national" if rx is _SECTOR and country_code(m.group(group)) else None)
            if kind:
                return kind
    for m in _POSSESSIVE.finditer(sentence):
        kind = _place_kind(m.group(1))
        if kind:
            return kind
    if _REGIONAL.search(sentence):
        return "regional"
    if _NATIONAL.search(sentence):
        return "national"
    if _INSTITUTION.search(sentence):
        return "institution"
    if _EVENT.search(sentence):
        return "event"
    if _REPORT.search(context) or _NATIONAL.search(context):
        return "national"
    if _INSTITUTION.search(context) or metric in ("revenue", "funding"):
        return "institution"   # income and grants are somebody's own, not a deal of the event
    return "event"


def _reference_year(sentence: str, context: str) -> int | None:
    for chunk in (sentence, context):
        clean = _TITLE_SPAN.sub(" ", chunk)
        years = {int(m.group("en") or m.group("zh")) for m in _YEAR_REF.finditer(clean)}
        if len(years) == 1:
            return years.pop()
        if years:
            return None   # two statistic years in one breath: not ours to pick
    return None


class _Raw:
    __slots__ = ("start", "end", "amount", "currency", "mod", "surface")

    def __init__(self, start: int, end: int, amount: float, currency: str, mod: str):
        self.start, self.end, self.amount, self.currency, self.mod = start, end, amount, currency, mod


def _currency(code: dict[str, str], pre: str | None, suf: str | None, sentence: str) -> str | None:
    cur = code.get((suf or "").lower()) or code.get((pre or "").lower())
    if pre and suf and code.get(pre.lower()) != code.get(suf.lower()):
        # "RMB 5 million yuan" agree; "US$ 5 million yuan" is garbled: trust the symbol.
        cur = code.get(pre.lower())
    if cur == "CNY" and (pre or "").strip() in ("¥", "￥") and _YEN_CONTEXT.search(sentence):
        cur = "JPY"
    return cur


def _around(text: str, pos: int) -> str:
    return text[max(0, pos - 150):pos + 150]


def _raw_amounts(text: str) -> list[_Raw]:
    code, arabic, chinese, prefix = _aliases()
    found: list[_Raw] = []
    for m in arabic.finditer(text):
        pre, start = _prefix(prefix, text, m.start())
        suf = m.group("suf")
        if not pre and not suf:
            continue
        before = text[m.start("num") - 1] if m.start("num") else " "
        if (before.isascii() and before.isalnum() and not pre) or before in ".,":
            continue   # a digit run inside a code or a decimal: "A380", "v2.5"; "RM120" is money
        en = (m.group("en") or "").lower()
        if suf and suf.lower() in _NEEDS_MULT and not (en or m.group("zh")):
            continue
        if en and not suf and not pre:
            continue
        if pre and not suf and not en and not m.group("zh") and pre.strip() in ("RM",):
            continue
        value = _to_float(m.group("num")) * _EN_MULT.get(en, 1.0) * _zh_multiplier(
            m.group("zh") or "")
        cur = _currency(code, pre, suf, _around(text, m.start()))
        if cur and _plausible(value):
            end = m.end() if suf else (m.end("en") if en else m.end("zh") if m.group("zh")
                                       else m.end("num"))
            found.append(_Raw(start, end, round(value, 2), cur, m.group("mod") or m.group("mod2") or ""))
    for m in chinese.finditer(text):
        base = cn_numeral(m.group("cn"))
        if base is None:
            continue
        pre, start = _prefix(prefix, text, m.start())
        cur = _currency(code, pre, m.group("suf"), _around(text, m.start()))
        value = base * _zh_multiplier(m.group("zh") or "")
        if cur and _plausible(value):
            found.append(_Raw(start, m.end(), round(value, 2), cur, m.group("mod") or ""))
    found.sort(key=lambda r: (r.start, -r.end))
    kept: list[_Raw] = []
    for r in found:
        if kept and r.start < kept[-1].end:
            continue
        r.surface = " ".join(text[r.start:r.end].split())
        kept.append(r)
    return kept


def _paragraph_context(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    """Up to two sentences before the one at `pos`, within its paragraph."""
    idx = next((i for i, (a, b) in enumerate(spans) if a <= pos < b), None)
    if idx is None:
        return ""
    para_start = text.rfind("\n\n", 0, pos)
    prev = [text[a:b] for a, b in spans[max(0, idx - 2):idx] if a >= para_start]
    intro = _list_intro(text, pos)
    return " ".join(([intro] if intro else []) + prev)


def _list_intro(text: str, pos: int) -> str | None:
    """The line ending in ':' that introduces the list item at `pos` (short lines between)."""
    end = text.rfind("\n", 0, pos)
    for _ in range(8):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith((":", "：")):
            return line
        if len(line) > 120:
            return None
        end = start - 1
    return None


def find_amounts(text: str) -> list[AmountFinding]:
    """Every money figure in `text`, in order, a restated figure folded into the first."""
    try:
        return _find_amounts(text)
    except Exception:   # an extractor never stops the run: odd input means no amounts
        return []


def _find_amounts(text: str) -> list[AmountFinding]:
    if not text:
        return []
    text = to_halfwidth(text)
    raws = _raw_amounts(text)
    spans = sentence_spans(text)
    out: list[AmountFinding] = []
    starts: list[int] = []
    prev_end = 0
    i = 0
    while i < len(raws):
        r = raws[i]
        stated = None
        if i + 1 < len(raws):
            nxt = raws[i + 1]
            if nxt.currency != r.currency and _RESTATE_GAP.match(text[r.end:nxt.start]):
                stated = nxt
        sent_span = next(((a, b) for a, b in spans if a <= r.start < b), (r.start, r.end))
        sentence = text[sent_span[0]:sent_span[1]]
        context = _paragraph_context(text, spans, r.start)
        window_start = max(sent_span[0], prev_end, r.start - 160)
        # A few words after the figure name it too: "$27 million in licensing revenue".
        window = text[window_start:r.start] + " " + text[r.end:min(sent_span[1], r.end + 30)]
        metric = _metric(text[window_start:r.start]) if _metric(
            text[window_start:r.start]) != "other" else _metric(window)
        out.append(AmountFinding(
            amount=r.amount, currency=r.currency, metric=metric,
            scope=_scope(sentence, context, metric),
            qualifier=_qualifier(text, r.start, r.end, r.mod),
            reference_year=_reference_year(sentence, context),
            surface=r.surface, evidence=sentence_at(text, r.start, r.end),
            stated_amount=stated.amount if stated else None,
            stated_currency=stated.currency if stated else None))
        starts.append(r.start)
        prev_end = (stated or r).end
        i += 2 if stated else 1
    head_end = text.find("\n")
    if head_end > 0:
        # A headline figure the body restates is one amount: keep the body's (fuller) sentence.
        body = [a for a, s in zip(out, starts, strict=True) if s > head_end]
        out = [a for a, s in zip(out, starts, strict=True)
               if s > head_end or not any(same_amount(a, b) for b in body)]
    return out


def same_amount(a: AmountFinding, b: AmountFinding) -> bool:
    """Same currency and within 0.5 %: the Chinese and English copies of one figure."""
    if a.currency != b.currency:
        return False
    big = max(abs(a.amount), abs(b.amount))
    return big == 0 or abs(a.amount - b.amount) <= 0.005 * big
