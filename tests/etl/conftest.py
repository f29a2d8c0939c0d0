import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds" if (SHARED / "seeds").is_dir() else ROOT / "data" / "raw"


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A private copy of the sample articles (tests may add, change or delete files)."""
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst
