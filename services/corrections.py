"""Corrections made in the browser, kept in the curation file (format: etl.curation).

The file is read only through the ETL's reader (`etl.curation`, `etl.safe_yaml`), so the
dashboard and the ETL see the same corrections. Edits are round-trips with ruamel.yaml, so
the file's comments and order survive. Every edit holds an exclusive lock on the file
(`.NAME.lock` beside it) from reading to replacing, so two saves at once (sessions are
threads of one server; a second server is another process) never lose each other's
correction; each is validated with `etl.curation.load_curation` first and swapped in
atomically (temp file + os.replace), so a bad edit never reaches the file the ETL reads.
No Streamlit here.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import io
import json
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

import settings
from etl import curation, safe_yaml

HEADER = ("# Human corrections applied over extraction by `python -m etl --curation FILE`.\n"
          "# Each correction names its target, what it matches, what it sets (or merges /\n"
          "# drops) and why. The dashboard's \"Corrections\" view adds and undoes entries.\n")


class CorrectionError(ValueError):
    """The correction cannot be written; the message says why (from etl.curation's checks)."""


@dataclass
class Entry:
    """One correction as listed on the Corrections view: the correction (its fields have one
    home, etl.curation.Correction), where it sits in the file, and what the last build did
    with it."""
    index: int                 # position in the file's list
    key: str                   # content hash: undo checks it still names the same entry
    correction: curation.Correction
    status: str = "applied"    # applied | unmatched | not_built
    problem: str | None = None  # the ETL's message for an unmatched correction
    # the values it replaced in the last build, as the ETL reported them (old → new)
    changes: list[curation.Change] = field(default_factory=list)


def _read(path: Path) -> tuple[CommentedMap, list]:
    """The file for editing and its corrections as plain data; the text first passes the
    ETL's reader (no alias, tag or directive reaches the round-trip loader)."""
    if not path.is_file():
        return CommentedMap(), []
    known = _parsed.get(path)
    stamp = _stamp(path)
    text, items = _checked_text(path) if known is None or known[0] != stamp else \
        (curation.read_text(path), known[1])
    if _stamp(path) != stamp:  # changed while read: read it again, checked
        text, items = _checked_text(path)
    data = safe_yaml.round_trip().load(text)
    return (CommentedMap() if data is None else data), items


def _checked_text(path: Path) -> tuple[str, list]:
    try:
        text = curation.read_text(path)
        return text, curation.parse_items(text, path)
    except curation.CurationError as e:
        raise CorrectionError(f"{path.name} is not valid YAML: {e}") from None


# path → (the file's identity, its raw items, their corrections or None, why not): pages
# list the corrections on every rerun, and parsing a big file takes seconds.
_parsed: dict[Path, tuple[tuple, list, list | None, str | None]] = {}


def _stamp(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def _parse(path: Path) -> tuple[list, list | None, str | None]:
    """Raw items, validated corrections (None if the file would be refused) and the reason."""
    stamp = _stamp(path)
    if stamp is None:
        return [], [], None
    hit = _parsed.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1:]
    _, items = _checked_text(path)
    try:
        parsed, problem = curation.check_items(items, path), None
    except curation.CurationError as e:
        parsed, problem = None, str(e)
    _parsed[path] = (stamp, items, parsed, problem)
    return items, parsed, problem


def file_problem(path: Path) -> str | None:
    """Why the ETL would refuse the curation file (None if it would not)."""
    return _parse(path)[2]


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the exclusive edit lock of `path` (a `.NAME.lock` file beside it).

    flock locks belong to an open file description, so two threads of one process exclude
    each other as two processes do. The lock file is never followed if it is a symlink."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.parent / f".{path.name}.lock",
                 os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        deadline = time.monotonic() + settings.CURATION_LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise CorrectionError("another correction is being saved; try again in "
                                          "a moment") from None
                time.sleep(0.005)
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


def _key(index: int, item: object) -> str:
    blob = json.dumps(_plain(item), sort_keys=True, default=str)
    return hashlib.sha256(f"{index}|{blob}".encode()).hexdigest()[:12]


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _write(path: Path, data: CommentedMap) -> tuple[list, list[curation.Correction]]:
    """Check the edited file as the ETL will read it, then swap it in; returns its items and
    their corrections."""
    buf = io.StringIO()
    safe_yaml.round_trip().dump(data, buf)
    text = buf.getvalue()
    if not path.is_file() or not path.read_text(encoding="utf-8").strip():
        text = HEADER + text
    try:
        items = curation.parse_items(text, path)
        parsed = curation.check_items(items, path)
    except curation.CurationError as e:
        raise CorrectionError(str(e)) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _parsed[path] = (_stamp(path), items, parsed, None)
    return items, parsed


def _flow(d: dict) -> CommentedMap:
    m = CommentedMap(d)
    m.fa.set_flow_style()
    return m


def utc_now() -> str:
    """'2026-11-21T13:05:00Z': the `at` stamp of a new correction."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_correction(path: Path, target: str, match: dict, reason: str, *,
                   set_fields: dict | None = None, merge_into: str | None = None,
                   drop: bool = False, at: str | None = None) -> Entry:
    """Append one correction (validated; locked, atomic write); returns it as listed."""
    if not str(reason or "").strip():
        raise CorrectionError("a correction needs a reason")
    values = {k: _yaml_value(k, v) for k, v in (set_fields or {}).items()}
    emptied = curation.REQUIRED_TEXT & {k for k, v in values.items() if v is None}
    if emptied:
        raise CorrectionError(f"the {target}'s {min(emptied)} cannot be empty")
    with _locked(path):
        data, _ = _read(path)
        items = data.get("corrections")
        if items is None:
            items = data["corrections"] = CommentedSeq()
        if not isinstance(items, list):
            raise CorrectionError(f"{path}: 'corrections' must be a list")
        item = CommentedMap()
        item["target"] = target
        item["match"] = _flow({k: str(v) for k, v in match.items()})
        if values:
            item["set"] = _flow(values)
        if merge_into:
            item["merge_into"] = str(merge_into)
        if drop:
            item["drop"] = True
        item["reason"] = " ".join(str(reason).split())
        item["at"] = at or utc_now()
        items.append(item)
        return _entries(*_write(path, data), None)[-1]


def _yaml_value(key: str, value: object) -> object:
    """Dates as YAML dates, numbers as numbers, empty text as null ("clear this field")."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        if key in ("start_date", "end_date") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value  # etl.curation names the bad date
        if key in ("year", "attendance") and re.fullmatch(r"-?\d+", value):
            return int(value)
    return value


def list_corrections(path: Path, manifest: dict | None = None) -> list[Entry]:
    """Every correction in file order, with its status from the last build's manifest and
    the values it replaced there.

    `unmatched` means the last rebuild found no such target (the ETL's message is in
    `problem`); `not_built` means there is no manifest, or the last build predates the
    correction.
    """
    items, parsed, _ = _parse(path)
    return _entries(items, parsed, manifest)


def _entries(items: list, parsed: list | None, manifest: dict | None) -> list[Entry]:
    """Entries of the raw items (listed even when the file has an error, so that a bad
    entry can be seen and undone); status and replaced values from the manifest where it
    can be matched."""
    parsed = parsed or []
    unmatched = list((manifest or {}).get("curation_unmatched") or [])
    applied = _applied(manifest)
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        checked = i < len(parsed)
        c = parsed[i] if checked else _unchecked(item)
        entry = Entry(i, _key(i, item), c)
        problem = _unmatched_message(c, unmatched) if checked else None
        if manifest is None:
            entry.status = "not_built"
        elif problem:
            entry.status, entry.problem = "unmatched", problem
        elif applied is not None:
            records = applied.get(c.fingerprint())
            if records:
                entry.changes = records.pop(0)
            else:
                entry.status = "not_built"
        out.append(entry)
    return out


def _unchecked(item: dict) -> curation.Correction:
    """A raw item of a file the ETL refuses, as a Correction to list (and undo)."""
    return curation.Correction(
        str(item.get("target", "")), _mapping(item.get("match")), _mapping(item.get("set")),
        _text_or_none(item.get("merge_into")), item.get("drop") is True,
        str(item.get("reason") or ""), str(item["at"]) if item.get("at") else None,
        getattr(item, "line", 0))


_CHANGE_FIELDS = [f.name for f in dataclass_fields(curation.Change)]


def _applied(manifest: dict | None) -> dict[str, list[list[curation.Change]]] | None:
    """The manifest's report of the applied corrections: fingerprint → the changes of each
    correction with that content, in file order. None for a warehouse built before the
    ETL reported them."""
    records = (manifest or {}).get("curation_applied")
    if not isinstance(records, list):
        return None
    out: dict[str, list[list[curation.Change]]] = {}
    for r in records:
        if isinstance(r, dict) and isinstance(r.get("changes"), list):
            out.setdefault(str(r.get("correction")), []).append(
                [curation.Change(**{k: x.get(k) for k in _CHANGE_FIELDS})
                 for x in r["changes"] if isinstance(x, dict)])
    return out


def _mapping(value: object) -> dict:
    return dict(_plain(value)) if isinstance(value, dict) else {}


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _unmatched_message(c: curation.Correction, messages: list[str]) -> str | None:
    exact = c.describe()
    for m in messages:
        if m.startswith(exact + ":"):
            return m
    tail = exact.split(": ", 1)[-1]  # line numbers shift when an earlier entry is undone
    for m in messages:
        if m.split(": ", 1)[-1].startswith(tail + ":"):
            return m
    return None


def undo_correction(path: Path, key: str) -> Entry:
    """Remove the correction listed with `key`; CorrectionError if the file changed since."""
    with _locked(path):
        data, items = _read(path)
        entry = next((e for e in _entries(items, None, None) if e.key == key), None)
        if entry is None:
            raise CorrectionError("that correction is no longer in the file (changed "
                                  "meanwhile?); reload the list")
        del data["corrections"][entry.index]
        _write(path, data)
        return entry


def curation_reasons(ev: dict, entries: list[Entry]) -> dict[str, str]:
    """Field → reason of the last correction that set it on this event, for the fields the
    warehouse marks as curated (events.curated_fields)."""
    curated = ev.get("curated_fields")
    fields = [str(x) for x in curated] if curated is not None and not isinstance(curated, str) \
        else []
    docs = ev.get("source_doc_ids")
    docs = {str(d) for d in docs} if docs is not None and not isinstance(docs, str) else set()
    docs.add(str(ev.get("doc_id")))
    reasons: dict[str, str] = {}
    for c in (entry.correction for entry in entries):
        m = c.match
        if c.target != "event" or not (
                ("event_id" in m and m["event_id"] == ev.get("event_id"))
                or ("source_path" in m and m["source_path"] == ev.get("source_path"))
                or ("doc_id" in m and str(m["doc_id"]) in docs)):
            continue
        for name in c.set:
            if name in fields:
                reasons[name] = c.reason
    return {name: reasons.get(name, "") for name in fields}
