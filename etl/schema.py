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
class Ref:
    """A foreign key: `columns` of a row match `target` of a row of `table` (rows whose
    columns are all null point at nothing)."""
    columns: tuple[str, ...]
    table: str
    target: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    grain: str
    schema: pa.Schema
    key: tuple[str, ...]
    sort: tuple[str, ...]
    refs: tuple[Ref, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # (column, what a derived column means)


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
       ("text", _str),     # added: the clean article text, for search and highlighting
       ("warning", _str)),  # added: what was read only in part (the document is kept)
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

# The serving marts (etl/marts.py): the tables reshaped for the dashboard, derived once per
# warehouse version, not part of the contract. Each is written as marts/<name>.parquet and as
# a table of marts/serving.duckdb. Integer keys stand for ids: each is the rank of an id in its
# table (ordering by the key is ordering by the id), declared here once.
RANK_KEYS: dict[str, tuple[str, str]] = {  # key → (table, id column)
    "ek": ("events", "event_id"), "ok": ("organizations", "org_id"),
    "pk": ("people", "person_id"), "dk": ("documents", "doc_id")}
_i32 = pa.int32()
_bool = pa.bool_()
# The event's filterable columns, copied onto every row of the link marts (a filtered
# aggregation is one scan with no join).
_DIMS = (("year", _i64), ("region", _str), ("country_code", _str), ("province_code", _str),
         ("event_type", _str))
EVENT_DIMS = tuple(name for name, _ in _DIMS)
_TO_EVENT = Ref(("ek",), "m_events", ("ek",))
_DIMS_NOTE = ("year … event_type", "the event's own columns (for an amount without an event, "
              "those of the first event of its document)")

M_ORGS = Table(
    "m_orgs", "one row per organisation",
    _s(("ok", _i32), ("org_id", _str), ("name", _str), ("name_zh", _str), ("acronym", _str),
       ("org_type", _str), ("country_code", _str)),
    key=("ok",), sort=("ok",), refs=(Ref(("ok", "org_id"), "organizations", ("ok", "org_id")),))

M_PEOPLE = Table(
    "m_people", "one row per person, with the type and country of the organisation",
    _s(("pk", _i32), ("person_id", _str), ("name", _str), ("title", _str), ("ok", _i32),
       ("org_type", _str), ("org_country", _str)),
    key=("pk",), sort=("pk",),
    refs=(Ref(("pk", "person_id"), "people", ("pk", "person_id")),
          Ref(("ok",), "m_orgs", ("ok",))))

M_EVENTS = Table(
    "m_events", "one row per event, with its document's path and title",
    _s(("ek", _i32), ("event_id", _str), ("doc_id", _str), ("name", _str), ("name_zh", _str),
       ("event_type", _str), ("start_date", _date), ("year", _i64), ("date_precision", _str),
       ("month", _str), ("city", _str), ("province_code", _str), ("province", _str),
       ("country_code", _str), ("country", _str), ("region", _str), ("attendance", _i64),
       ("source_path", _str), ("source_title", _str), ("participation", _str)),
    key=("ek",), sort=("year", "ek"),
    refs=(Ref(("ek", "event_id"), "events", ("ek", "event_id")),
          Ref(("doc_id",), "documents", ("doc_id",)),
          Ref(("city", "province_code", "country_code"), "m_places",
              ("city", "province_code", "country_code"))),
    notes=(("month", "YYYY-MM of the start date where the date gives the month"),
           ("participation", "international when a participant country or an organisation "
            "differs from the event's country; domestic when none does; unknown without the "
            "event's country or any place to compare")))

M_EVENT_ORGS = Table(
    "m_event_orgs", "one row per event, organisation and role (event_organizations)",
    _s(("ek", _i32), ("ok", _i32), ("role", _str), ("org_type", _str), ("origin", _str),
       ("role_origin_bit", pa.uint32()), ("organiser", _bool), ("network", _bool), *_DIMS),
    key=("ek", "ok", "role"), sort=("year", "ek", "ok", "role"),
    refs=(_TO_EVENT, Ref(("ok",), "m_orgs", ("ok",))),
    notes=(("origin", "domestic / foreign: the organisation's country against the event's; "
            "unknown without either"),
           ("role_origin_bit", "the role and origin as one bit (etl/marts.py ROLE_BITS shifted "
            "by ORIGIN_SHIFTS): an organisation's roles and origins over many events fold into "
            "one integer"),
           ("organiser", "the first row of its (event, organisation) pair among the organising "
            "roles (host, organizer, co_organizer): counting flagged rows counts pairs"),
           ("network", "the same among the roles of the co-organisation network (organising "
            "roles, supporter, partner)"), _DIMS_NOTE))

