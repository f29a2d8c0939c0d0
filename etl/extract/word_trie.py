"""A list of words as one regular expression shaped like a prefix tree.

A plain alternation of a few hundred words makes the engine try every word at every position;
a prefix tree ("universit(?:y|ies)") tries one branch per character, and its optional tails
keep the longest word winning. Spaces inside a word match any run of whitespace.
"""
from __future__ import annotations

import re

_SPACE = " "


def trie_alternation(words: list[str], space: str = r"\s+") -> str:
    """The words as a prefix-tree alternation (no anchors, no flags); '(?!x)x' for none.
    A space inside a word matches `space` (any run of whitespace unless told otherwise)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [(space if ch == _SPACE else re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(tree) or r"(?!x)x"


def word_pattern(words: list[str], flags: int = re.I) -> re.Pattern:
    """Whole words: Latin words between word boundaries, others (Chinese) anywhere."""
    latin = [w for w in words if w[:1].isascii()]
    other = [w for w in words if not w[:1].isascii()]
    parts = []
    if latin:
        parts.append(rf"\b(?:{trie_alternation(latin)})\b")
    if other:
        parts.append(f"(?:{trie_alternation(other)})")
    return re.compile("|".join(parts) or r"(?!x)x", flags)
