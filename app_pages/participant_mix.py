"""Participant mix: reported / derived shares against 100 % (the unreported rest shown as
such; a click on a year's bar lists the events behind it), listed types, places, speakers."""
import streamlit as st

from ui import charts, data, deck, downloads, drill, layout, queries
from ui.i18n import country_name, t

PLACES_SHOWN = 20  # the places named most often; the table below has every row
BAR_EVENTS = 500  # the events listed behind one bar; the note says when there are more

f = layout.page_header("participant_mix")
st.caption(t("basis_note", f.lang))
per_event = data.run(queries.mix_per_event(f))
layout.plot(charts.mix_100(per_event, "event", f.lang, t("mix_per_event", f.lang)),
            "mix_event", select=True, takeaway=lambda: deck.takeaway_mix(per_event, "event",
                                                                         f.lang))
st.caption(t("click_hint", f.lang))
per_year = data.run(queries.mix_per_year(f))
layout.plot(charts.mix_100(per_year, "year", f.lang, t("mix_per_year", f.lang)), "mix_year",
            drill_down=True, takeaway=lambda: deck.takeaway_mix(per_year, "year", f.lang))
st.caption(t("drill_hint", f.lang))
bar = drill.MixBar.parse(st.query_params.get(drill.PARAM))
if bar is not None:  # the events behind the year bar clicked (or named in the URL)
    behind = data.run(queries.mix_year_events(f, bar.year, BAR_EVENTS))
    layout.bar_rows(t("mix_bar_title", f.lang, year=charts.year_label(bar.year, f.lang)),
                    layout.mix_bar_note(bar, per_year, behind, BAR_EVENTS, f.lang), behind,
                    "mix_bar")
types = data.run(queries.mix_by_basis(f))
places = data.run(queries.mix_by_basis(f, ("country", "province")))
n_places = places["category"].nunique() if not places.empty else 0
if n_places > PLACES_SHOWN:
    places = places[places["category"].isin(places.groupby("category")["events"].sum()
                                            .nlargest(PLACES_SHOWN).index)]
left, right = layout.columns(2)
with left:
    layout.plot(charts.labelled_bar(types, "category", "events", t("mix_listed", f.lang),
                                    f.lang, color="basis", horizontal=True, stack=False), "mix_types",
                takeaway=lambda: deck.takeaway_top(types, "category", f.lang))
with right:
    layout.plot(charts.labelled_bar(places, "category", "events", t("mix_places", f.lang),
                                    f.lang, color="basis", horizontal=True, stack=False,
                                    names=lambda c: layout.category_name(c, f.lang)),
                "mix_places",
                takeaway=lambda: deck.takeaway_top(places, "category", f.lang,
                                                   name=lambda c: layout.category_name(c,
                                                                                       f.lang)))
    if n_places > PLACES_SHOWN:
        st.caption(t("places_top", f.lang, k=PLACES_SHOWN, n=n_places))
speakers = data.run(queries.speakers_by_type_country(f))
if not speakers.empty:
    speakers["country_code"] = [country_name(c, None, f.lang) if c != "unknown"
                                else t("unknown", f.lang) for c in speakers["country_code"]]
layout.plot(charts.labelled_bar(speakers, "org_type", "speakers", t("speakers_by", f.lang),
                                f.lang, color="country_code"), "mix_speakers",
            takeaway=lambda: deck.takeaway_top(speakers, "org_type", f.lang, "speakers"))
st.subheader(t("mix_per_event", f.lang))
layout.table(per_event, "mix_table")
downloads.page_deck("participant_mix")
