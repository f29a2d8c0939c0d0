"""Where the per-document work runs: in this process, in forked worker processes, or on a Dask
cluster. Each executor takes `submit(fn, *args) -> Future` and `close(now=False)`, and says
how many documents `batch` to send per task."""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Protocol

from etl import load


class Executor(Protocol):
    batch: int

    def submit(self, fn: Callable, *args) -> Future: ...

    def close(self, now: bool = False) -> None: ...


class Inline:
    """Runs tasks in this process (workers=1): simplest to debug and to profile."""

    batch = 1  # a task runs when submitted: nothing to save by grouping

    def submit(self, fn: Callable, *args) -> Future:
        f: Future = Future()
        f.set_result(fn(*args))
        return f

    def close(self, now: bool = False) -> None:
        pass


class Dask:
    """Runs tasks on a dask.distributed cluster (a local one when no address is given)."""

    batch = 8  # the scheduler's cost per task is a millisecond or more

    def __init__(self, address: str | None):
        from distributed import Client
        self.client = Client(address) if address else Client(processes=True)

    def submit(self, fn: Callable, *args):
        return self.client.submit(fn, *args, pure=False)

    def close(self, now: bool = False) -> None:
        self.client.close()  # the cluster's workers are not ours to stop


def warm_up() -> None:
    """Build every extractor's indexes in this process (gazetteer, organisations, FX)."""
    from etl.extract.events import extract_events

    extract_events([("en", "On 1 June 2019 the Sino-German Forum was held in Hangzhou, hosted "
                           "by Zhejiang University. Deals worth RMB 1 billion were signed.")],
                   "Forum")
    from etl import fx
    from etl.places.lookup import build_indexes
    build_indexes()  # the sentence above does not ask every question a document may
    fx.convert(1.0, "EUR", event_year=2019)


class Local:
    """Runs tasks in `workers` forked processes that die with this one."""

    # Documents per task: each task costs the pool's machinery, a message each way and a
    # wake-up of this process (≈ 0.25 ms of its CPU per task in a 10k run; 8 per task
    # divide it by eight, and a slow document then holds back at most 7 others).
    batch = 8

    def __init__(self, workers: int):
        # Forked workers inherit the indexes built here once, instead of each
        # spending seconds rebuilding them (the parent needs them for FX anyway).
        warm_up()
        # The indexes are some 300k objects that live as long as the process: out of the
        # collector's sight, every full collection in a worker no longer walks them (≈ 0.5 ms
        # of a document's 13 ms) nor writes to their pages (shared with this process).
        # `close` gives them back to the collector (a process may run the ETL again).
        gc.collect()
        gc.freeze()
        try:
            self.pool = _start_pool(workers)
        except BaseException:  # a Ctrl-C while they start included: no `close` will come
            gc.unfreeze()
            raise

    def submit(self, fn: Callable, *args) -> Future:
        return self.pool.submit(fn, *args)

    def close(self, now: bool = False) -> None:
        """Stop the workers: after their current document, or `now` (interrupted)."""
        try:
            if now:
                # A worker may be minutes into one document; an interrupted run must not wait.
                # (ProcessPoolExecutor.terminate_workers is Python 3.14+; before, its table.)
                for proc in list(getattr(self.pool, "_processes", {}).values()):
                    proc.terminate()
            self.pool.shutdown(cancel_futures=True)
        finally:
            # Frozen objects are never collected, even at exit (where extension modules then
            # report them as leaked): a stopped run gives them back too.
            gc.unfreeze()


def _start_pool(workers: int) -> ProcessPoolExecutor:
    """`workers` forked processes, started."""
    ctx = multiprocessing.get_context("fork") if "fork" in \
        multiprocessing.get_all_start_methods() else None
    # A Ctrl-C that reaches a worker before its initializer ran would print the worker's
    # own KeyboardInterrupt traceback: workers are born with the stop signals blocked and
    # unblock them once they ignore Ctrl-C; this process gets its pending one after.
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                   initializer=_worker_started,
                                   initargs=(os.getpid(),))
        # With fork all workers start at the first task: start them now, before the
        # progress bar's thread exists, so no child is forked from a threaded parent.
        pool.submit(int).result()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    return pool


_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _worker_started(parent: int) -> None:
    """In each worker: drop the parent's lock descriptors, and die with the parent.

    If the parent is killed (SIGKILL, OOM killer) no handler of ours runs; without this the
    workers wait forever for work, holding the cache and its file open."""
    load.forget_inherited_locks()
    # The parent stops the workers (Ctrl-C reaches the whole process group; SIGTERM and
    # SIGKILL only the parent): a worker neither prints its own KeyboardInterrupt nor runs
    # the parent's "stop cleanly" handler, it just ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # blocked by Local at the fork
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: the parent's SIGTERM/Ctrl-C handling still stops the workers
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
