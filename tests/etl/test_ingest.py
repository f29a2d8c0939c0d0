"""etl.ingest: formats, encodings, boilerplate, language, bilingual split, duplicate keys."""
from __future__ import annotations

import codecs
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
    decode_text,
    dedupe_key,
    detect_language,
    discover,
    parse_document,
    read_source,
    split_language_sections,
)
from tests.etl.hostile import make_docx, make_encrypted_pdf, make_pdf

ZH = "2024年4月18日，粤港澳大湾区技术转移大会在广州开幕，约六百名代表参加。"
ZH_TRAD = "香港科技園舉辦技術轉移論壇，逾二百位業界代表出席，探討知識產權商品化。"
EN = "The Baltic Technology Transfer Forum opened in Tallinn on 3 June 2019."


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("data, expected", [
    (EN.encode("utf-8"), EN),
    (codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH),
    (codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), ZH),
    (codecs.BOM_UTF16_BE + EN.encode("utf-16-be"), EN),
    (codecs.BOM_UTF32_LE + ZH.encode("utf-32-le"), ZH),
    (codecs.BOM_UTF32_BE + EN.encode("utf-32-be"), EN),
    (EN.encode("utf-16-le"), EN),                        # no BOM: NULs in odd bytes
    (EN.encode("utf-16-be"), EN),                        # no BOM: NULs in even bytes
    (ZH.encode("utf-16-le")[8:], ZH[4:]),                # no BOM, no ASCII to give it away
    (ZH.encode("gb18030"), ZH),
    (ZH.encode("gbk"), ZH),
    ("科技成果转化中心与企业签署合作协议。".encode("gbk"), "科技成果转化中心与企业签署合作协议。"),
    (ZH_TRAD.encode("big5"), ZH_TRAD),
    ("臺北國際發明暨技術交易展今日開幕。".encode("big5"), "臺北國際發明暨技術交易展今日開幕。"),
    ("Le salon s'est tenu à Genève, où 1 200 visiteurs étaient présents."
     " Les exposants venaient de Zürich et de Besançon.".encode("cp1252"),
     "Le salon s'est tenu à Genève, où 1 200 visiteurs étaient présents."
     " Les exposants venaient de Zürich et de Besançon."),
    (("The café in Zürich hosted the forum with many délégués. " * 20).encode("latin-1"),
     "The café in Zürich hosted the forum with many délégués. " * 20),
    ("Ünïcödé".encode("latin-1"), "Ünïcödé"),
    ("Wang Lin (王林) opened the forum in Harbin.".encode("gbk"),
     "Wang Lin (王林) opened the forum in Harbin."),
    (b"Fair\x00 opens\x00", "Fair opens"),
    (b"", ""),
], ids=["utf8", "utf8-bom-zh", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom",
        "utf16le-nobom-ascii", "utf16be-nobom-ascii", "utf16le-nobom-chinese", "gb18030",
        "gbk", "gbk-short", "big5", "big5-short", "cp1252", "latin1-long-not-read-as-gbk",
        "latin1-short", "gbk-english-with-chinese-name", "nul-removed", "empty"])
def test_decode_text_reads_each_encoding(data, expected):
    assert decode_text(data) == expected


def test_decode_text_keeps_utf8_lines_when_one_line_is_gbk():
    data = (ZH.encode("utf-8") + b"\n" + "北京技术交易额增长。".encode("gbk") + b"\n"
            + "深圳签约项目四十个。".encode())
    assert decode_text(data).split("\n") == [ZH, "北京技术交易额增长。", "深圳签约项目四十个。"]


def test_decode_text_replaces_a_stray_byte_instead_of_garbling_the_line():
    text = decode_text(ZH.encode("utf-8") + b"\n" + "大会于成都举行".encode() + b"\xff\n")
    assert text.startswith(ZH + "\n大会于成都举行")


@given(st.binary(max_size=2000))
def test_decode_text_never_raises_on_arbitrary_bytes(data):
    assert "\x00" not in decode_text(data)


# ---------------------------------------------------------------- cleaning

