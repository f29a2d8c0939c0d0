"""The country a Chinese text is written from: what 国内 ("domestic") means in it, and whose
ministry a bare 科技部 or 教育部 is."""
from __future__ import annotations

import re

from etl.extract.text import has_cjk, original_of


def home_country(text: str) -> str | None:
    """The country 国内/境内 ("domestic") refers to in a Chinese text: China, unless the text
    is from Taiwan (ROC years or the New Taiwan dollar in its own characters)."""
    if not has_cjk(text):
        return None
    original = original_of(text)
    if re.search(r"民國|新臺幣|新台幣|(?:臺灣|台灣)", original) and re.search(
            r"民國|(?<![\d第.])1[01]\d\s?年", original):
        return "TWN"
    return "CHN"
