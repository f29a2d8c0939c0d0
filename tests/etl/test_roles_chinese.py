"""Role frames on Chinese (Simplified and Traditional) lists, co-hosts, participants and signing
parties: literal sentences in, literal (name, role) pairs out. Every snippet is written for the
test (none is copied from ../shared, round 2 or round 3)."""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return sorted((m.name, m.role) for m in find_organizations(View(text)))


@pytest.mark.parametrize("text, expected", [
    ("论坛由浙江省科学技术厅主办，杭州市商务委员会、杭州市科学技术局承办。",
     [("杭州市商务委员会", "organizer"), ("杭州市科学技术局", "organizer"),
      ("浙江省科学技术厅", "host")]),
    ("交流会由苏州大学主办，苏州大学技术转移中心及苏州市相城区管理委员会承办。",
     [("苏州大学", "host"), ("苏州大学技术转移中心", "organizer"),
      ("苏州市相城区管理委员会", "organizer")]),
])
def test_a_commission_opening_a_list_keeps_its_role(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("大会由中国银行江苏省分行、南京银行协办。",
     [("中国银行江苏省分行", "co_organizer"), ("南京银行", "co_organizer")]),
    ("本次推介会得到了招商银行福建省分行、厦门银行等金融机构的支持。",
     [("厦门银行", "supporter"), ("招商银行福建省分行", "supporter")]),
])
def test_a_bank_branch_is_one_name_in_a_role_list(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本屆展覽由經濟部、文化部、交通部等部會共同主辦，外貿協會執行。",
     [("交通部", "host"), ("外貿協會", "organizer"), ("文化部", "host"), ("經濟部", "host")]),
    ("本届博览会由工业和信息化部、农业农村部等部会共同主办。",
     [("农业农村部", "host"), ("工业和信息化部", "host")]),
])
def test_co_hosts_closed_by_their_kind_keep_their_own_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("主辦單位經濟部工業局表示，展期共吸引3萬人次。", [("經濟部工業局", "host")]),
    ("承办单位宁波市科技局介绍，本届大会共签约项目40个。", [("宁波市科技局", "organizer")]),
])
def test_a_role_label_as_the_subject_gives_its_role(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("南京大学联合南京市鼓楼区人民政府举办“科技成果拍卖会”。",
     [("南京大学", "host"), ("南京市鼓楼区人民政府", "host")]),
    ("廈門大學聯合廈門市科學技術局舉行成果對接會。",
     [("廈門大學", "host"), ("廈門市科學技術局", "host")]),
])
def test_one_body_joined_by_another_to_hold_the_event_both_host(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("台灣館由國科會主辦，並與中華經濟研究院及經濟部中小及新創企業署合作。",
     [("中華經濟研究院", "partner"), ("國科會", "host"), ("經濟部中小及新創企業署", "partner")]),
    ("展会并与中国国际贸易促进委员会及国家市场监督管理总局合作。",
     [("中国国际贸易促进委员会", "partner"), ("国家市场监督管理总局", "partner")]),
])
def test_partners_after_and_with(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a roadshow: the institutions whose projects present take part
    ("本次活动邀请了复旦大学、同济大学、厦门大学等15所高校的26个科技成果项目进行现场路演。",
     [("厦门大学", "participant"), ("同济大学", "participant"), ("复旦大学", "participant")]),
    ("四川大学、电子科技大学等单位的12个项目进行了路演。",
     [("四川大学", "participant"), ("电子科技大学", "participant")]),
])
def test_institutions_whose_projects_present_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("武汉大学、中山大学、四川大学等80所高校院所携带3000余项成果参展。",
     [("中山大学", "participant"), ("四川大学", "participant"), ("武汉大学", "participant")]),
    ("國立清華大學、國立中興大學等大學及工業技術研究院、農業試驗所展出研發成果。",
     [("國立中興大學", "participant"), ("國立清華大學", "participant"),
      ("工業技術研究院", "participant"), ("農業試驗所", "participant")]),
])
def test_exhibitors_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("红杉中国、高瓴资本、启明创投等近30家投资机构，以及20余家银行的代表参加了活动。",
     [("启明创投", "participant"), ("红杉中国", "participant"), ("高瓴资本", "participant")]),
    ("吸引了君联资本、元禾控股等逾40家投资机构的近百名投资人参加。",
     [("元禾控股", "participant"), ("君联资本", "participant")]),
])
def test_investors_named_before_their_kind_and_number_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("北京产权交易所、北京大学等单位的专家授课。",
     [("北京产权交易所", "participant"), ("北京大学", "participant")]),
    ("培训邀请了广东省知识产权保护中心、华南理工大学以及中山大学技术转移中心的专家作专题报告。",
     [("中山大学技术转移中心", "participant"), ("华南理工大学", "participant"),
      ("广东省知识产权保护中心", "participant")]),
])
def test_lecturers_institutions_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("工研院、資策會、紡織所等7家法人研究機構推出逾100項技術。",
     [("工研院", "participant"), ("紡織所", "participant"), ("資策會", "participant")]),
    ("中科院、清华大学、中科大等5家单位推出了近百项成果。",
     [("中科大", "participant"), ("中科院", "participant"), ("清华大学", "participant")]),
])
def test_the_last_item_of_a_presenting_list_is_kept(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("其中，上海电气集团股份有限公司与西门子能源签订的技术许可合同金额约1.2亿欧元。",
     [("上海电气集团股份有限公司", "signatory"), ("西门子能源", "signatory")]),
    ("其中，中芯国际集成电路制造有限公司与工研院签署技术授权；仁宝电脑与资讯工业策进会签署技术合作案。",
     [("中芯国际集成电路制造有限公司", "signatory"), ("仁宝电脑", "signatory"),
      ("工研院", "signatory"), ("资讯工业策进会", "signatory")]),
    ("其中，國立清華大學展出的技術，已於展期中與仁寶電腦簽署技術授權。",
     [("仁寶電腦", "signatory"), ("國立清華大學", "participant"), ("國立清華大學", "signatory")]),
])
def test_a_signing_party_without_a_head_noun_beside_a_known_one(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "学校与华为技术有限公司签订技术开发合同。",
    "活动现场，苏州市与南京大学签订产学研合作协议。",
    "会后，学院与多家企业签署了合作协议。",
])
def test_a_reference_a_place_or_a_kind_is_no_signing_party(text):
    names = [n for n, _ in pairs(text)]
    assert not {"学校", "苏州市", "多家企业", "学院"} & set(names)


