"""What every record an extractor returns must obey: SPEC's types, vocabularies and ranges."""
from __future__ import annotations

import datetime as dt
import math
import re

from etl import schema
from etl.extract.records import (
    AmountFinding,
    AttendanceFinding,
    DateFinding,
    EventFinding,
    MixFinding,
    OrgMention,
    PersonMention,
    PlaceFinding,
)
from etl.extract.text import EVIDENCE_MAX

ALPHA3 = re.compile(r"^[A-Z]{3}$")
ISO3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
MONTH_DAY = re.compile(r"^(\d\d)-(\d\d)$")
INT64_MAX = 2**63 - 1
YEAR_RANGE = range(1900, 2101)  # SPEC: a year is an event year, never an arbitrary number


def check_evidence(value) -> None:
    assert isinstance(value, str), value
    assert len(value) <= EVIDENCE_MAX, len(value)


def check_int(value, low: int = 0) -> None:
    assert isinstance(value, int) and not isinstance(value, bool), value
    assert low <= value <= INT64_MAX, value


def check_amount(a: AmountFinding) -> None:
    assert isinstance(a, AmountFinding)
    assert isinstance(a.amount, (int, float)) and not isinstance(a.amount, bool)
    assert math.isfinite(a.amount) and a.amount > 0, a.amount
    assert CURRENCY.match(a.currency), a.currency
    assert a.metric in schema.METRICS, a.metric
    assert a.scope in schema.SCOPES, a.scope
    assert a.qualifier in schema.QUALIFIERS, a.qualifier
    assert a.reference_year is None or a.reference_year in YEAR_RANGE, a.reference_year
    assert isinstance(a.surface, str)
    check_evidence(a.evidence)
    if a.stated_amount is not None:
        assert math.isfinite(a.stated_amount) and a.stated_amount > 0
        assert a.stated_currency and CURRENCY.match(a.stated_currency)
        assert a.stated_currency != a.currency


def check_attendance(f: AttendanceFinding | None) -> None:
    if f is None:
        return
    assert isinstance(f, AttendanceFinding)
    check_int(f.count, low=1)
    assert f.qualifier in schema.QUALIFIERS, f.qualifier
    check_evidence(f.evidence)


def check_date(f: DateFinding) -> None:
    assert isinstance(f, DateFinding)
    assert f.precision in schema.DATE_PRECISIONS, f.precision
    assert f.year_source is None or f.year_source in schema.YEAR_SOURCES, f.year_source
    for d in (f.start_date, f.end_date):
        assert d is None or type(d) is dt.date, d
    if f.year is not None:
        assert f.year in YEAR_RANGE, f.year
        assert f.year_source is not None, "a year must say where it came from"
    else:
        assert f.year_source is None, "no year, so no year source"
    if f.start_date is not None:
        assert f.year == f.start_date.year, (f.year, f.start_date)
    if f.start_date and f.end_date:
        assert f.end_date >= f.start_date, (f.start_date, f.end_date)
    if f.precision == "day":
        assert f.start_date is not None or f.month_day is not None
    if f.month_day is not None:
        m = MONTH_DAY.match(f.month_day)
        assert m, f.month_day
        dt.date(2000, int(m.group(1)), int(m.group(2)))  # a real day of a leap year
    check_evidence(f.evidence)


def check_place(f: PlaceFinding) -> None:
    assert isinstance(f, PlaceFinding)
    assert f.country_code is None or ALPHA3.match(f.country_code), f.country_code
    assert f.province_code is None or ISO3166_2.match(f.province_code), f.province_code
    for v in (f.venue, f.city):
        assert v is None or (isinstance(v, str) and v.strip()), v
    check_evidence(f.evidence)


def check_mix(m: MixFinding) -> None:
    assert isinstance(m, MixFinding)
    assert m.dimension in schema.MIX_DIMENSIONS, m.dimension
    assert m.basis in schema.MIX_BASES, m.basis
    assert isinstance(m.category, str) and m.category, m.category
    if m.dimension == "institution_type":
        parts = m.category.split("+")
        assert parts == sorted(parts) and set(parts) <= set(schema.ORG_TYPES), m.category
    elif m.dimension == "country":
        assert ALPHA3.match(m.category), m.category
    else:
        assert ISO3166_2.match(m.category), m.category
    if m.share is not None:
        assert math.isfinite(m.share) and 0 <= m.share <= 1, m.share
    if m.count is not None:
        check_int(m.count)
    check_evidence(m.evidence)


def check_org(o: OrgMention) -> None:
    assert isinstance(o, OrgMention)
    assert isinstance(o.name, str) and o.name.strip(), o.name
    assert o.role in schema.ROLES, o.role
    assert o.country_hint is None or ALPHA3.match(o.country_hint), o.country_hint
    assert o.acronym is None or (isinstance(o.acronym, str) and o.acronym.strip())
    check_evidence(o.evidence)


def check_person(p: PersonMention) -> None:
    assert isinstance(p, PersonMention)
    assert isinstance(p.name, str) and p.name.strip(), p.name
    assert p.role in schema.PERSON_ROLES, p.role
    assert p.country_hint is None or ALPHA3.match(p.country_hint), p.country_hint
    check_evidence(p.evidence)


def check_event(e: EventFinding) -> None:
    assert isinstance(e, EventFinding)
    assert isinstance(e.name, str) and e.name.strip(), "an event always has a name"
    assert e.event_type in schema.EVENT_TYPES, e.event_type
    assert e.format is None or e.format in schema.FORMATS, e.format
    check_evidence(e.evidence)
    check_date(e.date)
    check_place(e.place)
    check_attendance(e.attendance)
    for o in e.organizations:
        check_org(o)
    for p in e.people:
        check_person(p)
    for m in e.mix:
        check_mix(m)
    for a in e.amounts:
        check_amount(a)
