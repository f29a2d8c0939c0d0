"""Where the event took place: the venue phrase after "held in/at" or 于…举办, else the
dateline, else a place in the title. City, province and country come from the gazetteer."""
from __future__ import annotations

import re
from collections.abc import Callable

from etl import gazetteer
from etl.extract.records import PlaceFinding
from etl.extract.text import sentence_at
from etl.gazetteer import Place

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# "was (successfully) held in/at", "took place at", "opened in", "kicked off in"; up to a few
# words (a date) may sit between the verb and the preposition: "was held on June 26 in Beijing".
_EN_HELD = re.compile(
    r"\b(?:held|hosted|convened|opened|staged|organi[sz]ed|took\s+place|kicked\s+off|"
    r"was\s+launched|were\s+launched|takes\s+place|will\s+take\s+place|is\s+taking\s+place)"
    r"(?P<gap>[^.;:!?。\n]{0,70}?)\s+(?:in|at|inside)\s+(?P<rest>(?:the\s+)?(?:[A-Z0-9]|"
    r"(?:university|institute|college|company|school|centre|center)['’]s\s)[^;:!?\n。]{0,160})")
_GAP_OK = re.compile(rf"^(?:\s+(?:on|from|between|in)\s+[^,]*?(?:\d|{_MONTHS})[^,]*|\s*,[^,]*,|"
                     r"\s+(?:successfully|jointly|again|recently|today|yesterday|online)|"
                     # "held February 26–28, 2024, at", "opened the X Forum in"
                     rf"\s+(?:{_MONTHS})\.?\s+\d[\d–-]*(?:,\s*\d{{4}})?,?|"
                     # "held its annual Innovation Showcase on April 11, 2024 at"
                     r"\s+(?:the|its|their|a|an)(?:\s+(?:[A-Z0-9][\w'&-]*|of|and|for|on|annual|"
                     rf"first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)))+?"
                     rf"(?:,?\s+(?:on|from)\s+[^,]*?(?:\d|{_MONTHS})[^,]*?(?:,\s*\d{{4}})?,?)?)?\s*$")
_FUTURE = re.compile(r"\b(?:will|to\s+be)\s+(?:be\s+)?(?:held|take\s+place|hosted|opened)|"
                     r"\bwill\b", re.I)
# Where the venue phrase stops: punctuation, a date, or the next clause ("by", "under" …).
_VENUE_END = re.compile(
    rf"\s*(?:[,;(（]|\.(?:\s|$)|$|\s+(?:on|from|by|under|with|during|to|for|which|where|that|"
    rf"and|as|between|through|since|after|before|when|while|this|last|next|"
    rf"in\s+(?:19|20)\d\d|in\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d)\b)")
# "a delegation … visited Inner Mongolia University in Hohhot": the hosts' premises.
_VISITED = re.compile(r"\bvisited\s+(?P<rest>(?:the\s+)?[A-Z][^;:!?\n。]{0,160})")
_COMPANY_TAIL = re.compile(r"^,?\s*(?:Co\.,?\s*Ltd\.?|Ltd\.?|Inc\.?|LLC|GmbH|Co\.)")
_IN_SPLIT = re.compile(r"\s+in\s+(?:the\s+(?:city\s+of\s+)?)?")
_ZH_HELD = re.compile(r"(?:在|于)(?P<p>[^，。；！？、,;\n]{2,40}?)(?:隆重|顺利|成功|盛大)?"
                      r"(?:举行|举办|召开|开幕|开班|开展|启幕|揭幕|拉开帷幕)")
_ZH_DATE_HEAD = re.compile(r"^(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:[上下]午|晚)?"
                           r"(?:至\d{1,2}\s*[月日]\s*(?:\d{1,2}\s*日)?)?\s*(?:在|于)?")
