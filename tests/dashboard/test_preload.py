"""The first page's element code is announced in the HTML page (ui/preload.py, serve.py)."""
from __future__ import annotations

import asyncio
import re

from ui import preload


def _serve(body: bytes, content_type: bytes, *, path: str = "/", encoding: bytes | None = None,
           chunks: tuple[bytes, ...] | None = None) -> tuple[dict, bytes]:
    """One GET through PreloadChunks(files=['PlotlyChart.abc.js']) over an app answering
    `body` (in `chunks` if given): the response start message and the whole body."""
    async def app(scope, receive, send):
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                   (b"etag", b'"x"')]
        if encoding:
            headers.append((b"content-encoding", encoding))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        parts = chunks or (body,)
        for i, part in enumerate(parts):
            await send({"type": "http.response.body", "body": part,
                        "more_body": i < len(parts) - 1})

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    middleware = preload.PreloadChunks(app, files=["PlotlyChart.abc.js"])
    asyncio.run(middleware({"type": "http", "method": "GET", "path": path}, receive, send))
    return sent[0], b"".join(m.get("body", b"") for m in sent[1:])


PAGE = b"<html><head><title>Streamlit</title></head><body><div id=root></div></body></html>"


def test_the_html_page_preloads_and_imports_the_chunks_before_its_head_ends():
    start, body = _serve(PAGE, b"text/html; charset=utf-8")
    head = body.split(b"</head>")[0].decode()
    assert '<link rel="modulepreload" crossorigin href="./static/js/PlotlyChart.abc.js">' in head
    assert re.search(r'<script type="module">for\(const u of \["\./static/js/PlotlyChart\.abc'
                     r'\.js"\]\)import\(u\)', head)
    assert body.endswith(b"<div id=root></div></body></html>")
    headers = dict(start["headers"])
    assert headers[b"content-length"] == str(len(body)).encode()
    assert b"etag" not in headers  # the page differs from the file Streamlit's ETag names


def test_a_page_sent_in_several_parts_is_patched_once():
    _, body = _serve(PAGE, b"text/html", chunks=(PAGE[:20], PAGE[20:50], PAGE[50:]))
    assert body.count(b"modulepreload") == 1 and body.endswith(b"</html>")


def test_scripts_and_compressed_pages_pass_unchanged():
    js = b"export const x = '</head>';"
    start, body = _serve(js, b"text/javascript", path="/static/js/x.js")
    assert body == js and (b"etag", b'"x"') in start["headers"]
    start, body = _serve(b"\x1f\x8b...</head>", b"text/html", encoding=b"gzip")
    assert body == b"\x1f\x8b...</head>"


def test_every_first_page_chunk_is_a_file_the_installed_streamlit_loads_on_demand():
    # A Streamlit upgrade that renames an element's chunk would silently shrink the hint.
    chunks = preload.chunk_files(preload.FIRST_PAGE_CHUNKS)
    assert len(chunks) == len(preload.FIRST_PAGE_CHUNKS)
    index = next(preload.STATIC_JS.glob("index.*.js")).read_text(encoding="utf-8")
    for name in chunks:
        # the same URL as Streamlit's own lazy import, so the browser loads it once
        assert f"import(`./{name}`)" in index, name


def test_a_module_brings_what_it_imports_statically_not_what_it_may_load_later(tmp_path):
    modules = {
        "Chart.a1.js": 'import{t as e}from"./lib.b2.js";import"./side.c3.js";'
                       'const l=()=>import(`./later.d4.js`);',
        "lib.b2.js": 'import{x}from"./deep.e5.js";export const t=1;',
        "side.c3.js": "window.x=1;", "deep.e5.js": "export const x=2;",
        "later.d4.js": 'import{t}from"./lib.b2.js";',
    }
    for name, text in modules.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert preload.with_imports(["Chart.a1.js"], tmp_path) == [
        "Chart.a1.js", "lib.b2.js", "side.c3.js", "deep.e5.js"]


def test_the_overview_charts_chunk_and_its_vega_library_are_preloaded_not_plotly():
    files = preload.first_page_files()
    assert not any(f.startswith("PlotlyChart.") for f in files)  # 4.6 MB the page needn't
    vega_chart = next(f for f in files if f.startswith("ArrowVegaLiteChart."))
    # Vega itself, which the chart's chunk imports: fetched with the shell, not after it
    vega_lib = next(f for f in files if f.startswith("embed."))
    chart_code = (preload.STATIC_JS / vega_chart).read_text(encoding="utf-8")
    assert f'from"./{vega_lib}"' in chart_code
    # what Streamlit's own page already loads is not announced twice
    assert not any(f.startswith(("index.", "react-dom.")) for f in files)


def test_the_page_preloads_every_first_page_module_and_imports_only_the_element_chunks():
    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/html")]})
        await send({"type": "http.response.body", "body": PAGE})

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    asyncio.run(preload.PreloadChunks(app)({"type": "http", "method": "GET", "path": "/"},
                                           None, send))
    head = sent[1]["body"].split(b"</head>")[0].decode()
    preloaded = re.findall(r'modulepreload" crossorigin href="\./static/js/([^"]+)"', head)
    assert preloaded == preload.first_page_files()
    imported = re.search(r"for\(const u of (\[.*?\]\))", head).group(1)
    assert sorted(re.findall(r"js/([^\"]+)", imported)) == sorted(preload.chunk_files())
