"""Serving marts: the contract tables reshaped for the dashboard's aggregations.

The contract tables (SPEC §2) join on 20-byte string ids, and every filter lives on the
events: counting organisations of filtered events at 1M events means hashing 5M string ids
twice. The marts are derived once per warehouse version, in DuckDB, from those tables (their
columns, grain, keys and references are declared in etl/schema.py, `schema.MARTS`):

- integer keys beside the ids (`ek`, `ok`, `pk`, `dk`: ranks of event_id, org_id, person_id,
  doc_id, so ordering by a key is ordering by its id);
- every link table carries the filterable columns of its event (year, region, country_code,
  province_code, event_type), so a filtered aggregation is one scan with no join;
- facts that do not depend on the filters are computed here once: an event's participation
  scope, an organisation row's origin (domestic / foreign) and roles, the year an amount
  counts in, each place's coordinates and Chinese names (from the ETL's gazetteer);
- evidence and article text stay in the contract tables (read for the rows a page lists).

Rows that point at a missing event or organisation are left out (the ETL writes none).
Each mart is written as Parquet (`marts/<mart>.parquet`: sorted by year, so a year filter
skips whole row groups; same tables in, same bytes out) and all of them once more as tables
of one DuckDB file (`marts/serving.duckdb`), which DuckDB scans about twice as fast as
Parquet: that is what the dashboard queries. `load` writes both beside the tables; the
dashboard builds the DuckDB file itself for a warehouse without one (another tool's, or an
older ETL's).
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

import settings
from etl import schema, search_index

# Bump when a mart's columns or meaning change: readers rebuild marts of another version.
MARTS_VERSION = "5"
MARTS_DIR = "marts"
META_FILE = "marts.json"
SERVING_FILE = "serving.duckdb"  # not byte-stable (a DuckDB file): outside the version hash

def _dims(alias: str) -> str:
    """SQL: the event's filterable columns (schema.EVENT_DIMS) from the table `alias`."""
    return ", ".join(f"{alias}.{c}" for c in schema.EVENT_DIMS)


_DIMS = _dims("e")

# Roles that organise an event, and the roles drawn in the co-organisation network.
ORGANISER_ROLES = ("host", "organizer", "co_organizer")
NETWORK_ROLES = ORGANISER_ROLES + ("supporter", "partner")


# An organisation row's origin: its country against the event's.
ORIGINS = ("domestic", "foreign", "unknown")
_ORIGIN = ("CASE WHEN o.country_code IS NULL OR e.country_code IS NULL THEN 'unknown' "
           "WHEN o.country_code = e.country_code THEN 'domestic' ELSE 'foreign' END")

# Each (role, origin) of the vocabularies as one bit: the role's bit (ROLE_BITS) shifted by
# the origin's (ORIGIN_SHIFTS). An organisation's roles and origins over many events fold into
# one small integer (bit_or over an integer key), an order of magnitude cheaper than counting
# distinct (organisation, role, origin) triples at a million events.
ROLE_BITS = {role: 1 << i for i, role in enumerate(schema.ROLES)}
ORIGIN_SHIFTS = {origin: i * len(schema.ROLES) for i, origin in enumerate(ORIGINS)}
_ROLE_ORIGIN_BIT = (
    "((CASE x.role " + " ".join(f"WHEN '{r}' THEN {b}" for r, b in ROLE_BITS.items())
    + " ELSE 0 END)::UINTEGER << (CASE " + _ORIGIN + " "
    + " ".join(f"WHEN '{o}' THEN {s}" for o, s in ORIGIN_SHIFTS.items()) + " END))::UINTEGER")
assert len(schema.ROLES) * len(ORIGINS) <= 32, "role_origin_bit is a UINTEGER"


def role_origin_mask(roles: tuple[str, ...] = schema.ROLES,
                     origins: tuple[str, ...] = ORIGINS) -> int:
    """The bits of role_origin_bit that stand for any of `roles` with any of `origins`."""
    return sum(ROLE_BITS[r] << ORIGIN_SHIFTS[o] for r in roles for o in origins)


def _first_of(roles: tuple[str, ...]) -> str:
    """SQL: this row is the first of its (event, organisation) pair with one of `roles`."""
    cond = f"x.role IN {roles}"
    return (f"({cond} AND row_number() OVER (PARTITION BY x.event_id, x.org_id, {cond} "
            "ORDER BY x.role) = 1)")


