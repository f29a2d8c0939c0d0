"""Corrections written to the curation file: round-trip editing that keeps comments, checks
before writing, status from the manifest, undo; and their effect on a real rebuilt warehouse."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from etl import curation
from services.corrections import CorrectionError, add_correction, list_corrections, undo_correction

SHIPPED = """# Corrections for our office.
# Keep this comment.
corrections:
  - target: event
    match: {source_path: 2019/a.txt}
    set: {year: 2019}
    # the dateline is 2019
    reason: dateline year
    at: 2026-01-02T03:04:05Z
"""


@pytest.fixture
def cur(tmp_path: Path) -> Path:
    path = tmp_path / "curation.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    return path


def test_add_keeps_comments_and_order_and_loads_back(cur):
    add_correction(cur, "event", {"doc_id": "d42"}, "wrong city",
                   set_fields={"city": "Porto Alegre", "attendance": "350",
                               "start_date": "2022-10-05"}, at="2026-05-01T10:00:00Z")
    text = cur.read_text(encoding="utf-8")
    assert text.startswith("# Corrections for our office.\n# Keep this comment.\n")
    assert "    # the dateline is 2019\n" in text
    assert text.index("2019/a.txt") < text.index("d42")
    parsed = curation.load_curation(cur)
    assert [c.match for c in parsed] == [{"source_path": "2019/a.txt"}, {"doc_id": "d42"}]
    assert parsed[1].set == {"city": "Porto Alegre", "attendance": 350,
                             "start_date": dt.date(2022, 10, 5)}
    assert parsed[1].reason == "wrong city" and parsed[1].at == "2026-05-01T10:00:00Z"


@pytest.mark.parametrize("kwargs, expected_set, merge, drop", [
    ({"target": "organization", "match": {"name": "Univ. of Nairobi"},
      "set_fields": {"org_type": "university", "country_code": "KEN"}},
     {"org_type": "university", "country_code": "KEN"}, None, False),
    ({"target": "organization", "match": {"name": "清华"},
      "merge_into": "Tsinghua University"}, {}, "Tsinghua University", False),
    ({"target": "amount", "match": {"amount_id": "a1"}, "drop": True}, {}, None, True),
    ({"target": "event", "match": {"event_id": "e1"}, "set_fields": {"venue": ""}},
     {"venue": None}, None, False),
])
def test_add_each_kind_of_correction(cur, kwargs, expected_set, merge, drop):
    entry = add_correction(cur, reason="checked with the organiser", **kwargs)
    c = curation.load_curation(cur)[-1]
    assert (c.target, c.set, c.merge_into, c.drop) == (kwargs["target"], expected_set, merge,
                                                       drop)
    assert entry.index == 1 and entry.correction.reason == "checked with the organiser"


@pytest.mark.parametrize("kwargs, message", [
    ({"target": "event", "match": {"doc_id": "d"}, "set_fields": {"year": "twenty"}},
     "year must be a whole number"),
    ({"target": "event", "match": {"doc_id": "d"}, "set_fields": {"start_date": "2021-02-30"}},
     "start_date must be a date"),
    ({"target": "event", "match": {"doc_id": "d"}, "set_fields": {"event_type": "party"}},
     "event_type must be one of"),
    ({"target": "organization", "match": {"name": "X"}, "set_fields": {"org_type": "club"}},
     "org_type must be one of"),
    ({"target": "event", "match": {"doc_id": "d"}, "set_fields": {"evidence": "x"}},
     "cannot set ['evidence'] on event"),
    ({"target": "amount", "match": {"amount_id": "a"}}, "an amount correction must say drop"),
    ({"target": "people", "match": {"name": "x"}, "drop": True}, "target must be one of"),
])
def test_invalid_correction_is_refused_and_the_file_is_unchanged(cur, kwargs, message):
    with pytest.raises(CorrectionError, match=None) as err:
        add_correction(cur, reason="because", **kwargs)
    assert message in str(err.value)
    assert cur.read_text(encoding="utf-8") == SHIPPED
    assert not [p for p in cur.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_reason_is_required(cur, reason):
    with pytest.raises(CorrectionError, match="needs a reason"):
        add_correction(cur, "event", {"doc_id": "d"}, reason, set_fields={"year": 2020})


def test_new_file_gets_a_header(tmp_path):
    path = tmp_path / "new" / "curation.yaml"
    add_correction(path, "event", {"doc_id": "d"}, "r", set_fields={"year": 2020})
    assert path.read_text(encoding="utf-8").startswith("# Human corrections")
    assert len(curation.load_curation(path)) == 1


def test_undo_removes_only_that_entry(cur):
    add_correction(cur, "event", {"doc_id": "d2"}, "r2", set_fields={"year": 2020})
    add_correction(cur, "event", {"doc_id": "d3"}, "r3", set_fields={"year": 2021})
    middle = list_corrections(cur)[1]
    removed = undo_correction(cur, middle.key)
    assert removed.correction.match == {"doc_id": "d2"}
    assert [c.match for c in curation.load_curation(cur)] == [
        {"source_path": "2019/a.txt"}, {"doc_id": "d3"}]
    assert cur.read_text(encoding="utf-8").startswith("# Corrections for our office.")


def test_undo_with_a_stale_key_refuses(cur):
    key = list_corrections(cur)[0].key
    undo_correction(cur, key)
    with pytest.raises(CorrectionError, match="no longer in the file"):
        undo_correction(cur, key)


def test_status_from_the_manifest(cur):
    add_correction(cur, "organization", {"name": "Gone Institute"}, "typo",
                   set_fields={"org_type": "university"})
    manifest = {"curation_unmatched": [
        "line 11: organization [name=Gone Institute]: no such organization in this corpus"]}
    entries = list_corrections(cur, manifest)
    assert [e.status for e in entries] == ["applied", "unmatched"]
    assert entries[1].problem.endswith("no such organization in this corpus")
    assert [e.status for e in list_corrections(cur, None)] == ["not_built", "not_built"]


def test_status_survives_shifted_line_numbers(cur):
    add_correction(cur, "event", {"doc_id": "gone"}, "r", set_fields={"year": 2020})
    manifest = {"curation_unmatched": ["line 99: event [doc_id=gone]: no such event"]}
    assert list_corrections(cur, manifest)[1].status == "unmatched"


@pytest.mark.parametrize("correction, summary", [
    (curation.Correction("event", {"doc_id": "d"}, {"year": 2020}),
     "event [doc_id=d]: year=2020"),
    (curation.Correction("organization", {"name": "A"}, merge_into="B"),
     "organization [name=A]: merged into B"),
    (curation.Correction("amount", {"amount_id": "x"}, drop=True),
     "amount [amount_id=x]: dropped"),
])
def test_summary_says_what_a_correction_does(correction, summary):
    assert correction.summary() == summary


TABLES = {
    "events": [{"event_id": "e1", "doc_id": "d1", "source_doc_ids": ["d1"],
                "name": "Yunnan Tech Fair", "year": 2018, "month_day": None,
                "start_date": None, "end_date": None, "year_source": "text",
                "date_precision": "year", "city": "Kunming", "province_code": "CN-YN",
                "country_code": "CHN", "curated_fields": []}],
    "organizations": [{"org_id": "o1", "name": "Kunming Daily", "name_zh": None,
                       "acronym": None, "org_type": "enterprise", "country_code": "CHN"}],
    "amounts": [{"amount_id": "a1", "doc_id": "d1", "event_id": "e1",
                 "surface": "120 projects"}],
}


def _built(path: Path) -> dict:
    """The manifest a build of TABLES with the file at `path` writes (its curation part)."""
    cs = curation.load_curation(path)
    built = curation.apply_curation(TABLES, cs, {"2019/a.txt": "d1"})
    return {"curation_unmatched": built.unmatched,
            "curation_applied": curation.report(cs, built.changes)}


def test_each_entry_lists_the_values_the_last_build_replaced(cur):
    add_correction(cur, "organization", {"name": "Kunming Daily"}, "a newspaper",
                   set_fields={"org_type": "media"})
    add_correction(cur, "amount", {"amount_id": "a1"}, "a count of projects", drop=True)
    entries = list_corrections(cur, _built(cur))
    assert [(e.status, e.changes) for e in entries] == [
        ("applied", [curation.Change("e1", "Yunnan Tech Fair", "e1", "year", 2018, 2019)]),
        ("applied", [curation.Change("o1", "Kunming Daily", None, "org_type", "enterprise",
                                     "media")]),
        ("applied", [curation.Change("a1", "120 projects", "e1", "amount", "120 projects",
                                     None)]),
    ]


def test_the_replaced_values_follow_an_entry_whose_line_moved(cur):
    add_correction(cur, "event", {"doc_id": "d1"}, "the catalogue says Dali",
                   set_fields={"city": "Dali"})
    manifest = _built(cur)
    undo_correction(cur, list_corrections(cur)[0].key)  # its line moves up; not rebuilt
    [entry] = list_corrections(cur, manifest)
    assert entry.changes == [curation.Change("e1", "Yunnan Tech Fair", "e1", "city",
                                             "Kunming", "Dali")]


def test_an_entry_the_last_build_did_not_see_is_not_built_yet(cur):
    manifest = _built(cur)
    add_correction(cur, "event", {"doc_id": "d1"}, "later", set_fields={"year": 2020})
    assert [(e.status, e.changes) for e in list_corrections(cur, manifest)][1] == \
        ("not_built", [])
    # a warehouse built before the ETL reported replaced values: applied, none known
    old = {"curation_unmatched": []}
    assert [(e.status, e.changes) for e in list_corrections(cur, old)] == \
        [("applied", []), ("applied", [])]


def test_invalid_yaml_is_reported(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("corrections: [\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="not valid YAML"):
        list_corrections(path)
