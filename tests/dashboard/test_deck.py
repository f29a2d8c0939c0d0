"""Decks: takeaways computed from the data, a Chinese deck (kaleido images) re-read with
python-pptx and pypdf (the deck of every chart page: test_page_decks.py)."""
from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from tests.dashboard.warehouse_fixture import write_warehouse
from ui import charts, data, deck, queries
from ui.deck import images, pdf, powerpoint
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
    # 'unknown' is never the headline, but the denominator counts it and it is said
    ([(None, 2), ("Oceania", 1)], "en", "Oceania: 1 of 3 (33 %). 2 unknown."),
    ([(None, 2)], "en", "All 2 unknown."),
    ([("Asia", 2), ("Europe", 2), ("Africa", 1)], "en",
     "Asia, Europe: 2 each of 5 (40 % each)."),
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
    monkeypatch.setattr(images.shutil, "which", lambda name: None)
    with pytest.raises(deck.DeckUnavailable, match="apt-get install -y chromium"):
        deck.render_png(charts.events_per_year(pd.DataFrame(), "en"))


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
    per_year = data.execute(con, queries.events_by_year_type(f))
    by_region = data.execute(con, queries.events_by_region(f))
    slides = [deck.ChartSlide("每年活动数", charts.events_per_year(per_year, "zh"),
                              deck.takeaway_per_year(per_year, "zh")),
              deck.ChartSlide("各地区活动数", charts.events_by_region(by_region, "zh"),
                              deck.takeaway_top(by_region, "region", "zh"))]
    info = deck.deck_info("概览", "全部活动 · 金额单位 USD", wh.manifest, wh.version, "USD", "zh",
                          dt.date(2026, 2, 1))
    pptx, pdf = deck.build_deck(info, slides)
    return info, slides, pptx, pdf


@needs_chromium
def test_overview_deck_has_title_chart_and_closing_slides(overview_deck):
    info, slides, pptx, _ = overview_deck
    prs = Presentation(io.BytesIO(pptx))
    assert (prs.slide_width, prs.slide_height) == (powerpoint.SLIDE_W, powerpoint.SLIDE_H)
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
        assert im.size == (images.IMAGE_W, images.IMAGE_H)
        assert len(im.convert("L").getcolors(256) or []) > 10  # drawn, not a blank canvas


@needs_chromium
def test_geo_figure_renders_offline():
    png = deck.render_png(charts.world_choropleth(pd.DataFrame(
        {"country_code": ["CHN", "BRA"], "country": ["China", "Brazil"], "events": [3, 1]})))
    assert png.startswith(b"\x89PNG")


def test_pdf_and_pptx_without_images_still_build():
    info = deck.DeckInfo("T", "F", "v", dt.date(2026, 1, 1), ["s"], "fx")
    pptx = deck.build_pptx(info, [], [])
    assert len(Presentation(io.BytesIO(pptx)).slides) == 2
    assert deck.build_pdf(info, [], []).startswith(b"%PDF")


def test_missing_fonts_fall_back(monkeypatch, tmp_path):
    pdf._font.cache_clear()
    monkeypatch.setattr(pdf, "FONT_FILE", tmp_path / "none.ttc")
    monkeypatch.setattr(pdf, "FONT_BOLD", tmp_path / "none.ttc")
    try:
        info = deck.DeckInfo("T", "F", "v", dt.date(2026, 1, 1), ["s"], "fx")
        assert deck.build_pdf(info, [], []).startswith(b"%PDF")
    finally:
        pdf._font.cache_clear()


@pytest.mark.parametrize("rows, currency, lang, expected", [
    # one metric (the first drawn), never summed with another
    ([(2021, "contract_value", 185_800_000.0), (2022, "contract_value", 2_500_000.0),
      (2021, "investment", 9e9)], "USD", "en",
     "Contract value: largest in 2021, $186 M of $188 M in 2021–2022 (99 %)."),
    # the unknown year is never the largest 'year'
    ([(None, "funding", 3_000.0), (2019, "funding", 1_000.0)], "CNY", "en",
     "Funding: largest in 2019, CN¥1 K of CN¥1 K in 2019–2019 (100 %)."),
    ([(2019, "funding", 1e9), (2020, "funding", 1e9)], "CNY", "en",
     "Funding: largest in 2019, 2020, CN¥1 B of CN¥2 B in 2019–2020 (50 %)."),
    ([(2020, "revenue", 5e9)], "CNY", "zh", "收入：2020年最高，50 亿元，占2020–2020年合计50 亿元的100%。"),
    ([(2020, "revenue", None)], "USD", "en", "No data under the current filters."),
    ([], "USD", "en", "No data under the current filters."),
])
def test_takeaway_amounts_names_the_year_with_the_largest_total(rows, currency, lang, expected):
    df = pd.DataFrame(rows, columns=["year", "metric", "total"]) if rows else pd.DataFrame()
    if rows:
        df["year"] = df["year"].astype("Int64")
    assert deck.takeaway_amounts(df, currency, lang) == expected


