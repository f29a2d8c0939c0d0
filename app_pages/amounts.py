"""Contract values: amounts by year, metric and scope in USD or CNY, with original and FX basis."""
import streamlit as st

from ui import charts, data, deck, layout, queries, workflows
from ui.i18n import t

f = layout.page_header("page_amounts")
include_stats = st.toggle(t("include_stats", f.lang), key="amounts_include_stats")
if not include_stats:
    st.caption(t("stats_note", f.lang))
per_year = data.run(queries.amounts_by_year(f, include_stats))
layout.plot(charts.amounts_by_year(per_year, f.currency, f.lang), "amounts_year",
            takeaway=lambda: deck.takeaway_amounts(per_year, f.currency, f.lang))
st.subheader(t("amounts_table", f.lang))
rows = data.run(queries.amounts_list(f, include_stats))
layout.table(rows.rename(columns={"converted": f"amount_{f.currency.lower()}"}), "amounts_table",
             hide=("doc_id",))
workflows.page_deck("amounts", "page_amounts", include_stats)
