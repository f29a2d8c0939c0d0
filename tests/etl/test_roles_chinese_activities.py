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


@pytest.mark.parametrize("text, expected", [
    ("其中，浙江大学与一家杭州企业签约的技术许可项目金额为500万元。", [("浙江大学", "signatory")]),
    ("會中，中山大學與8家生技公司完成技術授權簽約。", [("中山大學", "signatory")]),
    # a university's labs are the university (no name of their own)
    ("对接会上，暨南大学实验室与佛山一家新材料企业签署成果转化协议。",
     [("暨南大学", "signatory")]),
])
def test_a_counted_description_of_a_party_is_no_name(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "與會者中，約有40%來自上市櫃公司，其餘為新創與投資機構。",
    "参会者中，三成来自上市公司，其余为创投机构和金融机构。",
])
def test_kinds_of_participants_in_shares_are_no_names(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("活動當日，北大亦與阿里巴巴公司簽署合作備忘錄。",
     [("北大", "signatory"), ("阿里巴巴公司", "signatory")]),
    ("会后，复旦大学也与上海电气集团股份有限公司签署合作协议。",
     [("复旦大学", "signatory"), ("上海电气集团股份有限公司", "signatory")]),
    ("活動由北大主辦，中國科學院上海高等研究院（中科院上海高研院）參與。中科院上海高研院與巴西聖保羅大學簽署合作意向。",
     [("中國科學院上海高等研究院", "participant"), ("中科院上海高研院", "signatory"),
      ("北大", "host"), ("巴西聖保羅大學", "signatory")]),
])
def test_names_joined_by_an_adverb_and_yu_are_two_parties(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("（台北，2024年9月12日）臺北市產業發展局今日於台北國際會議中心舉辦投資日。",
     [("臺北市產業發展局", "host")]),
    ("（新华社，记者王某）深圳市科技创新局今日在深圳会展中心举办成果对接会。",
     [("深圳市科技创新局", "host")]),
])
def test_a_dateline_bracket_is_no_part_of_the_subject_that_holds_the_event(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("發布者：產學中心　　發布時間：113年5月10日\n本中心於5月8日舉辦說明會。", []),
    ("发布单位：技术转移中心　发布日期：2024-04-02\n4月2日，学校举办成果对接会。", []),
])
def test_a_publisher_line_names_no_participant(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会上，红杉资本股份有限公司、华夏资本管理有限公司代表出席。",
     [("红杉资本股份有限公司", "participant"), ("华夏资本管理有限公司", "participant")]),
    ("招商會上，國泰資本股份有限公司代表與進駐企業進行洽談。",
     [("國泰資本股份有限公司", "participant")]),
])
def test_a_capital_firm_keeps_the_whole_name(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("香港理工大學（理大）創業計劃決賽於本月3日在校園舉行，由理大主辦、理大知識轉移處籌辦。",
     [("理大知識轉移處", "organizer"), ("香港理工大學", "host")]),
    ("浙江大学（浙大）创新大赛昨日闭幕。大赛由浙大主办，浙大技术转移中心承办。",
     [("浙大技术转移中心", "organizer"), ("浙江大学", "host")]),
])
def test_a_short_form_defined_in_brackets_stands_for_its_body(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_short_form_inside_another_word_is_no_name():
    text = "浙江大学（浙大）今年成立。该平台处理大量数据，浙大与杭州市政府签约。"
    assert pairs(text) == sorted([("浙江大学", "signatory"), ("杭州市政府", "signatory")])


@pytest.mark.parametrize("text, expected", [
    ("工業技術研究院（工研院）今（28）日於新竹院區舉辦「技術授權日」。", [("工業技術研究院", "host")]),
    ("中山大學技轉中心與財團法人資訊工業策進會昨（7）日於台北共同舉辦說明會，經濟部工業局代表應邀出席。",
     [("中山大學技轉中心", "host"), ("經濟部工業局", "participant"),
      ("財團法人資訊工業策進會", "host")]),
])
def test_taiwanese_date_words_and_invited_guests(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("會上，英業達科技與資訊工業策進會簽署合作案。",
     [("英業達科技", "signatory"), ("資訊工業策進會", "signatory")]),
    ("会上，联想创新科技与中国科学院签署合作协议。",
     [("中国科学院", "signatory"), ("联想创新科技", "signatory")]),
])
def test_a_known_body_after_yu_is_not_glued_to_the_word_before(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_signing_list_one_project_a_line_gives_the_parties_opening_each_line():
    text = ("本次集中签约的8个项目涵盖三大领域。签约项目如下：\n"
            "1. 苏州大学—高新区 智能制造联合创新中心项目（投资3亿元）；\n"
            "2. 中国科学院苏州纳米所 纳米材料成果转化平台项目；\n"
            "3. 科沃斯 机器人研发中心项目（投资8亿元）；\n"
            "4. 其余5个为集成电路设计类企业项目。\n\n"
            "活动结束后，嘉宾参观了园区。")
    assert pairs(text) == sorted([("苏州大学", "signatory"), ("高新区", "signatory"),
                                  ("中国科学院苏州纳米所", "signatory"), ("科沃斯", "signatory")])


def test_a_traditional_signing_list_stops_at_the_first_plain_line():
    text = ("簽約企業名單：\n"
            "・台達電子 儲能系統合作案\n"
            "・國立清華大學 半導體人才培育計畫\n"
            "會後，各單位代表合影留念。臺北市政府 表示肯定。")
    assert pairs(text) == sorted([("台達電子", "signatory"), ("國立清華大學", "signatory")])


@pytest.mark.parametrize("text, expected", [
    ("座谈会上，兰州大学、西北师范大学作交流发言。",
     [("兰州大学", "participant"), ("西北师范大学", "participant")]),
    ("會上，國立中興大學、東海大學作典型發言。",
     [("國立中興大學", "participant"), ("東海大學", "participant")]),
])
def test_bodies_that_speak_in_the_exchange_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("出席：甘肃省科学院、兰州理工大学等单位代表（名单略）",
     [("兰州理工大学", "participant"), ("甘肃省科学院", "participant")]),
    ("出席：臺灣大學、中央研究院等單位代表",
     [("中央研究院", "participant"), ("臺灣大學", "participant")]),
])
def test_a_minutes_attendance_line_without_the_word_unit_lists_participants(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("由甘肃省科学技术厅主办，兰州科技大市场负责执行的“陇原成果对接会”昨日开幕。",
     [("甘肃省科学技术厅", "host"), ("兰州科技大市场", "organizer")]),
    ("研習班由台南市政府支持，國立成功大學產學創新總中心負責課程統籌。",
     [("台南市政府", "supporter"), ("國立成功大學產學創新總中心", "organizer")]),
    ("本次培训由西北大学技术转移中心负责活动筹办。", [("西北大学技术转移中心", "organizer")]),
])
def test_the_body_in_charge_of_running_the_event_organizes_it(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("展会上，兰州大学、西北师范大学等高校都带来了可转化的成果。",
     [("兰州大学", "participant"), ("西北师范大学", "participant")]),
    ("國內部分，中央研究院以及國立中興大學也帶來了專利技術。",
     [("中央研究院", "participant"), ("國立中興大學", "participant")]),
])
def test_bodies_that_bring_technologies_to_a_fair_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("全省各高校共提交拍品40件；兰州大学、兰州理工大学等高校均有拍品成交。",
     [("兰州大学", "participant"), ("兰州理工大学", "participant")]),
    ("拍賣會上，國立中興大學、逢甲大學也有成果成交。",
     [("國立中興大學", "participant"), ("逢甲大學", "participant")]),
])
def test_bodies_whose_lots_were_sold_at_an_auction_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("会上，白俄罗斯国立大学、蒙古国科学院的代表分别介绍了合作需求。",
     [("白俄罗斯国立大学", "participant"), ("蒙古国科学院", "participant")]),
    ("會中，國立中興大學的代表也分享了育成經驗。", [("國立中興大學", "participant")]),
])
def test_bodies_whose_representatives_spoke_take_part(text, expected):
    assert pairs(text) == sorted(expected)
