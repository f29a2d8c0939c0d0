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
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from etl import safe_yaml, schema

EVENT_FIELDS = {"name", "name_zh", "event_type", "start_date", "end_date", "month_day", "year",
                "date_precision", "venue", "city", "province_code", "country_code", "format",
                "attendance", "attendance_qualifier"}
ORG_FIELDS = {"name", "name_zh", "acronym", "org_type", "country_code", "city"}
REQUIRED_TEXT = {"name"}   # fields that may be changed but never emptied (SPEC: name is str)
TARGETS = {"event": {"doc_id", "source_path", "event_id"},
           "organization": {"name", "org_id"},
           "amount": {"amount_id", "doc_id", "source_path", "surface"}}
ITEM_KEYS = {"target", "match", "set", "merge_into", "drop", "reason", "at"}
# A year outside this range is a typo, not a tech-transfer event.
YEAR_MIN, YEAR_MAX = 1900, 2100
# More than any gathering on record (the largest fairs report some millions of visitors).
ATTENDANCE_MAX = 100_000_000
TEXT_MAX = 1000


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


def read_text(path: Path) -> str:
    """The text of a curation file (at most safe_yaml.MAX_BYTES); CurationError if not."""
    try:
        return safe_yaml.read(path)
    except (OSError, UnicodeDecodeError) as e:
        raise CurationError(f"cannot read curation file {path}: {e}") from None
    except safe_yaml.YamlError as e:
        raise CurationError(f"{path}: {e}") from None


def parse_items(text: str, path: Path) -> list:
    """The raw `corrections` list of a curation file's text, through the one YAML reader.

    CurationError (naming the file and line) if it is not plain YAML with a `corrections`
    list; the items themselves are checked by `load_curation`."""
    try:
        data = safe_yaml.loads(text)
    except safe_yaml.YamlError as e:
        raise CurationError(f"{path}: {e}") from None
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("corrections", []), list):
        raise CurationError(f"{path}: line 1: expected a mapping with a 'corrections' list")
    unknown = sorted(set(data) - {"corrections"})
    if unknown:
        raise CurationError(f"{path}: line {data.line_of(unknown[0])}: unknown key "
                            f"{unknown[0]!r} (a curation file holds only 'corrections')")
    return data.get("corrections") or []


def read_items(path: Path) -> list:
    """parse_items of the file at `path`."""
    return parse_items(read_text(path), path)


def load_curation(path: Path) -> list[Correction]:
    """Parse and validate a curation file; CurationError names the offending line."""
    return check_items(read_items(path), path)


def check_items(items: list, path: Path) -> list[Correction]:
    """Validate the items `parse_items` returned; CurationError names the offending line."""
    return [_parse_item(item, path) for item in items]


def _parse_item(item, path: Path) -> Correction:
    line = getattr(item, "line", 0)

    def bad(msg: str, where: int | None = None) -> CurationError:
        return CurationError(f"{path}: line {where or line}: {msg}")

    if not isinstance(item, dict):
        raise bad("each correction must be a mapping with target, match and reason")
    extra = sorted(set(item) - ITEM_KEYS)
    if extra:
        raise bad(f"unknown key {extra[0]!r}; a correction takes {sorted(ITEM_KEYS)}",
                  item.line_of(extra[0]))
    target = item.get("target")
    if target not in TARGETS:
        raise bad(f"target must be one of {sorted(TARGETS)}, not {target!r}")
    match = item.get("match")
    if not isinstance(match, dict) or not match or set(match) - TARGETS[target]:
        raise bad(f"match for {target} takes {sorted(TARGETS[target])}",
                  item.line_of("match"))
    for k, v in match.items():
        if isinstance(v, bool) or not isinstance(v, str | int) or not str(v).strip():
            raise bad(f"match {k} must be a text value, not {v!r}", match.line_of(k))
    sets = item.get("set") or {}
    if not isinstance(sets, dict):
        raise bad("set must be a mapping of field: value", item.line_of("set"))
    allowed = EVENT_FIELDS if target == "event" else ORG_FIELDS if target == "organization" \
        else set()
    unknown = set(sets) - allowed
    if unknown:
        raise bad(f"cannot set {sorted(unknown)} on {target}; allowed: {sorted(allowed)}",
                  item.line_of("set"))
    sets = {k: check_value(k, v, lambda msg, k=k: bad(msg, sets.line_of(k)))
            for k, v in sets.items()}
    _check_together(sets, lambda msg: bad(msg, item.line_of("set")))
    merge_into = item.get("merge_into")
    if merge_into is not None and (not isinstance(merge_into, str) or not merge_into.strip()):
        raise bad(f"merge_into must name an organisation, not {merge_into!r}",
                  item.line_of("merge_into"))
    if merge_into is not None and target != "organization":
        raise bad("only an organization correction can merge_into another",
                  item.line_of("merge_into"))
    drop = item.get("drop", False)
    if not isinstance(drop, bool):
        raise bad(f"drop must be true or false, not {drop!r}", item.line_of("drop"))
    if target == "amount" and not drop:
        raise bad("an amount correction must say drop: true")
    if drop and target != "amount":
        raise bad("only an amount correction can drop", item.line_of("drop"))
    if not (sets or merge_into or drop):
        raise bad("a correction must set a field, merge_into another organisation or drop")
    reason = item.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise bad("a correction needs a reason (text)", item.line_of("reason"))
    at = item.get("at")
    if at is not None and not isinstance(at, str | dt.date):
        raise bad(f"at must be a date or time stamp, not {at!r}", item.line_of("at"))
    return Correction(target, {k: str(v) for k, v in match.items()}, sets,
                      merge_into.strip() if merge_into else None, drop, reason.strip(),
                      str(at) if at else None, line)


