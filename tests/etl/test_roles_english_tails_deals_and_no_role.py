"""English organisation shapes of the fifth blind round, on snippets written for the test (none
copied from ../shared or the round sets): literal sentences in, literal (name, role) pairs out.

Roles said as a 'with' tail or a predicate, participants named by what they did, sponsors as
verbs, deal clauses other than "X signed with Y" (and deals listed one a line), name shapes
(capitals beyond Latin-1, possessive units, a place's level government) and shapes that give
no role (captions, venues, sources, yearly statistics, programme money).
"""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_organizations(View(text))]


def types(text: str) -> dict[str, str | None]:
    return {m.name: m.org_type for m in find_organizations(View(text))}


TAILS = [
    ('The expo was run by the Harbour Authority, with Eastfield College and the Kite Institute as co-organizers.',
     [('Harbour Authority', 'organizer'), ('Eastfield College', 'co_organizer'), ('Kite Institute', 'co_organizer')]),
    ('The summit was hosted by Northvale University, with Brightwater Bank and the Lumen Foundation as supporting organisations.',
     [('Northvale University', 'host'), ('Brightwater Bank', 'supporter'), ('Lumen Foundation', 'supporter')]),
    ('The Regional Office of Industry was in charge of organising it, with Harlow University and Fenwick College co-organising.',
     [('Regional Office of Industry', 'organizer'), ('Harlow University', 'co_organizer'), ('Fenwick College', 'co_organizer')]),
    ('The Rivermouth Development Agency put on the fair in partnership with Cobalt Labs and the Stirling Institute.',
     [('Rivermouth Development Agency', 'host'), ('Cobalt Labs', 'partner'), ('Stirling Institute', 'partner')]),
    ('The Brack Agency put on the event in partnership with i2E, Inc. and Tulsa Innovation Labs.',
     [('Brack Agency', 'host'), ('i2E, Inc.', 'partner'), ('Tulsa Innovation Labs', 'partner')]),
    ('The Norland Chamber and the Vesta Trade Council, part of Norland Business Group, acted as co-organisers.',
     [('Norland Chamber', 'co_organizer'), ('Vesta Trade Council', 'co_organizer')]),
    ('The forum is run by the Brack Institute, with the Coastal Science Office coming on board this year as a funding partner.',
     [('Brack Institute', 'organizer'), ('Coastal Science Office', 'supporter')]),
]


ACTIVITIES = [
    ('Among the universities showing prototypes were Dunmore University, Eastbay College and the Pellham Institute.',
     [('Dunmore University', 'participant'), ('Eastbay College', 'participant'), ('Pellham Institute', 'participant')]),
    ('Among the companies presenting at the stands were Kestrel Robotics Ltd and the Tarn Group.',
     [('Kestrel Robotics Ltd', 'participant'), ('Tarn Group', 'participant')]),
    ('The robotics pavilion was curated by the Westmark Productivity Council.',
     [('Westmark Productivity Council', 'participant')]),
    ('The transfer offices of Dunmore University and Pellham University curated the 40 inventions on show.',
     [('Dunmore University', 'participant'), ('Pellham University', 'participant')]),
    ('The judges – partners from Orchard Ventures and Kelp Capital – picked three winners.',
     [('Orchard Ventures', 'participant'), ('Kelp Capital', 'participant')]),
    ('The jury - investors from the Brack Angel Network and Ferrow Partners - chose the best pitch.',
     [('Brack Angel Network', 'participant'), ('Ferrow Partners', 'participant')]),
    ('Marlow Bank and Tarn Savings Bank granted credit lines of 30 million euros to 12 start-ups at the fair.',
     [('Marlow Bank', 'participant'), ('Tarn Savings Bank', 'participant')]),
    ('The Dunmore Regional Fund announced a 50 million yuan sub-fund for early-stage transfers.',
     [('Dunmore Regional Fund', 'participant')]),
    ('A: "Tarn Angels and Kestrel committed the bulk of the money."',
     [('Tarn Angels', 'participant'), ('Kestrel', 'participant')]),
    ('The Dunmore Fund confirmed a seed investment in Leeds start-up Ferrow Robotics.',
     [('Ferrow Robotics', 'participant')]),
    ('The Marlow Fund made a follow-on investment in Bristol-based Kestrel.',
     [('Kestrel', 'participant')]),
    ('Ten came from Leeds University and the Kelvin Institute, whose transfer offices joined this year as partners.',
     [('Leeds University', 'participant'), ('Kelvin Institute', 'participant')]),
]


