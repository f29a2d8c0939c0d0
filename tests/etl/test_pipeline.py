"""The ETL command end to end: exit codes, atomic and deterministic output, cache, gold."""
import json
import os
import subprocess
import sys
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from etl import cache, executors, pipeline, schema
from etl.__main__ import main
from tests.etl.conftest import ROOT, SHARED


def build(corpus: Path, out: Path, *extra: str) -> int:
    return main(["--input", str(corpus), "--output", str(out), "--workers", "1",
                 "--no-progress", *extra])


def table(out: Path, name: str) -> list[dict]:
    return ds.dataset(str(out / f"{name}.parquet")).to_table().to_pylist()


def parquet_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory):
    from tests.etl.conftest import SEEDS
    out = tmp_path_factory.mktemp("wh") / "warehouse"
    assert build(SEEDS, out) == 0
    return out


def test_every_table_is_written_with_its_declared_schema(seed_warehouse):
    for name, t in schema.TABLES.items():
        got = ds.dataset(str(seed_warehouse / f"{name}.parquet")).schema
        assert got.names == t.schema.names, name
        rows = table(seed_warehouse, name)
        for (tname, col), vocab in schema.VOCABULARIES.items():
            if tname == name:
                assert {r[col] for r in rows} - {None} <= set(vocab), (name, col)
        for col in schema.NOT_NULL[name]:
            assert all(r[col] is not None for r in rows), (name, col)
        keys = [tuple(r[c] for c in t.key) for r in rows]
        assert len(keys) == len(set(keys)), f"{name} key not unique"


def test_manifest_counts_rows_and_documents(seed_warehouse):
    m = json.loads((seed_warehouse / "manifest.json").read_text())
    assert m["schema_version"] == schema.SCHEMA_VERSION
    assert m["documents_ok"] == 5 and m["input_files"] == 5
    assert m["tables"]["events"] == len(table(seed_warehouse, "events"))


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared absent")
def test_sample_corpus_reaches_the_gold_without_curation(seed_warehouse):
    r = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--warehouse", str(seed_warehouse),
         "--gold", str(SHARED / "gold"), "--min-fields", "0.95", "--min-orgs", "0.9",
         "--min-role", "0.9", "--min-type", "0.9", "--min-amounts", "1.0", "--min-scope", "0.9",
         "--max-extra-events", "0"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared absent")
def test_shipped_curation_dates_the_training_and_passes_curated_scoring(seed_corpus, tmp_path):
    out = tmp_path / "wh"
    assert build(seed_corpus, out, "--curation", str(ROOT / "data" / "curation.yaml")) == 0
    ev = [e for e in table(out, "events") if e["month_day"] == "04-24"]
    assert [(e["year"], e["year_source"]) for e in ev] == [(2021, "curated")]
    r = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--warehouse", str(out),
         "--gold", str(SHARED / "gold"), "--curated", "--min-fields", "0.95"],
        capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


