"""Event names in a text: the article's main event, and events it reports as taking place.

`find_event_name(text, title)` picks the main event's name (a keyword-headed phrase: "…
Technology Transfer Forum", "…交易会"), `event_type_of(name)` its SPEC type from the name's
head (data/reference/event_types.csv), `find_format` says online / hybrid when the text does.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.extract.held_verbs import held_verbs
from etl.extract.months import month_alternation, month_words, relative_days, weekday_names
from etl.extract.scan import positions_of
from etl.extract.text import has_cjk, lowered, original_of
from etl.extract.word_trie import trie_alternation
from etl.reference import read_csv

_HELD_EN = r"(?:was|were|is|will be|has been)\s+(?:successfully\s+|grandly\s+|officially\s+)?" \
           rf"{held_verbs('en', 'held', 'hosted', 'opened', 'launched', form='transitive')}|" \
           rf"{held_verbs('en', 'held', 'opened', 'closed', form='intransitive')}"
_HELD_ZH = rf"{held_verbs('zh', 'held', 'opened', 'closed')}|在.{{1,20}}?{held_verbs('zh', 'held')}"
# Lower-case only: "Education Online" is a name, "held online" is a format.
# The leading lookaheads list every first character a branch can start with: the engine then
# skips other positions quickly; what matches is unchanged.
_ONLINE_EVENT = re.compile(r"(?=[hcotvw线以云])(?:"
                           rf"\b{held_verbs('en', 'held', 'hosted', 'conducted')}\s+(?:entirely\s+)?"
                           r"(?:online|virtually)\b|\b(?:online|virtual)\s+(?:forum|conference|"
                           r"summit|training|meeting|event|fair|expo|ceremony|seminar|workshop)\b|"
                           r"\bwebinar\b|线上举办|以线上(?:方式|形式)|云(?:端)?(?:举办|召开))")
_BOTH = re.compile(r"(?=[biovh线])(?:(?:both\s+)?(?:in[- ]person|offline|on[- ]site)\s+"
                   r"(?:and|&|or|\+)\s+(?:online|virtual)|(?:online|virtual)\s+(?:and|&|\+)\s+"
                   r"(?:offline|in[- ]person|on[- ]site)|线上线下|线上\s*[+＋与和]\s*线下|"
                   r"线下\s*[+＋与和]\s*线上|hybrid)", re.I)
_HELD_AFTER = re.compile(rf"\s+(?:{_HELD_EN})")
_HELD_SOON = re.compile(rf"[^.。]{{0,40}}?(?:{_HELD_EN}|{_HELD_ZH})")
_HEREINAFTER = re.compile(r"[\(（]\s*(?:hereinafter|以下简称)", re.I)
# Capitalised verbs of title-case headlines end a name ("… Conference Has Been Held").
_HEADLINE_VERB = r"(?:Has|Have|Had|Was|Were|Is|Are|Be|Been|Held|Holds|Opens|Opened|Kicks|" \
                 r"Kicked|Concludes|Concluded|Closes|Closed|Successfully|Will|During|Launched|" \
                 r"Launches|Takes|Took|Starts|Started|Ends|Ended|Attracts|Sees|Signs|Signed)"
_TITLE_WORD = r"(?:[A-Z0-9][\w’'&.-]*|of|and|for|on|the|in|&|at|de|between|to)"


@dataclass(frozen=True)
class _Keywords:
    en: re.Pattern
    zh: re.Pattern
    types: dict[str, str]
    en_alt: str
    the_en: re.Pattern


def _first_chars(words: list[str]) -> str:
    """A lookahead on the words' first characters: lets the regex engine skip other positions
    quickly (3x faster on long texts) and matches exactly what the alternation can match."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])" if words else ""


@lru_cache(maxsize=1)
def _keywords() -> _Keywords:
    rows = read_csv("event_types.csv")
    types = {r["keyword"].lower(): r["event_type"] for r in rows}
    en = sorted((r["keyword"] for r in rows if r["lang"] == "en"), key=len, reverse=True)
    zh = sorted((r["keyword"] for r in rows if r["lang"] == "zh"), key=len, reverse=True)
    # Prefix trees, not plain alternations: the engine then tries one branch per character
    # instead of every keyword at every position (2-3x faster on a long English text).
    en_alt, zh_alt = trie_alternation(en, space=" "), trie_alternation(zh)
    first = _first_chars(en)
    return _Keywords(re.compile(rf"\b{first}({en_alt})s?\b", re.I), re.compile(f"({zh_alt})"),
                     types, en_alt,
                     re.compile(rf"\b(?=t)the\s+({en_alt})\s+(?=for\s|on\s|of\s)", re.I))


def zh_event_keyword_at_end(words: str) -> int:
    """Where the event keyword ending Chinese `words` starts (产学媒合会 → 2), -1 if none does."""
    hits = list(_keywords().zh.finditer(words))
    return hits[-1].start() if hits and hits[-1].end() == len(words) else -1


def event_type_of(name: str) -> str | None:
    """The event type a name's own keyword says ("… Transfer Forum" → forum)."""
    kw = _keywords()
    hits = [m.group(1).lower() for m in kw.en.finditer(name)]
    hits += [m.group(1) for m in kw.zh.finditer(name)]
    return kw.types.get(hits[-1]) if hits else None


def name_keywords(name: str) -> list[str]:
    """The event keywords a name holds, in order, lower-cased (a Chinese name may hold English
    ones too: "2027某某新创 Demo Day")."""
    from etl.extract.text import view_of
    kw = _keywords()
    rxs = (kw.zh, kw.en) if has_cjk(name) else (kw.en,)
    return [m.group(1).lower() for rx in rxs for m in rx.finditer(view_of(name))]


