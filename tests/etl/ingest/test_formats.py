"""Bytes of a file → Document per format, and the reasons a file is quarantined
(etl/ingest/formats.py and the reader of each format)."""
from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl import ingest
from etl.ingest import (
    Document,
    IngestError,
    Section,
    clean_text,
    dedupe_key,
    detect_language,
    parse_document,
    split_language_sections,
)
from tests.etl.hostile import make_docx, make_encrypted_pdf, make_pdf
from tests.etl.ingest.samples import EN, ZH, ZH_TRAD


def test_txt_title_is_the_first_line():
    doc = parse_document(f"Forum in Lima\n\n{EN}\n".encode(), ".TXT")
    assert (doc.title, doc.text, doc.language) == ("Forum in Lima", f"Forum in Lima\n{EN}", "en")
    assert doc.sections == [Section("en", doc.text)]


def test_markdown_is_stripped_to_text_and_titled_by_first_heading():
    md = ("---\nlayout: post\n---\n# Tech fair in **Accra**\n\n"
          "The *fair* was held on [5 May 2022](https://example.org/a) at the "
          "`Accra International Conference Centre`.\n\n"
          "- 120 exhibitors\n- 3,000 visitors\n\n> Quote from the organiser\n\n---\n"
          "| Item | Value |\n|---|---|\n| Deals | 14 |\n\n[1]: https://example.org\n")
    doc = parse_document(md.encode(), ".md")
    assert doc.title == "Tech fair in Accra"
    assert doc.text.split("\n") == [
        "Tech fair in Accra",
        "The fair was held on 5 May 2022 at the Accra International Conference Centre.",
        "120 exhibitors", "3,000 visitors", "Quote from the organiser", "Item | Value",
        "Deals | 14"]