# The integer keys (schema.RANK_KEYS): temporary tables built first, read by every mart below.
_KEY_TABLES = {"k_ev": "ek", "k_org": "ok", "k_per": "pk", "k_doc": "dk"}
_KEYS = {name: f"SELECT {col}, (row_number() OVER (ORDER BY {col}))::INTEGER AS {k} "
               f"FROM {table}"
         for name, k in _KEY_TABLES.items() for table, col in [schema.RANK_KEYS[k]]}

# mart → SELECT over the tables' views (events, organizations, ...) and the key tables.
MARTS: dict[str, str] = {
    "m_orgs": "SELECT k.ok, o.org_id, o.name, o.name_zh, o.acronym, o.org_type, o.country_code "
              "FROM organizations o JOIN k_org k USING (org_id) ORDER BY k.ok",
    "m_people": "SELECT k.pk, p.person_id, p.name, p.title, ko.ok, o.org_type, "
                "o.country_code AS org_country FROM people p JOIN k_per k USING (person_id) "
                "LEFT JOIN k_org ko ON ko.org_id = p.org_id "
                "LEFT JOIN organizations o ON o.org_id = p.org_id ORDER BY k.pk",
    # Participation scope: 'international' when a participant country or an organisation
    # differs from the event's country; 'unknown' without the event's country or any place.
    "m_events": "WITH places AS ("
                " SELECT event_id, category AS cc FROM participant_mix"
                " WHERE dimension = 'country' AND category IS NOT NULL"
                " UNION ALL SELECT eo.event_id, o.country_code FROM event_organizations eo"
                " JOIN organizations o USING (org_id) WHERE o.country_code IS NOT NULL), "
                "flags AS (SELECT p.event_id, bool_or(p.cc <> e.country_code) AS foreign"
                " FROM places p JOIN events e USING (event_id)"
                " WHERE e.country_code IS NOT NULL GROUP BY p.event_id) "
                "SELECT k.ek, e.event_id, e.doc_id, e.name, e.name_zh, e.event_type, "
                "e.start_date, e.year, e.date_precision, "
                "CASE WHEN e.start_date IS NOT NULL AND e.date_precision IN ('day', 'month') "
                "THEN strftime(e.start_date, '%Y-%m') END AS month, e.city, e.province_code, "
                "e.province, e.country_code, e.country, e.region, e.attendance, "
                "d.source_path, d.title AS source_title, "
                "CASE WHEN e.country_code IS NULL OR f.event_id IS NULL THEN 'unknown' "
                "WHEN f.foreign THEN 'international' ELSE 'domestic' END AS participation "
                "FROM events e JOIN k_ev k USING (event_id) LEFT JOIN flags f USING (event_id) "
                "LEFT JOIN documents d ON d.doc_id = e.doc_id ORDER BY e.year NULLS LAST, k.ek",
    # `organiser` / `network`: the first row of an (event, organisation) pair among the
    # organising roles / the roles drawn in the co-organisation network. Filters keep or drop
    # whole events, so counting flagged rows counts distinct (event, organisation) pairs.
    "m_event_orgs": f"SELECT k.ek, ko.ok, x.role, o.org_type, {_ORIGIN} AS origin, "
                    f"{_ROLE_ORIGIN_BIT} AS role_origin_bit, "
                    f"{_first_of(ORGANISER_ROLES)} AS organiser, "
                    f"{_first_of(NETWORK_ROLES)} AS network, {_DIMS} "
                    "FROM event_organizations x "
                    "JOIN events e USING (event_id) JOIN k_ev k USING (event_id) "
                    "JOIN organizations o USING (org_id) JOIN k_org ko USING (org_id) "
                    "ORDER BY e.year NULLS LAST, k.ek, ko.ok, x.role",
    "m_event_people": f"SELECT k.ek, kp.pk, x.role, {_DIMS} FROM event_people x "
                      "JOIN events e USING (event_id) JOIN k_ev k USING (event_id) "
                      "JOIN k_per kp USING (person_id) "
                      "ORDER BY e.year NULLS LAST, k.ek, kp.pk, x.role",
    # The documents of each event: its main one and every merged article (source_doc_ids).
    "m_event_docs": f"SELECT DISTINCT k.ek, kd.dk, {_DIMS} FROM (SELECT event_id, doc_id "
                    "FROM events UNION SELECT event_id, unnest(source_doc_ids) FROM events) x "
                    "JOIN events e USING (event_id) JOIN k_ev k USING (event_id) "
                    "JOIN k_doc kd ON kd.doc_id = x.doc_id "
                    "ORDER BY e.year NULLS LAST, k.ek, kd.dk",
    "m_mix": f"SELECT k.ek, x.dimension, x.category, x.share, x.count, x.basis, {_DIMS} "
             "FROM participant_mix x JOIN events e USING (event_id) "
             "JOIN k_ev k USING (event_id) "
             "ORDER BY e.year NULLS LAST, k.ek, x.dimension, x.category, x.basis",
    # An amount counts in its reference year, else its event's, else its FX date's. `fk`,
    # the event it is filtered by: its own, or for one without an event the (first) event of
    # its document; the filterable columns are that event's. `dup`: the same figure written
    # the same way again for the same event (or document), with the same metric and scope
    # (a bilingual article, a repeated sentence): counted once. `converted`: both USD and
    # CNY are known, so a total in either currency covers the same amounts.
    "m_amounts": "WITH doc_ev AS (SELECT e.doc_id, min(k.ek) AS ek FROM events e "
                 "JOIN k_ev k USING (event_id) GROUP BY e.doc_id) "
                 "SELECT a.amount_id, k.ek, coalesce(k.ek, d.ek) AS fk, a.doc_id, a.metric, "
                 "a.scope, a.amount, a.currency, a.qualifier, a.amount_usd, a.amount_cny, "
                 "a.fx_rate_to_usd, a.fx_basis, a.fx_date, "
                 "coalesce(a.reference_year, e.year, year(a.fx_date)) AS amount_year, "
                 "row_number() OVER (PARTITION BY coalesce(a.event_id, a.doc_id), a.metric, "
                 "a.scope, a.currency, a.amount, a.surface ORDER BY a.amount_id) > 1 AS dup, "
                 "(a.amount_usd IS NOT NULL AND a.amount_cny IS NOT NULL) AS converted, "
                 f"{_dims('f')} FROM amounts a "
                 "LEFT JOIN events e USING (event_id) LEFT JOIN k_ev k USING (event_id) "
                 "LEFT JOIN doc_ev d ON a.event_id IS NULL AND d.doc_id = a.doc_id "
                 "LEFT JOIN k_ev kf ON kf.ek = coalesce(k.ek, d.ek) "
                 "LEFT JOIN events f ON f.event_id = kf.event_id "
                 "WHERE a.event_id IS NULL OR k.ek IS NOT NULL "
                 "ORDER BY amount_year NULLS LAST, a.amount_id",
    # Where each place of the events is and what it is called (computed in Python from the
    # gazetteer, see `_place_facts`): the maps draw and name places from it.
    "m_places": f"SELECT {', '.join(schema.MARTS['m_places'].schema.names)} "
                "FROM place_facts ORDER BY country_code NULLS LAST, "
                "province_code NULLS LAST, city NULLS LAST",
}
assert list(MARTS) == list(schema.MARTS), "every mart is declared in etl/schema.py, in order"


