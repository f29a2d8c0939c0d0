"""Bytes of one file → Document: the reader for its format, then cleaning and language."""
from __future__ import annotations

import re

from etl.ingest.clean import clean_text
from etl.ingest.document import Document, IngestError
from etl.ingest.docx_text import docx_text
from etl.ingest.encoding import decode, decode_html
from etl.ingest.html_text import html_text
from etl.ingest.language import detect_language, split_sections
from etl.ingest.markdown_text import markdown_text
from etl.ingest.pdf_text import pdf_text
from etl.ingest.signatures import SIGNATURES
from settings import INGEST_MAX_TEXT_CHARS as MAX_TEXT_CHARS

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})

# A site's navigation trail above a story: "UNM Newsroom > News > Research & Innovation",
# "Home › Press releases" (short pieces joined by arrows)
_BREADCRUMB = re.compile(r"[^\n>›»]{1,40}(?:[ \t]+[>›»][ \t]+[^\n>›»]{1,40}){1,6}")
_HEAD_LINES = 3


def _names_an_event(line: str) -> bool:
    """An event's own site names the event in its masthead ("2026中国·西部（成都）国际技术转移与
    创新博览会 官方网站"): that line says more of the event than the news item's headline."""
    from etl.extract.event_names import has_event_keyword
    from etl.extract.text import view_of
    return has_event_keyword(view_of(line))


def _headline(text: str) -> str:
    """A plain text's title: its first line, or the first after a navigation trail among its
    first lines (the masthead and the trail above the headline are the site's, not the story's)."""
    lines = [ln.strip() for ln in text.split("\n", 12)[:12] if ln.strip()][:_HEAD_LINES + 1]
    if not lines:
        return ""
    if ">" in text[:400] or "›" in text[:400] or "»" in text[:400]:
        trail = [i for i, ln in enumerate(lines[:_HEAD_LINES]) if _BREADCRUMB.fullmatch(ln)]
        if trail and trail[-1] + 1 < len(lines) and not _names_an_event(lines[0]):
            return lines[trail[-1] + 1]
    return text.split("\n", 1)[0]


def parse_document(data: bytes, suffix: str) -> Document:
    """Bytes of one file → Document; IngestError with the reason when it cannot be read."""
    suffix = (suffix or "").lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type '{suffix}'" if suffix
                          else "unsupported file type (no file extension)")
    if not data:
        raise IngestError("empty file (0 bytes)")
    try:
        if suffix == ".docx":
            raw, title = docx_text(data)
        elif suffix == ".pdf":
            raw, title = pdf_text(data)
        else:
            raw, title = _markup_text(data, suffix)
    except IngestError:
        raise
    except RecursionError:
        raise IngestError(f"{suffix} file nested too deeply to parse") from None
    except MemoryError:
        raise IngestError(f"{suffix} file too large to parse in memory") from None
    text = _cut(clean_text(raw))
    if not text.strip():
        raise IngestError(_no_text_reason(suffix))
    title = clean_text(title).split("\n", 1)[0] if title else ""
    if not title:
        title = _headline(text)
    language = detect_language(text)
    return Document(text=text, title=title[:300].strip(), language=language,
                    sections=split_sections(text, language))


def _no_text_reason(suffix: str) -> str:
    if suffix in (".html", ".htm"):
        return "HTML has no main text (only scripts, styles, menus or markup)"
    if suffix == ".docx":
        return "the .docx contains no text"
    return "whitespace only: the file has no text"


def _cut(text: str) -> str:
    if len(text) <= MAX_TEXT_CHARS:
        return text
    nl = text.rfind("\n", MAX_TEXT_CHARS // 2, MAX_TEXT_CHARS)
    return text[:nl if nl > 0 else MAX_TEXT_CHARS]


_CTRL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")


def _check_text_like(data: bytes, decoded: str) -> None:
    for magic, what in SIGNATURES:
        if data.startswith(magic):
            raise IngestError(f"binary content ({what}), not text")
    n = len(decoded)
    samples = [decoded[:65536]]
    if n > 200_000:
        samples += [decoded[n // 2:n // 2 + 65536], decoded[-65536:]]
    for s in samples:
        if s and len(_CTRL.findall(s)) > 0.1 * len(s):
            raise IngestError("binary content (control bytes or undecodable data), not text")


def _markup_text(data: bytes, suffix: str) -> tuple[str, str]:
    if suffix in (".html", ".htm"):
        decoded = decode_html(data)
    else:
        decoded = decode(data)
    _check_text_like(data, decoded)
    decoded = decoded.replace("\x00", "")[:MAX_TEXT_CHARS + MAX_TEXT_CHARS // 4]
    if not decoded.strip():
        raise IngestError("whitespace only: the file has no text")
    if suffix in (".html", ".htm"):
        return html_text(decoded)
    if suffix == ".md":
        return markdown_text(decoded)
    return decoded, ""
