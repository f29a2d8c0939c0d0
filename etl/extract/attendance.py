"""How many people attended: a head count next to a word for people, with its qualifier.

Counts of things (projects, companies, exhibitors, countries, provinces, booths …) are never
attendance because only people-nouns anchor a figure. Among several figures the largest
plausible total wins ("500 participants, including 50 foreign experts" → 500); a figure in a
sentence that says people attended/joined beats a bare "300 experts".
"""
from __future__ import annotations

import re

from etl.extract.amounts import cn_numeral, to_halfwidth
from etl.extract.records import AttendanceFinding
from etl.extract.text import sentence_at

_MAX_PLAUSIBLE = 2_000_000

_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
          "ninety": 90, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
          "one thousand": 1000}
_SCALE = {"hundred": 100, "thousand": 1000}

_PEOPLE_EN = (r"people|persons|participants|attendees|attendants|representatives|delegates|"
              r"guests|experts|scholars|trainees|visitors|audiences?|entrepreneurs|students|"
              r"researchers|professionals|officials|leaders|investors|practitioners|academics|"
              r"specialists|managers|members\s+of\s+the\s+public|individuals|teachers|"
              r"scientists|engineers|participating\s+(?:guests|representatives|experts)")
# Nouns that say "these people came": a figure with them needs no verb to count.
_ATTENDEE_NOUN = re.compile(r"participants|attendees|attendants|delegates|representatives|"
                            r"guests|trainees|visitors|audience|参会|与会|观众|来宾|嘉宾|代表|学员|"
                            r"人次|听众", re.I)
_ATTEND_VERB = re.compile(
    r"attend|participat|took\s+part|take\s+part|joined|gathered|present|attract|drew|"
    r"welcomed|brought\s+together|registered|turnout|参加|参会|与会|出席|吸引|到场|齐聚|汇聚|"
    r"参与|聚集|共有|逾|现场", re.I)

_NUM_EN = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_WORD_NUM = ("(?:" + "|".join(sorted(list(_WORDS), key=len, reverse=True)) +
             r")(?:[\s-]+(?:hundred|thousand))?(?:\s+and\s+\w+)?")
_Q_EN = (r"(?P<q>more\s+than|over|above|in\s+excess\s+of|at\s+least|upwards\s+of|"
         r"about|around|approximately|nearly|almost|roughly|some|close\s+to|an\s+estimated|"
         r"totally|a\s+total\s+of|in\s+total)")
# Scanning starts at a figure (cheap); the qualifier is looked up just before it.
_EN = re.compile(
    rf"(?=\d)(?<![\w.,])(?P<n>{_NUM_EN})(?P<plus>\+)?(?:\s+(?P<after>or\s+so|or\s+more))?"
    rf"\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<noun>{_PEOPLE_EN})\b", re.I)
# The leading lookaheads list every first character a match can start with: the engine then
# skips other positions quickly; what matches is unchanged.
_WORD_FIRST = "".join(sorted({w[0] for w in _WORDS}))
_EN_WORDS = re.compile(
    rf"(?=[{_WORD_FIRST}])\b(?P<n>{_WORD_NUM})\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<noun>{_PEOPLE_EN})\b",
    re.I)
_EN_Q_BEFORE = re.compile(rf"{_Q_EN}\s+$", re.I)
# "attended by about 150 guests" is covered above; "attendance of 500" has no noun.
_EN_ATTENDANCE = re.compile(
    rf"(?=[atc])(?:attendance|turnout|audience|crowd)\s+(?:of|was|reached|exceeded|topped)\s+"
    rf"(?:{_Q_EN}\s+)?"
    rf"(?P<n>{_NUM_EN})(?![\d]|[,.]\d|\s*%)", re.I)

_CN_NUM = r"[零〇一二两三四五六七八九十百千万]+"
_Q_ZH_BEFORE = r"(?P<q>约|大约|近|将近|接近|逾|超过|超|达到?|共计?|总计|合计|多达)?"
_ZH = re.compile(
    rf"(?=[约大近将接逾超达共总合多\d零〇一二两三四五六七八九十百千万])"
    rf"{_Q_ZH_BEFORE}(?P<n>\d+(?:\.\d+)?|{_CN_NUM})(?P<mod>[余多餘])?(?P<wan>万)?"
    rf"(?P<mod2>[余多餘])?(?P<unit>名|位|人次|人(?![才民口工类生格物选身体士事]))"
    rf"(?P<noun>[\u4e00-\u9fff]{{0,6}}?(?:代表|嘉宾|观众|专家|学者|学员|企业家|来宾|客商|"
    rf"听众|人员|参会者|与会者|师生|青年|创业者)?)(?P<after>左右)?")
_ZH_HEADCOUNT = re.compile(
    rf"(?:参会|与会|参加|出席|参与|到场|现场)人数{_Q_ZH_BEFORE}为?(?P<n>\d+(?:\.\d+)?|{_CN_NUM})"
    rf"(?P<mod>[余多餘])?(?P<wan>万)?(?:人|名)?(?P<after>左右)?"
    rf"|(?:学员|代表|嘉宾|观众|听众|来宾|参会者|与会者)(?:共计?|达|总数)?(?P<q2>约|近|逾|超过)?"
    rf"(?P<n2>\d+|{_CN_NUM})(?P<mod3>[余多餘])?(?:人|名)(?P<after2>左右)?")

