"""The dashboard under streamlit.testing's AppTest, as the page tests open it."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def app(monkeypatch: pytest.MonkeyPatch, warehouse: Path, **params: str) -> AppTest:
    """The dashboard's first run on `warehouse`, opened with the URL parameters `params`."""
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def goto(at: AppTest, page: str) -> AppTest:
    return at.switch_page(f"app_pages/{page}.py").run()


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}
