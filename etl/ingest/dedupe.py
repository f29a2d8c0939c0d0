"""The key under which two documents count as the same text."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def dedupe_key(text: str) -> str:
    """sha256 of the text ignoring case, whitespace and punctuation."""
    norm = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text or "").casefold())
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()
