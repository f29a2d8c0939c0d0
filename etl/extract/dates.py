"""When the event took place: day, month and year, each only from where the text says it.

Order of trust: a date in a sentence that says the event was held (or the article's lede);
the news dateline or a publication-date line; a year in the event's name or the headline.
A body year that belongs to something else (a report's title, an earlier meeting, a
statistic, a founding year) is never taken: a date without a year only gets one from the
dateline or the title, and otherwise keeps `year=None` with `month_day` set.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

from etl.extract.event_names import block_label as _block_label
from etl.extract.held_verbs import event_cue, held_verbs
from etl.extract.months import (
    month_alternation,
    month_number,
    number_words,
    relative_days,
    weekday_names,
    weekday_number,
)
from etl.extract.numerals import cn_numeral
from etl.extract.records import DateFinding
from etl.extract.scan import finditer_at, positions_of
from etl.extract.text import (
    clip,
    original_span,
    sentence_at,
    sentence_bounds,
    sentence_spans,
    view_of,
)
from etl.reference import read_csv

_MONTH_ALT = month_alternation()
_MON = "(?P<{g}>" + _MONTH_ALT.replace("{", "{{").replace("}", "}}") + r"\.?)(?![a-z])"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)(?!\d)"
_TO = r"\s*(?:-|–|—|~|to|and|through|until|till)\s*"


def _p(template: str, g: str) -> str:
    return template.format(g=g)


_EN_MDY = re.compile(
    rf"(?<![\w])(?=(?-i:[JFMASOND])){_p(_MON, 'm')}\s+{_p(_DAY, 'd')}"
    rf"(?:{_TO}(?:{_p(_MON, 'm2')}\s+)?{_p(_DAY, 'd2')})?(?:,?\s*{_p(_YEAR, 'y')})?", re.I)
# (a weekday may name the range's last day too: "Thursday 26 and Friday 27 November")
_WEEKDAY_BEFORE_DAY = r"(?:(?:" + "|".join(weekday_names()) + r"),?\s+)?"
_EN_DMY = re.compile(
    rf"(?=\d)(?<![\w.]){_p(_DAY, 'd')}(?:{_TO}{_WEEKDAY_BEFORE_DAY}{_p(_DAY, 'd2')})?,?\s+"
    rf"(?:of\s+)?{_p(_MON, 'm')}"
    rf"(?:,?\s*{_p(_YEAR, 'y')})?", re.I)
# "29 July to 2 August 2019": a range across months, day first
_EN_DMY_RANGE = re.compile(
    rf"(?=\d)(?<![\w.]){_p(_DAY, 'd')}\s+(?:of\s+)?{_p(_MON, 'm')}{_TO}{_p(_DAY, 'd2')}\s+(?:of\s+)?"
    rf"{_p(_MON, 'm2')}(?:,?\s*{_p(_YEAR, 'y')})?", re.I)
# "20.08.2021": day, month, year with dots (European usage)
# (found from its ".MM.YYYY" tail, the fast part to look for; the day is read before it)
_DOTTED_TAIL = re.compile(r"\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)")
_DOTTED_DAY = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)$")
# "二〇一九年十月二十六日", "二0一三年": years (and months, days) in Chinese numerals
_ZH_NUMERAL = "〇零○Ｏ0一二三四五六七八九"
# (with the last day of a range, a weekday in brackets after each day: "二〇二六年十一月十六日
# （星期一）至二十日（星期五）")
_ZH_NUM_DATE = re.compile(rf"(?P<y>[{_ZH_NUMERAL}]{{4}})\s*年(?:\s*(?P<m>[一二三四五六七八九十]{{1,3}})\s*月"
                          r"(?:\s*(?P<d>[一二三四五六七八九十]{1,3})\s*[日号]"
                          r"(?:(?:\s*[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])?\s*(?:至|到|-|–|~|～)\s*"
                          r"(?:(?P<m2>[一二三四五六七八九十]{1,3})\s*月\s*)?"
                          r"(?P<d2>[一二三四五六七八九十]{1,3})\s*[日号])?)?)?")
_ZH_NUM_YEAR = re.compile(rf"([{_ZH_NUMERAL}]{{4}})\s*年")
# "十一月二十七日至二十八日": a day and month in Chinese numerals without a year (a government
# reply's style), with the last day of a range
_ZH_NUM_MONTH_DAY = re.compile(
    r"(?<![〇零○一二三四五六七八九十])(?P<m>十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"
    r"(?:\s*(?:至|到|-|–|~|～)\s*(?P<d2>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?")
# "民國108年10月26日", "民国108年": Republic of China years (+1911)
_ROC = re.compile(r"(?=[民\d])民国\s*(?P<y>\d{2,3})\s*年(?:\s*(?P<m>[01]?\d)\s*月(?:\s*(?P<d>[0-3]?\d)\s*[日号])?)?|"
                  r"(?=\d)(?<![\d年])(?P<y2>1[0-2]\d|[89]\d)\s*年\s*(?P<m2>[01]?\d)\s*月\s*(?P<d2>[0-3]?\d)\s*[日号]")
# "一一三年三月二十日": a Republic of China year in Chinese numerals, only as a full date
_ROC_NUMERAL = re.compile(r"(?<![一二三四五六七八九十〇零○百千万亿\d])(?P<y>[一二三四五六七八九〇零○]{2,3})\s*年"
                          r"\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*[日号]")
_EN_MY = re.compile(rf"(?=(?-i:[JFMASOND]))(?<![\w]){_p(_MON, 'm')},?\s+{_p(_YEAR, 'y')}", re.I)
_ISO = re.compile(r"(?=[12])(?<![\d./-])(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d])")
# (a weekday in brackets may follow each day: "11月30日（星期一）至12月1日（星期二）")
_ZH_WEEKDAY_BRACKET = r"(?:\s*[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])?"
_ZH = re.compile(
    # (the day stays on its month's line: "2025年2月" alone on a report's cover line is a
    # month, not the 12th when the next paragraph opens "12月9日")
    r"(?=\d)(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>[01]?\d)\s*月[^\S\n]*(?P<d>[0-3]?\d)\s*[日号]?"
    rf"(?:{_ZH_WEEKDAY_BRACKET}\s*(?:-|–|—|~|～|至|到)\s*(?:(?P<m2>[01]?\d)\s*月\s*)?"
    r"(?P<d2>[0-3]?\d)\s*[日号])?")
_ZH_MY = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月(?!\s*[0-3]?\d\s*[日号])")

_EVENT_CUE = re.compile(event_cue(), re.I)
# How long the event ran: "the three-day market", "一连两日", "为期3天" (with a closing day,
# its first day is the closing day minus the length less one)
_DURATION = re.compile(r"\b(?P<en>\d|" + "|".join(number_words()) + r")[- ]days?\b(?!\s+(?:ago|later|after|before))|"
                       r"(?:一连|为期|连续|历时)\s*(?P<zh>[\d一二两三四五六七八九十]{1,2})\s*[日天]", re.I)
# "held yesterday", "昨日…舉行": the day before the dateline, whatever else was said today
_HELD_YESTERDAY = re.compile(
    rf"\b{held_verbs('en', 'held', 'opened', 'began', 'closed', 'ended')}\s+(?:[^.;]{{0,40}}?\s)?"
    rf"yesterday\b|昨[天日][^。；]{{0,40}}?{held_verbs('zh', 'held', 'opened', 'closed')}", re.I)
# A date right after a closing verb is the last day: "wrapped up … on October 12", "闭幕于".
# (in the date's own line: a headline's "圓滿落幕" above a dated lede does not make its day the last)
_CLOSING = re.compile(rf"(?:\b{held_verbs('en', 'closed', 'ended')}\b|{held_verbs('zh', 'closed')})"
                      r"[^.;。；\n]{0,50}$", re.I)
# A closing verb in today's clause: "which ended at the centre here today", "今天闭幕"
_CLOSING_TODAY = re.compile(rf"\b{held_verbs('en', 'closed', 'ended')}\b"
                            r"[^.;]{0,80}?\b(?:today|this\s+(?:afternoon|evening))\b|"
                            rf"(?:今天|今日|当天)[^。；，,;]{{0,20}}?{held_verbs('zh', 'closed')}", re.I)
# (no opening verb between: "5日在某市开幕，为期两天，今天闭幕" opened on the 5th)
_ZH_CLOSING_AFTER = re.compile(rf"(?:(?!{held_verbs('zh', 'opened')})[^。；\d]){{0,16}}?"
                               rf"{held_verbs('zh', 'closed')}")
_ZH_CLOSED = re.compile(held_verbs("zh", "closed"))
# A day without its month ("7日在杭州拉开帷幕") under a dated line: an opening names the start.
_ZH_DAY_OPENING = re.compile(r"(?<![\d月])(?P<d>[0-3]?\d)\s*日" + _ZH_WEEKDAY_BRACKET +
                             # (the gap holds no other day: "9日专电）由…「论坛」8日在柏林登场")
                             r"(?:[上下]午|晚)?[，,]?(?:(?!\d\s*日)[^，。；,;]){0,30}?"
                             rf"(?:{held_verbs('zh', 'opened')}|{held_verbs('zh', 'held')}"
                             r"(?=[，。；！,;!\s「“《『]|$))")
# "29日（周日），A联合B、C在晋江举办…": a day and its weekday opening a sentence, the holding
# verb further on (the list of organisers between them is long)
_ZH_WEEKDAY_DAY_OPENING = re.compile(
    r"(?:^|(?<=[\n。！？]))[ \t]*(?P<d>[0-3]?\d)\s*日\s*[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]"
    rf"\s*[，,][^。；;\n]{{0,80}}?(?:{held_verbs('zh', 'opened')}|{held_verbs('zh', 'held')})")
# "18日上午，第二十四届…交易会（以下简称…）在福州…开幕": a day and its time of day opening the
# lede (after a line start, a sentence end or the wire lead-in's bracket "本报讯（记者 X）"), the
# opening verb after a long subject; "本报讯 2日下午，…" too
_ZH_DAYTIME_OPENING = re.compile(
    r"(?:^|(?<=[\n。！？）)讯]))[ \t]*(?P<d>[0-3]?\d)\s*日\s*(?:[上下]午|晚上?|早上)\s*[，,][^。；;\n]{0,80}?"
    rf"(?:{held_verbs('zh', 'opened')}|{held_verbs('zh', 'held')})")
# "于7日至10日在…举办": a range of days without their month, under a dated line
_ZH_DAY_RANGE = re.compile(r"(?<![\d月])(?P<d>[0-3]?\d)\s*日?\s*(?:至|到|-|–|~|～)\s*"
                           r"(?P<d2>[0-3]?\d)\s*日(?!\s*电)")
_OTHER_EVENT = re.compile(
    r"\b(?:last|previous|prior|earlier|past|next|upcoming|since|deadline|until|before|after|"
    r"by)\s+(?:the\s+)?(?:\w+\s+)?$|"
    r"\b(?:issued|published|released|posted|updated|dated|reported|filed)\s+(?:on\s+)?(?:the\s+)?$|"
    r"(?:持续到|持续至|延续到|展期至|展出至|展至)$|(?:上届|上一届|去年|此前|曾于|成立于|自|截至|截止|之前)$|"
    r"(?:发布|更新|张贴|发稿|发表|发文|成文)(?:日期|时间)\s*[:：]?\s*$", re.I)
# "自115年9月8日起至11月24日止": 自 opens this event's own range of days
_RANGE_FROM = re.compile(r"\s*起?\s*(?:至|到)")
_TODAY = re.compile(rf"\b{relative_days('en', 'today')}\b|{relative_days('zh', 'today', 'same_day')}", re.I)
_YESTERDAY = re.compile(rf"\b{relative_days('en', 'yesterday')}\b|{relative_days('zh', 'yesterday')}", re.I)
_FUTURE = re.compile(r"\bwill\b|\bto\s+be\s+held\b|\bupcoming\b|将于|将在|即将|定于|拟于|订于|届时",
                     re.I)
# A portal's field line sets its labels apart with spaces ("来源：市科技局　　发布时间：2024-05-21
# 16:32　　浏览次数：…"): a publication label stands after a space there, not only at the start.
_PUB_LINE = re.compile(
    r"(?:(?:^|\|)[ \t]*(?:published|publication\s+date|posted(?:\s+on)?|release\s+date|released|"
    r"date|updated|发布时间|发布日期|发布于|发表时间|发稿时间|时间|日期|(?:来源|source)[^\n]{0,30}?)|"
    r"(?<=[ \t])(?:发布时间|发布日期|发布于|发表时间|发稿时间|更新时间|发文日期|成文日期)|"
    r"(?:^|(?<=[ \t]))张贴(?:日期|时间))"
    r"\s*[:：]?\s*",
    re.I | re.M)
# Where a _PUB_LINE match can start: a line start, a "|", or a space before one of these
# labels. Trying the pattern only there finds what finditer finds (a match starts at no other
# place); finditer itself tries every character of the page (≈ 5 % of a document's CPU).
# (发文日期 / 成文日期: a government document's issue date, on its field line)
_PUB_LABELS_AFTER_SPACE = ("发布时间", "发布日期", "发布于", "发表时间", "发稿时间", "更新时间", "张贴",
                           "发文日期", "成文日期")


def _pub_labels(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """_PUB_LINE.finditer(text, lo, hi): the same matches, tried only where one can start."""
    starts = [lo] if lo == 0 else []
    starts += [i + 1 for i in positions_of(text, "\n", max(0, lo - 1), hi)]
    starts += positions_of(text, "|", lo, hi)
    starts += [i for label in _PUB_LABELS_AFTER_SPACE for i in positions_of(text, label, lo, hi)
               if i and text[i - 1] in " \t"]
    return finditer_at(_PUB_LINE, text, starts, lo, hi)


# "Munich, 20 October 2022", "Press release | Brussels, 7 March 2024 — Today, …"
_CITY_DATE_LINE = re.compile(r"^\s*(?:[^|\n]{0,40}\|\s*)?[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{1,30},\s*"
                             r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*(?:—|–|--)\s*)?"
                             r"(?P<d>[^,\n]{6,30}?(?:,\s*\d{4})?)\s*(?:\.?\s*(?:$|—|–|--|-\s)|\.\s+(?=[A-Z\"“]))")
# The rest of a header line after its date: a time, a weekday, a source, "| By …".
_HEADER_REST = re.compile(r"^[\s.,|]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?|IST|GMT|UTC|"
                          r"CST|BST)?|[(（]?星期[一二三四五六日天][)）]?|周[一二三四五六日]|[A-Z][a-z]+day|"
                          r"[\u4e00-\u9fff]{2,12}(?:讯|电)|[\u4e00-\u9fff]{1,10}(?:报|网|社)(?=\s|$)|"
                          r"(?:发表于|发布于)[\u4e00-\u9fff]{0,10}|"
                          # a social post's footer: "编辑于 2026-09-22　IP属地：四川"
                          r"IP\s*属地\s*[:：]\s*[\u4e00-\u9fff]{1,10}|"
                          r"\|[^\n|]{0,40}|(?:来源|来自|source|by|作者|编辑|记者)[:：\s][^\n]{0,40}|"
                          # a portal's field after the date: "2024-04-19　　新聞及公共關係處" (an
                          # office's name, not a programme line's "2024-04-19 技术转移论坛")
                          r"(?<=\s)[\u4e00-\u9fff]{1,12}(?:处|室|科|部|中心|办|局|组)(?=\s|$)|"
                          r"[\s.,]+)*$",
                          re.I)
# A date and a clock time open a page's header line, whatever byline follows, as long as no
# sentence does ("2024-01-23 00:40 <paper>／記者 X／即時報導", "2025/1/11 10:05（1/11 10:32 更新）").
_CLOCK_HEADER = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?(?![\d:])[^。，,;；.!?！？]{0,60}$")
# "Tuesday 12 Dec 2023", "Ahram Online , Tuesday 12 Dec 2023": a weekday before the page's
# date, after at most a short source name and a separator.
# (a place line may hold its country too: "Santiago, Chile, Thursday 10 October 2024.")
_WEEKDAY_LEAD = re.compile(rf"(?:[^\n,|.]{{0,40}}(?:,[^\n,|.]{{1,30}})?[,|·–—-]\s*)?"
                           rf"(?:{'|'.join(weekday_names())}),?\s*")
# "（记者 阿依努尔 马晓丽 报道）": the reporters named in brackets before a wire dateline
_WIRE_BYLINE = re.compile(r"[（(](?:记者|通讯员|特约记者|实习生)[^（()）\n]{0,30}[）)]")
# "新华社杭州5月8日电", "光明网3月2日北京讯": a wire dateline's date is the report's
_ZH_WIRE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*[\u4e00-\u9fff]{0,4}(?:电|讯)")
# "on Monday", and wire style without "on": "opened Wednesday", "signed Friday".
_WEEKDAY = re.compile(r"(?:(?<!said )(?<!says )(?<!told )(?<!stated )\b[Oo]n|"
                      rf"\b{held_verbs('en', 'held', 'opened', 'launched', 'began', 'closed', 'ended', 'signed')})\s+"
                      rf"(?P<w>{'|'.join(weekday_names())})\b")
# "From Wednesday to Friday last week", "on Tuesday last week", "last week on Thursday"
_WEEKDAYS = "|".join(weekday_names())
_LAST_WEEK = re.compile(
    rf"\b(?:from\s+)?(?P<w1>{_WEEKDAYS})(?:{_TO}(?P<w2>{_WEEKDAYS}))?\s+(?:of\s+)?last\s+week\b|"
    rf"\blast\s+week\s+(?:on|from)\s+(?P<w1b>{_WEEKDAYS})", re.I)
# "the Week, which ran from Monday to Wednesday": a span of weekdays (this week's, up to the
# dateline)
_WEEKDAY_SPAN = re.compile(rf"\bfrom\s+(?P<w1>{_WEEKDAYS}){_TO}(?P<w2>{_WEEKDAYS})\b")
_DATELINE = re.compile(
    r"^[\s\[【(（]*(?:bookmark:[^\]]*\][\s\[【]*)?"
    r"(?:(?P<city>[A-Z][A-Za-z .'-]{1,30}),\s*)?(?P<rest>.{0,60})", re.M)
_YEAR_IN_NAME = re.compile(r"(?<![\d.])(?<!\d[-–~至])(?P<y>(?:19|20)\d\d)(?![\d%])(?!\s*[-–~至]\s*(?:19|20)?\d\d)")
_NOT_EVENT_YEAR_SPAN = re.compile(r"《[^》]{0,80}》|[Rr]eport\s+(?:19|20)\d\d|(?:19|20)\d\d\s*"
                                  r"(?:年度)?报告|(?:19|20)\d\d\s+[Rr]eport|since\s+(?:19|20)\d\d")
_NAMED_EVENT = (r"Summit|Forum|Conference|Congress|Fair|Expo|Exhibition|Week|Festival|Symposium|"
                r"Workshop|Training|Meeting|Convention|Show|Competition|Contest|Challenge|Awards?|"
                r"Dialogue|Seminar|Session|Roadshow")
_BODY_NAME_YEAR = re.compile(
    rf"(?:\b(?:{_NAMED_EVENT})\s+(?P<a>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)|"
    rf"\b(?P<b>(?:19|20)\d\d)\s+(?:[A-Z][\w'&-]*\s+){{0,8}}(?:{_NAMED_EVENT})\b|"
    r"(?<!\d)(?P<c>(?:19|20)\d\d)(?:年)?(?:第[一二三四五六七八九十\d]+届)?[\u4e00-\u9fff（）()·]{0,24}?"
    r"(?:论坛|大会|峰会|交易会|博览会|展览会|洽谈会|研讨会|培训班|活动周|年会|大赛|会议)(?![\d]))")


class _Mention:
    __slots__ = ("start", "end", "year", "month", "day", "end_month", "end_day", "year_source")

    def __init__(self, start, end, year, month, day, end_month=None, end_day=None,
                 year_source="text"):
        self.start, self.end = start, end
        self.year, self.month, self.day = year, month, day
        self.end_month, self.end_day = end_month, end_day
        self.year_source = year_source   # "dateline": a day of the text under the page's date


def _month(s: str | None) -> int | None:
    return month_number(s)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if not m or not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y or 2000, m, d)   # 2000 is a leap year: 29 Feb without a year stays valid
        return True
    except ValueError:
        return False


# Below this length a pattern's own scan costs less than finding where its matches can start.
_SCAN_ALL_BELOW = 200
_DIGIT = re.compile(r"\d")


def _date_starts(text: str) -> dict[re.Pattern[str], list[int]]:
    """Where each date pattern of _mentions can start: _ISO, _EN_DMY at the first digit of a
    number (their look-behinds refuse a digit before), _ZH at any digit, _EN_MDY and _EN_MY
    at a capital month letter opening a word."""
    if text.isascii():
        digits = sorted(i for d in "0123456789" for i in positions_of(text, d))
    else:
        digits = [m.start() for m in _DIGIT.finditer(text)]
    firsts = [i for i in digits if not (i and text[i - 1].isdecimal())]
    capitals = [i for c in "JFMASOND" for i in positions_of(text, c)
                if not (i and (text[i - 1].isalnum() or text[i - 1] == "_"))]
    return {_ISO: firsts, _EN_DMY: firsts, _ZH: digits, _EN_MDY: capitals, _EN_MY: capitals}


def _finditer(rx: re.Pattern[str], text: str,
              starts: dict[re.Pattern[str], list[int]] | None) -> Iterator[re.Match[str]]:
    return rx.finditer(text) if starts is None else finditer_at(rx, text, starts[rx])


def _mentions(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    starts = _date_starts(text) if len(text) >= _SCAN_ALL_BELOW else None
    # a Chinese date needs 月: most English texts are spared that scan
    for rx in (_ISO, _ZH, _EN_MDY, _EN_DMY) if "月" in text else (_ISO, _EN_MDY, _EN_DMY):
        for m in _finditer(rx, text, starts):
            if rx is _EN_DMY:
                # "29 July to 2 August 2019" starts where "29 July" does
                m = _EN_DMY_RANGE.match(text, m.start()) or m
            g = m.groupdict()
            mon = _month(g["m"]) if not g["m"].isdigit() else int(g["m"])
            mon2 = (_month(g.get("m2")) if g.get("m2") and not g["m2"].isdigit()
                    else _int(g.get("m2")))
            y, d, d2 = _int(g.get("y")), _int(g.get("d")), _int(g.get("d2"))
            if not _valid(y, mon, d):
                continue
            if d2 is not None and not _valid(y, mon2 or mon, d2):
                d2 = None
            found.append(_Mention(m.start(), m.end(), y, mon, d, mon2 or (mon if d2 else None),
                                  d2))
    for m in _DOTTED_TAIL.finditer(text):
        day = _DOTTED_DAY.search(text, max(0, m.start() - 3), m.start())
        mon, y = int(m.group("m")), int(m.group("y"))
        if day and _valid(y, mon, int(day.group("d"))):
            found.append(_Mention(day.start(), m.end(), y, mon, int(day.group("d"))))
    for rx in (_EN_MY, _ZH_MY) if "月" in text else (_EN_MY,):
        for m in rx.finditer(text) if rx is _ZH_MY else _finditer(rx, text, starts):
            mon = _month(m.group("m")) if not m.group("m").isdigit() else int(m.group("m"))
            if _valid(int(m.group("y")), mon, None):
                found.append(_Mention(m.start(), m.end(), int(m.group("y")), mon, None))
    if "年" in text or "月" in text:
        found += _zh_other_calendars(text)
    # Longest mention wins where two overlap ("June 26, 2017" over "June 2017" pieces).
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[_Mention] = []
    for x in found:
        if kept and x.start < kept[-1].end:
            continue
        kept.append(x)
    return kept


def _zh_numeral(s: str | None) -> int | None:
    """"二0一三" → 2013 (digit by digit); "二十六" → 26, "十" → 10 (tens and units)."""
    if not s:
        return None
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "0": 0}
    if "十" not in s:
        return int("".join(str(digits[c]) for c in s)) if all(c in digits for c in s) else None
    tens, _, units = s.partition("十")
    t = digits.get(tens, 0) if tens else 1
    u = digits.get(units, 0) if units else 0
    return t * 10 + u


def _zh_other_calendars(text: str) -> list[_Mention]:
    """Dates written with Chinese-numeral years (二〇一九年十月) or Republic of China years
    (民國108年, "108年10月26日" as a full date): only where the text makes it a year."""
    out = []
    for m in _ZH_NUM_DATE.finditer(text):
        y, mon, d = _zh_numeral(m.group("y")), _zh_numeral(m.group("m")), _zh_numeral(m.group("d"))
        if y and 1900 <= y <= 2099 and (mon is None or _valid(y, mon, d)):
            mon2 = _zh_numeral(m.group("m2")) or mon
            d2 = _zh_numeral(m.group("d2"))
            last = _to_date(y, mon2, d2) if d and d2 else None
            if last is None or not (_to_date(y, mon, d) or last) < last:
                mon2 = d2 = None   # no range, or one that runs backwards
            out.append(_Mention(m.start(), m.end(), y, mon, d, mon2, d2) if mon else
                       _Mention(m.start(), m.end(), y, None, None))
    if "月" in text:
        for m in _ZH_NUM_MONTH_DAY.finditer(text):
            mon, d, d2 = _zh_numeral(m.group("m")), _zh_numeral(m.group("d")), _zh_numeral(m.group("d2"))
            if _valid(2000, mon, d):   # (a leap year: 二月二十九日 stands)
                last = d2 if d2 and d2 > d and _valid(2000, mon, d2) else None
                out.append(_Mention(m.start(), m.end(), None, mon, d, mon if last else None, last))
    for m in _ROC_NUMERAL.finditer(text):
        roc = _zh_numeral(m.group("y"))
        y, mon, d = (roc or 0) + 1911, _zh_numeral(m.group("m")), _zh_numeral(m.group("d"))
        if roc and 80 <= roc <= 130 and _valid(y, mon, d):
            out.append(_Mention(m.start(), m.end(), y, mon, d))
    for m in _ROC.finditer(text):
        y = int(m.group("y") or m.group("y2")) + 1911
        mon, d = _int(m.group("m") or m.group("m2")), _int(m.group("d") or m.group("d2"))
        if mon is None or _valid(y, mon, d):
            out.append(_Mention(m.start(), m.end(), y, mon, d))
    return out


def _to_date(y: int | None, m: int | None, d: int | None) -> date | None:
    try:
        return date(y, m, d) if y and m and d else None
    except ValueError:
        return None


def _dateline(text: str) -> tuple[_Mention, str] | None:
    """The article's own date: a dateline at its start or a publication-date line; a wire
    dateline without a year ("KIGALI, Sept. 6 (Xinhua)") takes it from the page's stamp at
    its foot ("Source: Xinhua| 2023-09-06 21:14:05", "08/11/2023 07:42 PM") when the two
    name the same day."""
    found = _head_dateline(text)
    if found is not None and found[0].year:
        return _wire_day(text, found[0]) or found
    stamp = _foot_stamp(text, found[0] if found else None)
    if stamp is None and found is not None:
        # "Date: 2024.10.18 | Department: …" above "SEOUL, Oct. 18 (KIAT) --"
        stamp = _same_day(_pub_line_date(text, 0, 400), found[0])
    if stamp is None:
        return found
    if found is None:
        return stamp, "dateline"
    head = found[0]
    return _Mention(head.start, head.end, stamp.year, head.month, head.day), "dateline"


def _wire_day(text: str, page: _Mention) -> tuple[_Mention, str] | None:
    """A paper's page line ("大众日报 2026年12月5日 第2版") above the story's own wire dateline
    ("本报潍坊12月4日讯 今天，…"): the story was filed on the wire's day, and its 今天 is that
    day; the year is the page's (the one before when the wire's month is far after the page's)."""
    head = text[:400]
    for wire in _ZH_WIRE.finditer(head, page.end):
        line_start = head.rfind("\n", 0, wire.start()) + 1
        # "天山网讯（记者 X Y 报道）8月20日讯": the reporters' bracket is no part of the lead-in
        if len(_WIRE_BYLINE.sub("", head[line_start:wire.start()]).strip()) >= 12:
            continue
        for mnt in _mentions(head[wire.start():wire.end()]):
            if mnt.month and mnt.day and (mnt.month, mnt.day) != (page.month, page.day):
                year = page.year - 1 if page.month and mnt.month > page.month + 6 else page.year
                return _Mention(wire.start() + mnt.start, wire.start() + mnt.end, year,
                                mnt.month, mnt.day), "dateline"
        return None
    return None


