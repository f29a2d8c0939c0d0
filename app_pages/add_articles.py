"""Add articles: upload files (or a .zip), keep the originals, rebuild, say what became of each."""
import pandas as pd
import streamlit as st

import settings
from etl.ingest import SUPPORTED_SUFFIXES
from services import uploads
from ui import export, layout, workflows
from ui.i18n import t

f = layout.page_title("add_articles")
limits = uploads.Limits()
types = sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES | {uploads.ARCHIVE_SUFFIX})
st.markdown(t("add_intro", f.lang, types=", ".join(sorted(SUPPORTED_SUFFIXES)),
              n=limits.max_files, per=limits.max_file_bytes // 2**20,
              mb=limits.max_total_bytes // 2**20,
              folder=f"{settings.raw_dir().name}/{uploads.UPLOAD_DIR}/"))
layout.uploader_words(f.lang)
generation = st.session_state.get("add_generation", 0)  # a new key empties the uploader
files = st.file_uploader(t("add_files", f.lang), type=types, accept_multiple_files=True,
                         key=f"add_files_{generation}")
if st.button(t("add_go", f.lang), type="primary", disabled=not files, key="add_go"):
    outcomes = uploads.ingest_batch([(u.name, u.getvalue()) for u in files or []],
                                    settings.raw_dir(), settings.warehouse_dir(),
                                    settings.curation_file(), limits,
                                    on_progress=workflows.progress_bar(f.lang))
    st.session_state["add_outcomes"] = outcomes
    st.session_state["add_generation"] = generation + 1
    st.rerun()

outcomes = st.session_state.get("add_outcomes")
if outcomes:
    count = {s: sum(o.status == s for o in outcomes) for s in ("new", "duplicate", "quarantined",
                                                               "rejected")}
    # green only when every file went in; a quarantined or rejected file is a warning
    summary = t("add_done", f.lang, new=count["new"], dup=count["duplicate"],
                q=count["quarantined"], rej=count["rejected"])
    if count["quarantined"] or count["rejected"]:
        st.warning(f"{summary} {t('add_summary_warn', f.lang)}")
    else:
        st.success(summary)
    names = {"new": t("new", f.lang), "no_event": t("no_event_found", f.lang),
             "duplicate": t("duplicate", f.lang), "quarantined": t("quarantined", f.lang),
             "rejected": t("rejected", f.lang), "saved": t("saved", f.lang)}
    st.dataframe(export.neutralize_frame(pd.DataFrame([
        {t("file", f.lang): o.name, t("outcome", f.lang): names.get(o.status, o.status),
         t("detail", f.lang): o.message, t("saved_as", f.lang): o.saved_as}
        for o in outcomes])), hide_index=True, key="add_table")
