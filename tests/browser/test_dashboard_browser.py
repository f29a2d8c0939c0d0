"""Real browser: every page on a running server, no error element, no failed request, maps drawn,
a CSV downloaded; a screenshot of each page goes to tests/artifacts/ (git-ignored).

Playwright drives Debian's /usr/bin/chromium (`make test` installs it; `playwright install`
cannot download browsers offline).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.browser.server import ROOT, streamlit_server
from tests.dashboard.warehouse_fixture import EVENTS, write_warehouse
from ui import pages
from ui.i18n import t
from ui.pages import OLD_URLS

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
PAGES = ["", "over_time", "regions", "institutions", "participant_mix", "contract_values",
         "explorer", "sources", "event?event=ev01"]
CONTENT = {  # page → (charts, tables, a text) that must be on screen before anything is judged
    "overview": (2, 1, "Latest events"),
    "over_time": (1, 1, "Events by year and type"),
    "regions": (6, 1, "Events by Chinese province"),
    "institutions": (4, 1, "Who organises with whom"),
    "participant_mix": (5, 1, "Average participant shares per year"),
    "contract_values": (1, 1, "Amounts with their original currency and FX basis"),
    "explorer": (0, 1, "Download these rows (CSV)"),
    "sources": (0, 2, "Article text"),
    "event": (0, 4, "Greater Bay Area Technology Transfer Forum 2019"),
    "add_articles": (0, 0, "Articles to add"),
}
TITLES = {name: t(pages.title_key(name)) for name in pages.PAGES}
BUSY = ", ".join(f'[data-testid="{t}"]' for t in (
    "stSkeleton", "stAppSkeleton", "stStatusWidgetRunningIcon", "stStatusWidgetRunningManIcon"))

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing (`make browser` installs it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    warehouse = write_warehouse(tmp_path_factory.mktemp("browser") / "warehouse")
    with streamlit_server({"WAREHOUSE_DIR": str(warehouse)}) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser: object, url: str, width: int = 1440, height: int = 1000):
    context = browser.new_context(viewport={"width": width, "height": height},
                                  accept_downloads=True)
    page = context.new_page()
    failed: list[str] = []
    # A request the browser itself abandoned (ERR_ABORTED: the test navigated on while the
    # previous page still loaded a script chunk) is no failure; a missing file is a 4xx below.
    page.on("requestfailed", lambda r: failed.append(f"{r.url} {r.failure}")
            if "ERR_ABORTED" not in str(r.failure) else None)
    page.on("response", lambda r: failed.append(f"{r.url} HTTP {r.status}")
            if r.status >= 400 and not _base_path_probe(r.url) else None)
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stApp"]', timeout=30_000)
    _settle(page)
    return context, page, failed


def _base_path_probe(url: str) -> bool:
    """Streamlit's frontend first looks for its endpoints under the page path (it cannot know
    the base URL path), then at the root: those 404s are by design, not failures."""
    path = url.split("://", 1)[-1].split("/", 1)[-1]
    return "/_stcore/" in f"/{path}" and not path.startswith("_stcore/")


def _settle(page: object, timeout: int = 90_000) -> None:
    """Wait until Streamlit has run the script: a title, then no skeleton placeholder, no
    running indicator and no stale (faded) element left. After a click or a key press the
    rerun may not have begun yet: give it a second to show itself first. Generous timeouts:
    the machine is shared; every wait is for something concrete."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    busy = f"""{BUSY}, [data-stale="true"]"""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout)
    try:
        page.wait_for_selector(busy, state="attached", timeout=1_000)
    except PlaywrightTimeout:  # no rerun under way
        pass
    page.wait_for_function(f"""() => !document.querySelector('{busy}')""", timeout=timeout)


def _wait_for_content(page: object, name: str, timeout: int = 90_000) -> None:
    """The page's own content is drawn: its charts (plotly or Vega-Lite SVG with marks), its
    tables (the grid's canvas) and a known text."""
    charts, tables, text = CONTENT[name]
    page.get_by_text(text, exact=False).first.wait_for(timeout=timeout)
    page.wait_for_function(
        """([charts, tables]) => {
            const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(p =>
                p.querySelector('.main-svg') && (p.querySelector(
                    '.point, .choroplethlocation, .scattergeo, .scatterlayer path, .annotation')))
                .concat([...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
                    .filter(v => v.querySelector('.marks .mark-rect path, .marks .mark-text text')));
            const grids = document.querySelectorAll('[data-testid="stDataFrame"] canvas');
            return plots.length >= charts && grids.length >= tables;
        }""", arg=[charts, tables], timeout=timeout)
    _settle(page, timeout)


def _screenshot(page: object, name: str, width: int = 1440) -> None:
    """The whole page: the viewport grows to the main area's height (it scrolls inside)."""
    height = page.evaluate(
        "() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": width, "height": max(1000, min(int(height) + 40, 6000))})
    _settle(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"page_{name}.png"))


