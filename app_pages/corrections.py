"""Corrections: every correction in the curation file, whether the last rebuild applied it, undo."""
import streamlit as st

from ui import corrections, layout, safe, workflows
from ui.i18n import t

f = layout.filters()
st.title(t("page_corrections", f.lang))
path = workflows.curation_file()
st.markdown(t("corrections_intro", f.lang, path=path.name))
workflows.show_flash()
try:
    entries = corrections.list_corrections(path, workflows.build_status())
except corrections.CorrectionError as e:
    st.error(safe.md(e))
    st.stop()
problem = corrections.file_problem(path)
if problem:  # the ETL refuses the file as it is: say which line, before the list
    st.error(safe.md(problem))
if not entries:
    st.info(t("no_corrections", f.lang))
for entry in entries:
    with st.container(border=True):
        text, status, undo = st.columns([6, 2, 1])
        text.markdown(f"**{safe.md(entry.summary())}**")
        text.caption(f"{t('reason', f.lang)}: {safe.md(entry.reason)} · {t('when', f.lang)}: "
                     f"{safe.md(entry.at or '—')}")
        if entry.status == "unmatched":
            status.error(t("unmatched", f.lang), icon=":material/link_off:")
            text.caption(safe.md(entry.problem or ""))
        else:
            status.markdown(t(entry.status, f.lang))
        if undo.button(t("undo", f.lang), key=f"undo_{entry.key}", icon=":material/undo:"):
            try:
                corrections.undo_correction(path, entry.key)
            except corrections.CorrectionError as e:
                st.error(safe.md(e))
                st.stop()
            if workflows.rebuild(f.lang) is not None:
                workflows.flash(t("undo", f.lang) + ": " + safe.md(entry.summary()))
                st.rerun()
