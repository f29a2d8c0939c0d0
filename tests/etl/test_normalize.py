"""Merging articles about the same event; editions and years keep events apart."""
import copy
import datetime as dt

import pytest

from etl import schema
from etl.normalize import Combiner, add_fx, document_rows, finish_spilled, merge_events
from tests.etl.conftest import first_row_per_key


def _event(eid, name, year=None, city="Tangshan", start=None, etype="forum", month_day=None):
    return {"event_id": eid, "doc_id": eid, "source_doc_ids": [eid], "name": name,
            "name_zh": None, "event_type": etype, "year": year, "city": city,
            "start_date": start, "end_date": None, "month_day": month_day, "venue": None}


def _merge(*events):
    tables = {"events": list(events), "event_organizations": [], "event_people": [],
              "participant_mix": [], "amounts": []}
    merged, _alias = merge_events(tables)
    return merged["events"]


@pytest.mark.parametrize("a,b,merged", [
    (_event("e1", "2019 Sino-German Technology Transfer Forum", 2019, start=dt.date(2019, 6, 12)),
     _event("e2", "2019 Sino-German Technology Transfer Forum", 2019, start=dt.date(2019, 6, 12)),
     True),
    (_event("e1", "8th Tangshan Technology Transfer Forum 2023", 2023),
     _event("e2", "13th Tangshan Technology Transfer Forum"), False),
    (_event("e1", "Tangshan Technology Transfer Forum 2023", 2023),
     _event("e2", "Tangshan Technology Transfer Forum 2022", 2022), False),
    (_event("e1", "Tangshan Technology Transfer Forum", 2023),
     _event("e2", "Tangshan Technology Transfer Summit", 2023, etype="summit"), False),
    (_event("e1", "Tangshan Technology Transfer Forum", 2023, city="Tangshan"),
     _event("e2", "Tangshan Technology Transfer Forum", 2023, city="Beijing"), False),
    (_event("e1", "Tangshan Innovation and Technology Transfer Forum", 2023),
     _event("e2", "Tangshan Technology Transfer Forum", None, month_day="06-12"), False),
])
def test_articles_merge_only_when_they_report_the_same_edition(a, b, merged):
    assert (len(_merge(a, b)) == 1) == merged


def test_a_merged_event_lists_both_sources_and_fills_gaps():
    a = _event("e1", "2019 Sino-German Technology Transfer Forum", 2019)
    b = _event("e2", "2019 Sino-German Technology Transfer Forum", 2019,
               start=dt.date(2019, 6, 12))
    [ev] = _merge(a, b)
    assert ev["source_doc_ids"] == ["e1", "e2"] and ev["start_date"] == dt.date(2019, 6, 12)


def test_merging_returns_new_tables_and_the_aliases_and_leaves_the_rows_given_alone():
    a = _event("e1", "2019 Sino-German Technology Transfer Forum", 2019)
    b = _event("e2", "2019 Sino-German Technology Transfer Forum", 2019,
               start=dt.date(2019, 6, 12))
    tables = {"events": [a, b], "amounts": [{"amount_id": "x1", "event_id": "e2"},
                                            {"amount_id": "x2", "event_id": None}]}
    before = copy.deepcopy(tables)
    merged, alias = merge_events(tables)
    assert alias == {"e2": "e1"}
    assert merged["amounts"] == [{"amount_id": "x1", "event_id": "e1"},
                                 {"amount_id": "x2", "event_id": None}]
    assert merged["events"][0]["start_date"] == dt.date(2019, 6, 12)
    assert tables == before


def test_converting_amounts_returns_new_rows_and_leaves_the_rows_given_alone():
    tables = {"events": [_event("e1", "Forum", 2019)],
              "amounts": [{"amount_id": "x1", "event_id": "e1", "amount": 100.0,
                           "currency": "USD", "reference_year": None,
                           "stated_amount": None, "stated_currency": None}]}
    before = copy.deepcopy(tables)
    [row] = add_fx(tables)["amounts"]
    assert (row["amount_usd"], row["fx_rate_to_usd"]) == (100.0, 1.0)
    assert "stated_amount" not in row
    assert tables == before


# ---------------------------------------------------------------- spilled link tables

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


def _doc(doc_id: str, *org_names: str) -> dict:
    event = {"name": "Forum", "date": {}, "place": {},
             "organizations": [{"name": n, "role": "host"} for n in org_names]}
    return {"doc_id": doc_id, "status": "ok", "source_path": f"{doc_id}.txt",
            "events": [event]}


def _organizations(*docs: dict) -> list[dict]:
    combiner = Combiner()
    for d in docs:
        combiner.add(document_rows(d))
    return combiner.organizations()


def test_an_organisation_is_named_as_most_chinese_articles_write_it():
    # one Traditional article first, two Simplified after: the corpus says 清华大学
    orgs = _organizations(_doc("a", "清華大學"), _doc("b", "清华大学"), _doc("c", "清华大学"))
    assert [(o["name"], o["name_zh"]) for o in orgs] == [("Tsinghua University", "清华大学")]


def test_english_mentions_do_not_vote_on_the_chinese_name():
    orgs = _organizations(_doc("a", "Tsinghua University"), _doc("b", "Tsinghua University"),
                          _doc("c", "清華大學"))
    assert [(o["name"], o["name_zh"]) for o in orgs] == [("Tsinghua University", "清華大學")]


def test_an_unlisted_organisation_takes_the_more_common_of_its_two_scripts():
    orgs = _organizations(_doc("a", "黔南州技術轉移協會"), _doc("b", "黔南州技术转移协会"),
                          _doc("c", "黔南州技术转移协会"))
    assert [(o["name"], o["name_zh"]) for o in orgs] == [("黔南州技术转移协会",) * 2]
    assert "_written_zh" not in orgs[0]


def test_a_tie_keeps_the_name_seen_first():
    orgs = _organizations(_doc("a", "復旦大學"), _doc("b", "复旦大学"))
    assert [o["name_zh"] for o in orgs] == ["復旦大學"]
