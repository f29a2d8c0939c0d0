"""The dashboard with a warm start: `streamlit run serve.py` serves dashboard.py and, as the
server starts, loads the pages' modules, opens the warehouse and runs the default queries
(ui/warm.py), so the first visitor's page draws from warm caches; its HTML page tells the
browser to fetch the first page's element code at once (ui/preload.py).

`streamlit run dashboard.py` still works: it warms after the first page instead.
"""
from contextlib import asynccontextmanager

import streamlit as st
from starlette.middleware import Middleware

from ui import warm
from ui.preload import PreloadChunks


@asynccontextmanager
async def _lifespan(_app):
    warm.at_start_up()
    yield


app = st.App("dashboard.py", lifespan=_lifespan, middleware=[Middleware(PreloadChunks)])
