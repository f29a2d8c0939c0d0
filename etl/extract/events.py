"""The events an article reports, each with its facts (the frame over every recogniser).

`extract_events(sections, title)` finds the main event (etl/extract/event_names.py) and any
other event the text says took place ("同日…召开", "also organized a workshop …", a paragraph
opening "On the following day, A and B signed …" or "论坛翌日（9月18日），…签署…", a signing
"on Thursday" when that day is none of the main event's, "同期，由A主办的X培训班于…举办", a
paragraph opening beside the main event: "同日下午，…签署…", "圆桌会议结束后，…", "On the
sidelines of X on Wednesday evening, …", an English sentence announcing a later event with its
own day and organisers). Each sentence belongs to the event it names ("an indaba", the kind in
general, names none), or to the one named last (a crosshead over a side event's paragraph is
that event's; after a side event told in one paragraph, the event told before it); each
event's facts (date, place, organisations, people, attendance, mix, money) come from its own
sentences. A text that names no kind of gathering at all reports no event: its amounts stand
alone. A bilingual release (Chinese then English) is read section by section and merged into
one main event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

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
from etl.extract.dates import in_caption
from etl.extract.event_names import (
    EventMention,
    find_event_name,
    find_format,
    find_other_events,
    has_event_keyword,
    name_keywords,
    paragraph_end,
    section_events,
)
from etl.extract.held_verbs import held_verbs
from etl.extract.months import relative_days
from etl.extract.numbered_sections import dated_field_line
from etl.extract.records import AmountFinding, EventFinding, MixFinding, PlaceFinding
from etl.extract.text import View, has_cjk, original_of, sentence_at, spans_of, view_of
from etl.places.lookup import Place
from etl.places.mentions import find_places


@dataclass
class DocumentEvents:
    """What one article reports: its events, and amounts that belong to no event."""
    events: list[EventFinding] = field(default_factory=list)
    amounts: list[AmountFinding] = field(default_factory=list)
    # money figures past amounts.MAX_PER_SENTENCE in one sentence, left unread (a table or a
    # hostile input): the document is flagged, not dropped
    unread_amounts: int = 0


def extract_events(sections: list[tuple[str, str]], title: str) -> DocumentEvents:
    """The events of an article's language sections [(lang, text), …].

    The English section leads for names, organisations and people (the canonical names are
    English); the Chinese one adds name_zh and anything the English lacks.
    """
    found = [(lang, _section_events(text, title if i == 0 else _first_line(text)))
             for i, (lang, text) in enumerate(sections) if text.strip()]
    found.sort(key=lambda f: 0 if f[0] == "en" else 1)
    with_events = [(lang, d) for lang, d in found if d.events]
    if not with_events:
        loose: list[AmountFinding] = []
        for _lang, d in found:
            loose += [a for a in d.amounts if not any(amounts.same_amount(a, b) for b in loose)]
        return DocumentEvents([], loose, sum(d.unread_amounts for _lang, d in found))
    lead = with_events[0][1]
    lead.unread_amounts = sum(d.unread_amounts for _lang, d in found)
    main = lead.events[0]
    for lang, other in with_events[1:]:
        _merge_main(main, other.events[0], lang)
        for ev in other.events[1:]:
            if not any(_same_name(ev.name, e.name) for e in lead.events):
                lead.events.append(ev)
    for ev in lead.events:
        if has_cjk(ev.name) and ev.name_zh is None:
            ev.name_zh = ev.name
        ev.mix += _speaker_countries(ev, {(m.dimension, m.category) for m in ev.mix})
        # The kinds of the organisations named as taking part are part of the mix too.
        seen = {(m.dimension, m.category) for m in ev.mix}
        ev.mix += [k for k in participants.kinds_of_participants(
                       ev.organizations, org_reference.classify_org,
                       covered=participants.shares_cover_all(ev.mix))
                   if (k.dimension, k.category) not in seen]
    return lead


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _merge_main(lead: EventFinding, other: EventFinding, lang: str) -> None:
    """Fill the lead section's main event with what another language section adds."""
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


def _same_name(a: str, b: str) -> bool:
    return view_of(a).casefold() == view_of(b).casefold()


