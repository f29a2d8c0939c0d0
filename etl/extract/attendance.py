"""How many people attended: a head count next to a word for people, with its qualifier.

Counts of things (projects, companies, exhibitors, countries, provinces, booths …) are never
attendance because only people-nouns anchor a figure. A count is left out when its own statement
says it is a part ("其中", "among them", "占…%"), a sum over many occasions ("累计",
"举办培训班17次"), one delegation, or a subgroup (experts, judges) without a verb saying they
came; person-times (人次) and online viewers count only when nothing else is given. Among the
rest the largest total with an attendee noun and an attend verb wins ("500 participants,
including 50 foreign experts" → 500).

Every look-up reads a bounded window around the figure: the cost is linear in the text. The
words live in data/reference/attendance_words.csv and qualifiers.csv.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.amounts import dated_year
from etl.extract.money_scope import earlier_edition, edition_year, last_match, markers
from etl.extract.months import number_words
from etl.extract.numerals import cn_numeral, qualifiers
from etl.extract.records import AttendanceFinding
from etl.extract.scan import first_char_guard
from etl.extract.text import evidence_at, has_cjk, spans_of, view_of
from etl.reference import read_csv

_MAX_PLAUSIBLE = 2_000_000
_BEFORE = 200   # characters of a statement read before a count
_AFTER = 200    # and after it

# Thousands grouped by commas or, SI style, by spaces ("1 200 delegates"); a space group is
# exactly three digits, not followed by another digit.
_NUM_EN = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)"
# A Chinese count may group thousands with a comma too (約3,500名), or with a space as
# official Hong Kong and Macau papers do (出席人數為1 912人); a space group is exactly three
# digits, so "2026年 340人" never joins.
_NUM_ZH = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.])"
           r"|\d+(?:\.\d+)?)")
_CN_NUM = r"[零〇一二两三四五六七八九十百千万]+"
_SCALE = {"hundred": 100, "thousand": 1000}
# A count written in words (number_words.csv): a number below a hundred ("eighty-six",
# "twelve"), or one scaled and completed ("three hundred and eighty-six", "a thousand",
# "two thousand five hundred"). "a"/"one" count only before a scale: "one delegate" is no
# attendance.
_WORDS = number_words()
_BELOW_100 = ("(?:(?:" + "|".join(sorted((w for w, v in _WORDS.items() if v >= 20 and v % 10 == 0),
                                         key=len, reverse=True)) +
              ")(?:-(?:" + "|".join(sorted((w for w, v in _WORDS.items() if 1 <= v <= 9),
                                         key=len, reverse=True)) + "))?|" +
              "|".join(sorted((w for w, v in _WORDS.items() if 2 <= v <= 19),
                              key=len, reverse=True)) + ")")
_SCALED = rf"(?:a|one|{_BELOW_100})[\s-]+(?:hundred|thousand)"
_WORD_NUM = (rf"(?:{_SCALED}(?:,?\s+(?:and\s+)?(?:{_SCALED}|{_BELOW_100}(?![\s-]+(?:hundred|thousand))))*"
             rf"|{_BELOW_100})(?![\w-])")
_WORD_FIRST = "".join(sorted({w[0] for w in _WORDS} | {"a", "o"}))
# Where a statement ends inside a sentence, and where a clause ends inside a statement.
_STATEMENT_END = re.compile(r"[。！？；;\n]")
_CLAUSE_END = re.compile(r"[，,：:]")
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s?cent\b)", re.I)
_NOT_PEOPLE_AFTER = re.compile(r"^\s*(?:次|项|家|个|届|年|%)")
_THINGS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|organi[sz]ations?|exhibitors?|firms?|"
    r"institutions?|countries|projects?|universities|booths?|enterprises?|businesses|stands?)\b",
    re.I)


@dataclass(frozen=True)
class _Rules:
    en: re.Pattern
    en_words: re.Pattern
    en_attendance: re.Pattern
    zh: re.Pattern
    zh_headcount: re.Pattern
    kinds: dict[str, re.Pattern]
    en_verb: re.Pattern      # a count with no noun before a verb of coming; tickets sold


def word_alternation(kind: str) -> str:
    """The patterns of one kind of attendance_words.csv as one alternation (one that matches
    nothing when the kind has none)."""
    return "|".join(f"(?:{r['pattern']})" for r in read_csv("attendance_words.csv")
                    if r.get("kind") == kind and r.get("pattern")) or r"(?!x)x"


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    quals = qualifiers("attendance")
    zh_before = "|".join(re.escape(w) for w in sorted(quals.words, key=len, reverse=True)
                         if not w.isascii())
    mod = "[" + "".join(w for w, q in quals.words.items()
                        if len(w) == 1 and not w.isascii() and q != "exact") + "]"
    en_after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in quals.words
                        if w.isascii() and quals.after.match(w))
    people_en, people_zh = word_alternation("people_en"), word_alternation("people_zh")
    headcount = word_alternation("headcount_zh")
    en = re.compile(
        rf"(?=\d)(?<![\w.,])(?P<n>{_NUM_EN})(?:\s*(?:{en_after}))?"
        rf"\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<noun>{people_en})\b", re.I)
    en_words = re.compile(
        rf"(?=[{_WORD_FIRST}])\b(?P<n>{_WORD_NUM})\s+(?:[A-Za-z-]+\s+){{0,3}}?"
        rf"(?P<noun>{people_en})\b", re.I)
    en_attendance = re.compile(
        r"(?=[atc])(?:attendance|turnout|audience|crowd)\s+(?:(?:of|was|reached|exceeded|topped|"
        r"ran\s+to|stood\s+at|came\s+to|totall?ed|numbered)\s+(?:[a-z]+\s+){0,2}?|"
        # "organisers put total attendance at close to 300" (not "attendance at 2025's fair")
        r"at\s+(?:(?:close\s+to|about|around|some|nearly|roughly|almost|over|more\s+than|"
        r"just\s+(?:over|under))\s+)?(?!(?:19|20)\d\d\b))"
        rf"(?P<n>{_NUM_EN})(?![\d]|[,.]\d|\s*%)", re.I)
    zh = re.compile(
        rf"(?=[\d零〇一二两三四五六七八九十百千万])(?<![\d.])"
        rf"(?P<n>{_NUM_ZH}|{_CN_NUM})(?P<mod>{mod})?(?P<wan>万)?(?P<mod2>{mod})?"
        # (a space may set Arabic digits apart from the unit: "實際簽到是 312 人")
        rf"(?:(?<=\d)[ \t])?(?P<unit>名|位|人次|人(?![才民口工类生格物选身体士事]))"
        rf"(?P<noun>[\u4e00-\u9fff]{{0,6}}?(?:{people_zh})?)")
    # (these two open on alternations, tried in full at every character: opened by the
    # characters they can start with instead)
    zh_headcount = first_char_guard(re.compile(
        rf"(?:参会|与会|参加|出席|参与|到场|现场)人数(?:{zh_before})?为?"
        rf"(?P<n>{_NUM_ZH}|{_CN_NUM})(?P<mod>{mod})?(?P<wan>万)?(?:人|名|位)?"
        rf"|(?P<noun>{headcount})(?:共计?|达|总数)?(?:{zh_before})?"
        rf"(?P<n2>{_NUM_ZH}|{_CN_NUM})(?P<mod3>{mod})?(?:人|名|位)"
        # "签到簿上共留下143个签名": the names signed in at the door
        rf"|(?:{word_alternation('signatures_zh')})(?P<n3>{_NUM_ZH})(?:个|份)?签名"))
    kinds = {k: re.compile(word_alternation(k), re.I) for k in (
        "attendee", "attend_verb", "subgroup", "delegation", "side_activity", "part_statement",
        "part_clause", "part_after", "cumulative", "viewers", "side", "other_edition",
        "comparison", "mixed_list", "side_session", "appositive", "hope", "retracted", "planned",
        "planned_after", "membership", "staff", "capacity", "actual", "side_after", "yearly",
        "list_total", "total_after", "table_total", "joined", "running_total")}
    # Words that only say a figure is a plain total ("a total of", 共): qualifiers.csv, exact.
    kinds["total"] = re.compile("|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w, q in quals.words.items() if q == "exact")
        or r"(?!x)x", re.I)
    # a count with no noun before a verb of coming, or a count of tickets sold
    en_verb = first_char_guard(re.compile(
        rf"(?=\d)(?<![\w.,$€£¥])(?P<n>{_NUM_EN})\s+(?:{word_alternation('count_verb')})\b|"
        rf"(?<=\s)(?:{word_alternation('tickets_sold')})(?P<t>{_NUM_EN})\s+tickets\b|"
        rf"(?<=\s)(?:{word_alternation('badges_scanned')})(?P<b>{_NUM_EN})\s+(?:name\s+)?badges\b|"
        rf"(?<![\w.,$€£¥])(?P<s>{_NUM_EN})\s+seats\b(?={word_alternation('seats_taken')})",
        re.I))
    return _Rules(en, en_words, en_attendance, zh, zh_headcount, kinds, en_verb)


def _word_number(s: str) -> int | None:
    """The value of a count matched by _WORD_NUM: units and tens add up, "hundred" multiplies
    what came before it, "thousand" closes a group ("two thousand five hundred and six" 2506)."""
    total = current = 0
    for tok in re.split(r"[\s,-]+", s.lower()):
        if tok in ("", "and"):
            continue
        if tok == "hundred":
            current = (current or 1) * _SCALE[tok]
        elif tok == "thousand":
            total, current = total + (current or 1) * _SCALE[tok], 0
        elif tok in ("a", "one") or tok in _WORDS:
            current += _WORDS.get(tok, 1)
        else:
            return None
    return (total + current) or None


def _en_number(s: str) -> int | None:
    return int(re.sub(r"[,\s]", "", s)) if s[0].isdigit() else _word_number(s)


def _zh_number(s: str, wan: str | None) -> int | None:
    if s[0].isdigit():
        value = float(re.sub(r"[,\s]", "", s))
    else:
        value = cn_numeral("一" + s if len(s) == 1 and s in "十百千万" else s)
        if value is None:
            return None
    return int(round(value * (10_000 if wan else 1)))


@dataclass
class _Candidate:
    count: int
    qualifier: str
    start: int           # the qualifier's start, else the figure's
    end: int
    noun: str            # the people words around the figure
    n_start: int
    strong: bool = False          # an attendee noun: the figure needs no verb
    person_times: bool = False    # 人次 by its unit


def _qualifier(text: str, n_start: int, n_end: int, mod: str,
               end: int | None = None) -> tuple[str, int]:
    """(qualifier, start of the qualifier word or of the figure); a word after the figure may
    also follow its unit (500人左右)."""
    quals = qualifiers("attendance")
    m = quals.before.search(text, max(0, n_start - 25), n_start)
    q = quals.words.get(" ".join(m.group("q").lower().split())) if m else None
    after = quals.after.match(text[n_end:n_end + 12])
    if after is None and end:
        # after the unit only a word of its own (500人左右, 300人以上): a one-character one
        # belongs right after the figure (600余人, 十来个), "名来自…" is "who came from"
        after = quals.after.match(text[end:end + 12])
        after = after if after and len(after.group("q").strip()) > 1 else None
    q_after = quals.words.get(" ".join(after.group("q").lower().split())) if after else None
    q_mod = quals.words.get(mod) if mod else None
    found = [x for x in (q_mod, q_after, q) if x and x != "exact"]
    return (found[0] if found else "exact"), (m.start("q") if m else n_start)


# "3. Thirty-eight participants …": a numbered paragraph's number at the start of its line
_PARAGRAPH_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)][ \t]+$")


def _money_before(text: str, start: int) -> bool:
    """A currency sign right before a figure ("$10,000", "€ 5000", "US$300")."""
    i = start - 1
    if i >= 0 and text[i] == " ":
        i -= 1
    return i >= 0 and unicodedata.category(text[i]) == "Sc"


def _candidates(text: str) -> list[_Candidate]:
    rules = _rules()
    out: list[_Candidate] = []
    for m in [*rules.en.finditer(text), *rules.en_words.finditer(text)]:
        n = _en_number(m.group("n"))
        if not n:
            continue
        q, start = _qualifier(text, m.start("n"), m.end("n"), "")
        lead = text[max(0, m.start() - 12):m.start()]
        if re.search(r"(?:No\.|#|\bthe|\d[,.]?)\s*$", lead, re.I) and start == m.start("n") \
                and not _PARAGRAPH_NUMBER.search(lead):
            continue   # "the 500 experts" refers back; "No. 3 people" is a label (a numbered
            # paragraph's "3. " opening its line is neither)
        if _money_before(text, m.start("n")):
            continue   # "the $10,000 People's Choice prize" is a sum, not a head count
        if _SHARE_AFTER.match(text, m.end("n")):
            continue   # "45 percent of attendees" is a share, not a head count
        out.append(_Candidate(n, q, start, m.end(), text[m.start("n"):m.end()], m.start("n")))
    for m in rules.en_verb.finditer(text):
        # "the organisers estimate that around 250 attended": people by their verb alone;
        # "the showcase sold all 350 tickets": by the tickets they bought; "the desk had
        # scanned 314 badges": by the badges scanned at the door
        # "All 210 seats … were taken": by the seats they filled
        g = next(k for k in ("n", "t", "b", "s") if m.group(k))
        q, start = _qualifier(text, m.start(g), m.end(g), "")
        out.append(_Candidate(_en_number(m.group(g)), q, start, m.end(), "", m.start(g),
                              strong=g != "n"))
    for m in rules.en_attendance.finditer(text):
        if _THINGS_AFTER.match(text, m.end()):
            continue   # "the attendance of 150 international companies"
        q, _ = _qualifier(text, m.start("n"), m.end("n"), "")
        out.append(_Candidate(_en_number(m.group("n")), q, m.start(), m.end(),
                              "attendance", m.start("n"), strong=True))
    if "|" in text:
        out += _table_totals(text)
    # Chinese counts need Chinese words: an English text need not be scanned for them.
    for pattern in (rules.zh, rules.zh_headcount) if has_cjk(text) else ():
        for m in pattern.finditer(text):
            g = m.groupdict()
            key = next((k for k in ("n", "n2", "n3") if g.get(k)), None)
            if not key:
                continue
            raw, n_start = g[key], m.start(key)
            mod = g.get("mod") or g.get("mod2") or g.get("mod3") or ""
            q, start = _qualifier(text, n_start, n_start + len(raw), mod, m.end())
            if not raw[0].isdigit() and not (start != n_start or mod or len(raw) > 1):
                continue   # a lone 千人/百人 is a name ("千人计划"), not a head count
            if _NOT_PEOPLE_AFTER.match(text[m.end():m.end() + 2]):
                continue
            n = _zh_number(raw, g.get("wan"))
            if not n:
                continue
            # The people words of a Chinese count stand after the unit or just before it.
            noun = text[max(0, m.start() - 8):m.start()] + (g.get("noun") or "")
            out.append(_Candidate(n, q, min(start, m.start()), m.end(), noun, n_start,
                                  strong=pattern is rules.zh_headcount,
                                  person_times=g.get("unit") == "人次"))
    return out


# A table's row: cells between pipes ("| Nova Scotia | 19 |").
_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*\|)[ \t]*$", re.M)
_CELL_NUMBER = re.compile(r"\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*")


def _table_totals(text: str) -> list[_Candidate]:
    """The total row of a table whose column is headed by attendees ("| Province | Participants |"
    … "| Total | 42 |"): the table's head count, its other rows the parts (never read)."""
    k = _rules().kinds
    out = []
    header: list[str] | None = None
    last_end = -2
    for row in _ROW.finditer(text):
        cells = row.group("cells").split("|")[:-1]
        if row.start() != last_end + 1:
            header = cells   # a table's first row heads its columns
        last_end = row.end()
        label = cells[0].strip()
        if header is None or cells is header or not k["table_total"].fullmatch(label):
            continue
        for i, cell in enumerate(cells[1:len(header)], start=1):
            num = _CELL_NUMBER.fullmatch(cell)
            if num and k["attendee"].fullmatch(header[i].strip()):
                a = row.start("cells") + sum(len(c) + 1 for c in cells[:i]) + num.start("n")
                n = _en_number(num.group("n"))
                if n:
                    out.append(_Candidate(n, "exact", a, a + len(num.group("n")),
                                          header[i].strip(), a, strong=True))
    return out


