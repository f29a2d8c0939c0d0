"""ETL benchmark: wall time, throughput and peak memory of `python -m etl` on synthetic corpora.

    .venv/bin/python bench/etl.py [--sizes 1000,10000,100000] [--quick] [--workers 2]

For each size: generate the corpus once (cached in bench/out/, git-ignored), run the ETL
cold as a subprocess (output, versions and cache removed first), run it again on the
unchanged corpus (incremental), and measure the FLOOR: reading the same files and running
one compiled regex over each, in 2 processes. Prints a table and appends it to
bench/RESULTS.md with the machine and the command. Timings are reported, never asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.extract.months import month_names  # noqa: E402
from synthetic.corpus import write_corpus  # noqa: E402

OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench" / "RESULTS.md"
# What any extractor must at least do per document: look for a date.
_FLOOR_RE = re.compile(r"(?:19|20)\d\d年\d{1,2}月|\b(?:" + "|".join(month_names()) + r") \d{1,2}\b")

try:
    import psutil
except ImportError:  # fall back to the OS's accounting of finished children
    psutil = None


def fingerprint(*files: Path) -> str:
    """Hash of the generator's code and inputs: a changed generator invalidates the cache."""
    import hashlib
    h = hashlib.sha256()
    for f in files:
        h.update(f.read_bytes() if f.exists() else b"-")
    return h.hexdigest()[:16]


def corpus(size: int, seed: int) -> tuple[Path, float | None]:
    """The cached corpus folder of `size` articles, and its generation time if just made."""
    base = OUT / f"corpus-{size}-s{seed}"
    done = base / ".complete"
    stamp = fingerprint(ROOT / "synthetic" / "corpus.py", ROOT / "synthetic" / "world.py",
                        ROOT / "data" / "reference" / "organizations.csv")
    if done.exists() and stamp in done.read_text(encoding="utf-8"):
        return base / "articles", None
    shutil.rmtree(base, ignore_errors=True)
    t0 = time.perf_counter()
    write_corpus(base, size, seed)
    took = time.perf_counter() - t0
    done.write_text(f"{size} articles, seed {seed}, generator {stamp}\n", encoding="utf-8")
    return base / "articles", took


