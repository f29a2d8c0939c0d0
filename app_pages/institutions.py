"""Institutions and people: types and roles, top organisers (ranked; a click filters by the
organisation), origin, network, speakers."""
import streamlit as st

from ui import charts, data, deck, downloads, layout, queries
from ui.i18n import t

f = layout.page_header("institutions")
by_type = data.run(queries.orgs_by_type_role(f))
origin = data.run(queries.org_origin(f))
left, right = layout.columns(2)
with left:
    # An organisation can hold several roles: side-by-side bars, never a stacked sum.
    layout.plot(charts.labelled_bar(by_type, "org_type", "organisations",
                                    t("orgs_by_type_role", f.lang), f.lang, color="role",
                                    stack=False),
                "inst_type_role",
                takeaway=lambda: deck.takeaway_most(by_type, "org_type", f.lang,
                                                    "organisations"))
with right:
    layout.plot(charts.labelled_bar(origin, "role", "organisations", t("org_origin", f.lang),
                                    f.lang, color="origin", stack=False), "inst_origin",
                takeaway=lambda: deck.takeaway_origin(origin, f.lang))
top = data.run(queries.top_organisers(f))
layout.plot(charts.labelled_bar(top, "name", "events", t("top_organisers", f.lang), f.lang,
                                color="org_type", horizontal=True, names=str), "inst_top",
            pick="org", takeaway=lambda: deck.takeaway_most(top, "name", f.lang, name=str))
st.caption(t("pick_hint", f.lang))
edges = data.run(queries.co_organisation_edges(f))
layout.plot(charts.network(edges, f.lang, among=queries.NETWORK_ORGS), "inst_network",
            takeaway=lambda: deck.takeaway_network(edges, f.lang))
layout.events_in_view(f, "inst_events")
st.subheader(t("people", f.lang))
layout.table(data.run(queries.people_list(f)), "inst_people")
downloads.page_deck("institutions")
