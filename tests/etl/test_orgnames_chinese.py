"""The Chinese name grammar and the types its names get: literal sentences in, literal names
and types out. Every snippet is written for the test (none is copied from ../shared, round 2
or round 3)."""
from __future__ import annotations

import pytest

from etl.extract.org_reference import classify_org
from etl.extract.orgnames import find_org_spans
from etl.extract.orgnames.chinese import chinese_spans
from etl.extract.text import View


def grammar_names(text: str) -> list[str]:
    return [s.name for s in chinese_spans(View(text))]


def names(text: str) -> list[str]:
    return [s.name for s in find_org_spans(View(text))]


@pytest.mark.parametrize("text, expected", [
    ("由苏州市相城区管理委员会承办。", ["苏州市相城区管理委员会"]),
    ("由澳門大學橫琴校區管理委員會承辦。", ["澳門大學", "澳門大學橫琴校區管理委員會"]),
])
def test_a_commission_is_a_name_though_its_prefix_is_a_title(text, expected):
    assert grammar_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("委员会委员出席了会议。", []),
    ("各委员会负责人参加。", []),
])
def test_a_bare_commission_word_is_no_name(text, expected):
    assert grammar_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("由中国银行江苏省分行协办。", ["中国银行江苏省分行"]),
    ("分行业看，制造业增长较快。", []),
])
def test_a_bank_branch_is_a_name_and_by_industry_is_not(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("来自浙江大学杭州国际科创中心和北京大学深圳研究生院的团队。",
     ["浙江大学杭州国际科创中心", "北京大学深圳研究生院"]),
    ("與日本住友商事株式會社簽署備忘錄。", ["日本住友商事株式會社"]),
])
def test_graduate_schools_and_japanese_companies_are_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("论坛在市科技馆三楼国际会议厅举行。", []),
    ("活动在省科技厅一楼报告厅举行。", ["省科技厅"]),
])
def test_a_hall_is_a_place_not_a_body(text, expected):
    assert grammar_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the part before 及 does not end in a head noun: one name
    ("並與中華經濟研究院及經濟部中小及新創企業署合作。", ["中華經濟研究院", "經濟部中小及新創企業署"]),
    ("由教育部科学技术与信息化司主办。", ["教育部科学技术与信息化司"]),
    # 以及, an English name or an acronym before the conjunction: two names
    ("邀请了华南理工大学以及中山大学技术转移中心的专家。", ["华南理工大学", "中山大学技术转移中心"]),
    ("與Riverside Innovation Hub（RIH）及泰國國家創新署簽署。", ["Riverside Innovation Hub", "泰國國家創新署"]),
    ("北京大学化学系与万华化学集团股份有限公司签约。", ["北京大学", "万华化学集团股份有限公司"]),
    # a name whose bracket holds a whole name is whole
    ("由张江科学城(上海张江高科技园区开发股份有限公司)及上海科创投资有限公司(上科投)协办。",
     ["张江科学城(上海张江高科技园区开发股份有限公司)", "上海科创投资有限公司"]),
])
def test_a_conjunction_joins_two_names_only_after_a_whole_one(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("国家技术转移西南中心", "intermediary"),
    ("澳門生產力暨科技轉移中心", "intermediary"),
    ("成都科技大市场", "intermediary"),
    ("深圳市生产力促进中心", "intermediary"),
    ("浙江省技术转移服务联盟", "association"),        # a 联盟 stays an association
    ("日本住友商事株式會社", "enterprise"),
    ("仁寶電腦", "enterprise"),
    ("君联资本", "enterprise"),
    ("成大", "university"),
    ("港大", "university"),
    ("人大", "government"),                          # a people's congress
])
def test_chinese_names_typed_by_their_words(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("沙巴马来西亚大学（UMS）昨日举办讲座。讲座由沙马大主办，沙马大与亚庇某商会签约。",
     ["沙巴马来西亚大学", "沙巴马来西亚大学", "沙巴马来西亚大学"]),
    ("研討會由伊斯蘭科學大學舉辦。伊科大宣布成立新中心。",
     ["伊斯蘭科學大學", "伊斯蘭科學大學"]),
])
def test_a_university_named_later_by_its_contraction_is_the_university(text, expected):
    assert [n for n in names(text) if "大" in n] == expected


@pytest.mark.parametrize("text", [
    # two universities of the text contract alike: the contraction stands for neither
    "沙巴科技大学与沙巴科学大学合办论坛。沙科大代表致辞。",
    # inside a word, not where a name starts
    "长江科技大学主办论坛，促成长科大量合作。",
])
def test_a_contraction_that_is_ambiguous_or_inside_a_word_names_no_body(text):
    assert len([n for n in names(text) if "大" in n]) == text.count("大学")


