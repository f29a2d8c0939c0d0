"""Chinese role shapes found missing in blind round 7: signing pairs written with no verb (a
dash or a cross between the two sides of a table cell or a line under a signing heading).
Literal snippets in, literal (name, role) pairs out; every snippet is written for the test,
Simplified and Traditional."""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.orgnames import find_org_spans
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return sorted((m.name, m.role) for m in find_organizations(View(text)))


@pytest.mark.parametrize("text, expected", [
    ("签约项目：\n安徽理工大学 × 淮北矿业集团有限责任公司（煤矿安全监测）\n"
     "合肥学院 × 安徽江淮汽车集团股份有限公司（轻量化车身）\n",
     [("合肥学院", "signatory"), ("安徽江淮汽车集团股份有限公司", "signatory"),
      ("安徽理工大学", "signatory"), ("淮北矿业集团有限责任公司", "signatory")]),
    ("编号｜项目｜签约双方\n1｜秸秆还田机具｜安徽农业大学—安徽中联重机股份有限公司\n",
     [("安徽中联重机股份有限公司", "signatory"), ("安徽农业大学", "signatory")]),
    ("14:00—14:30　簽約儀式\n　　南臺科技大學—統一企業股份有限公司\n",
     [("南臺科技大學", "signatory"), ("統一企業股份有限公司", "signatory")]),
    # a side the recogniser does not know is taken as written beside a known one
    ("现场签约：\n合肥研究院—安徽海螺集团有限责任公司\n",
     [("合肥研究院", "signatory"), ("安徽海螺集团有限责任公司", "signatory")]),
])
def test_the_two_sides_of_a_pair_under_a_signing_heading_sign(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # no signing spoken of: a dash between two bodies is no deal
    "合作网络：\n安徽理工大学—淮北矿业集团有限责任公司\n",
    # a time slot and a place are no parties
    "签约仪式\n09:00—09:30　合肥市—芜湖市\n",
])
def test_a_pair_with_no_signing_or_no_names_signs_nothing(text):
    assert not [p for p in pairs(text) if p[1] == "signatory"]


