"""XSS in a real browser: hostile article text is shown as text, never run.

A warehouse is built by the ETL from articles (.txt, .md, .html) whose text holds a
<script>, an <img onerror>, a markdown `javascript:` link and markdown/HTML bold. The Sources
page (searched, its text open), the Event detail page and the Data explorer must open no
dialog, leave `window.__xss` undefined in every frame, create no <img onerror> / javascript:
link, and show the literal `<script>` as text. Screenshots: tests/artifacts/xss_*.png.
"""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.browser import test_dashboard_browser as dash
from tests.browser.server import streamlit_server
from tests.browser.test_dashboard_browser import ARTIFACTS, CHROMIUM, _open, _settle

browser = dash.browser  # the module-scoped headless Chromium fixture, shared

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "<script>window.__xss=1;alert(1)</script>"
IMG = '<img src=x onerror="window.__xss=2;alert(2)">'
LINK = "[click](javascript:window.__xss=3)"
BOLD = "**bold** <b>b</b>"

ARTICLES = {
    "lyon_forum.txt": f"""{SCRIPT} Technology Transfer Forum opens in Lyon {BOLD}

LYON, France, 12 June 2024 - The Lyon Technology Transfer Forum {IMG} opened on Wednesday at the
Lyon Convention Centre, organised by the University of Lyon {LINK}. More than 300 researchers,
investors and company representatives {SCRIPT} attended the two-day forum. {BOLD} A regional
fund of EUR 2 million for proof-of-concept projects was announced at the opening.
""",
    "porto_fair.md": f"""# {SCRIPT} Porto Innovation Fair {BOLD}

PORTO, Portugal, 3 October 2023 - The Porto Innovation Fair {IMG} opened at the Porto
exhibition centre, organised by the University of Porto {LINK}. About 450 participants {SCRIPT}
attended the fair, where 40 patents were offered for licensing. {BOLD}
""",
    # Real tags are dropped by ingest; the escaped ones become literal text in the tables.
    "graz_training.html": """<html><head><title>&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;
Graz technology transfer training</title><script>window.__xss=4;alert(4)</script></head>
<body><article><h1>&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt; Graz technology
transfer training <b>b</b></h1>
<p>GRAZ, Austria, 21 May 2024 - A two-day technology transfer training &lt;img src=x
onerror="window.__xss=2;alert(2)"&gt; for licensing officers was held at Graz University of
Technology [click](javascript:window.__xss=3). It was attended by 120 participants from
universities and companies <img src=x onerror="window.__xss=5;alert(5)">. **bold**
&lt;b&gt;b&lt;/b&gt;</p><script>window.__xss=6;alert(6)</script></article></body></html>
""",
}
# search word → does the stored text still hold a literal <script>? (.md is rendered to text)
DOCS = {"Lyon": True, "Porto": False, "Graz": True}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing (`make browser` installs it)")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The ETL's warehouse of the hostile articles, served by `streamlit run dashboard.py`."""
    base = tmp_path_factory.mktemp("xss")
    inp, warehouse = base / "in", base / "warehouse"
    inp.mkdir()
    for name, text in ARTICLES.items():
        (inp / name).write_text(text, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "etl", "--input", str(inp), "--output",
                          str(warehouse), "--workers", "1", "--no-progress"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    events = pq.read_table(warehouse / "events.parquet").to_pylist()
    docs = pq.read_table(warehouse / "documents.parquet").to_pylist()
    assert [d["status"] for d in docs] == ["ok"] * 3
    with streamlit_server({"WAREHOUSE_DIR": str(warehouse)}) as url:
        yield {"url": url, "events": events, "docs": docs}


def _visit(browser, url: str):
    context, page, _ = _open(browser, url)
    dialogs: list[str] = []

    def on_dialog(d) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    return context, page, dialogs


def _assert_nothing_ran(page, dialogs: list[str]) -> None:
    page.wait_for_timeout(500)  # an onerror handler fires after the image fails to load
    assert dialogs == []
    for frame in page.frames:
        assert frame.evaluate("() => typeof window.__xss") == "undefined", frame.url
        assert frame.locator("img[onerror], [onerror]").count() == 0, frame.url
        assert frame.locator('a[href^="javascript:" i]').count() == 0, frame.url
        assert frame.locator("script:text('__xss')").count() == 0, frame.url


def _assert_script_shown_as_text(page) -> None:
    shown = page.get_by_text("<script>window.__xss=1", exact=False)
    assert any(shown.nth(i).is_visible() for i in range(shown.count()))


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"xss_{name}.png"), full_page=True)


@pytest.mark.parametrize(("word", "literal"), DOCS.items(), ids=list(DOCS))
def test_sources_page_shows_the_hostile_article_text_as_text(hostile, browser, word, literal):
    context, page, dialogs = _visit(browser, f"{hostile['url']}/sources")
    try:
        box = page.get_by_label("Search the articles")
        box.fill(word)
        box.press("Enter")
        _settle(page)
        page.get_by_text("Article text", exact=False).first.wait_for(timeout=30_000)
        code = page.locator('[data-testid="stCode"]').first
        assert word.upper() in code.inner_text()  # the searched article is the one open
        _assert_nothing_ran(page, dialogs)
        if literal:
            _assert_script_shown_as_text(page)
            assert "<script>window.__xss=1;alert(1)</script>" in code.inner_text()
        assert "[click](javascript:window.__xss=3)" in code.inner_text() or not literal
        _shot(page, f"sources_{word.lower()}")
    finally:
        context.close()


def test_event_pages_show_hostile_names_and_evidence_as_text(hostile, browser):
    assert len(hostile["events"]) == 3
    for ev in hostile["events"]:
        context, page, dialogs = _visit(browser, f"{hostile['url']}/event?event={ev['event_id']}")
        try:
            _assert_nothing_ran(page, dialogs)
            if "<script>" in (ev["name"] or ""):  # the name goes into the page's header
                _assert_script_shown_as_text(page)
                header = page.locator('[data-testid="stMain"] h2').first.inner_text()
                assert header.startswith("<script>window.__xss=1;alert(1)</script>")
            _shot(page, f"event_{ev['event_id']}")
        finally:
            context.close()


@pytest.mark.parametrize("table", ["events", "documents"])
def test_data_explorer_runs_no_hostile_cell(hostile, browser, table):
    context, page, dialogs = _visit(browser, f"{hostile['url']}/explorer")
    try:
        if table != "events":
            page.locator('[data-testid="stSelectbox"]').filter(has_text="Table").first.click()
            page.get_by_role("option", name=table, exact=True).click()
            _settle(page)
        page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)
        page.wait_for_timeout(500)
        _assert_nothing_ran(page, dialogs)
        # the grid draws on a canvas; its accessible copy in the DOM holds the cell text
        assert page.get_by_text("<script>window.__xss=1", exact=False).count() >= 1
        _shot(page, f"explorer_{table}")
    finally:
        context.close()
