"""The dashboard under warehouse faults (AppTest): every page shows a friendly message or the
data, never an exception and never a traceback.

Faults: no warehouse, an empty directory, a truncated events.parquet, a Parquet file with
garbage over its data pages, an invalid manifest.json, and a warehouse rebuilt by the ETL while
the app is open (the next rerun shows the new data). The warehouses are real: built by
`python -m etl` from data/raw, then damaged in copies.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui import pages

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
PAGES = list(pages.PAGES)
# What an uncaught error looks like once rendered as text.
TRACE_MARKS = ("Traceback (most recent call last)", 'File "/', "Error:", "Exception:")

EXTRA_ARTICLE = """\
Regional technology transfer fair opens in Porto

PORTO, Portugal, 14 March 2023 - The Northern Technology Transfer Fair opened on Tuesday at
the Porto exhibition centre, organised by the University of Porto. More than 350 researchers,
investors and company representatives attended the two-day fair, where 40 patents were
offered for licensing.
"""


def _etl(inp: Path, out: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "etl", "--input", str(inp), "--output",
                          str(out), "--workers", "1", "--no-progress"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A real warehouse built by the ETL from data/raw (OUTPUT is a symlink to its version)."""
    out = tmp_path_factory.mktemp("built") / "warehouse"
    _etl(RAW, out)
    return out


def _copy(built: Path, dst: Path) -> Path:
    """A plain-directory copy of the built warehouse's files (safe to damage)."""
    shutil.copytree(built.resolve(), dst)
    return dst


def _texts(at: AppTest) -> list[str]:
    """Every text the page shows to the user."""
    found = []
    for kind in ("markdown", "caption", "text", "code", "error", "warning", "info",
                 "success", "title", "header", "subheader", "metric"):
        for el in getattr(at, kind):
            found.append(str(getattr(el, "value", "")))
    return found


def _app(monkeypatch: pytest.MonkeyPatch, warehouse: Path) -> AppTest:
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()


def _assert_every_page_is_calm(at: AppTest) -> dict[str, list[str]]:
    """Visit every page; none raises or prints a traceback. Returns each page's texts."""
    shown = {}
    for page in PAGES:
        at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, (page, [e.value for e in at.exception])
        texts = _texts(at)
        leaked = [t for t in texts if any(m in t for m in TRACE_MARKS)]
        assert not leaked, (page, leaked)
        assert at.title, page
        shown[page] = texts
    return shown


def _events_kpi(at: AppTest) -> int:
    return int({m.label: m.value for m in at.metric}["Events"].replace(",", ""))


def test_no_warehouse_at_all_says_how_to_build_one_on_every_page(monkeypatch, tmp_path):
    at = _app(monkeypatch, tmp_path / "nothing-here")
    shown = _assert_every_page_is_calm(at)
    for page in ("overview", "sources", "event", "explorer"):
        assert any("No warehouse found" in t for t in shown[page]), page


def test_an_empty_directory_reads_as_no_warehouse(monkeypatch, tmp_path):
    (tmp_path / "wh").mkdir()
    at = _app(monkeypatch, tmp_path / "wh")
    shown = _assert_every_page_is_calm(at)
    assert any("No warehouse found" in t for t in shown["overview"])


def test_the_real_warehouse_renders_every_page(monkeypatch, built):
    at = _app(monkeypatch, built)
    assert _events_kpi(at) >= 1
    _assert_every_page_is_calm(at)


@pytest.mark.parametrize("keep", [0, 4, 1000], ids=["emptied", "magic-only", "cut-in-half"])
def test_a_truncated_events_table_is_named_as_unreadable(monkeypatch, tmp_path, built, keep):
    wh = _copy(built, tmp_path / "wh")
    events = wh / "events.parquet"
    data = events.read_bytes()
    events.write_bytes(data[:min(keep, len(data) // 2)])
    at = _app(monkeypatch, wh)
    assert _events_kpi(at) == 0
    assert any("events" in w.value for w in at.warning), [w.value for w in at.warning]
    _assert_every_page_is_calm(at)


def test_garbage_over_the_data_pages_with_an_intact_footer(monkeypatch, tmp_path, built):
    # The footer still describes the columns, so the table opens; reading its pages fails.
    wh = _copy(built, tmp_path / "wh")
    for name in ("events.parquet", "documents.parquet"):
        path = wh / name
        data = bytearray(path.read_bytes())
        footer = int.from_bytes(data[-8:-4], "little") + 8
        for i in range(4, len(data) - footer):
            data[i] = (i * 131 + 7) % 256
        path.write_bytes(bytes(data))
    at = _app(monkeypatch, wh)
    assert not at.exception, [e.value for e in at.exception]
    warned = [w.value for w in at.warning if "unreadable" in w.value]
    assert warned and "events" in warned[0] and "documents" in warned[0], warned
    assert _events_kpi(at) == 0
    _assert_every_page_is_calm(at)


@pytest.mark.parametrize("manifest", ['{"warehouse_version": ', "[1, 2]", "\x00\xff", ""],
                         ids=["cut-json", "not-an-object", "binary", "empty"])
def test_an_invalid_manifest_does_not_stop_the_dashboard(monkeypatch, tmp_path, built,
                                                         manifest):
    wh = _copy(built, tmp_path / "wh")
    (wh / "manifest.json").write_bytes(manifest.encode("latin-1"))
    at = _app(monkeypatch, wh)
    n_events = json.loads((built / "manifest.json").read_text())["tables"]["events"]
    assert _events_kpi(at) == n_events >= 1, "the tables are intact: the data is still shown"
    _assert_every_page_is_calm(at)


def test_a_rebuild_while_the_app_is_open_shows_the_new_data(monkeypatch, tmp_path, built):
    inp = tmp_path / "in"
    shutil.copytree(RAW, inp)
    out = tmp_path / "wh"
    _etl(inp, out)
    at = _app(monkeypatch, out)
    before = _events_kpi(at)
    version = next(c.value for c in at.sidebar.caption if "`" in c.value)
    (inp / "zz_porto_fair.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    _etl(inp, out)  # same OUTPUT: the symlink now points at a new version
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert _events_kpi(at) == before + 1
    assert next(c.value for c in at.sidebar.caption if "`" in c.value) != version
    at.switch_page("app_pages/sources.py").run()
    assert not at.exception
    _assert_every_page_is_calm(at)
