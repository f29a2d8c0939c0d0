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

from ui import data, deck, drill, export, fmt, interact, pages, queries, safe, vega
from ui.charts import style_for_meeting
from ui.filters import Filters
from ui.fmt import BLANK
from ui.i18n import (
    CityNames,
    chinese_city_names,
    city_column,
    column_label,
    country_name,
    label,
    province_name,
    t,
)

EVENT_PAGE = pages.file("event")
EVENT_URL_PATH = "event"
TOPOJSON_URL = "/app/static/topojson/"
SLIDES = "_deck_slides"
MONEY = ("amount", "original", "converted", "total", "contract_value")  # shown as 1,200,000

# Meeting mode at 1280×720 and 1920×1080: values larger than their labels, labels that wrap
# instead of being cut, a compact title so a chart fits below it.
MEETING_CSS = """<style>
body, [data-testid="stMarkdownContainer"] p, [data-testid="stCaptionContainer"] {
  font-size: 20px !important; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] div,
[data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p {
  font-size: 44px !important; line-height: 1.15 !important; }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] div,
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"] p {
  font-size: 19px !important; white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; }
h1 { font-size: 2.2rem !important; }
[data-testid="stMainBlockContainer"] { padding-top: 3.5rem !important; }
</style>"""


# Six headline cards share one row: at a laptop's 1280 pixels Streamlit's fixed 2.25rem
# value cut "571,950" to "571,…" and the label to "Reported attend…". The value's size
# follows the window (up to Streamlit's own) and a label wraps instead of being cut.
KPI_CSS = """<style>
[data-testid="stMetricValue"], [data-testid="stMetricValue"] div {
  font-size: clamp(1.3rem, 2vw, 2.25rem); }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] div,
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"] p {
  white-space: normal; overflow: visible; text-overflow: clip; }
</style>"""


# The file uploader's own words ("Drag and drop files here", "Limit 100MB per file", "Browse
# files") cannot be set from Python: in Chinese they are hidden or replaced here, and the
# page's introduction states the limits.
UPLOADER_ZH_CSS = """<style>
[data-testid="stFileUploaderDropzoneInstructions"] { display: none !important; }
[data-testid="stFileUploaderDropzone"] button { font-size: 0 !important; }
[data-testid="stFileUploaderDropzone"] button::after { content: "选择文件"; font-size: 1rem; }
</style>"""


def uploader_words(lang: str) -> None:
    """In Chinese, the file uploader's fixed English words hidden or replaced."""
    if lang == "zh":
        st.html(UPLOADER_ZH_CSS)


def filters() -> Filters:
    """The filters in force (set by dashboard.py before the page runs)."""
    f = st.session_state.get("_filters")
    return f if isinstance(f, Filters) else Filters()


def caption(f: Filters, lang: str, money: bool = True) -> str:
    """One line naming the filters in force, e.g. 'years 2019–2021 · Asia · forum · values in USD'
    (the currency only with `money`: a page without amounts has no values to name)."""
    parts: list[str] = []
    if f.year_min is not None and f.year_max is not None:
        parts.append(t("caption_years", lang, a=f.year_min, b=f.year_max))
    elif f.year_min is not None:
        parts.append(t("caption_from", lang, a=f.year_min))
    elif f.year_max is not None:
        parts.append(t("caption_until", lang, b=f.year_max))
    if not f.unknown_included() or parts:
        parts.append(t("caption_unknown_in" if f.unknown_included() else "caption_unknown_out",
                       lang))
    if f.date_from or f.date_to:
        parts.append(t("caption_dates", lang, a=f.date_from or "…", b=f.date_to or "…"))
    parts += [label(r, lang) for r in f.regions]
    parts += [country_name(c, None, lang) for c in f.countries]
    parts += [province_name(p, None, lang) for p in f.provinces]
    for values in (f.event_types, f.org_types, f.roles):
        if values:
            parts.append(", ".join(label(v, lang) for v in values))
    if f.org_search:
        parts.append(t("caption_org", lang, q=f.org_search))
    head = " · ".join(parts) if parts else t("caption_all", lang)
    return f"{head} · {t('caption_currency', lang, c=f.currency)}" if money else head


