"""Corrections: every correction in the curation file, whether the last rebuild applied it, undo."""
import streamlit as st

import settings
from services import corrections
from ui import data, layout, queries, safe, workflows
from ui.i18n import column_label, t

f = layout.page_title("corrections")
path = settings.curation_file()
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
        events = data.run(queries.events_matching(entry.match, f.lang)) \
            if entry.target == "event" else None
        if events is not None and not events.empty:
            # the event by name, linked to its page (not the file it came from)
            text.markdown(" · ".join(f"**[{safe.md(n)}]({layout.event_link(e, f.lang)})**"
                                     for e, n in zip(events["event_id"], events["name"],
                                                     strict=True)))
        else:
            text.markdown(f"**{safe.md(entry.summary())}**")
        for field_name, new_value in entry.set.items():
            text.markdown(f"{column_label(field_name, f.lang)}: → "
                          f"`{safe.md_code('—' if new_value in (None, '') else new_value)}`")
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
