"""Tech-transfer events dashboard: page config, navigation, the shared sidebar, then the page.

    streamlit run dashboard.py                      # reads data/warehouse/
    WAREHOUSE_DIR=DIR streamlit run dashboard.py

The pages and what each shows: ui/pages.py (they live in app_pages/, not pages/: Streamlit
would run a `pages/` folder's scripts directly, bypassing this router and its filters). The
sidebar: ui/sidebar.py. The view it sets is kept in the session and written to the URL here.
"""
from __future__ import annotations

import streamlit as st

from ui import data, pages, sessions, sidebar, warm
from ui.filters import FILTER_PARAMS, Filters, clamp_years, from_query_params, to_query_params
from ui.i18n import t

state = st.session_state
if "_filters" not in state:
    state["_filters"] = from_query_params(st.query_params)
    state["_unknown_asked"] = state["_filters"].include_unknown_year is not None
f: Filters = state["_filters"]
lang = state.get("w_lang", f.lang)
meeting = state.get("w_meeting", f.meeting)

st.set_page_config(page_title=t("app_title", lang), layout="wide",
                   initial_sidebar_state="collapsed" if meeting else "auto")
# No page icons: Streamlit would fetch them as favicons from a font CDN (offline: an error).


def _redirect(name: str):
    """A hidden page at another path that opens page `name` with the same parameters: /overview
    (Streamlit reserves the default page's own path, so the home page is at / as 'home') and
    the paths of pages before they were renamed."""
    def go() -> None:
        st.switch_page(pages.file(name), query_params=st.query_params.to_dict())
    return go


page = st.navigation(
    [st.Page(pages.file(name), title=t(pages.title_key(name), lang),
             url_path="home" if name == pages.HOME else name, default=(name == pages.HOME))
     for name in pages.PAGES]
    + [st.Page(_redirect(target), title=t(pages.title_key(target), lang), url_path=old,
               visibility="hidden")
       for old, target in {pages.HOME: pages.HOME, **pages.OLD_URLS}.items()])

wh = data.current()
bounds = sidebar.year_bounds(wh)
with st.sidebar:
    f = clamp_years(sidebar.draw(f, bounds, wh), bounds)
state["_filters"] = f

# Write the view into the URL; page-specific parameters stay only on their own page.
keep = pages.PAGE_PARAMS.get(page.url_path, ())
current = st.query_params.to_dict()
target = {k: v for k, v in current.items() if k in keep and k not in FILTER_PARAMS}
target |= to_query_params(f)
if current != target:
    st.query_params.from_dict(target)

with sessions.page_slot():  # a few pages at once, the others wait their turn (ui/sessions.py)
    page.run()
warm.start_once(f.lang)  # after the first page is drawn: the other pages' modules and queries