@lru_cache(maxsize=4)
def _en_hits(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, keyword) of every English event keyword: counted and named from one scan.
    An award won ("won a CES Innovation Award", "獲…獎（… Awards）") is a prize, not a keyword."""
    not_before = _not_before()
    return tuple((m.start(), m.end(), m.group(1)) for m in _keywords().en.finditer(text)
                 if not (m.group(1)[:5].lower() == "award"
                         and _prize_before().search(text, max(0, m.start() - 60), m.start()))
                 and not (m.group(1).lower() in not_before
                          and not_before[m.group(1).lower()].match(text, m.end(1))))


@lru_cache(maxsize=1)
def _not_before() -> dict[str, re.Pattern]:
    """Keywords that are another word when followed by these words ("this day here shows what
    our partners can do": a verb, no trade show)."""
    return {r["keyword"].lower(): re.compile(r["not_before"], re.I)
            for r in read_csv("event_types.csv") if r.get("not_before")}


@lru_cache(maxsize=1)
def _prize_before() -> re.Pattern:
    """A prize verb earlier in the clause, with no "at the" (the gathering where it was won)
    between it and the award's name."""
    rows = read_csv("prize_verbs.csv")
    en = "|".join(r["verb"] for r in rows if r["lang"] == "en")
    zh = "|".join(r["verb"] for r in rows if r["lang"] == "zh")
    return re.compile(rf"(?:\b(?:{en})\b|{zh})(?:(?!\b(?:at|during)\s+the\b)[^.;。；,，\n]){{0,50}}$",
                      re.I)


def _type_counts(text: str) -> Counter:
    kw = _keywords()
    counts: Counter = Counter()
    for _start, _end, keyword in _en_hits(text):
        counts[kw.types[keyword.lower()]] += 1
    for m in kw.zh.finditer(text):
        counts[kw.types[m.group(1)]] += 1
    return counts


@dataclass(frozen=True)   # shared between the finders of one text (_candidates)
class _Candidate:
    name: str
    pos: int
    score: float


_JOINERS = {"of", "and", "for", "on", "in", "&", "the", "at", "to", "between", "de"}
_HEADLINE_VERBS = set(_HEADLINE_VERB[3:-1].split("|"))
_LEADING = {"On", "In", "At", "During", "From", "The", "This", "That", "A", "An", "Today", "Our",
            "Its", "Their", "His", "Her", "My"}
_MONTHS = month_words()
_TOKEN = re.compile(r"[^\s]+")
_WHEN_WORDS = _MONTHS | {m + "." for m in _MONTHS} | set(weekday_names())
_VENUE_NOUN = re.compile(r"\s+(?:Center|Centre|Hall|Park|Building|Pavilion|Plaza|Complex|Arena|"
                         r"Grounds|Square|Street|Road|Avenue)\b")
_BRACKETED_PLACE = re.compile(r"\([A-Z][\w'-]*(?: [A-Z][\w'-]*)?\)")
_AFTER_NAME = re.compile(r"(?:[ \t]+((?:19|20)\d\d))?(?:[ \t]*(\([A-Z][A-Za-z&]{1,12}\)))?")


def _name_word(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


def _words_before(text: str, pos: int) -> list[str]:
    """Capitalised words (with joiners) right before `pos` on the same line, nearest last."""
    line_start = text.rfind("\n", 0, pos) + 1
    toks = _TOKEN.findall(text[max(line_start, pos - 240):pos])
    out: list[str] = []
    for tok in reversed(toks):
        if _BRACKETED_PLACE.fullmatch(tok):  # "China (Changsha) Fair"
            out.append(tok)
            continue
        if tok[-1] in ",.;:!?)”\"" or tok[0] in "(“\"" or tok in ("the", "a", "an"):
            break
        if _name_word(tok) and tok not in _HEADLINE_VERBS:
            out.append(tok)
        elif tok in _JOINERS and out:
            out.append(tok)
        else:
            break
        if len(out) > 14:
            break
    out.reverse()
    while out and (out[0] in _JOINERS or out[0] in _LEADING or out[0] in _MONTHS
                   or _BRACKETED_PLACE.fullmatch(out[0])
                   or re.fullmatch(r"\d{1,2}", out[0])):
        out.pop(0)
    return out


def _words_after(text: str, pos: int) -> list[str]:
    """A complement "of/on/for Capitalised Words" right after an event keyword."""
    m = re.match(r"[ \t]+(of|on|for|with)[ \t]+", text[pos:pos + 8])
    if not m:
        return []
    out = [m.group(1)]
    toks = _TOKEN.findall(text[pos + m.end():pos + m.end() + 200])
    if toks and toks[0].rstrip(",.;:!?") in _WHEN_WORDS:
        return []   # "… Conclave on Friday", "… Forum on May 5": a date, not the name
    for tok in toks:
        word = tok.rstrip(",.;:!?")
        if word in _HEADLINE_VERBS or not (_name_word(word) or word in _JOINERS):
            break
        out.append(word)
        if word != tok or len(out) > 20:
            break
    while out and out[-1] in _JOINERS:
        out.pop()
    return out


def _en_candidates(text: str, in_title: bool) -> list[_Candidate]:
    kw = _keywords()
    out = []
    for m_start, m_end, _kw in _en_hits(text):
        keyword = text[m_start:m_end]
        if not keyword[:1].isupper() or _VENUE_NOUN.match(text, m_end):
            continue   # "Hangzhou International Expo Center" is a place, not the event
        before = _words_before(text, m_start)
        after = _words_after(text, m_end)
        end = m_end + (len(" ".join([""] + after)) if after else 0)
        if after:
            end = text.find(after[-1], m_end) + len(after[-1])
        tail = _AFTER_NAME.match(text, end)
        extra = "".join(f" {g}" if g and g[0].isdigit() else f" {g}" if g else ""
                        for g in tail.groups())
        # the words as written between the first and the last ("Techno-Fair", not "Techno- Fair")
        start = m_start - len(" ".join(before))
        if before and " ".join(text[start:m_start].split()) != " ".join(before):
            start = m_start
            for word in reversed(before):       # back over each word and the space before it
                start = text.rfind(word, 0, start)
        name = " ".join(text[start:end].split()) + extra
        if len(name.split()) < 2:
            continue
        out.append(_Candidate(name.strip(), start, 0.0))
    # "the meeting for Scientific and Technological Exchanges … was held"
    for m in kw.the_en.finditer(text):
        after = _words_after(text, m.end() - 1)
        if len(after) > 1 and _HELD_AFTER.match(text,
                                                text.find(after[-1], m.end()) + len(after[-1])):
            name = m.group(1)[:1].upper() + m.group(1)[1:] + " " + " ".join(after)
            out.append(_Candidate(name, m.start(1), 0.5))
    for m in _HEREINAFTER.finditer(text):
        # "… holding the international technology transfer training (hereinafter …)"
        words = _TOKEN.findall(text[max(0, m.start() - 160):m.start()])[-10:]
        while words and words[0].lower() not in ("the", "a", "an"):
            words.pop(0)
        phrase = " ".join(words[1:])
        if phrase and kw.en.search(phrase):
            out.append(_Candidate(phrase, m.start() - len(phrase) - 1, 2.0))
    return out


_ZH_STOP = "，。、：；“”‘’《》【】「」『』[]！？ \t\n,.;:!?于在由和与及是为将对从把以就据的"


# Stop characters that also start words inside names: 对接会, 对外交流, 和平.
_ZH_IN_NAME = frozenset({"对接", "对外", "和平"})
_ZH_NAME_OPENING = re.compile(r"(?:19|20)\d\d年|第[\d一二三四五六七八九十百]+[届次]")
_ZH_NAME_OPENING_BEFORE = re.compile(r"(?:(?:19|20)\d\d年?|第[\d一二三四五六七八九十百]+[届次])$")
# "我校举办2023年…培训班": the name starts after the verb that introduces it.
_ZH_LEAD_VERB = re.compile(rf"^.*(?:{held_verbs('zh', 'held', 'conducted', 'attended')}|"
                           r"主办|承办|组织|参与|赴[^\W\d_]?|前往|走进|访问)"
                           r"(?:了)?(?=\d|[^\W\d_]{2})")


# "本次系西湖论坛…": a deictic before the name is not part of it.
_ZH_LEAD_DEICTIC = re.compile(r"^(?:本次|此次|本届|这次|该)?(?:系|是|为)?(?=\S{3})")


_QUOTED = re.compile(r"[“「《][^”」》，。；,;\n]{2,40}[”」》]")
_HELD_HERE = re.compile(rf"(?:正式|隆重|成功)?(?:在[^，。；\n,;]{{1,20}}?)?{held_verbs('zh', 'held')}(?:了)?$")


def _ceremony_subject(text: str, at: int) -> re.Match | None:
    """The quoted subject of "“X”(在Y)举行揭牌仪式", the clause's last quoted phrase when only
    a place and the holding verb stand between it and the ceremony."""
    lo = max(text.rfind(c, 0, at) for c in "，。；！？\n,;!?") + 1
    found = None
    for q in _QUOTED.finditer(text, lo, at):
        found = q
    if found is None or not _HELD_HERE.search(text[found.end():at]):
        return None
    return found


_QUOTE_PAIRS = {"「": "」", "“": "”", "《": "》", "『": "』"}


def _open_quote_before(text: str, start: int, end: int) -> int | None:
    """The opening quote of a quotation that holds text[start:end] and closes right after it
    (at most 60 characters in all), else None."""
    for i in range(start - 1, max(-1, end - 60), -1):
        closing = _QUOTE_PAIRS.get(text[i])
        if closing:
            return i if text[end:end + 1] == closing else None
        if text[i] in "」”》』\n":
            return None
    return None


# "香港会议展览中心", "联席会议办公室", "…论坛（澳门）常设秘书处", "大会组委会": an event word
# inside a venue's or an office's name
# "在“校友项目路演”环节": a part of the programme named like an event is a part of one, not one;
# "市政协十五届五次会议第0123号提案": the session a proposal was filed at, not a reported event
_ZH_VENUE_AFTER = re.compile(r"(?:[（(][^（()）\n]{1,8}[)）])?(?:秘书处|常设秘书处|组委会|执委会|理事会)|"
                             r"中心|场馆|馆|厅|大厦|大楼|办公室|室(?!内)|[”」』\"]?环节|"
                             r"第[\d〇零一二三四五六七八九十百]+号(?:提案|议案|建议)")


# "（记者 杜娟）", "（中央社記者X台北28日電）", "(通讯员 李四)": a byline in brackets
_BYLINE_BRACKET = re.compile(r"[(（]\s*(?:[^()（）\n]{0,8}(?:记者|通讯员|实习生|特约|摄影)|"
                             r"[^()（）\n]{2,24}(?:电|讯))[^()（）\n]{0,30}[)）]")


def _past_byline(text: str, start: int, keyword: int) -> int:
    """Where a name starts when a bracketed byline stands between `start` and its keyword
    ("…电（记者 X）2024中关村论坛…"): right after the bracket."""
    close = max(text.rfind("）", start, keyword), text.rfind(")", start, keyword))
    if close < 0:
        return start
    opening = max(text.rfind("（", max(0, close - 40), close), text.rfind("(", max(0, close - 40), close))
    if opening >= 0 and _BYLINE_BRACKET.fullmatch(text, opening, close + 1):
        return close + 1
    return start


# The words a page's title ends with after the event's name and a second keyword
# ("…论坛会议议程", "…大会活动日程"): the second keyword belongs to them.
_AGENDA = ("议程", "日程")


def _zh_candidates(text: str) -> list[_Candidate]:
    kw = _keywords()
    out = []
    kw_ends: set[int] = set()
    for m in kw.zh.finditer(text):
        # "…创新论坛会议议程": 会议 heads the page's agenda title, not the forum's name
        agenda = m.start() in kw_ends and text.startswith(_AGENDA, m.end())
        kw_ends.add(m.end())
        if agenda or _ZH_VENUE_AFTER.match(text, m.end()):
            continue
        end = m.end()
        start = m.start()
        while start > 0 and (text[start - 1] not in _ZH_STOP
                             or text[start - 1:start + 1] in _ZH_IN_NAME) and m.end() - start < 40:
            start -= 1
        start = _past_byline(text, start, m.start())
        opening = _open_quote_before(text, start, m.end())
        if opening is not None:
            start = opening + 1     # 「知識產權及技術轉移研討會」: the quote holds the whole name
        elif start > 0 and text[start - 1] in "与和及":
            # "2023年中国—东盟技术转移与创新合作大会": past 与 when the part before it opens the
            # clause with the year or edition that names open with
            j = start - 1
            while j > 0 and text[j - 1] not in _ZH_STOP:
                j -= 1
            if _ZH_NAME_OPENING.match(text, j) and m.end() - j < 50:
                start = j
        if start > 0 and text[start - 1] in "」”》":
            # 「滬港技術轉移合作網絡」(SHK-TNN)啟動儀式: the quoted name belongs to it
            opening = text.rfind({"」": "「", "”": "“", "》": "《"}[text[start - 1]], 0, start - 1)
            if 0 <= opening and start - opening < 60:
                start = opening
        if text[start:start + 1] in ("“", "「"):
            # 2022“一带一路”国际技术转移大会: the year or edition before the quoted part
            lead = _ZH_NAME_OPENING_BEFORE.search(text, max(0, start - 12), start)
            if lead:
                start = lead.start()
        name = _ZH_LEAD_VERB.sub("", text[start:end]).strip("（）() ")
        name = _ZH_LEAD_DEICTIC.sub("", name)
        if len(name) - len(m.group(1)) < 2:
            subject = _ceremony_subject(text, m.start()) if name == m.group(1) else None
            if subject is None:
                continue
            # "“X基地”在长春举行揭牌仪式": the ceremony of the quoted subject
            start, name = subject.start(), subject.group() + name
            out.append(_Candidate(name, start, 1.0))
            continue
        quoted = start > 0 and text[start - 1] in "《“「『"
        out.append(_Candidate(name, start, 1.0 if quoted else 0.0))
    # "2024中关村论坛技术交易大会": a name running on past one keyword to another is one name,
    # headed by the last
    return [c for c in out if not any(o.pos == c.pos and len(o.name) > len(c.name)
                                      and o.name.startswith(c.name) for o in out)]


_HEADLINE_SEPARATOR = re.compile(r"\s[|｜]\s?|\s?[|｜]\s")


def _past_column_label(title: str, cands: list[_Candidate]) -> list[_Candidate]:
    """"成果转化·路演 | 第十二期…路演活动圆满举行": before a headline's last separator stands a
    column or series label; its candidates count only when the rest of the headline has none."""
    seps = list(_HEADLINE_SEPARATOR.finditer(title))
    if not seps:
        return cands
    cut = seps[-1].start()
    after = [c for c in cands if c.pos >= cut]
    return after if after else cands


def _named_in(name: str, title: str) -> bool:
    """Whether a quoted subject of `name` stands in the headline too."""
    q = _QUOTED.match(name)
    return bool(q) and len(q.group()) >= 6 and q.group()[1:-1] in title


# "The 2025 meeting will take place in Baltimore next fall", "下半年将在高雄园区举办第二场",
# "将于明年在里斯本举办第二届": a later edition or session, said in the future tense
NEXT_EDITION = re.compile(r"\bnext\s+(?:year|edition|meeting|session|fall|autumn|spring|summer|"
                          r"winter)\b|\bthe\s+following\s+year\b|明年|下届|下一届|下半年|"
                          r"下次|下一次|下一场|第二场", re.I)
ZH_FUTURE = re.compile(r"将|拟|计划|预计|预定")
_EN_FUTURE = re.compile(r"\bwill\b|\bto\s+be\s+held\b", re.I)


def of_a_later_edition(clause: str) -> bool:
    """Whether a clause tells of a later edition or session: a next-edition word and the
    future tense ("will take place … next fall", "将于明年…举办第二届")."""
    clause = re.split(r"[.。！？；;!?](?:\s|$)|[。！？；]", clause, maxsplit=1)[0]
    return bool(NEXT_EDITION.search(clause)
                and (ZH_FUTURE.search(clause) or _EN_FUTURE.search(clause)))
@lru_cache(maxsize=4)
def _candidates(body: str, original: str, in_title: bool) -> tuple[_Candidate, ...]:
    """The names of events `body` holds, Chinese ones first. find_event_name and
    find_other_events both read the text's: found once (keyed on the article's own characters
    too, as a View's are what the names are taken from)."""
    return tuple((_zh_candidates(body) if has_cjk(body) else []) + _en_candidates(body, in_title))


def _block_labels(*kinds: str, other_than: tuple[str, ...] = ()) -> list[str]:
    """The labels of event_block_labels.csv of these kinds (or of every kind but `other_than`),
    longest first, so that an alternation tries the longer of two overlapping labels first."""
    return sorted((r["label"] for r in read_csv("event_block_labels.csv")
                   if (r.get("kind") in kinds if kinds else r.get("kind") not in other_than)),
                  key=len, reverse=True)


@lru_cache(maxsize=1)
def block_label() -> re.Pattern:
    """A label line opening one event's block on an events page (event_block_labels.csv)."""
    labels = _block_labels(other_than=("side", "preview_list"))
    return re.compile(r"^[ \t]*(?:" + "|".join(re.escape(x) for x in labels) + r")[ \t]*[:：]?[ \t]*$",
                      re.I | re.M)


@lru_cache(maxsize=1)
def side_label() -> re.Pattern:
    """A label line opening a side event's block in a report ("■ 同期活动", "【配套活动】")."""
    labels = _block_labels("side")
    return re.compile(r"^[ \t]*[■□◆◇●○▲△※#*\-]*[ \t]*[【\[]?(?:"
                      + "|".join(re.escape(x) for x in labels)
                      + r")[】\]]?[ \t]*[:：]?[ \t]*$", re.I | re.M)


_BLOCK_DATE = re.compile(rf"(?:19|20)\d\d|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{month_alternation()}", re.I)


@lru_cache(maxsize=1)
def _preview_line() -> re.Pattern:
    """A line opening on a preview label of event_block_labels.csv written inline before the
    event's name: "二、活动预告：2027某某 Demo Day", "Upcoming event: …"."""
    labels = _block_labels("preview")
    return re.compile(r"[ \t]*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．][ \t]*)?(?:"
                      + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in labels)
                      + r")[ \t]*[:：]", re.I)


_NAME_YEAR = re.compile(r"(?:19|20)\d\d(?![\d年/.-])")


def event_blocks(text: str) -> list[tuple[str, int]]:
    """(name, start) of each event block of an events page: a label line ("PAST EVENT",
    "活动预告"), then the event's name alone on its line, a dated line within the next three."""
    return _blocks(text, block_label())


def side_blocks(text: str) -> list[tuple[str, int]]:
    """(name, start) of each side event's block in a report ("■ 同期活动", then the side
    event's name alone on its line, a dated line within the next three)."""
    return _blocks(text, side_label(), year_led=True)


def _blocks(text: str, label: re.Pattern, year_led: bool = False) -> list[tuple[str, int]]:
    """`year_led`: the name may open on its year ("2025西部高校成果路演"), not on a day."""
    if "\n" not in text:
        return []
    out = []
    for m in label.finditer(text):
        lines = [ln for ln in text[m.end():m.end() + 400].split("\n") if ln.strip()][:4]
        if len(lines) < 2:
            continue
        name = lines[0].strip()
        dated = _BLOCK_DATE.match(name)
        if len(name) > 100 or re.search(r"[.。!?！？;；]$", name) or (dated and not (
                year_led and _NAME_YEAR.match(name) and event_type_of(name))):
            continue
        if any(_BLOCK_DATE.search(ln) for ln in lines[1:4]):
            out.append((name, text.find(name, m.end())))
    return out


@lru_cache(maxsize=4)
def section_events(text: str) -> tuple[EventMention, ...]:
    """The event of each numbered item of a newsletter or review (numbered_sections.py), at
    its heading: the best event name in the item, else the heading's words ("嶺大與某協會簽署合作
    協議"), typed a signing when the item's verb is one."""
    from etl.extract.numbered_sections import event_sections
    from etl.extract.text import View, original_span, view_of
    out = []
    original = original_of(text)
    sections = event_sections(text)
    for sec in sections:
        page = None
        if sec.quoted is not None:
            # a numbered paragraph names its event in quotes ("（二）…合办「深港技术转移论坛」")
            name = original_span(text, *sec.quoted)
            etype = event_type_of(view_of(name)) or ("signing" if sec.signed else "other")
            out.append(EventMention(name, etype, sec.heading))
            continue
        body = View(original[sec.body:sec.end])
        named = [c for c in _candidates(body, original_of(body), False)
                 if not _ZH_COUNTED.match(c.name)]
        if named:
            name, etype = find_event_name(body, "")
            at = body.find(name)
            if at >= 0:
                # the item's name in the article's own characters, as every other mention of
                # it is written (專利授權簽約儀式, not the view's 专利授权签约仪式): one event
                name = original[sec.body + at:sec.body + at + len(name)]
        else:
            name, etype = original_span(text, *sec.title), None
            if text.endswith("场", 0, sec.title[1]):
                page = _page_event(text, sections[0].heading)
            if page is not None:
                # "一、北部场" under a notice of "「2027X培训班」北部场、南部场": a leg of the page's
                # event, named and typed by it
                name, etype = f"{page[0]}（{name}）", page[1]
        etype = etype or event_type_of(view_of(name)) or ("signing" if sec.signed else "other")
        out.append(EventMention(name, etype, sec.heading, leg=page is not None))
    return tuple(out)


def _page_event(text: str, first: int) -> tuple[str, str | None] | None:
    """(name, type) of the event the page names before its first numbered item (at
    `first`), else None."""
    from etl.extract.text import View, original_span
    head = View(original_of(text)[:first])
    named = [c for c in _candidates(head, original_of(head), False) if not _ZH_COUNTED.match(c.name)]
    if not named:
        return None
    name, etype = find_event_name(head, "")
    at = text.find(name)
    return (original_span(text, at, at + len(name)) if at >= 0 else name), etype


def _previewed(text: str, pos: int) -> re.Match | None:
    """The preview label ("二、活动预告：", "Upcoming event:") that opens the line the name
    stands on: an event still to come, announced beside the one the page reports."""
    line = text.rfind("\n", 0, pos) + 1
    m = _preview_line().match(text, line, pos)
    if m and m.end() <= pos:
        return m
    if not _LIST_ITEM.match(text, line, pos):
        return None
    # "Upcoming" above "- X Annual Conference – Charlottetown, fall 2025": an item of a list of
    # events to come, the heading a few item lines up
    for _ in range(8):
        if line == 0:
            return None
        line = text.rfind("\n", 0, line - 1) + 1
        end = text.find("\n", line)
        if not _LIST_ITEM.match(text, line, end):
            return _preview_heading().fullmatch(text, line, end)
    return None


_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•·*▪]|\d{1,2}[.)])[ \t]+")


