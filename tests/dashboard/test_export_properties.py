"""CSV export, property-based: text that would start a formula is neutralised, numbers are not.

`make test` runs the short hypothesis profile; `make fuzz` reruns it with >= 10,000 examples.
"""
from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ui.export import to_csv_bytes

pytestmark = pytest.mark.fuzz

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_CELLS = st.one_of(st.text(max_size=40),
                   st.sampled_from(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x",
                                    "=HYPERLINK(\"http://x\")", "=", "+", "-", "-5", "+7"]),
                   st.integers(-10**9, 10**9), st.floats(allow_nan=False, allow_infinity=False))


@given(st.lists(st.tuples(_CELLS, _CELLS), min_size=1, max_size=20))
@example([("x\r=1+1", "ok")])  # a bare CR left unquoted starts a new row with a formula
@example([("multi\nline", "-12")])
def test_csv_export_neutralises_formula_text_and_leaves_numbers_alone(rows):
    df = pd.DataFrame(rows, columns=["a", "b"], dtype=object)
    data = to_csv_bytes(df)
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    out = list(csv.reader(io.StringIO(text, newline="")))[1:]
    assert len(out) == len(rows)
    for got, orig in zip(out, rows, strict=True):
        for cell, value in zip(got, orig, strict=True):
            if isinstance(value, (int, float)):
                assert float(cell) == float(value), (cell, value)
            elif value.startswith(_TRIGGERS):
                assert not cell.startswith(_TRIGGERS), (cell, value)
