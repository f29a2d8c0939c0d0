"""The corpus pass on spilled rows (merging, curation, FX, link tables finished column-wise)
gives the tables of the plain in-memory pass, on a corpus whose articles merge and whose
organisations curation merges."""
import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from etl import curation, ingest, normalize, pipeline, schema
from tests.etl.conftest import first_row_per_key
from tests.etl.test_foreign_keys import dangling_links
from tests.etl.test_pipeline import build


def _rows_path(corpus: Path, curation_file: Path | None) -> tuple[dict, list[str], list[dict]]:
    """The corpus pass as it ran before rows were spilled: every row a dict in memory
    (Combiner → merge_events → apply_curation → add_fx → first row per key → to_arrow)."""
    version = pipeline.extractor_version()
    combiner, seen, doc_ids = normalize.Combiner(), set(), {}
    for path in ingest.discover(corpus):
        rel = path.relative_to(corpus).as_posix()
        doc_ids[rel] = normalize.doc_id_for(rel)
        res = pipeline.extract_bytes(rel, path.read_bytes(), version)
        key = res["dedupe_key"]
        if res["status"] != "ok" or (key and key in seen):
            continue
        seen.add(key)
        combiner.add(res["rows"])
    corrections = curation.load_curation(curation_file) if curation_file else []
    tables, _ = normalize.merge_events(combiner.result())
    tables, unmatched, _, changes = curation.apply_curation(tables, corrections, doc_ids)
    tables = normalize.add_fx(tables)
    return {n: schema.to_arrow(n, first_row_per_key(tables[n], schema.TABLES[n].key))
            for n in schema.TABLES if n != "documents"}, unmatched, \
        curation.report(corrections, changes)


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory) -> Path:
    """Real and synthetic articles, articles retold (they merge), a duplicate, a broken file."""
    import shutil

    from synthetic.corpus import write_corpus
    from tests.etl.conftest import SEEDS
    base = tmp_path_factory.mktemp("mixed")
    write_corpus(base / "gen", 40, seed=11)
    corpus = base / "corpus"
    shutil.copytree(base / "gen" / "articles", corpus)
    shutil.copytree(SEEDS, corpus / "seeds")
    originals = sorted(p for p in corpus.rglob("*.txt"))
    for i, p in enumerate(originals[:4]):
        retold = p.with_name(f"retold-{i}.txt")
        retold.write_bytes(p.read_bytes() + b"\n\nReporting by the news desk.\n")
    shutil.copy(originals[5], corpus / "duplicate.txt")
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return corpus


def test_the_spilled_corpus_pass_gives_the_tables_of_the_in_memory_one(mixed_corpus, tmp_path,
                                                                       monkeypatch):
    expected, _, _ = _rows_path(mixed_corpus, None)
    events = expected["events"].to_pylist()
    assert any(len(e["source_doc_ids"]) > 1 for e in events), "no merged event to check"
    # Curation that merges organisations (one into another, then that one into a third,
    # one of them a person's affiliation), sets an event field and drops amounts.
    affiliated = next(p["org_id"] for p in expected["people"].to_pylist() if p["org_id"])
    linked = [o for o in dict.fromkeys(expected["event_organizations"]["org_id"].to_pylist())
              if o != affiliated]
    amounts = expected["amounts"].to_pylist()
    docs = {normalize.doc_id_for(rel): rel for rel in
            (p.relative_to(mixed_corpus).as_posix() for p in ingest.discover(mixed_corpus))}
    curation_file = tmp_path / "curation.yaml"
    curation_file.write_text(f"""corrections:
  - target: organization
    match: {{org_id: {affiliated}}}
    merge_into: {linked[0]}
    reason: alias
  - target: organization
    match: {{org_id: {linked[0]}}}
    merge_into: {linked[1]}
    set: {{org_type: university}}
    reason: alias of an alias
  - target: event
    match: {{source_path: {docs[events[0]["doc_id"]]}}}
    set: {{year: 2021, city: Kunming}}
    reason: known from the organiser
  - target: amount
    match: {{amount_id: {amounts[0]["amount_id"]}}}
    drop: true
    reason: not money
  - target: amount
    match: {{source_path: {docs[amounts[-1]["doc_id"]]}, surface: "{amounts[-1]["surface"]}"}}
    drop: true
    reason: counted twice
  - target: event
    match: {{source_path: not-in-the-corpus.txt}}
    set: {{year: 2020}}
    reason: gone
""", encoding="utf-8")
    expected, unmatched, applied = _rows_path(mixed_corpus, curation_file)
    assert len(unmatched) == 1 and [a["line"] for a in applied] == [2, 6, 11, 15, 19]
    people = expected["people"].to_pylist()
    assert any(p["org_id"] == linked[1] for p in people), "no person followed the merges"

    monkeypatch.setattr(pipeline, "DOC_BATCH", 4)  # spilled in many batches
    out = tmp_path / "wh"
    assert build(mixed_corpus, out, "--curation", str(curation_file)) == 0
    for name, want in expected.items():
        got = ds.dataset(str(out / f"{name}.parquet")).to_table()
        assert got.equals(want), name
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["curation_unmatched"] == unmatched
    assert manifest["curation_applied"] == applied  # the values each correction replaced
    assert manifest["documents_quarantined"] == 1 and manifest["documents_duplicate"] == 1
    assert dangling_links(out) == []  # merged events and organisations leave no link behind

