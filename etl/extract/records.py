"""What the extractors return: plain, JSON-serialisable records with their evidence.

Extractors are pure functions `text -> records`. They never assign warehouse ids;
`etl.normalize` does that across documents.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date


@dataclass
class DateFinding:
    """When the event took place. `year_source` is one of text/title/dateline."""
    start_date: date | None = None
    end_date: date | None = None
    month_day: str | None = None      # "MM-DD" of the start when day+month but no year
    year: int | None = None
    precision: str = "unknown"         # day | month | year | unknown
    year_source: str | None = None
    evidence: str = ""
    start: int = -1                    # offset of the span the date came from (-1: title)
    end: int = -1


@dataclass
class PlaceFinding:
    """Where the event took place; codes are ISO 3166 (alpha-3 / 3166-2)."""
    venue: str | None = None
    city: str | None = None            # English name
    province_code: str | None = None   # e.g. CN-YN, US-GA
    country_code: str | None = None    # e.g. CHN
    evidence: str = ""
    start: int = -1                    # offset of the span the place came from (-1: title)
    end: int = -1


@dataclass
class OrgMention:
    """An organisation named in the text with the role it plays in the event."""
    name: str                          # as written (English or Chinese)
    role: str                          # schema.ROLES
    acronym: str | None = None
    country_hint: str | None = None    # alpha-3 from "(USA)", "of Sweden", consulates …
    lang: str = "en"
    evidence: str = ""
    org_type: str | None = None        # the kind a list gives its items ("等9家企业")
    start: int = -1                    # offset of the name in the text it was found in


@dataclass
class PersonMention:
    name: str
    title: str | None = None
    affiliation: str | None = None     # organisation name as written
    role: str = "other"                # schema.PERSON_ROLES
    country_hint: str | None = None    # alpha-3 of the affiliation, when the text says
    evidence: str = ""


@dataclass
class AttendanceFinding:
    count: int
    qualifier: str                     # exact | at_least | approx
    evidence: str = ""
    start: int = -1                    # offset of the figure in the text it was found in
    end: int = -1


@dataclass
class MixFinding:
    dimension: str                     # institution_type | country | province
    category: str                      # vocabulary value or code; "a+b" sorted
    basis: str                         # reported | derived | listed | speakers
    share: float | None = None
    count: int | None = None
    evidence: str = ""
    start: int = -1                    # offset of the span it was read from
    end: int = -1


@dataclass
class AmountFinding:
    amount: float                      # base units
    currency: str                      # ISO 4217
    metric: str                        # schema.METRICS
    scope: str                         # schema.SCOPES
    qualifier: str = "exact"
    reference_year: int | None = None
    surface: str = ""
    evidence: str = ""
    # The same figure restated in a second currency: (amount, currency) as written.
    stated_amount: float | None = None
    stated_currency: str | None = None
    start: int = -1                    # offset of the figure (with its currency) in the text
    end: int = -1                      # end of the figure, or of its restatement


@dataclass
class EventFinding:
    """The event an article reports, everything extraction found about it."""
    name: str
    name_zh: str | None = None
    event_type: str = "other"
    format: str | None = None
    evidence: str = ""
    date: DateFinding = field(default_factory=DateFinding)
    place: PlaceFinding = field(default_factory=PlaceFinding)
    attendance: AttendanceFinding | None = None
    organizations: list[OrgMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    mix: list[MixFinding] = field(default_factory=list)
    amounts: list[AmountFinding] = field(default_factory=list)


def to_dict(record) -> dict:
    """A record as a JSON-friendly dict (dates as ISO strings): what dataclasses.asdict gives,
    in one walk (asdict deep-copies every value first, a tenth of a document's extraction)."""
    return _plain(record)


_FIELDS: dict[type, tuple[str, ...]] = {}   # a record class → its field names, looked up once


def _plain(v):
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    names = _FIELDS.get(type(v))
    if names is None and is_dataclass(v) and not isinstance(v, type):
        names = _FIELDS.setdefault(type(v), tuple(f.name for f in fields(v)))
    if names is not None:
        return {n: _plain(getattr(v, n)) for n in names}
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_plain(x) for x in v)
    return v
