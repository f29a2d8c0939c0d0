"""English organisations and roles in the shapes round 3 found unread: companies named by a
descriptor, unknown names listed beside a known one, signings counted one by one, role
phrases said after the list, and names that must not be split or glued.

Every snippet is written for this test (none is copied from ../shared or the round-3 set):
literal sentences in, literal (name, role[, type]) rows out.
"""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_organizations(View(text))]


def typed(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.role, m.org_type) for m in find_organizations(View(text))]


@pytest.mark.parametrize("text, expected", [
    ("The Dutch medtech company Lumora will license the imaging patents from the institute.",
     [("Lumora", "signatory", "enterprise")]),
    ("The agency grants the Lisbon start-up Tagus Robotics a non-exclusive licence for the "
     "software.", [("Tagus Robotics", "signatory", "enterprise")]),
    ("The institute signed deals with two local companies, Savanna Grains and Kilimo Dairy.",
     [("Savanna Grains", "signatory", "enterprise"), ("Kilimo Dairy", "signatory", "enterprise")]),
    ("Later, one Nigerian company, Sahel Foods, announced a USD 3m supply deal.",
     [("Sahel Foods", "signatory", "enterprise")]),
    ("The signatories included Keppel Logistics International, SG Engineering and the "
     "Malaysian start-up Vireo.",
     [("Keppel Logistics International", "signatory", None), ("SG Engineering", "signatory", None),
      ("Vireo", "signatory", "enterprise")]),
])
def test_a_company_named_by_what_it_is_is_a_company(text, expected):
    assert typed(text) == expected


def test_a_name_before_a_start_up_apposition_is_a_company():
    assert typed("Zelmo, a Rwandan start-up, signed a licence with the university.") == \
        [("Zelmo", "signatory", "enterprise")]


