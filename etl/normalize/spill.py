"""Spilled link tables finished column-wise, by the rules of the rows' path: ids re-pointed to
merged events and organisations, one row per key, in the table's order."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from etl import schema


def finish_spilled(name: str, table: pa.Table, event_alias: dict[str, str],
                   org_alias: dict[str, str]) -> tuple[pa.Table, pa.Array]:
    """A spilled COLUMNWISE table made final: the rows to write and their order.

    The rules of the rows' path (merge_events, curation, schema.to_arrow): event and
    organisation ids re-pointed to the surviving ones; then one row per key (the first in
    corpus order), ordered by the sort key with empty for null, ties in corpus order. Rows are not copied: `order` lists the kept rows' indices in `table`.
    """
    spec = schema.TABLES[name]
    for col, alias in (("event_id", event_alias), ("org_id", org_alias)):
        if alias and col in table.column_names:
            table = table.set_column(table.schema.get_field_index(col), col,
                                     _repoint(table[col], alias))
    # Sorted by key then corpus order, a key's first row opens its run of equal keys.
    # (Sorting, not Arrow's group_by: its hash table took three times the memory.)
    keys = pa.table([*(table[c] for c in spec.key), pa.array(range(table.num_rows), pa.int64())],
                    names=[*spec.key, "_row"])
    keys = keys.take(pc.sort_indices(keys, sort_keys=[(c, "ascending") for c in keys.column_names]))
    first = keys["_row"].filter(_run_starts(keys.combine_chunks(), spec.key))
    by = pa.table([*(pc.fill_null(table[c].take(first), "") for c in spec.sort), first],
                  names=[*spec.sort, "_row"])
    order = first.take(pc.sort_indices(by, sort_keys=[(c, "ascending") for c in by.column_names]))
    return table, order.combine_chunks()


def _run_starts(rows: pa.Table, cols: tuple[str, ...]) -> pa.Array:
    """True where a row's `cols` differ from the previous row's (null equals null)."""
    if rows.num_rows == 0:
        return pa.array([], pa.bool_())
    same = None
    for c in cols:
        a, b = rows[c][1:], rows[c][:-1]
        nulls = (pc.is_null(a), pc.is_null(b))
        eq = pc.if_else(pc.or_(*nulls), pc.and_(*nulls), pc.equal(a, b))
        same = eq if same is None else pc.and_(same, eq)
    return pa.concat_arrays([pa.array([True]), *pc.invert(same).chunks])


def _repoint(ids: pa.ChunkedArray, alias: dict[str, str]) -> pa.ChunkedArray:
    """`ids` with every aliased id replaced by its final target (aliases may chain)."""
    def final(i: str) -> str:
        while i in alias:
            i = alias[i]
        return i

    where = pc.index_in(ids, value_set=pa.array(list(alias), pa.string()))
    targets = pa.array([final(i) for i in alias], pa.string())
    return pc.if_else(pc.is_null(where), ids, targets.take(where))
