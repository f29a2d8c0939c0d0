"""SQL builders: pure functions Filters (+ options) → Query(sql, params).

Every query runs in DuckDB over views that ui/data.py creates: one per warehouse table
(`events`, `amounts`, ...) and one per serving mart (`m_events`, `m_event_orgs`, ...; see
etl/marts.py). Charts and KPIs aggregate the marts, which carry integer keys and each event's
filterable columns on every row; the explorer, the sources and one event's facts read the
tables themselves. User input only ever reaches SQL as a bound parameter; column and table
names come from whitelists. Aggregations stay in DuckDB so a million events never reach pandas.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from etl.marts import ROLE_BITS
from etl.schema import TABLES
from ui.filters import Filters

# Columns the dashboard reads that the SPEC allows the ETL to add.
EXTRA_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("text", "VARCHAR"),),
}


@dataclass(frozen=True)
class Query:
    sql: str
    params: dict = field(default_factory=dict)


def org_name(lang: str, alias: str = "o") -> str:
    """SQL for an organisation's display name in `lang` (Chinese name where the warehouse has it)."""
    if lang == "zh":
        return f"coalesce({alias}.name_zh, {alias}.name)"
    return f"{alias}.name"


def event_name(lang: str, alias: str = "e") -> str:
    if lang == "zh":
        return f"coalesce({alias}.name_zh, {alias}.name)"
    return f"{alias}.name"


def event_where(f: Filters, alias: str = "e", marts: bool = False,
                key: str = "ek") -> tuple[str, dict]:
    """WHERE clause (without the keyword) selecting the events the filters allow.

    On the contract tables (`alias` has event_id and the event's columns), or with `marts`
    on any mart row: every mart carries its event's key (`key`) and filterable columns.
    """
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
        clauses.append(f"({a}.year IS NULL OR ({cond}))" if f.unknown_included()
                       else f"({cond})")
    elif not f.unknown_included():
        clauses.append(f"{a}.year IS NOT NULL")
    dates = []
    if f.date_from:
        dates.append("start_date >= CAST($d0 AS DATE)")
        params["d0"] = f.date_from
    if f.date_to:
        dates.append("start_date <= CAST($d1 AS DATE)")
        params["d1"] = f.date_to
    if dates:
        cond = " AND ".join(dates)
        # the link marts carry no dates: their events are found on the events mart
        clauses.append(f"{a}.{key} IN (SELECT ek FROM m_events WHERE {cond})" if marts
                       else f"({' AND '.join(f'{a}.' + d for d in dates)})")
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
        # first, then their events, instead of one probe per event.
        if marts:
            clauses.append(f"{a}.{key} IN (SELECT eo.ek FROM m_event_orgs eo "
                           "JOIN m_orgs o USING (ok) WHERE " + " AND ".join(org) + ")")
        else:
            clauses.append(
                f"{a}.event_id IN (SELECT eo.event_id FROM event_organizations eo "
                "JOIN organizations o USING (org_id) WHERE " + " AND ".join(org) + ")")
    return (" AND ".join(clauses) or "TRUE"), params


def mart_where(f: Filters, alias: str, key: str = "ek") -> tuple[str, dict]:
    """The filters on a mart's rows (see etl/marts.py): no join, the event's columns are there."""
    return event_where(f, alias, marts=True, key=key)


def _fe(f: Filters, cols: str = "e.*") -> tuple[str, dict]:
    """CTE `fe`: the filtered events of the contract table (the data explorer's rows)."""
    where, params = event_where(f)
    return f"fe AS (SELECT {cols} FROM events e WHERE {where})", params


def _amount_col(currency: str) -> str:
    return "amount_cny" if currency == "CNY" else "amount_usd"


# An amount enters a total once (`dup`: a repeat of the same figure) and only when both USD
# and CNY are known (`converted`), so the two currencies' totals cover the same amounts.
COUNTED = "NOT x.dup AND x.converted"


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


# ---- options for the filter widgets -------------------------------------------------------

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


# ---- overview and time ----------------------------------------------------------------------