@pytest.mark.parametrize("rows, by, lang, expected", [
    # shares as reported (never stretched): (0.3, 0.2) stays 30 / 20, one denominator
    ([("e1", "enterprise", 0.6), ("e1", "university", 0.4),
      ("e2", "enterprise", 0.3), ("e2", "university", 0.2)], "event", "en",
     "Largest average reported share: enterprise (45 %) over the 2 events that report "
     "shares."),
    ([("e1", "university", 0.7), ("e1", "enterprise", 0.3)], "event", "zh",
     "报道的平均占比最高：高校（70%），基于报道比例的1个活动。"),
    ([(2019, "research_institute", 0.5), (2019, "enterprise", 0.5),
      (2020, "research_institute", 1.0)], "year", "en",
     "Largest average reported share: research institute (75 %) over 2 years."),
    ([("e1", "enterprise", 0.0)], "event", "en", "No data under the current filters."),
    ([], "event", "en", "No data under the current filters."),
])
def test_takeaway_mix_averages_normalised_shares(rows, by, lang, expected):
    key = "event_id" if by == "event" else "year"
    df = pd.DataFrame(rows, columns=[key, "category", "share"]) if rows else pd.DataFrame()
    assert deck.takeaway_mix(df, by, lang) == expected


@pytest.mark.parametrize("edges, expected", [
    ([("Tsinghua University", "Beijing Tech Exchange", 2), ("Tsinghua University", "CAS", 1),
      ("CAS", "Peking University", 1)],
     "Most partners: CAS, Tsinghua University (2 each of 4 organisations)."),  # ties named
    ([("A Corp", "B Lab", 3), ("A Corp", "C Co", 1)],
     "Most partners: A Corp (2 of 3 organisations)."),
    ([], "No data under the current filters."),
])
def test_takeaway_network_names_the_organisation_with_most_partners(edges, expected):
    df = pd.DataFrame(edges, columns=["source", "target", "events"]) if edges else \
        pd.DataFrame()
    assert deck.takeaway_network(df) == expected


@pytest.mark.parametrize("rows, expected", [
    ([("JPN", 3), ("KOR", 1)], "Japan: 3 of 4 (75 %)."),
    ([("GBR", 2), ("FRA", 2)], "France, United Kingdom: 2 each of 4 (50 % each)."),  # a tie
    ([("NGA", 1_250), ("ZAF", 250)], "Nigeria: 1,250 of 1,500 (83 %)."),
])
def test_takeaway_top_shows_names_and_thousands(rows, expected):
    from ui.i18n import country_name

    df = pd.DataFrame(rows, columns=["country_code", "events"])
    assert deck.takeaway_top(df, "country_code", name=lambda c: country_name(c)) == expected


@pytest.mark.parametrize("rows, lang, expected", [
    ([("host", "domestic", 7), ("host", "unknown", 14), ("partner", "foreign", 9)], "en",
     "Host: 7 domestic, 0 foreign, 14 of unknown origin (of 21 organisations)."),
    ([("host", "foreign", 2)], "zh", "主办：国内0家，国外2家，来源未知0家（共2家机构）。"),
])
def test_takeaway_origin_counts_one_role_so_no_organisation_twice(rows, lang, expected):
    df = pd.DataFrame(rows, columns=["role", "origin", "organisations"])
    assert deck.takeaway_origin(df, lang) == expected


@pytest.mark.parametrize("rows, lang, expected", [
    ([("Suzhou", 3), ("Lyon", 1)], "en", "Most events: Suzhou (3)."),
    ([("Suzhou", 1), ("Lyon", 1)], "en", "Most events: Lyon, Suzhou (1 each)."),
    ([("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)], "en", "Most events: a, b, c +2 (1 each)."),
    ([("苏州", 2), ("里昂", 2)], "zh", "活动数最多：苏州、里昂（各2）。"),
    ([(None, 4), ("Lyon", 1)], "en", "Most events: Lyon (1)."),  # unknown never leads
    ([("Lyon", 0)], "en", "No data under the current filters."),
])
def test_takeaway_most_names_the_leaders_and_ties(rows, lang, expected):
    df = pd.DataFrame(rows, columns=["city", "events"])
    assert deck.takeaway_most(df, "city", lang, name=str) == expected


@pytest.mark.parametrize("title, fallback, expected", [
    ("Events per year", "k", "Events per year"),
    (None, "time_month", "time_month"),
    ("Who organises with whom<br><sup>among the 200 most active</sup>", "k",
     "Who organises with whom among the 200 most active"),
    ("A < B", "k", "A ‹ B"),
])
def test_slide_title_is_the_figure_title(title, fallback, expected):
    import plotly.graph_objects as go

    fig = go.Figure(layout={"title": title} if title else {})
    assert deck.figure_title(fig, fallback) == expected


def test_chart_type_on_a_slide_is_at_least_14_pt():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (images.IMAGE_W, images.IMAGE_H), "white").save(buf, format="PNG")
    info = deck.DeckInfo("T", "F", "v", dt.date(2026, 1, 1), ["s"], "fx")
    slide = deck.ChartSlide("Chart", None, "takeaway")
    prs = Presentation(io.BytesIO(deck.build_pptx(info, [slide], [buf.getvalue()])))
    pic = next(sh for sh in prs.slides[1].shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE)
    points_per_pixel = pic.width / 12_700 / images.IMAGE_W  # EMU → pt, over the image's pixels
    assert images.EXPORT_FONT_PX * points_per_pixel >= powerpoint.MIN_SLIDE_PT
