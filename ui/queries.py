"""SQL builders: pure functions Filters (+ options) → Query(sql, params).

Every query runs in DuckDB over views named after the warehouse tables (ui/data.py creates
them). User input only ever reaches SQL as a bound parameter; column and table names come
from whitelists. Aggregations stay in DuckDB so a million events never reach pandas.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.schema import TABLES
from ui.filters import Filters

# Columns the dashboard reads that the SPEC allows the ETL to add.
EXTRA_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("text", "VARCHAR"),),
}
ORGANISER_ROLES = ("host", "organizer", "co_organizer")
DATED = ("day", "month")


@dataclass(frozen=True)
class Query:
    sql: str
    params: dict = field(default_factory=dict)


def _amount_col(currency: str) -> str:
    return "amount_cny" if currency == "CNY" else "amount_usd"


def org_name(lang: str, alias: str = "o") -> str:
    """SQL for an organisation's display name in `lang` (Chinese name where the warehouse has it)."""
    if lang == "zh":
        return f"coalesce({alias}.name_zh, {alias}.name)"
    return f"{alias}.name"


def event_name(lang: str, alias: str = "e") -> str:
    if lang == "zh":
        return f"coalesce({alias}.name_zh, {alias}.name)"
    return f"{alias}.name"


def event_where(f: Filters, alias: str = "e") -> tuple[str, dict]:
    """WHERE clause (without the keyword) selecting the events the filters allow."""
    a = alias
    clauses: list[str] = []
    params: dict = {}
    known: list[str] = []
    if f.year_min is not None:
        known.append(f"{a}.year >= $y0")
        params["y0"] = f.year_min
    if f.year_max is not None:
        known.append(f"{a}.year <= $y1")
        params["y1"] = f.year_max
    if known:
        cond = " AND ".join(known)
        clauses.append(f"({a}.year IS NULL OR ({cond}))" if f.include_unknown_year
                       else f"({cond})")
    elif not f.include_unknown_year:
        clauses.append(f"{a}.year IS NOT NULL")
    for col, values, name in (("region", f.regions, "regions"),
                              ("country_code", f.countries, "countries"),
                              ("province_code", f.provinces, "provinces"),
                              ("event_type", f.event_types, "types")):
        if values:
            clauses.append(f"list_contains(${name}, {a}.{col})")
            params[name] = list(values)
    org: list[str] = []
    if f.org_types:
        org.append("list_contains($org_types, o.org_type)")
        params["org_types"] = list(f.org_types)
    if f.roles:
        org.append("list_contains($roles, eo.role)")
        params["roles"] = list(f.roles)
    if f.org_search.strip():
        org.append("(contains(lower(o.name), $org_q) OR contains(lower(coalesce(o.name_zh, '')),"
                   " $org_q) OR lower(coalesce(o.acronym, '')) = $org_q)")
        params["org_q"] = f.org_search.strip().lower()
    if org:
        # An uncorrelated semi-join: the matching organisations (a small table) are found
        # first, then their event ids, instead of one probe per event.
        clauses.append(
            f"{a}.event_id IN (SELECT eo.event_id FROM event_organizations eo "
            "JOIN organizations o USING (org_id) WHERE " + " AND ".join(org) + ")")
    return (" AND ".join(clauses) or "TRUE"), params


def _fe(f: Filters, cols: str = "e.*") -> tuple[str, dict]:
    """CTE `fe`: the filtered events, with only `cols` when the CTE is read more than once
    (DuckDB then materialises it, and `e.*` would copy every evidence string)."""
    where, params = event_where(f)
    return f"fe AS (SELECT {cols} FROM events e WHERE {where})", params


def _in_fe(f: Filters, col: str = "event_id") -> str:
    """Condition restricting a fact table's rows to the filtered events. With no event filter
    every row counts: the ETL writes no fact without its event, and a semi-join against all
    events would cost as much as the aggregation itself (5M organisation rows at 1M events)."""
    if not f.restricts_events():
        return "TRUE"
    return f"{col} IN (SELECT event_id FROM fe)"


