"""The ETL run: ingest → extract → normalise → curate → load, streaming in file order.

Per-document work (read, parse, extract, rows: `extract_bytes`) runs in worker processes
or on a Dask cluster (etl/executors.py) and is cached; corpus-level work (duplicates, merging events across
articles, curation, FX) runs here; only `etl.load` writes.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from etl import ETL_VERSION, cache, curation, executors, fx, ingest, load, normalize, schema
from etl.reference import ReferenceTableError, check_tables, reference_dir

DOC_BATCH = 2000  # documents rows per streamed Parquet batch


@dataclass
class Options:
    input: Path
    output: Path
    curation: Path | None = None
    workers: int = os.cpu_count() or 1
    engine: str = "local"          # local | dask
    scheduler: str | None = None   # dask.distributed scheduler address
    progress: bool | None = None   # None: only on a terminal
    on_progress: Callable[[int, int], None] | None = None  # (done, total) per document


@dataclass
class Summary:
    ok: int = 0
    quarantined: int = 0
    duplicate: int = 0
    events: int = 0
    amounts: int = 0
    extracted: int = 0             # documents actually (re-)extracted this run
    seconds: float = 0.0
    version: str = ""
    unchanged: bool = False
    unmatched_curation: tuple[str, ...] = ()

    def line(self, output: Path) -> str:
        state = "unchanged, nothing re-extracted" if self.unchanged else \
            f"{self.extracted} extracted"
        return (f"documents {self.ok} ok, {self.quarantined} quarantined, {self.duplicate} "
                f"duplicate · {self.events} events · {self.amounts} amounts · {state} · "
                f"{self.seconds:.1f} s → {output} (version {self.version})")


class UsageError(Exception):
    """Bad arguments: exit 2 with this one-line message."""


def extractor_version() -> str:
    """ETL version + the ETL's code + the reference tables' content: any change re-extracts."""
    h = hashlib.sha256(ETL_VERSION.encode())
    package = Path(__file__).resolve().parent
    for p in sorted(package.rglob("*.py")):
        h.update(p.relative_to(package).as_posix().encode())
        h.update(p.read_bytes())
    for p in sorted(reference_dir().glob("*.csv")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def extract_bytes(source_path: str, data: bytes, version: str) -> dict:
    """Parse and extract one document; never raises (a failure quarantines it)."""
    from etl.extract.amounts import MAX_PER_SENTENCE
    from etl.extract.events import extract_events
    from etl.extract.records import to_dict

    result = {"doc_id": normalize.doc_id_for(source_path), "source_path": source_path,
              "version": version, "title": "", "language": "other", "n_chars": 0,
              "text": "", "dedupe_key": None, "status": "ok", "error": None,
              "events": [], "amounts": [], "rows": {}}
    try:
        doc = ingest.parse_document(data, Path(source_path).suffix.lower())
    except ingest.IngestError as e:
        result.update(status="quarantined", error=str(e))
        return result
    except Exception as e:  # a parser bug must not stop the run: quarantine with the cause
        result.update(status="quarantined", error=f"could not parse: {type(e).__name__}: {e}")
        return result
    result.update(title=doc.title, language=doc.language, n_chars=len(doc.text),
                  text=doc.text, dedupe_key=ingest.dedupe_key(doc.text))
    try:
        found = extract_events([(s.lang, s.text) for s in doc.sections], doc.title)
        result["events"] = [to_dict(e) for e in found.events]
        result["amounts"] = [to_dict(a) for a in found.amounts]
        if found.unread_amounts:
            result["warning"] = (f"{found.unread_amounts} money figures not read: a sentence "
                                 f"holds more than {MAX_PER_SENTENCE} of them (a table?)")
        result["rows"] = dict(normalize.document_rows(result))
    except Exception as e:  # an extractor's bug must not stop the run: quarantine with the cause
        result.update(status="quarantined", events=[], amounts=[], rows={},
                      error=f"extraction failed: {type(e).__name__}: {e}")
    return result


def _executor(opts: Options) -> executors.Executor:
    if opts.engine == "dask":
        return executors.Dask(opts.scheduler)
    return executors.Inline() if opts.workers <= 1 else executors.Local(opts.workers)


def _fingerprint(files: list[tuple[str, int, int]], opts: Options, version: str) -> str:
    h = hashlib.sha256(version.encode())
    for rel, size, mtime in files:
        h.update(f"{rel}\x1f{size}\x1f{mtime}\n".encode())
    if opts.curation:
        h.update(opts.curation.read_bytes())
    return h.hexdigest()


def _listing(input_dir: Path) -> tuple[list[tuple[str, int, int]], dict[str, str]]:
    """(rel, size, mtime) of every input file in order, and rel → reason for the ones whose
    path cannot be a document's name (kept under an escaped rel, never read)."""
    files: list[tuple[str, int, int]] = []
    refused: dict[str, str] = {}
    for p in ingest.discover(input_dir):
        rel = p.relative_to(input_dir).as_posix()
        problem = ingest.path_problem(p)
        if problem:
            rel = ingest.escaped_path(rel)
            refused[rel] = problem
            files.append((rel, -1, -1))
        else:
            files.append((rel, *_stat(p)))
    return files, refused


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = path.lstat()
        return st.st_size, st.st_mtime_ns
    except OSError:
        return -1, -1


