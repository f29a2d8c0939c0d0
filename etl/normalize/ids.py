"""Stable ids of documents, events, organisations and people, and the key names are compared by."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache


def stable_id(prefix: str, *parts: str) -> str:
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{h}"


def doc_id_for(source_path: str) -> str:
    return hashlib.sha1(source_path.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1 << 16)  # merging compares a kept event's name with many others
def name_key(name: str) -> str:
    """Case-, width- and punctuation-insensitive key of a name."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = re.sub(r"\b(the|co|ltd|limited|inc)\b", " ", s)
    return " ".join(re.sub(r"[^\w]+", " ", s).split())
