"""People: name, title, affiliation, role and country, each person once."""
from __future__ import annotations

import pytest

from etl.extract.people import find_people


def _rows(text: str) -> list[tuple]:
    return [(p.name, p.title, p.affiliation, p.role) for p in find_people(text)]


@pytest.mark.parametrize("text, expected", [
    ("Ms. Maria Rossi, Director of the Technology Transfer Office of Politecnico di Milano, "
     "delivered a keynote speech.",
     [("Maria Rossi", "Director", "Technology Transfer Office of Politecnico di Milano",
       "speaker")]),
    ("The session was moderated by Dr. Kenji Tanaka, Professor at Kyoto University.",
     [("Kenji Tanaka", "Professor", "Kyoto University", "moderator")]),
    # organisation before the title, surname in capitals
    ("Prof. LI Ming, SJTU Vice President, made opening remarks.",
     [("LI Ming", "Vice President", "SJTU", "speaker")]),
    # two people in one sentence, sharing the verb
    ("Li Qiang, Deputy Director of Zhejiang Provincial Department of Science and Technology, and "
     "Sarah Brown, Chief Executive of Cambridge Enterprise, attended the opening ceremony.",
     [("Li Qiang", "Deputy Director", "Zhejiang Provincial Department of Science and Technology",
       "official"),
      ("Sarah Brown", "Chief Executive", "Cambridge Enterprise", "official")]),
    # "A and B, Title of Org": both share the title
    ("Mr. HU Bin and Mr. LUO Jie, Vice Chairmen of the Yunnan Technology Market Association, "
     "attended the forum.",
     [("HU Bin", "Vice Chairmen", "Yunnan Technology Market Association", "official"),
      ("LUO Jie", "Vice Chairmen", "Yunnan Technology Market Association", "official")]),
    # teaching makes a trainer
    ("Zhou Lan, Senior Patent Attorney and Partner of Lumen IP Services, taught the course on "
     "licensing.",
     [("Zhou Lan", "Senior Patent Attorney and Partner", "Lumen IP Services", "trainer")]),
    # sub-unit + parent organisation separated by a comma
    ("Carlos Mendes, Head of Innovation Office, University of Porto, shared case studies.",
     [("Carlos Mendes", "Head", "Innovation Office, University of Porto", "speaker")]),
    # a second title after "and" is not part of the affiliation
    ("Han Lei, Deputy Secretary of Pudong District Party Committee and Mayor of Pudong District, "
     "delivered a speech.",
     [("Han Lei", "Deputy Secretary", "Pudong District Party Committee", "speaker")]),
    # consular titles: the country comes from "Consulate General of X"
    ("Dr. Jonas Berg, Science Counsellor at the Consulate General of Sweden in Shanghai, "
     "attended.",
     [("Jonas Berg", "Science Counsellor", "Consulate General of Sweden in Shanghai",
       "official")]),
])
def test_english_name_title_affiliation_role(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, country", [
    ("Ms. Maria Rossi, Director of the Technology Transfer Office of Politecnico di Milano, "
     "spoke.", "ITA"),
    ("Dr. Jonas Berg, Science Counsellor at the Consulate General of Sweden in Shanghai, spoke.",
     "SWE"),
    # the reference table knows where Georgia Tech is (not the country Georgia)
    ("Tom Hale, Vice-President of Georgia Institute of Technology, spoke.", "USA"),
    ("Anna Schmidt, Head of Knowledge Transfer, Technical University of Munich, spoke.", "DEU"),
    ("Zhang Hua, Dean of School of Law, Xiamen University, spoke.", "CHN"),
    ("Ola Nordmann, Founder of Fjord Labs, spoke.", None),
])
def test_country_hint_from_affiliation(text, country):
    assert find_people(text)[0].country_hint == country


