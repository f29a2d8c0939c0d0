"""Sources and data quality: document search, a document's text and facts, the data-quality
counts and their rows."""
from __future__ import annotations

import re

from ui.queries.where import Query


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
