"""The extraction holds on real articles: ../shared/dev (55 articles nobody tuned the rules
for one by one), the five samples of ../shared/seeds and the round-2 to round-11 articles
(tests/etl/round2 … round11, see their READMEs), scored by the shared scorer.

The scores are deterministic (no timing), so they can hold main: a change that loses facts
on real text fails here. DEV_FLOORS are issue 10's targets (all met); where main does
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
DEV_FLOORS = {"fields": 0.92, "org_recall": 0.85, "org_precision": 0.88, "org_role": 0.9,
              "org_type": 0.88, "mix": 0.8, "amount_recall": 0.92,
              "amount_precision": 0.92, "amount_scope": 0.9}
DEV_MAX = {"traps": 1, "extra_events": 3, "missing_docs": 0}
SEED_FLOORS = {"fields": 1.0, "org_recall": 1.0, "org_precision": 0.9, "org_role": 1.0,
               "org_type": 1.0, "mix": 1.0, "amount_recall": 1.0, "amount_precision": 1.0,
               "amount_scope": 1.0}
SEED_MAX = {"traps": 0, "extra_events": 0, "missing_docs": 0}
# Just under what the held-out round reached on them (fields 0.986, org recall 0.949, …).
ROUND2 = Path(__file__).resolve().parent / "round2"
ROUND2_FLOORS = {"fields": 0.97, "org_recall": 0.93, "org_precision": 0.96, "org_role": 0.96,
                 "org_type": 0.87, "mix": 0.92, "amount_recall": 0.97,
                 "amount_precision": 0.97, "amount_scope": 0.97}
ROUND2_MAX = {"traps": 0, "extra_events": 0, "missing_docs": 0}
# Just under what the round-3 fixes reached on them (fields 0.989, org recall 0.962, …;
# tests/etl/round3/README.md).
ROUND3 = Path(__file__).resolve().parent / "round3"
ROUND3_FLOORS = {"fields": 0.97, "org_recall": 0.94, "org_precision": 0.97, "org_role": 0.97,
                 "org_type": 0.88, "mix": 0.94, "amount_recall": 0.97,
                 "amount_precision": 0.97, "amount_scope": 0.95}
ROUND3_MAX = {"traps": 0, "extra_events": 0, "missing_docs": 0}
# Just under what the round-4 fixes reached on them (fields 0.99, org recall 0.928, traps 1 …;
# tests/etl/round4/README.md).
ROUND4 = Path(__file__).resolve().parent / "round4"
ROUND4_FLOORS = {"fields": 0.97, "org_recall": 0.9, "org_precision": 0.96, "org_role": 0.94,
                 "org_type": 0.9, "mix": 0.93, "amount_recall": 0.97,
                 "amount_precision": 0.97, "amount_scope": 0.95}
ROUND4_MAX = {"traps": 1, "extra_events": 0, "missing_docs": 0}
# Just under what the round-5 fixes reached on them (fields 1.0, org recall 0.959, …; the two
# traps are companies' annual revenue, kept as institution revenue: tests/etl/round5/README.md).
ROUND5 = Path(__file__).resolve().parent / "round5"
ROUND5_FLOORS = {"fields": 0.98, "org_recall": 0.94, "org_precision": 0.97, "org_role": 0.96,
                 "org_type": 0.94, "mix": 0.92, "amount_recall": 0.98,
                 "amount_precision": 0.96, "amount_scope": 0.97}
ROUND5_MAX = {"traps": 2, "extra_events": 0, "missing_docs": 0}
# Just under what the round-6 fixes reached on them (fields 0.898, org recall 0.918, 1 trap …;
# tests/etl/round6/README.md).
ROUND6 = Path(__file__).resolve().parent / "round6"
ROUND6_FLOORS = {"fields": 0.88, "org_recall": 0.9, "org_precision": 0.97, "org_role": 0.96,
                 "org_type": 0.94, "mix": 0.95, "amount_recall": 0.97,
                 "amount_precision": 0.97, "amount_scope": 0.92}
ROUND6_MAX = {"traps": 1, "extra_events": 0, "missing_docs": 0}
# Just under what the round-7 fixes reached on them (fields 0.917, org recall 0.872, 1 trap …;
# tests/etl/round7/README.md).
ROUND7 = Path(__file__).resolve().parent / "round7"
ROUND7_FLOORS = {"fields": 0.9, "org_recall": 0.85, "org_precision": 0.94, "org_role": 0.98,
                 "org_type": 0.94, "mix": 0.93, "amount_recall": 0.98,
                 "amount_precision": 0.97, "amount_scope": 0.97}
ROUND7_MAX = {"traps": 1, "extra_events": 0, "missing_docs": 0}
# Just under what the round-8 fixes reached on them (fields 0.975, org recall 0.872, 1 trap …;
# tests/etl/round8/README.md).
ROUND8 = Path(__file__).resolve().parent / "round8"
ROUND8_FLOORS = {"fields": 0.96, "org_recall": 0.85, "org_precision": 0.95, "org_role": 0.97,
                 "org_type": 0.95, "mix": 0.98, "amount_recall": 0.98,
                 "amount_precision": 0.97, "amount_scope": 0.92}
ROUND8_MAX = {"traps": 1, "extra_events": 0, "missing_docs": 0}
# Just under what the round-9 fixes reached on them (fields 0.952, org recall 0.908, 7 traps —
# figures round 9's gold calls traps that earlier gold keeps as amounts with a scope: caps per
# case, a programme's yearly budget, an existing fund's size; tests/etl/round9/README.md).
ROUND9 = Path(__file__).resolve().parent / "round9"
ROUND9_FLOORS = {"fields": 0.93, "org_recall": 0.88, "org_precision": 0.97, "org_role": 0.97,
                 "org_type": 0.93, "mix": 0.9, "amount_recall": 0.95,
                 "amount_precision": 0.9, "amount_scope": 0.97}
ROUND9_MAX = {"traps": 7, "extra_events": 0, "missing_docs": 0}
# Just under what the round-10 fixes reached on them (fields 0.932, org recall 0.88, 1 trap …;
# tests/etl/round10/README.md).
ROUND10 = Path(__file__).resolve().parent / "round10"
ROUND10_FLOORS = {"fields": 0.92, "org_recall": 0.87, "org_precision": 0.91, "org_role": 0.96,
                  "org_type": 0.96, "mix": 0.88, "amount_recall": 0.9,
                  "amount_precision": 0.95, "amount_scope": 0.9}
ROUND10_MAX = {"traps": 1, "extra_events": 0, "missing_docs": 0}
# Just under what the round-11 fixes reached on them (fields 0.853, org recall 0.91, 6 traps —
# per-firm caps and a funder's past-year figure that earlier gold keeps as institution money,
# and three a rule could still take; tests/etl/round11/README.md).
ROUND11 = Path(__file__).resolve().parent / "round11"
ROUND11_FLOORS = {"fields": 0.84, "org_recall": 0.9, "org_precision": 0.97, "org_role": 0.98,
                  "org_type": 0.97, "mix": 0.6, "amount_recall": 0.88,
                  "amount_precision": 0.9, "amount_scope": 0.94}
ROUND11_MAX = {"traps": 6, "extra_events": 0, "missing_docs": 0}
ROUNDS = {"round2": ROUND2, "round3": ROUND3, "round4": ROUND4, "round5": ROUND5,
          "round6": ROUND6, "round7": ROUND7, "round8": ROUND8, "round9": ROUND9,
          "round10": ROUND10, "round11": ROUND11}
CORPORA = {"dev": (DEV_FLOORS, DEV_MAX), "seeds": (SEED_FLOORS, SEED_MAX),
           "round2": (ROUND2_FLOORS, ROUND2_MAX), "round3": (ROUND3_FLOORS, ROUND3_MAX),
           "round4": (ROUND4_FLOORS, ROUND4_MAX), "round5": (ROUND5_FLOORS, ROUND5_MAX),
           "round6": (ROUND6_FLOORS, ROUND6_MAX), "round7": (ROUND7_FLOORS, ROUND7_MAX),
           "round8": (ROUND8_FLOORS, ROUND8_MAX), "round9": (ROUND9_FLOORS, ROUND9_MAX),
           "round10": (ROUND10_FLOORS, ROUND10_MAX), "round11": (ROUND11_FLOORS, ROUND11_MAX)}


def _score(warehouse: Path, gold: Path) -> tuple[dict, list[str]]:
    totals, rows = _scorer().score(str(warehouse), str(gold))
    return summarise(totals), rows


@pytest.fixture(scope="module")
def scores(dev_warehouse, tmp_path_factory):
    """corpus → (summary, per-document misses), each corpus built and scored once."""
    built: dict[str, tuple[dict, list[str]]] = {}

    def score(corpus: str) -> tuple[dict, list[str]]:
        if corpus not in built:
            if corpus == "dev":
                built[corpus] = _score(dev_warehouse, DEV / "gold")
            elif corpus == "seeds":
                built[corpus] = _score(built_warehouse(SHARED / "seeds", tmp_path_factory),
                                       SHARED / "gold")
            else:
                folder = ROUNDS[corpus]
                built[corpus] = _score(built_warehouse(folder / "docs", tmp_path_factory),
                                       folder / "gold")
        return built[corpus]
    return score


@pytest.mark.parametrize("corpus, metric", [(c, m) for c, (floors, _) in CORPORA.items()
                                            for m in sorted(floors)])
def test_real_articles_reach_their_floor(scores, corpus, metric):
    summary, rows = scores(corpus)
    floor = CORPORA[corpus][0][metric]
    assert summary[metric] >= floor, "\n".join([f"{metric}={summary[metric]:.3f} < {floor}"]
                                                + rows)


@pytest.mark.parametrize("corpus, count", [(c, k) for c, (_, most) in CORPORA.items()
                                           for k in sorted(most)])
def test_real_articles_take_few_traps_and_no_extra_events(scores, corpus, count):
    summary, rows = scores(corpus)
    assert summary[count] <= CORPORA[corpus][1][count], "\n".join(
        [f"{count}={summary[count]}"] + rows)
