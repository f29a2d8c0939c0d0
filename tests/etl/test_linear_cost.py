"""Every extractor's cost grows linearly with the text (issue 13, case 2).

Pathological inputs: one Chinese "sentence" of five hundred money figures ('签约金额9亿元，' * 500;
a thousand once took 8 s) and a 16 KB English list with no sentence end (halved from 1000 and
32 KB to keep the suite under ten minutes: a quadratic finder still shows 100× at ten times
them). For each finder the time of the text ten times longer is compared with the time of the
text itself, both measured in this run (CPU time of this process, garbage collection paused;
the base is the best of three runs, the long text is run once, and once more only when the
first is over the bound): a linear finder costs about 10×, a quadratic one about 100×; the
bound is 20×. No wall-clock time is asserted.
"""
from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable

import pytest

from etl.extract import (
    amounts,
    attendance,
    dates,
    events,
    organizations,
    participants,
    people,
    places,
)
from etl.extract.text import View

MAX_RATIO = 20
MIN_BASE_SECONDS = 0.01   # a base run shorter than this is grown first: the ratio of two
                          # millisecond timings is noise, not cost

_EN_ITEMS = ("Tsinghua University", "$5 million", "the Ministry of Science and Technology",
             "300 participants", "Shanghai", "15 May 2019", "Dr. John Smith",
             "more than 40% of exhibitors", "co-organized by the Beijing Municipal Science and "
             "Technology Commission", "RMB 2 billion", "Nairobi, Kenya", "about 120 delegates")


def en_list(n_bytes: int) -> str:
    """An English list of names, figures, places and dates, `n_bytes` long, in one sentence."""
    out, size, i = [], 0, 0
    while size < n_bytes:
        item = _EN_ITEMS[i % len(_EN_ITEMS)]
        out.append(item)
        size += len(item) + 2
        i += 1
    return ", ".join(out)


INPUTS: dict[str, Callable[[int], str]] = {
    "zh_money_run": lambda k: "签约金额9亿元，" * (500 * k),
    "en_list_16k": lambda k: en_list(16_000 * k),
}

FINDERS: dict[str, Callable[[str], object]] = {
    "dates": dates.find_event_date,
    "places": places.find_place,
    "organisations": organizations.find_organizations,
    "people": people.find_people,
    "attendance": attendance.find_attendance,
    "participants": participants.find_participant_mix,
    "amounts": amounts.find_amounts,
    "events": lambda t: events.extract_events([("zh" if "元" in t else "en", t)], ""),
}

# Extractors owned elsewhere that this test found superlinear (reported to their owners); such a
# case is marked xfail and not run (bench/extract_cost.py reports its growth).
KNOWN_SUPERLINEAR: dict[tuple[str, str], str] = {}


def _cost(fn: Callable[[str], object], text: str, runs: int, first: int = 0) -> float:
    best = float("inf")
    for i in range(first, first + runs):
        view = View(text + " " * i)   # a fresh text: no cache of an earlier run helps
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()   # CPU time: other jobs on the machine do not count
            fn(view)
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def cost_ratio(fn: Callable[[str], object], make: Callable[[int], str]) -> tuple[float, int]:
    """(time of 10× the text / time of the text, the base multiple used)."""
    fn(View(make(1)[:500]))            # load tables and compile patterns outside the timing
    # The objects of the whole test session are frozen out of the collector while this runs:
    # each run's gc.collect() then looks at this test's objects only (in a full suite a
    # collection over everything took about a second, most of each case's time).
    gc.collect()
    gc.freeze()
    try:
        k = 1
        base = _cost(fn, make(k), 3)
        while base < MIN_BASE_SECONDS and k < 4:
            k *= 2
            base = _cost(fn, make(k), 3)
        big = _cost(fn, make(10 * k), 1)
        if big / base >= MAX_RATIO:
            big = min(big, _cost(fn, make(10 * k), 1, first=1))   # a second try before failing
    finally:
        gc.unfreeze()
    return big / base, k


def _cases():
    for finder in FINDERS:
        for name in INPUTS:
            reason = KNOWN_SUPERLINEAR.get((finder, name))
            marks = [pytest.mark.xfail(reason=reason, run=False)] if reason else []
            yield pytest.param(finder, name, id=f"{finder}-{name}", marks=marks)


@pytest.mark.parametrize("finder, input_name", list(_cases()))
def test_ten_times_the_text_costs_less_than_twenty_times_the_time(finder, input_name):
    ratio, k = cost_ratio(FINDERS[finder], INPUTS[input_name])
    assert ratio < MAX_RATIO, f"{finder} on {input_name} (base ×{k}): 10× text → {ratio:.1f}× time"


def test_the_money_run_is_read_up_to_the_cap_and_says_how_much_it_left():
    scan = amounts.scan_amounts("签约金额9亿元，" * 1000)
    assert [(a.amount, a.currency) for a in scan.findings] == [(9e8, "CNY")]
    assert scan.unread == 1000 - amounts.MAX_PER_SENTENCE


def test_a_document_over_the_cap_is_kept_and_flagged_in_documents(tmp_path):
    import pyarrow.parquet as pq

    from etl import pipeline

    src = tmp_path / "in"
    src.mkdir()
    (src / "table.txt").write_text("2021年5月在北京举行技术转移大会。" + "签约金额9亿元，" * 60 + "。",
                                   encoding="utf-8")
    (src / "prose.txt").write_text("2021年5月在北京举行技术转移大会，签约金额9亿元。",
                                   encoding="utf-8")
    pipeline.run(pipeline.Options(input=src, output=tmp_path / "wh", workers=1,
                                 progress=False))
    rows = pq.read_table(tmp_path / "wh" / "documents.parquet",
                         columns=["source_path", "status", "warning"]).to_pylist()
    assert sorted((r["source_path"], r["status"], r["warning"]) for r in rows) == [
        ("prose.txt", "ok", None),
        ("table.txt", "ok", f"10 money figures not read: a sentence holds more than "
                            f"{amounts.MAX_PER_SENTENCE} of them (a table?)")]


def test_the_measure_tells_a_quadratic_finder_from_a_linear_one(monkeypatch):
    # the harness itself: one run of the long text must still show a quadratic cost
    monkeypatch.setattr(sys.modules[__name__], "MIN_BASE_SECONDS", 0.001)
    make = INPUTS["zh_money_run"]

    def linear(v: View) -> int:
        t = str(v)
        return sum(t[i:i + 40].count("亿") for i in range(0, len(t), 2))

    def quadratic(v: View) -> int:
        t = str(v)
        return sum(t[:i].count("亿") for i in range(0, len(t), 200))

    assert cost_ratio(linear, make)[0] < MAX_RATIO
    assert cost_ratio(quadratic, make)[0] > MAX_RATIO