def page_title(name: str) -> Filters:
    """The title of page `name` (ui/pages.py); returns the view."""
    f = filters()
    st.title(t(pages.title_key(name), f.lang))
    return f


def page_header(name: str) -> Filters:
    """Title and filter caption of page `name`; stops the page with a friendly message if
    there is no data."""
    st.session_state[SLIDES] = []  # this run's charts, registered by plot() for the deck
    f = page_title(name)
    # it echoes ?org= and other URL values
    st.caption(safe.md(caption(f, f.lang, money=name in pages.MONEY_PAGES)))
    st.html(KPI_CSS)
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


KPI_CARDS = (("kpi_events", "events"), ("kpi_countries", "countries"),
             ("kpi_orgs", "organisations"), ("kpi_people", "people"),
             ("kpi_attendance", "attendance"))


def kpi_values(k: dict, before: dict, f: Filters, before_f: Filters | None
               ) -> list[tuple[str, str, str | None]]:
    """(label, value, change against the previous period) of each headline figure."""
    out = [(t(key, f.lang), fmt.count(k.get(col)),
            fmt.delta(k.get(col), before.get(col)) if before_f else None)
           for key, col in KPI_CARDS]
    out.append((t("kpi_contracts", f.lang, c=f.currency),
                fmt.money(k.get("contract_value"), f.currency, f.lang),
                fmt.delta(k.get("contract_value"), before.get("contract_value"))
                if before_f else None))
    return out


def kpi_cards(k: dict, before: dict, f: Filters, before_f: Filters | None) -> None:
    """The headline figures as cards: one row on a wide screen, two rows of three in meeting
    mode (a projector's 1280 pixels cannot hold six readable cards)."""
    values = kpi_values(k, before, f, before_f)
    period = t("period_prev", f.lang, a=before_f.year_min, b=before_f.year_max) \
        if before_f else None
    # the contract value ('$2.63 B', '26.3 亿美元') gets the widest card
    rows = [values[:3], values[3:]] if f.meeting else [values]
    for row in rows:
        widths = [1.0] * (len(row) - 1) + [1.7]
        for col, (name, value, change) in zip(st.columns(widths), row, strict=True):
            col.metric(name, value, delta=change, help=period)
    unconverted = int(k.get("contract_unconverted") or 0)
    if unconverted:
        st.caption(t("kpi_contracts_note", f.lang, n=unconverted))


def unknown_year_note(rows: pd.DataFrame, f: Filters) -> None:
    """Beside a time chart: how many events of unknown year it leaves out, and a link to
    them (they are counted, never drawn as a year)."""
    n = int(data.scalar_row(queries.unknown_year_count(f)).get("n") or 0)
    if not n:
        return
    key = "unknown_year_note" if f.unknown_included() else "unknown_year_excluded"
    st.caption(f"{t(key, f.lang, n=n)} [{t('unknown_year_open', f.lang)}]"
               f"({quality_link('unknown_year', f.lang)})")


def coverage_lines(cov: dict, per_year: pd.DataFrame, lang: str) -> list[str]:
    """What an amounts total covers and leaves out, one sentence each (pure)."""
    lines = [t("amounts_covered", lang, counted=int(cov.get("counted") or 0))]
    if int(cov.get("no_year") or 0):
        lines.append(t("amounts_no_year", lang, n=int(cov["no_year"])))
    if int(cov.get("no_rate") or 0):
        lines.append(t("amounts_no_rate", lang, n=int(cov["no_rate"]),
                       cur=cov.get("unconverted_currencies") or "?"))
    if int(cov.get("repeats") or 0):
        lines.append(t("amounts_repeats", lang, n=int(cov["repeats"])))
    if not per_year.empty and "year" in per_year:
        undated = int(per_year.loc[per_year["year"].isna(), "amounts"].sum())
        if undated:
            lines.append(t("amounts_unknown_year", lang, n=undated))
    return lines


