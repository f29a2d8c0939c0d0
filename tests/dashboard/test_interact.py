"""A click on a chart becomes a filter: the value a clicked point stands for, and the filters
after it (ui/interact.py, pure parts)."""
from __future__ import annotations

import pytest

from ui.filters import Filters, to_query_params
from ui.interact import pick_value, point_value, selected_points


@pytest.mark.parametrize(("point", "value"), [
    ({"x": 2019, "y": 3, "customdata": [2019]}, 2019),
    ({"x": 4, "y": "Asia", "customdata": "Asia"}, "Asia"),
    ({"location": "DEU", "z": 0.3, "customdata": ["DEU", 2]}, "DEU"),
    ({"x": "2021-Q2", "y": 1}, "2021-Q2"),
])
def test_a_clicked_point_stands_for_its_customdata(point, value):
    assert point_value(point) == value


@pytest.mark.parametrize(("pick", "values", "expected"), [
    ("year", [2019], {"y0": "2019", "y1": "2019"}),
    ("year", [2021.0, 2018], {"y0": "2018", "y1": "2021"}),
    ("region", ["Asia"], {"region": "Asia"}),
    ("country", ["DEU"], {"country": "DEU"}),
    ("province", ["CN-GD"], {"province": "CN-GD"}),
    ("event_type", ["fair"], {"type": "fair"}),
    ("org", ["Tsinghua University"], {"org": "Tsinghua University"}),
])
def test_a_click_writes_the_filter_and_so_the_url(pick, values, expected):
    assert to_query_params(pick_value(pick, values, Filters())) == expected


def test_picking_a_region_clears_narrower_places():
    f = Filters(countries=("CHN",), provinces=("CN-GD",))
    assert to_query_params(pick_value("region", ["Europe"], f)) == {"region": "Europe"}


@pytest.mark.parametrize(("pick", "values"), [
    ("region", ["unknown"]), ("region", [None]), ("country", ["China"]),
    ("province", ["HKG"]), ("event_type", ["party"]), ("year", ["year unknown"]),
])
def test_a_click_on_nothing_a_filter_can_name_changes_nothing(pick, values):
    assert pick_value(pick, values, Filters()) is None


@pytest.mark.parametrize(("state", "values"), [
    # Plotly: the points with their customdata
    ({"selection": {"points": [{"x": 2019, "y": 3, "customdata": [2019]}]}}, [2019]),
    # Vega-Lite (ui/vega.py): the `pick` parameter, one {field: value} per clicked point
    ({"selection": {"pick": [{"year": 2021}]}}, [2021]),
    ({"selection": {"pick": [{"region": "Asia"}, {"region": "Europe"}]}}, ["Asia", "Europe"]),
    ({"selection": {"pick": [{"region": None}]}}, [None]),
    # nothing clicked yet: Streamlit's empty states
    ({"selection": {"pick": {}}}, []),
    ({"selection": {"points": []}}, []),
    ({}, []),
    (None, []),
])
def test_plotly_and_vega_lite_selections_give_the_same_clicked_values(state, values):
    assert [point_value(p) for p in selected_points(state)] == values


def test_a_click_on_the_overview_vega_charts_filters_like_a_plotly_one():
    year = selected_points({"selection": {"pick": [{"year": 2021}]}})
    region = selected_points({"selection": {"pick": [{"region": "Asia"}]}})
    assert to_query_params(pick_value("year", [point_value(p) for p in year], Filters())) \
        == {"y0": "2021", "y1": "2021"}
    assert to_query_params(pick_value("region", [point_value(p) for p in region],
                                      Filters())) == {"region": "Asia"}