def _amount_scope(include_stats: bool) -> str:
    return "TRUE" if include_stats else "a.scope = 'event'"


def _fa(f: Filters, include_stats: bool = True) -> tuple[str, dict]:
    """CTEs `fe` and `fa`: filtered events, and the amounts of their events or documents
    (an amount without an event counts when its document is a filtered event's, or, with no
    event filter, always)."""
    fe, params = _fe(f, "e.event_id, e.doc_id, e.year")
    loose = ("a.doc_id IN (SELECT doc_id FROM fe)" if f.restricts_events()
             else "a.doc_id IS NOT NULL")
    fa = ("fa AS (SELECT a.*, coalesce(a.reference_year, e.year, year(a.fx_date)) AS year "
          "FROM amounts a "
          "LEFT JOIN fe e ON e.event_id = a.event_id "
          f"WHERE (e.event_id IS NOT NULL OR (a.event_id IS NULL AND {loose})) "
          f"AND {_amount_scope(include_stats)})")
    return f"{fe}, {fa}", params


# ---- options for the filter widgets -------------------------------------------------------

def event_count() -> Query:
    return Query("SELECT count(*) AS n FROM events")


def year_bounds() -> Query:
    return Query("SELECT min(year) AS lo, max(year) AS hi FROM events")


def region_options() -> Query:
    return Query("SELECT DISTINCT region FROM events WHERE region IS NOT NULL ORDER BY 1")


def country_options(regions: tuple[str, ...]) -> Query:
    where = "list_contains($regions, region)" if regions else "TRUE"
    params = {"regions": list(regions)} if regions else {}
    return Query("SELECT country_code, any_value(country) AS country FROM events "
                 f"WHERE country_code IS NOT NULL AND {where} GROUP BY 1 ORDER BY 1", params)


def province_options(regions: tuple[str, ...], countries: tuple[str, ...]) -> Query:
    clauses, params = ["province_code IS NOT NULL"], {}
    if regions:
        clauses.append("list_contains($regions, region)")
        params["regions"] = list(regions)
    if countries:
        clauses.append("list_contains($countries, country_code)")
        params["countries"] = list(countries)
    return Query("SELECT province_code, any_value(province) AS province FROM events "
                 f"WHERE {' AND '.join(clauses)} GROUP BY 1 ORDER BY 1", params)


# ---- overview and time ----------------------------------------------------------------------

def kpis(f: Filters) -> Query:
    """Headline counts: one scan of the events, one distinct count per fact table."""
    fe, params = _fe(f, "e.event_id, e.country_code, e.attendance")
    col = _amount_col(f.currency)
    in_fe = _in_fe(f)
    return Query(
        f"WITH {fe}, ev AS (SELECT count(*) AS events, count(DISTINCT country_code) AS "
        "countries, sum(attendance) AS attendance FROM fe) "
        "SELECT ev.events, ev.countries, "
        f"(SELECT count(DISTINCT org_id) FROM event_organizations WHERE {in_fe}) "
        "AS organisations, "
        f"(SELECT count(DISTINCT person_id) FROM event_people WHERE {in_fe}) AS people, "
        f"ev.attendance, (SELECT sum({col}) FROM amounts WHERE metric = 'contract_value' "
        f"AND scope = 'event' AND event_id IS NOT NULL AND {in_fe}) AS contract_value "
        "FROM ev", params)


def events_by_year_type(f: Filters) -> Query:
    fe, params = _fe(f)
    return Query(f"WITH {fe} SELECT year, event_type, count(*) AS events FROM fe "
                 "GROUP BY ALL ORDER BY year NULLS LAST, event_type", params)


def events_by_month(f: Filters) -> Query:
    fe, params = _fe(f)
    return Query(f"WITH {fe} SELECT strftime(start_date, '%Y-%m') AS month, count(*) AS events "
                 f"FROM fe WHERE start_date IS NOT NULL AND date_precision IN {DATED} "
                 "GROUP BY 1 ORDER BY 1", params)


