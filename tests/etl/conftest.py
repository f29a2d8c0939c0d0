import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds" if (SHARED / "seeds").is_dir() else ROOT / "data" / "raw"


def first_row_per_key(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    """The first row of each key, in order: the one row per key that the spilled link tables
    must come out with (`normalize.finish_spilled`), written the plain way."""
    seen, out = set(), []
    for r in rows:
        k = tuple(r.get(c) for c in key)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A private copy of the sample articles (tests may add, change or delete files)."""
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst
