"""English organisation shapes of the seventh blind round, on snippets written for the test (none
copied from ../shared or the round sets): literal sentences in, literal (name, role) pairs out.

Bodies named 'alongside' the exhibitors or said to be exhibiting, sponsors in a predicate
('came on board as', 'stepped in as', 'backing it as', 'supporting the corner'), thanks for
funding, a first-person host naming its partners, and a name that stops before 'for' and a
figure.
"""
from __future__ import annotations

import pytest

from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_organizations(View(text))]


CASES = [
    ('The Coastal Research Institute put 90 technologies on the table, alongside Riverbend University and the Hill Institute.',
     [('Riverbend University', 'participant'), ('Hill Institute', 'participant')]),
    ('Alongside Riverbend University and the Hill Institute, four start-ups showed prototypes.',
     [('Riverbend University', 'participant'), ('Hill Institute', 'participant')]),
    ('You will see prototypes from our partner universities, Marsh University and Delta University, who are exhibiting with us this year.',
     [('Marsh University', 'participant'), ('Delta University', 'participant')]),
    ('The fair was run by Lakeside Park, while Harbor Bank came on board as title partner.',
     [('Lakeside Park', 'organizer'), ('Harbor Bank', 'supporter')]),
    ('Harbor Bank stepped in as headline sponsor, and the stalls were busy all day.',
     [('Harbor Bank', 'supporter')]),
    ('The expo was organised by Lakeside Park, with the Ministry of Coastal Affairs backing it as the main sponsor.',
     [('Lakeside Park', 'organizer'), ('Ministry of Coastal Affairs', 'supporter')]),
    ('The day was run by Lakeside Park, with the Northern Growth Agency supporting the investor lounge.',
     [('Lakeside Park', 'organizer'), ('Northern Growth Agency', 'supporter')]),
    ('The governor thanked the Western Development Agency for funding the matchmaking programme.',
     [('Western Development Agency', 'supporter')]),
    ('I also thank the Hill Innovation Authority, HIA, for supporting this showcase.',
     [('Hill Innovation Authority', 'supporter')]),
    ('This year we are holding it together with the National Agency for Patents, and I want to thank them.',
     [('National Agency for Patents', 'host')]),
    ('We organised this edition together with the Northern Growth Agency, and the room was full.',
     [('Northern Growth Agency', 'host')]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round7_english_role_shapes(text, expected):
    assert pairs(text) == expected


def test_a_licensee_s_name_stops_before_for_and_a_figure():
    found = pairs("The institute licensed a sensor platform to the Busan-based device firm "
                  "Medora for 2.1 billion won.")
    assert ("Medora", "signatory") in found and not any("for" in n for n, _ in found)


def test_the_first_person_pronoun_is_never_a_listed_host():
    found = pairs("This year we are holding it together with the National Agency for Patents, "
                  "and I want to thank them.")
    assert "I" not in [n for n, _ in found]


def test_alongside_a_place_or_an_activity_gives_no_organisation():
    assert pairs("Alongside Friday's pitching sessions, a small exhibition opened in Marseille.") == []


DEALS = [
    ('Ege University signed a license worth ₺40 million with home appliance maker Vestra.',
     [('Ege University', 'signatory'), ('Vestra', 'signatory')]),
    ('Ege University signed a licence with coatings maker Polyglaze.',
     [('Ege University', 'signatory'), ('Polyglaze', 'signatory')]),
    ('The largest deal saw the Marine Institute hand its sonar know-how to Harbor Dynamics.',
     [('Marine Institute', 'signatory'), ('Harbor Dynamics', 'signatory')]),
    ('They include a SAR 9 million license to Desert Greens, a start-up born on this campus, for greenhouses.',
     [('Desert Greens', 'signatory')]),
    ('Kč 2 million of that is the first milestone payment from Novapharm for a new compound.',
     [('Novapharm', 'signatory')]),
    ('Second, the Campus Venture Fund will commit SAR 10 million to startups that pitch at the showcase.',
     [('Campus Venture Fund', 'signatory')]),
]


@pytest.mark.parametrize("text, expected", DEALS)
def test_round7_english_deal_clauses(text, expected):
    assert pairs(text) == expected


def test_a_signing_with_unnamed_counterparts_takes_no_place_as_a_party():
    assert pairs("The Leather Institute signed three licences with tanneries from Ambur and "
                 "Vellore.") == [('Leather Institute', 'signatory')]


@pytest.mark.parametrize("text, name", [
    ("They include a SAR 9 million license to Desert Greens, a start-up born on this campus, for "
     "greenhouses.", "Desert Greens"),
    ("The prize went to Loop Labs, a spin-off set up by two students in 2024.", "Loop Labs"),
])
def test_a_start_up_described_by_its_birth_after_its_name_is_a_company(text, name):
    assert [(m.name, m.org_type) for m in find_organizations(View(text))] == [(name, "enterprise")]