def events_by_region(f: Filters) -> Query:
    fe, params = _fe(f)
    return Query(f"WITH {fe} SELECT region, count(*) AS events FROM fe "
                 "GROUP BY 1 ORDER BY events DESC, region NULLS LAST", params)


_EVENT_COLS = ("e.event_id, {name} AS name, e.event_type, e.start_date, e.year, "
               "e.city, e.province_code, e.province, e.country_code, e.country, e.attendance, "
               "d.source_path, d.title AS source_title")


_TOP_COLS = ("e.event_id, e.name, e.name_zh, e.event_type, e.start_date, e.year, e.city, "
             "e.province_code, e.province, e.country_code, e.country, e.attendance, e.doc_id")


def _event_page(f: Filters, order: str, limit: int, offset: int = 0) -> Query:
    """One sorted page of the filtered events; the documents are joined to that page only."""
    fe, params = _fe(f)
    cols = _EVENT_COLS.format(name=event_name(f.lang))
    return Query(f"WITH {fe}, top AS (SELECT {_TOP_COLS} FROM fe e ORDER BY {order} "
                 f"LIMIT $limit OFFSET $offset) SELECT {cols} FROM top e "
                 f"LEFT JOIN documents d USING (doc_id) ORDER BY {order}",
                 {**params, "limit": int(limit), "offset": int(offset)})


def latest_events(f: Filters, limit: int = 10) -> Query:
    return _event_page(f, "e.start_date DESC NULLS LAST, e.year DESC NULLS LAST, e.event_id",
                       limit)


def event_list(f: Filters, limit: int = 500, offset: int = 0) -> Query:
    return _event_page(f, "e.year NULLS LAST, e.start_date NULLS LAST, e.event_id", limit,
                       offset)


def event_choices(f: Filters, limit: int = 2000) -> Query:
    fe, params = _fe(f)
    return Query(f"WITH {fe} SELECT event_id, {event_name(f.lang)} AS name, year FROM fe e "
                 "ORDER BY year DESC NULLS LAST, name, event_id LIMIT $limit",
                 {**params, "limit": int(limit)})


# ---- regions ---------------------------------------------------------------------------------

def events_by_country(f: Filters) -> Query:
    fe, params = _fe(f)
    return Query(f"WITH {fe} SELECT country_code, any_value(country) AS country, "
                 "count(*) AS events FROM fe WHERE country_code IS NOT NULL "
                 "GROUP BY 1 ORDER BY events DESC, 1", params)


def events_by_province(f: Filters) -> Query:
    fe, params = _fe(f)
    return Query(f"WITH {fe} SELECT province_code, any_value(province) AS province, "
                 "count(*) AS events FROM fe WHERE province_code IS NOT NULL "
                 "GROUP BY 1 ORDER BY events DESC, 1", params)


def events_by_city(f: Filters) -> Query:
    fe, params = _fe(f)
    return Query(f"WITH {fe} SELECT city, country_code, any_value(province_code) AS "
                 "province_code, count(*) AS events FROM fe WHERE city IS NOT NULL "
                 "GROUP BY 1, 2 ORDER BY events DESC, 1", params)


def participation_scope(f: Filters) -> Query:
    """Per event: 'international' when a participant country or an organisation is foreign."""
    fe, params = _fe(f, "e.event_id, e.country_code")
    # Places are reduced to one flag per event before meeting the (large) event side again.
    return Query(
        f"WITH {fe}, places AS ("
        " SELECT m.event_id, m.category AS cc FROM participant_mix m"
        " WHERE m.dimension = 'country' AND m.category IS NOT NULL"
        " UNION ALL SELECT eo.event_id, o.country_code FROM event_organizations eo"
        " JOIN organizations o USING (org_id) WHERE o.country_code IS NOT NULL),"
        " flags AS (SELECT p.event_id, bool_or(p.cc <> fe.country_code) AS foreign"
        "  FROM places p JOIN fe USING (event_id) WHERE fe.country_code IS NOT NULL"
        "  GROUP BY p.event_id)"
        " SELECT CASE WHEN fe.country_code IS NULL OR fl.event_id IS NULL THEN 'unknown'"
        "  WHEN fl.foreign THEN 'international' ELSE 'domestic' END AS participation,"
        " count(*) AS events FROM fe LEFT JOIN flags fl USING (event_id) GROUP BY 1 ORDER BY 1",
        params)


