"""Start loading the first page's JavaScript with the HTML, not after the server's first deltas.

Streamlit's front end loads each element's code on demand: the browser asks for a chart's
chunk only once the script's first chart arrives over the websocket, and the page's other
elements wait for it (measured with the Plotly chunk, 4.6 MB, ~1–2 s of one core to
evaluate, on the overview at 1M events: bench/RESULTS.md, "first visit"; the overview now
draws with Vega-Lite, whose chunk and its Vega library are ≈ 0.8 MB). `PreloadChunks`, an ASGI middleware for
serve.py, adds to the app's HTML page a `modulepreload` link per chunk (fetched at once, in
parallel with Streamlit's own bundle) and a module script that imports them once the app's
module has run (evaluated while the server runs the script, not after it).
Nothing else changes: the same files from the same origin, Streamlit loading them itself
as before if the hint fails.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import streamlit

# The element chunks the overview and the sidebar use (Streamlit's own file names, hashed:
# `<name>.<hash>.js`).
FIRST_PAGE_CHUNKS = ("ArrowVegaLiteChart", "DataFrame", "Metric", "Slider", "Multiselect",
                     "Checkbox", "ButtonGroup", "DateInput", "TextInput", "Button",
                     "DownloadButton")
# A module's static imports (`import{a as b}from"./x.js"`, `import"./x.js"`), not its
# dynamic ones (`import(`./x.js`)`), which load only when asked for.
STATIC_IMPORT = re.compile(r'(?:\bfrom|\bimport)\s*"\./([\w.\-]+\.js)"')
# Runs after the app's own module (module scripts keep document order): by then the app has
# mounted and opened its websocket, and the chunks evaluate while the server runs the
# script (measured: waiting for the browser to be idle started Plotly's 1–1.7 s later).
IMPORT_SCRIPT = ('<script type="module">for(const u of URLS)import(u).catch(()=>{})</script>')
STATIC_JS = Path(streamlit.__file__).parent / "static" / "static" / "js"


def chunk_files(names: Iterable[str] = FIRST_PAGE_CHUNKS, folder: Path = STATIC_JS
                ) -> list[str]:
    """The installed file of each named chunk (`Metric.MSVuxtnf.js`); a name with no file,
    or with several, is left out (a Streamlit upgrade renamed it: the hint just shrinks)."""
    out = []
    for name in names:
        found = [p.name for p in folder.glob(f"{name}.*.js") if p.name.count(".") == 2]
        if len(found) == 1:
            out.append(found[0])
    return out


def with_imports(files: Iterable[str], folder: Path = STATIC_JS) -> list[str]:
    """`files` and every module they import statically, directly or not (each once, in the
    order found). Chromium's modulepreload fetches a module, not what it imports: those
    were asked for only once the module had been read (Vega's 0.77 MB, the tables' Arrow
    code 0.7 MB: 1.2–1.5 s after the shell, bench/RESULTS.md)."""
    seen: dict[str, None] = {}
    todo = list(files)
    while todo:
        name = todo.pop(0)
        if name in seen or not (folder / name).is_file():
            continue
        seen[name] = None
        todo += STATIC_IMPORT.findall((folder / name).read_text(encoding="utf-8"))
    return list(seen)


def first_page_files(folder: Path = STATIC_JS) -> list[str]:
    """The first page's chunks and all they import, less what the app's own module imports
    (Streamlit's page preloads that itself)."""
    shell = set(with_imports([p.name for p in folder.glob("index.*.js")], folder))
    return [f for f in with_imports(chunk_files(folder=folder), folder) if f not in shell]


def head_tags(files: list[str], imports: list[str] | None = None) -> bytes:
    """The tags added before </head>: a preload link per file, and one module script that
    imports `imports` (default: all `files`) once the app's own module has run."""
    urls = [f"./static/js/{f}" for f in files]
    links = "".join(f'<link rel="modulepreload" crossorigin href="{u}">' for u in urls)
    wanted = urls if imports is None else [f"./static/js/{f}" for f in imports]
    script = IMPORT_SCRIPT.replace("URLS", json.dumps(wanted))
    return (links + script).encode()


class PreloadChunks:
    """ASGI middleware: adds `head_tags(files)` to every HTML page Streamlit serves."""

    def __init__(self, app, files: list[str] | None = None) -> None:
        self.app = app
        self.tags = head_tags(first_page_files(), chunk_files()) if files is None \
            else head_tags(files)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or not self.tags:
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        body: list[bytes] = []

        async def patched(message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                html = headers.get(b"content-type", b"").startswith(b"text/html")
                if html and b"content-encoding" not in headers and message.get("status") == 200:
                    start = message  # held until the body is complete
                    return
                await send(message)
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                page = b"".join(body).replace(b"</head>", self.tags + b"</head>", 1)
                headers = [(k, v) for k, v in start.get("headers", [])
                           if k.lower() not in (b"content-length", b"etag")]
                headers.append((b"content-length", str(len(page)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": page})
            else:
                await send(message)

        await self.app(scope, receive, patched)
