"""`python -m etl.evaluate [DOCS GOLD]`: build a warehouse from a folder of articles and score it.

Prints the shared scorer's per-document misses and totals (`../shared/tools/score.py`), then a
count per kind of miss (which field, organisations missing or extra, amounts, scopes, traps),
so a change to a rule shows where it helped and where it hurt. The warehouse is built from
scratch in a temporary folder: no cache, no curation.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from settings import PROJECT_ROOT

SHARED = PROJECT_ROOT.parent / "shared"
SETS = {"dev": (SHARED / "dev" / "docs", SHARED / "dev" / "gold"),
        "seeds": (SHARED / "seeds", SHARED / "gold")}
_FIELD = re.compile(r"^(\w+)=")


def miss_kind(miss: str) -> str:
    """The kind of one scorer complaint: 'city', 'org missing', 'scope', 'trap taken' …"""
    for prefix in ("org missing", "org not in gold", "role of", "type of", "mix missing",
                   "amount missing", "scope of", "trap taken", "a year was invented",
                   "document MISSING"):
        if miss.startswith(prefix):
            return prefix.removesuffix(" of")
    m = _FIELD.match(miss)
    return m.group(1) if m else miss


def confusion(rows: list[str]) -> Counter:
    """How many misses of each kind the per-document rows hold."""
    counts: Counter = Counter()
    for row in rows:
        _doc, _sep, rest = row.partition(": ")
        if rest == "all correct":
            continue
        counts.update(miss_kind(m.strip()) for m in rest.split("; ") if m.strip())
    return counts


def evaluate(docs: Path, gold: Path, workers: int = 2) -> int:
    scorer = SHARED / "tools" / "score.py"
    with tempfile.TemporaryDirectory(prefix="etl-eval-") as tmp:
        out = Path(tmp) / "warehouse"
        build = subprocess.run([sys.executable, "-m", "etl", "--input", str(docs), "--output",
                                str(out), "--workers", str(workers), "--no-progress"],
                               capture_output=True, text=True)
        if build.returncode != 0:
            print(build.stderr, file=sys.stderr)
            return build.returncode
        scored = subprocess.run([sys.executable, str(scorer), "--warehouse", str(out),
                                 "--gold", str(gold)], capture_output=True, text=True)
    lines = scored.stdout.splitlines()
    rows = [line for line in lines if not line.startswith("score:")]
    print("\n".join(lines))
    print("misses by kind: " + ", ".join(f"{k} {n}" for k, n in confusion(rows).most_common()))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m etl.evaluate", description=__doc__.split("\n")[0])
    p.add_argument("docs", nargs="?", default="dev",
                   help="a folder of articles, or 'dev' / 'seeds' for ../shared's sets")
    p.add_argument("gold", nargs="?", help="the folder of gold JSON files (implied for dev/seeds)")
    p.add_argument("--workers", type=int, default=2)
    a = p.parse_args(argv)
    if a.docs in SETS and a.gold is None:
        docs, gold = SETS[a.docs]
    elif a.gold is not None:
        docs, gold = Path(a.docs), Path(a.gold)
    else:
        p.error("give GOLD beside DOCS, or name a set: dev or seeds")
    if not docs.is_dir() or not gold.is_dir():
        print(f"error: {docs} or {gold} is not a folder", file=sys.stderr)
        return 2
    return evaluate(docs, gold, a.workers)


if __name__ == "__main__":
    sys.exit(main())