def extract_batch(docs: list[tuple[str, bytes]], version: str) -> list[dict]:
    """`extract_bytes` of several documents (rel, data) as one task: one message each way and
    one wake-up of the main process for all of them, not one per document."""
    return [extract_bytes(rel, data, version) for rel, data in docs]


class _Batch:
    """Documents waiting to go to the executor together; sent when full or when the
    oldest of them is the next result the run needs."""

    def __init__(self) -> None:
        self.docs: list[tuple[str, bytes]] = []
        self.future = None

    def send(self, executor, version: str) -> None:
        if self.future is None:
            self.future = executor.submit(extract_batch, self.docs, version)
            self.docs = []  # the bytes are the worker's now

    def result(self, executor, version: str, i: int) -> dict:
        self.send(executor, version)
        return self.future.result()[i]


def _results(files: list[tuple[str, int, int]], refused: dict[str, str], input_dir: Path,
             root: Path, store: cache.ExtractionCache, executor, version: str,
             window: int) -> Iterator[tuple[dict, bool]]:
    """(result, extracted_now) per file (rel, size, mtime) in input order; at most `window`
    in flight. The files in `refused` (rel → reason) are quarantined without being read.
    Documents to extract go `executor.batch` to a task."""
    pending: deque = deque()
    size_of_batch = executor.batch
    batch = _Batch()

    def drain(limit: int):
        while len(pending) > limit:
            rel, size, mtime, sha, item = pending.popleft()
            if isinstance(item, dict):
                yield item, False
                continue
            task, i = item
            try:
                res = task.result(executor, version, i)
            except Exception as e:  # the worker died on this task: quarantine its documents
                res = extract_error(rel, version, e)
            res["content_sha256"] = sha
            if sha:
                store.put(rel, size, mtime, sha, res)
            yield res, True

    for rel, size, mtime in files:
        if rel in refused:
            pending.append((rel, size, mtime, None, quarantined(rel, version, refused[rel])))
            yield from drain(window)
            continue
        path = input_dir / rel  # the path ingest.discover listed
        res = None
        sha = store.sha_for(rel, size, mtime)
        if sha:
            res = store.get(sha)
        if res is None:
            try:
                data = ingest.read_source(path, root)
            except ingest.IngestError as e:
                pending.append((rel, size, mtime, None, quarantined(rel, version, str(e))))
                yield from drain(window)
                continue
            sha = hashlib.sha256(data).hexdigest()
            res = store.get(sha)
            if res is None:
                if batch.future is not None:  # sent, full or needed first
                    batch = _Batch()
                pending.append((rel, size, mtime, sha, (batch, len(batch.docs))))
                batch.docs.append((rel, data))
                if len(batch.docs) >= size_of_batch:
                    batch.send(executor, version)
                yield from drain(window)
                continue
            store.put(rel, size, mtime, sha, None)
        res["content_sha256"] = sha
        if res.get("source_path") != rel:  # same content seen at another path
            res.update(source_path=rel, doc_id=normalize.doc_id_for(rel))
        res["rows"] = dict(normalize.document_rows(res))  # the cache keeps no rows
        pending.append((rel, size, mtime, sha, res))
        yield from drain(window)
    yield from drain(0)


