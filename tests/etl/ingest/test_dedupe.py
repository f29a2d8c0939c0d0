"""The key under which two documents are the same text (etl/ingest/dedupe.py)."""
from __future__ import annotations

import pytest

from etl.ingest import (
    dedupe_key,
)


@pytest.mark.parametrize("a, b, same", [
    ("Fair opens in Lima.", "fair  OPENS in lima", True),
    ("Fair opens\nin Lima!", "Fair opens in Lima.", True),
    ("大会在成都举行。", "大会在成都举行", True),
    ("２０２３年大会", "2023年大会", True),
    ("Fair opens in Lima.", "Fair opens in Quito.", False),
    ("300 attendees", "3000 attendees", False),
], ids=["case-space", "linebreak-punct", "zh-punct", "fullwidth", "different-city",
        "different-number"])
def test_dedupe_key_ignores_case_space_punctuation_only(a, b, same):
    assert (dedupe_key(a) == dedupe_key(b)) is same


def test_dedupe_key_is_a_sha256_hex():
    key = dedupe_key("x")
    assert len(key) == 64 and int(key, 16) >= 0