# ---- institutions and people ----------------------------------------------------------------

def orgs_by_type_role(f: Filters) -> Query:
    fe, params = _fe(f, "e.event_id")
    return Query(f"WITH {fe}, x AS (SELECT DISTINCT org_id, role FROM event_organizations "
                 f"WHERE {_in_fe(f)}) SELECT o.org_type, x.role, count(DISTINCT o.org_id) AS "
                 "organisations FROM x JOIN organizations o USING (org_id) "
                 "GROUP BY ALL ORDER BY ALL", params)


def top_organisers(f: Filters, limit: int = 15) -> Query:
    fe, params = _fe(f, "e.event_id")
    return Query(f"WITH {fe}, n AS (SELECT org_id, count(DISTINCT event_id) AS events "
                 f"FROM event_organizations WHERE role IN {ORGANISER_ROLES} AND {_in_fe(f)} "
                 f"GROUP BY org_id) SELECT o.org_id, {org_name(f.lang)} AS name, o.org_type, "
                 "o.country_code, n.events FROM n JOIN organizations o USING (org_id) "
                 "ORDER BY events DESC, name LIMIT $limit",
                 {**params, "limit": int(limit)})


def org_origin(f: Filters) -> Query:
    """Event-organisation pairs by role, split by whether the org is from the event's country."""
    fe, params = _fe(f, "e.event_id, e.country_code")
    return Query(f"WITH {fe} SELECT eo.role, CASE WHEN o.country_code IS NULL OR "
                 "fe.country_code IS NULL THEN 'unknown' WHEN o.country_code = fe.country_code "
                 "THEN 'domestic' ELSE 'foreign' END AS origin, count(*) AS organisations "
                 "FROM event_organizations eo JOIN organizations o USING (org_id) "
                 "JOIN fe USING (event_id) GROUP BY ALL ORDER BY ALL", params)


def co_organisation_edges(f: Filters, limit: int = 60) -> Query:
    """Pairs of organisations sharing an organising role at the same event, strongest first.

    The pair self-join grows with the square of the organisations per event, so it runs on
    small integers: `oid` follows org_id order (for the a < b orientation) and `k` numbers the
    distinct (display name, type) that the pairs are grouped by; names are joined to the
    counted pairs only.
    """
    fe, params = _fe(f, "e.event_id")
    roles = ORGANISER_ROLES + ("supporter", "partner")
    name = org_name(f.lang)
    return Query(
        f"WITH {fe}, eo AS (SELECT DISTINCT event_id, org_id FROM event_organizations "
        f" WHERE role IN {roles} AND {_in_fe(f)}), "
        f"ok AS (SELECT o.org_id, {name} AS name, o.org_type, "
        " row_number() OVER (ORDER BY o.org_id) AS oid, "
        f" dense_rank() OVER (ORDER BY {name}, o.org_type) AS k FROM organizations o), "
        "ek AS (SELECT eo.event_id, ok.oid, ok.k FROM eo JOIN ok USING (org_id)), "
        "pairs AS (SELECT a.k AS ka, b.k AS kb, count(*) AS events FROM ek a JOIN ek b "
        " ON a.event_id = b.event_id AND a.oid < b.oid GROUP BY ALL), "
        "names AS (SELECT k, any_value(name) AS name, any_value(org_type) AS org_type "
        " FROM ok GROUP BY k) "
        "SELECT na.name AS source, nb.name AS target, na.org_type AS source_type, "
        "nb.org_type AS target_type, p.events FROM pairs p JOIN names na ON na.k = p.ka "
        "JOIN names nb ON nb.k = p.kb ORDER BY events DESC, source, target LIMIT $limit",
        {**params, "limit": int(limit)})


