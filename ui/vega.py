"""Vega-Lite chart specs for the first page: DataFrame (as returned by ui.queries) → spec dict.

The overview draws its two bar charts with Streamlit's Vega-Lite element instead of Plotly:
its code (≈ 0.8 MB, shipped inside Streamlit) is a fifth of Plotly's 4.6 MB chunk, which a
cold browser took 1–2 s to fetch and evaluate before the first page could draw
(bench/RESULTS.md, "what Plotly costs the first visit"). The charts read as their Plotly
versions in ui/charts.py (which still make the deck's slides): same titles, colours (ui/palette),
continuous year axis, ranked regions, whole-number counts.

A click selects a point of the `PICK` parameter on the field a click stands for (`year`,
`region`); ui/interact.py turns it into a filter. Names (region labels) are data values of
the spec, shown by Vega as text: no spec field holds an expression or markup built from data.
No Streamlit here.
"""
from __future__ import annotations

import pandas as pd

from ui import palette
from ui.charts import MEETING_HEIGHT, year_span
from ui.i18n import label, t

PICK = "pick"  # the point-selection parameter of every clickable chart
# Whole charts (Streamlit fits title, axes and bars into the height), as the Plotly figures:
# 420 pixels, MEETING_HEIGHT (one chart per 1280×720 screen) in meeting mode.
HEIGHT = 420
COUNT_FORMAT = ",d"  # whole numbers with thousands separators, as on the Plotly charts
# A few dozen bars: drawn as SVG (crisp, each bar an element a reader's screen reader and a
# browser test can find) rather than Streamlit's canvas.
SVG = {"embedOptions": {"renderer": "svg"}}


def _pick(field: str) -> dict:
    """A click (shift-click adds) selects the points sharing the clicked point's `field`."""
    return {"name": PICK, "select": {"type": "point", "fields": [field], "on": "click"}}


def _dim_unpicked() -> dict:
    """Bars not selected are drawn lighter while a selection is shown."""
    return {"condition": {"param": PICK, "empty": True, "value": 1}, "value": 0.45}


def _count_axis(title: str) -> dict:
    return {"field": "events", "type": "quantitative", "title": title,
            "axis": {"format": COUNT_FORMAT, "tickMinStep": 1}}


def _empty(title: str, lang: str, meeting: bool) -> dict:
    """A chart with nothing to draw says so in its middle."""
    return _styled({"title": title, "height": MEETING_HEIGHT if meeting else HEIGHT,
                    "data": {"values": [{"text": t("no_rows", lang)}]},
                    "mark": {"type": "text", "fontSize": 14, "color": palette.GREY},
                    "encoding": {"text": {"field": "text", "type": "nominal"}}}, meeting)


def year_ticks(years: list[int]) -> list[int]:
    """The years labelled on the axis: every one on a short span, every 2nd or 5th on a
    longer one (as the Plotly year axis)."""
    step = 1 if len(years) <= 16 else 2 if len(years) <= 32 else 5
    return [y for y in years if (y - years[0]) % step == 0]


def events_per_year(df: pd.DataFrame, lang: str = "en",
                    bounds: tuple[int | None, int | None] = (None, None),
                    meeting: bool = False) -> dict:
    """Events per year from rows (year, event_type, events): every year of the span drawn
    (zero where none), in year order; events of unknown year are not a bar (the page says
    how many). A click picks the year. `meeting`: large type, one chart per screen."""
    title = t("events_per_year", lang)
    known = df[df["year"].notna()] if not df.empty else df
    if known.empty:
        return _empty(title, lang, meeting)
    years = year_span(known["year"], bounds)
    per_year = known.groupby(known["year"].astype(int))["events"].sum()
    rows = [{"year": y, "events": int(per_year.get(y, 0))} for y in years]
    return _styled({
        "title": title, "height": MEETING_HEIGHT if meeting else HEIGHT,
        "data": {"values": rows}, "params": [_pick("year")],
        "mark": {"type": "bar", "color": palette.ACCENT, "cursor": "pointer"},
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": t("year", lang),
                  "scale": {"domain": years},
                  "axis": {"values": year_ticks(years), "labelAngle": 0}},
            "y": _count_axis(t("events", lang)),
            "opacity": _dim_unpicked(),
            "tooltip": [{"field": "year", "type": "ordinal", "title": t("year", lang)},
                        {"field": "events", "type": "quantitative", "title": t("events", lang),
                         "format": COUNT_FORMAT}],
        },
    }, meeting)


def events_by_region(df: pd.DataFrame, lang: str = "en", meeting: bool = False) -> dict:
    """Events per M49 region as horizontal bars, largest first and unknown last, each in its
    region's colour; a click picks the region (unknown picks nothing). `meeting`: large
    type, one chart per screen."""
    title = t("events_by_region", lang)
    if df.empty:
        return _empty(title, lang, meeting)
    df = df.assign(_unknown=[not isinstance(r, str) for r in df["region"]]) \
        .sort_values(["_unknown", "events"], ascending=[True, False], kind="stable")
    regions = [r if isinstance(r, str) else None for r in df["region"]]
    names = [label(r, lang) for r in regions]
    rows = [{"region": r, "name": n, "events": int(e)}
            for r, n, e in zip(regions, names, df["events"], strict=True)]
    return _styled({
        "title": title, "height": MEETING_HEIGHT if meeting else HEIGHT,
        "data": {"values": rows},
        "params": [_pick("region")],
        "mark": {"type": "bar", "cursor": "pointer"},
        "encoding": {
            "y": {"field": "name", "type": "nominal", "title": None, "sort": names,
                  "axis": {"labelLimit": 220}},
            "x": _count_axis(t("events", lang)),
            "color": {"field": "name", "type": "nominal", "legend": None,
                      "scale": {"domain": names,
                                "range": [palette.colour("region", r) for r in regions]}},
            "opacity": _dim_unpicked(),
            "tooltip": [{"field": "name", "type": "nominal", "title": t("region", lang)},
                        {"field": "events", "type": "quantitative", "title": t("events", lang),
                         "format": COUNT_FORMAT}],
        },
    }, meeting)


# Meeting mode: the type sizes ui.charts.style_for_meeting gives the Plotly charts.
MEETING_CONFIG = {"title": {"fontSize": 24}, "axis": {"labelFontSize": 16, "titleFontSize": 18},
                  "legend": {"labelFontSize": 16, "titleFontSize": 18}}


def _styled(spec: dict, meeting: bool) -> dict:
    return {**spec, "usermeta": SVG} | ({"config": MEETING_CONFIG} if meeting else {})
