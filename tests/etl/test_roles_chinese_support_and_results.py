"""Chinese role shapes found missing in a blind round: bodies named by the support they give
(提供金融支持), by the results they bring (携N项成果参拍) or supply (提供了成果清单), and bank
sub-branches below a county (某银行股份有限公司某县支行). Literal sentences in, literal (name, role)
pairs out; every snippet is written for the test, Simplified and Traditional."""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return sorted((m.name, m.role) for m in find_organizations(View(text)))


@pytest.mark.parametrize("text, expected", [
    ("活动由甲市科技局主办，中国农业银行九江分行提供金融支持。",
     [("中国农业银行九江分行", "supporter"), ("甲市科技局", "host")]),
    ("南昌大学、江西农业大学提供教学支持。",
     [("南昌大学", "supporter"), ("江西农业大学", "supporter")]),
    ("論壇由成功大學主辦，中國信託商業銀行提供融資支持。",
     [("中國信託商業銀行", "supporter"), ("成功大學", "host")]),
])
def test_bodies_that_give_a_kind_of_support_are_supporters(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("南昌大学、江西农业大学等11所高校院所携90余项成果参拍。",
     [("南昌大学", "participant"), ("江西农业大学", "participant")]),
    ("華中科技大學攜帶30項專利參展。", [("華中科技大學", "participant")]),
    ("江西省农业科学院提供了项目库。", [("江西省农业科学院", "participant")]),
    ("湖北省农业科学院等单位提供了成果清单。", [("湖北省农业科学院", "participant")]),
])
def test_bodies_that_bring_or_supply_results_take_part(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_service_given_to_firms_is_no_role():
    assert pairs("江西农业大学为企业提供技术服务。") == []


@pytest.mark.parametrize("text, expected", [
    ("活动由南昌县人民政府主办，南昌县农村商业银行股份有限公司和九江银行股份有限公司南昌县支行共同协办。",
     [("九江银行股份有限公司南昌县支行", "co_organizer"), ("南昌县人民政府", "host"),
      ("南昌县农村商业银行股份有限公司", "co_organizer")]),
    ("說明會由上饒銀行股份有限公司德興支行協辦。",
     [("上饒銀行股份有限公司德興支行", "co_organizer")]),
])
def test_a_county_level_bank_sub_branch_is_an_organisation(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("江苏大学、淮阴工学院、徐州工程学院主办。",
     [("徐州工程学院", "host"), ("江苏大学", "host"), ("淮阴工学院", "host")]),
    ("南昌大學、井岡山工學院及九江學院參加。",
     [("九江學院", "participant"), ("井岡山工學院", "participant"), ("南昌大學", "participant")]),
])
def test_a_college_listed_after_a_whole_university_is_its_own_body(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("南昌大学、九江学院等6所高校的技术转移机构负责人，以及县内40家企业负责人，共90余人参会。",
     [("九江学院", "participant"), ("南昌大学", "participant")]),
    ("南昌大學、九江學院的科研處負責人，以及區內30多家企業代表共80人出席。",
     [("九江學院", "participant"), ("南昌大學", "participant")]),
    ("南昌大学、九江学院相关负责人，以及江西铜业股份有限公司管理层出席。",
     [("九江学院", "participant"), ("南昌大学", "participant"), ("江西铜业股份有限公司", "participant")]),
])
def test_a_long_attendee_list_with_a_second_group_keeps_its_named_bodies(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("會中，成功大學分別與聯華電子、宏碁及統一企業簽署授權合約。",
     [("宏碁", "signatory"), ("成功大學", "signatory"), ("統一企業", "signatory"), ("聯華電子", "signatory")]),
    ("南昌大学与江西铜业股份有限公司、赣锋锂业签订合同。",
     [("南昌大学", "signatory"), ("江西铜业股份有限公司", "signatory"), ("赣锋锂业", "signatory")]),
    ("成功大學與力晶積成電子製造股份有限公司（力積電）、新唐科技分別簽署兩項技術授權。",
     [("力晶積成電子製造股份有限公司", "signatory"), ("成功大學", "signatory"), ("新唐科技", "signatory")]),
])
def test_every_counterpart_listed_after_with_signs(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_count_of_kinds_after_with_names_no_counterpart():
    assert pairs("成功大學與多家企業、兩所大學簽署協議。") == [("成功大學", "signatory")]


@pytest.mark.parametrize("text, expected", [
    ("南昌大学同江西铜业股份有限公司就冶炼工艺达成技术许可。",
     [("南昌大学", "signatory"), ("江西铜业股份有限公司", "signatory")]),
    ("華中科技大學與武漢鋼鐵有限公司就熱軋技術達成合作意向。",
     [("武漢鋼鐵有限公司", "signatory"), ("華中科技大學", "signatory")]),
])
def test_a_deal_reached_on_a_topic_without_a_signing_verb_has_two_parties(text, expected):
    assert pairs(text) == sorted(expected)


def test_an_agreement_in_principle_is_no_deal():
    assert pairs("南昌大学与江西铜业股份有限公司就合作模式达成共识。") == []


@pytest.mark.parametrize("text, expected", [
    ("論壇由成功大學主辦，國泰世華商業銀行與玉山商業銀行贊助。",
     [("國泰世華商業銀行", "supporter"), ("成功大學", "host"), ("玉山商業銀行", "supporter")]),
    ("赞助单位：中国银行、招商银行。", [("中国银行", "supporter"), ("招商银行", "supporter")]),
    ("說明會由成功大學主辦，台灣經濟研究院（台經院）協助執行。",
     [("台灣經濟研究院", "organizer"), ("成功大學", "host")]),
])
def test_sponsors_support_and_a_body_helping_to_run_the_event_organises(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("name, org_type", [
    ("江苏省技术产权交易所有限公司", "intermediary"),
    ("華東技術交易所股份有限公司", "intermediary"),
    ("上海证券交易所有限公司", "enterprise"),
    ("國科會生命科學研究發展處", "government"),
    ("发改委高技术处", "government"),
    ("中华技术协会秘书处", "association"),
])
def test_types_of_exchanges_with_a_legal_form_and_of_a_commissions_divisions(name, org_type):
    from etl.extract.org_reference import classify_org
    assert classify_org(name) == org_type


@pytest.mark.parametrize("text, expected", [
    ("財團法人精密機械研究院（精機院）台灣光電研究中心（光電中心，TORC）今日舉行說明會。本次說明會由光電中心主辦。",
     [("財團法人精密機械研究院（精機院）台灣光電研究中心", "host")]),
    ("江苏省产业技术研究院光电研究中心（光电中心，JORC）今日举行说明会。本次说明会由光电中心主办。",
     [("江苏省产业技术研究院光电研究中心", "host")]),
])
def test_a_short_form_given_with_an_acronym_in_its_bracket_stands_for_the_full_name(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("香港浸會大學主辦博覽，展出來自中醫藥學院、理學院及傳理與影視學院等逾50項研究成果。",
     [("香港浸會大學", "host")]),
    ("南京大学主办论坛，展出来自生命科学学院、医学院和电子科学与工程学院的30项成果。",
     [("南京大学", "host")]),
])
def test_faculties_listed_beside_a_faculty_named_by_its_field_are_no_bodies(text, expected):
    assert pairs(text) == sorted(expected)


def test_colleges_named_after_their_town_stay_bodies():
    assert pairs("论坛由九江学院、萍乡学院主办。") == [("九江学院", "host"), ("萍乡学院", "host")]


@pytest.mark.parametrize("text, expected", [
    ("活動由江門市科學技術局主辦。會上，江門市科技局局長致詞時表示，將加強合作。",
     [("江門市科學技術局", "host"), ("江門市科學技術局", "participant")]),
    ("论坛由长沙市经济和信息化局承办。长沙市经信局负责人在致辞时表示，将加强合作。",
     [("长沙市经济和信息化局", "organizer"), ("长沙市经济和信息化局", "participant")]),
])
def test_a_body_named_later_by_its_standard_contraction_is_the_body_named_in_full(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("由成功大學主辦，台南市工業會及遠傳電信研究院則負責協辦。",
     [("台南市工業會", "co_organizer"), ("成功大學", "host"), ("遠傳電信研究院", "co_organizer")]),
    ("南京大学主办，江苏省产业技术研究院则承办。",
     [("南京大学", "host"), ("江苏省产业技术研究院", "organizer")]),
])
def test_a_contrast_word_after_a_name_is_no_part_of_it(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("台灣區電機電子工業同業公會　會訊　第88期\n本會於11月2日舉辦座談，由本會與工業技術研究院共同主辦，經濟部指導。",
     [("台灣區電機電子工業同業公會", "host"), ("工業技術研究院", "host"), ("經濟部", "supporter")]),
    ("江西省科技协会　简报\n论坛由本会与南昌大学共同主办。",
     [("南昌大学", "host"), ("江西省科技协会", "host")]),
])
def test_an_association_writing_of_itself_as_this_association_is_the_body_its_header_names(text, expected):
    assert pairs(text) == sorted(expected)


