"""What every query shares: the Query value, the filters as WHERE clauses (on the contract
tables or on the marts), display names in SQL, what an amount total counts."""
from __future__ import annotations

from dataclasses import dataclass, field

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


def amount_column(currency: str) -> str:
    return "amount_cny" if currency == "CNY" else "amount_usd"


# An amount enters a total once (`dup`: a repeat of the same figure) and only when both USD
# and CNY are known (`converted`), so the two currencies' totals cover the same amounts.
COUNTED = "NOT x.dup AND x.converted"