@pytest.mark.parametrize("raw, expected", [
    ("Forum opens\nzh_CNChinese en_USEnglish\nScroll to Top", "Forum opens"),
    ("Forum opens\nEnglish | 中文", "Forum opens"),
    ("Back to top\nForum opens\n返回顶部", "Forum opens"),
    ("Share:\nPrint\nForum opens\n分享到：微信 微博", "Forum opens"),
    ("[bookmark: _GoBack][12 May 2023, Hanoi] Fair opens", "[12 May 2023, Hanoi] Fair opens"),
    ("This website uses cookies to improve your experience. By continuing you agree.\n"
     "Accept all\nFair opens", "Fair opens"),
    ("News & Events\nFair opens", "Fair opens"),
    ("首页 > 新闻中心 > 正文\n当前位置：首页 > 科技动态\n博览会开幕", "博览会开幕"),
    ("Fair opens\nCopyright © 2024 Ghent University. All rights reserved.", "Fair opens"),
    ("博览会开幕\n版权所有：浙江大学\n浙ICP备05074421号", "博览会开幕"),
    ("博览会开幕\n上一篇：学校召开会议\n下一篇：无", "博览会开幕"),
    ("Fair opens\nTranslated by: LI Na, School of Languages\nEdited by: News Office",
     "Fair opens"),
    ("Fair opens\n(Translated by the International Office &\n\nSchool of Languages)",
     "Fair opens"),
    ("博览会开幕\n责任编辑：王芳\n审核：李强", "博览会开幕"),
    ("Fair opens\n字号：大 中 小\n【打印】【关闭】", "Fair opens"),
], ids=["wpml-switcher", "language-links", "back-to-top", "share-print", "word-bookmark",
        "cookie-banner", "section-menu", "zh-breadcrumbs", "copyright", "zh-footer-icp",
        "prev-next", "credits", "credits-broken-over-lines", "zh-editor-credits",
        "zh-font-size-print-close"])
