"""The gazetteer's public names, kept importable here while callers move to `etl.places`.

Place lookups live in `etl.places.lookup`, place finding in text in `etl.places.mentions`,
country hints from organisation names in `etl.places.hints`.
"""
from etl.places.hints import country_hint
from etl.places.lookup import (
    Place,
    city_in,
    city_name,
    country_code,
    country_name,
    geonames_cities,
    lookup_city,
    province_code,
    province_name,
    region_of,
    regions_named,
)
from etl.places.mentions import PlaceMention, find_places

__all__ = ["Place", "PlaceMention", "city_in", "city_name", "country_code", "country_hint",
           "country_name", "find_places", "geonames_cities", "lookup_city", "province_code",
           "province_name", "region_of", "regions_named"]
