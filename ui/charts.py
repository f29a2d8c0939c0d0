"""Chart builders: DataFrame (as returned by ui.queries) → plotly Figure. No Streamlit here.

Charts of single events carry the event_id in `customdata` so a click can open its detail;
bars that drill down to their rows carry their `ui.drill` parameter there.
Builders are `figcache.cached`: the same data gives the same figure, built once per server.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative
from plotly.subplots import make_subplots

import settings
from etl import reference
from ui import fmt, palette
from ui.drill import AmountBar, MixBar
from ui.figcache import cached
from ui.i18n import country_name, label, place_names, province_name, t

PALETTE = qualitative.Safe
CHINA_GEOJSON_URL = "/app/static/geo/china_provinces.geojson"
CHINA_GEOJSON = settings.STATIC_DIR / "geo" / "china_provinces.geojson"


@lru_cache(maxsize=1)
def china_provinces() -> list[tuple[str, str]]:
    """(ISO 3166-2 code, English name) of every division in the committed map file, so the
    choropleth and its zero rows agree."""
    try:
        data = json.loads(CHINA_GEOJSON.read_text(encoding="utf-8"))
        return [(f["id"], f["properties"]["name"]) for f in data["features"]]
    except (OSError, ValueError, KeyError):
        return []


def _empty(title: str, lang: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=title, xaxis_visible=False, yaxis_visible=False,
                      annotations=[{"text": t("no_rows", lang), "showarrow": False,
                                    "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}])
    return fig


def _whole_numbers(fig: go.Figure, values: object, axis: str = "y") -> go.Figure:
    """Counts get whole-number ticks (no '0.5 events'); small ranges tick at every unit."""
    try:
        top = float(pd.Series(values).max())
    except (TypeError, ValueError):
        return fig
    if top != top:
        return fig
    update = fig.update_yaxes if axis == "y" else fig.update_xaxes
    if top <= 10:
        update(dtick=1, tick0=0)
    else:
        update(tickformat=",d")
    return fig


LOG_SCALE = [[0, "#c6dbef"], [0.5, "#4292c6"], [1, "#08306b"]]
LOG_SCALE_RED = [[0, "#fcd5c6"], [0.5, "#ef6548"], [1, "#7f0000"]]


def _log_scale(fig: go.Figure, values: object, lang: str) -> go.Figure:
    """A choropleth coloured by log10(events): one event is a visible light shade, and a
    country with hundreds does not leave every other one white. The colour bar is labelled in
    events (1, 2, 5, 10, …) and says that its scale is logarithmic."""
    counts = pd.Series(values, dtype="float").fillna(0)
    top = max(1.0, float(counts.max()) if len(counts) else 1.0)
    ticks = [v for v in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000,
                         20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000) if v <= top]
    if ticks[-1] < top:
        ticks.append(int(top))
    fig.update_traces(zmin=0, zmax=max(math.log10(top), 0.3), zauto=False,
                      colorbar={"title": {"text": t("events_log", lang)},
                                "tickvals": [math.log10(v) for v in ticks],
                                "ticktext": [f"{v:,}" for v in ticks]},
                      selector={"type": "choropleth"})  # not the lines drawn over a map
    return fig


def _log_z(values: object) -> list[float | None]:
    """log10 of each count; None (not coloured: no event) for zero."""
    return [math.log10(v) if v and v > 0 else None
            for v in pd.Series(values, dtype="float").fillna(0)]


def year_label(year: object, lang: str) -> str:
    """'2021', or 'year unknown' for a missing year."""
    if year is None or (isinstance(year, float) and math.isnan(year)) or pd.isna(year):
        return t("year_unknown", lang)
    return str(int(year))


def year_span(years: object, bounds: tuple[int | None, int | None] = (None, None)
              ) -> list[int]:
    """Every year from the first to the last (or the filter's `bounds` where set): a time axis
    with no year skipped, so 2012 never sits next to 2017."""
    known = [int(y) for y in pd.Series(years, dtype="float").dropna()]
    lo = bounds[0] if bounds[0] is not None else (min(known) if known else None)
    hi = bounds[1] if bounds[1] is not None else (max(known) if known else None)
    if lo is None or hi is None or hi < lo:
        return []
    return list(range(int(lo), int(hi) + 1))


def _years_axis(fig: go.Figure, years: list[int], lang: str) -> go.Figure:
    """A linear year axis over `years` with a tick per year (or every few on a long span)."""
    step = 1 if len(years) <= 16 else 2 if len(years) <= 32 else 5
    fig.update_xaxes(type="linear", tickformat="d", dtick=step, title_text=t("year", lang),
                     range=[years[0] - 0.6, years[-1] + 0.6] if years else None)
    return fig


def _known_years(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["year"].notna()].assign(year=lambda d: d["year"].astype(int))


@cached
def events_per_year(df: pd.DataFrame, lang: str = "en",
                    bounds: tuple[int | None, int | None] = (None, None)) -> go.Figure:
    """Events per year from rows (year, event_type, events): every year of the span drawn
    (zero where none); events of unknown year are not a bar (the page says how many)."""
    title = t("events_per_year", lang)
    known = _known_years(df) if not df.empty else df
    if known.empty:
        return _empty(title, lang)
    years = year_span(known["year"], bounds)
    agg = known.groupby("year")["events"].sum().reindex(years, fill_value=0).reset_index()
    fig = go.Figure(go.Bar(x=agg["year"], y=agg["events"], marker_color=palette.ACCENT,
                           customdata=agg["year"], name=t("events", lang),
                           hovertemplate="%{x}: %{y}<extra></extra>"))
    fig.update_layout(title=title, yaxis_title=t("events", lang))
    return _whole_numbers(_years_axis(fig, years, lang), agg["events"])


@cached
def events_by_year_type(df: pd.DataFrame, lang: str = "en",
                        bounds: tuple[int | None, int | None] = (None, None)) -> go.Figure:
    """Stacked bars per year and event type on a continuous year axis (unknown year apart)."""
    title = t("events_by_year_type", lang)
    known = _known_years(df) if not df.empty else df
    if known.empty:
        return _empty(title, lang)
    years = year_span(known["year"], bounds)
    fig = go.Figure()
    order = known.groupby("event_type")["events"].sum().sort_values(ascending=False).index
    for etype in order:
        rows = known[known["event_type"] == etype]
        fig.add_trace(go.Bar(x=rows["year"], y=rows["events"], name=label(etype, lang),
                             marker_color=palette.colour("event_type", etype),
                             customdata=rows["year"],
                             hovertemplate="%{x} · " + label(etype, lang)
                             + ": %{y}<extra></extra>"))
    fig.update_layout(title=title, barmode="stack", yaxis_title=t("events", lang),
                      legend_title_text=t("event_type", lang))
    return _whole_numbers(_years_axis(fig, years, lang), known.groupby("year")["events"].sum())


def _periods(first: str, last: str, grain: str) -> list[str]:
    """Every month ('2021-04') or quarter ('2021-Q2') from `first` to `last`."""
    y0, y1 = int(first[:4]), int(last[:4])
    if grain == "quarter":
        out = [f"{y}-Q{q}" for y in range(y0, y1 + 1) for q in range(1, 5)]
    else:
        out = [f"{y}-{m:02d}" for y in range(y0, y1 + 1) for m in range(1, 13)]
    return out[out.index(first):out.index(last) + 1]


@cached
def events_by_period(df: pd.DataFrame, grain: str = "month", lang: str = "en") -> go.Figure:
    """Events per month or quarter (rows: period, events), every period of the span drawn."""
    title = t(f"events_by_{grain}", lang)
    if df.empty:
        return _empty(title, lang)
    periods = _periods(str(df["period"].min()), str(df["period"].max()), grain)
    agg = df.set_index("period")["events"].reindex(periods, fill_value=0)
    fig = go.Figure(go.Bar(x=periods, y=agg.values, marker_color=palette.ACCENT,
                           customdata=periods, hovertemplate="%{x}: %{y}<extra></extra>"))
    fig.update_layout(title=title, yaxis_title=t("events", lang), xaxis_title=t(grain, lang))
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=periods)
    return _whole_numbers(fig, agg.values)


@cached
def events_by_month(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    """Events per month from rows (month, events)."""
    return events_by_period(df.rename(columns={"month": "period"}), "month", lang)


@cached
def events_by_region(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    """Events per M49 region, ranked; each bar carries its region (a click filters by it)."""
    title = t("events_by_region", lang)
    if df.empty:
        return _empty(title, lang)
    df = df.assign(_unknown=[not isinstance(r, str) for r in df["region"]]) \
        .sort_values(["_unknown", "events"], ascending=[True, False], kind="stable")
    names = [label(r, lang) for r in df["region"]]
    fig = go.Figure(go.Bar(x=df["events"], y=names, orientation="h",
                           customdata=[r if isinstance(r, str) else None for r in df["region"]],
                           marker_color=[palette.colour("region", r) for r in df["region"]],
                           hovertemplate="%{y}: %{x}<extra></extra>"))
    fig.update_layout(title=title, xaxis_title=t("events", lang), showlegend=False)
    fig.update_yaxes(autorange="reversed", type="category", categoryorder="array",
                     categoryarray=names, automargin=True)
    return _whole_numbers(fig, df["events"], "x")


@cached
def world_choropleth(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    """Events per country (ISO alpha-3) on the world map, on a log colour scale; each country
    carries its code (a click filters by it). Plotly draws the offline topojson."""
    codes = list(df.get("country_code", []))
    events = list(df.get("events", []))
    names = [country_name(c, n, lang) for c, n in
             zip(codes, df.get("country", [None] * len(codes)), strict=True)]
    fig = go.Figure(go.Choropleth(
        locations=codes, z=_log_z(events), text=names, customdata=list(zip(codes, events,
                                                                          strict=True)),
        locationmode="ISO-3", colorscale=LOG_SCALE, marker_line_color="white",
        hovertemplate="%{text}: %{customdata[1]}<extra></extra>"))
    fig.update_geos(showcountries=True, showcoastlines=False, showframe=False,
                    projection_type="natural earth", center_lon=0, projection_rotation_lon=0,
                    lataxis_range=[-58, 85])
    fig.update_layout(title=t("world_map", lang), margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return _log_scale(fig, events, lang)


# Drawn with the provinces on the China map, each with its own count (data codes stay
# ISO 3166-1: the warehouse never writes CN-HK / CN-MO / CN-TW).
CHINA_SARS = (("HKG", "Hong Kong"), ("MAC", "Macao"), ("TWN", "Taiwan"))
DASH_LINE_COLOUR = "#555"


@lru_cache(maxsize=1)
def nine_dash_line() -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    """(lons, lats) of the dashed line of data/reference/nine_dash_line.csv, each dash its
    two ends, dashes apart by a gap (None), as Plotly draws separate segments."""
    lons: list[float | None] = []
    lats: list[float | None] = []
    for row in reference.read_csv("nine_dash_line.csv"):
        lons += [float(row["lon_start"]), float(row["lon_end"]), None]
        lats += [float(row["lat_start"]), float(row["lat_end"]), None]
    return tuple(lons), tuple(lats)


@cached
def china_choropleth(df: pd.DataFrame, provinces: list[tuple[str, str]], lang: str = "en",
                     geojson: str | dict = CHINA_GEOJSON_URL,
                     countries: pd.DataFrame | None = None) -> go.Figure:
    """Events per Chinese province (ISO 3166-2), every province drawn (zero where none), with
    Hong Kong, Macao and Taiwan from the country counts (`countries`: country_code, events)
    and the South China Sea islands in an inset with the dashed line of the standard map
    (`nine_dash_line`), as a map for a Chinese audience must be."""
    counts = dict(zip(df.get("province_code", []), df.get("events", []), strict=True))
    if countries is not None and not countries.empty:
        by_country = dict(zip(countries["country_code"], countries["events"], strict=True))
        counts |= {code: by_country.get(code, 0) for code, _ in CHINA_SARS}
    codes = [code for code, _ in provinces]
    names = [province_name(code, name, lang) if code.startswith("CN-")
             else country_name(code, name, lang) for code, name in provinces]
    z = [int(counts.get(code, 0)) for code in codes]
    # Every division drawn in a pale base colour (zero events), the counts on top of it.
    base = dict(geojson=geojson, featureidkey="id", locations=codes, z=[0] * len(codes),
                colorscale=[[0, "#f4f4f4"], [1, "#f4f4f4"]], showscale=False,
                marker_line_color="#888", marker_line_width=0.5, text=names,
                customdata=list(zip(codes, z, strict=True)),
                hovertemplate="%{text}: %{customdata[1]}<extra></extra>")
    some = [i for i, n in enumerate(z) if n > 0]
    trace = dict(geojson=geojson, featureidkey="id", locations=[codes[i] for i in some],
                 z=_log_z([z[i] for i in some]), text=[names[i] for i in some],
                 customdata=[(codes[i], z[i]) for i in some], colorscale=LOG_SCALE_RED,
                 marker_line_color="#888", marker_line_width=0.5,
                 hovertemplate="%{text}: %{customdata[1]}<extra></extra>")
    fig = go.Figure([go.Choropleth(**base, geo="geo"), go.Choropleth(**trace, geo="geo")])
    fig.add_trace(go.Choropleth(**base, geo="geo2", hoverinfo="skip"))
    fig.add_trace(go.Choropleth(**trace, geo="geo2", showscale=False, hoverinfo="skip"))
    lons, lats = nine_dash_line()
    fig.add_trace(go.Scattergeo(lon=lons, lat=lats, geo="geo2", mode="lines",
                                name=t("nine_dash_line", lang), showlegend=False,
                                line={"color": DASH_LINE_COLOUR, "width": 2},
                                hoverinfo="skip"))
    fig.update_layout(
        geo={"visible": False, "projection_type": "mercator", "lonaxis_range": [73, 135],
             "lataxis_range": [17, 54], "domain": {"x": [0, 1], "y": [0, 1]}},
        # the inset: the South China Sea with its coasts and islands (Natural Earth 50m) and
        # the dashed line
        geo2={"visible": True, "projection_type": "mercator", "lonaxis_range": [105, 124],
              "lataxis_range": [2, 24], "showframe": True, "framecolor": "#888",
              "showland": True, "landcolor": "#f4f4f4", "showcoastlines": True,
              "coastlinecolor": "#999", "showcountries": True, "countrycolor": "#ccc",
              "showocean": True, "oceancolor": "white", "resolution": 50,
              "domain": {"x": [0.78, 0.98], "y": [0.02, 0.36]}, "bgcolor": "white"},
        title=t("china_map", lang), margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return _log_scale(fig, z, lang)


@cached
def city_bubbles(df: pd.DataFrame, lang: str = "en", china: bool = False) -> go.Figure:
    """Bubbles sized by events at the places the ETL gives coordinates (rows of
    queries.events_by_city: city, province, country, lat, lon, names, events); `china`: the
    map of China alone, where the world map merges its cities into one blob."""
    df = df.dropna(subset=["lat", "lon"]) if not df.empty else df
    if china and not df.empty:
        df = df[df["country_code"].isin(["CHN", *(c for c, _ in CHINA_SARS)])]
    names = place_names(df, lang)
    fig = go.Figure(go.Scattergeo(
        lon=df.get("lon", []), lat=df.get("lat", []), text=names,
        customdata=df.get("events", []),
        marker={"size": [8 + 6 * math.sqrt(n) for n in df.get("events", [])],
                "color": palette.ACCENT, "opacity": 0.7, "line": {"width": 0.5,
                                                                   "color": "white"}},
        hovertemplate="%{text}: %{customdata}<extra></extra>"))
    if china:
        fig.update_geos(showcountries=True, showland=True, landcolor="#f2f2f2",
                        projection_type="mercator", lonaxis_range=[73, 135],
                        lataxis_range=[17, 54], showsubunits=False)
    else:
        fig.update_geos(showcountries=True, showland=True, landcolor="#f2f2f2",
                        projection_type="natural earth", center_lon=0,
                        projection_rotation_lon=0, lataxis_range=[-58, 85])
    fig.update_layout(title=t("china_city_map" if china else "city_map", lang),
                      margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return fig


@cached
def labelled_bar(df: pd.DataFrame, x: str, y: str, title: str, lang: str = "en",
                 color: str | None = None, horizontal: bool = False, percent: bool = False,
                 stack: bool = True, names: Callable[[object], str] | None = None,
                 ranked: bool = True) -> go.Figure:
    """A bar chart whose categories show through the vocabulary labels (or `names`), ranked
    by their totals (largest first), each colour the one its category has everywhere.

    `stack=False` puts the colours side by side: for parts that may overlap (an organisation
    with two roles), whose sum would count something twice."""
    if df.empty:
        return _empty(title, lang)
    df = df.copy()
    show = names or (lambda v: label(v, lang))
    colours = None
    if color:
        if color in palette.BY_COLUMN:
            colours = palette.colour_map(color, df[color], lang)
        else:  # a free column (countries): its own colours, but 'unknown' is grey everywhere
            colours = {t("unknown", lang): palette.GREY}
        if color != x and not pd.api.types.is_numeric_dtype(df[color]):
            df[color] = [label(v, lang) for v in df[color]]
    order = df.groupby(x, sort=False, dropna=False)[y].sum()
    if ranked:  # largest first, what is unknown or 'other' last
        rest = [v for v in order.index if pd.isna(v) or v in ("unknown", "other")]
        order = pd.concat([order.drop(rest).sort_values(ascending=False, kind="stable"),
                           order[rest]])
    shown = {v: show(v) for v in order.index}
    raw = list(df[x])  # what a click on a bar stands for (see ui/interact.py)
    df[x] = [shown.get(v, show(v)) for v in df[x]]
    if color == x:
        colours = {shown[v]: palette.colour(x, v) for v in order.index} \
            if x in palette.BY_COLUMN else None
    ordered = list(dict.fromkeys(shown[v] for v in order.index))
    df["_raw"] = raw
    import plotly.express as px  # ~0.5 s to import: only when a page draws such a bar
    fig = px.bar(df, x=y if horizontal else x, y=x if horizontal else y, color=color,
                 custom_data=["_raw"],
                 orientation="h" if horizontal else "v", title=title,
                 color_discrete_map=colours or {}, color_discrete_sequence=PALETTE,
                 category_orders={x: ordered},
                 labels={x: t(x, lang), y: t(y, lang)} | ({color: t(color, lang)} if color else {}))
    fig.update_layout(barmode="stack" if stack else "group")
    if horizontal:
        fig.update_yaxes(autorange="reversed", type="category", automargin=True,
                         categoryorder="array", categoryarray=ordered)
        per_bar = 1 if stack or not color else max(1, df[color].nunique())
        fig.update_layout(height=max(420, 140 + 18 * per_bar * len(ordered)))
    else:
        fig.update_xaxes(type="category", categoryorder="array", categoryarray=ordered)
    if color == x:  # the bars' own labels already name the colours
        fig.update_layout(showlegend=False)
    if percent:
        fig.update_layout(barnorm="percent")
    else:
        _whole_numbers(fig, df.groupby(x)[y].sum() if stack else df[y],
                       "x" if horizontal else "y")
    return fig


NETWORK_LABELS = 12  # organisations named on the network; the others on hover


@cached
def network(edges: pd.DataFrame, lang: str = "en", among: int | None = None,
            max_edges: int = 40) -> go.Figure:
    """Co-organisation network on a circle: nodes are organisations grouped by type, edge
    width = shared events; the busiest organisations are named, the rest on hover.

    `among`: how many of the most active organisations the pairs were drawn from (the
    subtitle says so)."""
    title = t("network", lang)
    if edges.empty:
        return _empty(title, lang)
    edges = edges.head(max_edges)
    types = dict(zip(edges["source"], edges["source_type"], strict=True))
    types |= dict(zip(edges["target"], edges["target_type"], strict=True))
    degree: dict[str, int] = {}
    for a, b, w in zip(edges["source"], edges["target"], edges["events"], strict=True):
        degree[a] = degree.get(a, 0) + int(w)
        degree[b] = degree.get(b, 0) + int(w)
    nodes = sorted(degree, key=lambda n: (types.get(n) or "", n))
    pos = {n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
           for i, n in enumerate(nodes)}
    named = _spread_labels(nodes, degree)
    # Widths and sizes relative to the strongest tie and the busiest node: counts reach the
    # hundreds on large corpora.
    top_w, top_d = max(int(edges["events"].max()), 1), max(degree.values())
    fig = go.Figure()
    for a, b, w in zip(edges["source"], edges["target"], edges["events"], strict=True):
        fig.add_trace(go.Scatter(x=[pos[a][0], pos[b][0]], y=[pos[a][1], pos[b][1]],
                                 mode="lines", line={"width": 1 + 6 * int(w) / top_w,
                                                     "color": "#b7c2c9"},
                                 hoverinfo="skip", showlegend=False))
    for org_type in sorted({types.get(n) or "other" for n in nodes}):
        members = [n for n in nodes if (types.get(n) or "other") == org_type]
        fig.add_trace(go.Scatter(
            x=[pos[n][0] for n in members], y=[pos[n][1] for n in members], mode="markers+text",
            text=[_short(n) if n in named else "" for n in members], hovertext=members,
            customdata=members, textposition=[_outward(*pos[n]) for n in members],
            name=label(org_type, lang), hoverinfo="text",
            marker={"size": [10 + 22 * degree[n] / top_d for n in members],
                    "color": palette.colour("org_type", org_type)}))
    # room for the labels written outward of the circle
    fig.update_layout(title={"text": title, "subtitle": {
                          "text": t("network_among", lang, n=among, k=NETWORK_LABELS)
                          if among else ""}},
                      xaxis_visible=False, yaxis_visible=False,
                      xaxis_range=[-2.3, 2.3], yaxis_range=[-1.4, 1.4], yaxis_scaleanchor="x",
                      margin={"l": 10, "r": 10, "t": 70, "b": 10})
    return fig


def _spread_labels(nodes: list[str], degree: dict[str, int]) -> set[str]:
    """The busiest organisations to name, at most NETWORK_LABELS, no two within `gap` places
    of each other on the circle (neighbouring labels would overprint)."""
    gap = max(1, len(nodes) // NETWORK_LABELS)
    where = {n: i for i, n in enumerate(nodes)}
    named: list[int] = []
    for n in sorted(nodes, key=lambda n: (-degree[n], n)):
        i = where[n]
        if all(min(abs(i - j), len(nodes) - abs(i - j)) >= gap for j in named):
            named.append(i)
        if len(named) == NETWORK_LABELS:
            break
    return {nodes[i] for i in named}


def _short(name: str, width: int = 26) -> str:
    return name if len(name) <= width else name[:width - 1] + "…"


def _outward(x: float, y: float) -> str:
    """Label position pointing away from the circle's centre, so neighbours don't overlap."""
    vertical = "top" if y > 0.5 else "bottom" if y < -0.5 else "middle"
    horizontal = "right" if x > 0.3 else "left" if x < -0.3 else "center"
    if vertical == "middle" and horizontal == "center":
        vertical = "top"
    return f"{vertical} {horizontal}"


MIX_TOP = 8  # categories drawn in their own colour; the rest are 'other'
REMAINDER = "_unreported"


def mix_shares(df: pd.DataFrame, by: str, lang: str = "en") -> pd.DataFrame:
    """Rows (bar, category, percent) to draw: the reported shares as reported (never stretched
    to 100 %), categories beyond the `MIX_TOP` most frequent folded into 'other', and what
    the source left unreported as its own segment (`REMAINDER`)."""
    df = df.dropna(subset=["share"]).copy()
    if df.empty:
        return pd.DataFrame(columns=["bar", "key", "category", "percent", "basis", "event_id"])
    if by == "year":
        df["key"] = [None if pd.isna(y) else int(y) for y in df["year"]]
        df["bar"] = [year_label(y, lang) for y in df["year"]]
        df["event_id"] = None
    else:
        df["key"] = df["event_id"]
        df["bar"] = [f"{_short(str(n or ''), 40)} ({year_label(y, lang)})"
                     for n, y in zip(df["event"], df["year"], strict=True)]
    weight = df.groupby("category")["share"].sum().sort_values(ascending=False, kind="stable")
    top = set(weight.index[:MIX_TOP])
    df["category"] = [c if c in top else "other" for c in df["category"]]
    if "basis" not in df:
        df["basis"] = None
    parts = (df.groupby(["key", "bar", "category"], dropna=False, sort=False)
             .agg(share=("share", "sum"), basis=("basis", "first"),
                  event_id=("event_id", "first")).reset_index())
    total = parts.groupby(["key", "bar"], dropna=False, sort=False)["share"].sum()
    rest = [{"key": k, "bar": b, "category": REMAINDER, "share": max(0.0, 1 - s),
             "basis": None, "event_id": parts.loc[parts["bar"] == b, "event_id"].iloc[0]}
            for (k, b), s in total.items() if s < 0.995]
    out = pd.concat([parts, pd.DataFrame(rest)], ignore_index=True) if rest else parts
    out["percent"] = out["share"] * 100
    return out


@cached
def mix_100(df: pd.DataFrame, by: str, lang: str = "en", title: str = "") -> go.Figure:
    """Horizontal bars of participant shares against a 0–100 % axis; `by` is 'event' or
    'year'. A share reported as 31 % is drawn as 31 %, the rest as 'not reported'; bars by
    year run in year order with 'year unknown' last; events carry their event_id, years
    their `drill.MixBar`."""
    if df.empty:
        return _empty(title, lang)
    rows = mix_shares(df, by, lang)
    if rows.empty:
        return _empty(title, lang)
    keys = rows.drop_duplicates("bar")
    if by == "year":
        keys = keys.assign(k=[(1, 0) if pd.isna(k) else (0, int(k)) for k in keys["key"]]) \
            .sort_values("k")
    bars = list(keys["bar"])
    weight = rows[rows["category"] != REMAINDER].groupby("category")["share"].sum()
    cats = [c for c in weight.sort_values(ascending=False, kind="stable").index if c != "other"]
    cats += ["other"] * ("other" in weight.index) + [REMAINDER] * (REMAINDER in set(rows["category"]))
    fig = go.Figure()
    for cat in cats:
        part = rows[rows["category"] == cat]
        name = t("mix_unreported", lang) if cat == REMAINDER else label(cat, lang)
        fig.add_trace(go.Bar(
            x=part["percent"], y=part["bar"], orientation="h", name=name,
            marker_color=palette.LIGHT if cat == REMAINDER else palette.colour("category", cat),
            # two types reported together: the first one's colour, hatched
            marker_pattern_shape="/" if "+" in str(cat) else "",
            # a click opens the event (by event) or the events behind the bar (by year)
            customdata=list(zip(part["event_id"] if by == "event" else
                                [MixBar(None if pd.isna(k) else int(k)).param()
                                 for k in part["key"]],
                                [label(b, lang) if b else "" for b in part["basis"]],
                                strict=True)),
            hovertemplate="%{y}<br>" + name + ": %{x:.0f}% %{customdata[1]}<extra></extra>"))
    widest = rows.groupby("bar")["percent"].sum().max()
    fig.update_layout(title=title, barmode="stack", legend_title_text=t("category", lang),
                      height=max(260, 140 + 36 * len(bars)))
    fig.update_xaxes(ticksuffix="%", range=[0, max(100, widest)], title_text=t("share", lang))
    fig.update_yaxes(autorange="reversed", type="category", categoryorder="array",
                     categoryarray=bars, automargin=True)
    return fig


def money_scale(values: object, lang: str) -> tuple[float, str]:
    """(divisor, unit word) so that the largest value reads as a short number on an axis:
    billions / millions in English, 亿 / 万 in Chinese."""
    top = pd.Series(values, dtype="float").abs().max()
    top = 0 if top != top else top
    scales = ((1e8, "亿"), (1e4, "万")) if lang == "zh" else ((1e9, "billion"),
                                                              (1e6, "million"))
    for size, word in scales:
        if top >= size:
            return size, word
    return 1.0, ""


@cached
def amounts_by_year(df: pd.DataFrame, currency: str, lang: str = "en",
                    bounds: tuple[int | None, int | None] = (None, None)) -> go.Figure:
    """One panel per metric (never summed across metrics), bars per scope side by side, on a
    continuous year axis; amounts of unknown year are left to the page's note."""
    title = t("amounts_by_year", lang, c=currency)
    known = _known_years(df) if not df.empty else df
    if known.empty or known["total"].fillna(0).eq(0).all():
        return _empty(title, lang)
    metrics = list(dict.fromkeys(known["metric"]))
    years = year_span(known["year"], bounds)
    size, word = money_scale(known["total"], lang)
    unit = f"{word}{_unit(currency, lang)}" if lang == "zh" else \
        f"{currency}{', ' + word if word else ''}"
    fig = make_subplots(rows=len(metrics), cols=1, shared_xaxes=True, vertical_spacing=0.08,
                        subplot_titles=[label(m, lang) for m in metrics])
    for row, metric in enumerate(metrics, start=1):
        part = known[known["metric"] == metric]
        for scope in dict.fromkeys(part["scope"]):
            bars = part[part["scope"] == scope]
            fig.add_trace(go.Bar(
                x=bars["year"], y=bars["total"].fillna(0) / size, name=label(scope, lang),
                legendgroup=str(scope), showlegend=row == 1 or scope not in set(
                    known[known["metric"].isin(metrics[:row - 1])]["scope"]),
                marker_color=palette.colour("scope", scope),
                # a click lists the amounts behind the bar
                customdata=[(AmountBar(int(y), metric, scope).param(),
                             fmt.money(v, currency, lang))
                            for y, v in zip(bars["year"], bars["total"], strict=True)],
                hovertemplate="%{x} · " + label(scope, lang) +
                ": %{customdata[1]}<extra></extra>"),
                row=row, col=1)
        fig.update_yaxes(title_text=unit, row=row, col=1)
    fig.update_layout(title=title, barmode="group", legend_title_text=t("scope", lang),
                      height=max(420, 260 * len(metrics)))
    _years_axis(fig, years, lang)
    fig.update_xaxes(showticklabels=True)
    return fig


def _unit(currency: str, lang: str) -> str:
    return {"CNY": "元", "USD": "美元"}.get(currency, currency) if lang == "zh" else currency


MEETING_HEIGHT = 560  # one chart per screen at 1280×720 (below the page's own header)


def style_for_meeting(fig: go.Figure, meeting: bool) -> go.Figure:
    """Large type and a canvas that fits one projector screen; otherwise a compact default."""
    if meeting:
        fig.update_layout(font_size=18, title_font_size=24, height=MEETING_HEIGHT,
                          legend_font_size=16, legend_title_font_size=18,
                          hoverlabel_font_size=18,
                          margin={"t": 70, "b": 50})
        # explicit: Streamlit's chart theme sets small tick and axis-title sizes of its own
        fig.update_xaxes(automargin=True, tickfont_size=16, title_font_size=18)
        fig.update_yaxes(automargin=True, tickfont_size=16, title_font_size=18)
        fig.update_annotations(font_size=18)
    else:
        fig.update_layout(height=420 if not fig.layout.height else fig.layout.height)
    return fig
