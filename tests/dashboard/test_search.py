"""The full-text index (SQLite FTS5 trigram) finds exactly what the scan finds, in the same
order, on the fixture warehouse (etl/search_index.py, ui/data.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from etl import search_index
from ui import queries as q
from ui.data import connect, execute, inspect_warehouse, search_rows


@pytest.fixture(scope="module")
def index(sample_wh: Path, tmp_path_factory: pytest.TempPathFactory):
    con, _ = connect(inspect_warehouse(sample_wh))
    path = tmp_path_factory.mktemp("search") / search_index.SEARCH_FILE
    assert search_index.build(con.cursor(), path) == 11
    return con, path


def _indexed(path: Path, text: str, statuses: tuple[str, ...] = ()) -> list[str] | None:
    rows = search_rows(str(path), "", text, statuses, 200)
    return None if rows is None else list(rows["doc_id"])


@pytest.mark.parametrize(("text", "statuses"), [
    ("licensing", ()), ("LICENSING", ()), ("Fraunhofer", ()), ("news/d0", ()),
    ("专利许可", ()), ("四川大学举行", ()), ("=HYPERLINK(\"http", ()),
    ("50%_x", ()), ("xylophone", ()), ("text layer", ()), ("Forum", ("ok",)),
    ("d01", ("duplicate",)),
    # one or two characters: the OR of the trigrams holding them
    ("四川", ()), ("学", ()), ("Li", ()), ("lI", ("ok",)), ("xy", ()), ("q", ()), ("%", ()),
    ("_", ()), ("=H", ()), ("5G", ()), ("\"", ()),
    # nothing typed: the listing itself
    ("", ()), ("", ("quarantined",)), ("", ("ok", "duplicate")),
])
def test_the_index_finds_what_the_scan_finds_in_the_same_order(index, text, statuses):
    con, path = index
    scanned = list(execute(con, q.document_search(text, statuses))["doc_id"])
    assert _indexed(path, text, statuses) == scanned


def test_a_query_is_a_phrase_never_query_syntax(index):
    _, path = index
    assert _indexed(path, 'Forum" OR "x') == []
    assert _indexed(path, "NEAR(a b)") == []


def test_an_index_of_another_version_or_a_broken_file_is_not_used(tmp_path):
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"not a database")
    assert not search_index.usable(bad)
    assert not search_index.usable(tmp_path / "missing.sqlite")


def test_a_character_held_by_too_many_trigrams_is_left_to_the_scan(index, monkeypatch):
    _, path = index
    assert _indexed(path, "e") is not None
    monkeypatch.setattr(search_index, "SHORT_MAX_TERMS", 3)
    assert _indexed(path, "e") is None
    assert _indexed(path, "四川") is not None  # held by fewer trigrams


def test_an_index_without_grams_still_answers_long_queries_and_scans_short_ones(
        index, tmp_path):
    """An index written before the grams table (version 1) is used as it is."""
    import shutil
    import sqlite3

    _, path = index
    old = tmp_path / "v1.sqlite"
    shutil.copy(path, old)
    with sqlite3.connect(old) as db:
        db.execute("DROP TABLE grams")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'search_version'")
    assert search_index.usable(old)
    assert _indexed(old, "Fraunhofer") == _indexed(path, "Fraunhofer") != []
    assert _indexed(old, "四川") is None
