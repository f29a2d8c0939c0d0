"""A click on a bar lists the rows behind it: the bar as the page's `bar` URL parameter and back
(ui/drill.py), and the pages that list from it (Contract values, Participant mix)."""
from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.apptest import ROOT
from ui import charts
from ui.drill import AmountBar, MixBar


@pytest.mark.parametrize(("text", "bar"), [
    ("2021:contract_value:event", AmountBar(2021, "contract_value", "event")),
    ("2022:funding:institution", AmountBar(2022, "funding", "institution")),
    ("2021:contract_value", None), ("2021:party:event", None), ("21:contract_value:event", None),
    ("2021:contract_value:event:x", None), ("", None), (None, None),
])
def test_an_amount_bar_reads_back_from_its_parameter(text, bar):
    assert AmountBar.parse(text) == bar
    if bar is not None:
        assert bar.param() == text


@pytest.mark.parametrize(("text", "bar"), [
    ("2019", MixBar(2019)), ("unknown", MixBar(None)), ("year unknown", None), ("19", None),
    ("2019; DROP", None), (None, None),
])
def test_a_mix_bar_reads_back_from_its_parameter(text, bar):
    assert MixBar.parse(text) == bar
    if bar is not None:
        assert bar.param() == text


def test_each_bar_carries_its_parameter_for_a_click():
    amounts = pd.DataFrame({"year": [2021, 2021], "metric": ["contract_value", "investment"],
                            "scope": "event", "total": [5e8, 2e9], "amounts": 1,
                            "unconverted": 0})
    fig = charts.amounts_by_year(amounts, "USD", "en")
    assert [list(t.customdata[0]) for t in fig.data] == [
        ["2021:contract_value:event", "$500 M"], ["2021:investment:event", "$2 B"]]
    mix = pd.DataFrame({"year": [2019, None], "category": "university", "share": [0.5, 1.0],
                        "basis": "reported"})
    fig = charts.mix_100(mix, "year", "en", "t")
    assert sorted({c[0] for t in fig.data for c in t.customdata}) == ["2019", "unknown"]


def _opened(monkeypatch, warehouse, page: str, **params: str) -> AppTest:
    """`page` opened first, from a URL with `params` (a copied link)."""
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.switch_page(f"app_pages/{page}.py").run()


def _subheaders(at) -> list[str]:
    return [s.value for s in at.subheader]


def test_a_contract_value_bar_in_the_url_lists_its_amounts(monkeypatch, sample_wh):
    at = _opened(monkeypatch, sample_wh, "contract_values", bar="2021:contract_value:event")
    assert not at.exception
    assert "Amounts behind the bar contract value · event · 2021" in _subheaders(at)
    rows = next(d.value for d in at.dataframe if "surface" in d.value.columns
                and len(d.value) == 2)
    assert list(rows["surface"]) == ["约12亿元", "500万元"]
    note = next(c.value for c in at.caption if c.value.startswith("2 amounts"))
    assert "make the bar's total, $187 M" in note
    assert at.query_params["bar"] == "2021:contract_value:event"
    at.button(key="amounts_bar_close").click().run()
    assert "bar" not in at.query_params
    assert not any(s.startswith("Amounts behind") for s in _subheaders(at))


def test_a_participant_mix_bar_in_the_url_lists_its_events_in_chinese(monkeypatch, sample_wh):
    at = _opened(monkeypatch, sample_wh, "participant_mix", bar="2023", lang="zh")
    assert not at.exception
    assert "2023条形背后的活动" in _subheaders(at)
    rows = next(d.value for d in at.dataframe if "category" in d.value.columns
                and set(d.value["event_id"]) == {"ev05"})
    assert sorted(zip(rows["category"], rows["share"], strict=True)) == [
        ("企业", 0.6), ("高校", 0.4)]
    assert any(c.value.startswith("1 个活动给出或可推算") for c in at.caption)


@pytest.mark.parametrize("bar", ["2021:nonsense:event", "'; DROP TABLE amounts; --"])
def test_a_malformed_bar_lists_nothing(monkeypatch, sample_wh, bar):
    at = _opened(monkeypatch, sample_wh, "contract_values", bar=bar)
    assert not at.exception
    assert not any(s.startswith("Amounts behind") for s in _subheaders(at))
