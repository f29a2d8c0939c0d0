"""Event dates: the event's own day/month/year, and where the year came from."""
from datetime import date

import pytest

from etl.extract.dates import find_event_date
from etl.extract.text import View
from etl.ingest import clean_text


@pytest.mark.parametrize("text, start, end", [
    ("The expo was held on March 14, 2018 in Nairobi.", date(2018, 3, 14), None),
    ("The symposium opened on 12 October 2022 in Lyon.", date(2022, 10, 12), None),
    ("It took place on 5th July 2016 at the campus.", date(2016, 7, 5), None),
    ("The roadshow took place on 2019-11-08.", date(2019, 11, 8), None),
    ("交流会于2018/9/20在昆明举行。", date(2018, 9, 20), None),
    ("2022年8月16日，技术转移大会在成都召开。", date(2022, 8, 16), None),
    ("２０２１年１１月３日，论坛开幕。", date(2021, 11, 3), None),
    ("The fair took place October 10-12, 2018 in Hanover.", date(2018, 10, 10), date(2018, 10, 12)),
    ("From May 7 to 9, 2021, the workshop was held online.", date(2021, 5, 7), date(2021, 5, 9)),
    ("2017年11月15日-17日，交易会在广州举办。", date(2017, 11, 15), date(2017, 11, 17)),
    ("2020年9月8日至10日，博览会在厦门举行。", date(2020, 9, 8), date(2020, 9, 10)),
])
def test_full_dates_in_an_event_sentence_are_taken_with_year_source_text(text, start, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date) == (start, end)
    if start:
        assert (found.year, found.precision, found.year_source) == (start.year, "day", "text")


@pytest.mark.parametrize("text, month_day", [
    ("On the afternoon of October 9th, the seminar was held in the city.", "10-09"),
    ("The training was held on 3 September.", "09-03"),
    ("The fair kicked off Sept. 21 with 300 booths.", "09-21"),
    ("From April 14 to 15, the conference was successfully held.", "04-14"),
    ("6月18日，对接会在青岛举办。", "06-18"),
    ("9月15-19日，交易会在长沙举办。", "09-15"),
    ("9月15日至19日，交易会在长沙举办。", "09-15"),
])
def test_day_and_month_without_a_year_keep_year_none(text, month_day):
    found = find_event_date(text)
    assert (found.month_day, found.year, found.start_date, found.year_source) == (
        month_day, None, None, None)


@pytest.mark.parametrize("text", [
    "The forum was held last Friday.",
    "The workshop took place yesterday afternoon.",
    "The meeting opened on Monday in Accra.",
    "",
])
def test_relative_days_give_nothing(text):
    found = find_event_date(text)
    assert (found.start_date, found.year, found.month_day) == (None, None, None)


@pytest.mark.parametrize("text", [
    # an earlier meeting
    "In October 2018, at the National Innovation Conference held by the ministry, "
    "the network gave a talk.",
    # a report's title
    "The Blue Book on Technology Transfer 2021 was released. The training was held on May 9.",
    "《2022年度科技成果转化报告》发布。5月9日，培训班在西安开班。",
    # statistics and founding years
    "In 2021, universities signed 3,000 contracts. The training opened on May 9.",
    "The centre, founded in 1998, held the training on May 9.",
    # ordinal counts
    "The 19th session of the seminar was held on May 9.",
])
def test_years_that_belong_to_something_else_are_never_the_event_year(text):
    assert find_event_date(text).year is None


@pytest.mark.parametrize("text, start, source", [
    ("[12 June 2019, Shanghai] Today, the technology fair was successfully held.",
     date(2019, 6, 12), "dateline"),
    ("【2022年7月6日 杭州】今天，技术转移大会成功举办。", date(2022, 7, 6), "dateline"),
    ("[12 June 2019, Shanghai] Yesterday the technology fair was held at the expo centre.",
     date(2019, 6, 11), "dateline"),
    ("Published: 2018-04-20\nThe roadshow was held on April 18 in Bristol.",
     date(2018, 4, 18), "dateline"),
    ("发布时间：2021-06-01\n5月28日，论坛在深圳举办。", date(2021, 5, 28), "dateline"),
    ("NAIROBI, March 3, 2020 -- The innovation week opened on March 2 with 40 exhibitors.",
     date(2020, 3, 2), "dateline"),
])
def test_dateline_gives_the_day_or_the_missing_year(text, start, source):
    found = find_event_date(text)
    assert (found.start_date, found.year_source) == (start, source)


def test_past_event_after_the_dateline_day_belongs_to_the_previous_year():
    text = "Posted on: 2020-01-08\nThe fair was held on December 28 in Dubai."
    assert find_event_date(text).start_date == date(2019, 12, 28)


def test_dateline_without_any_event_day_gives_only_its_year():
    found = find_event_date("Date: 2016-05-02\nThe fair showcased 300 innovations.")
    assert (found.start_date, found.year, found.precision, found.year_source) == (
        None, 2016, "year", "dateline")


@pytest.mark.parametrize("text, title, event_name, year", [
    ("The summit was held at the exhibition centre.", "", "Global Innovation Summit 2019", 2019),
    ("交易会在长沙举行。", "", "2011中国(长沙)科技成果转化交易会", 2011),
    ("The forum was held on the campus.", "University hosts 2018 Tech Transfer Forum", "", 2018),
    ("Serving startups, the first Innovation Managers Summit 2021 was successfully held.",
     "", "", 2021),
    ("The forum was held on the campus.", "Blue Book 2020 released at forum", "", 2020),
])
def test_a_year_in_the_event_name_or_headline_has_year_source_title(text, title, event_name,
                                                                       year):
    found = find_event_date(text, title=title, event_name=event_name)
    assert (found.year, found.precision, found.year_source) == (year, "year", "title")


def test_title_year_completes_a_day_and_month_from_the_body():
    found = find_event_date("On 14 May, the workshop was held in Dakar.",
                            title="Dakar Innovation Workshop 2022")
    assert (found.start_date, found.year_source) == (date(2022, 5, 14), "title")


@pytest.mark.parametrize("title", ["《中国科技成果转化年度报告2022》发布会举行",
                                   "Report 2020 on technology transfer released",
                                   "Plan for 2021-2025 unveiled at the forum"])
def test_report_titles_and_plan_periods_in_the_headline_give_no_year(title):
    assert find_event_date("The forum was held on May 5.", title=title).year is None


def test_the_event_sentence_wins_over_an_earlier_mention_of_another_date():
    text = ("The ministry issued new rules on January 3, 2019. "
            "Experts reviewed them. Later, the review forum was held on March 8, 2019.")
    assert find_event_date(text).start_date == date(2019, 3, 8)


def test_evidence_is_the_sentence_that_gave_the_date():
    text = "News in brief.\nOn June 2, 2021, the technology fair was held in Nanjing."
    assert find_event_date(text).evidence == "On June 2, 2021, the technology fair was held in Nanjing."


@pytest.mark.parametrize("text, year, precision", [
    ("\x00" * 50, None, "unknown"), ("May " * 5000, None, "unknown"),
    ("2023年" * 3000, 2023, "year"), ("99/99/9999", None, "unknown")])
def test_odd_input_gives_at_most_a_year(text, year, precision):
    found = find_event_date(text, title=text[:100], event_name=text[:50])
    assert (found.start_date, found.year, found.precision) == (None, year, precision)


@pytest.mark.parametrize("title, text, start, source", [
    # wire dateline without a year; the year from the event's name; the weekday names the day
    ("Kazan forum", "KAZAN, Sept. 14 (Xinhua) -- The 2022 Russia-China Innovation Forum opened "
     "on Wednesday in Kazan.", date(2022, 9, 14), "title"),
    # "on Tuesday" before a Wednesday dateline: the day before
    ("Expo", "NANNING, Sept. 14 (Xinhua) -- The 2022 China-ASEAN Technology Expo opened on "
     "Tuesday in Nanning.", date(2022, 9, 13), "title"),
])
def test_wire_dateline_weekday_with_a_year_in_the_name(title, text, start, source):
    name = text.split("-- The ", 1)[1].split(" opened", 1)[0]
    found = find_event_date(text, title=title, event_name=name)
    assert (found.start_date, found.year_source) == (start, source)


