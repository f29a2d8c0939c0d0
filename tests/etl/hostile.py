"""Hostile input files, generated at test time (no binary blobs in git).

`write_hostile_corpus(dir)` fills a folder with files that must each either become a
Document or be quarantined with a specific reason; end-to-end tests of the pipeline reuse it.
The builders (`make_pdf`, `make_docx`, `make_zip_bomb_docx`) serve the format tests too.
"""
from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

OK = "ok"

EN_RELEASE = ("Regional Innovation Forum opens in Lyon\n\n"
              "LYON, 12 March 2022 - The Regional Innovation Forum was held at the Lyon Convention "
              "Centre, organized by the Auvergne-Rhone-Alpes technology transfer office. About 250 "
              "researchers and investors attended the event.\n")
ZH_RELEASE = ("成渝地区技术转移对接会在成都举行\n\n"
              "2022年9月8日，成渝地区技术转移对接会在成都举行，来自高校、科研院所和企业的三百余名代表参加"
              "了会议。会议由四川省科学技术厅主办。\n")
ZH_TRAD = "臺灣技術移轉論壇於臺北舉行，約有二百位產學研代表與會，共同討論國際合作與專利授權。\n"


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF with one text line per list item (Helvetica, ASCII text)."""
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                         b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
        for line in lines:
            ops += [f"({_pdf_escape(line)}) Tj", "T*"]
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_no)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def make_encrypted_pdf(lines: list[str], user_password: str = "secret") -> bytes:
    """make_pdf([lines]) encrypted with AES-128; user_password '' = openable, restricted."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf([lines]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-pw", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_docx(title: str, paragraphs: list[str], table: list[list[str]] | None = None,
              heading_style: bool = True) -> bytes:
    import docx

    doc = docx.Document()
    if heading_style:
        doc.add_heading(title, level=1)
    else:
        doc.add_paragraph(title)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def make_zip_bomb_docx(expanded_mib: int = 40) -> bytes:
    """A .docx-shaped ZIP whose document.xml inflates to `expanded_mib` MiB of blanks."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        chunk = b" " * (1 << 20)
        with zf.open("word/document.xml", "w") as member:
            for _ in range(expanded_mib):
                member.write(chunk)
    return buf.getvalue()


def write_hostile_corpus(dir: Path, *, large: bool = True) -> dict[str, str]:
    """Write hostile files into `dir`; returns relative name → "ok" or a reason substring.

    `large=False` leaves out the 50 MB file and the sparse over-limit file.
    """
    d = Path(dir)
    d.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (d / name).write_bytes(data)
        expected[name] = outcome

    put("empty.txt", b"", "empty")
    put("whitespace only.txt", b" \n\t\r\n \xe3\x80\x80\n", "whitespace only")
    put("binary junk.txt", random.Random(7).randbytes(20_000), "binary")
    put("png renamed.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "binary")
    put("nul bytes.txt", EN_RELEASE.encode().replace(b"Forum", b"Fo\x00rum"), OK)
    put("invalid utf8.txt", EN_RELEASE.encode() + b"Stray byte \xff here.\n", OK)
    put("mixed encodings.txt", ZH_RELEASE.encode("utf-8") + ZH_TRAD.encode("gbk", "replace")
        + "北京技术市场成交额创新高。\n".encode("gbk"), OK)
    put("gbk no declaration.txt", ZH_RELEASE.encode("gbk"), OK)
    put("big5.txt", ZH_TRAD.encode("big5"), OK)
    put("utf16le no bom.txt", EN_RELEASE.encode("utf-16-le"), OK)
    put("utf16be bom.txt", ZH_RELEASE.encode("utf-16"), OK)
    put("single line 5MB.txt", ("technology transfer forum " * 200_000).encode(), OK)
    put("deeply nested.html", ("<html><body>" + "<div>" * 100_000 + "<p>Innovation fair held."
                               "</p>" + "</div>" * 100_000 + "</body></html>").encode(), OK)
    put("scripts only.html", b"<html><head><style>p{color:red}</style><script>var x=1;</script>"
        b"</head><body><script>document.write('hi')</script><nav>Home</nav></body></html>",
        "no main text")
    put("truncated.docx", make_docx("Signing ceremony", ["A deal was signed."])[:900],
        "truncated or not a valid .docx")
    put("not a zip.docx", b"This is plain text named .docx\n", "truncated or not a valid .docx")
    put("zip bomb.docx", make_zip_bomb_docx(), "zip bomb")
    put("encrypted.pdf", make_encrypted_pdf(["Confidential forum minutes"]), "encrypted")
    put("malformed.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF",
        "malformed PDF")
    put("no header.pdf", b"just some text pretending to be a pdf", "malformed PDF")
    put("scanned.pdf", make_pdf([[]]), "no text layer")
    put("unsupported.xyz", b"some data", "unsupported file type '.xyz'")
    put("no extension", b"README text", "unsupported file type")
    put("good.docx", make_docx("Technology fair in Porto", ["The fair opened on 4 May 2023."]),
        OK)
    put("good.pdf", make_pdf([["Training course for technology managers", "Held in Nairobi."]]),
        OK)
    put("good.html", b"<html><head><title>Expo | Site</title></head><body><nav>Menu</nav>"
        b"<article><h1>Tech Expo in Osaka</h1><p>The expo drew 5,000 visitors.</p></article>"
        b"<footer>Copyright 2024</footer></body></html>", OK)
    put("good.md", b"# Forum in Kyiv\n\nThe **forum** was held on [1 June](http://x.y) 2021.\n", OK)
    put("名字 with spaces ünïcode.txt", ZH_RELEASE.encode(), OK)
    put("new\nline in name.txt", EN_RELEASE.encode(), OK)
    sub = d / "nested" / "deeper"
    sub.mkdir(parents=True, exist_ok=True)
    put("nested/deeper/inside.txt", EN_RELEASE.encode(), OK)
    (d / ".hidden.txt").write_bytes(b"never listed")

    outside = d.parent / f"{d.name}-outside.txt"
    outside.write_bytes(b"secret outside the input folder")
    os.symlink(outside, d / "link outside.txt")
    expected["link outside.txt"] = "outside the input folder"
    os.symlink("loop.txt", d / "loop.txt")
    expected["loop.txt"] = "symlink loop"
    os.symlink("missing-target.txt", d / "broken link.txt")
    expected["broken link.txt"] = "broken symlink"
    os.symlink("good.md", d / "link inside.md")
    expected["link inside.md"] = OK
    os.mkfifo(d / "named pipe.txt")
    expected["named pipe.txt"] = "not a regular file"
    locked = d / "unreadable.txt"
    locked.write_bytes(EN_RELEASE.encode())
    locked.chmod(0)
    expected["unreadable.txt"] = OK if os.geteuid() == 0 else "permission denied"

    if large:
        block = (EN_RELEASE * 40).encode()
        with (d / "large 50MB.txt").open("wb") as f:
            for _ in range(50 * 2**20 // len(block) + 1):
                f.write(block)
        expected["large 50MB.txt"] = OK
        with (d / "too large.txt").open("wb") as f:
            f.truncate(65 * 2**20)   # sparse: costs no disk
        expected["too large.txt"] = "too large"
    return expected
