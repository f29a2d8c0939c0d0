"""The writer: tables written in a given order, and spilled rows that are never published."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from etl import load, schema


def _links(n: int) -> list[dict]:
    return [{"event_id": f"e{(i * 7919) % 1000:04d}", "org_id": f"o{i % 13}",
             "role": (None, "host", "")[i % 3], "evidence": f"sentence {i}"} for i in range(n)]


@pytest.mark.parametrize("n", [0, 7, 300_000])  # 300k: two row groups
def test_writing_in_an_order_gives_the_bytes_of_the_sorted_table(tmp_path, n):
    rows = _links(n)
    writer = load.WarehouseWriter(tmp_path / "wh")
    writer.write_table("sorted", schema.to_arrow("event_organizations", rows))
    # unsorted and in many chunks, as a spill reads back
    spec = schema.EVENT_ORGANIZATIONS
    parts = [schema.rows_to_arrow(rows[i:i + 50_000], spec.schema) for i in range(0, n, 50_000)]
    unsorted = pa.concat_tables([spec.schema.empty_table(), *parts])
    by = pa.table([pc.fill_null(unsorted[c], "") for c in spec.sort], names=list(spec.sort))
    order = pc.sort_indices(by, sort_keys=[(c, "ascending") for c in spec.sort])
    writer.write_table("ordered", unsorted, order)
    assert (writer.tmp / "ordered.parquet").read_bytes() == \
        (writer.tmp / "sorted.parquet").read_bytes()
    assert writer.rows["ordered"] == n
    writer.abort()


def test_spilled_rows_come_back_in_order_and_are_never_published(tmp_path):
    out = tmp_path / "wh"
    writer = load.WarehouseWriter(out)
    people = schema.spill_schema("people")
    rows = [{"person_id": f"p{i}", "name": f"N{i}", "title": None, "org_id": None}
            for i in range(5)]
    writer.spill("people", schema.rows_to_arrow(rows[:3], people))
    writer.spill("people", schema.rows_to_arrow(rows[3:], people))
    assert writer.spill_dir.is_dir() and writer.spill_dir.parent == writer.tmp.parent
    assert writer.spilled("people", people).to_pylist() == rows
    assert writer.spilled("amounts", schema.spill_schema("amounts")).num_rows == 0
    writer.spill("events", schema.rows_to_arrow([], schema.spill_schema("events")))
    for name in schema.TABLES:
        writer.write_table(name, schema.empty_table(name))
    version = writer.commit({})
    assert not writer.spill_dir.exists()
    assert not [p for p in (out.parent / f".{out.name}.versions").iterdir()
                if p.name.startswith(".")]
    assert sorted(p.name for p in (out.resolve()).iterdir() if p.is_file()) == sorted(
        [f"{t}.parquet" for t in schema.TABLES] + ["manifest.json"])
    assert out.resolve().name == version


def test_an_aborted_or_killed_run_leaves_no_spill_behind(tmp_path):
    out = tmp_path / "wh"
    aborted = load.WarehouseWriter(out)
    aborted.spill("people", schema.rows_to_arrow([], schema.spill_schema("people")))
    aborted.abort()
    assert not aborted.spill_dir.exists() and not aborted.tmp.exists()
    killed = load.WarehouseWriter(out)  # a run killed mid-way never aborts: the next cleans
    killed.spill("people", schema.rows_to_arrow([], schema.spill_schema("people")))
    load.clean_leftovers(out)
    assert not killed.spill_dir.exists() and not killed.tmp.exists()