def amounts_coverage(cov: dict, per_year: pd.DataFrame, f: Filters) -> None:
    st.caption(" ".join(coverage_lines(cov, per_year, f.lang)))


def amount_bar_note(bar: drill.AmountBar, per_year: pd.DataFrame, behind: pd.DataFrame,
                    limit: int, f: Filters) -> str:
    """What the amounts behind a bar add up to: the bar's own figures (its row of the chart's
    query) when it is drawn, else the listed rows'; and whether only the first are listed."""
    row = per_year[(per_year["year"] == bar.year) & (per_year["metric"] == bar.metric)
                   & (per_year["scope"] == bar.scope)] if not per_year.empty else per_year
    if len(row):
        n, unconverted = int(row["amounts"].iloc[0]), int(row["unconverted"].iloc[0])
        total = row["total"].iloc[0]
    else:
        n, unconverted = len(behind), int(behind["converted"].isna().sum())
        total = behind["converted"].sum() if n > unconverted else None
    note = t("amount_bar_note", f.lang, n=n, counted=n - unconverted,
             total=fmt.money(total, f.currency, f.lang))
    return f"{note} {t('bar_first', f.lang, k=limit)}" if n > len(behind) == limit else note


def mix_bar_note(bar: drill.MixBar, per_year: pd.DataFrame, behind: pd.DataFrame,
                 limit: int, lang: str) -> str:
    """How many events a participant-mix year bar averages (its row of the chart's query when
    drawn, else the listed events), and whether only the first are listed."""
    listed = behind["event_id"].nunique() if not behind.empty else 0
    same = per_year["year"].isna() if bar.year is None else per_year["year"] == bar.year
    row = per_year[same] if not per_year.empty else per_year
    n = int(row["events"].iloc[0]) if len(row) else listed
    note = t("mix_bar_note", lang, n=n)
    return f"{note} {t('bar_first', lang, k=limit)}" if n > listed == limit else note


def events_in_view(f: Filters, key: str, limit: int = 500) -> None:
    """The events behind the page's charts, under the filters (a click on a chart narrows
    them): the drill-down from any chart to its events."""
    with st.expander(t("events_in_view", f.lang), icon=":material/list:"):
        table(data.run(queries.event_list(f, limit=limit)), key)


def bar_rows(title: str, note: str, rows: pd.DataFrame, key: str, **table_options) -> None:
    """The rows behind a clicked bar, under its chart: what they are, what they add up to,
    the table, and a button that closes them (the bar stays in the URL until then)."""
    f = filters()
    with st.container(border=True, key=key):
        head, close = st.columns([6, 1], vertical_alignment="center")
        head.subheader(title)
        if close.button(t("close_list", f.lang), key=f"{key}_close", icon=":material/close:"):
            st.query_params.pop(drill.PARAM, None)
            st.rerun()
        st.caption(note)
        table(rows, f"{key}_table", **table_options)


def quality_link(kind: str, lang: str) -> str:
    """Relative link to the Sources page listing the events a data-quality count counts."""
    return f"sources?quality={kind}" + ("&lang=zh" if lang == "zh" else "")


def columns(n: int) -> list:
    """n side-by-side columns, or n stacked full-width containers in meeting mode."""
    if filters().meeting:
        return [st.container() for _ in range(n)]
    return list(st.columns(n))


