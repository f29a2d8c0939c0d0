"""Chinese (Simplified and Traditional) parties of deals named outside "A与B签署", contributors,
trainers, award winners and role words in other shapes; the page's own institution (我校, 我所)
and its units; names that are no organisations (regions, faculties by their field, a place's
subsidiary). Literal sentences in, literal (name, role) pairs out; every snippet is written
for the test (none is copied from ../shared, the round articles or their reports)."""
from __future__ import annotations

import pytest

from etl.extract.org_reference import classify_org
from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return sorted({(m.name, m.role) for m in find_organizations(View(text))})


@pytest.mark.parametrize("text, expected", [
    ("该项专利技术由江苏恒瑞医药股份有限公司承接。", [("江苏恒瑞医药股份有限公司", "signatory")]),
    ("智慧農業感測平台則交由研華股份有限公司量產。", [("研華股份有限公司", "signatory")]),
    # the technology's owner, named in the same clause, is a party too
    ("丹麦初创企业Lumio的光伏涂层技术由浙江正泰新能源开发有限公司引进。",
     [("Lumio", "signatory"), ("浙江正泰新能源开发有限公司", "signatory")]),
])
def test_the_body_that_takes_over_a_technology_signs(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("华中科技大学则将一项激光焊接专利以作价入股方式转让给武汉锐科光纤激光技术股份有限公司。",
     [("华中科技大学", "signatory"), ("武汉锐科光纤激光技术股份有限公司", "signatory")]),
    ("國立成功大學的電池材料技術授權予在地企業長興材料工業股份有限公司。",
     [("國立成功大學", "signatory"), ("長興材料工業股份有限公司", "signatory")]),
])
def test_both_sides_of_a_transfer_to_a_body_sign(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # the firm that posted the challenge also presents it (发布): it takes part
    ("湖南大学揭榜三一重工股份有限公司发布的液压件降噪难题。",
     [("三一重工股份有限公司", "participant"), ("三一重工股份有限公司", "signatory"),
      ("湖南大学", "signatory")]),
    ("東北大學與瀋陽理工大學聯合揭榜鞍鋼集團有限公司的高爐監測項目。",
     [("東北大學", "signatory"), ("瀋陽理工大學", "signatory"), ("鞍鋼集團有限公司", "signatory")]),
])
def test_a_challenge_solver_and_the_firm_that_posted_it_sign(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("其余两家签约企业分别为珠海格力电器股份有限公司、广州汽车集团股份有限公司。",
     [("广州汽车集团股份有限公司", "signatory"), ("珠海格力电器股份有限公司", "signatory")]),
    ("其餘兩家簽約企業分別為台達電子工業股份有限公司，以及日本的京瓷株式會社。",
     [("京瓷株式會社", "signatory"), ("台達電子工業股份有限公司", "signatory")]),
])
def test_signing_bodies_named_after_a_label_sign(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("决赛中，南京大学、东南大学各有3个项目入围，河海大学、南京农业大学各有2个。",
     [("东南大学", "participant"), ("南京农业大学", "participant"), ("南京大学", "participant"),
      ("河海大学", "participant")]),
    ("國立清華大學、國立陽明交通大學各有5項成果入選。",
     [("國立清華大學", "participant"), ("國立陽明交通大學", "participant")]),
])
def test_bodies_counted_by_what_they_contributed_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("展出的成果由四川大学、重庆大学等6所高校，以及中国工程物理研究院等科研机构提供。",
     [("中国工程物理研究院", "participant"), ("四川大学", "participant"),
      ("重庆大学", "participant")]),
    ("參展技術由國立臺灣大學、國立成功大學等5所本地大學提供。",
     [("國立成功大學", "participant"), ("國立臺灣大學", "participant")]),
])
def test_bodies_that_provided_the_exhibits_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("西安交通大学、西北工业大学技术转移中心负责人及陕西省技术转移中心专家为学员授课。",
     [("西北工业大学技术转移中心", "participant"), ("西安交通大学", "participant"),
      ("陕西省技术转移中心", "participant")]),
    ("國立中興大學的教授及工業技術研究院專家為學員講課。",
     [("國立中興大學", "participant"), ("工業技術研究院", "participant")]),
])
def test_lecturers_of_a_training_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("会议由市科技局主办，教育部科技司到场指导。",
     [("市科技局", "host"), ("教育部科技司", "supporter")]),
    ("活動由臺南市政府主辦，經濟部產業技術司蒞臨指導。",
     [("經濟部產業技術司", "supporter"), ("臺南市政府", "host")]),
    ("活动由市科技局主办，省科学技术厅则为指导单位。",
     [("市科技局", "host"), ("省科学技术厅", "supporter")]),
    ("活動由新竹市政府主辦，國家發展委員會則為指導機關。",
     [("國家發展委員會", "supporter"), ("新竹市政府", "host")]),
])
def test_a_body_that_guides_the_event_supports_it(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("大会由深圳市科技创新局主办，委托深圳市科技交流服务中心规划执行。",
     [("深圳市科技交流服务中心", "organizer"), ("深圳市科技创新局", "host")]),
    ("展覽由文化部主辦，委託財團法人台灣創意設計中心執行。",
     [("文化部", "host"), ("財團法人台灣創意設計中心", "organizer")]),
])
def test_the_body_commissioned_to_run_the_event_organises_it(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("由比亚迪股份有限公司与深圳大学合组的团队获得一等奖。",
     [("比亚迪股份有限公司", "participant"), ("深圳大学", "participant")]),
    ("競賽第二名為台灣積體電路製造股份有限公司團隊。",
     [("台灣積體電路製造股份有限公司", "participant")]),
])
def test_award_winners_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("展会期间，东华大学与江苏阳光集团有限公司达成合作意向。",
     [("东华大学", "partner"), ("江苏阳光集团有限公司", "partner")]),
    ("展期間，國立中興大學與大成長城企業股份有限公司達成合作意向。",
     [("國立中興大學", "partner"), ("大成長城企業股份有限公司", "partner")]),
])
def test_the_sides_of_an_intention_of_cooperation_are_partners(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("此外，法国巴黎萨克雷大学通过视频连线，与北京航空航天大学签署合作协议。",
     [("北京航空航天大学", "signatory"), ("法国巴黎萨克雷大学", "signatory")]),
    ("另外，日本東北大學以視訊方式，與國立成功大學簽署合作備忘錄。",
     [("國立成功大學", "signatory"), ("日本東北大學", "signatory")]),
])
def test_a_signing_clause_opening_with_with_reaches_back_to_its_subject(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("市科学技术局、市商务局有关负责同志出席签约仪式。",
     [("市商务局", "participant"), ("市科学技术局", "participant")]),
    ("市經濟發展局、市議會相關負責同志出席活動並見證簽約。",
     [("市經濟發展局", "participant"), ("市議會", "participant")]),
])
def test_those_who_attend_or_witness_a_signing_do_not_sign(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("瑞典皇家理工学院（KTH）代表表示，希望与更多中国企业合作。", [("瑞典皇家理工学院", "participant")]),
    ("德國史太白基金會代表指出，臺灣是進入亞洲的門戶。", [("德國史太白基金會", "participant")]),
    # an official commenting is not taken: his body is often not at the event
    ("省科技厅有关负责人表示，全省技术合同成交额持续增长。", []),
])
def test_a_bodys_unnamed_representative_who_speaks_takes_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("参会者来自东盟、中东及非洲等地区。", []),
    ("買家來自歐洲、北美及東盟等海外市場。", []),
])
def test_world_regions_are_no_organisations(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("浙江工业大学科学技术研究院\n首页 > 工作动态\n\n由杭州市科学技术协会主办、我校承办的专利培训班在杭州举行。",
     [("杭州市科学技术协会", "host"), ("浙江工业大学", "organizer")]),
    ("中國科學院金屬研究所\n首頁\n\n儀式由我所科技處處長主持，共約50人參加。",
     [("中國科學院金屬研究所", "participant")]),
    # no header names the institution: 我校 stays as written
    ("12月1日，由我校技术转移中心主办的专利运营研讨会在学校举行。", [("我校技术转移中心", "host")]),
])
def test_we_stand_for_the_institution_the_page_header_names(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("东南大学机械工程学院、能源与环境学院分别与南京汽轮电机（集团）有限责任公司签订技术开发合同。",
     [("东南大学机械工程学院", "signatory"), ("南京汽轮电机（集团）有限责任公司", "signatory")]),
    ("廈門大學化學化工學院、材料學院分別與廈門鎢業股份有限公司簽訂合作協議。",
     [("廈門大學化學化工學院", "signatory"), ("廈門鎢業股份有限公司", "signatory")]),
    ("本次授权的技术来自医学院及工学院。", []),
])
def test_a_faculty_after_its_university_or_by_its_field_alone_is_no_organisation(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("该校与苏州和氏璧科技有限公司签约。",
     [("苏州和氏璧科技有限公司", "signatory")]),
    ("該所與新竹和泰精密股份有限公司簽約。",
     [("新竹和泰精密股份有限公司", "signatory")]),
])
def test_a_trade_name_opening_with_he_after_a_bare_city_is_one_company(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("该公司透过香港子公司取得授权。", []),
    ("另一家企业通过上海分公司取得该技术的使用权。", []),
])
def test_a_places_subsidiary_is_no_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("现场投资机构有68家，包括红杉资本、高瓴资本等创投及企业创投。",
     [("红杉资本", "participant"), ("高瓴资本", "participant")]),
    ("有5支團隊直接來自清大實驗室。", []),
])
def test_kinds_of_investors_and_a_universitys_labs_are_no_names(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("做储能材料的「晨光新能」，当场与深圳市创新投资集团有限公司签署投资协议。",
     [("晨光新能", "signatory"), ("深圳市创新投资集团有限公司", "signatory")]),
    ("另一支團隊「微光感測」則由國立清華大學與其簽訂合作備忘錄。",
     [("國立清華大學", "signatory"), ("微光感測", "signatory")]),
    # a topic in quotes is no party
    ("双方围绕“智能制造”，与华为技术有限公司签署协议。", [("华为技术有限公司", "signatory")]),
])
def test_a_start_up_named_only_in_quotes_opening_a_signing_clause_signs(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("签约仪式后，中国科学院沈阳分院、辽宁省科学技术协会的代表也一同参观并座谈。",
     [("中国科学院沈阳分院", "participant"), ("辽宁省科学技术协会", "participant")]),
    ("會後，經濟部產業技術司及國科會的代表一同參觀了實驗室。",
     [("國科會", "participant"), ("經濟部產業技術司", "participant")]),
])
def test_bodies_whose_people_join_the_visit_take_part(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("该技术由上海电气集团股份有限公司与德国的Siemens Energy（西门子能源）共同引进。",
     [("Siemens Energy", "signatory"), ("上海电气集团股份有限公司", "signatory")]),
    ("檢測平台由中華電信股份有限公司與日本的NTT Data（恩梯梯數據）共同承接。",
     [("NTT Data", "signatory"), ("中華電信股份有限公司", "signatory")]),
])
def test_a_foreign_body_named_in_latin_after_its_country_is_a_name(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("由日本药企武田药品（Takeda）以独家授权方式取得亚洲开发权。", [("武田药品", "signatory")]),
    ("技術由上市藥企生達製藥（Standard Chem）以專屬授權方式取得全球開發權。", [("生達製藥", "signatory")]),
])
def test_a_company_named_after_a_describing_noun_is_a_name(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("由深圳市技术转移促进中心（以下简称深圳技转中心）主办。", [("深圳市技术转移促进中心", "host")]),
    ("活動由臺南市電機電子商業同業公會（臺南電機公會）協辦。",
     [("臺南市電機電子商業同業公會", "co_organizer")]),
    ("屏東縣竹田鄉農會與國立屏東科技大學簽訂合作協議。",
     [("國立屏東科技大學", "signatory"), ("屏東縣竹田鄉農會", "signatory")]),
    ("台中市工業會、彰化縣工業會協辦。", [("台中市工業會", "co_organizer"), ("彰化縣工業會", "co_organizer")]),
])
def test_guilds_farmers_associations_and_bracketed_short_forms(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # the title writes the ministry, then the short form the text defines
    ("農業部林業試驗所（以下簡稱林試所）今（5）日舉行成果發表會。農業部林試所所長致詞。",
     {"農業部林業試驗所"}),
    ("国家技术转移西南中心（以下简称西南中心）主办对接会，国家西南中心主任出席。",
     {"国家技术转移西南中心"}),
])
def test_a_defined_short_form_after_the_full_names_first_words_is_the_full_name(text, expected):
    assert {m.name for m in find_organizations(View(text))} == expected


