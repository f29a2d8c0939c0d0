"""The correction form and the Corrections page against hostile or nonsensical input: an empty
event name is refused before anything is written; a curation file with an alias bomb or a
Python tag is reported with its line, never expanded or constructed, and no page crashes."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.etl.test_curation_safety import ALIAS_BOMB

ROOT = Path(__file__).resolve().parents[2]


def _app(monkeypatch, warehouse: Path, curation: Path) -> AppTest:
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))
    monkeypatch.setenv("CURATION_FILE", str(curation))
    monkeypatch.setenv("RAW_DIR", str(curation.parent / "raw"))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()


def test_the_form_refuses_to_clear_an_event_name(monkeypatch, sample_wh, tmp_path):
    curation = tmp_path / "curation.yaml"
    curation.write_text("corrections: []\n", encoding="utf-8")
    at = _app(monkeypatch, sample_wh, curation)
    at.query_params["event"] = "ev05"
    at.switch_page("app_pages/event.py").run()
    at.selectbox(key="fix_field").set_value("name").run()
    at.text_input(key="fix_value_name").input("").run()
    at.text_input(key="fix_reason").input("the name is wrong").run()
    at.button(key="fix_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "name cannot be empty" in at.error[0].value
    assert curation.read_text(encoding="utf-8") == "corrections: []\n"
    assert at.header[0].value == "Bavarian Innovation Summit"


@pytest.mark.parametrize("text, problem", [
    (ALIAS_BOMB, "line 1\\: anchors and aliases"),
    ("corrections:\n  - target: event\n    match: {doc_id: d05}\n    reason: r\n"
     "    set: {venue: !!python/object/apply:os.system [echo owned]}\n",
     "line 5\\: the tag \\!\\!python/object/apply\\:os\\.system is not allowed"),
])
def test_corrections_and_event_pages_report_a_hostile_file(monkeypatch, sample_wh, tmp_path,
                                                           text, problem):
    curation = tmp_path / "curation.yaml"
    curation.write_text(text, encoding="utf-8")
    at = _app(monkeypatch, sample_wh, curation)
    at.switch_page("app_pages/corrections.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert problem in at.error[0].value
    at.query_params["event"] = "ev05"
    at.switch_page("app_pages/event.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.header[0].value == "Bavarian Innovation Summit"


def test_corrections_page_names_the_line_the_etl_would_refuse(monkeypatch, sample_wh, tmp_path):
    curation = tmp_path / "curation.yaml"
    curation.write_text("corrections:\n  - target: event\n    match: {doc_id: d05}\n"
                        "    set: {attendance: -5}\n    reason: typo\n", encoding="utf-8")
    at = _app(monkeypatch, sample_wh, curation)
    at.switch_page("app_pages/corrections.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert "line 4\\: attendance must be between 0 and 100,000,000, not \\-5" in \
        at.error[0].value
    listed = [m.value.replace("\\", "") for m in at.markdown]  # the entry, by its event
    assert any("Bavarian Innovation Summit" in v for v in listed)
    assert "Attendance: → `-5`" in listed
