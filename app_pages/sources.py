"""Sources and data quality: full-text search, each document with its status, its text with the
extracted facts marked (as plain text, never HTML) and each fact's evidence sentence."""
import streamlit as st

from etl.schema import DOC_STATUSES
from ui import data, layout, queries, safe
from ui.highlight import mark_evidence
from ui.i18n import label, t

f = layout.page_header("sources")

st.subheader(t("quality", f.lang))
q = data.scalar_row(queries.data_quality())
cards = ("unknown_year", "q_unknown_year"), ("unresolved_country", "q_unresolved_place"), \
    ("unresolved_city", "q_unresolved_city"), ("unresolved_org", "q_unresolved_org"), \
    ("curated", "q_curated"), ("quarantined", "q_quarantined")
# Each count opens the rows it counts (here, and by link: sources?quality=unknown_year).
for col, (key, label_key) in zip(st.columns(len(cards)), cards, strict=True):
    n = int(q.get(key, 0) or 0)
    col.metric(t(label_key, f.lang), f"{n:,}")
    if n and col.button(t("open_events", f.lang), key=f"quality_{key}", type="tertiary"):
        st.query_params["quality"] = key
kind = st.query_params.get("quality")
if kind in queries.QUALITY:
    st.markdown(f"**{t(dict(cards)[kind], f.lang)}**")
    layout.table(data.run(queries.quality_rows(kind)), f"quality_rows_{kind}",
                 link_events=kind in queries.QUALITY_EVENTS)

st.subheader(t("documents", f.lang))
left, right = st.columns([3, 1])
search = left.text_input(t("search_text", f.lang), key="sources_q",
                         value=st.query_params.get("q", ""), max_chars=200)
statuses = right.multiselect(t("status", f.lang), DOC_STATUSES, key="sources_status",
                             format_func=lambda v: label(v, f.lang),
                             placeholder=t("choose", f.lang))
docs = data.search_documents(search, tuple(statuses))  # the full-text index, or
if docs is None:  # a scan, for a query too short for it (or a warehouse without one)
    docs = data.run(queries.document_search(search, tuple(statuses)))
elif not docs.empty:
    n = data.run(queries.document_events(list(docs["doc_id"])))
    docs = docs.merge(n, on="doc_id", how="left").fillna({"events": 0}).astype(
        {"events": "int64"})  # counts, as the scan gives them (a left join makes them floats)
layout.table(docs, "sources_docs", link_events=False)
if docs.empty:
    st.stop()
ids = list(docs["doc_id"])
wanted = st.query_params.get("doc")
doc_id = st.selectbox(t("document", f.lang), ids, index=ids.index(wanted) if wanted in ids else 0,
                      format_func=dict(zip(docs["doc_id"], docs["source_path"], strict=True)).get,
                      key="sources_doc")
doc = data.scalar_row(queries.document_text(doc_id))
if doc.get("status") == "quarantined":
    why = doc.get("error") or t("unknown", f.lang)
    st.warning(f"{label('quarantined', f.lang)}: {safe.md(why)}")
facts = data.run(queries.document_facts(doc_id))
text = doc.get("text")
st.markdown(f"**{t('article_text', f.lang)}**")
if isinstance(text, str) and text:
    st.code(mark_evidence(text, [e for e in facts.get("evidence", []) if isinstance(e, str)]),
            language=None, wrap_lines=True, height=400)
else:
    st.caption(t("no_text", f.lang))
st.markdown(f"**{t('facts', f.lang)}**")
layout.table(facts, "sources_facts", empty=t("no_facts", f.lang))
