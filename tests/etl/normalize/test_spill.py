"""Spilled link tables finished column-wise come out as their rows would: ids re-pointed,
the first row per key, in the table's order."""
from etl import schema
from etl.normalize import finish_spilled
from tests.etl.conftest import first_row_per_key


def _rows_path(name, rows, event_alias, org_alias):
    """The rows' path that finish_spilled must match: re-point as merge_events and
    curation do, the first row per key, ordered as to_arrow."""
    def final(alias, i):
        while i in alias:
            i = alias[i]
        return i

    rows = [dict(r) for r in rows]
    for r in rows:
        if "event_id" in r:
            r["event_id"] = event_alias.get(r["event_id"], r["event_id"])
        if "org_id" in r and r["org_id"] is not None:
            r["org_id"] = final(org_alias, r["org_id"])
    return schema.to_arrow(name, first_row_per_key(rows, schema.TABLES[name].key))


def _finished(name, rows, event_alias, org_alias):
    spilled = schema.rows_to_arrow(rows, schema.spill_schema(name))
    table, order = finish_spilled(name, spilled, event_alias, org_alias)
    return table.take(order)


def test_a_spilled_link_table_is_finished_as_its_rows_would_be():
    rows = [{"event_id": "e2", "org_id": "o1", "role": "host", "evidence": "first"},
            {"event_id": "e1", "org_id": "o1", "role": "host", "evidence": "e1 own"},
            {"event_id": "e2", "org_id": "o1", "role": "host", "evidence": "repeat"},
            {"event_id": "e3", "org_id": "o3", "role": "organizer", "evidence": "via alias"},
            {"event_id": "e1", "org_id": "o2", "role": None, "evidence": "null role"},
            {"event_id": "e1", "org_id": "o2", "role": "", "evidence": "empty role"},
            {"event_id": "e1", "org_id": "o2", "role": None, "evidence": "null again"},
            {"event_id": "e1", "org_id": "o4", "role": "host", "evidence": "chained"}]
    event_alias = {"e2": "e1"}               # e2 merged into e1
    org_alias = {"o3": "o4", "o4": "o2"}     # o3 into o4, later o4 into o2
    got = _finished("event_organizations", rows, event_alias, org_alias)
    assert got.equals(_rows_path("event_organizations", rows, event_alias, org_alias))
    assert got.column("evidence").to_pylist() == [
        "first", "null role", "empty role", "chained", "via alias"]


def test_spilled_people_keep_the_first_row_per_person_and_follow_merged_organisations():
    rows = [{"person_id": "p2", "name": "Li Lei", "title": None, "org_id": "o3"},
            {"person_id": "p1", "name": "Wang Fang", "title": "Dr", "org_id": None},
            {"person_id": "p2", "name": "Li Lei", "title": "Prof", "org_id": "o1"}]
    got = _finished("people", rows, {"e1": "e0"}, {"o3": "o1"})
    assert got.equals(_rows_path("people", rows, {}, {"o3": "o1"}))
    assert got.to_pylist()[1] == {"person_id": "p2", "name": "Li Lei", "title": None,
                                  "org_id": "o1"}


def test_an_empty_spill_finishes_empty():
    got = _finished("participant_mix", [], {}, {})
    assert got.num_rows == 0 and got.schema == schema.PARTICIPANT_MIX.schema
