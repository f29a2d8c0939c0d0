"""Institutions and people: types and roles, top organisers, origin, network, speakers."""
import streamlit as st

from ui import charts, data, layout, queries
from ui.i18n import t

f = layout.page_header("page_institutions")
left, right = layout.columns(2)
with left:
    layout.plot(charts.labelled_bar(data.run(queries.orgs_by_type_role(f)), "org_type",
                                    "organisations", t("orgs_by_type_role", f.lang), f.lang,
                                    color="role"), "inst_type_role")
with right:
    layout.plot(charts.labelled_bar(data.run(queries.org_origin(f)), "role", "organisations",
                                    t("org_origin", f.lang), f.lang, color="origin"),
                "inst_origin")
top = data.run(queries.top_organisers(f))
layout.plot(charts.labelled_bar(top, "name", "events", t("top_organisers", f.lang), f.lang,
                                color="org_type", horizontal=True), "inst_top")
layout.plot(charts.network(data.run(queries.co_organisation_edges(f)), f.lang), "inst_network")
st.subheader(t("people", f.lang))
layout.table(data.run(queries.people_list(f)), "inst_people")
