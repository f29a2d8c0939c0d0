"""Excel (.xlsx) exports: the same rows and the same formula-injection safety as the CSVs.

Text cells go through `ui.export.neutralize_frame` (one rule for every export); numbers and
dates stay typed cells, so the spreadsheet can sum and sort them.
"""
from __future__ import annotations

import io
import re

import pandas as pd

from ui.export import neutralize_frame

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: set[str] | None = None) -> str:
    """An Excel-legal, unique sheet name (≤ 31 characters, none of []:*?/\\)."""
    base = _SHEET_BAD.sub("_", str(name)).strip("'") or "sheet"
    base = base[:31]
    taken = taken or set()
    out, n = base, 1
    while out.lower() in {x.lower() for x in taken}:
        n += 1
        out = f"{base[:31 - len(str(n)) - 1]}_{n}"
    return out


def excel_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Neutralised text (control characters dropped first, which openpyxl also needs),
    timezone-free datetimes (Excel has no zones)."""
    out = neutralize_frame(df)
    for col in out.columns:
        if isinstance(out[col].dtype, pd.DatetimeTZDtype):
            out[col] = out[col].dt.tz_localize(None)
        elif pd.api.types.is_datetime64_any_dtype(out[col]) and _dates_only(out[col]):
            # a DATE read back as midnight: written as a date, not '2021-04-24 00:00:00'
            out[col] = pd.Series([None if pd.isna(v) else v.date() for v in out[col]],
                                 index=out.index, dtype=object)
    return out


def _dates_only(col: pd.Series) -> bool:
    values = col.dropna()
    return bool((values == values.dt.normalize()).all())


def to_xlsx_bytes(tables: dict[str, pd.DataFrame], meta: dict | None = None) -> bytes:
    """A workbook with one sheet per table (and an 'about' sheet with `meta`, if given)."""
    buf = io.BytesIO()
    taken: set[str] = set()
    with pd.ExcelWriter(buf, engine="openpyxl", date_format="YYYY-MM-DD",
                        datetime_format="YYYY-MM-DD HH:MM:SS") as writer:
        for name, df in tables.items():
            sheet = sheet_name(name, taken)
            taken.add(sheet)
            excel_frame(df).to_excel(writer, sheet_name=sheet, index=False)
        if meta:
            about = pd.DataFrame({"key": list(meta), "value": [str(v) for v in meta.values()]})
            excel_frame(about).to_excel(writer, sheet_name=sheet_name("about", taken),
                                        index=False)
    return buf.getvalue()
