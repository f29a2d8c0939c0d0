"""Events over time: by year and type on a continuous axis (a click on a year filters by it;
events of unknown year counted beside the chart), or by quarter or month where dates allow."""
import streamlit as st

from ui import charts, data, deck, downloads, layout, queries
from ui.i18n import t

f = layout.page_header("over_time")
grains = ("year", "quarter", "month")
grain = st.segmented_control(t("granularity", f.lang), grains, default="year",
                             format_func=lambda g: t(f"grain_{g}", f.lang),
                             key="time_grain") or "year"
per_year = data.run(queries.events_by_year_type(f))
if grain == "year":
    layout.plot(charts.events_by_year_type(per_year, f.lang, (f.year_min, f.year_max)),
                "time_year_type", pick="year",
                takeaway=lambda: deck.takeaway_per_year(per_year, f.lang))
else:
    per_period = data.run(queries.events_by_period(f, grain))
    layout.plot(charts.events_by_period(per_period, grain, f.lang), f"time_{grain}",
                takeaway=lambda: deck.takeaway_most(per_period, "period", f.lang, name=str))
layout.unknown_year_note(per_year, f)
st.caption(t("pick_hint", f.lang))
st.subheader(t("event_table", f.lang))
layout.table(data.run(queries.event_list(f, limit=500)), "time_events")
downloads.page_deck("over_time", grain)
