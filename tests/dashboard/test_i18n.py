from __future__ import annotations

import re

import pytest

from etl.schema import EVENT_TYPES, MIX_BASES, ORG_TYPES, REGIONS, ROLES
from ui.i18n import STRINGS, country_name, label, province_name, t


def test_every_string_has_english_and_chinese():
    assert all(len(pair) == 2 and all(pair) for pair in STRINGS.values())


@pytest.mark.parametrize("value", [*EVENT_TYPES, *ORG_TYPES, *ROLES, *MIX_BASES, *REGIONS])
def test_every_vocabulary_value_has_a_chinese_label(value):
    assert label(value, "zh") != value


def test_chinese_strings_name_vocabulary_values_by_their_chinese_labels():
    # the mix basis note once explained "reported=…" to a reader whose table says 报道
    codes = {*EVENT_TYPES, *ORG_TYPES, *ROLES, *MIX_BASES}
    for key, (_en, zh) in STRINGS.items():
        named = {c for c in codes if re.search(rf"(?<![A-Za-z_]){c}(?![A-Za-z_])", zh)}
        assert not named, f"{key}: {zh}"


@pytest.mark.parametrize(("value", "lang", "expected"), [
    ("co_organizer", "en", "co organizer"),
    ("co_organizer", "zh", "协办"),
    ("research_institute+university", "en", "research institute + university"),
    ("research_institute+university", "zh", "科研院所 + 高校"),
    (None, "en", "unknown"),
    (float("nan"), "zh", "未知"),
    ("brand_new_type", "zh", "brand new type"),
])
def test_labels(value, lang, expected):
    assert label(value, lang) == expected


@pytest.mark.parametrize(("code", "english", "lang", "expected"), [
    ("DEU", "Germany", "en", "Germany"),
    ("DEU", None, "zh", "德国"),
    ("KEN", None, "en", "Kenya"),
    (None, None, "en", "unknown"),
    ("XXX", "Freedonia", "zh", "Freedonia"),
])
def test_country_names(code, english, lang, expected):
    assert country_name(code, english, lang) == expected


@pytest.mark.parametrize(("code", "english", "lang", "expected"), [
    ("CN-YN", "Yunnan", "en", "Yunnan"),
    ("CN-YN", "Yunnan", "zh", "云南省"),
    ("CN-GD", None, "zh", "广东省"),
    ("US-MA", "Massachusetts", "en", "Massachusetts"),
])
def test_province_names(code, english, lang, expected):
    assert province_name(code, english, lang) == expected


def test_unknown_key_falls_back_to_the_key_and_formats():
    assert t("no_such_key", "zh") == "no_such_key"
    assert t("kpi_contracts", "en", c="CNY") == "Contract value at events (CNY)"
