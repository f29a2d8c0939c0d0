"""Every warehouse table declared once: columns, Arrow types, grain and meaning.

The writer, the tests, the dashboard and the docs all read these declarations;
`../shared/SPEC.md` is the contract they implement.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = 1

EVENT_TYPES = ("forum", "conference", "summit", "training", "meeting", "fair",
               "signing", "competition", "other")
ORG_TYPES = ("university", "research_institute", "government", "enterprise", "association",
             "intermediary", "park", "hospital", "media", "international_org", "other")
ROLES = ("host", "organizer", "co_organizer", "supporter", "partner", "participant",
         "signatory")
PERSON_ROLES = ("speaker", "moderator", "official", "trainer", "other")
METRICS = ("contract_value", "transaction_volume", "investment", "economic_benefit",
           "funding", "revenue", "other")
SCOPES = ("event", "institution", "national", "regional")
LANGUAGES = ("en", "zh", "mixed", "other")
DOC_STATUSES = ("ok", "quarantined", "duplicate")
DATE_PRECISIONS = ("day", "month", "year", "unknown")
YEAR_SOURCES = ("text", "title", "dateline", "curated")
FORMATS = ("in_person", "online", "hybrid")
QUALIFIERS = ("exact", "at_least", "approx")
MIX_DIMENSIONS = ("institution_type", "country", "province")
MIX_BASES = ("reported", "derived", "listed", "speakers")
FX_BASES = ("ecb_daily", "ecb_year_avg", "stated_in_text", "reference_table", "none")
REGIONS = ("Africa", "Americas", "Asia", "Europe", "Oceania")


@dataclass(frozen=True)
class Table:
    name: str
    grain: str
    schema: pa.Schema
    key: tuple[str, ...]
    sort: tuple[str, ...]


def _s(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t in fields])


_str = pa.string()
_i64 = pa.int64()
_f64 = pa.float64()
_date = pa.date32()

DOCUMENTS = Table(
    "documents", "one row per input file",
    _s(("doc_id", _str), ("source_path", _str), ("title", _str), ("language", _str),
       ("status", _str), ("error", _str), ("duplicate_of", _str), ("n_chars", _i64),
       ("content_sha256", _str),
       ("text", _str)),  # added: the clean article text, for search and highlighting
    key=("doc_id",), sort=("source_path",))

EVENTS = Table(
    "events", "one row per real-world event (articles about the same event merge)",
    _s(("event_id", _str), ("doc_id", _str), ("source_doc_ids", pa.list_(_str)),
       ("name", _str), ("name_zh", _str), ("event_type", _str),
       ("start_date", _date), ("end_date", _date), ("month_day", _str), ("year", _i64),
       ("date_precision", _str), ("year_source", _str), ("venue", _str), ("city", _str),
       ("province_code", _str), ("province", _str), ("country_code", _str),
       ("country", _str), ("region", _str), ("format", _str), ("attendance", _i64),
       ("attendance_qualifier", _str), ("evidence", _str),
       # added columns (SPEC allows additions): the evidence of each fact, for the detail view
       ("date_evidence", _str), ("place_evidence", _str), ("attendance_evidence", _str),
       ("curated_fields", pa.list_(_str))),
    key=("event_id",), sort=("event_id",))

ORGANIZATIONS = Table(
    "organizations", "one row per organisation, the same org_id across all articles",
    _s(("org_id", _str), ("name", _str), ("name_zh", _str), ("acronym", _str),
       ("org_type", _str), ("country_code", _str), ("city", _str)),
    key=("org_id",), sort=("org_id",))

EVENT_ORGANIZATIONS = Table(
    "event_organizations", "one row per event, organisation and role",
    _s(("event_id", _str), ("org_id", _str), ("role", _str), ("evidence", _str)),
    key=("event_id", "org_id", "role"), sort=("event_id", "org_id", "role"))

PEOPLE = Table(
    "people", "one row per person (name + affiliation)",
    _s(("person_id", _str), ("name", _str), ("title", _str), ("org_id", _str)),
    key=("person_id",), sort=("person_id",))

EVENT_PEOPLE = Table(
    "event_people", "one row per event, person and role",
    _s(("event_id", _str), ("person_id", _str), ("role", _str), ("evidence", _str)),
    key=("event_id", "person_id", "role"), sort=("event_id", "person_id", "role"))

PARTICIPANT_MIX = Table(
    "participant_mix", "one row per event, dimension, category and basis",
    _s(("event_id", _str), ("dimension", _str), ("category", _str), ("share", _f64),
       ("count", _i64), ("basis", _str), ("evidence", _str)),
    key=("event_id", "dimension", "category", "basis"),
    sort=("event_id", "dimension", "category", "basis"))

AMOUNTS = Table(
    "amounts", "one row per reported money figure (a figure restated in a second "
    "currency is one row)",
    _s(("amount_id", _str), ("doc_id", _str), ("event_id", _str), ("metric", _str),
       ("scope", _str), ("amount", _f64), ("currency", _str), ("reference_year", _i64),
       ("amount_usd", _f64), ("amount_cny", _f64), ("fx_rate_to_usd", _f64),
       ("fx_date", _date), ("fx_basis", _str), ("qualifier", _str), ("surface", _str),
       ("evidence", _str)),
    key=("amount_id",), sort=("amount_id",))

TABLES: dict[str, Table] = {t.name: t for t in (
    DOCUMENTS, EVENTS, ORGANIZATIONS, EVENT_ORGANIZATIONS, PEOPLE, EVENT_PEOPLE,
    PARTICIPANT_MIX, AMOUNTS)}

# The serving marts (etl/marts.py): derived from the tables for the dashboard, not part of
# the contract. Each is written as marts/<name>.parquet and as a table of marts/serving.duckdb.
PLACES = Table(
    "m_places", "one row per place the events are held in: (city, province_code, "
    "country_code) as the events write them, any of them null",
    _s(("city", _str), ("province_code", _str), ("country_code", _str),
       ("lat", _f64), ("lon", _f64),  # the GeoNames city of that name in that province
       ("city_zh", _str), ("province_zh", _str), ("country_zh", _str)),  # the place tables'
    key=("city", "province_code", "country_code"),
    sort=("country_code", "province_code", "city"))

MARTS: dict[str, Table] = {t.name: t for t in (PLACES,)}

# Columns whose values must come from a vocabulary (null allowed unless listed in NOT_NULL).
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("documents", "language"): LANGUAGES,
    ("documents", "status"): DOC_STATUSES,
    ("events", "event_type"): EVENT_TYPES,
    ("events", "date_precision"): DATE_PRECISIONS,
    ("events", "year_source"): YEAR_SOURCES,
    ("events", "format"): FORMATS,
    ("events", "attendance_qualifier"): QUALIFIERS,
    ("events", "region"): REGIONS,
    ("organizations", "org_type"): ORG_TYPES,
    ("event_organizations", "role"): ROLES,
    ("event_people", "role"): PERSON_ROLES,
    ("participant_mix", "dimension"): MIX_DIMENSIONS,
    ("participant_mix", "basis"): MIX_BASES,
    ("amounts", "metric"): METRICS,
    ("amounts", "scope"): SCOPES,
    ("amounts", "fx_basis"): FX_BASES,
    ("amounts", "qualifier"): QUALIFIERS,
}

NOT_NULL: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "source_path", "language", "status", "n_chars"),
    "events": ("event_id", "doc_id", "name", "event_type", "date_precision"),
    "organizations": ("org_id", "name", "org_type"),
    "event_organizations": ("event_id", "org_id", "role"),
    "people": ("person_id", "name"),
    "event_people": ("event_id", "person_id", "role"),
    "participant_mix": ("event_id", "dimension", "category", "basis"),
    "amounts": ("amount_id", "doc_id", "metric", "scope", "amount", "currency", "fx_basis",
                "qualifier"),
}


def empty_table(name: str) -> pa.Table:
    return TABLES[name].schema.empty_table()


# Columns that rows of a table carry from extraction to the corpus pass, which consumes
# them (they are not written): the figure an amount is restated as, for FX.
TRANSIENT: dict[str, tuple[tuple[str, pa.DataType], ...]] = {
    "amounts": (("stated_amount", _f64), ("stated_currency", _str)),
}


def spill_schema(name: str) -> pa.Schema:
    """The table's schema plus its transient columns: how its rows are kept between passes."""
    arrow_schema = TABLES[name].schema
    for col, typ in TRANSIENT.get(name, ()):
        arrow_schema = arrow_schema.append(pa.field(col, typ))
    return arrow_schema


def rows_to_arrow(rows: list[dict], arrow_schema: pa.Schema) -> pa.Table:
    """Rows → Arrow table of `arrow_schema`, in the rows' order (a missing key is null)."""
    return pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in arrow_schema.names},
                                schema=arrow_schema)


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows → Arrow table with the declared schema, sorted by the table's sort key."""
    table = TABLES[name]
    # Sort keys are all string columns (asserted below), so "null sorts as empty" is `or ""`.
    rows = sorted(rows, key=lambda r: tuple(r.get(c) or "" for c in table.sort))
    return rows_to_arrow(rows, table.schema)


assert all(t.schema.field(c).type == pa.string() for t in TABLES.values() for c in t.sort)
