"""Role frames: the trigger words beside a list of names give each name its role.

Every snippet here is written for the test (none is copied from ../shared): literal sentences
in, literal (name, role) pairs out.
"""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_organizations(View(text))]


@pytest.mark.parametrize("text, expected", [
    # label forms with and without 单位, several roles in one sentence
    ("活动的主办单位为浙江省科技厅、杭州市人民政府；承办单位为杭州市科技局。",
     [("浙江省科技厅", "host"), ("杭州市人民政府", "host"), ("杭州市科技局", "organizer")]),
    ("主办：江苏省知识产权局  协办：南京大学",
     [("江苏省知识产权局", "host"), ("南京大学", "co_organizer")]),
    # the cleft form: 主办本次活动的是A、B和C
    ("主办本次论坛的是四川大学、成都市科技局和西南交通大学。",
     [("四川大学", "host"), ("成都市科技局", "host"), ("西南交通大学", "host")]),
    # the role named after the list
    ("厦门大学、集美大学是本次展会的联合举办方。",
     [("厦门大学", "host"), ("集美大学", "host")]),
])
def test_chinese_labels_clefts_and_postposed_roles(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list in Traditional characters matches the Simplified triggers, names keep their script
    ("由臺中市政府主辦、逢甲大學承辦的論壇今日舉行。",
     [("臺中市政府", "host"), ("逢甲大學", "organizer")]),
    ("大會由澳門大學與澳門科技大學共同主辦。", [("澳門大學", "host"), ("澳門科技大學", "host")]),
])
def test_traditional_text_keeps_its_characters(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of 举办, with a time and a place between them
    ("青岛市科技局今日在崂山区举办技术对接会。", [("青岛市科技局", "host")]),
    ("昆明理工大学于6月3日在呈贡校区召开成果推介会。", [("昆明理工大学", "host")]),
    # 在…举办: the place is never the host
    ("推介会在贵州大学举行。", []),
])
def test_the_subject_of_a_holding_verb_hosts(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # participants after 来自 / 包括 / a cleft, before 参加 with fillers between
    ("来自厦门大学、华侨大学等单位的专家参加了会议。",
     [("厦门大学", "participant"), ("华侨大学", "participant")]),
    ("参加本次洽谈会的,有南开大学、天津大学等二十余所高校。",
     [("南开大学", "participant"), ("天津大学", "participant")]),
    ("湖南大学、中南大学等高校的专家、教授30余人与会。",
     [("湖南大学", "participant"), ("中南大学", "participant")]),
    # a person of the organisation speaks at the event
    ("宁波市科技局副局长李明在会上致辞。", [("宁波市科技局", "participant")]),
])
def test_chinese_participants(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # both sides of a signing in one clause
    ("会上，山东大学与济南市人民政府签署了合作协议。",
     [("山东大学", "signatory"), ("济南市人民政府", "signatory")]),
    # a kind-named list of brands ("等3家企业") signs too
    ("现场，鲁南、齐峰、圣泉等3家企业与济南大学签订协议。",
     [("鲁南", "signatory"), ("齐峰", "signatory"), ("圣泉", "signatory"),
      ("济南大学", "signatory")]),
    # cooperation counterparts
    ("福州大学的合作方是福建星网锐捷通讯股份有限公司。",
     [("福州大学", "partner"), ("福建星网锐捷通讯股份有限公司", "partner")]),
])
def test_chinese_signing_and_partners(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside of another trigger between the subject and its verb
    ("NEPAD, in partnership with the University of Ghana and the Ghana Chamber of Mines, "
     "co-organized the Accra Innovation Fair.",
     [("University of Ghana", "partner"), ("Ghana Chamber of Mines", "partner"),
      ("NEPAD", "co_organizer")]),
    # a brand opening the sentence is the subject
    ("Medtronic hosted the first Dublin Devices Forum on 4 May.", [("Medtronic", "host")]),
    # names the recogniser does not know, listed after a trigger
    ("The day was run in collaboration with Nordhaven and Brightloop.",
     [("Nordhaven", "partner"), ("Brightloop", "partner")]),
])
def test_english_subjects_asides_and_unknown_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle past tense is no signing at the event
    ("The treaty between the Republic of Kenya and the United Nations Development Programme, "
     "signed in March 2015, was discussed.", []),
    # a person and a title are not names in a list
    ("Speakers from overseas universities included Anna Berg, Director of the Lund Office, "
     "and Tom Hale.", []),
    # units of the host named after "departments such as" are not participants
    ("The heads of relevant departments, such as the Finance Office and the Design Institute "
     "attended the meeting.", []),
])
def test_english_shapes_that_give_no_role(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dr Mia Lund of Aarhus University and Dr Per Holm of Roskilde University attended the "
     "workshop.",
     [("Aarhus University", "participant"), ("Roskilde University", "participant")]),
    ("Nearly 90 guests came, about 30 of them from Nordic Innovation House.",
     [("Nordic Innovation House", "participant")]),
])
def test_english_participants_named_through_people_and_counts(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("name, text, expected", [
    # an event named after an organisation the text spells out: its organiser
    ("2019 GKA annual meeting", "The Global Knowledge Alliance (GKA) met in Oslo.",
     [("Global Knowledge Alliance", "organizer")]),
    ("宁夏技术转移联盟第三次全体会议", "宁夏技术转移联盟第三次全体会议在银川召开。",
     [("宁夏技术转移联盟", "organizer")]),
    # an undefined acronym, or one that spells a programme, names no organiser
    ("IVS Practitioners Day", "The Innovation Voucher Scheme (IVS) Practitioners Day met.", []),
    ("ICT Forum 2020", "The ICT Forum 2020 was held in Lagos.", []),
])
def test_an_event_named_after_an_organisation(name, text, expected):
    found = find_organizations(View(text), event_name=name)
    assert [(m.name, m.role) for m in found if m.role == "organizer"] == expected


@pytest.mark.parametrize("text, expected", [
    # a brand beside a known name in a Chinese list
    ("浙江大学和海康威视以「联合实验室」模式携手合作。",
     [("浙江大学", "partner"), ("海康威视", "partner")]),
    ("厦门大学与宸鸿科技携手推进成果转化。", [("厦门大学", "partner"), ("宸鸿科技", "partner")]),
])
def test_chinese_brands_beside_known_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The keynote speakers were Ana Silva, Director of the Lisbon Innovation Agency; and Tom "
     "Hale, Founder, Brightloop Ltd, UK.",
     [("Lisbon Innovation Agency", "participant"), ("Brightloop Ltd", "participant")]),
    ("The fair closed with 14 agreements with the Kerala Startup Mission (KSUM).",
     [("Kerala Startup Mission", "signatory")]),
])
def test_english_speaker_lists_and_agreements_with(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 同X合作: the counterpart of a cooperation
    ("兰州大学一次签下两项协议，一项是同甘肃金川集团合作开发新材料。",
     [("兰州大学", "signatory"), ("甘肃金川集团", "partner"), ("甘肃金川集团", "signatory")]),
    # a list of known names goes on with a brand before 等
    ("评委来自贵州大学、贵阳市科技局、老干妈等单位。",
     [("贵州大学", "participant"), ("贵阳市科技局", "participant"), ("老干妈", "participant")]),
])
def test_chinese_counterparts_and_lists_ending_in_brands(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("大会颁发了十个奖项，部分获奖单位如下：\n・材料组─南京工业大学化工学院 / 江苏膜产业联盟\n"
     "・医药组─中国药科大学\n会议随后闭幕。",
     [("南京工业大学化工学院", "participant"), ("江苏膜产业联盟", "participant"),
      ("中国药科大学", "participant")]),
    ("The winners were:\n- Brightloop Ltd (Oslo)\n- Aalborg University\nThe evening closed.",
     [("Brightloop Ltd", "participant"), ("Aalborg University", "participant")]),
])
def test_bulleted_winners_after_an_announcement(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name that runs across a comma, spelled out by its acronym, and its country after it
    ("With support from many partners, the Council for Science, Research and Innovation "
     "Promotion (CSRIP) Ghana organized the Accra Tech Expo.",
     [("Council for Science, Research and Innovation Promotion", "organizer")]),
    # "through" joins a body acting for another in a role list
    ("It was organised by the Government of Trento through the Trentino Development Agency (TDA).",
     [("Government of Trento", "organizer"), ("Trentino Development Agency", "organizer")]),
    # a country written after a name does not break the list
    ("It was run in partnership with the Government of Kerala, India and the Kochi "
     "Innovators Association.",
     [("Government of Kerala", "partner"), ("Kochi Innovators Association", "partner")]),
])
def test_english_names_across_commas_and_agents(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Next, Aalto Innovation Centre Director Mikko Salo gave a briefing on spin-offs.",
     [("Aalto Innovation Centre", "participant")]),
    ("The Oslo Science Park CEO Kari Lund opened the session.",
     [("Oslo Science Park", "participant")]),
])
def test_english_speakers_named_after_their_organisation(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("现场共有8家单位正式签约，其中包括合肥工业大学和科大讯飞研究院。",
     [("合肥工业大学", "participant"), ("科大讯飞研究院", "participant"),
      ("合肥工业大学", "signatory"), ("科大讯飞研究院", "signatory")]),
    ("Deals were signed; the participants included Delft University of Technology.",
     [("Delft University of Technology", "participant"),
      ("Delft University of Technology", "signatory")]),
])
def test_partners_and_participants_of_a_signing_paragraph_sign(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ceremony was led by Eva Berg, rector of Uppsala University (UU), and Jon Dahl, "
     "president of Lund University.", [("Uppsala University", "host"), ("Lund University", "host")]),
    ("Among them were Dr Ali Reza, Head of Research, Qatar Foundation, Doha.",
     [("Qatar Foundation", "participant")]),
    ("The top award went to Lena Roth, a Ghent University graduate, for her firm Vitrolabs Ltd.",
     [("Ghent University", "participant"), ("Vitrolabs Ltd.", "participant")]),
    ("The fund's partners in the scheme are Estonia's KredEx Bank and the Baltic Growth Fund.",
     [("KredEx Bank", "partner"), ("Baltic Growth Fund", "partner")]),
])
def test_people_and_their_organisations_after_english_triggers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 与 inside a name whose first field has no head noun of its own
    ("德国联邦经济与能源部部长出席。", [("德国联邦经济与能源部", "participant")]),
    # …but between two whole names it separates them
    ("浙江大学与杭州市科技局签约。", [("浙江大学", "signatory"), ("杭州市科技局", "signatory")]),
    # a transliterated foreign name after the title
    ("芬兰国家技术创新局局长安娜·维尔塔宁在会上发言。", [("芬兰国家技术创新局", "participant")]),
])
def test_chinese_conjunctions_inside_names_and_foreign_speakers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one plural head shared by every name of a list
    ("Delegates came from Oxford and Cambridge Universities.",
     [("Oxford University", "participant"), ("Cambridge University", "participant")]),
    ("It was attended by the Directors of the Turku, Oulu and Tampere Science Parks, along with "
     "the President of the Finnish Science Park Association.",
     [("Turku Science Park", "participant"), ("Oulu Science Park", "participant"),
      ("Tampere Science Park", "participant"), ("Finnish Science Park Association", "participant")]),
])
def test_a_plural_head_shared_by_a_list_and_people_of_an_organisation(text, expected):
    assert pairs(text) == expected