_ZH_NOT_VENUE = re.compile(r"(?:期间|之际|前夕|上|中|时|以来)$|\d{4}|[年月日]")
_ZH_FLOOR = re.compile(r"(?:[\d一二三四五六七八九十]+\s*(?:层|楼|F)|[A-Z]?\d+\s*(?:号厅|室)).*$")
_DATELINES = (
    re.compile(r"^\s*[【\[]\s*(?:[^】\]]*?\d\s*[日年,，]\s*)?(?P<p>[^\d】\]\s,，][^】\]\d,，]{1,12})\s*[】\]]",
               re.M),
    re.compile(r"^\s*[【\[]\s*(?P<p>[^】\]\d,，]{2,12}?)\s*[,，]?\s*\d", re.M),
    re.compile(r"^\s*[\[【](?:[^\]】]*?\d{4})\s*[,，]\s*(?P<p>[A-Z][A-Za-z' .-]{2,30})\s*[\]】]", re.M),
    re.compile(r"^\s*(?P<p>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2}),\s+(?:[A-Z][a-z]+\.?\s+\d|"
               r"[A-Z][a-z]+\s*(?:—|--|-|–))", re.M),
    # "CHENNAI: The institute …" (Indian and other press)
    re.compile(r"^\s*(?P<p>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2})\s*:\s+[A-Z]", re.M),
    # "Munich, 20 October 2022", "Press release | Brussels, 7 March 2024"
    re.compile(r"^\s*(?:[^|\n]{0,40}\|\s*)?(?P<p>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+"
               r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*(?:—|–|--|,)\s*)?"
               rf"(?:\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})"
               r"\s*(?:$|—|–|--|-\s)", re.M),
    re.compile(r"(?:新华社|中新社|中新网|人民网|新华网|本报)(?P<p>[\u4e00-\u9fff]{2,4}?)\d{1,2}月\d{1,2}日电"),
)
_ADMIN_WORDS = re.compile(r"^[\s,，的]*(?:(?:[\u4e00-\u9fff]{1,4}[区县镇])|District|County|"
                          r"Province|City|Municipality|市|省)?[\s,，]*$")


def find_place(text: str, *, title: str = "",
               org_home: Callable[[str], Place | None] | None = None) -> PlaceFinding:
    """Where the event took place; empty PlaceFinding when the text does not say."""
    try:
        return _find_place(text or "", title or "", org_home)
    except Exception:
        return PlaceFinding()


def _find_place(text: str, title: str, org_home) -> PlaceFinding:
    for venue, place_text, pos, end in _held_phrases(text):
        finding = _resolve(venue, place_text, org_home)
        if finding.city or finding.province_code or finding.country_code or finding.venue:
            finding.evidence = sentence_at(text, pos, end)
            if not (finding.city or finding.province_code):
                # A venue with no place of its own: the dateline says which city it is in.
                dl = _dateline(text)
                if dl is not None:
                    _fill(finding, dl[0])
            return finding
    dl = _dateline(text)
    if dl is not None:
        place, pos = dl
        finding = PlaceFinding(evidence=sentence_at(text, pos))
        _fill(finding, place)
        return finding
    for _s, _e, _surface, p in gazetteer.find_places(title):
        if p.city or p.province_code:
            finding = PlaceFinding(evidence=title.strip()[:300])
            _fill(finding, p)
            return finding
    return PlaceFinding()


def _held_phrases(text: str):
    """(venue phrase, text that may name its place, start, end) for each held-sentence."""
    found = []
    at = 0
    while (m := _EN_HELD.search(text, at)) is not None:
        at = m.start("rest")   # a later held-sentence may sit inside this one's long tail
        if not _GAP_OK.match(m.group("gap")):
            continue
        rest = m.group("rest")
        venue = _cut_venue(rest)
        if venue and not re.fullmatch(r"(?:19|20)\d\d", venue):   # "held in 2015": a year
            clause = re.split(r"[.;](?:\s|$)", rest, maxsplit=1)[0] if venue else rest
            # A next edition's place ("will take place in Phoenix") only when nothing else.
            future = bool(_FUTURE.search(text[max(0, m.start() - 25):m.end("gap")]))
            found.append((m.start() + (len(text) if future else 0), venue, clause[:120],
                          m.start(), m.end()))
    for m in _VISITED.finditer(text):
        venue = _cut_venue(m.group("rest"))
        if venue:
            found.append((m.start(), venue, venue, m.start(), m.end()))
    for m in _ZH_HELD.finditer(text):
        phrase = _ZH_DATE_HEAD.sub("", m.group("p"), count=1).strip()
        if len(phrase) < 2 or _ZH_NOT_VENUE.search(phrase):
            continue
        venue = _ZH_FLOOR.sub("", phrase).strip() or phrase
        found.append((m.start(), venue, venue, m.start(), m.end()))
    found.sort(key=lambda f: f[0])
    return [f[1:] for f in found]


