"""Chart builders are plain functions DataFrame → figure: checked without Streamlit."""
from __future__ import annotations

import pandas as pd
import pytest

from ui import charts
from ui.charts import china_provinces


def test_years_without_events_are_drawn_as_zero_and_unknown_is_not_a_bar():
    df = pd.DataFrame({"year": [2012, None, 2017, 2012], "event_type": ["forum", "fair",
                       "training", "fair"], "events": [2, 10, 1, 1]})
    fig = charts.events_per_year(df, "en")
    bar = fig.data[0]
    assert dict(zip(bar.x, bar.y, strict=True)) == {2012: 3, 2013: 0, 2014: 0, 2015: 0,
                                                    2016: 0, 2017: 1}
    assert fig.layout.xaxis.type == "linear"


def test_the_year_axis_spans_the_years_asked_for():
    df = pd.DataFrame({"year": [2016], "event_type": ["forum"], "events": [1]})
    fig = charts.events_by_year_type(df, "en", (2015, 2018))
    assert list(fig.layout.xaxis.range) == [2014.4, 2018.6]


def test_only_undated_events_give_an_empty_year_chart():
    df = pd.DataFrame({"year": [None], "event_type": ["forum"], "events": [4]})
    assert charts.events_per_year(df, "zh").data == ()


def test_months_and_quarters_leave_no_period_out():
    df = pd.DataFrame({"period": ["2021-Q2", "2022-Q1"], "events": [2, 1]})
    fig = charts.events_by_period(df, "quarter", "en")
    assert list(fig.data[0].x) == ["2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1"]
    assert list(fig.data[0].y) == [2, 0, 0, 1]


def test_year_and_type_bars_stack_with_readable_type_names():
    df = pd.DataFrame({"year": [2020, 2020], "event_type": ["co_organizer", "forum"],
                       "events": [1, 2]})
    fig = charts.events_by_year_type(df, "en")
    assert fig.layout.barmode == "stack"
    assert sorted(t.name for t in fig.data) == ["co organizer", "forum"]


def test_china_map_draws_every_province_and_hong_kong_macao_taiwan_with_their_counts():
    provinces = china_provinces()
    codes = [c for c, _ in provinces]
    assert len(provinces) == 34 and ("CN-YN", "Yunnan") in provinces
    assert {"HKG", "MAC", "TWN"} <= set(codes)
    df = pd.DataFrame({"province_code": ["CN-GD", "CN-SC"], "events": [3, 1]})
    countries = pd.DataFrame({"country_code": ["CHN", "HKG", "TWN"], "events": [4, 2, 1]})
    fig = charts.china_choropleth(df, provinces, "en", countries=countries)
    base, counted = fig.data[0], fig.data[1]
    assert len(base.locations) == 34  # every division drawn, zero where no event
    counts = {code: n for code, n in base.customdata}
    assert counts["CN-GD"] == 3 and counts["CN-YN"] == 0
    assert (counts["HKG"], counts["MAC"], counts["TWN"]) == (2, 0, 1)
    assert sorted(counted.locations) == ["CN-GD", "CN-SC", "HKG", "TWN"]
    assert base.geojson == charts.CHINA_GEOJSON_URL and base.featureidkey == "id"


def test_china_map_has_a_south_china_sea_inset():
    fig = charts.china_choropleth(pd.DataFrame(), china_provinces(), "en")
    assert [t.geo for t in fig.data] == ["geo", "geo", "geo2", "geo2", "geo2"]
    inset = fig.layout.geo2
    assert inset.lataxis.range[0] <= 4 and inset.lonaxis.range[1] >= 117  # down to the Spratlys
    assert inset.domain.x[0] > 0.5 and inset.domain.y[1] < 0.5  # a corner, not the whole map


