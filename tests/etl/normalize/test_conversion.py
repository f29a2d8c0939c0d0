"""Amounts converted to USD and CNY over the tables (the rates themselves: tests/etl/test_fx.py)."""
import copy

from etl.normalize import add_fx


def test_converting_amounts_returns_new_rows_and_leaves_the_rows_given_alone():
    tables = {"events": [{"event_id": "e1", "start_date": None, "year": 2019}],
              "amounts": [{"amount_id": "x1", "event_id": "e1", "amount": 100.0,
                           "currency": "USD", "reference_year": None,
                           "stated_amount": None, "stated_currency": None}]}
    before = copy.deepcopy(tables)
    [row] = add_fx(tables)["amounts"]
    assert (row["amount_usd"], row["fx_rate_to_usd"]) == (100.0, 1.0)
    assert "stated_amount" not in row
    assert tables == before
