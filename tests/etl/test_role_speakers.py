"""Organisations whose people speak at the event: the title and honorific words are the name
recogniser's (org_name_words.csv, kinds title and honorific)."""
from etl.extract.orgnames import find_org_spans
from etl.extract.role_speakers import en_speakers
from etl.extract.text import View


def _speakers(text: str) -> list[str]:
    view = View(text)
    return [s.name for s in en_speakers(view, find_org_spans(view))]


def test_any_honorific_of_the_table_may_stand_between_title_and_name():
    # Mrs was an honorific of people.py only; the speaker pattern knew Dr, Prof, Mr and Ms
    assert _speakers("At the forum, the Danish Patent Office Director Mrs. Ana Silva gave a "
                     "briefing on licensing.") == ["Danish Patent Office"]
    assert _speakers("At the forum, the Danish Patent Office Director Ana Silva gave a "
                     "briefing on licensing.") == ["Danish Patent Office"]


def test_a_title_without_a_speaking_verb_gives_no_speaker():
    assert _speakers("At the forum, the Danish Patent Office Director Mrs. Ana Silva was "
                     "thanked.") == []