@pytest.mark.parametrize("text, expected", [
    ("承办单位：合肥工业大学　安徽大学\n",
     [("合肥工业大学", "organizer"), ("安徽大学", "organizer")]),
    ("主辦單位：臺南市政府　國立成功大學\n",
     [("國立成功大學", "host"), ("臺南市政府", "host")]),
])
def test_label_names_set_apart_by_full_width_spaces_share_the_label(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_full_width_space_before_the_next_label_ends_the_list():
    assert pairs("主办单位：合肥工业大学　承办单位：安徽大学\n") == sorted(
        [("合肥工业大学", "host"), ("安徽大学", "organizer")])


@pytest.mark.parametrize("text, expected", [
    ("合作机构：芬兰阿尔托大学、德国弗劳恩霍夫协会及韩国科学技术院\n",
     [("德国弗劳恩霍夫协会", "partner"), ("芬兰阿尔托大学", "partner"), ("韩国科学技术院", "partner")]),
    ("出席單位：甲大學、乙科技股份有限公司、丙研究中心等，共計40人。\n",
     [("丙研究中心", "participant"), ("乙科技股份有限公司", "participant"), ("甲大學", "participant")]),
    ("参会单位：合肥工业大学、安徽省农业科学院\n",
     [("合肥工业大学", "participant"), ("安徽省农业科学院", "participant")]),
    ("主辦單位：新竹市政府\n共同辦理：國立清華大學、國立陽明交通大學\n",
     [("國立清華大學", "co_organizer"), ("國立陽明交通大學", "co_organizer"), ("新竹市政府", "host")]),
])
def test_label_lines_name_partners_participants_and_co_organisers(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("安庆师范大学将一项专利以普通许可方式授予安徽华茂纺织股份有限公司。",
     [("安庆师范大学", "signatory"), ("安徽华茂纺织股份有限公司", "signatory")]),
    ("香港理工大學（理大）將其電池管理技術授權予比亞迪股份有限公司。",
     [("比亞迪股份有限公司", "signatory"), ("香港理工大學", "signatory")]),
    ("合肥工业大学将两项发明专利转让予安徽江淮汽车集团股份有限公司。",
     [("合肥工业大学", "signatory"), ("安徽江淮汽车集团股份有限公司", "signatory")]),
])
def test_a_licence_granted_to_a_body_makes_both_sides_parties(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_title_granted_to_a_body_is_no_licence():
    assert pairs("安徽省科学技术厅授予合肥工业大学“技术转移示范机构”称号。") == []


@pytest.mark.parametrize("text, expected", [
    ("活動由甲市政府主辦，並邀請國立中山大學、國立高雄大學與高雄醫學大學一同協辦。",
     [("國立中山大學", "co_organizer"), ("國立高雄大學", "co_organizer"),
      ("甲市政府", "host"), ("高雄醫學大學", "co_organizer")]),
    ("本次论坛邀请了合肥工业大学、安徽大学共同承办。",
     [("合肥工业大学", "organizer"), ("安徽大学", "organizer")]),
])
def test_bodies_invited_to_co_organise_take_the_role_named_after_them(text, expected):
    assert pairs(text) == sorted(expected)


def test_bodies_invited_to_attend_still_take_part():
    assert pairs("对接会邀请了中国科学技术大学、安徽农业大学的专家参加。") == sorted(
        [("中国科学技术大学", "participant"), ("安徽农业大学", "participant")])


@pytest.mark.parametrize("text, expected", [
    ("論壇昨日在會展中心舉行，工業技術研究院（工研院）、資訊工業策進會（資策會）與金屬工業研究發展中心三家研發中心合辦。",
     [("工業技術研究院", "host"), ("資訊工業策進會", "host"), ("金屬工業研究發展中心", "host")]),
    ("展会由江苏省产业技术研究院、南京大学两家单位共同主办。",
     [("南京大学", "host"), ("江苏省产业技术研究院", "host")]),
])
def test_a_counted_kind_between_the_list_and_its_verb_keeps_the_list(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("成都银行绵阳分行为路演提供金融服务支持。", [("成都银行绵阳分行", "supporter")]),
    ("中國信託商業銀行為本次說明會提供融資服務支持。", [("中國信託商業銀行", "supporter")]),
])
def test_a_service_support_given_to_the_event_makes_a_supporter(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_service_support_given_to_firms_is_no_role():
    assert pairs("江西农业大学为企业提供技术服务支持。") == []


@pytest.mark.parametrize("text, expected", [
    ("主题报告\n　　报告一：寒区道路材料的转化实践（哈尔滨工业大学）\n"
     "　　报告二：科技金融支持成果转化（吉林银行股份有限公司）\n",
     [("吉林银行股份有限公司", "participant"), ("哈尔滨工业大学", "participant")]),
    ("主題演講：半導體材料的產業化（國立清華大學）\n", [("國立清華大學", "participant")]),
])
def test_the_body_in_brackets_after_an_agenda_talk_takes_part(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_bracket_after_a_whole_name_still_belongs_to_it():
    names = [s.name for s in find_org_spans(View("齐鲁工业大学（山东省科学院）与歌尔股份有限公司签约。"))]
    assert names[0] == "齐鲁工业大学（山东省科学院）"


@pytest.mark.parametrize("text, expected", [
    ("投資方面，台杉投資管理顧問公司、中華開發資本股份有限公司及中經合集團的代表，於會後與4組醫材新創團隊進行一對一洽談。",
     [("中經合集團", "participant"), ("中華開發資本股份有限公司", "participant"),
      ("台杉投資管理顧問公司", "participant")]),
    ("深圳市创新投资集团有限公司、达晨财智创业投资管理有限公司的代表在会上与12个路演项目团队进行了面对面对接。",
     [("深圳市创新投资集团有限公司", "participant"), ("达晨财智创业投资管理有限公司", "participant")]),
])
def test_investors_whose_people_meet_counted_teams_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("京城商業銀行（京城銀行）亦於會中宣布推出「產學技轉專案貸款」，提供總額度新臺幣5億元的融資。",
     [("京城商業銀行", "participant")]),
    ("合肥科技农村商业银行股份有限公司在会上发布了“科创贷”产品。",
     [("合肥科技农村商业银行股份有限公司", "participant")]),
])
def test_a_body_announcing_a_product_at_the_event_takes_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("二、「綠色材料」場：南寶樹脂化學工廠股份有限公司取得崑山科技大學生質膠黏劑專利授權，金額1,500萬元。\n",
     [("南寶樹脂化學工廠股份有限公司", "signatory"), ("崑山科技大學", "signatory")]),
    ("安徽江淮汽车集团股份有限公司取得合肥工业大学的轻量化车身专利授权。",
     [("合肥工业大学", "signatory"), ("安徽江淮汽车集团股份有限公司", "signatory")]),
    ("三、「保健食品」場：由奇美食品股份有限公司承接嘉南藥理大學益生菌發酵技術，金額900萬元。\n",
     [("嘉南藥理大學", "signatory"), ("奇美食品股份有限公司", "signatory")]),
    ("会上，由安徽江淮汽车集团股份有限公司承接江南大学的轻量化技术。",
     [("安徽江淮汽车集团股份有限公司", "signatory"), ("江南大学", "signatory")]),
])
def test_the_body_a_technology_is_obtained_from_is_a_party(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text", ["该公司取得3项发明专利授权。", "合肥工业大学取得重大技术突破。"])
def test_a_patent_granted_or_a_breakthrough_is_no_deal(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, crumb, expected", [
    ("香港日報網 > 每日新聞 > 經濟\n由香港生產力促進局主辦的技術轉移日昨日舉行。", "香港日報網 > 每日新聞 > 經濟",
     [("香港生產力促進局", "host")]),
    ("安徽日报客户端 > 要闻\n合肥工业大学主办的对接会在合肥举行。", "安徽日报客户端 > 要闻",
     [("合肥工业大学", "host")]),
])
def test_a_breadcrumb_taken_as_the_event_name_names_no_organiser(text, crumb, expected):
    assert sorted((m.name, m.role) for m in find_organizations(View(text), event_name=crumb)) == expected


