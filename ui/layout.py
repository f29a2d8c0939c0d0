"""What every page shares on screen: header and filter caption, the warehouse gate, chart and
table rendering (meeting mode, PNG export, offline maps, links to the event detail).

Every chart a page draws through `plot` is also registered, with its takeaway, for that page's
deck: `deck_slides()` returns them in the order they were drawn during this script run.
"""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ui import data, deck, export, queries, safe
from ui.charts import style_for_meeting
from ui.filters import Filters
from ui.i18n import country_name, label, province_name, t

EVENT_PAGE = "app_pages/event.py"
EVENT_URL_PATH = "event"
TOPOJSON_URL = "/app/static/topojson/"
SLIDES = "_deck_slides"
MONEY = ("amount", "original", "converted", "total", "contract_value")  # shown as 1,200,000

MEETING_CSS = """<style>
html, body, [data-testid="stMarkdownContainer"] p, [data-testid="stCaptionContainer"] {
  font-size: 1.35rem !important; }
[data-testid="stMetricValue"] { font-size: 3.2rem !important; }
[data-testid="stMetricLabel"] p { font-size: 1.4rem !important; }
h1 { font-size: 3rem !important; }
</style>"""


def filters() -> Filters:
    """The filters in force (set by dashboard.py before the page runs)."""
    f = st.session_state.get("_filters")
    return f if isinstance(f, Filters) else Filters()


def caption(f: Filters, lang: str) -> str:
    """One line naming the filters in force, e.g. 'years 2019–2021 · Asia · forum · values in USD'."""
    parts: list[str] = []
    if f.year_min is not None and f.year_max is not None:
        parts.append(t("caption_years", lang, a=f.year_min, b=f.year_max))
    elif f.year_min is not None:
        parts.append(t("caption_from", lang, a=f.year_min))
    elif f.year_max is not None:
        parts.append(t("caption_until", lang, b=f.year_max))
    if not f.include_unknown_year or parts:
        parts.append(t("caption_unknown_in" if f.include_unknown_year else "caption_unknown_out",
                       lang))
    parts += [label(r, lang) for r in f.regions]
    parts += [country_name(c, None, lang) for c in f.countries]
    parts += [province_name(p, None, lang) for p in f.provinces]
    for values in (f.event_types, f.org_types, f.roles):
        if values:
            parts.append(", ".join(label(v, lang) for v in values))
    if f.org_search:
        parts.append(t("caption_org", lang, q=f.org_search))
    head = " · ".join(parts) if parts else t("caption_all", lang)
    return f"{head} · {t('caption_currency', lang, c=f.currency)}"


def page_header(title_key: str) -> Filters:
    """Title and filter caption; stops the page with a friendly message if there is no data."""
    f = filters()
    st.session_state[SLIDES] = []  # this run's charts, registered by plot() for the deck
    st.title(t(title_key, f.lang))
    st.caption(safe.md(caption(f, f.lang)))  # it echoes ?org= and other URL values
    if f.meeting:
        st.html(MEETING_CSS)
    gate(f.lang)
    return f


def gate(lang: str) -> data.Warehouse:
    """Tell the user what is wrong with the warehouse and the command that fixes it."""
    wh = data.current()
    if wh.status == "missing":
        st.warning(t("no_warehouse", lang, path=wh.path))
        st.markdown(t("build_hint", lang))
        st.code(data.BUILD_COMMAND, language="bash")
        st.stop()
    if wh.status == "partial":
        st.warning(t("partial_warehouse", lang, tables=", ".join(wh.missing)))
        st.code(data.BUILD_COMMAND, language="bash")
    elif data.scalar_row(queries.event_count()).get("n", 0) == 0:
        st.info(t("empty_warehouse", lang, path=wh.path))
        st.code(data.BUILD_COMMAND, language="bash")
    return wh


def columns(n: int) -> list:
    """n side-by-side columns, or n stacked full-width containers in meeting mode."""
    if filters().meeting:
        return [st.container() for _ in range(n)]
    return list(st.columns(n))