def test_wire_dateline_without_any_year_keeps_year_none():
    found = find_event_date("KAZAN, Sept. 14 (Xinhua) -- The innovation forum opened on "
                            "Wednesday in Kazan.")
    assert (found.year, found.start_date) == (None, None)


@pytest.mark.parametrize("text, start", [
    # "City, date" line: a dateline, so the body's dated sentence wins over it
    ("Lyon, 20 May 2021\n\nFrom 17 to 18 May 2021, the institute welcomed 200 guests to its "
     "transfer days.", date(2021, 5, 17)),
    # a pipe-separated press-release line with "Today" in the lede
    ("Press release | Brussels, 7 March 2024\n\nValorisation forum\n\nToday, the Commission "
     "opened the forum in Brussels.", date(2024, 3, 7)),
    # an inline "Updated:" stamp is the publication date, not the event's
    ("By A REPORTER | China Daily | Updated: 2023-11-10 08:12\n\nDeals were signed at the fair, "
     "which ran from Nov 8 to 9 in Hangzhou.", date(2023, 11, 8)),
])
def test_city_date_lines_and_inline_stamps_are_datelines(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, start", [
    # AP-style dateline with a state abbreviation: the event's own date wins
    ("CAMBRIDGE, Mass. -- April 12, 2024 -- The office held its annual showcase on April 11, "
     "2024 at the lab.", date(2024, 4, 11)),
    # a dated dateline and "on Monday" in the lede: the last Monday up to the dateline
    ("Accra, Ghana — 17 November 2022\n\nThe university on Monday signed a memorandum with a "
     "brewer.", date(2022, 11, 14)),
])
def test_state_abbreviations_and_weekdays_with_dated_datelines(text, start):
    assert find_event_date(text).start_date == start


def test_wire_weekday_without_on_after_the_verb():
    text = ("BUSAN, Nov. 2 (Yonhap) -- The 2022 Busan Tech Fair opened Wednesday at BEXCO, the "
            "city said.")
    found = find_event_date(text, event_name="2022 Busan Tech Fair")
    assert (found.start_date, found.year_source) == (date(2022, 11, 2), "title")


@pytest.mark.parametrize("text, title, start", [
    # the headline shortens the name; the lede's full name carries the year
    ("DAEJEON, Nov. 2 (Yonhap) -- The 2022 Daejeon Technology Fair opened Wednesday at the "
     "convention center.", "Daejeon tech fair opens", date(2022, 11, 2)),
    # a later sentence about an earlier edition does not lend its year
    ("KIGALI, May 3 -- The innovation summit opened Tuesday. The 2019 Summit was held in Accra.",
     "Innovation summit opens", None),
])
def test_year_from_the_full_name_in_the_first_held_sentence(text, title, start):
    found = find_event_date(text, title=title, event_name=title)
    assert found.start_date == start
    if start is None:
        assert found.year is None


# Issue 10: datelines give the year; relative days only under a dated line; more date forms

@pytest.mark.parametrize("text, start, year", [
    ("2021-03-04 10:22:31\n昨天，技术转移论坛在杭州举行。", date(2021, 3, 3), 2021),
    ("2019年11月05日 星期二 来源：某某网\n论坛今日在南京开幕。", date(2019, 11, 5), 2019),
    ("2018-06-02 | By Jane Doe\nThe expo ended its run with 200 deals.", None, 2018),
    ("2017年09月19日 某某日报讯\n第二届博览会于18日举办签约仪式。", None, 2017),
])
def test_a_header_line_gives_the_year_and_a_day_only_with_a_relative_day(text, start, year):
    found = find_event_date(text)
    assert (found.start_date, found.year, found.year_source) == (start, year, "dateline")


@pytest.mark.parametrize("text, start", [
    ("新华社杭州5月8日电 2022浙江技术市场交易会7日在杭州拉开帷幕。", date(2022, 5, 7)),
    ("中新网武汉3月2日电 第十届光谷技术转移大会1日上午开幕。", date(2024, 3, 1)),
])
def test_a_day_under_a_wire_dateline_takes_its_month(text, start):
    found = find_event_date(text, title="2022浙江技术市场交易会" if "2022" in text else
                            "2024光谷技术转移大会")
    assert found.start_date == start


@pytest.mark.parametrize("text, start, end", [
    ("The academy ran from 30 June to 3 July 2023 in Lisbon.", date(2023, 6, 30),
     date(2023, 7, 3)),
    ("Meetings took place 28 February – 2 March 2024.", date(2024, 2, 28), date(2024, 3, 2)),
])
def test_day_first_ranges_across_months(text, start, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, start", [
    ("Notes\n14th, March 2023\nThe clinic was held on the 14th of March 2023 online.",
     date(2023, 3, 14)),
    ("The summit was held on the 3rd of May 2021.", date(2021, 5, 3)),
    ("05.10.2022.\nThe fair opened today.", date(2022, 10, 5)),
])
def test_ordinals_commas_and_dotted_dates(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, start", [
    ("二〇一九年十月二十六日，技术转移论坛在南京开幕。", date(2019, 10, 26)),
    ("二0二一年三月五日，成果对接会在武汉举行。", date(2021, 3, 5)),
    ("民國110年5月3日，研討會在台北舉行。", date(2021, 5, 3)),
    ("研討會於109年11月2日舉行。", date(2020, 11, 2)),
])
def test_chinese_numeral_and_roc_dates(text, start):
    assert find_event_date(View(text)).start_date == start


def test_a_bare_count_of_years_is_not_a_roc_year():
    found = find_event_date(View("展覽已連續舉辦25年，今年吸引200家企業。"))
    assert found.year is None


@pytest.mark.parametrize("text, title, start", [
    ("The expo, held last October 3 to 5 in Lyon, drew 300 firms.", "Lyon Expo 2019",
     date(2019, 10, 3)),
    ("Biotech Week took place last June 12 in Basel.", "Biotech Week 2022", date(2022, 6, 12)),
])
def test_last_before_a_month_is_this_events_date(text, title, start):
    assert find_event_date(text, title=title).start_date == start


@pytest.mark.parametrize("text, start", [
    ("According to a statement released on June 9, 2021, the fair held on June 2, 2021 drew "
     "400 firms.", date(2021, 6, 2)),
    ("A report issued on March 15, 2020 said the summit, which was held on March 3, 2020, "
     "ended well.", date(2020, 3, 3)),
])
def test_a_reports_date_is_not_the_events(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, start", [
    ("2020-05-09 | Business\nThe minister said on Friday that the expo had been a success.",
     None),
    ("2020-05-09 | Business\nThe expo opened on Friday with 90 exhibitors.", date(2020, 5, 8)),
])
def test_a_weekday_counts_only_for_the_event_not_for_a_speech(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, end", [
    ("The fair wrapped up on October 12, 2018 with 90 deals.", date(2018, 10, 12)),
    ("2018年10月12日，第五届博览会圆满闭幕。", date(2018, 10, 12)),
])
def test_a_closing_date_is_the_last_day_not_the_first(text, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date, found.year) == (None, end, end.year)


def test_near_prefers_the_date_of_that_events_sentence():
    text = ("The forum was held on May 3, 2022 in Wuhan. Experts discussed licences. "
            "A signing ceremony took place on May 5, 2022.")
    assert find_event_date(text).start_date == date(2022, 5, 3)
    found = find_event_date(text, near=text.index("A signing"))
    assert (found.start_date, found.start) == (date(2022, 5, 5), text.index("May 5"))


