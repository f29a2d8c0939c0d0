"""The sidebar's options (ui/sidebar.py): year bounds, regions, countries and provinces
that have events; the event count behind the warehouse gate."""
from __future__ import annotations

from ui.queries.where import Query


def event_count() -> Query:
    return Query("SELECT count(*) AS n FROM m_events")


def year_bounds() -> Query:
    return Query("SELECT min(year) AS lo, max(year) AS hi FROM m_events")


def region_options() -> Query:
    return Query("SELECT DISTINCT region FROM m_events WHERE region IS NOT NULL ORDER BY 1")


def country_options(regions: tuple[str, ...]) -> Query:
    where = "list_contains($regions, region)" if regions else "TRUE"
    params = {"regions": list(regions)} if regions else {}
    return Query("SELECT country_code, any_value(country) AS country FROM m_events "
                 f"WHERE country_code IS NOT NULL AND {where} GROUP BY 1 ORDER BY 1", params)


def province_options(regions: tuple[str, ...], countries: tuple[str, ...]) -> Query:
    clauses, params = ["province_code IS NOT NULL"], {}
    if regions:
        clauses.append("list_contains($regions, region)")
        params["regions"] = list(regions)
    if countries:
        clauses.append("list_contains($countries, country_code)")
        params["countries"] = list(countries)
    return Query("SELECT province_code, any_value(province) AS province FROM m_events "
                 f"WHERE {' AND '.join(clauses)} GROUP BY 1 ORDER BY 1", params)
