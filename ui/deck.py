"""A deck of the current view for a meeting: 16:9 PowerPoint and the same slides as a PDF.

Slides: a title slide (filters in force, warehouse version, date), one slide per chart (the
figure as a PNG rendered by kaleido, with a one-line takeaway computed from the data), and a
closing slide (sources and FX notes). The PDF has one page per slide, drawn with Pillow from
the same images and text in Noto CJK, so Chinese renders in both. No Streamlit here.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import shutil
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from ui.i18n import label, t

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STATIC = PROJECT_ROOT / "static"
FONT_FILE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FONT_BOLD = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
FONT_INDEX_SC = 2          # the .ttc holds JP, KR, SC, TC, HK faces in this order
FONT_NAME = "Noto Sans CJK SC"
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
PAGE_W, PAGE_H = 1600, 900  # PDF page pixels (16:9), placed at 120 dpi
IMAGE_W, IMAGE_H = 1400, 640
INSTALL_HINT = ("Chart images need Chromium and CJK fonts: run `make run` (it installs them) "
                "or `sudo apt-get install -y chromium fonts-noto-cjk`.")
_lock = threading.Lock()


class DeckUnavailable(RuntimeError):
    """Chart images cannot be rendered here; the message says what to install."""


@dataclass
class ChartSlide:
    title: str
    figure: go.Figure
    caption: str


def figure_title(fig: go.Figure, fallback: str = "") -> str:
    """The title the figure shows on screen (the slide's title)."""
    text = fig.layout.title.text if fig.layout.title else None
    return str(text) if text else fallback


@dataclass
class DeckInfo:
    title: str
    filters: str            # the one-line caption of the filters in force
    version: str            # warehouse version
    date: dt.date
    sources: list[str]      # closing slide lines (documents, ETL and schema versions)
    fx_notes: str
    lang: str = "en"


# ---------------------------------------------------------------- takeaways

def _n(value: object) -> int:
    try:
        return int(round(float(value)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def takeaway_per_year(df: pd.DataFrame, lang: str = "en") -> str:
    """'Most events in 2021 (3 of 9); 2 with unknown year.' from rows (year, events)."""
    if df.empty or "events" not in df:
        return t("no_rows", lang)
    total = _n(df["events"].sum())
    known = df[df["year"].notna()]
    unknown = total - _n(known["events"].sum())
    if known.empty:
        return t("deck_all_unknown", lang, n=total)
    per_year = known.groupby("year")["events"].sum().sort_index()
    top_year = per_year.idxmax()
    text = t("deck_top_year", lang, year=_n(top_year), k=_n(per_year.max()), n=total,
             a=_n(per_year.index.min()), b=_n(per_year.index.max()))
    if unknown:
        text += t("deck_unknown_year", lang, u=unknown)
    return text


def _fmt(value: float) -> str:
    return f"{_n(value):,}"


def takeaway_top(df: pd.DataFrame, column: str, lang: str = "en", value: str = "events",
                 name: Callable[[object], str] | None = None) -> str:
    """'Asia: 5 of 9 (56 %).' — the largest category's share of the total."""
    if df.empty or column not in df or value not in df:
        return t("no_rows", lang)
    grouped = df.groupby(column, dropna=False)[value].sum().sort_values(ascending=False,
                                                                       kind="stable")
    total = _n(grouped.sum())
    if total == 0:
        return t("no_rows", lang)
    top = grouped.index[0]
    if pd.isna(top):
        shown = t("unknown", lang)
    else:
        shown = name(top) if name else label(top, lang)
    return t("deck_top_share", lang, name=shown, k=_fmt(grouped.iloc[0]), n=_fmt(total),
             pct=round(100 * grouped.iloc[0] / total))


def takeaway_most(df: pd.DataFrame, column: str, lang: str = "en", value: str = "events",
                  name: Callable[[object], str] | None = None) -> str:
    """'Most events: Shenzhen (3).' or, on a tie, 'Most events: A, B, C +2 (1 each).'"""
    if df.empty or column not in df or value not in df:
        return t("no_rows", lang)
    grouped = df.groupby(column, dropna=False)[value].sum()
    best = _n(grouped.max())
    if best <= 0:
        return t("no_rows", lang)
    leaders = [t("unknown", lang) if pd.isna(k) else name(k) if name else label(k, lang)
               for k, v in grouped.items() if _n(v) == best]
    shown = t("list_sep", lang).join(leaders[:3])
    if len(leaders) > 3:
        shown += f" +{len(leaders) - 3}"
    return t("deck_most" if len(leaders) == 1 else "deck_most_tied", lang,
             what=t(value, lang).lower() if lang == "en" else t(value, lang), name=shown,
             k=f"{best:,}")


def takeaway_amounts(df: pd.DataFrame, currency: str, lang: str = "en") -> str:
    """'Largest total: 2021, 185,800,000 of 190,319,000 USD (98 %).' from rows (year, total)."""
    if df.empty or not {"year", "total"} <= set(df.columns):
        return t("no_rows", lang)
    per_year = df.groupby("year", dropna=False)["total"].sum().sort_values(ascending=False,
                                                                          kind="stable")
    total = per_year.sum()
    if not total or total != total:
        return t("no_rows", lang)
    top = per_year.index[0]
    year = t("year_unknown", lang) if pd.isna(top) else str(_n(top))
    return t("deck_amounts", lang, year=year, k=_fmt(per_year.iloc[0]), n=_fmt(total),
             c=currency, pct=round(100 * per_year.iloc[0] / total))


def takeaway_mix(df: pd.DataFrame, by: str, lang: str = "en") -> str:
    """'Largest average share: enterprise (52 %) over 3 events.' from rows of shares per bar.

    Each event (or year) is first normalised to 100 %, as the 100 % bars draw it.
    """
    key = "event_id" if by == "event" and "event_id" in df else by
    if df.empty or not {key, "category", "share"} <= set(df.columns):
        return t("no_rows", lang)
    rows = df.dropna(subset=["share"])
    sums = rows.groupby(key, dropna=False)["share"].transform("sum")
    rows = rows.assign(norm=rows["share"] / sums.where(sums > 0))
    bars = rows[key].nunique(dropna=False)
    if not bars or rows["norm"].isna().all():
        return t("no_rows", lang)
    mean = rows.groupby("category")["norm"].sum().sort_values(ascending=False, kind="stable")
    return t("deck_mix_event" if by == "event" else "deck_mix_year", lang,
             name=label(mean.index[0], lang), pct=round(100 * mean.iloc[0] / bars), n=bars)


def takeaway_network(edges: pd.DataFrame, lang: str = "en") -> str:
    """'Most partners: X (4 organisations).' — the organisation with the most co-organisers."""
    if edges.empty or not {"source", "target"} <= set(edges.columns):
        return t("no_rows", lang)
    pairs = pd.concat([edges[["source", "target"]],
                       edges[["target", "source"]].set_axis(["source", "target"], axis=1)])
    partners = pairs.groupby("source")["target"].nunique()
    partners = partners.sort_values(ascending=False, kind="stable")
    return t("deck_network", lang, name=partners.index[0], k=int(partners.iloc[0]),
             n=len(partners))


# ---------------------------------------------------------------- images

def chrome_available() -> bool:
    """Whether kaleido can find a browser to render with."""
    return any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome",
                                         "chrome"))


def _for_export(fig: go.Figure) -> go.Figure:
    """A copy that renders offline: local topojson and geojson instead of server URLs."""
    fig = copy.deepcopy(fig)
    for trace in fig.data:
        geo = getattr(trace, "geojson", None)
        if isinstance(geo, str) and geo.startswith("/app/static/"):
            local = STATIC / geo.removeprefix("/app/static/")
            if local.is_file():
                trace.geojson = json.loads(local.read_text(encoding="utf-8"))
    # the slide's own title names the chart; a second one inside the picture only repeats it
    fig.update_layout(font_family=f"{FONT_NAME}, sans-serif", paper_bgcolor="white",
                      title_text="")
    return fig


@lru_cache(maxsize=1)
def _start_kaleido() -> None:
    import kaleido

    pio.defaults.topojson = (STATIC / "topojson").as_uri() + "/"
    if hasattr(kaleido, "start_sync_server"):
        kaleido.start_sync_server(silence_warnings=True)


def render_png(fig: go.Figure, width: int | None = None, height: int | None = None) -> bytes:
    """The figure as PNG bytes (IMAGE_W × IMAGE_H by default); DeckUnavailable (naming what to
    install) without Chromium."""
    if not chrome_available():
        raise DeckUnavailable(INSTALL_HINT)
    with _lock:  # one kaleido server per process; Streamlit reruns run in threads
        try:
            _start_kaleido()
            with warnings.catch_warnings():  # plotly warns that a server ignores its options
                warnings.simplefilter("ignore", UserWarning)
                return _for_export(fig).to_image(format="png", width=width or IMAGE_W,
                                                 height=height or IMAGE_H)
        except Exception as e:
            raise DeckUnavailable(f"{INSTALL_HINT} ({type(e).__name__}: {e})") from None


# ---------------------------------------------------------------- PowerPoint

def _text(slide, left, top, width, height, text: str, size: int, bold: bool = False,
          color: tuple[int, int, int] = (0x1D, 0x2B, 0x36)) -> None:
    from pptx.dml.color import RGBColor

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


def _title_lines(info: DeckInfo) -> str:
    lang = info.lang
    return "\n".join([f"{t('deck_filters', lang)}: {info.filters}",
                      f"{t('warehouse_version', lang)}: {info.version}",
                      f"{t('deck_date', lang)}: {info.date.isoformat()}"])


def _closing_lines(info: DeckInfo) -> str:
    return "\n".join([*info.sources, "", info.fx_notes])


def build_pptx(info: DeckInfo, slides: list[ChartSlide], images: list[bytes]) -> bytes:
    """A 16:9 deck: title, one picture slide per chart with its takeaway, closing slide."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    blank = prs.slide_layouts[6]
    margin = Inches(0.6)
    width = SLIDE_W - 2 * margin
    s = prs.slides.add_slide(blank)
    _text(s, margin, Inches(2.0), width, Inches(1.4), info.title, 40, bold=True)
    _text(s, margin, Inches(3.6), width, Inches(2.4), _title_lines(info), 18)
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
    _text(s, margin, Inches(1.5), width, Inches(5.5), _closing_lines(info), 16)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF

@lru_cache(maxsize=8)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
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
    pages = []
    im, draw = _page()
    _draw_text(draw, (60, 260), info.title, 56, bold=True)
    _draw_text(draw, (60, 420), _title_lines(info), 26)
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
    _draw_text(draw, (60, 150), _closing_lines(info), 24)
    pages.append(im)
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=120.0)
    return buf.getvalue()


def build_deck(info: DeckInfo, slides: list[ChartSlide]) -> tuple[bytes, bytes]:
    """(pptx bytes, pdf bytes) of the slides; DeckUnavailable if charts cannot be rendered."""
    images = [render_png(s.figure) for s in slides]
    return build_pptx(info, slides, images), build_pdf(info, slides, images)


def file_name(view: str, filter_slug: str, version: str, ext: str) -> str:
    """'deck__overview__country-CHN__v-1a2b3c.pptx'."""
    safe = "".join(ch for ch in f"{view}__{filter_slug}__v-{version}"
                   if ch.isalnum() or ch in "-_.")[:120]
    return f"deck__{safe}.{ext}"


# ---------------------------------------------------------------- title and closing slides

def deck_info(view_title: str, filters_text: str, manifest: dict, version: str,
              currency: str, lang: str = "en", today: dt.date | None = None) -> DeckInfo:
    """Title, filters, version and date, and the closing slide's sources and FX notes."""
    docs = manifest.get("input_files", "?")
    sources = [t("deck_sources_line", lang, docs=docs, ok=manifest.get("documents_ok", "?"),
                 q=manifest.get("documents_quarantined", "?"),
                 etl=manifest.get("etl_version", "?"),
                 schema=manifest.get("schema_version", "?")),
               f"{t('warehouse_version', lang)}: {version}"]
    return DeckInfo(t("deck_title", lang, view=view_title), filters_text, version,
                    today or dt.date.today(), sources, t("deck_fx", lang, c=currency), lang)