def people_list(f: Filters, limit: int = 1000) -> Query:
    """The first `limit` (event, person) rows, newest events first. The events that can appear
    are found first on the ids alone, so names, titles and evidence are read for them only."""
    fe, params = _fe(f, "e.event_id, e.year, e.name, e.name_zh")
    return Query(f"WITH {fe}, ev AS (SELECT DISTINCT event_id FROM (SELECT ep.event_id "
                 "FROM event_people ep JOIN people p USING (person_id) JOIN fe e "
                 "USING (event_id) ORDER BY e.year DESC NULLS LAST, e.event_id LIMIT $limit)) "
                 f"SELECT p.name, p.title, {org_name(f.lang)} AS organisation, "
                 "o.org_type, o.country_code, ep.role, e.event_id, "
                 f"{event_name(f.lang)} AS event, ep.evidence FROM event_people ep "
                 "JOIN people p USING (person_id) JOIN fe e USING (event_id) "
                 "LEFT JOIN organizations o ON o.org_id = p.org_id "
                 "WHERE ep.event_id IN (SELECT event_id FROM ev) "
                 "ORDER BY e.year DESC NULLS LAST, e.event_id, ep.role, p.name LIMIT $limit",
                 {**params, "limit": int(limit)})


# ---- participant mix ------------------------------------------------------------------------

_SHARES = ("m.dimension = 'institution_type' AND m.basis IN ('reported', 'derived') "
           "AND m.share IS NOT NULL")


def mix_per_event(f: Filters, limit_events: int = 40) -> Query:
    """Institution-type shares of each event that reports or allows deriving them."""
    fe, params = _fe(f, "e.event_id, e.year, e.name, e.name_zh")
    return Query(
        f"WITH {fe}, ev AS (SELECT DISTINCT m.event_id FROM participant_mix m WHERE {_SHARES} "
        f"AND {_in_fe(f, 'm.event_id')} ORDER BY m.event_id LIMIT $limit) "
        f"SELECT m.event_id, {event_name(f.lang)} AS event, e.year, m.category, m.share, "
        "m.count, m.basis, m.evidence FROM participant_mix m JOIN ev USING (event_id) "
        f"JOIN fe e USING (event_id) WHERE {_SHARES} "
        "ORDER BY e.year NULLS LAST, m.event_id, m.category",
        {**params, "limit": int(limit_events)})


def mix_per_year(f: Filters) -> Query:
    """Mean share of each institution type per year over the events that report shares."""
    fe, params = _fe(f)
    return Query(
        f"WITH {fe}, m AS (SELECT m.event_id, m.category, m.share, m.basis, e.year "
        "FROM participant_mix m JOIN fe e USING (event_id) WHERE m.dimension = "
        "'institution_type' AND m.basis IN ('reported', 'derived') AND m.share IS NOT NULL), "
        "n AS (SELECT year, count(DISTINCT event_id) AS n FROM m GROUP BY year) "
        "SELECT m.year, m.category, sum(m.share) / any_value(n.n) AS share, "
        "any_value(n.n) AS events, string_agg(DISTINCT m.basis, '+' ORDER BY m.basis) AS basis "
        "FROM m JOIN n ON n.year IS NOT DISTINCT FROM m.year GROUP BY m.year, m.category "
        "ORDER BY m.year NULLS LAST, m.category", params)


