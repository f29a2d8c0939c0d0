"""When the event took place: day, month and year, each only from where the text says it.

Order of trust: a date in a sentence that says the event was held (or the article's lede);
the news dateline or a publication-date line; a year in the event's name or the headline.
A body year that belongs to something else (a report's title, an earlier meeting, a
statistic, a founding year) is never taken: a date without a year only gets one from the
dateline or the title, and otherwise keeps `year=None` with `month_day` set.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from etl.extract.amounts import to_halfwidth
from etl.extract.records import DateFinding
from etl.extract.text import clip, sentence_at, sentence_spans

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MON = (r"(?P<{g}>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|"
        r"JUL|AUG|SEP|OCT|NOV|DEC)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember|t|UARY|RUARY|CH|"
        r"IL|E|Y|UST|TEMBER|OBER|EMBER)?\.?)(?![a-z])")
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)(?!\d)"
_TO = r"\s*(?:-|–|—|~|to|and|through|until|till)\s*"


def _p(template: str, g: str) -> str:
    return template.format(g=g)


_EN_MDY = re.compile(
    rf"(?<![\w])(?=(?-i:[JFMASOND])){_p(_MON, 'm')}\s+{_p(_DAY, 'd')}"
    rf"(?:{_TO}(?:{_p(_MON, 'm2')}\s+)?{_p(_DAY, 'd2')})?(?:,?\s*{_p(_YEAR, 'y')})?", re.I)
_EN_DMY = re.compile(
    rf"(?=\d)(?<![\w.]){_p(_DAY, 'd')}(?:{_TO}{_p(_DAY, 'd2')})?\s+(?:of\s+)?{_p(_MON, 'm')}"
    rf"(?:,?\s*{_p(_YEAR, 'y')})?", re.I)
_EN_MY = re.compile(rf"(?=(?-i:[JFMASOND]))(?<![\w]){_p(_MON, 'm')},?\s+{_p(_YEAR, 'y')}", re.I)
_ISO = re.compile(r"(?=[12])(?<![\d./-])(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d])")
_ZH = re.compile(
    r"(?=\d)(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号]?"
    r"(?:\s*(?:-|–|—|~|～|至|到)\s*(?:(?P<m2>[01]?\d)\s*月\s*)?(?P<d2>[0-3]?\d)\s*[日号])?")
_ZH_MY = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月(?!\s*[0-3]?\d\s*[日号])")

_EVENT_CUE = re.compile(
    r"\b(?:held|opened|open(?:s|ing)\s+ceremony|took\s+place|kicked\s+off|kick(?:s|ed)?-off|"
    r"convened|inaugurated|commenced|began|launched|staged|hosted|organi[sz]ed|"
    r"concluded|closed|wrapped\s+up|was\s+attended|took\s+off|gathered|ran\s+from|runs\s+from|"
    r"welcomed|brought\s+together)\b|"
    r"举办|举行|召开|开幕|开班|启动|落幕|闭幕|开展|揭幕|拉开帷幕|圆满结束|成功举办|隆重", re.I)
_OTHER_EVENT = re.compile(
    r"\b(?:last|previous|prior|earlier|past|next|upcoming|since|deadline|until|before|after|"
    r"by)\s+(?:the\s+)?(?:\w+\s+)?$|(?:上届|上一届|去年|此前|曾于|成立于|自|截至|截止|之前)$", re.I)
_TODAY = re.compile(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|今天|今日|今年?上午|"
                    r"今天上午|今天下午|当天|本日", re.I)
_YESTERDAY = re.compile(r"\byesterday\b|昨天|昨日", re.I)
_FUTURE = re.compile(r"\bwill\b|\bto\s+be\s+held\b|\bupcoming\b|将于|将在|即将", re.I)
_PUB_LINE = re.compile(
    r"(?:^|\|)[ \t]*(?:published|publication\s+date|posted(?:\s+on)?|release\s+date|released|"
    r"date|updated|发布时间|发布日期|发表时间|发稿时间|时间|日期|来源[^\n]{0,30}?)\s*[:：]?\s*",
    re.I | re.M)
# "Munich, 20 October 2022", "Press release | Brussels, 7 March 2024 — Today, …"
_CITY_DATE_LINE = re.compile(r"^\s*(?:[^|\n]{0,40}\|\s*)?[A-Z][A-Za-z .'-]{1,30},\s*"
                             r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*(?:—|–|--)\s*)?"
                             r"(?P<d>[^,\n]{6,30}?(?:,\s*\d{4})?)\s*(?:$|—|–|--|-\s)")
# "on Monday", and wire style without "on": "opened Wednesday", "signed Friday".
_WEEKDAY = re.compile(r"(?:\b[Oo]n|\b(?:opened|closed|began|started|ended|concluded|kicked\s+off|"
                      r"held|signed|launched|unveiled))\s+"
                      r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
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
    __slots__ = ("start", "end", "year", "month", "day", "end_month", "end_day")

    def __init__(self, start, end, year, month, day, end_month=None, end_day=None):
        self.start, self.end = start, end
        self.year, self.month, self.day = year, month, day
        self.end_month, self.end_day = end_month, end_day


def _month(s: str | None) -> int | None:
    return _MONTHS.get(s[:3].lower()) if s else None


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


def _mentions(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    for rx in (_ISO, _ZH, _EN_MDY, _EN_DMY):
        for m in rx.finditer(text):
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
    for rx in (_EN_MY, _ZH_MY):
        for m in rx.finditer(text):
            mon = _month(m.group("m")) if not m.group("m").isdigit() else int(m.group("m"))
            if _valid(int(m.group("y")), mon, None):
                found.append(_Mention(m.start(), m.end(), int(m.group("y")), mon, None))
    # Longest mention wins where two overlap ("June 26, 2017" over "June 2017" pieces).
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[_Mention] = []
    for x in found:
        if kept and x.start < kept[-1].end:
            continue
        kept.append(x)
    return kept


def _to_date(y: int | None, m: int | None, d: int | None) -> date | None:
    try:
        return date(y, m, d) if y and m and d else None
    except ValueError:
        return None


def _dateline(text: str) -> tuple[_Mention, str] | None:
    """The article's own date: a dateline at its start or a publication-date line."""
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
        wire = re.match(r"^\s*[A-Z][A-Za-z .'-]{1,30},\s*(?:[A-Z][a-z]{1,5}\.\s*(?:--|—|–)\s*)?"
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
        if ms and ms[0].year and len(stripped) - (ms[0].end - ms[0].start) <= 3:
            return _shift(ms[0], pos + line.find(stripped)), "dateline"
    for m in _PUB_LINE.finditer(text):
        tail = text[m.end():m.end() + 40]
        ms = _mentions(tail.split("\n", 1)[0])
        if ms and ms[0].start == 0 and ms[0].year and ms[0].day:
            return _shift(ms[0], m.end()), "dateline"
    return None


def _shift(m: _Mention, by: int) -> _Mention:
    return _Mention(m.start + by, m.end + by, m.year, m.month, m.day, m.end_month, m.end_day)


def _title_year(title: str, event_name: str) -> tuple[int, str] | None:
    """A single year named in the event's name, else in the headline."""
    for source in (event_name, title):
        if not source:
            continue
        clean = _NOT_EVENT_YEAR_SPAN.sub(" ", source)
        years = {int(m.group("y")) for m in _YEAR_IN_NAME.finditer(clean)}
        if len(years) == 1:
            return years.pop(), source
        if years:
            return None   # two years in one name: a range or a comparison, not ours to pick
    return None


def _body_name_year(sentence: str) -> int | None:
    clean = _NOT_EVENT_YEAR_SPAN.sub(" ", sentence)
    years = {int(m.group("a") or m.group("b") or m.group("c"))
             for m in _BODY_NAME_YEAR.finditer(clean)}
    return years.pop() if len(years) == 1 else None


def find_event_date(text: str, *, title: str = "", event_name: str = "") -> DateFinding:
    """The event's date (start, end, year, precision) and where its year came from."""
    try:
        return _find_event_date(text or "", title or "", event_name or "")
    except Exception:   # an extractor never stops the run
        return DateFinding()


def _find_event_date(text: str, title: str, event_name: str) -> DateFinding:
    text = to_halfwidth(text)
    title = to_halfwidth(title)
    event_name = to_halfwidth(event_name)
    spans = sentence_spans(text)
    dl = _dateline(text)
    dateline = dl[0] if dl else None
    lede = _lede_end(text, spans, dateline)

    chosen: _Mention | None = None
    best_rank = 3
    for m in _mentions(text):
        if dateline and m.start == dateline.start:
            continue
        sentence = sentence_at(text, m.start, m.end)
        before = sentence[:max(0, sentence.find(text[m.start:m.end]))]
        if _OTHER_EVENT.search(before[-25:]) or re.search(r"《[^》]*$", before):
            continue
        if m.day is None and re.match(r",?\s*(?:at|during)\s+the\b", text[m.end():m.end() + 15]):
            continue   # "In November 2019, at the X conference, …": an earlier meeting
        cue, in_lede = bool(_EVENT_CUE.search(sentence)), m.start < lede
        if m.day is None and not (cue and in_lede):
            continue   # a month-year elsewhere is too weak to be the event's
        # A dated "was held" sentence in the lede, then anywhere, then any date in the lede.
        rank = 0 if cue and in_lede else 1 if cue else 2 if in_lede else 3
        if rank < best_rank:
            chosen, best_rank = m, rank
            if rank == 0:
                break

    title_year = _title_year(title, event_name) or _lede_name_year(text, spans)
    if chosen is None and dateline is not None:
        return _from_dateline(text, dateline, spans, title_year)
    if chosen is None:
        return _year_only(text, spans, title_year, title, event_name)

    evidence = sentence_at(text, chosen.start, chosen.end)
    if chosen.year:
        return _finding(chosen, chosen.year, "text", evidence)
    year, source = None, None
    if dateline and dateline.year:
        year, source = dateline.year, "dateline"
        ref = _to_date(dateline.year, dateline.month, dateline.day)
        guess = _to_date(year, chosen.month, chosen.day or 1)
        # An event after the dateline but told in the past tense happened the year before.
        if ref and guess and guess > ref + timedelta(days=7) and not _FUTURE.search(evidence):
            year -= 1
    elif title_year:
        year, source = title_year[0], "title"
    else:
        year = _body_name_year(evidence)
        source = "title" if year else None
    return _finding(chosen, year, source, evidence)


def _lede_name_year(text: str, spans: list[tuple[int, int]]) -> tuple[int, str] | None:
    """A year in the event's full name in an opening held-sentence, when the headline
    shortened the name ("The 2022 Korea Technology Transfer Fair opened Wednesday")."""
    for a, b in spans[:4]:
        sentence = text[a:b]
        if _EVENT_CUE.search(sentence):
            # Only the first held-sentence: later ones may tell of earlier editions.
            year = _body_name_year(sentence)
            return (year, clip(sentence.strip())) if year else None
    return None


def _lede_end(text: str, spans: list[tuple[int, int]], dateline: _Mention | None) -> int:
    """End of the article's first two body sentences (after the headline and dateline)."""
    body = [s for s in spans if len(text[s[0]:s[1]].strip()) > 60]
    return body[1][1] if len(body) > 1 else (body[0][1] if body else len(text))


def _finding(m: _Mention, year: int | None, source: str | None, evidence: str) -> DateFinding:
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
                       evidence=evidence)


