"""The one path from the dashboard and its services to the warehouse: DuckDB views over the
Parquet files.

`inspect_warehouse` says what is there (ok / empty / partial / missing) from cheap file
checks; `connect` opens DuckDB with a view per table and per serving mart (etl/marts.py), the
marts read from a DuckDB file built once per warehouse version (`serving_db`); `run`
executes a `ui.queries.Query` and caches the result under a token that changes whenever the
warehouse's manifest changes, so a rebuild is picked up on the next rerun. `read` runs one
query on a given warehouse, uncached, for the services (services/), which run without
Streamlit: its caches are made on first use (`_caches`), so importing this module does not
load it.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

import settings
from etl import marts, search_index
from etl.schema import TABLES
from ui.queries import EXTRA_COLUMNS, Query

BUILD_COMMAND = "make run   # or: python -m etl --input data/raw --output data/warehouse"

# `skip` entry meaning "the warehouse's own marts are unreadable: build them afresh".
OWN_MARTS = "marts"

_DUCK_TYPES = {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.float64(): "DOUBLE",
               pa.date32(): "DATE", pa.list_(pa.string()): "VARCHAR[]"}


@dataclass(frozen=True)
class Warehouse:
    path: Path
    status: str  # ok | empty | partial | missing
    tables: dict[str, str] = field(default_factory=dict)  # table → parquet glob
    missing: tuple[str, ...] = ()
    manifest: dict = field(default_factory=dict)
    version: str = ""
    token: str = ""


def _table_glob(root: Path, table: str) -> str | None:
    path = root / f"{table}.parquet"
    if path.is_file():
        return str(path)
    if path.is_dir() and any(path.rglob("*.parquet")):
        return str(path / "**" / "*.parquet")
    return None


def inspect_warehouse(path: Path | None = None) -> Warehouse:
    """What the warehouse at `path` holds; never raises."""
    root = path or settings.warehouse_dir()
    try:
        resolved = root.resolve()
        if not resolved.is_dir():
            return Warehouse(root, "missing", missing=tuple(TABLES))
        tables = {t: g for t in TABLES if (g := _table_glob(resolved, t))}
        missing = tuple(t for t in TABLES if t not in tables)
        manifest_path = resolved / "manifest.json"
        raw = manifest_path.read_bytes() if manifest_path.is_file() else b""
        try:
            manifest = json.loads(raw) if raw else {}
            manifest = manifest if isinstance(manifest, dict) else {}
        except ValueError:
            manifest = {}
        if not tables:
            return Warehouse(root, "missing", missing=missing, manifest=manifest)
        mtimes = "|".join(f"{t}:{(resolved / f'{t}.parquet').stat().st_mtime_ns}"
                          for t in tables)
        if raw:
            mtimes += f"|manifest:{manifest_path.stat().st_mtime_ns}"
        version = str(manifest.get("warehouse_version")
                      or hashlib.sha256(raw or mtimes.encode()).hexdigest()[:12])
        token = hashlib.sha256(f"{resolved}|{mtimes}".encode() + raw).hexdigest()[:16]
        status = "partial" if missing else "ok"
        return Warehouse(root, status, tables, missing, manifest, version, token)
    except OSError:
        return Warehouse(root, "missing", missing=tuple(TABLES))


def _view_sql(con: duckdb.DuckDBPyConnection, table: str, glob: str | None) -> str:
    """A view exposing every declared column; columns the files lack read as typed NULLs."""
    declared = [(f.name, _DUCK_TYPES.get(f.type, "VARCHAR")) for f in TABLES[table].schema]
    declared += [(c, t) for c, t in EXTRA_COLUMNS.get(table, ())
                 if c not in TABLES[table].schema.names]
    if glob is None:
        cols = ", ".join(f'CAST(NULL AS {t}) AS "{c}"' for c, t in declared)
        return f"CREATE VIEW {table} AS SELECT {cols} WHERE FALSE"
    # A directory of files may differ in columns; a single file needs no by-name union, which
    # would re-read its schema on every query.
    by_name = ", union_by_name = true" if "*" in glob else ""
    src = f"read_parquet({_quote(glob)}{by_name})"
    present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()}
    extra = ", ".join(f'CAST(NULL AS {t}) AS "{c}"' for c, t in declared if c not in present)
    return f"CREATE VIEW {table} AS SELECT *{', ' + extra if extra else ''} FROM {src}"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(wh: Warehouse, skip: tuple[str, ...] = ()
            ) -> tuple[duckdb.DuckDBPyConnection, tuple[str, ...]]:
    """An in-memory DuckDB with one view per table and per mart; unreadable tables (and
    `skip`, tables found unreadable later) become empty views."""
    # Both cores; Parquet footers cached across queries (checked against the file's mtime),
    # which matters for the many small queries of a page on files with many row groups.
    con = duckdb.connect(":memory:", config={
        "threads": settings.DUCKDB_THREADS, "memory_limit": settings.DUCKDB_MEMORY_LIMIT,
        "temp_directory": str(settings.DUCKDB_TEMP_DIR)})
    try:
        # GLOBAL: every query runs on a cursor (`execute`), a connection of its own, which
        # does not see the settings of this one (a plain SET is local to it).
        con.execute("SET GLOBAL parquet_metadata_cache = true")
        # Group-bys on integer keys up to 2^18 values (organisations, people) use a
        # directly indexed table instead of hashing (the default stops at 2^12): a third of
        # the time of a group-by over the organisations of a million events.
        con.execute("SET GLOBAL perfect_ht_threshold = 18")
    except duckdb.Error:  # an older DuckDB or no Parquet extension: correct, only slower
        pass
    broken = list(wh.missing) + [t for t in skip if t in TABLES]
    for table in TABLES:
        glob = None if table in skip else wh.tables.get(table)
        try:
            con.execute(_view_sql(con, table, glob))
            if glob is not None:
                # The first page of each column: catches a file whose footer opens but whose
                # data does not, before the marts (which may be intact) hide it.
                con.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
        except duckdb.Error:
            broken.append(table)
            con.execute(f"DROP VIEW IF EXISTS {table}")
            con.execute(_view_sql(con, table, None))
    broken_tables = tuple(t for t in TABLES if t in broken)
    own = tuple(s for s in skip if s == OWN_MARTS)
    try:
        db = serving_db(wh, con, (*broken_tables, *own))
    except duckdb.Error:
        # A table whose footer opens but whose pages fail: read it as empty, as `run` does.
        bad = [t for t in _probe(con) if t in TABLES and t not in broken_tables]
        if not bad:
            raise
        for table in bad:
            con.execute(f"DROP VIEW {table}")
            con.execute(_view_sql(con, table, None))
        broken_tables = tuple(t for t in TABLES if t in broken_tables or t in bad)
        db = serving_db(wh, con, (*broken_tables, *own))
    if not _attach(con, db):  # the warehouse's own file is damaged: build one from the tables
        db = serving_db(wh, con, (*broken_tables, OWN_MARTS))
        if not _attach(con, db):
            raise duckdb.IOException(f"cannot open the serving marts {db}")
    for name in marts.MARTS:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM serving.{name}")
    return con, broken_tables


def serving_db(wh: Warehouse, con: duckdb.DuckDBPyConnection, skip: tuple[str, ...] = ()
               ) -> Path:
    """The DuckDB file holding this warehouse version's marts: the warehouse's own when the
    ETL wrote it and every table reads, else one built once into the cache (copied from the
    warehouse's Parquet marts, or derived from the tables `con` sees by the ETL's own
    `marts.build_marts_on`)."""
    own = wh.path.resolve() / marts.MARTS_DIR if wh.tables else None
    use_own = own is not None and not skip and marts.read_meta(own) is not None
    if use_own and (own / marts.SERVING_FILE).is_file():
        return own / marts.SERVING_FILE
    key = hashlib.sha256(f"{wh.token}|{wh.path.resolve()}|{sorted(skip)}|{use_own}|"
                         f"{marts.MARTS_VERSION}".encode()).hexdigest()[:16]
    target = settings.MARTS_CACHE_DIR / f"{key}.duckdb"
    if target.is_file():  # only complete files are renamed into place
        return target
    settings.MARTS_CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = settings.MARTS_CACHE_DIR / f".tmp-{key}-{uuid.uuid4().hex}"
    try:
        if use_own:
            tmp.mkdir()
            marts.copy_serving_db(con, tmp / marts.SERVING_FILE, own)
        else:
            marts.build_marts_on(con, tmp, parquet=False)
        # atomic; a concurrent build of the same version is identical
        os.replace(tmp / marts.SERVING_FILE, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _prune_marts_cache(keep=target)
    return target


def _attach(con: duckdb.DuckDBPyConnection, db: Path) -> bool:
    """Attach `db` read-only as `serving` if it is a serving file of this marts version."""
    try:
        con.execute(f"ATTACH {_quote(str(db))} AS serving (READ_ONLY)")
    except duckdb.Error:
        return False
    try:
        found = con.execute("SELECT marts_version FROM serving.marts_meta").fetchone()
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'serving'").fetchall()}
        if found and found[0] == marts.MARTS_VERSION and set(marts.MARTS) <= tables:
            return True
    except duckdb.Error:
        pass
    con.execute("DETACH serving")
    return False


def _prune_marts_cache(keep: Path) -> None:
    """Keep the most recent few serving files (another session may still read the previous
    one; an open file outlives its unlinking)."""
    try:
        olds = sorted((p for p in settings.MARTS_CACHE_DIR.glob("*.duckdb") if p != keep),
                      key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for p in olds[settings.MARTS_CACHE_KEEP - 1:]:
        p.unlink(missing_ok=True)


def _open(path: str, token: str, skip: tuple[str, ...] = ()
          ) -> tuple[duckdb.DuckDBPyConnection, tuple[str, ...]]:
    return connect(inspect_warehouse(Path(path)), skip)


def _query(path: str, token: str, sql: str, params_json: str,
           skip: tuple[str, ...] = ()) -> pd.DataFrame:
    con, _ = _connection(path, token, skip)
    return execute(con, Query(sql, json.loads(params_json)))


def search_rows(path: str, token: str, text: str, statuses: tuple[str, ...],
                limit: int) -> pd.DataFrame | None:
    """The first `limit` documents of the index at `path` holding `text` (stripped; all of
    them when empty), in listing order; None when the index leaves this text to a scan.
    Uncached (`token` keys the cache of `search_documents`)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        if not text:
            cur = db.execute(search_index.listing_sql(len(statuses)), (*statuses, int(limit)))
            return pd.DataFrame(cur.fetchall(), columns=[d[0] for d in cur.description])
        match = search_index.match_expression(db, text)
        if match is None:
            return None
        if not match:  # no indexed trigram holds it: no document does
            return pd.DataFrame(columns=list(search_index.COLUMNS))
        cur = db.execute(search_index.match_sql(len(statuses)),
                         (match, *statuses, int(limit)))
        cols = [d[0] for d in cur.description]
        return pd.DataFrame(cur.fetchall(), columns=cols)


