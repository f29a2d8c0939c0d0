"""etl.places.mentions: every place a text names, with offsets."""
import pytest

from etl.extract.text import View
from etl.places.mentions import PlaceMention, find_places


def test_mentions_carry_offsets_and_the_article_surface():
    text = View("論壇在臺北舉行，會後赴高雄參訪。")
    found = find_places(text)
    assert [m.surface for m in found] == ["臺北", "高雄"]
    assert all(isinstance(m, PlaceMention) and text.original[m.start:m.end] == m.surface
               for m in found)


def test_one_normalised_text_written_two_ways_keeps_each_writings_surface():
    # "來自臺北的代表" and "来自台北的代表" read the same once normalised; a short text's
    # answer is remembered, but under what the article wrote, not only what it reads as
    traditional, simplified = View("來自臺北的代表"), "来自台北的代表"
    assert traditional == simplified
    for _ in range(2):
        assert [m.surface for m in find_places(traditional)] == ["臺北"]
        assert [m.surface for m in find_places(simplified)] == ["台北"]
        assert [m.surface for m in find_places(View(simplified))] == ["台北"]


def test_a_remembered_answer_is_a_fresh_list_each_time():
    first = find_places("delegates from Kenya and Ghana")
    first.clear()
    assert [m.place.country_code for m in find_places("delegates from Kenya and Ghana")] == \
        ["KEN", "GHA"]


@pytest.mark.parametrize("text, city", [
    ("会议在江津区举行", "Chongqing"),   # a district of a province-level city is that city
    ("本届博览会落户义乌市", "Yiwu"),
])
def test_a_chinese_name_with_its_administrative_suffix_is_a_place(text, city):
    assert [m.place.city for m in find_places(text)] == [city]


@pytest.mark.parametrize("text, found", [
    ("The fair was held in Ahmadabad, India.", ["Ahmedabad", None]),
    ("Ahmadabad textiles grew fast.", []),
])
def test_a_spelling_variant_needs_a_place_context(text, found):
    assert [m.place.city for m in find_places(text)] == found


@pytest.mark.parametrize("text, found", [
    ("The fair was held in NYC last May.", ["New York City"]),
    ("The roadshow stopped in HCMC, Vietnam.", ["Ho Chi Minh City", None]),
    ("NYC officials spoke first.", []),
])
def test_a_citys_initials_are_read_in_a_place_context(text, found):
    assert [m.place.city for m in find_places(text)] == found


@pytest.mark.parametrize("text, surface, place", [
    ("研討會於彰化縣員林市舉行", "彰化縣員林市", ("Yuanlin", "TW-CHA", "TWN")),
    ("說明會在苗栗縣頭份市登場", "苗栗縣頭份市", ("Toufen", "TW-MIA", "TWN")),
    ("由苗栗縣政府主辦", "苗栗縣", (None, "TW-MIA", "TWN")),   # no town after the county
])
def test_a_town_named_after_its_county_is_the_city_in_that_county(text, surface, place):
    found = find_places(View(text))
    assert [(m.surface, (m.place.city, m.place.province_code, m.place.country_code))
            for m in found] == [(surface, place)]


@pytest.mark.parametrize("text, city", [
    ("BRIDGETOWN, Mar 3 – The workshop ended.", "Bridgetown"),
    ("Goroka, Eastern Highlands Province, hosted the show.", "Goroka"),
])
def test_a_small_town_is_read_in_a_capitals_dateline_or_before_its_own_province(text, city):
    assert [m.place.city for m in find_places(text)][:1] == [city]


def test_a_small_town_without_context_is_not_read():
    assert [m.place.city for m in find_places("Goroka is a word the team liked.")] == []


@pytest.mark.parametrize("text, province", [
    # a US postal address places a city whose larger namesake lies elsewhere
    ("Santa Clara, CA 95054", "US-CA"),
    ("Springfield, IL 62701-1234", "US-IL"),
])
def test_a_us_postal_address_places_the_city_in_its_state(text, province):
    assert find_places(text)[0].place.province_code == province


def test_a_state_code_without_a_zip_code_changes_nothing():
    assert find_places("Santa Clara, CA on May 3")[0].place.country_code == "CUB"