@pytest.mark.parametrize("name, expected", [
    ("清大產學合作總中心", "university"),
    ("港大知識交流辦公室", "university"),
    ("重大科技项目服务中心", "other"),
    ("農業部林業試驗所", "research_institute"),
    ("台南市工業會", "association"),
    ("新竹市電腦商業同業公會", "association"),
    ("三菱商事", "enterprise"),
])
def test_types_of_university_units_testing_institutes_guilds_and_trading_companies(name, expected):
    assert classify_org(View(name)) == expected


@pytest.mark.parametrize("text, expected", [
    ("西北农林科技大学科学技术研究院\n首页\n\n学校组织20项成果参加在杨凌举办的农高会。",
     [("西北农林科技大学", "participant")]),
    # no header names a university: 学校 is no name
    ("学校组织20项成果参加在杨凌举办的农高会。", []),
])
def test_the_school_on_a_universitys_own_page_is_the_university(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("由比亚迪股份有限公司深圳工厂与湖南大学合组的团队获得金奖。",
     [("比亚迪股份有限公司", "participant"), ("湖南大学", "participant")]),
    ("由台灣積體電路製造股份有限公司南科廠與國立成功大學合組的團隊獲得首獎。",
     [("台灣積體電路製造股份有限公司", "participant"), ("國立成功大學", "participant")]),
])
def test_a_companys_plant_in_a_list_stands_for_the_company(text, expected):
    assert pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, name", [
    ("做储能材料的「晨光新能」，当场与深圳市创新投资集团有限公司签署投资协议。", "晨光新能"),
    ("檢測平台由中華電信股份有限公司與日本的NTT Data（恩梯梯數據）共同承接。", "NTT Data"),
])
def test_a_headless_party_named_by_quotes_or_by_its_country_is_a_company(text, name):
    assert {m.name: m.org_type for m in find_organizations(View(text))}[name] == "enterprise"


