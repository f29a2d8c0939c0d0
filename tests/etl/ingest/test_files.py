"""The input folder: listing, size limits, links (etl/ingest/files.py)."""
from __future__ import annotations

import pytest

from etl import ingest
from etl.ingest import (
    IngestError,
    discover,
    read_source,
)


def test_discover_skips_hidden_and_sorts_by_relative_path(tmp_path):
    for rel in ["b.txt", "a/z.md", "a/b.html", ".git/config", "c/.cache.txt", "A.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == [
        "A.txt", "a/b.html", "a/z.md", "b.txt"]


def test_read_source_refuses_files_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.files, "MAX_FILE_BYTES", 1024)
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 2048)
    with pytest.raises(IngestError, match="file too large: 0.0 MiB exceeds the limit"):
        read_source(f, tmp_path)


def test_read_source_refuses_a_directory(tmp_path):
    (tmp_path / "d.txt").mkdir()
    with pytest.raises(IngestError, match=r"not a regular file \(a directory\)"):
        read_source(tmp_path / "d.txt", tmp_path)


def test_read_source_returns_bytes_and_follows_links_inside_the_folder(tmp_path):
    (tmp_path / "real.txt").write_bytes(b"hello")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert read_source(tmp_path / "link.txt", tmp_path) == b"hello"