@lru_cache(maxsize=1)
def _preview_heading() -> re.Pattern:
    """A heading line of events to come over a list (event_block_labels.csv, preview and
    preview_list): "Upcoming", "Upcoming events:"."""
    labels = _block_labels("preview", "preview_list")
    return re.compile(r"[ \t]*(?:" + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in labels)
                      + r")[ \t]*[:：]?[ \t]*", re.I)


def find_event_name(text: str, title: str = "") -> tuple[str, str | None]:
    """(name, event_type) of the article's main event; the headline when nothing better.
    On an events page, the first block's event; in a newsletter of numbered items that each
    report an event, the first item's."""
    blocks = event_blocks(text)
    if blocks:
        from etl.extract.text import original_span
        name, start = blocks[0]
        return original_span(text, start, start + len(name)), event_type_of(name)
    items = section_events(text)
    if items:
        return items[0].name, items[0].event_type
    counts = _type_counts(text)
    best: _Candidate | None = None
    best_score = -1.0
    for source, body, in_title in ((title, title, True), (text, text, False)):
        if not source:
            continue
        cands = list(_candidates(body, original_of(body), in_title))
        if in_title:
            cands = _past_column_label(body, cands)
        for c in cands:
            if _ZH_COUNTED.match(c.name):
                continue   # "6家厂商签约", "两场路演": a count of what happened, not a name
            if not in_title and _in_caption(body, c.pos):
                continue   # "（一）校长与主礼嘉宾主持论坛开幕仪式": a photo's caption names no event
            etype = event_type_of(c.name)
            score = c.score + (3.0 if in_title else 0.0) + min(counts.get(etype, 0), 8) * 0.5
            if _previewed(body, c.pos):
                score -= 4.0   # "二、活动预告：2027某某 Demo Day": a newsletter's coming item
            after = body[c.pos + len(c.name): c.pos + len(c.name) + 80]
            if _HELD_SOON.match(after) and not of_a_later_edition(after):
                score += 2.0
            lead = body[max(0, c.pos - 40):c.pos]
            cut = max(lead.rfind(p) for p in "。！？\n")
            if of_a_later_edition(lead[cut + 1:] + c.name + after):
                score -= 4.0   # "明年，第五届X将在仁川举办": the next edition, not this one
            score -= c.pos / max(len(body), 1)  # earlier is likelier the subject
            if not in_title and title and _named_in(c.name, title):
                score += 2.0      # the headline names its subject ("“X基地”在长春揭牌")
            if not in_title and _on_event_field(body, c.pos):
                score += 4.0      # "Event: Heartland Tech Transfer Workshop": the page says so
            if score > best_score:
                best, best_score = c, score
    if best is None:
        fallback = next(iter((title.strip() or text.strip()).splitlines()), "")
        etype = counts.most_common(1)[0][0] if counts else None
        head = re.split(r"\s*[:：|]\s+", fallback, maxsplit=1)[0]
        if head != fallback and len(head.split()) >= 2 and head in text[len(fallback):]:
            # "Innovation Days 2024: Fraunhofer and Bosch showcase …": the name before the
            # colon, which the story repeats
            fallback = head
        elif len(fallback) > 120:
            # no headline, the article's first paragraph: what it says the event is
            fallback = _described(fallback) or fallback[:120]
        return fallback[:200], etype
    return best.name, event_type_of(best.name)


