import pytest

from etl.gazetteer import (
    Place,
    city_in,
    city_name,
    country_code,
    country_hint,
    country_name,
    find_places,
    lookup_city,
    province_code,
    province_name,
    region_of,
)


@pytest.mark.parametrize("name, expected", [
    ("Kunming", Place("Kunming", "CN-YN", "CHN")),
    ("昆明", Place("Kunming", "CN-YN", "CHN")),
    ("昆明市", Place("Kunming", "CN-YN", "CHN")),
    ("Peking", Place("Beijing", "CN-BJ", "CHN")),
    ("Canton", Place("Guangzhou", "CN-GD", "CHN")),
    ("Xi’an", Place("Xi'an", "CN-SN", "CHN")),
    ("宿州", Place("Suzhou", "CN-AH", "CHN")),       # not the Jiangsu Suzhou (苏州)
    ("Suzhou", Place("Suzhou", "CN-JS", "CHN")),     # most populous of the two
    ("Munich", Place("Munich", "DE-BY", "DEU")),
    ("Atlanta", Place("Atlanta", "US-GA", "USA")),
    ("Hong Kong", Place("Hong Kong", None, "HKG")),  # a country, no province
    ("Taipei", Place("Taipei", "TW-TPE", "TWN")),
    ("万象", Place("Vientiane", "LA-VI", "LAO")),
    ("Zürich", Place("Zurich", "CH-ZH", "CHE")),
])
def test_lookup_city_resolves_names_aliases_and_chinese(name, expected):
    assert lookup_city(name) == expected


@pytest.mark.parametrize("name", ["", "   ", "Xyzzyville", "科技部", "\x00\ufffd"])
def test_lookup_city_unknown_is_none(name):
    assert lookup_city(name) is None


@pytest.mark.parametrize("name, cc, expected", [
    ("Yunnan", "CHN", "CN-YN"),
    ("Yunnan Province", "CHN", "CN-YN"),
    ("云南", "CHN", "CN-YN"),
    ("云南省", "CHN", "CN-YN"),
    ("广西壮族自治区", "CHN", "CN-GX"),
    ("Inner Mongolia", "CHN", "CN-NM"),
    ("宁夏回族自治区", "CHN", "CN-NX"),
    ("Shanxi", "CHN", "CN-SX"),
    ("Shaanxi", "CHN", "CN-SN"),
    ("Henan", "CHN", "CN-HA"),
    ("Hainan", "CHN", "CN-HI"),
    ("Hong Kong", "CHN", None),       # HKG is a country under our convention
    ("Georgia", "USA", "US-GA"),
    ("Bavaria", "DEU", "DE-BY"),
    ("Bayern", "DEU", "DE-BY"),
    ("Texas", "CHN", None),
    ("彰化县", "TWN", "TW-CHA"),     # Taiwan's counties and cities: ISO 3166-2:TW
    ("新竹县", "TWN", "TW-HSQ"),
    ("新竹市", "TWN", "TW-HSZ"),
])
def test_province_code(name, cc, expected):
    assert province_code(name, cc) == expected


@pytest.mark.parametrize("name, expected", [
    ("Sweden", "SWE"), ("瑞典", "SWE"), ("USA", "USA"), ("U.S.", "USA"),
    ("the United States", "USA"), ("UK", "GBR"), ("Britain", "GBR"),
    ("the Netherlands", "NLD"), ("South Korea", "KOR"), ("Korea", "KOR"),
    ("P.R.China", "CHN"), ("PRC", "CHN"), ("Hong Kong", "HKG"), ("澳门", "MAC"),
    ("Swedish", "SWE"), ("Korean", "KOR"), ("German", "DEU"), ("British", "GBR"),
    ("Italian", "ITA"), ("Chinese", "CHN"), ("Laos", "LAO"), ("老挝", "LAO"),
    ("Viet Nam", "VNM"), ("Côte d'Ivoire", "CIV"), ("DEU", "DEU"),
    ("Narnia", None), ("", None),
])
def test_country_code_names_aliases_demonyms(name, expected):
    assert country_code(name) == expected


@pytest.mark.parametrize("call, expected", [
    (lambda: province_name("CN-YN"), "Yunnan"),
    (lambda: province_name("CN-YN", "zh"), "云南省"),
    (lambda: province_name("CN-NX", "zh"), "宁夏回族自治区"),
    (lambda: province_name("XX-ZZ"), None),
    (lambda: country_name("DEU"), "Germany"),
    (lambda: country_name("DEU", "zh"), "德国"),
    (lambda: country_name("KOR", "zh"), "韩国"),
    (lambda: city_name("Kunming", "zh"), "昆明"),
    (lambda: city_name("Xyzzyville", "zh"), None),
    (lambda: region_of("CHN"), "Asia"),
    (lambda: region_of("BRA"), "Americas"),
    (lambda: region_of("TUR"), "Asia"),
    (lambda: region_of("KEN"), "Africa"),
    (lambda: region_of("NZL"), "Oceania"),
    (lambda: region_of("ZZZ"), None),
])
def test_display_names_and_regions(call, expected):
    assert call() == expected


