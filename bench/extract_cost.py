"""Extractor cost: which documents cost the most, and how each finder grows on hostile text.

    .venv/bin/python bench/extract_cost.py [--docs DIR ...] [--synthetic 1000] [--top 10]

Times every finder (dates, places, organisations, people, attendance, participants, amounts,
events) on every section of every document the ETL would read (parsed as the ETL parses them,
after one untimed pass that loads what is loaded once per process), and reports the worst-case documents: the slowest in total and per KB, with the finder that
cost the most. Then times each finder on the pathological inputs of tests/etl/test_linear_cost.py
and on ten times their length (the ratio is ~10 for a linear finder, ~100 for a quadratic one).
Times are CPU seconds of this process (other jobs on a shared machine do not count). Prints the
tables and appends them to bench/RESULTS.md with the machine and the command. Timings are
reported, never asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.etl import OUT, RESULTS, corpus, machine  # noqa: E402
from etl import ingest  # noqa: E402
from etl.extract.text import View  # noqa: E402
from tests.etl.test_linear_cost import FINDERS, INPUTS, cost_ratio  # noqa: E402

DEV = ROOT.parent / "shared" / "dev" / "docs"


def documents(folders: list[Path]) -> list[tuple[str, list[str]]]:
    """(name, section texts) of every readable document below the folders, as the ETL reads
    them; unreadable ones are skipped (the ETL quarantines them)."""
    out = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if path.suffix.lower() not in ingest.SUPPORTED_SUFFIXES:
                continue
            try:
                doc = ingest.parse_document(path.read_bytes(), path.suffix)
            except ingest.IngestError:
                continue
            texts = [s.text for s in doc.sections if s.text.strip()]
            out.append((str(path.relative_to(folder.parent)), texts))
    return out


def time_document(texts: list[str]) -> dict[str, float]:
    """Seconds per finder over the document's sections."""
    spent = dict.fromkeys(FINDERS, 0.0)
    for text in texts:
        for name, fn in FINDERS.items():
            view = View(text)
            t0 = time.process_time()   # CPU time: other jobs on the machine do not count
            fn(view)
            spent[name] += time.process_time() - t0
    return spent


def worst(docs: list[tuple[str, list[str]]], top: int) -> tuple[list[str], dict[str, float]]:
    rows = []
    totals = dict.fromkeys(FINDERS, 0.0)
    for name, texts in docs:
        spent = time_document(texts)
        for k, v in spent.items():
            totals[k] += v
        size = sum(len(t.encode("utf-8")) for t in texts) / 1024
        # events runs every other finder again: the document's cost is the rest's sum
        total = sum(v for k, v in spent.items() if k != "events")
        slowest = max((k for k in spent if k != "events"), key=spent.get)
        rows.append((total, size, name, slowest, spent[slowest]))
    lines = ["| document | KB | ms (finders) | ms per KB | costliest finder |",
             "|---|---:|---:|---:|---|"]
    by_total = sorted(rows, reverse=True)[:top]
    by_kb = sorted(rows, key=lambda r: -r[0] / max(r[1], 0.1))[:top]
    for total, size, name, slowest, ms in by_total + [r for r in by_kb if r not in by_total]:
        lines.append(f"| {name} | {size:.1f} | {total * 1000:.1f} | "
                     f"{total * 1000 / max(size, 0.1):.2f} | {slowest} ({ms * 1000:.1f} ms) |")
    return lines, totals


def growth() -> list[str]:
    lines = ["| finder | input | 10× text → × time | base multiple |", "|---|---|---:|---:|"]
    for finder, fn in FINDERS.items():
        for name, make in INPUTS.items():
            ratio, k = cost_ratio(fn, make)
            lines.append(f"| {finder} | {name} | {ratio:.1f} | ×{k} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", action="append", type=Path,
                    help="a folder of articles (repeatable; default: ../shared/dev/docs)")
    ap.add_argument("--synthetic", type=int, default=1000,
                    help="also a synthetic corpus of this many articles (0: none)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args(argv)
    folders = list(args.docs or ([DEV] if DEV.is_dir() else []))
    if args.synthetic:
        OUT.mkdir(parents=True, exist_ok=True)
        folders.append(corpus(args.synthetic, args.seed)[0])
    docs = documents(folders)
    # One untimed pass first: tables, gazetteers and patterns load on first use (once per
    # process), which is no document's cost.
    time_document([make(1)[:2000] for make in INPUTS.values()])
    for _name, texts in docs:
        time_document(texts)
    table, totals = worst(docs, args.top)
    n = max(len(docs), 1)
    per_doc = "; ".join(f"{k} {v * 1000 / n:.2f}" for k, v in totals.items())
    text = "\n".join([
        f"## {dt.datetime.now():%Y-%m-%d %H:%M} — extractor cost", "",
        f"Machine: {machine()}  ",
        "Command: `python bench/extract_cost.py " + " ".join(
            argv if argv is not None else sys.argv[1:]) + "`", "",
        f"{len(docs)} documents ({', '.join(str(f) for f in folders)}). Mean ms per document "
        f"and finder: {per_doc}.", "",
        "Worst-case documents (the slowest in total, then the slowest per KB):", "",
        *table, "",
        "Growth on hostile inputs (tests/etl/test_linear_cost.py; the test's bound is 20):", "",
        *growth()]) + "\n"
    print(text)
    if not args.no_record:
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write("\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