def _section_events(text: str, title: str) -> DocumentEvents:
    text, title = view_of(text), view_of(title)
    if not has_event_keyword(title + "\n" + text):
        scan = amounts.scan_amounts(text)
        return DocumentEvents([], scan.findings, scan.unread)
    name, etype = find_event_name(text, title)
    others = find_other_events(text, name)
    unread: list[int] = []
    if not others:
        return DocumentEvents([_event(text, title, _written(text, name), etype, unread=unread)],
                              unread_amounts=sum(unread))
    owner, main, events = _events_of(text, title, name, etype, others, unread)
    if any(m.weekday for m in others):
        kept = _off_days(main, others, events)
        if len(kept) < len(others):
            # a signing on one of the main event's days is part of it: its sentences are the
            # main event's again
            others, unread = kept, []
            if not others:
                return DocumentEvents([_event(text, title, _written(text, name), etype,
                                              unread=unread)], unread_amounts=sum(unread))
            owner, main, events = _events_of(text, title, name, etype, others, unread)
    _same_day_as_told(_keep(text, owner, 0), main, others, events[1:])
    return DocumentEvents(events, unread_amounts=sum(unread))


def _events_of(text: View, title: View, name: str, etype: str | None,
               others: list[EventMention], unread: list[int]
               ) -> tuple[list[int], EventFinding, list[EventFinding]]:
    """Each sentence's owner, the main event and every event (the main one first)."""
    owner = _sentence_owners(text, name, others)
    main = _event(_keep(text, owner, 0), title, _written(text, name), etype, whole=text,
                  unread=unread)
    items = section_events(text)
    if items and items[0].leg and view_of(items[0].name) == view_of(main.name):
        _date_of_leg(main, _keep(text, owner, 0), items[0].start, text)
    events = [main]
    for k, mention in enumerate(others, start=1):
        events.append(_other_event(text, title, _keep(text, owner, k), mention, main))
    return owner, main, events


def _off_days(main: EventFinding, others: list[EventMention], events: list[EventFinding]
              ) -> list[EventMention]:
    """The other events to keep: each signing told on a weekday (EventMention.weekday) only
    when its day is read and falls outside the main event's days. A signing on one of the main
    event's own days is part of it; the MoU "signed on Thursday", a day after a week that ran
    Monday to Wednesday, is an event of its own. A main event that is itself a signing keeps no
    such other signing."""
    keep = []
    first, last = main.date.start_date, main.date.end_date or main.date.start_date
    for mention, ev in zip(others, events[1:], strict=True):
        day = ev.date.start_date if ev.date.precision == "day" else None
        if mention.weekday and (main.event_type == "signing" or first is None or day is None
                                or first <= day <= last):
            continue
        keep.append(mention)
    return keep


_SENTENCE_EDGE = re.compile(r"[\n。！？!?;；]|\.\s")


def _same_day_as_told(own: View, main: EventFinding, others: list[EventMention],
                      found: list[EventFinding]) -> None:
    """"同日晚上，Y頒獎典禮…" / "The same day, …": a main event whose own sentences open on a
    same-day word after another event's day was told is held that day, not on the page's
    date (or a year in its name) its own sentences fell back to."""
    m = _SAME_DAY.search(own)
    if m is None or main.date.start >= m.start():
        return   # no same-day word, or the main event's own day is told after it
    lo = max(0, m.start() - 12)
    opening = max((e.end() for e in _SENTENCE_EDGE.finditer(own, lo, m.start())), default=lo)
    if len(own[opening:m.start()].strip()) > 7:
        return   # the word does not open its sentence ("…当天上午报到"): the event's own day
    # the other event's day itself is told before the word (not only its name, in a contents
    # list or a headline)
    told = [ev for mention, ev in zip(others, found, strict=True)
            if mention.start < m.start() and ev.date.precision == "day"
            and 0 <= ev.date.start < m.start()]
    if told:
        main.date = told[-1].date


def _written(text: View, name: str) -> str:
    """The main event's name in the article's own characters where the text holds it."""
    i = text.find(name)
    return original_of(text)[i:i + len(name)] if i >= 0 else original_of(View(name))


def _event(text: View, title: View, name: str, etype: str | None,
           whole: View | None = None, unread: list[int] | None = None) -> EventFinding:
    """An event's facts from `text` (its part of the article when `whole` is given); the
    count of money figures the amounts' guard left unread is appended to `unread`."""
    pos = text.find(view_of(name)) if name else -1
    ev = EventFinding(name=name, event_type=etype or "other",
                      evidence=sentence_at(text, pos, pos + len(name)) if pos >= 0 else "")
    ev.format = find_format(text)
    ev.date = dates.find_event_date(text, title=title, event_name=view_of(name), page=whole)
    ev.place = places.find_place(text, title=title, org_home=org_reference.org_home)
    if ev.format is None and (ev.place.venue or ev.place.city):
        ev.format = "in_person"
    ev.attendance = attendance.find_attendance(text)
    whole = text if whole is None else whole
    if title and title not in whole:
        ev.organizations = organizations.find_organizations(
            view_of(original_of(title) + "\n" + original_of(text)), event_name=name,
            context=view_of(original_of(title) + "\n" + original_of(whole)))
    else:
        ev.organizations = organizations.find_organizations(text, event_name=name,
                                                            context=whole)
    ev.people = people.find_people(text)
    ev.mix = participants.find_participant_mix(text)
    scan = amounts.scan_amounts(text, page=whole)
    ev.amounts = scan.findings
    if unread is not None:
        unread.append(scan.unread)
    return ev


