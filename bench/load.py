"""Load test: N concurrent dashboard sessions for S seconds, switching pages and filters.

    .venv/bin/python bench/load.py [--warehouse DIR] [--sessions 20] [--seconds 60]

Starts `streamlit run dashboard.py` on 127.0.0.1 (a free port) with WAREHOUSE_DIR set, opens
one headless Chromium with one browser context (= one Streamlit session) per simulated user,
and lets each user loop until the time is up: mostly in-app page switches through the
navigation links (a rerun over the open websocket), sometimes a page load with random filters
in the URL (a new session). Latency is from the action to the app being idle again (no
running-status widget). Reports reruns served, p50/p95/max latency and errors, and writes
bench/out/load.json. Bounded: stops by itself; talks to 127.0.0.1 only.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
PAGES = ("overview", "over_time", "regions", "institutions", "participant_mix",
         "contract_values", "explorer", "sources")
FILTERS = ({}, {"region": "Asia"}, {"region": "Europe"}, {"type": "forum"},
           {"type": "training,conference"}, {"y0": "2015", "y1": "2020"}, {"lang": "zh"},
           {"cur": "CNY"}, {"unknown": "0"}, {"orgtype": "university"})
IDLE_JS = ("() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && "
           "!!document.querySelector('[data-testid=\"stMain\"]')")
ERROR_SELECTOR = '[data-testid="stException"]'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(warehouse: Path, port: int, log: Path | None = None) -> subprocess.Popen:
    """`streamlit run dashboard.py` on 127.0.0.1:port once healthy; its output to `log`."""
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--server.fileWatcherType", "none"]
    env = {**os.environ, "WAREHOUSE_DIR": str(warehouse)}
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
    with open(log or os.devnull, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("streamlit did not become healthy within 60 s")


async def _settle(page, timeout_ms: int) -> None:
    await page.wait_for_timeout(150)  # let the rerun start before waiting for the idle state
    await page.wait_for_function(IDLE_JS, timeout=timeout_ms)


def _path(page: str) -> str:
    """URL path of a page: the default one (overview) is "/", "/overview" is not found."""
    return "" if page == "overview" else page


async def _user(browser, base: str, until: float, seed: int, stats: dict) -> None:
    from playwright.async_api import Error as PlaywrightError

    rng = random.Random(seed)
    ctx = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await ctx.new_page()
    page.on("pageerror", lambda e: stats["errors"].append(f"pageerror: {e}"[:200]))
    try:
        await page.goto(base + "/", timeout=60_000, wait_until="domcontentloaded")  # overview
        await _settle(page, 60_000)
        while time.monotonic() < until:
            target = rng.choice(PAGES)
            t0 = time.monotonic()
            try:
                if rng.random() < 0.7:
                    link = page.locator(f'[data-testid="stSidebarNav"] a[href$="/{target}"]')
                    if await link.count():
                        await link.first.click(timeout=10_000)
                    else:
                        await page.goto(f"{base}/{_path(target)}", timeout=30_000,
                                        wait_until="domcontentloaded")
                else:
                    query = "&".join(f"{k}={v}" for k, v in rng.choice(FILTERS).items())
                    await page.goto(f"{base}/{_path(target)}?{query}", timeout=30_000,
                                    wait_until="domcontentloaded")
                await _settle(page, 30_000)
                stats["latency"].append(time.monotonic() - t0)
                if await page.locator(ERROR_SELECTOR).count():
                    stats["errors"].append(f"exception shown on {target}")
            except PlaywrightError as e:  # a timeout or a closed page is an error, the loop goes on
                stats["errors"].append(f"{type(e).__name__} on {target}: {e}"[:200])
    finally:
        await ctx.close()


async def _drive(port: int, sessions: int, seconds: float) -> dict:
    from playwright.async_api import async_playwright

    stats: dict = {"latency": [], "errors": []}
    base = f"http://127.0.0.1:{port}"
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                          args=CHROMIUM_ARGS)
        try:
            until = time.monotonic() + seconds
            await asyncio.gather(*(_user(browser, base, until, i, stats)
                                   for i in range(sessions)))
        finally:
            await browser.close()
    return stats


def _report(stats: dict, sessions: int, seconds: float) -> dict:
    lat = sorted(stats["latency"])

    def pct(q: float) -> float | None:
        return round(lat[min(len(lat) - 1, int(q * len(lat)))], 3) if lat else None

    return {"sessions": sessions, "seconds": seconds, "reruns_served": len(lat),
            "reruns_per_second": round(len(lat) / seconds, 2),
            "p50_s": pct(0.50), "p95_s": pct(0.95), "max_s": round(lat[-1], 3) if lat else None,
            "mean_s": round(statistics.fmean(lat), 3) if lat else None,
            "errors": len(stats["errors"]), "error_samples": stats["errors"][:10]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", type=Path, default=ROOT / "data" / "warehouse")
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "load.json")
    args = ap.parse_args(argv)
    if not (args.warehouse / "manifest.json").exists():
        print(f"error: no warehouse at {args.warehouse} (run `make etl` or pass --warehouse)",
              file=sys.stderr)
        return 2
    args.sessions = max(1, min(args.sessions, 100))
    args.seconds = max(1.0, min(args.seconds, 600.0))  # bounded whatever is asked
    port = _free_port()
    server = _start_server(args.warehouse.resolve(), port)
    try:
        stats = asyncio.run(_drive(port, args.sessions, args.seconds))
    finally:
        _stop_server(server)
    _write_report(_report(stats, args.sessions, args.seconds), args.out)
    return 0


def _stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()


def _write_report(report: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    sys.exit(main())
