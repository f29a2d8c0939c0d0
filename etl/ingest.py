"""Files → clean text: formats, encodings, boilerplate, language and the zh/en split.

Every failure a user can fix (unreadable file, corrupt archive, encrypted PDF …) is an
`IngestError` whose message says what is wrong, so the pipeline can quarantine the file.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import io
import os
import re
import stat
import string
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path

from etl.reference import read_csv

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
MAX_PDF_PAGES = 500
MAX_DOCX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_DOCX_RATIO = 200        # XML compresses ~10-20x; far beyond that is a bomb
MAX_DOCX_ENTRIES = 10_000
PATH_MAX = 4096             # Linux: longer paths cannot be passed to open() at all
_MAX_DECODE_BYTES = MAX_TEXT_CHARS * 4   # enough bytes for MAX_TEXT_CHARS in any encoding
_MAX_BOILERPLATE_LINE = 600
_BOILERPLATE_EDGE_LINES = 5_000


class IngestError(Exception):
    """A document that cannot be read; str(err) is the specific human-readable reason."""


@dataclass
class Section:
    lang: str   # "en" | "zh" | "other"
    text: str


@dataclass
class Document:
    text: str
    title: str
    language: str           # "en" | "zh" | "mixed" | "other"
    sections: list[Section] = field(default_factory=list)


# ---------------------------------------------------------------- files

def discover(input_dir: Path) -> list[Path]:
    """Every non-hidden file below input_dir, sorted by relative POSIX path.

    Symlinked directories are not descended into (their targets inside the folder are
    walked anyway); ones that escape the folder, dangle or loop are listed so that
    `read_source` can quarantine them with a reason.
    """
    root = Path(input_dir)
    found: list[Path] = []
    real_root = os.path.realpath(root)

    def unreadable(err: OSError) -> None:
        # listed so that read_source reports it instead of files silently missing
        if err.filename and Path(err.filename) != root:
            found.append(Path(err.filename))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        kept = []
        for d in dirnames:
            if d.startswith("."):
                continue
            p = Path(dirpath, d)
            if os.path.islink(p):  # False when the path is too long to ask: listed below
                target = os.path.realpath(p)
                if not _is_within(target, real_root):
                    found.append(p)
                continue
            kept.append(d)
        dirnames[:] = kept
        found.extend(Path(dirpath, f) for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def path_problem(path: Path) -> str | None:
    """Why a listed path cannot be a document's name (None if it can).

    A name that is not valid UTF-8 (Python holds its bytes as surrogates) cannot be stored
    as text, and a path over the system's limit cannot be opened: both are quarantined
    under `escaped_path`, and the rest of the corpus builds."""
    text = str(path)
    if _has_surrogates(text):
        return ("file name is not valid UTF-8 (shown with \\x escapes); rename the file to "
                "read it")
    size = len(os.fsencode(text))
    if size >= PATH_MAX:
        return (f"path too long: {size:,} bytes, over the system's limit of {PATH_MAX:,}; "
                "move the file to a shorter path to read it")
    return None


def escaped_path(rel: str) -> str:
    """`rel` as valid text: bytes that are not UTF-8 become \\xNN (as `path_problem` says)."""
    if not _has_surrogates(rel):
        return rel
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _is_within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def read_source(path: Path, root: Path) -> bytes:
    """The bytes of `path` (at most MAX_FILE_BYTES + 1), or IngestError saying why not."""
    path = Path(path)
    try:
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except FileNotFoundError:
                raise IngestError(
                    f"broken symlink: target {os.readlink(path)!r} does not exist") from None
            except (RuntimeError, OSError) as e:
                if isinstance(e, RuntimeError) or getattr(e, "errno", None) == errno.ELOOP:
                    raise IngestError("symlink loop: the link points back to itself") from None
                raise
            if not _is_within(str(target), os.path.realpath(root)):
                raise IngestError(f"symlink pointing outside the input folder (to {target})")
        else:
            target = path
        st = os.stat(target)
        if stat.S_ISDIR(st.st_mode) and not os.access(target, os.R_OK | os.X_OK):
            raise IngestError("permission denied: the folder cannot be read")
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(f"not a regular file ({_file_kind(st.st_mode)})")
        if st.st_size > MAX_FILE_BYTES:
            raise IngestError(f"file too large: {_mb(st.st_size)} exceeds the limit of "
                              f"{_mb(MAX_FILE_BYTES)}")
        with open(target, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except IngestError:
        raise
    except PermissionError:
        raise IngestError("permission denied: the file cannot be read") from None
    except FileNotFoundError:
        raise IngestError("file not found (deleted while the run was going on?)") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise IngestError("symlink loop: the link points back to itself") from None
        if e.errno == errno.ENAMETOOLONG:
            raise IngestError("path too long for the system to open; move the file to a "
                              "shorter path to read it") from None
        raise IngestError(f"I/O error: {e.strerror or e}") from None
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(f"file too large: more than the limit of {_mb(MAX_FILE_BYTES)}")
    return data


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO/named pipe"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "special file"


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n < 2**30 else f"{n / 2**30:.1f} GiB"


# ---------------------------------------------------------------- formats

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
            raw, title = _docx_text(data)
        elif suffix == ".pdf":
            raw, title = _pdf_text(data)
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
        title = text.split("\n", 1)[0]
    language = detect_language(text)
    return Document(text=text, title=title[:300].strip(), language=language,
                    sections=_split(text, language))


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


_MAGIC = ((b"%PDF", "PDF data"), (b"PK\x03\x04", "a ZIP archive"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "a program"),
          (b"\x1f\x8b", "gzip data"), (b"\xd0\xcf\x11\xe0", "an OLE/legacy Office file"),
          (b"MZ", "a Windows program"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7z archive"))
_CTRL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")


def _check_text_like(data: bytes, decoded: str) -> None:
    for magic, what in _MAGIC:
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
        decoded = _decode_html(data)
    else:
        decoded = _decode(data)
    _check_text_like(data, decoded)
    decoded = decoded.replace("\x00", "")[:MAX_TEXT_CHARS + MAX_TEXT_CHARS // 4]
    if not decoded.strip():
        raise IngestError("whitespace only: the file has no text")
    if suffix in (".html", ".htm"):
        return _html_text(decoded)
    if suffix == ".md":
        return _markdown_text(decoded)
    return decoded, ""


# -- markdown

_MD_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_FRONT_TITLE = re.compile(r"^title\s*:\s*[\"']?(.*?)[\"']?\s*$", re.M | re.I)
_MD_RULES = [
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:\s*\S+.*$", re.M), ""),           # link definitions
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),               # horizontal rules
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M),
     ""),                                                                 # table rulers
    (re.compile(r"^[ \t]*```.*$|^[ \t]*~~~.*$", re.M), ""),              # code fences
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),                            # block quotes
    (re.compile(r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M), r"\1"),   # list markers
    (re.compile(r"!\[([^\]\n[]{0,300})\]\([^)\n]{0,500}\)"), r"\1"),    # images → alt text
    (re.compile(r"\[([^\]\n[]{1,300})\]\([^)\n]{0,500}\)"), r"\1"),     # links → their text
    (re.compile(r"\[([^\]\n[]{1,300})\]\[[^\]\n[]{0,100}\]"), r"\1"),   # reference links
    (re.compile(r"<(https?://[^<>\s]{1,500})>"), r"\1"),
    (re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>"), ""),                       # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1"), r"\2"),                 # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), r"\1"),
    (re.compile(r"`([^`\n]{1,300})`"), r"\1"),
    (re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M), r"\1"),                 # table rows
]
_MD_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", re.M)


def _markdown_text(md: str) -> tuple[str, str]:
    md = md.replace("\r\n", "\n").replace("\r", "\n")
    title = ""
    front = _MD_FRONT.match(md)
    if front:
        t = _MD_FRONT_TITLE.search(front.group(1))
        title = t.group(1) if t else ""
        md = md[front.end():]
    if not title:
        h1 = _MD_H1.search(md)
        title = h1.group(1) if h1 else ""
    for rx, repl in _MD_RULES:
        md = rx.sub(repl, md)
    if title:
        for rx, repl in _MD_RULES[-10:]:
            title = rx.sub(repl, title)
    return md, title


# -- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""",
                           re.I)
