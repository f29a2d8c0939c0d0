"""One table of held-verbs (data/reference/held_verbs.csv) for dates, places and event names: a
verb that one module's own list had is now read by all three, and the kinds keep apart the
verbs that say something else happened."""
import re

import pytest

from etl.extract.dates import find_event_date
from etl.extract.event_names import find_format
from etl.extract.held_verbs import event_cue, held_verbs
from etl.extract.places import find_place
from etl.extract.text import View


def test_a_kind_gives_the_table_verbs_of_that_kind_and_language_only():
    held_zh = re.compile(held_verbs("zh", "held"))
    assert [bool(held_zh.fullmatch(w)) for w in ("举行", "举办", "召开", "开展", "开幕")] == \
        [True, True, True, False, False]
    took = re.compile(held_verbs("en", "held", form="intransitive"))
    assert took.fullmatch("took  place") and not took.fullmatch("held")


def test_an_unknown_kind_is_an_error_not_an_empty_pattern():
    with pytest.raises(ValueError, match="no en verb of kinds"):
        held_verbs("en", "no_such_kind")


@pytest.mark.parametrize("text, city", [
    # 圆满结束 was a closing verb of the dates only; 在…圆满结束 now places the event
    ("2023年5月9日，第三届成果转化对接会在成都圆满结束。", "Chengdu"),
    # "inaugurated" was a dates cue only
    ("The Innovation Summit was inaugurated in Nairobi on 3 May 2022.", "Nairobi"),
])
def test_a_verb_of_one_list_places_the_event_everywhere(text, city):
    assert find_place(View(text)).city == city


def test_convened_online_is_an_online_event():
    assert find_format(View("The licensing course was convened online for 40 officials.")) == "online"


def test_an_end_said_of_a_fiscal_year_is_no_event_date():
    text = ("Acme Institute's licensing office formed five companies in 2019-20\n"
            "The Acme Institute's licensing office came through a hard year during 2019-20 by "
            "forming five new companies.\n"
            "That compares with 7 in the 2018-19 fiscal year. The office licenses technology.\n\n"
            "During the 2019-20 fiscal year, which ended June 30, the office filed 40 patents.\n")
    assert find_event_date(View(text)).month_day is None
    assert not re.search(event_cue(), "the fiscal year, which ended June 30", re.I)


def test_launching_a_thing_somewhere_does_not_place_the_event():
    text = ("At the webinar our partners and we officially launched the Centre for Technology "
            "Transfer in Africa.")
    assert find_place(View(text)).city is None and find_place(View(text)).venue is None
    assert find_place(View("The Biotech Fair was launched in Leipzig on 2 May 2023.")).city == "Leipzig"


@pytest.mark.parametrize("text, city", [
    # 合办: two hosts held it together there
    ("两地机构于十月八日在广州合办技术转移论坛，签署九份协议。", "Guangzhou"),
    ("本局與市政府於五月二十日在台中合辦技術博覽會。", "Taichung"),
])
def test_held_together_places_the_event(text, city):
    assert find_place(View(text)).city == city


@pytest.mark.parametrize("text, city", [
    # 落下帷幕: the curtain came down on it there (it closed there)
    ("9月3日，第五届新材料创业大赛决赛在宁波高新区落下帷幕。", "Ningbo"),
    ("2026年5月9日，科技成果转化大会在合肥滨湖国际会展中心落下帷幕。", "Hefei"),
])
def test_the_curtain_coming_down_somewhere_places_the_event(text, city):
    assert find_place(View(text)).city == city
