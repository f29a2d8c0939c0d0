"""Markdown and HTML in user text, in a real browser: shown as text, no link, no image, no request.

The payloads are the issue-13 attack: a Markdown image pointing at a local server (a fetch
would show in its log) followed by a phishing link, and a raw `<a href>`. They sit in an
organisation's name (tables, chart axes and labels: Plotly renders `<a>` in labels), an
event's name (the Event detail header and chooser), a correction's reason (the Corrections
page) and the `?org=` URL parameter (the filter caption on every page).
"""
from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest

from tests.browser import test_dashboard_browser as dash
from tests.browser.server import free_port, streamlit_server
from tests.browser.test_dashboard_browser import ARTIFACTS, CHROMIUM, _settle
from tests.dashboard.warehouse_fixture import rows_by_table, write_warehouse

browser = dash.browser  # the module-scoped headless Chromium fixture, shared

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is missing (`make browser` installs it)")

PHISH = "[Your session expired, log in](https://evil.example/u)"
ANCHOR = '<a href="https://evil.example/a">tip</a>'


class _Sink(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def sink() -> Iterator[tuple[str, list[str]]]:
    """A local server an injected image would be fetched from; its list of requests."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _Sink)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", _Sink.hits
    finally:
        server.shutdown()


def _image(where: str, sink_host: str) -> str:
    return f"![u](http://{sink_host}/{where}.png)"


@pytest.fixture(scope="module")
def app(tmp_path_factory, sink) -> Iterator[dict]:
    host, _ = sink
    data = rows_by_table()
    org = next(o for o in data["organizations"] if o["org_id"] == "o_unk")  # organises ev07
    org["name"] = f"{_image('org', host)}{PHISH} {ANCHOR}"
    event = next(e for e in data["events"] if e["event_id"] == "ev07")
    event["name"] = f"{_image('event', host)}{PHISH} {ANCHOR}"
    base = tmp_path_factory.mktemp("md")
    warehouse = write_warehouse(base / "warehouse", data=data)
    curation = base / "curation.yaml"
    reason = f"{_image('reason', host)}{PHISH} {ANCHOR}".replace("'", "''")
    curation.write_text("corrections:\n  - target: event\n    match: {event_id: ev07}\n"
                        f"    set: {{year: 2020}}\n    reason: '{reason}'\n", encoding="utf-8")
    env = {"WAREHOUSE_DIR": str(warehouse), "CURATION_FILE": str(curation)}
    with streamlit_server(env) as url:
        yield {"url": url, "org": org["name"], "event": event["name"]}


@contextmanager
def _visiting(browser, app: dict, path: str, sink: tuple[str, list[str]], shot: str):
    """The page at `path`; after the test's own checks, no link, image or request may have
    come of the payloads (and a screenshot is kept)."""
    context = browser.new_context(viewport={"width": 1440, "height": 1200})
    try:
        page = context.new_page()
        elsewhere: list[str] = []  # every request to anywhere but the app's own server
        page.on("request", lambda r: elsewhere.append(r.url)
                if not r.url.startswith(app["url"]) and not r.url.startswith("data:") else None)
        page.goto(app["url"] + path, wait_until="domcontentloaded")
        page.wait_for_selector('[data-testid="stApp"]', timeout=30_000)
        _settle(page)
        yield page
        _assert_text_only(page, elsewhere, sink)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"markdown_{shot}.png"), full_page=True)
    finally:
        context.close()


# Attributes that make a browser follow or fetch a URL.
_URL_ATTRIBUTES = ["href", "xlink:href", "src", "srcset", "action", "formaction", "poster",
                   "data", "background", "style"]


def _assert_text_only(page, elsewhere: list[str], sink: tuple[str, list[str]]) -> None:
    host, hits = sink
    page.wait_for_timeout(800)  # an image would be requested as soon as it is in the DOM
    for frame in page.frames:
        linked = frame.evaluate("""([names, needles]) => [...document.querySelectorAll('*')]
            .flatMap(el => [...el.attributes]
                .filter(a => names.includes(a.name) && needles.some(n => a.value.includes(n)))
                .map(a => el.tagName + ' ' + a.name + '=' + a.value))""",
                                [_URL_ATTRIBUTES, ["evil.example", host]])
        assert linked == [], (frame.url, linked)
        assert frame.locator("img[src*='.png']").count() == 0, frame.url
    assert elsewhere == [] and hits == []


def _shown(page, text: str) -> bool:
    """`text` is on the page as text (U+2060, the invisible joiner that keeps a bare URL
    from being made a link, aside)."""
    return text in page.evaluate("() => document.body.innerText.replaceAll('\u2060', '')")


def test_org_url_parameter_in_the_caption_is_text(app, browser, sink):
    param = f"{_image('param', sink[0])}{PHISH}"
    with _visiting(browser, app, f"/?org={quote(param)}", sink, "caption") as page:
        caption = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first
        caption.wait_for(timeout=30_000)
        assert f"“{param}”" in caption.inner_text().replace("\u2060", "")  # none rendered


def test_event_name_in_the_header_and_chooser_is_text(app, browser, sink):
    with _visiting(browser, app, "/event?event=ev07", sink, "event") as page:
        header = page.locator('[data-testid="stMain"] h2').first
        assert header.inner_text().replace("\u2060", "").startswith(app["event"])


def test_organisation_name_in_tables_and_chart_labels_is_text(app, browser, sink):
    with _visiting(browser, app, "/institutions", sink, "institutions") as page:
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length > 2",
                               timeout=60_000)
        ticks = page.eval_on_selector_all(".js-plotly-plot .ytick text, .js-plotly-plot "
                                          ".xtick text", "els => els.map(e => e.textContent)")
        assert any(t.startswith(app["org"][:40]) for t in ticks), ticks
        labels = page.eval_on_selector_all(".js-plotly-plot text",
                                           "els => els.map(e => e.textContent)")
        assert any(ANCHOR[:20] in t for t in labels)  # the tag is shown, not made a link


def test_correction_reason_on_the_corrections_page_is_text(app, browser, sink):
    with _visiting(browser, app, "/corrections", sink, "corrections") as page:
        page.get_by_text("Your session expired", exact=False).first.wait_for(timeout=30_000)
        assert _shown(page, f"{PHISH} {ANCHOR}")
