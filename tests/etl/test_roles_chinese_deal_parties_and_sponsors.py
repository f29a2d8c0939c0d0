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

from etl.extract.org_reference import classify_org
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


@pytest.mark.parametrize("text, expected", [
    ("序号｜项目名称｜成果完成单位｜受让企业｜金额\n"
     "1｜锂电材料｜四川大学｜宜宾天原集团股份有限公司｜5000万元\n"
     "2｜智能传感｜电子科技大学｜成都秦川物联网科技股份有限公司｜1200万元",
     [("四川大学", "signatory"), ("宜宾天原集团股份有限公司", "signatory"),
      ("成都秦川物联网科技股份有限公司", "signatory"), ("电子科技大学", "signatory")]),
    ("序號｜技術名稱｜技術提供單位｜承接廠商｜金額\n"
     "1｜電池回收｜逢甲大學｜光寶科技股份有限公司｜300萬元\n"
     "2｜智慧農業｜東海大學｜大江生醫｜200萬元\n"
     "合計｜－｜－｜－｜500萬元",
     [("光寶科技股份有限公司", "signatory"), ("大江生醫", "signatory"), ("東海大學", "signatory"),
      ("逢甲大學", "signatory")]),
])
def test_the_party_columns_of_a_deal_table_sign(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("序｜中方签约单位｜外方签约单位｜金额\n1｜浙江大学｜慕尼黑工业大学｜300万\n",
     [("慕尼黑工业大学", "signatory"), ("浙江大学", "signatory")]),
    ("序號 ｜ 甲方簽約單位 ｜ 乙方簽約單位 ｜ 類別\n1 ｜ 成功大學 ｜ 奇美實業股份有限公司 ｜ 技術轉讓\n",
     [("奇美實業股份有限公司", "signatory"), ("成功大學", "signatory")]),
    # a Latin name in the cell's bracket may hold spaces and an asterisk
    ("序｜外方签约单位｜中方签约单位\n1｜卡尔斯鲁厄理工学院（K*IT Lab）｜同济大学\n"
     "2｜星辉控股（Star Bright Holdings）｜复旦大学\n",
     [("卡尔斯鲁厄理工学院（K*IT Lab）", "signatory"), ("同济大学", "signatory"),
      ("复旦大学", "signatory"), ("星辉控股（Star Bright Holdings）", "signatory")]),
])
def test_the_party_columns_of_a_deal_table_may_name_their_side(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_table_of_no_deal_gives_no_role():
    assert pairs("展区｜参展企业｜展位\nA1｜华为技术有限公司｜12") == []


@pytest.mark.parametrize("text, expected", [
    ("浙江工业大学以一项催化技术成果作价入股杭州恒创新材料有限公司。",
     [("杭州恒创新材料有限公司", "signatory"), ("浙江工业大学", "signatory")]),
    ("會上，逢甲大學以兩項專利作價入股台中精機股份有限公司。",
     [("台中精機股份有限公司", "signatory"), ("逢甲大學", "signatory")]),
])
def test_a_result_put_into_a_company_as_equity_makes_both_parties(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("推介会由省政府主办，省科技厅承办，省科协、甘肃银行给予了大力支持。",
     [("甘肃银行", "supporter"), ("省政府", "host"), ("省科协", "supporter"), ("省科技厅", "organizer")]),
    ("活動由市府主辦，市商會、台灣銀行提供金融支持。",
     [("台灣銀行", "supporter"), ("市商會", "supporter")]),
])
def test_a_short_form_opening_a_list_before_a_known_name_takes_its_role(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_person_opening_a_list_is_no_body():
    assert pairs("活动由甲市科技局主办，王明、甘肃银行给予了大力支持。") == \
        [("甘肃银行", "supporter"), ("甲市科技局", "host")]


@pytest.mark.parametrize("text, expected", [
    ("· 江苏产研院与合肥综合性国家科学中心能源研究院签署合作协议",
     [("合肥综合性国家科学中心能源研究院", "signatory"), ("江苏产研院", "signatory")]),
])
def test_a_bulleted_signing_line_keeps_its_unknown_first_party(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("本届大会由弗劳恩霍夫激光技术研究所（Fraunhofer ILT）参与主办。会上，Fraunhofer ILT与甲大学签订合同。",
     ["弗劳恩霍夫激光技术研究所", "甲大学"]),
    ("弗劳恩霍夫集成电路研究所（Fraunhofer IIS）参加。Fraunhofer IIS与乙大学签订合同。",
     ["弗劳恩霍夫集成电路研究所", "乙大学"]),
])
def test_letters_the_text_brackets_after_a_society_name_an_institute_not_the_society(text, expected):
    names = {m.name for m in find_organizations(View(text))}
    assert names == set(expected)