def test_markdown_front_matter_title_wins():
    doc = parse_document(b"---\ntitle: \"Expo 2025 recap\"\n---\nText of the recap here.\n",
                         ".md")
    assert (doc.title, doc.text) == ("Expo 2025 recap", "Text of the recap here.")


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Innovation Week closes | City University News</title>
<style>.x{color:red}</style><script>var tracking = "Forum 2099";</script></head>
<body><header><div class="logo">City University</div><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; News</nav>
<div id="main-content"><article><h1>Innovation Week closes with 40 deals</h1>
<p class="date">Published 7 October 2021</p>
<p>Innovation Week ended in Leeds on Friday.<br>Some 900 people attended.</p>
<div class="share-buttons">Share on Twitter Facebook</div>
<table><tr><td>Deals</td><td>40</td></tr></table></article>
<aside>Most read: Campus opens new cafe</aside></div>
<div class="cookie-banner">We use cookies. Accept</div>
<footer>Copyright 2021 City University</footer></body></html>"""


def test_html_keeps_the_article_and_drops_navigation_scripts_and_footer():
    doc = parse_document(HTML_PAGE.encode(), ".html")
    assert doc.title == "Innovation Week closes with 40 deals"
    assert doc.text.split("\n") == [
        "Innovation Week closes with 40 deals", "Published 7 October 2021",
        "Innovation Week ended in Leeds on Friday.", "Some 900 people attended.",
        "Deals | 40 |"]


def test_html_without_article_uses_body_minus_menus_and_title_tag():
    html = ("<html><head><title>科技局 - 2023年技术交易博览会闭幕 - 政府网站</title>"
            "<meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
            "<div class='menu'><a>首页</a><a>新闻</a><a>公告</a></div>"
            "<div><p>2023年技术交易博览会于10月12日在西安闭幕，成交额达12亿元。</p></div>"
            "<div id='footer'>版权所有 科技局</div></body></html>")
    doc = parse_document(html.encode("gbk"), ".htm")
    assert doc.title == "2023年技术交易博览会闭幕"
    assert doc.text.split("\n") == ["2023年技术交易博览会闭幕",
                                    "2023年技术交易博览会于10月12日在西安闭幕，成交额达12亿元。"]
    assert doc.language == "zh"


def test_html_declared_utf8_but_really_gbk_still_decodes():
    html = ("<html><head><meta charset='utf-8'></head><body><p>" + ZH + "</p></body></html>")
    assert parse_document(html.encode("gbk"), ".html").text == ZH


def test_html_declared_gb2312_but_saved_as_utf8_reads_as_utf8():
    html = ("<html><head><meta charset='gb2312'></head><body><p>" + ZH + "</p></body></html>")
    assert parse_document(html.encode(), ".html").text == ZH


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"])
def test_html_in_utf16_with_or_without_bom(encoding):
    html = "<html><body><p>" + ZH + "</p><p>" + EN + "</p></body></html>"
    assert parse_document(html.encode(encoding), ".html").text == ZH + "\n" + EN


def test_html_declared_big5_is_decoded_with_big5():
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=big5'>"
            "</head><body><p>" + ZH_TRAD + "</p></body></html>")
    assert parse_document(html.encode("big5"), ".html").text == ZH_TRAD


def test_docx_title_from_heading_and_table_rows_as_lines():
    data = make_docx("Signing ceremony in Hanoi", ["Two universities signed an agreement."],
                     table=[["Partner", "Country"], ["VNU", "Vietnam"]])
    doc = parse_document(data, ".docx")
    assert doc.title == "Signing ceremony in Hanoi"
    assert doc.text.split("\n") == ["Signing ceremony in Hanoi",
                                    "Two universities signed an agreement.",
                                    "Partner | Country", "VNU | Vietnam"]


def _docx_with(part: str, content: bytes | None) -> bytes:
    """A valid .docx with one part replaced (or left out, when `content` is None)."""
    src = zipfile.ZipFile(io.BytesIO(make_docx("Forum", ["The forum opened."])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            if name != part:
                dst.writestr(name, src.read(name))
            elif content is not None:
                dst.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("part, content, reason", [
    ("word/document.xml", b"<w:document><w:body><w:p>", "XMLSyntaxError"),
    ("[Content_Types].xml", None, "KeyError"),
    ("_rels/.rels", b"<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
                    b"relationships'/>", "KeyError"),
], ids=["broken-xml", "missing-part", "no-main-document"])
def test_a_damaged_docx_is_quarantined_naming_what_is_wrong(part, content, reason):
    with pytest.raises(IngestError, match=rf"truncated or not a valid \.docx \({reason}"):
        parse_document(_docx_with(part, content), ".docx")


def test_docx_without_heading_takes_first_paragraph_as_title():
    data = make_docx("技术经理人培训班结业", ["培训班于2022年8月在杭州举办，共有85名学员结业。"],
                     heading_style=False)
    doc = parse_document(data, ".docx")
    assert (doc.title, doc.language) == ("技术经理人培训班结业", "zh")


def test_pdf_text_of_every_page():
    data = make_pdf([["Training for technology managers (Nairobi)", "held on 9 May 2022."],
                     ["Page two: 60 trainees attended."]])
    doc = parse_document(data, ".pdf")
    assert "Training for technology managers (Nairobi)" in doc.text
    assert "Page two: 60 trainees attended." in doc.text
    assert doc.title == "Training for technology managers (Nairobi)"


def test_pdf_encrypted_with_empty_user_password_is_read():
    doc = parse_document(make_encrypted_pdf(["Restricted but readable forum report"], ""),
                         ".pdf")
    assert doc.text == "Restricted but readable forum report"


@pytest.mark.parametrize("data, suffix, reason", [
    (b"abc", ".xlsx", "unsupported file type '.xlsx'"),
    (b"", ".txt", "empty file (0 bytes)"),
    (b"\n\n   \t\n", ".md", "whitespace only"),
    (b"<html><body><nav><a>Home</a></nav><footer>(c) 2020</footer></body></html>", ".html",
     "HTML has no main text"),
    (b"PK\x03\x04garbage", ".docx", "truncated or not a valid .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".docx", "legacy Word (.doc/OLE)"),
    (make_encrypted_pdf(["x"], "pw"), ".pdf", "encrypted PDF: a password is required"),
    (b"%PDF-1.7\n%%EOF", ".pdf", "malformed PDF"),
    (b"%PDF-1.4\n" + bytes(range(256)) * 4, ".pdf", "malformed PDF"),
    (b"PK\x03\x04" + bytes(range(256)) * 8, ".txt",
     "binary content (a ZIP archive (or .docx)), not text"),
], ids=["unsupported", "empty", "blank-md", "html-only-menus", "bad-zip-docx", "ole-docx",
        "pdf-password", "pdf-no-xref", "pdf-junk", "zip-named-txt"])
def test_parse_document_quarantine_reasons(data, suffix, reason):
    with pytest.raises(IngestError) as err:
        parse_document(data, suffix)
    assert reason in str(err.value)


@given(st.binary(max_size=3000), st.sampled_from(sorted(ingest.SUPPORTED_SUFFIXES)))
def test_parse_document_returns_or_raises_ingest_error_only(data, suffix):
    try:
        doc = parse_document(data, suffix)
    except IngestError as e:
        assert str(e)
    else:
        assert isinstance(doc, Document) and doc.text.strip()


@given(st.text(max_size=500))
def test_text_functions_never_raise_on_any_unicode(text):
    clean_text(text)
    detect_language(text)
    split_language_sections(text)
    dedupe_key(text)
