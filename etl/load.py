"""Write the warehouse atomically: a versioned directory beside OUTPUT, then a symlink swap.

Readers open OUTPUT/<table>.parquet through the symlink, so they see either the
previous complete warehouse or the new one, never a mix, even if this process is
killed at any moment. Leftovers of a killed run are removed by the next run.
This is the only module of the ETL that writes.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import marts, schema, search_index

KEEP_OLD_VERSIONS = 1  # a dashboard may still be reading the previous build
ROW_GROUP = 256_000    # rows per Parquet row group
_VERSION_NAME = re.compile(r"[0-9a-f]{16}")


class OutputError(Exception):
    """The output path cannot be used (a usage error)."""


class LockedError(Exception):
    """Another run holds the output's lock."""


def versions_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.versions"


def lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"


def cache_path(output: Path) -> Path:
    return output.parent / f".{output.name}.cache.sqlite"


def check_output(output: Path, input_dir: Path | None = None) -> None:
    """Refuse an OUTPUT the ETL does not own, before anything is written.

    The ETL replaces OUTPUT and deletes old versions, so it adopts only what it built: its
    own symlink into its own versions folder, an empty folder, or nothing. Any other folder
    (with or without a manifest.json) is the user's, as is a folder nested in the input:
    both are refused with the path named. The lock and versions paths beside OUTPUT must
    not be symlinks: we write and delete there, and a planted link would make us truncate
    or prune someone else's files.
    """
    for beside in (versions_dir(output), lock_path(output)):
        if beside.is_symlink():
            raise OutputError(f"{beside} is a symlink; refusing to write through it")
    if input_dir is not None:
        inp = Path(os.path.realpath(input_dir))
        for place in (Path(os.path.realpath(output)), Path(os.path.abspath(output)),
                      Path(os.path.realpath(versions_dir(output)))):
            if inp == place or inp.is_relative_to(place) or place.is_relative_to(inp):
                raise OutputError(f"--input {input_dir} and --output {output} overlap "
                                  "(one is inside the other); choose separate folders")
    if output.is_symlink():
        target = Path(os.path.realpath(output))
        if target.parent != Path(os.path.realpath(versions_dir(output))):
            raise OutputError(f"--output {output} is a symlink to {target}, which is not a "
                              "warehouse version this ETL built; choose another path")
    elif output.exists():
        if not output.is_dir():
            raise OutputError(f"--output {output} exists and is not a directory")
        if any(output.iterdir()):
            raise OutputError(f"--output {output} is a non-empty directory that is not a "
                              "warehouse built by this ETL; choose an empty or new path")


