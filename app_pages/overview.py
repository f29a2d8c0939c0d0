"""Overview: KPI cards, events per year and region, the latest events with their sources."""
import streamlit as st

from ui import charts, data, deck, layout, queries, workflows
from ui.i18n import t

f = layout.page_header("page_overview")
k = data.scalar_row(queries.kpis(f))


def _n(key: str) -> str:
    value = k.get(key)
    return "—" if value is None or value != value else f"{int(round(value)):,}"


cards = [("kpi_events", "events"), ("kpi_countries", "countries"), ("kpi_orgs", "organisations"),
         ("kpi_people", "people"), ("kpi_attendance", "attendance")]
cols = st.columns([1, 1, 1, 1, 1.3, 1.9])  # room for a contract value in full
for col, (label_key, value_key) in zip(cols, cards, strict=False):
    col.metric(t(label_key, f.lang), _n(value_key))
cols[5].metric(t("kpi_contracts", f.lang, c=f.currency), _n("contract_value"))

per_year = data.run(queries.events_by_year_type(f))
by_region = data.run(queries.events_by_region(f))
left, right = layout.columns(2)
with left:
    layout.plot(charts.events_per_year(per_year, f.lang), "overview_per_year",
                takeaway=lambda: deck.takeaway_per_year(per_year, f.lang))
with right:
    layout.plot(charts.events_by_region(by_region, f.lang), "overview_by_region",
                takeaway=lambda: deck.takeaway_top(by_region, "region", f.lang))

st.subheader(t("latest_events", f.lang))
layout.table(data.run(queries.latest_events(f, 10)), "overview_latest",
             hide=("province_code", "country_code"))
workflows.excel_download("latest-events", lambda: {"latest_events": data.run(
    queries.latest_events(f, 10))}, "overview_xlsx")
workflows.page_deck("overview", "page_overview")