SUPPORTERS = [
    ('Glenrock Bank sponsored the evening reception.',
     [('Glenrock Bank', 'supporter')]),
    ('Glenrock Bank and Tarn Mutual sponsored the investor apéro.',
     [('Glenrock Bank', 'supporter'), ('Tarn Mutual', 'supporter')]),
    ('Funding came from the Brack Trust; Dunmore Savings and Kelp Mutual were presenting sponsors.',
     [('Brack Trust', 'supporter'), ('Dunmore Savings', 'supporter'), ('Kelp Mutual', 'supporter')]),
    ('Funding for the youth track came from the Marlow Innovation Fund.',
     [('Marlow Innovation Fund', 'supporter')]),
    ("Pellworth Mutual, the county's customer-owned bank, backed the audience award.",
     [('Pellworth Mutual', 'supporter')]),
    ('Leeds Mutual backed the audience award.',
     [('Leeds Mutual', 'supporter')]),
]


DEALS = [
    ('The biggest agreement saw Northfield University license a set of sensor patents to Corvane Systems.',
     [('Northfield University', 'signatory'), ('Corvane Systems', 'signatory')]),
    ('Eastbay University transferred a vaccine adjuvant to Lindqvist Pharma.',
     [('Eastbay University', 'signatory'), ('Lindqvist Pharma', 'signatory')]),
    ('Corvane, the Bristol-based optics company, took an exclusive licence to a lens coating developed at the Marlow Photonics Centre.',
     [('Corvane', 'signatory'), ('Marlow Photonics Centre', 'participant')]),
    ('Harbourline Ltd took an option on a membrane from the Northfield Institute.',
     [('Harbourline Ltd', 'signatory'), ('Northfield Institute', 'signatory')]),
    ('Tulsa-based pipe maker Ardent & Vale optioned a sensor patent from Westmark University.',
     [('Ardent & Vale', 'signatory'), ('Westmark University', 'signatory')]),
    ("A joint research agreement worth €2.5 million was concluded between Norvik Biotech and the University of Dunmore's Kelvin Institute.",
     [('Norvik Biotech', 'signatory'), ('Kelvin Institute', 'signatory')]),
    ("Ostrava Instruments' Cork operation signed a licence agreement with Dunmore University.",
     [('Ostrava Instruments', 'signatory'), ('Dunmore University', 'signatory')]),
    ('Brightloop, the Dublin-based software company, signed a licence for a fraud model on the night.',
     [('Brightloop', 'signatory')]),
    ('Lausanne-based Norvik signed a licence with Leeds University.',
     [('Norvik', 'signatory'), ('Leeds University', 'signatory')]),
]


BULLETS = [
    ('Twelve licences were signed at the showcase. Deals signed:\n- Northwind Foods - a shelf-life sensor from Lakeside University\n- Kestrel Robotics and Brandt Medical - a gait model, co-developed with the Eastbay Institute\n',
     [('Northwind Foods', 'signatory'), ('Lakeside University', 'signatory'), ('Kestrel Robotics', 'signatory'), ('Brandt Medical', 'signatory'), ('Eastbay Institute', 'signatory')]),
    ('Offers worth €20 million were made on the day. They included:\n* Lakeside University licensing a packaging film to Marrow Paper;\n* Dunmore College signing with Leeds-based Ferrow Labs for a joint pilot.\n',
     [('Lakeside University', 'signatory'), ('Marrow Paper', 'signatory')]),
    ('The day was hosted by Lakeside University. Programme:\n- Welcome by the Dean of Lakeside University\n- Pitches by Northwind Foods and Kestrel Robotics\n',
     [('Lakeside University', 'host')]),
    ('Visitors came from all over. They included:\n- Kestrel Robotics\n- Northwind Foods\n',
     []),
]


NAMES = [
    ('Among the largest deals, Phú Mỹ Steel Corporation signed a contract with the Huế University of Agriculture.',
     [('Phú Mỹ Steel Corporation', 'signatory'), ('Huế University of Agriculture', 'signatory')]),
    ('The fair was hosted by the Łódź Regional Development Agency and the Đồng Nai Department of Industry.',
     [('Łódź Regional Development Agency', 'host'), ('Đồng Nai Department of Industry', 'host')]),
    # a unit owned by an acronym is named without it (round 6: A*STAR's SIMTech is SIMTech)
    ("The showcase is run by the College's Research and Enterprise Office together with the Dunmore Institute and CSIRO's Hobart Marine Centre.",
     [('Research and Enterprise Office', 'organizer'), ('Dunmore Institute', 'organizer'), ("Hobart Marine Centre", 'organizer')]),
    ('The fair was hosted by the Hunan Provincial Department of Commerce and Trade and the Changsha municipal government.',
     [('Hunan Provincial Department of Commerce and Trade', 'host'), ('Changsha municipal government', 'host')]),
    ('The Ministry of Culture and the Arts hosted the forum.',
     [('Ministry of Culture and the Arts', 'host')]),
    ("The expo was hosted by the Ministry of Industry and the provincial People's Committee.",
     [('Ministry of Industry', 'host'), ("People's Committee", 'host')]),
]