def _statement(text: str, spans: tuple[tuple[int, int], ...], starts: list[int], a: int,
               b: int) -> tuple[str, str, str, str]:
    """(statement before, statement after, clause before, clause after) around text[a:b]."""
    i = bisect.bisect_right(starts, a) - 1
    lo, hi = (spans[i] if i >= 0 and a < spans[i][1] else (0, len(text)))
    before = text[max(lo, a - _BEFORE):a]
    after = text[b:min(hi, b + _AFTER)]
    cut = None
    for cut in _STATEMENT_END.finditer(before):  # noqa: B007  (keeps the last one)
        pass
    before = before[cut.end():] if cut else before
    stop = _STATEMENT_END.search(after)
    after = after[:stop.start()] if stop else after
    cut = None
    for cut in _CLAUSE_END.finditer(before):  # noqa: B007
        pass
    clause_before = before[cut.end():] if cut else before
    stop = _CLAUSE_END.search(after)
    return before, after, clause_before, after[:stop.start()] if stop else after


@dataclass
class _Judged:
    candidate: _Candidate
    tier: int     # 0: a head count; 1: a subgroup or one side; 2: person-times or viewers
    rank: int     # 1: a verb says these people came; 0: only an attendee noun does
    side: bool = False


# What may stand before the words for another edition when a statement opens on them: "At the
# previous edition", or a time clause with its subject ("When the forum was last held, …").
_EDITION_LEAD = re.compile(r"[\s\"“‘'（(]*(?:\d{1,2}[.)]\s+)?(?:(?:(?:at|in|during)\s+)?(?:the\s+)?|"
                           r"(?:when|where|as)\s+(?:[\w'’-]+\s+){0,3})", re.I)


