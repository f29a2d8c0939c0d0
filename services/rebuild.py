"""The rebuild after an upload or a correction: an incremental ETL run over the raw folder."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from etl import pipeline


def rebuild(raw_dir: Path, warehouse: Path, curation: Path | None,
            on_progress: Callable[[int, int], None] | None = None,
            workers: int = 1) -> pipeline.Summary:
    """Run the ETL over `raw_dir` into `warehouse` with the curation file (unchanged files
    are not re-read); raises load.LockedError while another run holds the output, and
    pipeline.UsageError for a curation file the ETL refuses."""
    opts = pipeline.Options(input=raw_dir, output=warehouse,
                            curation=curation if curation and curation.is_file() else None,
                            workers=workers, progress=False, on_progress=on_progress)
    return pipeline.run(opts)
