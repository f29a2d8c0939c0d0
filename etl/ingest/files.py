"""The input folder: which files it holds, which names cannot be documents, and their bytes."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from etl.ingest.document import IngestError, human_size
from settings import INGEST_MAX_FILE_BYTES as MAX_FILE_BYTES

PATH_MAX = 4096             # Linux: longer paths cannot be passed to open() at all


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
            raise IngestError(f"file too large: {human_size(st.st_size)} exceeds the limit of "
                              f"{human_size(MAX_FILE_BYTES)}")
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
        raise IngestError(f"file too large: more than the limit of {human_size(MAX_FILE_BYTES)}")
    return data


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO/named pipe"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "special file"
