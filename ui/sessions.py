"""What the sessions of one dashboard server share: page slots and the garbage collector.

Streamlit runs every session's script in its own thread of one process, so thirty users are
thirty threads over one interpreter (measured with bench/ws_load.py, RELIABILITY.md "Load"):

- The pages' Python work holds the GIL: thirty pages at once take as long as thirty in a row,
  and each is slower for the switching. A slot per core lets the first in line finish first.
- Python's full garbage collections walk every live object. The libraries (Streamlit, Plotly,
  pandas, DuckDB) are hundreds of thousands of them, so the server spent most of its CPU time
  in collections that found nothing to free: Streamlit collected the whole heap after every
  script run (turned off: `runner.postScriptGC = false` in .streamlit/config.toml). After
  the first page has run, the objects alive then (modules and their tables) are also moved
  out of the collector's way (`gc.freeze`); later garbage is collected as usual.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import settings

PAGE_SLOTS = settings.page_slots()
_slots = threading.BoundedSemaphore(PAGE_SLOTS)
_frozen = threading.Event()


@contextmanager
def page_slot() -> Iterator[None]:
    """Hold one of the PAGE_SLOTS while the page runs."""
    _slots.acquire()
    try:
        yield
    finally:
        _slots.release()
        if not _frozen.is_set():
            _frozen.set()
            gc.collect()  # garbage of the first run is not frozen with the rest
            gc.freeze()