def _from_dateline(text: str, dateline: _Mention, spans: list[tuple[int, int]],
                   title_year: tuple[int, str] | None) -> DateFinding:
    """No dated event sentence: the dateline's day when the lede says today, else its year."""
    evidence = sentence_at(text, dateline.start, dateline.end)
    # Headline, standfirst and dateline lines come first: the lede runs a few spans further.
    lede = " ".join(text[a:b] for a, b in spans[:6] if a < 700)
    weekday = _WEEKDAY.search(lede)
    year = dateline.year or (title_year[0] if title_year else None)
    if weekday and dateline.day and year:
        # "opened on Thursday", "on Monday signed": the last such weekday up to the dateline; a
        # wire dateline without a year ("HARBIN, Aug. 19 (Xinhua)") takes it from the name.
        day = _to_date(year, dateline.month, dateline.day)
        if day:
            day -= timedelta(days=(day.weekday() - _WEEKDAYS.index(weekday.group("w").lower())) % 7)
            return DateFinding(start_date=day, year=day.year, precision="day",
                               year_source="dateline" if dateline.year else "title",
                               evidence=evidence)
    if dateline.year and dateline.day:
        day = _to_date(dateline.year, dateline.month, dateline.day)
        if _TODAY.search(lede) and day:
            return DateFinding(start_date=day, year=day.year, precision="day",
                               year_source="dateline", evidence=evidence)
        if _YESTERDAY.search(lede) and day:
            day -= timedelta(days=1)
            return DateFinding(start_date=day, year=day.year, precision="day",
                               year_source="dateline", evidence=evidence)
    if title_year:
        return DateFinding(year=title_year[0], precision="year", year_source="title",
                           evidence=clip(title_year[1]))
    if dateline.year:
        return DateFinding(year=dateline.year, precision="year", year_source="dateline",
                           evidence=evidence)
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
                                   evidence=clip(sentence.strip()))
    return DateFinding()
