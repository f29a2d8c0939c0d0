"""Places on the dashboard come from the ETL: coordinates and Chinese names of each event's
place from the places mart (built by etl/marts.py with the ETL's gazetteer), cities told apart
by their province, countries named as the ETL names them."""
from __future__ import annotations

import copy

import pytest

from etl import gazetteer
from ui import charts, layout
from ui import queries as q
from ui.data import connect, execute, inspect_warehouse
from ui.filters import Filters
from ui.i18n import chinese_city_names, country_name

# event → (city, province code, province, country code, country) as the ETL writes it
PLACES = {
    "ev01": ("Suzhou", "CN-AH", "Anhui", "CHN", "China"),
    "ev02": ("Suzhou", "CN-JS", "Jiangsu", "CHN", "China"),
    "ev03": ("Fuzhou", "CN-JX", "Jiangxi", "CHN", "China"),
    "ev07": ("Fuzhou", "CN-FJ", "Fujian", "CHN", "China"),
    "ev08": ("Taipei", "TW-TPE", "Taipei", "TWN", "Taiwan"),
    "ev05": ("Seoul", None, None, "KOR", "South Korea"),
}
# where GeoNames has each of them (lat, lon)
NEAR = {("Suzhou", "CN-AH"): (33.6, 117.0), ("Suzhou", "CN-JS"): (31.3, 120.6),
        ("Fuzhou", "CN-JX"): (28.0, 116.3), ("Fuzhou", "CN-FJ"): (26.1, 119.3)}


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):
    from tests.dashboard.warehouse_fixture import rows_by_table, write_warehouse

    data = copy.deepcopy(rows_by_table())
    for ev in data["events"]:
        if ev["event_id"] in PLACES:
            keys = ("city", "province_code", "province", "country_code", "country")
            ev.update(zip(keys, PLACES[ev["event_id"]], strict=True))
    root = write_warehouse(tmp_path_factory.mktemp("places") / "wh", data=data)
    connection, broken = connect(inspect_warehouse(root))  # no marts: the dashboard builds them
    assert broken == ()
    return connection


def test_namesakes_in_two_provinces_are_drawn_where_the_etl_placed_them(con):
    rows = execute(con, q.events_by_city(Filters()))
    drawn = {(r.city, r.province_code): (r.lat, r.lon) for r in rows.itertuples()}
    for place, (lat, lon) in NEAR.items():
        assert abs(drawn[place][0] - lat) < 0.3 and abs(drawn[place][1] - lon) < 0.3, place
    bubbles = charts.city_bubbles(rows, "en", china=True).data[0]
    at = {name: (lat, lon) for name, lat, lon in zip(bubbles.text, bubbles.lat, bubbles.lon,
                                                     strict=True)}
    assert at["Suzhou (Anhui)"] == drawn[("Suzhou", "CN-AH")]
    assert at["Fuzhou (Jiangxi)"] == drawn[("Fuzhou", "CN-JX")]


def test_chinese_city_names_follow_the_province(con):
    rows = execute(con, q.events_by_city(Filters()))
    names = set(charts.city_bubbles(rows, "zh", china=True).data[0].text)
    # 宿州 (Anhui) and 苏州 (Jiangsu), 抚州 (Jiangxi) and 福州 (Fujian)
    assert {"宿州", "苏州", "抚州", "福州", "台北"} <= names
    table = layout.display_frame(rows[["city", "province_code", "country_code"]], "zh",
                                 chinese_city_names(execute(con, q.place_names_zh())))
    by_place = dict(zip(zip(rows["city"], rows["province_code"], strict=True), table["city"],
                        strict=True))
    assert by_place[("Suzhou", "CN-AH")] == "宿州" and by_place[("Suzhou", "CN-JS")] == "苏州"


def test_chinese_country_names_are_the_etls(con):
    places = execute(con, q.Query("SELECT country_code, country_zh FROM m_places "
                                  "WHERE country_code IN ('TWN', 'KOR')"))
    assert dict(zip(places["country_code"], places["country_zh"], strict=True)) == \
        {"TWN": "台湾", "KOR": "韩国"}
    by_country = execute(con, q.events_by_country(Filters()))
    shown = dict(zip(by_country["country_code"],
                     charts.world_choropleth(by_country, "zh").data[0].text, strict=True))
    assert (shown["TWN"], shown["KOR"]) == ("台湾", "韩国")
    for code in ("TWN", "KOR", "HKG", "DEU"):
        assert country_name(code, None, "zh") == gazetteer.country_name(code, "zh")

