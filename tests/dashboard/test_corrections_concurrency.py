"""Saves racing on one curation file, from threads (sessions of one server) and from processes
(two servers): none is lost, and undo under a race removes exactly its own entry."""
from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

from etl import curation
from services import corrections

SAVES = 20


def _save_many(path: str, who: str, barrier=None) -> None:
    if barrier is not None:
        barrier.wait()
    for i in range(SAVES):
        corrections.add_correction(Path(path), "event", {"doc_id": f"{who}-{i}"},
                                   f"save {i} of {who}", set_fields={"year": "2020"})


def _reasons(path: Path) -> list[str]:
    return [c.reason for c in curation.load_curation(path)]


def _expected(writers: list[str]) -> list[str]:
    return sorted(f"save {i} of {w}" for w in writers for i in range(SAVES))


def test_concurrent_saves_from_threads_lose_none(tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_text("# ours\ncorrections: []\n", encoding="utf-8")
    writers = [f"session{n}" for n in range(3)]
    barrier = threading.Barrier(len(writers))
    threads = [threading.Thread(target=_save_many, args=(str(path), w, barrier))
               for w in writers]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(_reasons(path)) == _expected(writers)  # 60 saved, 0 lost
    assert path.read_text(encoding="utf-8").startswith("# ours\n")


def test_concurrent_saves_from_processes_lose_none(tmp_path):
    path = tmp_path / "curation.yaml"
    ctx = multiprocessing.get_context("fork")
    writers = [f"server{n}" for n in range(3)]
    barrier = ctx.Barrier(len(writers))
    procs = [ctx.Process(target=_save_many, args=(str(path), w, barrier)) for w in writers]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    assert sorted(_reasons(path)) == _expected(writers)


def test_undo_racing_with_saves_removes_only_its_entry(tmp_path):
    path = tmp_path / "curation.yaml"
    first = corrections.add_correction(path, "event", {"doc_id": "old"}, "to undo",
                                       set_fields={"year": "2019"})
    saver = threading.Thread(target=_save_many, args=(str(path), "racer"))
    saver.start()
    corrections.undo_correction(path, first.key)
    saver.join()
    assert sorted(_reasons(path)) == _expected(["racer"])