def test_near_without_a_date_of_its_own_keeps_the_documents_year():
    text = "2022-05-09 | News\nThe forum opened. A signing ceremony followed."
    found = find_event_date(text, near=text.index("A signing"))
    assert (found.start_date, found.year) == (None, 2022)


@pytest.mark.parametrize("text, name, start, month_day", [
    # a day under a wire dateline, held (召开/举行), the year from the event's name
    ("本报成都6月5日电 2021年西部技术转移大会4日在蓉召开。", "2021年西部技术转移大会", date(2021, 6, 4), None),
    ("本报合肥6月20日电 创新成果对接会19日在合肥举行。", "创新成果对接会", None, "06-19"),
    # held what, not held: a ceremony inside the event, not the event's day
    ("本报合肥6月20日电 博览会19日举办签约仪式。", "博览会", None, None),
])
def test_a_day_held_under_a_wire_dateline_takes_its_month(text, name, start, month_day):
    found = find_event_date(View(text), title="", event_name=name)
    assert (found.start_date, found.month_day) == (start, month_day)


def test_an_accented_dateline_is_the_page_s_date_not_the_event_s():
    text = View("Bogotá, 20 June 2023 — The regional innovation week gathered 300 people at "
                "the national university from 12 to 16 June.")
    found = find_event_date(text, title="", event_name="regional innovation week")
    assert (found.start_date, found.end_date) == (date(2023, 6, 12), date(2023, 6, 16))


@pytest.mark.parametrize("text, start", [
    # a wire dateline without a year, the page's stamp at its foot
    ("ACCRA, Feb. 3 (Xinhua) -- A regional technology fair opened here today.\n\n"
     "Officials praised it.\n\nSource: Xinhua| 2022-02-03 20:11:40 | Editor: desk", date(2022, 2, 3)),
    ("LIMA, March 21 (Reuters) -- The licensing summit opened here today with 90 firms.\n\n"
     "-- REUTERS\n\n21/03/2019 06:15 PM", date(2019, 3, 21)),
    ("HANOI, April 2 (VNA) -- The innovation week opened here today.\n\n04/02/2021 10:02 AM",
     date(2021, 4, 2)),
])
def test_a_yearless_wire_dateline_takes_the_year_of_the_stamp_at_the_foot(text, start):
    found = find_event_date(text)
    assert (found.start_date, found.year_source) == (start, "dateline")


def test_a_foot_stamp_of_another_day_gives_no_year_to_the_wire_dateline():
    text = ("ACCRA, Feb. 3 (Xinhua) -- A regional technology fair opened here on Friday.\n\n"
            "Source: Xinhua| 2022-05-19 20:11:40")
    assert find_event_date(text).year is None


@pytest.mark.parametrize("text, start", [
    # a byline with the page's date after "|", and a weekday in the story
    ("Lab to market day draws investors\nBy Ana Ruiz, News Office | March 8, 2023\n\n"
     "Two hundred guests filled the atrium on Monday for the annual Lab to Market Day.",
     date(2023, 3, 6)),
    ("Campus expo\nBy Tom Hale | 2021-11-12\n\nThe campus expo opened on Wednesday.",
     date(2021, 11, 10)),
    # an account name before a date and a clock time
    ("第三期路演活动举行\n科创服务号 2022-05-20 09:15 发表于江苏\n\n5月18日下午,第三期路演活动在南京举行。",
     date(2022, 5, 18)),
    # a date and a paper's name
    ("技术交易会昨开幕\n2021-09-09 羊城晚报\n\n第三届技术交易会昨日在广州开幕。", date(2021, 9, 8)),
])
def test_byline_and_account_stamps_are_the_page_date(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, start", [
    ("Bogotá, May 4, 2022. The regional innovation fair, held on 2 and 3 May, closed with 40 deals.",
     date(2022, 5, 2)),
    ("Lyon, 12 June 2021. The licensing summit was held on 10 and 11 June.", date(2021, 6, 10)),
])
def test_a_city_date_line_that_runs_into_the_story_gives_the_year(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, start", [
    ("發布日期:111-05-20\n本會今(20)日於臺中舉辦技術媒合會,吸引百餘家廠商參加。", date(2022, 5, 20)),
    ("发布日期:2022/05/20\n研究院昨(十九)日在合肥举办技术对接会。", date(2022, 5, 19)),
    ("发布日期:2022/05/31\n研究院明(1)日将举行成果发布会。", date(2022, 6, 1)),
    ("发布日期:2022/06/02\n研究院今(31)日在合肥举办技术对接会。", date(2022, 5, 31)),
    ("署方今日(五月二十日)在會展中心舉辦創新博覽會。\n\n完\n\n2022年5月20日(星期五)", date(2022, 5, 20)),
])
def test_a_relative_day_with_its_date_in_brackets(text, start):
    assert find_event_date(View(text)).start_date == start


def test_a_bracketed_month_and_day_without_a_dateline_keep_the_year_unknown():
    found = find_event_date(View("署方今日(五月二十日)在會展中心舉辦創新博覽會。"))
    assert (found.month_day, found.year) == ("05-20", None)


@pytest.mark.parametrize("text, start", [
    ("發布日期:111-05-20\n博覽會今(20)日在臺北開幕,展期至5月22日止。", date(2022, 5, 20)),
    ("发布时间:2022-05-24\n博览会在成都开幕,展期至5月23日止。", None),
])
def test_the_last_day_of_a_fair_is_not_its_start(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start", [
    ("本校於一一二年十月五日在臺南舉辦技術授權說明會。", date(2023, 10, 5)),
    ("研究院於一百一十年三月二日舉行成果發表會。", None),     # a spelled-out number, not digits
    ("論壇於九九年六月一日在高雄舉行。", date(2010, 6, 1)),
])
def test_roc_years_in_chinese_numerals_as_full_dates(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start", [
    ("Some 90 delegates joined us at the city hall on 3 and 4 May 2022 for the workshop.",
     date(2022, 5, 3)),
    ("Over 200 participants attended the sessions on 9 October 2021 at the campus.",
     date(2021, 10, 9)),
])
def test_delegates_joining_or_attending_say_the_event_took_place(text, start):
    text = "Newsletter, spring issue.\nA note from the chair on the year ahead for members. " + text
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, end", [
    ("DAKAR, June 9, 2022 -- The two-day innovation fair, which ended at the expo centre "
     "here today, sealed 12 licensing deals.", date(2022, 6, 9)),
    ("【2021年4月2日 武汉】为期三天的技术交易会今天在武汉闭幕。", date(2021, 4, 2)),
])
def test_an_event_that_ended_today_has_the_dateline_as_its_last_day(text, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date, found.year) == (None, end, end.year)


@pytest.mark.parametrize("text, start", [
    ("新华社杭州5月8日电 展商自1日起报名,2022浙江技术市场交易会7日在杭州开幕。", date(2022, 5, 7)),
    ("新华社杭州5月8日电 展商自1日起报名，2022浙江技术市场交易会7日在杭州开幕。", date(2022, 5, 7)),
])
def test_half_width_and_full_width_commas_end_a_chinese_clause_alike(text, start):
    assert find_event_date(text, title="2022浙江技术市场交易会").start_date == start


