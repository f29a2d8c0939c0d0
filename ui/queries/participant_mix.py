"""Participant mix: reported and derived shares per event and per year, listed types and
places, speakers by institution type and country."""
from __future__ import annotations

from ui.filters import Filters
from ui.queries.where import Query, event_name, mart_where

_SHARES = ("x.dimension = 'institution_type' AND x.basis IN ('reported', 'derived') "
           "AND x.share IS NOT NULL")


def mix_per_event(f: Filters, limit_events: int = 40) -> Query:
    """Institution-type shares of the most recent events that report or allow deriving them."""
    w, params = mart_where(f, "x")
    return _mix_rows(f, f"SELECT x.ek FROM m_mix x WHERE {_SHARES} AND {w} GROUP BY x.ek "
                        "ORDER BY any_value(x.year) DESC NULLS LAST, x.ek LIMIT $limit",
                     {**params, "limit": int(limit_events)})


def mix_year_events(f: Filters, year: int | None, limit_events: int = 500) -> Query:
    """The events behind one bar of `mix_per_year` (year None: the bar of unknown year), each
    with every share it reports or allows deriving: the bar is their mean, an event that does
    not name a category counting as 0 % of it."""
    w, params = mart_where(f, "x")
    same_year = "x.year IS NULL" if year is None else "x.year = $bar_year"
    if year is not None:
        params["bar_year"] = int(year)
    return _mix_rows(f, f"SELECT x.ek FROM m_mix x WHERE {_SHARES} AND {w} AND {same_year} "
                        "GROUP BY x.ek ORDER BY x.ek LIMIT $limit",
                     {**params, "limit": int(limit_events)})


def _mix_rows(f: Filters, events: str, params: dict) -> Query:
    """The shares of the events `events` selects (their `ek`), with names and evidence."""
    return Query(
        f"WITH ev AS ({events}), "
        f"rows AS (SELECT x.ek, e.event_id, {event_name(f.lang)} AS event, e.year, x.dimension, "
        "x.category, x.share, x.count, x.basis FROM m_mix x JOIN ev USING (ek) "
        f"JOIN m_events e USING (ek) WHERE {_SHARES}) "
        "SELECT r.event_id, r.event, r.year, r.category, r.share, r.count, r.basis, m.evidence "
        "FROM rows r LEFT JOIN participant_mix m ON m.event_id = r.event_id "
        "AND m.dimension = r.dimension AND m.category = r.category AND m.basis = r.basis "
        "ORDER BY r.year NULLS LAST, r.ek, r.category", params)


def mix_per_year(f: Filters) -> Query:
    """Mean share of each institution type per year over the events that report shares. (No
    DISTINCT aggregate: the bases of a share row are only 'reported' and 'derived', and each
    event has one year, so the events of a year are its (year, event) groups.)"""
    w, params = mart_where(f, "x")
    return Query(
        f"WITH m AS (SELECT x.ek, x.category, x.share, x.basis, x.year FROM m_mix x "
        f"WHERE {_SHARES} AND {w}), "
        "y AS (SELECT year, category, sum(share) AS total, bool_or(basis = 'derived') AS d, "
        "bool_or(basis = 'reported') AS r FROM m GROUP BY ALL), "
        "n AS (SELECT year, count(*) AS n FROM (SELECT year, ek FROM m GROUP BY ALL) "
        "GROUP BY year) "
        "SELECT y.year, y.category, y.total / n.n AS share, n.n AS events, "
        "concat_ws('+', CASE WHEN y.d THEN 'derived' END, CASE WHEN y.r THEN 'reported' END) "
        "AS basis FROM y JOIN n ON n.year IS NOT DISTINCT FROM y.year "
        "ORDER BY y.year NULLS LAST, y.category", params)


def mix_by_basis(f: Filters, dimensions: tuple[str, ...] = ("institution_type",)) -> Query:
    """How many events name each category, per basis (reported / derived / listed / speakers)."""
    w, params = mart_where(f, "x")
    dims = [d for d in dimensions if d in ("institution_type", "country", "province")]
    # One row per event, dimension, category and basis (the table's grain): count(*) is the
    # number of events.
    return Query("SELECT x.dimension, x.category, x.basis, count(*) AS events, "
                 "sum(x.count) AS participants FROM m_mix x "
                 f"WHERE list_contains($dims, x.dimension) AND {w} "
                 "GROUP BY ALL ORDER BY events DESC, x.dimension, x.category, x.basis",
                 {**params, "dims": dims})


def speakers_by_type_country(f: Filters) -> Query:
    w, params = mart_where(f, "x")
    # GROUP BY, not DISTINCT: DuckDB groups the people on a directly indexed table only then
    return Query(f"WITH s AS (SELECT pk FROM m_event_people x "
                 f"WHERE x.role = 'speaker' AND {w} GROUP BY pk) "
                 "SELECT coalesce(p.org_type, 'unknown') AS org_type, "
                 "coalesce(p.org_country, 'unknown') AS country_code, "
                 "count(*) AS speakers FROM s JOIN m_people p USING (pk) GROUP BY ALL "
                 "ORDER BY speakers DESC, org_type, country_code", params)
