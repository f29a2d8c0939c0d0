"""Tech-transfer events dashboard: page config, navigation, the global filters, then the page.

    streamlit run dashboard.py                      # reads data/warehouse/
    WAREHOUSE_DIR=DIR streamlit run dashboard.py

Pages live in app_pages/, not pages/: Streamlit runs a `pages/` directory's scripts directly
(multipage v1) when the first visitor opens a page URL, bypassing this router and its filters.

The filters live in one `Filters` value in the session (so they survive page changes) and in
the URL (so a copied link reopens the same view). Widgets are seeded from that value when they
are (re)created, e.g. after meeting mode hid them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from etl.schema import EVENT_TYPES, ORG_TYPES, ROLES
from ui import data, queries, sessions, warm
from ui.filters import (
    CURRENCIES,
    FILTER_PARAMS,
    LANGS,
    Filters,
    clamp_years,
    from_query_params,
    to_query_params,
)
from ui.i18n import country_name, label, province_name, t

PAGES = (  # file, title key, url path
    ("app_pages/overview.py", "page_overview", "overview"),
    ("app_pages/over_time.py", "page_time", "time"),
    ("app_pages/regions.py", "page_regions", "regions"),
    ("app_pages/institutions.py", "page_institutions", "institutions"),
    ("app_pages/participants.py", "page_mix", "participants"),
    ("app_pages/amounts.py", "page_amounts", "amounts"),
    ("app_pages/explorer.py", "page_explorer", "explorer"),
    ("app_pages/sources.py", "page_sources", "sources"),
    ("app_pages/event.py", "page_event", "event"),
    ("app_pages/add_articles.py", "page_add", "add"),
    ("app_pages/corrections.py", "page_corrections", "corrections"),
)
# kept only on their own page
PAGE_PARAMS = {"event": ("event",), "sources": ("doc", "q", "quality")}

state = st.session_state
if "_filters" not in state:
    state["_filters"] = from_query_params(st.query_params)
    state["_unknown_asked"] = state["_filters"].include_unknown_year is not None
f: Filters = state["_filters"]
lang = state.get("w_lang", f.lang)
meeting = state.get("w_meeting", f.meeting)

st.set_page_config(page_title=t("app_title", lang), layout="wide",
                   initial_sidebar_state="collapsed" if meeting else "auto")
# No page icons: Streamlit would fetch them as favicons from a font CDN (offline: an error).


def _overview_alias() -> None:
    """/overview opens the overview, which as the default page lives at / (Streamlit reserves
    the default page's own path, so it is named 'home' and 'overview' is this alias)."""
    st.switch_page(PAGES[0][0], query_params=st.query_params.to_dict())


page = st.navigation([st.Page(path, title=t(key, lang),
                              url_path="home" if url == "overview" else url,
                              default=(url == "overview"))
                      for path, key, url in PAGES]
                     + [st.Page(_overview_alias, title=t("page_overview", lang),
                                url_path="overview", visibility="hidden")])


def _seed(key: str, value: object) -> None:
    if key not in state:
        state[key] = value


def _options(query: queries.Query, column: str, keep: tuple[str, ...]) -> list[str]:
    rows = data.run(query)
    found = [] if rows.empty else [v for v in rows[column] if v]
    return sorted(set(found) | set(keep))


def _date_seed(f: Filters) -> tuple:
    """The date widget's first value: the range in force, or none."""
    return tuple(dt.date.fromisoformat(d) for d in (f.date_from, f.date_to) if d)


def _date_range(value: object) -> dict:
    """date_input's value (a date, or a tuple of 0–2 dates) → date_from / date_to."""
    picked = list(value) if isinstance(value, list | tuple) else [value] if value else []
    iso = [d.isoformat() for d in picked if d]
    return {"date_from": iso[0] if iso else None,
            "date_to": iso[1] if len(iso) > 1 else None}


def _unknown_asked() -> None:
    state["_unknown_asked"] = True


def _reset() -> None:
    state["_filters"] = Filters(currency=state["_filters"].currency, lang=state["_filters"].lang,
                                meeting=state["_filters"].meeting)
    for key in [k for k in state if str(k).startswith("w_") and k not in ("w_lang", "w_meeting")]:
        del state[key]
    state.pop("_unknown_asked", None)


wh = data.current()
bounds = None
if wh.status != "missing":
    yb = data.scalar_row(queries.year_bounds())
    if yb.get("lo") is not None and yb.get("lo") == yb.get("lo"):
        bounds = (int(yb["lo"]), int(yb["hi"]))

with st.sidebar:
    _seed("w_lang", f.lang)
    lang = st.segmented_control(t("language", lang), LANGS, key="w_lang",
                                format_func={"en": "English", "zh": "中文"}.get) or "en"
    _seed("w_meeting", f.meeting)
    meeting = st.toggle(t("meeting_mode", lang), key="w_meeting", help=t("meeting_help", lang))
    new = replace(f, lang=lang, meeting=meeting)
    if not meeting:
        st.subheader(t("filters", lang))
        if bounds and bounds[0] < bounds[1]:
            _seed("w_years", (f.year_min or bounds[0], f.year_max or bounds[1]))
            # A link made on a bigger warehouse (?y0=2015), or a rebuild that narrowed the
            # years, must not put the slider outside its range (Streamlit raises).
            if any(not bounds[0] <= y <= bounds[1] for y in state["w_years"]):
                state["w_years"] = tuple(min(max(y, bounds[0]), bounds[1])
                                         for y in state["w_years"])
            lo, hi = st.slider(t("years", lang), bounds[0], bounds[1], key="w_years")
            new = replace(new, year_min=max(lo, bounds[0]), year_max=min(hi, bounds[1]))
        # Until the user ticks or unticks it, the box follows the years: undated events are
        # counted while every year is, and left out once the years are narrowed.
        if not state.get("_unknown_asked"):
            state["w_unknown"] = clamp_years(replace(new, include_unknown_year=None),
                                             bounds).unknown_included()
        _seed("w_dates", _date_seed(f))
        dates = st.date_input(t("dates_filter", lang), key="w_dates", format="YYYY-MM-DD")
        new = replace(new, **_date_range(dates))
        _seed("w_unknown", f.unknown_included())
        st.checkbox(t("include_unknown", lang), key="w_unknown", on_change=_unknown_asked)
        unknown = state["w_unknown"] if state.get("_unknown_asked") else None
        _seed("w_regions", list(f.regions))
        regions = tuple(st.multiselect(
            t("region", lang), _options(queries.region_options(), "region", f.regions),
            key="w_regions", format_func=lambda v: label(v, lang), placeholder=t("choose", lang)))
        _seed("w_countries", list(f.countries))
        countries = tuple(st.multiselect(
            t("country", lang),
            _options(queries.country_options(regions), "country_code", f.countries),
            key="w_countries", format_func=lambda c: f"{country_name(c, None, lang)} ({c})",
            placeholder=t("choose", lang)))
        _seed("w_provinces", list(f.provinces))
        provinces = tuple(st.multiselect(
            t("province", lang),
            _options(queries.province_options(regions, countries), "province_code", f.provinces),
            key="w_provinces", format_func=lambda c: f"{province_name(c, None, lang)} ({c})",
            placeholder=t("choose", lang)))
        _seed("w_types", list(f.event_types))
        types = tuple(st.multiselect(t("event_type", lang), EVENT_TYPES, key="w_types",
                                     format_func=lambda v: label(v, lang),
                                     placeholder=t("choose", lang)))
        _seed("w_orgtypes", list(f.org_types))
        org_types = tuple(st.multiselect(t("org_type", lang), ORG_TYPES, key="w_orgtypes",
                                         format_func=lambda v: label(v, lang),
                                         placeholder=t("choose", lang)))
        _seed("w_roles", list(f.roles))
        roles = tuple(st.multiselect(t("role", lang), ROLES, key="w_roles",
                                     format_func=lambda v: label(v, lang),
                                     placeholder=t("choose", lang)))
        _seed("w_org", f.org_search)
        org_search = st.text_input(t("org_search", lang), key="w_org", max_chars=100)
        _seed("w_currency", f.currency)
        currency = st.segmented_control(t("currency", lang), CURRENCIES,
                                        key="w_currency") or "USD"
        new = replace(new, include_unknown_year=unknown, regions=regions, countries=countries,
                      provinces=provinces, event_types=types, org_types=org_types, roles=roles,
                      org_search=org_search.strip(), currency=currency)
        st.button(t("reset", lang), on_click=_reset, icon=":material/restart_alt:")
    if wh.status != "missing":
        st.caption(f"{t('warehouse_version', lang)}: `{wh.version}`")

f = clamp_years(new, bounds)
state["_filters"] = f

# Write the view into the URL; page-specific parameters stay only on their own page.
keep = PAGE_PARAMS.get(page.url_path, ())
current = st.query_params.to_dict()
target = {k: v for k, v in current.items() if k in keep and k not in FILTER_PARAMS}
target |= to_query_params(f)
if current != target:
    st.query_params.from_dict(target)

with sessions.page_slot():  # a few pages at once, the others wait their turn (ui/sessions.py)
    page.run()
warm.start_once(f.lang)  # after the first page is drawn: the other pages' modules and queries