@pytest.mark.parametrize("text, expected", [
    ("開幕式上，甲市投資基金管理有限公司（甲投）聯同甲市農村商業銀行發起設立「科技成果轉化母基金」。",
     [("甲市投資基金管理有限公司", "partner"), ("甲市農村商業銀行", "partner")]),
    ("仪式上，宁波富邦控股集团有限公司联同宁波银行发起设立一支产业基金。",
     [("宁波富邦控股集团有限公司", "partner"), ("宁波银行", "partner")]),
])
def test_founders_of_a_fund_joined_by_liantong_are_partners(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("第二天，華威創投與中經合宣布，將共同投資清大衍生的新創公司。",
     [("中經合", "signatory"), ("華威創投", "signatory")]),
    ("会上，深创投与红杉资本宣布将联合投资一家机器人企业。",
     [("深创投", "signatory"), ("红杉资本", "signatory")]),
])
def test_two_unknown_investors_announcing_a_joint_investment_are_parties(text, expected):
    assert pairs(text) == sorted(expected)


def test_two_places_joined_before_a_signing_are_no_parties():
    assert pairs("同时上海与深圳签署合作协议。") == []


@pytest.mark.parametrize("text, expected", [
    ("▲圖二：東海大學的研究團隊向台達電代表講解技術，雙方隨後簽署合作意向書。",
     [("台達電", "signatory"), ("東海大學", "signatory")]),
    ("会上，甲大学团队向乙科技代表演示样机，双方随即签署合作协议。",
     [("乙科技", "signatory"), ("甲大学", "signatory")]),
])
def test_both_sides_a_later_signing_refers_to_sign(text, expected):
    assert pairs(text) == sorted(expected)


def test_both_sides_with_no_body_named_sign_nothing():
    assert pairs("会上，甲市领导向来宾介绍园区情况，双方随后签署协议。") == []


@pytest.mark.parametrize("text, expected", [
    ("德方合作伙伴是西门子公司和博世集团，中国德国商会华南及西南地区分会也为活动提供了协助。",
     [("中国德国商会华南及西南地区分会", "supporter"), ("博世集团", "partner"), ("西门子公司", "partner")]),
    ("主辦單位為甲市科技局，乙市商業總會則為活動提供了協助。",
     [("乙市商業總會", "supporter"), ("甲市科技局", "host")]),
])
def test_a_body_after_a_comma_with_its_own_clause_leaves_the_list_before(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("這場會是國衛院和金屬中心一起主辦的。", [("國衛院", "host"), ("金屬中心", "host")]),
    ("论坛由市科协和甲市科技局共同主办。", [("市科协", "host"), ("甲市科技局", "host")]),
])
def test_a_short_form_opening_a_list_after_shi_or_you_takes_its_role(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("name, kind", [
    ("省科协", "association"), ("市科協", "association"), ("贵州省科学技术院", "research_institute"),
    ("智慧材料研發院", "research_institute"),
])
def test_short_and_academy_names_are_typed(name, kind):
    assert classify_org(name) == kind
