"""Regions: world and China province choropleths, city bubbles, M49 regions, participation."""
import streamlit as st

from ui import charts, data, geo, layout, queries
from ui.i18n import t

f = layout.page_header("page_regions")
by_country = data.run(queries.events_by_country(f))
layout.plot(charts.world_choropleth(by_country, f.lang), "regions_world", geo=True)
left, right = layout.columns(2)
with left:
    layout.plot(charts.china_choropleth(data.run(queries.events_by_province(f)),
                                        geo.china_provinces(), f.lang), "regions_china", geo=True)
with right:
    layout.plot(charts.city_bubbles(geo.with_coordinates(data.run(queries.events_by_city(f))),
                                    f.lang), "regions_cities", geo=True)
left, right = layout.columns(2)
with left:
    layout.plot(charts.events_by_region(data.run(queries.events_by_region(f)), f.lang),
                "regions_m49")
with right:
    layout.plot(charts.labelled_bar(data.run(queries.participation_scope(f)), "participation",
                                    "events", t("participation", f.lang), f.lang,
                                    color="participation"), "regions_participation")
st.subheader(t("world_map", f.lang))
layout.table(by_country, "regions_country_table", link_events=False)
