"""Stopping a run from outside, and usage errors told before any work: SIGTERM stops the
workers and releases the output's lock like Ctrl-C; workers die with a killed parent;
--workers is capped at the cores; an output that cannot be written is exit 2, not a
traceback."""
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl import __main__ as cli
from etl import load, pipeline
from synthetic.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Enough articles that two workers are still busy when the signal comes, even on a
    loaded machine (with 400, a run on a machine loaded eight-fold once ended before the
    Ctrl-C reached it). The run stops at the signal, so its length costs nothing."""
    out = tmp_path_factory.mktemp("signals")
    write_corpus(out, 2000, seed=11)
    return out / "articles"


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


def _wait(condition, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _ctrl_c_reaches_python() -> None:
    # A shell runs a background job (`make test &`, some CI runners) with SIGINT ignored, and
    # an ignored signal stays ignored across exec: Python would then install no KeyboardInterrupt
    # handler and Ctrl-C could never reach the ETL under test. Give the child the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _lock_is_free(output: Path) -> bool:
    with open(load.lock_path(output), "rb") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(fh, fcntl.LOCK_UN)
        return True


@pytest.mark.parametrize("how", ["SIGTERM to the ETL", "Ctrl-C to the group",
                                 "SIGKILL to the ETL"])
def test_a_stopped_run_leaves_no_worker_and_no_lock(corpus, tmp_path, how):
    output = tmp_path / "wh"
    proc = subprocess.Popen([sys.executable, "-m", "etl", "--input", str(corpus), "--output",
                             str(output), "--workers", "2", "--no-progress"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=_ctrl_c_reaches_python)
    try:
        assert _wait(lambda: len(_children(proc.pid)) >= 2), "no workers started"
        workers = _children(proc.pid)
        if how == "Ctrl-C to the group":
            os.killpg(proc.pid, signal.SIGINT)
        else:
            os.kill(proc.pid, signal.SIGKILL if "KILL" in how else signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _wait(lambda: not any(_alive(w) for w in workers)), (how, workers)
    if "KILL" not in how:
        assert proc.returncode == 1
        assert err.strip().endswith("the previous warehouse is unchanged")
        assert "Traceback" not in err
        assert ("terminated (SIGTERM)" in err) == ("SIGTERM" in how)
    assert _lock_is_free(output)
    assert not output.exists()


# A worker that is still starting (its initializer not yet run) when Ctrl-C reaches the
# group: the initializer is slowed down so the signal lands inside it.
_SLOW_START = """
import sys, time
from etl import executors
started = executors._worker_started
def slow(parent):
    time.sleep(1.5)
    started(parent)
executors._worker_started = slow
executors.warm_up = lambda: None
print("starting", flush=True)
try:
    executors.Local(2)
    time.sleep(5)
except KeyboardInterrupt:
    print("parent interrupted", flush=True)
"""


def test_ctrl_c_while_workers_start_prints_no_worker_traceback():
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_START], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=_ctrl_c_reaches_python)
    try:
        assert proc.stdout.readline().strip() == "starting"
        time.sleep(0.7)   # the workers are forked and sleeping in their initializer
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert "parent interrupted" in out
    assert "Traceback" not in err, err


def test_workers_beyond_the_cores_are_capped_with_a_message(monkeypatch, capsys, tmp_path):
    seen: list[int] = []
    monkeypatch.setattr(pipeline, "run", lambda opts: seen.append(opts.workers) or
                        pipeline.Summary(version="v"))
    assert cli.main(["--input", str(tmp_path), "--output", str(tmp_path / "wh"),
                     "--workers", "100000"]) == 0
    assert seen == [cli.cores()]
    assert f"--workers 100000 is more than the {cli.cores()} cores here; using " \
           f"{cli.cores()}" in capsys.readouterr().err


def test_an_output_that_cannot_be_written_is_a_usage_error(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("The Kunming forum was held on 3 May 2021.", encoding="utf-8")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    assert cli.main(["--input", str(raw), "--output", str(tmp_path / "a-file" / "wh"),
                     "--workers", "1", "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot write --output {tmp_path / 'a-file' / 'wh'}: ")
    assert err.count("\n") == 1 and "Traceback" not in err