# "第318期｜2026年11月号": a periodical's monthly issue; its month is the page's date
_ISSUE_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*[号號]")
# "26-6-13 20:15 来自 <app>": a post's stamp with a two-digit year (year-month-day), known
# as a date only by the clock time after it
_SHORT_YEAR_STAMP = re.compile(r"(?P<y>\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?=\s+\d{1,2}:\d{2}(?![\d:]))")


# A periodical's issue line: its words, and the edges of the field that holds its month.
_ISSUE_WORD = re.compile(r"\b(?:Issue|Vol\.|Volume|Edition)(?!\w)")
_FIELD_EDGE_BEFORE = re.compile(r"(?:^|[|·•])\s*$")
_FIELD_EDGE_AFTER = re.compile(r"\s*(?:$|[|·•])")

# "時間 Sat Dec  5 23:41:07 2026": a forum post's header in the Unix ctime layout (PTT,
# mailing-list archives): weekday, month, day, clock, year
_CTIME = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(d[:3] for d in weekday_names()) +
                    r")\s+(?P<m>[A-Z][a-z]{2})\s+"
                    r"(?P<d>[0-3]?\d)\s+\d{1,2}:\d{2}:\d{2}\s+(?P<y>(?:19|20)\d\d)\b")


def _issue_or_post_stamp(line: str) -> _Mention | None:
    """The page's date on a head line that is a periodical's month issue ("第318期｜2026年11月号",
    "Members' Bulletin | Issue No. 212 | November 2026": month precision) or opens with a post's short stamp ("26-6-13 20:15 来自 <app>"), else None."""
    if "月" in line and ("号" in line or "號" in line):
        issue = _ISSUE_MONTH.search(line)
        if issue and len(line) <= 60 and _valid(int(issue.group("y")), int(issue.group("m")), None):
            return _Mention(issue.start(), issue.end(), int(issue.group("y")),
                            int(issue.group("m")), None)
    if _ISSUE_WORD.search(line) and len(line) <= 100:
        # "Jordan Chamber of Industry | Issue No. 212 | November 2026": a bulletin's month
        for my in _EN_MY.finditer(line):
            if _FIELD_EDGE_BEFORE.search(line, 0, my.start()) and \
                    _FIELD_EDGE_AFTER.match(line, my.end()):
                y, m = int(my.group("y")), _month(my.group("m"))
                if _valid(y, m, None):
                    return _Mention(my.start(), my.end(), y, m, None)
    ctime = _CTIME.search(line) if ":" in line and len(line) <= 60 else None
    if ctime:
        y, m, d = int(ctime.group("y")), _month(ctime.group("m")), int(ctime.group("d"))
        if _valid(y, m, d):
            return _Mention(ctime.start(), ctime.end(), y, m, d)
    post = _SHORT_YEAR_STAMP.match(line)
    if post and _CLOCK_HEADER.match(line, post.end()):
        y, m, d = 2000 + int(post.group("y")), int(post.group("m")), int(post.group("d"))
        if _valid(y, m, d):
            return _Mention(post.start(), post.end(), y, m, d)
    return None


