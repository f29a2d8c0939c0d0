"""Years in the URL outside the warehouse's own range (a link made on a bigger warehouse) are
clamped to the data instead of crashing the year slider on every page (found by the
websocket load driver, bench/ws_load.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("params, slider, url", [
    ({"y0": "2015", "y1": "2020"}, (2018, 2020), {"y1": "2020"}),
    ({"y0": "1990", "y1": "2099"}, (2018, 2023), {}),
    ({"y0": "2030"}, (2023, 2023), {"y0": "2023"}),
])
def test_years_outside_the_data_are_clamped(monkeypatch, sample_wh, params, slider, url):
    monkeypatch.setenv("WAREHOUSE_DIR", str(sample_wh))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert tuple(at.slider(key="w_years").value) == slider
    assert {k: v for k, v in at.query_params.items() if k in ("y0", "y1")} == url
