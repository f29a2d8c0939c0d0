"""Where the per-document work runs: the worker pool's start and stop."""
import gc

from etl import executors


def test_workers_start_with_the_inherited_objects_frozen_and_close_gives_them_back(monkeypatch):
    monkeypatch.setattr(executors, "warm_up", lambda: None)  # the indexes are not the point here
    pool = executors.Local(1)
    try:
        # everything the worker inherited is out of its collector's sight
        assert pool.submit(gc.get_freeze_count).result() > 10_000
        assert gc.get_freeze_count() > 10_000
    finally:
        pool.close()
    assert gc.get_freeze_count() == 0

