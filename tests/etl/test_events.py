"""Event name, type and format; one event from a bilingual release."""
from datetime import date

import pytest

from etl.extract.event_names import event_type_of, find_event_name, find_format, find_other_events
from etl.extract.events import extract_events
from etl.extract.text import View


@pytest.mark.parametrize("text,title,name,etype", [
    ("On 3 May 2019 the 5th China-Africa Innovation Forum on Technology Transfer was held in "
     "Nairobi.", "", "5th China-Africa Innovation Forum on Technology Transfer", "forum"),
    ("", "Tsinghua hosts 2018 Sino-Israeli Technology Transfer Summit",
     "2018 Sino-Israeli Technology Transfer Summit", "summit"),
    ("", "Global Innovation Conference of Young Scientists Has Been Successfully Held in Xi'an",
     "Global Innovation Conference of Young Scientists", "conference"),
    ("The Hannover Messe 2019 trade fair opened on Monday.", "", None, "fair"),
    ("The signing ceremony for the Sino-Thai Technology Transfer Center was held in Bangkok.",
     "", None, "signing"),
    ("Last week the meeting for Cooperation of Guangxi and Vietnam Border Zones was held in "
     "Nanning.", "", "Meeting for Cooperation of Guangxi and Vietnam Border Zones", "meeting"),
    ("2021年9月15日，第五届中国（长沙）科技成果转化交易会在长沙开幕。", "",
     "第五届中国（长沙）科技成果转化交易会", "fair"),
    ("", "第三届粤港澳大湾区技术转移峰会在广州举办", "第三届粤港澳大湾区技术转移峰会", "summit"),
    ("本次培训班由省科技厅主办，为期三天，学员们参加了培训。", "2022年技术经理人培训班开班",
     "2022年技术经理人培训班", "training"),
    ("The third Innovation Competition of Hubei attracted 400 teams to the contest; the "
     "competition final was held in Wuhan.", "", None, "competition"),
])
def test_the_article_s_event_name_and_type(text, title, name, etype):
    got_name, got_type = find_event_name(text, title)
    if name is not None:
        assert got_name == name
    assert got_type == etype


def test_a_training_held_at_a_conference_is_a_training():
    text = ("At the 7th Conference on Talent Exchange held in Xiamen, the Network ran a technology "
            "transfer training (hereinafter the Training). The Training was hosted by the "
            "association. Trainees praised the training; the training covered licensing.")
    assert find_event_name(text)[1] == "training"


@pytest.mark.parametrize("name,etype", [
    ("Sino-German Technology Transfer Forum", "forum"),
    ("Global Technology Transfer Congress", "conference"),
    ("International Technology Transfer Expo", "fair"),
    ("中国创新创业大赛", "competition"),
    ("技术转移路演活动", "meeting"),
    ("Annual Report", None),
])
def test_event_type_comes_from_the_name_s_keyword(name, etype):
    assert event_type_of(name) == etype


@pytest.mark.parametrize("text,fmt", [
    ("The training was held both in person and online.", "hybrid"),
    ("The forum combined online and offline sessions.", "hybrid"),
    ("本次大会采用线上线下相结合的方式举办。", "hybrid"),
    ("Because of the pandemic the summit was held online.", "online"),
    ("The webinar drew 300 viewers.", "online"),
    ("本次论坛以线上方式举行。", "online"),
    ("Co-organised by Education Online (China), the forum was held in Beijing.", None),
    ("The forum was held in Kunming.", None),
])
def test_format_only_when_the_text_says_so(text, fmt):
    assert find_format(text) == fmt


def test_a_bilingual_release_yields_one_event_with_both_names_and_each_amount_once():
    zh = ("2019年6月12日，第二届中德技术转移论坛在杭州举办。论坛由浙江大学主办。"
          "现场签约项目金额达12亿元人民币。")
    en = ("On June 12, 2019, the 2nd Sino-German Technology Transfer Forum was held in Hangzhou. "
          "It was hosted by Zhejiang University. Deals worth RMB 1.2 billion were signed at the "
          "forum.")
    [ev] = extract_events([("zh", zh), ("en", en)], "第二届中德技术转移论坛在杭州举办").events
    assert ev.name == "2nd Sino-German Technology Transfer Forum"
    assert ev.name_zh == "第二届中德技术转移论坛"
    assert ev.event_type == "forum"
    assert str(ev.date.start_date) == "2019-06-12"
    assert ev.place.city == "Hangzhou"
    assert [(a.amount, a.currency) for a in ev.amounts] == [(1.2e9, "CNY")]
    assert [o.name for o in ev.organizations].count("Zhejiang University") == 1


@pytest.mark.parametrize("text,name", [
    ("On May 3 the 7th China (Ningbo) Symposium on Sci-Tech Achievement Transformation was "
     "held in Ningbo.", "7th China (Ningbo) Symposium on Sci-Tech Achievement Transformation"),
    ("Organisers thanked partners. The programme included roadshows and matchmaking, more "
     "matchmaking and roadshows. The 3rd Sino-Spanish Sci-Tech Fair opened in Chongqing today.",
     "3rd Sino-Spanish Sci-Tech Fair"),
])
def test_the_named_event_wins_over_frequent_activity_words(text, name):
    assert find_event_name(text)[0] == name


@pytest.mark.parametrize("text, name, etype", [
    # 对 of 对接 is part of the name, not a stop word
    ("2022年广西科技成果转化对接大会在南宁召开\n大会由自治区人民政府主办。",
     "2022年广西科技成果转化对接大会", "conference"),
    # the name starts after the verb that introduces it
    ("我院举办2022年知识产权运营培训班\n培训班为期三天。", "2022年知识产权运营培训班", "training"),
    # "X Expo Center" is the venue, not the event
    ("Deals signed at the Jiangxi Technology Fair\nThe Jiangxi Technology Fair opened at the "
     "Nanchang International Expo Center on Friday.", "Jiangxi Technology Fair", "fair"),
    ("CHENNAI: The institute hosted the Southern Technology Conclave on Friday.",
     "Southern Technology Conclave", "conference"),
])
def test_held_out_event_names(text, name, etype):
    title = text.split("\n", 1)[0]
    assert find_event_name(text, title) == (name, etype)


@pytest.mark.parametrize("text,title,name", [
    (" " * 200 + "x", "", "x"),         # found by the long fuzz: raised IndexError
    ("0", " ", "0"),                    # a blank title never names the event
])
def test_the_headline_fallback_skips_blank_titles_and_leading_blanks(text, title, name):
    assert find_event_name(text, title)[0] == name


def test_an_article_without_sections_reports_no_event():
    assert extract_events([], " ").events == []


@pytest.mark.parametrize("text, title, name", [
    # the ceremony of a quoted subject held by a verb: the subject names it
    ("5月8日，大连市科技局与沈阳技术交易中心共同建设的“大连技术转移基地”在大连举行揭牌仪式。"
     "同日还举办了大连科技成果推介会，共展出项目80项。",
     "“大连技术转移基地”在大连揭牌", "“大连技术转移基地”揭牌仪式"),
    # a ceremony without a quoted subject names nothing
    ("会议期间还举行了启动仪式。“苏州科技成果推介会”同日开幕。", "", "苏州科技成果推介会"),
])
def test_a_ceremony_is_named_after_its_quoted_subject(text, title, name):
    from etl.extract.text import View
    assert find_event_name(View(text), View(title))[0] == name


@pytest.mark.parametrize("text", [
    "the committee met",
    "The board met on Tuesday and approved the budget.",
    "理事会昨日开会，审议了年度预算。",
])
def test_a_note_with_no_event_noun_or_name_yields_no_event(text):
    assert extract_events([("zh" if "理" in text else "en", text)], "").events == []


def test_an_event_noun_makes_the_same_note_an_event():
    found = extract_events([("en", "The committee met at the Technology Transfer Forum.")], "")
    assert [e.event_type for e in found.events] == ["forum"]


@pytest.mark.parametrize("text, name", [
    ("9月17日，2024年中国—南亚技术转移与创新合作大会在昆明举办。", "2024年中国—南亚技术转移与创新合作大会"),
    ("第六届长三角科技成果转化与技术转移论坛在合肥召开。", "第六届长三角科技成果转化与技术转移论坛"),
    # without a year or an edition before it, 与 still separates the organisers
    ("高校与企业联合举办技术转移培训班。", "技术转移培训班"),
])
def test_a_chinese_name_runs_past_yu_when_it_opens_with_its_year(text, name):
    assert find_event_name(text)[0] == name


def test_a_hyphenated_name_keeps_its_hyphen():
    assert find_event_name("Techno-Fair 2019 draws record crowds in Lagos")[0] == \
        "Techno-Fair 2019"


def test_a_taiwanese_matchmaking_event_is_named_in_its_own_characters():
    found = extract_events([("zh", "臺南市政府今日舉辦「2024南臺灣產學媒合會」，30家企業參加。")], "")
    assert [(e.name, e.event_type) for e in found.events] == [("2024南臺灣產學媒合會", "meeting")]


@pytest.mark.parametrize("text, name, etype", [
    ("署方今日舉辦「專利及技術授權實務研討會」，約百人出席。", "專利及技術授權實務研討會", "conference"),
    ("The Kochi startup cell held its annual investor meet on Friday.", None, "meeting"),
])
def test_a_quoted_name_is_whole_and_an_investor_meet_is_a_meeting(text, name, etype):
    found = extract_events([("zh" if "署" in text else "en", text)], "").events
    assert [e.event_type for e in found] == [etype]
    if name:
        assert found[0].name == name