@pytest.mark.parametrize("text, expected", [
    # an auction's result table: the winning bidder's column (竞得方) as the seller's (出让方)
    ("序号｜拍品｜出让方｜竞得方｜成交价（万元）\n"
     "1｜一种电池隔膜｜武汉理工大学｜湖北亿纬动力有限公司｜260.0\n"
     "2｜土壤修复菌剂｜华中农业大学｜湖北三宁化工股份有限公司｜88.5",
     [("华中农业大学", "signatory"), ("武汉理工大学", "signatory"),
      ("湖北三宁化工股份有限公司", "signatory"), ("湖北亿纬动力有限公司", "signatory")]),
    # a licence table: the licensee's column (被授權／合作廠商)
    ("｜序號｜技術名稱｜被授權／合作廠商｜金額｜\n"
     "｜1｜氫能儲存罐｜華新麗華股份有限公司｜1,200｜\n"
     "｜2｜微型馬達控制｜士林電機廠股份有限公司｜300｜",
     [("士林電機廠股份有限公司", "signatory"), ("華新麗華股份有限公司", "signatory")]),
    ("序号｜标的｜买受人｜价格\n1｜土壤传感器专利｜山东潍柴动力股份有限公司｜90万元",
     [("山东潍柴动力股份有限公司", "signatory")]),
])
def test_the_winning_bidders_and_licensees_column_of_a_deal_table_signs(text, expected):
    assert pairs(text) == sorted(expected)



@pytest.mark.parametrize("text, expected", [
    # exchanging a letter of intent or a memorandum is signing it
    ("同场，北川数码港有限公司与南江数据管理局交换合作意向书，在人才培训方面开展合作。",
     [("北川数码港有限公司", "signatory"), ("南江数据管理局", "signatory")]),
    ("会后，南江大学与北川科技园公司互换了合作备忘录。",
     [("北川科技园公司", "signatory"), ("南江大学", "signatory")]),
])
def test_exchanging_a_letter_of_intent_is_signing_it(text, expected):
    assert pairs(text) == sorted(expected)
