"""Overview: KPI cards (with the change against the previous period of the same length),
events per year and region (a click filters by it), the latest events with their sources."""
import streamlit as st

from ui import charts, data, deck, downloads, layout, queries, vega
from ui.i18n import t

f = layout.page_header("overview")
k = data.scalar_row(queries.kpis(f))
before_f = queries.previous_period(f)
before = data.scalar_row(queries.kpis(before_f)) if before_f else {}
layout.kpi_cards(k, before, f, before_f)

per_year = data.run(queries.events_by_year_type(f))
by_region = data.run(queries.events_by_region(f))
bounds = (f.year_min, f.year_max)
left, right = layout.columns(2)
# Drawn with Vega-Lite, not Plotly: a first visit need not load Plotly's 4.6 MB (ui/vega.py);
# the deck's slides are still the Plotly charts, made with the deck.
with left:
    layout.vega_plot(vega.events_per_year(per_year, f.lang, bounds, f.meeting),
                     "overview_per_year", pick="year",
                     slide=lambda: charts.events_per_year(per_year, f.lang, bounds),
                     takeaway=lambda: deck.takeaway_per_year(per_year, f.lang))
    layout.unknown_year_note(per_year, f)
with right:
    layout.vega_plot(vega.events_by_region(by_region, f.lang, f.meeting),
                     "overview_by_region", pick="region",
                     slide=lambda: charts.events_by_region(by_region, f.lang),
                     takeaway=lambda: deck.takeaway_top(by_region, "region", f.lang))
st.caption(t("pick_hint", f.lang))

st.subheader(t("latest_events", f.lang))
layout.table(data.run(queries.latest_events(f, 10)), "overview_latest",
             hide=("province_code", "country_code", "province", "country"))
downloads.excel_download("latest-events", lambda: {"latest_events": data.run(
    queries.latest_events(f, 10))}, "overview_xlsx")
downloads.page_deck("overview")
