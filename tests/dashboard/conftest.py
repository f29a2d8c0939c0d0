"""Fixture warehouses (sample, empty, partial, missing) for the dashboard tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.dashboard.warehouse_fixture import write_warehouse
from ui.data import connect, inspect_warehouse

# The server's warm-up thread (ui/warm.py) would run queries behind the tests' backs.
os.environ["DASHBOARD_WARM_UP"] = "0"


@pytest.fixture(scope="session")
def sample_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_warehouse(tmp_path_factory.mktemp("sample") / "warehouse")


@pytest.fixture(scope="session")
def empty_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_warehouse(tmp_path_factory.mktemp("empty") / "warehouse", empty=True)


@pytest.fixture(scope="session")
def partial_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_warehouse(tmp_path_factory.mktemp("partial") / "warehouse",
                           skip=("participant_mix", "amounts"))


@pytest.fixture(scope="session")
def missing_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("missing") / "no-warehouse-here"


@pytest.fixture(scope="module")
def con(sample_wh: Path):
    """DuckDB on the sample warehouse as the dashboard opens it (views, marts built)."""
    connection, broken = connect(inspect_warehouse(sample_wh))
    assert broken == ()
    return connection


@pytest.fixture
def stored_files(monkeypatch) -> list[tuple[bytes, str | None]]:
    """(bytes, file name) of every download the app under test offers, as they are stored."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    stored: list[tuple[bytes, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        if isinstance(path_or_data, bytes):
            stored.append((path_or_data, filename))
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return stored
