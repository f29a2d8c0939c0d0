"""Markdown → plain text and its title (front matter or first heading)."""
from __future__ import annotations

import re

_MD_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_FRONT_TITLE = re.compile(r"^title\s*:\s*[\"']?(.*?)[\"']?\s*$", re.M | re.I)
_MD_RULES = [
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:\s*\S+.*$", re.M), ""),           # link definitions
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),               # horizontal rules
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M),
     ""),                                                                 # table rulers
    (re.compile(r"^[ \t]*```.*$|^[ \t]*~~~.*$", re.M), ""),              # code fences
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),                            # block quotes
    (re.compile(r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M), r"\1"),   # list markers
    (re.compile(r"!\[([^\]\n[]{0,300})\]\([^)\n]{0,500}\)"), r"\1"),    # images → alt text
    (re.compile(r"\[([^\]\n[]{1,300})\]\([^)\n]{0,500}\)"), r"\1"),     # links → their text
    (re.compile(r"\[([^\]\n[]{1,300})\]\[[^\]\n[]{0,100}\]"), r"\1"),   # reference links
    (re.compile(r"<(https?://[^<>\s]{1,500})>"), r"\1"),
    (re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>"), ""),                       # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1"), r"\2"),                 # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), r"\1"),
    (re.compile(r"`([^`\n]{1,300})`"), r"\1"),
    (re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M), r"\1"),                 # table rows
]
_MD_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", re.M)


def markdown_text(md: str) -> tuple[str, str]:
    md = md.replace("\r\n", "\n").replace("\r", "\n")
    title = ""
    front = _MD_FRONT.match(md)
    if front:
        t = _MD_FRONT_TITLE.search(front.group(1))
        title = t.group(1) if t else ""
        md = md[front.end():]
    if not title:
        h1 = _MD_H1.search(md)
        title = h1.group(1) if h1 else ""
    for rx, repl in _MD_RULES:
        md = rx.sub(repl, md)
    if title:
        for rx, repl in _MD_RULES[-10:]:
            title = rx.sub(repl, title)
    return md, title