NO_ROLE = [
    # taking part at another occasion before the event
    ('Kestrel Institute also exhibited 95 technologies at the Northland Tech Expo in Leeds '
     'earlier this month.', []),
    ('The Brack Institute presented its drones at a trade show last month.', []),
    # a deal or a loan dated to a year is a statistic, not the event's
    ('The patent was assigned to the Brack Institute in 2019.', []),
    ('Kelp Bank has provided loans to 300 firms since 2019.', []),
    ('Thirty contracts were signed at the Northern Highlands Technology Market, which closed on Sunday.',
     []),
    ('Marlow University of Science (Kelvin Academy of Engineering) signed a pilot-plant deal with Tarn Foods.',
     [('Marlow University of Science', 'signatory'), ('Tarn Foods', 'signatory')]),
    ('Deals worth €40 million were concluded on the day, according to a poll of exhibitors by the Brack Trade Council.',
     []),
    ("Dunmore University's transfer office signed 61 licence agreements in 2023 and spun out nine companies.",
     []),
    ('The Leeds Technology Office concluded 40 licence agreements last year.',
     []),
    ('Caption: Representatives of Brack University and Tarn Foods exchange the signed documents.',
     []),
    ('Photo: (From left) staff of Kelvin College and the Brack Institute sign the agreement.',
     []),
    ('Through its 2024 budget, the Government of Norland committed $2 billion to research.',
     []),
    ('The Northland Council has invested €40 million in science parks since 2015.',
     []),
    ('The course covers the Patent Valuation and Licensing Skills (PVLS) Module, leaving out material that is not relevant to the Nordic market.',
     []),
    ('Topics included licensing practices, running a T3 office, and an introduction to T3 tools.',
     []),
]


@pytest.mark.parametrize("text, expected", TAILS)
def test_roles_named_in_a_with_tail_or_as_a_predicate(text, expected):
    """Roles said after the list: 'with A and B as co-organizers', 'was in charge of organising', 'put on the event', 'part of X, acted as', 'coming on board as a funding partner'."""
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", ACTIVITIES)
def test_participants_named_by_what_they_did(text, expected):
    """Inverted participle lists, curators, judges in a dash aside, credit and funds announced, money committed, the receiver of an investment, 'whose units joined'."""
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", SUPPORTERS)
def test_sponsors_and_funders_as_verbs_and_predicates(text, expected):
    """A side part sponsored, presenting sponsors after ';', funding came from, an unknown subject with a place in its name."""
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", DEALS)
def test_deal_clauses_other_than_signed_with(text, expected):
    """License/transferred … to, took a licence/option, optioned, concluded between, a company's operation signing, an unknown company described around it."""
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", BULLETS)
def test_deals_listed_one_a_line_after_an_announcing_line(text, expected):
    """The parties of each bulleted deal line; a programme or visitor list gives no signatory."""
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", NAMES)
def test_name_shapes_capitals_possessive_units_and_level_governments(text, expected):
    """Vietnamese/Polish capitals, a unit after a possessive, 'and the <place> municipal government', a complement with 'and the' that is no place, a level word before a name."""
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", NO_ROLE)
def test_shapes_that_give_no_role(text, expected):
    """The venue after 'at', a bracketed second name of one body, a source after 'according to', yearly statistics, captions, programme money, a course name with 'Licensing'."""
    assert pairs(text) == expected


def test_a_unit_after_a_possessive_takes_its_owners_type():
    text = ("The showcase is run by the College's Research and Enterprise Office together with "
            "CSIRO's Hobart Marine Centre.")
    assert types(text) == {"Research and Enterprise Office": "university",
                           "Hobart Marine Centre": "research_institute"}