def _opens_on_other_edition(before: str, year: int | None = None) -> bool:
    """The figure's statement opens on another edition ("The previous edition, held in …,
    attracted 240 participants", or one of a year before `year`, the article's: "7. The 2024
    edition of the programme, held online, had 30 participants"): its subject is that edition,
    whatever clauses come between (a list item's number may lead it)."""
    m = _rules().kinds["other_edition"].search(before, 0, 40)
    if m and _EDITION_LEAD.fullmatch(before, 0, m.start()) is not None:
        return True
    d = _dated_edition().search(before, 0, 60) if year else None
    return bool(d) and edition_year(d) < year and \
        _EDITION_LEAD.fullmatch(before, 0, d.start()) is not None


def _dated_edition() -> re.Pattern:
    return markers().before["dated_edition"]


# A clause that opens on a relative pronoun tells of the clause before it: "a first edition
# held in X in 2024, which trained 31 participants".
_RELATIVE = re.compile(r"\s*(?:which|who|that)\s", re.I)


def _antecedent(before: str, clause_before: str) -> str:
    """The clause a count's relative clause refers back to ("…, which trained 31
    participants" → the clause before the comma), else ""."""
    if not _RELATIVE.match(clause_before):
        return ""
    clauses = _CLAUSE_END.split(before[:len(before) - len(clause_before)])
    return clauses[-2] if len(clauses) >= 2 else ""