def _cut_venue(rest: str) -> str:
    out, i = "", 0
    while True:
        m = _VENUE_END.search(rest, i)
        if m is None:
            return (out + rest[i:]).strip()
        out += rest[i:m.start()]
        tail = _COMPANY_TAIL.match(rest[m.start():])
        if tail:
            # "Co., Ltd." belongs to the name; a company name ends the phrase.
            out += tail.group()
        break
    out = re.sub(r"^the\s+", "", out.strip())
    return out if re.search(r"\b(?:Ltd|Co|Inc|Corp)\.$", out) else out.rstrip(" .")


def _resolve(venue: str, place_text: str, org_home) -> PlaceFinding:
    finding = PlaceFinding()
    parts = _IN_SPLIT.split(venue, maxsplit=1)
    head = parts[0].strip()
    # "at X University in Singapore": the place after "in" wins over a place inside the name.
    places = ((gazetteer.find_places(parts[1]) if len(parts) > 1 else [])
              or gazetteer.find_places(head) or gazetteer.find_places(place_text))
    if _is_only_places(head):
        finding.venue = None
    else:
        finding.venue = head
    best = _best(places)
    if best is not None and best.city:
        # "Cambridge, Massachusetts": the city of that name inside the area written after it.
        for _s, _e, _surf, p in places + gazetteer.find_places(place_text):
            if p.city is None and (p.country_code != best.country_code or (
                    p.province_code and best.province_code != p.province_code)):
                local = gazetteer.city_in(best.city, p)
                if local is not None:
                    best = local
                    break
    if (best is None or not best.city) and org_home is not None and finding.venue:
        # "四川大学望江校区": a campus names its province; the university's home is the city.
        home = org_home(finding.venue)
        if home is not None and home.city and (best is None or (
                best.country_code == home.country_code
                and best.province_code in (None, home.province_code))):
            best = home
    if best is not None:
        _fill(finding, best)
        # "in Hangzhou, Zhejiang Province": the province after the city confirms or adds.
        for _s, _e, _surf, p in places:
            _fill(finding, p)
    return finding


def _is_only_places(phrase: str) -> bool:
    hits = gazetteer.find_places(phrase)
    if not hits:
        return False
    rest, last = [], 0
    for s, e, _surf, _p in hits:
        rest.append(phrase[last:s])
        last = e
    rest.append(phrase[last:])
    return all(_ADMIN_WORDS.match(r) for r in rest)


def _best(places: list[tuple[int, int, str, Place]]) -> Place | None:
    for want in ("city", "province", "country"):
        for _s, _e, _surf, p in places:
            kind = "city" if p.city else "province" if p.province_code else "country"
            if kind == want:
                return p
    return None


def _fill(finding: PlaceFinding, p: Place) -> None:
    """Fill empty fields from `p` when it agrees with what is already known."""
    if finding.country_code and p.country_code and p.country_code != finding.country_code:
        return
    if finding.province_code and p.province_code and p.province_code != finding.province_code:
        return
    finding.city = finding.city or p.city
    finding.province_code = finding.province_code or p.province_code
    finding.country_code = finding.country_code or p.country_code


def _dateline(text: str) -> tuple[Place, int] | None:
    head = text[:3000]
    for rx in _DATELINES:
        for m in rx.finditer(head):
            raw = m.group("p").strip()
            place = (gazetteer.lookup_city(raw) or gazetteer.lookup_city(raw.title())
                     or _area(raw))
            if place is not None:
                return place, m.start("p")
    return None


def _area(raw: str) -> Place | None:
    code = gazetteer.province_code(raw, "CHN")
    if code:
        return Place(None, code, "CHN")
    cc = gazetteer.country_code(raw.title()) or gazetteer.country_code(raw)
    return Place(None, None, cc) if cc else None
