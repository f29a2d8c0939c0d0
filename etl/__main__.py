"""`python -m etl --input DIR --output DIR [--curation FILE] [--workers N]` (SPEC §1)."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
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


class Terminated(KeyboardInterrupt):
    """SIGTERM (a service manager stopping us, `kill PID`): stop as on Ctrl-C."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated()


def cores() -> int:
    """The cores this process may run on (fewer than the machine's in a container)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as e:  # argparse: --help exits 0, bad flags exit 2
        return int(e.code or 0)
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.engine == "local" and args.workers > cores():
        print(f"note: --workers {args.workers} is more than the {cores()} cores here; "
              f"using {cores()}", file=sys.stderr)
        args.workers = cores()
    # SIGTERM takes the Ctrl-C path: workers stopped, the output's lock and the cache
    # released, the previous warehouse left as it was. (Only the main thread may set it.)
    on_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if on_main else None
    try:
        return _run(args)
    finally:
        if on_main:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _run(args: argparse.Namespace) -> int:
    from etl import load, pipeline

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
    except KeyboardInterrupt as e:
        what = "terminated (SIGTERM)" if isinstance(e, Terminated) else "interrupted"
        print(f"{what}: the previous warehouse is unchanged", file=sys.stderr)
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