@pytest.mark.parametrize("text, expected", [
    ("（二）甘肃省科学技术厅（省科技厅）于今年五月举办对接会。", ["甘肃省科学技术厅"]),
    ("（三）數位發展部（數發部）將持續推動。", ["數位發展部"]),
])
def test_a_paragraph_number_in_brackets_is_no_part_of_the_name_after_it(text, expected):
    assert grammar_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("论坛由中国科学院西北高原生物研究所承办。", ["中国科学院西北高原生物研究所"]),
    ("由華北平原農業研究所協辦。", ["華北平原農業研究所"]),
    # 原 alone is still "former": the name starts after it
    ("会议由原国家科学技术委员会主办。", ["国家科学技术委员会"]),
])
def test_a_landform_word_holding_yuan_stays_inside_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("國立中正大學產學創新研究院", "university"),
    ("西北工业大学产学研合作研究院", "university"),
    ("南京工程学院产学研合作研究院", "university"),
    # an academy's institute and a university's research institute stay research institutes
    ("中国科学院产学研究院", "research_institute"),
    ("國立中正大學材料科學研究所", "research_institute"),
])
def test_a_universitys_industry_academia_institute_is_the_university(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("text, expected", [
    # a year said relative to now is a time word, never the start of a name
    ("截至9月底，今年高新区累计引进项目52个。", []),
    ("去年苏州工业园区管委会共举办对接会12场。", ["苏州工业园区", "苏州工业园区管委会"]),
    ("明年南京大学将承办第二届论坛。", ["南京大学"]),
])
def test_a_relative_year_opens_no_name(text, expected):
    assert grammar_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("清华大学上海校友会在浦东举办创新沙龙。", ["清华大学上海校友会"]),
    ("浙江大学北美校友会主办，斯坦福大学协办。", ["浙江大学北美校友会", "斯坦福大学"]),
])
def test_an_alumni_association_is_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb of doing together and a whole period are no part of a name
    ("厦门市科技局主办，厦门大学一起办。", ["厦门市科技局", "厦门大学"]),
    ("全年协会组织对接活动9场，山东大学一同参加。", ["山东大学"]),
])
def test_adverbs_of_together_and_whole_periods_open_no_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name, expected", [
    # an embassy's or a representative office's section is the government it represents
    ("中国驻泰国大使馆科技处", "government"),
    ("駐洛杉磯台北經濟文化辦事處教育組", "government"),
    # a state's or city's own investment centre is a public agency; a fund's name has a brand
    ("雪兰莪州投资中心", "government"),
    ("杭州某某创业投资中心", "other"),
    # a park's science-and-technology service centre serves firms, it is no park
    ("苏州工业园区科技创新服务中心", "intermediary"),
    ("成都高新区创业服务中心", "intermediary"),
    # a university's own centre stays the university
    ("四川大学科技服务中心", "university"),
])
def test_public_sections_and_service_centres_are_typed_by_their_name(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("此外华南理工大学也参加了对接。", ["华南理工大学"]),
    ("同时广州市科学技术局给予支持。", ["广州市科学技术局"]),
])
def test_a_discourse_connective_opens_no_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # kinds of body before a head noun describe the participants; they name no body
    "論壇出席約百人，其中一半來自台灣的學研單位與新創公司。",
    "參訪團成員來自新創公司及學研單位。",
])
def test_kinds_of_body_before_a_head_are_no_name(text):
    assert names(text) == []


def test_a_name_holding_a_kind_word_is_still_a_name():
    assert names("東湖新創公司與南華大學簽署合作備忘錄。") == ["東湖新創公司", "南華大學"]


@pytest.mark.parametrize("text, expected", [
    # a kind-named list's first item starts after the verb that introduces it, as a name does
    ("评委分别来自东湖大学、西岭大学以及江城创投等投资机构。", ["东湖大学", "西岭大学", "江城创投"]),
    ("评审嘉宾来自南华大学、北川大学等高校。", ["南华大学", "北川大学"]),
])
def test_a_kind_lists_first_item_starts_after_its_verb(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an economic and cultural centre abroad is a body; a cultural centre alone is a venue
    ("讲座由驻德国台北经济文化中心主办。", ["驻德国台北经济文化中心"]),
    ("晚会在香港文化中心举行。", []),
])
def test_an_economic_and_cultural_centre_is_a_body_not_a_venue(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trade name and a line of business is a company where the trade name stands alone too
    ("会上，华星光电取得西岭大学的专利授权；华星代表说，产品明年上市。", ["华星光电", "西岭大学"]),
    ("南岭精机则与东湖大学签署委托开发合同，南岭表示将尽快量产。", ["南岭精机", "东湖大学"]),
    # a field of business is never written alone so
    ("生物科技、精密机械等领域的企业参加。生物领域的项目最多。", []),
])
def test_a_trade_name_with_its_line_of_business_is_a_company(text, expected):
    assert names(text) == expected


def test_a_trade_name_is_typed_enterprise():
    spans = find_org_spans(View("华星光电取得授权；华星代表说，产品明年上市。"))
    assert [(s.name, s.listed_type) for s in spans] == [("华星光电", "enterprise")]


@pytest.mark.parametrize("text, expected", [
    # 办 before the event it holds is the verb, not an office's head
    ("西岭县府办产学对接会 两校签约", []),
    # an office that convenes a meeting, or the office's own meeting, stays a name
    ("县府办召开座谈会。", ["县府办"]),
    ("县府办会议在县城召开。", ["县府办"]),
])
def test_ban_before_the_event_it_holds_ends_no_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause ending in 的 between 等 and the list's kind
    ("代表团成员包括宏碁、华硕等在越南设厂的台商。",
     [("宏碁", "enterprise"), ("华硕", "enterprise")]),
    ("会上，海尔、格力等已在当地投产的企业展示了新品。",
     [("海尔", "enterprise"), ("格力", "enterprise")]),
])
def test_a_kind_described_by_a_clause_still_names_the_list(text, expected):
    assert [(s.name, s.listed_type) for s in find_org_spans(View(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # a space between two Latin words stays inside a Chinese name
    ("双方分别为东岭大学与德国ABC TECH研究所。", ["东岭大学", "德国ABC TECH研究所"]),
    ("由 XYZ Labs公司承办。", ["XYZ Labs公司"]),
])
def test_latin_words_with_a_space_inside_a_chinese_name(text, expected):
    assert [s.name for s in find_org_spans(View(text))] == expected