def _other_edition_after(clause_after: str) -> bool:
    """Another edition named after the figure in its own clause, with no comparison before it:
    "…, which attracted some 9,000 participants last year" (not "500 participants, up from 300
    last year", where the words are the other figure's)."""
    k = _rules().kinds
    hit = k["other_edition"].search(clause_after)
    return bool(hit) and not k["comparison"].search(clause_after, 0, hit.start())


def _subject_across_apposition(before: str, clause_before: str) -> str:
    """The subject clause of a count whose own clause opens on its verb after an inserted
    clause ("last year's demo day, held at X, drew some 500 guests" → "last year's demo day"),
    else ""."""
    k = _rules().kinds
    if not k["attend_verb"].match(clause_before.lstrip()):
        return ""
    clauses = _CLAUSE_END.split(before[:len(before) - len(clause_before)])
    if len(clauses) < 3 or not k["appositive"].match(clauses[-2]):
        return ""
    return clauses[-3]


def _mixed(clause_before: str, k: dict[str, re.Pattern]) -> bool:
    """The count's people are a list joining a subgroup with other attendees ("负责人及企业代表
    80余人", "企业的代表和高校院所专家共约400人"): the count is the gathering's, not a subgroup's."""
    lead = clause_before[-24:]
    sub = last_match(k["subgroup"], lead)
    att = last_match(k["attendee"], lead)
    if not (sub and att):
        return False
    lo, hi = sorted((sub.start(), att.start()))
    return bool(k["mixed_list"].search(lead, lo, hi + 1))