def _in_caption(text: str, pos: int) -> bool:
    # imported here: dates reads event_names' block labels
    from etl.extract.dates import in_caption
    return in_caption(text, pos)


@lru_cache(maxsize=1)
def _event_field() -> re.Pattern:
    """The label of a field line naming the page's event, up to its colon ("Event:", "活动名称：";
    page_labels.csv, kind event_field), ending where the name starts."""
    labels = sorted((r["label"] for r in read_csv("page_labels.csv")
                     if r.get("kind") == "event_field"), key=len, reverse=True)
    return re.compile(r"^[ \t\u3000]*(?:" + "|".join(re.escape(x).replace(r"\ ", r"\s+")
                                                   for x in labels)
                      + r")[ \t\u3000]*[:：][ \t\u3000]*$", re.I)


def _on_event_field(text: str, pos: int) -> bool:
    """Whether the name at `pos` opens the value of an event field line ("Event: X")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return pos - line_start <= 24 and bool(_event_field().match(text[line_start:pos]))


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "our", "his", "her"})


def _described(paragraph: str) -> str | None:
    """"A technology licensing training course for 45 officials … was held …" → "Technology
    licensing training course": the first event noun of the first sentence and the words that
    qualify it, back to its article."""
    sentence = re.split(r"(?<=[.!?。！？])\s", paragraph, maxsplit=1)[0]
    for start, end, _kw in _en_hits(sentence):
        mods: list[str] = []
        for word in reversed(sentence[:start].split()):
            if word.lower() in _DETERMINERS or not re.fullmatch(r"[\w-]+", word) or len(mods) == 4:
                break
            mods.append(word)
        phrase = " ".join([*reversed(mods), sentence[start:end]])
        return phrase[:1].upper() + phrase[1:]
    return None


def find_format(text: str) -> str | None:
    """in_person | online | hybrid when the text says so; None when it says nothing."""
    # Every match holds one of these words: most texts skip the full scans.
    low = lowered(text)
    if (low is None or any(w in low for w in _BOTH_WORDS) or "线上" in text) \
            and _BOTH.search(text):
        return "hybrid"
    if any(w in text for w in _ONLINE_WORDS) and _ONLINE_EVENT.search(text):
        return "online"
    return None


_BOTH_WORDS = ("online", "virtual", "hybrid")
_ONLINE_WORDS = ("online", "virtual", "webinar", "线上", "云")


@dataclass(frozen=True)
class EventMention:
    """An event the text reports as taking place, besides the article's main one."""
    name: str                 # in the article's own characters
    event_type: str
    start: int                # offset of the name in the text
    # an event announced for later inside another's report: only its own sentence is its
    sentence_only: bool = False
    # told as the day after (+1) or before (-1) the main event ("On the following day, …")
    day_offset: int = 0
    # told beside the main event ("同日下午，", "On the sidelines of the X,"): held on its day
    # unless it gives a day of its own
    same_day: bool = False
    # an event announced in a paragraph of the report ("On 9 July, the campus will host …"): its
    # paragraph is its, what follows is the event's told before it
    paragraph: bool = False
    # a leg of the page's event (a notice's "一、北部场"): what the page says before its first
    # item (its organisers' labelled lines) is every leg's
    leg: bool = False
    # a signing told on a weekday anywhere in a sentence ("… signed an agreement with X on
    # Thursday"): an event of its own only when that day is not one of the main event's
    # (events._section_events judges once both days are read)
    weekday: bool = False


