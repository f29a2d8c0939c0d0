"""Streamlit pieces of the no-terminal workflows: the rebuild with a progress bar, deck and
Excel downloads, and the event correction form. Where raw articles and corrections live:
settings.py (RAW_DIR, CURATION_FILE)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

import settings
from etl.schema import DATE_PRECISIONS, EVENT_TYPES, FORMATS, ORG_TYPES, QUALIFIERS
from ui import data, deck, export, layout, pages, queries, safe
from ui.filters import Filters, slug
from ui.i18n import label, t

# The rebuild (the ETL), the curation file and the Excel writer load when they are used, not
# with every page: about half a second off a page's first draw after a server start.
if TYPE_CHECKING:
    from etl import pipeline

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FIELD_CHOICES = {"event_type": EVENT_TYPES, "format": FORMATS, "attendance_qualifier": QUALIFIERS,
                 "date_precision": DATE_PRECISIONS}
FLASH = "_workflow_flash"
UNMATCHED = "_workflow_unmatched"


def flash(message: str) -> None:
    """Show `message` once, after the rerun that follows a change."""
    st.session_state[FLASH] = message


def show_flash() -> None:
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(message)


def progress_bar(lang: str) -> Callable[[int, int], None]:
    bar = st.progress(0.0, text=t("add_progress", lang, done=0, total="…"))

    def update(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0,
                     text=t("add_progress", lang, done=done, total=total))
    return update


def remember(summary: pipeline.Summary) -> None:
    """Keep the rebuild's unmatched corrections (the Corrections view shows them)."""
    st.session_state[UNMATCHED] = (summary.version, list(summary.unmatched_curation))


def build_status() -> dict | None:
    """The manifest as the Corrections view needs it; None when nothing is built."""
    wh = data.current()
    if wh.status == "missing":
        return None
    manifest = dict(wh.manifest)
    version, unmatched = st.session_state.get(UNMATCHED, (None, None))
    if version and version == wh.version:
        manifest["curation_unmatched"] = unmatched
    return manifest


def rebuild(lang: str) -> pipeline.Summary | None:
    """Rebuild the warehouse (incremental) with a progress bar; None if it could not run."""
    from etl import load, pipeline
    from services.rebuild import rebuild as run_etl
    try:
        summary = run_etl(settings.raw_dir(), settings.warehouse_dir(), settings.curation_file(),
                          progress_bar(lang))
    except load.LockedError:
        st.warning(t("locked", lang))
        return None
    except pipeline.UsageError as e:
        st.error(safe.md(e))  # it quotes the curation file's values
        return None
    remember(summary)
    return summary


# ---------------------------------------------------------------- downloads

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


# ---------------------------------------------------------------- correcting an event

def _excel():
    from ui import excel
    return excel


def event_curation_reasons(ev: dict) -> dict[str, str]:
    """corrections.curation_reasons from the curation file; a file that cannot be read gives
    no reasons (the Corrections page says what is wrong with it)."""
    from services import corrections
    try:
        entries = corrections.list_corrections(settings.curation_file())
    except (corrections.CorrectionError, OSError):
        entries = []
    return corrections.curation_reasons(ev, entries)


def _save(lang: str, target: str, match: dict, reason: str, **kw) -> None:
    from services import corrections
    try:
        corrections.add_correction(settings.curation_file(), target, match, reason, **kw)
    except corrections.CorrectionError as e:
        st.error(safe.md(e))  # it quotes the value typed
        return
    if rebuild(lang) is not None:
        flash(t("correct_saved", lang))
        st.rerun()


def _value_input(field: str, current: object, lang: str, key: str) -> object:
    choices = FIELD_CHOICES.get(field)
    if choices:
        options = ["", *choices]
        index = options.index(current) if current in options else 0
        return st.selectbox(t("correct_value", lang), options, index=index, key=key,
                            format_func=lambda v: label(v, lang) if v else "—")
    shown = "" if current is None or current != current else str(current)
    if hasattr(current, "isoformat"):
        shown = current.isoformat()[:10]
    return st.text_input(t("correct_value", lang), shown, key=key, max_chars=300)


