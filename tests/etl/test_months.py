import re

import pytest

from etl.extract.months import month_alternation, month_number


@pytest.mark.parametrize("word, month", [("Sept.", 9), ("AUGUST", 8), ("jan", 1), ("Mayday", None)])
def test_month_number_reads_names_and_abbreviations(word, month):
    assert month_number(word) == month


def test_month_alternation_matches_title_case_and_capitals_but_not_lower_case():
    rx = re.compile(rf"\b{month_alternation()}\b", re.I)
    assert [m.group() for m in rx.finditer("May 5, MAY 6, you may go, Sept 9")] == [
        "May", "MAY", "Sept"]
