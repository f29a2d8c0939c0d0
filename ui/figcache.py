"""Chart builders called with the same data give the same figure: build it once per server.

Every rerun of every session rebuilt every figure of its page with plotly express, which
costs 50–500 ms of one core per figure (the participant-mix page: half a second per rerun at
100k events), and Streamlit runs all sessions' scripts in one process. `cached` keys a
builder's result on its arguments' content (a DataFrame by its values, index, columns and
dtypes) and hands each caller its own copy, which the caller may restyle (meeting mode) and
escape (ui.safe) without touching anyone else's. The cache holds each figure as pickled
plain data: one bytes object instead of the tens of thousands of Python objects of a live
figure, which the garbage collector would walk through again and again, and nothing two
threads could share. No Streamlit here.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

MAX_FIGURES = 256  # a few pages × filter combinations × languages; figures of aggregates

_figures: OrderedDict[tuple, bytes] = OrderedDict()
_lock = threading.Lock()


class _Unkeyable(Exception):
    """An argument whose content cannot be fingerprinted: the builder just runs."""


def _fingerprint(value: object) -> object:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, pd.DataFrame):
        return ("frame", tuple(map(str, value.columns)), tuple(map(str, value.dtypes)),
                _content(value))
    if isinstance(value, pd.Series):
        return ("series", str(value.name), str(value.dtype), _content(value))
    if isinstance(value, list | tuple):
        return tuple(_fingerprint(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _fingerprint(v)) for k, v in value.items()))
    raise _Unkeyable(type(value).__name__)


def _content(frame: pd.DataFrame | pd.Series) -> bytes:
    try:
        return pd.util.hash_pandas_object(frame, index=True).values.tobytes()
    except TypeError:  # unhashable cells (lists): their pickled bytes say the same
        return hashlib.sha256(pickle.dumps(frame, protocol=5)).digest()


def _freeze(fig: go.Figure) -> bytes:
    return pickle.dumps(_with_arrays(fig.to_dict()), protocol=5)


def _with_arrays(value: object) -> object:
    """Plotly's plain form with its base64 blocks of numbers (plotly.js typed arrays) back
    as numpy arrays, so that a figure made from it reads its values as the built one did."""
    if isinstance(value, dict):
        if set(value) >= {"dtype", "bdata"} and set(value) <= {"dtype", "bdata", "shape"}:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
            if "shape" in value:
                array = array.reshape(tuple(int(n) for n in str(value["shape"]).split(",")))
            return array.astype(np.int64 if array.dtype.kind in "iu" else array.dtype)
        return {k: _with_arrays(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_arrays(v) for v in value]
    return value


def cached(builder: Callable[..., go.Figure]) -> Callable[..., go.Figure]:
    """`builder`, building each distinct figure once (LRU of MAX_FIGURES); returns a copy."""

    @functools.wraps(builder)
    def build(*args: object, **kwargs: object) -> go.Figure:
        try:
            key = (builder.__module__, builder.__qualname__, _fingerprint(args),
                   _fingerprint(kwargs))
        except _Unkeyable:
            return builder(*args, **kwargs)
        with _lock:
            frozen = _figures.get(key)
            if frozen is not None:
                _figures.move_to_end(key)
        if frozen is None:
            frozen = _freeze(builder(*args, **kwargs))
            with _lock:
                _figures[key] = frozen
                while len(_figures) > MAX_FIGURES:
                    _figures.popitem(last=False)
        return go.Figure(pickle.loads(frozen))  # noqa: S301 (pickled by this process)

    return build
