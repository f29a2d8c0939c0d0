"""Crash safety: SIGKILL the ETL at 20 moments of a run; the warehouse stays whole.

Before each kill the output holds a complete build A; the run being killed builds B. After
the kill the output must read as A or as B exactly (every table opens; its Parquet bytes hash
to the manifest's warehouse_version, which is A's or B's), and the next normal run removes
the killed run's leftovers and publishes B, byte-identical to B built from scratch.

Moments: 12 deterministic kill points injected by wrapping one ETL function (no hook in
etl/), spread over locking, reading, extraction, streaming, table writing, manifest, rename,
symlink swap and pruning; plus 8 kills from outside at delays, 4 inside a document's extraction
and 4 inside table writing / syncing (a fraction of the measured time of that work after the
run logs that it started it). The whole process group is killed (the workers too); runs
alternate between 1 and 2 workers.

Speed: every run is os.fork()ed from one warm server process that imported etl and built the
gazetteer, organisation and FX indexes once, so a run costs its own work only, not the
seconds of interpreter start-up and index building.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from etl import marts, schema, search_index
from synthetic.corpus import write_corpus
from tests.etl.conftest import ROOT

pytestmark = pytest.mark.slow

# A = docs 0..11; B = docs 3..15 (3 deleted, 4 new); B2 = B without its last 2 new docs.
N_A, N_NEW, N_SKIP, N_LATE = 12, 4, 3, 2

# The fork server. It reads one JSON command per line on stdin and answers one JSON line on
# its own copy of stdout (fd 1 itself is pointed at stderr so stray prints cannot corrupt the
# protocol). A run is forked: the child takes its own process group (so killpg reaches its
# workers and nothing else), installs its hooks, and calls etl.__main__.main(argv).
# A hook `module|attr.path|n|when` acts at the n-th call: `before`/`after` SIGKILL the
# group around the call, `pause` sleeps HOOK_PAUSE seconds, `mark` logs the time.
SERVER = r"""
import importlib, json, os, re, signal, sys, time, traceback
proto = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)
workdir, warm_argv = sys.argv[1], sys.argv[2:]
from etl.__main__ import main

def install(spec):
    modname, path, nth, when = spec.split("|")
    owner = importlib.import_module(modname)
    *owner_path, attr = path.split(".")
    for part in owner_path:
        owner = getattr(owner, part)
    original = getattr(owner, attr)
    static = isinstance(owner, type) and isinstance(owner.__dict__.get(attr), staticmethod)
    calls = [0]
    def hook(*a, **k):
        calls[0] += 1
        if calls[0] == int(nth):
            if when == "mark":
                # one write per mark: forked workers share this stderr, and print()'s
                # text and newline could interleave with another process's mark
                sys.stderr.flush()
                os.write(2, f"MARK {spec} {time.monotonic()}\n".encode())
            elif when == "pause":
                time.sleep(float(os.environ.get("HOOK_PAUSE", "3")))
            elif when == "before":
                os.killpg(0, signal.SIGKILL)
            else:
                result = original(*a, **k)
                os.killpg(0, signal.SIGKILL)
                return result
        return original(*a, **k)
    # pool workers unpickle a submitted function by name: let them find the hook
    hook.__module__, hook.__qualname__ = modname, path
    setattr(owner, attr, staticmethod(hook) if static else hook)

def child(cmd, out, err):
    code = 1
    try:
        os.setpgid(0, 0)
        proto.close()
        for fd, path in ((1, out), (2, err)):
            f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(f, fd)
            os.close(f)
        os.environ.update(cmd.get("env") or {})
        for spec in cmd.get("hooks") or []:
            install(spec)
        code = main(cmd["argv"])
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code if isinstance(code, int) else 1)

n = [0]
started = {}

def start(cmd):
    n[0] += 1
    out, err = (os.path.join(workdir, f"run{n[0]}.{x}") for x in ("out", "err"))
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        child(cmd, out, err)
    try:
        os.setpgid(pid, pid)  # also here: killpg must not race the child's own setpgid
    except OSError:
        pass
    started[pid] = (t0, out, err)
    return pid

