from __future__ import annotations

import csv
import io
import json
import zipfile

import pandas as pd
import pytest

from ui.export import file_name, neutralize, to_csv_bytes, zip_bytes


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+86 10 1234", "'+86 10 1234"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("Tsinghua University", "Tsinghua University"),
    ("清华大学", "清华大学"),
    ("a=b", "a=b"),  # only a leading sign starts a formula
    ("", ""),
    (-5, -5),  # numbers stay numbers
    (1.5e9, 1.5e9),
    (None, None),
])
def test_text_starting_a_formula_is_neutralised_and_numbers_are_not(value, expected):
    assert neutralize(value) == expected


def test_csv_keeps_rows_and_numbers_and_neutralises_text():
    df = pd.DataFrame({"name": ["=cmd|' /C calc'!A0", "深圳"], "amount": [-1200.5, 3.0],
                       "ids": [["d1", "d2"], ["d3"]]})
    raw = to_csv_bytes(df)
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the Chinese right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [{"name": "'=cmd|' /C calc'!A0", "amount": "-1200.5", "ids": "d1; d2"},
                    {"name": "深圳", "amount": "3.0", "ids": "d3"}]


@pytest.mark.parametrize(("args", "expected"), [
    (("events", "all", "fixture12345"), "events__all__v-fixture12345.csv"),
    (("amounts", "country-CHN", "1d57/../x"), "amounts__country-CHN__v-1d57..x.csv"),
    (("all-tables", "all", "", "zip"), "all-tables__all__v-unknown.zip"),
])
def test_file_name_says_table_filters_and_version(args, expected):
    assert file_name(*args) == expected


def test_zip_holds_one_csv_per_table_and_the_export_notes():
    tables = {"events": pd.DataFrame({"event_id": ["e1"]}), "amounts": pd.DataFrame()}
    meta = {"filters": {"country": "CHN"}, "warehouse_version": "v1", "fx_notes": "ECB"}
    with zipfile.ZipFile(io.BytesIO(zip_bytes(tables, meta))) as zf:
        assert sorted(zf.namelist()) == ["amounts.csv", "events.csv", "export.json"]
        assert json.loads(zf.read("export.json")) == meta
        assert zf.read("events.csv").decode("utf-8-sig").splitlines() == ["event_id", "e1"]


def test_zip_is_byte_identical_for_the_same_data():
    tables = {"events": pd.DataFrame({"event_id": ["e1", "e2"]})}
    assert zip_bytes(tables, {"v": 1}) == zip_bytes(tables, {"v": 1})
