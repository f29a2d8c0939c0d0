"""AppTest (streamlit.testing): every page renders on the sample, empty, partial and missing
warehouses; filters change the numbers; the CSV download holds exactly the filtered rows."""
from __future__ import annotations

import csv
import io

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.apptest import ROOT, app, goto, metrics

PAGES = ["overview", "over_time", "regions", "institutions", "participant_mix",
         "contract_values", "explorer", "sources", "event"]


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
    assert any("Events of unknown year left out while the years are narrowed: 2 " in c.value
               for c in at.caption)
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
    note = next(c.value for c in at.caption if "unknown year not on this chart" in c.value)
    assert "chart: 2." in note and "(sources?quality=unknown_year)" in note


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


def test_all_tables_zip_is_offered_only_under_the_row_limit(monkeypatch, sample_wh):
    at = goto(app(monkeypatch, sample_wh), "explorer")
    assert not [i for i in at.info if "narrow the filters" in i.value]
    monkeypatch.setenv("EXPLORER_ZIP_MAX_ROWS", "10")
    at = goto(app(monkeypatch, sample_wh), "explorer")
    assert [i for i in at.info if "more than the 10 an all-tables ZIP" in i.value]