def quarantined(rel: str, version: str, reason: str) -> dict:
    return {"doc_id": normalize.doc_id_for(rel), "source_path": rel, "version": version,
            "title": "", "language": "other", "n_chars": 0, "text": "", "dedupe_key": None,
            "status": "quarantined", "error": reason, "events": [], "amounts": [],
            "rows": {}}


def extract_error(rel: str, version: str, e: Exception) -> dict:
    return quarantined(rel, version, f"worker failed: {type(e).__name__}: {e}")


def run(opts: Options) -> Summary:
    t0 = time.monotonic()
    if not opts.input.is_dir():
        raise UsageError(f"--input {opts.input} is not a directory")
    corrections = []
    if opts.curation is not None:
        try:
            corrections = curation.load_curation(opts.curation)
        except curation.CurationError as e:
            raise UsageError(str(e)) from None
    try:
        # a user's typo in a reference table stops the run before it starts
        check_tables()
        fx.check_tables()
    except ReferenceTableError as e:
        raise UsageError(str(e)) from None
    try:
        load.check_output(opts.output, opts.input)
        load.check_writable(opts.output)
    except load.OutputError as e:
        raise UsageError(str(e)) from None
    with load.output_lock(opts.output):
        load.clean_leftovers(opts.output)
        return _run_locked(opts, corrections, t0)


def _run_locked(opts: Options, corrections, t0: float) -> Summary:
    root = opts.input.resolve()
    version = extractor_version()
    # Relative paths only, no Path objects kept: forked workers inherit this list, and at
    # 100k files the Paths were some 25 MiB of resident memory in each process.
    files, refused = _listing(opts.input)
    fingerprint = _fingerprint(files, opts, version)
    previous = load.read_manifest(opts.output)
    if previous and previous.get("input_fingerprint") == fingerprint:
        return _unchanged_summary(previous, t0)

    store = cache.ExtractionCache(load.cache_path(opts.output), version)
    writer = load.WarehouseWriter(opts.output)
    summary = Summary()
    executor = None
    try:
        try:
            # inside the try: a Ctrl-C while the workers start still aborts the writer
            executor = _executor(opts)
            combiner = _extract_all(files, refused, root, store, executor, version, writer,
                                    summary, opts)
        except BaseException:
            if executor is not None:
                executor.close(now=True)  # interrupted or failed: no document is worth waiting for
            raise
        executor.close()  # its worker processes' memory is not needed from here on
        named = curation.named_paths(corrections)
        doc_ids = {rel: normalize.doc_id_for(rel) for rel, _, _ in files if rel in named}
        unmatched, applied = _corpus_pass(writer, combiner, corrections, doc_ids, summary)
        summary.unmatched_curation = tuple(unmatched)
        summary.seconds = time.monotonic() - t0
        manifest = {
            "schema_version": schema.SCHEMA_VERSION, "etl_version": version,
            "input_files": len(files), "documents_ok": summary.ok,
            "documents_quarantined": summary.quarantined,
            "documents_duplicate": summary.duplicate, "input_fingerprint": fingerprint,
            "curation_file": str(opts.curation) if opts.curation else None,
            "curation_unmatched": list(unmatched), "curation_applied": applied,
            "run_seconds": round(summary.seconds, 2),
        }
        summary.version = writer.commit(manifest)
    except BaseException:
        writer.abort()
        raise
    finally:
        store.close()
    return summary


