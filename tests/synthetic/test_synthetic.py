"""Synthetic corpus and warehouse generators: deterministic, truthful key, schema-conformant."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.dataset as ds
import pytest

from etl import schema
from synthetic.corpus import (
    _surface_en,
    _surface_zh,
    iter_documents,
    make_document,
    ordinal,
    write_corpus,
    zh_ordinal,
)
from synthetic.warehouse import write_warehouse
from tests.etl.test_foreign_keys import dangling_links

N_DOCS = 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, N_DOCS, seed=7)
    return out


@pytest.fixture(scope="module")
def key_rows(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "answer_key.jsonl").read_text(
        encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wh")
    write_warehouse(out, 700, seed=3, chunk=300)  # several chunks on purpose
    return out


def _text(corpus: Path, row: dict) -> str:
    return (corpus / "articles" / row["file"]).read_bytes().decode(row["encoding"])


@pytest.mark.parametrize("millions, en, zh", [
    (1, "1 million", "100万"),
    (350, "350 million", "3.5亿"),
    (1200, "1.2 billion", "12亿"),
    (10300, "10.3 billion", "103亿"),
    (1230, "1,230 million", "12.3亿"),
])
def test_money_surfaces_say_the_same_figure_in_both_languages(millions: int, en: str,
                                                              zh: str) -> None:
    assert (_surface_en(millions), _surface_zh(millions)) == (en, zh)


@pytest.mark.parametrize("n, en, zh", [
    (1, "1st", "一"), (2, "2nd", "二"), (3, "3rd", "三"), (4, "4th", "四"), (11, "11th", "十一"),
    (12, "12th", "十二"), (13, "13th", "十三"), (21, "21st", "二十一"), (20, "20th", "二十"),
])
def test_ordinals_of_event_editions(n: int, en: str, zh: str) -> None:
    assert (ordinal(n), zh_ordinal(n)) == (en, zh)


def test_same_seed_gives_same_bytes_and_other_seed_differs() -> None:
    a = [d[:2] for d in iter_documents(5, 30)]
    assert a == [d[:2] for d in iter_documents(5, 30)]
    assert a != [d[:2] for d in iter_documents(6, 30)]


def test_a_document_does_not_depend_on_how_many_came_before() -> None:
    assert make_document(5, 17)[1] == list(iter_documents(5, 3, start=15))[2][1]


def test_corpus_writes_one_article_per_key_line_outside_the_article_folder(
        corpus: Path, key_rows: list[dict]) -> None:
    files = sorted(str(p.relative_to(corpus / "articles"))
                   for p in (corpus / "articles").rglob("*") if p.is_file())
    assert files == sorted(r["file"] for r in key_rows)
    assert len(files) == N_DOCS
    assert not (corpus / "articles" / "answer_key.jsonl").exists()


def test_corpus_mixes_languages_and_formats(key_rows: list[dict]) -> None:
    langs = {r["language"] for r in key_rows}
    exts = {r["file"].rsplit(".", 1)[1] for r in key_rows}
    assert langs == {"en", "zh", "mixed"}
    assert exts == {"txt", "md", "html"}
    en = sum(r["language"] == "en" for r in key_rows) / len(key_rows)
    assert 0.4 < en < 0.7


def test_article_sizes_stay_within_1_to_about_20_kb(corpus: Path, key_rows: list[dict]) -> None:
    sizes = [(corpus / "articles" / r["file"]).stat().st_size for r in key_rows]
    assert min(sizes) >= 500 and max(sizes) <= 24_000


def test_key_year_and_date_are_written_in_the_article(corpus: Path,
                                                      key_rows: list[dict]) -> None:
    for r in key_rows:
        text = _text(corpus, r)
        if r["start_date"]:
            d = date.fromisoformat(r["start_date"])
            assert (f"{d.year}年{d.month}月{d.day}日" in text or str(d.year) in text), r["file"]
        if r["year"] is not None:
            assert str(r["year"]) in text, r["file"]


def test_undated_articles_have_no_year_but_may_carry_a_trap_year(corpus: Path,
                                                                  key_rows: list[dict]) -> None:
    undated = [r for r in key_rows if r["date_precision"] == "unknown"]
    assert undated, "the sample should contain year-less articles"
    for r in undated:
        assert r["year"] is None and r["start_date"] is None and r["month_day"]
        years = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", _text(corpus, r)))
        assert years <= set(r["traps"]), r["file"]


def test_key_city_attendance_and_amount_appear_in_the_article(corpus: Path,
                                                              key_rows: list[dict]) -> None:
    for r in key_rows:
        text = _text(corpus, r)
        if r["city"] and r["format"] != "online":
            assert r["city"] in text or r["city"].upper() in text or r["language"] != "en"
        if r["attendance"] is not None:
            assert (f"{r['attendance']:,}" in text or str(r["attendance"]) in text), r["file"]
        assert len(r["amounts"]) == len(r["amount_details"])
        for amount, currency in r["amounts"]:
            millions = round(amount / 1e6)
            assert (_surface_en(millions) in text or _surface_zh(millions) in text), r["file"]
            assert currency in {"CNY", "USD", "EUR", "GBP", "JPY", "HKD", "KRW"}


def test_key_values_come_from_the_spec_vocabularies(key_rows: list[dict]) -> None:
    for r in key_rows:
        assert r["event_type"] in schema.EVENT_TYPES
        assert r["attendance_qualifier"] in (None, *schema.QUALIFIERS)
        assert r["format"] in schema.FORMATS
        assert r["country_code"] is None or re.fullmatch(r"[A-Z]{3}", r["country_code"])
        for o in r["organizations"]:
            assert o["role"] in schema.ROLES and o["org_type"] in schema.ORG_TYPES


def test_gb18030_articles_are_not_valid_utf8_but_decode_as_declared(
        corpus: Path, key_rows: list[dict]) -> None:
    gb = [r for r in key_rows if r["encoding"] == "gb18030"]
    assert gb, "some Chinese articles should come in GB18030"
    for r in gb:
        raw = (corpus / "articles" / r["file"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert raw.decode("gb18030")


def test_warehouse_generation_is_deterministic(tmp_path: Path, warehouse: Path) -> None:
    write_warehouse(tmp_path, 700, seed=3, chunk=300)
    for name in schema.TABLES:
        assert (tmp_path / f"{name}.parquet").read_bytes() == \
            (warehouse / f"{name}.parquet").read_bytes(), name


def test_manifest_counts_match_the_tables(warehouse: Path) -> None:
    m = json.loads((warehouse / "manifest.json").read_text(encoding="utf-8"))
    assert m["schema_version"] == schema.SCHEMA_VERSION
    assert m["etl_version"] and m["warehouse_version"]
    for name in schema.TABLES:
        assert ds.dataset(warehouse / f"{name}.parquet").count_rows() == m["tables"][name]
    assert m["tables"]["events"] == 700


@pytest.mark.parametrize("name", sorted(schema.TABLES))
def test_warehouse_table_has_the_declared_schema_keys_and_not_nulls(warehouse: Path,
                                                                     name: str) -> None:
    t = ds.dataset(warehouse / f"{name}.parquet").to_table()
    decl = schema.TABLES[name]
    assert t.schema.equals(decl.schema)
    assert t.num_rows > 0
    for col in schema.NOT_NULL[name]:
        assert t[col].null_count == 0, col
    keys = list(zip(*(t[c].to_pylist() for c in decl.key), strict=True))
    assert len(keys) == len(set(keys))
    for (table, col), vocab in schema.VOCABULARIES.items():
        if table == name:
            assert set(pc.unique(t[col]).drop_null().to_pylist()) <= set(vocab), col


@pytest.mark.parametrize("child, col, parent, pcol", [
    ("event_organizations", "event_id", "events", "event_id"),
    ("event_organizations", "org_id", "organizations", "org_id"),
    ("event_people", "event_id", "events", "event_id"),
    ("event_people", "person_id", "people", "person_id"),
    ("participant_mix", "event_id", "events", "event_id"),
    ("amounts", "event_id", "events", "event_id"),
    ("amounts", "doc_id", "documents", "doc_id"),
    ("events", "doc_id", "documents", "doc_id"),
    ("people", "org_id", "organizations", "org_id"),
    ("documents", "duplicate_of", "documents", "doc_id"),
])
def test_warehouse_references_point_to_existing_rows(warehouse: Path, child: str, col: str,
                                                     parent: str, pcol: str) -> None:
    refs = set(ds.dataset(warehouse / f"{child}.parquet").to_table([col])[col]
               .drop_null().to_pylist())
    keys = set(ds.dataset(warehouse / f"{parent}.parquet").to_table([pcol])[pcol].to_pylist())
    assert refs and refs <= keys


def test_warehouse_distributions_look_like_the_real_world(warehouse: Path) -> None:
    ev = ds.dataset(warehouse / "events.parquet").to_table()
    n = ev.num_rows
    china = ev["country_code"].to_pylist().count("CHN") / n
    unknown_year = ev["year"].null_count / n
    assert 0.6 < china < 0.8
    assert 0.03 < unknown_year < 0.14
    years = [y for y in ev["year"].to_pylist() if y is not None]
    assert min(years) >= 2005 and max(years) <= 2025
    assert sum(y >= 2015 for y in years) > sum(y < 2015 for y in years)  # skewed recent
    docs = ds.dataset(warehouse / "documents.parquet").to_table()
    assert "quarantined" in docs["status"].to_pylist()
    am = ds.dataset(warehouse / "amounts.parquet").to_table()
    assert set(am["currency"].to_pylist()) <= {"CNY", "USD", "EUR"}
    converted = [r for r in am.to_pylist() if r["fx_basis"] != "none"]
    assert converted and all(r["amount_usd"] and r["fx_rate_to_usd"] for r in converted)


def test_warehouse_mix_shares_of_an_event_sum_to_one(warehouse: Path) -> None:
    mix = ds.dataset(warehouse / "participant_mix.parquet").to_table().to_pylist()
    totals: dict[str, float] = {}
    for r in mix:
        if r["dimension"] == "institution_type" and r["share"] is not None:
            totals[r["event_id"]] = totals.get(r["event_id"], 0.0) + r["share"]
    assert totals and all(abs(v - 1) < 0.011 for v in totals.values())


def test_warehouse_duplicate_documents_share_the_content_hash_of_their_original(
        warehouse: Path) -> None:
    docs = {r["doc_id"]: r for r in ds.dataset(warehouse / "documents.parquet").to_table()
            .to_pylist()}
    dups = [r for r in docs.values() if r["status"] == "duplicate"]
    assert dups
    for r in dups:
        assert r["content_sha256"] == docs[r["duplicate_of"]]["content_sha256"]


def test_key_people_venue_and_mix_are_told_in_the_article(corpus: Path,
                                                          key_rows: list[dict]) -> None:
    told = {"people": 0, "venue": 0, "mix": 0}
    for r in key_rows:
        text = _text(corpus, r)
        for p in r["people"]:
            assert p["name"] in text or p["name_zh"] in text, r["file"]
            told["people"] += 1
        if r["venue"]:
            assert r["venue"] in text or r["language"] != "en", r["file"]
            told["venue"] += 1
        shares = [m["share"] for m in r["participant_mix"] if m["share"] is not None]
        if shares:
            assert abs(sum(shares) - 1) < 1e-9
            assert [m["basis"] for m in r["participant_mix"]][-1] == "derived"
            for s in shares[:-1]:
                assert f"{round(s * 100)}%" in text, r["file"]
        told["mix"] += bool(r["participant_mix"])
    assert all(told.values()), told


def test_the_synthetic_warehouse_links_point_at_real_rows(warehouse: Path):
    assert dangling_links(warehouse) == []
