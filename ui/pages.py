"""The dashboard's pages: one name each, for its file (app_pages/<name>.py), its title (the
interface string page_<name>) and its URL path (/<name>), and what each shows.

Pages live in app_pages/, not pages/: Streamlit runs a `pages/` folder's scripts directly
(its old multipage mode) when a visitor opens a page URL first, bypassing the router in
dashboard.py and its filters.
"""
from __future__ import annotations

PAGES: dict[str, str] = {
    "overview": "KPI cards against the previous period, events per year and region, the "
                "latest events",
    "over_time": "events by year and type on a continuous axis, or by quarter or month",
    "regions": "world and China maps, city bubbles, M49 regions, participation scope",
    "institutions": "organisations by type and role, top organisers, origin, the "
                    "co-organisation network, speakers",
    "participant_mix": "reported and derived participant shares, listed types, places, "
                       "speakers",
    "contract_values": "amounts by year in USD or CNY per metric, what the totals leave out",
    "explorer": "every table under the filters, CSV / Excel / all-tables ZIP",
    "sources": "full-text search, article text with the facts marked, data quality",
    "event": "one event's facts with their evidence, and the correction form",
    "add_articles": "upload articles, rebuild, each file's outcome",
    "corrections": "every correction in the curation file: what it changed (old → new), "
                   "its reason and status, undo",
}
HOME = "overview"  # the default page, served at / (Streamlit gives it the path `home`)

# Links made before the pages were renamed keep working: old path → page.
OLD_URLS = {"time": "over_time", "participants": "participant_mix",
            "amounts": "contract_values", "add": "add_articles"}

# Pages that show money: their filter caption names the currency (the others have none to name).
MONEY_PAGES = frozenset({"overview", "contract_values", "explorer", "event"})

# URL parameters kept only on their own page.
PAGE_PARAMS = {"event": ("event",), "sources": ("doc", "q", "quality"),
               "participant_mix": ("bar",), "contract_values": ("bar",)}


def file(name: str) -> str:
    return f"app_pages/{name}.py"


def title_key(name: str) -> str:
    return f"page_{name}"
