"""Serving marts: the contract tables reshaped for the dashboard's aggregations.

The contract tables (SPEC §2) join on 20-byte string ids, and every filter lives on the
events: counting organisations of filtered events at 1M events means hashing 5M string ids
twice. The marts are derived once per warehouse version, in DuckDB, from those tables:

- integer keys beside the ids (`ek`, `ok`, `pk`: ranks of event_id, org_id, person_id, so
  ordering by a key is ordering by its id);
- every link table carries the filterable columns of its event (year, region, country_code,
  province_code, event_type), so a filtered aggregation is one scan with no join;
- facts that do not depend on the filters are computed here once: an event's participation
  scope, an organisation row's origin (domestic / foreign), the year an amount counts in;
- evidence and article text stay in the contract tables (read for the rows a page lists).

Rows that point at a missing event or organisation are left out (the ETL writes none).
Files are sorted by year, so a year filter skips whole row groups. Same tables in, same
bytes out. `load` writes them beside the tables; the dashboard builds them itself for a
warehouse that has none (another tool's, or an older ETL's).
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

# Bump when a mart's columns or meaning change: readers rebuild marts of another version.
MARTS_VERSION = "1"
MARTS_DIR = "marts"
META_FILE = "marts.json"

# The events' filterable columns, copied onto every row of the link marts.
EVENT_DIMS = ("year", "region", "country_code", "province_code", "event_type")

_DIMS = ", ".join(f"e.{c}" for c in EVENT_DIMS)

# Roles that organise an event, and the roles drawn in the co-organisation network.
ORGANISER_ROLES = ("host", "organizer", "co_organizer")
NETWORK_ROLES = ORGANISER_ROLES + ("supporter", "partner")


def _first_of(group: str) -> str:
    roles = {"ORGANISER_ROLES": ORGANISER_ROLES, "NETWORK_ROLES": NETWORK_ROLES}[group]
    cond = f"x.role IN {roles}"
    return (f"({cond} AND row_number() OVER (PARTITION BY x.event_id, x.org_id, {cond} "
            "ORDER BY x.role) = 1)")

# name → SELECT over the contract tables' views (events, organizations, ...) and the key
# tables k_ev / k_org / k_per created first. Order matters: later marts read earlier ones.
_KEYS = {
    "k_ev": "SELECT event_id, (row_number() OVER (ORDER BY event_id))::INTEGER AS ek "
            "FROM events",
    "k_org": "SELECT org_id, (row_number() OVER (ORDER BY org_id))::INTEGER AS ok "
             "FROM organizations",
    "k_per": "SELECT person_id, (row_number() OVER (ORDER BY person_id))::INTEGER AS pk "
             "FROM people",
}

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
                "d.source_path, d.title AS source_title, CASE WHEN e.country_code IS NULL OR f.event_id IS NULL THEN 'unknown' "
                "WHEN f.foreign THEN 'international' ELSE 'domestic' END AS participation "
                "FROM events e JOIN k_ev k USING (event_id) LEFT JOIN flags f USING (event_id) "
                "LEFT JOIN documents d ON d.doc_id = e.doc_id ORDER BY e.year NULLS LAST, k.ek",
    # `organiser` / `network`: the first row of an (event, organisation) pair among the
    # organising roles / the roles drawn in the co-organisation network. Filters keep or drop
    # whole events, so counting flagged rows counts distinct (event, organisation) pairs.
    "m_event_orgs": "SELECT k.ek, ko.ok, x.role, o.org_type, "
                    "CASE WHEN o.country_code IS NULL OR e.country_code IS NULL THEN 'unknown' "
                    "WHEN o.country_code = e.country_code THEN 'domestic' ELSE 'foreign' END "
                    f"AS origin, {_first_of('ORGANISER_ROLES')} AS organiser, "
                    f"{_first_of('NETWORK_ROLES')} AS network, {_DIMS} "
                    "FROM event_organizations x "
                    "JOIN events e USING (event_id) JOIN k_ev k USING (event_id) "
                    "JOIN organizations o USING (org_id) JOIN k_org ko USING (org_id) "
                    "ORDER BY e.year NULLS LAST, k.ek, ko.ok, x.role",
    "m_event_people": f"SELECT k.ek, kp.pk, x.role, {_DIMS} FROM event_people x "
                      "JOIN events e USING (event_id) JOIN k_ev k USING (event_id) "
                      "JOIN k_per kp USING (person_id) "
                      "ORDER BY e.year NULLS LAST, k.ek, kp.pk, x.role",
    "m_mix": f"SELECT k.ek, x.dimension, x.category, x.share, x.count, x.basis, {_DIMS} "
             "FROM participant_mix x JOIN events e USING (event_id) "
             "JOIN k_ev k USING (event_id) "
             "ORDER BY e.year NULLS LAST, k.ek, x.dimension, x.category, x.basis",
    # An amount counts in its reference year, else its event's, else its FX date's; one
    # without an event follows its document (the dashboard matches it by doc_id).
    "m_amounts": "SELECT a.amount_id, k.ek, a.doc_id, a.metric, a.scope, a.amount, a.currency, "
                 "a.qualifier, a.amount_usd, a.amount_cny, a.fx_rate_to_usd, a.fx_basis, "
                 "a.fx_date, coalesce(a.reference_year, e.year, year(a.fx_date)) AS amount_year, "
                 f"{_DIMS} FROM amounts a LEFT JOIN events e USING (event_id) "
                 "LEFT JOIN k_ev k USING (event_id) "
                 "WHERE a.event_id IS NULL OR k.ek IS NOT NULL "
                 "ORDER BY amount_year NULLS LAST, a.amount_id",
}


def build_marts(tables: dict[str, str], out: Path, threads: int = 2,
                memory_limit: str = "700MB") -> dict:
    """Write the marts of the Parquet tables `tables` (table → path or glob) into `out`."""
    con = duckdb.connect(":memory:", config={"threads": threads, "memory_limit": memory_limit})
    try:
        for name, src in tables.items():
            union = ", union_by_name = true" if "*" in src else ""
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM "
                        f"read_parquet({_quote(src)}{union})")
        return build_marts_on(con, out)
    finally:
        con.close()


def build_marts_on(con: duckdb.DuckDBPyConnection, out: Path) -> dict:
    """Write `out/<mart>.parquet` for every mart and `out/marts.json` from the tables that
    `con` sees under their contract names; returns the row counts.

    `out` must be a fresh directory that the caller publishes atomically (a version
    directory, or a temporary one renamed into place).
    """
    out.mkdir(parents=True, exist_ok=True)
    cur = con.cursor()
    try:
        for name, sql in _KEYS.items():
            cur.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
        rows = {}
        for name, sql in MARTS.items():
            path = _quote(str(out / f"{name}.parquet"))
            cur.execute(f"COPY ({sql}) TO {path} "
                        "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)")
            rows[name] = cur.execute(f"SELECT count(*) FROM read_parquet({path})").fetchone()[0]
    finally:
        for name in _KEYS:
            cur.execute(f"DROP TABLE IF EXISTS {name}")
        cur.close()
    meta = {"marts_version": MARTS_VERSION, "rows": rows}
    (out / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
    return rows


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
