"""Chinese role shapes found missing in blind round 9: deal parties written without a head noun
(授权给某某生技, 则分别和A、B签署, 也跟B签了, 则同B就…达成), sponsors and funders said as verb
phrases (担任赞助单位, 冠名赞助, 获X拨款支持, 给了我们经费, 给予了大力支持), roles said in speech
(帮忙执行), bodies that bring projects (带来了…项目), joint labs built with 共建, help given to
the event (为活动提供了协助), and name shapes (…科学技术院, a chamber's regional 分会, a short
form ending in 院 before 与 / 和, 数位 inside a name).
Literal snippets in, literal (name, role) pairs out; every snippet is written for the test,
Simplified and Traditional."""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return sorted((m.name, m.role) for m in find_organizations(View(text)))


@pytest.mark.parametrize("text, expected", [
    ("甲研究院將「影像辨識」技術授權大立光電，授權金約500萬元。",
     [("大立光電", "signatory"), ("甲研究院", "signatory")]),
    ("第一天，清華大學把一項晶片技術授權給聯發科，簽約金是1億元。",
     [("清華大學", "signatory"), ("聯發科", "signatory")]),
    ("浙江大学将一项电池专利授权给宁德时代，许可费300万元。",
     [("宁德时代", "signatory"), ("浙江大学", "signatory")]),
])
def test_a_licensee_without_a_head_noun_after_the_licensing_verb_signs(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_kind_of_body_after_the_licensing_verb_is_no_party():
    assert pairs("浙江大学将一项电池专利授权给企业使用，许可费300万元。") == [("浙江大学", "signatory")]


@pytest.mark.parametrize("text, expected", [
    ("會中共促成8件合作案；成大則分別和聯華食品、統一超商簽署合作意向書。",
     [("統一超商", "signatory"), ("聯華食品", "signatory")]),
    ("中山大學也跟長榮航太簽了一份備忘錄。",
     [("中山大學", "signatory"), ("長榮航太", "signatory")]),
    ("厦门大学也跟安踏签了一份合作协议。",
     [("厦门大学", "signatory"), ("安踏", "signatory")]),
    ("中山大學則同金發科技就可降解材料技術達成授權合作。",
     [("中山大學", "signatory"), ("金發科技", "signatory")]),
])
def test_counterparts_joined_after_an_adverb_sign(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("會議由甲市科技局主辦，臺灣中小企業銀行則擔任本次活動的贊助單位。",
     [("甲市科技局", "host"), ("臺灣中小企業銀行", "supporter")]),
    ("活動由工研院主辦，並由玉山商業銀行冠名贊助。",
     [("工研院", "host"), ("玉山商業銀行", "supporter")]),
    ("展覽獲香港賽馬會慈善信託基金撥款支持。", [("香港賽馬會慈善信託基金", "supporter")]),
    ("经济部中小企业处则给了我们经费与指导。", [("经济部中小企业处", "supporter")]),
    ("会议由甲市科技局主办，四川省技术转移中心给予了大力支持。",
     [("四川省技术转移中心", "supporter"), ("甲市科技局", "host")]),
])
def test_sponsors_and_funders_said_as_verb_phrases_support(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("這場會是工研院和金屬中心一起主辦的，台灣區電機電子工業同業公會幫忙執行。",
     [("台灣區電機電子工業同業公會", "organizer"), ("工研院", "host"), ("金屬中心", "host")]),
    ("江苏产研院与合肥综合性国家科学中心能源研究院签署合作协议。",
     [("合肥综合性国家科学中心能源研究院", "signatory"), ("江苏产研院", "signatory")]),
])
def test_a_short_form_ending_in_yuan_is_a_whole_name_before_a_conjunction(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("四川大学、西南交通大学和中国科学院成都生物研究所带来了40项成果参加路演。",
     [("中国科学院成都生物研究所", "participant"), ("四川大学", "participant"),
      ("西南交通大学", "participant")]),
    ("仰光大学（缅甸）与云南大学共建中缅联合实验室。",
     [("云南大学", "partner"), ("仰光大学", "partner")]),
    ("北京工業大學與德國亞琛工業大學共建智能製造聯合實驗室。",
     [("北京工業大學", "partner"), ("德國亞琛工業大學", "partner")]),
])
def test_bodies_bringing_projects_or_building_a_lab_together(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("会议由甲市科技局主办，贵州省科学技术院协办。",
     [("甲市科技局", "host"), ("贵州省科学技术院", "co_organizer")]),
    ("会议由甲市科技局主办，中国德国商会华南及西南地区分会也为活动提供了协助。",
     [("中国德国商会华南及西南地区分会", "supporter"), ("甲市科技局", "host")]),
    ("活動在數位發展部數位產業署指導下舉行。", [("數位發展部數位產業署", "supporter")]),
])
def test_academies_regional_branches_and_digital_in_names(text, expected):
    assert pairs(text) == sorted(expected)
