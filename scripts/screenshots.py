"""Screenshots of every page on a warehouse, in English and Chinese, at desk and projector
sizes, into tests/artifacts/ (git-ignored), to look at by eye.

    python scripts/screenshots.py --warehouse /tmp/devwh [--pages overview,time] [--meeting]

A page may carry its own URL parameters ('contract_values?bar=2021:contract_value:event');
its screenshots are then named after the page and a `--suffix`.

Starts the dashboard on 127.0.0.1 like the browser tests, drives Debian's Chromium.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.server import streamlit_server  # noqa: E402
from tests.browser.test_dashboard_browser import (  # noqa: E402
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    _open,
    _settle,
)

PAGES = ("", "over_time", "regions", "institutions", "participant_mix", "contract_values",
         "explorer", "sources", "corrections")


def shoot(page: object, name: str, width: int, full: bool) -> None:
    if full:
        height = page.evaluate(
            "() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
        page.set_viewport_size({"width": width, "height": max(900, min(int(height) + 40, 7000))})
        _settle(page)
    page.wait_for_timeout(1500)  # plotly's transitions
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--pages", default=",".join(p or "overview" for p in PAGES))
    ap.add_argument("--langs", default="en,zh")
    ap.add_argument("--meeting", action="store_true", help="1280×720 meeting-mode screens too")
    ap.add_argument("--suffix", default="", help="added to the file names (a page with "
                    "parameters)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    pages = [("" if p == "overview" else p) for p in args.pages.split(",")]
    with streamlit_server({"WAREHOUSE_DIR": args.warehouse}) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=CHROMIUM_ARGS)
        for lang in args.langs.split(","):
            for path in pages:
                name = (path.split("?")[0] or "overview") + args.suffix
                join = "&" if "?" in path else "?"
                context, page, _ = _open(browser, f"{url}/{path}{join}lang={lang}", 1440, 900)
                shoot(page, f"dev_{name}_{lang}", 1440, full=True)
                context.close()
                if args.meeting:
                    context, page, _ = _open(browser,
                                             f"{url}/{path}{join}lang={lang}&meeting=1",
                                             1280, 720)
                    shoot(page, f"meeting_{name}_{lang}", 1280, full=False)
                    context.close()
                print(name, lang, flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
