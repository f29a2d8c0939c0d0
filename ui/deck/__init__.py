"""A deck of the current view for a meeting: 16:9 PowerPoint and the same slides as a PDF.

Slides: a title slide (filters in force, warehouse version, date), the headline figures, one
slide per chart (the figure as a PNG rendered by kaleido, with a one-line takeaway computed
from the data), and a closing slide (sources and FX notes). The PDF has one page per slide,
drawn with Pillow from the same images and text in Noto CJK, so Chinese renders in both. No
Streamlit here.

    model       what a deck holds (DeckInfo, ChartSlide, deck_info, file_name)
    takeaways   the one-line takeaway of each chart
    images      chart → PNG (kaleido, offline)
    powerpoint  the .pptx
    pdf         the .pdf
"""
from __future__ import annotations

from ui.deck.images import INSTALL_HINT, chrome_available, render_png
from ui.deck.model import ChartSlide, DeckInfo, DeckUnavailable, deck_info, figure_title, file_name
from ui.deck.pdf import build_pdf
from ui.deck.powerpoint import build_pptx
from ui.deck.takeaways import (
    takeaway_amounts,
    takeaway_mix,
    takeaway_most,
    takeaway_network,
    takeaway_origin,
    takeaway_per_year,
    takeaway_top,
)

__all__ = ["INSTALL_HINT", "ChartSlide", "DeckInfo", "DeckUnavailable", "build_deck",
           "build_pdf", "build_pptx", "chrome_available", "deck_info", "figure_title",
           "file_name", "render_png", "takeaway_amounts", "takeaway_mix", "takeaway_most",
           "takeaway_network", "takeaway_origin", "takeaway_per_year", "takeaway_top"]


def build_deck(info: DeckInfo, slides: list[ChartSlide]) -> tuple[bytes, bytes]:
    """(pptx bytes, pdf bytes) of the slides; DeckUnavailable if charts cannot be rendered."""
    images = [render_png(s.figure) for s in slides]
    return build_pptx(info, slides, images), build_pdf(info, slides, images)
