"""Corrections against a real rebuild (services/corrections.py with services/rebuild.py):
what the ETL applies, what it reports as unmatched, undo."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl import load
from services.corrections import add_correction, list_corrections, undo_correction
from services.rebuild import rebuild
from tests.dashboard import upload_samples as s


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("curation")
    raw, cur = s.copy_corpus(root)
    cur.write_text("corrections: []\n", encoding="utf-8")
    warehouse = root / "warehouse"
    rebuild(raw, warehouse, cur)
    return raw, cur, warehouse


def _event_of(warehouse: Path, source_path: str) -> dict:
    docs = pq.read_table(warehouse / "documents.parquet").to_pylist()
    doc_id = next(d["doc_id"] for d in docs if d["source_path"] == source_path)
    return next(e for e in pq.read_table(warehouse / "events.parquet").to_pylist()
                if doc_id in e["source_doc_ids"])


def _full_rebuild(raw: Path, warehouse: Path, cur: Path) -> None:
    """Delete the warehouse, its versions and the extraction cache, then build from scratch."""
    warehouse.unlink()
    shutil.rmtree(load.versions_dir(warehouse))
    load.cache_path(warehouse).unlink()
    rebuild(raw, warehouse, cur)


def test_event_correction_applies_survives_full_rebuild_and_undo_restores(corpus):
    raw, cur, wh = corpus
    path = "001_cd6f90205e469a34.txt"
    before = _event_of(wh, path)
    entry = add_correction(cur, "event", {"source_path": path}, "organiser's count",
                           set_fields={"attendance": "4321", "attendance_qualifier": "exact",
                                       "event_type": "summit"})
    rebuild(raw, wh, cur)
    after = _event_of(wh, path)
    assert (after["attendance"], after["attendance_qualifier"], after["event_type"]) == \
        (4321, "exact", "summit")
    _full_rebuild(raw, wh, cur)
    assert _event_of(wh, path)["attendance"] == 4321
    undo_correction(cur, entry.key)
    rebuild(raw, wh, cur)
    restored = _event_of(wh, path)
    assert (restored["attendance"], restored["event_type"]) == \
        (before["attendance"], before["event_type"])


def test_organisation_type_and_amount_drop_after_rebuild(corpus):
    raw, cur, wh = corpus
    orgs = pq.read_table(wh / "organizations.parquet").to_pylist()
    org = next(o for o in orgs if o["org_type"] != "media")
    amounts = pq.read_table(wh / "amounts.parquet").to_pylist()
    add_correction(cur, "organization", {"org_id": org["org_id"]}, "it is a newspaper",
                   set_fields={"org_type": "media"})
    add_correction(cur, "amount", {"amount_id": amounts[0]["amount_id"]}, "a tonnage",
                   drop=True)
    rebuild(raw, wh, cur)
    orgs_after = {o["org_id"]: o for o in pq.read_table(wh / "organizations.parquet").to_pylist()}
    assert orgs_after[org["org_id"]]["org_type"] == "media"
    ids = pq.read_table(wh / "amounts.parquet").column("amount_id").to_pylist()
    assert amounts[0]["amount_id"] not in ids and len(ids) == len(amounts) - 1
    manifest = json.loads((wh / "manifest.json").read_text())
    entries = list_corrections(cur, manifest)
    assert all(e.status == "applied" for e in entries)
    # what the rebuild replaced: the organisation's type, the amount as written
    assert [(c.row_id, c.field, c.old, c.new) for c in entries[-2].changes] == \
        [(org["org_id"], "org_type", org["org_type"], "media")]
    assert [(c.row_id, c.event_id, c.field, c.old, c.new) for c in entries[-1].changes] == \
        [(amounts[0]["amount_id"], amounts[0]["event_id"], "amount", amounts[0]["surface"],
          None)]


def test_merge_two_organisations(corpus):
    raw, cur, wh = corpus
    orgs = pq.read_table(wh / "organizations.parquet").to_pylist()
    alias, keep = orgs[0], orgs[1]
    add_correction(cur, "organization", {"org_id": alias["org_id"]}, "same body",
                   merge_into=keep["name"])
    rebuild(raw, wh, cur)
    ids = pq.read_table(wh / "organizations.parquet").column("org_id").to_pylist()
    assert alias["org_id"] not in ids and keep["org_id"] in ids
    links = pq.read_table(wh / "event_organizations.parquet").column("org_id").to_pylist()
    assert alias["org_id"] not in links


def test_correction_whose_target_is_gone_is_reported_by_the_rebuild(corpus):
    raw, cur, wh = corpus
    add_correction(cur, "event", {"source_path": "deleted/article.txt"}, "old article",
                   set_fields={"year": 2018})
    summary = rebuild(raw, wh, cur)
    last = list_corrections(cur, {"curation_unmatched": list(summary.unmatched_curation)})[-1]
    assert last.status == "unmatched"
    assert "no such event" in last.problem


def test_manifest_names_a_correction_whose_target_is_gone(corpus):
    raw, cur, wh = corpus
    add_correction(cur, "event", {"doc_id": "no-such-doc"}, "stale", set_fields={"year": 2017})
    rebuild(raw, wh, cur)
    manifest = json.loads((wh / "manifest.json").read_text())
    assert list_corrections(cur, manifest)[-1].status == "unmatched"