@cache
def _caches() -> tuple:
    """Streamlit's caches of the connection (one per warehouse version), of query results
    and of searches, shared by every session of the server; made once, on first use."""
    import streamlit as st

    return (st.cache_resource(max_entries=4, show_spinner="Preparing this warehouse for the "
                              "dashboard (once per version)…")(_open),
            st.cache_data(max_entries=1024, show_spinner=False)(_query),
            st.cache_data(max_entries=256, show_spinner=False)(search_rows))


def _connection(path: str, token: str, skip: tuple[str, ...] = ()
                ) -> tuple[duckdb.DuckDBPyConnection, tuple[str, ...]]:
    return _caches()[0](path, token, skip)


# Build token → tables whose footer opens but whose pages fail to read (a damaged file). Found
# only when a query fails, by reading each table in full once; later queries see them empty.
_UNREADABLE: dict[str, tuple[str, ...]] = {}


def _probe(con: duckdb.DuckDBPyConnection) -> tuple[str, ...]:
    """The tables whose pages cannot be read (by reading each whole), and OWN_MARTS when a
    mart cannot be read."""
    bad = [t for t in TABLES if not _readable(con, t)]
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    if any(m in views and not _readable(con, m) for m in marts.MARTS):
        bad.append(OWN_MARTS)
    return tuple(bad)


