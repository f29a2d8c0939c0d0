"""FX: ECB daily and year-average rates, the typed reference table, stated pairs."""
import math
from datetime import date

import pytest

from etl.fx import convert


def test_daily_rate_matches_the_measured_ecb_value():
    r = convert(6842.0, "CNY", event_date=date(2017, 6, 26))
    assert r.fx_basis == "ecb_daily"
    assert r.fx_date == date(2017, 6, 26)
    assert 1 / r.fx_rate_to_usd == pytest.approx(6.8420, abs=1e-4)
    assert r.amount_usd == pytest.approx(1000.0, rel=1e-4)
    assert r.amount_cny == 6842.0


def test_year_average_is_the_mean_over_ecb_business_days():
    r = convert(1.0, "USD", event_year=2017)
    assert (r.fx_basis, r.fx_date) == ("ecb_year_avg", date(2017, 7, 1))
    assert r.amount_cny == pytest.approx(6.7587, abs=1e-4)


def test_reference_year_wins_over_the_event_date():
    r = convert(1e9, "CNY", reference_year=2017, event_date=date(2023, 5, 28))
    assert r.fx_basis == "ecb_year_avg"
    assert r.amount_usd == pytest.approx(1e9 / 6.7587, rel=1e-4)


def test_weekend_dates_inside_coverage_use_the_interpolated_daily_rate():
    r = convert(100.0, "EUR", event_date=date(2019, 6, 15))
    assert (r.fx_basis, r.fx_date) == ("ecb_daily", date(2019, 6, 15))
    assert r.amount_usd == pytest.approx(112.0, rel=0.01)


def test_cny_before_ecb_coverage_uses_the_peg_from_the_reference_table_not_extrapolation():
    r = convert(8277.0, "CNY", event_date=date(2003, 5, 1))
    assert r.fx_basis == "reference_table"
    assert r.amount_usd == pytest.approx(1000.0, rel=0.001)


@pytest.mark.parametrize("currency, year, units_per_usd", [
    ("TWD", 2019, 30.93), ("VND", 2018, 22602), ("INR", 2005, 44.10), ("AED", 2015, 3.6725),
])
def test_currencies_ecb_lacks_come_from_the_reference_table(currency, year, units_per_usd):
    r = convert(units_per_usd, currency, event_year=year)
    assert r.fx_basis == "reference_table"
    assert r.amount_usd == pytest.approx(1.0, rel=1e-6)
    assert r.amount_cny is not None


def test_stated_pair_gives_the_other_currency_with_basis_stated_in_text():
    r = convert(100e9, "CNY", event_date=date(2017, 6, 26), stated_amount=14.7e9,
                stated_currency="USD")
    assert (r.amount_usd, r.amount_cny, r.fx_basis) == (14.7e9, 100e9, "stated_in_text")
    assert r.fx_rate_to_usd == pytest.approx(0.147)


def test_stated_pair_in_usd_for_a_third_currency_fills_cny_from_the_market():
    r = convert(10e6, "EUR", event_year=2019, stated_amount=11e6, stated_currency="USD")
    assert (r.amount_usd, r.fx_basis) == (11e6, "stated_in_text")
    assert r.amount_cny == pytest.approx(11e6 * 6.908, rel=0.01)


@pytest.mark.parametrize("currency", ["CNY", "USD"])
def test_identity_needs_no_rate(currency):
    r = convert(5e6, currency)
    assert r.fx_basis == "none"
    assert (r.amount_cny if currency == "CNY" else r.amount_usd) == 5e6


def test_no_date_and_no_year_means_no_conversion():
    r = convert(5e6, "EUR")
    assert (r.amount_usd, r.amount_cny, r.fx_rate_to_usd, r.fx_date, r.fx_basis) == (
        None, None, None, None, "none")


@pytest.mark.parametrize("currency, kwargs", [
    ("XYZ", {"event_year": 2019}),                       # unknown currency
    ("EUR", {"event_year": 1990}),                       # before any data
    ("EUR", {"event_date": date(2090, 1, 1)}),           # after the package's data end
    ("", {"event_year": 2019}),
    ("EUR", {"event_year": 0}),                          # no calendar year at all
    ("USD", {"reference_year": 10000}),
])
def test_rates_nobody_has_give_no_conversion(currency, kwargs):
    assert convert(1e6, currency, **kwargs).fx_basis == "none"


def test_a_stated_pair_with_an_infinite_implied_rate_is_not_used():
    # a negative amount restated in USD: the ratio is -inf, not a rate
    r = convert(-2e-110, "CNY", stated_amount=3.68e198, stated_currency="USD")
    assert r.fx_basis == "none" and r.fx_rate_to_usd is None


def test_reference_table_is_read_from_etl_reference_dir(tmp_path, monkeypatch):
    from etl import fx, reference
    (tmp_path / "fx_rates.csv").write_text(
        "# test table\ncurrency,year,units_per_usd,source\nXAF,2019,585.9,test\n")
    monkeypatch.setenv("ETL_REFERENCE_DIR", str(tmp_path))
    reference.read_csv.cache_clear()
    fx._reference_rates.cache_clear()
    try:
        r = convert(585.9, "XAF", event_year=2019)
        assert (r.fx_basis, r.amount_usd) == ("reference_table", pytest.approx(1.0))
    finally:
        reference.read_csv.cache_clear()
        fx._reference_rates.cache_clear()


def test_a_stated_pair_with_an_overflowing_rate_falls_back_to_market_conversion():
    # Found by the long fuzz: USD / a denormal amount overflowed to an infinite rate.
    r = convert(3.5344323362329846e-303, "CNY", stated_amount=635383.0, stated_currency="USD")
    assert r.fx_rate_to_usd is None or math.isfinite(r.fx_rate_to_usd)
    assert r.fx_basis != "stated_in_text"