def test_this_meeting_is_no_association():
    assert pairs("南昌大学　新闻\n本会议由南昌大学主办。") == [("南昌大学", "host")]


def test_a_national_federation_writing_of_itself_hosts():
    text = "中華民國全國商業總會　商總電子報　第12期\n本會於11月2日舉辦座談，由本會與工業技術研究院共同主辦。"
    assert pairs(text) == [("中華民國全國商業總會", "host"), ("工業技術研究院", "host")]


def test_always_is_no_federation():
    assert pairs("创新企业总会遇到融资难题，论坛由南昌大学主办。") == [("南昌大学", "host")]


@pytest.mark.parametrize("text, expected", [
    # 对 and the event between the body and the guidance it gives
    ("大赛由江城大学主办，江西省科学技术厅对大赛给予指导。",
     [("江城大学", "host"), ("江西省科学技术厅", "supporter")]),
    ("論壇由東湖大學主辦，經濟部產業發展署對本次論壇給予大力支持與指導。",
     [("東湖大學", "host"), ("經濟部產業發展署", "supporter")]),
])
def test_a_body_that_guides_the_event_named_after_dui_is_a_supporter(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_body_that_guides_others_than_the_event_is_no_supporter():
    assert pairs("江西省科学技术厅对企业提供技术指导，论坛由江城大学主办。") == [("江城大学", "host")]
