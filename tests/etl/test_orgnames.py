"""The organisation-name recogniser: names anywhere in a text, as the article writes them.

Snippets written for the test; literal text in, literal names out.
"""
from __future__ import annotations

import pytest

from etl.extract.orgnames import find_org_spans
from etl.extract.text import View


def names(text: str) -> list[str]:
    return [s.name for s in find_org_spans(View(text))]


@pytest.mark.parametrize("text, expected", [
    # a Chinese name runs back from its head to the nearest boundary word
    ("昨天，贵州省科技厅与遵义医科大学签署协议。", ["贵州省科技厅", "遵义医科大学"]),
    # 和 inside a ministry's name; between two whole names it separates them
    ("省工业和信息化厅和省教育厅联合发文。", ["省工业和信息化厅", "省教育厅"]),
    # a place name holding a boundary character (都, 原) is read whole
    ("成都市人民政府与太原理工大学合作。", ["成都市人民政府", "太原理工大学"]),
    # a title and a person's name end the name before them
    ("南昌市科技局局长王强以及九江学院代表出席。", ["南昌市科技局", "九江学院"]),
    # generic kinds and venues are not names
    ("地方政府和科研院所的代表在国际会展中心交流。", []),
])
def test_chinese_names_run_back_to_a_boundary(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("由國立中興大學與臺中榮民總醫院主辦。", ["國立中興大學", "臺中榮民總醫院"]),
    ("澳門特別行政區政府經濟及科技發展局局長致辭。", ["澳門特別行政區政府經濟及科技發展局"]),
])
def test_traditional_names_keep_their_characters(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket closing inside the name belongs to it; a name inside a bracket stands alone
    ("承办单位为广西壮族自治区科技厅（区知识产权局）。", ["广西壮族自治区科技厅（区知识产权局）"]),
    ("五个高新区（含产业园区企业）参加。", []),
])
def test_chinese_brackets(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two names joined by "and" split only where each side is whole
    ("Ghent University and the Flanders Institute for Biotechnology met.",
     ["Ghent University", "Flanders Institute for Biotechnology"]),
    ("The Ministry of Science and Technology of Vietnam spoke.",
     ["Ministry of Science and Technology of Vietnam"]),
    # a person or a title before "of" is not part of the name
    ("Professor Ana Silva of Lisbon University spoke.", ["Lisbon University"]),
    ("The General Manager of Porto Biotech Ltd. spoke.", ["Porto Biotech Ltd."]),
    # an event's name before "of": the organisation is after it
    ("The Spring Meeting of the Baltic Innovation Society opened.", ["Baltic Innovation Society"]),
    # "in" ends a name at its head
    ("Riga Technical University in Latvia hosted it.", ["Riga Technical University"]),
])
def test_english_name_grammar(text, expected):
    assert names(text) == expected


def test_an_acronym_defined_once_stands_for_the_name_later():
    found = find_org_spans(View("The Alpine Robotics Network (ARN) met. Later ARN signed."))
    assert [(s.name, s.acronym) for s in found] == [("Alpine Robotics Network", "ARN"),
                                                    ("Alpine Robotics Network", "ARN")]


@pytest.mark.parametrize("text, defined", [
    # the acronym spells the name
    ("The Southern Denmark University (SDU) hosted the forum. Engineers from SDU showed "
     "two robots.", "Southern Denmark University"),
    # the acronym of the name in its own language: the same initials in another order
    ("The University of Southern Denmark (SDU) hosted the forum. Engineers from SDU showed "
     "two robots.", "University of Southern Denmark"),
    ("Bergen, 4 May 2026. The Institute of Marine Robotics Bergen (BIMR) opened its patent "
     "fair; BIMR licensed a sensor.", "Institute of Marine Robotics Bergen"),
])
def test_an_acronym_the_text_defines_is_not_the_tables_namesake(text, defined):
    # SDU is Shandong University's acronym in the organisations table: the text's own
    # definition holds wherever the text writes it
    found = [(s.name, s.acronym, s.ref) for s in find_org_spans(View(text))]
    assert [name for name, _a, _r in found] == [defined, defined]
    assert all(ref is None for _n, _a, ref in found)


