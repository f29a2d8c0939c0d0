"""People counted by the place they came from (海南本地的学员128名, 香港嘉宾逾百人, 来自A、B的学员
分别为41名和19名): each place is a reported row with its count. Snippets written for the test,
Simplified and Traditional."""
import pytest

from etl.extract.participants import find_participant_mix
from etl.extract.text import View


def counted(text: str) -> list[tuple[str, str, str, int | None]]:
    return sorted((r.dimension, r.category, r.basis, r.count)
                  for r in find_participant_mix(View(text)) if r.dimension != "institution_type")


@pytest.mark.parametrize("text, expected", [
    ("培训班共有学员100名，其中江西本地学员60名，来自湖南、湖北的学员分别为25名和15名。",
     [("province", "CN-HB", "reported", 15), ("province", "CN-HN", "reported", 25),
      ("province", "CN-JX", "reported", 60)]),
    ("來自三地約300名嘉賓出席，其中香港嘉賓約120人、澳門嘉賓約40人。",
     [("country", "HKG", "reported", 120), ("country", "MAC", "reported", 40)]),
    ("对接会吸引嘉宾200人参加，其中澳门嘉宾逾百人。",
     [("country", "MAC", "reported", 100)]),
])
def test_people_counted_by_the_place_they_came_from(text, expected):
    assert counted(text) == sorted(expected)


def test_a_university_named_after_a_city_is_no_place_count():
    assert counted("对接会吸引嘉宾200人参加，其中北京大学的代表30名。") == []


@pytest.mark.parametrize("text, expected", [
    ("學研端則有12所大學及4家法人研究機構提供技術。",
     [("institution_type", "research_institute", 4), ("institution_type", "university", 12)]),
    ("本次活动中，8所高校和20家企业提供了成果。",
     [("institution_type", "enterprise", 20), ("institution_type", "university", 8)]),
])
def test_bodies_counted_as_supplying_the_results_shown_take_part(text, expected):
    assert sorted((r.dimension, r.category, r.count) for r in find_participant_mix(View(text))) \
        == sorted(expected)


@pytest.mark.parametrize("text", [
    "活动吸引200人参加。（圖說：成功大學與五家企業代表於簽約儀式後合影。圖／成功大學提供）",
    "活动吸引200人参加。\n图说：南昌大学与四家企业代表出席签约仪式后合影",
    "Photo: Representatives of 12 companies attended the signing.",
])
def test_a_photo_caption_counts_no_participants(text):
    assert find_participant_mix(View(text)) == []


def test_the_same_count_outside_a_caption_is_read():
    assert [(r.category, r.count) for r in find_participant_mix(View("五家企业代表出席签约仪式。"))] \
        == [("enterprise", 5)]
