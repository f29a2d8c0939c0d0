"""The corpus's rows as documents stream in: one organisation and one person row per id."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

import pyarrow as pa

from etl import schema
from etl.normalize.organizations import WRITTEN_ZH, merge_org_rows, most_common_name
from etl.normalize.rows import as_date

# Tables the corpus pass finishes column-wise (`finish_spilled`): they only need ids
# re-pointed and one row per key.
COLUMNWISE = ("people", "event_organizations", "event_people", "participant_mix")
# Tables whose rows the pipeline hands over in batches (`Combiner(spill=True)`) instead of
# keeping them as Python objects. Kept, at 100k documents their 0.6 GiB of small objects
# held 1.1 GiB of the process: each document's rows sat between the freed objects of its
# parsed result, pinning the heap pages around them.
SPILLED = ("events", "amounts", *COLUMNWISE)


class Combiner:
    """Accumulates per-document rows as they stream in; one organisation/person row per id.

    Rows are added document by document so the corpus never sits in memory twice. With
    `spill=True` the rows of SPILLED tables are held only until `drain()` hands them over
    as Arrow tables, in the order added, and people are not yet made one per id
    (`finish_spilled` does it, keeping the first as here); organisations stay here.
    """

    def __init__(self, spill: bool = False) -> None:
        self.spill = spill
        self.tables: dict[str, list[dict]] = defaultdict(list)
        self.orgs: dict[str, dict] = {}
        # How each organisation is written in Chinese, counted once per document that writes
        # it so: the corpus names it the way most of its Chinese articles do (清华大学 in a
        # corpus mostly Simplified, 清華大學 in one mostly Traditional), not the way the first
        # article happened to. English mentions do not vote.
        self.names: dict[str, Counter] = defaultdict(Counter)
        self.persons: dict[str, dict] = {}

    def add(self, rows: dict[str, list[dict]]) -> None:
        for name, items in rows.items():
            if name == "events":
                for e in items:
                    e["start_date"] = as_date(e["start_date"])
                    e["end_date"] = as_date(e["end_date"])
            if self.spill and name in SPILLED:
                self.tables[name].extend(items)
            elif name == "organizations":
                for o in items:
                    oid = o["org_id"]
                    if o.pop(WRITTEN_ZH, False):
                        self.names[oid][(o["name"], o["name_zh"])] += 1
                    self.orgs[oid] = merge_org_rows(self.orgs[oid], o) if oid in self.orgs \
                        else o
            elif name == "people":
                for p in items:
                    self.persons.setdefault(p["person_id"], p)
            else:
                self.tables[name].extend(items)

    def drain(self) -> Iterator[tuple[str, pa.Table]]:
        """(table, rows added since the last drain as Arrow) per SPILLED table; forgets them."""
        for name in SPILLED:
            rows = self.tables.pop(name, None)
            if rows:
                yield name, schema.rows_to_arrow(rows, schema.spill_schema(name))

    def organizations(self) -> list[dict]:
        """One row per organisation, named as most documents name it (ties: in its own
        place's Chinese script, then first seen)."""
        rows = []
        for oid, row in self.orgs.items():
            names = self.names.get(oid)
            if names:
                name, name_zh = most_common_name(names, row.get("country_code"))
                row = {**row, "name": name, "name_zh": name_zh}
            rows.append(row)
        return rows

    def result(self) -> dict[str, list[dict]]:
        """The rows of every table but documents (without `spill`): link rows may repeat a
        key until they are written, after merging and curation."""
        tables = {name: self.tables.get(name, []) for name in schema.TABLES if name != "documents"}
        tables["organizations"] = self.organizations()
        tables["people"] = list(self.persons.values())
        return tables