def _judge(text: str, c: _Candidate, spans, starts, year: int | None = None) -> _Judged | None:
    k = _rules().kinds
    before, after, clause_before, clause_after = _statement(text, spans, starts, c.n_start,
                                                             c.end)
    statement = before + text[c.n_start:c.end] + after
    clause = clause_before + text[c.n_start:c.end] + clause_after
    part = k["part_statement"].search(before)
    if part and not (k["planned"].search(before, 0, part.start()) and
                     k["actual"].search(clause_before)):
        return None   # a part of a total, unless the total is of sign-ups and the part is of
        # those who came ("2340名登记人士，其中实际出席人数为1912人")
    if k["part_after"].search(after) or k["total_after"].search(after):
        return None   # "在参会嘉宾中，国外嘉宾142名", "其中专家120人", "…，占总人数的33%";
        # "15位评审专家和投资人，以及…等300余人": a part of the total that closes its list
    part = k["part_clause"].search(clause_before)
    if part and not k["total"].search(clause_before, part.end()):
        return None   # "including 50 foreign experts"
    antecedent = _antecedent(before, clause_before)
    if k["other_edition"].search(clause_before) or _opens_on_other_edition(before, year) or \
            _other_edition_after(clause_after) or earlier_edition(clause_before, year) or \
            k["other_edition"].search(_subject_across_apposition(before, clause_before)) or \
            (antecedent and (k["other_edition"].search(antecedent) or
                             earlier_edition(antecedent, year))):
        return None   # "Last year's conference attracted 670 participants", "上届…吸引3000人",
        # "The previous edition, held in Maribor in 2023, attracted 240 participants",
        # "…and that last year's demo day, held at X, drew some 500 guests", "builds on a
        # first edition held in X in 2024, which trained 31 participants"
    if k["hope"].search(clause_before) or k["retracted"].search(before):
        return None   # "Next year the organisers hope for 1,000 participants": a wish, not a
        # count; "An earlier version of this story said 420 delegates": a withdrawn figure
    if k["membership"].match(text, c.end, c.end + 12) or k["staff"].search(clause_before):
        return None   # "该会目前有逾1200名会员", "从业员工超过33万人": an organisation's
        # members or a workforce, not a gathering
    if k["capacity"].search(clause_before):
        return None   # "学员名额不超过120名", "限额200位": the places offered, not who came
    if k["yearly"].search(clause_before):
        return None   # "基地每年吸引近8000名科技人员": a yearly figure, not this event's
    if k["side_session"].search(before):
        return None   # "至于同日下午的分组工作坊，则约有80人出席": a side session's head count
    if k["cumulative"].search(before + text[c.n_start:c.end] + clause_after) or k["delegation"].search(
            text[max(0, c.n_start - 24):c.end + 12]):
        return None   # "累计培训学员400多名", "a 30-member delegation"; a later clause's
        # 累计 is its own figure's ("1500余名嘉宾参会，展览累计接待观众逾12万人次")
    verb = bool(k["attend_verb"].search(k["side_activity"].sub(" ", statement)))
    strong = c.strong or c.person_times or bool(k["attendee"].search(c.noun))
    # "…专家和投资人，以及企业代表等300余人": the total of its list, neither a subgroup nor a side
    list_total = bool(k["list_total"].search(clause_before))
    subgroup = bool(k["subgroup"].search(c.noun)) and not _mixed(clause_before, k) and \
        not list_total
    if subgroup and not verb:
        return None   # "专家团队代表100多人" with no verb saying they came
    side = bool(k["side"].search(clause_before + c.noun) or k["side"].match(before) or
                k["side_after"].match(text, c.end, c.end + 8))   # (room for its look-ahead)
    side = side and not list_total
    if 1900 <= c.count <= 2100 and not strong and c.qualifier == "exact":
        return None   # a year read as a count ("2020 experts' report")
    if not (strong or verb):
        if not _answers_a_turnout_question(text, c.n_start, k):
            return None
        verb = True   # "Q: How many people attended? A: More than 1,100 people, …"
    viewers = c.person_times or bool(k["viewers"].search(clause))
    # "网上登记人数为510人，当日实际入场约430人", "1,034 people registered and 870 checked in":
    # those registered or invited are not those who came; their count stands in only when no
    # head count of those who came is given
    # ("the registration desk had counted 1,038 participants": a word of those who came after
    # the registration word makes the count theirs)
    plan = last_match(k["planned"], clause_before)
    planned = bool((plan and not k["actual"].search(clause_before, plan.end())) or
                   k["planned_after"].match(text[c.end:c.end + 40]))
    tier = 2 if viewers else 1 if (subgroup or side or planned) else 0
    return _Judged(c, tier, 1 if verb else 0, side)


