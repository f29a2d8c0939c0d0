"""Event detail: everything known about one event, each fact with its evidence sentence."""
import pandas as pd
import streamlit as st

from ui import correction_form, data, export, layout, queries, safe
from ui.i18n import country_name, label, province_name, t

f = layout.page_header("event")
choices = data.run(queries.event_choices(f))
wanted = st.query_params.get("event")
ids = list(choices["event_id"]) if not choices.empty else []
if wanted and wanted not in ids:
    ids.insert(0, wanted)  # a link to an event outside the current filters still opens it
names = dict(zip(choices.get("event_id", []), choices.get("name", []), strict=True))
event_id = st.selectbox(t("choose_event", f.lang), ids, index=ids.index(wanted) if wanted in ids
                        else None, format_func=lambda e: names.get(e, e), key="event_choice",
                        placeholder=t("no_event", f.lang))
if not event_id:
    st.info(t("no_event", f.lang))
    st.stop()
if event_id != wanted:
    st.query_params["event"] = event_id
ev = data.scalar_row(queries.event_detail(event_id))
if not ev:
    st.warning(t("unknown_event", f.lang, id=safe.md_code(event_id)))
    st.stop()


def _v(value: object) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return "—"
    if hasattr(value, "strftime"):  # dates come back as midnight timestamps
        return value.strftime("%Y-%m-%d")
    return str(value)


FACT_FIELDS = {"event_type": ("event_type",),
               "dates": ("start_date", "end_date", "year", "month_day", "date_precision"),
               "place": ("venue", "city", "province_code", "country_code"),
               "attendance": ("attendance", "attendance_qualifier"), "format": ("format",)}
curated = correction_form.event_curation_reasons(ev)


def _evidence(fact: str, found: object) -> object:
    """The source sentence, or for a curated fact the reason given for the correction."""
    reasons = [curated[k] for k in FACT_FIELDS[fact] if k in curated]
    if reasons:
        why = "; ".join(dict.fromkeys(r for r in reasons if r)) or t("unknown", f.lang)
        return t("curated_because", f.lang, reason=why)
    return found


name = ev.get("name_zh") if f.lang == "zh" and ev.get("name_zh") else ev.get("name")
st.header(safe.md(_v(name)))
dates = _v(ev.get("start_date"))
if ev.get("date_precision") == "month" and dates != "—":
    dates = dates[:7]  # a month-precise date is stored on the 1st; don't claim the day
elif _v(ev.get("end_date")) != "—":
    dates += f" – {_v(ev['end_date'])}"
if dates == "—" and _v(ev.get("year")) != "—":
    dates = f"{_v(ev.get('year'))} ({label(ev.get('date_precision'), f.lang)})"
    if ev.get("month_day"):
        dates += f", {ev['month_day']}"
elif dates == "—" and ev.get("month_day"):
    dates = f"{ev['month_day']} ({t('year_unknown', f.lang)})"
place = ", ".join(p for p in (ev.get("venue"), ev.get("city"),
                              province_name(ev.get("province_code"), ev.get("province"), f.lang)
                              if ev.get("province_code") else None,
                              country_name(ev.get("country_code"), ev.get("country"), f.lang)
                              if ev.get("country_code") else None) if p)
att = ev.get("attendance")
att_text = "—" if att is None or att != att else \
    f"{int(att):,} ({label(ev.get('attendance_qualifier'), f.lang)})"
facts = pd.DataFrame([
    {"fact": t("event_type", f.lang), "value": label(ev.get("event_type"), f.lang),
     "evidence": _evidence("event_type", ev.get("evidence"))},
    {"fact": t("dates", f.lang), "value": dates,
     "evidence": _evidence("dates", ev.get("date_evidence") or ev.get("evidence"))},
    {"fact": t("place", f.lang), "value": place or "—",
     "evidence": _evidence("place", ev.get("place_evidence") or ev.get("evidence"))},
    {"fact": t("attendance", f.lang), "value": att_text,
     "evidence": _evidence("attendance", ev.get("attendance_evidence"))},
    {"fact": t("format", f.lang), "value": label(ev.get("format"), f.lang),
     "evidence": _evidence("format", None)},
    {"fact": t("source", f.lang), "value": _v(ev.get("source_path")), "evidence": None},
])
st.dataframe(export.neutralize_frame(facts.fillna("—")), hide_index=True, key="event_facts")
for title_key, query in (("organisations", queries.event_organisations(event_id, f.lang)),
                         ("people", queries.event_people(event_id, f.lang)),
                         ("page_participant_mix", queries.event_mix(event_id)),
                         ("amounts", queries.event_amounts(event_id))):
    st.subheader(t(title_key, f.lang))
    layout.table(data.run(query), f"event_{title_key}", link_events=False,
                 empty=t("none_reported", f.lang))
correction_form.correction_form(ev, event_id, f.lang)