def test_the_inset_carries_the_dashed_line_of_the_reference_table():
    from etl.reference import read_csv

    fig = charts.china_choropleth(pd.DataFrame(), china_provinces(), "zh")
    [line] = [t for t in fig.data if t.type == "scattergeo"]
    assert (line.geo, line.mode, line.name) == ("geo2", "lines", "南海断续线")
    rows = read_csv("nine_dash_line.csv")
    # each dash a segment of its own: its two ends, then a gap
    assert list(line.lon) == [x for r in rows for x in (float(r["lon_start"]),
                                                        float(r["lon_end"]), None)]
    assert list(line.lat) == [y for r in rows for y in (float(r["lat_start"]),
                                                        float(r["lat_end"]), None)]
    assert len(rows) >= 9 and all(r["source"] for r in rows)
    inset = fig.layout.geo2
    (lon0, lon1), (lat0, lat1) = inset.lonaxis.range, inset.lataxis.range
    ends = [(x, y) for x, y in zip(line.lon, line.lat, strict=True) if x is not None]
    assert all(lon0 < x < lon1 and lat0 < y < lat1 for x, y in ends)  # none cut by the frame
    # it runs round James Shoal (3.97 N, 112.35 E) and west of Scarborough Shoal (117.76 E)
    south = min(ends, key=lambda e: e[1])
    assert south[1] < 3.97 and abs(south[0] - 112.35) < 1.5
    assert any(14.5 <= y <= 16 and x > 117.76 for x, y in ends)


def test_china_geojson_holds_the_paracel_islands_with_hainan():
    import json

    from ui.charts import CHINA_GEOJSON

    hainan = next(f for f in json.loads(CHINA_GEOJSON.read_text())["features"]
                  if f["id"] == "CN-HI")
    assert any(16 < p[1] < 17.2 and 111 < p[0] < 113
               for poly in hainan["geometry"]["coordinates"] for p in poly[0])


def test_china_map_names_provinces_in_chinese():
    trace = charts.china_choropleth(pd.DataFrame(), [("CN-YN", "Yunnan"), ("HKG", "Hong Kong")],
                                    "zh").data[0]
    assert list(trace.text) == ["云南省", "香港"]


def test_unknown_comes_last_in_a_ranked_bar():
    df = pd.DataFrame({"region": [None, "Asia", "Europe"], "events": [29, 16, 5]})
    fig = charts.events_by_region(df, "en")
    assert list(fig.data[0].y) == ["Asia", "Europe", "unknown"]
    part = pd.DataFrame({"participation": ["unknown", "domestic", "international"],
                         "events": [42, 10, 3]})
    bar = charts.labelled_bar(part, "participation", "events", "t", color="participation")
    assert list(bar.layout.xaxis.categoryarray) == ["domestic", "international", "unknown"]


def test_world_map_uses_iso3_and_is_not_centred_on_the_data():
    df = pd.DataFrame({"country_code": ["DEU", "KEN"], "country": ["Germany", "Kenya"],
                       "events": [2, 1]})
    fig = charts.world_choropleth(df, "en")
    assert fig.data[0].locationmode == "ISO-3" and list(fig.data[0].locations) == ["DEU", "KEN"]
    assert fig.layout.geo.center.lon == 0


def test_a_partial_share_is_drawn_as_reported_with_the_rest_unreported():
    df = pd.DataFrame({"event_id": ["e1"], "event": ["Expo"], "year": [2020],
                       "category": ["enterprise"], "share": [0.31], "count": [None],
                       "basis": ["reported"]})
    fig = charts.mix_100(df, "event", "en", "t")
    widths = {t.name: list(t.x) for t in fig.data}
    assert widths == {"enterprise": [31.0], "not reported": [69.0]}
    assert fig.layout.barnorm is None and list(fig.layout.xaxis.range) == [0, 100]
    assert {t.customdata[0][0] for t in fig.data} == {"e1"}


def test_beyond_eight_categories_the_rest_is_other():
    cats = [f"type{i}" for i in range(12)]
    df = pd.DataFrame({"event_id": "e1", "event": "Expo", "year": 2020, "category": cats,
                       "share": [0.2 - i * 0.01 for i in range(12)], "count": None,
                       "basis": "reported"})
    names = [t.name for t in charts.mix_100(df, "event", "en", "t").data]
    assert len(names) == 9 and names[-1] == "other" and "type 11" not in names


def test_mix_years_run_in_year_order_with_unknown_last():
    df = pd.DataFrame({"year": [2019, None, 2006, 2012], "category": "university",
                       "share": [0.5, 0.5, 0.5, 0.5], "basis": "reported"})
    fig = charts.mix_100(df, "year", "en", "t")
    assert list(fig.layout.yaxis.categoryarray) == ["2006", "2012", "2019", "year unknown"]


