"""Numbers and snippets as a reader of a slide or a table wants them (ui/fmt.py)."""
from __future__ import annotations

import pytest

from ui import fmt


@pytest.mark.parametrize(("value", "currency", "lang", "expected"), [
    (4.05e9, "USD", "en", "$4.05 B"), (12_678_072_484.049, "USD", "en", "$12.7 B"),
    (1.3e9, "USD", "en", "$1.3 B"), (46_000, "USD", "en", "$46 K"), (500, "USD", "en", "$500"),
    (4.05e9, "CNY", "en", "CN¥4.05 B"),
    (4.05e9, "CNY", "zh", "40.5 亿元"), (4.05e6, "CNY", "zh", "405 万元"),
    (5.5e9, "CNY", "zh", "55 亿元"), (2.43083e11, "CNY", "zh", "2,431 亿元"),
    (1.35e12, "CNY", "zh", "1.35 万亿元"), (1.3e9, "USD", "zh", "13 亿美元"),
    (None, "USD", "en", "—"), (float("nan"), "CNY", "zh", "—"),
])
def test_money_reads_in_short_units(value, currency, lang, expected):
    assert fmt.money(value, currency, lang) == expected


@pytest.mark.parametrize(("now", "before", "expected"), [
    (12, 10, "+20 %"), (7, 10, "-30 %"), (5, 0, None), (None, 3, None), (3, None, None),
])
def test_delta_against_the_previous_period(now, before, expected):
    assert fmt.delta(now, before) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("rtium for Research, Technology Transfer", "…for Research, Technology Transfer"),
    ("la Lumpur (VNA) - According to a report", "…Lumpur (VNA) - According to a report"),
    ("The forum opened on Monday.", "The forum opened on Monday."),
    ("iPhone maker Apple signed a deal.", "iPhone maker Apple signed a deal."),
    ("技术转移大会在成都举行。", "技术转移大会在成都举行。"),
    ("eBay", "eBay"), (None, None),
])
def test_an_evidence_cut_mid_word_starts_at_a_whole_word(text, expected):
    assert fmt.snippet(text) == expected
