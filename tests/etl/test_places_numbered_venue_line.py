"""A venue label line after an item number ("二、地點：…", "（二）会议地点：…", "3. Venue: …") is
read as a venue line: its city and province come from the place at its start."""
import pytest

from etl.extract.places import find_place
from etl.extract.text import View


@pytest.mark.parametrize("text, city, province", [
    ("一、時間：115年3月2日\n二、地點：臺中市西屯區某某大樓3樓會議室\n三、主席：某某", "Taichung", "TW-TXG"),
    ("（二）会议地点：杭州市西湖区文三路90号\n（三）参会人员：各单位代表", "Hangzhou", "CN-ZJ"),
])
def test_a_numbered_venue_line_gives_the_city(text, city, province):
    p = find_place(View(text))
    assert (p.city, p.province_code) == (city, province)


def test_a_numbered_venue_line_in_english_gives_the_venue_and_city():
    p = find_place(View("1. Date: 4 May 2027\n2. Venue: Harbour Lab, Gdańsk\n3. Fee: none"))
    assert (p.venue, p.city) == ("Harbour Lab", "Gdańsk")
