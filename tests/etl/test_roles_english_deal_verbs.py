"""English organisation shapes of the sixth blind round, on snippets written for the test (none
copied from ../shared or the round sets): literal sentences in, literal (name, role) pairs out.

Deal verbs other than "signed" (took up a technology, committed money to adopt or to spin-outs,
opened a credit window, a project between two parties), sponsors as a noun after a comma,
"lent support", "spearheaded by", "co-organised with", and where a company is based left out
of its name.
"""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_organizations(View(text))]


CASES = [
    ('Under the deal, Silicon Valley-based Brightwave Robotics Inc. takes up the university\'s gripper technology.',
     [('Brightwave Robotics Inc.', 'signatory')]),
    ('The largest sum came from a licence under which Durban-based Acme Foods Limited took up a drying technology.',
     [('Acme Foods Limited', 'signatory')]),
    ('Among the deals, Cebu-based Apex Group of Companies committed P9.8 million to adopt a line developed by the college.',
     [('Apex Group of Companies', 'signatory')]),
    ('Deals were signed at the fair, including R6 million that the Sapphire Venture Fund committed to two spin-outs.',
     [('Sapphire Venture Fund', 'signatory')]),
    ('At the fair the Land Bank of Ghana opened a P5-million credit window for small firms.',
     [('Land Bank of Ghana', 'signatory')]),
    ('Deals included a C$1.2-million project between the University of Manitoba and Prairie Oat Growers Ltd.',
     [('University of Manitoba', 'signatory'), ('Prairie Oat Growers Ltd.', 'signatory')]),
    ('The Cape Coast University of Technology co-organised the programme, with sponsorship from Ziraat Bank and the Izmir Development Agency.',
     [('Cape Coast University of Technology', 'co_organizer'), ('Ziraat Bank', 'supporter'),
      ('Izmir Development Agency', 'supporter')]),
    ('The Science Council of Ghana and the Technology Promotion Institute lent support, while the University of Ghana exhibited 30 technologies.',
     [('Science Council of Ghana', 'supporter'), ('Technology Promotion Institute', 'supporter'),
      ('University of Ghana', 'participant')]),
    ('The expo was spearheaded by the Department of Trade and Industry in partnership with the Provincial Government of Cebu.',
     [('Department of Trade and Industry', 'organizer'), ('Provincial Government of Cebu', 'partner')]),
    ('The event was supported by the National Research Foundation and co-organised with Republic Polytechnic and Ngee Ann Polytechnic.',
     [('National Research Foundation', 'supporter'), ('Republic Polytechnic', 'co_organizer'),
      ('Ngee Ann Polytechnic', 'co_organizer')]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_deal_verbs_sponsor_nouns_and_organiser_verbs_give_roles(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Grace took up the challenge of a new technology at Apex Labs Ltd.",
    "The minister committed to more reforms, the Northvale Council said.",
    "The bank opened a new branch in Accra last year, Ghana Commercial Bank said.",
])
def test_the_same_words_without_a_deal_give_no_signatory(text):
    assert all(role != "signatory" for _name, role in pairs(text))


@pytest.mark.parametrize("text", [
    "Delegations came from Sabah, Penang and Johor.",
    "Participants came from Karnataka and Bavaria, the organisers said.",
])
def test_states_and_provinces_people_came_from_are_no_organisations(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kinetik News | Aalto University\n\nThe showcase was hosted by Kinetik, Aalto University's "
     "commercialisation arm, and co-hosted by Business Finland.",
     [('Kinetik', 'host'), ('Business Finland', 'host')]),
    ("The day was organised by Brightloop, Northvale University's technology transfer company, "
     "together with the Harbour Authority.",
     [('Brightloop', 'organizer'), ('Harbour Authority', 'organizer')]),
])
def test_a_brand_host_is_not_its_newsletter_nor_the_owner_that_describes_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Beta Ltd signed a $2.3 million agreement with CSIRO's Data Science Institute, while Gamma Ltd "
     "signed with Delta Corp.",
     [('Beta Ltd', 'signatory'), ('Data Science Institute', 'signatory'), ('Gamma Ltd', 'signatory'),
      ('Delta Corp.', 'signatory')]),
    ("Omega Ltd signed a licence with KTRI's Energy Research Institute at the fair.",
     [('Omega Ltd', 'signatory'), ('Energy Research Institute', 'signatory')]),
])
def test_a_unit_owned_by_an_acronym_is_named_without_its_owner(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the receiver after "to the <kind> company", and a second object's receiver after ", and"
    ("The university licensed a coating to Brightwell Ltd, and a membrane process to the water "
     "company Aquaserv.",
     [('Brightwell Ltd', 'signatory'), ('Aquaserv', 'signatory')]),
    ("The lab licensed a gene-editing method for crops grown in dry regions to a spin-off based "
     "at the campus, and a battery coating to the chemicals maker Norvane.",
     [('Norvane', 'signatory')]),
])
def test_a_licence_verbs_second_object_has_its_own_receiver(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "when to license", "how to license": a question, not a signing
    ('"Offices face questions: when to license and when to spin off," said Ann Lee, Chief '
     'Executive of the Patent Office of Ruritania.', []),
    ("Officials of the Danish Patent Office explained how to license a patent.",
     [('Danish Patent Office', 'participant')]),
    ("Brightwell Ltd agreed to license the platform from the University of Leeds.",
     [('Brightwell Ltd', 'signatory'), ('University of Leeds', 'signatory')]),
])
def test_a_question_of_when_to_license_is_no_signing(text, expected):
    assert pairs(text) == expected
