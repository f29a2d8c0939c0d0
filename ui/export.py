"""CSV and ZIP exports: exactly the rows given, with text neutralised against formula injection."""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pandas as pd

# A spreadsheet treats a cell starting with these as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: object) -> object:
    """Prefix a text value that would start a formula with an apostrophe; others unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _cell(value: object) -> object:
    if isinstance(value, list | tuple):
        value = "; ".join("" if v is None else str(v) for v in value)
    elif hasattr(value, "tolist") and not isinstance(value, str):  # numpy arrays (list columns)
        value = "; ".join(str(v) for v in value.tolist())
    return neutralize(value)


def neutralize_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text (object/string) columns are neutralised; numeric columns untouched."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_cell)
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