def test_two_runs_give_byte_identical_tables(seed_corpus, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert build(seed_corpus, a) == 0 and build(seed_corpus, b) == 0
    assert parquet_bytes(a) == parquet_bytes(b)


def test_second_run_on_unchanged_corpus_extracts_nothing(seed_corpus, tmp_path, capsys):
    out = tmp_path / "wh"
    assert build(seed_corpus, out) == 0
    capsys.readouterr()
    assert build(seed_corpus, out) == 0
    assert "nothing re-extracted" in capsys.readouterr().out


def test_changed_and_deleted_documents_are_handled_incrementally(seed_corpus, tmp_path, capsys):
    out = tmp_path / "wh"
    assert build(seed_corpus, out) == 0
    files = sorted(seed_corpus.iterdir())
    files[0].unlink()
    changed = files[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    capsys.readouterr()
    assert build(seed_corpus, out) == 0
    assert "1 extracted" in capsys.readouterr().out
    docs = table(out, "documents")
    assert sorted(d["source_path"] for d in docs) == sorted(p.name for p in files[1:])


def test_touching_a_file_without_changing_it_rereads_but_does_not_reextract(seed_corpus, tmp_path,
                                                                           capsys):
    out = tmp_path / "wh"
    assert build(seed_corpus, out) == 0
    os.utime(next(seed_corpus.iterdir()), ns=(2, 2))
    capsys.readouterr()
    assert build(seed_corpus, out) == 0
    assert "0 extracted" in capsys.readouterr().out


def test_output_is_a_symlink_to_a_versioned_directory(seed_corpus, tmp_path):
    out = tmp_path / "wh"
    assert build(seed_corpus, out) == 0
    assert out.is_symlink() and (out / "manifest.json").exists()
    assert out.resolve().parent.name == ".wh.versions"


def test_an_empty_directory_made_beforehand_is_replaced(seed_corpus, tmp_path):
    out = tmp_path / "made-by-mktemp"
    out.mkdir()
    assert build(seed_corpus, out) == 0
    assert out.is_symlink()


def test_a_foreign_nonempty_output_directory_is_a_usage_error(seed_corpus, tmp_path, capsys):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.docx").write_text("do not delete")
    assert build(seed_corpus, out) == 2
    assert (out / "thesis.docx").exists()
    assert "not a warehouse" in capsys.readouterr().err


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    assert build(tmp_path / "nope", tmp_path / "wh") == 2
    assert "is not a directory" in capsys.readouterr().err


def test_broken_curation_is_a_usage_error_naming_the_line(seed_corpus, tmp_path, capsys):
    bad = tmp_path / "c.yaml"
    bad.write_text("corrections:\n  - target: event\n    match: [oops\n")
    assert build(seed_corpus, tmp_path / "wh", "--curation", str(bad)) == 2
    err = capsys.readouterr().err
    assert "line" in err and "c.yaml" in err
    assert not (tmp_path / "wh").exists()


def test_a_malformed_rate_table_is_a_usage_error_before_any_document_is_read(
        seed_corpus, tmp_path, capsys, monkeypatch):
    import shutil

    from etl import fx, reference
    tables = tmp_path / "reference"
    shutil.copytree(reference.reference_dir(), tables)
    with (tables / "fx_pegs.csv").open("a", encoding="utf-8") as f:
        f.write("ZZB,USD,3.75,2026-02-30,,a day February does not have\n")
    monkeypatch.setenv("ETL_REFERENCE_DIR", str(tables))
    reference.read_csv.cache_clear()
    fx._pegs.cache_clear()
    try:
        assert build(seed_corpus, tmp_path / "wh") == 2
    finally:
        reference.read_csv.cache_clear()
        fx._pegs.cache_clear()
    err = capsys.readouterr().err
    assert f"{tables / 'fx_pegs.csv'}: the row currency=ZZB" in err
    assert "since must be a date (YYYY-MM-DD), not '2026-02-30'" in err
    assert "Traceback" not in err and not (tmp_path / "wh").exists()


def test_a_second_run_on_a_locked_output_exits_3_naming_the_lock(seed_corpus, tmp_path):
    from etl import load
    out = tmp_path / "wh"
    with load.output_lock(out):
        r = subprocess.run([sys.executable, "-m", "etl", "--input", str(seed_corpus),
                            "--output", str(out), "--workers", "1"],
                           capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 3
    assert ".wh.lock" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_help_names_the_exit_codes():
    r = subprocess.run([sys.executable, "-m", "etl", "--help"], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 0 and "Exit codes" in r.stdout


def test_parallel_workers_give_the_same_tables_as_one(seed_corpus, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert build(seed_corpus, a) == 0
    assert main(["--input", str(seed_corpus), "--output", str(b), "--workers", "2",
                 "--no-progress"]) == 0
    assert parquet_bytes(a) == parquet_bytes(b)


def test_the_same_event_in_two_articles_is_one_event_with_both_sources(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Hangzhou hosts 2019 Sino-German Technology Transfer Forum\n\nOn June 12, 2019, the "
        "2019 Sino-German Technology Transfer Forum was held in Hangzhou. It was hosted by "
        "Zhejiang University.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "Forum links German and Chinese labs\n\nThe 2019 Sino-German Technology Transfer Forum "
        "opened in Hangzhou on June 12, 2019, attended by more than 300 guests.\n",
        encoding="utf-8")
    out = tmp_path / "wh"
    assert build(corpus, out) == 0
    events = table(out, "events")
    assert len(events) == 1
    assert len(events[0]["source_doc_ids"]) == 2
    assert events[0]["attendance"] == 300


def test_forked_workers_do_not_keep_the_output_locked(tmp_path):
    """A worker that outlives its killed parent must not hold the lock."""
    import multiprocessing

    from etl import load
    out = tmp_path / "wh"
    ctx = multiprocessing.get_context("fork")
    with load.output_lock(out):
        child_ready, release = ctx.Event(), ctx.Event()

        def worker():
            load.forget_inherited_locks()
            child_ready.set()
            release.wait(10)

        proc = ctx.Process(target=worker)
        proc.start()
        child_ready.wait(10)
    try:
        with load.output_lock(out):  # the parent let go: the child must not hold it
            pass
    finally:
        release.set()
        proc.join(10)


class CountingInline(executors.Inline):
    """Runs tasks here, `batch` documents per task, and counts the tasks."""

    def __init__(self, batch: int, fail_task: int | None = None):
        self.batch, self.fail_task, self.tasks = batch, fail_task, 0

    def submit(self, fn, *args):
        self.tasks += 1
        if self.tasks == self.fail_task:  # as when the worker running it dies
            f = Future()
            f.set_exception(BrokenProcessPool("a worker ended abruptly"))
            return f
        return super().submit(fn, *args)


def _batched_run(tmp_path: Path, executor) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i, city in enumerate(["Hangzhou", "Suzhou", "Wuhan", "Xi'an", "Chengdu", "Hefei",
                              "Nanjing"]):
        (corpus / f"{i}.txt").write_text(
            f"{city} fair\n\nOn May {i + 3}, 2021, a technology transfer fair was held in "
            f"{city}.\n", encoding="utf-8")
    (corpus / "3.txt").write_text("   \n\n  \n", encoding="utf-8")  # whitespace only
    files, refused = pipeline._listing(corpus)
    store = cache.ExtractionCache(tmp_path / "cache.sqlite", "v")
    try:
        return [res for res, fresh in pipeline._results(files, refused, corpus, corpus.resolve(),
                                                        store, executor, "v", window=16)]
    finally:
        store.close()


def test_documents_sent_several_per_task_come_back_in_order_each_with_its_own_status(tmp_path):
    executor = CountingInline(batch=3)
    results = _batched_run(tmp_path, executor)
    assert executor.tasks == 3  # 7 documents, 3 per task
    assert [r["source_path"] for r in results] == [f"{i}.txt" for i in range(7)]
    assert [r["status"] for r in results] == ["ok"] * 3 + ["quarantined"] + ["ok"] * 3
    assert "whitespace only" in results[3]["error"]
    assert [r["events"][0]["place"]["city"] for r in results if r["status"] == "ok"] == \
        ["Hangzhou", "Suzhou", "Wuhan", "Chengdu", "Hefei", "Nanjing"]


def test_a_task_whose_worker_died_quarantines_its_documents_and_only_those(tmp_path):
    results = _batched_run(tmp_path, CountingInline(batch=3, fail_task=2))
    assert [r["status"] for r in results] == ["ok"] * 3 + ["quarantined"] * 3 + ["ok"]
    assert all(r["error"] == "worker failed: BrokenProcessPool: a worker ended abruptly"
               for r in results[3:6])


def test_tables_built_from_the_cache_are_byte_identical_to_a_fresh_build(seed_corpus, tmp_path,
                                                                         capsys):
    out, fresh = tmp_path / "wh", tmp_path / "fresh"
    assert build(seed_corpus, out) == 0
    files = sorted(seed_corpus.iterdir())
    # one document changed, one copied under a new name: the rest come from the cache
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nMore text.\n",
                        encoding="utf-8")
    (seed_corpus / "copy of first.txt").write_bytes(files[1].read_bytes())
    capsys.readouterr()
    assert build(seed_corpus, out) == 0
    assert "1 extracted" in capsys.readouterr().out
    assert build(seed_corpus, fresh) == 0
    assert parquet_bytes(out) == parquet_bytes(fresh)