_HTML_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs",
                 "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                 "us-ascii": "cp1252", "ascii": "cp1252", "unicode": "utf-16"}
_JUNK_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header", "footer",
                        "aside", "form", "iframe", "button", "select", "option", "menu", "dialog",
                        "head", "object", "embed", "canvas", "map", "input", "textarea", "label"})
_JUNK_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar",
                         "complementary", "dialog", "alert"})
_JUNK_ATTR = re.compile(r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|"
                        r"sidebar|share|sharing|social|cookies?|consent|comments?|related|"
                        r"pagination|pager|skip|toolbar|masthead|subscribe|newsletter|popup|"
                        r"modal|advert|ads|banner|langs?|language|lang-switch)(?:$|[-_\s])", re.I)
_CONTENT_ATTR = re.compile(r"(?:^|[-_\s])(?:article|content|main|post|entry|story|detail|body|"
                           r"text|news|trs_editor|v_news_content|wp_articlecontent)(?:$|[-_\s])",
                           re.I)
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt",
                         "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote",
                         "pre", "figure", "figcaption", "address", "center", "hr", "body", "tbody",
                         "thead", "caption", "summary", "details"})
_CELL_TAGS = frozenset({"td", "th"})
_WS = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_FLATTEN_BLOCK = re.compile(r"</?(?:div|section|article|main|center|table|tbody|tr|td|th|ul|ol|li|"
                            r"blockquote|dl|dd|dt)\b[^>]{0,2000}>", re.I)