# "宁夏技术转移联盟第三次全体会议也在同日…召开": the same day as the main event.
_SAME_DAY = re.compile(rf"{relative_days('zh', 'same_day', 'simultaneous')}|"
                       rf"\b{relative_days('en', 'same_day', 'simultaneous')}\b", re.I)


def _other_event(text: View, title: View, own: View, mention: EventMention,
                 main: EventFinding) -> EventFinding:
    """An event reported beside the main one: facts from its own sentences; the day when the
    text ties it to the main event's, the dateline's year, and the main event's place when
    its own sentences name none (side events share the venue)."""
    ev = _event(own, View(""), mention.name, mention.event_type, whole=text)
    sentence = sentence_at(text, mention.start, mention.start + len(mention.name))
    ev.evidence = ev.evidence or sentence
    if mention.leg:
        _date_of_leg(ev, own, mention.start, text)
    if _SAME_DAY.search(sentence) and main.date.start_date is not None:
        ev.date = main.date
    elif mention.same_day and main.date.start_date is not None:
        if ev.date.precision != "day":
            ev.date = main.date   # "On the sidelines of the fair, …" with no day of its own
    elif mention.day_offset and main.date.start_date is not None and (
            ev.date.precision != "day" or ev.date.start_date == main.date.start_date):
        # "On the following day, …" / "On the eve of the forum, …": a day from the main event's
        ev.date = dates.days_after(main.date, mention.day_offset, sentence)
    elif ev.date.year is None:
        dated = dates.find_event_date(_keep_lines(text, own, title), title=title,
                                      event_name=view_of(mention.name))
        if dated.year_source == "dateline":
            ev.date = dated
        elif main.date.year:
            # "On the second day, 8 March, …": a side event's day in the main event's year
            ev.date = dates.with_year(ev.date, main.date.year, main.date.year_source)
    if not ev.place.city:
        # "波士頓場", "（成都站）": a leg named by its city is held there; a leg told in one
        # sentence that names one city ("南部場…預定4月22日在高雄展覽館") is held in that city
        named = _named_city(mention.name) or (_named_city(own) if mention.sentence_only
                                                else None)
        if named is not None and ev.place.country_code in (None, named.country_code):
            ev.place = PlaceFinding(city=named.city, province_code=named.province_code,
                                    country_code=named.country_code, evidence=ev.place.evidence
                                    or sentence_at(text, mention.start,
                                                   mention.start + len(mention.name)),
                                    start=mention.start, end=mention.start + len(mention.name))
    if not ev.place.city and ev.place.country_code in (None, main.place.country_code):
        ev.place = main.place
        ev.format = ev.format or main.format
    return ev


def _date_of_leg(ev: EventFinding, own: View, start: int, whole: View) -> None:
    """A leg's day from its own item's date line ("日期：…", from `start` on), not from the
    notice's shared opening ("已于1月分别在台北及台南完成"), when its sentences gave no day."""
    if ev.date.precision == "day":
        return
    body = own[start:]
    line = dated_field_line(body)
    if line is None:
        return
    dated = dates.day_of_line(line, whole)
    if dated.precision == "day":
        ev.date = dated


def _named_city(name: str) -> Place | None:
    """The one city a side event's name (or its one sentence) names ("波士頓場" → Boston),
    else None (no city, or two)."""
    cities = {m.place for m in find_places(view_of(name)) if m.place.city}
    return cities.pop() if len(cities) == 1 else None


# the owner of a sentence that is every event's (see _sentence_owners)
_SHARED = -2


