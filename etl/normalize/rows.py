"""One extracted document → the rows of every table but documents."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from etl import gazetteer
from etl.normalize.ids import name_key, stable_id
from etl.normalize.organizations import WRITTEN_ZH, merge_org_rows, resolve_org


def document_rows(doc: dict) -> dict[str, list[dict]]:
    """Rows of every table (but documents) for one extracted document.

    The first event keeps the id the document alone gives (one event per article, as most
    are); further events of the same article are numbered. Amounts that belong to no event
    keep `event_id` null.
    """
    out: dict[str, list[dict]] = defaultdict(list)
    if doc.get("status") != "ok":
        return out
    doc_id = doc["doc_id"]
    orgs: dict[str, dict] = {}
    n_amounts = 0
    for k, ev in enumerate(doc.get("events") or []):
        event_id = stable_id("e", doc_id) if k == 0 else stable_id("e", doc_id, str(k))
        _event_rows(out, orgs, doc, event_id, ev)
        for a in ev.get("amounts", []):
            out["amounts"].append(_amount_row(doc_id, n_amounts, event_id, a))
            n_amounts += 1
    for a in doc.get("amounts") or []:
        out["amounts"].append(_amount_row(doc_id, n_amounts, None, a))
        n_amounts += 1
    if orgs:
        out["organizations"] = list(orgs.values())
    return out


def _event_rows(out: dict[str, list[dict]], orgs: dict[str, dict], doc: dict, event_id: str,
                ev: dict) -> None:
    doc_id = doc["doc_id"]
    date, place = ev["date"], ev["place"]
    country = place.get("country_code")
    att = ev.get("attendance") or {}
    start = as_date(date.get("start_date"))
    out["events"].append({
        "event_id": event_id, "doc_id": doc_id, "source_doc_ids": [doc_id],
        "name": ev["name"] or doc.get("title") or doc["source_path"],
        "name_zh": ev.get("name_zh"), "event_type": ev.get("event_type") or "other",
        "start_date": start, "end_date": as_date(date.get("end_date")),
        "month_day": date.get("month_day"), "year": date.get("year"),
        "date_precision": date.get("precision") or "unknown",
        "year_source": date.get("year_source"), "venue": place.get("venue"),
        "city": place.get("city"), "province_code": place.get("province_code"),
        "province": gazetteer.province_name(place["province_code"])
        if place.get("province_code") else None,
        "country_code": country,
        "country": gazetteer.country_name(country) if country else None,
        "region": gazetteer.region_of(country) if country else None,
        "format": ev.get("format"), "attendance": att.get("count"),
        "attendance_qualifier": att.get("qualifier"), "evidence": ev.get("evidence") or "",
        "date_evidence": date.get("evidence") or None,
        "place_evidence": place.get("evidence") or None,
        "attendance_evidence": att.get("evidence") or None, "curated_fields": [],
    })
    for m in ev.get("organizations", []):
        row = resolve_org(m["name"], m.get("acronym"), m.get("country_hint"), m.get("org_type"))
        row[WRITTEN_ZH] = bool(re.search(r"[\u4e00-\u9fff]", m["name"]))
        oid = row["org_id"]
        orgs[oid] = merge_org_rows(orgs[oid], row) if oid in orgs else row
        out["event_organizations"].append({"event_id": event_id, "org_id": oid,
                                           "role": m["role"], "evidence": m.get("evidence")})
    for p in ev.get("people", []):
        org_id = None
        if p.get("affiliation"):
            row = resolve_org(p["affiliation"], None, p.get("country_hint"))
            if row["org_type"] != "other" or row["org_id"] in orgs:
                org_id = row["org_id"]
                orgs[org_id] = merge_org_rows(orgs[org_id], row) if org_id in orgs else row
        pid = stable_id("p", name_key(p["name"]), org_id or "")
        out["people"].append({"person_id": pid, "name": p["name"], "title": p.get("title"),
                              "org_id": org_id})
        out["event_people"].append({"event_id": event_id, "person_id": pid,
                                    "role": p.get("role") or "other",
                                    "evidence": p.get("evidence")})
    for m in ev.get("mix", []):
        out["participant_mix"].append({"event_id": event_id, **{k: m.get(k) for k in (
            "dimension", "category", "share", "count", "basis", "evidence")}})


def _amount_row(doc_id: str, i: int, event_id: str | None, a: dict) -> dict:
    return {
        "amount_id": stable_id("a", doc_id, str(i)), "doc_id": doc_id,
        "event_id": event_id, "metric": a["metric"], "scope": a["scope"],
        "amount": float(a["amount"]), "currency": a["currency"],
        "reference_year": a.get("reference_year"), "qualifier": a.get("qualifier") or "exact",
        "surface": a.get("surface"), "evidence": a.get("evidence"),
        "stated_amount": a.get("stated_amount"), "stated_currency": a.get("stated_currency"),
    }


def as_date(v) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        return None
