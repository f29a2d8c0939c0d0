"""HTML → the article's visible text and title, without menus, footers, scripts, hidden parts."""
from __future__ import annotations

import re
from itertools import islice

from etl.ingest.clean import INVISIBLE
from etl.ingest.document import IngestError

_JUNK_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header", "footer",
                        "aside", "form", "iframe", "button", "select", "option", "menu", "dialog",
                        "head", "object", "embed", "canvas", "map", "input", "textarea", "label"})
_JUNK_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar",
                         "complementary", "dialog", "alert"})
_JUNK_ATTR = re.compile(r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|"
                        r"sidebar|share|sharing|social|cookies?|consent|comments?|related|"
                        r"pagination|pager|skip|toolbar|masthead|subscribe|newsletter|popup|"
                        r"modal|advert|ads|banner|langs?|language|lang-switch)(?:$|[-_\s])", re.I)
_CONTENT_ATTR = re.compile(r"(?:^|[-_\s])(?:article|content|main|post|entry|story|detail|body|"
                           r"text|news|trs_editor|v_news_content|wp_articlecontent)(?:$|[-_\s])",
                           re.I)
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt",
                         "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote",
                         "pre", "figure", "figcaption", "address", "center", "hr", "body", "tbody",
                         "thead", "caption", "summary", "details"})
_CELL_TAGS = frozenset({"td", "th"})
_WS = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_FLATTEN_BLOCK = re.compile(r"</?(?:div|section|article|main|center|table|tbody|tr|td|th|ul|ol|li|"
                            r"blockquote|dl|dd|dt)\b[^>]{0,2000}>", re.I)
_FLATTEN_INLINE = re.compile(r"</?(?:span|font|b|i|u|em|strong|small|big|a|sup|sub)\b"
                             r"[^>]{0,2000}>", re.I)
_TITLE_SPLIT = re.compile(r"\s+[|\-–—_·]\s+|\s*[|｜_]\s*")


def _is_junk(tag: str, attrs) -> bool:
    if tag in _JUNK_TAGS:
        return True
    if not attrs or tag in ("html", "body", "main", "article"):
        return False
    if attrs.get("role") in _JUNK_ROLES or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip()
    return bool(marker) and bool(_JUNK_ATTR.search(marker)) and not _CONTENT_ATTR.search(marker)


def _html_walk(node) -> str:
    """Visible text below `node`, block elements on their own lines, junk skipped.

    Iterative on purpose: deeply nested pages must not hit the recursion limit.
    """
    out: list[str] = []
    stack: list = [node]
    while stack:
        item = stack.pop()
        if item.__class__ is str:
            out.append(item)
            continue
        el = item
        if el is not node and el.tail:
            stack.append(_WS.sub(" ", el.tail))
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or (el is not node and _is_junk(tag, el.attrib)):
            continue
        if tag == "br":
            out.append("\n")
        elif tag == "pre":
            out.append("\n" + el.text_content() + "\n")
        elif tag in ("ul", "ol") and _link_dense(el):
            continue
        else:
            if tag in _BLOCK_TAGS:
                out.append("\n")
                stack.append("\n")
            elif tag in _CELL_TAGS:
                out.append(" ")
                stack.append(" |")
            stack.extend(reversed(el))
            if el.text:
                stack.append(_WS.sub(" ", el.text))
    return "".join(out)


def _link_dense(el) -> bool:
    """A list that is mostly links is a menu, not article text."""
    links = list(islice(el.iter("a"), 200))
    if len(links) < 3:
        return False
    total = len(_WS.sub("", el.text_content()))
    linked = sum(len(_WS.sub("", a.text_content())) for a in links)
    return total > 0 and linked / total > 0.8


def _main_node(root):
    body = root.find("body")
    if body is None:
        body = root
    candidates = [a for a in root.iter("article") if not _is_junk("article", a.attrib)]
    if not candidates:
        candidates = [e for e in root.iter("main", "div", "section")
                      if e.tag == "main" or e.get("role") == "main"]
    if not candidates:
        candidates = [e for e in root.iter("div", "section", "td")
                      if _CONTENT_ATTR.search(f"{e.get('class') or ''} {e.get('id') or ''}")
                      and not _is_junk(e.tag, e.attrib)]
    body_text = _html_walk(body)
    best, best_text, best_len = None, "", 0
    for c in candidates[:200]:
        text = _html_walk(c)
        n = len(_WS.sub("", text))
        if n > best_len:
            best, best_text, best_len = c, text, n
    # A "content" box much smaller than the page is usually a teaser, not the article.
    if best is not None and best_len >= 0.3 * len(_WS.sub("", body_text)) and best_len >= 40:
        return best, best_text
    return body, body_text


def _parse_html(html: str):
    import lxml.html
    from lxml import etree

    html = _XML_DECL.sub("", INVISIBLE.sub("", html), count=1)
    for attempt in range(2):
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
        try:
            root = lxml.html.document_fromstring(html, parser=parser)
        except (etree.ParserError, ValueError):
            raise IngestError("HTML has no main text (empty document)") from None
        if not any("depth" in e.message for e in parser.error_log):
            return root
        if attempt == 0:
            # libxml2 drops everything below its depth limit; nested wrappers carry no
            # text of their own, so flatten them and parse again.
            html = _FLATTEN_INLINE.sub("", _FLATTEN_BLOCK.sub("\n", html))
    raise IngestError("HTML nested too deeply to parse (more than 2048 levels)")


def html_text(html: str) -> tuple[str, str]:
    root = _parse_html(html)
    main, text = _main_node(root)
    h1 = next(main.iter("h1"), None)
    if h1 is None:
        h1 = next(root.iter("h1"), None)
    title = _WS.sub(" ", h1.text_content()).strip() if h1 is not None else ""
    if len(title) < 4:
        og = next((m.get("content") for m in root.iter("meta")
                   if m.get("property") == "og:title" and m.get("content")), None)
        page_title = root.findtext(".//title") or ""
        if og:
            title = og
        elif page_title.strip():
            parts = [p.strip() for p in _TITLE_SPLIT.split(page_title) if p.strip()]
            title = max(parts, key=len) if parts else page_title
    title = _WS.sub(" ", title).strip()
    if title and title not in text[:2000]:
        text = title + "\n" + text
    return text, title