@pytest.mark.parametrize("text, start", [
    # labels set apart by ideographic spaces on one portal line
    ("首页 > 新闻中心\n来源：市科技局　　发布时间：2023-09-12 10:05　　浏览次数：880　　【字体：大 中 小】\n"
     "9月11日，全市技术成果对接会在市会展中心举办。", date(2023, 9, 11)),
    ("來源：區政府　　發布日期：2022-11-30　　點擊：56\n29日，區科技成果推介會在會議中心舉行。",
     date(2022, 11, 29)),
])
def test_a_publication_label_inside_a_spaced_portal_line_gives_the_page_date(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start", [
    ("路演活动举行\n原创 科创高新 2023-10-09 17:45 浙江\n上周六（10月7日），高新区科技成果路演活动在创新中心举行。",
     date(2023, 10, 7)),
    ("对接会召开\n滨江发布 2022-03-21 20:11 江苏\n3月18日下午，产学研对接会在滨江召开。", date(2022, 3, 18)),
])
def test_an_account_line_ending_with_the_poster_s_region_is_the_page_date(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start", [
    ("本报厦门9月3日电（记者 王明）第五届海峡科技成果交易会今天在厦门开幕。\n"
     "《福建日报》（2022年09月04日 03版）", date(2022, 9, 3)),
    ("本报成都5月12日电 西部技术转移大会今天在成都召开，300余家机构参会。\n"
     "《四川日报》（2021年05月13日 第02版）", date(2021, 5, 12)),
])
def test_a_print_line_at_the_foot_gives_the_dateline_its_year_not_its_day(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start", [
    ("Innovation fair opens\nTuesday 14 Nov 2023\nThe Kenya Innovation Week on Monday opened at "
     "the KICC in Nairobi.", date(2023, 11, 13)),
    ("Licensing expo starts\nDaily Courier , Friday 8 March 2024\nThe licensing expo opened on "
     "Wednesday in Lagos with 90 exhibitors.", date(2024, 3, 6)),
])
def test_a_weekday_dated_header_line_is_the_page_date_for_a_relative_weekday(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start", [
    ("南科媒合會 吸引逾百家廠商\n2023-11-08 02:10 經濟日報／記者 王小明／台南即時報導\n"
     "南科管理局7日在台南園區舉辦「2023南科產學媒合會」，吸引逾百家廠商參加。", date(2023, 11, 7)),
    ("论坛举行\n2022-06-15 08:30 晨报／记者 李四／报道\n14日在成都举办“西部技术转移论坛”。", date(2022, 6, 14)),
])
def test_a_header_line_of_date_clock_and_byline_dates_a_day_held_under_it(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start, end", [
    ("2024/4/27 09:15（4/27 09:40 更新）\n（中央社記者王小明漢諾威26日專電）經濟部率領40家企業參加工業展，"
     "於22日至26日在漢諾威設立台灣館，今天閉幕。", date(2024, 4, 22), date(2024, 4, 26)),
    ("发布时间：2021-12-03\n博览会于11月29日开幕。本届博览会28日至30日在西安举行。",
     date(2021, 11, 29), None),   # a written month wins over a bare range
    ("发布时间：2021-12-03\n第三届技术交易会于28日至30日在西安举行，签约项目120个。",
     date(2021, 11, 28), date(2021, 11, 30)),
])
def test_a_range_of_days_under_a_dated_line_is_the_event_s_days(text, start, end):
    found = find_event_date(View(text))
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, start", [
    ("說明會\n\n2023-10-21\n\n澳門科技大學於昨（20）日在校內舉辦技術轉移說明會。", date(2023, 10, 20)),
    ("發布日期:2022-03-09\n本中心今（9）日舉辦專利授權媒合會。", date(2022, 3, 9)),
])
def test_a_relative_day_in_full_width_brackets(text, start):
    assert find_event_date(View(text)).start_date == start


@pytest.mark.parametrize("text, start, end", [
    ("Regional Workshop on Patent Licensing\n\nDate and Venue\nMarch 4 to March 6, 2025\n"
     "Nairobi, Kenya\n\nThe workshop will bring together technology transfer officers.",
     date(2025, 3, 4), date(2025, 3, 6)),
    ("Summer School on Licensing\nDates\n8 to 12 July 2024\nVenue: Geneva\n"
     "The summer school will train officers from research centres.", date(2024, 7, 8),
     date(2024, 7, 12)),
])
def test_a_line_with_a_range_of_days_is_the_event_s_not_the_page_s_date(text, start, end):
    found = find_event_date(View(text))
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, title, year", [
    ("科技论坛技术交易大会闭幕\n人民网上海9月20日电（记者 李华）2023长三角科技论坛技术交易大会19日在上海闭幕。"
     "据介绍，大会于9月16日开幕。", "科技论坛技术交易大会闭幕", 2023),
    ("Tech fair closes\nThe 2022 Lakeside Technology Fair closed on Friday, organisers said. "
     "It had opened on 3 June.", "Tech fair closes", 2022),
])
def test_the_lede_s_name_year_is_read_past_a_held_verb_headline(text, title, year):
    found = find_event_date(View(text), title=title)
    assert found.year == year


@pytest.mark.parametrize("text, start", [
    ("Newsroom > Releases\n\nDate: 2023.06.16 | Office: Industry Liaison | Views 512\n\n"
     "BUSAN, June 16 (Agency) -- The agency said the partnering week ended on Thursday.\n\n"
     "The fair, which opened on June 13, was organized by the technopark.", date(2023, 6, 13)),
    ("Portal > News\n\nDate: 2022-03-11 | Section: Campus | Views 88\n\n"
     "LYON, March 11 (Campus) -- The licensing days closed on Thursday.\n\n"
     "The event, which began on March 9, drew 300 visitors.", date(2022, 3, 9)),
])
def test_a_yearless_wire_dateline_takes_its_year_from_a_date_line_above_it(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start", [
    ("Agency | News\n\nInnovation Day 2023: universities show 40 inventions\n\n"
     "Lima, Peru, Friday 8 September 2023.\n\nMore than 400 people attended the third Innovation "
     "Day, held yesterday at the Convention Centre.", date(2023, 9, 7)),
    ("Office | News\n\nStartup night fills the hall\n\nQuito, Ecuador, Tuesday 14 May 2024.\n\n"
     "The startup night, held yesterday at the university, drew 150 founders.", date(2024, 5, 13)),
])
def test_yesterday_under_a_place_country_weekday_dateline(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start", [
    ("某大学 > 新闻中心\n\n某大学创新创业大赛决赛举行\n\n2023年9月8日\n\n"
     "某大学于本月5日在校本部举行“2023创新创业大赛”决赛，约300人到场。", date(2023, 9, 5)),
    ("某學院 > 新聞\n\n成果發表會落幕\n\n2022年3月2日\n\n"
     "本學院於上月25日在校內舉辦成果發表會，吸引百餘人參加。", date(2022, 2, 25)),
])
def test_a_day_of_this_or_last_month_under_a_dated_line(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start, end", [
    ("某研究院 > 新闻\n\n某研究院举办科技成果对接会\n\n2023-09-08　　宣传处\n\n"
     "某研究院于9月5日至6日在会议中心举办“2023科技成果对接会”，约200人参加。",
     date(2023, 9, 5), date(2023, 9, 6)),
    ("某大學 > 校園新聞\n\n創新週圓滿落幕\n\n2021-11-20 秘書室\n\n"
     "本校於11月17日至18日舉辦「2021創新週」，展出40項成果。", date(2021, 11, 17), date(2021, 11, 18)),
])
def test_a_portal_date_line_with_an_office_dates_the_range_under_it(text, start, end):
    found = find_event_date(View(text), title=text.split("\n")[0])
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, start", [
    ("育成中心 > 活動花絮\n\n成果發表會圓滿落幕\n\n發布時間：112年11月20日\n\n"
     "本中心於112年11月17日（星期五）舉辦成果發表會，逾百位來賓與會。", date(2023, 11, 17)),
    ("中心 > 新闻\n\n路演活动圆满闭幕\n\n发布时间：2023年5月20日\n\n"
     "本中心于2023年5月18日在报告厅举办路演活动，20个项目参加。", date(2023, 5, 18)),
])
def test_a_headline_s_closing_verb_does_not_make_the_lede_s_day_the_last(text, start):
    found = find_event_date(View(text), title=text.split("\n")[0])
    assert (found.start_date, found.end_date) == (start, None)


