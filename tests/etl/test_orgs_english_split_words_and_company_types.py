"""English organisation shapes of the ninth blind round, on snippets written for the test (none
copied from ../shared or the round sets): literal sentences in, literal rows out.

A single word a list splits out of a recognised name is no organisation; a company named by a
legal form (AS, JSC, Oyj), by a Latin legal head (Grupo, Banco) or by its trade after its brand
(X Semiconductor, X Therapeutics) is an enterprise.
"""
from __future__ import annotations

import pytest

from etl.extract.org_reference import classify_org
from etl.extract.organizations import find_organizations
from etl.extract.text import View


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_organizations(View(text))]


@pytest.mark.parametrize("text, expected", [
    ("The prize was funded with the support of Colciencias, the national Ministry of Science, "
     "Technology and Innovation.", [("Colciencias", "supporter")]),
    ("The biggest deal saw the Hanoi University of Mining and Technology, a member school of "
     "the Hanoi Education Group, hand a drilling method to Lotus Drilling Company for a fee.",
     [("Hanoi University of Mining and Technology", "signatory"),
      ("Lotus Drilling Company", "signatory")]),
])
def test_a_word_split_out_of_a_recognised_name_is_no_organisation(text, expected):
    found = pairs(text)
    assert all(name not in ("Technology", "Innovation") for name, _ in found)
    assert [p for p in expected if p in found] == expected


@pytest.mark.parametrize("name, org_type", [
    ("Fjordlys Technology Transfer AS", "enterprise"),
    ("Song Han Water Supply JSC", "enterprise"),
    ("Lakeland Oyj", "enterprise"),
    ("Grupo Andino", "enterprise"),
    ("Banco del Valle", "enterprise"),
    ("Aurora Semiconductor", "enterprise"),
    ("Kestrel Therapeutics", "enterprise"),
    ("Vinh Long Steel", "enterprise"),
    # a public head keeps its own type
    ("Northern Maritime Authority", "government"),
    ("Institute of Marine Steel", "research_institute"),
])
def test_a_company_named_by_its_legal_form_head_or_trade_is_an_enterprise(name, org_type):
    assert classify_org(name) == org_type


@pytest.mark.parametrize("text, expected", [
    ("Organised by: Tromsdal Chamber of Commerce; University of Tromsdal (Research Office)\n"
     "Co-organisers: Fjord Research Centre; Tromsdal University College (TUC)",
     [("Tromsdal Chamber of Commerce", "organizer"), ("University of Tromsdal", "organizer"),
      ("Fjord Research Centre", "co_organizer"), ("Tromsdal University College", "co_organizer")]),
    # in prose a semicolon ends the list
    ("The fair was hosted by Tromsdal Chamber of Commerce; University of Tromsdal staff gave "
     "talks.", [("Tromsdal Chamber of Commerce", "host")]),
])
def test_a_label_lines_items_are_set_apart_by_semicolons(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lam Son University licensed a sorting tool to the Hue unit of Orchid Software.",
     [("Lam Son University", "signatory"), ("Orchid Software", "signatory")]),
    ("The fair was sponsored by the Oslo branch of Nordbank.", [("Nordbank", "supporter")]),
    # a capitalised Office is a name of its own, not a unit descriptor
    ("The fair was hosted by the Patent Office of Norland.", [("Patent Office of Norland", "host")]),
])
def test_a_unit_named_by_its_place_stands_for_its_body(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nordbank's Hanoi branch sponsored the matchmaking lounge.", [("Nordbank", "supporter")]),
    ("The fair drew 500 people. Fjord Savings Bank's Bergen office sponsored the awards dinner.",
     [("Fjord Savings Bank", "supporter")]),
])
def test_a_branch_opening_the_sentence_stands_for_its_body(text, expected):
    assert pairs(text) == expected


def test_a_semicolon_before_the_next_label_ends_the_labels_list():
    assert pairs("Organisers: Tromsdal Chamber of Commerce; Co-organiser: Fjord Research Centre") \
        == [("Tromsdal Chamber of Commerce", "organizer"), ("Fjord Research Centre", "co_organizer")]
