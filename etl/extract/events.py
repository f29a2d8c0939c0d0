"""The event an article reports: its name, type and format, and every other fact about it.

`extract_event` composes the extractors grouped by what they find (dates, places,
organisations, people, attendance, participants, amounts). A bilingual release
(Chinese then English) is read section by section and merged into one event.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from etl.extract import (
    amounts,
    attendance,
    dates,
    org_reference,
    organizations,
    participants,
    people,
    places,
)
from etl.extract.records import EventFinding, MixFinding
from etl.extract.text import has_cjk, lowered, sentence_at, view_of
from etl.reference import read_csv

_HELD_EN = r"(?:was|were|is|will be|has been)\s+(?:successfully\s+|grandly\s+|officially\s+)?" \
           r"(?:held|hosted|launched|opened|convened|organi[sz]ed|kicked off|staged)|" \
           r"took place|opened|kicked off|concluded|closed"
_HELD_ZH = r"举办|举行|召开|开幕|开班|闭幕|落幕|启动|在.{1,20}?(?:举办|举行|召开)"
# Lower-case only: "Education Online" is a name, "held online" is a format.
# The leading lookaheads list every first character a branch can start with: the engine then
# skips other positions quickly; what matches is unchanged.
_ONLINE_EVENT = re.compile(r"(?=[hcotvw线以云])(?:"
                           r"\b(?:held|hosted|took place|conducted|organi[sz]ed)\s+(?:entirely\s+)?"
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
    en_alt = "|".join(re.escape(k) for k in en)
    zh_alt = "|".join(re.escape(k) for k in zh)
    first = _first_chars(en)
    return _Keywords(re.compile(rf"\b{first}({en_alt})s?\b", re.I), re.compile(f"({zh_alt})"),
                     types, en_alt,
                     re.compile(rf"\b(?=t)the\s+({en_alt})\s+(?=for\s|on\s|of\s)", re.I))


def event_type_of(name: str) -> str | None:
    """The event type a name's own keyword says ("… Transfer Forum" → forum)."""
    kw = _keywords()
    hits = [m.group(1).lower() for m in kw.en.finditer(name)]
    hits += [m.group(1) for m in kw.zh.finditer(name)]
    return kw.types.get(hits[-1]) if hits else None


@lru_cache(maxsize=4)
def _en_hits(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, keyword) of every English event keyword: counted and named from one scan."""
    return tuple((m.start(), m.end(), m.group(1)) for m in _keywords().en.finditer(text))


def _type_counts(text: str) -> Counter:
    kw = _keywords()
    counts: Counter = Counter()
    for _start, _end, keyword in _en_hits(text):
        counts[kw.types[keyword.lower()]] += 1
    for m in kw.zh.finditer(text):
        counts[kw.types[m.group(1)]] += 1
    return counts


@dataclass
class _Candidate:
    name: str
    pos: int
    score: float


_JOINERS = {"of", "and", "for", "on", "in", "&", "the", "at", "to", "between", "de"}
_HEADLINE_VERBS = set(_HEADLINE_VERB[3:-1].split("|"))
_LEADING = {"On", "In", "At", "During", "From", "The", "This", "That", "A", "An", "Today"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"}
_TOKEN = re.compile(r"[^\s]+")
_WHEN_WORDS = _MONTHS | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}
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
    m = re.match(r"[ \t]+(of|on|for)[ \t]+", text[pos:pos + 8])
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
        name = " ".join(before + [keyword] + after) + extra
        if len(name.split()) < 2:
            continue
        out.append(_Candidate(name.strip(), m_start - len(" ".join(before)), 0.0))
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


_ZH_STOP = "，。、：；“”‘’《》【】[]！？ \t\n于在由和与及是为将对从把以就据"


# Stop characters that also start words inside names: 对接会, 对外交流, 和平.
_ZH_IN_NAME = frozenset({"对接", "对外", "和平"})
# "我校举办2023年…培训班": the name starts after the verb that introduces it.
_ZH_LEAD_VERB = re.compile(r"^.*(?:举办|举行|召开|开展|主办|承办|组织)(?=\d|[^\W\d_]{2})")


def _zh_candidates(text: str) -> list[_Candidate]:
    kw = _keywords()
    out = []
    for m in kw.zh.finditer(text):
        end = m.end()
        start = m.start()
        while start > 0 and (text[start - 1] not in _ZH_STOP
                             or text[start - 1:start + 1] in _ZH_IN_NAME) and m.end() - start < 40:
            start -= 1
        name = _ZH_LEAD_VERB.sub("", text[start:end]).strip("（）() ")
        if len(name) - len(m.group(1)) < 2:
            continue
        quoted = start > 0 and text[start - 1] in "《“"
        out.append(_Candidate(name, start, 1.0 if quoted else 0.0))
    return out


def find_event_name(text: str, title: str = "") -> tuple[str, str | None]:
    """(name, event_type) of the article's main event; the headline when nothing better."""
    counts = _type_counts(text)
    best: _Candidate | None = None
    best_score = -1.0
    for source, body, in_title in ((title, title, True), (text, text, False)):
        if not source:
            continue
        cands = _zh_candidates(body) if has_cjk(body) else []
        cands += _en_candidates(body, in_title)
        for c in cands:
            etype = event_type_of(c.name)
            score = c.score + (3.0 if in_title else 0.0) + min(counts.get(etype, 0), 8) * 0.5
            after = body[c.pos + len(c.name): c.pos + len(c.name) + 80]
            if _HELD_SOON.match(after):
                score += 2.0
            score -= c.pos / max(len(body), 1)  # earlier is likelier the subject
            if score > best_score:
                best, best_score = c, score
    if best is None:
        fallback = next(iter((title.strip() or text.strip()[:120]).splitlines()), "")
        etype = counts.most_common(1)[0][0] if counts else None
        return fallback[:200], etype
    return best.name, event_type_of(best.name)


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