_ANSWER_LABEL = re.compile(r"[ \t]*(?:A|Answer|Ans\.?)[ \t]*[:：.-][ \t]*", re.I)


def _answers_a_turnout_question(text: str, n_start: int, k: dict[str, re.Pattern]) -> bool:
    """The count opens an answer ("A: More than 1,100 people, …") to a question on the line
    before that asks how many came ("Q: How many people attended?"): the question's verb is
    the answer's."""
    line = text.rfind("\n", 0, n_start) + 1
    label = _ANSWER_LABEL.match(text, line, n_start)
    if label is None or not _qualifier_only(text[label.end():n_start]):
        return False
    question = text[max(0, line - 200):line].rstrip().rsplit("\n", 1)[-1]
    return question.endswith(("?", "？")) and bool(
        k["attend_verb"].search(question) or k["attendee"].search(question))


def _qualifier_only(lead: str) -> bool:
    """Nothing but a qualifier stands between the answer's label and its count."""
    return len(lead) <= 24 and not re.search(r"\d|[,;:]", lead)


def _two_sides(judged: list[_Judged], text: str) -> list[_Judged]:
    """A count for one side followed closely by a count for the other side ("台湾方面共42人参加；
    大陆方面40余人与会"), or by a count said to join it ("38 participants came from abroad. They
    were joined by 12 local officers"), adds up to the attendance."""
    out = []
    heads = sorted((j for j in judged if j.tier < 2), key=lambda j: j.candidate.start)
    joined = _rules().kinds["joined"]
    for first, second in zip(heads, heads[1:], strict=False):
        if second.candidate.start - first.candidate.end >= _AFTER:
            continue
        if (first.side and second.side) or (
                first.tier == 0 and not first.side and "joined" in text[
                    first.candidate.end:second.candidate.start] and
                joined.search(text, max(0, second.candidate.start - 40), second.candidate.start)):
            a, b = first.candidate, second.candidate
            quals = {a.qualifier, b.qualifier}
            q = "at_least" if "at_least" in quals else "approx" if "approx" in quals else "exact"
            out.append(_Judged(_Candidate(a.count + b.count, q, a.start, b.end, a.noun,
                                          a.n_start), -1, 1))
    return out


