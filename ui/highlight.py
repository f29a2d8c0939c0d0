"""Mark the extracted facts' evidence sentences inside an article, as plain text (never HTML)."""
from __future__ import annotations

OPEN, CLOSE = "⟦", "⟧"


def mark_evidence(text: str, evidence: list[str]) -> str:
    """`text` with each evidence sentence found in it wrapped in ⟦…⟧ (overlaps merged)."""
    spans: list[tuple[int, int]] = []
    for sentence in {e.strip() for e in evidence if e and e.strip()}:
        start = text.find(sentence)
        while start >= 0:
            spans.append((start, start + len(sentence)))
            start = text.find(sentence, start + len(sentence))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out += [text[pos:start], OPEN, text[start:end], CLOSE]
        pos = end
    out.append(text[pos:])
    return "".join(out)
