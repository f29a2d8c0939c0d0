"""Dashboard benchmark on synthetic warehouses of 10k, 100k and 1M events.

    .venv/bin/python bench/dashboard.py [--sizes 10000,100000,1000000] [--quick] [--no-browser]

1. Data functions: for each page, the `ui.queries` builders the page calls (with the
   sidebar's option queries), each run alone through `ui.data.connect`/`execute` (no
   Streamlit cache), median of `--repeat` runs; per page the sum of those medians, next to
   the same aggregations written as plain DuckDB queries straight on the Parquet files with
   the same filter (`HAND`): the ratio is the cost of the dashboard's views and SQL. Also a
   table of every function's median, and the load average at the start and end of each size.
2. Browser: `streamlit run serve.py` (the dashboard, warmed as the server starts) on the
   warehouse, headless Chromium (Playwright
   driving /usr/bin/chromium) opens each page; time until Streamlit's page is mounted (the
   shell) and until its first chart (or table) is drawn, and the server's peak RSS (process
   tree) over the whole visit.

Warehouses are generated once by synthetic.warehouse and cached in bench/out/.
Prints tables and appends them to bench/RESULTS.md. Timings are reported, never asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # before bench/, so that `etl` is the package, not bench/etl.py

import duckdb  # noqa: E402

import settings  # noqa: E402
from synthetic.warehouse import write_warehouse  # noqa: E402

OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench" / "RESULTS.md"

try:
    import psutil
except ImportError:
    psutil = None


def warehouse(size: int, seed: int) -> tuple[Path, float | None]:
    """The cached synthetic warehouse (regenerated when the generator or schema changed)."""
    import hashlib
    import json
    import shutil
    h = hashlib.sha256()
    for path in ("synthetic/warehouse.py", "synthetic/world.py", "etl/schema.py", "etl/marts.py",
                 "etl/search_index.py"):
        h.update((ROOT / path).read_bytes())
    stamp = h.hexdigest()[:16]
    path = OUT / f"warehouse-{size}-s{seed}"
    manifest = path / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text()).get("generator_stamp") == stamp:
        return path, None
    shutil.rmtree(path, ignore_errors=True)
    t0 = time.perf_counter()
    m = write_warehouse(path, size, seed)
    took = time.perf_counter() - t0
    manifest.write_text(json.dumps({**m, "generator_stamp": stamp}, indent=2, sort_keys=True))
    return path, took


def _named(name: str, fn: Callable) -> Callable:
    fn.__name__ = name
    return fn


def page_queries(ids: dict[str, str] | None = None) -> dict[str, list[Callable]]:
    """Page → the query builders it calls with the current filters (as the page files do).

    `ids`: the event the event page shows and the document the sources page opens (the first
    of their lists under the same filters, as on the pages)."""
    from ui import queries as q
    ids = ids or {}
    ev, doc = ids.get("event", ""), ids.get("doc", "")
    return {
        "sidebar": [_named("year_bounds", lambda f: q.year_bounds()),
                    _named("region_options", lambda f: q.region_options()),
                    _named("country_options", lambda f: q.country_options(f.regions)),
                    _named("province_options",
                           lambda f: q.province_options(f.regions, f.countries))],
        "overview": [q.kpis, _named("kpis(previous period)",
                                    lambda f: q.kpis(q.previous_period(f) or f)),
                     q.events_by_year_type, q.unknown_year_count, q.events_by_region,
                     _named("latest_events(10)", lambda f: q.latest_events(f, 10))],
        "over_time": [q.events_by_year_type, q.unknown_year_count,
                      _named("event_list(500)", lambda f: q.event_list(f, limit=500))],
        "over_time (by month)": [_named("events_by_period(month)",
                                        lambda f: q.events_by_period(f, "month")),
                                 q.unknown_year_count,
                                 _named("event_list(500)", lambda f: q.event_list(f, limit=500))],
        "regions": [q.events_by_country, q.events_by_province, q.events_by_city,
                    q.events_by_region, q.participation_scope],
        "institutions": [q.orgs_by_type_role, q.org_origin, q.top_organisers,
                         q.co_organisation_edges, q.people_list],
        "participant_mix": [q.mix_per_event, q.mix_per_year, q.mix_by_basis,
                            _named("mix_by_basis(places)",
                                   lambda f: q.mix_by_basis(f, ("country", "province"))),
                            q.speakers_by_type_country],
        "contract_values": [q.amount_metrics,
                            _named("amounts_by_year(contract_value)",
                                   lambda f: q.amounts_by_year(f, metrics=("contract_value",))),
                            _named("amounts_coverage(contract_value)",
                                   lambda f: q.amounts_coverage(f, metrics=("contract_value",))),
                            _named("amounts_list(contract_value)",
                                   lambda f: q.amounts_list(f, metrics=("contract_value",)))],
        "explorer": [q.explorer_counts,
                     _named("explorer_rows(events)",
                            lambda f: q.explorer_rows("events", f, "event_id", False, 200)),
                     _named("explorer_rows(event_organizations)", lambda f: q.explorer_rows(
                         "event_organizations", f, "event_id", False, 200))],
        "event": [q.event_choices, _named("event_detail", lambda f: q.event_detail(ev)),
                  _named("event_organisations", lambda f: q.event_organisations(ev, f.lang)),
                  _named("event_people", lambda f: q.event_people(ev, f.lang)),
                  _named("event_mix", lambda f: q.event_mix(ev)),
                  _named("event_amounts", lambda f: q.event_amounts(ev))],
        "sources": [_named("data_quality", lambda f: q.data_quality()),
                    _named("index_search('')", lambda f: _index_search("")),
                    _named("document_text", lambda f: q.document_text(doc)),
                    _named("document_facts", lambda f: q.document_facts(doc))],
        # Typing in the sources page's search box: the full-text index (marts/search.sqlite)
        # for a common word, for one that matches nothing and for two characters (the OR of
        # the trigrams holding them), with the event counts of the page found.
        "search": [_named("index_search('technology')", lambda f: _index_search("technology")),
                   _named("index_search('xylophone')", lambda f: _index_search("xylophone")),
                   _named("index_search('xy')", lambda f: _index_search("xy"))],
    }


SEARCH_DB: Path | None = None  # the warehouse's search index, set by bench_queries


def _index_search(text: str) -> Callable[[object], object]:
    """A function of the connection running the sources page's indexed search."""
    from ui import data
    from ui import queries as q

    def run(con: object) -> object:
        rows = data.search_rows(str(SEARCH_DB), "", text, (), 200)
        if rows is None:  # left to a scan, as the page does
            return data.execute(con, q.document_search(text, ()))
        return data.execute(con, q.document_events(list(rows["doc_id"])))
    return run