@pytest.mark.parametrize("text, start", [
    ("Agency Newsroom\n\nPartnering week closes\n\nJune 16, 2023\n\nBUSAN, June 16 (Agency) -- "
     "The partnering week wrapped up on Thursday at the exhibition centre.\n\nThe fair, which "
     "opened on June 14, was organized by the agency.", date(2023, 6, 14)),
    ("Campus News\n\nInnovation days end\n\nMarch 9, 2022\n\nGHENT, March 9 (Campus) -- The "
     "innovation days closed on Tuesday.\n\nThe event, which began on March 7, drew 400 people.",
     date(2022, 3, 7)),
])
def test_a_wire_dateline_under_the_page_s_date_line_is_not_the_event_s_day(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start", [
    ("科技新報 > 活動\n\n創新週登場　20支團隊上台\n文／王小明　攝影／李大同　2025.05.12\n\n"
     "育成中心上週五（5月9日）在校本部舉行創新週，共20支團隊參加。", date(2025, 5, 9)),
    ("工商週報 第118期　2024-03-20　撰文：陳美玲\n\n【專題】技轉日\n\n"
     "在新竹的研究院大樓，3月14日（週四）這天湧入兩百位業者。", date(2024, 3, 14)),
    ("新闻稿　2023-10-30\n\n对接会促成五项合作\n\n由市科技局主办的对接会，于本月26日及27日在会展中心举行。",
     date(2023, 10, 26)),
    ("Trade Daily | Markets\nTech fair inks deals\nMay 6, 2022 - 09:40\n\n"
     "The fair opened on May 3 at the city's exhibition hall.", date(2022, 5, 3)),
])
def test_a_header_line_of_short_fields_is_the_page_s_date_not_the_event_s(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start, end", [
    ("市府新聞\n\n媒合會落幕\n發布單位：經發局　發布日期：2025-01-05　更新日期：2025-01-05\n\n"
     "經發局於12月30日（星期一）至1月2日（星期四）在展覽館舉辦媒合會，吸引500人參加。",
     date(2024, 12, 30), date(2025, 1, 2)),
    ("新闻\n\n论坛闭幕\n发布日期：2023-06-03\n\n"
     "论坛于5月31日（周三）至6月1日（周四）在国际会议中心举行。", date(2023, 5, 31), date(2023, 6, 1)),
])
def test_a_range_across_months_with_weekdays_in_brackets_is_read(text, start, end):
    found = find_event_date(View(text), title=text.split("\n")[0])
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("展覽會新聞稿\n\n2025年3月9日\n\n由商會主辦的「春季技術交易會」昨日（3月8日）在會展中心"
     "一連三日舉行後圓滿結束。", date(2025, 3, 6), date(2025, 3, 8)),
    ("Business News | Economy\nTrade fair ends\nOctober 7, 2023 - 10:02\n\n"
     "PORTO - Forty deals were signed at the regional technology fair, which closed in the "
     "city on Friday. The four-day fair drew 2,000 visitors.", date(2023, 10, 3), date(2023, 10, 6)),
])
def test_a_closing_day_and_the_event_s_length_give_its_first_day(text, start, end):
    found = find_event_date(View(text), title=text.split("\n")[0])
    assert (found.start_date, found.end_date) == (start, end)


def test_a_closing_day_without_a_length_gives_only_the_last_day():
    text = ("Business News\nFair ends\nOctober 7, 2023 - 10:02\n\n"
            "PORTO - Forty deals were signed at the regional technology fair, which closed in the "
            "city on Friday.")
    found = find_event_date(View(text), title="Fair ends")
    assert (found.start_date, found.end_date) == (None, date(2023, 10, 6))


@pytest.mark.parametrize("text, start", [
    ("Newsroom\n\nSingapore, 12 March 2024 - The Innovation Matching Session, held yesterday at "
     "the convention centre, drew 500 people, the agency announced today.", date(2024, 3, 11)),
    ("Press releases\n\nOslo, 3 June 2022 - The licensing day, which was held yesterday on the "
     "campus, closed with 12 deals, the office said today.", date(2022, 6, 2)),
])
def test_held_yesterday_beats_announced_today(text, start):
    assert find_event_date(View(text), title="x").start_date == start


@pytest.mark.parametrize("text, start", [
    ("AGENCY NEWS\nHome » News\n\nFOR IMMEDIATE RELEASE\nMarch 12, 2024\n\n"
     "Pitch day draws crowd to campus; 9 technologies licensed\n\n"
     "DENVER – More than 200 people turned out Friday, March 8, for Pitch Day at the campus.",
     date(2024, 3, 8)),
    ("ASSOCIATION NEWS\nHome » Releases\n\nFOR RELEASE\nJune 20, 2023\n\n"
     "Showcase brings investors and inventors together in the capital city of the state\n\n"
     "BOISE – Investors met inventors Tuesday, June 13, at the Showcase on the river campus.",
     date(2023, 6, 13)),
])
def test_a_day_in_the_lede_under_a_release_date_takes_its_year(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start", [
    ("管理局\n首頁 / 新聞稿\n張貼日期：114/11/28　點閱次數：300\n\n培訓班結業\n\n"
     "管理局自114年8月5日起至11月18日止，每週二晚間開設「技術移轉培訓班」，共40名學員結業。",
     date(2025, 8, 5)),
    ("中心\n發布日期：2024-07-02\n\n課程結業\n\n本中心自5月6日起至6月28日止舉辦創業課程，30人結業。",
     date(2024, 5, 6)),
])
def test_a_range_opened_by_zi_starts_on_its_first_day(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start", [
    ("Events\nCalendar | Updated 3 May 2024\n\nPAST EVENT\nLicensing Afternoon\n"
     "Friday 26 April 2024, 14:00–18:00\nHall A, Science Park", date(2024, 4, 26)),
    ("News\n\nDemo Day\nMonday 4 March 2024, 9.30-12.00\nMain Hall\n\nTwelve teams pitched.",
     date(2024, 3, 4)),
])
def test_a_date_line_with_a_time_range_is_the_event_s_schedule_not_the_page_s_date(text, start):
    assert find_event_date(View(text), title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start", [
    ("新闻\n\n2024-11-20\n\n学校将于明年1月8日在深圳举办一场成果路演，由研究院承办。", date(2025, 1, 8)),
    ("新聞\n\n2023-12-01\n\n本會將於明年2月20日在台北舉辦技術媒合會，並由公會承辦。", date(2024, 2, 20)),
])
def test_a_day_of_next_year_takes_the_year_after_the_page_s(text, start):
    assert find_event_date(View(text), title="x").start_date == start



