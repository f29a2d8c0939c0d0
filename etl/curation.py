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
in the corpus is reported back (never silently dropped).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from etl import schema

EVENT_FIELDS = {"name", "name_zh", "event_type", "start_date", "end_date", "month_day", "year",
                "date_precision", "venue", "city", "province_code", "country_code", "format",
                "attendance", "attendance_qualifier"}
ORG_FIELDS = {"name", "name_zh", "acronym", "org_type", "country_code", "city"}
TARGETS = {"event": {"doc_id", "source_path", "event_id"},
           "organization": {"name", "org_id"},
           "amount": {"amount_id", "doc_id", "source_path", "surface"}}


class CurationError(Exception):
    """The curation file cannot be used; the message names the file and line."""


@dataclass
class Correction:
    target: str
    match: dict
    set: dict = field(default_factory=dict)
    merge_into: str | None = None
    drop: bool = False
    reason: str = ""
    at: str | None = None
    line: int = 0

    def describe(self) -> str:
        what = ", ".join(f"{k}={v}" for k, v in self.match.items())
        return f"line {self.line}: {self.target} [{what}]"


def load_curation(path: Path) -> list[Correction]:
    """Parse and validate a curation file; CurationError names the offending line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CurationError(f"cannot read curation file {path}: {e}") from None
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "unknown line"
        raise CurationError(f"{path}: {where}: invalid YAML ({getattr(e, 'problem', e)})") \
            from None
    if root is None:
        return []
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("corrections", []), list):
        raise CurationError(f"{path}: line 1: expected a mapping with a 'corrections' list")
    nodes = _sequence_nodes(root)
    out = []
    for i, item in enumerate(data.get("corrections") or []):
        line = nodes[i].start_mark.line + 1 if i < len(nodes) else 0
        out.append(_parse_item(item, line, path))
    return out


def _sequence_nodes(root) -> list:
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) == "corrections" and isinstance(value, yaml.SequenceNode):
            return value.value
    return []


def _parse_item(item, line: int, path: Path) -> Correction:
    def bad(msg: str) -> CurationError:
        return CurationError(f"{path}: line {line}: {msg}")

    if not isinstance(item, dict):
        raise bad("each correction must be a mapping with target, match and reason")
    target = item.get("target")
    if target not in TARGETS:
        raise bad(f"target must be one of {sorted(TARGETS)}, not {target!r}")
    match = item.get("match")
    if not isinstance(match, dict) or not match or set(match) - TARGETS[target]:
        raise bad(f"match for {target} takes {sorted(TARGETS[target])}")
    sets = item.get("set") or {}
    if not isinstance(sets, dict):
        raise bad("set must be a mapping of field: value")
    allowed = EVENT_FIELDS if target == "event" else ORG_FIELDS if target == "organization" \
        else set()
    unknown = set(sets) - allowed
    if unknown:
        raise bad(f"cannot set {sorted(unknown)} on {target}; allowed: {sorted(allowed)}")
    sets = {k: _coerce(k, v, bad) for k, v in sets.items()}
    merge_into = item.get("merge_into")
    drop = bool(item.get("drop", False))
    if target == "amount" and not drop:
        raise bad("an amount correction must say drop: true")
    if not (sets or merge_into or drop):
        raise bad("a correction must set a field, merge_into another organisation or drop")
    reason = str(item.get("reason") or "").strip()
    if not reason:
        raise bad("a correction needs a reason")
    at = item.get("at")
    return Correction(target, {k: str(v) for k, v in match.items()}, sets,
                      str(merge_into) if merge_into else None, drop, reason,
                      str(at) if at else None, line)


_VOCAB = {"event_type": schema.EVENT_TYPES, "org_type": schema.ORG_TYPES,
          "date_precision": schema.DATE_PRECISIONS, "format": schema.FORMATS,
          "attendance_qualifier": schema.QUALIFIERS}


def _coerce(key: str, value, bad):
    if value is None:
        return None
    if key in ("start_date", "end_date"):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise bad(f"{key} must be a date YYYY-MM-DD, not {value!r}") from None
    if key in ("year", "attendance"):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad(f"{key} must be a whole number, not {value!r}") from None
    if key in _VOCAB and value not in _VOCAB[key]:
        raise bad(f"{key} must be one of {list(_VOCAB[key])}, not {value!r}")
    return str(value)


# ---------------------------------------------------------------- applying

def named_paths(corrections: list[Correction]) -> set[str]:
    """The source paths corrections name: the keys `apply_curation` needs in `doc_ids`."""
    return {c.match["source_path"] for c in corrections if "source_path" in c.match}


def apply_curation(tables: dict[str, list[dict]], corrections: list[Correction],
                   doc_ids: dict[str, str], org_alias: dict[str, str] | None = None
                   ) -> tuple[dict[str, list[dict]], list[str]]:
    """Apply corrections in file order; returns the tables and the unmatched corrections.

    `doc_ids` maps source_path → doc_id so corrections may name either. Rows of
    event_organizations and people in `tables` follow merged organisations; `org_alias`,
    when given, also receives each merged-away org_id → the one it was merged into, for
    such rows kept outside `tables`.
    """
    unmatched = []
    for c in corrections:
        if c.target == "organization":
            hit = _apply_org(tables, c, org_alias)
        else:
            hit = {"event": _apply_event, "amount": _apply_amount}[c.target](tables, c, doc_ids)
        if not hit:
            unmatched.append(f"{c.describe()}: no such {c.target} in this corpus")
    return tables, unmatched


def _doc_of(match: dict, doc_ids: dict[str, str]) -> str | None:
    if "doc_id" in match:
        return match["doc_id"]
    if "source_path" in match:
        return doc_ids.get(match["source_path"])
    return None


def _apply_event(tables, c: Correction, doc_ids) -> bool:
    from etl import gazetteer  # the gazetteer index loads only when curation needs it

    doc = _doc_of(c.match, doc_ids)
    hits = [e for e in tables["events"]
            if e["event_id"] == c.match.get("event_id") or (doc and doc in e["source_doc_ids"])]
    for e in hits:
        e.update(c.set)
        if "year" in c.set:
            e["year_source"] = "curated" if c.set["year"] is not None else None
            if e.get("start_date") and e["start_date"].year != c.set["year"] \
                    and "start_date" not in c.set:
                e["start_date"] = e["end_date"] = None
        if e.get("year") and e.get("month_day") and not e.get("start_date"):
            try:
                e["start_date"] = dt.date.fromisoformat(f"{e['year']}-{e['month_day']}")
            except ValueError:
                pass
        if "start_date" in c.set and c.set["start_date"]:
            e["year"] = c.set["start_date"].year
            e["year_source"] = "curated"
        e["date_precision"] = c.set.get("date_precision") or (
            "day" if e.get("start_date") else "year" if e.get("year") else "unknown")
        if "city" in c.set and "province_code" not in c.set and c.set["city"]:
            place = gazetteer.lookup_city(c.set["city"])
            if place:
                e["province_code"] = place.province_code
                e["country_code"] = c.set.get("country_code") or place.country_code
        e["province"] = gazetteer.province_name(e["province_code"]) \
            if e.get("province_code") else None
        e["country"] = gazetteer.country_name(e["country_code"]) \
            if e.get("country_code") else None
        e["region"] = gazetteer.region_of(e["country_code"]) if e.get("country_code") else None
        e["curated_fields"] = sorted(set(e.get("curated_fields") or []) | set(c.set))
    return bool(hits)


def _org_matches(org: dict, wanted: str) -> bool:
    from etl.normalize import name_key

    key = name_key(wanted)
    return org["org_id"] == wanted or any(
        v and name_key(v) == key for v in (org.get("name"), org.get("name_zh"),
                                           org.get("acronym")))


def _apply_org(tables, c: Correction, org_alias: dict[str, str] | None) -> bool:
    wanted = c.match.get("org_id") or c.match.get("name", "")
    hits = [o for o in tables["organizations"] if _org_matches(o, wanted)]
    if not hits:
        return False
    if c.merge_into:
        target = next((o for o in tables["organizations"]
                       if _org_matches(o, c.merge_into) and o not in hits), None)
        if target is None:
            return False
        gone = {o["org_id"] for o in hits}
        for o in hits:
            for k, v in o.items():
                if target.get(k) is None and v is not None:
                    target[k] = v
        tables["organizations"] = [o for o in tables["organizations"]
                                   if o["org_id"] not in gone]
        for r in tables.get("event_organizations", []) + tables.get("people", []):
            if r.get("org_id") in gone:
                r["org_id"] = target["org_id"]
        if org_alias is not None:
            org_alias.update(dict.fromkeys(gone, target["org_id"]))
        hits = [target]
    for o in hits:
        o.update(c.set)
    return True


def _apply_amount(tables, c: Correction, doc_ids) -> bool:
    doc = _doc_of(c.match, doc_ids)
    keep, dropped = [], 0
    for a in tables["amounts"]:
        hit = (a["amount_id"] == c.match.get("amount_id")) or (
            doc is not None and a["doc_id"] == doc and
            ("surface" not in c.match or a.get("surface") == c.match["surface"]))
        if hit:
            dropped += 1
        else:
            keep.append(a)
    tables["amounts"] = keep
    return dropped > 0
