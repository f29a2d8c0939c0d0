"""The data explorer: every table restricted to the rows of the filtered events, one sorted
page at a time, and the row counts."""
from __future__ import annotations

from etl.schema import TABLES
from ui.filters import Filters
from ui.queries.where import EXTRA_COLUMNS, Query, event_where, mart_where


def _fe(f: Filters, cols: str = "e.*") -> tuple[str, dict]:
    """CTE `fe`: the filtered events of the contract table (the data explorer's rows)."""
    where, params = event_where(f)
    return f"fe AS (SELECT {cols} FROM events e WHERE {where})", params


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


# Tables whose rows the explorer pages through on the marts when sorted by their first key
# column (the default): the page's keys, in key order, then those rows of the table. The
# tables are sorted by that column, so only the row groups holding the page are read.
# table → (mart, its key columns in the table's key order, joins giving the table's ids)
_KEY_PAGES = {
    "events": ("m_events", ("ek",), "SELECT x.event_id FROM x"),
    "event_organizations": ("m_event_orgs", ("ek", "ok", "role"),
                            "SELECT e.event_id, o.org_id, x.role FROM x "
                            "JOIN m_events e USING (ek) JOIN m_orgs o USING (ok)"),
    "event_people": ("m_event_people", ("ek", "pk", "role"),
                     "SELECT e.event_id, p.person_id, x.role FROM x "
                     "JOIN m_events e USING (ek) JOIN m_people p USING (pk)"),
    "participant_mix": ("m_mix", ("ek", "dimension", "category", "basis"),
                        "SELECT e.event_id, x.dimension, x.category, x.basis FROM x "
                        "JOIN m_events e USING (ek)"),
}


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
    page = {"limit": int(limit), "offset": int(offset)}
    selected = ", ".join(f't."{c}"' for c in cols)
    if table in _KEY_PAGES and order_by in (None, key[0]):
        mart, mkey, ids = _KEY_PAGES[table]
        w, params = mart_where(f, "x")
        direction = "DESC" if descending and order_by else "ASC"
        morder = ", ".join([f"x.{mkey[0]} {direction}", *(f"x.{k}" for k in mkey[1:])])
        using = ", ".join(f'"{k}"' for k in key)
        # Explicit bounds: DuckDB skips row groups on them, not on a join with the page.
        first = f'"{key[0]}"'
        bounds = (f"{first} BETWEEN (SELECT min({first}) FROM page) "
                  f"AND (SELECT max({first}) FROM page)")
        return Query(f"WITH x AS (SELECT x.* FROM {mart} x WHERE {w} ORDER BY {morder} "
                     f"LIMIT $limit OFFSET $offset), page AS MATERIALIZED ({ids}) "
                     f"SELECT {selected} FROM (SELECT * FROM {table} WHERE {bounds}) t "
                     f"JOIN page USING ({using}) ORDER BY {', '.join(order)}",
                     {**params, **page})
    sql, params = _explorer_from(table, f)
    sql = sql.format(cols=selected)
    return Query(f"{sql} ORDER BY {', '.join(order)} LIMIT $limit OFFSET $offset",
                 {**params, **page})


# How many rows of each table relate to the filtered events, on the marts: (mart, count).
_EXPLORER_COUNTS = {
    "documents": ("m_event_docs", "count(DISTINCT x.dk)"),
    "events": ("m_events", "count(*)"),
    "organizations": ("m_event_orgs", "count(DISTINCT x.ok)"),
    "event_organizations": ("m_event_orgs", "count(*)"),
    "people": ("m_event_people", "count(DISTINCT x.pk)"),
    "event_people": ("m_event_people", "count(*)"),
    "participant_mix": ("m_mix", "count(*)"),
    "amounts": ("m_amounts", "count(*)"),
}


def explorer_counts(f: Filters, tables: tuple[str, ...] = tuple(TABLES)) -> Query:
    """One row: the number of rows of each of `tables` under the filters (a column per table).
    Without a filter, the tables' own row counts (Parquet metadata); with one, counted on the
    marts, one scan per mart."""
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table {unknown[0]!r}")
    if not f.restricts_events():
        return Query("SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {t}"
                                           for t in tables))
    params: dict = {}
    by_mart: dict[str, list[str]] = {}
    for table in tables:
        mart, agg = _EXPLORER_COUNTS[table]
        by_mart.setdefault(mart, []).append(f"{agg} AS {table}")
    parts = []
    for mart, aggs in by_mart.items():
        key = "fk" if mart == "m_amounts" else "ek"
        w, params = mart_where(f, "x", key=key)
        extra = " AND x.fk IS NOT NULL" if mart == "m_amounts" else ""
        parts.append(f"(SELECT {', '.join(aggs)} FROM {mart} x WHERE {w}{extra})")
    joined = " CROSS JOIN ".join(f"{p} AS c{i}" for i, p in enumerate(parts))
    return Query(f"SELECT {', '.join(tables)} FROM {joined}", params)


def explorer_count(table: str, f: Filters) -> Query:
    counts = explorer_counts(f, (table,))
    return Query(f"SELECT {table} AS n FROM ({counts.sql})", counts.params)
