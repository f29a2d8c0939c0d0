"""Excel exports: typed numbers and dates, neutralised formulas, legal sheet names."""
from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from ui.excel import excel_frame, sheet_name, to_xlsx_bytes


def _book(tables, meta=None):
    return load_workbook(io.BytesIO(to_xlsx_bytes(tables, meta)))


@pytest.mark.parametrize("text, cell", [
    ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
    ("+86 10 1234", "'+86 10 1234"),
    ("-1+2", "'-1+2"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("Tsinghua University", "Tsinghua University"),
    ("清华大学=好", "清华大学=好"),
    ("bell\x07char", "bellchar"),
])
def test_text_cells_are_neutralised_and_clean(text, cell):
    ws = _book({"t": pd.DataFrame({"name": [text]})})["t"]
    assert ws["A2"].value == cell
    assert ws["A2"].data_type == "s"


def test_numbers_and_dates_stay_typed():
    df = pd.DataFrame({"amount_usd": [1.5e9, None], "attendance": pd.array([800, None],
                                                                            dtype="Int64"),
                       "start_date": [dt.date(2021, 4, 24), None],
                       "negative": [-3, 4]})
    ws = _book({"amounts": df})["amounts"]
    assert [c.value for c in ws[1]] == ["amount_usd", "attendance", "start_date", "negative"]
    assert ws["A2"].value == 1.5e9 and ws["A2"].data_type == "n"
    assert ws["B2"].value == 800 and ws["D2"].value == -3
    assert ws["C2"].value.date() == dt.date(2021, 4, 24)
    assert ws["A3"].value is None and ws["B3"].value is None


def test_list_columns_become_joined_text():
    df = pd.DataFrame({"source_doc_ids": [np.array(["d1", "d2"]), ["=d3"]]})
    ws = _book({"events": df})["events"]
    assert (ws["A2"].value, ws["A3"].value) == ("d1; d2", "'=d3")


def test_dates_read_back_as_midnight_are_written_as_dates():
    df = pd.DataFrame({"start_date": pd.to_datetime([dt.date(2021, 4, 24), None])})
    ws = _book({"t": df})["t"]
    assert ws["A2"].number_format == "YYYY-MM-DD"
    assert ws["A2"].value.date() == dt.date(2021, 4, 24) and ws["A3"].value is None


def test_timezone_aware_datetimes_are_written():
    df = pd.DataFrame({"at": pd.to_datetime(["2026-01-02T03:04:05Z"])})
    assert excel_frame(df)["at"].dt.tz is None
    assert _book({"t": df})["t"]["A2"].value == dt.datetime(2026, 1, 2, 3, 4, 5)


@pytest.mark.parametrize("name, taken, expected", [
    ("events", set(), "events"),
    ("a/b:c*d?[e]", set(), "a_b_c_d__e_"),
    ("x" * 40, set(), "x" * 31),
    ("events", {"Events"}, "events_2"),
    ("", set(), "sheet"),
])
def test_sheet_names_are_legal_and_unique(name, taken, expected):
    assert sheet_name(name, taken) == expected


def test_one_sheet_per_table_and_an_about_sheet():
    book = _book({"events": pd.DataFrame({"a": [1]}), "amounts": pd.DataFrame({"b": [2]})},
                 {"filters": "country=CHN", "warehouse_version": "=evil"})
    assert book.sheetnames == ["events", "amounts", "about"]
    about = book["about"]
    assert [(r[0].value, r[1].value) for r in about.iter_rows(min_row=2)] == [
        ("filters", "country=CHN"), ("warehouse_version", "'=evil")]


def test_empty_frame_gives_a_header_only_sheet():
    ws = _book({"events": pd.DataFrame(columns=["event_id", "name"])})["events"]
    assert [c.value for c in ws[1]] == ["event_id", "name"] and ws.max_row == 1