def test_a_table_acronym_still_stands_where_the_text_defines_it_for_the_same_body():
    found = find_org_spans(View("Shandong University (SDU) hosted the forum in Jinan. SDU "
                                "signed three licences."))
    assert len(found) >= 2 and {s.ref.name for s in found if s.ref} == {"Shandong University"}


@pytest.mark.parametrize("text, expected", [
    # the Danish and Norwegian company form keeps its slash
    ("Researchers signed a licence with Fynbo Medical A/S at the fair.", ["Fynbo Medical A/S"]),
    ("The day was hosted by Nordlys Robotics A/S and Aarhus University.",
     ["Nordlys Robotics A/S", "Aarhus University"]),
])
def test_a_company_form_with_a_slash_stays_in_the_name(text, expected):
    assert names(text) == expected


def test_a_bracket_that_names_another_body_is_no_acronym():
    found = find_org_spans(View("The Regional Transfer Office (MOST) opened."))
    assert [(s.name, s.acronym) for s in found][0] == ("Regional Transfer Office", None)


def test_an_undefined_acronym_spelling_a_recent_name_stands_for_it():
    found = find_org_spans(View("Lyon Bio Cluster joined. The LBC will grow."))
    assert [s.name for s in found] == ["Lyon Bio Cluster", "Lyon Bio Cluster"]


@pytest.mark.parametrize("text, expected", [
    ("现场，蓝帆、齐鲁、华熙等6家企业签约。", [("蓝帆", "enterprise"), ("齐鲁", "enterprise"),
                                      ("华熙", "enterprise")]),
    ("Firms such as Brightloop and Nordhaven took part.", [("Brightloop", "enterprise"),
                                                        ("Nordhaven", "enterprise")]),
    # a person with a title ends a list of kinds
    ("Universities including Mia Lund, Director of Research, spoke.", []),
    # a legal form's stop does not end the list (Brightline Inc. is typed by its legal form);
    # a name holding a place is still a name; a place alone ends the list
    ("Companies such as Brightline Inc. and Siemens Germany joined.",
     [("Siemens Germany", "enterprise")]),
    ("Firms such as Orvik, Berlin and Tokyo took part.", [("Orvik", "enterprise")]),
])
def test_lists_whose_kind_is_named_give_their_items_that_kind(text, expected):
    found = find_org_spans(View(text))
    assert [(s.name, s.listed_type) for s in found if s.listed_type] == expected


