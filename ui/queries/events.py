"""Events counted over time and listed (the overview and events over time): KPIs against
the previous period, events per year, type, quarter, month and region, the event lists."""
from __future__ import annotations

from dataclasses import replace

from ui.filters import Filters
from ui.queries.where import COUNTED, Query, amount_column, event_name, mart_where


def kpis(f: Filters) -> Query:
    """Headline counts: one scan of the events, one per fact table, cross-joined (one row
    each; scalar subqueries cost ~10 % more at 1M events). Distinct organisations and people
    are the groups of a group-by on their integer key (a directly indexed table)."""
    we, params = mart_where(f, "e")
    wx, _ = mart_where(f, "x")
    col = amount_column(f.currency)
    return Query(
        "SELECT ev.events, ev.countries, o.organisations, p.people, ev.attendance, "
        "a.contract_value, a.contract_unconverted FROM "
        "(SELECT count(*) AS events, count(DISTINCT country_code) AS countries, "
        f"sum(attendance) AS attendance FROM m_events e WHERE {we}) ev "
        "CROSS JOIN (SELECT count(*) AS organisations FROM "
        f"(SELECT ok FROM m_event_orgs x WHERE {wx} GROUP BY ok)) o "
        "CROSS JOIN (SELECT count(*) AS people FROM "
        f"(SELECT pk FROM m_event_people x WHERE {wx} GROUP BY pk)) p "
        f"CROSS JOIN (SELECT sum({col}) FILTER (WHERE {COUNTED}) AS contract_value, "
        "count(*) FILTER (WHERE NOT x.dup AND NOT x.converted) AS contract_unconverted "
        "FROM m_amounts x WHERE metric = 'contract_value' AND scope = 'event' "
        f"AND ek IS NOT NULL AND {wx}) a", params)


def previous_period(f: Filters) -> Filters | None:
    """The same filters over the years just before (2021–2022 → 2019–2020), for KPI deltas;
    None without a closed year range."""
    if f.year_min is None or f.year_max is None:
        return None
    span = f.year_max - f.year_min + 1
    return replace(f, year_min=f.year_min - span, year_max=f.year_min - 1,
                   include_unknown_year=False)


def unknown_year_count(f: Filters) -> Query:
    """Events of unknown year under every other filter (shown beside the time charts, whether
    or not the years in force count them)."""
    w, params = mart_where(replace(f, year_min=None, year_max=None, include_unknown_year=True),
                           "e")
    return Query(f"SELECT count(*) AS n FROM m_events e WHERE {w} AND e.year IS NULL", params)


def events_by_period(f: Filters, grain: str) -> Query:
    """Events per month ('2021-04') or quarter ('2021-Q2') where the date gives the month."""
    w, params = mart_where(f, "e")
    period = {"month": "month",
              "quarter": "left(month, 4) || '-Q' || ((CAST(right(month, 2) AS INTEGER) + 2) "
                         "// 3)"}[grain]
    return Query(f"SELECT {period} AS period, count(*) AS events FROM m_events e WHERE {w} "
                 "AND month IS NOT NULL GROUP BY 1 ORDER BY 1", params)


def events_by_year_type(f: Filters) -> Query:
    w, params = mart_where(f, "e")
    return Query(f"SELECT year, event_type, count(*) AS events FROM m_events e WHERE {w} "
                 "GROUP BY ALL ORDER BY year NULLS LAST, event_type", params)


def events_by_month(f: Filters) -> Query:
    """Events per month where the date gives one (day or month precision)."""
    w, params = mart_where(f, "e")
    return Query(f"SELECT month, count(*) AS events FROM m_events e WHERE {w} "
                 "AND month IS NOT NULL GROUP BY 1 ORDER BY 1", params)


def events_by_region(f: Filters) -> Query:
    w, params = mart_where(f, "e")
    return Query(f"SELECT region, count(*) AS events FROM m_events e WHERE {w} "
                 "GROUP BY 1 ORDER BY events DESC, region NULLS LAST", params)


def _event_page(f: Filters, order: str, limit: int, offset: int = 0) -> Query:
    """One sorted page of the filtered events (with their main document's path and title)."""
    w, params = mart_where(f, "e")
    return Query(f"SELECT e.event_id, {event_name(f.lang)} AS name, e.event_type, e.start_date, "
                 "e.year, e.city, e.province_code, e.province, e.country_code, e.country, "
                 "e.attendance, e.source_path, e.source_title FROM m_events e "
                 f"WHERE {w} ORDER BY {order} LIMIT $limit OFFSET $offset",
                 {**params, "limit": int(limit), "offset": int(offset)})


# `ek` follows event_id order, so it is the id tie-break at integer cost.
def latest_events(f: Filters, limit: int = 10) -> Query:
    """Newest first by year (an event known only by its year ranks with that year), then by
    date within the year."""
    return _event_page(f, "e.year DESC NULLS LAST, e.start_date DESC NULLS LAST, e.ek", limit)


def event_list(f: Filters, limit: int = 500, offset: int = 0) -> Query:
    return _event_page(f, "e.year NULLS LAST, e.start_date NULLS LAST, e.ek", limit, offset)


def event_choices(f: Filters, limit: int = 2000) -> Query:
    w, params = mart_where(f, "e")
    return Query(f"SELECT event_id, {event_name(f.lang)} AS name, year FROM m_events e "
                 f"WHERE {w} ORDER BY year DESC NULLS LAST, name, ek LIMIT $limit",
                 {**params, "limit": int(limit)})