@pytest.mark.parametrize("text, expected", [
    ("北京大学衍生新创团队与日本住友商事株式会社签署合作备忘录。",
     [("北京大学", "signatory"), ("日本住友商事株式会社", "signatory")]),
    ("基金會與葡萄牙科技基金會（FCT）續簽科技合作協議。", [("葡萄牙科技基金會", "signatory")]),
])
def test_a_japanese_company_and_a_renewal_are_signings(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("國科會南部科學園區管理局今天在台南園區舉辦「產學合作交流會暨簽約儀式」，國立成功大學與奇美實業簽署產學合作協議。",
     [("國科會南部科學園區管理局", "host"), ("國立成功大學", "signatory"), ("奇美實業", "signatory")]),
    ("產學合作中心於12月6日在清華大學旺宏館國際會議廳舉辦「2024技術授權簽約會」。",
     [("產學合作中心", "host")]),
])
def test_a_place_and_a_signing_word_inside_an_event_name_make_no_signatory(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("南科產學合作簽約 成大、中山大學與台積電等6企業攜手",
     {"成大": None, "中山大學": None, "台積電": "enterprise"}),
    ("浙大、北大与阿里巴巴等5家企业携手。",
     {"浙大": None, "北大": None, "阿里巴巴": "enterprise"}),
    # one group: the kind names every item
    ("华为、中兴与腾讯等10家企业参加。",
     {"华为": None, "中兴": "enterprise", "腾讯": "enterprise"}),
])
def test_the_kind_after_a_list_names_only_the_group_after_a_conjunction(text, expected):
    got = {m.name: m.org_type for m in find_organizations(View(text))}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("国家技术转移西南中心（以下简称“西南中心”）今年举办多场活动。3月5日，西南中心联合成都市武侯区人民政府举办“成果拍卖会”。",
     [("国家技术转移西南中心", "host"), ("成都市武侯区人民政府", "host")]),
    ("澳門理工大學（理大）今日舉辦論壇。會上，理大與澳門電訊有限公司簽署合作協議。",
     [("澳門理工大學", "host"), ("澳門理工大學", "signatory"), ("澳門電訊有限公司", "signatory")]),
])
def test_a_short_form_defined_in_a_bracket_stands_for_its_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("（一）甘肃省科学技术厅于今年五月在兰州举办“陇原成果对接日”。", [("甘肃省科学技术厅", "host")]),
    ("二、數位發展部於上月在臺北舉辦「數位創新媒合會」。", [("數位發展部", "host")]),
])
def test_the_subject_after_a_paragraph_number_holds_the_event(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("科技部与广东省人民政府于今年五月，在广州南沙国际合作园区合办“湾区技术转移论坛”。",
     [("广东省人民政府", "host"), ("科技部", "host")]),
    ("經濟部與新竹縣政府於上月十日至十一日，在竹北生醫園區合辦「生醫媒合日」。",
     [("新竹縣政府", "host"), ("經濟部", "host")]),
])
def test_a_park_after_zai_is_where_the_event_is_held_not_its_host(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 在 X 主办的 / 在 X 主办下: X holds the event
    ("会议在中国科学技术协会主办的论坛期间举行。", [("中国科学技术协会", "host")]),
    ("論壇在新竹科學工業園區管理局主辦下舉行。", [("新竹科學工業園區管理局", "host")]),
])
def test_a_host_after_zai_in_a_relative_clause_still_hosts(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("甘肃省科学技术厅今年五月在兰州新区科技创新园区举办“陇原对接会”。", [("甘肃省科学技术厅", "host")]),
    ("數位發展部上月在臺北舉辦「數位創新媒合會」。", [("數位發展部", "host")]),
])
def test_the_subject_holds_the_event_after_a_month_without_a_day(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("▍指導單位　科技部\n▍主辦單位　新北市政府經濟發展局、桃園市政府經濟發展局\n"
     "▍執行單位　財團法人工業技術研究院\n▍合作夥伴　高雄醫學大學\n",
     [("新北市政府經濟發展局", "host"), ("桃園市政府經濟發展局", "host"),
      ("科技部", "supporter"), ("財團法人工業技術研究院", "organizer"),
      ("高雄醫學大學", "partner")]),
    ("■ 主办单位  苏州市科学技术局\n■ 协办单位  苏州大学\n■ 支持单位  江苏省科学技术厅\n",
     [("江苏省科学技术厅", "supporter"), ("苏州大学", "co_organizer"),
      ("苏州市科学技术局", "host")]),
])
def test_a_label_line_whose_value_a_gap_sets_off_gives_its_role(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("沙龙由合肥市科学技术局主办，安徽省科学技术厅全程指导。",
     [("合肥市科学技术局", "host"), ("安徽省科学技术厅", "supporter")]),
    ("研修班由南昌大学承办，江西省科学技术厅给予业务指导。",
     [("南昌大学", "organizer"), ("江西省科学技术厅", "supporter")]),
])
def test_how_the_guidance_was_given_may_stand_before_it(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("由香港工業總會與深圳市科技創新委員會聯袂主辦的對接會昨日舉行。",
     [("深圳市科技創新委員會", "host"), ("香港工業總會", "host")]),
    ("展会由宁波市商务局主办，宁波大学则以合作伙伴身份负责技术展示。",
     [("宁波大学", "partner"), ("宁波市商务局", "host")]),
])
def test_joint_hosts_and_a_partner_by_its_capacity(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("3月5日，浙江大学与杭州市余杭区人民政府在杭州未来科技城联合主办成果对接会。",
     [("杭州市余杭区人民政府", "host"), ("浙江大学", "host")]),
    ("昨日，四川大学和成都市科学技术局在成都共同主办路演活动，成都理工大学承办。",
     [("四川大学", "host"), ("成都市科学技术局", "host"), ("成都理工大学", "organizer")]),
])
def test_joint_hosts_before_the_place_of_the_event(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("五、中标信息\n供应商名称：武汉东湖技术转移服务中心\n服务要求：培训由武汉市科学技术局主办，"
     "中标单位承办。\n",
     [("武汉东湖技术转移服务中心", "organizer"), ("武汉市科学技术局", "host")]),
    ("中标人：南宁科技成果转化服务有限公司\n项目说明：对接会由南宁市科学技术局主办，中标人负责承办。\n",
     [("南宁市科学技术局", "host"), ("南宁科技成果转化服务有限公司", "organizer")]),
])
def test_the_winning_supplier_of_a_procurement_notice_stands_for_its_name(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


def test_the_word_for_the_winner_stands_for_nobody_when_two_lots_name_two_winners():
    text = ("中标供应商：甲科技服务中心\n中标供应商：乙成果转化有限公司\n"
            "培训由武汉市科学技术局主办，中标单位承办。\n")
    assert ("武汉市科学技术局", "host") in pairs(text)
    assert all(role != "organizer" for _name, role in pairs(text))


@pytest.mark.parametrize("text, expected", [
    ("江苏省技术市场协会2026年工作总结\n一、全年工作。5月，协会与无锡市科学技术局联合主办成果拍卖会。",
     [("江苏省技术市场协会", "host"), ("无锡市科学技术局", "host")]),
    ("中国技术经济学会年度报告\n10月，学会在成都举办技术经理人论坛。",
     [("中国技术经济学会", "host")]),
])
def test_a_bodys_own_report_names_itself_by_its_head_noun_alone(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


def test_a_bare_head_stands_for_nobody_when_two_names_end_in_it():
    text = "浙江省技术市场协会与宁波市科技咨询协会交流。5月，协会在宁波举办成果拍卖会。"
    assert all(role != "host" for _name, role in pairs(text))


@pytest.mark.parametrize("text, expected", [
    ("现将获奖名单公布如下：\n一等奖（奖金10万元）：浙江大学“柔性传感器”团队\n"
     "二等奖（各5万元）：宁波大学“海洋涂料”团队；宁波工程学院“智能焊接”团队\n",
     [("宁波大学", "participant"), ("宁波工程学院", "participant"), ("浙江大学", "participant")]),
    ("金奖：厦门大学\n银奖：华侨大学、集美大学\n",
     [("华侨大学", "participant"), ("厦门大学", "participant"), ("集美大学", "participant")]),
])
def test_a_prize_line_names_winners_across_its_semicolons(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


def test_a_name_further_into_a_prize_item_won_nothing():
    text = "金奖：材料学系“再生骨料”团队——技术已授权予上海建工集团股份有限公司。\n"
    assert ("上海建工集团股份有限公司", "participant") not in pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("▍议程\n14:00　专题：高校专利转化路径｜浙江大学技术转移中心\n"
     "15:00–15:40　座谈：跨境合作｜香港科技大学、深圳市科学技术协会\n",
     [("浙江大学技术转移中心", "participant"), ("深圳市科学技术协会", "participant"),
      ("香港科技大学", "participant")]),
    ("9:30 主旨演讲｜中国科学院计算技术研究所\n",
     [("中国科学院计算技术研究所", "participant")]),
])
def test_a_programme_lines_speakers_take_part(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, signatories", [
    ("会上，江西省科学技术厅则见证南昌大学与江西铜业集团有限公司签署技术许可协议。",
     {"南昌大学", "江西铜业集团有限公司"}),
    ("山东省科学技术厅现场见证山东大学与潍柴动力股份有限公司签订合作协议。",
     {"山东大学", "潍柴动力股份有限公司"}),
])
def test_who_watches_a_signing_is_no_party_to_it(text, signatories):
    assert {n for n, r in pairs(text) if r == "signatory"} == signatories


