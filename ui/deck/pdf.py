"""The same slides as a PDF, one page each, drawn with Pillow from the same images and text in
Noto CJK, so Chinese renders as in the PowerPoint."""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ui.deck.model import ChartSlide, DeckInfo, closing_lines, title_lines
from ui.i18n import t

if TYPE_CHECKING:  # Pillow loads when a deck is made, not with every page
    from PIL import Image, ImageDraw, ImageFont

FONT_FILE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FONT_BOLD = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
FONT_INDEX_SC = 2          # the .ttc holds JP, KR, SC, TC, HK faces in this order
PAGE_W, PAGE_H = 1600, 900  # PDF page pixels (16:9), placed at 120 dpi


@lru_cache(maxsize=8)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont
    path = FONT_BOLD if bold and FONT_BOLD.is_file() else FONT_FILE
    try:
        return ImageFont.truetype(str(path), size, index=FONT_INDEX_SC)
    except OSError:
        return ImageFont.load_default(size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """Lines no wider than `width`; breaks at spaces, or anywhere in CJK text."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for token in _tokens(para):
            trial = line + token
            if line and draw.textlength(trial, font=font) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = trial
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    out, word = [], ""
    for ch in text:
        if ch == " " or ord(ch) > 0x2E7F:  # CJK characters may break anywhere
            if word:
                out.append(word)
            out.append(ch)
            word = ""
        else:
            word += ch
    return out + ([word] if word else [])


def _page() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (PAGE_W, PAGE_H), "white")
    return im, ImageDraw.Draw(im)


def _draw_text(draw, xy: tuple[int, int], text: str, size: int, bold: bool = False,
               width: int = PAGE_W - 120) -> int:
    font = _font(size, bold)
    x, y = xy
    for line in _wrap(draw, text, font, width):
        draw.text((x, y), line, font=font, fill=(0x1D, 0x2B, 0x36))
        y += int(size * 1.35)
    return y


def build_pdf(info: DeckInfo, slides: list[ChartSlide], images: list[bytes]) -> bytes:
    """The same slides as PDF pages (one per slide), text in Noto CJK."""
    from PIL import Image
    pages = []
    im, draw = _page()
    _draw_text(draw, (60, 260), info.title, 56, bold=True)
    _draw_text(draw, (60, 420), title_lines(info), 26)
    pages.append(im)
    if info.headline:
        im, draw = _page()
        _draw_text(draw, (60, 30), t("headline", info.lang), 40, bold=True)
        card_w = (PAGE_W - 120) // 3
        for i, (name, value, change) in enumerate(info.headline):
            x, y = 60 + (i % 3) * card_w, 150 + (i // 3) * 300
            _draw_text(draw, (x, y), name, 28, width=card_w - 30)
            _draw_text(draw, (x, y + 60), value, 56, bold=True, width=card_w - 30)
            if change:
                _draw_text(draw, (x, y + 150), change, 28, width=card_w - 30)
        if info.headline_note:
            _draw_text(draw, (60, 800), info.headline_note, 24)
        pages.append(im)
    for chart, png in zip(slides, images, strict=True):
        im, draw = _page()
        _draw_text(draw, (60, 30), chart.title, 40, bold=True)
        with Image.open(io.BytesIO(png)) as pic:
            pic = pic.convert("RGB")
            pic.thumbnail((PAGE_W - 120, 660))
            im.paste(pic, ((PAGE_W - pic.width) // 2, 100))
        _draw_text(draw, (60, 790), chart.caption, 26)
        pages.append(im)
    im, draw = _page()
    _draw_text(draw, (60, 60), t("deck_sources", info.lang), 40, bold=True)
    _draw_text(draw, (60, 150), closing_lines(info), 24)
    pages.append(im)
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=120.0)
    return buf.getvalue()
