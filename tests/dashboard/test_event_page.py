"""The event detail page and the tables of one event: dates without a time of day, headers in
both languages, sections that say when nothing was reported, curated facts with their reason
(AppTest)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.apptest import ROOT, app, goto


def event_page(monkeypatch: pytest.MonkeyPatch, warehouse: Path, event_id: str) -> AppTest:
    """The event detail page opened from a link (the first run is that page, not the overview)."""
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["event"] = event_id
    return at.switch_page("app_pages/event.py").run()


@pytest.mark.parametrize(("lang", "headers"), [
    ("en", {"name": "Name", "start_date": "Start date", "event_type": "Event type"}),
    ("zh", {"name": "名称", "start_date": "开始日期", "event_type": "活动类型"}),
])
def test_table_headers_are_readable_in_both_languages(monkeypatch, sample_wh, lang, headers):
    import json

    at = goto(app(monkeypatch, sample_wh, lang=lang), "over_time")
    config = json.loads(at.dataframe[0].proto.columns)
    assert {c: config[c]["label"] for c in headers} == headers
    # the detail link carries the event id: the hash column is not shown
    assert "event_id" not in list(at.dataframe[0].proto.column_order)



def test_a_document_without_facts_says_so(monkeypatch, sample_wh):
    at = goto(app(monkeypatch, sample_wh), "sources")
    at.selectbox(key="sources_doc").set_value("d10").run()
    assert "No facts were extracted from this document." in [c.value for c in at.caption]


@pytest.mark.parametrize(("event", "dates"), [
    ("ev01", "2019-11-12"),
    ("ev06", "03-15 (year unknown)"),
    ("ev07", "—"),
    ("ev09", "2018-03"),
])
def test_event_dates_have_no_time_of_day(monkeypatch, sample_wh, event, dates):
    at = event_page(monkeypatch, sample_wh, event)
    facts = at.dataframe[0].value
    assert facts.loc[facts["fact"] == "Dates", "value"].item() == dates


def test_empty_sections_of_one_event_say_none_reported(monkeypatch, sample_wh):
    at = event_page(monkeypatch, sample_wh, "ev08")
    captions = [c.value for c in at.caption]
    assert captions.count("None reported in the source.") >= 3
    assert "No data under the current filters." not in captions


@pytest.fixture
def curated_wh(tmp_path):
    """The sample warehouse with ev02's attendance and year curated, and the curation file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tests.dashboard.warehouse_fixture import write_warehouse

    root = write_warehouse(tmp_path / "wh")
    events = pq.read_table(root / "events.parquet")
    curated = [["attendance", "year"] if e == "ev02" else None
               for e in events.column("event_id").to_pylist()]
    i = events.schema.get_field_index("curated_fields")
    events = events.set_column(i, events.schema.field(i),
                               pa.array(curated, events.schema.field(i).type))
    pq.write_table(events, root / "events.parquet")
    curation = tmp_path / "curation.yaml"
    curation.write_text(
        "corrections:\n"
        "  - target: event\n    match: {event_id: ev09}\n    set: {year: 2019}\n"
        "    reason: another event\n"
        "  - target: event\n    match: {event_id: ev02}\n    set: {attendance: 150}\n"
        "    reason: the organiser's report says 150\n"
        "  - target: event\n    match: {event_id: ev02}\n    set: {year: 2021}\n"
        "    reason: dateline year\n", encoding="utf-8")
    return root, curation


def test_curated_facts_show_the_reason_as_evidence(monkeypatch, curated_wh):
    root, curation = curated_wh
    monkeypatch.setenv("CURATION_FILE", str(curation))
    at = event_page(monkeypatch, root, "ev02")
    facts = at.dataframe[0].value.set_index("fact")["evidence"]
    assert facts["Attendance"] == "curated: the organiser's report says 150"
    assert facts["Dates"] == "curated: dateline year"
    assert facts["Place"] == "Patent Licensing Practitioner Training was held in Chengdu."


def test_a_broken_curation_file_leaves_the_event_page_working(monkeypatch, curated_wh):
    root, curation = curated_wh
    curation.write_text("corrections: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("CURATION_FILE", str(curation))
    at = event_page(monkeypatch, root, "ev02")
    assert not at.exception
    facts = at.dataframe[0].value.set_index("fact")["evidence"]
    assert facts["Attendance"] == "curated: unknown"