# A secondary event must be said to take place: a holding verb right after its name ("…会议也
# 在同日于…召开", "… Workshop was held on …") or before it ("同一场地亦举行了「…」", "NEPAD
# also organized an international workshop entitled …", "Participants also joined the …").
_OCCURS_AFTER_ZH = re.compile(rf"[^。；！？\n]{{0,25}}?{held_verbs('zh', 'held', 'opened', 'launched', 'closed')}")
_OCCURS_BEFORE_ZH = re.compile(rf"{held_verbs('zh', 'held', 'opened', 'launched', 'attended')}(?:了|的)?[“「《\"]?$")
# "X期间", "作为X的重头戏", "在X上": the text happens inside X, a parent event (not annotated
# as an event of its own), or X is the place (…国际会议中心).
_INSIDE_ZH = re.compile(r"[”」》\"]?(?:期间|之际|框架|板块|上|中心|室|厅|楼|馆|展区|现场)")
_OCCURS_AFTER_EN = re.compile(
    r"[^.;]{0,80}?\b(?:(?:was|were|is|has\s+been)\s+(?:also\s+)?(?:successfully\s+)?"
    rf"{held_verbs('en', 'held', 'hosted', 'opened', 'launched', form='transitive')}|"
    rf"{held_verbs('en', 'held', 'ran', form='intransitive')})\b"
    rf"|\s+(?:{held_verbs('en', 'held', 'hosted', 'opened', form='transitive')}|"
    rf"{held_verbs('en', 'ran', form='intransitive')})\s+(?:its|their)\b", re.I)
_OCCURS_BEFORE_EN = re.compile(
    rf"\b(?:{held_verbs('en', 'held', 'hosted', 'opened', 'launched', 'attended', form='transitive')}|"
    rf"{held_verbs('en', 'ran', form='intransitive')})\s+(?:also\s+)?"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:entitled|titled|called|named)?\s*[\"“]?$", re.I)
# Another time: a future or a past gathering is not one this article reports ("自2022年首期
# 培训班开班以来": the start of a series, told as the point a total counts from).
# (将与…共同举办, 计划于今年9月…举办, 届时: an event still to come, announced in passing)
_ANOTHER_TIME = re.compile(r"将于|将在|将(?:与|和|同|共同|联合|再|继续)|(?:计划|拟|预计|预定)(?:于|在)|届时|"
                           r"明年|下届|下一届|上届|去年|曾于|以来|\bwill\b|\bnext\s+year\b|"
                           r"\blast\s+year\b|\bprevious\b|\bupcoming\b|\bsince\b", re.I)
# A backdrop, not an occurrence: "at the X jointly held by …", "in the framework of X".
_BACKDROP = re.compile(r"\b(?:at|during|on\s+the\s+sidelines\s+of|in\s+the\s+framework\s+of)"
                       r"\s+(?:the\s+)?$", re.I)
_ENTITLED = re.compile(r"\b(?:an?|the)\s+((?:[\w-]+\s+){0,3}?(?:%s))(?:\s+(?:entitled|titled|called|"
                       r"named|on)\s+|,\s*)[\"“]([^\"”]{5,120}?),?[\"”]", re.I)


def find_other_events(text: str, main_name: str) -> list[EventMention]:
    """Events the text reports besides the main one, in order of mention."""
    from etl.extract.text import original_span, sentence_at, view_of
    kw = _keywords()
    cands = [(c.name, c.pos) for c in _candidates(text, original_of(text), False)]
    entitled = re.compile(_ENTITLED.pattern % kw.en_alt, re.I)
    for m in entitled.finditer(text):
        cands.append((f"{m.group(1).strip().title()} on \"{m.group(2)}\"", m.start(1)))
    if '"' in text or "“" in text:
        for m in _quoted_gathering().finditer(text):
            if _OWN_DAY_EN.search(sentence_at(text, m.start(), m.end())):
                cands.append((m.group(), m.start()))
    out: list[EventMention] = []
    # A headline names the article's event in short ("X媒合會 促成技轉…"); when the body never
    # repeats that short name, the body's first name of the same type is its full name.
    short_head = _headline_only_head(text, main_name)
    full_names: list[str] = []   # the body's full name of a headline's short one
    for name, pos in sorted(cands, key=lambda c: c[1]):
        start = text.find(name, pos)
        end = start + len(name) if start >= 0 else pos + len(name)
        if start < 0:
            start = pos
        label = _previewed(text, start)
        if label:
            # "二、活动预告：2027某某 Demo Day": the rest of the label's line is the name
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            if line_end - label.end() <= 60:
                name, start, end = text[label.end():line_end].strip(), label.end(), line_end
                start = text.find(name, start)
        if short_head and start > _headline_end(text, main_name) and \
                event_type_of(name) == short_head:
            short_head = None
            full_names.append(name)
            continue
        if _same_event(name, main_name) or any(_same_event(name, o) for o in full_names) or \
                any(_same_event(name, o.name) for o in out):
            continue
        etype = event_type_of(name) or ("other" if _quoted_gathering().fullmatch(name) else None)
        if etype is None or not _named(name) or not (label or _occurs(text, start, end)) or \
                _is_parent(text, name, start, end) or _in_caption(text, start):
            continue
        sentence = sentence_at(text, start, end)
        if (_ANOTHER_TIME.search(sentence) and not label) or \
                view_of(main_name) in view_of(sentence):
            continue   # a previewed event ("二、活动预告：…") is one the page announces
        written = original_span(text, start, end) if text.startswith(name, start) else name
        out.append(EventMention(written, etype, start))
    for name, start in event_blocks(text)[1:]:
        written = original_span(text, start, start + len(name))
        out.append(EventMention(written, event_type_of(name) or "other", start))
    items = section_events(text)
    if items:
        # each numbered item's event owns its item from the heading on; a mention of it
        # inside the item is the same event
        out = [o for o in out if not any(_same_event(o.name, it.name) for it in items)]
        out += list(items[1:])
    for name, start in side_blocks(text):
        if not any(o.start == start for o in out) and not _same_event(name, main_name):
            written = original_span(text, start, start + len(name))
            out.append(EventMention(written, event_type_of(name) or "other", start))
    for name, start in _announced_next_day(text):
        if not any(o.start == start for o in out) and view_of(name) != view_of(main_name):
            out.append(EventMention(name, event_type_of(name) or "other", start))
    for name, start in _series_legs(text, main_name):
        if not any(o.start <= start < o.start + len(o.name) for o in out):
            out.append(EventMention(name, "other", start, sentence_only=True))
    for name, start in _announced_later(text):
        if not any(o.start == start for o in out) and not _same_event(name, main_name):
            out.append(EventMention(name, event_type_of(name) or "other", start,
                                    sentence_only=True))
    for name, start in (_announced_later_en(text, cands) if " will " in text else ()):
        if not any(o.start <= start < o.start + len(o.name) or _same_event(name, o.name)
                   for o in out) and not _same_event(name, main_name):
            out.append(EventMention(name, event_type_of(name) or "other", start,
                                    paragraph=True))
    for mention in relative_day_events(text, main_name):
        told = [k for k, o in enumerate(out)
                if o.start <= mention.start < o.start + max(len(o.name), 1) or
                mention.start <= o.start < paragraph_end(text, mention.start)]
        if not told:
            out.append(mention)
        elif len(told) == 1 and not (out[told[0]].day_offset or out[told[0]].same_day):
            # "次日（28日），由A主办的X培训班开班": the event named in the paragraph is held on
            # the day its opener tells
            out[told[0]] = replace(out[told[0]], day_offset=mention.day_offset,
                                   same_day=mention.same_day)
    return sorted(out, key=lambda o: o.start)


