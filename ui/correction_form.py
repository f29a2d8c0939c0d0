"""The event page's correction form: change a field of the event, an organisation's type,
country or name (or merge it into another), or drop a wrong amount; saved to the curation
file (services/corrections.py), then the warehouse is rebuilt."""
from __future__ import annotations

import streamlit as st

import settings
from etl.schema import DATE_PRECISIONS, EVENT_TYPES, FORMATS, ORG_TYPES, QUALIFIERS
from ui import data, queries, safe, workflows
from ui.i18n import label, t

FIELD_CHOICES = {"event_type": EVENT_TYPES, "format": FORMATS, "attendance_qualifier": QUALIFIERS,
                 "date_precision": DATE_PRECISIONS}


def event_curation_reasons(ev: dict) -> dict[str, str]:
    """corrections.curation_reasons from the curation file; a file that cannot be read gives
    no reasons (the Corrections page says what is wrong with it)."""
    from services import corrections
    try:
        entries = corrections.list_corrections(settings.curation_file())
    except (corrections.CorrectionError, OSError):
        entries = []
    return corrections.curation_reasons(ev, entries)


def _save(lang: str, target: str, match: dict, reason: str, **kw) -> None:
    from services import corrections
    try:
        corrections.add_correction(settings.curation_file(), target, match, reason, **kw)
    except corrections.CorrectionError as e:
        st.error(safe.md(e))  # it quotes the value typed
        return
    if workflows.rebuild(lang) is not None:
        workflows.flash(t("correct_saved", lang))
        st.rerun()


def _value_input(field: str, current: object, lang: str, key: str) -> object:
    choices = FIELD_CHOICES.get(field)
    if choices:
        options = ["", *choices]
        index = options.index(current) if current in options else 0
        return st.selectbox(t("correct_value", lang), options, index=index, key=key,
                            format_func=lambda v: label(v, lang) if v else "—")
    shown = "" if current is None or current != current else str(current)
    if hasattr(current, "isoformat"):
        shown = current.isoformat()[:10]
    return st.text_input(t("correct_value", lang), shown, key=key, max_chars=300)


def correction_form(ev: dict, event_id: str, lang: str) -> None:
    """An expander to correct the event, one of its organisations or one of its amounts."""
    workflows.show_flash()
    with st.expander(t("correct_event", lang), icon=":material/edit:"):
        tab_event, tab_org, tab_amount = st.tabs([t("page_event", lang), t("correct_org", lang),
                                                  t("correct_amount", lang)])
        match = {"source_path": ev["source_path"]} if ev.get("source_path") else \
            {"event_id": event_id}
        with tab_event:
            from etl.curation import EVENT_FIELDS
            fields = sorted(EVENT_FIELDS)
            field = st.selectbox(t("correct_field", lang), fields, key="fix_field",
                                 index=fields.index("year"))
            value = _value_input(field, ev.get(field), lang, f"fix_value_{field}")
            reason = st.text_input(t("correct_reason", lang), key="fix_reason", max_chars=300)
            if st.button(t("correct_save", lang), key="fix_save", type="primary"):
                _save(lang, "event", match, reason, set_fields={field: value})
        with tab_org:
            _org_form(event_id, lang)
        with tab_amount:
            _amount_form(event_id, lang)


def _org_form(event_id: str, lang: str) -> None:
    orgs = data.run(queries.event_org_choices(event_id))
    if orgs.empty:
        st.caption(t("none_reported", lang))
        return
    rows = orgs.to_dict("records")
    org = st.selectbox(t("correct_org", lang), rows, key="fix_org",
                       format_func=lambda o: f"{o['name'] or o['name_zh']} "
                                             f"({label(o['org_type'], lang)})")
    actions = {"org_type": t("org_set_type", lang), "country_code": t("org_set_country", lang),
               "name": t("org_set_name", lang), "merge": t("org_merge", lang)}
    action = st.radio(t("correct_org_action", lang), list(actions), format_func=actions.get,
                      key="fix_org_action", horizontal=True)
    if action == "org_type":
        value = st.selectbox(t("correct_value", lang), ORG_TYPES, key="fix_org_type",
                             index=ORG_TYPES.index(org["org_type"])
                             if org["org_type"] in ORG_TYPES else 0,
                             format_func=lambda v: label(v, lang))
    elif action == "merge":
        names = [n for n in data.run(queries.org_names()).get("name", []) if n != org["name"]]
        value = st.selectbox(t("org_merge", lang), names, key="fix_org_merge", index=None,
                             placeholder=t("choose", lang))
    else:
        value = st.text_input(t("correct_value", lang), org.get(action) or "",
                              key=f"fix_org_{action}", max_chars=200)
        value = value.strip().upper() if action == "country_code" else value.strip()
    reason = st.text_input(t("correct_reason", lang), key="fix_org_reason", max_chars=300)
    if st.button(t("correct_save", lang), key="fix_org_save", type="primary"):
        match = {"name": org["name"]} if org["name"] else {"org_id": org["org_id"]}
        if action == "merge":
            _save(lang, "organization", match, reason, merge_into=value)
        else:
            _save(lang, "organization", match, reason, set_fields={action: value or None})


def _amount_form(event_id: str, lang: str) -> None:
    amounts = data.run(queries.event_amount_choices(event_id))
    if amounts.empty:
        st.caption(t("none_reported", lang))
        return
    rows = amounts.to_dict("records")
    amount = st.selectbox(t("amount", lang), rows, key="fix_amount",
                          format_func=lambda a: f"{a['surface']} · {label(a['metric'], lang)} "
                                                f"· {a['currency']}")
    reason = st.text_input(t("correct_reason", lang), key="fix_amount_reason", max_chars=300)
    if st.button(t("correct_save", lang), key="fix_amount_save", type="primary"):
        _save(lang, "amount", {"amount_id": amount["amount_id"]}, reason, drop=True)
