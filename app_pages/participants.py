"""Participant mix: reported / derived shares (100 % bars), listed types, places, speakers."""
import streamlit as st

from ui import charts, data, layout, queries
from ui.i18n import t

f = layout.page_header("page_mix")
st.caption(t("basis_note", f.lang))
per_event = data.run(queries.mix_per_event(f))
layout.plot(charts.mix_100(per_event, "event", f.lang, t("mix_per_event", f.lang)),
            "mix_event", select=True)
st.caption(t("click_hint", f.lang))
layout.plot(charts.mix_100(data.run(queries.mix_per_year(f)), "year", f.lang,
                           t("mix_per_year", f.lang)), "mix_year")
left, right = layout.columns(2)
with left:
    layout.plot(charts.labelled_bar(data.run(queries.mix_by_basis(f)),
                                    "category", "events", t("mix_listed", f.lang), f.lang,
                                    color="basis", horizontal=True), "mix_types")
with right:
    places = data.run(queries.mix_by_basis(f, ("country", "province")))
    layout.plot(charts.labelled_bar(places, "category", "events", t("mix_places", f.lang),
                                    f.lang, color="basis", horizontal=True), "mix_places")
layout.plot(charts.labelled_bar(data.run(queries.speakers_by_type_country(f)), "org_type",
                                "speakers", t("speakers_by", f.lang), f.lang,
                                color="country_code"), "mix_speakers")
st.subheader(t("mix_per_event", f.lang))
layout.table(per_event, "mix_table")
