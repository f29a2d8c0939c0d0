"""Where reference tables live and how they are read.

Facts about the world (organisations, place aliases, FX fallbacks …) are CSV files
in `data/reference/` that users extend. Each extractor builds its own index from
them once per process.
"""
from __future__ import annotations

import csv
from functools import cache

from settings import reference_dir  # ETL_REFERENCE_DIR, else data/reference/

__all__ = ["ReferenceTableError", "check_tables", "read_csv", "reference_dir"]


class ReferenceTableError(ValueError):
    """A row of a reference table that cannot be read; the message names the table, the row
    and what is wrong with it (a user's addition with a typo must not be skipped quietly)."""


@cache
def read_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/reference/<name>` as dicts; blank cells become ''.

    Lines starting with '#' are comments (users annotate their additions).
    """
    path = reference_dir() / name
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = (line for line in f if not line.lstrip().startswith("#"))
        rows = tuple(csv.DictReader(lines))
    for row in rows:
        if None in row:
            # more cells than the header has columns: a comma in a cell left unquoted would
            # otherwise shift or cut what the row says ("{0,2}" in a pattern, "7,1" as a rate)
            raise ReferenceTableError(
                f"{path}: the row {_shown(row)} has more cells than the "
                f"header's columns; quote a cell that holds a comma")
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in rows)


def check_tables() -> None:
    """Read every table now: a malformed row stops a run before any document is read."""
    for path in sorted(reference_dir().glob("*.csv")):
        read_csv(path.name)


def _shown(row: dict) -> str:
    cells = [v for k, v in row.items() if k] + list(row.get(None) or ())
    return ",".join(c or "" for c in cells)