def test_each_type_has_one_colour_in_every_chart():
    from ui import palette

    uni = palette.ORG_TYPES["university"]
    top = pd.DataFrame({"name": ["A", "B"], "events": [3, 2],
                        "org_type": ["enterprise", "university"]})
    bar = charts.labelled_bar(top, "name", "events", "t", color="org_type", horizontal=True)
    assert {t.name: t.marker.color for t in bar.data}["university"] == uni
    mix = pd.DataFrame({"event_id": ["e"], "event": ["E"], "year": [2020],
                        "category": ["university"], "share": [1.0], "basis": ["reported"]})
    assert charts.mix_100(mix, "event", "en", "t").data[0].marker.color == uni
    edges = pd.DataFrame({"source": ["A"], "target": ["B"], "source_type": ["university"],
                          "target_type": ["park"], "events": [1]})
    nodes = {t.name: t.marker.color for t in charts.network(edges).data if t.name}
    assert nodes["university"] == uni


def test_ranked_bars_stay_ranked_when_coloured_by_type():
    top = pd.DataFrame({"name": ["Big", "Mid", "Small"], "events": [9, 5, 1],
                        "org_type": ["university", "enterprise", "university"]})
    fig = charts.labelled_bar(top, "name", "events", "t", color="org_type", horizontal=True)
    assert list(fig.layout.yaxis.categoryarray) == ["Big", "Mid", "Small"]


def test_parts_that_may_overlap_are_not_stacked():
    df = pd.DataFrame({"org_type": ["university", "university"], "role": ["host", "partner"],
                       "organisations": [2, 2]})
    fig = charts.labelled_bar(df, "org_type", "organisations", "t", color="role", stack=False)
    assert fig.layout.barmode == "group"


def test_amounts_are_one_panel_per_metric_never_summed():
    df = pd.DataFrame({"year": [2021, 2021, 2022], "metric": ["contract_value", "investment",
                       "contract_value"], "scope": "event", "total": [5e8, 2e9, 1e8],
                       "amounts": 1, "unconverted": 0})
    fig = charts.amounts_by_year(df, "USD", "en")
    panels = {t.yaxis for t in fig.data}
    assert len(panels) == 2
    assert [a.text for a in fig.layout.annotations] == ["contract value", "investment"]
    assert fig.layout.barmode == "group"
    assert fig.layout.yaxis.title.text == "USD, billion"


def test_amounts_of_unknown_year_are_not_a_year_bar():
    df = pd.DataFrame({"year": pd.array([None, 2021], dtype="Int64"),
                       "metric": "contract_value", "scope": "event", "total": [9e9, 1e8],
                       "amounts": 1, "unconverted": 0})
    fig = charts.amounts_by_year(df, "CNY", "zh")
    assert [list(t.x) for t in fig.data] == [[2021]]
    assert fig.layout.yaxis.title.text == "亿元"


def test_network_links_organisations_that_organised_together():
    edges = pd.DataFrame({"source": ["A Univ", "A Univ"], "target": ["B Park", "C Bureau"],
                          "source_type": ["university", "university"],
                          "target_type": ["park", "government"], "events": [2, 1]})
    fig = charts.network(edges, "en")
    lines = [t for t in fig.data if t.mode == "lines"]
    nodes = [t for t in fig.data if t.mode == "markers+text"]
    assert len(lines) == 2
    assert sorted(n for t in nodes for n in t.hovertext) == ["A Univ", "B Park", "C Bureau"]


def test_network_title_is_plain_and_only_the_busiest_are_named():
    n = charts.NETWORK_LABELS + 6
    edges = pd.DataFrame({"source": [f"Org {i:02d}" for i in range(n)],
                          "target": [f"Org {i + 1:02d}" for i in range(n)],
                          "source_type": "university", "target_type": "university",
                          "events": list(range(n, 0, -1))})
    fig = charts.network(edges, "en", among=200)
    assert "<" not in fig.layout.title.text
    assert "200" in fig.layout.title.subtitle.text
    named = [x for t in fig.data if t.mode == "markers+text" for x in t.text if x]
    assert 0 < len(named) <= charts.NETWORK_LABELS
    assert "Org 00" in named  # the busiest is always named