def paragraph_end(text: str, at: int) -> int:
    """Where the paragraph holding `at` ends (its line break, else the text's end)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# A paragraph opening on a day of its own told against the main event's or the dateline's ("On
# the following day,", "On the eve of NEULAND, on 16 September,", "Yesterday,", "On Monday,",
# "论坛翌日（9月18日），"), or beside it ("同日下午，", "Later that day,", "圆桌会议结束后，", "After
# the forum closed,", "On the sidelines of X on Wednesday evening," — relative_days.csv kinds
# part_of_day, alongside, sidelines): what it tells of is another event when it is a signing or
# a gathering named by its kind, and not the main event again.
@lru_cache(maxsize=1)
def _relative_opener() -> tuple[re.Pattern, re.Pattern]:
    after, before = relative_days("en", "day_after"), relative_days("en", "day_before")
    en = re.compile(rf"^[ \t]*(?:On\s+)?(?:the\s+)?(?:(?P<after>{after})|(?P<before>{before}))\b"
                    rf"(?:\s+of\s+[^,\n]{{1,60}})?\s*,|"
                    rf"^[ \t]*(?:{relative_days('en', 'yesterday')}|"
                    rf"On\s+(?:{'|'.join(weekday_names())}))\b\s*,|"
                    # "Later that day,", "That afternoon,", "On the sidelines of the summit on
                    # Wednesday evening,", "After the forum closed,": beside the main event
                    rf"^[ \t]*(?P<same>(?:Later\s+)?(?:that|the\s+same)\s+"
                    rf"(?:day|{relative_days('en', 'part_of_day')})\b|"
                    rf"{relative_days('en', 'alongside')}\b|"
                    rf"(?P<sidelines>{relative_days('en', 'sidelines')})\b)[^,\n]{{0,60}},",
                    re.I | re.M)
    zh = re.compile(rf"^[ \t]*[\u4e00-\u9fff]{{0,8}}?(?:(?P<after>{relative_days('zh', 'day_after')})|"
                    rf"(?P<before>{relative_days('zh', 'day_before')}))\s*"
                    r"(?:[（(][^）)\n]{1,16}[)）])?\s*[，,]|"
                    # "同日下午，", "当天晚上，" (a later slot of the day told), "圆桌会议结束后，"
                    rf"^[ \t]*(?P<same>(?:{relative_days('zh', 'same_day')})"
                    rf"(?:{relative_days('zh', 'part_of_day')})|{relative_days('zh', 'alongside')})"
                    r"\s*[，,]", re.M)
    return en, zh


# the object of a signing ends at its first preposition or clause mark ("signed a framework
# agreement on joint research …" → "framework agreement")
_SIGNED_OBJECT_EN = re.compile(r"\bsigned\s+(?:an?|the|their|its)\s+(?P<obj>[\w'’-]+(?:\s+(?!(?:on|"
                               r"with|for|at|in|to|between|under|worth|covering|that|which|"
                               r"and|of)\b)[\w'’-]+){0,4})", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")
_PART_OF_DAY_EN = re.compile(rf"\b{relative_days('en', 'part_of_day')}\b", re.I)


def relative_day_events(text: str, main_name: str) -> list[EventMention]:
    """The events told in a paragraph of their own that opens on a day relative to the main
    event's or the dateline's (_relative_opener): a signing ("On the following day, A and B
    signed a research agreement" → "Signing of the research agreement") or a gathering named by
    an event keyword with a verb saying it took place ("On Monday, a three-day training course …
    began at …"). The main event must be named before it, and the paragraph's sentence (past
    its opener) must not name it again ("On Monday, the forum heard …")."""
    en, zh = _relative_opener()
    main_at = text.find(main_name) if main_name else -1
    main_words = set(name_keywords(main_name)) if main_name else set()
    out: list[EventMention] = []
    for rx, lang in ((en, "en"), (zh, "zh")):
        if lang == "zh" and not has_cjk(text):
            continue
        for m in rx.finditer(text):
            if main_at < 0 or m.start() <= main_at:
                continue
            stop = _SENTENCE_END.search(text, m.end())
            rest = text[m.end():stop.start() if stop else len(text)]
            low = rest.lower()
            if _names_in(main_name, rest) or any(w in low for w in main_words):
                continue
            if lang == "en" and m.group("sidelines") and not (
                    _OWN_DAY_EN.search(m.group()) or _PART_OF_DAY_EN.search(m.group())):
                continue   # signed on the sidelines, at no time of its own: part of the event
            offset = 1 if m.group("after") else -1 if m.group("before") else 0
            mention = _signing_told(text, rest, m.end(), lang) or \
                _gathering_told(text, rest, m.end(), lang)
            if mention is not None:
                name, etype, at = mention
                out.append(EventMention(name, etype, m.start() if etype == "signing" and
                                        lang == "en" else at, day_offset=offset,
                                        same_day=bool(m.group("same"))))
    if main_at >= 0 and "signed" in text:
        out += _weekday_signings(text, main_name, main_words, out)
    return out


def _weekday_signings(text: str, main_name: str, main_words: set[str],
                      found: list[EventMention]) -> list[EventMention]:
    """Signings told on a weekday anywhere in a sentence that does not name the main event
    ("… after the institution signed an agreement with X on Thursday."), before or after the
    main event's name: candidates that events keep only when the day is not the main event's."""
    out: list[EventMention] = []
    for w in _on_weekday().finditer(text):
        lo = max(text.rfind("\n", 0, w.start()),
                 max((e.end() - 1 for e in _SENTENCE_END.finditer(text, max(0, w.start() - 400),
                                                                 w.start())), default=-1)) + 1
        stop = _SENTENCE_END.search(text, w.end())
        hi = stop.start() if stop else len(text)
        sentence = text[lo:hi]
        if "signed" not in sentence or _names_in(main_name, sentence) or \
                any(word in sentence.lower() for word in main_words) or \
                any(lo <= o.start < hi for o in found + out):
            continue
        mention = _signing_told(text, sentence, lo, "en")
        if mention is not None:
            out.append(EventMention(mention[0], "signing", mention[2], weekday=True))
    return out


@lru_cache(maxsize=1)
def _on_weekday() -> re.Pattern:
    return re.compile(rf"\bon\s+(?:{'|'.join(weekday_names())})\b", re.I)


def _names_in(name: str, clause: str) -> bool:
    """Whether the clause names the event `name` again."""
    return bool(name) and name.lower() in clause.lower()


def _signing_told(text: str, rest: str, at: int, lang: str) -> tuple[str, str, int] | None:
    """(name, 'signing', start) when the clause tells of a signing."""
    from etl.extract.text import original_span
    if lang == "en":
        m = _SIGNED_OBJECT_EN.search(rest)
        if m is None:
            return None
        obj = original_span(text, at + m.start("obj"), at + m.end("obj"))
        return f"Signing of the {obj}", "signing", at + m.start()
    m = re.search(held_verbs("zh", "signed"), rest)
    if m is None:
        return None
    # the clause of the signing, from its counterpart (与/和…) to the end: "与X签署合作备忘录"
    lo = max(rest.rfind(c, 0, m.start()) for c in "，,；") + 1
    party = re.search(r"[与和同]", rest[lo:m.start()])
    lo = lo + party.start() if party else lo
    hi = re.search(r"[，,；。]|$", rest[m.end():])
    end = m.end() + (hi.start() if hi else 0)
    return original_span(text, at + lo, at + end), "signing", at + lo


def _gathering_told(text: str, rest: str, at: int, lang: str) -> tuple[str, str, int] | None:
    """(name, type, start) when the clause names a gathering by its kind and says it took
    place: "a three-day training course for 34 officers began at …" → "three-day training
    course"."""
    from etl.extract.text import original_span
    kw = _keywords()
    held = re.compile(rf"\b{held_verbs('en', 'held', 'hosted', 'conducted', 'opened', 'began')}\b"
                      if lang == "en" else held_verbs("zh", "held", "opened"), re.I)
    if not held.search(rest):
        return None
    k = (kw.en if lang == "en" else kw.zh).search(rest)
    if k is None:
        return None
    etype = kw.types.get(k.group(1).lower())
    if etype is None:
        return None
    if lang == "en":
        # the name runs back from the keyword to its article ("a three-day training course")
        art = None
        for a in re.finditer(r"\b(?:an?|the)\s+", rest[:k.start()]):
            art = a
        lo = art.end() if art is not None and k.start() - art.end() <= 50 else k.start()
    else:
        lo = max(rest.rfind(c, 0, k.start()) for c in "，,；了") + 1
    return original_span(text, at + lo, at + k.end()), etype, at + lo


# "明（29）日將在台南…舉辦「2024X日」南部場，由A承辦、B協辦": an event announced for the day after
# the article's, with its own day and its own organisers or its own leg of a series
_NEXT_DAY_ZH = re.compile(r"明\s*[（(]\s*\d{1,2}\s*[)）]\s*日")
_ANNOUNCED_ZH = re.compile(rf"[^。；！？\n]{{0,40}}?{held_verbs('zh', 'held')}\s*"
                           r"(?P<q>[「“《『][^」”》』\n]{2,40}[」”》』])"
                           r"(?P<leg>\s*[\u4e00-\u9fff]{1,3}场)?(?P<rest>[^。；！？\n]{0,60})")
_OWN_ORGANISERS_ZH = re.compile(r"由[^。；！？\n]{2,40}?(?:主办|承办|协办|举办)")


# "將於明年1月14日在深圳的X舉辦一場科研成果路演，…並由Y承辦": a later event with its full day,
# its own place and its own organisers, named by its kind
_NEXT_YEAR_DAY_ZH = re.compile(r"(?:将于|将在|将)\s*明年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_ANNOUNCED_PLAIN_ZH = re.compile(rf"[^。；！？\n]{{0,40}}?{held_verbs('zh', 'held')}\s*(?:了)?"
                                 r"(?:一场|一次|首场|首次)?(?P<n>[\u4e00-\u9fff]{2,14})"
                                 r"(?P<rest>[^。\n]{0,80})")


def _announced_next_day(text: str) -> list[tuple[str, int]]:
    """(name, start) of each event announced for a day of its own after the article's:
    "明（29）日將在台南六甲院區舉辦「…」南部場，由…承辦" (a quoted name with a leg of a series
    or its own organisers), "將於明年1月14日在深圳…舉辦一場科研成果路演，…由Y承辦" (a name ending
    in an event's kind, with its own organisers)."""
    from etl.extract.text import original_span
    out = []
    for day in (_NEXT_DAY_ZH.finditer(text) if "明" in text else ()):
        m = _ANNOUNCED_ZH.match(text, day.end())
        if m is None or not (m.group("leg") or _OWN_ORGANISERS_ZH.search(m.group("rest"))):
            continue
        end = m.end("leg") if m.group("leg") else m.end("q")
        out.append((original_span(text, m.start("q"), end), m.start("q")))
    for day in (_NEXT_YEAR_DAY_ZH.finditer(text) if "明年" in text else ()):
        m = _ANNOUNCED_PLAIN_ZH.match(text, day.end())
        if m is None or not _OWN_ORGANISERS_ZH.search(m.group("rest")):
            continue
        kind = None
        for k in _keywords().zh.finditer(m.group("n")):
            kind = k   # the last keyword ends the name ("科研成果路演")
        if kind is None or kind.end() < 2:
            continue
        start = m.start("n")
        out.append((original_span(text, start, start + kind.end()), start))
    return out


# "第二场对接会将于11月12日移师佛山顺德举行，由佛山市科学技术局主办": a later event, the subject of a
# future-tense clause with its own month or day; "明年3月在海口举办的第二届X大赛，大赛拟设奖金50万元":
# one named after its own month and holding verb. Either needs its own organisers or its own money
# in the sentence ("下一场活动计划于明年1月举办" alone is a plan, not an event).
# "「X說明會」訂於115年12月22日…舉行": a notice's session scheduled (订于/定于) for a day of a
# year written out (a Minguo year too).
_LATER_ZH = re.compile(r"(?:将于|将在|计划于|拟于|订于|定于)\s*(?:明年|今年|(?:民国)?\d{3,4}\s*年)?\s*"
                       r"\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?")
_MONTH_THEN_HELD_ZH = re.compile(rf"明年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?[^。，；！？\n]{{0,20}}?"
                                 rf"{held_verbs('zh', 'held', 'opened')}的(?P<n>[^，。；！？\n]{{2,30}})")
_CLAUSE_END_ZH = re.compile(r"[。；！？\n]")


def _announced_later(text: str) -> list[tuple[str, int]]:
    """(name, start) of each later event a text announces with its own month and its own
    organisers or money (see _LATER_ZH)."""
    from etl.extract.text import original_span
    if "将" not in text and "明年" not in text and "订于" not in text and "定于" not in text:
        return []
    held = re.compile(held_verbs("zh", "held", "opened"))
    out = []
    for m in _LATER_ZH.finditer(text):
        lo = max(text.rfind(c, max(0, m.start() - 40), m.start()) for c in "，,。；！？\n") + 1
        subject = text[lo:m.start()].rstrip()
        cut = subject.rfind("的")
        start = lo + cut + 1 if cut >= 0 else lo
        subject = text[start:lo + len(subject)]
        q = re.search(r"[「“《『]([^」”》』]{2,30})[」”》』]$", subject)
        if q:
            start, subject = start + q.start(1), q.group(1)
        elif m.group().startswith(("订于", "定于")):
            continue   # "大会定于12月15日举办": the article's own event, scheduled; a notice's
            #            other session is named in quotes (「X說明會」訂於…)
        sentence = _sentence_after(text, m.end())
        if held.search(sentence) and _own_facts(text[lo:m.start()] + sentence):
            end = _kind_end(subject)
            if end == len(subject):
                out.append((original_span(text, start, start + end), start))
    for m in (_MONTH_THEN_HELD_ZH.finditer(text) if "明年" in text else ()):
        end = _kind_end(m.group("n"))
        if end and _own_facts(_sentence_after(text, m.start("n") + end)):
            start = m.start("n")
            out.append((original_span(text, start, start + end), start))
    return out


# "※ 波士頓場（4月15日）另行公告", "南部場是經濟部主辦，預定4月22日在高雄展覽館": another leg of a
# series, named by its city or its part of the country and 场, with a day of its own in its
# sentence (纽约场 in "去年纽约场与本场合计…" has none: a past leg's figure, no event)
_LEG_REGION_ZH = re.compile(r"[东南西北中]部")
_MONTH_DAY_ZH = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")


def _series_legs(text: str, main_name: str) -> list[tuple[str, int]]:
    """(name, start) of each other leg of a series the text gives a day of its own."""
    from etl.extract.text import original_span
    if "场" not in text or "月" not in text:
        return []
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for i in positions_of(text, "场"):
        p = _leg_place(text, i)
        if p is None or p in seen or p + "场" in main_name:
            continue
        a = max(text.rfind(c, 0, i) for c in "。；！？\n") + 1
        z = min((j for j in (text.find(c, i) for c in "。；！？\n") if j >= 0), default=len(text))
        if _MONTH_DAY_ZH.search(text, a, z):
            seen.add(p)
            out.append((original_span(text, i - len(p), i + 1), i - len(p)))
    return out


def _leg_place(text: str, i: int) -> str | None:
    """The city or part of the country right before the 场 at `i` ("波士顿", "南部"), else
    None."""
    from etl.places.mentions import find_places
    for k in (2, 3, 4):
        p = text[max(0, i - k):i]
        if len(p) < k or not all("\u4e00" <= c <= "\u9fff" for c in p):
            return None
        if _LEG_REGION_ZH.fullmatch(p):
            return p
        places = find_places(p)
        if places and places[0].start == 0 and places[0].end == k and places[0].place.city:
            return p
    return None


# "On Thursday 9 July 2026, the campus will host an IP Masterclass …, organised by X", "… the
# 2026 Y Summit, which will take place September 27–30, 2026, in Omaha, hosted by Z": a later
# event announced in a sentence with its own day and its own organisers (as _LATER_ZH)
_FUTURE_EN = re.compile(r"\bwill\s+(?:take\s+place|be\s+(?:held|hosted|organi[sz]ed|run)|host|hold|"
                        r"organi[sz]e|stage|run|convene)\b", re.I)
_OWN_ORGANISERS_EN = re.compile(r"\b(?:organi[sz]ed|hosted|convened|run)\s+by\b|\bin\s+(?:"
                                r"cooperation|partnership|collaboration)\s+with\b", re.I)


@lru_cache(maxsize=1)
def _day_en() -> re.Pattern:
    month = month_alternation()
    return re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\b|\b{month}\.?\s+\d{{1,2}}\b",
                      re.I)


