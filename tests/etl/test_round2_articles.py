"""The round-2 articles (tests/etl/round2, see its README) keep what the held-out round gained:
scored by the shared scorer, deterministic, floors just under what main reaches today."""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.__main__ import main
from tests.etl.test_heldout import _scorer, summarise

HERE = Path(__file__).resolve().parent / "round2"
FLOORS = {"fields": 0.97, "org_recall": 0.93, "org_precision": 0.96, "org_role": 0.96,
          "org_type": 0.87, "mix": 0.92, "amount_recall": 0.97, "amount_precision": 0.97,
          "amount_scope": 0.97}
MAX = {"traps": 0, "extra_events": 0, "missing_docs": 0}


@pytest.fixture(scope="module")
def round2_score(tmp_path_factory):
    out = tmp_path_factory.mktemp("round2") / "warehouse"
    assert main(["--input", str(HERE / "docs"), "--output", str(out), "--workers", "2",
                 "--no-progress"]) == 0
    totals, rows = _scorer().score(str(out), str(HERE / "gold"))
    return summarise(totals), rows


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_round2_articles_reach_their_floor(round2_score, metric):
    summary, rows = round2_score
    assert summary[metric] >= FLOORS[metric], "\n".join(
        [f"{metric}={summary[metric]:.3f} < {FLOORS[metric]}"] + rows)


@pytest.mark.parametrize("count", sorted(MAX))
def test_round2_articles_take_no_trap_and_no_extra_event(round2_score, count):
    summary, rows = round2_score
    assert summary[count] <= MAX[count], "\n".join([f"{count}={summary[count]}"] + rows)
