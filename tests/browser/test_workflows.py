"""Real browser, end to end without a terminal: upload an article on "Add articles", see its
event, correct the event's year on its detail page, see the correction on "Corrections".
Runs on a private copy of the corpus (RAW_DIR, CURATION_FILE, WAREHOUSE_DIR in tmp); the
screenshots go to tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from services.rebuild import rebuild
from tests.browser.server import streamlit_server
from tests.browser.test_dashboard_browser import (
    ARTIFACTS,
    CHROMIUM,
    _open,
)
from tests.dashboard import upload_samples as s

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing (`make browser` installs it)")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("workflows")
    raw, cur = s.copy_corpus(root)
    cur.write_text("corrections: []\n", encoding="utf-8")
    wh = root / "warehouse"
    rebuild(raw, wh, cur)
    return raw, cur, wh


@pytest.fixture(scope="module")
def server(corpus: tuple[Path, Path, Path]) -> Iterator[str]:
    raw, cur, wh = corpus
    env = {"WAREHOUSE_DIR": str(wh), "RAW_DIR": str(raw), "CURATION_FILE": str(cur)}
    with streamlit_server(env) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from tests.browser.test_dashboard_browser import CHROMIUM_ARGS

    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _event_for(wh: Path, saved_as: str) -> dict:
    docs = pq.read_table(wh / "documents.parquet", columns=["doc_id", "source_path"]).to_pylist()
    doc_id = next(d["doc_id"] for d in docs if d["source_path"] == saved_as)
    return next(e for e in pq.read_table(wh / "events.parquet").to_pylist()
                if doc_id in e["source_doc_ids"])


def _settle(page: object, timeout: int = 120_000) -> None:
    """Wait for the script run to finish; rebuilds on a busy shared machine take a while."""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout)
    page.wait_for_timeout(300)


def _no_errors(page: object) -> None:
    errors = page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]')
    assert errors.count() == 0, errors.first.inner_text()


def test_upload_then_correct_end_to_end(server: str, browser: object, corpus) -> None:
    raw, cur, wh = corpus
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context, page, failed = _open(browser, f"{server}/add_articles")
    try:
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([
            {"name": "Nordic forum.docx", "buffer": s.docx_bytes(s.NORDIC),
             "mimeType": "application/vnd.openxmlformats-officedocument."
                         "wordprocessingml.document"}])
        page.get_by_text("Nordic forum.docx").first.wait_for(timeout=20_000)
        page.get_by_role("button", name="Add and rebuild").click()
        page.get_by_text("1 with new events").wait_for(timeout=120_000)
        _settle(page)
        _no_errors(page)
        page.screenshot(path=str(ARTIFACTS / "workflow_1_uploaded.png"), full_page=True)
        saved = next(p for p in (raw / "uploads").rglob("*.docx"))
        event = _event_for(wh, saved.relative_to(raw).as_posix())
        assert event["name"] == s.NORDIC_EVENT

        page.goto(f"{server}/event?event={event['event_id']}", wait_until="domcontentloaded")
        _settle(page)
        page.get_by_text("Correct this event").click()
        value = page.locator(".st-key-fix_value_year input")
        value.fill("2022")
        value.press("Tab")
        reason = page.locator(".st-key-fix_reason input")
        reason.fill("the forum took place a year earlier")
        reason.press("Tab")
        page.wait_for_timeout(500)
        page.screenshot(path=str(ARTIFACTS / "workflow_2_correction_form.png"), full_page=True)
        page.locator(".st-key-fix_save button").click()
        page.get_by_text("Correction saved").wait_for(timeout=120_000)
        _settle(page)
        _no_errors(page)
        page.screenshot(path=str(ARTIFACTS / "workflow_3_corrected.png"), full_page=True)
        page.locator('[data-testid="stMain"] h1').first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "workflow_3_corrected_top.png"))
        assert _event_for(wh, saved.relative_to(raw).as_posix())["year"] == 2022
        assert "the forum took place a year earlier" in cur.read_text(encoding="utf-8")

        page.goto(f"{server}/corrections", wait_until="domcontentloaded")
        _settle(page)
        # the corrected event by name (a link to it), the field, the year it replaced (the
        # article's dateline) and the new one
        page.get_by_text("Year: 2023 → 2022").wait_for(timeout=20_000)
        event = _event_for(wh, saved.relative_to(raw).as_posix())
        assert page.locator(f'a[href*="event?event={event["event_id"]}"]').count() >= 1
        _no_errors(page)
        page.screenshot(path=str(ARTIFACTS / "workflow_4_corrections.png"), full_page=True)
        assert failed == []
    finally:
        context.close()
