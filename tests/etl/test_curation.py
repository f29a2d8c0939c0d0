"""Curation files: validated with the offending line named; applied over extraction."""
import copy
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from etl.curation import CurationError, apply_curation, load_curation, report


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "curation.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_valid_file_parses_every_kind_of_correction(tmp_path):
    p = write(tmp_path, """
corrections:
  - target: event
    match: {source_path: a.txt}
    set: {year: 2019, city: Hangzhou}
    reason: the fair's site gives 2019
  - target: organization
    match: {name: TTU}
    set: {org_type: university}
    reason: a university, not an enterprise
  - target: organization
    match: {name: Tsinghua Univ}
    merge_into: Tsinghua University
    reason: same university
  - target: amount
    match: {amount_id: a_1}
    drop: true
    reason: this is a count of projects
""")
    cs = load_curation(p)
    assert [c.target for c in cs] == ["event", "organization", "organization", "amount"]
    assert cs[0].set == {"year": 2019, "city": "Hangzhou"} and cs[0].line == 3
    assert cs[2].merge_into == "Tsinghua University"
    assert cs[3].drop is True


@pytest.mark.parametrize("body,line,message", [
    ("corrections:\n  - target: event\n    match: {source_path: a.txt\n", 4, "invalid YAML"),
    ("corrections:\n  - target: venue\n    match: {doc_id: x}\n    set: {year: 1}\n"
     "    reason: r\n", 2, "target must be one of"),
    ("corrections:\n  - target: event\n    match: {doc_id: x}\n    set: {year: soon}\n"
     "    reason: r\n", 4, "year must be a whole number"),
    ("corrections:\n  - target: event\n    match: {doc_id: x}\n    set: {year: 2020}\n"
     "  - target: event\n    match: {doc_id: y}\n    set: {colour: red}\n    reason: r\n",
     2, "needs a reason"),
    ("corrections:\n  - target: event\n    match: {doc_id: x}\n    set: {year: 2020}\n"
     "    reason: ok\n  - target: event\n    match: {doc_id: y}\n    set: {colour: red}\n"
     "    reason: r\n", 8, "cannot set ['colour']"),
    ("corrections:\n  - target: event\n    match: {doc_id: x}\n    set: {event_type: party}\n"
     "    reason: r\n", 4, "event_type must be one of"),
    ("corrections:\n  - target: amount\n    match: {amount_id: x}\n    reason: r\n",
     2, "must say drop: true"),
])
def test_broken_file_is_an_error_naming_the_line(tmp_path, body, line, message):
    with pytest.raises(CurationError) as err:
        load_curation(write(tmp_path, body))
    assert f"line {line}" in str(err.value)
    assert message in str(err.value)


def test_missing_file_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(CurationError, match="cannot read curation file"):
        load_curation(tmp_path / "nope.yaml")


def _tables():
    return {
        "events": [{"event_id": "e1", "doc_id": "d1", "source_doc_ids": ["d1"], "name": "X",
                    "year": None, "month_day": "04-24", "start_date": None, "end_date": None,
                    "year_source": None, "date_precision": "unknown", "city": "Shenzhen",
                    "province_code": "CN-GD", "country_code": "CHN", "curated_fields": []}],
        "organizations": [
            {"org_id": "o1", "name": "Tsinghua Univ", "name_zh": None, "acronym": None,
             "org_type": "other", "country_code": None},
            {"org_id": "o2", "name": "Tsinghua University", "name_zh": "清华大学",
             "acronym": "THU", "org_type": "university", "country_code": "CHN"}],
        "event_organizations": [{"event_id": "e1", "org_id": "o1", "role": "host"}],
        "people": [{"person_id": "p1", "name": "Li Lei", "org_id": "o1"}],
        "amounts": [{"amount_id": "a1", "doc_id": "d1", "event_id": "e1",
                     "surface": "5 projects"},
                    {"amount_id": "a2", "doc_id": "d1", "event_id": "e1",
                     "surface": "RMB 3 million"}],
    }


def test_curated_year_completes_the_date_from_month_day_and_marks_the_source(tmp_path):
    cs = load_curation(write(tmp_path, "corrections:\n  - target: event\n"
                                       "    match: {source_path: a.txt}\n    set: {year: 2021}\n"
                                       "    reason: known from the organiser\n"))
    tables, unmatched, _, _ = apply_curation(_tables(), cs, {"a.txt": "d1"})
    ev = tables["events"][0]
    assert (ev["year"], ev["year_source"], ev["start_date"], ev["date_precision"]) == \
        (2021, "curated", dt.date(2021, 4, 24), "day")
    assert ev["curated_fields"] == ["year"] and unmatched == []


def test_merge_repoints_links_and_people_to_the_surviving_organisation(tmp_path):
    cs = load_curation(write(tmp_path, "corrections:\n  - target: organization\n"
                                       "    match: {name: tsinghua univ}\n"
                                       "    merge_into: THU\n    reason: alias\n"))
    tables, unmatched, _, _ = apply_curation(_tables(), cs, {})
    assert [o["org_id"] for o in tables["organizations"]] == ["o2"]
    assert tables["event_organizations"][0]["org_id"] == "o2"
    assert tables["people"][0]["org_id"] == "o2" and unmatched == []


