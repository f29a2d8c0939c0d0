"""PDF → the text of its pages and its title; encrypted, scanned and broken files refused."""
from __future__ import annotations

import io
import re

from etl.ingest.document import IngestError
from settings import INGEST_MAX_PDF_PAGES as MAX_PDF_PAGES
from settings import INGEST_MAX_TEXT_CHARS as MAX_TEXT_CHARS

_PDF_JUNK_TITLE = re.compile(r"^(?:microsoft (?:word|powerpoint) - |untitled|document\d*$)|"
                             r"\.(?:docx?|pdf|pptx?|indd|tmp)$", re.I)


def pdf_text(data: bytes) -> tuple[str, str]:
    """A PDF's text (at most MAX_PDF_PAGES pages) and its title; IngestError if unreadable."""
    if b"%PDF" not in data[:1024]:
        raise IngestError("malformed PDF: no %PDF header (not a PDF file)")
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    # What pypdf raises on a damaged file: its own errors, and the built-in ones its parser
    # runs into on missing or malformed entries (all seen on damaged files: a KeyError for a
    # missing entry, a TypeError or AttributeError for an entry of the wrong kind).
    damaged = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError)

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError) as e:
                raise IngestError(f"encrypted PDF that cannot be decrypted here ({e})") from None
            if not ok:
                raise IngestError("encrypted PDF: a password is required to open it")
        pages = reader.pages
        n_pages = len(pages)
    except FileNotDecryptedError:
        raise IngestError("encrypted PDF: a password is required to open it") from None
    except NotImplementedError as e:   # e.g. an encryption handler other than the standard one
        raise IngestError(f"PDF uses a feature this reader does not support ({e})") from None
    except damaged as e:
        raise IngestError(f"malformed PDF ({type(e).__name__}: {e})") from None
    if n_pages == 0:
        raise IngestError("malformed PDF: it has no pages")
    chunks: list[str] = []
    total = failed = 0
    for i in range(min(n_pages, MAX_PDF_PAGES)):
        try:
            t = pages[i].extract_text() or ""
        except damaged:  # one broken page must not lose the others
            failed += 1
            continue
        chunks.append(t)
        total += len(t)
        if total > MAX_TEXT_CHARS:
            break
    if failed and not any(c.strip() for c in chunks):
        raise IngestError(f"malformed PDF: text of {failed} page(s) could not be read")
    if not any(c.strip() for c in chunks):
        raise IngestError("PDF has no text layer (scanned pages?); OCR is not supported")
    title = ""
    try:
        meta_title = (reader.metadata or {}).get("/Title")
        meta_title = str(meta_title).strip() if meta_title else ""
        if len(meta_title) >= 8 and not _PDF_JUNK_TITLE.search(meta_title):
            title = meta_title
    except damaged:  # a bad info dictionary only costs the title
        title = ""
    return "\n".join(chunks), title