@pytest.mark.parametrize("text, title, name", [
    # no headline: what the first sentence says the event is
    ("A patent licensing workshop for 30 managers from Ghana and Togo was held in Accra "
     "from 3 to 5 May 2021, with lecturers from two universities and the national office.", "",
     "Patent licensing workshop"),
    # a headline "Name: what happened", the name repeated in the story
    ("Start-up Days 2023: twenty spin-outs meet investors\nAt the Start-up Days 2023 in Graz, "
     "twenty spin-outs pitched.", "Start-up Days 2023: twenty spin-outs meet investors",
     "Start-up Days 2023"),
])
def test_a_name_from_the_first_sentence_or_the_headline_s_head(text, title, name):
    assert find_event_name(text, title)[0] == name


@pytest.mark.parametrize("text, name", [
    ("9月5日，2024“数智未来”技术转移论坛在杭州开幕。", "2024“数智未来”技术转移论坛"),
    ("第五届「青年創業」技術交易會昨日登場。", "第五届「青年創業」技術交易會"),
])
def test_the_year_or_edition_before_a_quoted_part_of_the_name_belongs_to_it(text, name):
    assert [e.name for e in extract_events([("zh", text)], "").events] == [name]


@pytest.mark.parametrize("title, text, name", [
    ("科技服务·沙龙 | 第三期“长江汇”技术对接会顺利举行",
     "5月9日,第三期“长江汇”技术对接会在武汉举行。", "“长江汇”技术对接会"),
    ("Innovation Roadshow | The Northern Licensing Forum returns to Leeds",
     "The Northern Licensing Forum opened on Monday.", "Northern Licensing Forum"),
])
def test_a_headline_column_label_before_a_separator_is_not_the_event(title, text, name):
    assert find_event_name(text, title)[0].endswith(name)


@pytest.mark.parametrize("text, name, etype", [
    ("5月8日,2022黄河流域科技成果拍卖会在郑州举行,18项成果成交。", "2022黄河流域科技成果拍卖会", "fair"),
    ("The 2021 Nordic Patent Auction was held in Oslo on Friday.", "2021 Nordic Patent Auction",
     "fair"),
    ("研究院今日在會展中心舉辦「2022智慧醫療成果展」,吸引上千人參觀。", "2022智慧醫療成果展", "fair"),
])
def test_auctions_and_results_exhibitions_are_events(text, name, etype):
    assert find_event_name(text, "") == (name, etype)


@pytest.mark.parametrize("text, name", [
    ("署方在深圳會議展覽中心舉辦「2023青年創客成果展」。", "2023青年創客成果展"),
    ("本次拍卖会由华东技术转移联席会议办公室主办,“2022科技成果拍卖会”在杭州举行。", "2022科技成果拍卖会"),
])
def test_an_event_word_inside_a_venue_or_office_name_is_not_the_event(text, name):
    assert find_event_name(text, "")[0].strip("“”") == name


@pytest.mark.parametrize("text", [
    "6月2日,第三届中原技术交易会在郑州开幕。开幕当天举行了项目集中签约,现场签约项目20个。",
    "6月2日,第三届中原技术交易会在郑州开幕。“豫科转”平台自2020年上线以来,已累计举办路演活动30期。",
])
def test_a_clause_about_signings_or_a_series_history_is_no_event_of_its_own(text):
    assert [e.name for e in extract_events([("zh", text)], "").events] == ["第三届中原技术交易会"]


@pytest.mark.parametrize("text", [
    "5月6日,第二届江淮技术交易会在合肥开幕。交易会期间举办了3个专场对接会,对接项目90项。",
    "5月6日,第二届江淮技术交易会在合肥开幕。当天还举行了两场路演活动,共推介项目15个。",
])
def test_a_count_of_sessions_is_no_event_of_its_own(text):
    assert [e.name for e in extract_events([("zh", text)], "").events] == ["第二届江淮技术交易会"]


def test_a_workshop_run_with_its_title_after_a_comma_is_a_second_event():
    text = ("Lab to Market Day draws investors\nBy Ana Ruiz, News Office | March 8, 2023\n\n"
            "Two hundred guests filled the atrium on Monday for the annual Lab to Market Day, "
            "hosted by the university's licensing office.\n\n"
            "On Tuesday afternoon the office ran a two-hour workshop, \"Pricing Your First "
            "Licence,\" for 25 doctoral students.")
    events = extract_events([("en", text)], "Lab to Market Day draws investors").events
    assert [e.date.start_date for e in events] == [date(2023, 3, 6), date(2023, 3, 7)]
    assert events[1].event_type == "training"
    assert "Pricing Your First Licence" in events[1].name


def test_a_competition_that_held_its_final_beside_the_main_event_is_a_second_event():
    text = ("The 2022 Coastal Innovation Expo opened on 4 May in Durban with 300 exhibitors.\n\n"
            "On the last day, 6 May, the Coastal Student Venture Challenge held its final at "
            "the same venue, with eight teams on stage.")
    events = extract_events([("en", text)], "").events
    assert [(e.name, e.event_type, e.date.start_date, e.place.city) for e in events] == [
        ("2022 Coastal Innovation Expo", "fair", date(2022, 5, 4), "Durban"),
        ("Coastal Student Venture Challenge", "competition", date(2022, 5, 6), "Durban")]


@pytest.mark.parametrize("text, name", [
    ("Our Annual Licensing Conference returned to Bristol this year.", "Annual Licensing Conference"),
    ("Their Spring Innovation Forum was held on 3 May in Turin.", "Spring Innovation Forum"),
])
def test_a_possessive_before_a_name_is_not_part_of_it(text, name):
    assert find_event_name(text, "")[0] == name


def _events(text: str, title: str | None = None):
    title = text.splitlines()[0] if title is None else title
    return extract_events([("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en", text)],
                          title).events


@pytest.mark.parametrize("text, days", [
    ("第五届海峡科技成果交易会开幕\n本报厦门9月3日电（记者 王明）第五届海峡科技成果交易会今天在厦门国际会展中心开幕，"
     "500余项成果参展。\n同日，海峡青年创新创业大赛决赛举行，10个项目获奖。\n《福建日报》（2022年09月04日 03版）",
     [date(2022, 9, 3), date(2022, 9, 3)]),
    ("西部技术转移大会召开\n本报成都5月12日电 第三届西部技术转移大会今天在成都召开。\n"
     "同日，“天府杯”创新创业大赛总决赛在成都举行。\n《四川日报》（2021年05月13日 第02版）",
     [date(2021, 5, 12), date(2021, 5, 12)]),
])
def test_a_print_line_at_the_foot_dates_every_event_by_the_dateline_not_the_print_day(text, days):
    assert [e.date.start_date for e in _events(text)] == days


@pytest.mark.parametrize("text, name", [
    ("工研院成果媒合會 促成技轉金額逾新台幣5億元\n2023/11/15 17:20\n（中央社記者林小明新竹15日電）工業技術研究院"
     "今天在新竹舉辦「112年度技術成果媒合會」，吸引300家廠商參加。\n工研院表示，今年促成技轉金額逾新台幣5億元。",
     "工研院成果媒合會"),
    ("高校路演 签约金额超亿元\n2022-07-08 19:30\n7日，“科创中国”高校科技成果专场路演在南京举行，20个项目参加。",
     "高校路演"),
])
def test_a_headline_s_short_name_and_the_body_s_full_name_are_one_event(text, name):
    events = _events(text)
    assert len(events) == 1
    assert events[0].date.year is not None


@pytest.mark.parametrize("text, second_day", [
    ("Annual Research Conference 2024 opens\nAccra, 14 May 2024 – The council today opened the "
     "Annual Research Conference 2024 at the conference centre. The conference runs from 14 to "
     "16 May 2024.\nOn the sidelines of the conference, the council and the investment centre "
     "also held a \"Deep Tech Investor Matching\" session on 15 May, at which 12 startups "
     "pitched to 20 investors.", date(2024, 5, 15)),
    ("Bio Innovation Week opens\nLyon, 3 April 2023 – The Bio Innovation Week opened today at "
     "the city's congress centre.\nThe cluster also held a \"Licensing Clinic\" event on 4 April "
     "for 30 start-ups.", date(2023, 4, 4)),
])
def test_a_quoted_session_with_its_own_day_is_a_second_event_at_the_main_venue(text, second_day):
    main, side = _events(text)
    assert side.date.start_date == second_day
    assert side.place.city == main.place.city is not None


def test_a_quoted_session_without_a_day_of_its_own_is_no_event():
    text = ("Bio Innovation Week opens\nLyon, 3 April 2023 – The Bio Innovation Week opened today "
            "at the city's congress centre.\nParticipants attended a \"Licensing Clinic\" session "
            "run by the cluster.")
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text, names", [
    ("5月9日，2023长江技术成果对接会在武汉举办。对接会期间，还举行了“高校成果进园区”专场路演，15个项目进行了现场路演。",
     ["2023长江技术成果对接会"]),
    ("6月2日，第三届中原技术交易会在郑州开幕。交易会期间还举办了“新材料”分论坛，10位专家作报告。",
     ["第三届中原技术交易会"]),
    # a ceremony held there is an event of its own
    ("6月2日，第三届中原技术交易会在郑州开幕。交易会期间，同一场地亦举行了「中原技术转移联盟」启动仪式。",
     ["第三届中原技术交易会", "「中原技术转移联盟」启动仪式"]),
])
def test_a_quoted_session_of_a_fair_is_part_of_the_fair(text, names):
    assert [e.name for e in _events(text, "")] == names


@pytest.mark.parametrize("text, name", [
    ("人民网上海9月20日电（记者 李华）2023长三角科技论坛技术交易大会19日在上海闭幕。", "2023长三角科技论坛技术交易大会"),
    ("（中央社記者林小明新竹15日電）2023新竹科技論壇今天舉行。", "2023新竹科技论坛"),
])
def test_a_name_starts_after_a_bracketed_byline_and_runs_to_its_last_keyword(text, name):
    from etl.extract.text import View
    assert find_event_name(View(text), "")[0] == name


