"""Warm the server before and after its first visitor: load the modules the pages use,
open the warehouse and run the pages' queries for the default view, so that pages find them
cached.

`at_start_up` runs when the server starts (serve.py's lifespan), in a background thread that
waits for Streamlit's runtime: the first page's modules, queries and once-per-process work,
the other pages' modules and queries, then one run of the first page in a session of its
own (`self_visit`), so that a first visitor's run is like any later one. If a visitor came
first, the other pages wait until the browser has drawn that page (not to compete with it
for the two cores). `start_once`, called after every page, marks that a page was sent, or
for a server started without serve.py warms the other pages itself. Each runs once per
process. DASHBOARD_WARM_UP=0 turns both off (the tests do: no work of theirs runs behind
their back).
"""
from __future__ import annotations

import importlib
import logging
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
_LOG = logging.getLogger(__name__)


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


WARM_THREAD = "dashboard-warm-up"


class QuietWarmUp(logging.Filter):
    """Streamlit warns "Thread '…': missing ScriptRunContext!" when a cached function runs
    outside a session: the warm-up does that on purpose, so its own warnings are noise in the
    terminal of `make run` (any other thread's still show)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName != WARM_THREAD


_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"


def at_start_up() -> None:
    """From the server's start-up: warm once Streamlit's runtime exists (in a thread)."""
    if not settings.warm_up() or _started.is_set():
        return
    _started.set()
    logging.getLogger(_CONTEXT_LOGGER).addFilter(QuietWarmUp())

    def wait_then_warm() -> None:
        from streamlit import runtime
        deadline = time.monotonic() + RUNTIME_WAIT_S
        while not runtime.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        if not (runtime.exists() and warm_first_page()):
            return
        if _first_page.is_set():  # a visitor came: let the browser draw before the rest
            time.sleep(FIRST_PAGE_DRAW_S)
            warm_other_pages()
            return
        warm_other_pages()
        if not _first_page.is_set():
            self_visit(own_stream_url())

    threading.Thread(target=wait_then_warm, name=WARM_THREAD, daemon=True).start()


SELF_VISIT_WAIT_S = 30


def stream_url(address: str | None, port: int, base_path: str | None = None) -> str:
    """The websocket address of a server listening on `address`:`port` under `base_path`,
    as a browser on the same machine reaches it."""
    host = address or "127.0.0.1"
    if host in ("0.0.0.0", "::"):  # listening everywhere: loopback is one of them
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    base = (base_path or "").strip("/")
    return f"ws://{host}:{port}{f'/{base}' if base else ''}/_stcore/stream"


def own_stream_url() -> str:
    """This server's websocket address (from Streamlit's configuration)."""
    from streamlit import config
    return stream_url(config.get_option("server.address"), config.get_option("server.port"),
                      config.get_option("server.baseUrlPath"))


def self_visit(url: str, timeout_s: float = SELF_VISIT_WAIT_S) -> bool:
    """Open the first page once, in a session of the server's own (over its websocket `url`,
    as a browser does), and close it. A fresh server's first script run was slower than the
    next ones even after the warm-up (0.23–0.65 s against 0.05–0.10 s at load 4, headless
    sessions, bench/RESULTS.md): Streamlit's first session, the page's first run and the
    collection that freezes the modules (ui/sessions.py) are now paid here, before anyone
    comes (0.07–0.14 s for the first visitor's run). False (logged) if the server could not
    be reached."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.exceptions import WebSocketException
    from websockets.sync.client import connect

    deadline = time.monotonic() + timeout_s
    rerun = BackMsg()
    rerun.rerun_script.query_string = ""
    rerun.rerun_script.page_script_hash = ""
    while time.monotonic() < deadline:
        try:
            with connect(url, subprotocols=["streamlit"], max_size=None,
                         open_timeout=5, close_timeout=1) as ws:
                ws.send(rerun.SerializeToString())
                msg = ForwardMsg()
                while msg.WhichOneof("type") != "script_finished":
                    msg.ParseFromString(ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            return True
        except ConnectionRefusedError:  # the server is not listening yet
            time.sleep(0.2)
        except (OSError, TimeoutError, WebSocketException) as exc:
            _LOG.warning("warm-up: could not open the first page at %s (%s)", url, exc)
            return False
    _LOG.warning("warm-up: the server at %s did not answer in %.0f s", url, timeout_s)
    return False


def start_once(lang: str = "en") -> None:
    """After a session's page: lets the start-up warm-up go on, or (a server started by
    `streamlit run dashboard.py`) warms the other pages itself."""
    _first_page.set()
    if not settings.warm_up() or _started.is_set():
        return
    _started.set()
    from streamlit.runtime.scriptrunner import add_script_run_ctx
    thread = threading.Thread(target=warm_other_pages, args=(lang,), name=WARM_THREAD,
                              daemon=True)
    add_script_run_ctx(thread)
    thread.start()