def mix_by_basis(f: Filters, dimensions: tuple[str, ...] = ("institution_type",)) -> Query:
    """How many events name each category, per basis (reported / derived / listed / speakers)."""
    fe, params = _fe(f, "e.event_id")
    dims = [d for d in dimensions if d in ("institution_type", "country", "province")]
    return Query(f"WITH {fe} SELECT m.dimension, m.category, m.basis, "
                 "count(DISTINCT m.event_id) AS events, sum(m.count) AS participants "
                 "FROM participant_mix m WHERE list_contains($dims, m.dimension) "
                 f"AND {_in_fe(f, 'm.event_id')} "
                 "GROUP BY ALL ORDER BY events DESC, m.dimension, m.category, m.basis",
                 {**params, "dims": dims})


def speakers_by_type_country(f: Filters) -> Query:
    fe, params = _fe(f, "e.event_id")
    return Query(f"WITH {fe}, s AS (SELECT DISTINCT person_id FROM event_people "
                 f"WHERE role = 'speaker' AND {_in_fe(f)}) "
                 "SELECT coalesce(o.org_type, 'unknown') AS org_type, "
                 "coalesce(o.country_code, 'unknown') AS country_code, "
                 "count(DISTINCT s.person_id) AS speakers FROM s "
                 "JOIN people p USING (person_id) LEFT JOIN organizations o "
                 "ON o.org_id = p.org_id GROUP BY ALL "
                 "ORDER BY speakers DESC, org_type, country_code", params)


# ---- contract values ------------------------------------------------------------------------

def amounts_by_year(f: Filters, include_stats: bool = False) -> Query:
    fa, params = _fa(f, include_stats)
    col = _amount_col(f.currency)
    return Query(f"WITH {fa} SELECT year, metric, scope, sum({col}) AS total, "
                 f"count(*) AS amounts, count(*) - count({col}) AS unconverted FROM fa "
                 "GROUP BY ALL ORDER BY year NULLS LAST, metric, scope", params)


def amounts_list(f: Filters, include_stats: bool = False, limit: int = 1000) -> Query:
    """The largest amounts, newest first; event names are read for the listed rows only."""
    fa, params = _fa(f, include_stats)
    col = _amount_col(f.currency)
    order = "year DESC NULLS LAST, converted DESC NULLS LAST, amount_id"
    return Query(f"WITH {fa}, top AS (SELECT event_id, year, metric, scope, "
                 f"{col} AS converted, amount AS original, currency, qualifier, "
                 "fx_rate_to_usd, fx_basis, fx_date, surface, evidence, doc_id, amount_id "
                 f"FROM fa ORDER BY {order} LIMIT $limit) "
                 f"SELECT t.event_id, {event_name(f.lang)} AS event, t.year, t.metric, t.scope, "
                 "t.converted, t.original, t.currency, t.qualifier, t.fx_rate_to_usd, "
                 "t.fx_basis, t.fx_date, t.surface, t.evidence, t.doc_id FROM top t "
                 "LEFT JOIN events e ON e.event_id = t.event_id "
                 f"ORDER BY t.{order.replace(', ', ', t.')}", {**params, "limit": int(limit)})


# ---- data explorer --------------------------------------------------------------------------

def table_columns(table: str) -> tuple[str, ...]:
    declared = tuple(TABLES[table].schema.names)
    return declared + tuple(c for c, _ in EXTRA_COLUMNS.get(table, ()) if c not in declared)


def _explorer_from(table: str, f: Filters) -> tuple[str, dict]:
    """FROM/WHERE restricting `table` to the rows related to the filtered events."""
    fe, params = _fe(f) if table == "events" else _fe(f, "e.event_id, e.doc_id, e.source_doc_ids")
    ev = "(SELECT event_id FROM fe)"
    if not f.restricts_events() and table in ("documents", "organizations", "people", "amounts"):
        return f"WITH {fe} SELECT {{cols}} FROM {table} t", params
    where = {
        "events": "TRUE",
        "event_organizations": f"t.event_id IN {ev}",
        "event_people": f"t.event_id IN {ev}",
        "participant_mix": f"t.event_id IN {ev}",
        "organizations": f"t.org_id IN (SELECT org_id FROM event_organizations "
                         f"WHERE event_id IN {ev})",
        "people": f"t.person_id IN (SELECT person_id FROM event_people WHERE event_id IN {ev})",
        "documents": "t.doc_id IN (SELECT doc_id FROM fe UNION SELECT unnest(source_doc_ids) "
                     "FROM fe)",
        "amounts": f"(t.event_id IN {ev} OR (t.event_id IS NULL AND t.doc_id IN "
                   "(SELECT doc_id FROM fe)))",
    }[table]
    source = "fe" if table == "events" else table
    return f"WITH {fe} SELECT {{cols}} FROM {source} t WHERE {where}", params


