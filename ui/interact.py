"""Clicks on charts: a year, region, country, event type or organisation picked on a chart
becomes a filter (in the sidebar and the URL), so every page and KPI follows it; a bar that
drills down opens the rows behind it (`ui.drill`, the page's `bar` URL parameter).
`pick_value` is pure; `apply_pick` and `apply_drill` are the Streamlit side."""
from __future__ import annotations

from dataclasses import replace

import streamlit as st

from etl.schema import EVENT_TYPES, REGIONS
from ui import drill
from ui.filters import Filters
from ui.vega import PICK as VEGA_PICK

# pick → the widget keys to re-seed from the new filters (see dashboard.py)
PICKS = {"year": ("w_years",), "region": ("w_regions",), "country": ("w_countries",),
         "province": ("w_provinces",), "event_type": ("w_types",), "org": ("w_org",)}
FILTERS = "_filters"


def selected_points(selection: object) -> list[dict]:
    """The selected points of a chart's state: Plotly's (`selection.points`, each with its
    customdata / location / x), or a Vega-Lite chart's `VEGA_PICK` parameter (a list of
    {field: value}, the value a click stands for), as points of the same shape."""
    try:
        state = selection["selection"]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    if not isinstance(state, dict):
        return []
    if "points" in state:
        return list(state["points"])
    picked = state.get(VEGA_PICK)
    if not isinstance(picked, list):  # no selection yet: an empty dict
        return []
    return [{"customdata": [next(iter(p.values()), None)]} for p in picked
            if isinstance(p, dict)]


def point_value(point: dict) -> object:
    """What a clicked point stands for: its customdata (first item), else its x."""
    custom = point.get("customdata")
    if isinstance(custom, list | tuple):
        custom = custom[0] if custom else None
    if custom not in (None, ""):
        return custom
    return point.get("location") or point.get("x")


def pick_value(pick: str, values: list[object], f: Filters) -> Filters | None:
    """The filters after clicking `values` (one per selected point) for `pick`; None when the
    click means nothing (an empty point, a value outside the vocabulary)."""
    got = [v for v in values if v not in (None, "")]
    if not got:
        return None
    if pick == "year":
        years = sorted({int(float(v)) for v in got if str(v).replace(".0", "").isdigit()})
        return replace(f, year_min=years[0], year_max=years[-1]) if years else None
    if pick == "region":
        picked = tuple(dict.fromkeys(str(v) for v in got if v in REGIONS))
        return replace(f, regions=picked, countries=(), provinces=()) if picked else None
    if pick == "country":
        picked = tuple(dict.fromkeys(str(v) for v in got if len(str(v)) == 3))
        return replace(f, countries=picked) if picked else None
    if pick == "province":
        picked = tuple(dict.fromkeys(str(v) for v in got if str(v).startswith("CN-")))
        return replace(f, provinces=picked) if picked else None
    if pick == "event_type":
        picked = tuple(dict.fromkeys(str(v) for v in got if v in EVENT_TYPES))
        return replace(f, event_types=picked) if picked else None
    if pick == "org":
        return replace(f, org_search=str(got[0])[:100])
    raise ValueError(f"unknown pick {pick!r}")


def _new_points(key: str, selection: object) -> list[dict]:
    """The points selected on chart `key` when the selection is new since the last run, else
    none: a selection stays in the chart's state across reruns, and acting on it again would
    undo what the user did since (moved the slider, closed the list)."""
    points = selected_points(selection)
    seen = f"_picked_{key}"
    signature = repr([point_value(p) for p in points])
    if not points or st.session_state.get(seen) == signature:
        st.session_state[seen] = signature if points else None
        return []
    st.session_state[seen] = signature
    return points


def apply_pick(pick: str, key: str, selection: object) -> None:
    """Filter the dashboard by what was clicked on chart `key`, once per new selection."""
    points = _new_points(key, selection)
    if not points:
        return
    f = st.session_state.get(FILTERS)
    new = pick_value(pick, [point_value(p) for p in points], f if isinstance(f, Filters)
                     else Filters())
    if new is None or new == f:
        return
    st.session_state[FILTERS] = new
    for widget in PICKS[pick]:
        st.session_state.pop(widget, None)
    st.rerun()


def apply_drill(key: str, selection: object) -> None:
    """Open the rows behind the bar clicked on chart `key`: the bar (its `ui.drill`
    parameter, the point's customdata) goes into the page's URL, which the page lists from;
    once per new selection."""
    points = _new_points(key, selection)
    value = point_value(points[0]) if points else None
    if value not in (None, ""):
        st.query_params[drill.PARAM] = str(value)
