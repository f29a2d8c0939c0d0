"""Merging articles about the same event; editions and years keep events apart."""
import copy
import datetime as dt

import pytest

from etl.normalize import merge_events


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


@pytest.mark.parametrize("a,b,merged", [
    # a signing named from what was signed: the same words in two articles with no city are no
    # sign of one signing
    (_event("e1", "Signing of the licence agreement", 2026, city=None,
            start=dt.date(2026, 10, 7), etype="signing"),
     _event("e2", "Signing of the licence agreement", 2026, city=None,
            start=dt.date(2026, 10, 9), etype="signing"), False),
    (_event("e1", "Signing of the memorandum", 2025, city="Lyon", start=dt.date(2025, 3, 2),
            etype="signing"),
     _event("e2", "Signing of the memorandum", 2025, city=None, start=dt.date(2025, 3, 2),
            etype="signing"), False),
    # one city for both: the same signing told twice
    (_event("e1", "Signing of the memorandum", 2025, city="Lyon", start=dt.date(2025, 3, 2),
            etype="signing"),
     _event("e2", "Signing of the memorandum", 2025, city="Lyon", start=dt.date(2025, 3, 2),
            etype="signing"), True),
])
def test_signings_merge_only_with_one_city_for_both(a, b, merged):
    assert (len(_merge(a, b)) == 1) == merged
