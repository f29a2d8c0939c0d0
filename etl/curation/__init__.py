"""Curation: human corrections (data/curation.yaml) that win over extraction.

The file holds an ordered list of corrections:

    corrections:
      - target: event                  # event | organization | amount
        match: {source_path: a.txt}    # event: doc_id, source_path or event_id
        set: {year: 2021}              # any event field
        reason: why                    # required: a human reason
        at: 2026-11-21T10:00:00Z       # optional: when it was made
      - target: organization
        match: {name: THU}             # name (any known name/acronym) or org_id
        set: {org_type: university, country_code: CHN, name: ...}
        merge_into: Other Org Name     # optional: this organisation is an alias of another
      - target: amount
        match: {amount_id: ...}        # or doc_id/source_path + surface
        drop: true

Corrections are applied to the normalised rows; a correction whose target is not
in the corpus is reported back (never silently dropped), and one applied reports the values
it replaced (the manifest's `curation_applied`, read by the dashboard's Corrections page).

`corrections` reads and checks the file; `apply` applies it to the tables.
"""
from etl.curation.apply import Change, Curated, apply_curation, named_paths, report
from etl.curation.corrections import (
    ATTENDANCE_MAX,
    EVENT_FIELDS,
    ITEM_KEYS,
    ORG_FIELDS,
    REQUIRED_TEXT,
    TARGETS,
    TEXT_MAX,
    YEAR_MAX,
    YEAR_MIN,
    Correction,
    CurationError,
    check_items,
    check_value,
    load_curation,
    parse_items,
    read_items,
    read_text,
)

__all__ = ["ATTENDANCE_MAX", "EVENT_FIELDS", "ITEM_KEYS", "ORG_FIELDS", "REQUIRED_TEXT",
           "TARGETS", "TEXT_MAX", "YEAR_MAX", "YEAR_MIN", "Change", "Correction", "Curated",
           "CurationError", "apply_curation", "check_items", "check_value", "load_curation",
           "named_paths", "parse_items", "read_items", "read_text", "report"]