def test_dotted_initials_do_not_end_the_sentence_of_a_list():
    assert pairs("Among them were H.E. Dr Omar Said, Minister, and Ms Lea Ray, Head of "
                 "Research, Gulf Science Foundation, Oman.") == [
        ("Gulf Science Foundation", "participant")]


@pytest.mark.parametrize("text, expected", [
    # an acronym written first, its name (in any word order) in brackets
    ("A talk was given by the CTR (Regional Technology Centre).",
     [("Regional Technology Centre", "participant")]),
    # a programme run by a body: the body runs the programme, not the event
    ("The keynote by the Lisbon Innovation Agency covered a scheme run by the Ministry of "
     "Economy of Portugal.", [("Lisbon Innovation Agency", "participant")]),
    # ... also in a relative clause, with an adverb of degree before the verb
    ("Startup grants, which are partly funded by the Danube Innovation Fund, were presented.",
     []),
    ("The fellowships that are part sponsored by Northmoor Bank drew applicants.", []),
    # the event itself keeps its sponsor
    ("The forum, which was sponsored by Northmoor Bank, drew applicants.",
     [("Northmoor Bank", "supporter")]),
])
def test_presentations_and_roles_that_belong_to_a_thing(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of 举行/举办 with the topic between it and the verb
    ("甘肃省人民政府就科技成果转化情况举行新闻发布会。", [("甘肃省人民政府", "host")]),
    ("昨天，宁波市科技局围绕专利转化举办了对接会。", [("宁波市科技局", "host")]),
    # the role named in apposition before the names
    ("Experts attended, with help from the co-organisers, Lund University and the Skane "
     "Innovation Agency.",
     [("Lund University", "co_organizer"), ("Skane Innovation Agency", "co_organizer")]),
    ("The forum thanked its sponsors, Northmoor Bank and the Danube Innovation Fund.",
     [("Northmoor Bank", "supporter"), ("Danube Innovation Fund", "supporter")]),
    ("The organisers, who met in May, were pleased.", []),
    # a body's own periodic meeting is hosted by it
    ("Oslo was the setting for the Annual Conference of the Nordic Science Park Association.",
     [("Nordic Science Park Association", "host")]),
    ("The General Assembly of the Baltic Transfer Network took place in Riga.",
     [("Baltic Transfer Network", "host")]),
])
def test_subjects_with_a_topic_appositions_and_a_bodys_own_meeting(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # institutions that met one to one at the event take part
    ("洽谈环节中，我校与温州甲机械有限公司、台州乙电子有限公司等多家企业一对一、面对面洽谈。",
     [("温州甲机械有限公司", "participant"), ("台州乙电子有限公司", "participant")]),
    ("宁波市科技局、宁波大学等单位分别对接。",
     [("宁波市科技局", "participant"), ("宁波大学", "participant")]),
    # the event nouns 对接活动 and 洽谈会 name the event, not a meeting of the names before
    ("江西省科技厅主办的对接活动在南昌举行。", [("江西省科技厅", "host")]),
    ("南昌市科技局的洽谈会吸引了多家企业。", []),
])
def test_institutions_meeting_one_to_one_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The keynote address at the forum was delivered by Ms Ida Berg, Minister of Trade, "
     "Government of Telemark.", [("Government of Telemark", "participant")]),
    ("Opening remarks were made by Dr Ana Ruiz, Rector, University of Seville; and Mr Tom Lee, "
     "Director, Lund Innovation Office.",
     [("University of Seville", "participant"), ("Lund Innovation Office", "participant")]),
])
def test_the_people_who_gave_an_address_bring_their_organisations(text, expected):
    assert pairs(text) == expected


def test_a_bare_acronym_used_before_its_spelling_stands_for_the_full_name():
    assert pairs("Forty guests came from NRL. Lund is a member of the alliance NRL – Nordic "
                 "Research Links – since 2021.") == [("Nordic Research Links", "participant")]


@pytest.mark.parametrize("text, expected", [
    # "name, title, organisation, country": the part after the title, even unknown as a name
    ("The speakers were Ms Ada Lund, Founder and Managing Director, Brightloop Media, UK; and "
     "Mr Ole Dahl, Minister Counsellor, Norway.", [("Brightloop Media", "participant")]),
    ("The speakers were Mr Jo Lam, Director, Research and Innovation, Nordhaven Partners, UK.",
     [("Nordhaven Partners", "participant")]),
    # one word after a title may be a field, not an organisation
    ("The speakers were Dr Ann Holm, Professor, Economics.", []),
])
def test_a_speakers_organisation_after_the_title(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("5月8日，大连市科技局与沈阳技术交易中心共同建设的技术转移基地举行揭牌仪式。",
     [("大连市科技局", "partner"), ("沈阳技术交易中心", "partner")]),
    ("兰州大学与白银市人民政府联合组建了成果转化中心。",
     [("兰州大学", "partner"), ("白银市人民政府", "partner")]),
])
def test_bodies_that_built_together_what_the_event_opens_are_partners(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The seminar, co-hosted with the Danish Technological Institute, drew 80 people.",
     [("Danish Technological Institute", "host")]),
    ("The forum was held jointly with the Central Denmark Region Council.",
     [("Central Denmark Region Council", "host")]),
    # a dash-joined pair of places in the words before the event noun
    ("Monash University hosts Australia–India innovation roundtable",
     [("Monash University", "host")]),
])
def test_co_hosted_with_and_a_headline_host(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("由省科技厅主办的培训班在兰州举办。甘肃省科技厅副厅长出席。",
     [("甘肃省科技厅", "host"), ("甘肃省科技厅", "participant")]),
    ("市科技局承办本次活动。宁波市科技局、杭州市科技局的代表出席。",
     [("市科技局", "organizer"), ("宁波市科技局", "participant"), ("杭州市科技局", "participant")]),
])
def test_a_body_named_by_its_level_alone_is_the_one_the_text_names_in_full(text, expected):
    assert pairs(text) == expected


