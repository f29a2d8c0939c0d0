"""CSV and ZIP exports: exactly the rows given, with text neutralised against formula injection."""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import unicodedata
import zipfile

import pandas as pd

# A spreadsheet treats a cell starting with these as a formula (OWASP CSV injection); the
# full-width forms are typed by CJK input methods, and some spreadsheets read them as ASCII.
FORMULA_SIGNS = "=+-@＝＋－＠"
FORMULA_PREFIXES = tuple(FORMULA_SIGNS) + ("\t", "\r")
# Control characters no spreadsheet cell holds (openpyxl refuses them): removed first, so none
# can hide a formula sign from the check ("\x01=HYPERLINK(…)").
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralize(value: object) -> object:
    """The one export rule for text: drop control characters, then prefix an apostrophe if
    what is left would start a formula. Other values are returned unchanged.

    Every download uses it: CSV, the ZIP of CSVs, Excel, and the tables on screen (whose
    toolbar offers its own CSV download of what is shown)."""
    if not isinstance(value, str):
        return value
    text = CONTROL.sub("", value)
    return "'" + text if starts_formula(text) else text


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet may read `text` as a formula: a leading tab or CR, or a sign
    after any blanks and invisible format characters (" =1+1", "\u3000＝1", "\ufeff=1"),
    which spreadsheets that trim a cell skip."""
    if text[:1] in ("\t", "\r"):
        return True
    for ch in text:
        if not (ch.isspace() or unicodedata.category(ch) == "Cf"):
            return ch in FORMULA_SIGNS
    return False


def _cell(value: object) -> object:
    if isinstance(value, list | tuple):
        value = "; ".join("" if v is None else str(v) for v in value)
    elif hasattr(value, "tolist") and not isinstance(value, str):  # numpy arrays (list columns)
        value = "; ".join(str(v) for v in value.tolist())
    return neutralize(value)


def neutralize_frame(df: pd.DataFrame, *, join_lists: bool = True) -> pd.DataFrame:
    """A copy whose text (object/string) columns are neutralised; numeric columns untouched.

    List cells become "a; b" text for a file; `join_lists=False` leaves them lists (a table
    on screen shows them as lists, and its toolbar exports them bracketed, never as a
    formula)."""
    out = df.copy()
    cell = _cell if join_lists else neutralize
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(cell)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a BOM (so spreadsheet programs read Chinese text right)."""
    # CRLF rows: a bare CR inside a cell is then quoted, never read as a new row
    # (which would put a formula at the start of a line, past the neutralisation).
    return neutralize_frame(df).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def file_name(table: str, filter_slug: str, version: str, ext: str = "csv") -> str:
    """'events__country-CHN__v-1a2b3c.csv': says the table, the filters and the warehouse."""
    safe_version = "".join(ch for ch in version if ch.isalnum() or ch in "-_.")[:24] or "unknown"
    return f"{table}__{filter_slug}__v-{safe_version}.{ext}"


def zip_bytes(tables: dict[str, pd.DataFrame], meta: dict) -> bytes:
    """A ZIP of one CSV per table plus `export.json` (filters, warehouse version, FX notes)."""
    buf = io.BytesIO()
    stamp = (1980, 1, 1, 0, 0, 0)  # fixed timestamps: the same data gives the same bytes
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, df in tables.items():
            zf.writestr(zipfile.ZipInfo(f"{name}.csv", stamp), to_csv_bytes(df),
                        zipfile.ZIP_DEFLATED)
        zf.writestr(zipfile.ZipInfo("export.json", stamp),
                    json.dumps(meta, ensure_ascii=False, indent=1, default=_json_default),
                    zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _json_default(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple | set):
        return list(value)
    return str(value)
