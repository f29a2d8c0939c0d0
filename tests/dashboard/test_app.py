"""AppTest (streamlit.testing): every page renders on the sample, empty, partial and missing
warehouses; filters change the numbers; the CSV download holds exactly the filtered rows."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["overview", "over_time", "regions", "institutions", "participant_mix",
         "contract_values", "explorer", "sources", "event"]


def app(monkeypatch: pytest.MonkeyPatch, warehouse: Path, **params: str) -> AppTest:
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def goto(at: AppTest, page: str) -> AppTest:
    return at.switch_page(f"app_pages/{page}.py").run()


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize("fixture", ["sample_wh", "empty_wh", "partial_wh"])
def test_every_page_renders_without_exception(request, monkeypatch, fixture):
    at = app(monkeypatch, request.getfixturevalue(fixture))
    for page in PAGES:
        goto(at, page)
        assert not at.exception, (page, [e.value for e in at.exception])
        assert at.title, page


def test_missing_warehouse_shows_the_command_that_builds_it(monkeypatch, missing_wh):
    at = app(monkeypatch, missing_wh)
    for page in PAGES:
        goto(at, page)
        assert not at.exception
        assert "No warehouse found" in at.warning[0].value
        assert any("python -m etl --input data/raw" in c.value for c in at.code)


def test_empty_warehouse_says_so_and_shows_zero(monkeypatch, empty_wh):
    at = app(monkeypatch, empty_wh)
    assert "holds no events yet" in at.info[0].value
    assert metrics(at)["Events"] == "0"


def test_partial_warehouse_names_the_missing_tables(monkeypatch, partial_wh):
    at = app(monkeypatch, partial_wh)
    assert "participant_mix, amounts" in at.warning[0].value
    assert metrics(at)["Events"] == "9"


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("w_countries", ["CHN"], {"Events": "4", "Countries": "1", "Reported attendance": "420"}),
    ("w_regions", ["Europe", "Africa"], {"Events": "2", "Reported attendance": "860"}),
    ("w_types", ["training"], {"Events": "2", "Reported attendance": "180"}),
    ("w_orgtypes", ["research_institute"], {"Events": "2", "Organisations": "4"}),
])
def test_changing_a_filter_changes_the_kpis(monkeypatch, sample_wh, key, value, expected):
    at = app(monkeypatch, sample_wh)
    assert metrics(at)["Events"] == "9"
    at.multiselect(key=key).set_value(value).run()
    got = metrics(at)
    assert {k: got[k] for k in expected} == expected


def test_excluding_unknown_years_drops_those_events(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh)
    at.checkbox(key="w_unknown").uncheck().run()
    assert metrics(at)["Events"] == "7"
    assert at.query_params["unknown"] == "0"


def test_currency_toggle_converts_the_contract_value(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh)
    assert metrics(at)["Contract value at events (USD)"] == "$188 M"
    # a7 (KES) and a9 (USD without a CNY rate) are left out of both totals, and said so
    assert any("2 contract values not converted" in c.value for c in at.caption)
    at.button_group(key="w_currency").set_value("CNY").run()
    assert metrics(at)["Contract value at events (CNY)"] == "CN¥1.21 B"
    at.button_group(key="w_lang").set_value("zh").run()
    assert metrics(at)["活动签约金额（CNY）"] == "12.1 亿元"


def test_filters_come_from_the_url_and_survive_page_changes(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh, country="CHN", type="fair")
    assert metrics(at)["Events"] == "1"
    assert "China" in at.caption[0].value and "fair" in at.caption[0].value
    goto(at, "regions")
    goto(at, "overview")
    assert metrics(at)["Events"] == "1"
    assert at.query_params["country"] == "CHN"


def test_filters_are_written_to_the_url(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh)
    at.multiselect(key="w_types").set_value(["forum", "fair"]).run()
    assert at.query_params["type"] == "forum,fair"


def test_meeting_mode_hides_the_filters_but_keeps_them(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh, country="DEU", meeting="1")
    assert not [w for w in at.multiselect if w.key == "w_countries"]
    assert metrics(at)["Events"] == "1"
    at.toggle(key="w_meeting").set_value(False).run()
    assert at.multiselect(key="w_countries").value == ["DEU"]


def test_chinese_widgets_say_choose_in_chinese(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh, lang="zh")
    assert at.multiselect(key="w_regions").placeholder == "请选择…"
    assert at.multiselect(key="w_types").placeholder == "请选择…"


def test_the_explorer_lists_events_by_year_not_by_hash_id(monkeypatch, sample_wh):
    at = goto(app(monkeypatch, sample_wh), "explorer")
    assert at.selectbox(key="explorer_sort_events").value == "year"


def test_chinese_interface(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh, lang="zh")
    assert at.title[0].value == "概览"
    assert metrics(at)["活动"] == "9"
    goto(at, "institutions")
    people = next(d.value for d in at.dataframe if "organisation" in d.value.columns)
    assert "南方科技大学" in set(people["organisation"])


def test_narrowed_years_leave_out_undated_events_unless_asked(monkeypatch, sample_wh):
    at = goto(app(monkeypatch, sample_wh, y0="2021", y1="2021"), "over_time")
    assert sorted(at.dataframe[0].value["event_id"]) == ["ev02", "ev03"]
    assert any("2 events of unknown year are left out" in c.value for c in at.caption)
    at = goto(app(monkeypatch, sample_wh, y0="2021", y1="2021", unknown="1"), "over_time")
    assert sorted(at.dataframe[0].value["event_id"]) == ["ev02", "ev03", "ev06", "ev07"]


def test_narrowing_the_slider_unticks_unknown_years_until_the_user_ticks_it(monkeypatch,
                                                                             sample_wh):
    at = app(monkeypatch, sample_wh)
    assert at.checkbox(key="w_unknown").value is True and metrics(at)["Events"] == "9"
    at.slider(key="w_years").set_range(2019, 2021).run()
    assert at.checkbox(key="w_unknown").value is False and metrics(at)["Events"] == "4"
    at.checkbox(key="w_unknown").check().run()
    assert metrics(at)["Events"] == "6" and at.query_params["unknown"] == "1"


def test_a_date_range_narrows_to_dated_events_and_goes_into_the_url(monkeypatch, sample_wh):
    import datetime as dt

    at = app(monkeypatch, sample_wh)
    at.date_input(key="w_dates").set_value((dt.date(2021, 4, 1), dt.date(2021, 9, 30))).run()
    assert metrics(at)["Events"] == "2"
    assert (at.query_params["d0"], at.query_params["d1"]) == ("2021-04-01", "2021-09-30")


def test_kpis_compare_with_the_previous_period_of_the_same_length(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh, y0="2021", y1="2022")
    events = next(m for m in at.metric if m.label == "Events")
    # 2021–2022: ev02, ev03, ev04; 2019–2020: ev01, ev08
    assert (events.value, events.delta) == ("3", "+50 %")
    assert "2019–2020" in events.help


def test_the_unknown_year_count_links_to_those_events(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh)
    note = next(c.value for c in at.caption if "unknown year are not on this chart" in c.value)
    assert "2 events" in note and "(sources?quality=unknown_year)" in note


@pytest.fixture
def stored_files(monkeypatch):
    stored: list[tuple[bytes, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        if isinstance(path_or_data, bytes):
            stored.append((path_or_data, filename))
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return stored


@pytest.mark.parametrize(("params", "expected"), [
    ({}, ["ev01", "ev02", "ev03", "ev04", "ev05", "ev06", "ev07", "ev08", "ev09"]),
    ({"country": "CHN"}, ["ev01", "ev02", "ev03", "ev07"]),
    ({"y0": "2021", "unknown": "0"}, ["ev02", "ev03", "ev04", "ev05"]),
])
def test_csv_download_holds_exactly_the_filtered_rows(monkeypatch, sample_wh, stored_files,
                                                      params, expected):
    at = goto(app(monkeypatch, sample_wh, **params), "explorer")
    shown = sorted(at.dataframe[0].value["event_id"])
    csvs = [(data, name) for data, name in stored_files if name and name.endswith(".csv")]
    data, name = csvs[-1]
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert sorted(r["event_id"] for r in rows) == shown == expected
    assert name.startswith("events__") and name.endswith("__v-fixture12345.csv")


def test_csv_download_neutralises_formula_text(monkeypatch, sample_wh, stored_files):
    at = goto(app(monkeypatch, sample_wh), "explorer")
    at.selectbox(key="explorer_table").set_value("documents").run()
    data, _ = [(d, n) for d, n in stored_files if n and n.startswith("documents__")][-1]
    rows = {r["doc_id"]: r for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))}
    assert rows["d05"]["text"].startswith("'=HYPERLINK")
    assert rows["d05"]["n_chars"].isdigit()


def test_event_detail_opens_from_the_url_and_from_the_chooser(monkeypatch, sample_wh):
    monkeypatch.setenv("WAREHOUSE_DIR", str(sample_wh))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["event"] = "ev05"
    at.switch_page("app_pages/event.py").run()
    assert at.header[0].value == "Bavarian Innovation Summit"
    assert at.dataframe[0].value["fact"].tolist()[:4] == ["Event type", "Dates", "Place",
                                                          "Attendance"]
    at.selectbox(key="event_choice").set_value("ev04").run()
    assert at.header[0].value == "New England University Licensing Conference"
    assert at.query_params["event"] == "ev04"


def test_event_detail_without_an_event_asks_for_one(monkeypatch, sample_wh):
    at = goto(app(monkeypatch, sample_wh), "event")
    assert any("Choose an event" in i.value for i in at.info)


def test_event_links_point_at_the_detail_page(monkeypatch, sample_wh):
    at = app(monkeypatch, sample_wh)
    detail = at.dataframe[0].value["detail"].tolist()
    assert detail[0] == "event?event=ev05"


def test_sources_page_marks_evidence_as_plain_text(monkeypatch, sample_wh):
    at = goto(app(monkeypatch, sample_wh), "sources")
    at.text_input(key="sources_q").input("Nairobi").run()
    assert at.code[0].value.startswith("⟦On 15 March") or "⟦" not in at.code[0].value
    assert at.code[0].language == "plaintext"  # shown as text, never as HTML or markdown


# ---------------------------------------------------------------- dates, event detail wording

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


# ---------------------------------------------------------------- readability of the page charts

@pytest.mark.parametrize(("counts", "dtick", "tickformat"), [
    ([1, 1, 1], 1, None),          # no '0.5 events' ticks on small counts
    ([3, 10], 1, None),
    ([40, 7], None, ",d"),
])
def test_count_axes_have_whole_number_ticks(counts, dtick, tickformat):
    import pandas as pd

    from ui import charts

    df = pd.DataFrame({"name": [f"Org {i}" for i in range(len(counts))], "events": counts,
                       "org_type": "university"})
    fig = charts.labelled_bar(df, "name", "events", "Top", color="org_type", horizontal=True)
    assert (fig.layout.xaxis.dtick, fig.layout.xaxis.tickformat) == (dtick, tickformat)


def test_a_bar_coloured_by_its_own_category_has_no_legend():
    import pandas as pd

    from ui import charts

    df = pd.DataFrame({"participation": ["domestic", "international"], "events": [3, 2]})
    fig = charts.labelled_bar(df, "participation", "events", "Scope", color="participation")
    assert fig.layout.showlegend is False


@pytest.mark.parametrize(("xy", "position"), [
    ((1.0, 0.0), "middle right"), ((-1.0, 0.0), "middle left"), ((0.0, 1.0), "top center"),
    ((0.0, -1.0), "bottom center"), ((0.7, -0.7), "bottom right"), ((0.0, 0.0), "top center"),
])
def test_network_labels_point_away_from_the_centre(xy, position):
    from ui import charts

    assert charts._outward(*xy) == position


def test_all_tables_zip_is_offered_only_under_the_row_limit(monkeypatch, sample_wh):
    at = goto(app(monkeypatch, sample_wh), "explorer")
    assert not [i for i in at.info if "narrow the filters" in i.value]
    monkeypatch.setenv("EXPLORER_ZIP_MAX_ROWS", "10")
    at = goto(app(monkeypatch, sample_wh), "explorer")
    assert [i for i in at.info if "more than the 10 an all-tables ZIP" in i.value]
