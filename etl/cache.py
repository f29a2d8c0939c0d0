"""The extraction cache: what each document yielded, so unchanged documents are not redone.

Two keys, as SPEC §1 asks: a file whose (path, size, mtime) is unchanged is not
even re-read; otherwise its content hash + the extractor version find the result.
The cache lives beside the output (SQLite); a missing or corrupt cache costs
time, never correctness.
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    source_path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT);
CREATE TABLE IF NOT EXISTS results (
    sha256 TEXT, version TEXT, result BLOB, PRIMARY KEY (sha256, version));
"""


# A result's rows are not kept: they are the findings (events, amounts) made rows, which
# costs less to redo on a hit (≈ 0.1 ms) than their JSON and compression cost every put, and
# they were half the bytes stored.
_NOT_KEPT = "rows"


def _iso(v):
    """Dates in a result become ISO strings."""
    return v.isoformat()


class ExtractionCache:
    def __init__(self, path: Path, version: str):
        self.version = version
        self.path = path
        if path.is_symlink():
            # Never write through a planted link: run without a persistent cache.
            self.db = self._open(Path(":memory:"))
            return
        try:
            self.db = self._open(path)
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)  # corrupt: start over
            self.db = self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        return db

    def sha_for(self, source_path: str, size: int, mtime_ns: int) -> str | None:
        """The content hash recorded for an unchanged file, else None."""
        try:
            row = self.db.execute(
                "SELECT sha256 FROM files WHERE source_path=? AND size=? AND mtime_ns=?",
                (source_path, size, mtime_ns)).fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    def get(self, sha256: str) -> dict | None:
        """The result stored for this content, without its rows (normalize.document_rows)."""
        try:
            row = self.db.execute("SELECT result FROM results WHERE sha256=? AND version=?",
                                  (sha256, self.version)).fetchone()
            return json.loads(zlib.decompress(row[0])) if row else None
        except (sqlite3.DatabaseError, zlib.error, ValueError):
            return None

    def put(self, source_path: str, size: int, mtime_ns: int, sha256: str,
            result: dict | None) -> None:
        try:
            self.db.execute("INSERT OR REPLACE INTO files VALUES (?,?,?,?)",
                            (source_path, size, mtime_ns, sha256))
            if result is not None:
                kept = {k: v for k, v in result.items() if k != _NOT_KEPT}
                blob = zlib.compress(json.dumps(kept, ensure_ascii=False,
                                                default=_iso).encode(), 3)
                self.db.execute("INSERT OR REPLACE INTO results VALUES (?,?,?)",
                                (sha256, self.version, blob))
        except sqlite3.DatabaseError:
            pass  # a cache that cannot be written only costs time next run

    def begin(self) -> None:
        self.db.execute("BEGIN")

    def commit(self) -> None:
        try:
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError:
            pass

    def forget_missing(self, present: set[str]) -> None:
        """Drop file rows of documents deleted from the corpus."""
        try:
            known = {r[0] for r in self.db.execute("SELECT source_path FROM files")}
            for gone in known - present:
                self.db.execute("DELETE FROM files WHERE source_path=?", (gone,))
        except sqlite3.DatabaseError:
            pass

    def close(self) -> None:
        self.db.close()