def build_marts(tables: dict[str, str], out: Path, threads: int = settings.DUCKDB_THREADS,
                memory_limit: str = settings.DUCKDB_MEMORY_LIMIT,
                search_min_chars: int = search_index.SCAN_LIMIT_CHARS) -> dict:
    """Write the marts of the Parquet tables `tables` (table → path or glob) into `out`, as
    Parquet and as the serving DuckDB file, and the search index when the documents hold at
    least `search_min_chars` characters of text (a smaller corpus is scanned); returns the
    row counts."""
    con = duckdb.connect(":memory:", config={"threads": threads, "memory_limit": memory_limit})
    try:
        for name, src in tables.items():
            union = ", union_by_name = true" if "*" in src else ""
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM "
                        f"read_parquet({_quote(src)}{union})")
        rows = build_marts_on(con, out)
        if search_index.worth_building(con, search_min_chars):
            search_index.build(con, out / search_index.SEARCH_FILE)
        return rows
    finally:
        con.close()


def build_marts_on(con: duckdb.DuckDBPyConnection, out: Path, parquet: bool = True) -> dict:
    """Derive every mart from the tables `con` sees under their contract names: the one
    function that builds them, for the ETL's load, the synthetic warehouses and the dashboard
    (a warehouse without marts). Writes the serving DuckDB file `out/serving.duckdb`; with
    `parquet`, first `out/<mart>.parquet` and `out/marts.json`, which the serving file then
    copies (same rows in both). Returns the row counts.

    `out` must be a fresh directory that the caller publishes atomically (a version
    directory, or a temporary one renamed into place).
    """
    out.mkdir(parents=True, exist_ok=True)
    rows = {}
    with _derivation(con) as cur:
        if not parquet:
            return _write_serving(cur, out / SERVING_FILE, MARTS)
        for name, sql in MARTS.items():
            path = _quote(str(out / f"{name}.parquet"))
            cur.execute(f"COPY ({sql}) TO {path} "
                        "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)")
            rows[name] = cur.execute(f"SELECT count(*) FROM read_parquet({path})").fetchone()[0]
    meta = {"marts_version": MARTS_VERSION, "rows": rows}
    (out / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
    copy_serving_db(con, out / SERVING_FILE, out)
    return rows


def copy_serving_db(con: duckdb.DuckDBPyConnection, db_path: Path, parquet_dir: Path) -> None:
    """The serving DuckDB file at `db_path` (which must not exist) holding the Parquet marts
    of `parquet_dir` as tables. DuckDB scans its own storage about twice as fast as Parquet,
    which is what brings a page of aggregations over a million events under a few hundred ms."""
    cur = con.cursor()
    try:
        _write_serving(cur, db_path, {
            name: f"SELECT * FROM read_parquet({_quote(str(parquet_dir / f'{name}.parquet'))})"
            for name in MARTS})
    finally:
        cur.close()


def _write_serving(cur: duckdb.DuckDBPyConnection, db_path: Path,
                   sources: dict[str, str]) -> dict:
    """Create each mart as a table of a new DuckDB file from its SELECT; returns row counts."""
    cur.execute(f"ATTACH {_quote(str(db_path))} AS serving_build")
    try:
        for name, sql in sources.items():
            cur.execute(f"CREATE TABLE serving_build.{name} AS {sql}")
        cur.execute("CREATE TABLE serving_build.marts_meta AS SELECT "
                    f"{_quote(MARTS_VERSION)} AS marts_version")
        return {name: cur.execute(f"SELECT count(*) FROM serving_build.{name}").fetchone()[0]
                for name in sources}
    finally:
        cur.execute("DETACH serving_build")


@contextmanager
def _derivation(con: duckdb.DuckDBPyConnection):
    """A cursor on `con` with what the marts' SELECTs read beside the tables, as temporary
    tables dropped after: the integer keys (k_ev, k_org, k_per, k_doc) and the place facts."""
    cur = con.cursor()
    try:
        for name, sql in _KEYS.items():
            cur.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
        cur.register("place_facts_rows", _place_facts(cur))
        cur.execute("CREATE OR REPLACE TEMP TABLE place_facts AS SELECT * FROM place_facts_rows")
        cur.unregister("place_facts_rows")
        yield cur
    finally:
        for name in (*_KEYS, "place_facts"):
            cur.execute(f"DROP TABLE IF EXISTS {name}")
        cur.close()


def _place_facts(cur: duckdb.DuckDBPyConnection) -> pa.Table:
    """Every place the events are held in, with its coordinates and Chinese names, from the
    gazetteer the ETL placed them with (etl/places/display.py)."""
    from etl.places import display  # GeoNames loads only when marts are built

    places = cur.execute("SELECT DISTINCT city, province_code, country_code FROM events"
                         ).fetchall()
    return schema.rows_to_arrow([display.describe(*p) for p in places],
                                schema.MARTS["m_places"].schema)


def read_meta(folder: Path) -> dict | None:
    """The marts' metadata in `folder`, or None when absent, unreadable or of another version."""
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("marts_version") != MARTS_VERSION:
        return None
    if not all((folder / f"{name}.parquet").is_file() for name in MARTS):
        return None
    return meta


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
