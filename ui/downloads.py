"""The downloads a page offers beside its own CSVs: a deck of its charts (PowerPoint and
PDF, ui/deck/) with the headline figures, and the Excel file of a table."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from ui import data, deck, export, layout, pages, queries
from ui.filters import Filters, slug
from ui.i18n import t

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def page_deck(name: str, *view_state: object) -> None:
    """The deck buttons for page `name`: a slide of the headline figures, then every chart it
    drew through layout.plot, in order.

    `view_state`: the page's own settings beyond the filters (a deck made before they
    changed is not offered any more)."""
    f = layout.filters()
    if not st.session_state.get(layout.SLIDES):
        return
    st.divider()
    deck_downloads(name, t(pages.title_key(name), f.lang), layout.deck_slides, view_state)


def headline(f: Filters) -> tuple[list[tuple[str, str, str | None]], str]:
    """The headline figures under `f` with their change against the previous period, and the
    note on what they compare with and leave out."""
    k = data.scalar_row(queries.kpis(f))
    before_f = queries.previous_period(f)
    before = data.scalar_row(queries.kpis(before_f)) if before_f else {}
    notes = []
    if before_f:
        notes.append(t("period_prev", f.lang, a=before_f.year_min, b=before_f.year_max))
    if int(k.get("contract_unconverted") or 0):
        notes.append(t("kpi_contracts_note", f.lang, n=int(k["contract_unconverted"])))
    return layout.kpi_values(k, before, f, before_f), " · ".join(notes)


def deck_downloads(view: str, view_title: str, slides: Callable[[], list[deck.ChartSlide]],
                   view_state: tuple = ()) -> None:
    """'Prepare deck' → PowerPoint and PDF download buttons for the current view."""
    f = layout.filters()
    wh = data.current()
    if not deck.chrome_available():
        st.caption(t("deck_unavailable", f.lang, why=deck.INSTALL_HINT))
        return
    key = f"deck_{view}"
    stamp = (wh.token, repr(f), repr(view_state))
    if st.button(t("deck_make", f.lang), key=f"{key}_make", icon=":material/slideshow:"):
        figures, note = headline(f)
        info = deck.deck_info(view_title, layout.caption(f, f.lang), wh.manifest, wh.version,
                              f.currency, f.lang, headline=figures, headline_note=note)
        with st.spinner(t("deck_make", f.lang)):
            try:
                st.session_state[key] = (stamp, *deck.build_deck(info, slides()))
            except deck.DeckUnavailable as e:
                st.warning(t("deck_unavailable", f.lang, why=e))
                return
    saved = st.session_state.get(key)
    if saved and saved[0] == stamp:
        left, right = st.columns(2)
        name = slug(f)
        left.download_button(t("deck_pptx", f.lang), saved[1], key=f"{key}_pptx",
                             file_name=deck.file_name(view, name, wh.version, "pptx"),
                             mime=PPTX_MIME, icon=":material/download:", on_click="ignore")
        right.download_button(t("deck_pdf", f.lang), saved[2], key=f"{key}_pdf",
                              file_name=deck.file_name(view, name, wh.version, "pdf"),
                              mime="application/pdf", icon=":material/download:",
                              on_click="ignore")


def excel_download(table: str, rows: Callable[[], dict[str, pd.DataFrame]], key: str) -> None:
    """An .xlsx of the given tables (built only when clicked), named like the CSVs."""
    f = layout.filters()
    wh = data.current()
    st.download_button(t("download_xlsx", f.lang),
                       lambda: _excel().to_xlsx_bytes(rows(), {"filters": layout.caption(f, f.lang),
                                                            "warehouse_version": wh.version}),
                       file_name=export.file_name(table, slug(f), wh.version, "xlsx"),
                       mime=XLSX_MIME, key=key, icon=":material/table_view:", on_click="ignore")


def _excel():
    """The Excel writer, loaded when a file is asked for (not with every page)."""
    from ui import excel
    return excel