_FLATTEN_INLINE = re.compile(r"</?(?:span|font|b|i|u|em|strong|small|big|a|sup|sub)\b"
                             r"[^>]{0,2000}>", re.I)
_TITLE_SPLIT = re.compile(r"\s+[|\-–—_·]\s+|\s*[|｜_]\s*")


def _decode_html(data: bytes) -> str:
    if any(data.startswith(bom) for bom, _ in _BOMS) or _utf16_by_nuls(data):
        return _decode(data)
    try:
        # Valid UTF-8 with non-ASCII content is UTF-8, whatever a stale <meta> still says.
        return _decode_prefix(data, "utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:8192])
    if m:
        name = m.group(1).decode("ascii").lower()
        name = _HTML_ALIASES.get(name, name)
        try:
            codecs.lookup(name)
            if name not in ("utf-16", "utf-32"):
                return _decode_prefix(data, name)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(data)


def _is_junk(tag: str, attrs) -> bool:
    if tag in _JUNK_TAGS:
        return True
    if not attrs or tag in ("html", "body", "main", "article"):
        return False
    if attrs.get("role") in _JUNK_ROLES or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip()
    return bool(marker) and bool(_JUNK_ATTR.search(marker)) and not _CONTENT_ATTR.search(marker)


def _html_walk(node) -> str:
    """Visible text below `node`, block elements on their own lines, junk skipped.

    Iterative on purpose: deeply nested pages must not hit the recursion limit.
    """
    out: list[str] = []
    stack: list = [node]
    while stack:
        item = stack.pop()
        if item.__class__ is str:
            out.append(item)
            continue
        el = item
        if el is not node and el.tail:
            stack.append(_WS.sub(" ", el.tail))
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or (el is not node and _is_junk(tag, el.attrib)):
            continue
        if tag == "br":
            out.append("\n")
        elif tag == "pre":
            out.append("\n" + el.text_content() + "\n")
        elif tag in ("ul", "ol") and _link_dense(el):
            continue
        else:
            if tag in _BLOCK_TAGS:
                out.append("\n")
                stack.append("\n")
            elif tag in _CELL_TAGS:
                out.append(" ")
                stack.append(" |")
            stack.extend(reversed(el))
            if el.text:
                stack.append(_WS.sub(" ", el.text))
    return "".join(out)


def _link_dense(el) -> bool:
    """A list that is mostly links is a menu, not article text."""
    links = list(islice(el.iter("a"), 200))
    if len(links) < 3:
        return False
    total = len(_WS.sub("", el.text_content()))
    linked = sum(len(_WS.sub("", a.text_content())) for a in links)
    return total > 0 and linked / total > 0.8


def _main_node(root):
    body = root.find("body")
    if body is None:
        body = root
    candidates = [a for a in root.iter("article") if not _is_junk("article", a.attrib)]
    if not candidates:
        candidates = [e for e in root.iter("main", "div", "section")
                      if e.tag == "main" or e.get("role") == "main"]
    if not candidates:
        candidates = [e for e in root.iter("div", "section", "td")
                      if _CONTENT_ATTR.search(f"{e.get('class') or ''} {e.get('id') or ''}")
                      and not _is_junk(e.tag, e.attrib)]
    body_text = _html_walk(body)
    best, best_text, best_len = None, "", 0
    for c in candidates[:200]:
        text = _html_walk(c)
        n = len(_WS.sub("", text))
        if n > best_len:
            best, best_text, best_len = c, text, n
    # A "content" box much smaller than the page is usually a teaser, not the article.
    if best is not None and best_len >= 0.3 * len(_WS.sub("", body_text)) and best_len >= 40:
        return best, best_text
    return body, body_text


def _parse_html(html: str):
    import lxml.html
    from lxml import etree

    html = _XML_DECL.sub("", _INVISIBLE.sub("", html), count=1)
    for attempt in range(2):
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
        try:
            root = lxml.html.document_fromstring(html, parser=parser)
        except (etree.ParserError, ValueError):
            raise IngestError("HTML has no main text (empty document)") from None
        if not any("depth" in e.message for e in parser.error_log):
            return root
        if attempt == 0:
            # libxml2 drops everything below its depth limit; nested wrappers carry no
            # text of their own, so flatten them and parse again.
            html = _FLATTEN_INLINE.sub("", _FLATTEN_BLOCK.sub("\n", html))
    raise IngestError("HTML nested too deeply to parse (more than 2048 levels)")


def _html_text(html: str) -> tuple[str, str]:
    root = _parse_html(html)
    main, text = _main_node(root)
    h1 = next(main.iter("h1"), None)
    if h1 is None:
        h1 = next(root.iter("h1"), None)
    title = _WS.sub(" ", h1.text_content()).strip() if h1 is not None else ""
    if len(title) < 4:
        og = next((m.get("content") for m in root.iter("meta")
                   if m.get("property") == "og:title" and m.get("content")), None)
        page_title = root.findtext(".//title") or ""
        if og:
            title = og
        elif page_title.strip():
            parts = [p.strip() for p in _TITLE_SPLIT.split(page_title) if p.strip()]
            title = max(parts, key=len) if parts else page_title
    title = _WS.sub(" ", title).strip()
    if title and title not in text[:2000]:
        text = title + "\n" + text
    return text, title


# -- docx

def _docx_text(data: bytes) -> tuple[str, str]:
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
        raise IngestError(f"zip bomb: .docx would expand to {_mb(expanded)} from {_mb(packed)} "
                          f"(limit {_mb(MAX_DOCX_UNCOMPRESSED)}, ratio {MAX_DOCX_RATIO}:1)")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise IngestError("truncated or not a valid .docx (no word/document.xml inside)")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

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
    except IngestError:
        raise
    except Exception as e:  # noqa: BLE001 - python-docx/lxml raise many types on bad XML
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


# -- pdf

_PDF_JUNK_TITLE = re.compile(r"^(?:microsoft (?:word|powerpoint) - |untitled|document\d*$)|"
                             r"\.(?:docx?|pdf|pptx?|indd|tmp)$", re.I)


def _pdf_text(data: bytes) -> tuple[str, str]:
    if b"%PDF" not in data[:1024]:
        raise IngestError("malformed PDF: no %PDF header (not a PDF file)")
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError

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
    except IngestError:
        raise
    except FileNotDecryptedError:
        raise IngestError("encrypted PDF: a password is required to open it") from None
    except Exception as e:  # noqa: BLE001 - pypdf raises many types on broken files
        raise IngestError(f"malformed PDF ({type(e).__name__}: {e})") from None
    if n_pages == 0:
        raise IngestError("malformed PDF: it has no pages")
    chunks: list[str] = []
    total = failed = 0
    for i in range(min(n_pages, MAX_PDF_PAGES)):
        try:
            t = pages[i].extract_text() or ""
        except Exception:  # noqa: BLE001 - one broken page must not lose the others
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
    except Exception:  # noqa: BLE001 - a bad info dictionary only costs the title
        title = ""
    return "\n".join(chunks), title


# ---------------------------------------------------------------- encodings

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The most frequent Chinese characters, simplified and traditional: real GBK decoded as Big5
# (or the reverse) gives valid but rare characters, so the share of these tells them apart.
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
    "理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将"
    "两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信"
    "表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔"
    "更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统"
    "区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品"
    "住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根"
    "干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流"
    "备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
    "這個們來為國說時會對還進後裡動現當樣點開關兩間問實從與長學發經過種麼著無於沒們聽見覺話"
    "應戰頭體變處義認條氣題爾電數報結總資場計論門東統區隊書則達權難記領傳觀確讓識帶導爭運飛風"
    "轉親擊愛調團價華級準單遠設機際約萬專議辦須態據產類網術義業會員")


