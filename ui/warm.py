"""Warm the server before and after its first visitor: load the modules the pages use,
open the warehouse and run the pages' queries for the default view, so that pages find them
cached.

`at_start_up` runs when the server starts (serve.py's lifespan), in a background thread that
waits for Streamlit's runtime: the first page's modules, queries and once-per-process work at
once, the other pages' a few seconds after a first page is sent (so as not to compete with
the visitor's browser, still drawing it, for the two cores). `start_once`, called after
every page, releases that second stage, or for a server started without serve.py warms the
other pages itself. Each runs once per process. DASHBOARD_WARM_UP=0 turns both off (the
tests do: no work of theirs runs behind their back).
"""
from __future__ import annotations

import importlib
import threading
import time

import duckdb

import settings
from ui import data, queries
from ui.filters import Filters, clamp_years

# What the first run of the first page imports on its own, beyond the pages' modules (found
# as the modules new in sys.modules after the first run of "/" on a server warmed without
# them; ~1 s of that run on a busy machine): dashboard.py's own modules, Streamlit's emoji
# and icon tables (read for the sidebar's segmented controls and reset button), the script
# "magic" it inserts into every page, pandas' Styler (with jinja2: the tables), and what
# Streamlit reads at the end of a run (streamlit.web.skills: 0.3 s). (The overview's charts
# are Vega-Lite: st.plotly_chart's plotly.io and plotly.tools are the other pages'.)
FIRST_RUN_MODULES = ("ui.sidebar", "ui.sessions", "ui.downloads", "streamlit.emojis",
                     "streamlit.material_icon_names",
                     "streamlit.runtime.scriptrunner.magic_funcs",
                     "pandas.io.formats.style", "streamlit.web.skills")

_started = threading.Event()
RUNTIME_WAIT_S = 60


def first_page_queries(f: Filters) -> list[queries.Query]:
    """The sidebar's and the overview's queries (what a first visitor's page runs)."""
    q = queries
    return [q.year_bounds(), q.region_options(), q.country_options(()),
            q.province_options((), ()), q.event_count(), q.kpis(f), q.events_by_year_type(f),
            q.unknown_year_count(f), q.events_by_region(f), q.latest_events(f, 10)]


def default_queries(f: Filters) -> list[queries.Query]:
    """Every page's queries for the view `f` (as the pages build them by default)."""
    q = queries
    return [*first_page_queries(f), q.event_list(f, limit=500), q.events_by_country(f),
            q.events_by_province(f), q.events_by_city(f), q.place_names_zh(),
            q.participation_scope(f),
            q.orgs_by_type_role(f), q.org_origin(f), q.top_organisers(f),
            q.co_organisation_edges(f), q.people_list(f), q.mix_per_event(f),
            q.mix_per_year(f), q.mix_by_basis(f), q.mix_by_basis(f, ("country", "province")),
            q.speakers_by_type_country(f), q.amount_metrics(f),
            q.amounts_by_year(f, metrics=("contract_value",)),
            q.amounts_coverage(f, metrics=("contract_value",)),
            q.amounts_list(f, metrics=("contract_value",)), q.explorer_counts(f),
            q.data_quality(), q.document_search("", ()), q.event_choices(f)]


_first_page = threading.Event()  # set once a session has run its first page
FIRST_PAGE_WAIT_S = 30
# Once the server has sent the first page, the visitor's browser still fetches and runs the
# chart code (2–3 s at load ≈ 2 on two cores, bench/RESULTS.md "first visit"): warming the
# other pages then took a core and the GIL from it (the 4.6 MB Plotly file was served 5×
# slower), so it waits this long.
FIRST_PAGE_DRAW_S = 4.0


def _run(queries_: list[queries.Query]) -> bool:
    for query in queries_:
        try:
            data.run(query)
        except duckdb.Error:  # a query the page will report when it runs it
            return False
    return True


def warm_first_page() -> bool:
    """What the first page needs: its modules, the warehouse, its queries (cached), and what
    its first run would otherwise do once per process (`first_run_work`)."""
    from ui import charts, layout, workflows  # noqa: F401
    for name in FIRST_RUN_MODULES:
        importlib.import_module(name)
    if data.current().status == "missing":
        return False
    if not _run(first_page_queries(Filters())):
        return False
    first_run_work(Filters())
    return True


def first_run_work(f: Filters) -> None:
    """The sidebar's place names looked up for the view `f` (the province index is built on
    first use: ~0.2 s). (The overview's charts need nothing more: Vega-Lite specs are plain
    dicts, ui/vega.py, where the Plotly figures loaded a module per trace and attribute type
    on first use.)"""
    from ui import i18n, sidebar
    f = clamp_years(f, sidebar.year_bounds(data.current()))  # as dashboard.py does
    for code in data.run(queries.country_options(()))["country_code"].dropna():
        i18n.country_name(code, None, f.lang)
    for code in data.run(queries.province_options((), ()))["province_code"].dropna():
        i18n.province_name(code, None, f.lang)


def warm_other_pages(lang: str = "en") -> None:
    """What the other pages need: plotly.express, Excel, queries."""
    import plotly.express  # noqa: F401  (the bar charts of four pages)

    from ui import excel  # noqa: F401
    if data.current().status != "missing":
        _run(default_queries(Filters(lang=lang)))


def at_start_up() -> None:
    """From the server's start-up: warm once Streamlit's runtime exists (in a thread)."""
    if not settings.warm_up() or _started.is_set():
        return
    _started.set()

    def wait_then_warm() -> None:
        from streamlit import runtime
        deadline = time.monotonic() + RUNTIME_WAIT_S
        while not runtime.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        if runtime.exists() and warm_first_page():
            # the rest once the first visitor's page is drawn (not competing with it for the
            # two cores), or after a while if nobody comes
            if _first_page.wait(FIRST_PAGE_WAIT_S):
                time.sleep(FIRST_PAGE_DRAW_S)
            warm_other_pages()

    threading.Thread(target=wait_then_warm, name="dashboard-warm-up", daemon=True).start()


def start_once(lang: str = "en") -> None:
    """After a session's page: lets the start-up warm-up go on, or (a server started by
    `streamlit run dashboard.py`) warms the other pages itself."""
    _first_page.set()
    if not settings.warm_up() or _started.is_set():
        return
    _started.set()
    from streamlit.runtime.scriptrunner import add_script_run_ctx
    thread = threading.Thread(target=warm_other_pages, args=(lang,), name="dashboard-warm-up",
                              daemon=True)
    add_script_run_ctx(thread)
    thread.start()