_QUAL_EN = {"more than": "at_least", "over": "at_least", "above": "at_least",
            "in excess of": "at_least", "at least": "at_least", "upwards of": "at_least",
            "about": "approx", "around": "approx", "approximately": "approx",
            "nearly": "approx", "almost": "approx", "roughly": "approx", "some": "approx",
            "close to": "approx", "an estimated": "approx"}
_QUAL_ZH = {"约": "approx", "大约": "approx", "近": "approx", "将近": "approx",
            "接近": "approx", "逾": "at_least", "超过": "at_least", "超": "at_least"}
_NOT_PEOPLE_AFTER = re.compile(r"^\s*(?:次|项|家|个|届|年|%)")


def _word_number(s: str) -> int | None:
    s = " ".join(s.lower().replace("-", " ").split())
    s = re.sub(r"\s+and\s+\w+$", "", s)
    total = None
    for word, value in sorted(_WORDS.items(), key=lambda kv: -len(kv[0])):
        if s.startswith(word):
            total, rest = value, s[len(word):].strip()
            if rest in _SCALE:
                total *= _SCALE[rest]
            elif rest:
                return None
            break
    return total


def _en_number(s: str) -> int | None:
    if s[0].isdigit():
        return int(s.replace(",", ""))
    return _word_number(s)


def _zh_number(s: str, wan: str | None) -> int | None:
    if s[0].isdigit():
        value = float(s)
    else:
        if len(s) == 1 and s in "十百千万":
            s = "一" + s
        value = cn_numeral(s)
        if value is None:
            return None
    if wan:
        value *= 10_000
    return int(round(value))


def _candidates(text: str) -> list[tuple[int, str, int, int, bool]]:
    """(count, qualifier, start, end, strong) for every head count in `text`."""
    out = []
    for m in [*_EN.finditer(text), *_EN_WORDS.finditer(text)]:
        n = _en_number(m.group("n"))
        if not n:
            continue
        qm = _EN_Q_BEFORE.search(text, max(0, m.start() - 25), m.start())
        word = " ".join(qm.group("q").lower().split()) if qm else ""
        lead = text[max(0, m.start() - 12):m.start()]
        if re.search(r"(?:No\.|#|\bthe|\d[,.]?)\s*$", lead, re.I) and not word:
            continue   # "the 500 experts" refers back; "No. 3 people" is a label
        q = _QUAL_EN.get(word, "exact")
        if m.groupdict().get("after"):
            q = "approx" if m.group("after").lower().startswith("or so") else "at_least"
        elif m.groupdict().get("plus"):
            q = "at_least"
        start = qm.start() if qm else m.start()
        out.append((n, q, start, m.end(), bool(_ATTENDEE_NOUN.search(m.group("noun")))))
    for m in _EN_ATTENDANCE.finditer(text):
        q = _QUAL_EN.get(" ".join((m.group("q") or "").lower().split()), "exact")
        out.append((int(m.group("n").replace(",", "")), q, m.start(), m.end(), True))
    for pattern in (_ZH, _ZH_HEADCOUNT):
        for m in pattern.finditer(text):
            g = m.groupdict()
            raw = g.get("n") or g.get("n2")
            if not raw:
                continue
            mod = g.get("mod") or g.get("mod2") or g.get("mod3")
            if not raw[0].isdigit() and not (g.get("q") or g.get("q2") or mod or len(raw) > 1):
                continue   # a lone 千人/百人 is a name ("千人计划"), not a head count
            if _NOT_PEOPLE_AFTER.match(text[m.end():m.end() + 2]):
                continue
            n = _zh_number(raw, g.get("wan"))
            if not n:
                continue
            q = _QUAL_ZH.get(g.get("q") or g.get("q2") or "", "exact")
            if mod:
                q = "at_least"
            if g.get("after") or g.get("after2"):
                q = "approx"
            strong = pattern is _ZH_HEADCOUNT or g.get("unit") == "人次" or \
                bool(_ATTENDEE_NOUN.search(g.get("noun") or ""))
            out.append((n, q, m.start(), m.end(), strong))
    return out


def find_attendance(text: str) -> AttendanceFinding | None:
    """The event's head count, or None when the text gives none."""
    try:
        return _find_attendance(text)
    except Exception:   # an extractor never stops the run
        return None


def _find_attendance(text: str) -> AttendanceFinding | None:
    if not text:
        return None
    text = to_halfwidth(text)
    best: tuple[int, int, str, int, int] | None = None   # (rank, count, qualifier, start, end)
    for n, q, start, end, strong in _candidates(text):
        if not 2 <= n <= _MAX_PLAUSIBLE:
            continue
        sentence = sentence_at(text, start, end)
        if 1900 <= n <= 2100 and not strong and q == "exact":
            continue   # a year read as a count ("2020 experts' report")
        verb = bool(_ATTEND_VERB.search(sentence))
        if not (strong or verb):
            continue
        rank = 2 if (strong and verb) else 1
        key = (rank, n)
        if best is None or key > (best[0], best[1]):
            best = (rank, n, q, start, end)
    if best is None:
        return None
    _, n, q, start, end = best
    return AttendanceFinding(count=n, qualifier=q, evidence=sentence_at(text, start, end))
