"""Figures built once per distinct input: the builder runs again only for other data, and each
caller gets its own copy to restyle and escape."""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

from ui import figcache, safe


def _counting_builder():
    calls: list[int] = []

    @figcache.cached
    def bars(df: pd.DataFrame, title: str = "", note: object = None) -> go.Figure:
        calls.append(len(df))
        return go.Figure(go.Bar(x=list(df["name"]), y=list(df["n"])), {"title": title})

    return bars, calls


def test_the_same_data_is_built_once_and_other_data_again():
    bars, calls = _counting_builder()
    df = pd.DataFrame({"name": ["Tsinghua University", "R&D <Lab>"], "n": [3, 1]})
    first, second = bars(df, title="Top"), bars(df.copy(), title="Top")
    assert calls == [2]
    assert first.to_dict() == second.to_dict()
    bars(df.assign(n=[3, 2]), title="Top")
    bars(df, title="Top organisers")
    assert calls == [2, 2, 2]


def test_each_caller_gets_its_own_copy():
    bars, _ = _counting_builder()
    df = pd.DataFrame({"name": ["R&D <Lab>"], "n": [1]})
    shown = safe.figure(bars(df))
    shown.update_layout(font_size=30)
    again = bars(df)
    assert again.data[0].x == ("R&D <Lab>",)  # not escaped twice, not restyled
    assert again.layout.font.size is None
    assert shown.data[0].x == ("R&amp;D &lt;Lab&gt;",)


def test_frames_with_list_cells_are_keyed_too():
    bars, calls = _counting_builder()
    df = pd.DataFrame({"name": ["a"], "n": [1], "docs": [["d1", "d2"]]})
    bars(df), bars(df.copy())
    bars(df.assign(docs=[["d1"]]))
    assert calls == [1, 1]


def test_an_argument_without_a_content_key_just_builds(monkeypatch):
    bars, calls = _counting_builder()
    df = pd.DataFrame({"name": ["a"], "n": [1]})
    bars(df, note=object())  # not a value the cache can compare: no caching, no error
    bars(df, note=object())
    assert calls == [1, 1]


def test_the_cache_keeps_at_most_its_limit(monkeypatch):
    monkeypatch.setattr(figcache, "MAX_FIGURES", 3)
    bars, calls = _counting_builder()
    for n in range(5):
        bars(pd.DataFrame({"name": ["a"], "n": [n]}))
    assert len(figcache._figures) <= 3
    bars(pd.DataFrame({"name": ["a"], "n": [0]}))  # the oldest was dropped: built again
    assert len(calls) == 6


def test_copies_made_from_many_threads_at_once_are_whole():
    import sys
    import threading

    @figcache.cached
    def patterned(df: pd.DataFrame) -> go.Figure:
        return px.bar(df, x="name", y="n", color="kind", pattern_shape="kind")

    df = pd.DataFrame({"name": [f"org {i}" for i in range(40)], "n": range(40),
                       "kind": ["university", "enterprise", "government", "other"] * 10})
    expected = pio.to_json(patterned(df))
    seen: list[dict] = []
    errors: list[BaseException] = []

    def copy_many() -> None:
        try:
            for _ in range(15):
                seen.append(pio.to_json(patterned(df)))
        except BaseException as e:  # a broken copy raises inside plotly: collect it
            errors.append(e)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show
    try:
        threads = [threading.Thread(target=copy_many) for _ in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    finally:
        sys.setswitchinterval(old)
    assert errors == [] and len(seen) == 120 and all(d == expected for d in seen)


def test_numbers_read_back_as_numbers_from_a_cached_figure():
    @figcache.cached
    def grid(df: pd.DataFrame) -> go.Figure:
        return go.Figure(go.Heatmap(z=df.to_numpy(), x=list(df.columns)))

    df = pd.DataFrame({"2019": [1, 250_000], "2020": [3, -4]})
    grid(df)
    z = grid(df).data[0].z
    assert z.tolist() == [[1, 3], [250_000, -4]] and z.dtype.kind == "i"
    bars = figcache.cached(lambda d: px.bar(d, x="name", y="share"))
    shown = bars(pd.DataFrame({"name": ["a", "b"], "share": [0.25, 0.5]}))
    assert list(shown.data[0].y) == [0.25, 0.5]