def decode_text(data: bytes) -> str:
    """Bytes in any common encoding → str; NUL bytes removed. Never raises."""
    return _decode(data).replace("\x00", "")


def _decode(data: bytes) -> str:
    try:
        return _decode_inner(data)
    except Exception:  # noqa: BLE001 - decoding must never stop a run
        return data[:_MAX_DECODE_BYTES].decode("utf-8", "replace")


def _decode_inner(data: bytes) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode_prefix(data[len(bom):], enc, "replace")
    utf16 = _utf16_by_nuls(data)
    if utf16:
        return _decode_prefix(data, utf16, "replace")
    try:
        return _decode_prefix(data, "utf-8")
    except UnicodeDecodeError:
        pass
    data = data[:_MAX_DECODE_BYTES]
    utf16 = _utf16_by_plausibility(data)
    if utf16:
        return _decode_prefix(data, utf16, "replace")
    # Files pasted together from several sources: UTF-8 lines stay UTF-8, only the others
    # are read in the legacy encoding guessed from them.
    lines = data.split(b"\n")
    bad = {i for i, ln in enumerate(lines) if not ln.isascii() and not _valid_utf8(ln)}
    if len(bad) == sum(1 for ln in lines if not ln.isascii()):
        return _decode_prefix(data, _legacy_encoding(data), "replace")
    legacy = _legacy_encoding(b"\n".join(lines[i] for i in sorted(bad)))
    return "\n".join(_decode_line(ln, legacy) if i in bad else ln.decode("utf-8")
                     for i, ln in enumerate(lines))


