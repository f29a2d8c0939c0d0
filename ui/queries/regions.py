"""The regions page: events per country, province and place (with the coordinates and
Chinese names the places mart gives), participation scope."""
from __future__ import annotations

from ui.filters import Filters
from ui.queries.where import Query, mart_where


def events_by_country(f: Filters) -> Query:
    w, params = mart_where(f, "e")
    return Query("SELECT country_code, any_value(country) AS country, count(*) AS events "
                 f"FROM m_events e WHERE {w} AND country_code IS NOT NULL "
                 "GROUP BY 1 ORDER BY events DESC, 1", params)


def events_by_province(f: Filters) -> Query:
    w, params = mart_where(f, "e")
    return Query("SELECT province_code, any_value(province) AS province, count(*) AS events "
                 f"FROM m_events e WHERE {w} AND province_code IS NOT NULL "
                 "GROUP BY 1 ORDER BY events DESC, 1", params)


def events_by_city(f: Filters) -> Query:
    """Events per place (city, province, country: namesakes in two provinces stay apart),
    with the coordinates and Chinese names the ETL gives the place (the m_places mart)."""
    w, params = mart_where(f, "e")
    return Query("WITH c AS (SELECT city, province_code, country_code, count(*) AS events "
                 f"FROM m_events e WHERE {w} AND city IS NOT NULL GROUP BY ALL) "
                 "SELECT c.city, c.province_code, c.country_code, c.events, p.lat, p.lon, "
                 "p.city_zh, p.province_zh FROM c LEFT JOIN m_places p ON p.city = c.city "
                 "AND p.province_code IS NOT DISTINCT FROM c.province_code "
                 "AND p.country_code IS NOT DISTINCT FROM c.country_code "
                 "ORDER BY c.events DESC, c.city, c.province_code, c.country_code", params)


def place_names_zh() -> Query:
    """The Chinese name of every place that has one (the places mart), for tables."""
    return Query("SELECT city, province_code, country_code, city_zh FROM m_places "
                 "WHERE city IS NOT NULL AND city_zh IS NOT NULL")


def participation_scope(f: Filters) -> Query:
    """Events by scope: 'international' when a participant country or an organisation is
    foreign (decided per event when the marts are built)."""
    w, params = mart_where(f, "e")
    return Query(f"SELECT participation, count(*) AS events FROM m_events e WHERE {w} "
                 "GROUP BY 1 ORDER BY 1", params)
