"""Corrections applied over the extracted tables, in file order; the ones whose target is not
in the corpus are reported back, never silently dropped, and each one applied reports the
values it replaced (the Corrections page shows old → new from that report)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import NamedTuple

from etl.curation.corrections import Correction


def named_paths(corrections: list[Correction]) -> set[str]:
    """The source paths corrections name: the keys `apply_curation` needs in `doc_ids`."""
    return {c.match["source_path"] for c in corrections if "source_path" in c.match}


@dataclass(frozen=True)
class Change:
    """One value a correction replaced, on one row. `field` is the field set, 'merge_into'
    for an organisation merged into another (old: its name, new: the other's) or 'amount'
    for a dropped amount (old: its surface, new: None)."""
    row_id: str                # the event_id, org_id or amount_id changed
    name: str | None           # that row's name as it was (an amount's surface)
    event_id: str | None       # the event it belongs to (event and amount corrections)
    field: str
    old: object
    new: object


class Curated(NamedTuple):
    tables: dict[str, list[dict]]
    unmatched: list[str]           # corrections whose target is not in the corpus, described
    org_alias: dict[str, str]      # each merged-away org_id → the one it was merged into
    changes: list[list[Change]]    # per correction, in file order: the values it replaced


def apply_curation(tables: dict[str, list[dict]], corrections: list[Correction],
                   doc_ids: dict[str, str]) -> Curated:
    """Apply corrections in file order to the tables (the rows given are left as they were).

    `doc_ids` maps source_path → doc_id so corrections may name either. Rows of
    event_organizations and people in `tables` follow merged organisations; `org_alias`
    says where each merged one went, for such rows kept outside `tables`. A correction
    applied after another on the same field replaces the value the other one set.
    """
    tables = dict(tables)
    org_alias: dict[str, str] = {}
    unmatched, changes = [], []
    for c in corrections:
        if c.target == "organization":
            changed = _apply_org(tables, c, org_alias)
        else:
            changed = {"event": _apply_event, "amount": _apply_amount}[c.target](tables, c,
                                                                                 doc_ids)
        if not changed:
            unmatched.append(f"{c.describe()}: no such {c.target} in this corpus")
        changes.append(changed)
    return Curated(tables, unmatched, org_alias, changes)


def report(corrections: list[Correction], changes: list[list[Change]]) -> list[dict]:
    """The manifest's `curation_applied`: per applied correction, in file order, its
    fingerprint and line and the values it replaced, as JSON (dates as YYYY-MM-DD)."""
    return [{"correction": c.fingerprint(), "line": c.line,
             "changes": [{k: _json(v) for k, v in asdict(x).items()} for x in done]}
            for c, done in zip(corrections, changes, strict=True) if done]


def _json(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value)


def _copied(rows: list[dict], hits: list[dict]) -> tuple[list[dict], list[dict]]:
    """`rows` with each of `hits` replaced by a copy, and the copies: corrections change
    copies, never the rows they were given."""
    ids = {id(r) for r in hits}
    out, copies = [], []
    for r in rows:
        row = dict(r) if id(r) in ids else r
        if row is not r:
            copies.append(row)
        out.append(row)
    return out, copies


def _doc_of(match: dict, doc_ids: dict[str, str]) -> str | None:
    if "doc_id" in match:
        return match["doc_id"]
    if "source_path" in match:
        return doc_ids.get(match["source_path"])
    return None


def _apply_event(tables, c: Correction, doc_ids) -> list[Change]:
    from etl import gazetteer  # the gazetteer index loads only when curation needs it

    doc = _doc_of(c.match, doc_ids)
    hits = [e for e in tables["events"]
            if e["event_id"] == c.match.get("event_id") or (doc and doc in e["source_doc_ids"])]
    tables["events"], hits = _copied(tables["events"], hits)
    changes = []
    for e in hits:
        changes += [Change(e["event_id"], e.get("name"), e["event_id"], k, e.get(k), v)
                    for k, v in c.set.items()]
        e.update(c.set)
        if "year" in c.set:
            e["year_source"] = "curated" if c.set["year"] is not None else None
            if e.get("start_date") and e["start_date"].year != c.set["year"] \
                    and "start_date" not in c.set:
                e["start_date"] = e["end_date"] = None
        if e.get("year") and e.get("month_day") and not e.get("start_date"):
            try:
                e["start_date"] = dt.date.fromisoformat(f"{e['year']}-{e['month_day']}")
            except ValueError:
                pass
        if "start_date" in c.set and c.set["start_date"]:
            e["year"] = c.set["start_date"].year
            e["year_source"] = "curated"
        e["date_precision"] = c.set.get("date_precision") or (
            "day" if e.get("start_date") else "year" if e.get("year") else "unknown")
        if "city" in c.set and "province_code" not in c.set and c.set["city"]:
            place = gazetteer.lookup_city(c.set["city"])
            if place:
                e["province_code"] = place.province_code
                e["country_code"] = c.set.get("country_code") or place.country_code
        e["province"] = gazetteer.province_name(e["province_code"]) \
            if e.get("province_code") else None
        e["country"] = gazetteer.country_name(e["country_code"]) \
            if e.get("country_code") else None
        e["region"] = gazetteer.region_of(e["country_code"]) if e.get("country_code") else None
        e["curated_fields"] = sorted(set(e.get("curated_fields") or []) | set(c.set))
    return changes


def _org_matches(org: dict, wanted: str) -> bool:
    from etl.normalize import name_key

    key = name_key(wanted)
    return org["org_id"] == wanted or any(
        v and name_key(v) == key for v in (org.get("name"), org.get("name_zh"),
                                           org.get("acronym")))


def _apply_org(tables, c: Correction, org_alias: dict[str, str]) -> list[Change]:
    wanted = c.match.get("org_id") or c.match.get("name", "")
    hits = [o for o in tables["organizations"] if _org_matches(o, wanted)]
    if not hits:
        return []
    changes = []
    if c.merge_into:
        target = next((o for o in tables["organizations"]
                       if _org_matches(o, c.merge_into) and o not in hits), None)
        if target is None:
            return []
        changes += [Change(o["org_id"], o.get("name") or o.get("name_zh"), None, "merge_into",
                           o.get("name") or o.get("name_zh"),
                           target.get("name") or target.get("name_zh")) for o in hits]
        gone = {o["org_id"] for o in hits}
        tables["organizations"], [target] = _copied(
            [o for o in tables["organizations"] if o["org_id"] not in gone], [target])
        for o in hits:
            for k, v in o.items():
                if target.get(k) is None and v is not None:
                    target[k] = v
        for t in ("event_organizations", "people"):
            if t in tables:
                tables[t] = [{**r, "org_id": target["org_id"]} if r.get("org_id") in gone
                             else r for r in tables[t]]
        org_alias.update(dict.fromkeys(gone, target["org_id"]))
        hits = [target]
    else:
        tables["organizations"], hits = _copied(tables["organizations"], hits)
    for o in hits:
        changes += [Change(o["org_id"], o.get("name") or o.get("name_zh"), None, k, o.get(k), v)
                    for k, v in c.set.items()]
        o.update(c.set)
    return changes


def _apply_amount(tables, c: Correction, doc_ids) -> list[Change]:
    doc = _doc_of(c.match, doc_ids)
    keep, dropped = [], []
    for a in tables["amounts"]:
        hit = (a["amount_id"] == c.match.get("amount_id")) or (
            doc is not None and a["doc_id"] == doc and
            ("surface" not in c.match or a.get("surface") == c.match["surface"]))
        if hit:
            dropped.append(Change(a["amount_id"], a.get("surface"), a.get("event_id"),
                                  "amount", a.get("surface"), None))
        else:
            keep.append(a)
    tables["amounts"] = keep
    return dropped