def _decode_prefix(data: bytes, encoding: str, errors: str = "strict") -> str:
    """Decode at most _MAX_DECODE_BYTES, dropping a character cut in half at the end."""
    if len(data) <= _MAX_DECODE_BYTES:
        return data.decode(encoding, errors)
    dec = codecs.getincrementaldecoder(encoding)(errors)
    return dec.decode(data[:_MAX_DECODE_BYTES], final=False)


def _valid_utf8(b: bytes) -> bool:
    return _decodes(b, "utf-8")


def _decode_line(line: bytes, legacy: str) -> str:
    options = [line.decode("utf-8", "replace"), line.decode(legacy, "replace")]
    return max(options, key=_plausibility)


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _utf16_by_plausibility(data: bytes) -> str | None:
    """UTF-16 without BOM and without ASCII (all-Chinese text) decodes to plausible Han."""
    sample = data[:8192]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausibility(text) > 0.9 and len(_HAN.findall(text)) > 0.3 * len(text):
            common = sum(1 for c in text if c in _COMMON_HAN)
            if common > 0.15 * len(text):
                return enc
    return None


_GOOD = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf"
                   r"\u4e00-\u9fff\uff00-\uffef]")


def _plausibility(text: str) -> float:
    """Share of characters a Chinese or Western news text is made of; mojibake scores low."""
    if not text:
        return 0.0
    good = len(_GOOD.findall(text))
    han = _HAN.findall(text)
    common = sum(1 for c in han if c in _COMMON_HAN)
    bonus = 0.2 * common / len(han) if len(han) >= 5 else 0.0
    return good / len(text) + bonus - text.count("\ufffd") / len(text)


