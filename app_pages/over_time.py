"""Events over time: by year and type (unknown year shown as its own bucket), by month."""
import streamlit as st

from ui import charts, data, layout, queries
from ui.i18n import t

f = layout.page_header("page_time")
layout.plot(charts.events_by_year_type(data.run(queries.events_by_year_type(f)), f.lang),
            "time_year_type")
layout.plot(charts.events_by_month(data.run(queries.events_by_month(f)), f.lang), "time_month")
st.subheader(t("event_table", f.lang))
layout.table(data.run(queries.event_list(f, limit=500)), "time_events")
