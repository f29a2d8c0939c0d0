"""Chart builders: DataFrame (as returned by ui.queries) → plotly Figure. No Streamlit here.

Charts of single events carry the event_id in `customdata` so a click can open its detail.
Builders are `figcache.cached`: the same data gives the same figure, built once per server.
"""
from __future__ import annotations

import math

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from ui.figcache import cached
from ui.i18n import country_name, label, province_name, t

PALETTE = px.colors.qualitative.Safe
CHINA_GEOJSON_URL = "/app/static/geo/china_provinces.geojson"


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


def _count_scale(fig: go.Figure, values: object) -> go.Figure:
    """A choropleth's colour scale from 0 to the largest count, so one event is visibly
    coloured and the colour bar has whole-number ticks."""
    try:
        top = max(1, int(pd.Series(values, dtype="float").fillna(0).max()))
    except (TypeError, ValueError):
        top = 1
    fig.update_traces(zmin=0, zmax=top, zauto=False,
                      colorbar={"dtick": 1 if top <= 10 else None, "tickformat": ",d"})
    return fig


def year_label(year: object, lang: str) -> str:
    """'2021', or the 'year unknown' bucket for a missing year (shown, never dropped)."""
    if year is None or (isinstance(year, float) and math.isnan(year)) or pd.isna(year):
        return t("year_unknown", lang)
    return str(int(year))


def _year_axis(df: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list[str]]:
    df = df.copy()
    df["year_label"] = [year_label(y, lang) for y in df["year"]]
    known = sorted({y for y in df["year_label"] if y.isdigit()})
    order = known + ([t("year_unknown", lang)] if df["year"].isna().any() else [])
    return df, order