_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def _legacy_encoding(data: bytes) -> str:
    """Best guess for bytes that are not UTF-8: GB18030, Big5 or a single-byte code page."""
    sample = data[:65536]
    best, best_score = "", 0.0
    for enc in ("gb18030", "big5hkscs"):
        text = sample.decode(enc, "replace")
        han = _HAN.findall(text)
        if len(han) < 2:
            continue
        # Latin-1 text read as GBK also yields Han characters, but rare ones, and the same
        # few over and over (each accented letter + the next byte); real Chinese runs at
        # 60-80 % of these common characters.
        common = sum(1 for c in han if c in _COMMON_HAN) / len(han)
        distinct = len(set(han))
        varied = distinct >= 30 or distinct >= 0.3 * len(han)
        score = _plausibility(text)
        if common >= 0.4 and varied and score >= 0.9 and score > best_score:
            best, best_score = enc, score
    if best:
        return best
    non_ascii = sum(1 for b in sample if b > 0x7F)
    # A few accented letters in Latin text, or too little text for a statistical guess.
    if (non_ascii < 0.15 * len(sample) or len(sample) < 200) and _decodes(sample, "cp1252"):
        return "cp1252"
    try:
        from charset_normalizer import from_bytes

        guess = from_bytes(sample[:16384]).best()
        if guess is not None and guess.encoding:
            # Latin code pages tie on short texts (cp1250 reads "à" as "ŕ"): Western European
            # cp1252 is the likelier one here, unless the guess yields another script.
            if not _NON_LATIN_LETTER.search(str(guess)) and _decodes(sample, "cp1252"):
                return "cp1252"
            return guess.encoding
    except Exception:  # noqa: BLE001 - a failed guess falls back to cp1252
        pass
    return "cp1252"


