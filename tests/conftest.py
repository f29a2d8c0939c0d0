"""Suite-wide settings: hypothesis profiles, the `fuzz` marker, and the warehouse built from
../shared/dev once per session (`dev_warehouse`).

`make test` runs the "default" profile (a few hundred examples per property, seconds in
total); `make fuzz` sets HYPOTHESIS_PROFILE=long and runs only tests marked `fuzz`, with at
least 10,000 examples per extractor.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

LONG_EXAMPLES = 10_000

settings.register_profile("default", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=LONG_EXAMPLES, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
# CI machines are shared: no per-example deadline, a derandomised run is reproducible.
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "fuzz: property-based test; `make fuzz` reruns these with "
                   "HYPOTHESIS_PROFILE=long (>= 10,000 examples each)")


DEV_DOCS = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "docs"


def built_warehouse(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse the ETL builds from the folder `docs` (the test is skipped when the
    folder is not there, as ../shared may not be)."""
    from etl.__main__ import main

    if not docs.is_dir():
        pytest.skip(f"{docs} is not beside the project")
    out = tmp_path_factory.mktemp(docs.parent.name) / "warehouse"
    assert main(["--input", str(docs), "--output", str(out), "--workers", "2",
                 "--no-progress"]) == 0
    return out


@pytest.fixture(scope="session")
def dev_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse the ETL builds from ../shared/dev/docs (55 real articles), tables and
    marts, built once per session."""
    return built_warehouse(DEV_DOCS, tmp_path_factory)
