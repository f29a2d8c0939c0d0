"""Decks: takeaways computed from the data, and a real overview deck (kaleido images) re-read
with python-pptx and pypdf."""
from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from tests.dashboard.warehouse_fixture import write_warehouse
from ui import data, deck, queries
from ui.filters import Filters

needs_chromium = pytest.mark.skipif(not deck.chrome_available(),
                                    reason="chromium is missing (`make browser` installs it)")


@pytest.mark.parametrize("rows, lang, expected", [
    ([(2019, 2), (2021, 3), (None, 1)], "en",
     "Most events in 2021 (3 of 6; 2019–2021). 1 with unknown year."),
    ([(2020, 4)], "en", "Most events in 2020 (4 of 4; 2020–2020)."),
    ([(2018, 1), (2018, 2), (2022, 2)], "en", "Most events in 2018 (3 of 5; 2018–2022)."),
    ([(None, 3)], "en", "All 3 events have an unknown year."),
    ([(2019, 2), (2021, 3), (None, 1)], "zh", "2021年活动最多（6个中的3个；2019–2021年）。另有1个年份未知。"),
    ([], "en", "No data under the current filters."),
])
def test_takeaway_per_year(rows, lang, expected):
    df = pd.DataFrame(rows, columns=["year", "events"]) if rows else pd.DataFrame()
    assert deck.takeaway_per_year(df, lang) == expected


@pytest.mark.parametrize("rows, lang, expected", [
    ([("Asia", 5), ("Europe", 1)], "en", "Asia: 5 of 6 (83 %)."),
    ([("Europe", 1), ("Africa", 3), ("Africa", 1)], "en", "Africa: 4 of 5 (80 %)."),
    ([("Asia", 5), ("Europe", 1)], "zh", "亚洲：6个中的5个（83%）。"),
    ([(None, 2), ("Oceania", 1)], "en", "unknown: 2 of 3 (67 %)."),
    ([("Asia", 0)], "en", "No data under the current filters."),
])
def test_takeaway_top_share(rows, lang, expected):
    df = pd.DataFrame(rows, columns=["region", "events"])
    assert deck.takeaway_top(df, "region", lang) == expected


@pytest.mark.parametrize("view, slug, version, expected", [
    ("overview", "all", "1a2b3c", "deck__overview__all__v-1a2b3c.pptx"),
    ("overview", "country-CHN", "../x", "deck__overview__country-CHN__v-..x.pptx"),
])
def test_deck_file_name(view, slug, version, expected):
    assert deck.file_name(view, slug, version, "pptx") == expected


def test_without_chromium_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setattr(deck.shutil, "which", lambda name: None)
    with pytest.raises(deck.DeckUnavailable, match="apt-get install -y chromium"):
        deck.render_png(deck.charts.events_per_year(pd.DataFrame(), "en"))


def test_deck_info_lists_sources_and_fx():
    info = deck.deck_info("Overview", "All events · values in USD",
                          {"input_files": 12, "documents_ok": 11, "documents_quarantined": 1,
                           "etl_version": "e1", "schema_version": 1}, "v9", "CNY",
                          today=dt.date(2026, 2, 1))
    assert info.title == "Tech-transfer events: Overview"
    assert info.sources[0] == "12 documents (11 read, 1 quarantined) · ETL e1 · schema 1"
    assert info.fx_notes.startswith("Amounts are shown in CNY")


@pytest.fixture(scope="module")
def overview_deck(tmp_path_factory):
    wh = data.inspect_warehouse(write_warehouse(tmp_path_factory.mktemp("deck") / "wh"))
    con, _ = data.connect(wh)
    f = Filters(lang="zh")
    slides = deck.overview_slides(data.execute(con, queries.events_by_year_type(f)),
                                  data.execute(con, queries.events_by_region(f)), "zh")
    info = deck.deck_info("概览", "全部活动 · 金额单位 USD", wh.manifest, wh.version, "USD", "zh",
                          dt.date(2026, 2, 1))
    pptx, pdf = deck.build_deck(info, slides)
    return info, slides, pptx, pdf


@needs_chromium
def test_overview_deck_has_title_chart_and_closing_slides(overview_deck):
    info, slides, pptx, _ = overview_deck
    prs = Presentation(io.BytesIO(pptx))
    assert (prs.slide_width, prs.slide_height) == (deck.SLIDE_W, deck.SLIDE_H)
    texts = [" ".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame)
             for s in prs.slides]
    pictures = [sum(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in s.shapes)
                for s in prs.slides]
    assert len(prs.slides) == 4
    assert pictures == [0, 1, 1, 0]
    assert "技术转移活动：概览" in texts[0] and info.version in texts[0]
    assert "2026-02-01" in texts[0] and "全部活动" in texts[0]
    assert texts[1].startswith("每年活动数") and slides[0].caption in texts[1]
    assert "2021年活动最多" in slides[0].caption
    assert "亚洲" in texts[2]
    assert "金额以USD显示" in texts[3]


@needs_chromium
def test_deck_text_uses_the_cjk_font(overview_deck):
    prs = Presentation(io.BytesIO(overview_deck[2]))
    xml = prs.slides[0].shapes[0]._element.xml
    assert 'typeface="Noto Sans CJK SC"' in xml and "<a:ea " in xml


@needs_chromium
def test_pdf_has_one_page_per_slide(overview_deck):
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(overview_deck[3]))
    assert len(reader.pages) == len(Presentation(io.BytesIO(overview_deck[2])).slides) == 4
    box = reader.pages[0].mediabox
    assert round(float(box.width) / float(box.height), 2) == round(16 / 9, 2)


@needs_chromium
def test_chart_images_are_real_pngs(overview_deck):
    from PIL import Image

    prs = Presentation(io.BytesIO(overview_deck[2]))
    pic = next(sh for sh in prs.slides[1].shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE)
    with Image.open(io.BytesIO(pic.image.blob)) as im:
        assert im.size == (deck.IMAGE_W, deck.IMAGE_H)
        assert len(im.convert("L").getcolors(256) or []) > 10  # drawn, not a blank canvas


@needs_chromium
def test_geo_figure_renders_offline():
    from ui import charts

    png = deck.render_png(charts.world_choropleth(pd.DataFrame(
        {"country_code": ["CHN", "BRA"], "country": ["China", "Brazil"], "events": [3, 1]})))
    assert png.startswith(b"\x89PNG")


def test_pdf_and_pptx_without_images_still_build():
    info = deck.DeckInfo("T", "F", "v", dt.date(2026, 1, 1), ["s"], "fx")
    pptx = deck.build_pptx(info, [], [])
    assert len(Presentation(io.BytesIO(pptx)).slides) == 2
    assert deck.build_pdf(info, [], []).startswith(b"%PDF")


def test_missing_fonts_fall_back(monkeypatch, tmp_path):
    deck._font.cache_clear()
    monkeypatch.setattr(deck, "FONT_FILE", tmp_path / "none.ttc")
    monkeypatch.setattr(deck, "FONT_BOLD", tmp_path / "none.ttc")
    try:
        info = deck.DeckInfo("T", "F", "v", dt.date(2026, 1, 1), ["s"], "fx")
        assert deck.build_pdf(info, [], []).startswith(b"%PDF")
    finally:
        deck._font.cache_clear()


