"""Corrections: every correction in the curation file, whether the last rebuild applied it,
the events or organisations it changed with each value before and after, its reason, undo."""
import streamlit as st

import settings
from services import corrections
from ui import correction_list, data, layout, queries, safe, workflows
from ui.i18n import t

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
changed = correction_list.named_ids(entries)
names = dict(data.run(queries.rows_named(changed, f.lang)).itertuples(index=False)) \
    if changed else {}
for entry in entries:
    c = entry.correction
    with st.container(border=True):
        text, status, undo = st.columns([6, 2, 1])
        if entry.changes:  # applied in the last build: each row it changed, old → new
            for head, lines in correction_list.blocks(entry, names, f.lang):
                text.markdown(head)
                for line in lines:
                    text.markdown(line)
        else:
            events = data.run(queries.events_matching(c.match, f.lang)) \
                if c.target == "event" else None
            if events is not None and not events.empty:
                # the event by name, linked to its page (not the file it came from)
                text.markdown(" · ".join(f"**[{safe.md(n)}]({layout.event_link(e, f.lang)})**"
                                         for e, n in zip(events["event_id"], events["name"],
                                                         strict=True)))
            else:
                text.markdown(f"**{safe.md(c.summary())}**")
            for field_name, new_value in c.set.items():
                text.markdown(correction_list.new_value_line(field_name, new_value, f.lang))
            if entry.status == "not_built" and c.set:
                text.caption(t("old_value_pending", f.lang))
        text.caption(f"{t('reason', f.lang)}: {safe.md(c.reason)} · {t('when', f.lang)}: "
                     f"{safe.md(c.at or '—')}")
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
                workflows.flash(t("undo", f.lang) + ": " + safe.md(c.summary()))
                st.rerun()