@pytest.mark.parametrize("text, start", [
    ("Lab News | Example University\n\nPublished: 27/11/2026\nTags: Events\n\nShowcase closes\n\n"
     "The fourth showcase took place on 19 and 20 November at the Technopark.", date(2026, 11, 19)),
    ("Campus news\n\nPosted: 30/03/2025\n\nFair wraps up\n\nThe fair took place on 28 and 29 March "
     "in Leeds.", date(2025, 3, 28)),
])
def test_a_day_first_numeric_publication_date_gives_the_year(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, day", [
    # the paper's page line is the next day's: the story's 今天 is its wire dateline's day
    ("江淮日报 2025年3月10日 星期一 第3版\n\n本报芜湖3月9日讯（记者 王一）今天，长三角科技成果对接会在芜湖举行。",
     date(2025, 3, 9)),
    # across a new year the wire's day is in the year before the page's
    ("某某晚报　2026年1月2日　A2版\n本报合肥12月31日讯 今天上午，某成果交易会在合肥开幕。",
     date(2025, 12, 31)),
])
def test_a_wire_dateline_under_the_page_line_dates_the_storys_today(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, day", [
    ("某某中心 > 活动预告\n发布日期：2026年4月20日\n论坛时间：2026年5月7日（星期四）\n"
     "论坛地点：某某会议中心\n3. 请于4月30日前回执。", date(2026, 5, 7)),
    ("發布日期：2025年9月1日\n說明會時間：2025年9月18日（星期四）\n報名截止：9月12日前",
     date(2025, 9, 18)),
])
def test_an_event_time_label_line_is_the_events_day_not_the_pages(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, name, start", [
    # a headline day after the page date, written again in a sentence about what is to come
    ("某市政府網 > 新聞\n發布日期：2026-11-20\n\n「2026某某技術媒合會」12月8日登場\n\n"
     "經發局將於下週二（12月8日）在市會展中心舉辦媒合會。\n", "", date(2026, 12, 8)),
    # a day fixed for the event (定于) is still to come
    ("发布时间：2026-12-02\n\n副主任：论坛定于12月20日在西安举办。\n", "", date(2026, 12, 20)),
    # a day told after the page date in the past tense is the year before's
    ("发布时间：2026-02-02\n\n11月20日，某交流会在西安举行。\n", "", date(2025, 11, 20)),
    # a day with its weekday in brackets under a dated line: that month, or the one before
    ("某日报\n\n2026年3月2日 08:00 来源：某日报\n\n上周末，两场活动先后举行。\n\n"
     "27日（周五），第三届某某成果交易会在合肥开幕。\n", "", date(2026, 2, 27)),
    ("某报\n\n2025年6月3日 10:00 来源：某报\n\n31日（星期六），某技术对接会在南京举行，为期一天。\n", "",
     date(2025, 5, 31)),
    # the holding verb far after the day, past a list of organisers
    ("某日报\n\n2026年3月2日 08:00 来源：某日报\n\n28日（周六），某市科技局联合某某师范学院、某某研究院"
     "某某装备制造研究中心在芜湖举办“芜湖制造”技术需求专场对接会。\n", "", date(2026, 2, 28)),
    # yesterday or the day before, with month/day and weekday in brackets, under a post line
    ("某大學產學中心\n11月29日 上午10:05 · 🌏\n\n謝謝大家前天（11/27，週五）來參加「2026某大學AI技術說明會」！\n",
     "2026某大學AI技術說明會", date(2026, 11, 27)),
    ("某中心\n3月8日 下午2:00\n\n感謝大家昨天（3/7，週六）一起來到會議廳，參加「2025智慧製造技術媒合會」。\n",
     "2025智慧製造技術媒合會", date(2025, 3, 7)),
])
def test_days_to_come_weekday_days_and_slash_days_in_brackets(text, name, start):
    assert find_event_date(View(text), event_name=name).start_date == start


@pytest.mark.parametrize("text, start", [
    ("Published 10 November 2025\nThe Lakeland Innovation Fair will open on 3 February at the "
     "Oulu hall, the organisers said.", "2026-02-03"),
    ("PUBLISHED : December 12, 2024\nThe regional technology transfer day will take place on "
     "January 15 in Tartu.", "2025-01-15"),
])
def test_a_future_event_on_a_day_before_the_dateline_falls_in_the_next_year(text, start):
    assert str(find_event_date(text).start_date) == start


@pytest.mark.parametrize("raw, day", [
    ("某市人民政府门户网站\n首页 > 新闻中心 > 区县动态　　发布时间：2026-03-12 10:20　来源：区科技局\n\n"
     "成果对接会在某区举行\n本周二（3月10日），某区科技成果对接会在区会展中心举行，100余家企业参加。\n",
     date(2026, 3, 10)),
    ("某大學新聞網\n首頁 > 校園新聞 > 產學合作　發布日期：2026-05-06　點閱：88\n\n"
     "技術媒合會圓滿落幕\n本校昨日（5月5日）於國際會議廳舉辦技術媒合會，60位業者出席。\n",
     date(2026, 5, 5)),
])
def test_a_publication_date_after_the_breadcrumbs_dates_the_event(raw, day):
    text = clean_text(raw)
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, day", [
    ("在某某成果对接会上的讲话（摘编）\n编者按：5月8日，某某成果对接会在宝鸡开幕。\n同志们：\n今天，我们相聚在这里。\n"
     "（本报记者 张三 整理）\n来源：某某日报　编辑：李四　2026-05-09 07:30\n", date(2026, 5, 8)),
    ("推介會致辭全文\n按：10月3日，某某技術推介會在台中舉行。\n各位來賓：\n大家好。\n"
     "來源：某某新聞網　責任編輯：王五　2026-10-04 09:12\n", date(2026, 10, 3)),
])
def test_a_foot_line_of_labelled_fields_and_a_clock_time_gives_the_year(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, start, end", [
    # the date of a correction or update note is the day the story changed, not the event's
    ("NAIROBI, 12 March 2026 — The innovation fair, held today at the KICC, drew 900 visitors."
     "\n\nCORRECTION (14 March 2026): An earlier version of this story said the fair drew 1,200 "
     "visitors and was attended by the minister.", date(2026, 3, 12), None),
    ("Tue 9 Sep 2025 10:05 | Updated Wed 10 Sep 2025 08:00\n\nThe licensing summit took place "
     "yesterday in Lyon, bringing together 300 researchers.", date(2025, 9, 8), None),
    # an event that closed the day before the dateline, its length said in the story
    ("Mon 6 Oct 2025 09:00\n\nStart-ups signed deals at the Andes Innovation Week, which ended in "
     "Quito yesterday.\n\nThe four-day week was hosted by the university.",
     date(2025, 10, 2), date(2025, 10, 5)),
])
def test_update_notes_are_not_the_event_s_day_and_a_closing_yesterday_ends_it(text, start, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date) == (start, end)


# A post's body long enough that its caption is past the lede.
_POST_BODY = ("We put researchers and companies at the same tables for a full day, and the "
              "conversations went on long after the coffee ran out. " * 6)


@pytest.mark.parametrize("text, start", [
    ("2d • Edited\n\nLast Thursday we hosted our first licensing clinic with 40 founders.\n\n"
     + _POST_BODY + "\n\n[Image 1 of 3: Founders at the clinic in the main hall, 04.09.2025]",
     date(2025, 9, 4)),
    ("Posted by the lab team\n\nWhat a week! We ran our open lab for industry partners.\n\n"
     + _POST_BODY + "\n\nPhoto: Partners at the open lab, 21 May 2025", date(2025, 5, 21)),
    ("上周我们举办了第一次技术授权沙龙，来了40位创业者。\n\n" + "研究人员和企业代表围坐在一起交流了一整天。" * 30
     + "\n\n图为沙龙现场，2025年4月18日", date(2025, 4, 18)),
])
def test_a_photo_caption_dates_a_post_with_no_dated_line(text, start):
    assert find_event_date(text).start_date == start


def test_a_caption_date_does_not_override_a_dateline():
    text = ("LIMA, 3 June 2025 — The licensing forum opened today at the university.\n\n"
            "Photo: Guests on the campus lawn, 12 May 2024")
    assert find_event_date(text).start_date == date(2025, 6, 3)


@pytest.mark.parametrize("text, day", [
    ("某市科技局工作总结\n某市科技局　编\n2025年2月\n\n12月9日，某市技术交易会在市会展中心举行，签约40项。\n",
     date(2024, 12, 9)),
    ("Annual Report of the Tech Office\nJanuary 2023\n\nThe transfer fair was held on October 4 "
     "in Lyon with 80 exhibitors.\n", date(2022, 10, 4)),
])
def test_a_past_event_after_a_month_only_dateline_belongs_to_the_year_before(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, day", [
    ("某协会通讯　第42期｜2025年6月號\n專題報導\n\n「某某技術交易展」上月8日至10日在台中舉行，吸引200家廠商參展。\n",
     date(2025, 5, 8)),
    ("某学会会刊 2024年3月号\n\n上月20日，某某成果推介会在合肥举办，发布成果50项。\n", date(2024, 2, 20)),
])
def test_a_monthly_issue_line_dates_last_month_days(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, day", [
    ("某某科技 V\n25-9-21 18:40 来自 微博\n\n今天上午，某某成果对接会在兰州举行，签约12项。\n", date(2025, 9, 21)),
    ("某市發布\n24-11-3 09:05 來自 iPhone客戶端\n\n今天，某某技術媒合會在高雄登場，百家企業參加。\n",
     date(2024, 11, 3)),
])
def test_a_post_stamp_with_a_two_digit_year_dates_today(text, day):
    assert find_event_date(View(text)).start_date == day


