"""AppTest of the no-terminal workflows: upload a batch on "Add articles", correct an event on its
detail page, undo it on "Corrections", and the deck / Excel buttons — on a private copy of the
corpus (RAW_DIR, CURATION_FILE and WAREHOUSE_DIR point into tmp)."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from services.rebuild import rebuild
from tests.dashboard import upload_samples as s
from ui import deck, safe
from ui.i18n import label

ROOT = Path(__file__).resolve().parents[2]
EVENT_SOURCE = "003_87d6436671402d18.txt"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    raw, cur = s.copy_corpus(tmp_path)
    cur.write_text("corrections: []\n", encoding="utf-8")
    wh = tmp_path / "warehouse"
    rebuild(raw, wh, cur)
    monkeypatch.setenv("WAREHOUSE_DIR", str(wh))
    monkeypatch.setenv("RAW_DIR", str(raw))
    monkeypatch.setenv("CURATION_FILE", str(cur))
    return raw, cur, wh


def _app() -> AppTest:
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()


def _event_page(event_id: str) -> AppTest:
    at = _app().switch_page("app_pages/event.py").run()
    return at.selectbox(key="event_choice").set_value(event_id).run()


def _events(wh: Path) -> list[dict]:
    docs = {d["doc_id"]: d["source_path"] for d in pq.read_table(wh / "documents.parquet")
            .select(["doc_id", "source_path"]).to_pylist()}
    return [e | {"source_path": docs.get(e["doc_id"])}
            for e in pq.read_table(wh / "events.parquet").to_pylist()]


def _event_of(wh: Path, source_path: str) -> dict:
    return next(e for e in _events(wh) if e["source_path"] == source_path)


def _metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_upload_batch_reports_each_file_and_other_pages_see_it(corpus):
    raw, _, wh = corpus
    at = _app()
    before = int(_metric(at, "Events"))
    at.switch_page("app_pages/add_articles.py").run()
    assert not at.exception
    files = [(name, data, "application/octet-stream") for name, data in s.batch(raw)]
    at.file_uploader[0].set_value(files).run()
    at.button(key="add_go").click().run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    outcome = dict(zip(table["File"], table["Outcome"], strict=True))
    assert outcome == {"Nordic forum.docx": "new event", "lyon-training.html": "new event",
                       "more.zip/cn/chengdu.txt": "new event",
                       "more.zip/nairobi.md": "new event", "copy of article.txt": "duplicate",
                       "notes.txt": "quarantined", "more.zip/../evil.txt": "rejected",
                       "report.pdf": "rejected"}
    # not a green success: a file was quarantined and two rejected
    assert not at.success
    assert "4 with new events, 1 duplicates, 1 quarantined, 2 rejected." in at.warning[0].value
    at.switch_page("app_pages/overview.py").run()
    assert int(_metric(at, "Events")) == before + 4
    assert sorted(p.name for p in (raw / "uploads").rglob("*") if p.is_file()) == [
        "Nordic_forum.docx", "chengdu.txt", "lyon-training.html", "nairobi.md", "notes.txt"]


def test_event_correction_changes_the_tables_and_undo_restores(corpus):
    _, cur, wh = corpus
    original = _event_of(wh, EVENT_SOURCE)
    at = _event_page(original["event_id"])
    assert not at.exception
    at.selectbox(key="fix_field").set_value("attendance").run()
    at.text_input(key="fix_value_attendance").input("2750").run()
    at.text_input(key="fix_reason").input("organiser's final count").run()
    at.button(key="fix_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert _event_of(wh, EVENT_SOURCE)["attendance"] == 2750
    assert "attendance: 2750" in cur.read_text(encoding="utf-8")
    assert "2,750" in " ".join(at.dataframe[0].value["value"].astype(str))
    assert "Correction saved" in at.success[0].value

    at.switch_page("app_pages/corrections.py").run()
    assert not at.exception
    # the event by name with a link to it, the field, the value it replaced and the new one
    name = original["name"]
    shown = [m.value for m in at.markdown]
    assert f"**[{safe.md(name)}](event?event={original['event_id']})**" in shown, shown
    old = f"{original['attendance']:,}" if original["attendance"] is not None else "—"
    assert f"Attendance: `{old}` → `2,750`" in shown, shown
    assert any(c.value.startswith("Reason: organiser") for c in at.caption)
    assert "applied" in shown
    undo = next(b for b in at.button if b.key and b.key.startswith("undo_"))
    undo.click().run()
    assert not at.exception
    assert _event_of(wh, EVENT_SOURCE)["attendance"] == original["attendance"]
    assert "no_corrections" not in [i.value for i in at.info]
    assert at.info[0].value.startswith("No corrections yet")


def test_invalid_correction_shows_the_reason_and_writes_nothing(corpus):
    _, cur, wh = corpus
    event_id = _event_of(wh, EVENT_SOURCE)["event_id"]
    at = _event_page(event_id)
    at.text_input(key="fix_value_year").input("next year").run()
    at.text_input(key="fix_reason").input("guess").run()
    at.button(key="fix_save").click().run()
    assert "year must be a whole number" in at.error[0].value
    assert cur.read_text(encoding="utf-8") == "corrections: []\n"


def test_organisation_type_correction_from_the_event_page(corpus):
    _, cur, wh = corpus
    event_id = _event_of(wh, EVENT_SOURCE)["event_id"]
    at = _event_page(event_id)
    org = at.selectbox(key="fix_org").value
    new_type = "media" if org["org_type"] != "media" else "other"
    at.selectbox(key="fix_org_type").set_value(new_type).run()
    at.text_input(key="fix_org_reason").input("it is a newspaper").run()
    at.button(key="fix_org_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    orgs = {o["org_id"]: o for o in pq.read_table(wh / "organizations.parquet").to_pylist()}
    assert orgs[org["org_id"]]["org_type"] == new_type


def test_a_hand_written_correction_shows_what_it_replaced_in_chinese(corpus):
    raw, cur, wh = corpus
    original = _event_of(wh, EVENT_SOURCE)
    new_type = "summit" if original["event_type"] != "summit" else "forum"
    cur.write_text("corrections:\n  - target: event\n"
                   f"    match: {{source_path: {EVENT_SOURCE}}}\n"
                   f"    set: {{event_type: {new_type}, venue: Hall 3}}\n"
                   "    reason: the programme says so\n", encoding="utf-8")
    rebuild(raw, wh, cur)
    at = _app()
    at.button_group(key="w_lang").set_value("zh").run()
    at.switch_page("app_pages/corrections.py").run()
    assert not at.exception
    shown = [m.value for m in at.markdown]
    assert f"活动类型: `{label(original['event_type'], 'zh')}` → `{label(new_type, 'zh')}`" \
        in shown, shown
    assert f"场地: `{original['venue'] or '—'}` → `Hall 3`" in shown
    assert any(f"(event?event={original['event_id']}&lang=zh)" in m for m in shown)
    assert "已应用" in shown


def test_corrections_page_without_corrections(corpus):
    at = _app()
    at.switch_page("app_pages/corrections.py").run()
    assert not at.exception
    assert at.info[0].value.startswith("No corrections yet")


def test_overview_and_explorer_offer_excel_and_deck(corpus):
    at = _app()
    assert not at.exception
    labels = [b.label for b in at.download_button]
    assert "Download these rows (Excel)" in labels
    if deck.chrome_available():
        assert at.button(key="deck_overview_make").label == "Prepare deck (PowerPoint + PDF)"
    at.switch_page("app_pages/explorer.py").run()
    assert "Download these rows (Excel)" in [b.label for b in at.download_button]


@pytest.mark.skipif(not deck.chrome_available(), reason="chromium is missing")
def test_prepare_deck_offers_pptx_and_pdf(corpus):
    at = _app()
    at.button(key="deck_overview_make").click().run()
    assert not at.exception, [e.value for e in at.exception]
    labels = [b.label for b in at.download_button]
    assert "Download deck (PowerPoint)" in labels and "Download deck (PDF)" in labels