def check_writable(output: Path) -> None:
    """Create OUTPUT's parent folder if needed and its lock file beside OUTPUT, or raise
    OutputError saying why not (read-only disk, a file where a folder should be, no
    permission): a usage error, told before any work is done."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(lock_path(output), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644))
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        raise OutputError(f"cannot write --output {output}: {e.strerror or e}{where}") \
            from None


_held_lock_fds: set[int] = set()


def forget_inherited_locks() -> None:
    """In a forked worker: close the copies of the parent's lock descriptors.

    flock belongs to the open file, which a fork shares; a worker that outlived a killed
    parent would otherwise keep the output locked.
    """
    for fd in list(_held_lock_fds):
        try:
            os.close(fd)
        except OSError:
            pass
    _held_lock_fds.clear()


@contextmanager
def output_lock(output: Path):
    """Exclusive lock on OUTPUT for the whole run; raises LockedError if held."""
    output.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(output)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(f"another ETL run is writing {output} (lock {path}); "
                              "wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        _held_lock_fds.add(fd)
        yield
    finally:
        _held_lock_fds.discard(fd)
        os.close(fd)


def clean_leftovers(output: Path) -> None:
    """Remove unfinished builds of killed runs (their directories start with '.tmp-')."""
    vdir = versions_dir(output)
    if vdir.is_dir():
        for child in vdir.iterdir():
            if child.name.startswith(".tmp-"):
                shutil.rmtree(child, ignore_errors=True)
    for stray in output.parent.glob(f".{output.name}.link-*"):
        stray.unlink(missing_ok=True)
    if vdir.is_dir() and output.is_symlink():
        # A run killed after its swap but before pruning left old versions behind.
        _prune(vdir, keep=output.resolve())


class WarehouseWriter:
    """Builds one new warehouse version; `commit()` publishes it atomically.

    Tables may be written whole (`write_table`) or streamed in batches
    (`open_stream` → `write_batch` …), so large corpora need bounded memory.
    Rows the corpus pass needs back later are spilled (`spill` … `spilled`) to Arrow
    files beside the build instead of staying in memory as Python objects.
    """

    def __init__(self, output: Path):
        self.output = output
        self.vdir = versions_dir(output)
        self.vdir.mkdir(parents=True, exist_ok=True)
        self.tmp = self.vdir / f".tmp-{uuid.uuid4().hex}"
        self.tmp.mkdir()
        # A sibling, not a child, of the build: nothing but tables is ever renamed into a
        # version. Its '.tmp-' prefix makes clean_leftovers remove it after a killed run.
        self.spill_dir = self.vdir / f"{self.tmp.name}.spill"
        self.rows: dict[str, int] = {}
        self._streams: dict[str, pq.ParquetWriter] = {}
        self._spills: dict[str, tuple[pa.NativeFile, pa.ipc.RecordBatchStreamWriter]] = {}

    def _path(self, name: str) -> Path:
        return self.tmp / f"{name}.parquet"

    def write_table(self, name: str, table: pa.Table, order: pa.Array | None = None) -> None:
        """Write `table`, or its rows in `order` (row indices) when given.

        With `order`, rows are gathered one row group at a time, so no sorted copy of the
        whole table is made; the file is the same as writing the sorted table at once.
        """
        if order is None:
            pq.write_table(table, self._path(name), compression="zstd",
                           row_group_size=ROW_GROUP)
            self.rows[name] = table.num_rows
        else:
            with pq.ParquetWriter(self._path(name), table.schema, compression="zstd") as w:
                for start in range(0, max(len(order), 1), ROW_GROUP):
                    w.write_table(table.take(order[start:start + ROW_GROUP]),
                                  row_group_size=ROW_GROUP)
            self.rows[name] = len(order)

    def write_rows(self, name: str, rows: list[dict]) -> None:
        self.write_table(name, schema.to_arrow(name, rows))

    def open_stream(self, name: str, arrow_schema: pa.Schema) -> None:
        self._streams[name] = pq.ParquetWriter(self._path(name), arrow_schema,
                                               compression="zstd")
        self.rows[name] = 0

    def write_batch(self, name: str, table: pa.Table) -> None:
        if table.num_rows:
            self._streams[name].write_table(table)
            self.rows[name] += table.num_rows

    def close_stream(self, name: str) -> None:
        self._streams.pop(name).close()

    def spill(self, name: str, table: pa.Table) -> None:
        """Append rows to the run's scratch copy of `name` (never published)."""
        if name not in self._spills:
            self.spill_dir.mkdir(exist_ok=True)
            sink = pa.OSFile(str(self.spill_dir / f"{name}.arrow"), "wb")
            options = pa.ipc.IpcWriteOptions(compression="zstd")
            self._spills[name] = sink, pa.ipc.new_stream(sink, table.schema, options=options)
        self._spills[name][1].write_table(table)

    def spilled(self, name: str, arrow_schema: pa.Schema) -> pa.Table:
        """Every row spilled under `name`, in the order spilled; the scratch copy is deleted."""
        if name not in self._spills:
            return arrow_schema.empty_table()
        self._close_spill(name)
        path = self.spill_dir / f"{name}.arrow"
        with pa.OSFile(str(path)) as source:
            table = pa.ipc.open_stream(source).read_all()
        path.unlink()
        return table

    def _close_spill(self, name: str) -> None:
        sink, stream = self._spills.pop(name)
        stream.close()
        sink.close()

    def _drop_spills(self) -> None:
        for name in list(self._spills):
            self._close_spill(name)
        shutil.rmtree(self.spill_dir, ignore_errors=True)

    def commit(self, manifest: dict) -> str:
        """Derive the serving marts, fsync, name the version by its content, swap the symlink;
        returns the version."""
        for name in list(self._streams):
            self.close_stream(name)
        self._drop_spills()
        mart_rows = {}
        if all(self._path(t).is_file() for t in schema.TABLES):
            mart_rows = marts.build_marts({t: str(self._path(t)) for t in schema.TABLES},
                                          self.tmp / marts.MARTS_DIR)
        version = _content_hash(self.tmp)
        manifest = {**manifest, "warehouse_version": version,
                    "tables": {k: self.rows[k] for k in sorted(self.rows)}, "marts": mart_rows}
        _write_json(self.tmp / "manifest.json", manifest)
        _fsync_dir(self.tmp)
        final = self.vdir / version
        if final.exists():
            # Identical tables already on disk: reuse them, but the run's facts (input
            # fingerprint, unmatched curation, counts) are new, so replace the manifest.
            os.replace(self.tmp / "manifest.json", final / "manifest.json")
            shutil.rmtree(self.tmp)
        else:
            os.rename(self.tmp, final)
        _swap_symlink(self.output, final)
        _prune(self.vdir, keep=final)
        return version

    def abort(self) -> None:
        for w in self._streams.values():
            w.close()
        self._drop_spills()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _content_hash(folder: Path) -> str:
    h = hashlib.sha256()
    # The marts' Parquet files and metadata, not their DuckDB copy or the search index (whose
    # bytes vary).
    hashed = [p for p in folder.glob(f"{marts.MARTS_DIR}/*")
              if p.name not in (marts.SERVING_FILE, search_index.SEARCH_FILE)]
    for p in sorted([*folder.glob("*.parquet"), *hashed]):
        h.update(p.relative_to(folder).as_posix().encode())
        with p.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()[:16]


def _write_json(path: Path, data: dict) -> None:
    with path.open("w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    for p in folder.iterdir():
        if p.is_dir():
            _fsync_dir(p)
            continue
        with p.open("rb") as f:
            os.fsync(f.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap_symlink(output: Path, target: Path) -> None:
    """Point OUTPUT at `target` with one rename (atomic on POSIX)."""
    if output.exists() and not output.is_symlink():
        # An empty directory made by the user (e.g. mktemp -d); check_output refused any
        # other. rmdir fails rather than delete anything that appeared since.
        output.rmdir()
    link = output.parent / f".{output.name}.link-{uuid.uuid4().hex}"
    rel = os.path.relpath(target, output.parent)
    os.symlink(rel, link)
    os.replace(link, output)
    fd = os.open(output.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(vdir: Path, keep: Path) -> None:
    keep = keep.resolve()
    # Only names this module gives versions (a 16-hex content hash) are ever deleted.
    olds = sorted((p for p in vdir.iterdir()
                   if p.resolve() != keep and _VERSION_NAME.fullmatch(p.name)),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    for p in olds[KEEP_OLD_VERSIONS:]:
        shutil.rmtree(p, ignore_errors=True)
    for p in vdir.glob(".tmp-old-*"):
        shutil.rmtree(p, ignore_errors=True)


def read_manifest(output: Path) -> dict | None:
    try:
        return json.loads((output / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def table_names() -> Iterable[str]:
    return schema.TABLES.keys()