@pytest.mark.parametrize("text, etype", [
    ("技術轉移培訓班開班\n2024-07-09\n中國與東盟國家經貿合作論壇（南寧）常設秘書處今（8）日起一連三日舉辦技術轉移培訓班。",
     "training"),
    ("对接会举办\n2023-05-10\n大会组委会9日在长沙举办技术对接会，50家企业参加。", "meeting"),
])
def test_an_office_named_after_an_event_is_not_the_event(text, etype):
    [event] = _events(text)
    assert event.event_type == etype


@pytest.mark.parametrize("text, etype", [
    ("Taiwan pavilion draws crowds\nThe pavilion at the expo hosted 40 start-ups. One start-up "
     "won a CES Innovation Award for its sensor.", "fair"),
    ("機器人新創獲獎 台灣館媒合創新高\n台灣館於展會期間媒合逾百場。其中機器人新創獲CES創新獎（CES Innovation Awards）。",
     "fair"),
    # the prize verb with a {0,2} in its pattern: a comma there was read as the end of the cell
    ("Showcase draws investors\nThe showcase at the expo hosted 40 start-ups. One start-up was "
     "named an honoree of the 2026 Edison Awards for its battery.", "fair"),
])
def test_an_award_won_is_a_prize_not_the_event(text, etype):
    assert event_type_of(_events(text)[0].name) != "competition"
    assert _events(text)[0].event_type == etype


def test_an_awards_gathering_where_a_prize_was_won_is_still_an_event():
    assert find_event_name("The start-up won first prize at the Global Tech Awards held in "
                           "Dubai.", "") == ("Global Tech Awards", "competition")


@pytest.mark.parametrize("text, names", [
    ("2024全球技术大会在成都闭幕\n大会期间还举办了“西部”技术转移对接会，促成合作意向21项。", ["2024全球技术大会"]),
    ("第五届某某博览会在成都开幕\n第五届某某博览会于9月3日在成都开幕。博览会期间还举办了“新材料”对接会，现场签约金额12亿元。",
     ["第五届某某博览会", "“新材料”对接会"]),
])
def test_a_quoted_session_without_its_own_day_or_money_is_part_of_the_conference(text, names):
    assert [e.name for e in _events(text, "")] == names


@pytest.mark.parametrize("text, day, city, orgs", [
    ("金屬中心 > 新聞稿\n\n2023/10/12\n\n金屬工業研究發展中心今（12）日於台中院區舉辦「2023技術交流日」中部場，"
     "吸引逾百位業界人士參與。\n\n該中心並宣布，明（13）日將在高雄院區舉辦「2023技術交流日」南部場，"
     "由高雄市政府經濟發展局承辦，預計百家企業與會。",
     date(2023, 10, 13), "Kaohsiung", {"高雄市政府經濟發展局"}),
    ("学校新闻\n\n2022/5/20\n\n浙江工业大学今（20）日在杭州举办“2022成果推介会”，约200人参加。\n\n"
     "学校宣布，明（21）日将在宁波举办“2022成果推介会”宁波场，由宁波市科学技术局承办。",
     date(2022, 5, 21), "Ningbo", {"宁波市科学技术局"}),
])
def test_an_event_announced_for_the_next_day_is_an_event_of_its_own(text, day, city, orgs):
    events = _events(text)
    assert len(events) == 2
    second = events[1]
    assert (second.date.start_date, second.place.city) == (day, city)
    assert {o.name for o in second.organizations} == orgs
    assert not orgs & {o.name for o in events[0].organizations}


@pytest.mark.parametrize("text, name", [
    ("Member News\n\nThe Western Licensing Forum drew 300 officers to Denver in May.\n\n"
     "The 2025 Western Licensing Summit will take place in Seattle next spring.",
     "Western Licensing Forum"),
    ("学会新闻\n\n第三届西部技术转移论坛吸引300余人参加，签约项目20个。\n\n学会表示，第四届西部技术转移大会将于明年在西安举行。",
     "第三届西部技术转移论坛"),
])
def test_a_later_edition_announced_at_the_end_is_not_the_article_s_event(text, name):
    assert find_event_name(text, text.split("\n")[0])[0] == name
def test_the_main_and_the_other_events_of_one_text_written_two_ways_keep_their_writing():
    # The event names of a text are found once for both finders; a Traditional article and
    # its Simplified twin read alike but each keeps its own characters.
    traditional = View("「甲乙論壇」在臺北舉行。同日還舉辦了「丙丁技術媒合會」，三家企業參加。")
    simplified = "「甲乙论坛」在台北举行。同日还举办了「丙丁技术媒合会」，三家企业参加。"
    for text, other in ((traditional, "丙丁技術媒合會"), (simplified, "丙丁技术媒合会"),
                        (traditional, "丙丁技術媒合會")):
        name, etype = find_event_name(text)
        assert (name, etype) == ("甲乙论坛", "forum")
        assert [(m.name, m.event_type) for m in find_other_events(text, name)] == \
            [(other, "meeting")]


@pytest.mark.parametrize("text", [
    "园区新闻\n\n2024年5月9日\n\n5月8日上午，某某科技有限公司与某某大学战略合作签约仪式在园区举行。"
    "市商务局、高新区管委会有关负责同志出席仪式并见证签约。",
    "学院新闻\n\n2023年3月2日\n\n3月1日，某某学院与某某集团产学研合作协议签约仪式在学院举行。"
    "区科技局负责同志出席活动并见证签约。",
])
def test_a_witness_sentence_is_not_an_event_of_its_own(text):
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text, day, city, org", [
    ("學院新聞\n\n2025-11-20\n\n本校昨日（11月19日）舉行技術授權簽約典禮，共簽署6項協議。院長表示，本校將於明年3月5日"
     "在廣州的科學城會展中心舉辦一場成果路演，屆時約有15個項目參與，並由本校廣州研究院承辦。",
     date(2026, 3, 5), "Guangzhou", "本校廣州研究院"),
    ("大学新闻\n\n2024-12-10\n\n大学今天举行成果发布会，发布30项成果。校长介绍，学校将于明年2月3日在厦门举办一场"
     "成果对接会，并由厦门市科学技术局承办。",
     date(2025, 2, 3), "Xiamen", "厦门市科学技术局"),
])
def test_a_later_event_with_its_full_day_and_own_organisers_is_an_event_of_its_own(
        text, day, city, org):
    events = _events(text)
    assert len(events) == 2
    second = events[1]
    assert (second.date.start_date, second.place.city) == (day, city)
    assert org in {o.name for o in second.organizations}
    assert org not in {o.name for o in events[0].organizations}


@pytest.mark.parametrize("text, day, city, org", [
    ("工業新聞\n\n2025-08-20\n\n「2025南區技術媒合會」昨（19）日在台南舉行，約200人參加。"
     "據悉，下一場說明會將於9月5日移師高雄舉行，由高雄市政府經濟發展局主辦，聚焦農業科技。\n\n【編輯：王明】",
     date(2025, 9, 5), "Kaohsiung", "高雄市政府經濟發展局"),
    ("科技新闻\n\n2024-06-12\n\n“2024成果转化对接会”11日在扬州举办，签约项目15个。"
     "第二场对接会将于7月8日移至镇江举行，由镇江市科学技术局主办。",
     date(2024, 7, 8), "Zhenjiang", "镇江市科学技术局"),
])
def test_a_later_session_announced_with_its_own_day_and_host_is_an_event_of_its_own(
        text, day, city, org):
    events = _events(text)
    assert len(events) == 2
    second = events[1]
    assert (second.date.start_date, second.place.city) == (day, city)
    assert [o.name for o in second.organizations] == [org]
    assert org not in {o.name for o in events[0].organizations}


@pytest.mark.parametrize("text, name, money", [
    ("学院新闻\n\n2025-10-09\n\n“2025技术经纪人研修班”8日在长沙开班，学员80名。"
     "优秀学员将推荐参加明年5月在株洲举办的第三届湖南技术经纪人大赛，大赛拟设奖金30万元。"
     "研修班为期五天，共有12门课程。",
     "第三届湖南技术经纪人大赛", 300000),
    ("協會新聞\n\n2025-10-09\n\n「2025技術經理人培訓班」8日在台中開班，學員60名。"
     "結業學員可報名明年4月在高雄舉辦的第二屆南部創新大賽，大賽擬設獎金新臺幣50萬元。"
     "培訓班為期三天。",
     "第二屆南部創新大賽", 500000),
])
def test_a_later_contest_with_its_own_month_and_money_keeps_its_money(text, name, money):
    first, second = _events(text)
    assert second.name == name
    assert [a.amount for a in second.amounts] == [money]
    assert first.amounts == []
    # the sentences after the announcement are the main event's again
    assert first.attendance is not None


@pytest.mark.parametrize("text", [
    "科技新闻\n\n2024-06-12\n\n“2024成果转化对接会”11日在扬州举办，签约项目15个。"
    "下一场活动计划于明年1月在苏州举办，届时将邀请更多高校参加。",
    "工業新聞\n\n2025-08-20\n\n「2025南區技術媒合會」昨（19）日在台南舉行。下一場說明會將於9月5日舉行，歡迎報名。",
])
def test_a_later_session_without_its_own_organisers_or_money_is_not_an_event(text):
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text, first, second", [
    ("Harbour Lab — Events\n\nPAST EVENT\nMedtech Partnering Afternoon\nWednesday 6 March 2024, "
     "14:00–18:00\nHall B, Harbour Lab, Bristol\n\nAbout 120 researchers and investors met for "
     "pitches and meetings. The afternoon was organised by the Harbour Lab.\n\nUPCOMING EVENT\n"
     "Founders Breakfast\nFriday 12 April 2024, 08:30\nTown Hall, Cardiff\n\nCo-hosted by the "
     "Cardiff Angels Network. Places are limited.",
     ("Medtech Partnering Afternoon", date(2024, 3, 6), "Bristol"),
     ("Founders Breakfast", date(2024, 4, 12), "Cardiff")),
    ("Campus Events\n\nRecent event\nAgritech Licensing Morning\nTuesday 3 September 2024, "
     "09:00–12:00\nInnovation Centre, Wageningen\n\nSixty companies joined the morning.\n\n"
     "Next event\nSoil Sensor Clinic\nThursday 10 October 2024, 10:00\nExpo Hall, Utrecht\n\n"
     "Registration is open.",
     ("Agritech Licensing Morning", date(2024, 9, 3), "Wageningen"),
     ("Soil Sensor Clinic", date(2024, 10, 10), "Utrecht")),
])
def test_each_block_of_an_events_page_is_an_event_with_its_own_day_and_place(text, first,
                                                                             second):
    events = _events(text)
    got = [(e.name, e.date.start_date, e.place.city) for e in events]
    assert got == [first, second]


