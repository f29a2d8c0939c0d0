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



def test_the_warm_up_builds_the_city_indexes_the_workers_would_each_build_again():
    from etl.places import lookup

    lookup._cities_by_name.cache_clear()
    lookup.cities_index.cache_clear()
    lookup._simplified_index.cache_clear()
    executors.warm_up()
    # built once here, before the fork, instead of once in every worker
    assert lookup._cities_by_name.cache_info().currsize == 1
    assert lookup.cities_index.cache_info().currsize == 1
    assert lookup._simplified_index.cache_info().currsize == 1
