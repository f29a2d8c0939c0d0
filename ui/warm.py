"""Warm the server once it has drawn its first page: load the modules the other pages use
(plotly.express, the Excel and deck writers, the GeoNames city index) and run every page's
queries for the default view, so the next pages a visitor opens find them cached.

Runs once per server process, in a background thread that carries the session's script
context (Streamlit's caches need one), after the first page is on screen. DASHBOARD_WARM_UP=0
turns it off (the tests do: no work of theirs runs behind their back).
"""
from __future__ import annotations

import os
import threading

from streamlit.runtime.scriptrunner import add_script_run_ctx

from ui import data, queries
from ui.filters import Filters

_started = threading.Event()


def default_queries(f: Filters) -> list[queries.Query]:
    """Every page's queries for the view `f` (as the pages build them by default)."""
    q = queries
    return [q.kpis(f), q.events_by_year_type(f), q.events_by_region(f), q.latest_events(f, 10),
            q.unknown_year_count(f), q.event_list(f, limit=500), q.events_by_country(f),
            q.events_by_province(f), q.events_by_city(f), q.participation_scope(f),
            q.orgs_by_type_role(f), q.org_origin(f), q.top_organisers(f),
            q.co_organisation_edges(f), q.people_list(f), q.mix_per_event(f),
            q.mix_per_year(f), q.mix_by_basis(f), q.mix_by_basis(f, ("country", "province")),
            q.speakers_by_type_country(f), q.amount_metrics(f),
            q.amounts_by_year(f, metrics=("contract_value",)),
            q.amounts_coverage(f, metrics=("contract_value",)),
            q.amounts_list(f, metrics=("contract_value",)), q.explorer_counts(f),
            q.data_quality(), q.document_search("", ()), q.event_choices(f)]


def _warm(lang: str) -> None:
    import plotly.express  # noqa: F401  (the bar charts of four pages)

    from ui import excel, geo  # noqa: F401
    geo.city_coordinates("Beijing", "CHN")  # builds the GeoNames city index
    for query in default_queries(Filters(lang=lang)):
        try:
            data.run(query)
        except Exception:  # a warm-up must never take the server down; the page will say
            return


def start_once(lang: str = "en") -> None:
    """Start the warm-up unless this process already has."""
    if os.environ.get("DASHBOARD_WARM_UP", "1") == "0" or _started.is_set() \
            or data.current().status == "missing":
        return
    _started.set()
    thread = threading.Thread(target=_warm, args=(lang,), name="dashboard-warm-up",
                              daemon=True)
    add_script_run_ctx(thread)
    thread.start()