def _assert_maps_drawn(page: object) -> None:
    """World and city maps drew the offline topojson; China drew all 31 provinces."""
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot .choroplethlocation').length > 30",
        timeout=30_000)
    maps = page.eval_on_selector_all(".js-plotly-plot", """els => els.map(e => ({
        filled: e.querySelectorAll('.choroplethlocation').length,
        borders: Array.from(e.querySelectorAll('.layer.countries path'))
                      .map(p => (p.getAttribute('d') || '').length)
                      .reduce((a, b) => a + b, 0),
        bubbles: e.querySelectorAll('.scattergeo .point').length}))""")
    world, china, china_cities, cities = maps[0], maps[1], maps[2], maps[3]
    assert world["filled"] == len({e["country_code"] for e in EVENTS})
    assert world["borders"] > 10_000  # the base map drew, not just the colour bar
    # every province and HKG/MAC/TWN (zero where no event), on the map and in the South
    # China Sea inset, and those with events once more on each, in colour
    counted = len({e["province_code"] for e in EVENTS
                   if (e["province_code"] or "").startswith("CN-")}) + 1  # + HKG
    assert china["filled"] == 2 * (34 + counted)
    assert china_cities["bubbles"] == len({e["city"] for e in EVENTS
                                           if e["country_code"] in ("CHN", "HKG")})
    assert cities["bubbles"] == len({e["city"] for e in EVENTS})
    assert cities["borders"] > 10_000


@pytest.mark.parametrize("path", PAGES)
def test_page_renders_without_errors_or_failed_requests_and_maps_draw(
        server: str, browser: object, path: str) -> None:
    context, page, failed = _open(browser, f"{server}/{path}")
    try:
        name = path.split("?")[0] or "overview"
        _wait_for_content(page, name)
        errors = page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]')
        assert errors.count() == 0, errors.first.inner_text()
        assert page.get_by_text("Page not found").count() == 0
        if name == "regions":
            _assert_maps_drawn(page)
        _screenshot(page, name)
        assert failed == []  # incl. the map files, fetched from /app/static, not a CDN
    finally:
        context.close()


@pytest.mark.parametrize(("path", "name"), [("overview", "overview"), *OLD_URLS.items()])
def test_a_page_opens_under_its_own_name_and_its_old_path(server: str, browser: object,
                                                          path: str, name: str) -> None:
    """/overview (the home page lives at /) and the paths pages had before their renaming."""
    context, page, failed = _open(browser, f"{server}/{path}?country=CHN")
    try:
        page.get_by_text(CONTENT[name][2], exact=False).first.wait_for(timeout=90_000)
        assert page.locator('[data-testid="stMain"] h1').first.inner_text() == TITLES[name]
        assert page.get_by_text("Page not found").count() == 0
        assert "country=CHN" in page.url
        if name != "overview":
            assert urlparse(page.url).path.rstrip("/").endswith(f"/{name}")
        assert failed == []
    finally:
        context.close()


def test_explorer_csv_download_holds_the_filtered_rows(server: str, browser: object) -> None:
    context, page, failed = _open(browser, f"{server}/explorer?country=CHN")
    try:
        with page.expect_download(timeout=30_000) as info:
            page.get_by_role("button", name="Download these rows (CSV)").click()
        download = info.value
        assert download.suggested_filename == "events__country-CHN__v-fixture12345.csv"
        text = Path(download.path()).read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        expected = sorted(e["event_id"] for e in EVENTS if e["country_code"] == "CHN")
        assert sorted(r["event_id"] for r in rows) == expected
        assert failed == []
    finally:
        context.close()