def clear_output(output: Path) -> None:
    """Remove a warehouse with everything the ETL keeps beside it (versions, cache, lock)."""
    if output.is_symlink() or output.is_file():
        output.unlink()
    elif output.exists():
        shutil.rmtree(output)
    for p in output.parent.glob(f".{output.name}.*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()


def run_measured(cmd: list[str]) -> dict:
    """Wall time, exit code, peak RSS (MiB) of the process tree, and the output's last line."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    peak = 0
    if psutil is not None:
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                procs = [ps, *ps.children(recursive=True)]
                rss = 0
                for p in procs:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if psutil is None:
        import resource
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # max of one child
    tail = (out.strip().splitlines() or [""])[-1]
    return {"wall": wall, "rc": proc.returncode, "peak_mib": peak / 2**20, "summary": tail,
            "stderr": err.strip().splitlines()[-3:]}


FIELDS = ("event_type", "year", "start_date", "city", "country_code", "attendance",
          "attendance_qualifier")


def score(warehouse: Path, key: Path) -> dict[str, float]:
    """Share of articles whose event field equals the answer key (null = null), and amount
    recall/precision (same currency, within 0.5 %), for a sanity view of extraction quality."""
    import json

    import pyarrow.dataset as ds

    docs = ds.dataset(warehouse / "documents.parquet").to_table(["doc_id", "source_path"])
    doc_of = dict(zip(docs["source_path"].to_pylist(), docs["doc_id"].to_pylist(), strict=True))
    events: dict[str, dict] = {}
    for e in ds.dataset(warehouse / "events.parquet").to_table(
            ["doc_id", "source_doc_ids", *FIELDS]).to_pylist():
        for d in {e["doc_id"], *(e["source_doc_ids"] or [])}:
            events.setdefault(d, e)
    amounts: dict[str, list] = {}
    for a in ds.dataset(warehouse / "amounts.parquet").to_table(
            ["doc_id", "amount", "currency"]).to_pylist():
        amounts.setdefault(a["doc_id"], []).append((a["amount"], a["currency"]))
    hits = dict.fromkeys(FIELDS, 0)
    n = found = expected = extracted = 0
    with key.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            n += 1
            doc = doc_of.get(row["file"])
            ev = events.get(doc, {})
            for k in FIELDS:
                got = ev.get(k)
                got = got.isoformat() if hasattr(got, "isoformat") else got
                hits[k] += got == row[k]
            got_am = list(amounts.get(doc, []))
            extracted += len(got_am)
            for amount, currency in row["amounts"]:
                expected += 1
                match = next((g for g in got_am if g[1] == currency
                              and abs(g[0] - amount) <= 0.005 * amount), None)
                if match:
                    found += 1
                    got_am.remove(match)
    out = {k: v / n for k, v in hits.items()} if n else {}
    out["amount_recall"] = found / expected if expected else 1.0
    out["amount_precision"] = found / extracted if extracted else 1.0
    return out


def _scan(path: str) -> int:
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    return len(_FLOOR_RE.findall(text))


def floor(articles: Path, workers: int) -> float:
    """Seconds to read every file and run one compiled regex over it, in `workers` processes."""
    t0 = time.perf_counter()
    paths = [str(p) for p in sorted(articles.rglob("*")) if p.is_file()]
    with Pool(workers) as pool:
        sum(pool.imap_unordered(_scan, paths, chunksize=256))
    return time.perf_counter() - t0


def machine() -> str:
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    cpu = platform.processor() or "?"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in
                   Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    # a load above nproc means other jobs shared the cores: the figures are then pessimistic
    return (f"nproc {os.cpu_count()}, memory {mem}, CPU {cpu}, Python "
            f"{platform.python_version()}, load average {load} (1/5/15 min) when reported")


def bench(sizes: list[int], workers: int, seed: int) -> list[dict]:
    rows = []
    for size in sizes:
        articles, gen = corpus(size, seed)
        mb = sum(p.stat().st_size for p in articles.rglob("*") if p.is_file()) / 2**20
        output = OUT / f"wh-{size}"
        clear_output(output)
        cmd = [sys.executable, "-m", "etl", "--input", str(articles), "--output", str(output),
               "--workers", str(workers), "--no-progress"]
        cold = run_measured(cmd)
        again = run_measured(cmd) if cold["rc"] == 0 else None
        fl = floor(articles, workers)
        quality = score(output, articles.parent / "answer_key.jsonl") if cold["rc"] == 0 else {}
        row = {"size": size, "mb": mb, "gen": gen, "cold": cold, "again": again, "floor": fl,
               "quality": quality}
        rows.append(row)
        print(_line(row), flush=True)
        if cold["rc"] != 0:
            print("  ETL failed:", *cold["stderr"], sep="\n    ", file=sys.stderr)
    return rows


HEADER = ("| docs | corpus MiB | ETL s (cold) | docs/s | peak RSS MiB | re-run s | floor s "
          "| ETL / floor | ETL summary |\n|---:|---:|---:|---:|---:|---:|---:|---:|---|")


def _line(r: dict) -> str:
    c, a = r["cold"], r["again"]
    if c["rc"] != 0:
        return (f"| {r['size']:,} | {r['mb']:.0f} | failed (exit {c['rc']}) | | "
                f"{c['peak_mib']:.0f} | | {r['floor']:.2f} | | {' '.join(c['stderr'])[:80]} |")
    return (f"| {r['size']:,} | {r['mb']:.0f} | {c['wall']:.1f} | {r['size'] / c['wall']:.0f} "
            f"| {c['peak_mib']:.0f} | {a['wall'] if a else float('nan'):.1f} | {r['floor']:.2f} "
            f"| {c['wall'] / r['floor']:.1f} | {c['summary'][:80]} |")


def report(rows: list[dict], command: str) -> str:
    lines = [f"## {dt.datetime.now():%Y-%m-%d %H:%M} — ETL", "", f"Machine: {machine()}  ",
             f"Command: `{command}`", "", HEADER, *(_line(r) for r in rows)]
    by = {r["size"]: r["cold"]["wall"] for r in rows if r["cold"]["rc"] == 0}
    growth = [f"t({b:,})/t({a:,}) = {by[b] / by[a]:.1f} (linear: {b / a:.0f})"
              for a, b in zip(sorted(by), sorted(by)[1:], strict=False)]
    if growth:
        lines += ["", "Growth: " + "; ".join(growth)]
    scored = [r for r in rows if r["quality"]]
    if scored:
        cols = list(scored[0]["quality"])
        lines += ["", "Agreement with the synthetic answer key (share of articles; amounts: "
                  "same currency within 0.5 %):", "",
                  "| docs | " + " | ".join(cols) + " |", "|---:|" + "---:|" * len(cols)]
        lines += [f"| {r['size']:,} | " + " | ".join(f"{r['quality'][c]:.3f}" for c in cols)
                  + " |" for r in scored]
    gens = [f"{r['size']:,}: {r['gen']:.1f} s" for r in rows if r["gen"] is not None]
    if gens:
        lines += ["", "Corpus generation (not cached before this run): " + ", ".join(gens)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000",
                    help="comma-separated corpus sizes (documents)")
    ap.add_argument("--quick", action="store_true", help="1k documents only")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args(argv)
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(parents=True, exist_ok=True)
    print(HEADER, flush=True)
    rows = bench(sizes, args.workers, args.seed)
    text = report(rows, "python bench/etl.py " + " ".join(argv if argv is not None
                                                          else sys.argv[1:]))
    print()
    print(text)
    if not args.no_record:
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write("\n" + text)
    return 0 if all(r["cold"]["rc"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
