"""FX: ECB daily and year-average rates, the typed reference tables (year rows, pegs), stated pairs."""
import math
from datetime import date
from itertools import pairwise

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


# Official fixed parities (data/reference/fx_pegs.csv): the anchor's rate divided by the parity.

def test_a_usd_peg_in_a_year_nobody_quotes_is_the_parity():
    r = convert(385_000, "OMR", event_year=2027)   # 0.3845 rial per USD (Central Bank of Oman)
    assert r.amount_usd == pytest.approx(1_001_300.39, abs=0.005)
    assert (r.fx_basis, r.fx_date) == ("reference_table", date(2027, 7, 1))
    assert r.fx_rate_to_usd == pytest.approx(1 / 0.3845)
    assert r.amount_cny is None   # no CNY rate for 2027 either: the leg stays empty


def test_a_euro_peg_on_an_event_day_uses_that_days_euro_rate():
    r = convert(1_000_000, "XOF", event_date=date(2024, 5, 14))   # 655.957 per EUR (BCEAO)
    eur = convert(1_000_000 / 655.957, "EUR", event_date=date(2024, 5, 14))
    assert (r.fx_basis, r.fx_date) == ("reference_table", date(2024, 5, 14))
    assert r.amount_usd == pytest.approx(1645.84, abs=0.005)   # EUR 1,524.49 at 1.0796
    assert r.amount_usd == pytest.approx(eur.amount_usd, rel=1e-12)
    assert r.amount_cny == pytest.approx(eur.amount_cny, rel=1e-12)   # CNY of the same day


def test_pataca_goes_through_the_hong_kong_dollar():
    r = convert(1_030_000, "MOP", event_year=2019)   # 1.03 per HKD (AMCM)
    hkd = convert(1_000_000, "HKD", event_year=2019)
    assert (r.fx_basis, r.fx_date) == ("reference_table", date(2019, 7, 1))
    assert r.amount_usd == pytest.approx(hkd.amount_usd, rel=1e-12)
    assert r.amount_usd == pytest.approx(127_626.81, abs=0.01)


def test_brunei_dollar_goes_through_the_singapore_dollar_on_the_day():
    r = convert(1_000_000, "BND", event_date=date(2019, 6, 15))   # at par with SGD
    sgd = convert(1_000_000, "SGD", event_date=date(2019, 6, 15))
    assert (r.fx_basis, r.fx_date) == ("reference_table", date(2019, 6, 15))
    assert (r.amount_usd, r.amount_cny) == (pytest.approx(sgd.amount_usd, rel=1e-12),
                                            pytest.approx(sgd.amount_cny, rel=1e-12))


def test_a_peg_to_inr_before_ecb_quotes_inr_takes_inrs_reference_row():
    r = convert(1_600_000, "NPR", event_date=date(2005, 3, 3))   # 1.6 per INR (Nepal Rastra Bank)
    assert (r.fx_basis, r.fx_date) == ("reference_table", date(2005, 7, 1))
    assert r.amount_usd == pytest.approx(1_000_000 / 44.10)


@pytest.mark.parametrize("currency, kwargs", [
    ("OMR", {"event_date": date(1985, 6, 1)}),      # before the 1986 parity
    ("OMR", {"event_year": 1986}),                  # a year the parity held only from February
    ("XOF", {"event_date": date(1998, 12, 31)}),    # the euro parity starts 1 January 1999
    ("NPR", {"event_year": 1990}),
])
def test_a_date_or_year_outside_the_parity_is_not_converted(currency, kwargs):
    assert convert(1e6, currency, **kwargs).fx_basis == "none"


def test_a_day_inside_the_parity_in_its_first_year_is_converted():
    r = convert(0.3845, "OMR", event_date=date(1986, 3, 1))
    assert (r.fx_basis, r.amount_usd) == ("reference_table", pytest.approx(1.0))


# AED/SAR/QAR moved from per-year rows of fx_rates.csv to one parity each: the USD amounts of
# the years those rows covered are the same floats main's code gave (pinned from /work/main).
@pytest.mark.parametrize("currency, kwargs, usd_before", [
    ("AED", {"event_year": 2015}, 272294.07760381215),
    ("AED", {"reference_year": 2020}, 272294.07760381215),
    ("AED", {"event_date": date(2015, 5, 1)}, 272294.07760381215),
    ("SAR", {"event_date": date(2023, 11, 20)}, 266666.6666666667),
    ("QAR", {"event_year": 2024}, 274725.2747252747),
])
def test_gulf_amounts_keep_the_usd_value_of_their_former_year_rows(currency, kwargs, usd_before):
    r = convert(1e6, currency, **kwargs)
    assert (r.amount_usd, r.fx_basis) == (usd_before, "reference_table")


def test_a_year_average_gulf_amount_keeps_its_cny_value_too():
    r = convert(1e6, "AED", event_year=2015)
    assert (r.amount_cny, r.fx_date) == (pytest.approx(1711475.668432321, rel=1e-12),
                                         date(2015, 7, 1))


def test_a_dated_gulf_amount_now_takes_the_cny_rate_of_its_day():
    # main gave fx_date 2015-07-01 and CNY at 2015's average (1,711,475.67); a USD peg on an
    # event day is that day's USD, so its CNY leg is that day's, like a USD amount's.
    r = convert(1e6, "AED", event_date=date(2015, 5, 1))
    usd = convert(r.amount_usd, "USD", event_date=date(2015, 5, 1))
    assert r.fx_date == date(2015, 5, 1)
    assert r.amount_cny == pytest.approx(usd.amount_cny, rel=1e-12)


