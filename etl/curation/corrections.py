"""Corrections as the curation file (data/curation.yaml) gives them: read with the one YAML
reader, then each checked against SPEC's types and vocabularies; a CurationError names the
file and line of what is wrong."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from etl import safe_yaml, schema
from settings import CURATION_TEXT_MAX as TEXT_MAX

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


class CurationError(Exception):
    """The curation file cannot be used; the message names the file and line."""


@dataclass
class Correction:
    """One entry of the curation file: its target, what it matches, what it does, why."""
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

    def summary(self) -> str:
        """'event [source_path=a.txt]: year=2021' — what it targets and what it does."""
        what = ", ".join(f"{k}={v}" for k, v in self.match.items())
        does = ", ".join(f"{k}={v}" for k, v in self.set.items())
        if self.merge_into:
            does = ", ".join(p for p in (does, f"merged into {self.merge_into}") if p)
        if self.drop:
            does = "dropped"
        return f"{self.target} [{what}]: {does}"

    def fingerprint(self) -> str:
        """Its content without its line: what the ETL's report of the values a correction
        replaced is keyed by, so the report still finds it once earlier entries are undone."""
        blob = json.dumps([self.target, self.match, self.set, self.merge_into, self.drop,
                           self.reason, self.at], sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


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