def page_ids(con, f) -> dict[str, str]:
    """The event and document the event and sources pages open first under filters `f`."""
    from ui import data
    from ui import queries as q
    events = data.execute(con, q.event_choices(f))
    docs = data.execute(con, q.document_search("", ()))
    return {"event": str(events["event_id"].iloc[0]) if len(events) else "",
            "doc": str(docs["doc_id"].iloc[0]) if len(docs) else ""}


# Hand-written equivalents: for each page, the aggregations it shows written directly on the
# Parquet files as one plain DuckDB query each, with the same filter (`{w}`: the events
# predicate, `{we}` the same on alias e; `{sj}`: " AND event_id IN (the filtered events)", empty
# without a filter, as a person would write it).
HAND = {
    "sidebar": ["SELECT min(year), max(year) FROM {events}",
                "SELECT DISTINCT region FROM {events} WHERE region IS NOT NULL ORDER BY 1",
                "SELECT country_code, any_value(country) FROM {events} "
                "WHERE country_code IS NOT NULL GROUP BY 1 ORDER BY 1",
                "SELECT province_code, any_value(province) FROM {events} "
                "WHERE province_code IS NOT NULL GROUP BY 1 ORDER BY 1"],
    "overview": ["SELECT count(*), count(DISTINCT country_code), sum(attendance) FROM {events} "
                 "WHERE {w}",
                 "SELECT count(DISTINCT org_id) FROM {event_organizations} WHERE TRUE{sj}",
                 "SELECT count(DISTINCT person_id) FROM {event_people} WHERE TRUE{sj}",
                 "SELECT sum(amount_usd) FROM {amounts} WHERE metric = 'contract_value' "
                 "AND scope = 'event' AND event_id IS NOT NULL{sj}",
                 "SELECT year, event_type, count(*) FROM {events} WHERE {w} GROUP BY ALL",
                 "SELECT region, count(*) FROM {events} WHERE {w} GROUP BY 1",
                 "SELECT e.event_id, e.name, e.start_date, d.source_path, d.title FROM "
                 "(SELECT * FROM {events} e WHERE {we} ORDER BY start_date DESC NULLS LAST, "
                 "year DESC NULLS LAST, event_id LIMIT 10) e LEFT JOIN {documents} d "
                 "USING (doc_id)"],
    "over_time": ["SELECT year, event_type, count(*) FROM {events} WHERE {w} GROUP BY ALL",
                  "SELECT strftime(start_date, '%Y-%m'), count(*) FROM {events} "
                  "WHERE {w} AND start_date IS NOT NULL AND date_precision IN ('day', 'month') "
                  "GROUP BY 1",
                  "SELECT e.event_id, e.name, e.year, d.source_path, d.title FROM "
                  "(SELECT * FROM {events} e WHERE {we} ORDER BY year, start_date, event_id "
                  "LIMIT 500) e LEFT JOIN {documents} d USING (doc_id)"],
    "over_time (by month)": ["SELECT strftime(start_date, '%Y-%m'), count(*) FROM {events} "
                             "WHERE {w} AND start_date IS NOT NULL AND date_precision IN ('day', "
                             "'month') GROUP BY 1",
                             "SELECT e.event_id, e.name, e.year, d.source_path, d.title FROM "
                             "(SELECT * FROM {events} e WHERE {we} ORDER BY year, start_date, "
                             "event_id LIMIT 500) e LEFT JOIN {documents} d USING (doc_id)"],
    "regions": ["SELECT country_code, count(*) FROM {events} WHERE {w} GROUP BY 1",
                "SELECT province_code, count(*) FROM {events} WHERE {w} GROUP BY 1",
                "SELECT city, country_code, count(*) FROM {events} WHERE {w} GROUP BY ALL",
                "SELECT region, count(*) FROM {events} WHERE {w} GROUP BY 1",
                "SELECT f, count(*) FROM (SELECT e.event_id, bool_or(o.country_code <> "
                "e.country_code) f FROM {events} e LEFT JOIN {event_organizations} eo "
                "USING (event_id) LEFT JOIN {organizations} o USING (org_id) WHERE {we} "
                "GROUP BY 1) GROUP BY 1"],
    "institutions": ["SELECT o.org_type, eo.role, count(DISTINCT org_id) FROM "
                     "{event_organizations} eo JOIN {organizations} o USING (org_id) "
                     "WHERE TRUE{sj} GROUP BY ALL",
                     "SELECT eo.role, o.country_code = e.country_code, count(*) FROM "
                     "{event_organizations} eo JOIN {organizations} o USING (org_id) "
                     "JOIN {events} e USING (event_id) WHERE {we} GROUP BY ALL",
                     "SELECT org_id, o.name, count(DISTINCT event_id) n FROM "
                     "{event_organizations} JOIN {organizations} o USING (org_id) "
                     "WHERE role IN ('host', 'organizer', 'co_organizer'){sj} GROUP BY ALL "
                     "ORDER BY n DESC LIMIT 15",
                     # the network: the strongest pairs among the 200 most active organisations
                     "WITH eo AS (SELECT DISTINCT event_id, org_id FROM {event_organizations} "
                     "WHERE role IN ('host', 'organizer', 'co_organizer', 'supporter', "
                     "'partner'){sj}), top AS (SELECT org_id FROM eo GROUP BY 1 "
                     "ORDER BY count(*) DESC LIMIT 200), t AS (SELECT * FROM eo WHERE org_id IN "
                     "(SELECT org_id FROM top)) SELECT a.org_id, b.org_id, count(*) n FROM t a "
                     "JOIN t b ON a.event_id = b.event_id AND a.org_id < b.org_id GROUP BY ALL "
                     "ORDER BY n DESC LIMIT 60",
                     "SELECT p.name, p.title, e.name, ep.role, ep.evidence FROM "
                     "{event_people} ep JOIN {people} p USING (person_id) JOIN {events} e "
                     "USING (event_id) WHERE {we} ORDER BY e.year DESC NULLS LAST, e.event_id "
                     "LIMIT 1000"],
    "participant_mix": ["SELECT event_id, category, share FROM {participant_mix} "
                        "WHERE dimension = 'institution_type' AND basis IN ('reported', 'derived') "
                        "AND share IS NOT NULL{sj} ORDER BY event_id LIMIT 400",
                        "SELECT e.year, m.category, avg(m.share) FROM {participant_mix} m "
                        "JOIN {events} e USING (event_id) WHERE m.dimension = 'institution_type' "
                        "AND m.share IS NOT NULL AND {we} GROUP BY ALL",
                        "SELECT category, basis, count(DISTINCT event_id) FROM {participant_mix} "
                        "WHERE dimension = 'institution_type'{sj} GROUP BY ALL",
                        "SELECT dimension, category, basis, count(DISTINCT event_id) "
                        "FROM {participant_mix} WHERE dimension IN ('country', 'province'){sj} "
                        "GROUP BY ALL",
                        "SELECT o.org_type, o.country_code, count(DISTINCT person_id) FROM "
                        "{event_people} ep JOIN {people} p USING (person_id) LEFT JOIN "
                        "{organizations} o USING (org_id) WHERE ep.role = 'speaker'{sj} "
                        "GROUP BY ALL"],
    "contract_values": ["SELECT coalesce(a.reference_year, e.year), a.metric, sum(a.amount_usd) "
                        "FROM {amounts} a LEFT JOIN (SELECT * FROM {events} e WHERE {we}) e "
                        "USING (event_id) WHERE a.scope = 'event' AND (e.event_id IS NOT NULL OR "
                        "a.event_id IS NULL) GROUP BY ALL",
                        "SELECT a.*, e.name FROM {amounts} a LEFT JOIN (SELECT * FROM {events} e "
                        "WHERE {we}) e USING (event_id) WHERE a.scope = 'event' AND (e.event_id IS "
                        "NOT NULL OR a.event_id IS NULL) ORDER BY e.year DESC, amount_usd DESC "
                        "LIMIT 1000"],
    "explorer": ["SELECT (SELECT count(*) FROM {events} WHERE {w}), (SELECT count(*) FROM "
                 "{event_organizations} WHERE TRUE{sj}), (SELECT count(DISTINCT org_id) FROM "
                 "{event_organizations} WHERE TRUE{sj}), (SELECT count(*) FROM {event_people} "
                 "WHERE TRUE{sj}), (SELECT count(DISTINCT person_id) FROM {event_people} WHERE "
                 "TRUE{sj}), (SELECT count(*) FROM {participant_mix} WHERE TRUE{sj}), "
                 "(SELECT count(*) FROM {amounts} WHERE TRUE{sj}), (SELECT count(*) FROM "
                 "{documents} WHERE doc_id IN (SELECT doc_id FROM {events} WHERE {w}))",
                 "SELECT * FROM {events} WHERE {w} ORDER BY event_id LIMIT 200",
                 "SELECT * FROM {event_organizations} WHERE TRUE{sj} ORDER BY event_id, org_id, "
                 "role LIMIT 200"],
    "event": ["SELECT event_id, name, year FROM {events} WHERE {w} ORDER BY year DESC NULLS "
              "LAST, name LIMIT 2000",
              "SELECT e.*, d.source_path, d.title FROM {events} e LEFT JOIN {documents} d "
              "USING (doc_id) WHERE e.event_id = '{event}'",
              "SELECT eo.role, o.name, eo.evidence FROM {event_organizations} eo JOIN "
              "{organizations} o USING (org_id) WHERE eo.event_id = '{event}'",
              "SELECT ep.role, p.name, ep.evidence FROM {event_people} ep JOIN {people} p "
              "USING (person_id) WHERE ep.event_id = '{event}'",
              "SELECT * FROM {participant_mix} WHERE event_id = '{event}'",
              "SELECT * FROM {amounts} WHERE event_id = '{event}'"],
    "sources": ["SELECT (SELECT count(*) FROM {events} WHERE year IS NULL), "
                "(SELECT count(*) FROM {documents} WHERE status = 'quarantined')",
                "SELECT doc_id, title FROM {documents} ORDER BY source_path LIMIT 200",
                "SELECT text FROM {documents} WHERE doc_id = '{doc}'",
                "SELECT 'event', name, evidence FROM {events} WHERE doc_id = '{doc}' UNION ALL "
                "SELECT eo.role, o.name, eo.evidence FROM {event_organizations} eo JOIN "
                "{organizations} o USING (org_id) WHERE eo.event_id IN (SELECT event_id FROM "
                "{events} WHERE doc_id = '{doc}') UNION ALL SELECT ep.role, p.name, ep.evidence "
                "FROM {event_people} ep JOIN {people} p USING (person_id) WHERE ep.event_id IN "
                "(SELECT event_id FROM {events} WHERE doc_id = '{doc}') UNION ALL SELECT "
                "dimension, category, evidence FROM {participant_mix} WHERE event_id IN (SELECT "
                "event_id FROM {events} WHERE doc_id = '{doc}') UNION ALL SELECT metric, "
                "surface, evidence FROM {amounts} WHERE doc_id = '{doc}'"],
    "search": ["SELECT doc_id, title FROM {documents} WHERE text ILIKE '%technology%' OR "
               "title ILIKE '%technology%' ORDER BY source_path LIMIT 200",
               "SELECT doc_id, title FROM {documents} WHERE text ILIKE '%xylophone%' OR "
               "title ILIKE '%xylophone%' ORDER BY source_path LIMIT 200",
               "SELECT doc_id, title FROM {documents} WHERE text ILIKE '%xy%' OR "
               "title ILIKE '%xy%' ORDER BY source_path LIMIT 200"],
}

