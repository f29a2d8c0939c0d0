"""Every link between the warehouse's tables points at a real row (etl/schema.py FOREIGN_KEYS).

Checked on a warehouse built from ../shared/dev; tests/etl/test_pipeline.py checks the same on
a corpus whose events merge and whose organisations curation merges.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl import schema


def _values(table: pa.Table, column: str) -> set:
    col = table[column]
    if pa.types.is_list(col.type):
        col = pc.list_flatten(col)
    return set(col.drop_null().to_pylist())


def dangling_links(warehouse: Path) -> list[str]:
    """'table.column → referenced: n values with no row (examples)' for each broken link."""
    tables = {name: pq.read_table(warehouse / f"{name}.parquet") for name in schema.TABLES}
    out = []
    for (name, column), ref in schema.FOREIGN_KEYS.items():
        keys = _values(tables[ref], schema.TABLES[ref].key[0])
        missing = sorted(_values(tables[name], column) - keys)
        if missing:
            out.append(f"{name}.{column} → {ref}: {len(missing)} values with no row "
                       f"({', '.join(missing[:3])})")
    return out


def test_every_link_of_the_dev_warehouse_points_at_a_real_row(dev_warehouse):
    assert dangling_links(dev_warehouse) == []
    # and the links are there to check: every link column holds some
    for (name, column), _ref in schema.FOREIGN_KEYS.items():
        if column != "duplicate_of":   # ../shared/dev has no duplicate article
            assert _values(pq.read_table(dev_warehouse / f"{name}.parquet"), column), column


def test_events_and_amounts_come_from_documents_that_were_read(dev_warehouse):
    docs = pq.read_table(dev_warehouse / "documents.parquet").to_pylist()
    read = {d["doc_id"] for d in docs if d["status"] == "ok"}
    events = pq.read_table(dev_warehouse / "events.parquet")
    amounts = pq.read_table(dev_warehouse / "amounts.parquet")
    assert _values(events, "source_doc_ids") <= read
    assert _values(amounts, "doc_id") <= read
    for e in events.to_pylist():
        assert e["doc_id"] in e["source_doc_ids"], e["event_id"]


def test_every_id_column_of_the_contract_is_a_declared_link():
    for name, table in schema.TABLES.items():
        for column in table.schema.names:
            if column in table.key or not (column.endswith(("_id", "_ids"))
                                           or column == "duplicate_of"):
                continue
            assert (name, column) in schema.FOREIGN_KEYS, f"{name}.{column}"


def test_a_link_to_a_missing_row_is_reported(tmp_path):
    for name in schema.TABLES:
        pq.write_table(schema.empty_table(name), tmp_path / f"{name}.parquet")
    pq.write_table(schema.to_arrow("events", [
        {"event_id": "e1", "doc_id": "d_gone", "source_doc_ids": ["d_gone"], "name": "Forum",
         "event_type": "forum", "date_precision": "unknown"}]), tmp_path / "events.parquet")
    pq.write_table(schema.to_arrow("amounts", [
        {"amount_id": "a1", "doc_id": "d_gone", "event_id": "e1", "metric": "other",
         "scope": "event", "amount": 1.0, "currency": "USD", "fx_basis": "none",
         "qualifier": "exact"}]), tmp_path / "amounts.parquet")
    assert dangling_links(tmp_path) == [
        "events.doc_id → documents: 1 values with no row (d_gone)",
        "events.source_doc_ids → documents: 1 values with no row (d_gone)",
        "amounts.doc_id → documents: 1 values with no row (d_gone)"]