def mark_time(err, spec):
    try:
        with open(err, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except FileNotFoundError:  # the child has not opened its log yet
        return None
    m = re.search("MARK " + re.escape(spec) + r" (\d+\.\d+)\n", text)
    return float(m.group(1)) if m else None

def finish(pid, kill_after=None, kill_from=None, timeout=300.0):
    # kill_after counts from the fork, or from the moment the child logs mark `kill_from`
    t0, out, err = started.pop(pid)
    deadline = t0 + timeout
    if kill_after is not None and kill_from is None:
        deadline = t0 + kill_after
    timed_out = killed = False
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if kill_from is not None and not killed:
            at = mark_time(err, kill_from)
            if at is not None:
                deadline, killed = at + kill_after, True
        if time.monotonic() >= deadline:
            timed_out = kill_after is None
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
            status = os.waitpid(pid, 0)[1]
            break
        time.sleep(0.002)
    seconds = time.monotonic() - t0
    try:
        os.killpg(pid, signal.SIGKILL)  # pool workers left behind by a self-kill
    except OSError:
        pass
    stdout = open(out, encoding="utf-8", errors="replace").read()
    stderr = open(err, encoding="utf-8", errors="replace").read()
    marks = {spec: float(t) - t0 for spec, t in re.findall(r"MARK (\S+) (\d+\.\d+)\n", stderr)}
    return {"code": os.waitstatus_to_exitcode(status), "stdout": stdout, "stderr": stderr,
            "seconds": seconds, "marks": marks, "timed_out": timed_out}

t = time.monotonic()
main(warm_argv)  # a whole run in this process: imports, indexes, FX tables, pyarrow
from etl import fx, gazetteer
from etl.extract.events import extract_events
extract_events([("en", "The forum opened in Geneva on 3 May 2024 with 200 guests.")], "Forum")
extract_events([("zh", "2024年5月3日，技术转移大会在上海开幕，200人参加。")], "大会")
gazetteer.find_places("Nairobi, Kenya and Lyon, France")
fx.convert(1_000_000.0, "EUR", event_year=2020)
print(json.dumps({"ready": True, "warm_seconds": time.monotonic() - t}), file=proto)
for line in sys.stdin:
    cmd = json.loads(line)
    if cmd["op"] == "run":
        reply = finish(start(cmd), cmd.get("kill_after"), cmd.get("kill_from"))
    elif cmd["op"] == "start":
        reply = {"pid": start(cmd)}
    else:
        reply = finish(cmd["pid"])
    print(json.dumps(reply), file=proto)
"""

HOOKS = [  # (spec, the moment it stands for, workers)
    ("etl.load|clean_leftovers|1|before", "lock taken, nothing written", 1),
    ("etl.ingest|read_source|2|after", "reading the first changed files", 2),
    ("etl.cache|ExtractionCache.put|1|after", "extraction, cache half written", 2),
    ("etl.load|WarehouseWriter.write_batch|1|after", "documents table streamed", 1),
    ("etl.normalize|merge_events|1|before", "extraction done, corpus merge", 1),
    ("etl.load|WarehouseWriter.write_table|1|before", "first table being written", 1),
    ("etl.load|WarehouseWriter.write_table|4|after", "half of the tables written", 1),
    ("etl.load|_write_json|1|after", "manifest written, not synced", 1),
    ("etl.load|_fsync_dir|1|after", "synced, before the rename", 1),
    ("etl.load|_swap_symlink|1|before", "version renamed, link not swapped", 1),
    ("os|replace|1|before", "new link made, not yet replaced", 1),
    ("etl.load|_prune|1|before", "swapped, old versions not pruned", 1),
]
EXTRACT_MARK = "etl.pipeline|extract_bytes|{}|mark"
MERGE_MARK = "etl.normalize|merge_events|1|mark"
WRITE_MARK = "etl.load|WarehouseWriter.write_table|{}|mark"
SYNC_MARK = "etl.load|_fsync_dir|1|mark"
# Timed kills: SIGKILL from outside, a fraction of a document's (or a table's) measured time
# after the run logs the mark, so the kill lands anywhere inside that work, C code included.
# (mark, fraction, phase)
TIMED = [
    (EXTRACT_MARK.format(1), 0.3, "extracting"),
    (EXTRACT_MARK.format(1), 0.8, "extracting"),
    (EXTRACT_MARK.format(2), 0.3, "extracting"),
    (EXTRACT_MARK.format(2), 0.8, "extracting"),
    (WRITE_MARK.format(1), 0.5, "writing"),
    (WRITE_MARK.format(3), 0.5, "writing"),
    (WRITE_MARK.format(6), 0.5, "writing"),
    (SYNC_MARK, 0.5, "writing"),
]
N_TIMED = 20 - len(HOOKS)

class ForkServer:
    """Client of SERVER: one warm interpreter, one fork per ETL run."""

    def __init__(self, workdir: Path, warm_input: Path):
        workdir.mkdir(parents=True, exist_ok=True)
        self.log = (workdir / "server.log").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(workdir), "--input", str(warm_input),
             "--output", str(workdir / "warm" / "wh"), "--workers", "1", "--no-progress"],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        self.warm_seconds = self._read()["warm_seconds"]

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            self.log.flush()
            raise RuntimeError("fork server died: " + Path(self.log.name).read_text()[-3000:])
        return json.loads(line)

    def _ask(self, cmd: dict) -> dict:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        return self._read()

    @staticmethod
    def _cmd(op: str, inp: Path, out: Path, hooks, workers: int, env) -> dict:
        return {"op": op, "hooks": list(hooks), "env": env or {},
                "argv": ["--input", str(inp), "--output", str(out), "--workers", str(workers),
                         "--no-progress"]}

    def run(self, inp: Path, out: Path, hooks=(), *, workers: int = 1,
            kill_after: float | None = None, kill_from: str | None = None,
            env: dict | None = None) -> dict:
        """One run; SIGKILLed `kill_after` seconds after its start or after mark `kill_from`."""
        hooks = [*hooks, *([kill_from] if kill_from else [])]
        return self._ask({**self._cmd("run", inp, out, hooks, workers, env),
                          "kill_after": kill_after, "kill_from": kill_from})

    def start(self, inp: Path, out: Path, hooks=(), *, env: dict | None = None) -> int:
        return self._ask(self._cmd("start", inp, out, hooks, 1, env))["pid"]

    def wait(self, pid: int) -> dict:
        return self._ask({"op": "wait", "pid": pid})

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.log.close()


def _hash_tables(out: Path) -> str:
    """What load.py names the version: sha256 over the names and bytes of the Parquet files
    and of the serving marts beside them (but their DuckDB copy and the search index)."""
    h = hashlib.sha256()
    marts_files = [p for p in out.glob("marts/*")
                   if p.name not in (marts.SERVING_FILE, search_index.SEARCH_FILE)]
    for p in sorted([*out.glob("*.parquet"), *marts_files]):
        h.update(p.relative_to(out).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _state(out: Path) -> str | None:
    """What the output reads as, after checking it is whole; None if absent.

    Whole: the manifest names the hash of exactly the Parquet bytes beside it, and every
    table opens and reads. The value returned is that hash, so equal states are
    byte-identical tables.
    """
    if not out.exists():
        return None
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    version = _hash_tables(out)
    assert version == manifest["warehouse_version"], "tables and manifest differ"
    for name in schema.TABLES:
        ds.dataset(str(out / f"{name}.parquet")).to_table()  # opens and reads
    for name in marts.MARTS:
        ds.dataset(str(out / marts.MARTS_DIR / f"{name}.parquet")).to_table()
    with duckdb.connect(str(out / marts.MARTS_DIR / marts.SERVING_FILE), read_only=True) as db:
        assert {r[0] for r in db.execute("SHOW TABLES").fetchall()} >= set(marts.MARTS)
    return version


def _leftovers(out: Path) -> list[str]:
    vdir = out.parent / f".{out.name}.versions"
    found = [p.name for p in vdir.glob(".tmp-*")] if vdir.is_dir() else []
    return found + [p.name for p in out.parent.glob(f".{out.name}.link-*")]


def _stage(out: Path, state_b: str) -> str:
    vdir = out.parent / f".{out.name}.versions"
    tmps = list(vdir.glob(".tmp-*")) if vdir.is_dir() else []
    if _state(out) == state_b:
        return "published"
    if any((t / "events.parquet").exists() for t in tmps):
        return "writing"
    if tmps:
        return "extracting"
    return "starting"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Inputs A, B and B2; reference builds; two starting states; the warm fork server."""
    t_setup = time.monotonic()
    base = tmp_path_factory.mktemp("crash")
    gen = base / "gen"
    write_corpus(gen, N_A + N_NEW, seed=7)
    files = sorted(p for p in (gen / "articles").rglob("*") if p.is_file())
    assert len(files) == N_A + N_NEW

    def corpus(name: str, chosen: list[Path]) -> Path:
        d = base / name
        for f in chosen:
            dst = d / f.relative_to(gen / "articles")
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dst)  # same relative path, size and mtime: same cache keys
        return d

    inp_a = corpus("in-a", files[:N_A])
    inp_b = corpus("in-b", files[N_SKIP:])
    inp_b2 = corpus("in-b2", files[N_SKIP:-N_LATE])
    server = ForkServer(base / "server", gen / "articles")
    try:
        ref_b = base / "ref-b" / "wh"
        assert server.run(inp_b, ref_b)["code"] == 0
        # Start 1: A published, cache of A only (a B run extracts the 4 new documents).
        start1 = base / "start1" / "wh"
        assert server.run(inp_a, start1)["code"] == 0
        # Start 2: A published, cache of A and of B but 2 documents (a B run extracts 2).
        start2 = base / "start2" / "wh"
        shutil.copytree(start1.parent, start2.parent, symlinks=True)
        assert server.run(inp_b2, start2)["code"] == 0
        assert server.run(inp_a, start2)["code"] == 0
        version_a, version_b = _state(start1), _state(ref_b)
        assert version_a and version_b and version_a != version_b
        # B runs over start 1, timed with 1 and 2 workers: how long one document's
        # extraction and one table's writing take, for the timed kills.
        timing, units = {}, {}
        for workers in (1, 2):
            timing[workers] = base / f"timing{workers}" / "wh"
            shutil.copytree(start1.parent, timing[workers].parent, symlinks=True)
            marks = [EXTRACT_MARK.format(1), MERGE_MARK, WRITE_MARK.format(1), SYNC_MARK]
            res = server.run(inp_b, timing[workers], marks, workers=workers)
            assert res["code"] == 0, res["stderr"][-2000:]
            at = [res["marks"][m] for m in marks]
            per_doc = (at[1] - at[0]) / -(-N_NEW // workers)
            per_table = (at[3] - at[2]) / (len(schema.TABLES) - 1)
            units[workers] = {"extracting": per_doc, "writing": per_table}
        print(f"warm-up {server.warm_seconds:.2f} s; setup {time.monotonic() - t_setup:.2f} s; "
              f"seconds per document / table by workers: {units}")
        yield {"base": base, "inp_b": inp_b, "start1": start1, "start2": start2,
               "a": version_a, "b": version_b, "timing": timing, "ref_b": ref_b,
               "units": units, "server": server}
    finally:
        server.close()


def _trial_dir(world, start: str, name: str) -> Path:
    dst = world["base"] / "trials" / name
    shutil.copytree(world[start].parent, dst, symlinks=True)
    return dst / "wh"


def _recover_and_check(world, out: Path) -> None:
    res = world["server"].run(world["inp_b"], out)
    assert res["code"] == 0, res["stderr"][-2000:]
    assert _state(out) == world["b"], "the recovery run must publish B, byte for byte"
    assert _leftovers(out) == [], "the recovery run must clean the killed run's leftovers"
    vdir = out.parent / f".{out.name}.versions"
    assert len([p for p in vdir.iterdir() if not p.name.startswith(".")]) <= 2


def _workers(i: int) -> int:
    return 1 + i % 2


def test_an_incremental_build_equals_a_build_from_scratch(world):
    assert _state(world["timing"][1]) == _state(world["timing"][2]) == world["b"]
    assert _state(world["start2"]) == world["a"]


def test_a_warm_cache_build_is_byte_identical_to_a_cold_one(world):
    # SPEC §1: re-running gives byte-identical tables. start2 rebuilt A from the cache.
    assert _hash_tables(world["start2"]) == _hash_tables(world["start1"])
    assert _hash_tables(world["timing"][1]) == _hash_tables(world["ref_b"])


@pytest.mark.parametrize("spec,moment,workers", HOOKS, ids=[m for _, m, _ in HOOKS])
def test_kill_at_a_precise_moment_leaves_a_or_b_and_the_next_run_recovers(
        world, spec, moment, workers):
    out = _trial_dir(world, "start2", spec.replace("|", "_"))
    res = world["server"].run(world["inp_b"], out, [spec], workers=workers)
    assert res["code"] == -signal.SIGKILL and not res["timed_out"], (
        f"the hook did not fire ({moment}): {res['code']} {res['stderr'][-500:]}")
    assert _state(out) in (world["a"], world["b"])
    _recover_and_check(world, out)


@pytest.mark.parametrize("i", range(N_TIMED),
                         ids=[f"{p} {m.split('|')[1]} #{m.split('|')[2]} +{f}" for m, f, p in TIMED])
def test_kill_at_a_timed_moment_leaves_a_or_b_and_the_next_run_recovers(world, i):
    mark, fraction, phase = TIMED[i]
    delay = fraction * world["units"][_workers(i)][phase]
    out = _trial_dir(world, "start1", f"timed-{i}")
    res = world["server"].run(world["inp_b"], out, workers=_workers(i), kill_after=delay,
                              kill_from=mark)
    stage = _stage(out, world["b"])
    print(f"kill {i} ({_workers(i)} workers) {delay * 1000:.1f} ms after {mark}: "
          f"code {res['code']}, {stage}")
    assert _state(out) in (world["a"], world["b"])
    _recover_and_check(world, out)


def test_the_timed_kills_cover_extraction_and_writing():
    assert len(TIMED) == N_TIMED == 8 and len(set(TIMED)) == N_TIMED
    assert [p for _, _, p in TIMED].count("extracting") == 4
    assert [p for _, _, p in TIMED].count("writing") == 4
    assert all(0 < f < 1 for _, f, _ in TIMED)


def test_a_second_run_on_the_same_output_exits_3_naming_the_lock(world):
    server = world["server"]
    out = _trial_dir(world, "start2", "concurrent")
    first = server.start(world["inp_b"], out, ["etl.load|clean_leftovers|1|pause"],
                         env={"HOOK_PAUSE": "2"})
    lock = out.parent / f".{out.name}.lock"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the lock file holds the owner's pid once taken
        if lock.exists() and lock.read_text().strip() == str(first):
            break
        time.sleep(0.02)
    else:
        os.killpg(first, signal.SIGKILL)
        server.wait(first)
        pytest.fail("the first run never took the lock")
    second = server.run(world["inp_b"], out)
    assert second["code"] == 3, second
    lines = [ln for ln in second["stderr"].splitlines() if ln.strip()]
    assert len(lines) == 1 and str(lock) in lines[0], second["stderr"]
    assert _state(out) == world["a"], "the refused run must not touch the warehouse"
    res = server.wait(first)
    assert res["code"] == 0, res["stderr"][-2000:]
    assert _state(out) == world["b"]
    assert _leftovers(out) == []