@pytest.mark.parametrize("text, name, etype", [
    ("某某技术转移中心 > 活动预告\n2026长三角成果转化创新论坛会议议程\n论坛时间：2026年5月7日",
     "2026长三角成果转化创新论坛", "forum"),
    ("第三届南部产学技术交流大会会议日程\n时间：2025年9月18日", "第三届南部产学技术交流大会",
     "conference"),
])
def test_an_agenda_title_leaves_the_events_own_keyword(text, name, etype):
    assert find_event_name(View(text), "") == (name, etype)


@pytest.mark.parametrize("text", [
    "某某大學 產學合作中心\n首頁 > 最新消息\n發布時間：2026-05-06\n\n醫材與農業技術說明會　8家廠商簽約\n\n"
    "本校於5月5日舉辦「2026醫材與農業技術說明會」。甲公司與醫學院簽約；乙公司與農學院簽約；丙公司亦完成簽約。"
    "共有8家廠商當天簽約，簽約金合計新臺幣3,100萬元。",
    "某市科技局\n首页 > 工作动态\n发布时间：2026-05-06\n\n校地成果说明会　12家企业签约\n\n"
    "5日，某市举办“2026校地成果说明会”。甲公司与某大学签约，乙公司与某学院签约，丙公司与某研究所签约。"
    "共有12家企业完成签约，签约金额合计8000万元。",
])
def test_a_headlines_count_of_signers_is_no_event(text):
    found = extract_events([("zh", text)], text.split("\n")[0])
    assert [e.event_type for e in found.events] == ["meeting"]


@pytest.mark.parametrize("text, side_name, side_day, side_host", [
    ("2026江淮技术转移大会成果\n发布时间：2026-06-12\n■ 大会概况\n时间：6月10日—11日\n地点：合肥市滨湖国际会展中心\n"
     "主办：安徽省人民政府\n■ 签约成果\n签约总额：31.5亿元\n■ 同期活动\n第三届江淮技术经理人大赛决赛\n"
     "6月11日下午　滨湖国际会展中心C馆\n由安徽省技术市场协会主办\n总奖金：30万元\n",
     "第三届江淮技术经理人大赛决赛", date(2026, 6, 11), "安徽省技术市场协会"),
    ("2025西部科技成果博览会闭幕\n发布时间：2025-09-20\n博览会于9月18日在成都开幕，由四川省科学技术厅主办。\n"
     "【配套活动】\n2025西部高校成果路演\n9月19日上午　成都世纪城新国际会展中心\n由四川省技术转移中心承办，12个项目登台。\n",
     "2025西部高校成果路演", date(2025, 9, 19), "四川省技术转移中心"),
])
def test_a_side_event_block_is_a_second_event_with_its_own_day_and_hosts(text, side_name, side_day,
                                                                         side_host):
    found = extract_events([("zh", text)], text.split("\n")[0])
    assert len(found.events) == 2
    main, side = found.events
    assert (side.name, side.date.start_date) == (side_name, side_day)
    assert side_host in [o.name for o in side.organizations]
    assert side_host not in [o.name for o in main.organizations]


@pytest.mark.parametrize("text, past, past_day, coming, coming_day", [
    ("某大學研發處電子報　第12期　2026年10月5日發行\n\n一、智慧製造技術媒合會圓滿落幕\n\n"
     "本處於9月24日（週四）在本校國際會議廳舉辦「智慧製造技術媒合會」，約120位業者出席。"
     "當天甲公司與本校機械系簽署技術授權。\n\n二、活動預告：2027創新創業 Demo Day\n\n"
     "本處將於2027年1月15日在本校體育館舉辦「2027創新創業 Demo Day」，由本校育成中心承辦。",
     "智慧製造技術媒合會", date(2026, 9, 24), "2027創新創業 Demo Day", date(2027, 1, 15)),
    ("某研究院简报　2026年第6期\n\n1. 新材料成果推介会在苏州举行\n6月3日，本院在苏州举办“新材料成果推介会”，"
     "80余家企业参加。\n\n2. 近期活动：2026长三角材料论坛\n本院将于2026年7月9日在上海举办“2026长三角材料论坛”。",
     "新材料成果推介会", date(2026, 6, 3), "2026长三角材料论坛", date(2026, 7, 9)),
])
def test_a_newsletters_previewed_item_is_its_own_event_after_the_reported_one(
        text, past, past_day, coming, coming_day):
    found = extract_events([("zh", text)], text.split("\n")[0])
    assert [(e.name, e.date.start_date) for e in found.events] == [(past, past_day),
                                                                  (coming, coming_day)]


@pytest.mark.parametrize("text", [
    "某协会\n2026年11月3日\n\n10月28日至30日，2026年度某省技术经纪人培训班（第三期）在合肥举办。\n"
    "本期学员共90人。\n据介绍，自2023年首期培训班开班以来，协会已累计培训学员600人次。\n",
    "Riverside Accelerator, 4 May 2026\n\nThe 2026 Riverside Demo Day was held on 2 May in Leeds. "
    "Since the first Riverside Pitch Night was held in 2019, 300 start-ups have pitched.\n",
])
def test_the_first_session_a_total_counts_from_is_no_event_of_the_article(text):
    assert len(extract_events([("zh" if "某" in text else "en", text)], "").events) == 1


@pytest.mark.parametrize("text, name", [
    ("某网 > 图文直播\n\n【图文直播】2026中德（青岛）技术转移对接会\n\n09:02 对接会现在开始。本次活动由某厅主办。\n\n"
     "11:20 对接会圆满结束。明年，第三届中德技术转移对接会将在德国慕尼黑举办。\n",
     "2026中德（青岛）技术转移对接会"),
    ("Member News\n\nThe Lakeside Tech Expo drew 300 visitors on Friday.\n\n"
     "Next year the 5th Lakeside Tech Fair will be held in Oslo.\n", "Lakeside Tech Expo"),
])
def test_the_next_edition_named_in_full_is_not_the_article_s_event(text, name):
    assert find_event_name(View(text), text.split("\n")[0])[0] == name


@pytest.mark.parametrize("text, first, first_day, second, second_type, second_day, second_org", [
    ("某大學 產學合作處　《產學快訊》第8期（2026年6月）\n本期內容：一、智慧農業技術展圓滿結束　二、本校與某某協會簽署合作協議\n\n"
     "一、智慧農業技術展圓滿結束\n\n由本校與甲協會合辦的「2026智慧農業技術轉移展」，已於5月12日至14日在本校體育館舉行，"
     "共錄得約900人次入場。\n\n二、本校與乙協會簽署合作協議\n\n本校於5月20日（星期三）在校本部與乙協會簽署合作協議，"
     "約40名嘉賓出席見證。\n",
     "2026智慧農業技術轉移展", date(2026, 5, 12), "本校與乙協會簽署合作協議", "signing",
     date(2026, 5, 20), "乙協會"),
    ("某日报 | 2026-12-20 | 来源：某日报\n【年度盘点】合作与开放\n\n盘点之一：对接周再上台阶\n"
     "3月5日至9日，2026某省技术转移对接周在甲市举行，由某省科学技术厅主办，300余名代表参会。\n"
     "盘点之二：成果拍出好价钱\n6月18日，由湖南省技术市场协会主办的“2026某省科技成果拍卖会”在乙市举行，"
     "成交总额1200万元。\n盘点之三：展望明年\n明年全省将继续办好对接周。\n",
     "2026某省技术转移对接周", date(2026, 3, 5), "2026某省科技成果拍卖会", "fair",
     date(2026, 6, 18), "湖南省技术市场协会"),
])
def test_each_numbered_item_reporting_an_event_on_its_own_day_is_an_event(
        text, first, first_day, second, second_type, second_day, second_org):
    _assert_two_events("zh", text, first, first_day, second, second_type, second_day, second_org)


@pytest.mark.parametrize("text", [
    # the items tell one event's parts on its one day
    "某研究院简报\n\n一、成果推介会在苏州举行\n6月3日，本院在苏州举办“新材料成果推介会”。\n\n"
    "二、现场签约\n6月3日下午，甲公司与本院签署合作协议。\n",
    # the second item holds no day of its own: a notice, not an event
    "某大學電子報\n\n一、技術媒合會圓滿落幕\n本處於9月24日舉辦「智慧製造技術媒合會」。\n\n"
    "二、資助消息\n本校團隊獲某署計劃資助，請於年底前聯絡本處。\n",
])
def test_numbered_items_of_one_day_or_without_a_day_stay_one_event(text):
    assert len(extract_events([("zh", text)], text.split("\n")[0]).events) == 1


