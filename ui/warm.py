"""Warm the server before and after its first visitor: load the modules the pages use
(plotly.express, the Excel and deck writers, the GeoNames city index), open the warehouse and
run every page's queries for the default view, so that pages find them cached.

`at_start_up` runs when the server starts (serve.py's lifespan), in a background thread that
waits for Streamlit's runtime (its caches are the ones the sessions read); `start_once` runs
after a session's first page, for a server started without serve.py. Either runs once per
process. DASHBOARD_WARM_UP=0 turns both off (the tests do: no work of theirs runs behind
their back).
"""
from __future__ import annotations

import os
import threading
import time

from ui import data, queries
from ui.filters import Filters

_started = threading.Event()
RUNTIME_WAIT_S = 60


def default_queries(f: Filters) -> list[queries.Query]:
    """Every page's queries for the view `f` (as the pages build them by default)."""
    q = queries
    return [q.year_bounds(), q.region_options(), q.country_options(()),
            q.province_options((), ()), q.event_count(),
            q.kpis(f), q.events_by_year_type(f), q.events_by_region(f), q.latest_events(f, 10),
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


def warm_up(lang: str = "en") -> None:
    """Load the pages' modules, open the warehouse, run the default queries (cached)."""
    import plotly.express  # noqa: F401  (the bar charts of four pages)

    from ui import charts, excel, geo, layout, workflows  # noqa: F401
    geo.city_coordinates("Beijing", "CHN")  # builds the GeoNames city index
    if data.current().status == "missing":
        return
    for query in default_queries(Filters(lang=lang)):
        try:
            data.run(query)
        except Exception:  # a warm-up must never take the server down; the page will say
            return


def _enabled() -> bool:
    return os.environ.get("DASHBOARD_WARM_UP", "1") != "0"


def at_start_up() -> None:
    """From the server's start-up: warm once Streamlit's runtime exists (in a thread)."""
    if not _enabled() or _started.is_set():
        return
    _started.set()

    def wait_then_warm() -> None:
        from streamlit import runtime
        deadline = time.monotonic() + RUNTIME_WAIT_S
        while not runtime.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        if runtime.exists():
            warm_up()

    threading.Thread(target=wait_then_warm, name="dashboard-warm-up", daemon=True).start()


def start_once(lang: str = "en") -> None:
    """After a session's first page (a server started by `streamlit run dashboard.py`)."""
    if not _enabled() or _started.is_set():
        return
    _started.set()
    from streamlit.runtime.scriptrunner import add_script_run_ctx
    thread = threading.Thread(target=warm_up, args=(lang,), name="dashboard-warm-up",
                              daemon=True)
    add_script_run_ctx(thread)
    thread.start()
