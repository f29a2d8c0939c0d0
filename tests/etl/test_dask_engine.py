"""The Dask engine gives the same warehouse as the local engine (dask.distributed LocalCluster)."""
import subprocess
import sys

import distributed
import pytest

from tests.etl.conftest import SHARED
from tests.etl.test_pipeline import build, parquet_bytes


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as c:
        yield c


def test_dask_engine_tables_are_byte_identical_to_the_local_engine(cluster, seed_corpus,
                                                                   tmp_path):
    local, remote = tmp_path / "local", tmp_path / "dask"
    assert build(seed_corpus, local) == 0
    assert build(seed_corpus, remote, "--engine", "dask", "--scheduler",
                 cluster.scheduler_address) == 0
    assert parquet_bytes(local) == parquet_bytes(remote)


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared absent")
def test_dask_engine_passes_the_gold(cluster, seed_corpus, tmp_path):
    out = tmp_path / "dask"
    assert build(seed_corpus, out, "--engine", "dask", "--scheduler",
                 cluster.scheduler_address) == 0
    r = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--warehouse", str(out),
         "--gold", str(SHARED / "gold"), "--min-fields", "0.95", "--min-orgs", "0.9",
         "--min-role", "0.9", "--min-type", "0.9", "--min-amounts", "1.0", "--min-scope", "0.9",
         "--max-extra-events", "0"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout
