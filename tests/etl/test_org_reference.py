"""What an organisation name denotes (etl/extract/org_reference.py): the reference row by name,
alias or acronym, the type by reference then rules, and the home place of a name in a text."""
from __future__ import annotations

import pytest

from etl.extract.org_reference import classify_org, lookup_org, org_home
from etl.gazetteer import Place


@pytest.mark.parametrize("name, expected", [
    ("Tsinghua University", "Tsinghua University"),
    ("Tsinghua Univ.", "Tsinghua University"),
    ("清华大学", "Tsinghua University"),
    ("THU", "Tsinghua University"),
    ("the Hong Kong Polytechnic University", "Hong Kong Polytechnic University"),
    ("Xi'an Jiao Tong University", "Xi'an Jiaotong University"),
    ("National Center for Science&Technology Evaluation", "National Center for Science and "
                                                          "Technology Evaluation"),
    ("Ministry of Science and Technology of the P.R.China", "Ministry of Science and Technology"),
    ("美国麻省理工学院", "Massachusetts Institute of Technology"),
    ("Massachusets Institute of Technology", "Massachusetts Institute of Technology"),
    ("Politecnico di Torino", "Polytechnic University of Turin"),
    ("Beijing University of Technology", "Beijing University of Technology"),
    ("TU Delft", "Delft University of Technology"),
    # traps: one letter apart but a different university; unknown names; empty
    ("Henan University", "Henan University"),      # not Hunan University
    ("Henan Normal University", None),              # not Hunan Normal University
    ("Hebei Normal University", None),
    ("Unknown Institute", None),
    ("", None),
])
def test_lookup_org_resolves_names_aliases_acronyms_and_guards_fuzzy_matches(name, expected):
    ref = lookup_org(name)
    assert (ref.name if ref else None) == expected


def test_lookup_org_row_carries_type_and_home():
    ref = lookup_org("ZJU")
    assert (ref.org_type, ref.country_code, ref.city, ref.province_code) == (
        "university", "CHN", "Hangzhou", "CN-ZJ")


@pytest.mark.parametrize("name, expected", [
    ("Guangxi University", "university"),
    ("Harbin Engineering University", "university"),
    # sub-unit rule: an Institute of a university is a research institute …
    ("Institute of Microelectronics, Xidian University", "research_institute"),
    # … but its department/school is the university, and its transfer centre an intermediary
    ("School of Management, Xidian University", "university"),
    ("Technology Transfer Center of Hebei University", "intermediary"),
    ("Shenzhen Institute of Advanced Technology", "research_institute"),
    ("Wuhan Institute of Technology", "university"),
    ("Hangzhou Municipal Bureau of Science and Technology", "government"),
    ("Administrative Committee of Nanjing Jiangbei New Area", "government"),
    ("Consulate General of Finland in Guangzhou", "government"),
    ("Ningbo Hi-tech Zone", "park"),
    ("Sino-German Industrial Park", "park"),
    ("Zhejiang Cancer Hospital", "hospital"),
    ("Guangming Daily", "media"),
    ("United Nations Economic Commission for Africa", "international_org"),
    ("BioNova Therapeutics Co., Ltd.", "enterprise"),
    ("Jiangsu Technology Transfer Alliance", "association"),
    ("Chinese Society of Biotechnology", "association"),
    ("Ningbo Technology Market Association", "association"),
    ("Hubei Technology Exchange", "intermediary"),
    ("Blue Sky Foundation", "association"),
    ("Lakeside Partners", "other"),
    ("武汉理工大学", "university"),
    ("中国科学院深圳先进技术研究院", "research_institute"),
    ("浙江大学技术转移中心", "intermediary"),
    ("北京大学科研部", "university"),
    ("杭州市科学技术局", "government"),
    ("北京市海淀区人民政府", "government"),
    ("深圳湾实验室", "research_institute"),
    ("上海市医药行业协会", "association"),
    ("中关村发展集团", "enterprise"),
    ("新华网", "media"),
    ("苏州工业园区", "park"),
    # service centres for transfer are intermediaries
    ("江西省科技成果转化服务中心", "intermediary"),
    ("厦门市技术转移服务中心", "intermediary"),
    # a ministry's division is government; a company's representative office is not
    ("經濟部技術處", "government"),
    ("商务部外资司", "government"),
    ("华为技术有限公司上海代表处", "enterprise"),
    # a foundation is an association, whatever words stand before its head
    ("Oslo Science City Foundation", "association"),
    # regional intergovernmental organisations
    ("Eastern African Regional Technology Organization", "international_org"),
    ("Asian Productivity Organization", "international_org"),
    # a reference row wins over the rules
    ("Cambridge Enterprise", "intermediary"),
    ("", "other"),
])
def test_classify_org_by_reference_then_rules(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zhejiang University Zijingang Campus", Place("Hangzhou", "CN-ZJ", "CHN")),
    ("the SJTU Xuhui campus", Place("Shanghai", "CN-SH", "CHN")),
    ("HKUST Clear Water Bay campus", Place("Hong Kong", None, "HKG")),
    ("ZJU Asset Management Co., Ltd.", Place("Hangzhou", "CN-ZJ", "CHN")),
    ("清华大学主楼", Place("Beijing", "CN-BJ", "CHN")),
    # the longest name wins: "University of Science and Technology of China" not "China"
    ("University of Science and Technology of China East Campus", Place("Hefei", "CN-AH", "CHN")),
    # an acronym inside a longer word does not count
    ("MITRE Corporation headquarters", None),
    ("International Conference Center", None),
    ("", None),
])
def test_org_home_finds_the_longest_known_organisation(text, expected):
    assert org_home(text) == expected