def _section_event(text: str, title: str) -> EventFinding:
    text, title = view_of(text), view_of(title)
    name, etype = find_event_name(text, title)
    pos = text.find(name) if name else -1
    ev = EventFinding(name=name, event_type=etype or "other",
                      evidence=sentence_at(text, pos, pos + len(name)) if pos >= 0 else "")
    ev.format = find_format(text)
    ev.date = dates.find_event_date(text, title=title, event_name=name)
    ev.place = places.find_place(text, title=title, org_home=org_reference.org_home)
    if ev.format is None and (ev.place.venue or ev.place.city):
        ev.format = "in_person"
    ev.attendance = attendance.find_attendance(text)
    ev.organizations = organizations.find_organizations(title + "\n" + text if title and
                                                        title not in text else text)
    ev.people = people.find_people(text)
    ev.mix = participants.find_participant_mix(text)
    ev.amounts = amounts.find_amounts(text)
    return ev


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def extract_event(sections: list[tuple[str, str]], title: str) -> EventFinding:
    """One event from an article's language sections [(lang, text), …].

    The English section leads for names, organisations and people (the canonical
    names are English); the Chinese one adds name_zh and anything the English lacks.
    """
    found = [(lang, _section_event(text, title if i == 0 else _first_line(text)))
             for i, (lang, text) in enumerate(sections) if text.strip()]
    if not found:
        return EventFinding(name=title.strip() or "untitled")
    found.sort(key=lambda f: 0 if f[0] == "en" else 1)
    lead = found[0][1]
    for lang, other in found[1:]:
        if lang == "zh" and lead.name_zh is None and has_cjk(other.name):
            lead.name_zh = other.name
        if lead.event_type == "other":
            lead.event_type = other.event_type
        if _PRECISION_RANK[other.date.precision] > _PRECISION_RANK[lead.date.precision]:
            lead.date = other.date
        if not lead.place.city and other.place.city:
            lead.place = other.place
        lead.format = lead.format or other.format
        lead.attendance = lead.attendance or other.attendance
        if not lead.organizations:
            lead.organizations = other.organizations
        if not lead.people:
            lead.people = other.people
        lead.amounts += [a for a in other.amounts
                         if not any(amounts.same_amount(a, b) for b in lead.amounts)]
        seen = {(m.dimension, m.category) for m in lead.mix}
        lead.mix += [m for m in other.mix if (m.dimension, m.category) not in seen]
    if has_cjk(lead.name) and lead.name_zh is None:
        lead.name_zh = lead.name
    lead.mix += _speaker_countries(lead, {(m.dimension, m.category) for m in lead.mix})
    return lead


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:300] if text.strip() else ""


def _speaker_countries(ev: EventFinding, seen: set) -> list[MixFinding]:
    """Countries the speakers and participating organisations came from (basis speakers)."""
    out = []
    for p in ev.people:
        country = p.country_hint
        if country and ("country", country) not in seen:
            seen.add(("country", country))
            out.append(MixFinding("country", country, "speakers", evidence=p.evidence))
    for o in ev.organizations:
        if o.role == "participant" and o.country_hint and ("country", o.country_hint) not in seen:
            seen.add(("country", o.country_hint))
            out.append(MixFinding("country", o.country_hint, "listed", evidence=o.evidence))
    return out