@pytest.mark.parametrize("text, expected", [
    # 部门 ("departments") is a word: 科技部门 is no ministry; a title after it keeps the name
    ("各市科技部门和教育部门的负责人到场。", []),
    ("教育部部长在会上致辞。", [("教育部", "Ministry of Education")]),
    # a foreign country before a Chinese ministry's name makes it that country's own body
    ("法国外交部官员与会。", [("法国外交部", None)]),
    ("日本文部科学省与英国外交部代表出席。",
     [("日本文部科学省", "Ministry of Education, Culture, Sports, Science and Technology"),
      ("英国外交部", None)]),
    # an English name written straight against Chinese ends where the Latin letters end
    ("由The University of Hong Kong主办，Zhejiang University协办。",
     [("University of Hong Kong", "University of Hong Kong"),
      ("Zhejiang University", "Zhejiang University")]),
])
def test_where_a_known_name_really_ends_and_whose_it_is(text, expected):
    assert [(s.name, s.ref and s.ref.name) for s in find_org_spans(View(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised run without a head noun is a name from where its acronym's letters start
    ("They met at the Annual Conference of Knowledge Commercialisation Brasilia (KCB) in May.",
     ["Knowledge Commercialisation Brasilia"]),
    ("The Nordhaven Venture Lab (NVL) opened.", ["Nordhaven Venture Lab"]),
    # ... unless it names a programme
    ("The Innovation Voucher Scheme (IVS) closed.", []),
])
def test_a_headless_name_starts_where_its_acronym_does(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym and its spelling between dashes name one body, also where the acronym stands alone
    ("Lund is a member of the alliance NRL – Nordic Research Links – since 2021. Forty guests "
     "came from NRL.",
     [("Nordic Research Links", "NRL"), ("Nordic Research Links", "NRL")]),
    # a dash before words that do not spell the acronym explains nothing
    ("The NORDLINK – Nordic Research Links – network met.", []),
])
def test_an_acronym_spelled_between_dashes(text, expected):
    assert [(s.name, s.acronym) for s in find_org_spans(View(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Talks at the Sharjah Research, Technology and Innovation (SRTI) Park on Monday.",
     [("Sharjah Research, Technology and Innovation Park", "SRTI")]),
    ("It was hosted by the Ningbo Technology Transfer (NTT) Center and Fudan University.",
     [("Ningbo Technology Transfer Center", "NTT"), ("Fudan University", None)]),
    # the words before the acronym must spell it: a bracket after the head stays as it was
    ("the Lagos Business School (LBS) hosted the summit.",
     [("Lagos Business School", "LBS")]),
])
def test_a_head_noun_after_the_acronym_ends_the_name(text, expected):
    got = [(s.name, s.acronym) for s in find_org_spans(text) if s.name != s.acronym]
    assert [g for g in got if g[0] in {e[0] for e in expected}] == expected


@pytest.mark.parametrize("text, expected", [
    # one dash between two names joins them; the Chinese dash punctuation (——) does not
    ("由中国—阿拉伯国家技术转移中心承办。", ["中国—阿拉伯国家技术转移中心"]),
    ("会议——浙江大学主办。", ["浙江大学"]),
])
def test_a_dash_between_two_place_names_stays_in_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("来自欧盟成员国的代表和东盟秘书处官员出席。", ["东盟秘书处"]),
    ("Buyers from EU member states met officials of the European Union.",
     ["European Union"]),
    # the body itself, named before a word that only starts like a region word
    ("The ASEAN Regional Forum was briefed by ASEAN.", ["ASEAN", "ASEAN"]),
])
def test_a_regional_body_before_its_member_countries_names_the_region(text, expected):
    assert [s for s in names(text) if "ASEAN" in s or "欧盟" in s or "东盟" in s
            or "European" in s] == expected


@pytest.mark.parametrize("text, expected", [
    ("2024年浙江大学技术转移中心揭牌。", ["浙江大学技术转移中心"]),
    ("舉辦「112 年高雄科技大學育成中心成果展」。", ["高雄科技大學育成中心"]),
    # 年 inside a word is no year
    ("青年创业中心开放。", ["青年创业中心"]),
])
def test_a_year_before_a_name_is_not_part_of_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, name", [
    # 大使, 领事 and 博士 are titles of people.py only: as a place where a name starts they
    # would cut the embassy, the consulate and the company
    ("中国驻德国大使馆科技处与慕尼黑工业大学共同主办了论坛。", "中国驻德国大使馆科技处"),
    ("北京博士园科技有限公司与清华大学签约。", "北京博士园科技有限公司"),
])
def test_a_person_title_inside_a_name_does_not_cut_it(text, name):
    assert name in [s.name for s in find_org_spans(View(text))]