def test_a_name_the_reference_knows_only_with_its_country_is_not_that_country_s():
    # the table has "Department of Science and Technology (Philippines)" as an alias
    assert lookup_org("Department of Science and Technology") is None
    assert lookup_org("Philippine Department of Science and Technology").country_code == "PHL"


@pytest.mark.parametrize("name, expected", [
    # legal forms of other countries at the end of a name
    ("Harlow & Pike LLP", "enterprise"),
    ("Tropika Water Technologies Sdn Bhd", "enterprise"),
    ("Kauppa Oy", "enterprise"),
    # a partnership named after its partners; not a body named after two places
    ("Briggs & Dunmore", "enterprise"),
    ("LES Britain & Ireland", "other"),
    # a chamber of commerce, whatever follows its head
    ("Cali Chamber of Commerce for Valle", "association"),
    # Taiwan's 财团法人 research foundations, with or without their short form
    ("財團法人精密機械研究發展中心(精機中心)", "research_institute"),
    ("財團法人塑膠工業技術發展中心", "research_institute"),
    ("奇美醫療財團法人奇美醫院", "hospital"),
    # a development corporation is a public agency; a trade or finance corporation a firm
    ("Northern Development Corporation", "government"),
    ("Korea Trade Finance Corporation", "enterprise"),
    # polytechnics named in other languages are universities
    ("Polytechnique Lyon", "university"),
    ("Politecnico di Bari", "university"),
    # a ministry named in another European language is government
    ("Ministère de la Culture", "government"),
    ("Ministerio de Ciencia e Innovación", "government"),
    # a knowledge transfer office or exchange unit is a tech-transfer intermediary
    ("Knowledge Transfer Office", "intermediary"),
    ("Harlow University Knowledge Exchange Unit", "intermediary"),
    # an industrial research and technology organisation named by its field; an innovation
    # centre without one is no such body
    ("Advanced Manufacturing Technology Centre", "research_institute"),
    ("Process Innovation Centre (PIC)", "research_institute"),
    ("Halden Innovation Centre", "other"),
])
def test_type_rules_for_firms_chambers_and_research_foundations(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # a university's own centre or office is the university; its research centre is not
    ("國立成功大學產學創新總中心", "university"),
    ("某某大學創新創業中心", "university"),
    ("城大知識轉移處", "university"),
    ("某某大學材料研究中心", "research_institute"),
    # an experiment station
    ("某某縣農業試驗所", "research_institute"),
    ("水稻试验站", "research_institute"),
    # a public science or development fund, not an investment fund
    ("某某科技發展基金", "government"),
    ("某某产业投资基金", "other"),
    # an innovation zone is a park
    ("Qingdao Innovation Zone", "park"),
    ("Riverside Technology District", "park"),
    # a unit after its owner's possessive takes the owner's type
    ("Northfield University's Energy Hub", "university"),
    ("Harbour Bank's Innovation Lab", "enterprise"),
])
def test_units_funds_stations_and_zones_are_typed_by_what_they_belong_to(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # a financial cooperative is a member-owned bank: an enterprise, not an association
    ("Prairie Credit Union", "enterprise"),
    ("Northvale Building Society", "enterprise"),
    # a centre named for technology commercialisation is a tech-transfer intermediary
    ("Regional Center for Technology Commercialization", "intermediary"),
    ("Centre for Technology Transfer", "intermediary"),
    # a brand and "Engineering" is a company; a school or a faculty of engineering is not one
    ("Brightwave Engineering", "enterprise"),
    ("School of Engineering", "university"),
])
def test_financial_cooperatives_commercialisation_centres_and_engineering_firms(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name", ["江淮省技术成果交易中心", "某市科技成果交易所"])
def test_a_technology_results_exchange_is_an_intermediary(name):
    assert classify_org(name) == "intermediary"


@pytest.mark.parametrize("name, expected", [
    # a metropolitan or special city, a city council, a municipality: the city's government
    ("Ulsan Metropolitan City", "government"),
    ("Metropolitan City of Turin", "government"),
    ("Sejong Special Self-Governing City", "government"),
    ("Tampere City Council", "government"),
    ("Municipality of Eskişehir", "government"),
    # a technopark or technopole is a science park
    ("Gwangju Technopark", "park"),
    ("Sophia Antipolis Technopole", "park"),
    # not a city's government: a city university stays a university
    ("City University of Hong Kong", "university"),
])
def test_metropolitan_cities_and_technoparks_are_typed_without_a_head_noun(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Tenaga Digital Berhad", "enterprise"),
    ("Perak Agro Holdings Berhad (PAH)", "enterprise"),
    ("Universiti Sains Kelantan", "university"),
    ("Universitas Teknologi Surabaya", "university"),
    ("Institut Teknologi Medan", "university"),
    ("Westlake University Medical Center", "hospital"),
    ("Fjord Valley Medical Centre", "hospital"),
    ("Highland Breweries", "enterprise"),
    ("Savanna Airways", "enterprise"),
])
def test_legal_forms_foreign_university_words_medical_centres_and_trades_give_the_type(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Region of Northern Jutland", "government"),
    ("County of Lapland", "government"),
    ("Board of Investment of Kenya (BOIK)", "government"),
    ("Board of Trade", "government"),
])
def test_regions_and_state_boards_named_as_bodies_are_government(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # Romance-language names typed by their opening head
    ("Gobierno Regional de Cusco", "government"),
    ("Secretaría de Innovación", "government"),
    ("Cámara de Comercio de Lima", "association"),
    ("Asociación Nacional de Industriales", "association"),
    ("Instituto Nacional de Tecnología Agropecuaria", "research_institute"),
    ("Instituto Tecnológico de Costa Rica", "university"),
    # a sociedad anónima, open or closed
    ("Minera Los Andes S.A.A.", "enterprise"),
    ("Agroindustrias del Sur S.A.C", "enterprise"),
])
def test_romance_names_typed_by_their_opening_head(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Industrial Research Organisation of Nordhaven", "research_institute"),
    ("Scientific Research Organization of Calder", "research_institute"),
    # an operator named by its brand and its trade is a company; a ministry of it is not
    ("Nordhaven Railways", "enterprise"),
    ("Calder Water", "enterprise"),
    ("Ministry of Railways", "government"),
])
def test_research_organisations_and_operators(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # an agricultural improvement station is a public research station
    ("农业部台南区农业改良场", "research_institute"),
    ("台東農改場", "research_institute"),
    ("高雄区农业试验站", "research_institute"),
    # a representative office posted abroad is a state's mission; a company's branch office is not
    ("驻日本台北经济文化代表处", "government"),
    ("駐法國台北代表處", "government"),
    ("宏达电子有限公司驻京办事处", "enterprise"),
])
def test_type_rules_for_improvement_stations_and_representative_offices(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # a brand and "Industries" is a company; a ministry or chamber of industries is not
    ("Kestrel Industries", "enterprise"),
    ("Harbour Hi-Tech Industries PLC", "enterprise"),
    ("Ministry of Industries", "government"),
    ("Confederation of Dunmore Industries", "association"),
    # a centre named for the research it does
    ("Nordic Centre for Marine Research", "research_institute"),
    ("Center for Energy Research", "research_institute"),
    # a research centre named in French or Spanish; a ministry of research stays a ministry
    ("Centre National de Recherche Forestière", "research_institute"),
    ("Centro de Investigación en Alimentos", "research_institute"),
    ("Ministère de l'Enseignement Supérieur et de la Recherche", "government"),
])
def test_industries_firms_and_research_centres(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # a statutory board named by its public task is a government body
    ("Ghana Export Promotion Board", "government"),
    ("Maldives Tourism Board (MTB)", "government"),
    ("Bavaria Technology Board", "government"),
    # a board named by something else is not typed by this rule
    ("Cocoa Board of Ghana", "other"),
])
def test_a_statutory_board_named_by_its_task_is_government(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # an economic and trade office or an economic and cultural centre abroad is a government's
    ("香港驻柏林经济贸易办事处", "government"),
    ("驻柏林经贸办", "government"),
    ("台北经济文化办事处", "government"),
    ("驻新加坡台北经济文化中心", "government"),
    # a national research council is a public agency
    ("加拿大自然科学与工程研究理事会", "government"),
    # a company's branch office stays the company's
    ("东湖实业公司驻京办事处", "enterprise"),
])
def test_offices_abroad_and_research_councils_are_government(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # "Invest X" is the public investment agency of place X, unless a company form follows
    ("Invest Harlowshire", "government"),
    ("Invest Kestrel Region", "government"),
    ("Invest Tarn Capital Partners", "enterprise"),
    # a (digital) economy corporation is a public development agency
    ("Kestrel Digital Economy Corporation", "government"),
    ("Tarn Economy Corporation (TEC)", "government"),
    # parks named in Portuguese, Spanish, French or Italian
    ("Harlow Parque", "park"),
    ("Parc Scientifique de Tarnville", "park"),
    # a place's chamber named by its head alone
    ("Kestrelford Chamber", "association"),
    # a state research support foundation funds research: a public agency
    ("Tarn State Research and Innovation Support Foundation", "government"),
    ("Kestrel Research Support Foundation (KRSF)", "government"),
])
def test_agencies_parks_and_chambers_named_without_the_usual_head(name, expected):
    assert classify_org(name) == expected


@pytest.mark.parametrize("name, expected", [
    # a country's industrial or intellectual property institute or office is its patent authority
    ("Tarnland Industrial Property Institute", "government"),
    ("Kestrel Intellectual Property Office", "government"),
    ("Ostvale Patent and Trademark Office", "government"),
    # research on intellectual property is still a research institute
    ("Institute of Intellectual Property Research", "research_institute"),
    # a Circle is a network of members; a Junta a Spanish regional government
    ("Tech Transfer Offices Circle", "association"),
    ("Junta de Extremadura", "government"),
])
def test_property_offices_circles_and_juntas(name, expected):
    assert classify_org(name) == expected