@pytest.mark.parametrize("text, expected", [
    ("The expo opened in Hangzhou, Zhejiang.", [("Hangzhou", "Hangzhou"), ("Zhejiang", "CN-ZJ")]),
    ("会议在成都举行，四川省领导出席。", [("成都", "Chengdu"), ("四川省", "CN-SC")]),
    ("Delegates from Germany and the UK.", [("Germany", "DEU"), ("UK", "GBR")]),
    ("A meeting in Reading, UK.", [("Reading", "Reading"), ("UK", "GBR")]),
    # Traps: common words and names that are also GeoNames cities.
    ("Reading is fun; Nice work; Mobile phones; Of course.", []),
    ("Xiao Wenchang gave a talk.", []),
    ("Partners from Latin America joined.", []),
    ("Speakers came from the Belt and Road countries.", []),
    ("Prices in US$ rose.", []),
    ("at University College London", [("London", "London")]),
])
def test_find_places_mentions_and_traps(text, expected):
    got = [(s, p.city or p.province_code or p.country_code) for _a, _b, s, p in find_places(text)]
    assert got == expected


def test_find_places_offsets_point_at_the_surface():
    text = "Held in Shenzhen."
    (start, end, surface, place), = find_places(text)
    assert text[start:end] == surface == "Shenzhen" and place.province_code == "CN-GD"


@pytest.mark.parametrize("text", ["", "\x00" * 10, "💡" * 1000, "a" * 200_000])
def test_find_places_never_raises(text):
    assert find_places(text) == []


@pytest.mark.parametrize("name, expected", [
    ("Georgia Institute of Technology (USA)", "USA"),
    ("Karlsruhe Institute of Technology (Germany)", "DEU"),
    ("University of Belgrade, Serbia", "SRB"),
    ("Polytechnic University of Turin", "ITA"),
    ("Korean Association of University Technology Managers", "KOR"),
    ("Consulate General of Switzerland in Shanghai", "CHE"),
    ("Embassy of the Netherlands in China", "NLD"),
    ("British Embassy Beijing", "GBR"),
    ("德国驻华大使馆", "DEU"),
    ("Hong Kong Polytechnic University", "HKG"),
    ("Yunnan Provincial Department of Science and Technology", "CHN"),
    ("Beijing Institute of Technology", "CHN"),
    ("瑞典卡罗琳斯卡医学院", "SWE"),
    ("美国佐治亚理工学院", "USA"),
    ("National University of Singapore", "SGP"),
    ("Technion (Israel)", "ISR"),
    ("Tsinghua University", None),
    ("科技部科技评估中心", None),
    ("", None),
])
def test_country_hint_for_organisation_names(name, expected):
    assert country_hint(name) == expected


@pytest.mark.parametrize("name, area, expected", [
    ("Cambridge", Place(None, "US-MA", "USA"), Place("Cambridge", "US-MA", "USA")),
    ("Portland", Place(None, "US-OR", "USA"), Place("Portland", "US-OR", "USA")),
    ("Cambridge", Place(None, None, "GBR"), Place("Cambridge", "GB-ENG", "GBR")),
    ("Atlantis", Place(None, None, "USA"), None),
])
def test_city_in_finds_the_city_of_that_name_inside_an_area(name, area, expected):
    assert city_in(name, area) == expected


@pytest.mark.parametrize("name, province", [
    ("Esbjerg", "DK-83"), ("Aalborg", "DK-81"), ("Ashkelon", "IL-D"), ("Netanya", "IL-M"),
    ("Linz", "AT-4"), ("Brno", "CZ-64"), ("Oulu", "FI-14"), ("Rennes", "FR-BRE"),
    ("Wrocław", "PL-02"), ("Kota Kinabalu", "MY-12"), ("Leeuwarden", "NL-FR"),
])
def test_cities_of_admin1_areas_the_name_derivation_missed_get_their_province(name, province):
    assert lookup_city(name).province_code == province


@pytest.mark.parametrize("text, place", [
    # Rwandan towns are written by their district's name since 2006 (GeoNames keeps the old one)
    ("RUBAVU – A lakeside incubator opened on Monday.", Place("Rubavu", "RW-04", "RWA")),
    ("The fair moved to the Gicumbi district hall this year.", Place("Gicumbi", "RW-03", "RWA")),
    ("Students at the Huye campus presented prototypes.", Place("Huye", "RW-05", "RWA")),
])
def test_rwandan_towns_by_their_district_names(text, place):
    assert [m.place for m in find_places(text)] == [place]
