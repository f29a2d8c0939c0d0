import pytest

from etl.extract.participants import find_participant_mix


def rows(text):
    return [(r.dimension, r.category, r.basis, r.share, r.count) for r in find_participant_mix(text)]


@pytest.mark.parametrize("text, expected", [
    ("Of the 250 trainees, 55% were from enterprises, 30% from universities and research "
     "institutes, and the rest from incubators, science parks and other organizations.",
     [("institution_type", "enterprise", "reported", 0.55, None),
      ("institution_type", "research_institute+university", "reported", 0.3, None),
      ("institution_type", "intermediary+other+park", "derived", 0.15, None)]),
    ("参会代表中，企业代表占60%，高校代表占25%。",
     [("institution_type", "enterprise", "reported", 0.6, None),
      ("institution_type", "university", "reported", 0.25, None)]),
    ("学员中一半以上来自企业。", [("institution_type", "enterprise", "reported", 0.5, None)]),
    ("其中三成学员来自政府部门。", [("institution_type", "government", "reported", 0.3, None)]),
    ("Companies accounted for 55% of the attendees, universities 30%.",
     [("institution_type", "enterprise", "reported", 0.55, None),
      ("institution_type", "university", "reported", 0.3, None)]),
    ("About 200 participants attended, of whom 30 were from universities.",
     [("institution_type", "university", "reported", None, 30)]),
])
def test_reported_and_derived_shares(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 80 representatives from universities, government agencies, hospitals and companies "
     "will attend the workshop.",
     ["university", "government", "hospital", "enterprise"]),
    ("来自高校、科研院所、企业、投资机构的代表参加了活动。",
     ["university", "research_institute", "enterprise"]),
    ("Delegates from industry, academia and government joined the panels.",
     ["enterprise", "university", "government"]),
])
def test_listed_institution_types(text, expected):
    assert rows(text) == [("institution_type", t, "listed", None, None) for t in expected]


@pytest.mark.parametrize("text, expected", [
    ("In total 150 trainees from 12 provinces, including Zhejiang, Shaanxi, Shanxi, Henan and "
     "Chongqing, took part.",
     [("province", c) for c in ("CN-ZJ", "CN-SN", "CN-SX", "CN-HA", "CN-CQ")]),
    ("The fair drew delegates from Germany, France, Japan and 20 other countries.",
     [("country", "DEU"), ("country", "FRA"), ("country", "JPN")]),
    ("来自美国、英国、德国等15个国家和地区的嘉宾出席。",
     [("country", "USA"), ("country", "GBR"), ("country", "DEU")]),
    ("来自广东、江苏、香港的学员参加培训。",
     [("province", "CN-GD"), ("province", "CN-JS"), ("country", "HKG")]),
    ("Diplomats from the Consulate General of Finland in Shanghai and the Embassy of Chile "
     "in China joined the panel.", [("country", "FIN"), ("country", "CHL")]),
])
def test_listed_places_participants_came_from(text, expected):
    assert [(d, c) for d, c, b, *_ in rows(text) if b == "listed"] == expected


@pytest.mark.parametrize("text", [
    "The forum was hosted in cooperation with universities and research institutes.",
    "The event was organized by universities, companies and government agencies.",
    "Experts from Peking University and Fudan University attended.",   # names, not types
    "来自全国20多个省市的学员参加培训。",                               # no province named
    "The company has offices in Germany, France and Japan.",           # not participants
    "Revenue grew 40% in 2022 from enterprises.",                      # no participant cue
    "",
])
def test_non_participant_sentences_give_nothing(text):
    assert rows(text) == []


def test_evidence_is_the_source_sentence():
    text = "Opening remarks. Some 40 delegates from Kenya and Egypt attended the training. Lunch."
    assert {r.evidence for r in find_participant_mix(text)} == {
        "Some 40 delegates from Kenya and Egypt attended the training."}


@pytest.mark.parametrize("text", ["\x00", "%" * 5000, "from " * 5000, "来自" * 5000, "💡50%"])
def test_never_raises(text):
    assert isinstance(find_participant_mix(text), list)


def test_diplomatic_rows_carry_their_sentence():
    text = "The panel was lively. Staff of the Embassy of Norway spoke about funding."
    (row,) = find_participant_mix(text)
    assert (row.dimension, row.category, row.evidence) == (
        "country", "NOR", "Staff of the Embassy of Norway spoke about funding.")


@pytest.mark.parametrize("text, categories", [
    ("The expo opened with the participation of more than 200 businesses, research institutes "
     "and universities.", ["enterprise", "research_institute", "university"]),
    ("The institute welcomed 300 participants from industry, start-ups and research.",
     ["enterprise", "research_institute"]),
])
def test_held_out_participation_lists(text, categories):
    found = find_participant_mix(text)
    assert [m.category for m in found if m.dimension == "institution_type"] == categories
