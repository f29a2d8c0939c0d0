"""The documents' full-text search index: SQLite FTS5 with the trigram tokenizer (standard
library), so the dashboard finds a word in a million articles without scanning every text.

One row per document, inserted in `source_path` order so that FTS5's rowid order is the
order the dashboard lists documents in: a search stops after the first page of matches. The
trigram tokenizer matches any substring of three or more characters, case-insensitively
(Chinese included). A query of one or two characters (a two-character Chinese word, "5G")
is found through the trigrams that hold it: table `grams` maps every one- and two-character
piece of an indexed trigram to the trigram, and the search is the OR of those trigrams
(a document's body is its path, a space, its title and its text: a piece of it sits inside
some trigram unless the whole body is shorter than three characters). The file is built
next to the marts (`marts/search.sqlite`, outside the version hash: SQLite's bytes are not
promised stable), or by the dashboard into its cache for a warehouse without one.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import duckdb

SEARCH_FILE = "search.sqlite"
SEARCH_VERSION = "2"  # 2: the grams table (queries of one or two characters)
# Versions a reader uses: an index of version 1 (no grams table) still answers queries of
# three characters or more and the listing, so a warehouse written before need not be
# indexed again (minutes at a million documents); its shorter queries are scanned.
READABLE_VERSIONS = ("1", SEARCH_VERSION)
MIN_QUERY = 3  # trigrams: a shorter query is the OR of the trigrams holding it
# A one- or two-character query held by more trigrams than this is left to a scan (an OR of
# so many phrases costs more than reading the texts, and a piece that common is found
# early by a scan too).
SHORT_MAX_TERMS = 5_000
# Below this many characters of text a scan answers a search within the page budget
# (0.25 s for 36 M characters on 2 busy cores), and the index would cost more than it
# saves: its build takes ~6 s of one core per 36 M characters (half the ETL's tail at 10k
# articles).
SCAN_LIMIT_CHARS = 50_000_000
COLUMNS = ("doc_id", "source_path", "title", "language", "status", "error", "duplicate_of",
           "n_chars")
_BATCH = 20_000


def worth_building(con: duckdb.DuckDBPyConnection,
                   limit: int = SCAN_LIMIT_CHARS) -> bool:
    """Whether the documents `con` sees hold enough text that a scan would be slow."""
    cols = {r[0] for r in con.execute("DESCRIBE documents").fetchall()}
    if "n_chars" not in cols:
        return True
    total = con.execute("SELECT coalesce(sum(n_chars), 0) FROM documents").fetchone()[0]
    return int(total) >= limit


def build(con: duckdb.DuckDBPyConnection, target: Path) -> int:
    """Write the index of the `documents` view `con` sees to `target` (atomically: a temporary
    file renamed into place); returns the number of documents indexed."""
    has_text = "text" in {r[0] for r in con.execute("DESCRIBE documents").fetchall()}
    text = "coalesce(text, '')" if has_text else "''"
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    db = sqlite3.connect(tmp)
    n = 0
    try:
        db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
            # display columns ride along unindexed: a search returns its page directly
            "CREATE VIRTUAL TABLE docs USING fts5(body, "
            + ", ".join(f"{c} UNINDEXED" for c in COLUMNS)
            + ", tokenize = 'trigram');")
        cur = con.cursor()
        batches = cur.sql(
            f"SELECT concat_ws(' ', source_path, title, {text}) AS body, "
            + ", ".join(COLUMNS) + " FROM documents ORDER BY source_path, doc_id"
        ).to_arrow_reader(_BATCH)
        insert = f"INSERT INTO docs VALUES ({', '.join('?' * (len(COLUMNS) + 1))})"
        for batch in batches:
            rows = list(zip(*(batch.column(i).to_pylist() for i in range(batch.num_columns)),
                            strict=True))
            db.executemany(insert, rows)
            n += len(rows)
        cur.close()
        db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
        _write_grams(db)
        db.execute("INSERT INTO meta VALUES ('search_version', ?)", (SEARCH_VERSION,))
        db.commit()
        db.close()
        os.replace(tmp, target)
    finally:
        db.close()
        tmp.unlink(missing_ok=True)
    return n


def _write_grams(db: sqlite3.Connection) -> None:
    """Table `grams`: each one- and two-character piece of every trigram the index holds
    (already case-folded by the tokenizer), with the trigram."""
    db.execute("CREATE TABLE grams (gram TEXT, term TEXT, PRIMARY KEY (gram, term)) "
               "WITHOUT ROWID")
    db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, docs, 'row')")
    terms = [r[0] for r in db.execute("SELECT term FROM temp.vocab")]
    db.execute("DROP TABLE temp.vocab")
    pieces = {(t[i:i + n], t) for t in terms for n in (1, 2) for i in range(len(t) - n + 1)}
    db.executemany("INSERT INTO grams VALUES (?, ?)", sorted(pieces))


def usable(path: Path) -> bool:
    """Whether `path` is a complete index of a version this code reads."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'search_version'").fetchone()
            return bool(row) and row[0] in READABLE_VERSIONS
    except sqlite3.Error:
        return False


def match_sql(statuses: int) -> str:
    """The page of documents matching a phrase (`?` 1), with `statuses` status values (`?`
    2…) when filtered by status, in listing order, at most `?` (last) rows."""
    status = f" AND status IN ({', '.join('?' * statuses)})" if statuses else ""
    return (f"SELECT {', '.join(COLUMNS)} FROM docs WHERE docs MATCH ?{status} "
            "ORDER BY rowid LIMIT ?")


def listing_sql(statuses: int) -> str:
    """The first documents in listing order (rowid order), with `statuses` status values (`?`
    1…) when filtered by status, at most `?` (last) rows: the page before anything is typed."""
    status = f" WHERE status IN ({', '.join('?' * statuses)})" if statuses else ""
    return f"SELECT {', '.join(COLUMNS)} FROM docs{status} ORDER BY rowid LIMIT ?"


def match_expression(db: sqlite3.Connection, text: str) -> str | None:
    """What to MATCH to find the documents holding `text` (stripped, not empty): from three
    characters on, the text as one phrase; shorter, the OR of the indexed trigrams holding it,
    "" when none does (no document holds it); None when too many do (the caller scans)."""
    if len(text) >= MIN_QUERY:
        return phrase(text)
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'grams'").fetchone():
        return None  # an index of version 1
    terms = [r[0] for r in db.execute("SELECT term FROM grams WHERE gram = ? LIMIT ?",
                                      (text.lower(), SHORT_MAX_TERMS + 1))]
    if len(terms) > SHORT_MAX_TERMS:
        return None
    return " OR ".join(map(phrase, terms))


def phrase(text: str) -> str:
    """The user's words as one FTS5 phrase (quotes doubled): matched as a substring, never
    read as query syntax."""
    return '"' + text.replace('"', '""') + '"'
