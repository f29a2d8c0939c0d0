"""User text made inert for the two renderers that would interpret it.

Streamlit renders captions, headers, messages and widget text as Markdown (links, images,
bare URLs, `:color[…]` directives, LaTeX); Plotly renders a subset of HTML in labels and
hover text (`<a href>`, `<b>`, `<br>`). Article text, organisation and event names,
correction reasons and URL parameters are data: pass them through `md` (or `md_code` inside
a `code span`) before Streamlit shows them, and every figure goes through `figure` before
it is drawn. No Streamlit here.
"""
from __future__ import annotations

import html
import re

import numpy as np
import plotly.graph_objects as go

# Every ASCII character that can open Markdown, GFM or Streamlit syntax: emphasis, links and
# images, autolinks (`:` of http://, `.` of www. and of e-mail domains, `@`), HTML and
# entities, tables, headings and lists, strikethrough, directives and emoji (`:`), LaTeX.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&@^])")
_SPACE = re.compile(r"\s+")
_HTML_SPECIAL = re.compile(r"[<>&]")
_BARE_LINK = re.compile(r"(https?(?=:)|www(?=\.))", re.IGNORECASE)


def md(text: object) -> str:
    """`text` as one line of Markdown that renders exactly as its characters.

    Escapes do not stop GFM's bare-URL links (found in the text after parsing): a WORD
    JOINER (U+2060, invisible) after `http`/`https`/`www` and before `@` breaks them."""
    text = _SPACE.sub(" ", str(text)).strip()
    text = _BARE_LINK.sub("\\1\u2060", text).replace("@", "\u2060@")
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_code(text: object) -> str:
    """`text` for the inside of a Markdown code span (no escapes work there): one line,
    and no backtick that could close the span."""
    return _SPACE.sub(" ", str(text)).strip().replace("`", "'")


# Trace attributes whose strings Plotly shows (as labels, ticks, legend or hover text).
# `ids` and `parents` are escaped with the labels so that they keep naming each other.
_TRACE_TEXT = ("x", "y", "text", "hovertext", "labels", "parents", "ids", "name",
               "customdata", "legendgrouptitle.text")
_NESTED_TEXT = ("node.label", "link.label", "node.customdata", "link.customdata")


def plotly_text(value: object) -> object:
    """A string with `<`, `>` and `&` as entities (Plotly shows them as the characters);
    arrays and lists element by element; the same object when nothing needed escaping."""
    if isinstance(value, str):
        return html.escape(value, quote=False) if _HTML_SPECIAL.search(value) else value
    if isinstance(value, np.ndarray) and value.dtype.kind in "OUS" and value.size:
        items = [plotly_text(v) for v in value.ravel().tolist()]
        if all(a is b for a, b in zip(items, value.ravel().tolist(), strict=True)):
            return value
        return np.array(items, dtype=object).reshape(value.shape)
    if isinstance(value, list | tuple):
        items = [plotly_text(v) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) \
            else type(value)(items)
    return value


def figure(fig: go.Figure) -> go.Figure:
    """Escape, in place, the data strings of every trace and the category names of its axes
    (not titles, templates or annotations, which are the app's own and may use Plotly's
    tags); returns `fig`."""
    for trace in fig.data:
        for attr in (*_TRACE_TEXT, *_NESTED_TEXT):
            # asked first: a failed look-up makes Plotly compute spelling suggestions (slow)
            if attr.split(".", 1)[0] not in trace:
                continue
            value = trace[attr]
            if value is not None:
                escaped = plotly_text(value)
                if escaped is not value:
                    trace[attr] = escaped
    fig.for_each_xaxis(_axis)
    fig.for_each_yaxis(_axis)
    return fig


def _axis(axis: object) -> None:
    # a category order names the (now escaped) categories; tick labels are shown
    for attr in ("categoryarray", "ticktext"):
        value = getattr(axis, attr, None)
        if value is not None:
            escaped = plotly_text(value)
            if escaped is not value:
                setattr(axis, attr, escaped)
