from __future__ import annotations

import pytest

from ui.filters import Filters, clamp_years, from_query_params, slug, to_query_params


@pytest.mark.parametrize(("params", "expected"), [
    ({}, Filters()),
    ({"y0": "2019", "y1": "2021"}, Filters(year_min=2019, year_max=2021)),
    ({"y0": "2023", "y1": "2019"}, Filters(year_min=2019, year_max=2023)),  # swapped back
    ({"y0": "19", "y1": "abcd"}, Filters()),  # not years: ignored
    ({"y0": "1066"}, Filters()),  # outside 1900–2100
    ({"unknown": "0"}, Filters(include_unknown_year=False)),
    ({"unknown": "maybe"}, Filters()),
    ({"region": "Asia,Atlantis"}, Filters(regions=("Asia",))),
    ({"country": "chn,usa,XX,CHN"}, Filters(countries=("CHN", "USA"))),
    ({"province": "cn-yn,CN-BJ,Yunnan"}, Filters(provinces=("CN-YN", "CN-BJ"))),
    ({"type": ["forum", "gala"]}, Filters(event_types=("forum",))),
    ({"orgtype": "university,park", "role": "host,sponsor"},
     Filters(org_types=("university", "park"), roles=("host",))),
    ({"org": "  Fraunhofer  "}, Filters(org_search="Fraunhofer")),
    ({"cur": "cny", "lang": "ZH", "meeting": "1"}, Filters(currency="CNY", lang="zh",
                                                           meeting=True)),
    ({"cur": "EUR", "lang": "fr"}, Filters()),
    ({"event": "ev01", "unrelated": "x"}, Filters()),
    ({"d0": "2021-04-01", "d1": "2021-06-30"}, Filters(date_from="2021-04-01",
                                                       date_to="2021-06-30")),
    ({"d0": "2021-06-30", "d1": "2021-04-01"}, Filters(date_from="2021-04-01",
                                                       date_to="2021-06-30")),
    ({"d0": "2021-02-30", "d1": "yesterday"}, Filters()),
])
def test_query_params_parse_to_filters_dropping_malformed_values(params, expected):
    assert from_query_params(params) == expected


@pytest.mark.parametrize("f", [
    Filters(),
    Filters(year_min=2018, year_max=2022, include_unknown_year=False),
    Filters(regions=("Asia", "Europe"), countries=("CHN",), provinces=("CN-GD",)),
    Filters(event_types=("fair",), org_types=("hospital",), roles=("signatory",),
            org_search="清华", currency="CNY", lang="zh", meeting=True),
])
def test_filters_survive_a_round_trip_through_the_url(f):
    assert from_query_params(to_query_params(f)) == f


def test_default_filters_write_no_query_params():
    assert to_query_params(Filters()) == {}


def test_lists_are_comma_joined_in_the_url():
    assert to_query_params(Filters(countries=("CHN", "DEU"), include_unknown_year=False)) == {
        "unknown": "0", "country": "CHN,DEU"}


@pytest.mark.parametrize(("f", "bounds", "expected"), [
    (Filters(year_min=2018, year_max=2023), (2018, 2023), Filters()),
    (Filters(year_min=2019, year_max=2023), (2018, 2023), Filters(year_min=2019)),
    (Filters(year_min=2010, year_max=2030), (2018, 2023), Filters()),
    (Filters(year_min=2019), None, Filters(year_min=2019)),
])
def test_year_limits_at_the_data_bounds_are_dropped(f, bounds, expected):
    assert clamp_years(f, bounds) == expected


@pytest.mark.parametrize(("f", "expected"), [
    (Filters(), "all"),
    (Filters(currency="CNY", lang="zh", meeting=True), "all"),
    (Filters(countries=("CHN",)), "country-CHN"),
    (Filters(year_min=2019, year_max=2021, event_types=("forum",)), "y0-2019_y1-2021_type-forum"),
    (Filters(org_search="a/b c"), "org-a-b-c"),
])
def test_slug_names_the_filters_safely_for_a_file_name(f, expected):
    assert slug(f) == expected


@pytest.mark.parametrize(("f", "restricts"), [
    (Filters(), False), (Filters(currency="CNY", lang="zh", meeting=True), False),
    (Filters(include_unknown_year=False), True), (Filters(org_search="x"), True),
])
def test_only_data_filters_count_as_restricting_events(f, restricts):
    assert f.restricts_events() is restricts