def _announced_later_en(text: str, cands: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """(name, start) of each later event announced in an English sentence with a future verb,
    a day and month of its own and its own organisers: a name the text gives it (a candidate
    in the sentence), else its kind back to its article ("an IP Masterclass" → "IP
    Masterclass")."""
    from etl.extract.text import original_span
    out = []
    for m in _FUTURE_EN.finditer(text):
        lo = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 300),
                                                         m.start())), default=0)
        stop = _SENTENCE_END.search(text, m.end())
        hi = stop.start() if stop else len(text)
        sentence = text[lo:hi]
        if not (_day_en().search(sentence) and _OWN_ORGANISERS_EN.search(sentence)):
            continue
        named = [(n, p) for n, p in cands if lo <= p < hi and event_type_of(n) and _named(n)]
        if named:
            out.append(named[0])
            continue
        k = _keywords().en.search(sentence)
        if k is None or _keywords().types.get(k.group(1).lower()) is None:
            continue
        art = None
        for a in re.finditer(r"\b(?:an?|the)\s+", sentence[:k.start()]):
            art = a
        start = lo + (art.end() if art is not None and k.start() - art.end() <= 50 else k.start())
        out.append((original_span(text, start, lo + k.end()), start))
    return out


def _sentence_after(text: str, at: int) -> str:
    stop = _CLAUSE_END_ZH.search(text, at, at + 120)
    return text[at:stop.start() if stop else min(len(text), at + 120)]


def _own_facts(sentence: str) -> bool:
    return bool(_OWN_ORGANISERS_ZH.search(sentence) or _OWN_MONEY_ZH.search(sentence))


def _kind_end(name: str) -> int:
    """Where the last event keyword of `name` ends (0: none, or one word alone)."""
    kind = None
    for k in _keywords().zh.finditer(name):
        kind = k
    return kind.end() if kind is not None and kind.start() >= 2 else 0


@lru_cache(maxsize=1)
def _quoted_gathering() -> re.Pattern:
    """'a "Tech Startup Investment Matching" session': a quoted title before a word for a
    gathering (event_cues.csv), the title naming an event no keyword names."""
    nouns = trie_alternation([r["word"] for r in read_csv("event_cues.csv") if r["lang"] == "en"],
                             space=" ")
    return re.compile(rf"[\"“][A-Z][^\"”\n]{{3,80}}[\"”]\s+(?:{nouns})\b")


