"""Load test at the websocket level: N concurrent dashboard sessions, no browser.

    .venv/bin/python bench/ws_load.py --warehouse DIR [--sessions 30] [--seconds 60]
                                      [--think 1.0] [--warmup 0] [--port PORT]

Starts `streamlit run dashboard.py` on 127.0.0.1 (or drives one already listening on --port)
and opens one websocket per simulated user, speaking Streamlit's own protocol (the protobuf
BackMsg / ForwardMsg the browser sends and receives), so the figures are the server's alone:
no Chromium renders anything on the shared cores. Each user loops until the time is up: 70 %
in-app page switches (a rerun on the open session, as a click in the navigation does), 30 %
a new visit with random filters in the URL (a new session); between actions it thinks for
`--think` seconds on average (uniform 0.5x-1.5x). Latency: from sending the rerun request
to the script's "finished" message. Errors: exceptions shown on the page, "page not found",
closed connections, timeouts. Writes bench/out/ws_load.json (and the server's log beside it,
ws_load.log) and prints it, with the load average before and after. Bounded: at most 100 sessions and 600 s; 127.0.0.1 only.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import (  # noqa: E402
    FILTERS,
    PAGES,
    _free_port,
    _path,
    _start_server,
    _stop_server,
    _write_report,
)

RERUN_TIMEOUT = 120.0


def _rerun(query: str, page_name: str = "", page_hash: str = "") -> bytes:
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query
    state.page_name = page_name
    state.page_script_hash = page_hash
    state.widget_states.SetInParent()
    return msg.SerializeToString()


class Session:
    """One browser tab's worth of protocol: a websocket and the app's page table."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.pages: dict[str, str] = {}   # url path → page_script_hash

    async def run(self, request: bytes) -> list[str]:
        """Send a rerun request; wait for the script to finish. Returns the problems seen."""
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        await self.ws.send(request)
        problems: list[str] = []
        while True:
            msg = ForwardMsg()
            msg.ParseFromString(await self.ws.recv())
            kind = msg.WhichOneof("type")
            if kind == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
            elif kind == "page_not_found":
                problems.append(f"page not found: {msg.page_not_found.page_name}")
            elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element" and \
                    msg.delta.new_element.WhichOneof("type") == "exception":
                problems.append("exception: " + msg.delta.new_element.exception.message[:150])
            elif kind == "script_finished":
                if msg.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # the app asked for a rerun; the next finish is the one we wait for
                if msg.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                    problems.append(f"script finished with status {msg.script_finished}")
                return problems


async def _visit(url: str, query: str, page: str, stats: dict) -> Session | None:
    """Open a new session on `page` with `query` (a page load); None if it failed."""
    import websockets

    t0 = time.monotonic()
    try:
        ws = await websockets.connect(url, subprotocols=["streamlit"], max_size=None,
                                      open_timeout=60, ping_interval=None)
        session = Session(ws)
        problems = await asyncio.wait_for(session.run(_rerun(query, page_name=_path(page))),
                                          RERUN_TIMEOUT)
    except (OSError, TimeoutError, websockets.WebSocketException) as e:  # refused, closed, slow
        stats["errors"].append(f"visit {page}: {type(e).__name__}: {e}"[:200])
        return None
    stats["latency"].append(time.monotonic() - t0)
    stats["kinds"]["visit"] += 1
    stats["errors"] += [f"{page}: {p}" for p in problems]
    return session


async def _user(url: str, until: float, seed: int, think: float, stats: dict) -> None:
    import websockets

    rng = random.Random(seed)
    query = ""
    session = await _visit(url, query, "overview", stats)
    while time.monotonic() < until:
        await asyncio.sleep(think * rng.uniform(0.5, 1.5))
        if time.monotonic() >= until:
            break
        target = rng.choice(PAGES)
        if session is None or rng.random() >= 0.7:
            if session is not None:
                await session.ws.close()
            query = "&".join(f"{k}={v}" for k, v in rng.choice(FILTERS).items())
            session = await _visit(url, query, target, stats)
            continue
        t0 = time.monotonic()
        try:
            problems = await asyncio.wait_for(
                session.run(_rerun(query, page_name=_path(target),
                                   page_hash=session.pages.get(_path(target) or "overview",
                                                               ""))),
                RERUN_TIMEOUT)
        except (OSError, TimeoutError, websockets.WebSocketException) as e:
            stats["errors"].append(f"switch {target}: {type(e).__name__}: {e}"[:200])
            session = None
            continue
        stats["latency"].append(time.monotonic() - t0)
        stats["kinds"]["switch"] += 1
        stats["errors"] += [f"{target}: {p}" for p in problems]
    if session is not None:
        await session.ws.close()


