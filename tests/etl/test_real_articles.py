"""The extraction holds on real articles: ../shared/dev (55 articles nobody tuned the rules
for one by one), the five samples of ../shared/seeds and the round-2 to round-15 articles
(tests/etl/round2 … round16, see their READMEs), scored by the shared scorer.

The scores are deterministic (no timing), so they can hold main: a change that loses facts
on real text fails here. dev's floors are issue 10's targets (all met); where main does
better (precision, type, mix), the floor sits just under what it reaches today, so it can only
go up.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import built_warehouse
from tests.etl.conftest import SHARED
from tests.etl.test_heldout import _scorer, summarise

DEV = SHARED / "dev"
HERE = Path(__file__).resolve().parent
METRICS = ("fields", "org_recall", "org_precision", "org_role", "org_type", "mix",
           "amount_recall", "amount_precision", "amount_scope")
COUNTS = ("traps", "extra_events")
# One row per corpus: the floor of each of METRICS, then the most traps and extra events it
# may take (never a missing document). dev's row is issue 10's targets; the seeds stay at gold;
# each round's row sits just under what the fixes of that round reached (its README says what
# and why: round 9's and round 11's traps are figures their gold calls traps that earlier gold
# keeps as amounts with a scope; round 12's six are three such conflicts and three counts of
# people expected or registered, see its README).
FLOORS = {
    #          fields recall prec  role  type  mix   amt_r amt_p scope traps extra
    "dev":     (0.92, 0.85, 0.88, 0.9,  0.88, 0.8,  0.92, 0.92, 0.9,  1, 3),
    "seeds":   (1.0,  1.0,  0.9,  1.0,  1.0,  1.0,  1.0,  1.0,  1.0,  0, 0),
    "round2":  (0.97, 0.93, 0.96, 0.96, 0.87, 0.92, 0.97, 0.97, 0.97, 0, 0),
    "round3":  (0.97, 0.94, 0.97, 0.97, 0.88, 0.94, 0.97, 0.97, 0.95, 0, 0),
    "round4":  (0.97, 0.9,  0.96, 0.94, 0.9,  0.93, 0.97, 0.97, 0.95, 1, 0),
    "round5":  (0.98, 0.94, 0.97, 0.96, 0.94, 0.92, 0.98, 0.96, 0.97, 2, 0),
    "round6":  (0.88, 0.9,  0.97, 0.96, 0.94, 0.95, 0.97, 0.97, 0.92, 1, 0),
    "round7":  (0.9,  0.85, 0.94, 0.98, 0.94, 0.93, 0.98, 0.97, 0.97, 1, 0),
    "round8":  (0.96, 0.85, 0.95, 0.97, 0.95, 0.98, 0.98, 0.97, 0.92, 1, 0),
    "round9":  (0.93, 0.88, 0.97, 0.97, 0.93, 0.9,  0.95, 0.9,  0.97, 7, 0),
    "round10": (0.92, 0.87, 0.91, 0.96, 0.96, 0.88, 0.9,  0.95, 0.9,  1, 0),
    "round11": (0.84, 0.9,  0.97, 0.98, 0.97, 0.6,  0.88, 0.9,  0.94, 6, 0),
    "round12": (0.83, 0.77, 0.95, 0.95, 0.93, 0.82, 0.99, 0.86, 0.95, 6, 0),
    # round13 type 0.93: the signing told "On the following day" (u02) is now an event of its
    # own, so its two parties are found (recall 0.842 -> 0.855) and counted in the type ratio,
    # both typed other (a bare company name, "… Organization"); no organisation's type changed
    "round13": (0.9,  0.85, 0.95, 0.97, 0.93, 0.86, 0.97, 0.97, 0.99, 1, 1),
    "round14": (0.95, 0.9,  0.96, 0.96, 0.96, 0.97, 0.99, 0.96, 0.95, 0, 0),
    "round15": (0.95, 0.92, 0.96, 0.96, 0.97, 0.83, 0.99, 0.97, 0.91, 0, 0),
    "round16": (0.94, 0.91, 0.97, 0.96, 0.94, 0.94, 0.99, 0.99, 0.99, 0, 0),
}


def _folders(corpus: str) -> tuple[Path, Path]:
    """(documents, gold) of a corpus."""
    if corpus == "dev":
        return DEV / "docs", DEV / "gold"
    if corpus == "seeds":
        return SHARED / "seeds", SHARED / "gold"
    return HERE / corpus / "docs", HERE / corpus / "gold"


def _score(warehouse: Path, gold: Path) -> tuple[dict, list[str]]:
    totals, rows = _scorer().score(str(warehouse), str(gold))
    return summarise(totals), rows


@pytest.fixture(scope="module")
def scores(dev_warehouse, tmp_path_factory):
    """corpus → (summary, per-document misses), each corpus built and scored once."""
    built: dict[str, tuple[dict, list[str]]] = {}

    def score(corpus: str) -> tuple[dict, list[str]]:
        if corpus not in built:
            docs, gold = _folders(corpus)
            warehouse = dev_warehouse if corpus == "dev" else built_warehouse(docs, tmp_path_factory)
            built[corpus] = _score(warehouse, gold)
        return built[corpus]
    return score


@pytest.mark.parametrize("corpus, metric", [(c, m) for c in FLOORS for m in METRICS])
def test_real_articles_reach_their_floor(scores, corpus, metric):
    summary, rows = scores(corpus)
    floor = FLOORS[corpus][METRICS.index(metric)]
    assert summary[metric] >= floor, "\n".join([f"{metric}={summary[metric]:.3f} < {floor}"]
                                                + rows)


@pytest.mark.parametrize("corpus, count", [(c, k) for c in FLOORS for k in (*COUNTS, "missing_docs")])
def test_real_articles_take_few_traps_and_no_extra_events(scores, corpus, count):
    summary, rows = scores(corpus)
    most = FLOORS[corpus][len(METRICS) + COUNTS.index(count)] if count in COUNTS else 0
    assert summary[count] <= most, "\n".join([f"{count}={summary[count]}"] + rows)