_VOCAB = {"event_type": schema.EVENT_TYPES, "org_type": schema.ORG_TYPES,
          "date_precision": schema.DATE_PRECISIONS, "format": schema.FORMATS,
          "attendance_qualifier": schema.QUALIFIERS}
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")


def check_value(key: str, value, bad):
    """A corrected field's value, checked against SPEC's type and vocabulary for `key`.

    `bad(message)` builds the exception raised for a wrong value. None clears a field,
    except the ones in REQUIRED_TEXT."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if key in REQUIRED_TEXT:
            raise bad(f"{key} cannot be empty")
        return None
    if key in ("start_date", "end_date"):
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
            raise bad(f"{key} must be a date YYYY-MM-DD, not {value!r}")
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value.strip())
        except ValueError:
            raise bad(f"{key} must be a date YYYY-MM-DD, not {value!r}") from None
        _check_year(key, day.year, bad)
        return day
    if key in ("year", "attendance"):
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(f"{key} must be a whole number, not {value!r}")
        if key == "year":
            _check_year(key, value, bad)
        elif not 0 <= value <= ATTENDANCE_MAX:
            raise bad(f"attendance must be between 0 and {ATTENDANCE_MAX:,}, not {value:,}")
        return value
    if not isinstance(value, str):
        raise bad(f"{key} must be text (in quotes if it looks like a number), not {value!r}")
    value = value.strip()
    if len(value) > TEXT_MAX:
        raise bad(f"{key} is longer than {TEXT_MAX} characters")
    if key in _VOCAB and value not in _VOCAB[key]:
        raise bad(f"{key} must be one of {list(_VOCAB[key])}, not {value!r}")
    if key == "month_day" and not _real_month_day(value):
        raise bad(f"month_day must be MM-DD of a real day, not {value!r}")
    if key in ("country_code", "province_code"):
        from etl import gazetteer  # its index loads only when a correction names a place
        if key == "country_code" and gazetteer.country_name(value) is None:
            raise bad(f"country_code must be an ISO 3166-1 alpha-3 code such as CHN, "
                      f"not {value!r}")
        if key == "province_code" and gazetteer.province_name(value) is None:
            raise bad(f"province_code must be an ISO 3166-2 code such as CN-YN, "
                      f"not {value!r}")
    return value


def _real_month_day(value: str) -> bool:
    m = _MONTH_DAY.fullmatch(value)
    try:
        return bool(m) and bool(dt.date(2000, int(m[1]), int(m[2])))  # 2000: 02-29 exists
    except ValueError:
        return False


def _check_year(key: str, year: int, bad) -> None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise bad(f"{key} must fall between {YEAR_MIN} and {YEAR_MAX}, not {year}")


def _check_together(sets: dict, bad) -> None:
    start, end, year = sets.get("start_date"), sets.get("end_date"), sets.get("year")
    if start and end and end < start:
        raise bad(f"end_date {end} is before start_date {start}")
    if start and year and start.year != year:
        raise bad(f"year {year} disagrees with start_date {start}")


# ---------------------------------------------------------------- applying

def named_paths(corrections: list[Correction]) -> set[str]:
    """The source paths corrections name: the keys `apply_curation` needs in `doc_ids`."""
    return {c.match["source_path"] for c in corrections if "source_path" in c.match}


class Curated(NamedTuple):
    tables: dict[str, list[dict]]
    unmatched: list[str]           # corrections whose target is not in the corpus, described
    org_alias: dict[str, str]      # each merged-away org_id → the one it was merged into


def apply_curation(tables: dict[str, list[dict]], corrections: list[Correction],
                   doc_ids: dict[str, str]) -> Curated:
    """Apply corrections in file order to the tables (the rows given are left as they were).

    `doc_ids` maps source_path → doc_id so corrections may name either. Rows of
    event_organizations and people in `tables` follow merged organisations; `org_alias`
    says where each merged one went, for such rows kept outside `tables`.
    """
    tables = dict(tables)
    org_alias: dict[str, str] = {}
    unmatched = []
    for c in corrections:
        if c.target == "organization":
            hit = _apply_org(tables, c, org_alias)
        else:
            hit = {"event": _apply_event, "amount": _apply_amount}[c.target](tables, c, doc_ids)
        if not hit:
            unmatched.append(f"{c.describe()}: no such {c.target} in this corpus")
    return Curated(tables, unmatched, org_alias)


def _copied(rows: list[dict], hits: list[dict]) -> tuple[list[dict], list[dict]]:
    """`rows` with each of `hits` replaced by a copy, and the copies: corrections change
    copies, never the rows they were given."""
    ids = {id(r) for r in hits}
    out, copies = [], []
    for r in rows:
        row = dict(r) if id(r) in ids else r
        if row is not r:
            copies.append(row)
        out.append(row)
    return out, copies


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
    tables["events"], hits = _copied(tables["events"], hits)
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


def _apply_org(tables, c: Correction, org_alias: dict[str, str]) -> bool:
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
        tables["organizations"], [target] = _copied(
            [o for o in tables["organizations"] if o["org_id"] not in gone], [target])
        for o in hits:
            for k, v in o.items():
                if target.get(k) is None and v is not None:
                    target[k] = v
        for t in ("event_organizations", "people"):
            if t in tables:
                tables[t] = [{**r, "org_id": target["org_id"]} if r.get("org_id") in gone
                             else r for r in tables[t]]
        org_alias.update(dict.fromkeys(gone, target["org_id"]))
        hits = [target]
    else:
        tables["organizations"], hits = _copied(tables["organizations"], hits)
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
