"""The start-up warm-up (ui/warm.py) leaves the first page's first run nothing to load."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.server import streamlit_server
from ui import warm

ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter: AppTest's own machinery loaded on a one-line script, then the
# warm-up, then the dashboard's first run at "/" as a first visitor opens it.
SCRIPT = """
import json, sys
from streamlit.testing.v1 import AppTest
AppTest.from_file(sys.argv[1], default_timeout=60).run()
from ui import warm
from ui.i18n import province_name
assert warm.warm_first_page()
warmed_places = province_name.cache_info().currsize
before = set(sys.modules)
at = AppTest.from_file("dashboard.py", default_timeout=60).run()
assert not at.exception, at.exception
print(json.dumps({"new": sorted(set(sys.modules) - before), "places": warmed_places,
                  "charts": len(at.get("vega_lite_chart"))}))
"""


def test_after_the_warm_up_the_first_page_imports_no_module(sample_wh, tmp_path):
    trivial = tmp_path / "one_line.py"
    trivial.write_text("import streamlit as st\nst.write('x')\n", encoding="utf-8")
    # warm-up off for the run itself: its second stage (other pages) would import behind it
    env = os.environ | {"WAREHOUSE_DIR": str(sample_wh), "DASHBOARD_WARM_UP": "0"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(trivial)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["charts"] == 2  # the overview drew its two charts
    assert found["new"] == []
    assert found["places"] > 0  # the sidebar's province names were looked up


@pytest.mark.parametrize(("address", "port", "base", "url"), [
    (None, 8501, None, "ws://127.0.0.1:8501/_stcore/stream"),
    ("0.0.0.0", 8501, "", "ws://127.0.0.1:8501/_stcore/stream"),
    ("::", 8502, None, "ws://127.0.0.1:8502/_stcore/stream"),
    ("::1", 8501, None, "ws://[::1]:8501/_stcore/stream"),
    ("10.0.0.5", 80, "/dash/", "ws://10.0.0.5:80/dash/_stcore/stream"),
])
def test_the_self_visit_reaches_the_server_where_a_local_browser_would(address, port, base,
                                                                      url):
    assert warm.stream_url(address, port, base) == url


def test_the_self_visit_runs_the_first_page_of_a_running_server(sample_wh):
    # warm-up off in the server: the visit here is the only one
    env = {"WAREHOUSE_DIR": str(sample_wh), "DASHBOARD_WARM_UP": "0"}
    with streamlit_server(env) as base:
        port = int(base.rsplit(":", 1)[1])
        assert warm.self_visit(warm.stream_url("127.0.0.1", port), timeout_s=120)


def test_the_self_visit_gives_up_when_no_server_answers(caplog):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert not warm.self_visit(warm.stream_url("127.0.0.1", port), timeout_s=1)
    assert "did not answer" in caplog.text


def test_the_warm_up_threads_missing_context_warning_is_dropped_and_no_other():
    import logging
    import threading

    def record(thread: str) -> logging.LogRecord:
        r = logging.LogRecord("streamlit", logging.WARNING, __file__, 1,
                              "Thread '%s': missing ScriptRunContext!", (thread,), None)
        r.threadName = thread
        return r

    quiet = warm.QuietWarmUp()
    assert not quiet.filter(record(warm.WARM_THREAD))
    assert quiet.filter(record("ScriptRunner.scriptThread"))
    assert quiet.filter(record(threading.current_thread().name))