@pytest.mark.parametrize("text, expected", [
    ("那一场是我们主办，另外新竹市政府产业发展处有派员支援。",
     [("新竹市政府产业发展处", "supporter")]),
    ("承办单位，是南部科学园区管理局，然后成功大学跟中山大学协办。",
     [("中山大学", "co_organizer"), ("南部科学园区管理局", "organizer"),
      ("成功大学", "co_organizer")]),
])
def test_spoken_record_shapes_give_their_roles(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a prize heading alone on its line, its winners one a line below, up to a blank line
    ("获奖名单——\n\n🥇金奖（1名）\n东湖大学 “柔性电池”\n\n🥈银奖（2名）\n南岭电子有限公司 “芯片封装”\n"
     "西岭大学 “降解薄膜”\n\n优秀奖（5名）\n略\n",
     [("东湖大学", "participant"), ("南岭电子有限公司", "participant"), ("西岭大学", "participant")]),
    # a line opening with no name ends the winners
    ("一等奖\n江城大学 “新型储能材料”\n北川理工大学 “智能传感”\n另有十个项目获奖，南华大学未获奖。",
     [("北川理工大学", "participant"), ("江城大学", "participant")]),
])
def test_winners_listed_under_a_prize_heading_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deal reached at the event without a signing verb: the parties of the clause
    ("东湖大学与南岭集团签署协议，西岭大学、江城研究院有关团队也与当地企业达成了合作。",
     [("东湖大学", "signatory"), ("南岭集团", "signatory"), ("江城研究院", "signatory"),
      ("西岭大学", "signatory")]),
    ("会上，北川大学科研团队同本地一家企业达成技术合作。", [("北川大学", "signatory")]),
    # a wish for cooperation is no deal
    ("双方表示希望未来达成合作。", []),
])
def test_a_cooperation_reached_is_a_deal(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies whose experts teach the course take part, the experts' field between
    ("课程由东湖大学、西岭大学的技转专家担任讲师。", [("东湖大学", "participant"), ("西岭大学", "participant")]),
    ("培训班邀请南华大学的知识产权专家担任主讲人。", [("南华大学", "participant")]),
])
def test_bodies_whose_experts_teach_take_part(text, expected):
    assert pairs(text) == expected