def plot(fig: go.Figure, key: str, *, geo: bool = False, select: bool = False,
         pick: str | None = None, drill_down: bool = False,
         takeaway: str | Callable[[], str] | None = None) -> None:
    """Render a figure with a PNG export button; a click on an event bar opens its detail
    (`select`), a click on a year, region, country, type or organisation filters the whole
    dashboard by it (`pick`: the field, see `interact.PICKS`), a click on a bar that drills
    down opens the rows behind it (`drill_down`: the page lists them, see `bar_rows`).

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
    if select or pick or drill_down:
        state = st.plotly_chart(fig, key=key, config=config, on_select="rerun",
                                selection_mode="points")
        if pick:
            interact.apply_pick(pick, key, state)
        elif drill_down:
            interact.apply_drill(key, state)
        else:
            open_selected_event(state)
    else:
        st.plotly_chart(fig, key=key, config=config)


def vega_plot(spec: dict, key: str, *, pick: str | None = None,
              slide: Callable[[], go.Figure] | None = None,
              takeaway: str | Callable[[], str] | None = None) -> None:
    """Render a Vega-Lite chart (ui/vega.py; its toolbar downloads it as PNG); a click on a
    point filters the whole dashboard by it (`pick`, as for `plot`). With a `takeaway`, the
    page's deck gets the Plotly figure `slide` makes (built only when a deck is made)."""
    if takeaway is not None and slide is not None:
        register(slide, takeaway, key)
    if pick and spec.get("params"):  # an empty chart has nothing to click
        state = st.vega_lite_chart(spec, key=key, width="stretch", on_select="rerun",
                                   selection_mode=[vega.PICK])
        interact.apply_pick(pick, key, state)
    else:
        st.vega_lite_chart(spec, key=key, width="stretch")


def register(fig: go.Figure | Callable[[], go.Figure], takeaway: str | Callable[[], str],
             key: str = "") -> None:
    """Add a figure (or a function making it when the deck is made) and its takeaway to this
    run's deck."""
    slides = st.session_state.setdefault(SLIDES, [])
    slides.append((fig, takeaway, key))


def deck_slides() -> list[deck.ChartSlide]:
    """The charts registered during this run, as slides, figures and takeaways made now."""
    out = []
    for fig, takeaway, key in st.session_state.get(SLIDES, []):
        if callable(fig):
            fig = safe.figure(fig())  # as `plot` draws it: names are text
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


# Columns whose values are vocabulary codes: shown through their labels in both languages.
VOCAB_COLUMNS = ("event_type", "org_type", "role", "metric", "scope", "basis", "status",
                 "region", "fx_basis", "qualifier", "participation", "origin", "format",
                 "date_precision", "attendance_qualifier", "dimension", "language",
                 "year_source", "source_type", "target_type")


def display_frame(df: pd.DataFrame, lang: str, cities: CityNames | None = None
                  ) -> pd.DataFrame:
    """The rows as a reader sees them: codes as names (types, places in `lang`; cities by
    `cities`, their Chinese names from the places mart), text blanks as '—', money rounded to
    whole units. Column names are left to `table`."""
    view = df.copy()
    if "city" in view.columns:
        view["city"] = city_column(df, lang, cities)
    for col in VOCAB_COLUMNS:
        if col in view.columns:
            view[col] = [label(v, lang) if not fmt.is_blank(v) else BLANK for v in view[col]]
    if "evidence" in view.columns:
        view["evidence"] = [fmt.snippet(v) for v in view["evidence"]]
    if "category" in view.columns:
        view["category"] = [category_name(v, lang) for v in view["category"]]
    if "country_code" in view.columns:
        view["country_code"] = [country_name(c, None, lang) if not fmt.is_blank(c) else BLANK
                                for c in view["country_code"]]
    if "province_code" in view.columns:
        view["province_code"] = [province_name(c, None, lang) if not fmt.is_blank(c)
                                 else BLANK for c in view["province_code"]]
    for col in view.columns:
        if col in MONEY or str(col).startswith("amount_"):
            if pd.api.types.is_numeric_dtype(view[col]):
                view[col] = view[col].round(0)
        elif view[col].dtype == object or pd.api.types.is_string_dtype(view[col]):
            view[col] = [BLANK if fmt.is_blank(v) else v for v in view[col]]
    return view