@cached
def events_per_year(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    """Events per year from rows (year, event_type, events); unknown year as its own bar."""
    title = t("events_per_year", lang)
    if df.empty:
        return _empty(title, lang)
    df, order = _year_axis(df, lang)
    agg = df.groupby("year_label", as_index=False)["events"].sum()
    fig = px.bar(agg, x="year_label", y="events", title=title,
                 category_orders={"year_label": order}, color_discrete_sequence=PALETTE,
                 labels={"year_label": t("year", lang), "events": t("events", lang)})
    fig.update_xaxes(type="category")
    return _whole_numbers(fig, agg["events"])


@cached
def events_by_year_type(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    title = t("events_by_year_type", lang)
    if df.empty:
        return _empty(title, lang)
    df, order = _year_axis(df, lang)
    df["type_label"] = [label(v, lang) for v in df["event_type"]]
    fig = px.bar(df, x="year_label", y="events", color="type_label", title=title,
                 category_orders={"year_label": order}, color_discrete_sequence=PALETTE,
                 labels={"year_label": t("year", lang), "events": t("events", lang),
                         "type_label": t("event_type", lang)})
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category")
    return _whole_numbers(fig, df.groupby("year_label")["events"].sum())


@cached
def events_by_month(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    title = t("events_by_month", lang)
    if df.empty:
        return _empty(title, lang)
    fig = px.bar(df, x="month", y="events", title=title, color_discrete_sequence=PALETTE,
                 labels={"month": t("month", lang), "events": t("events", lang)})
    fig.update_xaxes(type="category")
    return _whole_numbers(fig, df["events"])


@cached
def events_by_region(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    title = t("events_by_region", lang)
    if df.empty:
        return _empty(title, lang)
    df = df.assign(region_label=[label(r, lang) for r in df["region"]])
    fig = px.bar(df, x="events", y="region_label", orientation="h", title=title,
                 color_discrete_sequence=PALETTE,
                 labels={"region_label": t("region", lang), "events": t("events", lang)})
    fig.update_yaxes(autorange="reversed")
    return _whole_numbers(fig, df["events"], "x")


@cached
def world_choropleth(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    """Events per country (ISO alpha-3) on the world map; plotly draws the offline topojson."""
    df = df.assign(name=[country_name(c, n, lang) for c, n in
                         zip(df.get("country_code", []), df.get("country", []), strict=True)])
    fig = go.Figure(go.Choropleth(
        locations=df.get("country_code", []), z=df.get("events", []), text=df["name"],
        locationmode="ISO-3", colorscale="Blues", zmin=0, marker_line_color="white",
        hovertemplate="%{text}: %{z}<extra></extra>", colorbar_title=t("events", lang)))
    fig.update_geos(showcountries=True, showcoastlines=False, showframe=False,
                    projection_type="natural earth", center_lon=0, projection_rotation_lon=0,
                    lataxis_range=[-58, 85])
    fig.update_layout(title=t("world_map", lang), margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return _count_scale(fig, df.get("events", []))


@cached
def china_choropleth(df: pd.DataFrame, provinces: list[tuple[str, str]], lang: str = "en",
                     geojson: str | dict = CHINA_GEOJSON_URL) -> go.Figure:
    """Events per Chinese province (ISO 3166-2), every province drawn (zero where none)."""
    counts = dict(zip(df.get("province_code", []), df.get("events", []), strict=True))
    codes = [code for code, _ in provinces]
    names = [province_name(code, name, lang) for code, name in provinces]
    z = [int(counts.get(code, 0)) for code in codes]
    fig = go.Figure(go.Choropleth(
        geojson=geojson, featureidkey="id", locations=codes, z=z, text=names,
        colorscale="Reds", zmin=0, marker_line_color="#888", marker_line_width=0.5,
        hovertemplate="%{text}: %{z}<extra></extra>", colorbar_title=t("events", lang)))
    fig.update_geos(visible=False, fitbounds="locations")
    fig.update_layout(title=t("china_map", lang), margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return _count_scale(fig, z)


@cached
def city_bubbles(df: pd.DataFrame, lang: str = "en") -> go.Figure:
    """Bubbles sized by events at cities with known coordinates (rows: city, lat, lon, events)."""
    df = df.dropna(subset=["lat", "lon"]) if not df.empty else df
    fig = go.Figure(go.Scattergeo(
        lon=df.get("lon", []), lat=df.get("lat", []), text=df.get("city", []),
        customdata=df.get("events", []),
        marker={"size": [8 + 6 * math.sqrt(n) for n in df.get("events", [])],
                "color": PALETTE[1], "opacity": 0.75, "line": {"width": 0.5, "color": "white"}},
        hovertemplate="%{text}: %{customdata}<extra></extra>"))
    fig.update_geos(showcountries=True, showland=True, landcolor="#f2f2f2",
                    projection_type="natural earth", center_lon=0, projection_rotation_lon=0,
                    lataxis_range=[-58, 85])
    fig.update_layout(title=t("city_map", lang), margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return fig


@cached
def labelled_bar(df: pd.DataFrame, x: str, y: str, title: str, lang: str = "en",
                 color: str | None = None, horizontal: bool = False,
                 percent: bool = False) -> go.Figure:
    """A bar chart whose category columns are shown through the vocabulary labels."""
    if df.empty:
        return _empty(title, lang)
    df = df.copy()
    for col in {x, color} - {None, y}:
        if not pd.api.types.is_numeric_dtype(df[col]):
            df[col] = [label(v, lang) for v in df[col]]
    fig = px.bar(df, x=y if horizontal else x, y=x if horizontal else y, color=color,
                 orientation="h" if horizontal else "v", title=title,
                 color_discrete_sequence=PALETTE,
                 labels={x: t(x, lang), y: t(y, lang)} | ({color: t(color, lang)} if color else {}))
    if horizontal:
        fig.update_yaxes(autorange="reversed", type="category")
    if color == x:  # the bars' own labels already name the colours
        fig.update_layout(showlegend=False)
    if percent:
        fig.update_layout(barnorm="percent")
    else:
        _whole_numbers(fig, df.groupby(x)[y].sum(), "x" if horizontal else "y")
    return fig


@cached
def network(edges: pd.DataFrame, lang: str = "en", among: int | None = None) -> go.Figure:
    """Co-organisation network on a circle: nodes are organisations, edge width = shared events.

    `among`: how many of the most active organisations the pairs were drawn from (a subtitle
    says so)."""
    title = t("network", lang)
    if among:
        title += f"<br><sup>{t('network_among', lang, n=among)}</sup>"
    if edges.empty:
        return _empty(title, lang)
    types = dict(zip(edges["source"], edges["source_type"], strict=True))
    types |= dict(zip(edges["target"], edges["target_type"], strict=True))
    degree: dict[str, int] = {}
    for a, b, w in zip(edges["source"], edges["target"], edges["events"], strict=True):
        degree[a] = degree.get(a, 0) + int(w)
        degree[b] = degree.get(b, 0) + int(w)
    nodes = sorted(degree, key=lambda n: (types.get(n) or "", n))
    pos = {n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
           for i, n in enumerate(nodes)}
    # Widths and sizes relative to the strongest tie and the busiest node: counts reach the
    # hundreds on large corpora.
    top_w, top_d = max(int(edges["events"].max()), 1), max(degree.values())
    fig = go.Figure()
    for a, b, w in zip(edges["source"], edges["target"], edges["events"], strict=True):
        fig.add_trace(go.Scatter(x=[pos[a][0], pos[b][0]], y=[pos[a][1], pos[b][1]],
                                 mode="lines", line={"width": 1 + 7 * int(w) / top_w,
                                                     "color": "#9aa"},
                                 hoverinfo="skip", showlegend=False))
    for i, org_type in enumerate(sorted({types.get(n) or "other" for n in nodes})):
        members = [n for n in nodes if (types.get(n) or "other") == org_type]
        fig.add_trace(go.Scatter(
            x=[pos[n][0] for n in members], y=[pos[n][1] for n in members], mode="markers+text",
            text=[n if len(n) <= 28 else n[:27] + "…" for n in members], hovertext=members,
            textposition=[_outward(*pos[n]) for n in members], name=label(org_type, lang),
            hoverinfo="text",
            marker={"size": [10 + 22 * degree[n] / top_d for n in members],
                    "color": PALETTE[i % len(PALETTE)]}))
    # room for the labels written outward of the circle
    fig.update_layout(title=title, xaxis_visible=False, yaxis_visible=False,
                      xaxis_range=[-2.1, 2.1], yaxis_range=[-1.35, 1.35], yaxis_scaleanchor="x",
                      margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def _outward(x: float, y: float) -> str:
    """Label position pointing away from the circle's centre, so neighbours don't overlap."""
    vertical = "top" if y > 0.5 else "bottom" if y < -0.5 else "middle"
    horizontal = "right" if x > 0.3 else "left" if x < -0.3 else "center"
    if vertical == "middle" and horizontal == "center":
        vertical = "top"
    return f"{vertical} {horizontal}"


@cached
def mix_100(df: pd.DataFrame, by: str, lang: str = "en", title: str = "") -> go.Figure:
    """100 % stacked horizontal bars of shares; `by` is 'event' or 'year'.

    Each bar is normalised to 100 % of what was reported (shares may not add up in the text);
    the basis (reported / derived) is in the hover and the bar label.
    """
    if df.empty:
        return _empty(title, lang)
    df = df.copy()
    if by == "year":
        df["bar"] = [year_label(y, lang) for y in df["year"]]
        df["event_id"] = None
    else:
        df["bar"] = [f"{(n or '')[:40]} ({year_label(y, lang)})"
                     for n, y in zip(df["event"], df["year"], strict=True)]
    df["category_label"] = [label(c, lang) for c in df["category"]]
    df["basis_label"] = [label(b, lang) for b in df["basis"]]
    fig = px.bar(df, x="share", y="bar", color="category_label", orientation="h", title=title,
                 custom_data=["event_id", "basis_label"], color_discrete_sequence=PALETTE,
                 labels={"bar": "", "share": t("share", lang),
                         "category_label": t("category", lang)})
    fig.update_traces(hovertemplate="%{y}<br>%{fullData.name}: %{x:.0%} "
                                    "(%{customdata[1]})<extra></extra>")
    fig.update_layout(barmode="stack", barnorm="percent",
                      height=max(260, 140 + 36 * df["bar"].nunique()))
    fig.update_xaxes(ticksuffix="%")
    fig.update_yaxes(autorange="reversed", type="category")
    return fig


@cached
def amounts_by_year(df: pd.DataFrame, currency: str, lang: str = "en") -> go.Figure:
    """Stacked bars of converted totals per year, coloured by metric, patterned by scope."""
    title = t("amounts_by_year", lang, c=currency)
    if df.empty or df["total"].fillna(0).eq(0).all():
        return _empty(title, lang)
    df, order = _year_axis(df, lang)
    df["metric_label"] = [label(m, lang) for m in df["metric"]]
    df["scope_label"] = [label(s, lang) for s in df["scope"]]
    fig = px.bar(df, x="year_label", y="total", color="metric_label", pattern_shape="scope_label",
                 title=title, category_orders={"year_label": order},
                 color_discrete_sequence=PALETTE,
                 labels={"year_label": t("year", lang), "total": currency,
                         "metric_label": t("metric", lang), "scope_label": t("scope", lang)})
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category")
    return fig


def style_for_meeting(fig: go.Figure, meeting: bool) -> go.Figure:
    """Large type and a tall canvas for projection; otherwise a compact default."""
    if meeting:
        fig.update_layout(font_size=22, title_font_size=30, height=720,
                          legend_font_size=20, hoverlabel_font_size=20)
    else:
        fig.update_layout(height=420 if not fig.layout.height else fig.layout.height)
    return fig