_TOTAL_NUM = re.compile(rf"(?:(?:[a-z]+\s+){{0,2}}?)(?P<n>{_NUM_EN}(?![\d%])|{_WORD_NUM})", re.I)


def _running_totals(text: str, judged: list[_Judged], spans, starts) -> list[_Judged]:
    """A total a head count's own statement gives after it ("Fifty-six delegates attended and a
    further two online, so all 58 places were used"; "…590 arrivals on the second day,
    bringing the two-day total to 2,050"): the gathering's count, ranked as the count it sums
    up. Only a total larger than that count is one."""
    rx = _rules().kinds["running_total"]
    out = []
    for j in judged:
        c = j.candidate
        if j.tier >= 2 or c.end > len(text):
            continue
        _, after, _, _ = _statement(text, spans, starts, c.n_start, c.end)
        hit = rx.search(after)
        m = _TOTAL_NUM.match(after, hit.end()) if hit else None
        if m is None:
            continue
        raw = m.group("n")
        n = _en_number(raw) if raw[0].isdigit() else _word_number(raw)
        if not n or n <= c.count or n > _MAX_PLAUSIBLE:
            continue
        a = c.end + m.start("n")
        q, start = _qualifier(text, a, a + len(raw), "")
        out.append(_Judged(_Candidate(n, q, start, a + len(raw), c.noun, a), j.tier, j.rank))
    return out


