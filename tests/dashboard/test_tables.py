"""What a table shows a reader: readable headers and values in the interface language, blanks
as '—', dates as dates, money in whole units (pure functions of ui/layout.py and ui/i18n.py)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from ui import layout
from ui.i18n import column_label


@pytest.mark.parametrize(("column", "lang", "expected"), [
    ("event_id", "en", "Event ID"), ("event_id", "zh", "活动编号"),
    ("start_date", "zh", "开始日期"), ("country_code", "en", "Country"),
    ("amount_usd", "zh", "金额（美元）"), ("amount_eur", "en", "Amount (EUR)"),
    ("something_new", "en", "something new"),
])
def test_every_header_comes_from_one_translation_table(column, lang, expected):
    assert column_label(column, lang) == expected


ROWS = pd.DataFrame({
    "org_type": ["research_institute", None], "country_code": ["CHN", None],
    "province_code": ["CN-GD", None], "city": ["Shenzhen", None],
    "category": ["research_institute+university", "DEU"], "title": ["Dean", None],
})


def test_codes_show_as_names_in_chinese_and_blanks_as_a_dash():
    view = layout.display_frame(ROWS, "zh", {("Shenzhen", "CN-GD", "CHN"): "深圳"})
    assert view.iloc[0].to_dict() == {
        "org_type": "科研院所", "country_code": "中国", "province_code": "广东省",
        "city": "深圳", "category": "科研院所 + 高校", "title": "Dean"}
    assert set(view.iloc[1].drop("category")) == {"—"}
    assert view.iloc[1]["category"] == "德国"


def test_codes_show_as_words_in_english_too():
    view = layout.display_frame(ROWS, "en")
    assert view.iloc[0]["org_type"] == "research institute"
    assert view.iloc[0]["country_code"] == "China" and view.iloc[0]["city"] == "Shenzhen"


def test_money_dates_and_blanks_are_formatted_for_reading():
    df = pd.DataFrame({"amount_usd": [12_678_072_484.049, None],
                       "start_date": pd.to_datetime([dt.date(2021, 4, 20), None]),
                       "year": [2021, None], "attendance": [1264.0, None],
                       "share": [0.31, None]})
    view = layout._fill_blanks(layout.display_frame(df, "en"))
    formats = layout._formats(view)
    shown = {c: [formats[c](v) if c in formats else v for v in view[c]] for c in view}
    assert shown == {"amount_usd": ["12,678,072,484", "—"],
                     "start_date": ["2021-04-20", "—"], "year": ["2021", "—"],
                     "attendance": ["1,264", "—"], "share": ["31%", "—"]}
    # the cells keep numbers, so the columns still sort as numbers
    assert view["amount_usd"].dtype.kind == "f"


def test_chinese_city_names_come_from_the_places_mart_and_keep_namesakes_apart():
    from ui.i18n import chinese_city_names

    mart = pd.DataFrame({"city": ["Suzhou", "Suzhou", "Shenzhen"],
                         "province_code": ["CN-AH", "CN-JS", "CN-GD"],
                         "country_code": ["CHN", "CHN", "CHN"], "city_zh": ["宿州", "苏州", "深圳"]})
    names = chinese_city_names(mart)
    full = pd.DataFrame({"city": ["Suzhou", "Suzhou", "Atlantis"],
                         "province_code": ["CN-JS", "CN-AH", None],
                         "country_code": ["CHN", "CHN", "GRC"]})
    assert list(layout.display_frame(full, "zh", names)["city"]) == ["苏州", "宿州", "Atlantis"]
    # without the province a namesake cannot be told: its English name stays
    short = pd.DataFrame({"city": ["Suzhou", "Shenzhen"], "country_code": ["CHN", "CHN"]})
    assert list(layout.display_frame(short, "zh", names)["city"]) == ["Suzhou", "深圳"]
    assert list(layout.display_frame(short, "en", names)["city"]) == ["Suzhou", "Shenzhen"]
