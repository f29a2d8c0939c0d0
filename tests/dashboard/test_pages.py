"""Each page has one name, for its file, its title and its URL path (ui/pages.py); the pages
live in app_pages/, and no `pages/` folder sits beside dashboard.py."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui import pages
from ui.i18n import STRINGS

ROOT = Path(__file__).resolve().parents[2]


def _calls(path: Path, names: tuple[str, ...]) -> list[list[object]]:
    """The literal arguments of every call of `names` (attribute or plain) in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr",
                                                  getattr(node.func, "id", None)) in names:
            found.append([a.value for a in node.args if isinstance(a, ast.Constant)])
    return found


@pytest.mark.parametrize("name", list(pages.PAGES))
def test_a_page_is_called_the_same_in_its_file_title_and_deck(name):
    path = ROOT / pages.file(name)
    assert path.is_file()
    assert pages.title_key(name) in STRINGS
    assert _calls(path, ("page_header", "page_title")) == [[name]]
    assert all(args[:1] == [name] for args in _calls(path, ("page_deck",)))


def test_every_page_file_is_a_page_and_old_paths_lead_to_pages():
    assert sorted(p.stem for p in (ROOT / "app_pages").glob("*.py")) == sorted(pages.PAGES)
    assert set(pages.OLD_URLS.values()) <= set(pages.PAGES)
    assert not set(pages.OLD_URLS) & set(pages.PAGES)


def test_no_pages_folder_sits_beside_the_dashboard():
    """Streamlit would run a `pages/` folder in its old multipage mode for the whole server:
    its scripts directly when a visitor opens their URL, bypassing dashboard.py's router and
    filters."""
    assert (ROOT / "dashboard.py").is_file()
    assert not (ROOT / "pages").exists()


@pytest.mark.parametrize("lang, with_money, without_money", [
    ("en", "All events · values in USD", "All events"),
    ("zh", "全部活动 · 金额单位 USD", "全部活动"),
])
def test_the_filter_caption_names_the_currency_only_on_pages_with_money(lang, with_money,
                                                                         without_money):
    from ui.filters import Filters
    from ui.layout import caption
    f = Filters(lang=lang)
    assert caption(f, lang, money=True) == with_money
    assert caption(f, lang, money=False) == without_money
    assert {"overview", "contract_values"} <= pages.MONEY_PAGES
    assert not {"participant_mix", "regions", "over_time"} & pages.MONEY_PAGES
