"""The deck as a 16:9 PowerPoint (python-pptx, loaded when a deck is made): title slide,
headline figures, one slide per chart with its takeaway, closing slide."""
from __future__ import annotations

import io

from ui.deck.model import FONT_NAME, ChartSlide, DeckInfo, closing_lines, title_lines
from ui.i18n import t

EMU_PER_INCH = 914_400
SLIDE_W, SLIDE_H = int(13.333 * EMU_PER_INCH), int(7.5 * EMU_PER_INCH)
MIN_SLIDE_PT = 14  # the smallest chart type on a slide


def _text(slide, left, top, width, height, text: str, size: int, bold: bool = False,
          color: tuple[int, int, int] = (0x1D, 0x2B, 0x36)) -> None:
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = FONT_NAME
        run.font.color.rgb = RGBColor(*color)
        rpr = run._r.get_or_add_rPr()
        for tag in ("a:ea", "a:cs"):  # East Asian and complex scripts use their own face
            el = rpr.find(qn(tag))
            if el is None:
                el = rpr.makeelement(qn(tag), {})
                rpr.append(el)
            el.set("typeface", FONT_NAME)


def build_pptx(info: DeckInfo, slides: list[ChartSlide], images: list[bytes]) -> bytes:
    """A 16:9 deck: title, one picture slide per chart with its takeaway, closing slide."""
    from PIL import Image
    from pptx import Presentation
    from pptx.util import Emu, Inches
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    blank = prs.slide_layouts[6]
    margin = Inches(0.6)
    width = SLIDE_W - 2 * margin
    s = prs.slides.add_slide(blank)
    _text(s, margin, Inches(2.0), width, Inches(1.4), info.title, 40, bold=True)
    _text(s, margin, Inches(3.6), width, Inches(2.4), title_lines(info), 18)
    if info.headline:
        s = prs.slides.add_slide(blank)
        _text(s, margin, Inches(0.3), width, Inches(0.8), t("headline", info.lang), 28,
              bold=True)
        cols = 3
        card_w = width // cols
        for i, (name, value, change) in enumerate(info.headline):
            left = margin + (i % cols) * card_w
            top = Inches(1.4) + (i // cols) * Inches(2.4)
            _text(s, left, top, card_w - Inches(0.2), Inches(0.6), name, 18)
            _text(s, left, top + Inches(0.55), card_w - Inches(0.2), Inches(0.9), value, 36,
                  bold=True)
            if change:
                _text(s, left, top + Inches(1.45), card_w - Inches(0.2), Inches(0.5), change,
                      18, color=(0x1F, 0x6F, 0x8B))
        if info.headline_note:
            _text(s, margin, Inches(6.5), width, Inches(0.7), info.headline_note, 16)
    for chart, png in zip(slides, images, strict=True):
        s = prs.slides.add_slide(blank)
        _text(s, margin, Inches(0.3), width, Inches(0.8), chart.title, 28, bold=True)
        box_top, box_h = Inches(1.1), Inches(5.3)
        with Image.open(io.BytesIO(png)) as im:
            ratio = im.width / im.height
        pic_w = min(width, Emu(int(box_h * ratio)))
        pic_h = Emu(int(pic_w / ratio))
        s.shapes.add_picture(io.BytesIO(png), margin + (width - pic_w) // 2, box_top,
                             pic_w, pic_h)
        _text(s, margin, Inches(6.55), width, Inches(0.7), chart.caption, 18)
    s = prs.slides.add_slide(blank)
    _text(s, margin, Inches(0.5), width, Inches(0.8), t("deck_sources", info.lang), 28,
          bold=True)
    _text(s, margin, Inches(1.5), width, Inches(5.5), closing_lines(info), 16)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