@pytest.mark.parametrize("text, expected", [
    ("The university signed five agreements. The second, with the French cosmetics company "
     "Belvane, was not disclosed.", [("Belvane", "signatory")]),
    ("The office closed three licences, including one with Austin-based Red Oak Energy and one "
     "with Copperline Materials.",
     [("Red Oak Energy", "signatory"), ("Copperline Materials", "signatory")]),
    ("The largest, between KNUST and the pharmaceutical company Ashfield, covers a vaccine.",
     [("KNUST", "signatory"), ("Ashfield", "signatory")]),
    ("The licensees included Hartmann Werke, which licensed a pump design, and the "
     "Leipzig-based start-up Fluxa GmbH.",
     [("Hartmann Werke", "signatory"), ("Fluxa GmbH", "signatory")]),
    ("The licensees were BAUER AG + Co. KG, which licensed a method for inspection of welded "
     "seams, and the Ulm-based start-up Gripwise GmbH.",
     [("BAUER AG", "signatory"), ("Gripwise GmbH", "signatory")]),
    ("The Kenya Research Foundation (KRF) co-signed the agreement.",
     [("Kenya Research Foundation", "signatory")]),
])
def test_signings_counted_one_by_one_and_licensees(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known name (head noun, acronym) makes its list mates names too
    ("Lemna Bio, Astral Capital Partners and Corvid took part in the pitch session.",
     [("Lemna Bio", "participant"), ("Astral Capital Partners", "participant"),
      ("Corvid", "participant")]),
    ("Delegates saw demonstrations, and Marlow Holdings, Pinecrest and the MIT exhibited.",
     [("Marlow Holdings", "participant"), ("Pinecrest", "participant"), ("MIT", "participant")]),
    ("At the forum Tamarind, Zambezi Power Corporation and Kopje each signed with the agency.",
     [("Tamarind", "signatory"), ("Zambezi Power Corporation", "signatory"),
      ("Kopje", "signatory")]),
    # a signing clause names unknown parties: a list of two or more before the verb
    ("On the day, Antam, Kimia Farma and Indosat each signed with the agency.",
     [("Antam", "signatory"), ("Kimia Farma", "signatory"), ("Indosat", "signatory")]),
])
def test_unknown_names_listed_beside_a_known_one_are_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It was funded by the Asian Development Bank (ADB) and the Korean development agency KOICA.",
     [("Asian Development Bank", "supporter"), ("KOICA", "supporter")]),
    ("Since 2020, the Nordic Innovation Centre has signed more than 40 agreements.",
     [("Nordic Innovation Centre", "signatory")]),
    ("The keynote was given by Mr Ravi Shankar, Minister for Information Technology, Electronics "
     "and Communications, Government of Kerala.", []),
])
def test_list_mates_are_not_adjectives_dates_or_fields_after_a_title(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Several universities took part as exhibitors, alongside the University of Lagos (UNILAG) "
     "and Covenant University (CU).",
     [("University of Lagos", "participant"), ("Covenant University", "participant")]),
    ("Buyers in the hall included representatives from Alpha Ventures, Kereru Capital and XY1 "
     "(Xavier Yale One), as well as the Southern Growth Equity Partners.",
     [("Alpha Ventures", "participant"), ("Kereru Capital", "participant"),
      ("XY1", "participant"), ("Southern Growth Equity Partners", "participant")]),
    ("Ocean Innovation's regional team also ran a stand at the showcase.",
     [("Ocean Innovation", "participant")]),
    ("More than a dozen University of Otago research teams took to the stage on Friday.",
     [("University of Otago", "participant")]),
])
def test_participants_in_exhibitor_and_team_phrases(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Trade and Industry (MTI) in collaboration with the National Research "
     "Council (NRC) on Tuesday held the first innovation fair in Accra.",
     [("National Research Council", "partner"), ("Ministry of Trade and Industry", "host")]),
    ("The summit is co-organised this year by the University of Porto and the Norwegian "
     "Research Council (NRC).",
     [("University of Porto", "co_organizer"), ("Norwegian Research Council", "co_organizer")]),
    ("Lumen Fund and the Fundação para o Desenvolvimento Regional (FDR) are supporting partners.",
     [("Lumen Fund", "supporter"), ("Fundação para o Desenvolvimento Regional", "supporter")]),
    ("The conference runs with the Ministry of Energy and the Kenya Association of Manufacturers "
     "(KAM) as supporting partners.",
     [("Ministry of Energy", "supporter"), ("Kenya Association of Manufacturers", "supporter")]),
    ("The World Bank and the African Union are among the fair's sponsors.",
     [("World Bank", "supporter"), ("African Union", "supporter")]),
    ("The Ministry of Digital Affairs Saxony supported the event.",
     [("Ministry of Digital Affairs Saxony", "supporter")]),
    ("The forum was organized by ORNL's Partnerships office with the Tennessee Board of Regents "
     "and the Memphis Innovation Hub.",
     [("ORNL", "organizer"), ("Tennessee Board of Regents", "organizer"),
      ("Memphis Innovation Hub", "organizer")]),
    ("We thank our Platinum Sponsor ZEDO and Gold Sponsors Brightwave and Lumos for their support.",
     [("ZEDO", "supporter"), ("Brightwave", "supporter"), ("Lumos", "supporter")]),
])
def test_roles_said_in_phrases_around_the_list(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fair was hosted by the Faculty of Agriculture, Food and Environment of the Tel Aviv "
     "University.", [("Faculty of Agriculture, Food and Environment", "host")]),
    ("The event was co-organised by the Ministry of Higher Education, Innovation, Science and "
     "Technology Development of Kenya.",
     [("Ministry of Higher Education, Innovation, Science and Technology Development",
       "co_organizer")]),
    ("The Ministry of Lands, Water, Energy and Mining (MLWEM) in collaboration with the Council "
     "for Applied Research (CAR) on Friday held the maiden National Innovation Summit in Kumasi.",
     [("Council for Applied Research", "partner"),
      ("Ministry of Lands, Water, Energy and Mining", "host")]),
])
def test_a_field_list_after_of_stays_inside_one_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a full stop ends a name
    ("Support came from the Lagos State Ministry of Science, Technology and Innovation. The "
     "Nigerian Institute for Oil Palm Research (NIFOR) took part.",
     [("Lagos State Ministry of Science, Technology and Innovation", "supporter"),
      ("Nigerian Institute for Oil Palm Research", "participant")]),
    # possessives, persons, a unit's field, a count
    ("The event, hosted by Otago Innovation Limited, the University's commercialisation company, "
     "was held at the campus.", [("Otago Innovation Limited", "host")]),
    ("The fair was held under the auspices of Prime Minister Ruth Kamau.", []),
    ("Students from the Faculty of Engineering presented their work.", []),
    ("Thirteen teams presented their ideas.", []),
    # "A and the B (ACR)" is two names
    ("Agreements were signed between Orascom Construction and the Arab Industrial Development "
     "Organization (AIDO).",
     [("Orascom Construction", "signatory"), ("Arab Industrial Development Organization",
                                              "signatory")]),
    ("Dow Chemical signed a deal with Borealis and the Nordic Innovation Centre (NICE).",
     [("Borealis", "signatory"), ("Nordic Innovation Centre", "signatory")]),
])
def test_no_junk_from_full_stops_possessives_persons_or_glued_names(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The university signed a licence agreement with Porto-based Marevia on Monday.",
     [("Marevia", "signatory", "enterprise")]),
    ("One agreement was signed with Graz-based Alpenlicht and one with the city.",
     [("Alpenlicht", "signatory", "enterprise")]),
])
def test_a_bare_name_placed_by_its_base_is_a_company(text, expected):
    assert [t for t in typed(text) if t[0] == expected[0][0]] == expected