@pytest.mark.parametrize("text, expected", [
    # a verb of obtaining before a name is no part of it
    ("大会并得到广东省知识产权局支持。", ["广东省知识产权局"]),
    ("論壇並獲經濟發展局支持。", ["經濟發展局"]),
    # 达 opens names (中达, 宏达): only 到达/抵达 end a name on the left
    ("宏達電子股份有限公司與清华大学签约。", ["宏達電子股份有限公司", "清华大学"]),
    ("代表团抵达浙江大学。", ["浙江大学"]),
])
def test_verbs_before_a_chinese_name_and_da_inside_one(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 等离子体 (plasma) is no "etc."
    ("中国科学院等离子体物理研究所主办。", ["中国科学院等离子体物理研究所"]),
    ("西南物理研究院等离子体应用研究所参展。", ["西南物理研究院等离子体应用研究所"]),
    # a Latin code with digits stays in the name
    ("会议由京津冀5G产业联盟主办。", ["京津冀5G产业联盟"]),
    ("中关村A10创新中心协办。", ["中关村A10创新中心"]),
])
def test_plasma_and_letter_digit_codes_stay_inside_chinese_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short form the text defines in brackets, or a city, is a body of its own before 与
    # (the later 興大 stands for its body: short_form_back_references)
    ("國立中興大學(興大)今日舉辦論壇。興大與臺中市政府經濟發展局簽署備忘錄。",
     ["國立中興大學", "國立中興大學", "臺中市政府經濟發展局"]),
    ("杭州市與浙江大學杭州國際科創中心簽署協議。", ["浙江大學杭州國際科創中心"]),
    # two fields joined inside one name stay one name
    ("联邦外贸与投资署参加。", ["联邦外贸与投资署"]),
])
def test_a_defined_short_form_or_a_city_before_yu_is_not_part_of_the_next_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the acronym spells only what follows "and", and the run does not start with its letter
    ("It was co-hosted with Nordic Universities and Colleges and Polytechnics Norway (CPNor).",
     ["Nordic Universities", "Colleges and Polytechnics Norway"]),
    ("Leads from Harbour Ventures and Delta Seed Capital (DSC) spoke.",
     ["Harbour Ventures", "Delta Seed Capital"]),
    # an acronym of the whole name keeps it whole
    ("The Department of Science and Innovation (DSI) spoke.",
     ["Department of Science and Innovation"]),
])
def test_x_and_y_with_an_acronym_of_y_alone_are_two_names(text, expected):
    assert [n for n in names(text) if n.upper() != n] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Trade today hosted the Nordic Tech Forum at the Harbour Centre in Oslo.",
     ["Ministry of Trade"]),
    ("Delegates met at the Baltic Innovation Fair at the Riga Congress Centre.", []),
])
def test_an_event_at_its_venue_is_no_organisation(text, expected):
    assert names(text) == expected


def test_a_country_before_a_known_chinese_name_is_part_of_it():
    assert names("浙江大学与美国麻省理工学院签约。") == ["浙江大学", "美国麻省理工学院"]
    assert names("沙特阿卜杜勒阿齐兹国王科技城代表参会。") == ["沙特阿卜杜勒阿齐兹国王科技城"]