@pytest.mark.parametrize("text, past, past_day, coming, coming_day", [
    ("某科技大學 研發處 > 最新公告\n公告日期：116-01-20\n\n主旨：公告本處「春季技術說明會」辦理成果，並訂於116年3月2日舉辦「智慧醫材成果推介會」。\n\n"
     "說明：\n一、本處於中華民國116年1月10日假本校圖書館主辦「春季技術說明會」，計有90人與會。\n"
     "二、「智慧醫材成果推介會」訂於116年3月2日（星期一）上午10時假本校演講廳舉行，由本校育成中心主辦。\n",
     "春季技術說明會", date(2027, 1, 10), "智慧醫材成果推介會", date(2027, 3, 2)),
    ("某大学科技处 通知公告\n发布日期：2026-04-08\n\n关于“新能源技术对接会”举办情况及定于2026年5月20日举办“储能成果推介会”的通知\n"
     "一、4月2日，我处在本校学术中心举办“新能源技术对接会”，60余家企业参会。\n"
     "二、“储能成果推介会”定于2026年5月20日在本校会堂举行，由学校技术转移中心承办。\n",
     "新能源技术对接会", date(2026, 4, 2), "储能成果推介会", date(2026, 5, 20)),
])
def test_a_notice_s_scheduled_session_is_its_own_event_and_not_the_reported_one_s_day(
        text, past, past_day, coming, coming_day):
    found = extract_events([("zh", text)], text.split("\n")[0])
    assert [(e.name, e.date.start_date) for e in found.events] == [(past, past_day),
                                                                  (coming, coming_day)]


@pytest.mark.parametrize("text, etype", [
    # "shows what/how …" is a verb, no trade show
    ("Partnership Day in Rabat\n\nThe partnership day took place in Rabat. Hosting it here shows "
     "what our partners can do, the ambassador said.", None),
    ("Delegates met in Lyon. The result shows how far the cluster has come.", None),
    # the noun stays a keyword
    ("The trade show drew 500 buyers to Hanover.", "fair"),
])
def test_the_verb_shows_is_no_trade_show(text, etype):
    from etl.extract.event_names import _type_counts
    counts = _type_counts(text)
    assert (counts.most_common(1)[0][0] if counts else None) == etype


@pytest.mark.parametrize("text, first, first_day, second, second_type, second_day, second_org", [
    ("Nordhaven University\nAnnual Report 2026 (excerpt)\n\n3.2 Technology transfer activities\n\n"
     "(a) Nordhaven Tech Expo 2026\n\nThe Nordhaven Tech Expo 2026 took place from 3 to 5 June 2026 "
     "in Tromsø, organised by the university's innovation office.\n\n"
     "(b) Licence agreement with Calder Minerals Ltd\n\nOn 9 November 2026, Nordhaven University "
     "and Calder Minerals Ltd signed a licence for a sensor.\n",
     "Nordhaven Tech Expo 2026", date(2026, 6, 3), "Licence agreement with Calder Minerals Ltd",
     "signing", date(2026, 11, 9), "Calder Minerals Ltd"),
    ("Brightloop Foundation — Review of the year\n\n(1) Brightloop Investor Forum\n\nOn 12 March "
     "2026 the Brightloop Investor Forum was held in Leeds, hosted by Kestotek Ltd.\n\n"
     "(2) Brightloop Demo Day\n\nThe Brightloop Demo Day was held on 20 September 2026 in York "
     "with the support of the Calder Trust Fund.\n",
     "Brightloop Investor Forum", date(2026, 3, 12), "Brightloop Demo Day", "other",
     date(2026, 9, 20), "Calder Trust Fund"),
])
def test_each_lettered_english_item_on_its_own_day_is_an_event(
        text, first, first_day, second, second_type, second_day, second_org):
    _assert_two_events("en", text, first, first_day, second, second_type, second_day, second_org)


@pytest.mark.parametrize("text", [
    # the items tell one event on its one day
    "Nordhaven News\n\n(a) Opening\n\nThe Nordhaven Tech Fair opened on 3 June 2026 in Oslo.\n\n"
    "(b) Signing\n\nOn 3 June 2026 Kestotek Ltd and Nordhaven University signed a licence.\n",
    # the second item holds no day: a plan, not an event
    "Nordhaven News\n\n(a) The fair\n\nThe Nordhaven Tech Fair was held on 3 June 2026 in Oslo.\n\n"
    "(b) Outlook\n\nA second fair is planned for next year.\n",
])
def test_lettered_english_items_of_one_day_or_without_a_day_stay_one_event(text):
    assert len(extract_events([("en", text)], text.split("\n")[0]).events) == 1


@pytest.mark.parametrize("text, first, first_day, second, second_type, second_day, second_city", [
    # a written reply whose numbered paragraphs each report an event named in quotes
    ("某局新闻公报\n议员书面答复\n\n（一）某署于二〇二六年九月十五日在某科学园举办「大学成果推介日」，"
     "当日实际入场约三百人，多所大学的知识转移处均有参与并展示技术。\n"
     "（二）在区域合作方面，某署与广州市科技局于今年十月八日至九日，在广州合办「穗港技术转移论坛」，"
     "两地机构共签署九份合作协议，涉及金额约人民币二千万元。\n"
     "（三）根据各大学提交的资料，大学的技术授权收入合共约2.1亿元，当局会继续推动成果转化工作。\n"
     "2026年11月20日（星期五）\n",
     "大学成果推介日", date(2026, 9, 15), "穗港技术转移论坛", "forum", date(2026, 10, 8),
     "Guangzhou"),
    ("某市政府工作答覆\n\n（一）本局於二〇二五年四月二日在市會展中心舉辦「智慧醫療技術媒合會」，"
     "共有四十家廠商參加並進行一對一洽談，現場簽署合作備忘錄三份。\n"
     "（二）此外，本局與台中市政府於五月二十日至二十一日在台中合辦「中部產學技術博覽會」，"
     "展出可移轉技術八十項，吸引逾千名業者參觀。\n"
     "發布日期：2025年6月3日\n",
     "智慧醫療技術媒合會", date(2025, 4, 2), "中部產學技術博覽會", "fair", date(2025, 5, 20),
     "Taichung"),
])
def test_numbered_paragraphs_each_naming_an_event_on_its_own_day_are_events(
        text, first, first_day, second, second_type, second_day, second_city):
    found = extract_events([("zh", text)], text.split("\n")[0])
    assert [(e.name, e.date.start_date) for e in found.events] == [(first, first_day),
                                                                  (second, second_day)]
    assert found.events[1].event_type == second_type
    assert found.events[1].place.city == second_city


def test_numbered_paragraphs_of_one_event_on_one_day_stay_one_event():
    text = ("某大学新闻\n\n（一）11月5日上午，某大学在本校举办「成果推介会」，发布成果40项，企业代表约200人参加。\n"
            "（二）同日下午，「成果推介会」进入签约环节，学校与5家企业签署技术转让合同，金额合计800万元。\n")
    assert len(extract_events([("zh", text)], text.split("\n")[0]).events) == 1


@pytest.mark.parametrize("text", [
    # the last item runs to the reply's sign-off: its date is the letter's, not a plan's day
    "关于某某提案的答复\n\n一、关于举办对接活动\n5月8日，我委在甲市举办“2026甲市成果对接会”，"
    "120名代表参会。\n\n二、下一步工作\n我委拟于年内再组织一次路演活动，力争全年签约金额突破1亿元。\n\n"
    "某市科学技术委员会\n2026年7月3日\n",
    "某大學電子報\n\n一、技術說明會圓滿落幕\n本處於3月9日舉辦「綠能技術說明會」。\n\n"
    "二、未來規劃\n本處將持續辦理媒合活動，爭取簽約更多案件。\n\n某大學研發處\n3月30日\n",
])
def test_a_sign_off_date_gives_the_last_numbered_item_no_day_of_its_own(text):
    assert len(extract_events([("zh", text)], text.split("\n")[0]).events) == 1


@pytest.mark.parametrize("text, second", [
    ("某大學知識轉移處通訊\n\n一、創新日圓滿舉行\n4月22日，本處舉辦「創新日2026」，約500人出席。\n\n"
     "二、專利授權簽約\n3月2日，本校與甲公司舉行專利授權簽約儀式，甲公司取得三項專利授權。"
     "專利授權簽約儀式由副校長主持。\n", "專利授權簽約儀式"),
    ("某學院簡訊\n\n一、技術展開幕\n5月6日，「2026綠能技術展」在本院開幕。\n\n二、技轉簽約\n"
     "6月9日，本院與乙公司舉行技術轉讓簽約儀式。技術轉讓簽約儀式共30人出席。\n", "技術轉讓簽約儀式"),
])
def test_a_numbered_items_event_keeps_the_articles_own_characters(text, second):
    """One event, not two: the item's name written as the article writes it, as its other
    mentions are (not the normalised view's Simplified characters)."""
    names = [e.name for e in extract_events([("zh", text)], text.split("\n")[0]).events]
    assert len(names) == 2 and names[1] == second


@pytest.mark.parametrize("text, name", [
    # a part of the programme named like an event is not the event
    ("海外校友会举办“沪港”创新交流会。\n在“青年创业路演”环节，5个团队进行了路演。", "“沪港”创新交流会"),
    ("研究院举办成果转化对接会。会上，「专家答疑论坛」环节持续了一个小时。", "成果转化对接会"),
])
def test_a_session_of_the_programme_is_no_event(text, name):
    main, _etype = find_event_name(View(text), "")
    assert main == name
    assert find_other_events(View(text), main) == []


@pytest.mark.parametrize("text, name", [
    # the session a proposal was filed at is not the event the reply reports
    ("关于市人大十六届三次会议第0456号建议的答复\n今年5月，我局在开发区举办了“2026滨海成果对接会”，"
     "共签约9项。", "“2026滨海成果对接会”"),
    ("关于区政协五届二次会议第12号提案的答复\n我局于4月在高新区举办了2026年校企技术对接会，"
     "30余家企业参加。", "2026年校企技术对接会"),
])
def test_the_session_of_a_proposal_is_no_event(text, name):
    main, _etype = find_event_name(View(text), text.split("\n")[0])
    assert main.strip("“”") == name.strip("“”")