def kpis(f: Filters) -> Query:
    """Headline counts: one scan of the events, one distinct count per fact table."""
    we, params = mart_where(f, "e")
    wx, _ = mart_where(f, "x")
    col = _amount_col(f.currency)
    return Query(
        "WITH ev AS (SELECT count(*) AS events, count(DISTINCT country_code) AS countries, "
        f"sum(attendance) AS attendance FROM m_events e WHERE {we}) "
        "SELECT ev.events, ev.countries, "
        f"(SELECT count(DISTINCT ok) FROM m_event_orgs x WHERE {wx}) AS organisations, "
        f"(SELECT count(DISTINCT pk) FROM m_event_people x WHERE {wx}) AS people, "
        f"ev.attendance, (SELECT sum({col}) FILTER (WHERE {COUNTED}) FROM m_amounts x "
        f"WHERE metric = 'contract_value' AND scope = 'event' AND ek IS NOT NULL AND {wx}) "
        "AS contract_value, (SELECT count(*) FILTER (WHERE NOT x.converted) FROM m_amounts x "
        "WHERE NOT x.dup AND metric = 'contract_value' AND scope = 'event' AND ek IS NOT NULL "
        f"AND {wx}) AS contract_unconverted FROM ev", params)


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


# ---- regions ---------------------------------------------------------------------------------

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


# ---- institutions and people ----------------------------------------------------------------

def orgs_by_type_role(f: Filters) -> Query:
    """Distinct organisations per type and role: each organisation's roles folded into bits
    first (one integer group-by), then counted per role."""
    w, params = mart_where(f, "x")
    roles = ", ".join(f"('{r}', {b})" for r, b in ROLE_BITS.items())
    return Query(f"WITH g AS (SELECT ok, bit_or(role_bit) AS bits FROM m_event_orgs x "
                 f"WHERE {w} GROUP BY ok) SELECT o.org_type, r.role, count(*) AS organisations "
                 f"FROM g JOIN m_orgs o USING (ok) JOIN (VALUES {roles}) r(role, bit) "
                 "ON g.bits & r.bit <> 0 GROUP BY ALL ORDER BY ALL", params)


def top_organisers(f: Filters, limit: int = 15) -> Query:
    """Organisations by the number of events they host, organise or co-organise."""
    w, params = mart_where(f, "x")
    return Query(f"WITH n AS (SELECT ok, count(*) AS events FROM m_event_orgs x "
                 f"WHERE x.organiser AND {w} GROUP BY ok) "
                 f"SELECT o.org_id, {org_name(f.lang)} AS name, o.org_type, o.country_code, "
                 "n.events FROM n JOIN m_orgs o USING (ok) ORDER BY events DESC, name, ok "
                 "LIMIT $limit", {**params, "limit": int(limit)})


def org_origin(f: Filters) -> Query:
    """Distinct organisations by role, split by whether they come from the event's country
    (an organisation at home at one event and abroad at another counts on both sides)."""
    w, params = mart_where(f, "x")
    return Query("SELECT role, origin, count(DISTINCT ok) AS organisations FROM m_event_orgs x "
                 f"WHERE {w} GROUP BY ALL ORDER BY ALL", params)


NETWORK_ORGS = 200  # the network is drawn among this many most active organisations


def co_organisation_edges(f: Filters, limit: int = 60, among: int = NETWORK_ORGS) -> Query:
    """The strongest pairs of organisations sharing an organising role (host, organizer,
    co-organizer, supporter, partner) at the same event, among the `among` organisations with
    the most such events: how the most active organisations work together. (All pairs of a
    million events are tens of millions of rows, more than a second to count; a strong tie
    between two less active organisations is not drawn.) Pairs are grouped by display name
    and type, as drawn."""
    w, params = mart_where(f, "x")
    name = org_name(f.lang)
    return Query(
        f"WITH x AS (SELECT ek, ok FROM m_event_orgs x WHERE x.network AND {w}), "
        "act AS (SELECT ok FROM x GROUP BY ok ORDER BY count(*) DESC, ok LIMIT $among), "
        f"names AS (SELECT o.ok, {name} AS name, o.org_type, "
        f" dense_rank() OVER (ORDER BY {name}, o.org_type) AS k FROM m_orgs o "
        " WHERE o.ok IN (SELECT ok FROM act)), "
        "xk AS (SELECT x.ek, x.ok, n.k FROM x JOIN names n USING (ok)), "
        "pairs AS (SELECT a.k AS ka, b.k AS kb, count(*) AS events FROM xk a JOIN xk b "
        " ON a.ek = b.ek AND a.ok < b.ok GROUP BY ALL), "
        "kn AS (SELECT k, any_value(name) AS name, any_value(org_type) AS org_type "
        " FROM names GROUP BY k) "
        "SELECT na.name AS source, nb.name AS target, na.org_type AS source_type, "
        "nb.org_type AS target_type, p.events FROM pairs p JOIN kn na ON na.k = p.ka "
        "JOIN kn nb ON nb.k = p.kb ORDER BY events DESC, source, target LIMIT $limit",
        {**params, "limit": int(limit), "among": int(among)})