def test_lecturers_came_from_their_organisations():
    assert pairs("Lecturers came from Lund University and the Swedish Patent Office.") == [
        ("Lund University", "participant"), ("Swedish Patent Office", "participant")]


def test_bodies_that_provide_support_are_supporters():
    assert pairs("由杭州市科技局主办，浙江省技术市场协会、宁波市科技局提供支持。") == [
        ("杭州市科技局", "host"), ("浙江省技术市场协会", "supporter"), ("宁波市科技局", "supporter")]


def typed(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.role, m.org_type) for m in find_organizations(View(text))]


@pytest.mark.parametrize("text, expected", [
    # scholars of listed institutions present their work: the institutions take part
    ("浙江大學、廈門大學及山東大學的學者分別就海洋工程、新材料作主題分享。",
     [("浙江大學", "participant"), ("廈門大學", "participant"), ("山東大學", "participant")]),
    ("复旦大学与同济大学的专家作专题报告。",
     [("复旦大学", "participant"), ("同济大学", "participant")]),
    # what they bring, and how they join, stand between the list and the verb
    ("清华大学、北京理工大学等20所高校院所携成果参会。",
     [("清华大学", "participant"), ("北京理工大学", "participant")]),
    ("新加坡国立大学、东京大学等机构代表线上参会。",
     [("新加坡国立大学", "participant"), ("东京大学", "participant")]),
])
def test_chinese_presenters_and_attendees_without_a_title(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("来自复旦大学、同济大学等15所大学及中国科学院上海分院、上海市农业科学院等研究机构的代表参加。",
     ["复旦大学", "同济大学", "中国科学院上海分院", "上海市农业科学院"]),
    ("南京大学、东南大学等8所大学及江苏省农业科学院等研究机构参展。",
     ["南京大学", "东南大学", "江苏省农业科学院"]),
])
def test_a_second_list_after_the_first_lists_kind_goes_on(text, expected):
    assert [n for n, r in pairs(text) if r == "participant"] == expected


@pytest.mark.parametrize("text, expected", [
    ("论坛由同济大学主办，上海科技创业中心及上海创新投资有限公司为战略伙伴。",
     [("同济大学", "host"), ("上海科技创业中心", "partner"), ("上海创新投资有限公司", "partner")]),
    ("浙江大学为本次大会的学术伙伴。", [("浙江大学", "partner")]),
    # the executing body
    ("展覽由經濟部協辦，財團法人工業技術研究院執行。",
     [("經濟部", "co_organizer"), ("財團法人工業技術研究院", "organizer")]),
    ("执行单位：北京技术市场协会。", [("北京技术市场协会", "organizer")]),
])
def test_chinese_roles_named_as_nouns(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("浙江大学与美国麻省理工学院就人工智能开展深度合作。",
     [("浙江大学", "partner"), ("美国麻省理工学院", "partner")]),
    ("科技部并与国家开发银行、深圳市创新投资集团有限公司等创投合作。",
     [("国家开发银行", "partner"), ("深圳市创新投资集团有限公司", "partner")]),
    # co-funders; private capital in general is no institution
    ("基金由宁波市产业投资有限公司、宁波大学及社会资本共同出资。",
     [("宁波市产业投资有限公司", "partner"), ("宁波大学", "partner")]),
])
def test_chinese_cooperation_and_co_funding(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("浙江省科技厅、宁波市人民政府有关负责同志出席并见证签约。宁波大学与浙江吉利控股集团有限公司签约。",
     [("浙江省科技厅", "participant"), ("宁波市人民政府", "participant"),
      ("宁波大学", "signatory"), ("浙江吉利控股集团有限公司", "signatory")]),
    ("签约现场，厦门大学与厦门象屿集团有限公司签约，厦门市科技局见证。",
     [("厦门大学", "signatory"), ("厦门象屿集团有限公司", "signatory"),
      ("厦门市科技局", "participant")]),
])
def test_a_witness_of_a_signing_takes_part_and_does_not_sign(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Day two opened with a keynote from the Director of the Baltic Patent Agency (BPA).",
     [("Baltic Patent Agency", "participant")]),
    ("Clinics on royalties (led by a team from Harrow Consulting Group) were full.",
     [("Harrow Consulting Group", "participant")]),
    ("At the panel, an official of the Adriatic Innovation Authority said funding would grow.",
     [("Adriatic Innovation Authority", "participant")]),
    ("The Ohio Development Corporation (ODC) sent a delegation of six.",
     [("Ohio Development Corporation", "participant")]),
    ("The stands showed a sensor developed at the University of Tartu.",
     [("University of Tartu", "participant")]),
    ("The Secretary-General of the Andean Technology Council, represented by an adviser, "
     "praised the organisers.", [("Andean Technology Council", "participant")]),
])
def test_english_participants_named_through_their_people(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Among the firms that exhibited were Acme Foods, Zentrix and the logistics company "
     "Haulwise.",
     [("Acme Foods", "participant", "enterprise"), ("Zentrix", "participant", "enterprise"),
      ("Haulwise", "participant", "enterprise")]),
    ("Among the start-ups that pitched were Qubitra and Lumenfold.",
     [("Qubitra", "participant", "enterprise"), ("Lumenfold", "participant", "enterprise")]),
])
def test_an_inverted_list_takes_part_and_its_kind(text, expected):
    assert typed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We thank our headline sponsors Briggs & Dunmore and Talbot Kerr, and Wexley Partners, "
     "who sponsored the drinks reception.",
     [("Briggs & Dunmore", "supporter"), ("Talbot Kerr", "supporter"),
      ("Wexley Partners", "supporter")]),
    ("The Science Education Trust Fund (SETFund), which part-funded the event, gave grants.",
     [("Science Education Trust Fund", "supporter")]),
    ("Huge thanks to the UK's Royal Society of Chemistry for supporting the programme!",
     [("Royal Society of Chemistry", "supporter")]),
    ("It was organised by LES Nordic (LESN) with The University of Leeds Innovation Hub as "
     "host partner, and we thank them.",
     [("LES Nordic", "organizer"), ("University of Leeds Innovation Hub", "partner")]),
])
def test_english_sponsors_and_partners_named_as_nouns(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The event was sponsored by the law firm Harlow & Pike LLP and by Corvane, the "
     "Denver-based investment company.",
     [("Harlow & Pike LLP", "supporter", "enterprise"), ("Corvane", "supporter", "enterprise")]),
    # the description's head noun, not a noun inside its complement, gives the kind
    ("The fair was convened by Innovatec, the transfer organisation founded by universities "
     "of the Caldas region, together with Ruta Q Manizales, the city's innovation agency, and "
     "with the support of the Ministry of Science.",
     [("Innovatec", "host", None), ("Ruta Q Manizales", "host", None),
      ("Ministry of Science", "supporter", None)]),
])
def test_descriptions_beside_a_name_are_stepped_over_and_give_its_kind(text, expected):
    assert typed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Among them, Universiti Sains Malaysia (USM) licensed a water filter technology to "
     "Tropika Water Technologies Sdn Bhd last week.",
     [("Universiti Sains Malaysia", "signatory"),
      ("Tropika Water Technologies Sdn Bhd", "signatory")]),
    ("Later, Qatar University and Hamad Bin Khalifa University signed research-licensing "
     "agreements with Qatar Petroleum.",
     [("Qatar University", "signatory"), ("Hamad Bin Khalifa University", "signatory"),
      ("Qatar Petroleum", "signatory")]),
    ("Memoranda were exchanged between NRDC, the Indian Institute of Science (IISc) and "
     "industry partners including Larsen & Toubro Limited.",
     [("NRDC", "signatory"), ("Indian Institute of Science", "signatory"),
      ("Larsen & Toubro Limited", "signatory")]),
    # licensing to people or to a lower-case kind is no signing of two bodies
    ("The Tech Transfer Office licenses university technology to entrepreneurs.", []),
])
def test_english_signing_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Nordic Transfer Agency (NTA), a unit of the Ministry of Industry, hosted the forum.",
     [("Nordic Transfer Agency", "host")]),
    ("The National Innovation Corporation (NIC), an enterprise of the Department of Research, "
     "organised the conclave.", [("National Innovation Corporation", "organizer")]),
])
def test_an_appositive_before_the_verb_leaves_the_subject_the_role(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people list of "chaired by" ends where the sentence goes on
    ("The panel, chaired by our President, brought together leads from Oxford University "
     "Innovation and Cambridge Enterprise.",
     [("Oxford University Innovation", "participant"), ("Cambridge Enterprise", "participant")]),
    ("The ceremony was led by Ana Ruiz, rector of the National University of Lima (UNL), and "
     "Juan Soto, president of Tecnologico de Lima.",
     [("National University of Lima", "host"), ("Tecnologico de Lima", "host")]),
])
def test_a_list_of_people_ends_with_its_clause(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Last week our team at @LabHub, Riverside University co-hosted the first #DeepTech "
     "Bootcamp here in Accra, together with the Ghana Innovation Agency (GIA).",
     [("Riverside University", "host"), ("Ghana Innovation Agency", "host")]),
    ("Brightlane Institute co-hosted a two-day clinic in Lagos together with the Lagos "
     "Innovation Council.",
     [("Brightlane Institute", "host"), ("Lagos Innovation Council", "host")]),
])
def test_co_hosts_together_with(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Congrats to the team from Kisii University for taking the top prize!",
     [("Kisii University", "participant")]),
    ("A team of Riverside University won the pitch round.", [("Riverside University", "participant")]),
])
def test_a_team_from_an_institution_takes_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The expo was organised by the Baltic Science Agency, with the Northern Finance Corporation "
     "(NFC) and the Regional Association for Innovation (RAI) taking part as co-organizers.",
     [("Baltic Science Agency", "organizer"), ("Northern Finance Corporation", "co_organizer"),
      ("Regional Association for Innovation", "co_organizer")]),
    ("Harlow Bank took part as sponsor.", [("Harlow Bank", "supporter")]),
])
def test_the_role_named_after_a_taking_part_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Riverside University and the Lakeland Institute of Technology were among the most active.",
     [("Riverside University", "participant"), ("Lakeland Institute of Technology", "participant")]),
    ("Oakridge University exhibited, as did Pinecrest Robotics and the Halden Institute.",
     [("Oakridge University", "participant"), ("Pinecrest Robotics", "participant"),
      ("Halden Institute", "participant")]),
    ("The Brightwater Science Foundation awarded a $20,000 seed prize to a student team.",
     [("Brightwater Science Foundation", "participant")]),
    ("Acme Robotics Ltd and the Riverside Institute ran the demonstration zone, while the "
     "Northern Angel Network judged the pitches.",
     [("Acme Robotics Ltd", "participant"), ("Riverside Institute", "participant"),
      ("Northern Angel Network", "participant")]),
    ("The Halden Venture Fund and Orca Capital Partners sat as judges.",
     [("Halden Venture Fund", "participant"), ("Orca Capital Partners", "participant")]),
    ("The new edition brings together Lumen Corporation, Tarn Aerospace and the University of Leeds.",
     [("Lumen Corporation", "participant"), ("Tarn Aerospace", "participant"),
      ("University of Leeds", "participant")]),
])
def test_bodies_named_by_what_they_did_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # activities inside the event: the body does not hold the event
    ("Hartwell Corporation and Lumen Corporation joined as corporate partners and hosted "
     "demonstration booths.",
     [("Hartwell Corporation", "participant"), ("Lumen Corporation", "participant")]),
    ("The Valley Innovation Capital Co., Ltd. held one-on-one meetings with the presenting teams.",
     [("Valley Innovation Capital Co., Ltd.", "participant")]),
    ("Highlights included a clinic on licensing led by staff of the Northgate Technology Office.",
     [("Northgate Technology Office", "participant")]),
])
def test_an_activity_at_the_event_is_no_hosting(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Northwind Bank was the headline sponsor, and the Lakeside City Council supported the "
     "evening reception.",
     [("Northwind Bank", "supporter"), ("Lakeside City Council", "supporter")]),
    ("The Ohio Department of Community and Economic Development (ODCED) supported the student track.",
     [("Ohio Department of Community and Economic Development", "supporter")]),
    ("The event was co-funded by the European Research Executive Agency (REA).",
     [("European Research Executive Agency", "supporter")]),
    ("The Tasman Regional Council provided financial support.", [("Tasman Regional Council", "supporter")]),
])
def test_supporters_in_predicate_shapes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two institutes signed licensing agreements with industry partners: the Northfield Institute "
     "with Brightmoor Systems for a battery coating, and the Eastgate University with Calder Motors "
     "as well as with the Leeds-based start-up Quillon.",
     [("Northfield Institute", "signatory"), ("Brightmoor Systems", "signatory"),
      ("Eastgate University", "signatory"), ("Calder Motors", "signatory"),
      ("Quillon", "signatory"), ("Northfield Institute", "partner")]),
    ("Most of the income came from a single deal in which Harlow Foods agreed to license a drying "
     "technology developed by the university.", [("Harlow Foods", "signatory")]),
    ("Universidad de Lima licensed a cassava-based adhesive to the packaging firm Envases Andinos.",
     [("Universidad de Lima", "signatory"), ("Envases Andinos", "signatory")]),
    # without a relative opener, one unknown name before the verb is no party
    ("Later Harlow Foods agreed to license it.", []),
])
def test_signatories_of_deal_clauses_other_than_signed_with(text, expected):
    assert pairs(text) == expected


