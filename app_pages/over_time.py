"""Events over time: by year and type (unknown year shown as its own bucket), by month."""
import streamlit as st

from ui import charts, data, deck, layout, queries, workflows
from ui.i18n import t

f = layout.page_header("page_time")
per_year = data.run(queries.events_by_year_type(f))
layout.plot(charts.events_by_year_type(per_year, f.lang), "time_year_type",
            takeaway=lambda: deck.takeaway_per_year(per_year, f.lang))
per_month = data.run(queries.events_by_month(f))
layout.plot(charts.events_by_month(per_month, f.lang), "time_month",
            takeaway=lambda: deck.takeaway_most(per_month, "month", f.lang, name=str))
st.subheader(t("event_table", f.lang))
layout.table(data.run(queries.event_list(f, limit=500)), "time_events")
workflows.page_deck("time", "page_time")