def _head_dateline(text: str) -> tuple[_Mention, str] | None:
    head = text[:400]
    first_lines = [ln for ln in head.splitlines() if ln.strip()][:6]
    offset = 0
    for line in first_lines:
        pos = text.find(line, offset)
        offset = pos + len(line)
        stripped = line.strip()
        bracket = re.match(r"^\s*(?:\[bookmark:[^\]]*\]\s*)?[\[【(（]([^\]】)）]{4,60})[\]】)）]",
                           line)
        if bracket:
            for mnt in _mentions(bracket.group(1)):
                if mnt.year and mnt.day:
                    return _shift(mnt, pos + bracket.start(1)), "dateline"
        # "HARBIN, Aug. 19 (Xinhua) --", "CAMBRIDGE, Mass. -- April 12, 2024 --"
        wire = re.match(r"^\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{1,30},\s*(?:[A-Z][a-z]{1,5}\.\s*(?:--|—|–)\s*)?"
                        r"(.{4,40}?)\s*(?:\([^)]{2,30}\)\s*)?(?:--|—|–)", line)
        if wire:
            for mnt in _mentions(wire.group(1)):
                if mnt.day:
                    return _shift(mnt, pos + wire.start(1)), "dateline"
        city_line = _CITY_DATE_LINE.match(line)
        if city_line:
            part = city_line.group("d")
            ms = _mentions(part)
            if ms and ms[0].year and ms[0].day and len(part) - (ms[0].end - ms[0].start) <= 3:
                return _shift(ms[0], pos + city_line.start("d")), "dateline"
        ms = _mentions(stripped)
        # A range ("September 17 to September 19, 2024" under "Date and Venue") is the
        # event's days, never the page's date.
        if ms and ms[0].year and ms[0].month and ms[0].end_day is None and (
                len(stripped) - (ms[0].end - ms[0].start) <= 3
                or (ms[0].start == 0 and (_HEADER_REST.match(stripped[ms[0].end:])
                                          or _CLOCK_HEADER.match(stripped, ms[0].end)))
                or (_WEEKDAY_LEAD.fullmatch(stripped, 0, ms[0].start)
                    and len(stripped) - ms[0].end <= 3)):
            # "2021-03-04 10:22:31", "2019年11月05日 星期二", "2018-06-02 | By …",
            # "2024-01-23 00:40 <paper>／<byline>", "<source>, Tuesday 12 Dec 2023": the page's date
            return _shift(ms[0], pos + line.find(stripped)), "dateline"
        stamp = _stamp(line)
        if stamp:
            return _shift(stamp[0], pos), "dateline"
        issue = _issue_or_post_stamp(stripped)
        if issue is not None:
            return _shift(issue, pos + line.find(stripped)), "dateline"
        byline = _byline_date(stripped)
        if byline is not None:
            return _shift(byline, pos + line.find(stripped)), "dateline"
        wire_zh = _ZH_WIRE.search(stripped)
        if wire_zh and wire_zh.start() < 12:
            for mnt in _mentions(stripped[wire_zh.start():wire_zh.end()]):
                if mnt.day:
                    return _shift(mnt, pos + line.find(stripped) + wire_zh.start()), "dateline"
    found = _pub_line_date(text, 0, len(text))
    return (found, "dateline") if found else None