@pytest.mark.parametrize("text, title, leg, city, day", [
    # another leg of a series, named by its city and 场, with a day of its own
    ("2027年3月18日，2027台湾科学园区北美招商说明会在旧金山举行。\n※ 芝加哥场（5月20日）另行公告。",
     "2027台湾科学园区北美招商说明会", "芝加哥场", "Chicago", date(2027, 5, 20)),
    # a leg named by its part of the country, its one sentence naming its city
    ("2026年5月6日，产学媒合大会在台中举行。\n北部场由经济部主办，预定6月10日在新竹举行说明。",
     "产学媒合大会", "北部场", "Hsinchu", date(2026, 6, 10)),
])
def test_another_leg_of_a_series_with_its_own_day(text, title, leg, city, day):
    events = extract_events([("zh", text)], title).events
    [ev] = [e for e in events if e.name == leg]
    assert (ev.place.city, ev.date.start_date) == (city, day)


def test_a_past_leg_without_a_day_is_no_event():
    text = ("2027年3月18日，北美招商说明会在旧金山举行。\n去年纽约场与本场合计促成投资意向1亿美元。")
    assert [e.name for e in extract_events([("zh", text)], "北美招商说明会").events] == \
        ["北美招商说明会"]


@pytest.mark.parametrize("text, title, side", [
    # held alongside, with its own day and its own organisers: an event of its own
    ("4月2日，种业交易会在三亚举行。\n2日下午，同期举办的“种业知识产权培训班”在科创中心开班，"
     "由某省知识产权局主办，某研究院承办。80名学员参加培训。", "种业交易会", "种业知识产权培训班"),
    ("9月5日，成果对接会在西安举行。\n5日上午，同期举办的“专利运营研讨会”在会展中心举行，"
     "由某市科技局主办。", "成果对接会", "专利运营研讨会"),
])
def test_an_event_held_alongside_with_its_own_day_and_organisers(text, title, side):
    names = [e.name for e in extract_events([("zh", text)], title).events]
    assert any(side in n for n in names)


def test_a_session_held_alongside_without_its_own_organisers_stays_inside():
    text = ("4月2日，种业交易会在三亚举行。\n同期举办的“种业知识产权讲座”在科创中心举行，80人参加。")
    assert [e.name for e in extract_events([("zh", text)], "种业交易会").events] == ["种业交易会"]


@pytest.mark.parametrize("text, title", [
    # an event still to come, announced in passing (将与…共同举办, 计划于…举办)
    ("5月3日，技术论坛在台中举行。\n会上，某大学表示将与工研院共同举办暑期创业训练营。", "技术论坛"),
    ("5月3日，技术论坛在台中举行。\n协会计划于今年10月在高雄举办产业媒合会，届时将邀请百家企业。", "技术论坛"),
    # a signing held during the event (会中) is part of it
    ("5月3日，技术媒合会在台中举行。\n会中并举行技术授权签约仪式，由学校与三家企业完成签约。", "技术媒合会"),
])
def test_an_event_to_come_and_a_ceremony_during_the_event_are_no_events_of_their_own(text, title):
    assert [e.name for e in extract_events([("zh", text)], title).events] == [title]


def _assert_two_events(lang, text, first, first_day, second, second_type, second_day, second_org):
    """The text gives two events, in order, on their own days; the second's organisation is
    its own, not the first's."""
    found = extract_events([(lang, text)], text.split("\n")[0])
    assert [(e.name, e.date.start_date) for e in found.events] == [(first, first_day),
                                                                  (second, second_day)]
    main, other = found.events
    assert other.event_type == second_type
    assert second_org in [o.name for o in other.organizations]
    assert second_org not in [o.name for o in main.organizations]


@pytest.mark.parametrize("text, title, name, etype, day, org", [
    # the day after the main event, with a signing and its own parties
    ("Oslo, 4 May 2026\nThe Nordic Transfer Forum was held in Oslo on 2 May 2026.\n"
     "On the following day, Northwind Robotics and Fjord Materials signed a licence agreement "
     "on coating technology at the company's plant.\n",
     "Nordic Transfer Forum", "Signing of the licence agreement", "signing", date(2026, 5, 3),
     "Northwind Robotics"),
    # the eve of the main event, with a day of its own written out
    ("Lyon, 20 March 2027\nThe Rhône Innovation Fair was held in Lyon on 18 March 2027.\n"
     "On the eve of the fair, on 17 March, the Alpine Research Institute and Rhône Battery "
     "signed a framework agreement worth €3 million.\n",
     "Rhône Innovation Fair", "Signing of the framework agreement", "signing",
     date(2027, 3, 17), "Alpine Research Institute"),
    # a weekday of its own and a gathering named by its kind
    ("Cairo, Wednesday 10 March 2027\nThe Delta Technology Transfer Forum was held in Cairo on "
     "Sunday.\nOn Monday, a two-day licensing workshop for 20 patent officers began at the "
     "Delta Research Centre in Tanta.\n",
     "Delta Technology Transfer Forum", "two-day licensing workshop", "training",
     date(2027, 3, 8), None),
])
def test_a_paragraph_opening_on_a_day_of_its_own_reports_a_second_event(
        text, title, name, etype, day, org):
    events = extract_events([("en", text)], text.split("\n")[0]).events
    [ev] = [e for e in events if e.name == name]
    assert (ev.event_type, ev.date.start_date) == (etype, day)
    if org:
        assert org in [o.name for o in ev.organizations]


def test_a_chinese_paragraph_opening_on_the_day_after_reports_a_signing():
    text = ("2026年5月20日\n某大学于5月12日在吉隆坡举办“中马技术转移论坛”，约100人出席。\n"
            "论坛翌日（5月13日），某大学代表团前往槟城，与马来西亚理科大学签署合作协议。\n")
    events = extract_events([("zh", text)], "中马技术转移论坛").events
    [ev] = [e for e in events if e.event_type == "signing"]
    assert ev.date.start_date == date(2026, 5, 13)
    assert "签署合作协议" in ev.name


@pytest.mark.parametrize("text, title", [
    # the paragraph tells of the main event again
    ("Oslo, 4 May 2026\nThe Nordic Transfer Forum was held in Oslo on 2 May 2026.\n"
     "On Monday, the forum heard from twelve start-ups, which signed a pledge to share data.\n",
     "Nordic Transfer Forum"),
    # no signing and no gathering told: only a day
    ("Oslo, 4 May 2026\nThe Nordic Transfer Forum was held in Oslo on 2 May 2026.\n"
     "On the following day, the organisers published the list of finalists.\n",
     "Nordic Transfer Forum"),
])
def test_a_relative_day_paragraph_about_the_main_event_is_no_second_event(text, title):
    assert len(extract_events([("en", text)], text.split("\n")[0]).events) == 1


@pytest.mark.parametrize("name", ["Techmart Hai Phong 2027", "the Mekong Delta Techmart"])
def test_a_techmart_is_a_fair(name):
    assert event_type_of(name) == "fair"


def test_a_notice_s_numbered_legs_laid_out_by_their_date_lines_are_events_of_the_page_s_event():
    text = ("某某协会\n【活动成果】「2026专利授权实务培训班」东部场、西部场圆满结业\n"
            "公告日期：2026-04-02　｜　类别：人才培训\n"
            "本会办理之「2026专利授权实务培训班」已于3月分别在杭州及成都完成两场课程，感谢各单位支持"
            "与学员热烈参与，课程涵盖专利布局、授权条件谈判、技术鉴价与新创衍生等实务内容。课程成果摘要如下：\n"
            "■ 指导单位：浙江省知识产权局\n■ 主办单位：浙江省技术转移协会\n■ 承办单位：杭州技术转移中心\n"
            "■ 协办单位：东部场－某某大学；西部场－某某研究院\n\n"
            "一、东部场\n日期：2026年3月5日（星期四）\n地点：杭州市西湖区\n"
            "本场共有40名学员完成课程。\n\n"
            "二、西部场\n日期：2026年3月19日（星期四）\n地点：成都市高新区\n"
            "本场结业学员28名。\n")
    events = extract_events([("zh", text)], text.split("\n")[0]).events
    assert [(e.name, e.event_type, e.date.start_date, e.place.city) for e in events] == [
        ("2026专利授权实务培训班（东部场）", "training", date(2026, 3, 5), "Hangzhou"),
        ("2026专利授权实务培训班（西部场）", "training", date(2026, 3, 19), "Chengdu")]
    # what the notice says before its items is both legs'
    assert all("浙江省技术转移协会" in [o.name for o in e.organizations] for e in events)


def test_a_notice_s_time_and_place_item_beside_an_item_that_tells_of_a_meeting_is_no_event():
    text = ("关于举办2026成果对接会的通知\n定于2026年5月6日在西安举办2026成果对接会。\n"
            "一、时间地点\n时间：2026年5月6日（星期三）\n地点：西安市雁塔区\n"
            "二、往届回顾\n2025年4月12日举办的首届对接会吸引了百家单位参与。\n")
    assert [e.name for e in extract_events([("zh", text)], text.split("\n")[0]).events] == \
        ["2026成果对接会"]


@pytest.mark.parametrize("text, etype", [
    # the page reports a training; a conference on the list of events to come is only announced
    ("Licensing course fills every seat\n\nTwenty staff from member offices completed a two-day "
     "licensing training course in Leeds last week.\n\nUpcoming\n- Network Annual Conference – "
     "York, spring 2026 (details to follow)\n- Webinar: Spin-out terms – 9 March 2026\n",
     "training"),
    ("Pitch night crowns three start-ups\n\nThe university's pitch competition drew 90 guests on "
     "Friday.\n\nComing up:\n- Regional Innovation Summit – Bristol, 4 June 2026\n", "competition"),
])
def test_a_name_on_a_list_of_events_to_come_is_not_the_main_event(text, etype):
    assert find_event_name(View(text), text.split("\n")[0])[1] == etype



