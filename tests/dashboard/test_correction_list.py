"""What the Corrections page says about a correction (ui/correction_list.py): each event it
changed, linked, and each field's value before → after, in both languages."""
from __future__ import annotations

import datetime as dt

from etl.curation import Change, Correction
from services.corrections import Entry
from ui import correction_list


def _entry(*changes: Change) -> Entry:
    return Entry(0, "k", Correction("event", {"doc_id": "d1"}, {"year": 2019}),
                 changes=list(changes))


def test_each_changed_event_is_linked_with_its_fields_old_and_new():
    entry = _entry(Change("e1", "Yunnan Tech Fair", "e1", "year", 2018, 2019),
                   Change("e1", "Yunnan Tech Fair", "e1", "event_type", "forum", "fair"),
                   Change("e2", "Kunming Forum", "e2", "year", None, 2019),
                   Change("e2", "Kunming Forum", "e2", "attendance", 1200, 12000))
    names = {"e1": "云南科技博览会"}  # the event's name now, in the interface language
    assert correction_list.blocks(entry, names, "zh") == [
        ("**[云南科技博览会](event?event=e1&lang=zh)**",
         ["年份: `2018` → `2019`", "活动类型: `论坛` → `展会`"]),
        ("**[Kunming Forum](event?event=e2&lang=zh)**",
         ["年份: `—` → `2019`", "参会人数: `1,200` → `12,000`"]),
    ]


def test_places_merges_and_dropped_amounts_read_as_such():
    entry = _entry(Change("e1", "Expo", "e1", "country_code", "CHN", "LAO"),
                   Change("a1", "120 projects", "e1", "amount", "120 projects", None),
                   Change("o1", "Kunming Daily", None, "merge_into", "Kunming Daily",
                          "Kunming Daily Group"),
                   Change("o2", "Yunnan Univ.", None, "org_type", "other", "university"))
    # an organisation by its name now (the one merged away is gone: its name before)
    assert correction_list.blocks(entry, {"o2": "Yunnan University"}, "en") == [
        ("**[Expo](event?event=e1)**",
         ["Country: `China (CHN)` → `Laos (LAO)`", "Amount: `120 projects` → dropped"]),
        ("**Kunming Daily**",
         ["Organisation: `Kunming Daily` → merged into `Kunming Daily Group`"]),
        ("**Yunnan University**", ["Institution type: `other` → `university`"]),
    ]


def test_values_are_text_never_markdown():
    entry = _entry(Change("e1", "[x](javascript:alert(1))", "e1", "venue", "`a`", "**b**"))
    [(head, [line])] = correction_list.blocks(entry, {}, "en")
    assert head == "**[\\[x\\]\\(javascript\\:alert\\(1\\)\\)](event?event=e1)**"
    assert line == "Venue: `'a'` → `**b**`"


def test_a_correction_not_yet_built_shows_its_new_value_only():
    assert correction_list.new_value_line("start_date", dt.date(2021, 4, 24), "en") == \
        "Start date: → `2021-04-24`"
    assert correction_list.new_value_line("attendance_qualifier", "at_least", "zh") == \
        "人数限定: → `至少`"


def test_the_page_looks_up_each_changed_event_and_organisation_once():
    entries = [_entry(Change("e1", "A", "e1", "year", 2018, 2019),
                      Change("e1", "A", "e1", "city", None, "Dali")),
               _entry(Change("o1", "B", None, "org_type", "other", "media"),
                      Change("a1", "5 projects", "e1", "amount", "5 projects", None))]
    assert correction_list.named_ids(entries) == ["e1", "o1"]