def people_list(f: Filters, limit: int = 1000) -> Query:
    """The first `limit` (event, person) rows, newest events first. The events that can appear
    are found first on the keys alone, so names and evidence are read for them only."""
    w, params = mart_where(f, "x")
    return Query(
        "WITH evs AS (SELECT DISTINCT ek FROM (SELECT x.ek FROM m_event_people x "
        f"WHERE {w} ORDER BY x.year DESC NULLS LAST, x.ek LIMIT $limit)), "
        "top AS (SELECT x.ek, x.pk, x.role, x.year FROM m_event_people x "
        "WHERE x.ek IN (SELECT ek FROM evs)), "
        "rows AS (SELECT p.name, p.title, p.person_id, p.ok, top.role, top.year, top.ek, "
        f"e.event_id, {event_name(f.lang)} AS event FROM top JOIN m_people p USING (pk) "
        "JOIN m_events e USING (ek)) "
        f"SELECT r.name, r.title, {org_name(f.lang)} AS organisation, o.org_type, "
        "o.country_code, r.role, r.event_id, r.event, ep.evidence FROM rows r "
        "LEFT JOIN m_orgs o USING (ok) LEFT JOIN event_people ep ON ep.event_id = r.event_id "
        "AND ep.person_id = r.person_id AND ep.role = r.role "
        "ORDER BY r.year DESC NULLS LAST, r.ek, r.role, r.name LIMIT $limit",
        {**params, "limit": int(limit)})


# ---- participant mix ------------------------------------------------------------------------

_SHARES = ("x.dimension = 'institution_type' AND x.basis IN ('reported', 'derived') "
           "AND x.share IS NOT NULL")


def mix_per_event(f: Filters, limit_events: int = 40) -> Query:
    """Institution-type shares of the most recent events that report or allow deriving them."""
    w, params = mart_where(f, "x")
    return Query(
        f"WITH ev AS (SELECT x.ek FROM m_mix x WHERE {_SHARES} AND {w} GROUP BY x.ek "
        "ORDER BY any_value(x.year) DESC NULLS LAST, x.ek LIMIT $limit), "
        f"rows AS (SELECT x.ek, e.event_id, {event_name(f.lang)} AS event, e.year, x.dimension, "
        "x.category, x.share, x.count, x.basis FROM m_mix x JOIN ev USING (ek) "
        f"JOIN m_events e USING (ek) WHERE {_SHARES}) "
        "SELECT r.event_id, r.event, r.year, r.category, r.share, r.count, r.basis, m.evidence "
        "FROM rows r LEFT JOIN participant_mix m ON m.event_id = r.event_id "
        "AND m.dimension = r.dimension AND m.category = r.category AND m.basis = r.basis "
        "ORDER BY r.year NULLS LAST, r.ek, r.category",
        {**params, "limit": int(limit_events)})


def mix_per_year(f: Filters) -> Query:
    """Mean share of each institution type per year over the events that report shares."""
    w, params = mart_where(f, "x")
    return Query(
        f"WITH m AS (SELECT x.ek, x.category, x.share, x.basis, x.year FROM m_mix x "
        f"WHERE {_SHARES} AND {w}), "
        "n AS (SELECT year, count(DISTINCT ek) AS n FROM m GROUP BY year) "
        "SELECT m.year, m.category, sum(m.share) / any_value(n.n) AS share, "
        "any_value(n.n) AS events, string_agg(DISTINCT m.basis, '+' ORDER BY m.basis) AS basis "
        "FROM m JOIN n ON n.year IS NOT DISTINCT FROM m.year GROUP BY m.year, m.category "
        "ORDER BY m.year NULLS LAST, m.category", params)


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
    return Query(f"WITH s AS (SELECT DISTINCT pk FROM m_event_people x "
                 f"WHERE x.role = 'speaker' AND {w}) "
                 "SELECT coalesce(p.org_type, 'unknown') AS org_type, "
                 "coalesce(p.org_country, 'unknown') AS country_code, "
                 "count(*) AS speakers FROM s JOIN m_people p USING (pk) GROUP BY ALL "
                 "ORDER BY speakers DESC, org_type, country_code", params)