@pytest.mark.parametrize("text, day", [
    ("“某技术转移基地”在兰州揭牌\n日期:2025年3月12日 17:48 来源:科技部\n3月10日,某市科技局与某交易所"
     "共同建设的“某技术转移基地”在兰州市举行揭牌仪式。副市长到会讲话。\n与基地揭牌同步,“某科技成果推介会”"
     "在兰州饭店开幕,承办方为某研究所。推介会共征集项目80项。\n", date(2025, 3, 10)),
    ("“某成果转化中心”在银川揭牌\n日期:2024年5月9日 10:02 来源:某报\n5月8日,某区政府与某大学共同建设的"
     "“某成果转化中心”在银川市举行揭牌仪式。校长到会讲话。\n与中心揭牌同步,“某技术成果对接会”在银川宾馆开幕,"
     "承办方为某科技馆。对接会共发布成果60项。\n", date(2024, 5, 8)),
])
def test_a_side_event_held_in_step_with_the_main_one_shares_its_day(text, day):
    events = extract_events([("zh", text)], text.split("\n")[0]).events
    assert len(events) == 2 and [e.date.start_date for e in events] == [day, day]


@pytest.mark.parametrize("title, text, day", [
    ("理工大学技术转移论坛暨「理工创新大赛2026」颁奖典礼圆满举行",
     "理工大学技术转移论坛暨「理工创新大赛2026」颁奖典礼圆满举行\n2026年6月9日\n\n"
     "理工大学上星期五（6月5日）在校园会堂举行「理工大学技术转移论坛2026」，约三百人出席。\n\n"
     "同日晚上，「理工创新大赛2026」颁奖典礼在同一场地举行，共有80支队伍参赛。\n",
     date(2026, 6, 5)),
    ("The Agritech Forum and the Innovation Challenge 2027 Awards",
     "The Agritech Forum and the Innovation Challenge 2027 Awards\nPosted 14 May 2027\n\n"
     "The university held the Agritech Forum on 10 May 2027 in its great hall.\n\n"
     "On the same day, the Innovation Challenge 2027 awards ceremony was held at the hall, "
     "with 40 teams competing.\n", date(2027, 5, 10)),
])
def test_an_event_told_the_same_day_as_another_takes_its_day_not_the_page_s(title, text, day):
    events = extract_events([("zh" if "大学" in text else "en", text)], title).events
    assert len(events) == 2
    assert {e.date.start_date for e in events} == {day}


@pytest.mark.parametrize("lang, text, title, main_day, org", [
    # a later slot of the main event's day, with a signing of its own
    ("zh", "2026年4月9日\n某市政府8日上午在市会展中心举办“2026某市产学研对接会”，约150人与会。\n"
     "同日下午，南江市人民政府与南江理工大学在同一会场签署人才培养合作备忘录，由南江市科学技术局代表见证。\n",
     "2026某市产学研对接会", date(2026, 4, 8), "南江理工大学"),
    ("zh", "2026年4月9日\n某市政府8日在市会展中心举办“2026某市产学研对接会”，约150人与会。\n"
     "对接会结束后，南江材料研究院与南江新材料有限公司签署技术转让合同，金额300万元。\n",
     "2026某市产学研对接会", date(2026, 4, 8), "南江新材料有限公司"),
    ("en", "Perth, 12 May 2027\nThe Swan Valley Innovation Forum was held in Perth on 11 May "
     "2027.\nLater that day, Swan Research Institute and Karri Mining Ltd signed a licence "
     "agreement for a sensor.\n",
     "Swan Valley Innovation Forum", date(2027, 5, 11), "Karri Mining Ltd"),
    ("en", "Perth, 12 May 2027\nThe Swan Valley Innovation Forum was held in Perth on 11 May "
     "2027.\nAfter the forum closed, Swan Research Institute and Karri Mining Ltd signed a "
     "research agreement on soil sensors.\n",
     "Swan Valley Innovation Forum", date(2027, 5, 11), "Karri Mining Ltd"),
])
def test_a_paragraph_opening_beside_the_main_event_reports_a_signing_on_its_day(
        lang, text, title, main_day, org):
    events = extract_events([(lang, text)], text.split("\n")[0]).events
    assert len(events) == 2
    [signing] = [e for e in events if e.event_type == "signing"]
    assert signing.date.start_date == main_day
    assert org in [o.name for o in signing.organizations]


def test_a_signing_on_the_sidelines_at_a_time_of_its_own_is_an_event_and_without_one_is_not():
    head = ("Leeds, 9 October 2026\nThe Aire Technology Transfer Summit, which ended on "
            "Thursday, was held in Leeds.\n")
    timed = head + ("On the sidelines of the summit on Wednesday evening, Aire University "
                    "signed a licence agreement with Pennine Pharma for a coating process.\n")
    untimed = head + ("On the sidelines of the summit, Aire University signed a licence "
                      "agreement with Pennine Pharma for a coating process.\n")
    events = extract_events([("en", timed)], "Leeds, 9 October 2026").events
    [signing] = [e for e in events if e.event_type == "signing"]
    assert signing.date.start_date == date(2026, 10, 7)
    assert len(extract_events([("en", untimed)], "Leeds, 9 October 2026").events) == 1


def test_a_side_event_with_its_organisers_in_the_next_sentence_of_its_paragraph():
    text = ("2027年5月10日\n第三届某省技术交易大会10日在某市国际会展中心开幕，由某省人民政府主办。\n"
            "当天下午，作为大会同期活动，2027某区域技术转移合作论坛在同一场馆举行。论坛由北川大学与"
            "北川科学院联合主办，北川市科学技术局承办。约200名嘉宾参加论坛。\n")
    events = extract_events([("zh", text)], "第三届某省技术交易大会开幕").events
    [forum] = [e for e in events if e.event_type == "forum"]
    assert forum.attendance is not None and forum.attendance.count == 200
    assert "北川市科学技术局" in [o.name for o in forum.organizations]
    [fair] = [e for e in events if e is not forum]
    assert "北川市科学技术局" not in [o.name for o in fair.organizations]


def test_a_crosshead_and_a_quote_naming_the_kind_in_general_stay_with_the_side_event():
    text = ("Durban, 9 October 2026\nThe KwaZulu Technology Indaba, hosted by Durban "
            "University, ended on Thursday.\nSome 200 delegates took part.\n"
            "Licence deal with Umgeni Foods\n"
            "On the sidelines of the indaba on Wednesday evening, Durban University signed a "
            "licence agreement with Umgeni Foods Ltd for a drying process.\n"
            "\"This is the outcome we want from an indaba,\" the head of the office said.\n"
            "Umgeni Foods Ltd will use the process at its plant.\n")
    events = extract_events([("en", text)], "Durban, 9 October 2026").events
    [indaba] = [e for e in events if e.event_type != "signing"]
    assert indaba.name == "KwaZulu Technology Indaba"
    assert "Umgeni Foods Ltd" not in [o.name for o in indaba.organizations]


def test_the_paragraphs_after_a_one_paragraph_side_event_are_the_main_event_s_again():
    text = ("2026年11月11日\n某局长10日在利雅得出席“某某创科合作圆桌会议”，约60人出席。\n"
            "圆桌会议结束后，南江科技园公司与北川国王大学签署合作备忘录。\n"
            "南江经贸办处长表示，南江驻北川经济贸易办事处与南江贸易发展局合办了这次会议。\n")
    events = extract_events([("zh", text)], "某局长出席圆桌会议").events
    [signing] = [e for e in events if e.event_type == "signing"]
    names = [o.name for o in signing.organizations]
    assert "南江驻北川经济贸易办事处" not in names and "南江贸易发展局" not in names


@pytest.mark.parametrize("text, name", [
    # an "Event details" block names the page's event, over a summit the page also names
    ("Prairie Innovation Network\nNews\n\nWorkshop trains staff; Summit registration open\n\n"
     "Members met in Fargo last month for a workshop for new staff.\n\nEvent details\n"
     "Event: Red River Licensing Workshop\nDates: May 4–5, 2026\nVenue: Fargo, North Dakota\n\n"
     "2026 Prairie Innovation Summit: registration open\n\nRegistration is open for the 2026 "
     "Prairie Innovation Summit, which will be held in Bismarck. The Prairie Innovation Summit "
     "is the network's largest.\n",
     "Red River Licensing Workshop"),
    ("某市技术转移协会\n通知公告\n\n活动名称：2026年某市技术经纪人培训班\n活动时间：2026年5月4日\n"
     "活动地点：某市科技大厦\n\n第三届某市科技成果交易会将于9月举行。\n",
     "2026年某市技术经纪人培训班"),
])
def test_an_event_field_line_names_the_page_s_event(text, name):
    assert find_event_name(View(text), text.split("\n")[0])[0] == name


@pytest.mark.parametrize("text, name, day, org", [
    ("Tamar Science Park\nNews\n\nThe Tamar Licensing Fair was held at the park on 3 June 2026, "
     "with 90 visitors.\n\nOn Tuesday 14 July 2026, the park will host a Patent Masterclass for "
     "founders, organised by the Cornwall IP Office in cooperation with Tamar University. "
     "The masterclass is limited to 20 places.\n\nThe fair was the park's fourth.\n",
     "Patent Masterclass", date(2026, 7, 14), "Cornwall IP Office"),
    ("Bay Research Network\nNews\n\nThe Bay Licensing Workshop was held in Hobart on 2 May 2026.\n"
     "\nRegistration is open for the 2026 Bay Innovation Summit, which will take place "
     "September 14–16, 2026, in Launceston, hosted by the University of Tasmania. Some 300 "
     "people are expected.\n",
     "2026 Bay Innovation Summit", date(2026, 9, 14), "University of Tasmania"),
])
def test_a_later_event_announced_with_its_day_and_organisers_is_reported(text, name, day, org):
    events = extract_events([("en", text)], text.split("\n")[0]).events
    assert len(events) == 2
    [later] = [e for e in events if e.name == name]
    assert later.date.start_date == day
    assert org in [o.name for o in later.organizations]
    [main] = [e for e in events if e is not later]
    assert main.date.start_date != day


