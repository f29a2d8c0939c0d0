"""etl.places.lookup: first-level subdivisions for every country, spelling variants, towns."""
import pytest

from etl.places.lookup import Place, city_in, lookup_city, province_code


@pytest.mark.parametrize("name, expected", [
    ("Incheon", Place("Incheon", "KR-28", "KOR")),
    ("Perth", Place("Perth", "AU-WA", "AUS")),
    ("Nagoya", Place("Nagoya", "JP-23", "JPN")),
    ("Porto", Place("Porto", "PT-13", "PRT")),
    ("Kano", Place("Kano", "NG-KN", "NGA")),
    ("Dubai", Place("Dubai", "AE-DU", "ARE")),
    ("Kaunas", Place("Kaunas", "LT-KU", "LTU")),
])
def test_cities_outside_china_get_their_iso_subdivision(name, expected):
    assert lookup_city(name) == expected


@pytest.mark.parametrize("name, city", [("Suwon", "Suwon"), ("Seongnam", "Seongnam")])
def test_korean_city_names_drop_the_si_suffix(name, city):
    assert lookup_city(name).city == city
    assert lookup_city(name).province_code == "KR-41"


@pytest.mark.parametrize("variant, city", [("Ahmadabad", "Ahmedabad"),
                                           ("Taschkent", "Tashkent")])
def test_spelling_variants_of_large_cities_resolve(variant, city):
    assert lookup_city(variant).city == city


@pytest.mark.parametrize("name, area, expected", [
    ("Wanaka", Place(None, None, "NZL"), Place("Wanaka", "NZ-OTA", "NZL")),
    ("Oamaru", Place(None, None, "NZL"), Place("Oamaru", "NZ-OTA", "NZL")),
])
def test_a_town_is_found_inside_the_area_written_after_it(name, area, expected):
    assert lookup_city(name) is None or lookup_city(name).country_code != "NZL"
    assert city_in(name, area) == expected


@pytest.mark.parametrize("name, cc, code", [("Queensland", "AUS", "AU-QLD"),
                                            ("Gauteng", "ZAF", "ZA-GP")])
def test_subdivision_names_of_any_country(name, cc, code):
    assert province_code(name, cc) == code


def test_taiwan_cities_keep_no_province_code():
    assert lookup_city("Kaohsiung") == Place("Kaohsiung", "TW-KHH", "TWN")


@pytest.mark.parametrize("written, city, country", [
    # a two-word name written as one word is the same name, whatever the city's size
    ("Banjaluka", "Banja Luka", "BIH"),
    ("Benguerir", "Ben Guerir", "MAR"),
])
def test_a_two_word_city_written_in_one_word_is_found(written, city, country):
    found = lookup_city(written)
    assert found is not None and (found.city, found.country_code) == (city, country)


@pytest.mark.parametrize("name, city", [
    ("诗巫", "Sibu"),       # GeoNames writes 詩巫
    ("员林市", "Yuanlin"),  # GeoNames writes 員林, without the suffix
])
def test_a_town_geonames_writes_in_traditional_is_found_in_simplified(name, city):
    assert lookup_city(name).city == city


@pytest.mark.parametrize("name, province", [
    # GeoNames files these towns under an admin-1 with no ISO code (Taiwan Province, Central
    # Serbia): the subdivision they lie in
    ("Douliu", "TW-YUN"),
    ("斗六市", "TW-YUN"),
    ("Puli", "TW-NAN"),
    ("Niš", "RS-20"),
    ("Kragujevac", "RS-12"),
    ("Belgrade", "RS-00"),
])
def test_a_town_under_an_admin1_without_iso_code_takes_its_subdivision(name, province):
    assert lookup_city(name).province_code == province


def test_a_county_is_not_its_largest_city():
    # GeoNames HU.06 is Csongrád county (HU-CS), not the city of Szeged (HU-SD)
    assert lookup_city("Szeged").province_code == "HU-CS"
    assert lookup_city("Hódmezővásárhely").province_code == "HU-CS"


def test_a_taiwanese_town_shares_no_name_with_a_mainland_city():
    # the Taiwanese town's subdivision is given to the town, never to the mainland namesake
    assert lookup_city("Chaozhou").country_code == "CHN"