def test_two_digit_numbers_without_a_clock_time_are_no_stamp():
    text = "某某科技\n25-9-21 项目编号\n\n今天上午，某某成果对接会在兰州举行。\n"
    assert find_event_date(View(text)).start_date is None


@pytest.mark.parametrize("text, start, end", [
    ("发布日期：2026年12月10日\n某署与某市科技局于今年十一月二十七日至二十八日在某园区举办技术转移论坛。",
     date(2026, 11, 27), date(2026, 11, 28)),
    ("發布日期：2025年6月3日\n本局於五月二十日在台中舉辦技術博覽會，吸引逾千名業者參觀。", date(2025, 5, 20), None),
])
def test_a_day_and_month_in_chinese_numerals_take_the_pages_year(text, start, end):
    found = find_event_date(View(text))
    assert (found.start_date, found.end_date) == (start, end)


def test_a_full_date_in_chinese_numerals_is_not_read_twice():
    found = find_event_date(View("某署于二〇二六年十月二十一日在科学园举办对接日。"))
    assert found.start_date == date(2026, 10, 21)


def test_a_chinese_correction_note_s_date_is_not_the_event_s():
    text = ("2025年6月3日 10:20\n\n本报讯 第三届技术转移对接会今天在成都举行，约300人参加。\n\n"
            "更正（2025年6月5日）：本文此前称对接会有500人参加，现已更正。")
    assert find_event_date(text).start_date == date(2025, 6, 3)


@pytest.mark.parametrize("text, start, end", [
    ("By staff | Published Friday, March 6, 2026\n\nBRIDGETOWN, Barbados, Mar 6, CMC – A two-day "
     "workshop on patents ended here on Friday with three licences signed.",
     date(2026, 3, 5), date(2026, 3, 6)),
    ("Posted Saturday, May 9, 2026\n\nCASTRIES, St Lucia, May 9, AP – The three-day fair closed "
     "here on Saturday.", date(2026, 5, 7), date(2026, 5, 9)),
])
def test_a_wire_dateline_with_its_area_and_agency_code_is_the_report_s_day(text, start, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, start", [
    ("ALPINE GROWERS' NEWSLETTER\nAlpine Growers Association | Issue No. 40 | March 2027\n\n"
     "Members met buyers last month at the Seed Fair, which the college hosted on Friday, "
     "19 February.", date(2027, 2, 19)),
    ("Coast Makers Bulletin · Vol. 3 · June 2026\n\nThe Makers Day was held on 4 June at the "
     "harbour hall.", date(2026, 6, 4)),
])
def test_a_bulletin_s_issue_month_gives_a_day_its_year(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, start, end", [
    # Thursday 14 May 2026: the week before runs from Monday 4 May
    ("Posted on 14 May 2026 by the lab\n\nFrom Tuesday to Thursday last week our hall hosted the "
     "open innovation fair.", date(2026, 5, 5), date(2026, 5, 7)),
    ("Posted on 14 May 2026\n\nThe start-up clinic met on Saturday last week in the library.",
     date(2026, 5, 9), None),
])
def test_weekdays_of_last_week_are_counted_back_from_the_post_s_day(text, start, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    # a forum post's ctime header gives the year; the weekday's bracket gives the day
    ("作者 someone (某人)\n看板 Job\n標題 [心得] 去聽說明會\n時間 Tue Mar 10 21:05:44 2026\n\n"
     "上禮拜五（3/6）下午跑去參加「綠能技術說明會」，人很多。\n", date(2026, 3, 6), None),
    # a social post's footer "编辑于 <date>" dates the page; the bracket gives the span
    ("第一次逛展会复盘\n\n📅时间：上周三到周五（5/13—5/15），一共3天\n去年只是观众，今年来参加展会守展位。\n\n"
     "#展会\n\n编辑于 2026-05-18　IP属地：江苏\n", date(2026, 5, 13), date(2026, 5, 15)),
])
def test_a_weekday_with_its_date_in_brackets_under_a_posts_stamp(text, start, end):
    found = find_event_date(text, title=text.split("\n")[0])
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text", [
    "这周四（3日）我们去参加了交流会。",     # no month in the bracket: no date of its own
    "周四（12/3）",                          # no year anywhere: nothing to complete it
])
def test_a_weekday_bracket_without_a_month_or_a_year_gives_no_day(text):
    assert find_event_date(text).start_date is None


@pytest.mark.parametrize("text, start", [
    ("关于某提案的答复\n发布机构：某市科学技术局　　发文日期：2026年9月2日　　索引号：X-2026-01\n\n"
     "今年7月9日，我局在某区举办了“2026某市成果对接会”，100名代表参会。\n", date(2026, 7, 9)),
    ("某县科技局文件\n来源：某县科技局　　成文日期：2025年11月20日\n\n"
     "10月28日，我局组织召开“科技特派员工作推进会”。\n", date(2025, 10, 28)),
])
def test_a_documents_issue_date_label_is_the_pages_not_the_events(text, start):
    assert find_event_date(text, title=text.split("\n")[0]).start_date == start


@pytest.mark.parametrize("text, start", [
    # an email header: the weekday's three letters before the date
    ("From: Innovation Office <news@example.org>\nDate: Wed, Mar 4, 2026, 9:12 AM\n"
     "Subject: Our recap\n\nLast Friday (February 27) forty firms met in Lima for the Andes "
     "Tech Day.\n", date(2026, 2, 27)),
    ("Posted: Monday, 3 March 2025\n\nThe workshop was held on February 28 in Quito.\n",
     date(2025, 2, 28)),
])
def test_a_weekday_before_a_labelled_page_date_still_gives_the_year(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, start, end", [
    # a range written in Chinese numerals, a weekday in brackets after each day
    ("研讨会于二〇二五年九月八日（星期一）至十日（星期三）在澳门举行。", date(2025, 9, 8),
     date(2025, 9, 10)),
    ("展览于二〇二四年十月三十日至十一月二日在香港会展中心举行。", date(2024, 10, 30),
     date(2024, 11, 2)),
])
def test_a_chinese_numeral_range_gives_both_days(text, start, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, start", [
    # a month-only date in the lede, its day in a held sentence further on
    ("本文件汇报二〇二五年三月举办的创新周的成效。\n创新周于二〇二五年三月十七日在科学园举行。",
     date(2025, 3, 17)),
    ("报告回顾2024年6月举办的对接会。\n对接会于6月12日在佛山举行，为期一天。", date(2024, 6, 12)),
])
def test_a_month_in_the_lede_takes_its_day_from_a_held_sentence(text, start):
    assert find_event_date(text).start_date == start


@pytest.mark.parametrize("text, year", [
    # a social post's line 发布于 dates the post
    ("上周的路演日坐满了人。\n\n发布于 2026-05-20 21:10 · IP属地：广东", 2026),
    ("路演日现场很热闹。\n发布于 2025-11-02", 2025),
])
def test_a_post_line_gives_the_year(text, year):
    assert find_event_date(text).year == year


@pytest.mark.parametrize("text, name, start", [
    # a day told as last year's in a sentence naming the event, whose name carries that year
    ("时间：2026年4月8日\n委员：去年11月5日到6日，在苏州办了「2025长三角成果对接大会」，对不对？",
     "2025长三角成果对接大会", date(2025, 11, 5)),
    ("日期：2027年2月3日\n去年9月9日在南宁开的「2026东盟技术转移论坛」，到底来了多少人？",
     "2026东盟技术转移论坛", date(2026, 9, 9)),
])
def test_last_years_day_of_an_event_named_with_that_year(text, name, start):
    assert find_event_date(text, event_name=name).start_date == start


