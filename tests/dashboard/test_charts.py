"""Chart builders are plain functions DataFrame → figure: checked without Streamlit."""
from __future__ import annotations

import pandas as pd
import pytest

from ui import charts
from ui.geo import china_provinces, city_coordinates


def test_unknown_year_is_a_bar_of_its_own_after_the_known_years():
    df = pd.DataFrame({"year": [2021, None, 2019, 2021], "event_type": ["forum", "fair",
                       "training", "fair"], "events": [2, 3, 1, 1]})
    fig = charts.events_per_year(df, "en")
    bar = fig.data[0]
    assert dict(zip(bar.x, bar.y, strict=True)) == {"2019": 1, "2021": 3, "year unknown": 3}
    assert list(fig.layout.xaxis.categoryarray) == ["2019", "2021", "year unknown"]


def test_unknown_year_label_follows_the_language():
    df = pd.DataFrame({"year": [None], "event_type": ["forum"], "events": [1]})
    assert list(charts.events_per_year(df, "zh").data[0].x) == ["年份未知"]


def test_year_and_type_bars_stack_with_readable_type_names():
    df = pd.DataFrame({"year": [2020, 2020], "event_type": ["co_organizer", "forum"],
                       "events": [1, 2]})
    fig = charts.events_by_year_type(df, "en")
    assert fig.layout.barmode == "stack"
    assert sorted(t.name for t in fig.data) == ["co organizer", "forum"]


def test_china_map_draws_every_province_with_zero_where_no_event():
    provinces = china_provinces()
    assert len(provinces) == 31 and ("CN-YN", "Yunnan") in provinces
    df = pd.DataFrame({"province_code": ["CN-GD", "CN-SC"], "events": [3, 1]})
    trace = charts.china_choropleth(df, provinces, "en").data[0]
    z = dict(zip(trace.locations, trace.z, strict=True))
    assert len(z) == 31 and z["CN-GD"] == 3 and z["CN-SC"] == 1 and z["CN-YN"] == 0
    assert trace.geojson == charts.CHINA_GEOJSON_URL and trace.featureidkey == "id"


def test_china_map_names_provinces_in_chinese():
    trace = charts.china_choropleth(pd.DataFrame(), [("CN-YN", "Yunnan")], "zh").data[0]
    assert list(trace.text) == ["云南省"]


def test_world_map_uses_iso3_and_is_not_centred_on_the_data():
    df = pd.DataFrame({"country_code": ["DEU", "KEN"], "country": ["Germany", "Kenya"],
                       "events": [2, 1]})
    fig = charts.world_choropleth(df, "en")
    assert fig.data[0].locationmode == "ISO-3" and list(fig.data[0].locations) == ["DEU", "KEN"]
    assert fig.layout.geo.center.lon == 0


@pytest.mark.parametrize(("city", "country", "near"), [
    ("Shenzhen", "CHN", (22.5, 114.1)),
    ("Munich", "DEU", (48.1, 11.6)),
    ("São Paulo", "BRA", (-23.5, -46.6)),
    ("Cambridge", "GBR", (52.2, 0.1)),  # same name in the USA: the country decides
    ("Cambridge", "USA", (42.4, -71.1)),
])
def test_city_coordinates_come_from_geonames(city, country, near):
    lat, lon = city_coordinates(city, country)
    assert abs(lat - near[0]) < 0.5 and abs(lon - near[1]) < 0.5


@pytest.mark.parametrize(("city", "country"), [("Atlantis", "GRC"), (None, "CHN"),
                                               ("Beijing", None)])
def test_unknown_cities_get_no_bubble(city, country):
    assert city_coordinates(city, country) is None


def test_mix_bars_are_normalised_to_100_percent_and_carry_the_event_id():
    df = pd.DataFrame({"event_id": ["e1", "e1"], "event": ["Expo", "Expo"], "year": [2020, 2020],
                       "category": ["university", "enterprise"], "share": [0.3, 0.5],
                       "count": [None, None], "basis": ["reported", "reported"]})
    fig = charts.mix_100(df, "event", "en", "t")
    assert fig.layout.barnorm == "percent"
    assert {t.customdata[0][0] for t in fig.data} == {"e1"}


def test_network_links_organisations_that_organised_together():
    edges = pd.DataFrame({"source": ["A Univ", "A Univ"], "target": ["B Park", "C Bureau"],
                          "source_type": ["university", "university"],
                          "target_type": ["park", "government"], "events": [2, 1]})
    fig = charts.network(edges, "en")
    lines = [t for t in fig.data if t.mode == "lines"]
    nodes = [t for t in fig.data if t.mode == "markers+text"]
    assert len(lines) == 2
    assert sorted(n for t in nodes for n in t.hovertext) == ["A Univ", "B Park", "C Bureau"]


def test_amount_bars_show_nothing_when_nothing_converted():
    df = pd.DataFrame({"year": [2020], "metric": ["funding"], "scope": ["event"],
                       "total": [None], "amounts": [1], "unconverted": [1]})
    fig = charts.amounts_by_year(df, "USD", "en")
    assert fig.data == () and fig.layout.annotations[0].text == "No data under the current filters."


@pytest.mark.parametrize("builder", [charts.events_per_year, charts.events_by_year_type,
                                     charts.events_by_month, charts.events_by_region])
def test_empty_frames_give_an_empty_chart_not_an_error(builder):
    assert builder(pd.DataFrame(), "en").data == ()


def test_meeting_mode_enlarges_type_and_canvas():
    fig = charts.style_for_meeting(charts.events_by_month(pd.DataFrame(), "en"), True)
    assert fig.layout.font.size == 22 and fig.layout.height == 720
