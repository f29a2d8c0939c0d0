"""What a map and a reader need of a place the ETL resolved: its coordinates and its names.

A place is what extraction writes on an event: an English city name, an ISO 3166-2 province
and an ISO alpha-3 country. Both answers come from the gazetteer's own sources and keep the
province, so namesakes stay apart (Suzhou, Anhui is 宿州 at 33.6° N, not 苏州 in Jiangsu):

- coordinates: the GeoNames city (≥ 15k people) of that name in that province; for a place
  without a province, the most populous of that name in the country (as `lookup_city` reads a
  bare name). A province with no city of that name gets none: a map leaves it out rather than
  draw it at a namesake.
- names: place_aliases.csv's display rows (display=1) for the city; a row without a province
  names the city the gazetteer reads it as (the most populous of that name in the country).
  Countries and provinces are named by `lookup.country_name` / `province_name`.
"""
from __future__ import annotations

from functools import lru_cache

from etl.places.lookup import (
    alias_rows,
    country_name,
    geonames_cities,
    geonames_place,
    province_name,
)
from etl.places.names import key

Coordinates = tuple[float, float]


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[tuple[str, str | None, str], tuple[int, float, float]],
                       dict[tuple[str, str], tuple[int, str | None, float, float]]]:
    """((name key, province, country) → (population, lat, lon), (name key, country) →
    (population, province, lat, lon)), the most populous city of each."""
    in_province: dict[tuple[str, str | None, str], tuple[int, float, float]] = {}
    in_country: dict[tuple[str, str], tuple[int, str | None, float, float]] = {}
    for g in geonames_cities().values():
        place = geonames_place(g)
        if place is None:
            continue
        pop = int(g.get("population") or 0)
        lat, lon = float(g["latitude"]), float(g["longitude"])
        for name in {place.city, g["name"]}:  # "Suwon" and GeoNames' "Suwon-si"
            k = key(name)
            here = (k, place.province_code, place.country_code)
            if here not in in_province or pop > in_province[here][0]:
                in_province[here] = (pop, lat, lon)
            there = (k, place.country_code)
            if there not in in_country or pop > in_country[there][0]:
                in_country[there] = (pop, place.province_code, lat, lon)
    return in_province, in_country


def coordinates(city: str | None, province_code: str | None,
                country_code: str | None) -> Coordinates | None:
    """(lat, lon) of the city the ETL placed an event in, or None when GeoNames has no city of
    that name there."""
    if not city or not country_code:
        return None
    in_province, in_country = _cities()
    k = key(city)
    if province_code:
        hit = in_province.get((k, province_code, country_code))
        return (hit[1], hit[2]) if hit else None
    best = in_country.get((k, country_code))
    return (best[2], best[3]) if best else None


@lru_cache(maxsize=1)
def _zh_city_names() -> dict[tuple[str, str | None, str | None], str]:
    """(name key, province, country) → the Chinese name the place table displays."""
    in_country = _cities()[1]
    names: dict[tuple[str, str | None, str | None], str] = {}
    for r in alias_rows():
        if r["kind"] != "city" or r["lang"] != "zh" or r.get("display") != "1":
            continue
        k, cc = key(r["city"]), r["country_code"] or None
        province = r["province_code"] or None
        if province is None and cc:
            best = in_country.get((k, cc))
            province = best[1] if best else None
        names.setdefault((k, province, cc), r["name"])
    return names


def city_zh(city: str | None, province_code: str | None,
            country_code: str | None) -> str | None:
    """The Chinese name of the city in that province and country, None when the place table
    has none."""
    if not city:
        return None
    names = _zh_city_names()
    k = key(city)
    hit = names.get((k, province_code, country_code))
    if hit is None and province_code is None and country_code:
        best = _cities()[1].get((k, country_code))
        hit = names.get((k, best[1], country_code)) if best else None
    return hit


def describe(city: str | None, province_code: str | None, country_code: str | None) -> dict:
    """One row of the places mart: the place, its coordinates and its Chinese names."""
    where = coordinates(city, province_code, country_code)
    return {"city": city, "province_code": province_code, "country_code": country_code,
            "lat": where[0] if where else None, "lon": where[1] if where else None,
            "city_zh": city_zh(city, province_code, country_code),
            "province_zh": province_name(province_code, "zh") if province_code else None,
            "country_zh": country_name(country_code, "zh") if country_code else None}
