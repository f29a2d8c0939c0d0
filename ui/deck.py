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
import re
import shutil
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

import settings
from ui import fmt
from ui.i18n import label, t

if TYPE_CHECKING:  # Pillow and python-pptx load when a deck is made, not with every page
    from PIL import Image, ImageDraw, ImageFont

FONT_FILE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FONT_BOLD = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
FONT_INDEX_SC = 2          # the .ttc holds JP, KR, SC, TC, HK faces in this order
FONT_NAME = "Noto Sans CJK SC"
EMU_PER_INCH = 914_400
SLIDE_W, SLIDE_H = int(13.333 * EMU_PER_INCH), int(7.5 * EMU_PER_INCH)
PAGE_W, PAGE_H = 1600, 900  # PDF page pixels (16:9), placed at 120 dpi
IMAGE_W, IMAGE_H = 1400, 640
# Chart type in the exported picture: 24 px of 1400 shown 12.1 in wide ≈ 15 pt on the slide.
EXPORT_FONT_PX = 24
MIN_SLIDE_PT = 14
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
    """The title the figure shows on screen (the slide's title), as plain text: markup such as
    '<br><sup>…</sup>' is dropped, never shown raw on a slide."""
    text = fig.layout.title.text if fig.layout.title else None
    plain = " ".join(re.sub(r"<[^>]*>", " ", str(text)).split()) if text else ""
    return plain.replace("<", "‹").replace(">", "›") or fallback


@dataclass
class DeckInfo:
    title: str
    filters: str            # the one-line caption of the filters in force
    version: str            # warehouse version
    date: dt.date
    sources: list[str]      # closing slide lines (documents, ETL and schema versions)
    fx_notes: str
    lang: str = "en"
    # the headline figures: (label, value, change against the previous period or None)
    headline: list[tuple[str, str, str | None]] = field(default_factory=list)
    headline_note: str = ""


# ---------------------------------------------------------------- takeaways