# ---------------------------------------------------------------- cleaning

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_BREAK_CHARS = ("\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad\ufffe]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# NFKC would turn Chinese ，；！？（） into ASCII and change how sentences split; only
# fullwidth letters, digits, % and the decimal point are folded (２０２３年 → 2023年).
_FOLD = {**{0xFF10 + i: 0x30 + i for i in range(10)},
         **{0xFF21 + i: 0x41 + i for i in range(26)},
         **{0xFF41 + i: 0x61 + i for i in range(26)},
         0xFF05: 0x25, 0xFF0E: 0x2E, 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi",
         0xFB04: "ffl"}
_FOLD_RX = re.compile("[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ufb00-\ufb04]+")
_CONNECTORS = frozenset("and or of the to in for with by at on a an from as that its their".split())
_TERMINAL = tuple(".!?。！？:：;；\"”’)）】]》")


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    groups: dict[str, list[str]] = {"line": [], "inline": [], "tail": []}
    for row in read_csv("boilerplate.csv"):
        kind, pattern = row.get("kind", ""), row.get("pattern", "")
        if kind in groups and pattern:
            try:
                re.compile(pattern)
            except re.error:
                continue   # a user's broken row must not stop ingestion
            groups[kind].append(f"(?:{pattern})")
    return tuple(re.compile("|".join(g), re.I) if g else None  # type: ignore[return-value]
                 for g in (groups["line"], groups["inline"], groups["tail"]))


def clean_text(text: str) -> str:
    """Normalised text without site boilerplate: one paragraph per line, no blank lines."""
    if not text:
        return ""
    try:
        return _clean(text)
    except Exception:  # noqa: BLE001 - cleaning must never stop a run
        return text.strip()


def _clean(text: str) -> str:
    # The substring checks skip whole-text scans that would find nothing.
    if any(c in text for c in _BREAK_CHARS):
        text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = _FOLD_RX.sub(lambda m: m.group().translate(_FOLD), text)
    text = _INVISIBLE.sub("", text)
    line_rx, inline_rx, tail_rx = _boilerplate()
    if inline_rx is not None:
        text = inline_rx.sub("", text)
    raw_lines = [ln.strip() for ln in _SPACES.sub(" ", text).split("\n")]
    total = sum(len(ln) for ln in raw_lines) or 1
    # Menus and footers sit at the ends; in a huge file the middle is not checked, which
    # keeps a million-line file from costing a million regex runs.
    first_end = _BOILERPLATE_EDGE_LINES
    last_start = max(first_end, len(raw_lines) - _BOILERPLATE_EDGE_LINES)
    kept: list[str] = []
    seen = 0
    skip_close = False
    for i, ln in enumerate(raw_lines):
        seen += len(ln)
        if skip_close and ln:
            skip_close = False
            if ")" in ln and "(" not in ln and len(ln) < 150:
                continue
        if not ln or len(ln) > _MAX_BOILERPLATE_LINE or first_end <= i < last_start:
            kept.append(ln)
            continue
        if tail_rx is not None and seen > total / 2 and tail_rx.fullmatch(ln):
            break
        if line_rx is not None and line_rx.fullmatch(ln):
            # a credit line broken across two lines: "(Translated by X &" / "Y)"
            skip_close = ln.count("(") > ln.count(")")
            continue
        kept.append(ln)
    return "\n".join(_unwrap(kept))


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (fixed-width .txt, PDF text) back into paragraphs."""
    lengths = sorted(len(ln) for ln in lines if ln)
    if len(lengths) < 4:
        return [ln for ln in lines if ln]
    typical = lengths[int(len(lengths) * 0.8)]
    wrapped = 20 <= typical <= 160
    out: list[str] = []
    joinable = False
    for ln in lines:
        if not ln:
            joinable = False
            continue
        prev = out[-1] if out else ""
        if joinable and _continues(prev, ln):
            if prev.endswith("-"):
                out[-1] = (prev[:-1] if ln[0].islower() else prev) + ln
            elif _is_cjk_char(prev[-1]) or _is_cjk_char(ln[0]):
                out[-1] = prev + ln
            else:
                out[-1] = prev + " " + ln
        else:
            out.append(ln)
        joinable = wrapped and len(out[-1]) >= 0.75 * typical and not ln.endswith(_TERMINAL)
    return out


def _continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` carries on the sentence of a full-width line `prev` (not a new list item)."""
    if _is_cjk_char(prev[-1]) and _is_cjk_char(nxt[0]):
        return True
    if nxt[0].islower() or nxt[0].isdigit() or prev.endswith((",", "-", "–", "(")):
        return True
    last = prev.rsplit(" ", 1)[-1].lower()
    return last in _CONNECTORS


def _is_cjk_char(c: str) -> bool:
    return "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"


# ---------------------------------------------------------------- language

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_OTHER_RUN = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]+")
_OTHER_ALPHA_RUN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f"
                              r"\u0900-\u097f]+")
_EN_FUNCTION = frozenset("the of and to in is was for on with by at as that from are this be it "
                         "an has have were which will its their also been said".split())
# One Chinese character carries about as much as three Latin letters.
_LATIN_PER_HAN = 3.0
_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _run_len(rx: re.Pattern, text: str) -> int:
    # runs, not single characters: far fewer list items to build
    return sum(map(len, rx.findall(text)))


def _script_weights(text: str) -> tuple[float, float, float]:
    if text.isascii():
        # Only A-Za-z can count: delete them from the bytes and measure what went.
        raw = text.encode("ascii")
        return 0, (len(raw) - len(raw.translate(None, _ASCII_LETTERS))) / _LATIN_PER_HAN, 0.0
    han = _run_len(_HAN_RUN, text)
    latin = _run_len(_LATIN_RUN, text) / _LATIN_PER_HAN
    other = _run_len(_OTHER_RUN, text) + _run_len(_OTHER_ALPHA_RUN, text) / _LATIN_PER_HAN
    return han, latin, other


