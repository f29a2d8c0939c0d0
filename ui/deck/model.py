"""What a deck holds: its title and closing facts (DeckInfo, `deck_info`), a slide per chart
(ChartSlide with its takeaway), the lines of the title and closing slides, the file name."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import plotly.graph_objects as go

from ui.i18n import t

FONT_NAME = "Noto Sans CJK SC"  # the face of the slides and chart images (CJK and Latin)


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


def title_lines(info: DeckInfo) -> str:
    lang = info.lang
    return "\n".join([f"{t('deck_filters', lang)}: {info.filters}",
                      f"{t('warehouse_version', lang)}: {info.version}",
                      f"{t('deck_date', lang)}: {info.date.isoformat()}"])


def closing_lines(info: DeckInfo) -> str:
    return "\n".join([*info.sources, "", info.fx_notes])


def file_name(view: str, filter_slug: str, version: str, ext: str) -> str:
    """'deck__overview__country-CHN__v-1a2b3c.pptx'."""
    safe = "".join(ch for ch in f"{view}__{filter_slug}__v-{version}"
                   if ch.isalnum() or ch in "-_.")[:120]
    return f"deck__{safe}.{ext}"


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