def _sentence_owners(text: View, main_name: str, others: list[EventMention]) -> list[int]:
    """The event (0 = main, k = others[k-1]) each sentence of `text` belongs to: the one it
    names, else the one named last."""
    names = [[main_name], *[[m.name] for m in others]]
    items = section_events(text)
    # a newsletter's masthead and contents line (before its first numbered item) are no event's
    first_item = items[0].start if items else 0
    keywords = [_own_keyword(n[0], [x[0] for x in names if x is not n]) for n in names]
    owners, current = [], 0
    # a notice's legs of one event ("一、北部场", "二、南部场") share what it says before them
    before_items = _SHARED if items and all(it.leg for it in items) else -1
    spans = spans_of(text)
    # an event told in one paragraph opening on a time beside the main event's ("同日下午，…签署
    # …"): the paragraph after it is back with the event told before it (its (owner, the
    # paragraph's end, itself)), unless a crosshead gave it a section of its own or, after a
    # signing, that paragraph still tells of signing
    resume: tuple[int, int, int] | None = None
    signings = [k for k, m in enumerate(others, start=1) if m.event_type == "signing"]
    for i, (a, b) in enumerate(spans):
        if b <= first_item:
            owners.append(before_items)
            continue
        sentence = text[a:b]
        hit = next((k for k, m in enumerate(others, start=1) if a <= m.start < b), None)
        if resume is not None and a >= resume[1]:
            if hit is None and current == resume[2] and not (
                    others[current - 1].event_type == "signing" and
                    _SIGNED.search(text, a, paragraph_end(text, a))):
                current = resume[0]   # (a paragraph still telling of signing stays with it)
            resume = None
        if hit and owners and i > 0 and _heading(text, *spans[i - 1]) and \
                owners[-1] not in (hit, _SHARED, -1):
            # "Licence deal with Aspen" over the paragraph that tells of the signing: the
            # heading is that event's
            owners[-1] = hit
        elif hit and (others[hit - 1].same_day or others[hit - 1].day_offset or
                      others[hit - 1].paragraph) and current != hit:
            resume = (current, paragraph_end(text, a), hit)
        if hit is None:
            low = sentence.lower()
            hit = next((k for k, kw in enumerate(keywords) if kw and kw in low and
                        _names_one(kw, low)), None)
        if hit and others[hit - 1].sentence_only:
            owners.append(hit)   # an announced later event: its sentence, not what follows
            continue
        if hit is None and signings and _SIGNED.search(sentence) and in_caption(text, a):
            owners.append(signings[-1])   # "圖說：A與B簽署合作備忘錄": a photo of the signing
            continue
        current = hit if hit is not None else current
        owners.append(current)
    return owners


_SIGNED = re.compile(rf"{held_verbs('zh', 'signed')}|\b{held_verbs('en', 'signed')}\b", re.I)


def _heading(text: str, a: int, b: int) -> bool:
    """Whether the span is a short line of its own with no sentence end (a crosshead)."""
    line = text[a:b].strip()
    return 0 < len(line) <= 60 and "\n" not in line and line[-1] not in ".。!！?？:：;；" and \
        text[max(0, a - 1):a] in ("", "\n") and (text[a:b].endswith("\n") or
                                                  text[b:b + 1] in ("", "\n"))


# "the outcome we want from an indaba", "any forum": the kind of event in general, not this one
_GENERIC_BEFORE = re.compile(r"\b(?:an?|any|every|each|another)\s+$")


def _names_one(keyword: str, low: str) -> bool:
    """Whether the lowercased sentence names an event by `keyword` other than in general."""
    i = low.find(keyword)
    while i >= 0:
        if not _GENERIC_BEFORE.search(low, max(0, i - 10), i):
            return True
        i = low.find(keyword, i + 1)
    return False


def _own_keyword(name: str, others: list[str]) -> str | None:
    """The event keyword of `name` that no other event's name has ('workshop' vs 'fair')."""
    for word in reversed(name_keywords(name)):
        if not any(word in view_of(o).lower() for o in others):
            return word
    return None


def _keep(text: View, owners: list[int], k: int) -> View:
    """`text` with every sentence that is not event k's blanked (positions unchanged)."""
    original = original_of(text)
    chars = list(original)
    for (a, b), owner in zip(spans_of(text), owners, strict=True):
        if owner not in (k, _SHARED):
            for i in range(a, b):
                if chars[i] != "\n":
                    chars[i] = " "
    return View("".join(chars))


def _keep_lines(text: View, own: View, title: View) -> View:
    """An event's own sentences plus the article's first two lines (its dateline)."""
    original, kept = original_of(text), list(original_of(own))
    head = original.find("\n", original.find("\n") + 1)
    head = len(original) if head < 0 else head
    kept[:head] = original[:head]
    return View("".join(kept))


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
    host = ev.place.country_code
    # the host country's own bodies say where guests came from only beside bodies from abroad
    # (a cross-border meeting); at a domestic event "Korea Institute of …" is no origin
    cross_border = any(o.country_hint not in (None, host) for o in ev.organizations)
    for o in ev.organizations:
        if o.country_hint == host and not cross_border:
            continue
        if o.role == "participant" and o.country_hint and ("country", o.country_hint) not in seen:
            seen.add(("country", o.country_hint))
            out.append(MixFinding("country", o.country_hint, "listed", evidence=o.evidence))
    return out

