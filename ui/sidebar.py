"""The sidebar every page shares: language, meeting mode, the global filters, the warehouse
version.

The filters live in one `Filters` value in the session (so they survive page changes) and in
the URL (so a copied link reopens the same view; dashboard.py writes it). Widgets are seeded
from that value when they are (re)created, e.g. after meeting mode hid them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from etl.schema import EVENT_TYPES, ORG_TYPES, ROLES
from ui import data, queries
from ui.filters import CURRENCIES, LANGS, Filters, clamp_years
from ui.i18n import country_name, label, province_name, t

state = st.session_state


def year_bounds(wh: data.Warehouse) -> tuple[int, int] | None:
    """The first and last year of the warehouse's events (None without any)."""
    if wh.status == "missing":
        return None
    yb = data.scalar_row(queries.year_bounds())
    if yb.get("lo") is not None and yb.get("lo") == yb.get("lo"):
        return int(yb["lo"]), int(yb["hi"])
    return None


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


def draw(f: Filters, bounds: tuple[int, int] | None, wh: data.Warehouse) -> Filters:
    """Draw the sidebar's widgets (in `st.sidebar`) seeded from `f`; returns the view they
    set (years not yet clamped to `bounds`)."""
    _seed("w_lang", f.lang)
    lang = st.segmented_control(t("language", f.lang), LANGS, key="w_lang",
                                format_func={"en": "English", "zh": "中文"}.get) or "en"
    _seed("w_meeting", f.meeting)
    meeting = st.toggle(t("meeting_mode", lang), key="w_meeting", help=t("meeting_help", lang))
    new = replace(f, lang=lang, meeting=meeting)
    if not meeting:
        new = _filters(f, new, bounds, lang)
    if wh.status != "missing":
        st.caption(f"{t('warehouse_version', lang)}: `{wh.version}`")
    return new


def _filters(f: Filters, new: Filters, bounds: tuple[int, int] | None, lang: str) -> Filters:
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
    st.button(t("reset", lang), on_click=_reset, icon=":material/restart_alt:")
    return replace(new, include_unknown_year=unknown, regions=regions, countries=countries,
                   provinces=provinces, event_types=types, org_types=org_types, roles=roles,
                   org_search=org_search.strip(), currency=currency)
