"""Where reference tables live and how they are read.

Facts about the world (organisations, place aliases, FX fallbacks …) are CSV files
in `data/reference/` that users extend. Each extractor builds its own index from
them once per process.
"""
from __future__ import annotations

import csv
from functools import cache

from settings import reference_dir  # ETL_REFERENCE_DIR, else data/reference/

__all__ = ["read_csv", "reference_dir"]


@cache
def read_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/reference/<name>` as dicts; blank cells become ''.

    Lines starting with '#' are comments (users annotate their additions).
    """
    path = reference_dir() / name
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = (line for line in f if not line.lstrip().startswith("#"))
        return tuple({k: (v or "").strip() for k, v in row.items() if k}
                     for row in csv.DictReader(lines))
