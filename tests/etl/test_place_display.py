"""etl/places/display.py: the coordinates and Chinese names of a place as the ETL resolves it
(English city, ISO 3166-2 province, alpha-3 country), namesakes kept apart by province."""
from __future__ import annotations

import pytest

from etl.places import display, lookup
from etl.places.lookup import Place


def _near(got: tuple[float, float] | None, lat: float, lon: float) -> bool:
    return got is not None and abs(got[0] - lat) < 0.3 and abs(got[1] - lon) < 0.3


@pytest.mark.parametrize(("city", "province", "lat", "lon"), [
    ("Suzhou", "CN-AH", 33.6, 117.0), ("Suzhou", "CN-JS", 31.3, 120.6),
    ("Fuzhou", "CN-JX", 28.0, 116.3), ("Fuzhou", "CN-FJ", 26.1, 119.3),
    ("Taizhou", "CN-ZJ", 28.7, 121.4), ("Taizhou", "CN-JS", 32.5, 119.9),
])
def test_a_city_is_drawn_in_its_own_province(city, province, lat, lon):
    assert _near(display.coordinates(city, province, "CHN"), lat, lon)


@pytest.mark.parametrize(("text", "area", "lat", "lon"), [
    ("Shenzhen", None, 22.5, 114.1), ("Munich", None, 48.1, 11.6),
    ("São Paulo", None, -23.5, -46.6),
    ("Cambridge", Place(None, None, "GBR"), 52.2, 0.1),  # the country decides
    ("Cambridge", Place(None, "US-MA", "USA"), 42.4, -71.1),
])
def test_places_the_gazetteer_resolves_get_their_geonames_coordinates(text, area, lat, lon):
    place = lookup.city_in(text, area) if area else lookup.lookup_city(text)
    assert _near(display.coordinates(place.city, place.province_code, place.country_code),
                 lat, lon)


@pytest.mark.parametrize(("city", "province", "country"), [
    ("Atlantis", None, "GRC"), (None, None, "CHN"), ("Beijing", "CN-BJ", None),
    ("Suzhou", "CN-YN", "CHN"),  # no Suzhou in Yunnan: not drawn at a namesake
])
def test_an_unknown_place_gets_no_coordinates(city, province, country):
    assert display.coordinates(city, province, country) is None


def test_a_place_without_a_province_is_the_most_populous_of_its_name():
    assert _near(display.coordinates("Suzhou", None, "CHN"), 31.3, 120.6)


@pytest.mark.parametrize(("place", "names"), [
    (("Suzhou", "CN-AH", "CHN"), ("宿州", "安徽省", "中国")),
    (("Suzhou", "CN-JS", "CHN"), ("苏州", "江苏省", "中国")),
    (("Taipei", "TW-TPE", "TWN"), ("台北", "台北市", "台湾")),
    (("Seoul", None, "KOR"), ("首尔", None, "韩国")),
    (("Cambridge", "US-MA", "USA"), (None, "马萨诸塞州", "美国")),  # the table names the UK's
    ((None, "CN-FJ", "CHN"), (None, "福建省", "中国")),
])
def test_chinese_names_are_the_place_tables_for_that_place(place, names):
    row = display.describe(*place)
    assert (row["city_zh"], row["province_zh"], row["country_zh"]) == names
    assert (row["city"], row["province_code"], row["country_code"]) == place