def chinese_cities() -> CityNames:
    """The Chinese names of the warehouse's places (the places mart), for tables."""
    return chinese_city_names(data.run(queries.place_names_zh()))


def category_name(value: object, lang: str) -> str:
    """A participant-mix category: a place code as its name, a type as its label."""
    if fmt.is_blank(value):
        return BLANK
    text = str(value)
    if len(text) == 3 and text.isupper():
        return country_name(text, None, lang)
    if text[:3] in ("CN-", "US-") or (len(text) > 3 and text[2] == "-" and text[:2].isupper()):
        return province_name(text, None, lang)
    return label(text, lang)


def table(df: pd.DataFrame, key: str, *, link_events: bool = True, height: int | str = "auto",
          hide: tuple[str, ...] = (), empty: str | None = None) -> None:
    """A sortable table with readable headers and values in the interface language; rows of
    events get a link column to their detail page; dates show as dates, money as whole
    units. `empty` is the caption when there are no rows (default: none under the filters)."""
    f = filters()
    if df.empty:
        st.caption(empty or t("no_rows", f.lang))
        return
    config: dict = {}
    view = display_frame(df, f.lang, chinese_cities()
                         if f.lang == "zh" and "city" in df.columns else None)
    if link_events and "event_id" in view.columns:
        view.insert(0, "detail", [event_link(e, f.lang) if e and e != BLANK else None
                                  for e in view["event_id"]])
        config["detail"] = st.column_config.LinkColumn(t("detail", f.lang),
                                                       display_text=t("open", f.lang))
        hide = (*hide, "event_id")  # the link carries it
    for col in view.columns:
        if col != "detail":
            config[col] = st.column_config.Column(column_label(col, f.lang))
    # Shown through a Styler: blanks as '—', dates as dates, money in whole units, shares as
    # percentages; the cells keep their values, so columns still sort as numbers and dates.
    # The toolbar's own CSV download exports what is shown: shown neutralised, like our files.
    view = _fill_blanks(view)
    order = [c for c in view.columns if c not in hide]
    st.dataframe(export.neutralize_frame(view, join_lists=False).style.format(
        formatter=_formats(view)), key=key, hide_index=True, column_config=config,
        column_order=order, height=height)


def _formats(view: pd.DataFrame) -> dict:
    """Column → formatter. Streamlit draws a null cell as 'None' whatever the Styler says, so
    `_fill_blanks` first puts -inf in numeric blanks (sorted first, shown as '—') and turns
    date columns into text (ISO dates sort as text)."""
    out: dict = {}
    for col in view.columns:
        if not pd.api.types.is_numeric_dtype(view[col]):
            continue
        if col == "year" or str(col).endswith("_year"):
            spec = "{:.0f}"
        elif col == "share":
            spec = "{:.0%}"
        elif col == "fx_rate_to_usd":
            spec = "{:.6g}"
        elif col in MONEY or str(col).startswith("amount_") or col in (
                "attendance", "events", "count", "n_chars", "organisations", "speakers",
                "participants") or pd.api.types.is_integer_dtype(view[col]):
            spec = "{:,.0f}"
        else:
            spec = "{}"
        out[col] = lambda v, spec=spec: BLANK if v == float("-inf") else spec.format(v)
    return out


def _fill_blanks(view: pd.DataFrame) -> pd.DataFrame:
    for col in list(view.columns):
        if _is_date(view[col]):
            view[col] = [BLANK if pd.isna(d) else d.strftime("%Y-%m-%d") for d in view[col]]
        elif pd.api.types.is_numeric_dtype(view[col]) and view[col].isna().any():
            view[col] = view[col].astype("float64").fillna(float("-inf"))
    return view
