"""Real browser: a click on a bar (Plotly, or the overview's Vega-Lite) filters the whole
dashboard, in the URL and in the KPIs, or lists the rows behind it (Contract values,
Participant mix; screenshots in tests/artifacts/); meeting mode fits a 1280×720 projector
(KPI labels whole, one chart per screen)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.server import streamlit_server
from tests.browser.test_dashboard_browser import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    _open,
    _settle,
)
from tests.dashboard.warehouse_fixture import EVENTS, rows_by_table, write_warehouse

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing (`make browser` installs it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    warehouse = write_warehouse(tmp_path_factory.mktemp("interact") / "warehouse")
    with streamlit_server({"WAREHOUSE_DIR": str(warehouse)}) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _params(page: object) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query).items()}


def _kpis(page: object) -> dict[str, str]:
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    values = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    return dict(zip(labels, values, strict=True))


def _click_bar(page: object, chart: int, bar: int) -> None:
    """A mouse click in the middle of a bar (plotly listens on its own layers above it)."""
    plot = page.locator(".js-plotly-plot").nth(chart)
    plot.locator(".barlayer .point path").first.wait_for(timeout=60_000)
    plot.scroll_into_view_if_needed()
    box = plot.locator(".barlayer .point path").nth(bar).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def _wait_for_param(page: object, *names: str) -> None:
    page.wait_for_function(
        "names => names.some(n => new URL(location.href).searchParams.has(n))",
        arg=list(names), timeout=60_000)
    _settle(page)


def test_a_click_on_a_year_filters_the_dashboard_in_the_url_and_the_kpis(server, browser):
    context, page, failed = _open(browser, f"{server}/over_time")
    try:
        _click_bar(page, 0, 0)
        _wait_for_param(page, "y0", "y1")
        params = _params(page)
        years = sorted(e["year"] for e in EVENTS if e["year"])
        # one year; a limit on the data's own first or last year is left implicit
        year = int(params.get("y0") or params["y1"])
        assert int(params.get("y0", years[0])) == int(params.get("y1", years[-1])) == year
        page.goto(f"{server}/?{urlparse(page.url).query}")
        _settle(page)
        page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)
        expected = sum(e["year"] == year for e in EVENTS)
        assert _kpis(page)["Events"] == str(expected) and expected < len(EVENTS)
        assert failed == []
    finally:
        context.close()


def test_a_click_on_a_region_filters_the_dashboard(server, browser):
    context, page, _ = _open(browser, f"{server}/regions")
    try:
        page.locator(".js-plotly-plot").nth(3).wait_for(timeout=60_000)
        # the M49 regions chart: ranked, Asia (5 events) first
        plots = page.locator(".js-plotly-plot")
        regions = next(i for i in range(plots.count())
                       if "Events by region" in plots.nth(i).inner_text())
        _click_bar(page, regions, 0)
        _wait_for_param(page, "region")
        assert _params(page)["region"] == "Asia"
        page.goto(f"{server}/?{urlparse(page.url).query}")
        _settle(page)
        page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)
        assert _kpis(page)["Events"] == str(sum(e["region"] == "Asia" for e in EVENTS))
    finally:
        context.close()


def _vega_bar(page: object, chart: int, aria: str) -> object:
    """The bar of the page's `chart`-th Vega-Lite chart whose description starts with `aria`
    (Vega describes each SVG bar by its fields: 'Year: 2021; events: 2')."""
    bars = page.locator('[data-testid="stVegaLiteChart"]').nth(chart).locator(
        ".marks .mark-rect path")
    bars.first.wait_for(timeout=60_000)
    described = [bars.nth(i).get_attribute("aria-label") or "" for i in range(bars.count())]
    return bars.nth(next(i for i, d in enumerate(described) if d.startswith(aria)))


def test_a_click_on_the_overview_year_and_region_bars_filters_the_dashboard(server, browser):
    """The overview's charts are Vega-Lite (ui/vega.py): a click on a year, then on a region,
    is written to the URL and the KPIs follow."""
    context, page, failed = _open(browser, f"{server}/")
    try:
        assert page.locator(".js-plotly-plot").count() == 0  # no Plotly on the first page
        assert _kpis(page)["Events"] == str(len(EVENTS))
        _vega_bar(page, 0, "Year: 2021;").click()
        _wait_for_param(page, "y0", "y1")
        params = _params(page)
        assert (params.get("y0", "2021"), params.get("y1", "2021")) == ("2021", "2021")
        assert "region" not in params
        page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)
        assert _kpis(page)["Events"] == str(sum(e["year"] == 2021 for e in EVENTS))
        # both charts follow the filter: one year bar left
        _vega_bar(page, 0, "Year: 2021;")
        assert page.locator('[data-testid="stVegaLiteChart"]').nth(0).locator(
            ".marks .mark-rect path").count() == 1

        page.goto(f"{server}/", wait_until="domcontentloaded")
        _settle(page)
        _vega_bar(page, 1, "events: 5; name: Asia").click()  # ranked: Asia, 5 events, first
        _wait_for_param(page, "region")
        assert _params(page)["region"] == "Asia"
        page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)
        assert _kpis(page)["Events"] == str(sum(e["region"] == "Asia" for e in EVENTS))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "overview_picked_region.png"))
        assert failed == []
    finally:
        context.close()


def test_a_region_name_with_markup_is_text_on_the_overview_chart_and_its_tooltip(tmp_path,
                                                                              browser):
    # the region is a vocabulary value; one the vocabulary does not know is shown as it is
    hostile = '<img src=x onerror="window.xss=1">'  # (no '_': labels show it as a space)
    data = rows_by_table()
    data["events"] = [{**data["events"][0], "region": hostile}, *data["events"][1:]]
    warehouse = write_warehouse(tmp_path / "warehouse", data=data)
    with streamlit_server({"WAREHOUSE_DIR": str(warehouse)}) as url:
        context, page, _ = _open(browser, f"{url}/")
        try:
            bar = _vega_bar(page, 1, "events: 1; name: <img")
            labels = page.locator('[data-testid="stVegaLiteChart"]').nth(1).locator(
                ".role-axis-label text").all_text_contents()
            # as its characters (a long label is cut with '…')
            assert any(label.startswith("<img src=x") for label in labels), labels
            bar.hover()
            tooltip = page.locator("#vg-tooltip-element")
            tooltip.get_by_text(hostile).wait_for(timeout=30_000)  # shown as its characters
            assert tooltip.locator("img").count() == 0
            assert page.evaluate("() => window.xss") is None
        finally:
            context.close()


def _plot_titled(page: object, title: str) -> int:
    plots = page.locator(".js-plotly-plot")
    plots.first.wait_for(timeout=60_000)
    page.get_by_text(title).first.wait_for(timeout=60_000)
    return next(i for i in range(plots.count()) if title in plots.nth(i).inner_text())


def test_a_click_on_a_contract_value_bar_lists_the_amounts_behind_it(server, browser):
    context, page, failed = _open(browser, f"{server}/contract_values")
    try:
        _click_bar(page, _plot_titled(page, "Amounts by year"), 0)  # the first year: 2021
        _wait_for_param(page, "bar")
        assert _params(page)["bar"] == "2021:contract_value:event"
        box = page.locator(".st-key-amounts_bar")
        box.get_by_text("Amounts behind the bar contract value · event · 2021").wait_for(
            timeout=60_000)
        box.locator('[data-testid="stDataFrame"] canvas').first.wait_for(timeout=60_000)
        assert "make the bar's total, $187 M" in box.inner_text()
        box.scroll_into_view_if_needed()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "drill_contract_values.png"))
        assert failed == []
    finally:
        context.close()


def test_a_click_on_a_participant_mix_bar_lists_the_events_behind_it(server, browser):
    context, page, _ = _open(browser, f"{server}/participant_mix?lang=zh")
    try:
        _click_bar(page, _plot_titled(page, "各年平均参与者构成"), 0)
        _wait_for_param(page, "bar")
        year = _params(page)["bar"]
        mixed = sorted({e["year"] for e in EVENTS if e["event_id"] in ("ev01", "ev02", "ev05")})
        assert int(year) == mixed[0]  # the first bar: the earliest year with shares
        box = page.locator(".st-key-mix_bar")
        box.get_by_text(f"{year}条形背后的活动").wait_for(timeout=60_000)
        box.locator('[data-testid="stDataFrame"] canvas').first.wait_for(timeout=60_000)
        box.scroll_into_view_if_needed()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "drill_participant_mix_zh.png"))
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_headline_figures_are_not_cut_on_a_1280_by_720_screen(tmp_path, browser, lang):
    # six cards in one row: Streamlit's fixed value size cut a six-digit attendance
    # ("571,112") to "571,…" and "Reported attendance" to "Reported attend…"
    data = rows_by_table()   # its events are the fixture's own rows: change a copy
    data["events"] = [{**data["events"][0], "attendance": 571_112}, *data["events"][1:]]
    warehouse = write_warehouse(tmp_path / "warehouse", data=data)
    with streamlit_server({"WAREHOUSE_DIR": str(warehouse)}) as url:
        _assert_no_card_cut(browser, f"{url}/?lang={lang}")


def _assert_no_card_cut(browser, url: str) -> None:
    context, page, _ = _open(browser, url, 1280, 720)
    try:
        page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)
        _settle(page)
        cards = page.evaluate("""() => [...document.querySelectorAll(
            '[data-testid="stMetricLabel"] p, [data-testid="stMetricValue"] div')]
            .map(e => [e.innerText, e.scrollWidth > e.clientWidth + 1])""")
        assert len(cards) >= 12  # six labels and six values drawn
        assert any(re.fullmatch(r"5\d\d,\d{3}", text) for text, _ in cards)  # the attendance
        assert [text for text, cut in cards if cut] == []
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_meeting_mode_fits_a_1280_by_720_projector(server, browser, lang):
    context, page, _ = _open(browser, f"{server}/?meeting=1&lang={lang}", 1280, 720)
    try:
        # the overview's charts: Vega-Lite
        page.locator('[data-testid="stVegaLiteChart"] .marks').nth(1).wait_for(timeout=60_000)
        _settle(page)
        cut = page.evaluate("""() => [...document.querySelectorAll(
            '[data-testid="stMetricLabel"] p, [data-testid="stMetricValue"] div')]
            .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)""")
        assert cut == []  # no 'Organisa…'
        # the size of the text itself: the deepest element holding it
        sizes = page.evaluate("""() => {
            const deepest = el => { while (el.firstElementChild) el = el.firstElementChild;
                                    return parseFloat(getComputedStyle(el).fontSize); };
            return [...document.querySelectorAll('[data-testid="stMetric"]')].map(m =>
                [deepest(m.querySelector('[data-testid="stMetricLabel"]')),
                 deepest(m.querySelector('[data-testid="stMetricValue"]'))]); }""")
        assert sizes and all(value >= 1.5 * label for label, value in sizes), sizes
        title = page.locator('[data-testid="stMain"] h1').bounding_box()
        assert title["y"] >= 40  # below Streamlit's own header bar, not under it
        charts = page.evaluate("""() => [...document.querySelectorAll(
            '[data-testid="stVegaLiteChart"]')].map(p => { const r = p.getBoundingClientRect();
            const t = p.querySelector('.role-axis-label text');
            return [r.width, r.height, t && parseFloat(getComputedStyle(t).fontSize)]; })""")
        assert len(charts) == 2
        # one chart per screen, across the whole width (stacked), axis labels ≥ 16 px
        assert all(400 <= h <= 720 - 100 and w > 1000 and size >= 16
                   for w, h, size in charts), charts
    finally:
        context.close()
