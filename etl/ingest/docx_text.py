"""Word (.docx) → its paragraphs and tables as text, and its title; archive bombs refused."""
from __future__ import annotations

import io
import zipfile
import zlib

from etl.ingest.document import IngestError, human_size
from settings import INGEST_MAX_DOCX_ENTRIES as MAX_DOCX_ENTRIES
from settings import INGEST_MAX_DOCX_RATIO as MAX_DOCX_RATIO
from settings import INGEST_MAX_DOCX_UNCOMPRESSED as MAX_DOCX_UNCOMPRESSED


def docx_text(data: bytes) -> tuple[str, str]:
    """A .docx's paragraphs and table rows as lines, and its title; IngestError if unreadable."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError("not a valid .docx: an encrypted or legacy Word (.doc/OLE) file")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise IngestError(f"truncated or not a valid .docx (bad ZIP archive: {e})") from None
    if len(infos) > MAX_DOCX_ENTRIES:
        raise IngestError(f"zip bomb: .docx has {len(infos)} entries "
                          f"(limit {MAX_DOCX_ENTRIES})")
    expanded = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if expanded > MAX_DOCX_UNCOMPRESSED or (expanded > 20 * 2**20
                                             and expanded / packed > MAX_DOCX_RATIO):
        raise IngestError(f"zip bomb: .docx would expand to {human_size(expanded)} from "
                          f"{human_size(packed)} "
                          f"(limit {human_size(MAX_DOCX_UNCOMPRESSED)}, ratio {MAX_DOCX_RATIO}:1)")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise IngestError("truncated or not a valid .docx (no word/document.xml inside)")
    import docx
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree

    try:
        doc = docx.Document(io.BytesIO(data))
        # python-docx resolves a paragraph's style slowly; map style ids to names once
        style_names = {s.style_id: (s.name or "") for s in doc.styles}
        lines: list[str] = []
        title = ""
        first = ""
        body = doc.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                text = Paragraph(child, doc).text
                if text.strip():
                    lines.append(text)
                    first = first or text
                    style = style_names.get(child.style or "", child.style or "").lower()
                    if not title and style.startswith(("heading", "title")):
                        title = text
            elif tag == "tbl":
                lines.extend(_docx_table_rows(Table(child, doc)))
    # A damaged package: XML that does not parse, a part or relationship it names but lacks
    # (KeyError; AttributeError or TypeError where python-docx reads it as None), a member that
    # does not inflate, a content type python-docx refuses. All seen on damaged files.
    except (etree.LxmlError, KeyError, ValueError, TypeError, AttributeError, PythonDocxError,
            OpcError, zipfile.BadZipFile, zlib.error, EOFError) as e:
        raise IngestError(f"truncated or not a valid .docx ({type(e).__name__}: {e})") from None
    return "\n".join(lines), (title or first)


def _docx_table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            t = " ".join(cell.text.split())
            if t and (not cells or cells[-1] != t):   # merged cells repeat their text
                cells.append(t)
        if cells:
            rows.append(" | ".join(cells))
    return rows