# The bench's filtered view, as Filters and as the hand-written predicate.
FILTERED_W = "(year IS NULL OR year BETWEEN 2015 AND 2025) AND country_code = 'CHN'"


def hand_sql(page: str, files: dict[str, str], filtered: bool,
             ids: dict[str, str] | None = None) -> list[str]:
    w = FILTERED_W if filtered else "TRUE"
    we = w.replace("year", "e.year").replace("country_code", "e.country_code")
    sj = (f" AND event_id IN (SELECT event_id FROM {files['events']} WHERE {w})"
          if filtered else "")
    ids = {k: v.replace("'", "''") for k, v in (ids or {}).items()}
    return [s.format(**files, w=w, we=we, sj=sj, event=ids.get("event", ""),
                     doc=ids.get("doc", "")) for s in HAND[page]]


def _median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first run, median of the next `repeat`) in milliseconds."""
    t0 = time.perf_counter()
    fn()
    first = (time.perf_counter() - t0) * 1000
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return first, statistics.median(runs)


def bench_queries(path: Path, repeat: int) -> tuple[list[dict], list[dict]]:
    """Per page: the sum of its functions' medians vs the hand-written queries' medians; and
    the median of each function (each function timed alone, DuckDB caches warm)."""
    from etl.schema import TABLES
    from ui import data
    from ui.filters import Filters

    global SEARCH_DB
    from etl import marts, search_index
    SEARCH_DB = path / marts.MARTS_DIR / search_index.SEARCH_FILE
    t0 = time.perf_counter()
    con, broken = data.connect(data.inspect_warehouse(path))
    connect_ms = (time.perf_counter() - t0) * 1000
    if broken:
        print(f"  warning: tables not readable by the dashboard: {broken}", file=sys.stderr)
    hand = duckdb.connect(":memory:", config={"threads": 2})
    files = {t: f"read_parquet('{path / (t + '.parquet')}')" for t in TABLES}
    pages, funcs = [], []
    filtered = Filters(year_min=2015, year_max=2025, countries=("CHN",))
    ids = {label: page_ids(con, f) for label, f in (("all", Filters()), ("filtered", filtered))}
    for page in page_queries():
        for label, f in (("all", Filters()), ("filtered", filtered)):
            builders = page_queries(ids[label])[page]
            first_sum = med_sum = 0.0
            for b in builders:
                qy = b(f)
                call = (lambda qy=qy: qy(con)) if callable(qy) else \
                    (lambda qy=qy: data.execute(con, qy))
                first, med = _median_ms(call, repeat)
                first_sum, med_sum = first_sum + first, med_sum + med
                funcs.append({"page": page, "filters": label, "function": b.__name__,
                              "first_ms": first, "median_ms": med})
            h_med = 0.0
            for s in hand_sql(page, files, label == "filtered", ids[label]):
                h_med += _median_ms(lambda s=s: hand.execute(s).fetchall(), repeat)[1]
            pages.append({"page": page, "filters": label, "queries": len(builders),
                          "first_ms": first_sum, "median_ms": med_sum, "hand_ms": h_med,
                          "ratio": med_sum / h_med if h_med else float("nan")})
            print(f"  {page:<13} {label:<8} {med_sum:7.0f} ms (hand {h_med:.0f} ms, "
                  f"x{pages[-1]['ratio']:.1f})", flush=True)
    con.close()
    hand.close()
    pages.append({"page": "(connect)", "filters": "", "queries": 0, "first_ms": connect_ms,
                  "median_ms": connect_ms, "hand_ms": float("nan"), "ratio": float("nan")})
    pages.append({"page": "(serving file from the tables)", "filters": "", "queries": 0,
                  "first_ms": serving_build_ms(path), "median_ms": float("nan"),
                  "hand_ms": float("nan"), "ratio": float("nan")})
    return pages, funcs


def serving_build_ms(path: Path) -> float:
    """What the dashboard spends once on a warehouse without marts (another tool's): deriving
    the serving DuckDB file from the tables."""
    import tempfile

    from etl import marts
    from etl.schema import TABLES
    con = duckdb.connect(":memory:", config={"threads": settings.DUCKDB_THREADS,
                                             "memory_limit": settings.DUCKDB_MEMORY_LIMIT})
    for t in TABLES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{path / (t + '.parquet')}')")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        marts.build_marts_on(con, Path(tmp), parquet=False)
        took = (time.perf_counter() - t0) * 1000
    con.close()
    return took


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _RssSampler(threading.Thread):
    """Peak RSS of a process and its children, sampled every 50 ms."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self) -> None:
        if psutil is None:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self.stop.is_set():
            try:
                total = 0
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            time.sleep(0.05)


PAGE_URLS = ("overview", "over_time", "regions", "institutions", "participant_mix",
             "contract_values", "explorer", "sources", "event")
# The first visit pays the server's imports and empty caches; the last one is warm.
VISITS = (("overview (first)", "overview"), *((u, u) for u in PAGE_URLS[1:]),
          ("overview", "overview"))
COLUMNS = tuple(label for label, _ in VISITS)


def bench_browser(path: Path, timeout_s: float = 180.0) -> dict:
    """Seconds until each page shows its first chart or table, and the server's peak RSS.
    The event page opens the first event of its list (as a link from any table does)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from ui import data
    from ui import queries as q
    from ui.filters import Filters
    con, _ = data.connect(data.inspect_warehouse(path))
    first = data.execute(con, q.event_choices(Filters(), limit=1))
    con.close()
    params = {"event": f"?event={first['event_id'].iloc[0]}" if len(first) else ""}

    port = _free_port()
    env = {**os.environ, "WAREHOUSE_DIR": str(path)}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = _RssSampler(server.pid)
    sampler.start()
    base = f"http://127.0.0.1:{port}"
    out: dict = {"pages": {}}
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                      "--disable-background-networking", "--disable-component-update",
                      "--disable-sync"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            for label, url in VISITS:
                t0 = time.perf_counter()
                # The default page (overview) lives at "/": "/overview" would open a
                # "page not found" dialog above it.
                path = "" if url == "overview" else url
                page.goto(f"{base}/{path}{params.get(url, '')}", wait_until="domcontentloaded")
                try:  # the app shell: Streamlit's JS loaded and mounted, before any data
                    page.wait_for_selector("[data-testid='stApp']", timeout=timeout_s * 1000)
                    out.setdefault("shell", {})[label] = time.perf_counter() - t0
                except PlaywrightError:
                    pass
                try:
                    page.wait_for_selector(  # a Plotly or (the overview) Vega-Lite chart
                        ".js-plotly-plot .main-svg, [data-testid='stVegaLiteChart'] .marks, "
                        "[data-testid='stDataFrame'], [data-testid='stTable']",
                        timeout=timeout_s * 1000)
                    out["pages"][label] = time.perf_counter() - t0
                except PlaywrightError as exc:  # report and keep going: a benchmark, not a test
                    out["pages"][label] = None
                    print(f"  {url}: not drawn in {timeout_s:.0f} s ({type(exc).__name__})",
                          file=sys.stderr)
                try:  # let the script finish before the next page, so visits do not overlap
                    page.wait_for_function(
                        "!document.querySelector('[data-testid=\"stStatusWidget\"]')",
                        timeout=timeout_s * 1000)
                except PlaywrightError:
                    pass
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        sampler.stop.set()
        sampler.join(timeout=2)
    out["peak_rss_mib"] = sampler.peak / 2**20 if psutil is not None else None
    return out


def machine() -> str:
    """The machine line of bench/etl.py (loaded by path: its module name clashes with etl/)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_etl", ROOT / "bench" / "etl.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.machine()


def _num(v: float, digits: int = 0) -> str:
    return "—" if v != v else f"{v:.{digits}f}"


def _load(res: dict) -> str:
    lo = res.get("load") or ()
    return "/".join(f"{x:.1f}" for x in lo) if lo else "—"


def report(results: dict, command: str, browser: bool) -> str:
    lines = [f"## {dt.datetime.now():%Y-%m-%d %H:%M} — dashboard", "",
             f"Machine: {machine()}  ", f"Command: `{command}`  ",
             "Load average (1 min) at the start / end of each size: "
             + ", ".join(f"{s:,}: {_load(r)}" for s, r in results.items()), "",
             "Data functions per page (ms; sum over the page's functions of each one's median, "
             "DuckDB 2 threads, no Streamlit cache; the dashboard reads the serving marts "
             "(etl/marts.py) and the tables; hand = the same aggregations as plain "
             "hand-written DuckDB queries on the tables' Parquet files, same filter; filtered = "
             "2015–2025 or unknown year, China; event and sources open the first event and the "
             "first document found; (connect) = opening the warehouse in a fresh process; "
             "(serving file from the tables) = the one-off build for a warehouse without "
             "marts):", "",
             "| events | page | filters | queries | first ms | median ms | hand ms | ratio |",
             "|---:|---|---|---:|---:|---:|---:|---:|"]
    for size, res in results.items():
        for r in res["queries"]:
            lines.append(f"| {size:,} | {r['page']} | {r['filters']} | {r['queries']} | "
                         f"{_num(r['first_ms'])} | {_num(r['median_ms'])} | "
                         f"{_num(r['hand_ms'])} | {_num(r['ratio'], 1)} |")
    sizes = list(results)
    lines += ["", "Each function (median ms; all / filtered):", "",
              "| page | function | " + " | ".join(f"{s:,}" for s in sizes) + " |",
              "|---|---|" + "---:|" * len(sizes)]
    keys: list[tuple[str, str]] = []
    for res in results.values():
        for r in res["functions"]:
            if (r["page"], r["function"]) not in keys:
                keys.append((r["page"], r["function"]))
    for page, fn in keys:
        cells = []
        for res in results.values():
            got = {r["filters"]: r["median_ms"] for r in res["functions"]
                   if (r["page"], r["function"]) == (page, fn)}
            cells.append(" / ".join(f"{got[k]:.0f}" for k in ("all", "filtered") if k in got)
                         or "—")
        lines.append(f"| {page} | `{fn}` | " + " | ".join(cells) + " |")
    if browser:
        lines += ["", "Browser (headless Chromium; seconds from navigation to the page's first "
                  "chart/table drawn; server peak RSS over the visit):",
                  "", "| events | " + " | ".join(COLUMNS) + " | server peak RSS MiB |",
                  "|---:|" + "---:|" * (len(COLUMNS) + 1)]
        for size, res in results.items():
            b = res.get("browser") or {}
            cells = [f"{b['pages'][u]:.1f}" if b.get("pages", {}).get(u) is not None else "—"
                     for u in COLUMNS]
            rss = f"{b['peak_rss_mib']:.0f}" if b.get("peak_rss_mib") else "—"
            lines.append(f"| {size:,} | " + " | ".join(cells) + f" | {rss} |")
        lines += ["", "Of which the app shell (navigation until Streamlit's page is mounted, "
                  "before any data; s):", "", "| events | " + " | ".join(COLUMNS) + " |",
                  "|---:|" + "---:|" * len(COLUMNS)]
        for size, res in results.items():
            sh = (res.get("browser") or {}).get("shell", {})
            lines.append(f"| {size:,} | " + " | ".join(
                f"{sh[u]:.1f}" if sh.get(u) is not None else "—" for u in COLUMNS) + " |")
    gens = [f"{s:,}: {r['gen']:.0f} s" for s, r in results.items() if r["gen"] is not None]
    if gens:
        lines += ["", "Warehouse generation (not cached before this run): " + ", ".join(gens)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--quick", action="store_true", help="10k events only")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args(argv)
    sizes = [10_000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict] = {}
    for size in sizes:
        path, gen = warehouse(size, args.seed)
        print(f"{size:,} events: {path}" + (f" (generated in {gen:.0f} s)" if gen else ""),
              flush=True)
        load0 = os.getloadavg()[0]
        pages, funcs = bench_queries(path, args.repeat)
        res = {"gen": gen, "queries": pages, "functions": funcs}
        if not args.no_browser:
            res["browser"] = bench_browser(path)
            print(f"  browser: {res['browser']}", flush=True)
        res["load"] = (load0, os.getloadavg()[0])
        results[size] = res
    text = report(results, "python bench/dashboard.py " + " ".join(
        argv if argv is not None else sys.argv[1:]), not args.no_browser)
    print()
    print(text)
    if not args.no_record:
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write("\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
