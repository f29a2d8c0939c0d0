"""The deck of every chart page, made through the page's own button (AppTest) and re-read with
python-pptx and pypdf: one slide per chart the page shows, each with its takeaway."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from ui import deck
from ui.deck import images

needs_chromium = pytest.mark.skipif(not deck.chrome_available(),
                                    reason="chromium is missing (`make browser` installs it)")

ROOT = Path(__file__).resolve().parents[2]
PAGE_DECKS = [  # page (its deck is named after it), charts on it, one slide's takeaway
    ("overview", 2, "Most events in 2021 (2 of 9; 2018–2023). 2 with unknown year."),
    ("over_time", 1, "Most events in 2021 (2 of 9; 2018–2023). 2 with unknown year."),
    ("regions", 6, "China: 4 of 9 (44 %)."),
    ("institutions", 4, "Most partners: Fraunhofer-Gesellschaft (3 of 10 organisations)."),
    ("participant_mix", 5, "Largest average reported share: enterprise"),
    ("contract_values", 1,
     "Contract value: largest in 2021, $187 M of $188 M in 2021–2023 (99 %)."),
]


@needs_chromium
@pytest.mark.parametrize("page, n_charts, takeaway", PAGE_DECKS)
def test_every_chart_page_makes_a_deck_of_the_charts_it_shows(monkeypatch, sample_wh,
                                                              stored_files, page,
                                                              n_charts, takeaway):
    import pypdf
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(images, "IMAGE_W", 480)  # small images keep the test fast
    monkeypatch.setattr(images, "IMAGE_H", 270)
    monkeypatch.setenv("WAREHOUSE_DIR", str(sample_wh))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    at.switch_page(f"app_pages/{page}.py").run()
    # the overview draws with Vega-Lite, its deck still gets the Plotly figures
    assert len(at.get("plotly_chart")) + len(at.get("vega_lite_chart")) == n_charts
    at.button(key=f"deck_{page}_make").click().run()
    assert not at.exception, [e.value for e in at.exception]
    files = {name.rsplit(".", 1)[-1]: blob for blob, name in stored_files
             if name and name.startswith(f"deck__{page}__")}
    assert set(files) == {"pptx", "pdf"}

    prs = Presentation(io.BytesIO(files["pptx"]))
    texts = [" ".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame)
             for s in prs.slides]
    pictures = [sum(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in s.shapes)
                for s in prs.slides]
    # title, headline figures, one picture per chart, closing
    assert pictures == [0, 0] + [1] * n_charts + [0]
    assert "Headline figures" in texts[1] and "$188 M" in texts[1]
    assert all("<" not in s.shapes[0].text_frame.text for s in prs.slides)
    assert "fixture12345" in texts[0] and "All events" in texts[0]
    assert any(takeaway in text for text in texts[1:-1]), texts
    assert "Amounts are shown in USD" in texts[-1]
    assert len(pypdf.PdfReader(io.BytesIO(files["pdf"])).pages) == n_charts + 3


