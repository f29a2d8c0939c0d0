"""Institutions and people: organisations by type and role, top organisers, origin, the
co-organisation network, speakers and officials."""
from __future__ import annotations

from etl.marts import ORIGINS, role_origin_mask
from etl.schema import ROLES
from ui.filters import Filters
from ui.queries.where import Query, event_name, mart_where, org_name


def _org_bits(w: str) -> str:
    """CTEs `g` (each organisation of the filtered events with the bits of every role and
    origin it has there: one group-by on an integer key) and `b` (how many organisations of
    each type have each combination of bits: a few thousand rows at most)."""
    return (f"WITH g AS (SELECT ok, bit_or(role_origin_bit) AS bits FROM m_event_orgs x "
            f"WHERE {w} GROUP BY ok), b AS (SELECT o.org_type, g.bits, count(*) AS n FROM g "
            "JOIN m_orgs o USING (ok) GROUP BY ALL) ")


def orgs_by_type_role(f: Filters) -> Query:
    """Distinct organisations per type and role: an organisation counts under a role when its
    bits hold that role with any origin."""
    w, params = mart_where(f, "x")
    roles = ", ".join(f"('{r}', {role_origin_mask((r,))})" for r in ROLES)
    return Query(_org_bits(w) + "SELECT b.org_type, r.role, sum(b.n)::BIGINT AS organisations "
                 f"FROM b JOIN (VALUES {roles}) r(role, mask) ON b.bits & r.mask <> 0 "
                 "GROUP BY ALL ORDER BY ALL", params)


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
    sides = ", ".join(f"('{r}', '{o}', {role_origin_mask((r,), (o,))})"
                      for r in ROLES for o in ORIGINS)
    return Query(_org_bits(w) + "SELECT r.role, r.origin, sum(b.n)::BIGINT AS organisations "
                 f"FROM b JOIN (VALUES {sides}) r(role, origin, mask) "
                 "ON b.bits & r.mask <> 0 GROUP BY ALL ORDER BY ALL", params)


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
        # The filtered rows are scanned twice (most active, then their rows) rather than
        # shared: sharing them materialises millions of rows.
        f"WITH act AS (SELECT ok FROM m_event_orgs x WHERE x.network AND {w} GROUP BY ok "
        "ORDER BY count(*) DESC, ok LIMIT $among), "
        f"names AS (SELECT o.ok, {name} AS name, o.org_type, "
        f" dense_rank() OVER (ORDER BY {name}, o.org_type) AS k FROM m_orgs o "
        " WHERE o.ok IN (SELECT ok FROM act)), "
        "xk AS (SELECT x.ek, x.ok, n.k FROM m_event_orgs x JOIN names n USING (ok) "
        f"WHERE x.network AND {w}), "
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