def test_an_about_section_describes_the_publisher_not_the_event():
    text = ("The summit was hosted by Lakeview Robotics Network.\n"
            "About Lakeview Robotics Network\n"
            "Lakeview Robotics Network is a non-profit that links universities with industry. It is "
            "funded by the Ontario Ministry of Colleges and the Northern Trust Foundation.\n\n"
            "About the Harbor Innovation Agency\n"
            "The Harbor Innovation Agency is supported by the City of Halden.\n\n"
            "The forum was supported by the Halden Science Fund.")
    assert pairs(text) == [("Lakeview Robotics Network", "host"), ("Halden Science Fund", "supporter")]


@pytest.mark.parametrize("text, expected", [
    ("On May 3, Harbor Tech Ltd. (HTL), the university's licensing company, held the Harbor "
     "Deep-Tech Showcase 2024 at the main hall.", [("Harbor Tech Ltd.", "host")]),
    ("Last week the Northgate Institute, a public research body, hosted the annual forum in Oslo.",
     [("Northgate Institute", "host")]),
])
def test_a_subject_described_between_commas_holds_the_event(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Delegations from Makerere University in Uganda and the University of Dar es Salaam in "
     "Tanzania also exhibited.",
     [("Makerere University", "participant"), ("University of Dar es Salaam", "participant")]),
    ("The fair was attended by Riverside University in Kenya and the Halden Institute in Norway.",
     [("Riverside University", "participant"), ("Halden Institute", "participant")]),
    # a comma after the place may close an opening phrase: the subject after it is no partner
    ("In partnership with the Royal Design Society in Jordan, Orvik Labs organised a meeting.",
     [("Royal Design Society", "partner")]),
    # a street is no place that ends a name: the list stops there
    ("The talks were attended by the Northgate Institute in Geneva Street and the Oslo Fund.",
     [("Northgate Institute", "participant")]),
])
def test_a_list_item_s_place_does_not_end_the_list(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a thing of the event (a pilot, a project) led by a body: the body does not host the event
    ("The third – a £1m sensing pilot – is led by the start-up Orvik Ltd with the Halden Institute.", []),
    ("A second grant went to a demonstration project, which is led by Tarn Robotics Ltd.", []),
    ("The forum was led by Anna Berg, rector of Halden University.", [("Halden University", "host")]),
])
def test_led_by_gives_the_event_s_host_only_for_the_event(text, expected):
    assert pairs(text) == expected


def test_a_lower_case_plc_ends_a_company_s_name():
    assert pairs("Harwell Engines plc was the headline sponsor.") == [("Harwell Engines plc", "supporter")]