def explorer_rows(table: str, f: Filters, order_by: str | None = None, descending: bool = False,
                  limit: int = 500, offset: int = 0, columns: tuple[str, ...] | None = None
                  ) -> Query:
    """One page of `table` under the filters, sorted server-side (so a download = the page)."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    allowed = table_columns(table)
    cols = [c for c in (columns or allowed) if c in allowed]
    key = list(TABLES[table].key)
    order = ([f'"{order_by}" {"DESC" if descending else "ASC"} NULLS LAST']
             if order_by in allowed else []) + [f'"{k}"' for k in key]
    sql, params = _explorer_from(table, f)
    sql = sql.format(cols=", ".join(f't."{c}"' for c in cols))
    return Query(f"{sql} ORDER BY {', '.join(order)} LIMIT $limit OFFSET $offset",
                 {**params, "limit": int(limit), "offset": int(offset)})


def explorer_count(table: str, f: Filters) -> Query:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    sql, params = _explorer_from(table, f)
    return Query(f"SELECT count(*) AS n FROM ({sql.format(cols='1 AS one')})", params)


# ---- sources and data quality ---------------------------------------------------------------

def document_search(text: str, status: tuple[str, ...] = (), limit: int = 200) -> Query:
    clauses, params = [], {"limit": int(limit)}
    q = text.strip().lower()
    if q:
        # ILIKE is several times faster than lower() over every text; the user's % _ and \
        # are escaped so that they match themselves (the ESCAPE form is slower: only then).
        special = any(c in q for c in "%_\\")
        pattern = "%" + re.sub(r"([%_\\])", r"\\\1", q) + "%" if special else f"%{q}%"
        esc = " ESCAPE '\\'" if special else ""
        clauses.append(f"(d.text ILIKE $q{esc} OR d.title ILIKE $q{esc} OR "
                       f"d.source_path ILIKE $q{esc})")
        params["q"] = pattern
    if status:
        clauses.append("list_contains($status, d.status)")
        params["status"] = list(status)
    where = " AND ".join(clauses) or "TRUE"
    # Events are counted for the page of documents only, not grouped over every event.
    return Query("WITH d AS (SELECT d.doc_id, d.source_path, d.title, d.language, d.status, "
                 f"d.error, d.duplicate_of, d.n_chars FROM documents d WHERE {where} "
                 "ORDER BY d.source_path LIMIT $limit), n AS (SELECT doc_id, count(*) AS events "
                 "FROM events WHERE doc_id IN (SELECT doc_id FROM d) GROUP BY doc_id) "
                 "SELECT d.*, coalesce(n.events, 0) AS events FROM d LEFT JOIN n USING (doc_id) "
                 "ORDER BY d.source_path", params)


def document_text(doc_id: str) -> Query:
    return Query("SELECT doc_id, source_path, title, status, error, text FROM documents "
                 "WHERE doc_id = $doc", {"doc": doc_id})


def document_facts(doc_id: str) -> Query:
    """Every extracted fact of one document with the sentence it came from."""
    ev = "(SELECT event_id FROM events WHERE doc_id = $doc)"
    return Query(
        "SELECT 'event' AS fact, name AS value, evidence, event_id FROM events WHERE doc_id = $doc "
        "UNION ALL SELECT 'organisation: ' || eo.role, o.name, eo.evidence, eo.event_id "
        "FROM event_organizations eo JOIN organizations o USING (org_id) "
        f"WHERE eo.event_id IN {ev} "
        "UNION ALL SELECT 'person: ' || ep.role, p.name, ep.evidence, ep.event_id "
        f"FROM event_people ep JOIN people p USING (person_id) WHERE ep.event_id IN {ev} "
        "UNION ALL SELECT 'mix: ' || m.dimension, m.category || coalesce(' ' || "
        "round(m.share * 100, 1) || '%', '') || coalesce(' n=' || m.count, ''), m.evidence, "
        f"m.event_id FROM participant_mix m WHERE m.event_id IN {ev} "
        "UNION ALL SELECT 'amount: ' || a.metric, a.surface, a.evidence, a.event_id "
        "FROM amounts a WHERE a.doc_id = $doc", {"doc": doc_id})


def data_quality() -> Query:
    return Query(
        "SELECT (SELECT count(*) FROM events WHERE year IS NULL) AS unknown_year, "
        "(SELECT count(*) FROM events WHERE country_code IS NULL) AS unresolved_country, "
        "(SELECT count(*) FROM events WHERE city IS NULL) AS unresolved_city, "
        "(SELECT count(*) FROM organizations WHERE org_type = 'other' OR country_code IS NULL)"
        " AS unresolved_org, "
        "(SELECT count(*) FROM events WHERE year_source = 'curated') AS curated, "
        "(SELECT count(*) FROM documents WHERE status = 'quarantined') AS quarantined")


# ---- one event ------------------------------------------------------------------------------

def event_detail(event_id: str) -> Query:
    return Query("SELECT e.*, d.source_path, d.title AS source_title FROM events e "
                 "LEFT JOIN documents d USING (doc_id) WHERE e.event_id = $id", {"id": event_id})


def event_organisations(event_id: str, lang: str = "en") -> Query:
    return Query(f"SELECT eo.role, {org_name(lang)} AS name, o.acronym, o.org_type, "
                 "o.country_code, eo.evidence FROM event_organizations eo "
                 "JOIN organizations o USING (org_id) WHERE eo.event_id = $id "
                 "ORDER BY eo.role, name", {"id": event_id})


def event_people(event_id: str, lang: str = "en") -> Query:
    return Query(f"SELECT ep.role, p.name, p.title, {org_name(lang)} AS organisation, "
                 "ep.evidence FROM event_people ep JOIN people p USING (person_id) "
                 "LEFT JOIN organizations o ON o.org_id = p.org_id WHERE ep.event_id = $id "
                 "ORDER BY ep.role, p.name", {"id": event_id})


def event_mix(event_id: str) -> Query:
    return Query("SELECT dimension, category, share, count, basis, evidence FROM participant_mix "
                 "WHERE event_id = $id ORDER BY dimension, basis, category", {"id": event_id})


def event_amounts(event_id: str) -> Query:
    return Query("SELECT metric, scope, surface, amount, currency, amount_usd, amount_cny, "
                 "fx_rate_to_usd, fx_basis, fx_date, qualifier, evidence FROM amounts "
                 "WHERE event_id = $id ORDER BY amount_id", {"id": event_id})


# ---- corrections (the event page's correction form) -----------------------------------------

def event_org_choices(event_id: str) -> Query:
    return Query("SELECT DISTINCT o.org_id, o.name, o.name_zh, o.org_type, o.country_code "
                 "FROM event_organizations eo JOIN organizations o USING (org_id) "
                 "WHERE eo.event_id = $id ORDER BY o.name", {"id": event_id})


def org_names(limit: int = 5000) -> Query:
    return Query("SELECT name FROM organizations WHERE name IS NOT NULL ORDER BY name LIMIT $n",
                 {"n": limit})


def event_amount_choices(event_id: str) -> Query:
    return Query("SELECT amount_id, surface, metric, currency, amount FROM amounts "
                 "WHERE event_id = $id ORDER BY amount_id", {"id": event_id})