# ---- contract values ------------------------------------------------------------------------

def amounts_by_year(f: Filters, include_stats: bool = False,
                    metrics: tuple[str, ...] | None = None) -> Query:
    """Per year, metric and scope: the total of the counted amounts (each figure once, both
    currencies known), how many amounts there are and how many were left out unconverted."""
    w, params = _amounts_where(f, include_stats, metrics)
    col = _amount_col(f.currency)
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
    col = _amount_col(f.currency)
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


def document_events(doc_ids: list[str]) -> Query:
    """How many events each of these documents is the main source of."""
    return Query("SELECT doc_id, count(*) AS events FROM m_events "
                 "WHERE list_contains($ids, doc_id) GROUP BY doc_id", {"ids": list(doc_ids)})


def document_hashes() -> Query:
    """Every document's content hash and path (an upload identical to one is a duplicate)."""
    return Query("SELECT source_path, content_sha256 FROM documents "
                 "WHERE source_path IS NOT NULL AND content_sha256 IS NOT NULL "
                 "ORDER BY source_path")


def upload_outcomes(paths: list[str]) -> Query:
    """What the warehouse made of the documents at `paths`: status, error, the path of the
    document a duplicate repeats, and the names of its events (in event_id order)."""
    return Query("SELECT d.source_path, d.status, d.error, "
                 "coalesce(o.source_path, d.duplicate_of) AS duplicate_of, "
                 "list(e.name ORDER BY e.event_id) FILTER (WHERE e.event_id IS NOT NULL) "
                 "AS events FROM documents d "
                 "LEFT JOIN documents o ON o.doc_id = d.duplicate_of "
                 "LEFT JOIN (SELECT event_id, name, unnest(source_doc_ids) AS doc_id "
                 "FROM events) e ON e.doc_id = d.doc_id "
                 "WHERE list_contains($paths, d.source_path) "
                 "GROUP BY d.source_path, d.status, d.error, o.source_path, d.duplicate_of "
                 "ORDER BY d.source_path", {"paths": list(paths)})


def document_text(doc_id: str) -> Query:
    return Query("SELECT doc_id, source_path, title, status, error, text FROM documents "
                 "WHERE doc_id = $doc", {"doc": doc_id})


def document_facts(doc_id: str) -> Query:
    """Every extracted fact of one document with the sentence it came from. Its events and
    amounts are found on the marts, so the tables (sorted by their ids) are read only where
    those ids are; names come from the (smaller) marts."""
    return Query(
        "WITH ev AS MATERIALIZED (SELECT event_id FROM m_events WHERE doc_id = $doc), "
        "eo AS MATERIALIZED (SELECT * FROM event_organizations "
        " WHERE event_id IN (SELECT event_id FROM ev)), "
        "ep AS MATERIALIZED (SELECT * FROM event_people "
        " WHERE event_id IN (SELECT event_id FROM ev)) "
        "SELECT 'event' AS fact, name AS value, evidence, event_id FROM events "
        "WHERE event_id IN (SELECT event_id FROM ev) "
        "UNION ALL SELECT 'organisation: ' || eo.role, o.name, eo.evidence, eo.event_id "
        "FROM eo JOIN m_orgs o ON o.org_id = eo.org_id "
        "UNION ALL SELECT 'person: ' || ep.role, p.name, ep.evidence, ep.event_id "
        "FROM ep JOIN m_people p ON p.person_id = ep.person_id "
        "UNION ALL SELECT 'mix: ' || m.dimension, m.category || coalesce(' ' || "
        "round(m.share * 100, 1) || '%', '') || coalesce(' n=' || m.count, ''), m.evidence, "
        "m.event_id FROM participant_mix m WHERE m.event_id IN (SELECT event_id FROM ev) "
        "UNION ALL SELECT 'amount: ' || a.metric, a.surface, a.evidence, a.event_id "
        "FROM amounts a WHERE a.amount_id IN (SELECT amount_id FROM m_amounts "
        "WHERE doc_id = $doc)", {"doc": doc_id})


def data_quality() -> Query:
    return Query(
        "SELECT (SELECT count(*) FROM events WHERE year IS NULL) AS unknown_year, "
        "(SELECT count(*) FROM events WHERE country_code IS NULL) AS unresolved_country, "
        "(SELECT count(*) FROM events WHERE city IS NULL) AS unresolved_city, "
        "(SELECT count(*) FROM organizations WHERE org_type = 'other' OR country_code IS NULL)"
        " AS unresolved_org, "
        "(SELECT count(*) FROM events WHERE year_source = 'curated') AS curated, "
        "(SELECT count(*) FROM documents WHERE status = 'quarantined') AS quarantined")


