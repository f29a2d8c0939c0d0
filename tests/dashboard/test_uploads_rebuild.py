"""A real batch uploaded and the warehouse rebuilt from it (services/uploads.py with
services/rebuild.py): what the rebuilt warehouse says about each file."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from services import uploads
from services.rebuild import rebuild
from tests.dashboard import upload_samples as s


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory):
    root = tmp_path_factory.mktemp("uploads")
    raw, cur = s.copy_corpus(root)
    warehouse = root / "warehouse"
    rebuild(raw, warehouse, cur)
    before = pq.read_table(warehouse / "events.parquet", columns=["name"]).num_rows
    progress = []
    out = uploads.ingest_batch(s.batch(raw), raw, warehouse, cur, today=s.DAY,
                               on_progress=lambda done, total: progress.append((done, total)))
    return {"raw": raw, "warehouse": warehouse, "out": {o.name: o for o in out},
            "before": before, "progress": progress, "order": [o.name for o in out]}


@pytest.mark.parametrize("name, status, message", [
    ("Nordic forum.docx", "new", f"event found: {s.NORDIC_EVENT}"),
    ("lyon-training.html", "new", f"event found: {s.LYON_EVENT}"),
    ("more.zip/cn/chengdu.txt", "new", f"event found: {s.CHENGDU_EVENT}"),
    ("more.zip/nairobi.md", "new", f"event found: {s.NAIROBI_EVENT}"),
    ("copy of article.txt", "duplicate", "identical to 000_"),
    ("notes.txt", "quarantined", "quarantined: binary content"),
    ("more.zip/../evil.txt", "rejected", "unsafe path in archive"),
    ("report.pdf", "rejected", "named .pdf but the content is a Windows program"),
])
def test_batch_outcome_per_file(uploaded, name, status, message):
    o = uploaded["out"][name]
    assert o.status == status
    assert o.message.startswith(message)


def test_batch_originals_are_kept_under_uploads_with_safe_names(uploaded):
    folder = uploaded["raw"] / "uploads" / "2026-03-09"
    assert sorted(p.name for p in folder.iterdir()) == [
        "Nordic_forum.docx", "chengdu.txt", "lyon-training.html", "nairobi.md", "notes.txt"]
    assert not (uploaded["raw"].parent / "evil.txt").exists()
    assert uploaded["out"]["Nordic forum.docx"].saved_as == "uploads/2026-03-09/Nordic_forum.docx"


def test_batch_events_are_in_the_rebuilt_warehouse(uploaded):
    names = pq.read_table(uploaded["warehouse"] / "events.parquet",
                          columns=["name"]).column("name").to_pylist()
    assert len(names) == uploaded["before"] + 4
    assert {s.NORDIC_EVENT, s.LYON_EVENT, s.CHENGDU_EVENT, s.NAIROBI_EVENT} <= set(names)


def test_batch_rebuild_reports_progress_to_the_end(uploaded):
    done, total = uploaded["progress"][-1]
    assert done == total == 10  # five articles of the corpus + five saved uploads


def test_same_text_in_another_format_is_kept_and_reported_as_duplicate(uploaded):
    raw, wh = uploaded["raw"], uploaded["warehouse"]
    html = f"<html><body><p>{s.NORDIC.replace(chr(10), ' ')}</p></body></html>".encode()
    out = uploads.ingest_batch([("nordic-copy.html", html)], raw, wh, None, today=s.DAY)
    assert [(o.status, o.duplicate_of) for o in out] == [
        ("duplicate", "uploads/2026-03-09/Nordic_forum.docx")]


def test_upload_with_the_lock_held_saves_and_says_so(tmp_path):
    from etl import load

    raw = tmp_path / "raw"
    raw.mkdir()
    wh = tmp_path / "wh"
    with load.output_lock(wh):
        out = uploads.ingest_batch([("a.txt", s.NORDIC.encode())], raw, wh, None, today=s.DAY)
    assert out[0].status == "saved"
    assert "another rebuild is running" in out[0].message
    assert (raw / "uploads" / "2026-03-09" / "a.txt").is_file()


def test_known_hashes_cover_files_not_yet_built(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_bytes(b"abc")
    (tmp_path / ".hidden.txt").write_bytes(b"zzz")
    assert uploads.known_hashes(tmp_path, tmp_path / "no-warehouse") == {
        uploads._sha(b"abc"): "x/a.txt"}


def test_outcomes_without_a_warehouse_keep_the_saved_state(tmp_path):
    saved = [uploads.Outcome("a.txt", "saved", "saved as uploads/a.txt", "uploads/a.txt")]
    assert uploads.outcomes(saved, tmp_path / "none") == saved


def test_project_raw_folder_is_untouched(uploaded):
    assert not (Path(s.project_raw()) / "uploads" / "2026-03-09").exists()