def _extract_all(files, refused, root, store, executor, version, writer, summary, opts):
    from tqdm import tqdm

    show = opts.progress if opts.progress is not None else sys.stderr.isatty()
    bar = tqdm(total=len(files), unit="doc", disable=not show, file=sys.stderr,
               desc="extracting")
    writer.open_stream("documents", schema.DOCUMENTS.schema)
    first_of: dict[str, str] = {}
    batch: list[dict] = []
    combiner = normalize.Combiner(spill=True)
    # Documents in flight: enough batches queued that no worker waits for the next.
    window = max(8, 16 * max(opts.workers, 1), 4 * executor.batch * max(opts.workers, 1))
    store.begin()
    try:
        for n, (res, fresh) in enumerate(_results(files, refused, opts.input, root, store,
                                                  executor, version, window)):
            summary.extracted += fresh
            status, dup = res["status"], None
            if status == "ok" and res.get("dedupe_key"):
                dup = first_of.get(res["dedupe_key"])
                if dup:
                    status = "duplicate"
                else:
                    first_of[res["dedupe_key"]] = res["doc_id"]
            summary.ok += status == "ok"
            summary.quarantined += status == "quarantined"
            summary.duplicate += status == "duplicate"
            if status == "ok":
                combiner.add(res.get("rows") or {})
            batch.append({
                "doc_id": res["doc_id"], "source_path": res["source_path"],
                "title": res.get("title") or "", "language": res.get("language") or "other",
                "status": status, "error": res.get("error"), "warning": res.get("warning"),
                "duplicate_of": dup,
                "n_chars": res.get("n_chars") or 0,
                "content_sha256": res.get("content_sha256"), "text": res.get("text") or "",
            })
            if len(batch) >= DOC_BATCH:
                writer.write_batch("documents", schema.to_arrow("documents", batch))
                batch = []
                for name, rows in combiner.drain():
                    writer.spill(name, rows)
                _give_back_memory()
            if n % 500 == 499:
                store.commit()
                store.begin()
            bar.update(1)
            if opts.on_progress is not None:
                opts.on_progress(n + 1, len(files))
        writer.write_batch("documents", schema.to_arrow("documents", batch))
        for name, rows in combiner.drain():
            writer.spill(name, rows)
        _give_back_memory()
        store.forget_missing({rel for rel, _, _ in files})
    finally:
        store.commit()
        bar.close()
    return combiner


def _corpus_pass(writer: load.WarehouseWriter, combiner: normalize.Combiner, corrections,
                 doc_ids: dict[str, str], summary: Summary) -> tuple[list[str], list[dict]]:
    """Merge events, curate, convert amounts, write every table but documents; returns the
    unmatched corrections and the report of the values the applied ones replaced.

    Events and amounts come back from the spill as rows: merging compares events across
    the corpus, curation and FX read both. The link tables and people only need ids
    re-pointed and one row per key, so they go from spill to file as Arrow columns, never
    as Python objects (normalize.finish_spilled: the rules of the rows' path).
    """
    tables = {"events": writer.spilled("events", schema.spill_schema("events")).to_pylist(),
              "organizations": combiner.organizations(),
              "amounts": writer.spilled("amounts", schema.spill_schema("amounts")).to_pylist()}
    tables, event_alias = normalize.merge_events(tables)
    tables, unmatched, org_alias, changes = curation.apply_curation(tables, corrections,
                                                                    doc_ids)
    tables = normalize.add_fx(tables)
    summary.events, summary.amounts = len(tables["events"]), len(tables["amounts"])
    # The row tables first, each freed once written: the columnar work that follows then
    # reuses their memory instead of adding to it.
    for name in [n for n in schema.TABLES if n in tables]:
        writer.write_rows(name, tables.pop(name))
        _give_back_memory()
    for name in normalize.COLUMNWISE:
        spilled = writer.spilled(name, schema.spill_schema(name))
        writer.write_table(name, *normalize.finish_spilled(name, spilled, event_alias,
                                                           org_alias))
        del spilled
        _give_back_memory()
    return unmatched, curation.report(corrections, changes)


def _libc_malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # the C library this interpreter runs on
    except (OSError, AttributeError):
        return None  # not glibc (musl, macOS): nothing to trim


_malloc_trim = _libc_malloc_trim()


def _give_back_memory() -> None:
    """Return freed memory to the OS between phases of a run.

    Arrow's allocator and glibc's malloc keep freed memory for reuse, and glibc gives back
    the space of freed objects only from the top of its heap: without this, every batch's
    and table's high-water mark stayed resident (and counted in RSS) under the next one.
    """
    pa.default_memory_pool().release_unused()
    if _malloc_trim is not None:
        _malloc_trim(0)


def _unchanged_summary(manifest: dict, t0: float) -> Summary:
    tables = manifest.get("tables", {})
    return Summary(ok=manifest.get("documents_ok", 0),
                   quarantined=manifest.get("documents_quarantined", 0),
                   duplicate=manifest.get("documents_duplicate", 0),
                   events=tables.get("events", 0), amounts=tables.get("amounts", 0),
                   seconds=time.monotonic() - t0, version=manifest.get("warehouse_version", ""),
                   unchanged=True,
                   unmatched_curation=tuple(manifest.get("curation_unmatched", [])))