async def _drive(port: int, sessions: int, seconds: float, think: float) -> dict:
    stats: dict = {"latency": [], "errors": [], "kinds": {"visit": 0, "switch": 0}}
    url = f"ws://127.0.0.1:{port}/_stcore/stream"
    until = time.monotonic() + seconds
    await asyncio.gather(*(_user(url, until, i, think, stats) for i in range(sessions)))
    return stats


def _cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system) the server process has used so far (Linux /proc)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _report(stats: dict, args: argparse.Namespace, load_before: tuple, load_after: tuple,
            server_cpu: float | None = None) -> dict:
    lat = sorted(stats["latency"])

    def pct(q: float) -> float | None:
        return round(lat[min(len(lat) - 1, int(q * len(lat)))], 3) if lat else None

    return {"sessions": args.sessions, "seconds": args.seconds, "think_s": args.think,
            "warmup_s": args.warmup,
            "warehouse": str(args.warehouse), "reruns_served": len(lat),
            "visits": stats["kinds"]["visit"], "page_switches": stats["kinds"]["switch"],
            "reruns_per_second": round(len(lat) / args.seconds, 2),
            "p50_s": pct(0.50), "p95_s": pct(0.95), "max_s": round(lat[-1], 3) if lat else None,
            "mean_s": round(statistics.fmean(lat), 3) if lat else None,
            "errors": len(stats["errors"]), "error_samples": stats["errors"][:10],
            "server_cpu_s": round(server_cpu, 1) if server_cpu is not None else None,
            "server_cpu_ms_per_rerun": round(1000 * server_cpu / len(lat))
            if server_cpu is not None and lat else None,
            "load_average_before": load_before, "load_average_after": load_after,
            "cores": os.cpu_count()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", type=Path, default=ROOT / "data" / "warehouse")
    ap.add_argument("--sessions", type=int, default=30)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--think", type=float, default=1.0, help="mean seconds between actions")
    ap.add_argument("--port", type=int, help="drive a server already listening there")
    ap.add_argument("--warmup", type=float, default=0.0,
                    help="seconds of the same load first, not measured (a server that has "
                         "been up a while: each view's queries and figures already made)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "ws_load.json")
    args = ap.parse_args(argv)
    args.sessions = max(1, min(args.sessions, 100))
    args.seconds = max(1.0, min(args.seconds, 600.0))  # bounded whatever is asked
    server = None
    port = args.port
    if port is None:
        if not (args.warehouse / "manifest.json").exists():
            print(f"error: no warehouse at {args.warehouse}", file=sys.stderr)
            return 2
        port = _free_port()
        server = _start_server(args.warehouse.resolve(), port, args.out.with_suffix(".log"))
    try:
        if server is not None:  # one visit first: the per-version marts are built once
            asyncio.run(_drive(port, 1, 1.0, 0.0))
        if args.warmup > 0:
            asyncio.run(_drive(port, args.sessions, min(args.warmup, 600.0), args.think))
        before = tuple(round(x, 2) for x in os.getloadavg())
        cpu0 = _cpu_seconds(server.pid if server else None)
        stats = asyncio.run(_drive(port, args.sessions, args.seconds, args.think))
        cpu1 = _cpu_seconds(server.pid if server else None)
        after = tuple(round(x, 2) for x in os.getloadavg())
    finally:
        if server is not None:
            _stop_server(server)
    _write_report(_report(stats, args, before, after,
                          cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None),
                  args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