@pytest.mark.parametrize("text, expected", [
    ("The Halden Institute licensed its coating to Brightmoor Systems.",
     [("Halden Institute", None), ("Brightmoor Systems", "enterprise")]),
    ("The agreement was a deal in which Calder Motors agreed to license a sensor.",
     [("Calder Motors", "enterprise")]),
])
def test_an_unknown_counterpart_of_a_deal_is_a_company(text, expected):
    assert [(m.name, m.org_type) for m in find_organizations(View(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # a head noun whose name goes on in lower case is no name on its own
    ("The forum was held in collaboration with Université de Lyon and the Institut quantique of "
     "Université de Nantes.", [("Université de Lyon", "partner")]),
    ("Oakridge University, the Institut and the Tarn Foundation met.", []),
])
def test_a_bare_head_noun_is_no_list_mate(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fair was organised by the Halden Robotics Network members – the Tarn Institute, Orvik "
     "University and Lumen Labs – together with the Oslo Science Fund.",
     [("Halden Robotics Network", "organizer"), ("Tarn Institute", "organizer"),
      ("Orvik University", "organizer"), ("Lumen Labs", "organizer"),
      ("Oslo Science Fund", "organizer")]),
    ("It was hosted by the Baltic Tech Alliance partners in Latvia – the Riga Institute and the "
     "Daugava Foundation.",
     [("Baltic Tech Alliance", "host"), ("Riga Institute", "host"), ("Daugava Foundation", "host")]),
    # a description between dashes is no list
    ("The fair was organised by the Halden Institute – the largest in the region – and opened on "
     "Monday.", [("Halden Institute", "organizer")]),
])
def test_a_dash_enclosed_list_of_members_shares_the_role(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A second grant, worth £2m, will see Tarn Motors and the Halden Institute develop a "
     "recycling process.", [("Tarn Motors", "participant"), ("Halden Institute", "participant")]),
    ("The new round would see Orvik Labs and Lumen Robotics test the sensor in Oslo.",
     [("Orvik Labs", "participant"), ("Lumen Robotics", "participant")]),
    ("The move will see the launch of a new fund.", []),
])
def test_a_consortium_named_by_what_it_will_do_takes_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "in alliance with" names a partner, as "in collaboration with" does
    ("The expo was organised by Nordhaven University in alliance with the Brightloop Chamber of "
     "Commerce.", [("Nordhaven University", "organizer"),
                   ("Brightloop Chamber of Commerce", "partner")]),
    # an inverted list without a relative clause: they take part
    ("Among the exhibiting companies were Kestotek and Calder Motors.",
     [("Kestotek", "participant"), ("Calder Motors", "participant")]),
    # a body represented at the ceremony takes part
    ("The Regional Development Agency was represented at the ceremony by its director.",
     [("Regional Development Agency", "participant")]),
    ("Both the Ministry of Industry and the Port Authority were represented at the forum.",
     [("Ministry of Industry", "participant"), ("Port Authority", "participant")]),
])
def test_alliance_inverted_lists_and_representation(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a government funding the event through its department: the department supports it
    ("The Canadian Government funded the summit through Global Affairs Canada (GAC).",
     [("Global Affairs Canada", "supporter")]),
    ("The State Government sponsored the forum through its Department of Industry.",
     [("Department of Industry", "supporter")]),
])
def test_funded_through_a_department_names_the_department(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "from X's universities": the owner of those who take part is no party itself
    ("The fair brought researchers from Brightloop's universities together with Kestotek.", []),
    # a country's named body after a list mate keeps its whole comma-holding name
    ("It was backed by the Nordhaven Foundation and Ghana's Ministry of Lands, Forestry, "
     "Water and Mines.", [("Nordhaven Foundation", "supporter"),
                          ("Ministry of Lands, Forestry, Water and Mines", "supporter")]),
])
def test_possessive_owners_are_no_parties(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hall of the body named by a common noun is no list mate of the signing parties
    ("On 2 May, in a ceremony held in the university's Aula Magna, Nordhaven University and "
     "Calder Minerals Ltd signed an exclusive licence.",
     [("Nordhaven University", "signatory"), ("Calder Minerals Ltd", "signatory")]),
    ("In the institute's Blue Hall, Kestotek Ltd and the Calder Institute signed an agreement.",
     [("Kestotek Ltd", "signatory"), ("Calder Institute", "signatory")]),
    # parties the recogniser does not know, after the hall
    ("In the park's Blue Room, Kestotek and Brightloop signed a supply agreement.",
     [("Kestotek", "signatory"), ("Brightloop", "signatory")]),
])
def test_a_named_hall_of_a_body_is_no_party(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Spanish-language sociedad anónima's form (open S.A.A., closed S.A.C.) ends no clause
    ("Nordhaven University and Sociedad Minera Calder S.A.A. signed an exclusive licence.",
     [("Nordhaven University", "signatory"), ("Sociedad Minera Calder S.A.A.", "signatory")]),
    ("Kestotek Ltd and Agrícola Brightloop S.A.C. signed a supply agreement.",
     [("Kestotek Ltd", "signatory"), ("Agrícola Brightloop S.A.C.", "signatory")]),
])
def test_an_open_or_closed_sociedad_anonima_signs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted group that took part, then its named members
    ("Twelve universities sent delegations, among them Nordhaven University and the University "
     "of Calder.", [("Nordhaven University", "participant"), ("University of Calder", "participant")]),
    ("Forty firms exhibited, including Kestotek Ltd and Brightloop.",
     [("Kestotek Ltd", "participant"), ("Brightloop", "participant")]),
])
def test_named_members_of_a_counted_group_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement to act together: both sides sign
    ("Kestotek Group agreed with Nordhaven University and the Calder Institute to co-fund a "
     "pilot plant.", [("Kestotek Group", "signatory"), ("Nordhaven University", "signatory"),
                      ("Calder Institute", "signatory")]),
    # agreeing with a view is no agreement
    ("The Calder Institute agreed with the minister that funding must grow.", []),
])
def test_agreed_with_to_act_together_is_a_signing(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short form in brackets closes the first co-organiser before 及
    ("本次活动由省农业厅主办，台南区农业改良场（台南农改场）及成功大学协办。",
     [("省农业厅", "host"), ("台南区农业改良场", "co_organizer"), ("成功大学", "co_organizer")]),
    ("研討會由嘉義縣政府主辦，嘉義農業試驗站（嘉義試驗站）與中正大學協辦。",
     [("嘉義縣政府", "host"), ("嘉義農業試驗站", "co_organizer"), ("中正大學", "co_organizer")]),
])
def test_a_station_with_its_short_form_closes_a_list_item(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where the listed bodies are from may stand before their count
    ("华中大学、武汉理工大学等省内6所高校携80余项成果参会。",
     [("华中大学", "participant"), ("武汉理工大学", "participant")]),
    ("浙江大学、宁波大学等本地十余家单位参加了对接会。",
     [("浙江大学", "participant"), ("宁波大学", "participant")]),
    # a kind after a word saying where the bodies are from is no name
    ("来自西北大学、长安大学及当地企业的代表参加了会议。",
     [("西北大学", "participant"), ("长安大学", "participant")]),
    ("來自成功大學、中山大學及在地業者的代表參加了會議。",
     [("成功大學", "participant"), ("中山大學", "participant")]),
])
def test_lists_counted_with_where_the_bodies_are_from(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deal reached without a signing verb and without 就
    ("浙江大学与杭州恒远新材料有限公司达成专利许可协议。",
     [("浙江大学", "signatory"), ("杭州恒远新材料有限公司", "signatory")]),
    ("會中，逢甲大學與台中精機股份有限公司達成技術轉移合作協議。",
     [("逢甲大學", "signatory"), ("台中精機股份有限公司", "signatory")]),
    # bodies presenting counted technologies take part
    ("成功大學與台南農改場共發表15項成果。",
     [("成功大學", "participant"), ("台南農改場", "participant")]),
    ("东南大学、河海大学分别发表了12项技术。",
     [("东南大学", "participant"), ("河海大学", "participant")]),
])
def test_deals_reached_and_technologies_presented(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # casual labels without 单位, as in a first-person post
    ("主办是苏州市科学技术局（以下叫苏州科技局），承办是南京大学技术转移中心，协办的是江苏省技术市场协会。",
     [("苏州市科学技术局", "host"), ("南京大学技术转移中心", "organizer"), ("江苏省技术市场协会", "co_organizer")]),
    # a group after the comma opening a clause of its own keeps its own role; 跟 joins it
    ("承辦是南京大學，工研院跟國研院也有擺攤。",
     [("南京大學", "organizer"), ("工研院", "participant"), ("國研院", "participant")]),
    ("东南大学跟河海大学也有摆摊。", [("东南大学", "participant"), ("河海大学", "participant")]),
])
def test_casual_labels_and_stalls(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit named after its owner and 旗下 signs; the owner does not
    ("会上，海尔集团旗下卡奥斯物联科技股份有限公司与青岛大学签署合作协议。",
     [("卡奥斯物联科技股份有限公司", "signatory"), ("青岛大学", "signatory")]),
    ("首日，中科院旗下深圳先进技术研究院与香港大学签署备忘录。",
     [("深圳先进技术研究院", "signatory"), ("香港大学", "signatory")]),
    # an unnamed local group closing a list of exhibitors takes no part of a name
    ("南京大学、东南大学以及本地精密仪器企业均设摊展示技术。",
     [("南京大学", "participant"), ("东南大学", "participant")]),
])
def test_owners_of_units_and_unnamed_groups_closing_a_list(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "当天，双方签署": the two sides are the two bodies of the sentence before
    ("四川大学团队向成都瑞德新材料有限公司代表讲解技术。随后，双方签订了技术转让合同。",
     [("四川大学", "signatory"), ("成都瑞德新材料有限公司", "signatory")]),
    ("云南省农业科学院专家向云南白药集团股份有限公司的人员介绍品种。当天，双方签署了合作协议。",
     [("云南省农业科学院", "signatory"), ("云南白药集团股份有限公司", "signatory")]),
    # not when the sentence before names three bodies
    ("中山大学与暨南大学、华南理工大学代表交流。当天，双方签署了协议。", []),
])
def test_both_sides_named_in_the_sentence_before(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause whose object is the event: the host verb has no object of its own
    ("The symposium, which the University of Leeds and Aston University jointly hosted on the "
     "main campus on 4 May, drew 200 people.",
     [("University of Leeds", "host"), ("Aston University", "host")]),
    ("The expo, which Northvale University hosted at its Harbour campus in June, drew 90 firms.",
     [("Northvale University", "host")]),
    # the practical work of organising named as a noun
    ("The City of Dunmore was the host of the event; the practical organisation was carried "
     "out by the Brack Agency together with Harlow University.",
     [("City of Dunmore", "host"), ("Brack Agency", "organizer"), ("Harlow University", "organizer")]),
    ("Organisation of the fair was handled by the Vesta Trade Council and Cobalt Labs.",
     [("Vesta Trade Council", "organizer"), ("Cobalt Labs", "organizer")]),
])
def test_hosts_in_a_relative_clause_and_organisation_as_a_noun(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # support of a kind, lent through a unit of the body
    ("The Kestrel Research Council, through its Dunmore laboratories, lent technical support to "
     "the summit.", [("Kestrel Research Council", "supporter")]),
    ("The Coastal Science Office lent financial support to the forum.",
     [("Coastal Science Office", "supporter")]),
    # thanks to a body whose grant met the costs
    ("We are grateful to the Lumen Foundation, whose grant of 40,000 euros met most of the costs.",
     [("Lumen Foundation", "supporter")]),
    # paying for others to attend; a list of two has no comma before its "and"
    ("The summit was organised by Westmark University in cooperation with the Pellham Institute, "
     "and the Brack Development Agency supported the participation of small firms.",
     [("Westmark University", "organizer"), ("Pellham Institute", "partner"),
      ("Brack Development Agency", "supporter")]),
    ("The fair was hosted by Harlow University in partnership with Cobalt Labs, and the Vesta "
     "Trade Council paid for the registration of exhibitors.",
     [("Harlow University", "host"), ("Cobalt Labs", "partner"), ("Vesta Trade Council", "supporter")]),
])
def test_supporters_named_by_what_they_paid_or_lent(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people a participant trigger names may carry a qualifier ("research teams")
    ("Besides Harlow University, research teams came from Dunmore University and the Kite "
     "Institute.", [("Dunmore University", "participant"), ("Kite Institute", "participant")]),
    ("A licence was signed between the Kite Institute and Tarn Group.",
     [("Kite Institute", "signatory"), ("Tarn Group", "signatory")]),
    # who made the thing signed for is no party to the signing
    ("Westmark University signed a licence with Kestrel Robotics Ltd for a sensor developed by "
     "our Department of Physics.",
     [("Westmark University", "signatory"), ("Kestrel Robotics Ltd", "signatory")]),
    ("Harlow University signed a licence with the Tarn Group for a coating invented by the Kite "
     "Institute.", [("Harlow University", "signatory"), ("Tarn Group", "signatory")]),
    # a body's campus or premises is no second body
    ("The summit was co-organised by Northvale University through its Eastport campus and "
     "hosted by the Brack Agency.", [("Northvale University", "co_organizer"), ("Brack Agency", "host")]),
    ("The forum was run by the Lumen Foundation via its Harbour premises.",
     [("Lumen Foundation", "organizer")]),
    # a level of government with no place names no one body
    ("Present: 30 members of the City Council. The Municipal Government sent a delegation to "
     "the fair.", []),
])
def test_teams_signings_sites_and_bare_levels(text, expected):
    assert pairs(text) == expected


