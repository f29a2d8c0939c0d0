"""One event: its facts, organisations, people, mix and amounts; the correction form's
choices and the events a correction names (the Corrections page)."""
from __future__ import annotations

from ui.queries.where import Query, event_name, org_name


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


def rows_named(ids: list[str], lang: str = "en") -> Query:
    """The display names, in `lang`, of the events and organisations with these ids (the
    ones corrections changed): (id, name)."""
    ids = [str(i) for i in ids]
    return Query(f"SELECT m.event_id AS id, {event_name(lang, 'm')} AS name FROM m_events m "
                 "WHERE list_contains($ids, m.event_id) UNION ALL "
                 f"SELECT o.org_id, {org_name(lang)} FROM m_orgs o "
                 "WHERE list_contains($ids, o.org_id) ORDER BY id", {"ids": ids})


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
