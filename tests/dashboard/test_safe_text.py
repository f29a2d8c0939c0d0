"""User text made inert: Markdown escaping for what Streamlit renders, HTML escaping of every
figure's data strings for Plotly (labels, ticks, legend, hovers)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from ui import charts, safe

WJ = "\u2060"  # word joiner: invisible, keeps a bare URL from being linked


@pytest.mark.parametrize("text, markdown", [
    ("Tsinghua University", "Tsinghua University"),
    ("清华大学 技术转移论坛", "清华大学 技术转移论坛"),
    ("[log in](https://evil.example/u)",
     rf"\[log in\]\(https{WJ}\://evil\.example/u\)"),
    ("![u](http://127.0.0.1:8799/x)", rf"\!\[u\]\(http{WJ}\://127\.0\.0\.1\:8799/x\)"),
    ('<a href="https://e.example">x</a>', rf'\<a href="https{WJ}\://e\.example"\>x\</a\>'),
    ("visit www.evil.example or mail a@evil.example",
     rf"visit www{WJ}\.evil\.example or mail a{WJ}\@evil\.example"),
    ("**bold** _it_ ~~gone~~ `code` $x^2$", r"\*\*bold\*\* \_it\_ \~\~gone\~\~ \`code\` \$x\^2\$"),
    (":red[alarm] :material/warning:", r"\:red\[alarm\] \:material/warning\:"),
    ("# Heading\n- item\n> quote", r"\# Heading \- item \> quote"),
    ("R&D &lt;lab&gt; | table", r"R\&D \&lt;lab\&gt; \| table"),
    (None, "None"),
])
def test_md_escapes_everything_markdown_would_render(text, markdown):
    assert safe.md(text) == markdown


def test_md_code_cannot_close_its_code_span():
    assert safe.md_code("ev1` [x](https://e.example) `\n\nmore") == \
        "ev1' [x](https://e.example) ' more"


def test_figure_escapes_names_in_bars_ticks_hover_and_category_order():
    name = '<a href="https://evil.example">R&D</a>'
    df = pd.DataFrame({"name": [name, "Sichuan University"], "events": [3, 1],
                       "org_type": ["other", "university"]})
    fig = safe.figure(charts.labelled_bar(df, "name", "events", "Top", "en",
                                          color="org_type", horizontal=True))
    shown = [v for tr in fig.data for v in list(tr.y) + [tr.name]]
    assert "&lt;a href=\"https://evil.example\"&gt;R&amp;D&lt;/a&gt;" in shown
    assert not any("<" in str(v) for v in shown)


def test_figure_escapes_text_customdata_and_nested_labels_and_keeps_numbers():
    fig = go.Figure(go.Scatter(x=[1, 2], y=np.array([3.0, 4.0]), text=["<b>a</b>", "b"],
                               customdata=np.array([["ev1", "<i>x</i>"], ["ev2", "y"]],
                                                   dtype=object)))
    fig.add_trace(go.Sankey(node={"label": ["<a href='x'>n</a>", "m"]}))
    fig.update_yaxes(categoryarray=["<b>a</b>"], ticktext=["<b>t</b>"])
    safe.figure(fig)
    assert fig.data[0].text == ("&lt;b&gt;a&lt;/b&gt;", "b")
    assert fig.data[0].customdata.tolist() == [["ev1", "&lt;i&gt;x&lt;/i&gt;"], ["ev2", "y"]]
    assert list(fig.data[0].y) == [3.0, 4.0]
    assert fig.data[1].node.label == ("&lt;a href='x'&gt;n&lt;/a&gt;", "m")
    assert fig.layout.yaxis.categoryarray == ("&lt;b&gt;a&lt;/b&gt;",)
    assert fig.layout.yaxis.ticktext == ("&lt;b&gt;t&lt;/b&gt;",)


def test_figure_keeps_the_apps_own_title_markup():
    fig = go.Figure(go.Bar(x=["a"], y=[1]))
    fig.update_layout(title="Ties<br><sup>among 200</sup>")
    assert safe.figure(fig).layout.title.text == "Ties<br><sup>among 200</sup>"