def plot(fig: go.Figure, key: str, *, geo: bool = False, select: bool = False,
         takeaway: str | Callable[[], str] | None = None) -> None:
    """Render a figure with a PNG export button; a click on an event bar opens its detail.

    With a `takeaway` (text, or a function computing it when a deck is made) the figure is
    also a slide of the page's deck.
    """
    f = filters()
    safe.figure(fig)  # names in labels and hovers are text, never Plotly's HTML
    if takeaway is not None:
        # the deck gets the figure as the page builds it, not enlarged for a projector
        register(go.Figure(fig) if f.meeting else fig, takeaway, key)
    style_for_meeting(fig, f.meeting)
    config = {"displaylogo": False,
              "toImageButtonOptions": {"format": "png", "filename": key, "scale": 2}}
    if geo:
        config["topojsonURL"] = TOPOJSON_URL
    if select:
        state = st.plotly_chart(fig, key=key, config=config, on_select="rerun",
                                selection_mode="points")
        open_selected_event(state)
    else:
        st.plotly_chart(fig, key=key, config=config)


def register(fig: go.Figure, takeaway: str | Callable[[], str], key: str = "") -> None:
    """Add a figure and its takeaway to this run's deck."""
    slides = st.session_state.setdefault(SLIDES, [])
    slides.append((fig, takeaway, key))


def deck_slides() -> list[deck.ChartSlide]:
    """The charts registered during this run, as slides, takeaways computed now."""
    out = []
    for fig, takeaway, key in st.session_state.get(SLIDES, []):
        text = takeaway() if callable(takeaway) else takeaway
        out.append(deck.ChartSlide(deck.figure_title(fig, key), fig, text))
    return out


def open_selected_event(state: object) -> None:
    try:
        points = state["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return
    for p in points:
        custom = p.get("customdata") or []
        if custom and custom[0]:
            st.switch_page(EVENT_PAGE, query_params={"event": str(custom[0])})


def event_link(event_id: str, lang: str) -> str:
    """Relative link to the event detail page (works under any base URL path)."""
    return f"{EVENT_URL_PATH}?event={event_id}" + ("&lang=zh" if lang == "zh" else "")


def _is_date(col: pd.Series) -> bool:
    """Datetime values that all fall on midnight are dates (DuckDB DATE → pandas datetime)."""
    if not pd.api.types.is_datetime64_any_dtype(col):
        return False
    values = col.dropna()
    try:
        return bool((values == values.dt.normalize()).all())
    except (AttributeError, TypeError):
        return False


def table(df: pd.DataFrame, key: str, *, link_events: bool = True, height: int | str = "auto",
          hide: tuple[str, ...] = (), empty: str | None = None) -> None:
    """A sortable table; rows of events get a link column to their detail page; dates show
    as dates. `empty` is the caption when there are no rows (default: none under the filters)."""
    f = filters()
    if df.empty:
        st.caption(empty or t("no_rows", f.lang))
        return
    config: dict = {}
    view = df.copy()
    if link_events and "event_id" in view.columns:
        view.insert(0, "detail", [event_link(e, f.lang) if e else None for e in view["event_id"]])
        config["detail"] = st.column_config.LinkColumn(t("detail", f.lang),
                                                       display_text=t("open", f.lang))
    for col in view.columns:
        if _is_date(view[col]):
            config[col] = st.column_config.DateColumn(col, format="YYYY-MM-DD")
        elif col in MONEY or str(col).startswith("amount_"):
            config[col] = st.column_config.NumberColumn(col, format="localized")
    for col in ("event_type", "org_type", "role", "metric", "scope", "basis", "status",
                "region", "fx_basis", "qualifier", "participation", "origin"):
        if col in view.columns and f.lang == "zh":
            view[col] = [label(v, f.lang) if v is not None else None for v in view[col]]
    order = [c for c in view.columns if c not in hide]
    # the toolbar's own CSV download exports what is shown: shown neutralised, like our files
    st.dataframe(export.neutralize_frame(view, join_lists=False), key=key, hide_index=True,
                 column_config=config, column_order=order, height=height)