# What each data-quality count counts (the condition on its table), so a reader can open them.
QUALITY_EVENTS = {"unknown_year": "e.year IS NULL", "unresolved_country": "e.country_code IS NULL",
                  "unresolved_city": "e.city IS NULL", "curated": "e.year_source = 'curated'"}
QUALITY_OTHER = {
    "unresolved_org": "SELECT org_id, name, name_zh, org_type, country_code FROM organizations "
                      "WHERE org_type = 'other' OR country_code IS NULL",
    "quarantined": "SELECT doc_id, source_path, error FROM documents "
                   "WHERE status = 'quarantined'",
}
QUALITY = (*QUALITY_EVENTS, *QUALITY_OTHER)


def quality_rows(kind: str, limit: int = 1000) -> Query:
    """The rows a data-quality count counts (`kind`, one of QUALITY): events with their
    source file, or organisations, or quarantined documents."""
    if kind in QUALITY_EVENTS:
        return Query("SELECT e.event_id, e.name, e.year, e.city, e.country_code, m.source_path "
                     "FROM events e LEFT JOIN m_events m USING (event_id) "
                     f"WHERE {QUALITY_EVENTS[kind]} ORDER BY e.event_id LIMIT $limit",
                     {"limit": int(limit)})
    return Query(f"{QUALITY_OTHER[kind]} ORDER BY 1 LIMIT $limit", {"limit": int(limit)})


# ---- one event ------------------------------------------------------------------------------

def event_detail(event_id: str) -> Query:
    # The main document's path and title are on the events mart (documents are sorted by
    # path, so looking one up by id would read every id).
    return Query("SELECT e.*, m.source_path, m.source_title FROM events e "
                 "LEFT JOIN m_events m USING (event_id) WHERE e.event_id = $id",
                 {"id": event_id})


# One event's rows: the link tables are sorted by event_id, so only its row group is read;
# names come from the marts, which are smaller than the tables.
def event_organisations(event_id: str, lang: str = "en") -> Query:
    return Query(f"SELECT eo.role, {org_name(lang)} AS name, o.acronym, o.org_type, "
                 "o.country_code, eo.evidence FROM event_organizations eo "
                 "JOIN m_orgs o ON o.org_id = eo.org_id WHERE eo.event_id = $id "
                 "ORDER BY eo.role, name", {"id": event_id})


def event_people(event_id: str, lang: str = "en") -> Query:
    return Query(f"SELECT ep.role, p.name, p.title, {org_name(lang)} AS organisation, "
                 "ep.evidence FROM event_people ep JOIN m_people p ON p.person_id = ep.person_id "
                 "LEFT JOIN m_orgs o ON o.ok = p.ok WHERE ep.event_id = $id "
                 "ORDER BY ep.role, p.name", {"id": event_id})


def event_mix(event_id: str) -> Query:
    return Query("SELECT dimension, category, share, count, basis, evidence FROM participant_mix "
                 "WHERE event_id = $id ORDER BY dimension, basis, category", {"id": event_id})


def event_amounts(event_id: str) -> Query:
    return Query("SELECT metric, scope, surface, amount, currency, amount_usd, amount_cny, "
                 "fx_rate_to_usd, fx_basis, fx_date, qualifier, evidence FROM amounts "
                 "WHERE event_id = $id ORDER BY amount_id", {"id": event_id})


# ---- corrections (the event page's correction form) -----------------------------------------

def events_matching(match: dict, lang: str = "en", limit: int = 5) -> Query:
    """The events a correction's match names (by event_id, source_path or doc_id): their id
    and display name, for the Corrections view."""
    clauses, params = [], {"limit": int(limit)}
    for column, param in (("event_id", "id"), ("source_path", "path"), ("doc_id", "doc")):
        if match.get(column):
            clauses.append(f"m.{column} = ${param}")
            params[param] = str(match[column])
    where = " AND ".join(clauses) or "FALSE"
    return Query(f"SELECT m.event_id, {event_name(lang, 'm')} AS name FROM m_events m "
                 f"WHERE {where} ORDER BY m.event_id LIMIT $limit", params)


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