@pytest.mark.parametrize("text, expected", [
    # elided articles and accented capitals stay in a French name; its complements may be
    # listed with ", de"; a place's possessive before it is not part of it
    ("Quebec's Ministère de l'Économie, de l'Innovation et de l'Énergie (MEIE) spoke.",
     ["Ministère de l'Économie, de l'Innovation et de l'Énergie"]),
    ("The Institut d'Études Avancées de Lyon and Orvik Ltd met.",
     ["Institut d'Études Avancées de Lyon", "Orvik Ltd"]),
    # a lower-case particle inside a place name joins it
    ("The University of Dar es Salaam exhibited.", ["University of Dar es Salaam"]),
])
def test_french_and_particle_name_shapes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Romance or Malay head opens its name: the capitalised words after it are the name's
    ("Delegates from the Universidad Técnica Federico Santa María attended.",
     ["Universidad Técnica Federico Santa María"]),
    ("The Instituto Nacional de Tecnología Industrial (INTI) and the Gobierno Provincial de "
     "Mendoza signed.", ["Instituto Nacional de Tecnología Industrial",
                         "Gobierno Provincial de Mendoza"]),
    ("Universiti Sains Malaysia sent a team.", ["Universiti Sains Malaysia"]),
    # an event's word after it is no qualifier
    ("The Fundación Mapfre Forum opened.", ["Fundación Mapfre"]),
    # an English head keeps its words before it
    ("The Toulouse Business School Alumni met.", ["Toulouse Business School"]),
])
def test_a_head_that_opens_its_name_takes_the_words_after_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city closing the run right after the head is the name's seat
    ("Speakers came from Trinity College Dublin and Ulster University.",
     ["Trinity College Dublin", "Ulster University"]),
    ("We thank Hamburg University of Technology and Heriot-Watt University Edinburgh.",
     ["Hamburg University of Technology", "Heriot-Watt University Edinburgh"]),
    # a country after the head is not taken in
    ("Innovation Agency Ghana met the press.", ["Innovation Agency"]),
])
def test_a_city_after_the_head_is_part_of_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a regnal number in the name is a digit in the acronym of the name in its own language
    ("The meeting was at Hassan II Agronomy Institute (IAH2). IAH2 then hosted a visit.",
     [("Hassan II Agronomy Institute", "IAH2"), ("Hassan II Agronomy Institute", "IAH2")]),
    ("Delegates visited Mohammed V University (UM5), where UM5 staff spoke.",
     [("Mohammed V University", "UM5"), ("Mohammed V University", "UM5")]),
])
def test_an_acronym_with_a_digit_for_a_roman_numeral(text, expected):
    assert [(s.name, s.acronym) for s in find_org_spans(View(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # a field list after "of" may close with more than one "and"
    ("The Ministry of Energy, Mines, Water and Sanitation and Environment hosted it.",
     ["Ministry of Energy, Mines, Water and Sanitation and Environment"]),
    ("It was backed by the Department of Housing, Planning, Local and Regional Affairs and "
     "Tourism.", ["Department of Housing, Planning, Local and Regional Affairs and Tourism"]),
])
def test_a_field_list_with_two_ands_stays_one_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an undefined acronym of the name without the place it ends on
    ("Universidad Tecnológica Nacional de Rosario\nReport. Research at UTN grew; UTN also "
     "signed.", [("Universidad Tecnológica Nacional de Rosario", None),
                 ("Universidad Tecnológica Nacional de Rosario", "UTN"),
                 ("Universidad Tecnológica Nacional de Rosario", "UTN")]),
    ("The Northern Polytechnic Institute of Leeds met. Later NPI said so.",
     [("Northern Polytechnic Institute of Leeds", None),
      ("Northern Polytechnic Institute of Leeds", "NPI")]),
])
def test_an_acronym_of_a_name_without_its_seat(text, expected):
    assert [(s.name, s.acronym) for s in find_org_spans(View(text))] == expected