def test_a_latin_acronym_in_the_bracket_after_a_chinese_name_stands_for_it():
    text = "对接会由江城精密机械研究中心（JPM）协办。会上，东湖精机公司与JPM签订委托开发合同。"
    assert pairs(text) == [("东湖精机公司", "signatory"), ("江城精密机械研究中心", "co_organizer"),
                           ("江城精密机械研究中心", "signatory")]


def test_a_bracketed_acronym_the_reference_knows_stays_the_reference_body():
    # the span before the bracket is the end piece of a name cut at 、: the acronym is not its
    text = "论坛获马来西亚科学、工艺与创新部（MOSTI）支持。会上，MOSTI见证东湖大学与南岭集团签约。"
    assert ("工艺与创新部", "participant") not in pairs(text)
    assert ("MOSTI", "participant") in pairs(text)


@pytest.mark.parametrize("text, expected", [
    # bodies presenting their research or technology at the event take part
    ("发表环节中，东岭材料研究院介绍了固态电池关键技术，南湖大学则发表了最新研究成果。",
     [("东岭材料研究院", "participant"), ("南湖大学", "participant")]),
    # an association leading its member companies takes part
    ("会上，华南模具协会率领12家会员企业展示新品。", [("华南模具协会", "participant")]),
    # the experts of a list of bodies presenting on stage: the list before 登台 takes part
    ("东岭大学和南湖理工学院的专家学者登台推介科技成果；随后进入洽谈环节。",
     [("东岭大学", "participant"), ("南湖理工学院", "participant")]),
])
def test_bodies_presenting_research_or_leading_members_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the winners of a prize named after it take part; a team obtains a prize, not a licence
    ("冠军由东岭大学团队夺得，亚军及季军分别由南湖理工学院及西江大学的学生团队取得。",
     [("东岭大学", "participant"), ("南湖理工学院", "participant"), ("西江大学", "participant")]),
    ("該技術由華東重工集團取得授權，一等獎則由北山大學團隊獲得。",
     [("北山大學", "participant"), ("華東重工集團", "signatory")]),
    # a body's people speaking at a session of the event
    ("东岭材料研究院及南湖市科学技术局的代表亦在分论坛分享了合作经验。",
     [("东岭材料研究院", "participant"), ("南湖市科学技术局", "participant")]),
])
def test_prize_winners_after_the_prize_and_speakers_at_a_session(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the signings listed after the count of agreements: every party signs
    ("会上共签署两份合作协议，分别为东岭大学与华东重工集团、南湖大学与西江电力股份有限公司。",
     [("东岭大学", "signatory"), ("华东重工集团", "signatory"), ("南湖大学", "signatory"),
      ("西江电力股份有限公司", "signatory")]),
    ("现场签订三项合同，分别是北山研究院与东港集团，以及南湖大学与西江公司。",
     [("北山研究院", "signatory"), ("东港集团", "signatory"), ("南湖大学", "signatory"),
      ("西江公司", "signatory")]),
])
def test_signings_listed_after_the_count_of_agreements(text, expected):
    assert sorted(pairs(text)) == sorted(expected)
