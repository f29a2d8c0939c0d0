"""Data explorer: every table under the global filters, one sorted page at a time, with the CSV of
exactly the rows shown and a ZIP of every filtered table."""
import math

import streamlit as st

import settings
from etl.schema import TABLES
from ui import data, downloads, export, layout, queries
from ui.filters import slug, to_query_params
from ui.i18n import column_label, t

PAGE_SIZE = 200
SORT_FIRST = {"events": ("year",), "organizations": ("name",), "people": ("name",),
              "documents": ("source_path",), "amounts": ("amount_usd",)}
# The ZIP is built in the server's memory: above this many rows, ask for narrower filters.
ZIP_MAX_ROWS = settings.explorer_zip_max_rows()

f = layout.page_header("explorer")
wh = data.current()
controls = st.columns([2, 2, 1, 1])
names = ["events", *(n for n in TABLES if n != "events")]
table = controls[0].selectbox(t("table", f.lang), names, key="explorer_table",
                              format_func=lambda n: t(f"table_{n}", f.lang))
columns = queries.table_columns(table)
# A readable default order (not the hash ids): events by year, names by name.
first = next((c for c in SORT_FIRST.get(table, ()) if c in columns), columns[0])
order_by = controls[1].selectbox(t("sort_by", f.lang), columns, key=f"explorer_sort_{table}",
                                 index=columns.index(first),
                                 format_func=lambda c: column_label(c, f.lang))
descending = controls[2].toggle(t("descending", f.lang), key="explorer_desc")
counts = {name: int(n or 0) for name, n in data.scalar_row(queries.explorer_counts(f)).items()}
total = counts.get(table, 0)
pages = max(1, math.ceil(total / PAGE_SIZE))
page_no = int(controls[3].number_input(t("page", f.lang), 1, pages, 1, key=f"explorer_page_{table}"))
offset = (page_no - 1) * PAGE_SIZE
rows = data.run(queries.explorer_rows(table, f, order_by, descending, PAGE_SIZE, offset))
st.caption(t("rows_of", f.lang, a=offset + 1 if total else 0, b=offset + len(rows), n=total))
layout.table(rows, "explorer_rows", link_events=(table == "events"))

name = export.file_name(table, slug(f) + (f"_p{page_no}" if pages > 1 else ""), wh.version)
st.download_button(t("download_csv", f.lang), export.to_csv_bytes(rows), file_name=name,
                   mime="text/csv", key="explorer_csv", icon=":material/download:",
                   on_click="ignore")
downloads.excel_download(table, lambda: {table: rows}, "explorer_xlsx")



def _zip() -> bytes:
    tables = {name: data.run(queries.explorer_rows(name, f, limit=max(n, 1)))
              for name, n in counts.items()}
    meta = {"filters": to_query_params(f) or "none", "warehouse_version": wh.version,
            "etl_version": wh.manifest.get("etl_version"),
            "schema_version": wh.manifest.get("schema_version"),
            "fx_notes": "amount is in the original currency; amount_usd / amount_cny are "
                        "converted at fx_rate_to_usd of fx_date with fx_basis (ecb_daily, "
                        "ecb_year_avg, stated_in_text, reference_table; none = not converted).",
            "formula_neutralised": "text cells starting with = + - @ tab or CR are prefixed "
                                   "with an apostrophe"}
    return export.zip_bytes(tables, meta)


if sum(counts.values()) > ZIP_MAX_ROWS:
    st.info(t("zip_too_big", f.lang, n=f"{sum(counts.values()):,}", limit=f"{ZIP_MAX_ROWS:,}"))
else:
    st.download_button(t("download_zip", f.lang), _zip, file_name=export.file_name(
        "all-tables", slug(f), wh.version, "zip"), mime="application/zip", key="explorer_zip",
        icon=":material/folder_zip:", on_click="ignore")
