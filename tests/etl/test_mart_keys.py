"""The serving marts on a warehouse the ETL built from ../shared/dev: each has the columns
etl/schema.py declares, its key is unique, and every reference points at a real row (mart
rows at real events, organisations, people, documents and amounts; every event's place in
the places mart)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from etl import marts, schema


@pytest.fixture(scope="module")
def con(dev_warehouse: Path):
    """Every table (with its integer rank keys, schema.RANK_KEYS) and every mart as a view."""
    db = duckdb.connect()
    ranks = {table: (col, k) for k, (table, col) in schema.RANK_KEYS.items()}
    for name in schema.TABLES:
        src = f"read_parquet('{dev_warehouse / name}.parquet')"
        rank = (f", (row_number() OVER (ORDER BY {ranks[name][0]}))::INTEGER AS {ranks[name][1]}"
                if name in ranks else "")
        db.execute(f"CREATE VIEW {name} AS SELECT *{rank} FROM {src}")
    for name in schema.MARTS:
        db.execute(f"CREATE VIEW {name} AS SELECT * FROM "
                   f"read_parquet('{dev_warehouse / marts.MARTS_DIR / name}.parquet')")
    yield db
    db.close()


def _count(con, sql: str) -> int:
    return con.execute(sql).fetchone()[0]


@pytest.mark.parametrize("name", list(schema.MARTS))
def test_each_mart_has_the_columns_and_types_its_declaration_gives(dev_warehouse, name):
    found = pq.read_schema(dev_warehouse / marts.MARTS_DIR / f"{name}.parquet")
    declared = schema.MARTS[name].schema
    assert [(f.name, f.type) for f in found] == [(f.name, f.type) for f in declared]
    with duckdb.connect(str(dev_warehouse / marts.MARTS_DIR / marts.SERVING_FILE),
                        read_only=True) as served:
        columns = [r[0] for r in served.execute(f"DESCRIBE {name}").fetchall()]
    assert columns == declared.names


@pytest.mark.parametrize("name", list(schema.MARTS))
def test_each_mart_key_is_unique(con, name):
    key = ", ".join(schema.MARTS[name].key)
    assert _count(con, f"SELECT count(*) FROM {name}") > 0
    assert _count(con, f"SELECT count(*) FROM (SELECT {key} FROM {name} GROUP BY ALL "
                       "HAVING count(*) > 1)") == 0


REFS = [(name, ref) for name, table in schema.MARTS.items() for ref in table.refs]


@pytest.mark.parametrize(("name", "ref"), REFS,
                         ids=[f"{n}.{'+'.join(r.columns)}->{r.table}" for n, r in REFS])
def test_each_mart_reference_points_at_a_real_row(con, name, ref):
    pointing = " OR ".join(f"c.{col} IS NOT NULL" for col in ref.columns)
    same = " AND ".join(f"p.{t} IS NOT DISTINCT FROM c.{col}"
                        for col, t in zip(ref.columns, ref.target, strict=True))
    assert _count(con, f"SELECT count(*) FROM {name} c WHERE {pointing}") > 0
    dangling = con.execute(f"SELECT DISTINCT {', '.join(f'c.{c}' for c in ref.columns)} "
                           f"FROM {name} c WHERE ({pointing}) AND NOT EXISTS "
                           f"(SELECT 1 FROM {ref.table} p WHERE {same}) LIMIT 5").fetchall()
    assert dangling == []


def test_every_event_link_and_amount_of_the_tables_is_on_the_marts(con):
    """The ETL writes no row pointing at a missing event, so the marts leave none out."""
    for table, mart in (("events", "m_events"), ("organizations", "m_orgs"),
                        ("people", "m_people"), ("event_organizations", "m_event_orgs"),
                        ("event_people", "m_event_people"), ("participant_mix", "m_mix"),
                        ("amounts", "m_amounts")):
        assert _count(con, f"SELECT count(*) FROM {mart}") == \
            _count(con, f"SELECT count(*) FROM {table}"), mart
    places = _count(con, "SELECT count(*) FROM (SELECT DISTINCT city, province_code, "
                         "country_code FROM events)")
    assert _count(con, "SELECT count(*) FROM m_places") == places


def test_the_reference_check_finds_a_dangling_row(con):
    """The check above can fail: an event link whose organisation is not in m_orgs."""
    con.execute("CREATE TEMP TABLE m_broken AS SELECT ek, ok + 100000 AS ok FROM m_event_orgs")
    ref = schema.Ref(("ok",), "m_orgs", ("ok",))
    with pytest.raises(AssertionError):
        test_each_mart_reference_points_at_a_real_row(con, "m_broken", ref)