def test_network_labels_are_spread_round_the_circle():
    nodes = [f"n{i:02d}" for i in range(48)]
    degree = {n: 100 - i for i, n in enumerate(nodes)}  # the busiest all side by side
    named = sorted(int(n[1:]) for n in charts._spread_labels(nodes, degree))
    assert len(named) == charts.NETWORK_LABELS
    assert min(b - a for a, b in zip(named, named[1:], strict=False)) >= 4


def test_amount_bars_show_nothing_when_nothing_converted():
    df = pd.DataFrame({"year": [2020], "metric": ["funding"], "scope": ["event"],
                       "total": [None], "amounts": [1], "unconverted": [1]})
    fig = charts.amounts_by_year(df, "USD", "en")
    assert fig.data == () and fig.layout.annotations[0].text == "No data under the current filters."


@pytest.mark.parametrize("builder", [charts.events_per_year, charts.events_by_year_type,
                                     charts.events_by_month, charts.events_by_region])
def test_empty_frames_give_an_empty_chart_not_an_error(builder):
    assert builder(pd.DataFrame(), "en").data == ()


def test_meeting_mode_enlarges_type_and_fits_a_720_pixel_screen():
    fig = charts.style_for_meeting(charts.events_by_month(pd.DataFrame(), "en"), True)
    assert fig.layout.font.size >= 18 and fig.layout.height <= 600
    df = pd.DataFrame({"year": [2020, 2021], "event_type": "forum", "events": [1, 2]})
    bars = charts.style_for_meeting(charts.events_per_year(df, "en"), True)
    # set on the axes themselves: Streamlit's theme would otherwise shrink the ticks
    assert bars.layout.xaxis.tickfont.size >= 16 and bars.layout.yaxis.title.font.size >= 18


def test_world_map_colours_on_a_log_scale_that_says_so():
    df = pd.DataFrame({"country_code": ["CHN", "FRA", "NGA"], "country": None,
                       "events": [400, 2, 1]})
    fig = charts.world_choropleth(df, "en")
    trace = fig.data[0]
    assert trace.z[2] == 0 and trace.zmin == 0  # one event: the lightest colour, not white
    assert trace.colorscale[0][1] != "rgb(255,255,255)"
    assert "log" in trace.colorbar.title.text
    assert list(trace.colorbar.ticktext[:3]) == ["1", "2", "5"]
    assert trace.colorbar.ticktext[-1] == "400"


def test_china_city_map_shows_chinese_cities_only():
    df = pd.DataFrame({"city": ["Shenzhen", "Munich"], "province_code": ["CN-GD", "DE-BY"],
                       "country_code": ["CHN", "DEU"], "lat": [22.5, 48.1], "lon": [114.1, 11.6],
                       "city_zh": ["深圳", "慕尼黑"], "province_zh": ["广东省", "巴伐利亚州"],
                       "events": [3, 1]})
    fig = charts.city_bubbles(df, "zh", china=True)
    assert list(fig.data[0].text) == ["深圳"]
    assert fig.layout.geo.lonaxis.range[0] > 70


@pytest.mark.parametrize(("counts", "dtick", "tickformat"), [
    ([1, 1, 1], 1, None),          # no '0.5 events' ticks on small counts
    ([3, 10], 1, None),
    ([40, 7], None, ",d"),
])
def test_count_axes_have_whole_number_ticks(counts, dtick, tickformat):
    df = pd.DataFrame({"name": [f"Org {i}" for i in range(len(counts))], "events": counts,
                       "org_type": "university"})
    fig = charts.labelled_bar(df, "name", "events", "Top", color="org_type", horizontal=True)
    assert (fig.layout.xaxis.dtick, fig.layout.xaxis.tickformat) == (dtick, tickformat)


def test_a_bar_coloured_by_its_own_category_has_no_legend():
    df = pd.DataFrame({"participation": ["domestic", "international"], "events": [3, 2]})
    fig = charts.labelled_bar(df, "participation", "events", "Scope", color="participation")
    assert fig.layout.showlegend is False


@pytest.mark.parametrize(("xy", "position"), [
    ((1.0, 0.0), "middle right"), ((-1.0, 0.0), "middle left"), ((0.0, 1.0), "top center"),
    ((0.0, -1.0), "bottom center"), ((0.7, -0.7), "bottom right"), ((0.0, 0.0), "top center"),
])
def test_network_labels_point_away_from_the_centre(xy, position):
    assert charts._outward(*xy) == position
