"""Chinese role frames for bodies named by what they did at the event (lectured, met the teams,
sat as judges), licensees named by what they obtained, supporters that 给予指导 and hosts that
共同举办 with a list: literal sentences in, literal (name, role) pairs out. Every snippet is
written for the test (none is copied from ../shared, round 2, round 3 or round 4)."""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return sorted((m.name, m.role) for m in find_organizations(View(text)))


@pytest.mark.parametrize("text, expected", [
    ("论坛在南京举行，江苏省科学技术厅、江苏省知识产权局给予指导和支持。",
     [("江苏省知识产权局", "supporter"), ("江苏省科学技术厅", "supporter")]),
    ("本次活动由厦门大学主办，福建省科学技术厅給予悉心指導。",
     [("厦门大学", "host"), ("福建省科学技术厅", "supporter")]),
])
def test_bodies_that_give_guidance_without_a_preposition_are_supporters(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("江苏省科技厅昨天与南京大学、东南大学共同举办「2024产学研对接会」。",
     [("东南大学", "host"), ("南京大学", "host"), ("江苏省科技厅", "host")]),
    ("南京大学技术转移中心与江蘇省技術產權交易所今（7）日於南京共同舉辦「技術授權說明會」。",
     [("南京大学技术转移中心", "host"), ("江蘇省技術產權交易所", "host")]),
    ("武汉大学受邀共同举办首轮路演，项目集中在智能制造领域。", [("武汉大学", "host")]),
])
def test_a_subject_and_its_partners_that_hold_the_event_together_are_hosts(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("复旦大学的3项专利由上海华谊集团股份有限公司以协议转让方式受让，合计900万元。",
     [("上海华谊集团股份有限公司", "signatory")]),
    ("湖南三一重工股份有限公司、湖南中联重科股份有限公司通过开放许可方式分别获得4件和2件专利的实施权。",
     [("湖南三一重工股份有限公司", "signatory"), ("湖南中联重科股份有限公司", "signatory")]),
    ("其中，廣州汽車集團股份有限公司取得車用電池技術，格力電器股份有限公司則取得邊緣運算平台授權。",
     [("格力電器股份有限公司", "signatory"), ("廣州汽車集團股份有限公司", "signatory")]),
])
def test_licensees_named_by_what_they_obtained_are_signatories(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "深圳某某科技股份有限公司获得国家发明专利授权。",
    "浙江大学在固态电池领域取得关键技术突破。",
])
def test_a_patent_granted_or_a_breakthrough_is_no_deal(text):
    assert [role for _, role in pairs(text)] != ["signatory"]


@pytest.mark.parametrize("text, expected", [
    ("南京大学、东南大学技术转移中心的专家，以及北京技术市场协会、江苏省技术市场的特邀讲师，"
     "分别围绕技术合同登记、知识产权评估等内容进行授课。",
     [("东南大学技术转移中心", "participant"), ("北京技术市场协会", "participant"),
      ("南京大学", "participant"), ("江苏省技术市场", "participant")]),
    ("廈門大學、福州大學的專家分別就專利評估等主題進行專題授課。",
     [("廈門大學", "participant"), ("福州大學", "participant")]),
])
def test_lecturers_named_by_their_institutions_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("路演结束后，招商银行、中信证券股份有限公司等12家投资机构与项目方进行了一对一洽谈。",
     [("中信证券股份有限公司", "participant"), ("招商银行", "participant")]),
    ("會上，兆豐國際商業銀行及國泰創業投資股份有限公司代表與進駐企業進行洽談。",
     [("兆豐國際商業銀行", "participant"), ("國泰創業投資股份有限公司", "participant")]),
    ("决赛中，中国银行、深圳市天使投资引导基金的代表担任评审。",
     [("中国银行", "participant"), ("深圳市天使投资引导基金", "participant")]),
])
def test_investors_meeting_teams_and_judges_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("江苏省产业技术研究院、苏州工业园区管委会有关负责同志，以及南京大学、东南大学等高校院所代表共120余人出席活动。",
     [("东南大学", "participant"), ("南京大学", "participant"),
      ("江苏省产业技术研究院", "participant"), ("苏州工业园区管委会", "participant")]),
    ("福建省科技厅相关负责同志，以及厦门大学、华侨大学等高校代表和参会企业代表出席。",
     [("厦门大学", "participant"), ("华侨大学", "participant"), ("福建省科技厅", "participant")]),
])
def test_officials_then_institutions_after_yiji_all_attend(text, expected):
    assert pairs(text) == sorted(expected)
