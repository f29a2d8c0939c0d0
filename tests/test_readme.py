"""README.md says where each thing lives: every file or folder of the code it names exists."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ("etl/", "ui/", "app_pages/", "services/", "bench/", "scripts/", "tests/", "static/",
        "data/reference/")


def test_every_code_path_the_readme_names_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    # tests/artifacts/ is written by the browser tests (git-ignored), not part of the code
    named = {m for m in re.findall(r"`([\w./-]+)`", text)
             if m.startswith(CODE) and not m.startswith("tests/artifacts/")}
    assert len(named) > 20
    assert sorted(p for p in named if not (ROOT / p).exists()) == []