# A header line of short fields around the page's date: "文／X　攝影／Y　2026.11.29",
# "<magazine> 第2032期　2026-12-02　撰文：X", "新聞稿　2026-11-26", "August 18, 2024 - 08:15".
_BYLINE_NOT = re.compile(r"[。，；！？,;!?]|地点|地址|会场|活动|会议|举办|venue|location|where|event|"
                         # "论坛时间：2026年12月17日（星期四）": the event's time label (not
                         # the page's 发布时间/更新时间)
                         r"(?<=[\u4e00-\u9fff])(?<!发布)(?<!发表)(?<!发稿)(?<!更新)(?<!张贴)时间\s*[:：]",
                         re.I)
_TIME_RANGE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:-|–|—|~|to|至)\s*\d{1,2}[:.]\d{2}")
_BYLINE_CLOCK = re.compile(r"^,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))*")


def _byline_date(line: str) -> _Mention | None:
    """The one full date of a head line made of short fields (a byline, a source, a label, a
    clock time) and no sentence, held-verb or venue label, else None."""
    if len(line) > 80 or _EVENT_CUE.search(line) or _TIME_RANGE.search(line):
        return None   # "Thursday 28 November 2024, 13:30–19:00": an event's schedule
    ms = _mentions(line)
    if not ms or any(not (m.year and m.day) or m.end_day for m in ms):
        return None
    rest = "".join(_BYLINE_CLOCK.sub(" ", line[a:b])
                   for a, b in zip([0] + [m.end for m in ms], [m.start for m in ms] + [len(line)],
                                   strict=True))
    if _BYLINE_NOT.search(rest) or any(len(tok) > 16 for tok in rest.split()):
        return None
    return ms[0]


# A weekday before the date on a label line, written out or in the three letters of an email
# header ("Date: Tue, Dec 1, 2026, 7:05 AM", "Posted: Monday, 3 March 2025")
_LABEL_WEEKDAY = re.compile(r"(?:" + "|".join(weekday_names()) + "|" +
                            "|".join(d[:3] for d in weekday_names()) + r")\.?,?\s+")


def _pub_line_date(text: str, lo: int, hi: int) -> _Mention | None:
    """The full date after the first publication label between lo and hi ("Date: 2024.10.18",
    "發布日期:112-12-07", "Date: Tue, Dec 1, 2026")."""
    for m in _pub_labels(text, lo, hi):
        tail = text[m.end():m.end() + 40].split("\n", 1)[0]
        ms = _mentions(tail)
        weekday = _LABEL_WEEKDAY.match(tail)
        first = weekday.end() if weekday else 0
        if ms and ms[0].start == first and ms[0].year and ms[0].day:
            return _shift(ms[0], m.end())
        readings = _full_dates_at(tail, 0) if not ms else []
        if len(readings) == 1:
            # "Published: 27/11/2026": day first, as only one reading of the numbers allows
            return _shift(readings[0], m.end())
        roc = _ROC_NUMERIC.match(tail)
        if roc and _valid(int(roc.group("y")) + 1911, int(roc.group("m")), int(roc.group("d"))):
            # "發布日期:112-12-07": a Republic of China year under a publication label
            return _Mention(m.end(), m.end() + roc.end(), int(roc.group("y")) + 1911,
                            int(roc.group("m")), int(roc.group("d")))
    return None


def _same_day(stamp: _Mention | None, head: _Mention) -> _Mention | None:
    """`stamp` when it names the yearless `head` dateline's day (give or take a time zone)."""
    if stamp is None or not (head.month and head.day):
        return None
    day = _to_date(stamp.year, head.month, head.day)
    own = _to_date(stamp.year, stamp.month, stamp.day)
    return stamp if day and own and abs((own - day).days) <= 2 else None


_ROC_NUMERIC = re.compile(r"(?P<y>1[0-2]\d|[89]\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)")
# "08/11/2023": day and month in an order only the page's other date can tell
_NUMERIC_DMY = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")
_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}")
# (a field may be labelled: "来源：甘肃日报　编辑：李娜　2026-12-02 08:05" at a page's foot)
_STAMP_PREFIX = re.compile(r"(?:[^\s\d,.;:!?，。；：！？()][^\s,.;!?，。；！？()]{1,19}\s+){1,3}")
# "西安高新 2024-04-15 18:02 陕西": a social-media account's line ends with the poster's
# region after the clock time
# "编辑于 2026-09-22": a social post's own "edited/posted on" label before its date
_POSTED_ON = re.compile(r"(?:编辑|发布|发表)于\s+")
_ACCOUNT_TAIL = re.compile(r"\s*\d{1,2}:\d{2}\s+[\u4e00-\u9fff]{2,4}\s*$")