def test_caption_lines_repeating_a_speaker_give_one_person_with_the_best_role():
    text = ("Anna Schmidt, Head of Knowledge Transfer, Technical University of Munich, gave a "
            "lecture on licensing.\n"
            "Anna Schmidt, Head of Knowledge Transfer, Technical University of Munich\n"
            "ANNA SCHMIDT, Head of Knowledge Transfer, Technical University of Munich\n")
    people = find_people(text)
    assert [(p.name, p.role) for p in people] == [("Anna Schmidt", "trainer")]


def test_names_differing_only_in_case_are_one_person():
    text = ("ZHAO Lei, President of Hubei Technology Exchange, attended the forum.\n"
            "Zhao Lei, President of Hubei Technology Exchange\n")
    assert [p.name for p in find_people(text)] == ["ZHAO Lei"]


@pytest.mark.parametrize("text, expected", [
    ("浙江大学科学技术研究院院长周明致辞。",
     [("周明", "院长", "浙江大学科学技术研究院", "speaker")]),
    ("论坛由上海交通大学副校长李华主持。",
     [("李华", "副校长", "上海交通大学", "moderator")]),
    # transliterated name + Latin name in brackets: the Latin name
    ("新加坡国立大学副校长约翰·史密斯（John Smith）作主旨报告。",
     [("John Smith", "副校长", "新加坡国立大学", "speaker")]),
    ("浙江工业大学教授王刚为学员授课。",
     [("王刚", "教授", "浙江工业大学", "trainer")]),
    # moderator and speakers in one sentence each get their own role
    ("会议由中国技术交易所总经理赵宁主持，并邀请了四川大学技术转移中心主任刘洋作报告。",
     [("赵宁", "总经理", "中国技术交易所", "moderator"),
      ("刘洋", "主任", "四川大学技术转移中心", "speaker")]),
    # a title inside an organisation's name is not a person ("…技术经理人协会")
    ("日本大学技术经理人协会（UNITT）会长山田一郎（Ichiro Yamada）出席。",
     [("Ichiro Yamada", "会长", "日本大学技术经理人协会", "official")]),
])
def test_chinese_affiliation_title_name(text, expected):
    assert _rows(text) == expected


def test_chinese_country_hint_from_the_reference_table():
    p = find_people("新加坡国立大学副校长约翰·史密斯（John Smith）作主旨报告。")[0]
    assert p.country_hint == "SGP"


@pytest.mark.parametrize("text", [
    # organisations, places and events are not people
    "Tsinghua University, Peking University and Fudan University, attended.",
    "Shanghai, Director of the programme, was named.",
    "The Global Innovation Forum, Secretary of the committee said.",
    "On June 5, Director Wang attended the meeting.",
    "Guests from Germany, France and Italy, experts in licensing, attended.",
    "韩国高校技术经理人协会主席出席会议。",
    "各有关单位主任委员会议召开。",
    "",
    "\x00\ufeff",
])
def test_traps_give_no_person(text):
    assert find_people(text) == []


def test_person_evidence_is_the_sentence():
    text = "Opening day. Ms. Ada Park, Dean of Law at Yonsei University, spoke. Lunch followed."
    assert find_people(text)[0].evidence == \
        "Ms. Ada Park, Dean of Law at Yonsei University, spoke."


@pytest.mark.parametrize("text", [
    "Dr. " * 5000, "主任" * 5000, ", Director of" * 3000, "A, B, C, " * 5000,
    "Mr. X, Director of (((", "（" * 1000 + "院长王" + "）" * 1000,
])
def test_never_raises_on_odd_input(text):
    assert isinstance(find_people(text), list)


@pytest.mark.parametrize("text, expected", [
    # an honorific after a Chinese name ends it (org_name_words.csv, kind honorific)
    ("会上，清华大学副校长王明先生致辞。", [("王明", "副校长", "清华大学")]),
    # a title of people.py only (person_title): the ambassador is found
    ("会上，中国驻德国大使李明致辞。", [("李明", "大使", "中国驻德国")]),
])
def test_chinese_titles_and_honorifics_come_from_the_word_table(text, expected):
    assert [(p.name, p.title, p.affiliation) for p in find_people(text)] == expected
