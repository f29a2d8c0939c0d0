"""Every path, environment variable and limit of the project, in one place.

Modelled on kedro's data catalog: each entry names a thing the code reads or writes, where it
is by default and which environment variable moves it. Values are read when asked for, not
at import, so a test (or a server started with another environment) sees its own. No other
module reads an environment variable; relative paths are taken from the project folder.

    WAREHOUSE_DIR         the warehouse the dashboard reads and rebuilds (data/warehouse)
    RAW_DIR               raw articles: uploads are kept and rebuilt from here (data/raw)
    CURATION_FILE         human corrections, applied on every rebuild (data/curation.yaml)
    ETL_REFERENCE_DIR     the reference tables the ETL reads (data/reference)
    DASHBOARD_PAGE_SLOTS  pages one server draws at once (default: the number of cores)
    DASHBOARD_WARM_UP     0: no warm-up of the other pages after the first (default 1)
    EXPLORER_ZIP_MAX_ROWS rows above which the explorer offers no all-tables ZIP (500000)
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent
STATIC_DIR = PROJECT_ROOT / "static"


@dataclass(frozen=True)
class Setting:
    env: str      # the environment variable that overrides the default
    default: str  # a path relative to the project folder, or a number
    meaning: str


CATALOG: dict[str, Setting] = {s.env: s for s in (
    Setting("WAREHOUSE_DIR", "data/warehouse",
            "the warehouse the dashboard reads and its uploads rebuild (SPEC §5)"),
    Setting("RAW_DIR", "data/raw", "raw articles: uploads are kept and rebuilt from here"),
    Setting("CURATION_FILE", "data/curation.yaml",
            "human corrections, applied over extraction on every rebuild"),
    Setting("ETL_REFERENCE_DIR", "data/reference",
            "facts about the world and word lists the ETL reads (data/reference/README.md)"),
    Setting("DASHBOARD_PAGE_SLOTS", "",
            "pages one server draws at once, the others wait (default: the number of cores)"),
    Setting("DASHBOARD_WARM_UP", "1",
            "0 turns off warming the other pages after the first is drawn"),
    Setting("EXPLORER_ZIP_MAX_ROWS", "500000",
            "filtered rows above which the explorer offers no all-tables ZIP (built in memory)"),
)}


def _value(env: str) -> str:
    return os.environ.get(env) or CATALOG[env].default


def _path(env: str) -> Path:
    path = Path(_value(env))
    return path if path.is_absolute() else PROJECT_ROOT / path


def warehouse_dir() -> Path:
    return _path("WAREHOUSE_DIR")


def raw_dir() -> Path:
    return _path("RAW_DIR")


def curation_file() -> Path:
    return _path("CURATION_FILE")


def reference_dir() -> Path:
    return _path("ETL_REFERENCE_DIR")


def page_slots() -> int:
    return max(1, int(_value("DASHBOARD_PAGE_SLOTS") or os.cpu_count() or 2))


def warm_up() -> bool:
    return _value("DASHBOARD_WARM_UP") != "0"


def explorer_zip_max_rows() -> int:
    return int(_value("EXPLORER_ZIP_MAX_ROWS"))


# DuckDB's share of a process's memory and cores, for the dashboard's queries and for building
# the marts. Left at its default (80 % of RAM) the pair self-join of the co-organisation
# network at 1M events took the server past 1.7 GiB; with a limit, large joins spill to the
# temp directory instead (measured: 0.8 GiB peak, no slower).
DUCKDB_MEMORY_LIMIT = "700MB"
DUCKDB_THREADS = 2
DUCKDB_TEMP_DIR = Path(tempfile.gettempdir()) / "dashboard-duckdb"

# The dashboard's own copies of the marts (a warehouse without them), one per warehouse
# version; the most recent few are kept (another session may still read the previous one).
MARTS_CACHE_DIR = Path(tempfile.gettempdir()) / "dashboard-marts"
MARTS_CACHE_KEEP = 4

# Articles uploaded from the browser, per upload; press releases are tens of KB.
UPLOAD_MAX_FILES = 50                  # files after unpacking archives
UPLOAD_MAX_FILE_BYTES = 20 * 2**20     # one file (or one archive member), as stored
UPLOAD_MAX_TOTAL_BYTES = 100 * 2**20   # the whole upload, unpacked
UPLOAD_MAX_ARCHIVE_ENTRIES = 200
UPLOAD_MAX_RATIO = 100                 # uncompressed / compressed, per archive member

# How long a correction waits for another save of the curation file to finish.
CURATION_LOCK_WAIT_SECONDS = 30.0

# What the ETL reads of one document: a file over a limit is quarantined with the reason, never
# read whole into memory; a longer text is cut at a line break.
INGEST_MAX_FILE_BYTES = 64 * 2**20
INGEST_MAX_TEXT_CHARS = 2_000_000
INGEST_MAX_PDF_PAGES = 500
INGEST_MAX_DOCX_UNCOMPRESSED = 256 * 2**20   # a .docx is a ZIP: its XML, unpacked
INGEST_MAX_DOCX_RATIO = 200                  # XML compresses ~10-20x; far beyond that is a bomb
INGEST_MAX_DOCX_ENTRIES = 10_000

# The curation file: ≈ 2,000 corrections. Reading is pure Python (≈ 2 s per MiB on a busy
# machine), and the dashboard re-reads the file after each edit.
CURATION_MAX_BYTES = 512 * 1024
CURATION_TEXT_MAX = 1000   # characters of one corrected text field

# Kept events of one city and year are compared with a new event all pairs up to this many;
# beyond, only those sharing one of its less common words (or its key) are, so that the
# corpus phase stays near-linear however many short notes land in one block.
MERGE_ALL_PAIRS_MAX = 5000