def test_curation_returns_where_merged_organisations_went_and_changes_no_row_given(tmp_path):
    cs = load_curation(write(tmp_path, "corrections:\n  - target: organization\n"
                                       "    match: {name: tsinghua univ}\n"
                                       "    merge_into: THU\n    set: {city: Beijing}\n"
                                       "    reason: alias\n  - target: event\n"
                                       "    match: {source_path: a.txt}\n    set: {year: 2021}\n"
                                       "    reason: known from the organiser\n"))
    given = _tables()
    before = copy.deepcopy(given)
    tables, unmatched, org_alias, _ = apply_curation(given, cs, {"a.txt": "d1"})
    assert org_alias == {"o1": "o2"} and unmatched == []
    assert tables["organizations"][0]["city"] == "Beijing" and tables["events"][0]["year"] == 2021
    assert given == before


def test_dropping_an_amount_by_surface_keeps_the_others(tmp_path):
    cs = load_curation(write(tmp_path, "corrections:\n  - target: amount\n"
                                       "    match: {source_path: a.txt, surface: 5 projects}\n"
                                       "    drop: true\n    reason: not money\n"))
    tables, _, _, _ = apply_curation(_tables(), cs, {"a.txt": "d1"})
    assert [a["amount_id"] for a in tables["amounts"]] == ["a2"]


def test_a_correction_whose_target_is_gone_is_reported(tmp_path):
    cs = load_curation(write(tmp_path, "corrections:\n  - target: event\n"
                                       "    match: {source_path: deleted.txt}\n"
                                       "    set: {year: 2000}\n    reason: r\n"))
    _, unmatched, _, _ = apply_curation(_tables(), cs, {"a.txt": "d1"})
    assert len(unmatched) == 1 and "line 2" in unmatched[0] and "deleted.txt" in unmatched[0]


def test_each_applied_correction_reports_the_values_it_replaced(tmp_path):
    cs = load_curation(write(tmp_path, """corrections:
  - target: event
    match: {source_path: a.txt}
    set: {year: 2021, city: Hangzhou}
    reason: the organiser's site
  - target: event
    match: {event_id: e1}
    set: {year: 2022, start_date: 2022-04-24}
    reason: it was postponed
  - target: event
    match: {source_path: deleted.txt}
    set: {year: 2000}
    reason: gone
  - target: organization
    match: {name: Tsinghua Univ}
    set: {org_type: university}
    reason: a university
  - target: organization
    match: {name: tsinghua univ}
    merge_into: THU
    reason: alias
  - target: amount
    match: {source_path: a.txt, surface: 5 projects}
    drop: true
    reason: not money
"""))
    _, unmatched, _, changes = apply_curation(_tables(), cs, {"a.txt": "d1"})
    assert [len(c) for c in changes] == [2, 2, 0, 1, 1, 1] and len(unmatched) == 1
    applied = report(cs, changes)
    assert [(a["line"], a["changes"]) for a in applied] == [
        (2, [{"row_id": "e1", "name": "X", "event_id": "e1", "field": "year", "old": None,
              "new": 2021},
             {"row_id": "e1", "name": "X", "event_id": "e1", "field": "city",
              "old": "Shenzhen", "new": "Hangzhou"}]),
        # the second correction replaces what the first one set; dates as YYYY-MM-DD
        (6, [{"row_id": "e1", "name": "X", "event_id": "e1", "field": "year", "old": 2021,
              "new": 2022},
             {"row_id": "e1", "name": "X", "event_id": "e1", "field": "start_date",
              "old": "2021-04-24", "new": "2022-04-24"}]),
        (14, [{"row_id": "o1", "name": "Tsinghua Univ", "event_id": None, "field": "org_type",
               "old": "other", "new": "university"}]),
        (18, [{"row_id": "o1", "name": "Tsinghua Univ", "event_id": None,
               "field": "merge_into", "old": "Tsinghua Univ", "new": "Tsinghua University"}]),
        (22, [{"row_id": "a1", "name": "5 projects", "event_id": "e1", "field": "amount",
               "old": "5 projects", "new": None}]),
    ]
    # keyed by content, not line: once an earlier entry is undone, it is still found
    assert [a["correction"] for a in applied] == [c.fingerprint() for i, c in enumerate(cs)
                                                  if i != 2]
    assert dataclasses.replace(cs[1], line=2).fingerprint() == cs[1].fingerprint()
    assert cs[0].fingerprint() != cs[1].fingerprint()


def test_shipped_curation_file_is_valid_and_dates_the_19th_ciep_training():
    cs = load_curation(Path(__file__).resolve().parents[2] / "data" / "curation.yaml")
    assert any(c.set.get("year") == 2021 and c.reason for c in cs)