@pytest.mark.parametrize("text, expected", [
    ("Delegations from Hebei joined, as did a group of 20 engineers from the Dunmore Institute of "
     "Technology's Leeds campus.", [("Dunmore Institute of Technology", "participant")]),
    ("Researchers from Brack University's Hobart campus took part.",
     [("Brack University", "participant")]),
])
def test_a_possessive_ends_the_owners_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The judges – partners from Orchard Ventures, Kelp Capital and Ridgeline Partners – picked "
     "three winners.", [("Orchard Ventures", "participant"), ("Kelp Capital", "participant"),
                        ("Ridgeline Partners", "participant")]),
    ("Sponsors were Tarn Bank, Brack Mutual and Kestrel Holdings.",
     [("Tarn Bank", "supporter"), ("Brack Mutual", "supporter"), ("Kestrel Holdings", "supporter")]),
    # a complement listed with commas stays one name
    ("Support came from the Ministry of Science, Technology and Innovation.",
     [("Ministry of Science, Technology and Innovation", "supporter")]),
])
def test_the_last_two_items_of_a_comma_list_are_two_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kelpbank's Leeds branch and the city's Regional Investment Fund announced preferential "
     "credit of 50 million euros for local firms.",
     [("Kelpbank", "participant"), ("Regional Investment Fund", "participant")]),
    ("Kelpbank's Łódź branch and the Marlow Fund announced preferential credit for start-ups.",
     [("Kelpbank", "participant"), ("Marlow Fund", "participant")]),
    ("Tarn Bank's Hobart office and the Marlow Fund granted loans to ten start-ups at the fair.",
     [("Tarn Bank", "participant"), ("Marlow Fund", "participant")]),
])
def test_a_companys_branch_opening_a_list_stands_for_the_company(text, expected):
    assert pairs(text) == expected


def test_an_owner_with_a_complement_types_its_unit():
    assert types("The Kelvin Institute of Technology's Office of Research hosted the forum.") == \
        {"Office of Research": "university"}


def test_unknown_companies_are_typed_by_their_description():
    assert types("Pellworth Mutual, the county's customer-owned bank, backed the audience award.") \
        == {"Pellworth Mutual": "enterprise"}
    assert types("Lausanne-based Norvik signed a licence with Leeds University.")["Norvik"] \
        == "enterprise"
    assert types("The fair was hosted by the Changsha municipal government.") == \
        {"Changsha municipal government": "government"}


@pytest.mark.parametrize("text, expected", [
    # a deal's numbered terms: the labels are no parties, the parties follow "Parties:"
    ("The Harlow Forum 2027 took place in Leeds. Details of the agreements:\n"
     "1. Parties: Harbour Pipelines Ltd and Northvale University.\n"
     "2. Subject: a licence to a sensor of the Kite Institute.\n"
     "3. Value: RO 120,000.\n4. Term: three years.\n",
     [("Harbour Pipelines Ltd", "signatory"), ("Northvale University", "signatory")]),
    ("Highlights of the deals:\n- Licensee: Fenwick Bank\n- Duration: five years\n",
     [("Fenwick Bank", "signatory")]),
])
def test_labels_of_a_deals_terms_are_no_parties(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "signed at the forum": a participle, no signing by the body announcing the total
    ("The Harlow Forum took place in Leeds. The total value of agreements signed at the forum, "
     "as announced by the Kite Authority, reached $3 million.", []),
    ("Later, the Kite Authority signed a deal with Kestrel Labs.",
     [("Kite Authority", "signatory"), ("Kestrel Labs", "signatory")]),
])
def test_signed_at_the_event_is_no_signing_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Northvale University will host the Harlow Expo 2027 in May.",
     [("Northvale University", "host")]),
    ("The fair is organised together with the Kite Institute and Fenwick College.",
     [("Kite Institute", "co_organizer"), ("Fenwick College", "co_organizer")]),
    ("The Harlow Agency supports the expo, and Leeds Chamber of Commerce acts as the city's "
     "partner for foreign delegations.",
     [("Harlow Agency", "supporter"), ("Leeds Chamber of Commerce", "partner")]),
    ("Fenwick Bank served as the official banking partner of the expo.",
     [("Fenwick Bank", "partner")]),
    ("The Harlow Expo was held in May. Fenwick Bank sponsored the VIP lounge and Leeds City "
     "Council looked after security and transport.",
     [("Fenwick Bank", "supporter"), ("Leeds City Council", "supporter")]),
    # a relative clause after the body
    ("The Harlow Expo was held in May, jointly with Eastfield University, which hosted the expo, "
     "and the Kite Institute, which co-organised the workshops.",
     [("Eastfield University", "host"), ("Kite Institute", "co_organizer")]),
    # a label naming the part of the event it speaks of
    ("The Harlow Expo took place in May.\nHost: Northvale University\n"
     "Co-organiser of the pitching session: Fenwick College\n"
     "Sponsors of the student track: Kite Bank\n",
     [("Northvale University", "host"), ("Fenwick College", "co_organizer"),
      ("Kite Bank", "supporter")]),
    ("The Harlow Expo was held in May. Fenwick College and Kestrel Robotics agreed on a joint "
     "pilot.", [("Fenwick College", "signatory"), ("Kestrel Robotics", "signatory")]),
    # "A under the B Ministry acting as …": A, not its parent
    ("The Harlow Expo took place in May, with the Maritime Agency under the Ministry of "
     "Transport acting as co-organiser.", [("Maritime Agency", "co_organizer")]),
])
def test_roles_said_by_present_future_and_relative_verbs(text, expected):
    assert pairs(text) == expected