@pytest.mark.parametrize("text, expected", [
    # a French head opens its name: what stands before "at the" is no part of it
    ("It took place from 2 to 4 May at the Institut National des Sciences Appliquées (INSA).",
     ["Institut National des Sciences Appliquées"]),
    ("In June at the Institut Pasteur de Lille, 80 researchers met.", ["Institut Pasteur de Lille"]),
    # a French name's complements listed with commas after an article, its head opening it
    ("The Fonds pour la Recherche, la Culture et l'Innovation (FRCI) opened the call.",
     ["Fonds pour la Recherche, la Culture et l'Innovation"]),
    ("Later the Fonds National de la Recherche joined.", ["Fonds National de la Recherche"]),
    # a local government written as "City of X" has no head noun
    ("The City of Dunmore hosted the fair.", ["City of Dunmore"]),
    ("Later the County of Tarn joined.", ["County of Tarn"]),
    # a level of government and a head with no place names no one body
    ("Members of the City Council and the Municipal Government met.", []),
])
def test_french_heads_place_governments_and_bare_levels(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an Omani or Finnish legal form is a company's head noun like Ltd
    ("Harbour Pipelines SAOG signed the contract.", ["Harbour Pipelines SAOG"]),
    ("The stands were built by Lakeside Messut Osuuskunta.", ["Lakeside Messut Osuuskunta"]),
])
def test_legal_forms_of_other_countries_end_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Spanish name's fields listed with commas and a last "y" / "e"
    ("The grant came from the Secretaría de Cultura, Deporte y Recreación (SECUDER).",
     [("Secretaría de Cultura, Deporte y Recreación", None)]),
    # a mixed-case acronym: its small letters are the small words' initials ("of")
    ("It was opened by the Ministry of Trade, Industry and Investment (MoTII).",
     [("Ministry of Trade, Industry and Investment", "MoTII")]),
    # read strictly: it spells one name, not the run of two names before it
    ("The Ministry of Science and Technology and the Ministry of Trade, Industry and "
     "Investment (MoTII) attended.",
     [("Ministry of Science and Technology", "MOST"),
      ("Ministry of Trade, Industry and Investment", "MoTII")]),
])
def test_a_name_whose_fields_are_listed_and_its_acronym(text, expected):
    assert [(s.name, s.acronym) for s in find_org_spans(View(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # "A and B" read as one run splits where B is a name the text writes on its own
    ("Parties: Harbour Pipelines Ltd and Northvale University. Northvale University is in Leeds.",
     ["Harbour Pipelines Ltd", "Northvale University", "Northvale University"]),
    ("Kite Robotics and Eastfield University signed a deal. Eastfield University is public.",
     ["Kite Robotics", "Eastfield University", "Eastfield University"]),
    # one body's name with "and" inside stays whole
    ("The Ministry of Science and Technology hosted it. Technology is key.",
     ["Ministry of Science and Technology"]),
])
def test_two_names_joined_by_and_split_at_a_name_written_alone(text, expected):
    assert names(text) == expected


def test_a_table_acronym_spelling_a_name_the_text_writes_stands_for_that_name():
    spans = find_org_spans(View("Students of Mwanza University of Science and Technology showed "
                                "their work. MUST signed two licences."))
    assert [(s.name, s.acronym, s.ref) for s in spans][-1] == \
        ("Mwanza University of Science and Technology", "MUST", None)
    # without a name it spells, the acronym is the table's body
    only = find_org_spans(View("MUST signed two licences in Ulaanbaatar."))
    assert [s.ref.name for s in only] == ["Mongolian University of Science and Technology"]


@pytest.mark.parametrize("text, expected", [
    # the acronym's first letter is the word before the comma: the name starts there
    ("The Energy, Mining and Water Directorate in the Office of the Governor (EMW-OG) funded it.",
     [("Energy, Mining and Water Directorate in the Office of the Governor", "EMW-OG")]),
    ("The Marine, Coastal and Fisheries Agency (MCFA) hosted it.",
     [("Marine, Coastal and Fisheries Agency", "MCFA")]),
])
def test_a_name_opening_with_a_field_and_a_comma_before_its_acronym(text, expected):
    assert [(s.name, s.acronym) for s in find_org_spans(View(text))] == expected


def test_a_table_acronym_with_a_sign_inside_is_read_as_written():
    # no pattern is built from the acronym's letters when it holds a sign ("A*STAR")
    assert names("A*STAR and NUS signed a deal.") == ["A*STAR", "NUS"]


@pytest.mark.parametrize("text, expected", [
    # a company named by the noun before it ends at "and": the rest holds its own head
    ("Investment firm Harbour Peak and Tainui Group Holdings judged the pitches.",
     ["Harbour Peak", "Tainui Group Holdings"]),
    # a company named by where it is based after "and" is no part of the name before it
    ("A deal between the Northgate College of Applied Science and Penang-based VERTEC was signed.",
     ["Northgate College of Applied Science", "VERTEC"]),
])
def test_a_described_company_ends_a_run_at_and(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's acronym and capitalised words after it name its arm, not the body
    ("The Korea Advanced Institute of Science and Technology (KAIST) took part. The day was "
     "hosted by KAIST Venture Partners, the institute's commercialisation arm.",
     ["Korea Advanced Institute of Science and Technology", "KAIST", "KAIST Venture Partners"]),
    ("The fair met at WIPO Academy with the World Intellectual Property Organization (WIPO).",
     ["WIPO Academy", "World Intellectual Property Organization", "WIPO"]),
    # a title, an event, a place or a branch after the acronym is no name of its own
    ("The World Intellectual Property Organization (WIPO) said so; WIPO Director General Daren "
     "Tang spoke at the WIPO Geneva office and at the WIPO Lagos branch.",
     ["World Intellectual Property Organization", "WIPO", "WIPO", "WIPO", "WIPO"]),
])
def test_an_acronym_followed_by_capitalised_words_names_an_arm(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym in the body's own language and its country: the short form used later, whole
    ("The Austrian-Chilean Chamber of Commerce (ACK Chile) met. Organiser: ACK Chile",
     ["Austrian-Chilean Chamber of Commerce", "Austrian-Chilean Chamber of Commerce"]),
    ("The Franco-Kenyan Chamber of Commerce (CCFK Kenya) opened. CCFK Kenya hosted it.",
     ["Franco-Kenyan Chamber of Commerce", "Franco-Kenyan Chamber of Commerce"]),
])
def test_a_foreign_acronym_with_its_country_is_the_short_form(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym, then the seat the name ends in; a short city with a letter English has not
    ("Science Technology Park Niš met. STP Niš signed.",
     ["Science Technology Park Niš", "Science Technology Park Niš"]),
    ("Innovation Centre Győr opened. IC Győr hosted.", ["Innovation Centre Győr", "Innovation Centre Győr"]),
])
def test_an_acronym_and_the_seat_stand_for_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 原材料, 原子: no determiner; a company's plant closes its name before 与
    ("由工业和信息化部原材料工业司指导。", ["工业和信息化部原材料工业司"]),
    ("甘肃天元股份有限公司兰州工厂与兰州大学签署协议。", ["甘肃天元股份有限公司", "兰州大学"]),
    ("甘肃天元股份有限公司（天元）兰州酒厂与兰州大学签署协议。", ["甘肃天元股份有限公司", "兰州大学"]),
])
def test_raw_materials_and_a_companys_plant(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bodies named by their being present, research bodies and government departments in general
    ("并与到场学校洽谈试用合作。", []),
    ("支持兰州大学及科研机构的合作项目，来自甘肃政府部门、大学的代表出席。", ["兰州大学"]),
])
def test_kinds_of_bodies_are_no_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "(NRDI Office)": the acronym and the name's own head; the long name runs back over its comma
    ("The National Research, Development and Innovation Office (NRDI Office) met. The NRDI Office "
     "said so.",
     ["National Research, Development and Innovation Office", "NRDI Office",
      "National Research, Development and Innovation Office"]),
    ("The Regional Science, Technology and Innovation Agency (RSTI Agency) met. The RSTI Agency "
     "said so.",
     ["Regional Science, Technology and Innovation Agency", "RSTI Agency",
      "Regional Science, Technology and Innovation Agency"]),
])
def test_an_acronym_with_the_names_head_defines_the_whole_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Spanish and Catalan regional governments are named by their head first
    ("The Junta de Extremadura and the Generalitat de Catalunya sent delegations.",
     ["Junta de Extremadura", "Generalitat de Catalunya"]),
    # an embassy or consulate is a body; "当地" (local) describes, it starts no name
    ("活动得到印度驻上海总领事馆和中国驻越南大使馆的支持。", ["印度驻上海总领事馆", "中国驻越南大使馆"]),
    ("代表团还将参观当地工业园区和两所高校。", []),
])
def test_juntas_embassies_and_local_parks(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["A(A学院", "合作方为华东(上海研究院", "签约单位：北方（稀土集团"])
def test_a_name_with_an_open_bracket_at_the_text_s_end_stays_inside_the_text(text):
    # a text ending on the name has no closing bracket after it, and no span runs past its end
    spans = find_org_spans(View(text))
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
