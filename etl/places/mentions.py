"""Every place a text names: cities, first-level subdivisions and countries, with offsets.

One Aho-Corasick pass over the lower-cased text finds every indexed name; each hit is then
checked in its context (word boundaries, capitals, a place preposition for names that are also
ordinary words: "held in Reading", "Nice, France"). Linear in the text's length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick
import pycountry

from etl.extract.text import original_of, original_span
from etl.places.lookup import (
    FREE_CITY_POPULATION,
    Place,
    alias_rows,
    cities_index,
    city_in,
    countries_index,
    country_code,
    inside,
    lookup_city,
    province_code,
    provinces_index,
)
from etl.places.names import CJK, key, strip_accents
from etl.reference import read_csv


class PlaceMention(NamedTuple):
    """A place named in a text: text[start:end] (the article's own characters) is `surface`."""
    start: int
    end: int
    surface: str
    place: Place


_PLACE_PREPOSITION = re.compile(r"(?:\b(?:in|at|from|near|outside)\s+)$")
# "Xiao Wenchang": a capitalised word right before a pinyin city name makes it a person's name.
_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|In|At|From|Of|And|To|By|On|For|With|Near|University|College|Institute|School|"
    r"Academy|Greater|Metropolitan|Central|Downtown|North|South|East|West|Northern|Southern|"
    r"Eastern|Western|Visit|Welcome|Hello)\b)[A-Z][a-z]+ $")


@dataclass(frozen=True)
class _Entry:
    place: Place
    kind: str            # country | province | city
    name: str            # the indexed surface, for case checks
    needs_context: bool


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(key(r["name"]) for r in read_csv("place_stopwords.csv"))


def is_stopword(name: str) -> bool:
    """A city name that is also an ordinary word (Date, Reading, Nice): a place only in a place
    context."""
    return key(name) in _stopwords()


@lru_cache(maxsize=1)
def _automaton():
    """Aho-Corasick over lower-cased place names → the _Entry to report for that name."""
    entries: dict[str, _Entry] = {}
    stop = _stopwords()

    def offer(surface: str, e: _Entry) -> None:
        for v in {surface, strip_accents(surface)}:
            for form in {v, v.replace("'", "’")}:
                k = form.lower()
                if len(k) < 2 or (len(k) < 2 and CJK.search(k)):
                    continue
                old = entries.get(k)
                if old is None or (old.kind != "ignore" and _better(e, old)):
                    entries[k] = e

    _, running, _ = cities_index()
    city_keys: dict[str, str] = {}   # one city stands behind several keys (alternate names)
    for k, c in running.items():
        # The running index keys are already folded; recover a surface with case for checks.
        city = c.place.city or ""
        if city not in city_keys:
            city_keys[city] = key(city)
        surface = c.place.city if city_keys[city] == k else k
        if CJK.search(k):
            offer(k, _Entry(c.place, "city", k, False))
        else:
            small = c.population < FREE_CITY_POPULATION or k in stop or c.variant
            offer(surface, _Entry(c.place, "city", surface, small))
    for r in alias_rows():
        if r["kind"] == "city" and r["lang"] == "en":
            p = lookup_city(r["name"])
            if p:
                offer(r["name"], _Entry(p, "city", r["name"], key(r["name"]) in stop))
    by_country, pdisplay = provinces_index()
    for r in alias_rows():
        if r["kind"] == "ignore":
            # Phrases that contain a place name but are not a place ("Latin America").
            entries[r["name"].lower()] = _Entry(Place(None, None, None), "ignore", r["name"], False)
    for r in alias_rows():
        if r["kind"] == "province":
            p = Place(None, r["province_code"], r["country_code"])
            offer(r["name"], _Entry(p, "province", r["name"], False))
    for k, code in by_country.get("CHN", {}).items():
        p = Place(None, code, "CHN")
        offer(k if CJK.search(k) else k.title(), _Entry(p, "province", k.title(), False))
    for s in pycountry.subdivisions.get(country_code="US") or ():
        # US states only where the name is not also a city ("Washington", "New York").
        if s.type == "State" and s.name.lower() not in entries:
            offer(s.name, _Entry(Place(None, s.code, "USA"), "province", s.name, False))
    names, _, cdisplay = countries_index()
    seen: set[tuple[str, str]] = set()
    for r in alias_rows():
        if r["kind"] == "country":
            seen.add((r["name"], r["country_code"]))
    for (code, _lang), name in cdisplay.items():
        seen.add((name, code))
    for c in pycountry.countries:
        seen.add((getattr(c, "common_name", None) or c.name, c.alpha_3))
    for name, code in sorted(seen):   # sorted: the same surface wins in every process
        offer(name, _Entry(Place(None, None, code), "country", name, False))

    auto = ahocorasick.Automaton()
    for k, e in entries.items():
        auto.add_word(k, (len(k), e))
    auto.make_automaton()
    return auto