def find_attendance(text: str) -> AttendanceFinding | None:
    """The event's head count, or None when the text gives none."""
    found = find_attendances(text)
    return found[0] if found else None


def find_attendances(text: str) -> list[AttendanceFinding]:
    """Every head count the text gives, the likeliest total first (each with its offsets, so a
    report of several events can give each its own)."""
    if not text:
        return []
    text = view_of(text)
    spans = spans_of(text)
    starts = [a for a, _ in spans]
    best: dict[int, _Judged] = {}    # one reading per figure: the strongest
    year = dated_year(text)           # an edition of an earlier year is another one
    for c in _candidates(text):
        if 2 <= c.count <= _MAX_PLAUSIBLE:
            j = _judge(text, c, spans, starts, year)
            old = best.get(c.n_start)
            if j and (old is None or (j.tier, -j.rank) < (old.tier, -old.rank)):
                best[c.n_start] = j
    judged = list(best.values())
    judged += _two_sides(judged, text)
    judged += _running_totals(text, judged, spans, starts)
    judged.sort(key=lambda j: (j.tier, -j.rank, -j.candidate.count, j.candidate.start))
    return [AttendanceFinding(count=j.candidate.count, qualifier=j.candidate.qualifier,
                              evidence=evidence_at(text, j.candidate.start, j.candidate.end),
                              start=j.candidate.start, end=j.candidate.end) for j in judged]