def test_an_event_named_after_its_organiser_still_names_it():
    found = find_organizations(View("宁夏技术转移联盟第三次全体会议召开"), event_name="宁夏技术转移联盟第三次全体会议")
    assert [(m.name, m.role) for m in found] == [("宁夏技术转移联盟", "organizer")]


@pytest.mark.parametrize("text, expected", [
    ("投資方面，台杉投資管理顧問公司、中華開發資本及中經合集團的代表，於會後與4組醫材新創團隊進行一對一洽談。",
     [("中經合集團", "participant"), ("中華開發資本", "participant"), ("台杉投資管理顧問公司", "participant")]),
    ("清华大学、海康威视与浙江大学共同主办。",
     [("浙江大学", "host"), ("海康威视", "host"), ("清华大学", "host")]),
])
def test_a_name_with_no_head_between_two_known_names_stays_in_the_list(text, expected):
    assert pairs(text) == sorted(expected)


def test_a_province_between_two_names_is_no_list_item():
    assert pairs("合肥工业大学、安徽省与江苏省科技厅共同主办。") == [("江苏省科技厅", "host")]


@pytest.mark.parametrize("text, expected", [
    ("國家科學及技術委員會南部科學園區管理局亦派員出席，並對活動給予指導。",
     [("國家科學及技術委員會南部科學園區管理局", "supporter")]),
    ("安徽省科学技术厅派员出席并对本次对接会给予指导。", [("安徽省科学技术厅", "supporter")]),
    ("合肥工业大学派员出席。", [("合肥工业大学", "participant")]),
])
def test_a_body_that_attends_and_guides_the_event_supports_it(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("臺南市政府經濟發展局（經發局）本週二（24日）在安平區永華市政中心10樓禮堂舉辦「2026臺南產學技術媒合成果發表會」。",
     [("臺南市政府經濟發展局", "host")]),
    ("合肥市科学技术局上周五在合肥滨湖国际会展中心举办“科技成果对接会”。", [("合肥市科学技术局", "host")]),
])
def test_a_weekday_between_the_holder_and_its_verb_keeps_the_holder(text, expected):
    assert pairs(text) == sorted(expected)