DEAL_LINES = (
    "The fund announced its results.\n\n"
    "The agreements were signed by the fund's director and the heads of the beneficiary "
    "institutions:\n"
    "- Dunmore University (DU): 4 projects, 2 million euros, including a dryer built with "
    "Kestrel Ltd;\n"
    "- Kite Institute: 3 projects, 1 million euros.\n\nAbout the call\n")


@pytest.mark.parametrize("text, expected", [
    # a partner with an article and the event after it; who stands with it partners too
    ("The fair was organised by the Ministry. The Westmark Fund was a partner of the event, "
     "together with the Harbour Development Agency.",
     [("Westmark Fund", "partner"), ("Harbour Development Agency", "partner")]),
    ("Harlow University is a partner of the Kite Institute.", []),
    # deals one a line after a line naming who signed them
    (DEAL_LINES, [("Dunmore University", "signatory"), ("Kestrel Ltd", "signatory"),
                  ("Kite Institute", "signatory")]),
])
def test_partners_of_the_event_and_deal_lines_after_their_signers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two kinds of participants named together before their list
    ("Exhibitors and presenters included Harlow University (HU), the Kite Institute and "
     "Dunmore University of Technology.",
     [("Harlow University", "participant"), ("Kite Institute", "participant"),
      ("Dunmore University of Technology", "participant")]),
    ("Speakers and exhibitors came from Kestrel Robotics Ltd and the Tarn Group.",
     [("Kestrel Robotics Ltd", "participant"), ("Tarn Group", "participant")]),
])
def test_two_kinds_of_participants_before_their_list(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a visiting delegation led by an organisation: it takes part, it does not lead the event
    ("Guests included a ten-member delegation from Denmark led by Aarhus University.",
     [("Aarhus University", "participant")]),
    ("A delegation led by the Kite Institute toured the labs.",
     [("Kite Institute", "participant")]),
    # the event itself led by an organisation is still hosted by it
    ("The forum was led by Harlow University.", [("Harlow University", "host")]),
])
def test_a_delegation_led_by_an_organisation_takes_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fact sheet: each line opens with its role's label (Realisation = the body running it)
    ("The Harbour Innovation Days took place in May.\n"
     "Realisation: Office of Innovation (OINOVA/HU)\n"
     "Co-organisation: Fundação Tarnwell\n"
     "Support: Kestrel State Research Foundation (KSRF) and Marlow Chamber of Commerce\n",
     [("Office of Innovation", "organizer"), ("Fundação Tarnwell", "co_organizer"),
      ("Kestrel State Research Foundation", "supporter"),
      ("Marlow Chamber of Commerce", "supporter")]),
    ("Licensing Basics, a two-day course.\n"
     "Delivered by: Westmark Network\n"
     "Host institution: Harlow University\n"
     "Funding support: Kestrel Development Agency (KDA)\n",
     [("Westmark Network", "organizer"), ("Harlow University", "host"),
      ("Kestrel Development Agency", "supporter")]),
    # the label words inside a sentence give no role
    ("Support for start-ups came up often; Harlow University spoke on it.", []),
])
def test_role_labels_opening_fact_sheet_lines(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a table whose first cell names the role, the body in the second
    ("The partners and their roles:\n\n| Role | Organisation |\n|---|---|\n"
     "| Organiser | Harlow Innovation Agency |\n"
     "| In collaboration with | Kite Institute of Technology |\n"
     "| Supported by | Marlow Development Bank |\n"
     "| Venue host | Dunmore University |\n",
     [("Harlow Innovation Agency", "organizer"), ("Kite Institute of Technology", "partner"),
      ("Marlow Development Bank", "supporter"), ("Dunmore University", "host")]),
    ("| Role | Body |\n|---|---|\n| Host | Tarn University |\n| Funding | Westmark Fund |\n",
     [("Tarn University", "host"), ("Westmark Fund", "supporter")]),
])
def test_role_labels_opening_table_rows(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "with A as R1 and B as R2": the second body's role is named in the same tail
    ("The summit was organised by the Harlow Digital Agency, with Kite University as "
     "co-organiser and the Marlow Development Corporation as strategic partner.",
     [("Harlow Digital Agency", "organizer"), ("Kite University", "co_organizer"),
      ("Marlow Development Corporation", "partner")]),
    ("The fair was run by Tarn University, with the Westmark Bank as sponsor and the "
     "Dunmore Fund as host partner.",
     [("Tarn University", "organizer"), ("Westmark Bank", "supporter"),
      ("Dunmore Fund", "partner")]),
])
def test_a_second_body_named_with_its_role_in_a_with_tail(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # bodies that ran a desk or clinics, showed their technologies, sat on the panel or
    # chaired a session take part
    ("The Harlow Innovation Agency and the Kestrel Patent Office ran a joint desk for "
     "researchers.",
     [("Harlow Innovation Agency", "participant"), ("Kestrel Patent Office", "participant")]),
    ("The Tarn Chamber of Commerce operated a business-matching desk all day.",
     [("Tarn Chamber of Commerce", "participant")]),
    ("The spin-offs Kestrel Robotics and Marlow Fuels showed their latest prototypes.",
     [("Kestrel Robotics", "participant"), ("Marlow Fuels", "participant")]),
    ("Westmark Ventures Ltd sat on the investor panel, and Dunmore University chaired the "
     "closing panel.",
     [("Westmark Ventures Ltd", "participant"), ("Dunmore University", "participant")]),
    # a survey showing a trend is no exhibitor
    ("A study by Harlow University showed that demand grew.", []),
])
def test_bodies_running_desks_showing_work_or_on_panels_take_part(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a country's long form, or a one-word region named by its country, is a place
    ("Around 300 attended, 40 of them from the Republic of Moldova.", []),
    ("Visitors from Gascony in France and from the Tyrol took part.", []),
    # a word describing a body named in lower case is no name of its own
    ("Delegates from Kenya, members of the Swahili innovation hubs network, also took part.",
     []),
    # a gerund opening the sentence, or a plural noun for people, is no name
    ("Marketing practitioners from Harlow University presented case studies.",
     [("Harlow University", "participant")]),
    ("Investors have committed $2 million to four start-ups at the fair.", []),
    # an unknown name opening the sentence still takes its role
    ("Brightloop took part in the fair.", [("Brightloop", "participant")]),
])
def test_places_descriptions_and_sentence_openers_are_no_unlisted_names(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a lower-case word naming what the body is does not end the list
    ("The day was organised by the Kite Institute's Knowledge Exchange Office (KEO) team "
     "together with Kestrel Region GmbH.",
     [("Knowledge Exchange Office", "organizer"), ("Kestrel Region GmbH", "organizer")]),
    ("The clinic was supported by the Tarn Makers network and the Westmark Bank.",
     [("Tarn Makers", "supporter"), ("Westmark Bank", "supporter")]),
])
def test_a_kind_word_after_a_name_does_not_end_its_list(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # people leading a part of the event (its sessions, workshops) take part; the event led
    # by a body is hosted by it
    ("Sessions were led by certified instructors together with senior licensing staff from "
     "Harlow University and the University of Kestrel, who shared their term sheets.",
     [("Harlow University", "participant"), ("University of Kestrel", "participant")]),
    ("The workshops were taught by Anna Berg of the Tarn Institute.",
     [("Tarn Institute", "participant")]),
    ("The forum was led by Harlow University.", [("Harlow University", "host")]),
])
def test_people_leading_sessions_take_part(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


def test_a_finding_shown_is_no_exhibitor():
    # "shows that": a finding about technology, nobody showing technology at the event
    assert pairs("Data shows that the turnover of technology contracts in Tarn rose.") == []


def test_a_moderators_second_office_is_no_party():
    # a session moderated by a person: the bodies of their titles take no part through it
    assert pairs("This session was moderated by Anna Berg, Vice President of the Kite "
                 "Institute, and Secretary General of the Tarn Transfer Network.") == []


@pytest.mark.parametrize("text, expected", [
    # the verb between the people and "from", before a comma
    ("Nine teams competed, from Dublin City University and Maynooth University.",
     [('Dublin City University', 'participant'), ('Maynooth University', 'participant')]),
    ("Forty exhibitors attended, from Harbin Institute of Technology and Jilin University.",
     [('Harbin Institute of Technology', 'participant'), ('Jilin University', 'participant')]),
])
def test_people_who_took_part_from_bodies_named_after_their_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place set off by commas after an item does not end the list
    ("Among the companies that exhibited were Korvex, from Leeds, and Mantaro, from Bristol.",
     [('Korvex', 'participant'), ('Mantaro', 'participant')]),
    ("Exhibitors included Harbin Institute of Technology, based in Harbin, as well as Jilin "
     "University.",
     [('Harbin Institute of Technology', 'participant'), ('Jilin University', 'participant')]),
])
def test_a_place_set_off_by_commas_keeps_the_list_going(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form's full stop inside a name ends no clause
    ("HALIFAX, NS /Wire/ - Dalvik University and Ostrel Marine Inc. (TSX: OST) today signed a "
     "licence agreement on sonar processing.",
     [("Dalvik University", "signatory"), ("Ostrel Marine Inc.", "signatory")]),
    ("Kestrel Foods Co. Ltd. and Varna Institute of Technology signed a research agreement "
     "on Monday.",
     [("Kestrel Foods Co. Ltd.", "signatory"), ("Varna Institute of Technology", "signatory")]),
])
def test_a_names_own_full_stop_ends_no_clause(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a witness of the signing takes part; money put into the deal supports it
    ("The regional Department of Trade and Industry witnessed the signing.",
     [("Department of Trade and Industry", "participant")]),
    ("The Northern Development Agency (NDA) is contributing $400,000 of the total.",
     [("Northern Development Agency", "supporter")]),
])
def test_witnessing_and_contributing_money(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a table row whose first cell names the role: every name of the row, split at semicolons
    ("| Role | Organisation |\n|---|---|\n| Supporters | Varna Institute of Technology; "
     "Department of Regional Growth |\n",
     [("Varna Institute of Technology", "supporter"), ("Department of Regional Growth", "supporter")]),
    ("| Role | Organisation |\n|---|---|\n| Exhibiting companies | Ostrel Marine Ltd; Kestrel "
     "Foods Ltd |\n| Co-organisers | Dalvik University |\n",
     [("Ostrel Marine Ltd", "participant"), ("Kestrel Foods Ltd", "participant"),
      ("Dalvik University", "co_organizer")]),
])
def test_role_table_rows_split_at_semicolons(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what may be done is no deal
    ("A panel covered how publicly owned IP can be licensed to Regional SMEs.", []),
    ("Varna University licensed its coating to Ostrel Marine Company.",
     [("Varna University", "signatory"), ("Ostrel Marine Company", "signatory")]),
])
def test_a_modal_licence_is_no_deal(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after ", while" a clause opens with its own subject, names unknown to the recogniser
    ("The Tarn Institute showcased its test services, while Korvex Steel UK and Mantaro "
     "presented joint projects with universities.",
     [("Tarn Institute", "participant"), ("Korvex Steel UK", "participant"), ("Mantaro", "participant")]),
    ("Dalvik University ran the morning session, whereas Ostrel Robotics and Vantor presented "
     "their needs.",
     [("Dalvik University", "participant"), ("Ostrel Robotics", "participant"),
      ("Vantor", "participant")]),
])
def test_unknown_subjects_after_while(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a photo caption in square brackets states no role
    ("[Photo caption: Anna Berg (Tarn Transfer Office) with representatives of Kestrel Foods and "
     "Varna Chamber at the Dalvik Institute.]", []),
    # a body presenting its own facilities to the audience takes part
    ("Ostrel Manufacturing Research (OMR) outlined its shared pilot-line facilities.",
     [("Ostrel Manufacturing Research", "participant")]),
])
def test_captions_and_bodies_presenting_their_facilities(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The forum was held under the honorary patronage of the Ministry of Regional Growth.",
     [("Ministry of Regional Growth", "supporter")]),
    ("The Tarn Special Economic Zone (TSEZ) was the event's strategic partner.",
     [("Tarn Special Economic Zone", "partner")]),
    ("The Danish development agency DDA was a partner through its energy programme.",
     [("DDA", "partner")]),
    ("Dalvik University is a partner of the Tarn network.", []),
])
def test_patronage_and_partners_named_after_the_body(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list set off by dashes, each item saying where from, a kind before an item
    ("Our partners – the University of Tarn and the Medical University of Tarn – presented their "
     "own offer.",
     [("University of Tarn", "participant"), ("Medical University of Tarn", "participant")]),
    ("Forty teams – from Varna University, from Dalvik University and from Tarn University – "
     "pitched their technologies.",
     [("Varna University", "participant"), ("Dalvik University", "participant"),
      ("Tarn University", "participant")]),
    ("Power utility Ostrel Energija (OE) and oil and gas company VGT presented their needs.",
     [("Ostrel Energija", "participant"), ("VGT", "participant")]),
])
def test_lists_in_dashes_from_items_and_kinds_before_items(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roughly half of the participants represented companies, from start-ups to large groups "
     "such as Korvex and Mantaro Shipbuilding.",
     [("Korvex", "participant"), ("Mantaro Shipbuilding", "participant")]),
    ("Varna University signed a licensing protocol with furniture and textile group Korvex "
     "Holding, while Mantaro Sugar Factory agreed with Dalvik University on a pilot project.",
     [("Varna University", "signatory"), ("Korvex Holding", "signatory"),
      ("Mantaro Sugar Factory", "signatory"), ("Dalvik University", "signatory")]),
])
def test_audiences_companies_and_trade_described_counterparts(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a vice-title or a country's adjective is no organisation
    ("It is our largest licence, said the Vice-Rector for Cooperation and Innovation, who "
     "signed the agreement together with Korvex Company.", [("Korvex Company", "signatory")]),
    ("Researchers from Serbian and regional universities presented 30 technologies.", []),
])
def test_titles_and_country_adjectives_take_no_role(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a table row's label cell in Chinese
    ("| 指导单位 | 甘肃省科学技术厅、宁夏回族自治区科学技术厅 |\n| 承办单位 | 兰州新区管理委员会 |\n",
     [("甘肃省科学技术厅", "supporter"), ("宁夏回族自治区科学技术厅", "supporter"),
      ("兰州新区管理委员会", "organizer")]),
    ("｜协办单位｜兰州大学先进材料研究院｜\n", [("兰州大学先进材料研究院", "co_organizer")]),
])
def test_chinese_role_table_rows(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 集中 before the verb, the people counted and the fields they present in, money as support
    ("兰州大学、西北师范大学等单位集中发布了50余项成果。",
     [("兰州大学", "participant"), ("西北师范大学", "participant")]),
    ("兰州大学和西北师范大学的6位科研人员，围绕新材料、节水农业等方向推介了成果。",
     [("兰州大学", "participant"), ("西北师范大学", "participant")]),
    ("活动由兰州大学主办，并获甘肃省科学技术厅经费支持。",
     [("兰州大学", "host"), ("甘肃省科学技术厅", "supporter")]),
])
def test_chinese_fillers_between_a_list_and_its_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name with no head noun, its short form in brackets, right before the role word
    ("论坛由兰州大学主办，甘肃教育城（教城）协办。",
     [("兰州大学", "host"), ("甘肃教育城", "co_organizer")]),
    ("论坛由兰州大学主办，陇原智汇港（智汇港）协办。",
     [("兰州大学", "host"), ("陇原智汇港", "co_organizer")]),
])
def test_chinese_names_defining_a_short_form_before_a_role(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a side named by its country is no party; a known name across an unknown pair
    ("兰州大学与俄方合作伙伴签订技术许可合同。", [("兰州大学", "signatory")]),
    ("兰州大学与甘肃天和新材料股份有限公司签署成果许可协议。",
     [("兰州大学", "signatory"), ("甘肃天和新材料股份有限公司", "signatory")]),
])
def test_chinese_parties_of_unknown_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people of the bodies hold a session of the event: they take part, they host nothing
    ("Experts of the Tarn Patent Office and of the Varna Institute of Technology held a workshop "
     "on patent valuation.",
     [("Tarn Patent Office", "participant"), ("Varna Institute of Technology", "participant")]),
    ("Researchers from Dalvik University held a workshop on licensing.",
     [("Dalvik University", "participant")]),
    ("Dalvik University held a workshop on licensing.", [("Dalvik University", "host")]),
])
def test_the_people_of_a_body_holding_a_session_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a partner role with any one-word qualifier after "as the"
    ("The fair was organised by the Harbour Institute (HI), with the Ostvale Regional Council (ORC) "
     "as the State partner.",
     [("Harbour Institute", "organizer"), ("Ostvale Regional Council", "partner")]),
    ("The expo was hosted by Tallin University, with the Merrow Trade Council as a technical partner.",
     [("Tallin University", "host"), ("Merrow Trade Council", "partner")]),
])
def test_as_the_qualified_partner(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # support extended, offered or lent is support provided
    ("The Kelso Development Agency extended support for the travel of young founders.",
     [("Kelso Development Agency", "supporter")]),
    ("The Brantwood Foundation offered financial support to the student teams.",
     [("Brantwood Foundation", "supporter")]),
])
def test_support_extended_or_offered(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # presenters open a day of the event: they take part, they do not host it
    ("Presentations from the Vellmar Institute and Corran University opened the second day.",
     [("Vellmar Institute", "participant"), ("Corran University", "participant")]),
    ("Talks from Dunmore Polytechnic opened the first morning of the summit.",
     [("Dunmore Polytechnic", "participant")]),
])
def test_presenters_opening_a_day_take_part(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known name in apposition is the subject of the verb after it
    ("The region's government, the Junta de Castilla y León, supported the afternoon session.",
     [("Junta de Castilla y León", "supporter")]),
    ("The state funder, the Arlow Research Council, sponsored the evening reception.",
     [("Arlow Research Council", "supporter")]),
    # a body named inside a longer description stays out
    ("Brisk Ltd, the company founded by the University of Arlow, supported the pitching session.",
     [("Brisk Ltd", "supporter")]),
])
def test_a_name_in_apposition_before_its_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # tutors drawn from bodies, a case study run, tents sponsored, a counted list's members
    ("Trainers for the week were drawn from Lindqvist Partners and the University of Kestle.",
     [("Lindqvist Partners", "participant"), ("University of Kestle", "participant")]),
    ("The Holloway Trust ran the case study on licensing a vaccine.",
     [("Holloway Trust", "participant")]),
    ("The Marrick County Government sponsored the exhibitors' tents and the transport of pupils.",
     [("Marrick County Government", "supporter")]),
    ("Exhibitors included nine universities and 12 firms, among them Dunlow University and "
     "the Fenwick Research Institute.",
     [("Dunlow University", "participant"), ("Fenwick Research Institute", "participant")]),
])
def test_more_ways_of_taking_part_and_supporting(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised site in a venue label is the body's campus, not a body
    ("Host venue: University of Arlow, Riverside Campus, Arlow\n",
     [("University of Arlow", "host")]),
    ("Venue host: Kestle College, North Campus\n", [("Kestle College", "host")]),
])
def test_a_campus_in_a_venue_label_is_no_body(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a breadcrumb, the title names the page's university: 学校 opening a unit's name
    # is that university, and no piece split at 与 across the unit stays a party
    ("首页 > 校园要闻 > 正文\n\n东江大学举办成果对接会\n\n其中，学校材料科学与工程学院团队与华东重工集团签订"
     "技术许可合同。",
     [("东江大学", "host"), ("东江大学", "signatory"), ("华东重工集团", "signatory")]),
    # a bare faculty listed after the university's own unit is the university too
    ("首页 > 新闻 > 正文\n\n西岭大学召开转化大会\n\n来自学校先进材料全国重点实验室、化学化工学院等单位的12个"
     "项目参加路演。",
     [("西岭大学", "host"), ("西岭大学", "participant")]),
])
def test_the_page_universitys_own_units_after_a_breadcrumb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a campus company named alone keeps its name
    ("The day was organised by Harwell Science Campus together with Oxlan University.",
     [("Harwell Science Campus", "host"), ("Oxlan University", "host")]),
])
def test_a_campus_named_alone_is_a_body(text, expected):
    assert [name for name, _ in pairs(text)] == [name for name, _ in expected]
