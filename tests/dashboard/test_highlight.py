from __future__ import annotations

import pytest

from ui.highlight import mark_evidence


@pytest.mark.parametrize(("text", "evidence", "expected"), [
    ("A forum met. 200 came. Bye.", ["200 came."], "A forum met. ⟦200 came.⟧ Bye."),
    ("甲。乙方签约5亿元。丙。", ["乙方签约5亿元。"], "甲。⟦乙方签约5亿元。⟧丙。"),
    ("One. Two. Three.", ["One. Two.", "Two. Three."], "⟦One. Two. Three.⟧"),  # overlaps merge
    ("Same. Same.", ["Same."], "⟦Same.⟧ ⟦Same.⟧"),
    ("No match here.", ["Elsewhere."], "No match here."),
    ("<b>bold</b> text.", ["<b>bold</b> text."], "⟦<b>bold</b> text.⟧"),  # stays literal text
    ("", ["x"], ""),
    ("Text.", ["", "  "], "Text."),
])
def test_evidence_sentences_are_marked_in_the_plain_text(text, evidence, expected):
    assert mark_evidence(text, evidence) == expected
