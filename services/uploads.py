"""Articles uploaded from the browser: check a batch, keep the originals, rebuild, report per file.

A file is *rejected* (not kept) when it is unsafe or not what its name says: unsupported type,
too large, too many, name/content mismatch, unsafe or oversized archive entries, an identical
copy of a file already in the corpus. Everything else is saved under
`RAW/uploads/<YYYY-MM-DD>/` (never overwriting) and the warehouse is rebuilt incrementally;
what the ETL made of each file (event found, duplicate text, quarantined and why) is read back
from the new warehouse through ui/data.py. No Streamlit here: pages call `check_batch`,
`save_batch`, `services.rebuild` and `outcomes` (or `ingest_batch` for all four).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

import duckdb
import pandas as pd

import settings
from etl import ingest, load
from etl.ingest.signatures import SIGNATURES
from services.rebuild import rebuild
from ui import queries
from ui.data import read

UPLOAD_DIR = "uploads"
ARCHIVE_SUFFIX = ".zip"


@dataclass(frozen=True)
class Limits:
    """Per-upload limits (settings.py: the defaults suit press releases of tens of KB)."""
    max_files: int = settings.UPLOAD_MAX_FILES
    max_file_bytes: int = settings.UPLOAD_MAX_FILE_BYTES
    max_total_bytes: int = settings.UPLOAD_MAX_TOTAL_BYTES
    max_archive_entries: int = settings.UPLOAD_MAX_ARCHIVE_ENTRIES
    max_ratio: int = settings.UPLOAD_MAX_RATIO


@dataclass
class Outcome:
    """What became of one uploaded file (or one member of an uploaded archive)."""
    name: str                        # as uploaded; archive members as 'batch.zip/inner.txt'
    status: str                      # new | no_event | duplicate | quarantined | rejected | saved
    message: str                     # the specific reason or result, in English
    saved_as: str | None = None      # path relative to the raw folder
    duplicate_of: str | None = None  # source_path of the existing document
    events: list[str] = field(default_factory=list)


@dataclass
class Accepted:
    name: str
    data: bytes
    safe_name: str
    sha256: str


_UNSAFE = re.compile(r"[^\w.()\-]+")
_DOTS = re.compile(r"\.{2,}")


def safe_name(name: str, max_len: int = 120) -> str:
    """A file name that is safe on any disk: no folders, no leading dot, no control characters.

    Unicode letters (Chinese titles) are kept after NFKC normalisation; the suffix is lower-case.
    """
    base = unicodedata.normalize("NFKC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = _DOTS.sub(".", _UNSAFE.sub("_", stem)).strip("._- ")
    suffix = _UNSAFE.sub("", suffix).lower()[:10]
    stem = stem[:max_len - len(suffix) - 1] or "upload"
    return f"{stem}.{suffix}" if suffix else stem



def sniff(data: bytes) -> str | None:
    """A short description of a known binary format the bytes start with, else None."""
    head = data[:1024].lstrip(b"\x00\t\n\r ") if data[:1].isspace() else data[:1024]
    for magic, what in SIGNATURES:
        if head.startswith(magic):
            return what
    return None


def content_problem(name: str, data: bytes) -> str | None:
    """Why `data` cannot be accepted as the file its name says it is (None if it can)."""
    suffix = PurePosixPath(safe_name(name)).suffix
    if suffix not in ingest.SUPPORTED_SUFFIXES:
        accepted = ", ".join(sorted(ingest.SUPPORTED_SUFFIXES | {ARCHIVE_SUFFIX}))
        return (f"unsupported file type '{suffix}' (accepted: {accepted})" if suffix
                else f"no file extension (accepted: {accepted})")
    if not data:
        return "empty file (0 bytes)"
    what = sniff(data)
    if suffix == ".pdf":
        return None if what == "a PDF" else f"named .pdf but the content is {what or 'not a PDF'}"
    if suffix == ".docx":
        if what != "a ZIP archive (or .docx)":
            return f"named .docx but the content is {what or 'not a Word document'}"
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if "word/document.xml" not in zf.namelist():
                    return "named .docx but it is a ZIP without a Word document inside"
        except (zipfile.BadZipFile, ValueError, OSError) as e:
            return f"damaged .docx (not a readable ZIP: {e})"
        return None
    if what:
        return f"named {suffix} but the content is {what}, not text"
    return None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _unsafe_member(info: zipfile.ZipInfo) -> str | None:
    raw = info.filename
    parts = raw.replace("\\", "/").split("/")
    if raw.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", raw) or ".." in parts:
        return f"unsafe path in archive ({raw!r} would be written outside the upload folder)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "symbolic link inside the archive"
    if info.flag_bits & 0x1:
        return "encrypted archive member (password-protected ZIP)"
    return None


def _unpack(name: str, data: bytes, limits: Limits) -> tuple[list[tuple[str, bytes]],
                                                             list[Outcome]]:
    """Members of an uploaded archive as (display name, bytes); refusals as outcomes."""
    files: list[tuple[str, bytes]] = []
    refused: list[Outcome] = []
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        return [], [Outcome(name, "rejected", f"not a readable ZIP archive ({e})")]
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > limits.max_archive_entries:
            return [], [Outcome(name, "rejected", f"archive has {len(infos)} files; the limit "
                                f"is {limits.max_archive_entries}")]
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_total_bytes:
            return [], [Outcome(name, "rejected", f"archive unpacks to {_mb(declared)}; the "
                                f"limit is {_mb(limits.max_total_bytes)} (zip bomb?)")]
        for info in infos:
            shown = f"{name}/{info.filename}"
            leaf = info.filename.replace("\\", "/").rsplit("/", 1)[-1]
            if leaf.startswith(".") or info.filename.startswith("__MACOSX/"):
                continue  # resource forks and hidden files that archivers add
            problem = _unsafe_member(info)
            if problem is None and leaf.lower().endswith(ARCHIVE_SUFFIX):
                problem = "archives inside archives are not accepted"
            if problem is None and info.file_size > limits.max_file_bytes:
                problem = f"{_mb(info.file_size)} exceeds the limit of " \
                          f"{_mb(limits.max_file_bytes)} per file"
            if problem is None and info.compress_size and \
                    info.file_size / info.compress_size > limits.max_ratio:
                problem = f"compression ratio {info.file_size // info.compress_size}:1 " \
                          f"exceeds {limits.max_ratio}:1 (zip bomb?)"
            if problem:
                refused.append(Outcome(shown, "rejected", problem))
                continue
            try:
                with zf.open(info) as fh:
                    content = fh.read(limits.max_file_bytes + 1)  # headers may lie
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError,
                    EOFError) as e:
                refused.append(Outcome(shown, "rejected", f"cannot unpack ({e})"))
                continue
            if len(content) > limits.max_file_bytes:
                refused.append(Outcome(shown, "rejected", "unpacks to more than "
                                       f"{_mb(limits.max_file_bytes)} (zip bomb?)"))
                continue
            files.append((shown, content))
    if not files and not refused:
        refused.append(Outcome(name, "rejected", "the archive holds no files"))
    return files, refused


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB"


def check_batch(files: list[tuple[str, bytes]], known: dict[str, str] | None = None,
                limits: Limits = Limits()) -> tuple[list[Accepted], list[Outcome]]:
    """Unpack archives and check every file; returns what may be saved and what is refused.

    `known` maps content sha256 → source_path of documents already in the corpus: an
    identical copy is refused as a duplicate of that document (and so is a repeat in the batch).
    """
    known = dict(known or {})
    expanded: list[tuple[str, bytes]] = []
    refused: list[Outcome] = []
    for name, data in files:
        if len(data) > limits.max_file_bytes:
            refused.append(Outcome(name, "rejected", f"{_mb(len(data))} exceeds the limit of "
                                   f"{_mb(limits.max_file_bytes)} per file"))
        elif safe_name(name).endswith(ARCHIVE_SUFFIX):
            members, bad = _unpack(name, data, limits)
            expanded += members
            refused += bad
        else:
            expanded.append((name, data))
    accepted: list[Accepted] = []
    total = 0
    for name, data in expanded:
        problem = content_problem(name, data)
        if problem is None and len(accepted) >= limits.max_files:
            problem = f"too many files in one upload (limit {limits.max_files})"
        if problem is None and total + len(data) > limits.max_total_bytes:
            problem = f"the upload exceeds {_mb(limits.max_total_bytes)} in total"
        if problem:
            refused.append(Outcome(name, "rejected", problem))
            continue
        sha = _sha(data)
        if sha in known:
            refused.append(Outcome(name, "duplicate", f"identical to {known[sha]}; not saved "
                                   "again", duplicate_of=known[sha]))
            continue
        known[sha] = f"{name} (this upload)"
        total += len(data)
        accepted.append(Accepted(name, data, safe_name(name), sha))
    return accepted, refused


def known_hashes(raw_dir: Path, warehouse: Path | None = None) -> dict[str, str]:
    """content sha256 → source_path for the corpus: the warehouse's documents, plus files
    under the raw folder the warehouse does not list (with a hash) yet, hashed here."""
    out: dict[str, str] = {}
    listed: set[str] = set()
    docs = _read(warehouse, queries.document_hashes()) if warehouse else pd.DataFrame()
    for path, sha in zip(docs.get("source_path", []), docs.get("content_sha256", []),
                         strict=True):
        if sha and path:  # a first build may leave it null: such files are hashed below
            listed.add(path)
            out.setdefault(sha, path)
    if raw_dir.is_dir():
        for p in ingest.discover(raw_dir):
            rel = p.relative_to(raw_dir).as_posix()
            if rel in listed or ingest.path_problem(p) or os.path.islink(p) \
                    or not os.path.isfile(p):
                continue  # the ETL quarantines what it cannot name or open
            try:
                if p.stat().st_size <= settings.INGEST_MAX_FILE_BYTES:
                    out.setdefault(_sha(p.read_bytes()), rel)
            except OSError:
                continue
    return out


def _read(warehouse: Path, query: queries.Query) -> pd.DataFrame:
    """Rows of the warehouse's documents (none when there is no warehouse or it cannot be
    read: every raw file is then hashed, and outcomes say only that a file was saved)."""
    try:
        return read(warehouse, query)
    except (duckdb.Error, OSError):
        return pd.DataFrame()


def save_batch(accepted: list[Accepted], raw_dir: Path,
               today: dt.date | None = None) -> list[Outcome]:
    """Write each accepted file under RAW/uploads/<date>/ without overwriting anything."""
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    folder = raw_dir / UPLOAD_DIR / day
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for item in accepted:
        path = _create_new(folder, item.safe_name, item.data)
        rel = path.relative_to(raw_dir).as_posix()
        out.append(Outcome(item.name, "saved", f"saved as {rel}", saved_as=rel))
    return out


def _create_new(folder: Path, name: str, data: bytes) -> Path:
    stem, suffix = (name.rsplit(".", 1) + [""])[:2]
    suffix = f".{suffix}" if suffix else ""
    for n in range(10_000):
        path = folder / (name if n == 0 else f"{stem}-{n}{suffix}")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    raise OSError(f"no free file name for {name} in {folder}")


def outcomes(saved: list[Outcome], warehouse: Path) -> list[Outcome]:
    """What the rebuilt warehouse says about each saved file."""
    docs = _read(warehouse, queries.upload_outcomes([o.saved_as for o in saved if o.saved_as]))
    by_path = {row.source_path: row for row in docs.itertuples(index=False)}
    out = []
    for o in saved:
        doc = by_path.get(o.saved_as or "")
        if doc is None:
            out.append(o)
        elif doc.status == "quarantined":
            out.append(replace(o, status="quarantined",
                               message=f"quarantined: {doc.error or 'unreadable'}"))
        elif doc.status == "duplicate":
            dup = doc.duplicate_of
            out.append(replace(o, status="duplicate", duplicate_of=dup,
                               message=f"same text as {dup} (kept, not counted twice)"))
        elif doc.events is not None and len(doc.events):
            found = [name or "(unnamed event)" for name in doc.events]
            out.append(replace(o, status="new", events=found,
                               message="event found: " + "; ".join(found)))
        else:
            out.append(replace(o, status="no_event", message="read, but no event found"))
    return out


def ingest_batch(files: list[tuple[str, bytes]], raw_dir: Path, warehouse: Path,
                 curation: Path | None, limits: Limits = Limits(),
                 on_progress: Callable[[int, int], None] | None = None,
                 today: dt.date | None = None) -> list[Outcome]:
    """Check, save, rebuild and report: one Outcome per uploaded file or archive member."""
    accepted, refused = check_batch(files, known_hashes(raw_dir, warehouse), limits)
    saved = save_batch(accepted, raw_dir, today) if accepted else []
    if saved:
        try:
            rebuild(raw_dir, warehouse, curation, on_progress)
        except load.LockedError:
            saved = [replace(o, message=o.message + "; another rebuild is running, so the "
                             "file appears after the next rebuild") for o in saved]
            return saved + refused
        saved = outcomes(saved, warehouse)
    return saved + refused