def _readable(con: duckdb.DuckDBPyConnection, view: str) -> bool:
    cur = con.cursor()
    try:
        for _ in cur.sql(f"SELECT * FROM {view}").to_arrow_reader(65_536):
            pass
        return True
    except (duckdb.Error, pa.ArrowException, OSError):  # the table cannot be read
        return False
    finally:
        cur.close()


def current() -> Warehouse:
    """The warehouse named by the environment, with unreadable tables counted as missing."""
    wh = inspect_warehouse()
    if wh.status == "missing":
        return wh
    _, broken = _connection(str(wh.path), wh.token, _UNREADABLE.get(wh.token, ()))
    if broken != wh.missing:
        return Warehouse(wh.path, "partial", wh.tables, broken, wh.manifest, wh.version, wh.token)
    return wh


def execute(con: duckdb.DuckDBPyConnection, query: Query) -> pd.DataFrame:
    """Run one query on its own cursor (DuckDB connections are not shared across threads)."""
    cur = con.cursor()
    try:
        return cur.execute(query.sql, query.params or None).df()
    finally:
        cur.close()


def _cached(path: str, token: str, sql: str, params_json: str,
            skip: tuple[str, ...] = ()) -> pd.DataFrame:
    return _caches()[1](path, token, sql, params_json, skip)


