"""What the Corrections page says about one correction, as Markdown: the events (linked) or
organisations it changed, and for each the field with its value before and after
('Year: `2019` → `2021`'). The values before come from the ETL's report of the last build
(etl.curation.report, services.corrections.Entry.changes); a correction the warehouse has
not applied yet shows its new value only. Pure functions, no Streamlit."""
from __future__ import annotations

from etl.curation import Change
from services.corrections import Entry
from ui import fmt, safe
from ui.fmt import BLANK
from ui.i18n import column_label, country_name, label, province_name, t
from ui.layout import event_link

VOCABULARY_FIELDS = {"event_type", "org_type", "format", "date_precision",
                     "attendance_qualifier"}


def shown_value(field: str, value: object, lang: str) -> str:
    """A field's value as a reader knows it: vocabulary and places by name, blanks as '—'."""
    if value is None or value == "":
        return BLANK
    if field in VOCABULARY_FIELDS:
        return label(value, lang)
    if field == "country_code":
        return f"{country_name(str(value), None, lang)} ({value})"
    if field == "province_code":
        return f"{province_name(str(value), None, lang)} ({value})"
    if field == "attendance" and isinstance(value, int):
        return fmt.count(value)
    return str(value)


def change_line(change: Change, lang: str) -> str:
    """'Year: `2019` → `2021`'; a merge and a dropped amount say so."""
    old = f"`{safe.md_code(shown_value(change.field, change.old, lang))}`"
    if change.field == "merge_into":
        return f"{t('correct_org', lang)}: {old} → {t('merged_into', lang)} " \
               f"`{safe.md_code(change.new)}`"
    if change.field == "amount":
        return f"{column_label('amount', lang)}: {old} → {t('dropped', lang)}"
    new = f"`{safe.md_code(shown_value(change.field, change.new, lang))}`"
    return f"{column_label(change.field, lang)}: {old} → {new}"


def new_value_line(field: str, value: object, lang: str) -> str:
    """A correction not applied in the last build: 'Year: → `2021`' (no value before known)."""
    return f"{column_label(field, lang)}: → `{safe.md_code(shown_value(field, value, lang))}`"


def heading(change: Change, names: dict[str, str], lang: str) -> str:
    """The row a change is on, by its name now in the interface language: its event, linked
    to its page, or the organisation (by its name before the change if it is gone)."""
    if change.event_id:
        # a dropped amount's own name is its surface, not its event's
        fallback = change.event_id if change.field == "amount" else change.name
        name = names.get(change.event_id) or fallback or change.event_id
        return f"**[{safe.md(name)}]({event_link(change.event_id, lang)})**"
    return f"**{safe.md(names.get(change.row_id) or change.name or change.row_id)}**"


def blocks(entry: Entry, names: dict[str, str], lang: str) -> list[tuple[str, list[str]]]:
    """(heading, lines) per row the correction changed in the last build, in the order
    changed. `names`: event or organisation id → its name in the interface language."""
    out: dict[str, tuple[str, list[str]]] = {}
    for change in entry.changes:
        key = change.event_id or change.row_id
        head, lines = out.setdefault(key, (heading(change, names, lang), []))
        lines.append(change_line(change, lang))
    return list(out.values())


def named_ids(entries: list[Entry]) -> list[str]:
    """The events and organisations the entries changed, each once: the names the page
    looks up."""
    return list(dict.fromkeys(c.event_id or c.row_id for e in entries for c in e.changes))