_KIND_RANK = {"country": 0, "province": 1, "city": 2}


def _better(new: _Entry, old: _Entry) -> bool:
    """Which reading of one name wins: a city inside the country/province it shares a name
    with (Singapore, Beijing, Hong Kong) is the more precise; otherwise country > province > city."""
    for a, b in ((new, old), (old, new)):
        if a.kind == "city" and b.kind != "city" and inside(a.place, b.place):
            return a is new
    return _KIND_RANK[new.kind] < _KIND_RANK[old.kind]


@lru_cache(maxsize=1)
def _accent_fold() -> dict[int, str]:
    """Each accented Latin letter (Latin-1, Latin Extended, Vietnamese) → its base letter, one
    character for one: "Đà Nẵng" is found as GeoNames' "Da Nang"."""
    table = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = strip_accents(chr(cp))
        if len(base) == 1 and base != chr(cp) and base.isascii():
            table[cp] = base
    return table


def _fold(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low if low.isascii() else low.translate(_accent_fold())


def _is_word_char(c: str) -> bool:
    return c.isalnum() and not CJK.match(c)


def find_places(text: str) -> list[PlaceMention]:
    """Every city/province/country mention in order; where two overlap, the longer wins."""
    if not text:
        return []
    if len(text) <= _CACHED_LENGTH:
        # Extractors ask again and again about the same short strings (an organisation's
        # name, a "from …" phrase); the answer depends on the characters alone.
        return list(_short_places(text, original_of(text)))
    return _find_places(text)


# Longer texts are whole articles or sentences, hardly ever asked about twice.
_CACHED_LENGTH = 200


@lru_cache(maxsize=4096)
def _short_places(text: str, original: str) -> tuple[PlaceMention, ...]:
    # keyed on the original too: two views of one normalised text may be written differently,
    # and a mention's surface is the article's own characters
    return tuple(_find_places(text))


def _find_places(text: str) -> list[PlaceMention]:
    folded = _fold(text)
    auto = _automaton()
    found: list[tuple[int, int, _Entry]] = []
    for end_idx, (length, e) in auto.iter(folded):
        start, end = end_idx - length + 1, end_idx + 1
        if _accept(text, start, end, e):
            found.append((start, end, e))
    if CJK.search(text):
        found += _zh_admin_names(text)
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[PlaceMention] = []
    names: list[str] = []
    postal: dict[str, Place] = {}
    last_end = -1
    for start, end, e in found:
        if start >= last_end:
            place = e.place
            town = (_township_after(text, end, place)
                    if e.kind != "ignore" and text[end - 1] in "县縣" else None)
            if town is not None:   # "新竹县竹东镇": the town, in its county
                end, place = town
            if e.kind == "city":
                us = _us_postal(text, end, e.name, place)
                if us is not None:
                    place = postal[e.name] = us
            if e.kind != "ignore":
                out.append(PlaceMention(start, end, original_span(text, start, end), place))
                names.append(e.name if e.kind == "city" else "")
            last_end = end
    if postal:
        # the address placed the name: the same name elsewhere in the text is that city too
        # ("Santa Clara Marriott" on the venue line, "…, Santa Clara, CA 95054" below it)
        out = [PlaceMention(m.start, m.end, m.surface, postal[n]) if n in postal else m
               for m, n in zip(out, names, strict=True)]
    return out


# A US postal address after a city: ", CA 95054" (a state's two-letter code, then a ZIP code).
# GeoNames' admin1 code of a US state is its postal code.
_US_POSTAL = re.compile(r",[ \t]*(?P<st>[A-Z]{2})[ \t]+\d{5}(?:-\d{4})?(?!\d)")


def _us_postal(text: str, end: int, name: str, place: Place) -> Place | None:
    """The US city called `name` in the state of the postal address right after it ("Santa
    Clara, CA 95054" is in California, not the larger Santa Clara of Cuba), else None."""
    m = _US_POSTAL.match(text, end, end + 16)
    if m is None or pycountry.subdivisions.get(code="US-" + m.group("st")) is None:
        return None
    if place.province_code == "US-" + m.group("st"):
        return None   # already the right one
    return city_in(name, Place(None, "US-" + m.group("st"), "USA"))


# A Chinese name with its administrative suffix is a place whatever its size ("江津区"): the
# suffix says so. Looked up with the suffix, then without.
_ZH_ADMIN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:市|区|县)")


