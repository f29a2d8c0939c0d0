"""Regions: world and China maps (log colour scale; a click on a country, province or region
filters by it), city bubbles of the world and of China, M49 regions, participation."""
import streamlit as st

from ui import charts, data, deck, downloads, layout, queries
from ui.i18n import country_name, place_names, province_name, t

f = layout.page_header("regions")
by_country = data.run(queries.events_by_country(f))
layout.plot(charts.world_choropleth(by_country, f.lang), "regions_world", geo=True,
            pick="country",
            takeaway=lambda: deck.takeaway_top(by_country, "country_code", f.lang,
                                               name=lambda c: country_name(c, None, f.lang)))
st.caption(t("pick_hint", f.lang))
by_province = data.run(queries.events_by_province(f))
by_city = data.run(queries.events_by_city(f))
by_city["place"] = place_names(by_city, f.lang)
left, right = layout.columns(2)
with left:
    layout.plot(charts.china_choropleth(by_province, charts.china_provinces(), f.lang,
                                        countries=by_country),
                "regions_china", geo=True, pick="province",
                takeaway=lambda: deck.takeaway_top(by_province, "province_code", f.lang,
                                                   name=lambda p: province_name(p, None, f.lang)))
with right:
    layout.plot(charts.city_bubbles(by_city, f.lang, china=True), "regions_china_cities",
                geo=True, takeaway=lambda: deck.takeaway_most(
                    by_city[by_city["country_code"] == "CHN"] if not by_city.empty else by_city,
                    "place", f.lang, name=str))
layout.plot(charts.city_bubbles(by_city, f.lang), "regions_cities", geo=True,
            takeaway=lambda: deck.takeaway_most(by_city, "place", f.lang, name=str))
by_region = data.run(queries.events_by_region(f))
participation = data.run(queries.participation_scope(f))
left, right = layout.columns(2)
with left:
    layout.plot(charts.events_by_region(by_region, f.lang), "regions_m49", pick="region",
                takeaway=lambda: deck.takeaway_top(by_region, "region", f.lang))
with right:
    layout.plot(charts.labelled_bar(participation, "participation", "events",
                                    t("participation", f.lang), f.lang, color="participation"),
                "regions_participation",
                takeaway=lambda: deck.takeaway_top(participation, "participation", f.lang))
layout.events_in_view(f, "regions_events")
st.subheader(t("world_map", f.lang))
layout.table(by_country, "regions_country_table", link_events=False,
             hide=("country",))
downloads.page_deck("regions")