def _sample(text: str, size: int = 200_000) -> str:
    if len(text) <= size:
        return text
    step = len(text) // 20
    return "".join(text[i:i + size // 20] for i in range(0, len(text), step))


def detect_language(text: str) -> str:
    """'en', 'zh', 'mixed' (substantial Chinese and English) or 'other', by script shares."""
    if not text:
        return "other"
    sample = _sample(text)
    han, latin, other = _script_weights(sample)
    total = han + latin + other
    if total < 3:
        return "other"
    if other > 0.3 * total or (other > 0.1 * total and other > 0.1 * han):
        return "other"
    if han >= 0.2 * total and latin >= 0.2 * total:
        # Paragraph by paragraph, so Latin names inside Chinese sentences do not count as
        # an English version (and Chinese names in brackets not as a Chinese one).
        mass = {"zh": 0.0, "en": 0.0, "other": 0.0, "": 0.0}
        for para in sample.split("\n"):
            lang, m = _para_lang(para)
            mass[lang] += m
        if mass["zh"] >= 0.2 * total and mass["en"] >= 0.2 * total and _looks_english(sample):
            return "mixed"
    if han > latin:
        return "zh"
    return "en" if _looks_english(sample) else "other"


def _looks_english(text: str) -> bool:
    words = _LATIN_RUN.findall(text[:5000])
    if len(words) < 20:
        return True
    return sum(1 for w in words if w.lower() in _EN_FUNCTION) >= 0.08 * len(words)


def _para_lang(para: str) -> tuple[str, float]:
    han, latin, other = _script_weights(para)
    mass = han + latin + other
    if mass < 2:
        return "", 0.0
    if other > han and other > latin:
        return "other", mass
    return ("zh" if han >= latin else "en"), mass


def split_language_sections(text: str) -> list[Section]:
    """A bilingual release (zh block then en block, or the reverse) → two sections."""
    return _split(text, detect_language(text))


def _split(text: str, language: str) -> list[Section]:
    if not text or not text.strip():
        return []
    paras = [p for p in text.split("\n") if p.strip()]
    if language != "mixed" or len(paras) < 2 or len(paras) > 20_000:
        return [Section(_single_lang(text, language), text)]
    langs = [_para_lang(p) for p in paras]
    total = {"zh": 0.0, "en": 0.0}
    for lang, mass in langs:
        if lang in total:
            total[lang] += mass
    grand = sum(m for _, m in langs) or 1.0
    best = None
    for first, second in (("zh", "en"), ("en", "zh")):
        if total[first] < 0.15 * grand or total[second] < 0.15 * grand:
            continue
        before_first = before_second = 0.0
        for k in range(1, len(paras)):
            lang, mass = langs[k - 1]
            if lang == first:
                before_first += mass
            elif lang == second:
                before_second += mass
            # the cut sits right before a paragraph of the second language
            if langs[k][0] != second:
                continue
            purity = (before_first + (total[second] - before_second)) / grand
            if before_first >= 0.15 * grand and total[second] - before_second >= 0.15 * grand:
                if best is None or purity > best[0]:
                    best = (purity, k, first, second)
    if best is None or best[0] < 0.85:
        return [Section(_single_lang(text, language), text)]
    _, k, first, second = best
    return [Section(first, "\n".join(paras[:k])), Section(second, "\n".join(paras[k:]))]


def _single_lang(text: str, lang: str) -> str:
    if lang == "mixed":
        han, latin, _ = _script_weights(_sample(text))
        return "zh" if han >= latin else "en"
    return lang


# ---------------------------------------------------------------- duplicates

_NOT_WORD = re.compile(r"[\W_]+")


def dedupe_key(text: str) -> str:
    """sha256 of the text ignoring case, whitespace and punctuation."""
    norm = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text or "").casefold())
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()
