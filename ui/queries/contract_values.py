"""Contract values: amounts by year, metric and scope in USD or CNY, what the totals
cover, the amounts listed with their original currency and FX basis."""
from __future__ import annotations

from dataclasses import replace

from ui.drill import AmountBar
from ui.filters import Filters
from ui.queries.where import Query, amount_column, event_name, mart_where


def _amounts_where(f: Filters, include_stats: bool,
                   metrics: tuple[str, ...] | None = None) -> tuple[str, dict]:
    """The amounts of the filtered events, in the years the filters allow (an amount's own
    year: its reference year, else its event's); one without an event follows its document's
    event (`fk`), and with no event filter every amount counts."""
    clauses = ["TRUE" if include_stats else "x.scope = 'event'"]
    params: dict = {}
    if metrics:
        clauses.append("list_contains($metrics, x.metric)")
        params["metrics"] = list(metrics)
    years = replace(f, year_min=None, year_max=None, include_unknown_year=None)
    if years.restricts_events():
        w, p = mart_where(years, "x", key="fk")
        clauses += ["x.fk IS NOT NULL", w]
        params |= p
    known = []
    if f.year_min is not None:
        known.append("x.amount_year >= $ay0")
        params["ay0"] = f.year_min
    if f.year_max is not None:
        known.append("x.amount_year <= $ay1")
        params["ay1"] = f.year_max
    cond = " AND ".join(known)
    if known:
        clauses.append(f"(x.amount_year IS NULL OR ({cond}))" if f.unknown_included()
                       else f"({cond})")
    elif not f.unknown_included():
        clauses.append("x.amount_year IS NOT NULL")
    return " AND ".join(clauses), params


def amounts_by_year(f: Filters, include_stats: bool = False,
                    metrics: tuple[str, ...] | None = None) -> Query:
    """Per year, metric and scope: the total of the counted amounts (each figure once, both
    currencies known), how many amounts there are and how many were left out unconverted."""
    w, params = _amounts_where(f, include_stats, metrics)
    col = amount_column(f.currency)
    return Query(f"SELECT amount_year AS year, metric, scope, "
                 f"sum({col}) FILTER (WHERE x.converted) AS total, count(*) AS amounts, "
                 "count(*) FILTER (WHERE NOT x.converted) AS unconverted "
                 f"FROM m_amounts x WHERE NOT x.dup AND {w} GROUP BY ALL "
                 "ORDER BY year NULLS LAST, metric, scope", params)


def amounts_coverage(f: Filters, include_stats: bool = False,
                     metrics: tuple[str, ...] | None = None) -> Query:
    """What a total covers: amounts counted, left out for want of a year to take a rate from,
    left out for want of a rate in that year, and repeats counted once."""
    w, params = _amounts_where(f, include_stats, metrics)
    return Query("SELECT count(*) FILTER (WHERE NOT x.dup AND x.converted) AS counted, "
                 "count(*) FILTER (WHERE NOT x.dup AND NOT x.converted AND x.fx_date IS NULL "
                 "AND x.amount_year IS NULL) AS no_year, "
                 "count(*) FILTER (WHERE NOT x.dup AND NOT x.converted AND NOT "
                 "(x.fx_date IS NULL AND x.amount_year IS NULL)) AS no_rate, "
                 "count(*) FILTER (WHERE x.dup) AS repeats, "
                 "string_agg(DISTINCT x.currency, ', ' ORDER BY x.currency) FILTER (WHERE NOT "
                 "x.dup AND NOT x.converted) AS unconverted_currencies "
                 f"FROM m_amounts x WHERE {w}", params)


def amount_metrics(f: Filters, include_stats: bool = False) -> Query:
    """The metrics among the filtered amounts, contract value first, then by how many."""
    w, params = _amounts_where(f, include_stats)
    return Query(f"SELECT metric, count(*) AS amounts FROM m_amounts x WHERE NOT x.dup AND {w} "
                 "GROUP BY 1 ORDER BY metric <> 'contract_value', amounts DESC, metric", params)


def amounts_list(f: Filters, include_stats: bool = False, limit: int = 1000,
                 metrics: tuple[str, ...] | None = None) -> Query:
    """The amounts (each figure once), newest first, largest first; `converted` is the value
    in the chosen currency when it enters the totals (else blank, with the original beside
    it). Event names, surfaces and evidence are read for the listed rows only."""
    w, params = _amounts_where(f, include_stats, metrics)
    return _amount_rows(f, w, {**params, "limit": int(limit)})


def amounts_in_bar(f: Filters, bar: AmountBar, include_stats: bool = False,
                   limit: int = 1000) -> Query:
    """The amounts behind one bar of `amounts_by_year` (its year, metric and scope): the ones
    with a value in the chosen currency make its total; the others are listed with it, blank
    where they were left out."""
    w, params = _amounts_where(f, include_stats, (bar.metric,))
    return _amount_rows(f, f"{w} AND x.amount_year = $bar_year AND x.scope = $bar_scope",
                        {**params, "bar_year": int(bar.year), "bar_scope": bar.scope,
                         "limit": int(limit)})


def _amount_rows(f: Filters, w: str, params: dict) -> Query:
    col = amount_column(f.currency)
    order = "year DESC NULLS LAST, converted DESC NULLS LAST, amount_id"
    return Query(
        "WITH top AS (SELECT x.ek, x.amount_year AS year, x.metric, x.scope, "
        f"CASE WHEN x.converted THEN x.{col} END AS converted, x.amount AS original, "
        "x.currency, x.qualifier, x.fx_rate_to_usd, x.fx_basis, x.fx_date, x.doc_id, "
        f"x.amount_id FROM m_amounts x WHERE NOT x.dup AND {w} ORDER BY {order} LIMIT $limit) "
        f"SELECT e.event_id, {event_name(f.lang)} AS event, t.year, t.metric, t.scope, "
        "t.converted, t.original, t.currency, t.qualifier, t.fx_rate_to_usd, t.fx_basis, "
        "t.fx_date, a.surface, a.evidence, t.doc_id FROM top t "
        "LEFT JOIN m_events e USING (ek) LEFT JOIN amounts a USING (amount_id) "
        f"ORDER BY t.{order.replace(', ', ', t.')}", params)