def _zh_admin_names(text: str) -> list[tuple[int, int, _Entry]]:
    out = []
    for m in _ZH_ADMIN.finditer(text):
        a, z = m.start(), m.end()
        for start in range(a, z - 2):   # "在江津区": try shorter names from the right
            name = text[start:z]
            place = lookup_city(name)
            if place is not None:
                out.append((start, z, _Entry(place, "city", name, False)))
                break
    return out


def _township_after(text: str, at: int, county: Place) -> tuple[int, Place] | None:
    """The town the gazetteer knows named right after a county at `at` (its name plus a
    township suffix of place_suffixes.csv: 镇, 乡, 市), placed in the county's province; else
    None."""
    if county.city is not None or county.province_code is None:
        return None
    for n in (2, 3):
        end = at + n + 1
        if end > len(text) or text[end - 1] not in _township_suffixes():
            continue
        town = lookup_city(text[at:end])
        if town is not None and town.country_code == county.country_code and \
                town.province_code in (None, county.province_code):
            return end, Place(town.city, county.province_code, county.country_code)
    return None


@lru_cache(maxsize=1)
def _township_suffixes() -> frozenset[str]:
    """One-character Chinese suffixes of place_suffixes.csv (市, 镇, 乡 …): the end of a town's
    name after its county ("新竹县竹东镇"); 省 names a province, never a town in a county."""
    return frozenset(r["suffix"] for r in read_csv("place_suffixes.csv")
                     if r["lang"] == "zh" and len(r["suffix"]) == 1 and r["suffix"] != "省")


def _accept(text: str, start: int, end: int, e: _Entry) -> bool:
    surface = text[start:end]
    if CJK.match(surface[0]):
        return True
    if (start > 0 and _is_word_char(text[start - 1])) or (end < len(text)
                                                           and _is_word_char(text[end])):
        return False
    if e.name.isupper() and len(e.name) <= 5:
        # Acronyms (USA, UK, PRC) only as written; "US" before "$"/"dollar" is a currency.
        return surface == e.name and not re.match(r"\s*(?:\$|dollar)", text[end:end + 8])
    if not surface[0].isupper():
        return False
    before = text[max(0, start - 16):start]
    if e.needs_context or (e.kind == "city" and len(e.name) <= 3):
        if _CAPITAL_NEXT.match(text, end):
            return False    # part of a longer proper name: "at University College London"
        return (bool(_PLACE_PREPOSITION.search(before)) or _dateline(text, start, end)
                or _followed_by_area(text[end:end + 40], e.place.country_code))
    if e.kind == "city" and _NAME_BEFORE.search(before):
        return False
    return True


_AFTER_COMMA = re.compile(r"^,\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-]|\s+[A-Z])")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


def _followed_by_area(after: str, own: str | None = None) -> bool:
    """", Jordan", ", Yunnan", ", Morobe Province": a country, or a province of China, the
    United States or the city's `own` country (its own province vouches for the town)."""
    m = _AFTER_COMMA.match(after)
    if not m:
        return False
    phrase = m.group(1)
    return bool(country_code(phrase) or any(
        province_code(phrase, cc) for cc in dict.fromkeys(("CHN", "USA", own)) if cc))


def _dateline(text: str, start: int, end: int) -> bool:
    """A city written in capitals at the start of a line and closed by a comma is a press
    dateline ("PORT OF SPAIN, Trinidad, Nov 26 –"): the city the story is filed from."""
    surface = text[start:end]
    return (surface.isupper() and len(surface) > 3 and (start == 0 or text[start - 1] == "\n")
            and text.startswith(",", end))