# "《光明日报》（2023年06月19日 04版）": a newspaper's print line, the issue's date and page
_PRINT_LINE = re.compile(r"\s*《[^》\n]{1,20}》\s*[(（]\s*(?=\d)")
_PRINT_TAIL = re.compile(r"\s*(?:第\s*)?(?:\d{1,3}|[A-Z]\d{0,2})?\s*版?\s*[)）]\s*$")


def _print_line(line: str) -> list[_Mention]:
    """The date of a newspaper's print line ("《X报》（2023年06月19日 04版）"), else []."""
    lead = _PRINT_LINE.match(line)
    if lead is None:
        return []
    readings = _full_dates_at(line, lead.end())
    return readings if readings and _PRINT_TAIL.match(line, readings[0].end) else []


def _stamp(line: str) -> list[_Mention]:
    """The date of a publication stamp line, in each reading it allows (one, or both orders
    of an ambiguous "08/11/2023"): a "|"-separated part of the line that is a full date with
    at most a time, weekday or source after it ("By A, Communications | October 17, 2024",
    "Source: Xinhua| 2023-09-06 21:14:05 | Editor: X"), or a short name before a date and a
    clock time ("<account> 2023-08-31 08:30 发表于浙江", "原创 <author> <account> 2024-04-15 18:02 陕西")."""
    if len(line) > 120:
        return []
    printed = _print_line(line)
    if printed:
        return printed
    at = 0
    for part in line.split("|"):
        body = part.strip()
        lead = part.find(body) if body else 0
        prefix = _STAMP_PREFIX.match(body)
        for skip in ((0, prefix.end()) if prefix else (0,)):
            if skip and _NOTE_LABEL.search(body, 0, skip):
                continue   # "| Updated Fri 4 Jun 2027 09:12": the day the story changed
            readings = _full_dates_at(body, skip)
            if readings and (skip == 0 or _CLOCK.match(body, readings[0].end)
                             or _POSTED_ON.fullmatch(body, 0, skip)) \
                    and (_HEADER_REST.match(body[readings[0].end:])
                         or (skip and _ACCOUNT_TAIL.match(body, readings[0].end))):
                return [_shift(r, at + lead) for r in readings]
        at += len(part) + 1
    return []


def _full_dates_at(s: str, i: int) -> list[_Mention]:
    """The full dates (year, month, day) that start s at i: one, or the two readings of an
    ambiguous numeric day/month."""
    num = _NUMERIC_DMY.match(s, i)
    if num:
        a, b, y = int(num.group("a")), int(num.group("b")), int(num.group("y"))
        pairs = {(b, a), (a, b)} if a <= 12 else {(b, a)}
        return [_Mention(i, num.end(), y, m, d) for m, d in sorted(pairs) if _valid(y, m, d)]
    ms = _mentions(s[i:i + 40])
    if ms and ms[0].start == 0 and ms[0].year and ms[0].day and ms[0].end_day is None:
        return [_shift(ms[0], i)]
    return []   # a range of days is an event's, not a stamp


def _foot_stamp(text: str, head: _Mention | None) -> _Mention | None:
    """The page's stamp in its last lines or on a "Source:/来源" line: the year of a
    yearless head dateline when both name the same day (give or take a time zone), else the
    page's date when the head has none."""
    tail_at = max(0, len(text) - 300)
    candidates: list[tuple[int, list[_Mention]]] = []
    for m in _pub_labels(text, tail_at, len(text)):
        line_end = text.find("\n", m.end())
        line = text[m.start():line_end if line_end >= 0 else len(text)]
        readings = _stamp(line.lstrip("|"))
        if readings:
            shift = m.start() + (len(line) - len(line.lstrip("|")))
            candidates.append((shift, readings))
    # the last four lines that hold words (a page's date line may stand above a clock line,
    # a blank and a navigation bar: "2026年12月3日（星期四）／香港時間17時42分／／今日新聞｜…")
    lines = text[tail_at:].rsplit("\n", 4 + _blank_tail(text[tail_at:]))[1:] \
        if "\n" in text[tail_at:] else []
    offset = len(text) - sum(len(ln) + 1 for ln in lines) + 1
    for line in lines:
        readings = _stamp(line)
        if readings:
            candidates.append((offset, readings))
        offset += len(line) + 1
    for shift, readings in candidates:
        for r in readings:
            if head is None:
                if len(readings) == 1:
                    return _shift(r, shift)
                # day and month unsure: only the year is the page's
                return _Mention(r.start + shift, r.end + shift, r.year, None, None)
            if _same_day(r, head):
                return _shift(r, shift)
    return None


def _blank_tail(tail: str) -> int:
    """How many of the last lines of `tail` (at most four) are blank."""
    return sum(1 for ln in tail.rsplit("\n", 8)[-8:] if not ln.strip()) if tail else 0


def _shift(m: _Mention, by: int) -> _Mention:
    return _Mention(m.start + by, m.end + by, m.year, m.month, m.day, m.end_month, m.end_day)


def _arabic_years(s: str) -> str:
    """Chinese-numeral years as digits ("二〇一九年" → "2019年"), for the name-year rules."""
    if "年" not in s:
        return s
    return _ZH_NUM_YEAR.sub(lambda m: f"{_zh_numeral(m.group(1))}年", s)


def _title_year(title: str, event_name: str) -> tuple[int, str] | None:
    """A single year named in the event's name, else in the headline."""
    for source in (event_name, title):
        if not source:
            continue
        clean = _NOT_EVENT_YEAR_SPAN.sub(" ", _arabic_years(source))
        years = {int(m.group("y")) for m in _YEAR_IN_NAME.finditer(clean)}
        if len(years) == 1:
            return years.pop(), source
        if years:
            return None   # two years in one name: a range or a comparison, not ours to pick
    return None


def _body_name_year(sentence: str) -> int | None:
    clean = _NOT_EVENT_YEAR_SPAN.sub(" ", _arabic_years(sentence))
    years = {int(m.group("a") or m.group("b") or m.group("c"))
             for m in _BODY_NAME_YEAR.finditer(clean)}
    return years.pop() if len(years) == 1 else None


def find_event_date(text: str, *, title: str = "", event_name: str = "",
                    near: int | None = None, page: str | None = None) -> DateFinding:
    """The event's date (start, end, year, precision) and where its year came from.

    `near`: the offset of one event's mention; a date in its sentence or the closest one after
    it wins, the document's dateline or headline year completes it. `page`: the whole article
    when `text` is one event's part of it (same positions): the page's dateline and stamps
    belong to every event, wherever they stand."""
    text, title, event_name = view_of(text or ""), view_of(title or ""), view_of(event_name or "")
    page = text if page is None else view_of(page)
    found = _find_event_date(text, title, event_name, near, page)
    return found


def with_year(found: DateFinding, year: int, source: str | None) -> DateFinding:
    """A day and month without a year (`month_day`) completed with `year` (a side event's
    from the article's main event); a finding that has a year or no day is returned as it is."""
    if found.year is not None or not found.month_day:
        return found
    month, day = (int(x) for x in found.month_day.split("-"))
    start = _to_date(year, month, day)
    if start is None:
        return found
    return DateFinding(start_date=start, year=year, precision="day", year_source=source,
                       evidence=found.evidence, start=found.start, end=found.end)


def days_after(found: DateFinding, days: int, evidence: str) -> DateFinding:
    """The day `days` from a dated finding's start (a side event told "on the following day"
    or "on the eve of" the main one), read from `evidence`."""
    if found.start_date is None:
        return found
    start = found.start_date + timedelta(days=days)
    return DateFinding(start_date=start, year=start.year, precision="day",
                       year_source=found.year_source, evidence=evidence)


def day_of_line(line: str, page: str) -> DateFinding:
    """The day an item's labelled date line gives ("日期：2027年1月14日（星期四）至15日"), its year
    from the page's dateline when the line has none; an empty finding when it names no day.
    (Near a page's top such a line reads as the page's own date; under an item it is the item's.)"""
    line = view_of(line)
    found = next((m for m in _mentions(line) if m.month and m.day), None)
    if found is None:
        return DateFinding()
    year, source = found.year, "text"
    if year is None:
        dl = _dateline(view_of(page))
        year, source = (dl[0].year, "dateline") if dl and dl[0].year else (None, None)
    return _finding(found, year, source, line.strip())


def _last_year_of_named(text: str, a: int, b: int, event_name: str,
                        dateline: _Mention | None, mentions: list[_Mention]) -> int | None:
    """The year of a day told as last year's ("去年12月2日到3日，在臺中辦了「2026…媒合大會」")
    when its sentence names the event and the event's name carries the year before the page's:
    the event itself, told a year on (a hearing's transcript, a yearly report)."""
    named = _title_year("", event_name) if event_name else None
    if not named or event_name not in text[a:b]:
        return None
    page = dateline.year if dateline and dateline.year else max(
        (x.year for x in mentions if x.year and x.day), default=None)
    return named[0] if page == named[0] + 1 else None


def _completes(chosen: _Mention | None, m: _Mention, rank: float) -> bool:
    """`m` gives the day of the month-only date chosen so far, in a held sentence: "於二〇二六年
    十一月舉辦的…" in the lede, "活動於二〇二六年十一月十六日至二十日…舉行" further on."""
    return (chosen is not None and chosen.day is None and m.day is not None and rank <= 1
            and m.month == chosen.month and (m.year is None or m.year == chosen.year))


