"""The whole ETL over a folder of hostile files: the run completes, every file is processed or
quarantined with its specific reason, memory stays bounded, and the well-formed articles
beside the hostile ones come out exactly as they do on their own.

The hostile files come from tests/etl/hostile.py (generated at test time); the per-file
parsing outcomes are pinned in test_hostile_ingest.py, this file checks the pipeline.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from etl import schema
from tests.etl.conftest import ROOT, SEEDS
from tests.etl.hostile import EN_RELEASE, OK, write_hostile_corpus

# Peak resident memory of the ETL process (and its workers) over the hostile corpus, which
# holds a 50 MB file, a 5 MB line and a 40 MiB zip bomb: measured 274 MB (RELIABILITY.md).
MAX_RSS_MB = 800
NOBODY = 65534


# Runs its arguments as a child and writes that child's peak RSS (KiB, the largest process
# of its tree) to the file named first: RUSAGE_CHILDREN of the test process itself would be
# the largest of every child any earlier test started.
_PEAK = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
         "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN)"
         ".ru_maxrss)); sys.exit(code)")


def _etl(corpus: Path, out: Path, *extra: str, timeout: int = 600,
         peak_file: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "etl", "--input", str(corpus), "--output", str(out),
           "--no-progress", *extra]
    if peak_file is not None:
        cmd = [sys.executable, "-c", _PEAK, str(peak_file), *cmd]
    # Own session: on a timeout the whole group goes, worker processes included.
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, start_new_session=True,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}) as p:
        try:
            out_, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.communicate()
            raise
    return subprocess.CompletedProcess(cmd, p.returncode, out_, err)


def _etl_as(uid: int, corpus: Path, out: Path, warm: Path) -> int:
    """The ETL run in a forked child that drops to `uid`.

    Neither the interpreter nor the standard library under /root is reachable by that user,
    so the child first runs the ETL once as root over `warm` (importing every module and
    filling the lru caches), then drops privileges and runs over `corpus`.
    """
    from etl.__main__ import main

    args = ["--workers", "1", "--no-progress"]
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            main(["--input", str(warm), "--output", str(warm.parent / "wh-warm"), *args])
            os.setgid(uid)
            os.setuid(uid)
            code = main(["--input", str(corpus), "--output", str(out), *args])
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def _rows(out: Path, name: str) -> list[dict]:
    return ds.dataset(str(out / f"{name}.parquet")).to_table().to_pylist()


def _by_doc(out: Path, name: str, doc_ids: set[str]) -> list[dict]:
    rows = [r for r in _rows(out, name) if r.get("doc_id") in doc_ids]
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """(hostile+clean warehouse, clean-only warehouse, expected outcomes, peak RSS MB)."""
    base = tmp_path_factory.mktemp("hostile-run")
    clean = base / "clean"
    shutil.copytree(SEEDS, clean)
    mixed = base / "mixed"  # the hostile files at the top, the clean articles below
    expected = write_hostile_corpus(mixed)
    shutil.copytree(SEEDS, mixed / "articles")
    alone = _etl(clean, base / "wh-clean", "--workers", "1")
    assert alone.returncode == 0, alone.stderr
    r = _etl(mixed, base / "wh-mixed", "--workers", "2", peak_file=base / "peak")
    peak_mb = int((base / "peak").read_text()) / 1024
    return r, base / "wh-mixed", base / "wh-clean", expected, peak_mb


def test_run_over_hostile_files_completes_with_exit_0_and_a_summary(runs):
    r = runs[0]
    assert r.returncode == 0, r.stderr[-3000:]
    assert "quarantined" in r.stdout and "Traceback" not in r.stderr


def test_every_hostile_file_is_listed_with_its_outcome(runs):
    _, out, _, expected, _ = runs
    docs = {d["source_path"]: d for d in _rows(out, "documents")}
    for name, outcome in expected.items():
        row = docs.get(name)
        assert row is not None, f"{name!r} missing from documents"
        if outcome == OK:
            assert row["status"] in ("ok", "duplicate"), (name, row["error"])
        else:
            assert row["status"] == "quarantined", (name, row["status"])
            assert outcome in (row["error"] or ""), (name, row["error"])


def test_quarantine_reasons_are_one_readable_line_without_traceback(runs):
    docs = _rows(runs[1], "documents")
    for d in docs:
        if d["status"] == "quarantined":
            err = d["error"] or ""
            assert err and "\n" not in err and "Traceback" not in err, (d["source_path"], err)
            assert not err.startswith(("worker failed", "extraction failed")), \
                (d["source_path"], err)


def test_hidden_files_are_never_read(runs):
    assert not any(d["source_path"].endswith(".hidden.txt") for d in _rows(runs[1], "documents"))


def test_text_outside_the_input_folder_never_reaches_the_warehouse(runs):
    for d in _rows(runs[1], "documents"):
        assert "secret outside the input folder" not in (d["text"] or "")


def test_the_clean_articles_come_out_exactly_as_when_processed_alone(runs):
    _, mixed, clean, _, _ = runs
    alone = {d["source_path"]: d for d in _rows(clean, "documents")}
    beside = {d["source_path"].removeprefix("articles/"): d for d in _rows(mixed, "documents")
              if d["source_path"].startswith("articles/")}
    assert set(alone) == set(beside)
    for path, d in alone.items():
        other = beside[path]
        for col in ("title", "language", "status", "error", "n_chars", "content_sha256",
                    "text"):
            assert d[col] == other[col], (path, col)
    # doc_id hashes the relative path, so compare the facts, not the ids.
    ids_alone = {d["doc_id"] for d in alone.values()}
    ids_beside = {d["doc_id"] for d in beside.values()}
    for table, cols in (("events", ("name", "event_type", "year", "start_date", "city",
                                    "country_code", "attendance", "attendance_qualifier")),
                        ("amounts", ("amount", "currency", "metric", "scope", "qualifier",
                                     "amount_usd"))):
        a = sorted(tuple(r[c] for c in cols) for r in _by_doc(clean, table, ids_alone))
        b = sorted(tuple(r[c] for c in cols) for r in _by_doc(mixed, table, ids_beside))
        assert a == b, table


def test_every_table_still_obeys_the_schema_and_vocabularies(runs):
    out = runs[1]
    for name, t in schema.TABLES.items():
        tbl = ds.dataset(str(out / f"{name}.parquet")).to_table()
        assert tbl.schema.names == t.schema.names, name
        for (tname, col), vocab in schema.VOCABULARIES.items():
            if tname == name:
                assert set(tbl.column(col).to_pylist()) - {None} <= set(vocab), (name, col)
        for col in schema.NOT_NULL[name]:
            assert tbl.column(col).null_count == 0, (name, col)


def test_peak_memory_stays_bounded_on_50mb_and_zip_bomb_inputs(runs):
    peak_mb = runs[4]
    print(f"peak RSS of the ETL over the hostile corpus: {peak_mb:.0f} MB")
    assert peak_mb < MAX_RSS_MB, peak_mb


def test_a_file_the_process_may_not_read_is_quarantined_for_an_unprivileged_run():
    if os.geteuid() != 0:
        pytest.skip("needs root to create a file another user may not read")
    base = Path(tempfile.mkdtemp(prefix="etl-perm-"))
    try:
        base.chmod(0o777)
        corpus = base / "in"
        corpus.mkdir(mode=0o755)
        corpus.chmod(0o755)
        (corpus / "readable.txt").write_text(EN_RELEASE, encoding="utf-8")
        (corpus / "readable.txt").chmod(0o644)
        secret = corpus / "root only.txt"
        secret.write_text(EN_RELEASE.replace("Lyon", "Porto"), encoding="utf-8")
        secret.chmod(0o600)
        warm = base / "warm"
        warm.mkdir()
        (warm / "warm.txt").write_text(EN_RELEASE, encoding="utf-8")
        assert _etl_as(NOBODY, corpus, base / "wh", warm) == 0
        docs = {d["source_path"]: d for d in _rows(base / "wh", "documents")}
        assert docs["readable.txt"]["status"] == "ok"
        assert docs["root only.txt"]["status"] == "quarantined"
        assert "permission denied" in docs["root only.txt"]["error"]
    finally:
        shutil.rmtree(base, ignore_errors=True)
