"""The serving marts derived from the warehouse tables (etl/marts.py)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from etl import marts
from etl.schema import TABLES
from synthetic.warehouse import write_warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("marts") / "wh"
    write_warehouse(out, 600, seed=5, chunk=250)
    return out


def _tables(wh: Path) -> dict[str, str]:
    return {t: str(wh / f"{t}.parquet") for t in TABLES}


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*.parquet"))}


def test_same_tables_give_the_same_parquet_bytes(warehouse: Path, tmp_path: Path) -> None:
    marts.build_marts(_tables(warehouse), tmp_path / "again")
    assert _digest(tmp_path / "again") == _digest(warehouse / marts.MARTS_DIR)
    assert set(_digest(tmp_path / "again")) == {f"{m}.parquet" for m in marts.MARTS}


def test_the_serving_file_holds_every_mart_with_the_parquet_rows(warehouse: Path) -> None:
    folder = warehouse / marts.MARTS_DIR
    assert marts.read_meta(folder)["marts_version"] == marts.MARTS_VERSION
    with duckdb.connect(str(folder / marts.SERVING_FILE), read_only=True) as db:
        for name in marts.MARTS:
            served = db.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()
            parquet = db.execute(f"SELECT * FROM read_parquet('{folder / name}.parquet') "
                                 "ORDER BY ALL").fetchall()
            assert served == parquet, name


def test_keys_follow_the_ids_order_and_every_link_row_has_its_events_columns(
        warehouse: Path) -> None:
    con = duckdb.connect()
    m = warehouse / marts.MARTS_DIR
    ev = con.execute(f"SELECT ek, event_id FROM '{m}/m_events.parquet' ORDER BY ek").fetchall()
    assert [e for _, e in ev] == sorted(e for _, e in ev)
    assert [k for k, _ in ev] == list(range(1, len(ev) + 1))
    # the event's columns on a link row are the event's own
    wrong = con.execute(
        f"SELECT count(*) FROM '{m}/m_event_orgs.parquet' x JOIN '{m}/m_events.parquet' e "
        "USING (ek) WHERE x.year IS DISTINCT FROM e.year OR x.country_code IS DISTINCT FROM "
        "e.country_code OR x.event_type IS DISTINCT FROM e.event_type").fetchone()[0]
    assert wrong == 0
    n_links = con.execute(f"SELECT count(*) FROM '{warehouse}/event_organizations.parquet'"
                          ).fetchone()[0]
    assert con.execute(f"SELECT count(*) FROM '{m}/m_event_orgs.parquet'").fetchone()[0] \
        == n_links


def test_organiser_flag_marks_one_row_per_event_and_organisation(warehouse: Path) -> None:
    con = duckdb.connect()
    flagged = con.execute(
        f"SELECT count(*) FROM '{warehouse}/marts/m_event_orgs.parquet' WHERE organiser"
    ).fetchone()[0]
    pairs = con.execute(
        f"SELECT count(*) FROM (SELECT DISTINCT event_id, org_id FROM "
        f"'{warehouse}/event_organizations.parquet' WHERE role IN {marts.ORGANISER_ROLES})"
    ).fetchone()[0]
    assert flagged == pairs > 0


def test_participation_is_international_when_an_organisation_is_foreign(tmp_path: Path) -> None:
    """Two events in China: one co-hosted with a German institute, one all-Chinese but for a
    partner of unknown country (which makes no event international)."""
    con = duckdb.connect()
    con.execute("CREATE TABLE events AS SELECT * FROM (VALUES "
                "('e1', 'd1', ['d1'], 'Sino-German Forum', 2021, 'CHN', 'forum'), "
                "('e2', 'd2', ['d2'], 'Kunming Fair', 2022, 'CHN', 'fair')) "
                "v(event_id, doc_id, source_doc_ids, name, year, country_code, event_type)")
    con.execute("ALTER TABLE events ADD COLUMN region VARCHAR DEFAULT 'Asia'")
    for col, kind in (("name_zh", "VARCHAR"), ("start_date", "DATE"),
                      ("date_precision", "VARCHAR"), ("city", "VARCHAR"),
                      ("province_code", "VARCHAR"), ("province", "VARCHAR"),
                      ("country", "VARCHAR"), ("attendance", "BIGINT")):
        con.execute(f"ALTER TABLE events ADD COLUMN {col} {kind}")
    con.execute("CREATE TABLE organizations AS SELECT * FROM (VALUES "
                "('o1', 'Zhejiang University', NULL, NULL, 'university', 'CHN'), "
                "('o2', 'Fraunhofer IPT', NULL, NULL, 'research_institute', 'DEU'), "
                "('o3', 'Yunnan Tech Link', NULL, NULL, 'intermediary', NULL)) "
                "v(org_id, name, name_zh, acronym, org_type, country_code)")
    con.execute("CREATE TABLE event_organizations AS SELECT * FROM (VALUES "
                "('e1', 'o1', 'host'), ('e1', 'o2', 'co_organizer'), ('e2', 'o1', 'host'), "
                "('e2', 'o3', 'partner')) "
                "v(event_id, org_id, role)")
    con.execute("CREATE TABLE people (person_id VARCHAR, name VARCHAR, title VARCHAR, "
                "org_id VARCHAR)")
    con.execute("CREATE TABLE event_people (event_id VARCHAR, person_id VARCHAR, "
                "role VARCHAR)")
    con.execute("CREATE TABLE participant_mix (event_id VARCHAR, dimension VARCHAR, "
                "category VARCHAR, share DOUBLE, count BIGINT, basis VARCHAR)")
    con.execute("CREATE TABLE documents AS SELECT * FROM (VALUES ('d1', 'a.txt', 'A'), "
                "('d2', 'b.txt', 'B')) v(doc_id, source_path, title)")
    con.execute("CREATE TABLE amounts (amount_id VARCHAR, doc_id VARCHAR, event_id VARCHAR, "
                "metric VARCHAR, scope VARCHAR, amount DOUBLE, currency VARCHAR, "
                "qualifier VARCHAR, amount_usd DOUBLE, amount_cny DOUBLE, "
                "fx_rate_to_usd DOUBLE, fx_basis VARCHAR, fx_date DATE, reference_year BIGINT, "
                "surface VARCHAR)")
    marts.build_marts_on(con, tmp_path)
    got = dict(con.execute(f"SELECT event_id, participation FROM "
                           f"'{tmp_path}/m_events.parquet'").fetchall())
    assert got == {"e1": "international", "e2": "domestic"}
    origin = con.execute(f"SELECT ek, ok, origin, role_origin_bit FROM "
                         f"'{tmp_path}/m_event_orgs.parquet' ORDER BY ek, ok").fetchall()
    # bits: the role's (host 1, co_organizer 4, partner 16) shifted by the origin's
    # (domestic 0, foreign 7, unknown 14)
    assert origin == [(1, 1, "domestic", 1), (1, 2, "foreign", 4 << 7), (2, 1, "domestic", 1),
                      (2, 3, "unknown", 16 << 14)]


def test_a_small_corpus_gets_no_search_index_the_dashboard_scans_it(warehouse: Path) -> None:
    from etl import search_index

    assert not (warehouse / marts.MARTS_DIR / search_index.SEARCH_FILE).exists()
    with duckdb.connect() as con:
        con.execute(f"CREATE VIEW documents AS SELECT * FROM "
                    f"read_parquet('{warehouse}/documents.parquet')")
        assert not search_index.worth_building(con)
        assert search_index.worth_building(con, limit=1)


def test_the_search_index_is_built_beside_the_marts_with_every_document(
        warehouse: Path, tmp_path: Path) -> None:
    import sqlite3

    from etl import search_index

    marts.build_marts(_tables(warehouse), tmp_path / "m", search_min_chars=0)
    path = tmp_path / "m" / search_index.SEARCH_FILE
    assert search_index.usable(path)
    with sqlite3.connect(path) as db:
        indexed = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    with duckdb.connect() as con:
        docs = con.execute(f"SELECT count(*) FROM read_parquet('{warehouse}/documents.parquet')"
                           ).fetchone()[0]
    assert indexed == docs > 0


def test_duplicate_amounts_of_one_event_are_flagged_once(tmp_path: Path) -> None:
    from tests.dashboard.warehouse_fixture import write_warehouse as fixture

    wh = fixture(tmp_path / "wh")
    marts.build_marts(_tables(wh), tmp_path / "m")
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT amount_id, dup, converted FROM read_parquet("
                           f"'{tmp_path}/m/m_amounts.parquet') ORDER BY amount_id").fetchall()
    flags = {a: (d, c) for a, d, c in rows}
    assert flags["a2"] == (False, True) and flags["a8"] == (True, True)  # the repeat of a2
    assert flags["a9"] == (False, False)  # a dollar figure without a CNY rate
    assert sum(d for d, _ in flags.values()) == 1