# A day of its own in the sentence ("… session on 29 March", "on Friday"): a titled session
# with its own day is reported as an event; one in the programme without it is not.
_OWN_DAY_EN = re.compile(rf"\bon\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                         rf"{month_alternation()}|{month_alternation()}\.?\s+\d{{1,2}}\b|"
                         rf"(?:{'|'.join(weekday_names())})\b)")


def _headline_only_head(text: str, main_name: str) -> str | None:
    """The event type of the main event's name when the text names it only in its headline
    (its first line, or a short line among the first few under a site's crumbs line: "聯合新聞網
    > 地方 > 新竹縣市"), else None."""
    first_end = text.find("\n")
    if first_end < 0 or not main_name:
        return None
    at = text.find(main_name, _headline_end(text, main_name))
    return event_type_of(main_name) if at < 0 and text.find(main_name) >= 0 else None


def _headline_end(text: str, main_name: str) -> int:
    """The end of the line that holds the headline: the first line, or the short line (≤ 80
    characters) among the first five that first names the main event."""
    first_end = text.find("\n")
    at = text.find(main_name) if main_name else -1
    if at > first_end >= 0 and text.count("\n", 0, at) < 5:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start <= 80:
            return line_end
    return first_end


_ZH_NAMED = re.compile(r"^[“「《『\"(（]|^(?:19|20)\d\d|^第[\d一二三四五六七八九十百]+[届次]")
_ZH_COUNTED = re.compile(r"^[\d一二三四五六七八九十两几多]+\s*(?:余|多)?\s*(?:个|场|项|次|期|批|家|所|位|名|组|队)")
_ZH_VERBAL = re.compile(r"出席|参加|参与|举办|举行|召开|开展|组织|启动|参观|亮相|介绍|之前|之后|首轮|见证|"
                        r"本次|此次|本届|这次|该|列|共")


def _starts_with_place(name: str) -> bool:
    """'珠海航展', '广州交易会': a city or province names the event."""
    from etl.gazetteer import find_places
    return any(start == 0 and end >= 2 for start, end, _s, _p in find_places(name[:6]))


def _named(name: str) -> bool:
    """A proper event name, not a mention of one ('出席论坛', '本次展会', 'the workshop'):
    quoted, numbered, or long enough and free of verbs; English: three capitalised words."""
    if has_cjk(name):
        if _ZH_COUNTED.match(name):
            return False   # "4个专场对接会", "两场路演": a count of sessions, not a name;
            # "6家厂商签约" (a headline's count of signers): the main event's outcome
        return bool(_ZH_NAMED.match(name)) or (len(name) >= 7 and not _ZH_VERBAL.search(name)) \
            or (len(name) >= 4 and _starts_with_place(name))
    words = name.split()
    return '"' in name or (len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 2)


def _is_parent(text: str, name: str, start: int, end: int) -> bool:
    """Whether the article's event happens inside this one ("At this ITF, …", "作为X的重头戏",
    "X期间"): a parent event is the setting, not an event the article reports."""
    if has_cjk(name):
        return bool(_INSIDE_ZH.match(text, end)) or f"作为{name}" in text or \
            any(text.startswith(name, i) and _INSIDE_ZH.match(text, i + len(name))
                for i in _find_all(text, name))
    acronym = re.search(r"\(([A-Z][A-Za-z&]{1,10})\)\s*$", name) or \
        re.match(r"\s*\(([A-Z][A-Za-z&]{1,10})\)", text[end:end + 16])
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    refs = [re.escape(bare)] + ([re.escape(acronym.group(1))] if acronym else [])
    return bool(re.search(r"\b(?:at|during|within|as\s+part\s+of|on\s+the\s+sidelines\s+of)\s+"
                          r"(?:this|the|that)\s+(?:" + "|".join(refs) + r")\b", text, re.I))


def _find_all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


# Sessions inside the main event: "会上举办A、B和C共20余场" is a programme, not more events;
# inside it ("会上", "期间", "同期") only a quoted, titled event counts on its own.
_SESSIONS_ZH = re.compile(r"^[”」》]?(?:、|和|及|以及)[^，。；,;]{2,20}?(?:会|论坛|活动)")
_INSIDE_BEFORE_ZH = re.compile(r"(?:会上|会中|期间|同期|会议期间)[^。；]{0,20}$")


# "“X”专场路演", "X分论坛": named as one session of the event it is held in
_SESSION_WORD_ZH = re.compile(r"专场|分论坛|分会场|平行论坛|子论坛")
# "同日", "9日", "十二日": a day of its own
_OWN_DAY_ZH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]|同日|当日|次日|当天")


# "签约金额12亿元", "投资3000万美元": money of its own
_OWN_MONEY_ZH = re.compile(r"\d\s*(?:[万亿]\s*){0,2}(?:元|美元|欧元|英镑|港币|日元)")


def _session_of_main(text: str, start: int, end: int) -> bool:
    """Whether a quoted name held inside the main event ("期间，还举行了“X”专场路演", "大会期间还
    举办了“X”对接会，促成…21项") is one of its sessions: no day of its own in the sentence, and a
    session word in the name or right after the quote, or no money of its own and no
    ceremony (a launch ceremony held there, or a session that signs its own deals, is an
    event)."""
    lo = max(text.rfind(c, max(0, start - 60), start) for c in "。；！？\n") + 1
    hi = min((i for i in (text.find(c, end, end + 80) for c in "。；！？\n") if i >= 0),
             default=min(len(text), end + 80))
    if _OWN_DAY_ZH.search(text, lo, hi):
        return False
    if _SESSION_WORD_ZH.search(text, start, min(len(text), end + 6)):
        return True
    return "仪式" not in text[start:end + 6] and not _OWN_MONEY_ZH.search(text, lo, hi)


def _occurs(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    if _BACKDROP.search(before):
        return False
    if has_cjk(text[start:end]) and (_SESSIONS_ZH.match(text, end) or (
            _INSIDE_BEFORE_ZH.search(before) and (text[start:start + 1] not in "“「《\""
                                                   or _session_of_main(text, start, end))
            and not _own_day_and_organisers(text, before, start, end))):
        return False
    if has_cjk(text[start:end]):
        return bool(_OCCURS_AFTER_ZH.match(text, end) or _OCCURS_BEFORE_ZH.search(before))
    return bool(_OCCURS_AFTER_EN.match(text, end) or _OCCURS_BEFORE_EN.search(before))


def _own_day_and_organisers(text: str, before: str, start: int, end: int) -> bool:
    """An event held alongside the main one ("13日下午，同期举办的X培训班…，由A主办，B承办";
    "同期，由A主办、B承办的X培训班于9月16日至18日在银川举办") with a day of its own and
    organisers of its own, before its name or after it in its paragraph ("当天下午，…X论坛在同一
    场馆举行。论坛由A与B联合主办"): an event of its own, not a session inside the main one (a name
    with a session word, "X分论坛", stays a session)."""
    stop = re.search(r"[。！？\n]", text[end:end + 160])
    after = text[end:end + (stop.start() if stop else 160)]
    if _SESSION_WORD_ZH.search(text, start, end):
        return False
    if not (_OWN_DAY_ZH.search(before) or _OWN_DAY_ZH.search(after)):
        return False
    para = re.search(r"\n", text[end:end + 200])
    return bool(_OWN_ORGANISERS_ZH.search(text, end, end + (para.start() if para else 200))
                or _OWN_ORGANISERS_ZH.search(before))


_NOT_IN_KEY = re.compile(r"(?:19|20)\d\d年?|第[一二三四五六七八九十百\d]+[届次]|\d+(?:st|nd|rd|th)|[^\w]")


@lru_cache(maxsize=4096)   # one name is compared with every candidate of its text
def _event_key(name: str) -> str:
    return _NOT_IN_KEY.sub("", name.lower())


def _same_event(a: str, b: str) -> bool:
    """Whether two names denote one event ('the 2019 X Forum' and 'X Forum')."""
    from difflib import SequenceMatcher
    ka, kb = _event_key(a), _event_key(b)
    if not ka or not kb:
        return True
    return ka in kb or kb in ka or SequenceMatcher(None, ka, kb).ratio() >= 0.6


def has_event_keyword(text: str) -> bool:
    """Whether the text names any kind of gathering at all (an event needs one: SPEC §4)."""
    kw = _keywords()
    # The first hit answers: no need to count every keyword of a long text.
    return any(rx.search(text) for rx in (kw.en, kw.zh, _cues()))


@lru_cache(maxsize=1)
def _cues() -> re.Pattern:
    rows = read_csv("event_cues.csv")
    en = "|".join(re.escape(r["word"]) for r in rows if r["lang"] == "en")
    zh = "|".join(re.escape(r["word"]) for r in rows if r["lang"] == "zh")
    return re.compile(rf"\b(?:{en})\b|{zh}", re.I)
