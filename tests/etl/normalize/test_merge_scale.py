"""The corpus phase stays near-linear in documents: merging events across articles compares an
event only with those it could merge with (the same name when it has no date; the same or no
year among similar names otherwise), and never re-sorts a big event's sources per merge."""
from __future__ import annotations

import datetime as dt
import random
import time

from etl import normalize

WORDS = "budget water school road park library health transport housing safety".split()


def _event(i: int, name: str, year: int | None = None, **kw) -> dict:
    return {"event_id": f"e{i:07d}", "name": name, "name_zh": None, "event_type": "meeting",
            "start_date": None, "end_date": None, "month_day": None, "year": year,
            "city": None, "source_doc_ids": [f"d{i:07d}"]} | kw


def _notes(n: int) -> list[dict]:
    """One-line notes, most without a city: half with a year, half with no date at all."""
    rng = random.Random(1)
    return [_event(i, f"The committee on {rng.choice(WORDS)} and {rng.choice(WORDS)} met, "
                      f"note {i}", 2021 if i % 2 else None) for i in range(n)]


def _cpu_seconds(events: list[dict]) -> float:
    started = time.process_time()
    normalize.merge_events({"events": events})
    return time.process_time() - started


def test_ten_times_the_notes_cost_less_than_twenty_times_the_time():
    small, large = _cpu_seconds(_notes(3_000)), _cpu_seconds(_notes(30_000))
    assert large < 20 * small, (small, large)


def test_a_big_event_takes_in_thousands_of_articles_in_linear_time():
    def same_meeting(n: int) -> list[dict]:
        return [_event(i, "The committee met", 2021) for i in range(n)]

    small, large = _cpu_seconds(same_meeting(3_000)), _cpu_seconds(same_meeting(30_000))
    assert large < 20 * small, (small, large)
    events = same_meeting(2_000)
    out = normalize.merge_events({"events": events})[0]["events"]
    assert len(out) == 1 and out[0]["source_doc_ids"] == [f"d{i:07d}" for i in range(2_000)]


def test_an_undated_event_that_took_a_year_is_found_by_similar_names_of_that_year():
    events = [_event(0, "Kunming Technology Fair"),
              _event(1, "Kunming Technology Fair", 2021, start_date=dt.date(2021, 5, 3)),
              _event(2, "Kunming Technology Fairs", 2021),
              _event(3, "Kunming Technology Fair", 2022),
              _event(4, "Kunming Technology Fair"),
              _event(5, "Dali Technology Fair")]
    merged, alias = normalize.merge_events({"events": events})
    out = merged["events"]
    assert alias == {"e0000001": "e0000000", "e0000002": "e0000000",
                     "e0000004": "e0000000"}
    first = out[0]
    assert (first["year"], first["start_date"]) == (2021, dt.date(2021, 5, 3))
    assert first["source_doc_ids"] == ["d0000000", "d0000001", "d0000002", "d0000004"]
    assert [e["event_id"] for e in out] == ["e0000000", "e0000003", "e0000005"]


def test_undated_notes_merge_only_with_the_very_same_name():
    events = [_event(0, "The committee met"), _event(1, "The committee met."),
              _event(2, "The committee met")]
    _, alias = normalize.merge_events({"events": events})
    assert alias == {"e0000002": "e0000000"}


def test_past_the_all_pairs_limit_similar_names_sharing_a_word_still_merge(monkeypatch):
    monkeypatch.setattr(normalize.merge, "MERGE_ALL_PAIRS_MAX", 10)
    rng = random.Random(3)
    topics = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=10)) for _ in range(40)]
    events = [_event(i, f"{topic} Licensing Forum", 2021) for i, topic in enumerate(topics)]
    events.append(_event(40, f"{topics[7]} Licensing Forums", 2021))
    events.append(_event(41, f"{topics[7]} Licensing Forum", 2022))
    _, alias = normalize.merge_events({"events": events})
    assert alias == {"e0000040": "e0000007"}