M_EVENT_PEOPLE = Table(
    "m_event_people", "one row per event, person and role (event_people)",
    _s(("ek", _i32), ("pk", _i32), ("role", _str), *_DIMS),
    key=("ek", "pk", "role"), sort=("year", "ek", "pk", "role"),
    refs=(_TO_EVENT, Ref(("pk",), "m_people", ("pk",))), notes=(_DIMS_NOTE,))

M_EVENT_DOCS = Table(
    "m_event_docs", "one row per event and document (its own and every merged article)",
    _s(("ek", _i32), ("dk", _i32), *_DIMS),
    key=("ek", "dk"), sort=("year", "ek", "dk"),
    refs=(_TO_EVENT, Ref(("dk",), "documents", ("dk",))), notes=(_DIMS_NOTE,))

M_MIX = Table(
    "m_mix", "one row per event, dimension, category and basis (participant_mix)",
    _s(("ek", _i32), ("dimension", _str), ("category", _str), ("share", _f64), ("count", _i64),
       ("basis", _str), *_DIMS),
    key=("ek", "dimension", "category", "basis"),
    sort=("year", "ek", "dimension", "category", "basis"), refs=(_TO_EVENT,),
    notes=(_DIMS_NOTE,))

M_AMOUNTS = Table(
    "m_amounts", "one row per amount whose event exists (or that has none)",
    _s(("amount_id", _str), ("ek", _i32), ("fk", _i32), ("doc_id", _str), ("metric", _str),
       ("scope", _str), ("amount", _f64), ("currency", _str), ("qualifier", _str),
       ("amount_usd", _f64), ("amount_cny", _f64), ("fx_rate_to_usd", _f64),
       ("fx_basis", _str), ("fx_date", _date), ("amount_year", _i64), ("dup", _bool),
       ("converted", _bool), *_DIMS),
    key=("amount_id",), sort=("amount_year", "amount_id"),
    refs=(Ref(("amount_id",), "amounts", ("amount_id",)), _TO_EVENT,
          Ref(("fk",), "m_events", ("ek",)), Ref(("doc_id",), "documents", ("doc_id",))),
    notes=(("fk", "the event the amount is filtered by: its own, or for one without an event "
            "the first event of its document"),
           ("amount_year", "the amount's reference year, else its event's, else its FX date's"),
           ("dup", "the same figure written the same way again for the same event (or "
            "document), metric and scope: counted once"),
           ("converted", "both USD and CNY are known, so totals in either cover the same "
            "amounts"), _DIMS_NOTE))

M_PLACES = Table(
    "m_places", "one row per place the events are held in: (city, province_code, "
    "country_code) as the events write them, any of them null",
    _s(("city", _str), ("province_code", _str), ("country_code", _str),
       ("lat", _f64), ("lon", _f64), ("city_zh", _str), ("province_zh", _str),
       ("country_zh", _str)),
    key=("city", "province_code", "country_code"),
    sort=("country_code", "province_code", "city"),
    refs=(Ref(("city", "province_code", "country_code"), "events",
              ("city", "province_code", "country_code")),),
    notes=(("lat, lon", "the GeoNames city of that name in that province (etl/places/"
            "display.py); null where GeoNames has none there"),
           ("city_zh … country_zh", "the Chinese names the ETL's place tables display")))

MARTS: dict[str, Table] = {t.name: t for t in (
    M_ORGS, M_PEOPLE, M_EVENTS, M_EVENT_ORGS, M_EVENT_PEOPLE, M_EVENT_DOCS, M_MIX, M_AMOUNTS,
    M_PLACES)}

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


# The links between the tables: (table, column) → the table whose key the column holds (each
# item of a list column is one link). A null is no link; NOT_NULL says where one is required.
FOREIGN_KEYS: dict[tuple[str, str], str] = {
    ("documents", "duplicate_of"): "documents",
    ("events", "doc_id"): "documents",
    ("events", "source_doc_ids"): "documents",
    ("event_organizations", "event_id"): "events",
    ("event_organizations", "org_id"): "organizations",
    ("people", "org_id"): "organizations",
    ("event_people", "event_id"): "events",
    ("event_people", "person_id"): "people",
    ("participant_mix", "event_id"): "events",
    ("amounts", "doc_id"): "documents",
    ("amounts", "event_id"): "events",
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