def run(query: Query) -> pd.DataFrame:
    """The rows of `query` on the current warehouse (empty frame if there is none).

    A table whose pages turn out unreadable is read as empty from then on (`current()`
    names it as missing); an error with every table readable is a query bug and is raised.
    """
    wh = inspect_warehouse()
    if wh.status == "missing":
        return pd.DataFrame()
    args = (str(wh.path), wh.token, query.sql, json.dumps(query.params, sort_keys=True))
    skip = _UNREADABLE.get(wh.token, ())
    try:
        return _cached(*args, skip)
    except duckdb.Error:
        if wh.token not in _UNREADABLE:
            _UNREADABLE[wh.token] = _probe(_connection(str(wh.path), wh.token, skip)[0])
        if set(_UNREADABLE[wh.token]) <= set(skip):
            raise
        return _cached(*args, _UNREADABLE[wh.token])


def search_db(wh: Warehouse) -> Path | None:
    """The full-text index of this warehouse version: the one the ETL wrote beside the marts,
    else one built once into the cache from the documents; None when the documents hold too
    little text for an index to pay (the caller scans) or none can be had."""
    own = wh.path.resolve() / marts.MARTS_DIR / search_index.SEARCH_FILE
    if search_index.usable(own):
        return own
    target = settings.MARTS_CACHE_DIR / f"{wh.token}-{search_index.SEARCH_VERSION}.sqlite"
    if search_index.usable(target):
        return target
    con, _ = _connection(str(wh.path), wh.token, _UNREADABLE.get(wh.token, ()))
    try:
        if not search_index.worth_building(con.cursor()):
            return None  # little text: the caller's scan is fast enough
    except duckdb.Error:
        return None
    settings.MARTS_CACHE_DIR.mkdir(parents=True, exist_ok=True)
    try:
        search_index.build(con.cursor(), target)
    except (duckdb.Error, sqlite3.Error, OSError):
        return None
    return target if search_index.usable(target) else None


def search_documents(text: str, statuses: tuple[str, ...] = (), limit: int = 200
                     ) -> pd.DataFrame | None:
    """The first `limit` documents whose path, title or text contains `text` (in listing
    order; without text, the first documents), found through the full-text index; None when
    the index cannot answer (no index, a character held by too many trigrams): the caller
    scans instead."""
    text = text.strip()
    wh = inspect_warehouse()
    if wh.status == "missing":
        return None
    db = search_db(wh)
    if db is None:
        return None
    try:
        return _caches()[2](str(db), wh.token, text, tuple(statuses), limit)
    except sqlite3.Error:
        return None


def read(path: Path, query: Query) -> pd.DataFrame:
    """The rows of `query` on the warehouse at `path`, uncached and without Streamlit (empty
    when there is no warehouse): for services that read what a rebuild just wrote."""
    wh = inspect_warehouse(path)
    if wh.status == "missing":
        return pd.DataFrame()
    con, _ = connect(wh)
    try:
        return execute(con, query)
    finally:
        con.close()


def scalar_row(query: Query) -> dict:
    """The first row of `query` as a dict ({} when there is none)."""
    df = run(query)
    return {} if df.empty else df.iloc[0].to_dict()