def test_a_later_event_announced_without_organisers_of_its_own_is_not_reported():
    text = ("Tamar Science Park\nNews\n\nThe Tamar Licensing Fair was held at the park on 3 June "
            "2026.\n\nThe next Patent Clinic will take place on 14 July 2026 at the park.\n")
    assert len(extract_events([("en", text)], "Tamar Science Park").events) == 1


@pytest.mark.parametrize("text, title, side, day", [
    # the side event is named in the paragraph (its own organisers before its name); its day is
    # the one the paragraph's opener tells
    ("发布时间：2026-06-20\n6月17日，某大学—某市校地合作成果对接会在某市科技大厦举行。\n"
     "次日（18日），由某省科学技术厅主办、某大学技术转移中心承办的某市技术经理人研修班开班，60名学员参加。\n",
     "某大学举办校地合作成果对接会", "某市技术经理人研修班", date(2026, 6, 18)),
    ("发布时间：2025-09-12\n9月9日，某省科技成果拍卖会在某市会展中心举行。\n"
     "次日，由某市科学技术局主办的某省技术经纪人培训班开班，40名学员参加。\n",
     "某省科技成果拍卖会举行", "某省技术经纪人培训班", date(2025, 9, 10)),
])
def test_a_side_event_named_in_a_paragraph_opening_on_the_next_day_is_held_that_day(
        text, title, side, day):
    events = extract_events([("zh", text)], title).events
    [ev] = [e for e in events if e.name == side]
    assert ev.date.start_date == day


@pytest.mark.parametrize("text, name", [
    ("某大学新闻\n\n某大学本周三在校园举行「2026某某科技转化论坛」，约300人参与。\n\n图片说明：\n"
     "（一）校长（中）与主礼嘉宾主持论坛开幕仪式。\n（二）出席者参观展区。\n",
     "2026某某科技转化论坛"),
    ("Campus News\n\nThe 2026 Ridge Technology Transfer Forum was held at the campus on Monday, "
     "with 120 guests.\n\nPhoto: The Ridge Student Startup Showcase was held in the atrium.\n",
     "2026 Ridge Technology Transfer Forum"),
])
def test_a_photo_caption_names_no_event(text, name):
    events = extract_events([("zh" if "大学" in text else "en", text)], text.split("\n")[0]).events
    assert [e.name for e in events] == [name]


@pytest.mark.parametrize("text, side, day, city", [
    # a paragraph opening on 同期, the side event's organisers before its name, its own days after
    ("2025年“某省—沿海”成果对接会在西宁举办\n发布时间：2025-06-12\n6月10日，2025年“某省—沿海”"
     "成果对接会在西宁某中心举办，由省科技厅主办。\n同期，由省科技厅主办、某大学承办的2025年某省专利代理人"
     "培训班于6月10日至12日在西宁举办，60名学员参加培训。\n",
     "2025年某省专利代理人培训班", date(2025, 6, 10), "Xining"),
    ("某市科技成果拍卖会在南宁举行\n发布时间：2024-11-06\n11月5日，某市科技成果拍卖会在南宁某会展中心"
     "举行，共拍出成果12项。\n同时，由市科技局主办、某研究院承办的某市技术经纪人研修班于11月5日至6日"
     "在南宁开班，45名学员参加。\n",
     "某市技术经纪人研修班", date(2024, 11, 5), "Nanning"),
])
def test_a_side_event_with_its_organisers_before_its_name_and_its_day_after(text, side, day,
                                                                           city):
    events = extract_events([("zh", text)], text.split("\n")[0]).events
    assert len(events) == 2
    assert events[1].name == side
    assert (events[1].date.start_date, events[1].place.city) == (day, city)


@pytest.mark.parametrize("text", [
    # a session of the main event, told with its own organisers and day, stays a session
    "6月10日，某成果对接会在西宁举办。\n同期，由省科技厅主办的新材料分论坛于6月10日在西宁举办。\n",
    # no day of its own: a session of the main event
    "6月10日，某成果对接会在西宁举办。\n同期，由省科技厅主办、某大学承办的专利代理人培训班在西宁举办。\n",
])
def test_a_session_alongside_the_main_event_stays_inside_it(text):
    assert len(extract_events([("zh", text)], "某成果对接会在西宁举办").events) == 1


@pytest.mark.parametrize("text, kind", [
    # 媒合日, a matchmaking day, is a meeting like 媒合会
    ("某科學園區管理局昨日舉辦「2026南區產學技術媒合日」，約150人到場，促成5件技轉案。", "meeting"),
    ("「2027花蓮生技媒合日」今天在花蓮登場，吸引百餘家業者參加。", "meeting"),
])
def test_a_matchmaking_day_is_a_meeting(text, kind):
    events = extract_events([("zh", text)], "").events
    assert events and events[0].event_type == kind and "媒合日" in events[0].name


@pytest.mark.parametrize("text, day", [
    # the signing told first, on a weekday after the main event's days
    ("Polytechnic fair ends as agency signs patent deal\nFriday, May 15, 2026\n\n"
     "Inventors at the polytechnic will pay less for patents after the college signed an "
     "agreement with the Patent Office on Thursday.\n\n"
     "The Coast Innovation Fair, which ran from Monday to Wednesday at the college, drew 900 "
     "visitors.\n", date(2026, 5, 14)),
    # told after the main event, on the day before it
    ("Lakeside Technology Expo opens\nWednesday, June 10, 2026\n\n"
     "The Lakeside Technology Expo opened on Wednesday in Kisumu with 40 exhibitors.\n\n"
     "The county and the university signed a memorandum of understanding on Tuesday at the "
     "county offices.\n", date(2026, 6, 9)),
])
def test_a_signing_told_on_a_weekday_outside_the_main_event_is_its_own(text, day):
    events = extract_events([("en", text)], text.split("\n")[0]).events
    assert len(events) == 2
    assert events[1].event_type == "signing" and events[1].date.start_date == day


@pytest.mark.parametrize("text", [
    # a signing on one of the main event's own days is part of it
    ("Coast Innovation Fair closes\nFriday, May 15, 2026\n\n"
     "The Coast Innovation Fair ran from Monday to Wednesday at the college and drew 900 "
     "visitors.\n\nThe college and the Patent Office signed an agreement on Tuesday.\n"),
    # no day of the main event's to compare with: not told apart
    ("Coast Innovation Fair closes\nFriday, May 15, 2026\n\n"
     "The Coast Innovation Fair drew 900 visitors to the college.\n\n"
     "The college and the Patent Office signed an agreement on Thursday.\n"),
])
def test_a_signing_on_the_main_event_s_day_or_an_unknown_one_is_no_event_of_its_own(text):
    assert len(extract_events([("en", text)], text.split("\n")[0]).events) == 1


def test_a_signing_on_the_main_event_s_day_leaves_its_money_to_the_main_event():
    text = ("Coast Innovation Fair closes\nFriday, May 15, 2026\n\n"
            "The Coast Innovation Fair ran from Monday to Wednesday at the college and drew 900 "
            "visitors.\n\nOn Tuesday the college signed a licence with Reef Foods worth "
            "$50,000 over two years.\n")
    events = extract_events([("en", text)], text.split("\n")[0]).events
    assert len(events) == 1 and [a.amount for a in events[0].amounts] == [50000]


@pytest.mark.parametrize("text", [
    # a headline's short name under a site's crumbs line; the body names the event in full
    ("某某新聞網 > 地方 > 台中市\n\n中興大學產學媒合日 12項技術授權\n\n2025-05-10 記者某某／台中報導\n\n"
     "國立中興大學昨（9）日在校內舉辦「2025農業科技授權媒合日」，吸引300位業者與會。\n\n"
     "【圖說】中興大學昨天舉辦農業科技授權媒合日，研究團隊展示成果。\n"),
    ("首頁 > 產業 > 科技\n\n成大南科產學論壇 促成5件合作\n\n2026-03-02 記者某某／台南報導\n\n"
     "成功大學昨日在南科舉辦「2026南部半導體產學論壇」，約200人出席。\n\n"
     "【圖說】成大昨天舉辦南部半導體產學論壇。\n"),
])
def test_a_headline_s_short_name_under_a_crumbs_line_is_the_body_s_event(text):
    assert len(extract_events([("zh", text)], text.split("\n")[2]).events) == 1


@pytest.mark.parametrize("text, title, name, day", [
    # a side event found by its own name keeps the day its paragraph's opener ties it to
    ("发布时间：2027-05-20\n5月15日，某大学与某市校企合作对接会在市科技会堂举行，近300人参加。\n"
     "次日（16日），由某省科学技术厅主办的技术经理人实务培训班开班，80名学员参加培训。\n",
     "校企合作对接会", "技术经理人实务培训班", date(2027, 5, 16)),
    ("2027年9月8日\n9月3日，海洋产业技术转移对接会在青岛举行，200余人参会。\n"
     "翌日（4日），由某市科技局主办的专利运营培训班开班，60名学员参加。\n",
     "海洋产业技术转移对接会", "专利运营培训班", date(2027, 9, 4)),
])
def test_a_named_side_event_opened_by_the_day_after_takes_that_day(text, title, name, day):
    events = extract_events([("zh", text)], title).events
    [ev] = [e for e in events if e.name == name]
    assert (ev.event_type, ev.date.start_date) == ("training", day)


@pytest.mark.parametrize("text, etype", [
    # a grant called an award, and problems called challenges, are no competition
    ("Partnership day\nTeams met firms in one-to-one meetings. The agency confirmed an award of "
     "€2 million to one team, the largest award made on the day. Firms presented the "
     "challenges they face.", "meeting"),
    ("Open lab\nThe investors held meetings with 12 teams; awards worth $50,000 and awards of "
     "€20,000 went to four of them.", "meeting"),
    # the keywords stay keywords
    ("The innovation challenge drew 40 teams; the award went to a sensor start-up.",
     "competition"),
])
def test_a_grant_award_or_a_problem_is_no_competition(text, etype):
    from etl.extract.event_names import _type_counts
    counts = _type_counts(text)
    assert counts.most_common(1)[0][0] == etype
