"""The overview's Vega-Lite specs (ui/vega.py) are plain functions DataFrame → dict: literal
rows in, literal spec parts out (bars, colours, order, axes, formats, the click parameter)."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from ui import charts, vega


def _years(spec: dict) -> dict[int, int]:
    return {r["year"]: r["events"] for r in spec["data"]["values"]}


def test_every_year_of_the_span_is_a_bar_empty_years_zero_unknown_left_out():
    df = pd.DataFrame({"year": [2012, None, 2017, 2012], "event_type": ["forum", "fair",
                       "training", "fair"], "events": [2, 10, 1, 1]})
    spec = vega.events_per_year(df, "en")
    assert _years(spec) == {2012: 3, 2013: 0, 2014: 0, 2015: 0, 2016: 0, 2017: 1}
    x = spec["encoding"]["x"]
    assert x["field"] == "year" and x["scale"]["domain"] == [2012, 2013, 2014, 2015, 2016, 2017]
    assert x["title"] == "Year" and spec["title"] == "Events per year"


def test_the_year_axis_spans_the_years_asked_for_and_thins_its_labels_on_a_long_span():
    df = pd.DataFrame({"year": [2016], "event_type": ["forum"], "events": [1]})
    spec = vega.events_per_year(df, "en", (2015, 2018))
    assert _years(spec) == {2015: 0, 2016: 1, 2017: 0, 2018: 0}
    assert spec["encoding"]["x"]["axis"]["values"] == [2015, 2016, 2017, 2018]
    assert vega.year_ticks(list(range(2000, 2021))) == list(range(2000, 2021, 2))
    assert vega.year_ticks(list(range(1990, 2031))) == list(range(1990, 2031, 5))


def test_the_year_bars_are_the_plotly_chart_bars_in_its_colour():
    df = pd.DataFrame({"year": [2019, 2021, 2021], "event_type": ["forum", "fair", "forum"],
                       "events": [4, 1, 2]})
    fig = charts.events_per_year(df, "en")
    spec = vega.events_per_year(df, "en")
    assert _years(spec) == dict(zip(fig.data[0].x, fig.data[0].y, strict=True))
    assert spec["mark"]["color"] == fig.data[0].marker.color == "#0072B2"


def test_counts_are_whole_numbers_with_separators_on_axis_and_tooltip():
    df = pd.DataFrame({"year": [2020], "event_type": ["forum"], "events": [12345]})
    spec = vega.events_per_year(df, "en")
    assert spec["encoding"]["y"]["axis"] == {"format": ",d", "tickMinStep": 1}
    assert spec["encoding"]["tooltip"][1] == {"field": "events", "type": "quantitative",
                                              "title": "events", "format": ",d"}


def test_a_click_on_a_year_bar_selects_its_year():
    df = pd.DataFrame({"year": [2020], "event_type": ["forum"], "events": [1]})
    assert vega.events_per_year(df, "en")["params"] == [
        {"name": "pick", "select": {"type": "point", "fields": ["year"], "on": "click"}}]


def test_regions_are_ranked_unknown_last_each_in_its_own_colour():
    df = pd.DataFrame({"region": ["Europe", None, "Asia", "Africa"], "events": [3, 9, 7, 3]})
    spec = vega.events_by_region(df, "en")
    assert [(r["region"], r["name"], r["events"]) for r in spec["data"]["values"]] == [
        ("Asia", "Asia", 7), ("Europe", "Europe", 3), ("Africa", "Africa", 3),
        (None, "unknown", 9)]
    enc = spec["encoding"]
    assert enc["y"]["sort"] == ["Asia", "Europe", "Africa", "unknown"]
    assert enc["color"]["scale"] == {"domain": ["Asia", "Europe", "Africa", "unknown"],
                                     "range": ["#D55E00", "#0072B2", "#E69F00", "#9aa3ab"]}
    assert enc["color"]["legend"] is None
    assert spec["params"][0]["select"]["fields"] == ["region"]


def test_chinese_titles_axes_and_region_names():
    years = pd.DataFrame({"year": [2020], "event_type": ["forum"], "events": [1]})
    regions = pd.DataFrame({"region": ["Asia", "Europe"], "events": [2, 1]})
    per_year, by_region = vega.events_per_year(years, "zh"), vega.events_by_region(regions, "zh")
    assert (per_year["title"], per_year["encoding"]["x"]["title"]) == ("每年活动数", "年份")
    assert by_region["title"] == "各地区活动数"
    assert [r["name"] for r in by_region["data"]["values"]] == ["亚洲", "欧洲"]
    # the click still stands for the vocabulary value, not its Chinese name
    assert [r["region"] for r in by_region["data"]["values"]] == ["Asia", "Europe"]


def test_meeting_mode_gives_the_plotly_meeting_height_and_type_sizes():
    df = pd.DataFrame({"region": ["Asia"], "events": [2]})
    assert "config" not in vega.events_by_region(df, "en")
    spec = vega.events_by_region(df, "en", meeting=True)
    assert spec["height"] == charts.MEETING_HEIGHT == 560
    assert spec["config"]["axis"] == {"labelFontSize": 16, "titleFontSize": 18}
    assert spec["config"]["title"] == {"fontSize": 24}


@pytest.mark.parametrize("builder", [vega.events_per_year, vega.events_by_region])
def test_no_rows_give_a_chart_that_says_so(builder):
    df = pd.DataFrame({"year": [None], "region": [None], "event_type": ["forum"],
                       "events": [4]}).iloc[:0]
    spec = builder(df, "en")
    assert spec["mark"]["type"] == "text" and spec["data"]["values"] == [
        {"text": "No data under the current filters."}]
    assert "params" not in spec  # nothing to click (the page asks for no selection events)


def test_names_are_data_values_never_expressions_or_markup_of_the_spec():
    # a region value the vocabulary does not know is shown as it is, as text: it appears in
    # the spec only as a data value (and the colour domain and sort order that name it)
    hostile = "<img src=x onerror=alert(1)>"
    spec = vega.events_by_region(pd.DataFrame({"region": [hostile], "events": [1]}), "en")
    assert spec["data"]["values"][0]["name"] == hostile
    assert spec["encoding"]["y"]["sort"] == spec["encoding"]["color"]["scale"]["domain"] \
        == [hostile]
    rest = {k: v for k, v in spec.items() if k != "data"}
    rest["encoding"] = {k: v for k, v in spec["encoding"].items() if k not in ("y", "color")}
    text = json.dumps(rest)
    assert "img" not in text and "expr" not in text and "labelExpr" not in text