def correction_form(ev: dict, event_id: str, lang: str) -> None:
    """An expander to correct the event, one of its organisations or one of its amounts."""
    show_flash()
    with st.expander(t("correct_event", lang), icon=":material/edit:"):
        tab_event, tab_org, tab_amount = st.tabs([t("page_event", lang), t("correct_org", lang),
                                                  t("correct_amount", lang)])
        match = {"source_path": ev["source_path"]} if ev.get("source_path") else \
            {"event_id": event_id}
        with tab_event:
            from etl.curation import EVENT_FIELDS
            fields = sorted(EVENT_FIELDS)
            field = st.selectbox(t("correct_field", lang), fields, key="fix_field",
                                 index=fields.index("year"))
            value = _value_input(field, ev.get(field), lang, f"fix_value_{field}")
            reason = st.text_input(t("correct_reason", lang), key="fix_reason", max_chars=300)
            if st.button(t("correct_save", lang), key="fix_save", type="primary"):
                _save(lang, "event", match, reason, set_fields={field: value})
        with tab_org:
            _org_form(event_id, lang)
        with tab_amount:
            _amount_form(event_id, lang)


def _org_form(event_id: str, lang: str) -> None:
    orgs = data.run(queries.event_org_choices(event_id))
    if orgs.empty:
        st.caption(t("none_reported", lang))
        return
    rows = orgs.to_dict("records")
    org = st.selectbox(t("correct_org", lang), rows, key="fix_org",
                       format_func=lambda o: f"{o['name'] or o['name_zh']} "
                                             f"({label(o['org_type'], lang)})")
    actions = {"org_type": t("org_set_type", lang), "country_code": t("org_set_country", lang),
               "name": t("org_set_name", lang), "merge": t("org_merge", lang)}
    action = st.radio(t("correct_org_action", lang), list(actions), format_func=actions.get,
                      key="fix_org_action", horizontal=True)
    if action == "org_type":
        value = st.selectbox(t("correct_value", lang), ORG_TYPES, key="fix_org_type",
                             index=ORG_TYPES.index(org["org_type"])
                             if org["org_type"] in ORG_TYPES else 0,
                             format_func=lambda v: label(v, lang))
    elif action == "merge":
        names = [n for n in data.run(queries.org_names()).get("name", []) if n != org["name"]]
        value = st.selectbox(t("org_merge", lang), names, key="fix_org_merge", index=None,
                             placeholder=t("choose", lang))
    else:
        value = st.text_input(t("correct_value", lang), org.get(action) or "",
                              key=f"fix_org_{action}", max_chars=200)
        value = value.strip().upper() if action == "country_code" else value.strip()
    reason = st.text_input(t("correct_reason", lang), key="fix_org_reason", max_chars=300)
    if st.button(t("correct_save", lang), key="fix_org_save", type="primary"):
        match = {"name": org["name"]} if org["name"] else {"org_id": org["org_id"]}
        if action == "merge":
            _save(lang, "organization", match, reason, merge_into=value)
        else:
            _save(lang, "organization", match, reason, set_fields={action: value or None})


def _amount_form(event_id: str, lang: str) -> None:
    amounts = data.run(queries.event_amount_choices(event_id))
    if amounts.empty:
        st.caption(t("none_reported", lang))
        return
    rows = amounts.to_dict("records")
    amount = st.selectbox(t("amount", lang), rows, key="fix_amount",
                          format_func=lambda a: f"{a['surface']} · {label(a['metric'], lang)} "
                                                f"· {a['currency']}")
    reason = st.text_input(t("correct_reason", lang), key="fix_amount_reason", max_chars=300)
    if st.button(t("correct_save", lang), key="fix_amount_save", type="primary"):
        _save(lang, "amount", {"amount_id": amount["amount_id"]}, reason, drop=True)
