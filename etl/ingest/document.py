"""What ingestion makes of a file (a Document of Sections) and the error it raises when it cannot.

Every failure a user can fix (unreadable file, corrupt archive, encrypted PDF …) is an
`IngestError` whose message says what is wrong, so the pipeline can quarantine the file.
"""
from __future__ import annotations

from dataclasses import dataclass, field


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


def human_size(n: int) -> str:
    """A byte count as IngestError messages write it (MiB, GiB)."""
    return f"{n / 2**20:.1f} MiB" if n < 2**30 else f"{n / 2**30:.1f} GiB"
