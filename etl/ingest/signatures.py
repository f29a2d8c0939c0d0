"""What a file is by its first bytes: the signatures ("magic numbers") of the binary formats
that reach a text corpus by mistake, with how a message names each.

One table for the ETL (a .txt/.md/.html that is binary is quarantined) and for the upload check
(`ui/uploads.py`: a file's content must match its name). Signatures from each format's
specification: PDF (ISO 32000-1 §7.5.2), ZIP (PKWARE APPNOTE 4.3.7 and 4.3.16; .docx is a ZIP),
PNG (RFC 2083 §3.1), JPEG (JFIF SOI marker), GIF (GIF89a §17), ELF (System V ABI), Windows PE
(DOS "MZ" header), gzip (RFC 1952 §2.3.1), OLE compound files (MS-CFB §2.2: legacy .doc/.xls),
RAR and 7z (their archive format notes).
"""
from __future__ import annotations

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"), (b"PK\x03\x04", "a ZIP archive (or .docx)"),
    (b"PK\x05\x06", "an empty ZIP archive"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"), (b"MZ", "a Windows program"), (b"\x1f\x8b", "gzip data"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.doc/.xls)"), (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"))
