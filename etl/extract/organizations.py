"""Organisations with the role they play in an event: names (orgnames) + roles (roles).

`find_organizations(text)` recognises every organisation name, lets the role frames decide
which of them the text gives a role, and returns one mention per (organisation, role) with
its acronym, country hint and evidence. Names keep the article's own characters; the
organisation a name denotes (and its type) is decided in etl/extract/org_reference.py.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from etl.extract.held_verbs import held_verbs
from etl.extract.home import home_country
from etl.extract.org_reference import classify_org, lookup_org, name_key
from etl.extract.orgnames import OrgSpan, find_org_spans
from etl.extract.orgnames.chinese import (
    abbreviates,
    bracket_short_forms,
    name_contractions,
    without_status_word,
)
from etl.extract.orgnames.words import word_lists
from etl.extract.pair_lines import signing_pairs
from etl.extract.records import OrgMention
from etl.extract.roles import RoleClaim, assign_roles
from etl.extract.text import evidence_at, has_cjk, original_of, view_of
from etl.gazetteer import country_code, country_hint, find_places

# "CSIRO's Newcastle Energy Centre": a possessive inside the name names its owner
_OWNED = re.compile(r"['’]s\s")
# "NUS Enterprise": an arm named by its owner's acronym and words that say no kind
_ACRONYM_LED = re.compile(r"[A-Z]{2,8}\s+[A-Z]")
_UNIT_NAME = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w-]*|and|&|of|for)\s+){0,5}?(?:Office|Cent(?:er|re)|Unit|Department|"
                        r"Division|School|Institute|Laboratory|Programme|Program|Faculty)\b")
# Words that make a Chinese body's name the mainland's own whatever the text's home.
_NATIONAL = re.compile(r"^(?:中国|中华人民共和国|国家|国务院|大陆|中央)")
_BRACKET_COUNTRY = re.compile(r"\s*[(（]([^()（）]{2,30})[)）]\s*$")


def find_organizations(text: str, event_name: str = "", context: str | None = None
                       ) -> list[OrgMention]:
    """Organisations with the role they play in the event, in order of first mention; with
    `event_name`, also the organisations the event is named after (its organisers).

    `context` is the whole article when `text` is one event's part of it (other parts
    blanked, positions unchanged): names are recognised in the whole, so an acronym defined
    elsewhere still stands for its organisation, and roles read in the part.
    """
    if not text.strip():
        return []
    whole = context if context is not None else text
    found, home = _names_of(whole, original_of(whole))
    spans = list(found)
    # "The X Network (XN) met … hosted by the X Network": the acronym holds for every mention.
    acronyms = {name_key(s.name): s.acronym for s in spans if s.acronym}
    firsts = _by_first_word(spans)
    local = _local_full_forms(spans) | bracket_short_forms(whole, spans)
    contracted = _contracted_forms(spans)
    out: list[OrgMention] = []
    index: dict[tuple[str, str], int] = {}
    claims = assign_roles(text, spans)
    claims += [RoleClaim(s, "signatory", s.start) for s in signing_pairs(text, spans)]
    claims = _not_own_units(text, _not_a_tail_piece(claims, spans))
    claims = _organisers_money_no_second_role(text, claims)
    for claim in claims:
        span = _full_form(claim.span, firsts)
        full = local.get(span.name) or _prefixed_short_form(span.name, local) or \
            (contracted.get(view_of(span.name)) if contracted else None)
        if full is not None:
            span = OrgSpan(span.start, span.end, full.name, full.acronym, full.ref,
                           span.listed_type, span.tail)
        mention = _mention(text, span, claim.role, home)
        if mention.acronym is None:
            mention.acronym = acronyms.get(name_key(mention.name))
        key = (_identity(claim.span), claim.role)
        if not key[0]:
            continue
        if key not in index:
            index[key] = len(out)
            out.append(mention)
        elif out[index[key]].lang == "zh" and mention.lang == "en":
            out[index[key]] = mention      # a bilingual release: keep the English name
        elif out[index[key]].org_type is None and mention.org_type is not None:
            out[index[key]].org_type = mention.org_type   # a later frame named its kind
    named = {(m.name, m.role) for m in out} | {(m.acronym, m.role) for m in out if m.acronym}
    owners = []
    for o in _owners_of_event(event_name, spans):
        full = local.get(o.name) or _prefixed_short_form(o.name, local)
        if full is not None:       # "农业部农试所办理…": the short form the text defines
            o.name = full.name
        owners.append(o)
    out += [o for o in owners if (o.name, o.role) not in named
            and (o.acronym, o.role) not in named and not _shortens_a_named(o.name, out)]
    return out


def _shortens_a_named(name: str, mentions: list[OrgMention]) -> bool:
    """Whether the Chinese `name` an event is named after is a shortening of a body the text
    already names ("2026年某市高新区拍卖会" by 某市国家高新技术产业开发区管理委员会主办): the
    same organiser, not a second one."""
    if not has_cjk(name):
        return False
    short = view_of(name)
    # a part written whole (浙江大学 in 浙江大学技术转移中心) is the body a unit belongs to,
    # and one ending as the longer does (浙江大学, 浙江工业大学) a namesake: neither shortens it
    return any(m.role in _ORGANISING and has_cjk(m.name) and abbreviates(short, long)
               and short not in long and short[-2:] != long[-2:]
               for m in mentions for long in (view_of(m.name),))


_ORGANISING = ("host", "organizer", "co_organizer")


@lru_cache(maxsize=2)
def _names_of(whole: str, original: str) -> tuple[tuple[OrgSpan, ...], str | None]:
    """The organisation names of an article and its home country. Each event of a text reads
    its roles in its own part but its names in the whole: found once per text (keyed on the
    article's own characters too: names are taken from them)."""
    return tuple(_without_namesakes(find_org_spans(whole), whole)), home_country(whole)


_LEAD = 1200


def _without_namesakes(spans: list[OrgSpan], whole: str) -> list[OrgSpan]:
    """Spans whose reference entry is a foreign namesake ("Ministry of Science, Technology and
    Innovation" in a Colombian text is not Malaysia's, "CSIR" in a South African one not
    India's) lose it: the name of a public body any country has matches the table only when
    the text's lead names that body's country. They carry the country the lead names most, so
    that the namesake is not taken later either."""
    leads = word_lists().public_lead
    countries: Counter[str] | None = None
    out = []
    for s in spans:
        ref = s.ref or (lookup_org(s.name) if s.name.split(" ", 1)[0] in leads else None)
        if ref is not None and ref.country_code and not has_cjk(s.name) and \
                ref.name.removeprefix("The ").split(" ", 1)[0] in leads:
            if countries is None:
                # the dateline and lead say where the text is from (a bounded read)
                countries = Counter(p.place.country_code for p in find_places(whole[:_LEAD])
                                    if p.place.country_code)
            if countries and ref.country_code not in countries:
                # the acronym the text writes stays; the namesake's own does not
                own = s.acronym if s.acronym and (s.name == s.acronym or
                                                  s.acronym in whole[s.end:s.stop]) else None
                s = replace(s, ref=None, country=countries.most_common(1)[0][0], acronym=own)
        out.append(s)
    return out


def _full_form(span: OrgSpan, firsts: dict[str, OrgSpan]) -> OrgSpan:
    """A one-word short form stands for the full name the text gives: 'Aalto' for
    'Aalto University of Technology', 'NRL' for 'Nordic Research Links' spelled out later;
    so does an acronym with the name's head noun ('SRTI Park')."""
    if span.ref or has_cjk(span.name):
        return span
    if " " in span.name:
        # "SRTI Park" for "Sharjah Research, Technology and Innovation (SRTI) Park"
        acronym, _, head = span.name.partition(" ")
        longer = firsts.get(acronym) if acronym.isupper() and " " not in head else None
        if longer is None or longer.acronym != acronym or \
                not longer.name.endswith(" " + head):
            return span
        return OrgSpan(span.start, span.end, longer.name, longer.acronym, longer.ref,
                       span.listed_type, span.tail)
    if span.acronym or span.name.isupper():
        key = span.acronym or span.name
        longer = firsts.get(key)
        if longer is None or longer.acronym != key:
            return span
    else:
        longer = firsts.get(span.name)
        if longer is None:
            return span
    return OrgSpan(span.start, span.end, longer.name, longer.acronym, longer.ref,
                   span.listed_type, span.tail)


def _prefixed_short_form(name: str, local: dict[str, OrgSpan]) -> OrgSpan | None:
    """农业部农试所 for 农业部农业试验所（以下简称农试所）: a short form the text defines, written
    after the words the full name opens with, stands for the full name too."""
    for short, full in local.items():
        prefix = name[:-len(short)]
        if len(prefix) >= 2 and name.endswith(short) and full.name.startswith(prefix):
            return full
    return None


_LOCAL_LEVELS = ("省", "市", "区", "县", "州")


def _local_full_forms(spans: list[OrgSpan]) -> dict[str, OrgSpan]:
    """省科技厅 for 甘肃省科技厅, 市科技局 for 兰州市科技局: a body named by its level alone
    stands for the one body of that level the text names in full (none when it names two),
    also where the full name is written uncontracted (海南省科学技术厅); and 中山大学 for the
    国立中山大学 the text names in full: a status word its short use drops (name_contractions.csv)."""
    shorts = {s.name for s in spans if s.name[:1] in _LOCAL_LEVELS and len(s.name) >= 3}
    out: dict[str, OrgSpan] = {}
    ambiguous: set[str] = set()

    def add(short: str, s: OrgSpan) -> None:
        if short in out and out[short].name != s.name:
            ambiguous.add(short)
        out.setdefault(short, s)

    for s in spans:
        if not has_cjk(s.name):
            continue
        contracted = _contract(view_of(s.name)) if shorts else ""
        for short in shorts:
            if s.name != short and (s.name.endswith(short)
                                    or contracted.endswith(view_of(short))):
                add(short, s)
        bare = without_status_word(view_of(s.name))
        if bare != view_of(s.name):
            # the view keeps the name's length: the original's tail is the short name
            add(s.name[len(s.name) - len(bare):], s)
    return {k: v for k, v in out.items() if k not in ambiguous}


def _contract(name: str) -> str:
    """`name` (normalised view) with every standard contraction applied (科学技术 → 科技)."""
    for full, abbr in _contractions():
        name = name.replace(full, abbr)
    return name


@lru_cache(maxsize=1)
def _contractions() -> tuple[tuple[str, str], ...]:
    # an empty short form is a status word dropped only where it opens a name (国立)
    return tuple((full, short) for full, short in name_contractions() if short)


def _contracted_forms(spans: list[OrgSpan]) -> dict[str, OrgSpan]:
    """江门市科技局 for 江门市科学技术局: a Chinese name with a standard contraction
    (data/reference/name_contractions.csv) stands for the full name the text gives (keyed in
    the normalised view, so 科學技術局 and 科技局 pair in Traditional text too)."""
    out: dict[str, OrgSpan] = {}
    for s in spans:
        if s.ref is not None or not has_cjk(s.name):
            continue
        name = view_of(s.name)
        short = _contract(name)
        if short != name:
            out.setdefault(short, s)
    return out


def _by_first_word(spans: list[OrgSpan]) -> dict[str, OrgSpan]:
    """Full names by their first word, and by their acronym: a bare acronym used before the
    text spells it out stands for the full name too."""
    out: dict[str, OrgSpan] = {}
    for s in spans:
        if s.acronym and s.acronym != s.name and s.ref is None and " " in s.name:
            out.setdefault(s.acronym, s)
    for s in spans:
        first = s.name.split(" ", 1)[0]
        if first != s.name and classify_org(s.name) != "media":
            # "Innovus News" on the page's masthead: the body is not its newsletter
            out.setdefault(first, s)
    return out


_CONTRIBUTES = re.compile(r"(?:is|are|was|were|will\s+be)\s+(?:also\s+)?contributing\b", re.I)
_HOLDS = ("host", "organizer", "co_organizer")


def _organisers_money_no_second_role(text: str, claims: list[RoleClaim]) -> list[RoleClaim]:
    """"co-organised by X … X is contributing £900,000 of the total": money an organiser puts
    into the event's deals is part of its organising, no second role; a body that only pays
    ("ACOA is contributing $750,000") supports the event."""
    if "contributing" not in text:
        return claims
    holders = {_identity(c.span) for c in claims if c.role in _HOLDS}
    return [c for c in claims if not (c.role == "supporter" and _identity(c.span) in holders
                                      and _CONTRIBUTES.match(text, c.at))]


def _identity(span: OrgSpan) -> str:
    ref = span.ref or lookup_org(span.name) or (lookup_org(span.acronym) if span.acronym
                                                 else None)
    return name_key(ref.name) if ref else name_key(span.name)


_ONE_WORD = re.compile(r"[A-Za-z][a-z]+")


def _not_a_tail_piece(claims: list[RoleClaim], spans: list[OrgSpan]) -> list[RoleClaim]:
    """Claims less a single word a list split out of the middle or end of a recognised name
    ("Technology" and "Innovation" of "Ministry of Science, Technology and Innovation"); a
    claim opening a name is kept (its owner: "CSIRO" of "CSIRO's Newcastle Energy Centre"), and
    so is a longer one (a recognised span can join two parties: "A—B")."""
    known = sorted((s.start, s.end) for s in spans)
    starts = [a for a, _ in known]
    out = []
    for c in claims:
        if not _ONE_WORD.fullmatch(c.span.name):
            out.append(c)
            continue
        i = bisect.bisect_right(starts, c.span.start - 1)
        inside = any(a < c.span.start and c.span.end <= b for a, b in known[max(0, i - 4):i])
        if not inside:
            out.append(c)
    return out


# "hosted by X through its Directorate of Research", "represented by its Transfer Office",
# "developed at X's College of Engineering": a unit named through its owner
_ITS = re.compile(r"\b(?:its|their)\s+$")
_OWNER = re.compile(r"(?<![\w&.-])([A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*){0,6})['’]s\s+$")
# a unit named by its owner's acronym ("the UNC Faculty of Law", "KTH School of X")
_ACRONYM_OWNER = re.compile(r"([A-Z]{2,8})\s+(?=[A-Z])")
_UNIT_HEAD = re.compile(r"(?:^|\s)(?:Office|Cent(?:er|re)|Unit|Department|Division|School|Faculty|"
                        r"College|Directorate|Laboratory|Lab)\b")


def _not_own_units(text: str, claims: list[RoleClaim]) -> list[RoleClaim]:
    """Claims of a body's units named through their owner. "hosted by X through its
    Directorate", "X, represented by its Transfer Office": the body acts through its unit,
    the role is X's and the unit no second body. "organised by X's Transfer Office" keeps the
    unit (gold sets name it apart or as X's alias), but a unit only taking part ("developed
    at X's College of Engineering") adds nothing when X has a role of its own. A unit whose
    owner is no body with a role ("the State Government, through its Department of
    Industry") stands for it and stays."""
    out = []
    owners: dict[str, OrgSpan] | None = None
    for c in claims:
        s = c.span
        if s.ref is None and _UNIT_HEAD.search(s.name) and not s.name.startswith("the "):
            if _ITS.search(text, max(0, s.start - 8), s.start):
                # the body named last before it in the sentence
                owner = max((o.span for o in claims if o.span.end <= s.start and
                             _same_sentence(text, o.span.end, s.start)),
                            key=lambda o: o.end, default=None)
                if owner is not None:
                    out.append(RoleClaim(replace(owner, start=s.start, end=s.end, tail=s.tail),
                                         c.role, c.at))
                    continue
            elif c.role == "participant":
                written = _OWNER.search(text, max(0, s.start - 80), s.start) or \
                    _ACRONYM_OWNER.match(s.name)     # "the UNC Faculty of …": UNC's unit
                if written is not None:
                    if owners is None:      # the bodies with a role of their own
                        owners = {k: o.span for o in claims
                                  for k in (o.span.name, o.span.acronym) if k}
                    if written.group(1) in owners:
                        continue
        out.append(c)
    return out


def _same_sentence(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return "\n" not in gap and ". " not in gap and "; " not in gap


def _mention(text: str, span: OrgSpan, role: str, home: str | None = None) -> OrgMention:
    name, hint = span.name, None
    m = _BRACKET_COUNTRY.search(name)
    if m and country_code(m.group(1)):
        hint = country_code(m.group(1))
        name = name[:m.start()].strip()
    ref = span.ref or (lookup_org(name) if span.country is None else None)
    hint = hint or span.country
    if ref is not None and home not in (None, "CHN") and ref.country_code == "CHN" and \
            ref.org_type == "government" and has_cjk(name) and not _NATIONAL.match(view_of(name)):
        # A Taiwanese text's bare 科技部 or 教育部 is Taiwan's own ministry, not the
        # mainland's namesake in the reference table (nor its acronym).
        return OrgMention(name=name, role=role, acronym=None, country_hint=home, lang="zh",
                          evidence=evidence_at(text, span.start, span.end),
                          org_type=span.listed_type, start=span.start)
    acronym = span.acronym or (ref.acronym if ref else None)
    org_type = span.listed_type
    if span.parent and (_UNIT_NAME.match(name) or _OWNED.search(name)):
        org_type = classify_org(span.parent)     # a unit of a university is the university's
    elif span.parent and org_type is None and _ACRONYM_LED.match(name) and \
            classify_org(name) == "other":
        # "NUS Enterprise", "IOCB Tech": a university's or a public body's arm under a name of
        # its own is the body's transfer company, an intermediary; a company's arm is a company
        owner = classify_org(span.parent)
        org_type = owner if owner in ("enterprise", "international_org") else "intermediary"
    return OrgMention(name=name, role=role, acronym=acronym,
                      country_hint=hint or (ref.country_code if ref else None)
                      or _name_country(name),
                      lang="zh" if has_cjk(name) else "en",
                      evidence=evidence_at(text, span.start, span.end),
                      org_type=org_type, start=span.start)


def _name_country(name: str) -> str | None:
    """The country a name points to; a Traditional name's country names are read in its
    Simplified view too (泰國農業大學 → THA), though not 中國 (a Taiwanese body may carry it:
    中國鋼鐵) nor a town's name (the original's reading of those is kept)."""
    hint = country_hint(name)
    if hint is None and has_cjk(name) and not _NATIONAL.match(view_of(name)):
        countries = [p.place.country_code for p in find_places(view_of(name))
                     if p.place.city is None and p.place.province_code is None]
        return countries[0] if countries else None
    return hint


_NAME_LEAD = re.compile(r"(?:the\s+|inaugural\s+|first\s+|annual\s+|(?:19|20)\d\d\s*年?\s*|"
                        r"第[\d一二三四五六七八九十百]+[届次]\s*|\d+(?:st|nd|rd|th)\s+)*", re.I)
_ACRONYMS = re.compile(r"([A-Z][A-Z&]{1,9}(?:-[A-Z][A-Z&]{1,9})*)\s+(?=\S)")


_BREADCRUMB = re.compile(r"\s[>›»]\s|\s/\s.*\s/\s")


@lru_cache(maxsize=1)
def _unveiled() -> re.Pattern:
    # "X分中心揭牌仪式": the body the ceremony unveils or launches is what it is about, not its
    # organiser (held_verbs.csv, kind launched)
    return re.compile(held_verbs("zh", "launched"))


def _owners_of_event(name: str, spans: list[OrgSpan]) -> list[OrgMention]:
    """Organisations an event is named after ("2019 GKA annual meeting", "BTA Research
    Awards", "宁夏技术转移联盟第三次全体会议"): its organisers. An English name
    counts when it is known or carries its acronym ("University Technology Transfer Forum" uses
    "University" as a word); a bare acronym when it is known or the text spells it out as an
    organisation's name (not "Innovation Voucher Scheme (IVS)", a programme)."""
    if not name or _BREADCRUMB.search(name):
        return []      # "明报新闻网 > 每日明报 > 经济": a page's breadcrumb names the publisher
    view = view_of(name)
    lead = _NAME_LEAD.match(view).end()
    defined = {s.acronym: s for s in spans if s.acronym}
    out, taken = [], set()
    for span in find_org_spans(view):
        # A Chinese name of four characters or fewer before an event word is most often a
        # description ("全球网络峰会"), not the organiser.
        if span.start == lead and span.stop < len(view.rstrip()) and \
                ((has_cjk(span.name) and len(span.name) > 4) or span.ref is not None
                 or span.acronym) and not _unveiled().match(view, span.stop):
            out.append(_mention(view, span, "organizer"))
            taken.update(filter(None, (span.acronym, span.name)))
    m = _ACRONYMS.match(view[lead:])
    for token in (m.group(1).split("-") if m else ()):
        ref = lookup_org(token)
        if token in taken or (ref is None and token not in defined):
            continue
        full = ref.name if ref else defined[token].name
        out.append(OrgMention(name=full, role="organizer", acronym=token, lang="en",
                              evidence=str(name)))
    return out