def _find_event_date(text: str, title: str, event_name: str, near: int | None,
                     page: str) -> DateFinding:
    spans = sentence_spans(text)
    dl = _dateline(page)
    dateline = dl[0] if dl else None
    lede = _lede_end(text, spans, dateline)

    chosen: _Mention | None = None
    best_rank = 3
    dl_line = _line_of(text, dateline.start) if dateline else (-1, -1)
    if dateline is not None and not _HEADER_REST.match(text[dateline.end:dl_line[1]]):
        # A dateline that runs into the story: only its own date is the page's.
        dl_line = (dateline.start, dateline.start + 1)
    mentions = [m for m in _mentions(text) if m.month is not None
                and not dl_line[0] <= m.start < dl_line[1]
                and not _ZH_WIRE.match(text, m.start) and not _on_print_line(text, m)
                and not _on_wire_dateline(text, m) and not _on_byline(text, m, page)
                and not _after_note_label(text, m)]
    if dateline is not None and dateline.month and "日" in text:
        mentions = sorted(mentions + _days_under(text, dateline, lede), key=lambda x: x.start)
    if ("(" in text or "（" in text) and ("日" in text or "/" in text):
        mentions = sorted(mentions + _bracketed_days(text, dateline), key=lambda x: x.start)
    every = mentions
    if near is not None:
        local = _near(text, mentions, near)
        if local is not None:
            mentions = [local]
    for m in mentions:
        # the sentence in the view's characters: a Traditional text's 舉辦 is a cue too
        sent_a, sent_b = sentence_bounds(text, m.start)
        sentence = text[sent_a:sent_b]
        before = text[max(sent_a, m.start - 25):m.start]
        other = _OTHER_EVENT.search(before)
        names_it = False
        if other and re.fullmatch(r"\s*last\s+", other.group(), re.I) \
                and not text[m.start].isdigit():
            other = None   # "held last September 29": this event, told after it
        if other and other.group() == "自" and _RANGE_FROM.match(text, m.end):
            other = None   # "自9月8日起至11月24日止": the event's first day
        if other and other.group() == "去年" and m.year is None and m.day is not None:
            named = _last_year_of_named(text, sent_a, sent_b, event_name, dateline, every)
            if named:
                other, m = None, _Mention(m.start, m.end, named, m.month, m.day,
                                          m.end_month, m.end_day)
                names_it = True   # the sentence names the event: as good as a held verb
        if other or re.search(r"《[^》]*$", before):
            continue
        if m.day is None and re.match(r",?\s*(?:at|during)\s+the\b", text[m.end:m.end + 15]):
            continue   # "In November 2019, at the X conference, …": an earlier meeting
        cue, in_lede = names_it or bool(_EVENT_CUE.search(sentence)), m.start < lede
        if m.day is None and not (cue and in_lede):
            continue   # a month-year elsewhere is too weak to be the event's
        # A dated "was held" sentence in the lede, then anywhere, then any date in the lede.
        rank = 0 if cue and in_lede else 1 if cue else 2 if in_lede else 3
        if rank == 3 and dateline is None and m.year and m.day and _on_caption(text, m.start):
            rank = 2.75   # "[Image 1 of 4: … in KIU's main hall, 16.03.2027]" under a post
            # with no dated line ("3d • Edited"): the photo's day is the event's
        if event_name and _SCHEDULED_ZH.search(text, max(sent_a, m.start - 8), m.start) and \
                _names_another(text[m.end:_clause_end(text, m.end)], event_name):
            # "並訂於115年12月22日舉辦「說明會」": another session the notice schedules, after
            # any day of the page (a page announcing its own event still gets that day)
            rank = 2.5
        if _completes(chosen, m, rank):
            # (a day without its year takes the month's: "2026年11月…", "11月16日至20日")
            chosen = m if m.year else _Mention(m.start, m.end, chosen.year, m.month, m.day,
                                               m.end_month, m.end_day, chosen.year_source)
            if rank == 0:
                break
        elif rank < best_rank:
            chosen, best_rank = m, rank
            if rank == 0 and m.day is not None:
                break

    title_year = _title_year(title, event_name) or _lede_name_year(text, spans, title)
    if chosen is None and dateline is not None:
        return _from_dateline(text, dateline, spans, title_year, event_name)
    if chosen is None:
        return _year_only(text, spans, title_year, title, event_name)

    evidence = sentence_at(text, chosen.start, chosen.end)
    sent_a, sent_b = sentence_bounds(text, chosen.start)
    days = _duration(text[sent_a:sent_b])
    closing = (chosen.end_day is None and chosen.day is not None
               and (_CLOSING.search(text[max(0, chosen.start - 60):chosen.start])
                    or _ZH_CLOSING_AFTER.match(text, chosen.end)
                    # "昨日（11月19日）在…一連兩日舉行後圓滿結束": a length and a closing verb
                    or (days and _closed_later(text, chosen.end, sent_b))))
    if chosen.year:
        return _finding(chosen, chosen.year, chosen.year_source, evidence,
                        closing=bool(closing), days=days)
    year, source = None, None
    if dateline and dateline.year:
        year, source = dateline.year, "dateline"
        if "明年" in text[max(0, chosen.start - 4):chosen.start]:
            # "將於明年1月14日…舉辦": the year after the page's
            return _finding(chosen, year + 1, source, evidence, closing=bool(closing), days=days)
        # (a dateline of a month alone, "2027年3月" under a report, stands for its last day)
        ref = _to_date(dateline.year, dateline.month, dateline.day or (
            calendar.monthrange(dateline.year, dateline.month)[1] if dateline.month else None))
        guess = _to_date(year, chosen.month, chosen.day or 1)
        # An event after the dateline but told in the past tense happened the year before.
        # (read in the view: evidence is the article's own characters, 將於 in Traditional)
        if ref and guess and guess > ref + timedelta(days=7) and \
                not _FUTURE.search(text, sent_a, sent_b) and \
                not _told_as_future(text, every, chosen):
            year -= 1
        elif ref and guess and guess < ref - timedelta(days=7) and \
                _FUTURE.search(text, sent_a, sent_b):
            year += 1   # "will take place on January 20-21" under a December dateline
    elif title_year:
        year, source = title_year[0], "title"
    else:
        year = _body_name_year(evidence)
        source = "title" if year else None
    return _finding(chosen, year, source, evidence, closing=bool(closing), days=days)


_ZH_OPENED = re.compile(held_verbs("zh", "opened"))


def _closed_later(text: str, a: int, b: int) -> bool:
    """A closing verb after the day in its sentence that is the day's own: not when an opening
    verb comes first ("20日在清奈登场，为期两天，今天闭幕": the 20th is the first day)."""
    closed = _ZH_CLOSED.search(text, a, b)
    return closed is not None and _ZH_OPENED.search(text, a, closed.start()) is None


# a day scheduled ahead, the clause's last words before the day ("订于", "将于明年")
_SCHEDULED_ZH = re.compile(r"(?:订于|定于|将于|拟于|计划于)\s*(?:明年|今年|(?:民国)?\d{3,4}\s*年)?\s*$")


def _clause_end(text: str, at: int) -> int:
    stop = _CLAUSE_STOP.search(text, at, at + 80)
    return stop.start() if stop else min(len(text), at + 80)


_CLAUSE_STOP = re.compile(r"[，,。；！？\n]")
_QUOTED_NAME = re.compile(r"[「“《『]([^」”》』]{2,40})[」”》』]")


def _names_another(clause: str, event_name: str) -> bool:
    """Whether the clause quotes an event's name that is not the article's event's."""
    return any(q.group(1) not in event_name and event_name not in q.group(1)
               for q in _QUOTED_NAME.finditer(clause))


def _told_as_future(text: str, mentions: list[_Mention], chosen: _Mention) -> bool:
    """The chosen day is written again in a sentence about what is still to come (a headline
    "…12月15日登场" over "将于下周二（12月15日）…举办"): it is the event's coming day."""
    for m in mentions:
        if m is not chosen and (m.month, m.day) == (chosen.month, chosen.day) and m.year is None:
            a, b = sentence_bounds(text, m.start)
            if _FUTURE.search(text, a, b):
                return True
    return False


def _on_byline(text: str, m: _Mention, page: str) -> bool:
    """Whether a full date is the one of a head line of short fields ("Jun 05, 2023, 08:00
    ET" under the page's source, "文／X 2026.11.29"): the page's stamp, not the event's day."""
    if not (m.year and m.day) or m.start > 400 or _block_label().search(
            page, max(0, m.start - 200), m.start):
        return False   # under "UPCOMING EVENT" and a name: the event's day
    a, b = _line_of(text, m.start)
    line = text[a:b]
    found = _byline_date(line.strip())
    return found is not None and a + line.find(line.strip()) + found.start == m.start


def _on_print_line(text: str, m: _Mention) -> bool:
    """Whether a year-dated mention is a newspaper's print line (the issue's day, not the
    event's)."""
    if not m.year or "》" not in text[max(0, m.start - 24):m.start]:
        return False
    a, b = _line_of(text, m.start)
    return bool(_print_line(text[a:b]))


# "BUSAN, June 16 (Agency) --", "JERUSALEM, June 5, 2023 /PRNewswire/ --" under the page's own
# date line: the wire's day is the report's
# "BUSAN, June 16 (Agency) --"; "PORT OF SPAIN, Trinidad, Nov 26, CMC –" (the island or state
# after the town, the agency's code after the date)
_WIRE_LEAD = re.compile(r"\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{1,30},\s*(?:[A-Z][A-Za-z .'-]{1,30},\s*)?"
                        r"(?:[A-Z][a-z]{1,5}\.\s*)?$")
_WIRE_TAIL = re.compile(r"\s*(?:\([^)\n]{2,30}\)\s*|/[A-Za-z -]{2,30}/\s*|,\s*[A-Z][A-Za-z&]{1,11}\s+)?"
                        r"(?:--|—|–)")