def test_pegs_and_their_end_are_read_from_etl_reference_dir(tmp_path, monkeypatch):
    from etl import fx, reference
    (tmp_path / "fx_rates.csv").write_text(
        "currency,year,units_per_usd,source\nZZA,2005,3.0,test\n")
    (tmp_path / "fx_pegs.csv").write_text(
        "# test table\ncurrency,anchor,units_per_anchor,since,until,source\n"
        "ZZA,USD,2.0,2000-01-01,2009-12-31,test\n")
    monkeypatch.setenv("ETL_REFERENCE_DIR", str(tmp_path))
    reference.read_csv.cache_clear()
    fx._reference_rates.cache_clear()
    fx._pegs.cache_clear()
    try:
        assert convert(2.0, "ZZA", event_year=2009).amount_usd == pytest.approx(1.0)
        assert convert(3.0, "ZZA", event_year=2005).amount_usd == pytest.approx(1.0)  # row wins
        assert convert(2.0, "ZZA", event_date=date(2009, 12, 31)).fx_basis == "reference_table"
        assert convert(2.0, "ZZA", event_date=date(2010, 1, 1)).fx_basis == "none"
    finally:
        reference.read_csv.cache_clear()
        fx._reference_rates.cache_clear()
        fx._pegs.cache_clear()


def test_the_peg_table_is_well_formed_and_each_fact_has_one_home():
    from etl import fx
    from etl.reference import read_csv
    rows = read_csv(fx.PEG_TABLE)
    pegged = {r["currency"] for r in rows}
    typed = {(r["currency"], int(r["year"])): float(r["units_per_usd"])
             for r in read_csv(fx.FX_TABLE)}
    for r in rows:
        since = date.fromisoformat(r["since"])
        until = date.fromisoformat(r["until"]) if r["until"] else None
        assert float(r["units_per_anchor"]) > 0 and r["source"], r
        assert until is None or since <= until, r
        assert r["anchor"] not in pegged, f"{r['currency']}: an anchor must have its own rate"
        assert r["anchor"] == "USD" or r["anchor"] in fx._ecb_currencies(), r
        assert len(r["currency"]) == 3 and r["currency"].isupper(), r
        # a per-year row that repeats the parity is the same fact typed twice
        assert not any(c == r["currency"] and r["anchor"] == "USD"
                       and units == float(r["units_per_anchor"])
                       for (c, _), units in typed.items()), r
    periods = sorted((r["currency"], r["since"], r["until"] or "9999-12-31") for r in rows)
    for (c1, _, until), (c2, since, _) in pairwise(periods):
        assert c1 != c2 or until < since, f"{c1}: two parities in force on one day"


@pytest.mark.parametrize("table, text, problem", [
    ("fx_pegs.csv", "currency,anchor,units_per_anchor,since,until,source\n"
                    "ZZB,EUR,0,2000-01-01,,a zero parity\n",
     "the row currency=ZZB, anchor=EUR, units_per_anchor=0, since=2000-01-01, until=: "
     "units_per_anchor must be a positive number, not '0'"),
    ("fx_pegs.csv", "currency,anchor,units_per_anchor,since,until,source\n"
                    "ZZB,EUR,1.5,2000-13-01,,a typo in the month\n",
     "since must be a date (YYYY-MM-DD), not '2000-13-01'"),
    ("fx_pegs.csv", "currency,anchor,units_per_anchor,since,until,source\n"
                    "ZZB,euro,1.5,2000-01-01,,a name for a code\n",
     "anchor must be an ISO 4217 code, not 'euro'"),
    ("fx_rates.csv", "currency,year,units_per_usd,source\nZZC,2019,seven,test\n",
     "units_per_usd must be a positive number, not 'seven'"),
    # a decimal comma: "7,1" was read as 7
    ("fx_rates.csv", "currency,year,units_per_usd,source\nZZC,2019,7,1,test\n",
     "the row ZZC,2019,7,1,test has more cells than the header's columns"),
    ("fx_rates.csv", "currency,year,units_per_usd,source\nZZC,FY2019,7.1,test\n",
     "year must be a year, not 'FY2019'"),
])
def test_a_malformed_rate_row_is_an_error_naming_the_table_the_row_and_the_problem(
        tmp_path, monkeypatch, table, text, problem):
    # a user's typo used to be skipped: every amount in that currency then went unconverted
    # with no word why
    from etl import fx, reference
    (tmp_path / "fx_rates.csv").write_text("currency,year,units_per_usd,source\n")
    (tmp_path / "fx_pegs.csv").write_text("currency,anchor,units_per_anchor,since,until,source\n")
    (tmp_path / table).write_text(text)
    monkeypatch.setenv("ETL_REFERENCE_DIR", str(tmp_path))
    reference.read_csv.cache_clear()
    fx._reference_rates.cache_clear()
    fx._pegs.cache_clear()
    try:
        with pytest.raises(reference.ReferenceTableError) as e:
            fx.check_tables()
        assert str(e.value).startswith(f"{tmp_path / table}: ")
        assert problem in str(e.value)
    finally:
        reference.read_csv.cache_clear()
        fx._reference_rates.cache_clear()
        fx._pegs.cache_clear()
