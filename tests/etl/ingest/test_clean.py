"""Clean text: boilerplate, whitespace and width, hard-wrapped lines (etl/ingest/clean.py)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.ingest import clean as clean_module
from etl.ingest import (
    clean_text,
    parse_document,
)
from tests.etl.hostile import make_pdf


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


@pytest.mark.parametrize("raw, expected", [
    ("首页 > 新闻中心 > 区县动态　发布时间：2026-03-12 10:20　来源：市科技局\n博览会开幕",
     "首页 > 新闻中心 > 区县动态 发布时间：2026-03-12 10:20 来源：市科技局\n博览会开幕"),
    ("当前位置：首頁 > 校園新聞　發布日期：2026-05-06\n博覽會開幕",
     "当前位置：首頁 > 校園新聞 發布日期：2026-05-06\n博覽會開幕"),
])
def test_a_breadcrumb_line_running_on_into_the_page_s_date_label_is_kept(raw, expected):
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


def test_a_release_kicker_line_is_not_left_as_the_headline():
    from etl.ingest.clean import clean_text
    assert clean_text("MEDIA RELEASE\n\nAgency inks 18 deals\nThe press release said so.") == (
        "Agency inks 18 deals\nThe press release said so.")
    assert clean_text("新聞稿\n論壇圓滿舉行\n（香港，2024年11月29日）論壇舉行。").startswith("論壇圓滿舉行")


@pytest.mark.parametrize("heading", ["【相关链接】", "【相關閱讀】", "[Related links]"])
def test_a_related_links_heading_in_brackets_drops_the_list_after_it(heading):
    body = "研究所与某某集团在大连签署技术许可协议，合同金额5000万元，双方将共建联合实验室。"
    text = f"{body}\n{body}\n{heading}\n· 我所参加第十届工业博览会（2024-09-25）\n· 我所举办开放日（2024-10-10）"
    assert clean_text(text) == f"{body}\n{body}"


@pytest.mark.parametrize("heading", ["【往期回顾】", "【往期回顧】", "往期精彩："])
def test_a_past_issues_box_drops_its_headlines_of_earlier_editions(heading):
    body = "学院在南京举办成果拍卖会，12项专利成交，成交总额980万元，到场企业40余家。"
    text = f"{body}\n{body}\n{heading}\n2024江南高校成果拍卖会成交额3500万元\n学院与某某集团共建研究院揭牌"
    assert clean_text(text) == f"{body}\n{body}"


@pytest.mark.parametrize("heading", ["Read also:", "See also", "ALSO READ"])
def test_a_read_also_list_after_the_story_is_dropped(heading):
    body = "The agency and a Lisbon start-up signed a licence worth €2 million at the fair."
    text = f"{body}\n{body}\n{heading}\n- Port city exports software worth $3 billion\n- New patent office opens"
    assert clean_text(text) == f"{body}\n{body}"


@pytest.mark.parametrize("raw", [
    ["■ 成果概况", "时间：5月20日—21日", "签约项目：41项", "签约总额：18.4亿元人民币",
     "其中：国际合作项目金额 0.9亿美元", "港澳项目金额 2.5亿港元", "重点签约：",
     "某某理工大学 × 某某重型机械股份有限公司（智能运维）", "■ 数据链接",
     "2024年某省技术合同成交额1230.5亿元", "首届大会（2022年，某市）签约总额21亿元"],
    ["某某技术转移中心 首页 | 中心概况 | 新闻动态", "论坛时间：2026年6月9日（星期二）",
     "报告一：寒地装备的转化实践（某某工业大学）", "报告二：专利作价入股的路径（某某理工大学）",
     "报告三：科技金融支持成果转化（某某银行股份有限公司）", "备注：", "请于6月1日前回执。"],
], ids=["label-and-figure-lines", "agenda-rows"])
def test_lines_of_every_length_are_items_not_a_wrapped_paragraph(raw):
    assert clean_text("\n".join(raw)).split("\n") == raw


def test_a_chinese_label_line_is_not_joined_to_the_wrapped_line_before_it():
    lines = ["会议地点：某某市高新技术产业开发区国际会议中心二楼多功能厅一号厅",
             "主办单位：某某省科学技术厅、某某市人民政府、某某大学技术转移中心",
             "参会规模：高校、科研院所、企业和金融机构代表约二百人参加此次会议",
             "会议期间将举办项目路演、成果发布、签约仪式和分组对接等多项活动内容"]
    out = clean_text("\n".join(lines)).split("\n")
    # the last line has no label: it carries on the wrapped line before it
    assert out == lines[:2] + [lines[2] + lines[3]]


@pytest.mark.parametrize("foot", [
    "Related: Harbour incubator opens EUR 12m lab for marine sensors",
    "RELATED\nValley council sets innovation budget at 4 billion rand",
])
def test_a_related_headline_at_the_foot_of_the_page_is_dropped(foot):
    body = "The institute licensed a water-filter design to a Gdansk firm at the fair for EUR 1 million."
    assert clean_text(f"{body}\n{body}\n{foot}") == f"{body}\n{body}"


@given(st.text(alphabet=" \t\u00a0\u3000\u2003a中\n", max_size=30))
def test_every_run_of_spaces_becomes_one_plain_space(text: str) -> None:
    # the pattern skips lone plain spaces; the text it gives is that of a plain run pattern
    assert clean_module._SPACES.sub(" ", text) == \
        re.sub(rf"[{clean_module._SPACE_CHARS}]+", " ", text)


@pytest.mark.parametrize("raw, expected", [
    ("2026年5月8日 09:12　来源：人民网　参与互动\n博览会开幕", "2026年5月8日 09:12 来源：人民网\n博览会开幕"),
    ("2026年5月8日 来源：光明网 参与互动(12)\n博览会开幕", "2026年5月8日 来源：光明网\n博览会开幕"),
])
def test_a_comment_widget_at_the_end_of_a_dateline_is_dropped(raw, expected):
    assert clean_text(raw) == expected


def test_taking_part_in_an_exchange_inside_a_sentence_is_kept():
    line = "企业代表参与互动交流，气氛热烈。"
    assert clean_text(f"博览会开幕\n{line}") == f"博览会开幕\n{line}"


@pytest.mark.parametrize("label", ["News provided by", "Content provided by:"])
def test_a_wire_s_provided_by_label_is_dropped(label):
    body = "Two firms today signed a licence for a sonar technology worth C$1.5 million."
    assert clean_text(f"{label}\nHarbour Robotics Inc.\n{body}") == \
        f"Harbour Robotics Inc.\n{body}"


def test_provided_by_inside_a_sentence_is_kept():
    line = "Funding for the pilot was provided by the provincial agency."
    assert clean_text(f"Licence signed\n{line}") == f"Licence signed\n{line}"