def test_last_years_day_of_another_event_is_still_not_taken():
    text = "论坛于2026年4月8日在杭州举行。去年11月5日，主办方曾举办过一场说明会。"
    assert find_event_date(text, event_name="2026杭州论坛").start_date == date(2026, 4, 8)


@pytest.mark.parametrize("text, day", [
    # the reporters in brackets between the source and the wire dateline
    ("新闻网 2026-05-12 09:00\n\n新闻网讯（记者 张三 李四 报道）5月11日讯 昨天，某论坛在西安举行。",
     date(2026, 5, 10)),
    ("某日报 2025年10月9日\n\n本报讯（通讯员 王五）10月8日讯 今天，某对接会在兰州开幕。",
     date(2025, 10, 8)),
])
def test_a_wire_dateline_after_a_reporters_bracket(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, day", [
    # the page's date line (weekday in full-width brackets) above a clock line and a nav bar
    ("「X論壇」今日揭幕\n\n　　第三屆X論壇今明兩日（五月六日及七日）在灣仔舉行。\n\n完\n\n"
     "2026年5月6日（星期三）\n香港時間18時05分\n\n今日新聞　｜　相片\n", date(2026, 5, 6)),
    ("博覽會今日開幕\n\n　　博覽會今日（十月八日）在會展中心舉行。\n\n完\n\n"
     "2025年10月8日（星期三）\n香港時間12時30分\n\n今日新聞　｜　上一則\n", date(2025, 10, 8)),
])
def test_a_footer_date_line_with_a_full_width_weekday(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, day", [
    ("Press Release 12/2027\n03.05.2027\n\nTransfer Day 2027\nResearchers and companies came "
     "together at the Messe Ulm on 28 April for the Transfer Day.\n", date(2027, 4, 28)),
    ("News\n10.11.2026\n\nSpin-off founders came together in the Aula on 2 November for the "
     "university's pitch evening.\n", date(2026, 11, 2)),
])
def test_came_together_on_a_day_dates_the_event(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, day", [
    # a day and its time of day open the lede under the page's date line; the subject before the
    # opening verb is long (a full name and its short form in brackets)
    ("某某日报\n2025年09月13日　星期六　　第02版\n\n某博览会开幕\n\n本报讯（记者 王五）12日上午，"
     "第十届某某国际科技成果转化博览会（以下简称“科博会”）在某某国际会议中心开幕，会期三天。\n",
     date(2025, 9, 12)),
    ("某市报 2024年4月3日 第1版\n\n某对接会举行\n\n本报讯 2日下午，由市科技局主办的2024年度某某"
     "高校院所科技成果与企业需求对接会在市行政中心会议室举行。\n", date(2024, 4, 2)),
])
def test_a_day_and_its_time_of_day_opening_the_lede(text, day):
    assert find_event_date(View(text)).start_date == day



@pytest.mark.parametrize("text, day", [
    # the day is the opening's; the closing verb after it belongs to 今天 under the wire dateline
    ("台德論壇柏林登場\n2025/09/09 21:00\n\n（某社記者某某柏林9日專電）由某協會主辦的「2025台德"
     "創新論壇」8日在柏林登場，為期兩天，今天閉幕。\n", date(2025, 9, 8)),
    ("某周开幕\n2024年11月6日\n\n（记者 张三）某某科技周5日在某市开幕，为期两天，今天闭幕。"
     "约200家企业参展。\n", date(2024, 11, 5)),
])
def test_a_closing_told_after_the_opening_day_leaves_it_the_first(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, first, last", [
    ("Posted: 9 March 2027\n\nThe spring Innovation Expo took place on Tuesday 2 and Wednesday 3 "
     "March 2027 at the city hall, where start-ups met investors.\n",
     date(2027, 3, 2), date(2027, 3, 3)),
    ("News, 20 October 2025\n\nThe licensing workshop was held on Monday, 13 and Tuesday, 14 "
     "October 2025 in the science park.\n", date(2025, 10, 13), date(2025, 10, 14)),
])
def test_a_weekday_before_each_day_of_a_range_keeps_the_first_day(text, first, last):
    found = find_event_date(View(text))
    assert (found.start_date, found.end_date) == (first, last)


@pytest.mark.parametrize("text, day", [
    # a Taiwanese release writes this month's number in brackets: "本（5）月8日"
    ("發布日期：115-05-12\n\n本校產學合作處於本（5）月8日（星期五）舉辦技術移轉說明會，"
     "逾百位企業代表出席。\n", date(2026, 5, 8)),
    ("發布日期：2025-11-20\n\n研發處於本(11)月14日在國際會議廳舉行產學媒合會。\n",
     date(2025, 11, 14)),
])
def test_this_month_with_its_number_in_brackets_under_a_dated_line(text, day):
    assert find_event_date(View(text)).start_date == day


@pytest.mark.parametrize("text, name, first, last", [
    ("Friday, May 15, 2026\n\nNAIROBI – The university signed a licence with a dairy firm on "
     "Friday, a day after the close of the Campus Innovation Week, which ran from Tuesday to "
     "Thursday at the main hall.\n", "Campus Innovation Week", date(2026, 5, 12),
     date(2026, 5, 14)),
    ("Wednesday, 4 March 2026\n\nThe Regional Tech Expo, held from Monday to Tuesday in the "
     "county hall, drew 400 visitors; a grant was announced on Wednesday.\n",
     "Regional Tech Expo", date(2026, 3, 2), date(2026, 3, 3)),
])
def test_a_span_of_weekdays_in_the_sentence_naming_the_event_dates_it(text, name, first, last):
    found = find_event_date(View(text), event_name=name)
    assert (found.start_date, found.end_date) == (first, last)


@pytest.mark.parametrize("text, first, last", [
    # closed on a weekday under a byline's dated line; its length told in the next paragraph
    ("KarooLIVE\nNews > Karoo > Business\nTown's technology indaba draws delegates from across "
     "the region\nBy A Reporter, Business Reporter\n09 October 2026 - 06:00\nResearchers, "
     "farmers and investors from three countries filled Karoo University's Main Campus in "
     "Graaff-Reinet this week for the Karoo Technology Transfer Indaba, which ended on "
     "Thursday.\nThe two-day indaba was hosted by Karoo University with support from the "
     "province.\n", date(2026, 10, 7), date(2026, 10, 8)),
    ("DeltaLIVE\nNews > Delta > Business\nPort's licensing fair draws exporters from across the "
     "region\nBy Staff Writer, Business Reporter\n14 March 2026 - 09:30\nExporters and "
     "researchers from the region filled the Port Authority's Exhibition Hall this week for the "
     "Delta Licensing Fair, which closed on Friday.\nThe three-day fair was organised by the "
     "chamber.\n", date(2026, 3, 11), date(2026, 3, 13)),
])
def test_a_weekday_closing_takes_its_length_from_the_paragraph_after(text, first, last):
    found = find_event_date(View(text), event_name="x")
    assert (found.start_date, found.end_date) == (first, last)


@pytest.mark.parametrize("text, start, end", [
    # header lines fill the first sentences; the lede under the byline's date says the weekday
    ("Daily Wire\nEconomy\nPorto fair links labs with manufacturers\nDeals signed at a fair in "
     "northern Portugal\nAna Silva | 12.03.2027 - 10:15 | Update : 12.03.2027 - 11:00\n"
     "PORTO, Portugal\nA three-day innovation fair that brought together researchers and "
     "investors ended on Friday with the signing of six licences.\n",
     date(2027, 3, 10), date(2027, 3, 12)),
    ("Business Desk\nTechnology\nLicensing summit closes in Lyon\nStart-ups meet investors\n"
     "Paul Martin | 18.06.2027 - 09:40\nLYON, France\nA two-day licensing summit closed on "
     "Thursday after 40 one-to-one meetings.\n",
     date(2027, 6, 16), date(2027, 6, 17)),
])
def test_a_weekday_in_the_lede_under_a_byline_date(text, start, end):
    found = find_event_date(text)
    assert (found.start_date, found.end_date) == (start, end)
