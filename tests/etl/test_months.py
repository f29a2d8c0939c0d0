import re

import pytest

from etl.extract.months import (
    month_alternation,
    month_names,
    month_number,
    relative_days,
    weekday_names,
    weekday_number,
)


@pytest.mark.parametrize("word, month", [("Sept.", 9), ("AUGUST", 8), ("jan", 1), ("Mayday", None)])
def test_month_number_reads_names_and_abbreviations(word, month):
    assert month_number(word) == month


def test_month_alternation_matches_title_case_and_capitals_but_not_lower_case():
    rx = re.compile(rf"\b{month_alternation()}\b", re.I)
    assert [m.group() for m in rx.finditer("May 5, MAY 6, you may go, Sept 9")] == [
        "May", "MAY", "Sept"]


def test_each_month_has_its_full_name_in_calendar_order():
    assert month_names()[0] == "January" and month_names()[8] == "September"
    assert len(month_names()) == 12


@pytest.mark.parametrize("word, number", [("Monday", 1), ("SUNDAY", 7), ("thursday", 4),
                                          ("Mon", None), ("Mayday", None)])
def test_weekday_number_is_the_iso_day_of_a_full_weekday_name(word, number):
    assert weekday_number(word) == number


def test_weekday_names_run_from_monday_to_sunday():
    assert weekday_names() == ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                               "Saturday", "Sunday")


@pytest.mark.parametrize("text, kinds, found", [
    ("签约仪式当天在会场举行", ("same_day",), ["当天"]),
    ("同日下午，联盟年会召开", ("same_day",), ["同日"]),
    ("今天上午开幕，昨日报到", ("today",), ["今天上午"]),
    ("今天上午开幕，昨日报到", ("yesterday",), ["昨日"]),
    ("明天开幕", ("today", "yesterday", "same_day"), []),
])
def test_relative_days_finds_the_words_of_its_kinds(text, kinds, found):
    assert re.findall(relative_days("zh", *kinds), text) == found


def test_relative_days_english_words_take_spaces_inside():
    rx = re.compile(rf"\b{relative_days('en', 'today', 'same_day')}\b", re.I)
    assert [m.group() for m in rx.finditer("This  morning's talk; on the same day; todays")] == [
        "This  morning", "same day"]


def test_relative_days_of_an_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="no zh word of kinds"):
        relative_days("zh", "tomorrow")
