"""`python -m etl --input DIR --output DIR [--curation FILE] [--workers N]` (SPEC §1)."""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m etl",
        description="Turn a folder of tech-transfer articles (txt, md, html, docx, pdf; any "
                    "encoding) into the Parquet warehouse of SPEC.md.",
        epilog="Exit codes: 0 done (even with quarantined documents), 1 internal failure, "
               "2 usage error, 3 another run holds the output's lock.")
    p.add_argument("--input", required=True, type=Path, help="folder of articles (recursive)")
    p.add_argument("--output", required=True, type=Path,
                   help="warehouse path (a symlink to the current version is placed there)")
    p.add_argument("--curation", type=Path, help="curation YAML applied over extraction")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="extraction processes (default: all cores; 1 = in this process)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where per-document extraction runs (dask: a dask.distributed cluster)")
    p.add_argument("--scheduler", help="dask scheduler address, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as e:  # argparse: --help exits 0, bad flags exit 2
        return int(e.code or 0)
    from etl import load, pipeline

    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    opts = pipeline.Options(input=args.input, output=args.output, curation=args.curation,
                            workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                            progress=False if args.no_progress else None)
    try:
        summary = pipeline.run(opts)
    except pipeline.UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except load.LockedError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_LOCKED
    except KeyboardInterrupt:
        print("interrupted: the previous warehouse is unchanged", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception:
        traceback.print_exc()
        print("error: internal failure (see above); the previous warehouse is unchanged",
              file=sys.stderr)
        return EXIT_INTERNAL
    for line in summary.unmatched_curation:
        print(f"warning: curation {line}", file=sys.stderr)
    print(summary.line(args.output))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