def _n(value: object) -> int:
    try:
        return int(round(float(value)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def _fmt(value: float) -> str:
    return f"{_n(value):,}"


def _is_unknown(key: object) -> bool:
    return key is None or (isinstance(key, float) and key != key) or bool(pd.isna(key)) \
        or key == "unknown"


def _names(keys: list[object], lang: str, name: Callable[[object], str] | None) -> str:
    """'A', 'A, B', or 'A, B, C +2' for tied leaders, each named."""
    shown = [name(k) if name else label(k, lang) for k in keys]
    text = t("list_sep", lang).join(shown[:3])
    return text + (f" +{len(shown) - 3}" if len(shown) > 3 else "")


def _leaders(grouped: pd.Series) -> tuple[list[object], float]:
    """The keys sharing the largest value (never 'unknown') and that value."""
    known = grouped[[not _is_unknown(k) for k in grouped.index]]
    if known.empty:
        return [], 0.0
    best = known.max()
    return [k for k, v in known.items() if _n(v) == _n(best) and v == best], float(best)


def takeaway_per_year(df: pd.DataFrame, lang: str = "en") -> str:
    """'Most events in 2021 (3 of 9; 2018–2023). 2 with unknown year.' from rows (year,
    events); tied years are all named, the unknown year is never the headline."""
    if df.empty or "events" not in df:
        return t("no_rows", lang)
    total = _n(df["events"].sum())
    known = df[df["year"].notna()]
    unknown = total - _n(known["events"].sum())
    if known.empty:
        return t("deck_all_unknown", lang, n=total)
    per_year = known.groupby("year")["events"].sum().sort_index()
    years, best = _leaders(per_year)
    text = t("deck_top_year" if len(years) == 1 else "deck_top_years", lang,
             year=t("list_sep", lang).join(str(_n(y)) for y in years), k=_n(best), n=total,
             a=_n(per_year.index.min()), b=_n(per_year.index.max()))
    if unknown:
        text += t("deck_unknown_year", lang, u=unknown)
    return text


def takeaway_top(df: pd.DataFrame, column: str, lang: str = "en", value: str = "events",
                 name: Callable[[object], str] | None = None) -> str:
    """'Asia: 5 of 9 (56 %).' — the largest category's share of the whole (the denominator,
    'of 9', includes what is unknown). Tied leaders are all named; 'unknown' is never the
    headline but said after it."""
    if df.empty or column not in df or value not in df:
        return t("no_rows", lang)
    grouped = df.groupby(column, dropna=False)[value].sum()
    total = _n(grouped.sum())
    if total == 0:
        return t("no_rows", lang)
    keys, best = _leaders(grouped)
    unknown = _n(grouped[[_is_unknown(k) for k in grouped.index]].sum())
    if not keys:
        return t("deck_only_unknown", lang, n=_fmt(total))
    text = t("deck_top_share" if len(keys) == 1 else "deck_top_share_tied", lang,
             name=_names(keys, lang, name), k=_fmt(best), n=_fmt(total),
             pct=round(100 * best / total))
    if unknown:
        text += t("deck_and_unknown", lang, u=_fmt(unknown))
    return text


def takeaway_origin(df: pd.DataFrame, lang: str = "en", role: str = "host") -> str:
    """'Hosts: 7 domestic, 1 foreign, 14 of unknown origin (of 22).' — one role, so that no
    organisation is counted twice (rows: role, origin, organisations)."""
    if df.empty or not {"role", "origin", "organisations"} <= set(df.columns):
        return t("no_rows", lang)
    rows = df[df["role"] == role]
    if rows.empty:
        role = str(df.groupby("role")["organisations"].sum().idxmax())
        rows = df[df["role"] == role]
    n = rows.groupby("origin")["organisations"].sum()
    return t("deck_origin", lang, role=label(role, lang).capitalize() if lang == "en"
             else label(role, lang), d=_n(n.get("domestic", 0)), f=_n(n.get("foreign", 0)),
             u=_n(n.get("unknown", 0)), n=_n(n.sum()))


def takeaway_most(df: pd.DataFrame, column: str, lang: str = "en", value: str = "events",
                  name: Callable[[object], str] | None = None) -> str:
    """'Most events: Shenzhen (3).' or, on a tie, 'Most events: A, B, C +2 (1 each).';
    'unknown' is never the leader."""
    if df.empty or column not in df or value not in df:
        return t("no_rows", lang)
    grouped = df.groupby(column, dropna=False)[value].sum()
    keys, best = _leaders(grouped)
    if not keys or _n(best) <= 0:
        return t("no_rows", lang)
    return t("deck_most" if len(keys) == 1 else "deck_most_tied", lang,
             what=t(value, lang).lower() if lang == "en" else t(value, lang),
             name=_names(sorted(keys, key=str), lang, name), k=f"{_n(best):,}")


def takeaway_amounts(df: pd.DataFrame, currency: str, lang: str = "en") -> str:
    """'Contract value: largest in 2021, $186 M of $188 M in 2019–2023 (99 %).' — one metric
    (the first drawn: contract value by default), years of that metric only, ties named."""
    if df.empty or not {"year", "total", "metric"} <= set(df.columns):
        return t("no_rows", lang)
    metric = df["metric"].iloc[0]
    rows = df[(df["metric"] == metric) & df["year"].notna()]
    per_year = rows.groupby("year")["total"].sum()
    total = per_year.sum()
    if per_year.empty or not total or total != total:
        return t("no_rows", lang)
    years, best = _leaders(per_year)
    name = label(metric, lang)
    return t("deck_amounts", lang, metric=name[:1].upper() + name[1:],
             year=t("list_sep", lang).join(str(_n(y)) for y in years),
             k=fmt.money(best, currency, lang), n=fmt.money(total, currency, lang),
             a=_n(per_year.index.min()), b=_n(per_year.index.max()),
             pct=round(100 * best / total))


def takeaway_mix(df: pd.DataFrame, by: str, lang: str = "en") -> str:
    """'Largest average reported share: enterprise (45 %) over 3 events.' — each category's
    reported share averaged over the events (or years) that report any share, as drawn (a
    share is never stretched to fill 100 %)."""
    key = "event_id" if by == "event" and "event_id" in df else by
    if df.empty or not {key, "category", "share"} <= set(df.columns):
        return t("no_rows", lang)
    rows = df.dropna(subset=["share"])
    bars = rows[key].nunique(dropna=False)
    if not bars or not rows["share"].sum():
        return t("no_rows", lang)
    mean = rows.groupby("category")["share"].sum() / bars
    cats, best = _leaders(mean)
    return t("deck_mix_event" if by == "event" else "deck_mix_year", lang,
             name=_names(cats, lang, None), pct=round(100 * best), n=bars)


def takeaway_network(edges: pd.DataFrame, lang: str = "en") -> str:
    """'Most partners: X (4 of 9 organisations).' — the organisations with the most
    co-organisers, ties named."""
    if edges.empty or not {"source", "target"} <= set(edges.columns):
        return t("no_rows", lang)
    pairs = pd.concat([edges[["source", "target"]],
                       edges[["target", "source"]].set_axis(["source", "target"], axis=1)])
    partners = pairs.groupby("source")["target"].nunique()
    names, best = _leaders(partners)
    return t("deck_network" if len(names) == 1 else "deck_network_tied", lang,
             name=_names(sorted(names), lang, str), k=_n(best), n=len(partners))


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
            local = settings.STATIC_DIR / geo.removeprefix("/app/static/")
            if local.is_file():
                trace.geojson = json.loads(local.read_text(encoding="utf-8"))
    # The slide's own title names the chart; a second one inside the picture only repeats it.
    # Type at EXPORT_FONT_PX on an IMAGE_W-wide picture shown 12.1 in wide is ≥ 14 pt, and
    # axis labels take the room they need instead of being cut at the edge.
    fig.update_layout(font_family=f"{FONT_NAME}, sans-serif", paper_bgcolor="white",
                      title_text="", title_subtitle_text="", font_size=EXPORT_FONT_PX,
                      legend_font_size=EXPORT_FONT_PX)
    fig.update_xaxes(automargin=True, title_font_size=EXPORT_FONT_PX,
                     tickfont_size=EXPORT_FONT_PX)
    fig.update_yaxes(automargin=True, title_font_size=EXPORT_FONT_PX,
                     tickfont_size=EXPORT_FONT_PX)
    fig.update_annotations(font_size=EXPORT_FONT_PX)
    for trace in fig.data:
        if getattr(trace, "mode", None) and "text" in trace.mode:
            trace.textfont = {"size": EXPORT_FONT_PX - 2}
    return fig


@lru_cache(maxsize=1)
def _start_kaleido() -> None:
    import kaleido

    pio.defaults.topojson = (settings.STATIC_DIR / "topojson").as_uri() + "/"
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


def _title_lines(info: DeckInfo) -> str:
    lang = info.lang
    return "\n".join([f"{t('deck_filters', lang)}: {info.filters}",
                      f"{t('warehouse_version', lang)}: {info.version}",
                      f"{t('deck_date', lang)}: {info.date.isoformat()}"])


def _closing_lines(info: DeckInfo) -> str:
    return "\n".join([*info.sources, "", info.fx_notes])


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
    _text(s, margin, Inches(3.6), width, Inches(2.4), _title_lines(info), 18)
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
    _text(s, margin, Inches(1.5), width, Inches(5.5), _closing_lines(info), 16)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF

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
    _draw_text(draw, (60, 420), _title_lines(info), 26)
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
              currency: str, lang: str = "en", today: dt.date | None = None,
              headline: list[tuple[str, str, str | None]] | None = None,
              headline_note: str = "") -> DeckInfo:
    """Title, filters, version and date, and the closing slide's sources and FX notes."""
    docs = manifest.get("input_files", "?")
    sources = [t("deck_sources_line", lang, docs=docs, ok=manifest.get("documents_ok", "?"),
                 q=manifest.get("documents_quarantined", "?"),
                 etl=manifest.get("etl_version", "?"),
                 schema=manifest.get("schema_version", "?")),
               f"{t('warehouse_version', lang)}: {version}"]
    return DeckInfo(t("deck_title", lang, view=view_title), filters_text, version,
                    today or dt.date.today(), sources, t("deck_fx", lang, c=currency), lang,
                    headline or [], headline_note)