def _on_wire_dateline(text: str, m: _Mention) -> bool:
    """Whether a mention is the date of a wire dateline opening its line ("BUSAN, June 16
    (Agency) --"): the report's day, not the event's."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return (m.start - line_start <= 40 and bool(_WIRE_TAIL.match(text, m.end))
            and bool(_WIRE_LEAD.fullmatch(text, line_start, m.start)))


def _labels(kind: str) -> str:
    """The labels of page_labels.csv of one kind as one alternation, longest first (a space
    matches any run of spaces)."""
    words = sorted((r["label"] for r in read_csv("page_labels.csv") if r.get("kind") == kind),
                   key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!x)x"


# The label of a note added to a story after it ran ("CORRECTION (4 June 2027):", "| Updated
# Fri 4 Jun 2027", "UPDATE, 17 May 2027 —", "更正："): the date after it is the note's.
_NOTE_LABEL = re.compile(
    rf"(?:^|\|)\s*[*_\[(（【]*\s*(?:{_labels('update_note')})(?![A-Za-z])\s*[*_\])）】]*"
    r"(?:\s*(?:on|at)\b)?[\s:：(（,—–-]*(?:[A-Z][a-z]{2,8}\.?,?\s+)?$", re.I | re.M)


def _after_note_label(text: str, m: _Mention) -> bool:
    """Whether a date is the one of a correction or update note (the day the story changed,
    not the event's)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return m.start - line_start <= 60 and _NOTE_LABEL.search(text, line_start, m.start) is not None


# A photo caption's opening: "[Image 1 of 4: …", "Photo: …", "Pictured: …", "图为…".
_CAPTION = re.compile(rf"\s*[\[(（【]?\s*(?:(?:{_labels('caption')})(?![A-Za-z])"
                      r"(?:\s+\d+(?:\s+of\s+\d+)?)?(?:\s*\([^)\n]{0,30}\))?\s*[:：]|"
                      rf"(?:{_labels('caption_lead')}))", re.I)


def _on_caption(text: str, pos: int) -> bool:
    """Whether `pos` stands on a photo caption's line."""
    a, _ = _line_of(text, pos)
    return _CAPTION.match(text, a) is not None


def in_caption(text: str, pos: int) -> bool:
    """Whether `pos` stands in a photo caption: on a caption's line ("Photo: …", "【图说】…"), or
    on a line of the block under a caption label alone on its line ("图片说明：", then "（一）…"
    one line per photo, up to a blank line)."""
    if _on_caption(text, pos):
        return True
    a, _ = _line_of(text, pos)
    while a > 0:
        prev = text.rfind("\n", 0, a - 1) + 1
        line = text[prev:a - 1]
        if not line.strip():
            return False
        m = _CAPTION.match(line)
        if m is not None:
            return not line[m.end():].strip()
        a = prev
    return False


def _line_of(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


def _days_under(text: str, dateline: _Mention, lede: int) -> list[_Mention]:
    """"7日在杭州拉开帷幕" in the lede under "新华社杭州5月8日电": the dateline's month (the one
    before when the day is later than the dateline's)."""
    out = []
    for m in _ZH_DAY_RANGE.finditer(text, 0, lede):
        day, last = int(m.group("d")), int(m.group("d2"))
        month, year = _month_before(dateline, last)
        if day < last and _valid(year, month, day) and _valid(year, month, last):
            out.append(_Mention(m.start(), m.end(), year, month, day, month, last,
                                year_source="dateline"))
    if "本月" in text or "上月" in text or "本（" in text or "本(" in text:
        out += _this_month_days(text, dateline)
    ranges = [(r.start, r.end) for r in out]
    openings = list(_ZH_DAY_OPENING.finditer(text, 0, lede))
    if "（" in text or "(" in text:
        seen = {m.start("d") for m in openings}
        openings += [m for m in _ZH_WEEKDAY_DAY_OPENING.finditer(text, 0, lede)
                     if m.start("d") not in seen]
    if "午" in text or "晚" in text:
        seen = {m.start("d") for m in openings}
        openings += [m for m in _ZH_DAYTIME_OPENING.finditer(text, 0, lede)
                     if m.start("d") not in seen]
    for m in openings:
        if any(a <= m.start("d") < b for a, b in ranges):
            continue   # the range's first or last day: the range says it
        day = int(m.group("d"))
        month, year = _month_before(dateline, day)
        if _valid(year, month, day):
            out.append(_Mention(m.start("d"), m.end("d") + 1, year, month, day,
                                year_source="dateline"))
    return out


# "於本月3日", "上月28日至29日": a day of the dateline's month, or of the month before it
# (Taiwanese releases write the month in brackets: "本（4）月15日")
_THIS_MONTH_DAY = re.compile(r"(?P<rel>[本上])\s*(?:[(（]\s*(?P<mn>1[0-2]|0?[1-9])\s*[)）]\s*)?"
                             r"月\s*(?P<d>[0-3]?\d)\s*[日号]"
                             r"(?:\s*(?:至|到|-|–|~|～|及|和|、)\s*(?P<d2>[0-3]?\d)\s*[日号])?")


def _this_month_days(text: str, dateline: _Mention) -> list[_Mention]:
    """"本月3日" under "2024年6月5日" is 2024-06-03; "上月28日" is a day of May."""
    out = []
    for m in _THIS_MONTH_DAY.finditer(text):
        month, year = dateline.month, dateline.year
        if m.group("rel") == "上":
            month, year = (12, year - 1 if year else None) if month == 1 else (month - 1, year)
        if m.group("mn") and month and int(m.group("mn")) != month:
            continue   # the bracketed month disagrees with the dateline's: not this line's month
        day, last = int(m.group("d")), _int(m.group("d2"))
        if not _valid(year, month, day):
            continue
        if last is not None and not (day < last and _valid(year, month, last)):
            last = None
        out.append(_Mention(m.start(), m.end(), year, month, day, month if last else None, last,
                            year_source="dateline"))
    return out


def _weekday_span(lede: str, dateline: _Mention, event_name: str,
                  evidence: str) -> DateFinding | None:
    """"…the Innovation Week, which ran from Monday to Wednesday" under a Thursday dateline:
    the days of that span up to the dateline, when the sentence names the event (a signing
    "on Thursday" in the lede is another event's day)."""
    if not (event_name and dateline.year and dateline.day) or "from" not in lede:
        return None
    posted = _to_date(dateline.year, dateline.month, dateline.day)
    for m in _WEEKDAY_SPAN.finditer(lede):
        if posted is None or event_name not in sentence_at(lede, m.start(), m.end()):
            continue
        w1, w2 = weekday_number(m.group("w1")), weekday_number(m.group("w2"))
        last = posted - timedelta(days=(posted.isoweekday() - w2) % 7)
        first = last - timedelta(days=(w2 - w1) % 7)
        return DateFinding(start_date=first, end_date=last if last > first else None,
                           year=first.year, precision="day", year_source="dateline",
                           evidence=evidence, start=dateline.start, end=dateline.end)
    return None


def _month_before(dateline: _Mention, day: int) -> tuple[int, int | None]:
    """The month (and year) of a day told without its month under a dated line: the line's,
    or the one before when the day is later than the line's."""
    month, year = dateline.month, dateline.year
    if dateline.day and day > dateline.day:
        month -= 1
        if month == 0:
            month, year = 12, (year - 1 if year else None)
    return month, year


# "今(7)日", "昨(十九)日", "明(16)日", "今日(十月十三日)", "昨天（12/4，週五）": a relative day with
# its date in brackets
# (the view keeps Chinese punctuation: the brackets are full-width or ASCII)
# "禮拜四（12/3）", "上周四到周日（9/17—9/20）": a weekday with its date (or its span's dates)
# in brackets; its month must be written
_BRACKETED_DAY = re.compile(
    r"(?=[今昨明前星周礼])(?:(?P<rel>[今昨明]|前(?=天))\s*[日天]?|"
    r"(?P<wd>(?:星期|周|礼拜)[一二三四五六日天]))\s*[(（]\s*"
    r"(?:(?P<m>[01]?\d|[一二三四五六七八九十]{1,3})\s*(?:月|/(?=\s*[0-3]?\d\b))\s*)?"
    r"(?P<d>[0-3]?\d|[一二三四五六七八九十]{1,3})\s*日?\s*"
    r"(?:[—–~〜\-至到]\s*(?:(?P<m2>[01]?\d)\s*/\s*)?(?P<d2>[0-3]?\d)\s*日?\s*)?"
    r"(?:[，,、]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*)?[)）]\s*日?")


def _bracketed_days(text: str, dateline: _Mention | None) -> list[_Mention]:
    """The bracketed day of "今(7)日", "昨(十九)日", "明(16)日", "今日(十月十三日)": its month
    when written, else the dateline's (the one before for a later 今/昨 day, the one after for
    an earlier 明 day); the dateline's year. Without a dateline only a written month counts."""
    out = []
    for m in _BRACKETED_DAY.finditer(text):
        day = _number(m.group("d"))
        month, year = _number(m.group("m")), dateline.year if dateline else None
        if m.group("wd") and month is None:
            continue   # a weekday's bracket names its month ("周四（12/3）"), else it is no date
        if month is None:
            if dateline is None or not dateline.month:
                continue
            month = dateline.month
            if dateline.day and m.group("rel") != "明" and day > dateline.day:
                month -= 1
            elif dateline.day and m.group("rel") == "明" and day < dateline.day:
                month += 1
            if month in (0, 13):
                month, year = (12, year - 1) if month == 0 else (1, year + 1) if year else (
                    month % 12 or 12, None)
        elif dateline and dateline.month and dateline.year and month > dateline.month + 1:
            year = dateline.year - 1   # "今日(十二月三十一日)" under a January dateline
        if day and _valid(year, month, day):
            end_day = _int(m.group("d2"))
            end_month = _int(m.group("m2")) or (month if end_day else None)
            if end_day and not (_valid(year, end_month, end_day)
                                and (end_month, end_day) > (month, day)):
                end_month = end_day = None
            out.append(_Mention(m.start(), m.end(), year, month, day, end_month, end_day,
                                year_source="dateline" if year else "text"))
    return out


def _number(s: str | None) -> int | None:
    return None if not s else int(s) if s.isdigit() else _zh_numeral(s)


def _near(text: str, mentions: list[_Mention], near: int) -> _Mention | None:
    """The first dated mention from the start of `near`'s sentence on (within 600 chars), not
    one that belongs to something else."""
    lo = max(text.rfind("\n", 0, near) + 1, near - 400)
    ends = [m.end() for m in re.finditer(r"[。！？；]|[.!?](?=\s)", text[lo:near])]
    start = lo + (ends[-1] if ends else 0)
    for m in mentions:
        if start <= m.start <= near + 600 and m.day is not None:
            sentence = sentence_at(text, m.start, m.end)
            before = sentence[:max(0, sentence.find(original_span(text, m.start, m.end)))]
            if not _OTHER_EVENT.search(before[-25:]):
                return m
    return None


def _first_spans(text: str, spans: list[tuple[int, int]], count: int = 6,
                 chars: int = 700) -> str:
    """The first sentences of `text` within `chars` characters of written text (blanked
    sentences of another event's part do not count)."""
    out, seen = [], 0
    for a, b in spans[:count]:
        if seen >= chars:
            break
        out.append(text[a:b])
        seen += b - a
    return " ".join(out)


def _lede_name_year(text: str, spans: list[tuple[int, int]],
                    title: str = "") -> tuple[int, str] | None:
    """A year in the event's full name in an opening held-sentence, when the headline
    shortened the name ("The 2022 Korea Technology Transfer Fair opened Wednesday"). The
    headline itself (its year was read as the title's) is not that sentence."""
    for a, b in spans[:4]:
        sentence = text[a:b]
        if title.strip() and sentence.strip() and sentence.strip() in title:
            continue
        if _EVENT_CUE.search(sentence):
            # Only the first held-sentence: later ones may tell of earlier editions.
            year = _body_name_year(sentence)
            return (year, clip(sentence.strip())) if year else None
    return None


def _lede_end(text: str, spans: list[tuple[int, int]], dateline: _Mention | None) -> int:
    """End of the article's first two body sentences (after the headline and dateline): the
    page's header lines glued into one long span before a head dateline do not count."""
    after = dateline.end if dateline is not None and dateline.start < 400 else 0
    body = [s for s in spans if s[1] > after and len(text[s[0]:s[1]].strip()) > 60]
    return body[1][1] if len(body) > 1 else (body[0][1] if body else len(text))


def _duration(s: str) -> int | None:
    """The event's length in days said in s ("three-day", "一连两日"), else None."""
    found = _DURATION.search(s)
    if found is None:
        return None
    if found.group("zh"):
        n = cn_numeral(found.group("zh")) if not found.group("zh").isdigit() else int(found.group("zh"))
    else:
        w = found.group("en").lower()
        n = int(w) if w.isdigit() else number_words().get(w)
    return int(n) if n and 2 <= n <= 31 else None


# Characters of the story after its dateline where the event's length ("the three-day week")
# is read for an event that closed the day before: the lede and the paragraph after it.
_LENGTH_REACH = 1000


def _closed_on(last: date | None, year: int, days: int | None, **where) -> DateFinding:
    """An event that closed on `last`: its first day too when its length is said, else only
    the last ("wrapped up on October 12": the first is not said)."""
    if last and days:
        return DateFinding(start_date=last - timedelta(days=days - 1), end_date=last,
                           year=year, precision="day", **where)
    return DateFinding(end_date=last, year=year, precision="year", **where)


def _finding(m: _Mention, year: int | None, source: str | None, evidence: str,
             closing: bool = False, days: int | None = None) -> DateFinding:
    if closing and year:
        return _closed_on(_to_date(year, m.month, m.day), year, days, year_source=source,
                          evidence=evidence, start=m.start, end=m.end)
    start = _to_date(year, m.month, m.day)
    end = None
    if m.end_day:
        end = _to_date(year, m.end_month or m.month, m.end_day)
        if start and end and end < start:   # "December 30 to January 2" crosses a year
            end = _to_date((year or 0) + 1, m.end_month or m.month, m.end_day)
    month_day = f"{m.month:02d}-{m.day:02d}" if m.day and not year else None
    if start:
        precision = "day"
    elif year and m.month and not m.day:
        precision = "month"
    elif year:
        precision = "year"
    else:
        precision = "unknown"
    return DateFinding(start_date=start, end_date=end if start else None, month_day=month_day,
                       year=year, precision=precision, year_source=source if year else None,
                       evidence=evidence, start=m.start, end=m.end)


def _from_dateline(text: str, dateline: _Mention, spans: list[tuple[int, int]],
                   title_year: tuple[int, str] | None, event_name: str = "") -> DateFinding:
    """No dated event sentence: the dateline's day when the lede says today, else its year."""
    evidence = sentence_at(text, dateline.start, dateline.end)
    # Headline, standfirst and dateline lines come first: the lede runs a few spans further.
    lede = _first_spans(text, spans)
    if dateline.start < 400:
        # a page's header lines (masthead, section, headline, standfirst, byline) may fill the
        # first spans: the sentences from the dateline's line on are the lede too
        # ("Mehmet Emin Kaya |26.05.2026 - 18:42" / "KAYSERI, Türkiye" / "… ended on Tuesday")
        after = [s for s in spans if s[1] > dateline.start]
        if after and after[0] != spans[0]:
            lede = f"{lede} {_first_spans(text, after, count=4)}"
    span = _weekday_span(lede, dateline, event_name, evidence)
    if span is not None:
        return span
    weekday = _WEEKDAY.search(lede)
    year = dateline.year or (title_year[0] if title_year else None)
    last_week = _LAST_WEEK.search(lede) if "last week" in lede.lower() else None
    if last_week and dateline.day and year:
        # "From Wednesday to Friday last week" under a post of Monday 7 December: the days of
        # the week before the post's own (weeks run Monday to Sunday, ISO 8601)
        posted = _to_date(year, dateline.month, dateline.day)
        if posted:
            monday = posted - timedelta(days=posted.isoweekday() - 1 + 7)
            w1 = last_week.group("w1") or last_week.group("w1b")
            first = monday + timedelta(days=weekday_number(w1) - 1)
            last = (monday + timedelta(days=weekday_number(last_week.group("w2")) - 1)
                    if last_week.group("w2") else None)
            return DateFinding(start_date=first, end_date=last if last and last > first else None,
                               year=first.year, precision="day", year_source="dateline",
                               evidence=evidence,
                               start=dateline.start, end=dateline.end)
    if weekday and dateline.day and year:
        # "opened on Thursday", "on Monday signed": the last such weekday up to the dateline; a
        # wire dateline without a year ("HARBIN, Aug. 19 (Xinhua)") takes it from the name.
        day = _to_date(year, dateline.month, dateline.day)
        if day:
            day -= timedelta(days=(day.isoweekday() - weekday_number(weekday.group("w"))) % 7)
            if _CLOSING.search(lede, max(0, weekday.start() - 60), weekday.start()):
                # "which closed in the central city on Saturday" (+ "the three-day market",
                # there or in the paragraph after: "The two-day indaba was hosted by …")
                days = _duration(lede) or _duration(text[dateline.end:dateline.end + _LENGTH_REACH])
                return _closed_on(day, day.year, days,
                                  year_source="dateline" if dateline.year else "title",
                                  evidence=evidence, start=dateline.start, end=dateline.end)
            return DateFinding(start_date=day, year=day.year, precision="day",
                               year_source="dateline" if dateline.year else "title",
                               evidence=evidence, start=dateline.start, end=dateline.end)
    if dateline.year and dateline.day:
        day = _to_date(dateline.year, dateline.month, dateline.day)
        held_yesterday = _HELD_YESTERDAY.search(lede)
        if held_yesterday and day:
            # "held yesterday …, the council announced today": the day before the dateline
            day -= timedelta(days=1)
            if _CLOSING.search(lede, held_yesterday.start(), held_yesterday.end()):
                # "…Week, which ended in Suva yesterday" (+ "The three-day week" in the
                # paragraph after): the last day, the first when the story gives the length
                days = _duration(lede) or _duration(text[dateline.end:dateline.end + _LENGTH_REACH])
                return _closed_on(day, day.year, days, year_source="dateline",
                                  evidence=evidence, start=dateline.start, end=dateline.end)
            return DateFinding(start_date=day, year=day.year, precision="day",
                               year_source="dateline", evidence=evidence,
                               start=dateline.start, end=dateline.end)
        today = _TODAY.search(lede)
        if today and day and _CLOSING_TODAY.search(lede, max(0, today.start() - 120),
                                                    today.end() + 40):
            # "the three-day carnival, which ended … here today": today is the last day
            return DateFinding(end_date=day, year=day.year, precision="year",
                               year_source="dateline", evidence=evidence,
                               start=dateline.start, end=dateline.end)
        if today and day:
            return DateFinding(start_date=day, year=day.year, precision="day",
                               year_source="dateline", evidence=evidence,
                               start=dateline.start, end=dateline.end)
        if _YESTERDAY.search(lede) and day:
            day -= timedelta(days=1)
            return DateFinding(start_date=day, year=day.year, precision="day",
                               year_source="dateline", evidence=evidence,
                               start=dateline.start, end=dateline.end)
    if title_year:
        return DateFinding(year=title_year[0], precision="year", year_source="title",
                           evidence=clip(title_year[1]))
    if dateline.year:
        return DateFinding(year=dateline.year, precision="year", year_source="dateline",
                           evidence=evidence, start=dateline.start, end=dateline.end)
    return DateFinding()


def _year_only(text: str, spans: list[tuple[int, int]], title_year: tuple[int, str] | None,
               title: str, event_name: str) -> DateFinding:
    if title_year:
        return DateFinding(year=title_year[0], precision="year", year_source="title",
                           evidence=clip(title_year[1]))
    # The event named with its year in the article's first lines ("Summit 2020 was held").
    for a, b in spans[:3]:
        sentence = text[a:b]
        if _EVENT_CUE.search(sentence):
            year = _body_name_year(sentence)
            if year:
                return DateFinding(year=year, precision="year", year_source="title",
                                   evidence=clip(sentence.strip()), start=a, end=b)
    return DateFinding()
