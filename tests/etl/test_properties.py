"""Property-based tests: every extractor takes any text without raising, and every record it
returns obeys SPEC's types and vocabularies.

Inputs come from tests/etl/strategies.py (arbitrary unicode, article-like text, money and date
strings with impossible numbers, mixed-script text); the records are held to SPEC by
tests/etl/spec_checks.py. `make test` runs the "default" hypothesis profile; `make fuzz`
reruns these with >= 10,000 examples each.

No extractor swallows its own exceptions (the pipeline quarantines a document whose extraction
raises), so any exception fails here. The recognisers' cores (organisation names, people,
participant mix) are also held to what every finding owes the text it came from: offsets
inside the text, names and evidence in the article's own characters (never the normalised
view's), and the same output for the same text.
"""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from etl import schema
from etl.extract import (
    amounts,
    attendance,
    dates,
    events,
    org_reference,
    organizations,
    participants,
    people,
    places,
)
from etl.extract.orgnames import find_org_spans
from etl.extract.text import View
from tests.etl.spec_checks import (
    check_amount,
    check_attendance,
    check_date,
    check_event,
    check_evidence,
    check_mix,
    check_org,
    check_person,
    check_place,
)
from tests.etl.strategies import (
    ANY_TEXT,
    EDGE_STRINGS,
    MIXED_TEXT,
    TITLES,
    WORDS,
    date_strings,
    money_strings,
)

pytestmark = pytest.mark.fuzz


@given(ANY_TEXT, st.integers(min_value=-5, max_value=4000))
@example("", 0)
def test_sentence_helpers_never_raise_and_clip_evidence(text, pos):
    from etl.extract.text import sentence_at, sentences

    assert all(isinstance(s, str) and s for s in sentences(text))
    pos = min(max(pos, 0), len(text))
    check_evidence(sentence_at(text, pos, min(pos + 3, len(text))))


@given(st.one_of(ANY_TEXT, money_strings()))
@example("")
@example("\x00")
@example("1e400 USD")
@example("9" * 400 + " billion dollars")
def test_find_amounts_never_raises_and_rows_obey_spec(text):
    out = amounts.find_amounts(text)
    assert isinstance(out, list)
    for a in out:
        check_amount(a)


@pytest.mark.parametrize("text", EDGE_STRINGS)
def test_every_extractor_takes_the_known_edge_strings(text):
    for check in _EDGE_CHECKS:
        check(text)


@given(ANY_TEXT)
def test_find_attendance_never_raises_and_count_is_a_plausible_int(text):
    for f in attendance.find_attendances(text):
        check_attendance(f)
    check_attendance(attendance.find_attendance(text))


@given(st.one_of(ANY_TEXT, date_strings()), TITLES, TITLES)
@example("2021年2月30日举办", "", "")
@example("Feb 29, 2023", "", "")
@example("on March 3", "2099 Forum", "")
def test_find_event_date_never_raises_and_dates_are_real(text, title, event_name):
    check_date(dates.find_event_date(text, title=title, event_name=event_name))


# org_home is the ETL's own look-up of an institution's home (or none), as find_place is called
@given(ANY_TEXT, TITLES, st.sampled_from([None, org_reference.org_home]))
def test_find_place_never_raises_and_codes_are_iso(text, title, org_home):
    check_place(places.find_place(text, title=title, org_home=org_home))


@given(ANY_TEXT)
def test_find_participant_mix_never_raises_and_rows_obey_vocabularies(text):
    out = participants.find_participant_mix(text)
    assert isinstance(out, list)
    for m in out:
        check_mix(m)


@given(ANY_TEXT)
def test_find_organizations_never_raises_and_roles_are_in_vocabulary(text):
    out = organizations.find_organizations(text)
    assert isinstance(out, list)
    for o in out:
        check_org(o)


@given(st.one_of(st.text(max_size=200), st.sampled_from(WORDS)))
def test_classify_and_lookup_org_take_any_name(name):
    assert org_reference.classify_org(name) in schema.ORG_TYPES
    org_reference.lookup_org(name)


@given(ANY_TEXT)
def test_find_people_never_raises_and_roles_are_in_vocabulary(text):
    out = people.find_people(text)
    assert isinstance(out, list)
    for p in out:
        check_person(p)


def _in_own_characters(value: str | None, text: str) -> bool:
    """`value` is made of pieces of `text` as written there, in its order: whitespace aside
    (evidence folds it) and asides cut out ("臺北（內湖）科技園區" → 臺北科技園區). A value read
    from the normalised view instead (Simplified for Traditional, ASCII for full-width) is not."""
    if value is None:
        return True
    rest = iter(text)
    return all(c in rest for c in "".join(value.split()))


@given(MIXED_TEXT)
@example("由國立臺灣大學主辦，ＭＩＴ協辦。")
def test_organisation_names_lie_in_the_text_as_it_writes_them(text):
    spans = find_org_spans(View(text))
    for s in spans:
        assert 0 <= s.start < s.end <= len(text), s
        assert s.name == text[s.start:s.end], s
    assert find_org_spans(View(text)) == spans
    mentions = organizations.find_organizations(View(text))
    for o in mentions:
        assert 0 <= o.start < len(text), o
        assert o.name in text, o
        assert _in_own_characters(o.evidence, text), o
    assert organizations.find_organizations(View(text)) == mentions


@given(MIXED_TEXT)
@example("臺北（內湖）科技園區管理局局長王大明出席了活動。")
@example("Ｐｒｏｆ. Ｌｉ Ｍｉｎｇ, President of Tsinghua University, spoke.")
def test_people_are_named_as_the_text_writes_them(text):
    found = people.find_people(View(text))
    for p in found:
        assert p.name and p.name in text, p
        assert _in_own_characters(p.title, text), p
        assert _in_own_characters(p.affiliation, text), p
        assert _in_own_characters(p.evidence, text), p
    assert people.find_people(View(text)) == found


@given(MIXED_TEXT)
@example("來自高校、科研院所和企業的代表共200人參加。")
def test_participant_mix_rows_point_into_the_text_and_quote_it(text):
    rows = participants.find_participant_mix(View(text))
    for m in rows:
        assert 0 <= m.start <= m.end <= len(text), m
        assert _in_own_characters(m.evidence, text), m
    assert participants.find_participant_mix(View(text)) == rows


_LANGS = st.sampled_from(["en", "zh", "mixed", "other", ""])


@given(st.lists(st.tuples(_LANGS, ANY_TEXT), max_size=3), TITLES)
@example([("zh", "亿" * 300), ("en", "$" * 300)], "")
@example([], "")
def test_extract_events_never_raises_and_every_nested_record_obeys_spec(sections, title):
    found = events.extract_events(sections, title)
    for e in found.events:
        check_event(e)
    for a in found.amounts:
        check_amount(a)


# Each extractor's entry point with the checks of what it returns (the edge-string test).
_EDGE_CHECKS = [
    lambda t: [check_amount(a) for a in amounts.find_amounts(t)],
    lambda t: check_attendance(attendance.find_attendance(t)),
    lambda t: check_date(dates.find_event_date(t, title=t[:50], event_name="")),
    lambda t: check_place(places.find_place(t, title=t[:50], org_home=None)),
    lambda t: [check_mix(m) for m in participants.find_participant_mix(t)],
    lambda t: [check_org(o) for o in organizations.find_organizations(t)],
    lambda t: [check_person(p) for p in people.find_people(t)],
]