def test_clean_text_strips_boilerplate(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("line", [
    "Source: Xinhua, 12 May 2023",                 # a dated source line is a dateline
    "来源：科技日报 2023-05-28",
    "Share of exports rose to 40% after the fair.",
    "Print media covered the forum widely.",
    "Copyright licensing was the theme of the second panel.",
    "分享了成果转化的经验。",
    "Top universities from 12 countries attended.",
    "Home appliances makers signed 30 deals.",
    "Next year the summit moves to Seoul.",
], ids=["dated-source", "dated-zh-source", "share-word", "print-word", "copyright-word",
        "zh-share-verb", "top-word", "home-word", "next-word"])
def test_clean_text_keeps_content_lines_that_look_like_boilerplate(line):
    assert clean_text(f"Fair opens\n{line}") == f"Fair opens\n{line}"


def test_related_box_in_second_half_drops_the_rest():
    body = "The fair opened in Porto with 3,000 visitors from 20 countries and regions."
    text = f"{body}\n{body}\nRelated News\nUniversity signs MoU\nLab opens"
    assert clean_text(text) == f"{body}\n{body}"


def test_related_heading_in_first_half_is_kept():
    text = "Related news\n" + "The fair opened in Porto with 3,000 visitors from 20 countries."
    assert clean_text(text) == text


@pytest.mark.parametrize("raw, expected", [
    ("Fair\r\nopens\rtoday", "Fair\nopens\ntoday"),
    ("  Fair   opens\t\there  \n\n\n Next  ", "Fair opens here\nNext"),
    ("Fair\u00a0opens\u3000today\u200b.", "Fair opens today."),
    ("２０２３年５月，参会人数达３００人，占比４２％。", "2023年5月，参会人数达300人，占比42%。"),
    ("会议由科技部主办；参会者来自ＵＣＬ！", "会议由科技部主办；参会者来自UCL！"),
    ("\ufeffFair\x07 opens", "Fair opens"),
    ("", ""),
], ids=["line-breaks", "spaces-and-blank-lines", "odd-spaces-zero-width", "fullwidth-digits",
        "chinese-punctuation-kept", "bom-and-control", "empty"])
def test_clean_text_normalises_whitespace_and_width(raw, expected):
    assert clean_text(raw) == expected


def test_clean_text_rejoins_hard_wrapped_paragraphs():
    raw = ("The Nordic Innovation Fair was held in Oslo on 4 May 2022 and\n"
           "gathered more than 400 participants from universities, research\n"
           "institutes and companies across the region and beyond it.\n"
           "\n"
           "Organisers said the next fair would take place in Helsinki in\n"
           "the spring of 2024, with an expanded programme of training.\n")
    assert clean_text(raw).split("\n") == [
        "The Nordic Innovation Fair was held in Oslo on 4 May 2022 and gathered more than 400 "
        "participants from universities, research institutes and companies across the region "
        "and beyond it.",
        "Organisers said the next fair would take place in Helsinki in the spring of 2024, "
        "with an expanded programme of training."]


@pytest.mark.parametrize("raw, expected", [
    (["Participants from the following institutions attended the forum",
      "University of Cape Town, South Africa, technology transfer office",
      "Makerere University, Uganda, directorate of research and innovation",
      "Kenyatta University, Kenya, office of the deputy vice chancellor",
      "Addis Ababa University, Ethiopia, office of the vice president"],
     None),
    (["2022年6月15日，长三角技术转移联盟年会在合肥召开，来自上海、江苏、浙江",
      "和安徽的二百余家高校院所与企业参加会议，会上发布了年度技术转移报告，并",
      "签署了十二项合作协议，协议金额合计约三点五亿元人民币，涉及新能源与新材",
      "料等领域。"],
     ["2022年6月15日，长三角技术转移联盟年会在合肥召开，来自上海、江苏、浙江和安徽的二百余家"
      "高校院所与企业参加会议，会上发布了年度技术转移报告，并签署了十二项合作协议，协议金额合计约"
      "三点五亿元人民币，涉及新能源与新材料等领域。"]),
    (["The cooperation agreement was signed by representatives of the",
      "Technical University of Munich and the Fraunhofer Society in the",
      "presence of state officials; both sides agreed to set up a joint lab-",
      "oratory for battery research by the end of the year 2025."],
     ["The cooperation agreement was signed by representatives of the Technical University of "
      "Munich and the Fraunhofer Society in the presence of state officials; both sides agreed "
      "to set up a joint laboratory for battery research by the end of the year 2025."]),
], ids=["list-of-capitalised-lines-kept", "chinese-wrapped-joined", "connector-and-hyphen"])
def test_clean_text_unwraps_prose_but_not_lists(raw, expected):
    assert clean_text("\n".join(raw)).split("\n") == (expected or raw)


def test_pdf_hard_wrapped_lines_come_back_as_one_paragraph():
    lines = ["The Andean Technology Transfer Summit took place in Lima on",
             "14 September 2023 and brought together more than 300 delegates",
             "from universities, research centres and companies from Peru,",
             "Chile, Colombia and Ecuador, according to the organisers."]
    doc = parse_document(make_pdf([lines]), ".pdf")
    assert doc.text == " ".join(lines)


def test_clean_text_keeps_one_paragraph_per_line_when_lines_are_paragraphs():
    para = "The summit was held in Kigali and drew delegates from 30 African countries. " * 4
    raw = f"Kigali summit\n\n{para}\n\nSpeakers\nAmina Diallo, Director\nJohn Okafor, CEO"
    assert clean_text(raw).split("\n") == ["Kigali summit", para.strip(), "Speakers",
                                           "Amina Diallo, Director", "John Okafor, CEO"]


# ---------------------------------------------------------------- language

@pytest.mark.parametrize("text, expected", [
    (EN, "en"),
    (ZH, "zh"),
    (ZH_TRAD, "zh"),
    ("会议由美国大学技术经理人协会（AUTM）和牛津大学创新公司（Oxford University Innovation）协办，"
     "来自MIT、ETH Zurich的专家作了报告。", "zh"),
    ("The forum was opened by Wang Lin (王林), director of the provincial science department, "
     "and by the mayor of the city, who welcomed the guests.", "en"),
    (ZH + "\n" + EN + " " + EN, "mixed"),
    ("Die Technologietransfer-Konferenz fand in München statt und wurde von der Universität "
     "organisiert. Die Teilnehmer kamen aus ganz Europa und diskutierten über Patente.", "other"),
    ("技術移転フォーラムが東京で開催され、約三百人が参加しました。", "other"),
    ("기술이전 포럼이 서울에서 개최되었습니다.", "other"),
    ("12345 !!! ...", "other"),
    ("", "other"),
], ids=["en", "zh", "zh-traditional", "zh-with-latin-names", "en-with-chinese-name", "mixed",
        "german", "japanese", "korean", "no-letters", "empty"])
def test_detect_language_by_script_shares(text, expected):
    assert detect_language(text) == expected


ZH_BLOCK = ("中非技术转移论坛在内罗毕举行\n"
            "2023年11月2日，中非技术转移论坛在肯尼亚内罗毕举行，由科学技术部和肯尼亚教育部共同主办。\n"
            "论坛吸引了来自15个国家的四百余名代表，签署合作协议12项，涉及农业、医疗和新能源领域。\n"
            "与会专家表示，技术转移是中非合作的重要组成部分，将进一步推动双方科技创新合作。")
EN_BLOCK = ("China-Africa Technology Transfer Forum held in Nairobi\n"
            "On 2 November 2023, the China-Africa Technology Transfer Forum was held in Nairobi, "
            "Kenya, co-hosted by the Ministry of Science and Technology and the Kenyan Ministry "
            "of Education.\n"
            "More than 400 delegates from 15 countries attended, and 12 cooperation agreements "
            "were signed in agriculture, health care and new energy (新能源).\n"
            "Experts said technology transfer is an important part of China-Africa cooperation.")


@pytest.mark.parametrize("text, expected", [
    (f"{ZH_BLOCK}\n{EN_BLOCK}", [("zh", ZH_BLOCK), ("en", EN_BLOCK)]),
    (f"{EN_BLOCK}\n{ZH_BLOCK}", [("en", EN_BLOCK), ("zh", ZH_BLOCK)]),
    (ZH_BLOCK, [("zh", ZH_BLOCK)]),
    (EN_BLOCK, [("en", EN_BLOCK)]),
    ("关于举办技术转移培训的通知\n" + EN_BLOCK,
     [("en", "关于举办技术转移培训的通知\n" + EN_BLOCK)]),
    (ZH_BLOCK + "\nUNESCO, WIPO and AUTM sent observers.", [
        ("zh", ZH_BLOCK + "\nUNESCO, WIPO and AUTM sent observers.")]),
    ("", []),
], ids=["zh-then-en", "en-then-zh", "zh-only", "en-only-with-bracketed-chinese",
        "chinese-title-over-english-body", "english-acronym-line-in-chinese", "empty"])
def test_split_language_sections_at_the_switch_for_good(text, expected):
    assert [(s.lang, s.text) for s in split_language_sections(text)] == expected


def test_bilingual_release_parses_as_mixed_with_two_sections():
    doc = parse_document(f"{ZH_BLOCK}\n\n{EN_BLOCK}".encode("gb18030"), ".txt")
    assert doc.language == "mixed"
    assert [s.lang for s in doc.sections] == ["zh", "en"]
    assert doc.title == "中非技术转移论坛在内罗毕举行"


# ---------------------------------------------------------------- duplicates

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


# ---------------------------------------------------------------- formats

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
    (b"PK\x03\x04" + bytes(range(256)) * 8, ".txt", "binary content (a ZIP archive (or .docx)), not text"),
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


# ---------------------------------------------------------------- files

def test_discover_skips_hidden_and_sorts_by_relative_path(tmp_path):
    for rel in ["b.txt", "a/z.md", "a/b.html", ".git/config", "c/.cache.txt", "A.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == [
        "A.txt", "a/b.html", "a/z.md", "b.txt"]


def test_read_source_refuses_files_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.files, "MAX_FILE_BYTES", 1024)
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 2048)
    with pytest.raises(IngestError, match="file too large: 0.0 MiB exceeds the limit"):
        read_source(f, tmp_path)


def test_read_source_refuses_a_directory(tmp_path):
    (tmp_path / "d.txt").mkdir()
    with pytest.raises(IngestError, match=r"not a regular file \(a directory\)"):
        read_source(tmp_path / "d.txt", tmp_path)


def test_read_source_returns_bytes_and_follows_links_inside_the_folder(tmp_path):
    (tmp_path / "real.txt").write_bytes(b"hello")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert read_source(tmp_path / "link.txt", tmp_path) == b"hello"
