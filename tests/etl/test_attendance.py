"""Attendance: head counts anchored on people-nouns, with their qualifier."""
import pytest

from etl.extract.attendance import find_attendance, find_attendances
from etl.extract.text import View


@pytest.mark.parametrize("text, count, qualifier", [
    ("About 250 representatives from 40 universities attended the workshop.", 250, "approx"),
    ("More than 800 people attended the opening in Nairobi.", 800, "at_least"),
    ("The expo drew over 1,200 participants.", 1200, "at_least"),
    ("200 or so guests joined the reception.", 200, "approx"),
    ("Nearly 300 delegates took part.", 300, "approx"),
    ("Some 50 experts gathered in Turin.", 50, "approx"),
    ("Totally 75 trainees participated in the course.", 75, "exact"),
    ("The seminar was attended by about 150 guests.", 150, "approx"),
    ("A total of 64 participants completed the course.", 64, "exact"),
    ("The meeting brought together 40 researchers and attended by officials.", 40, "exact"),
    ("Two hundred participants joined online.", 200, "exact"),
    ("Attendance was over 3,000 at the festival.", 3000, "at_least"),
    ("500+ attendees registered.", 500, "at_least"),
    ("约4000人参加了本次展会。", 4000, "approx"),
    ("共有900多人出席开幕式。", 900, "at_least"),
    ("活動吸引600餘人參與。", 600, "at_least"),
    ("逾千人参加论坛。", 1000, "at_least"),
    ("近200名代表出席会议。", 200, "approx"),
    ("参会人数超过350人。", 350, "at_least"),
    ("展会吸引了3000余名观众。", 3000, "at_least"),
    ("一百多人参加培训。", 100, "at_least"),
    ("两千余人参加大会。", 2000, "at_least"),
    ("本次培训共有学员86人。", 86, "exact"),
    ("约1.5万人次参观。", 15000, "approx"),
    ("现场观众500人左右。", 500, "approx"),
    ("１２０名专家学者出席。", 120, "exact"),
])
def test_head_count_and_qualifier_are_read(text, count, qualifier):
    found = find_attendance(text)
    assert found is not None
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text", [
    "More than 300 projects were exhibited.",
    "Over 120 exhibitors and 500 companies took part.",
    "Universities from 18 provinces and 30 countries joined.",
    "The fair had 600 booths.",
    "It is one of the 19 WTO Chairs worldwide.",
    "Patents: 1,500 were licensed by 40 universities.",
    "The 12th forum was held in Accra.",
    "Dozens of experts attended the forum.",
    "Hundreds of guests attended.",
    "吸引了300家企业参展。",
    "来自20个国家和地区的项目参展。",
    "千人计划专家出席会议。",
    "人才引进2000人才计划。",
    "The centre was founded in 2010 and has grown every year.",
    "",
])
def test_counts_of_things_are_never_attendance(text):
    assert find_attendance(text) is None


def test_largest_total_wins_over_a_subgroup():
    found = find_attendance("Some 500 participants attended, including 50 foreign experts.")
    assert (found.count, found.qualifier) == (500, "approx")


def test_attendee_count_beats_a_larger_count_of_non_attendees():
    text = ("The region has 20,000 engineers. About 400 delegates attended the summit, "
            "which was held in Lima.")
    assert find_attendance(text).count == 400


def test_evidence_is_the_sentence_with_the_count():
    text = "The forum opened on Monday. Over 600 guests attended it. Speeches followed."
    assert find_attendance(text).evidence == "Over 600 guests attended it."


@pytest.mark.parametrize("text", ["\x00" * 100, "人" * 1000, "9" * 3000 + " participants"])
def test_odd_input_gives_no_head_count(text):
    assert find_attendances(text) == [] and find_attendance(text) is None


@pytest.mark.parametrize("text, count, qualifier", [
    ("Ten teams pitched in front of an audience of over 600 at the final.", 600, "at_least"),
    ("The awards night drew a crowd of about 3,000.", 3000, "approx"),
])
def test_audience_and_crowd_of_a_figure_are_attendance(text, count, qualifier):
    found = find_attendance(text)
    assert (found.count, found.qualifier) == (count, qualifier)


def test_an_audience_share_is_not_attendance():
    assert find_attendance("An audience of 40% came from industry.") is None


@pytest.mark.parametrize("text, count, qualifier", [
    ("The gala drew more than 180 guests.", 180, "at_least"),
    ("Some 200 representatives attended the forum.", 200, "approx"),
    ("Near 40 experts from universities took part.", 40, "approx"),
    ("大会共有600餘人出席。", 600, "at_least"),
    ("约6000人参加了论坛。", 6000, "approx"),
])
def test_the_qualifiers_of_the_spec_are_read(text, count, qualifier):
    found = find_attendance(text)
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count", [
    ("参观人数达3万人次，约2000人参加了论坛。", 2000),
    ("The livestream drew 12,000 online viewers, while 300 delegates attended in person.", 300),
])
def test_person_times_and_online_viewers_give_way_to_a_head_count(text, count):
    assert find_attendance(text).count == count


@pytest.mark.parametrize("text, count", [
    ("展会共吸引5万人次参观。", 50000),
    ("8,000 online viewers joined the final.", 8000),
])
def test_person_times_or_viewers_alone_are_still_read(text, count):
    assert find_attendance(text).count == count


@pytest.mark.parametrize("text", [
    "专家团队代表80多人，带来成果200余项。",
    "A jury of 12 judges scored the pitches.",
    "代表团一行15人出席了开幕式。",
    "A 25-member delegation from Kenya attended the fair.",
])
def test_experts_without_a_verb_and_one_delegation_are_not_attendance(text):
    assert find_attendance(text) is None


@pytest.mark.parametrize("text, count", [
    ("在参会代表中，海外代表共90名。另有约400人参加了论坛。", 400),
    ("500 participants attended, among them 80 students.", 500),
    ("外方嘉宾120名，占总人数的30%。主办方说，共有400名嘉宾出席。", 400),
])
def test_a_part_of_the_gathering_is_not_its_total(text, count):
    assert find_attendance(text).count == count


@pytest.mark.parametrize("text", [
    "中心已举办培训班12期，累计培训学员600余名。",
    "Since 2015, the programme has trained over 900 participants.",
    "The attendance of 40 universities and 12 companies was noted.",
])
def test_cumulative_counts_and_counts_of_institutions_are_not_attendance(text):
    assert find_attendance(text) is None


@pytest.mark.parametrize("text, count, qualifier", [
    ("英方共35人参加；中方方面50余人出席。", 85, "at_least"),
    ("On the Kenyan side 20 delegates attended; on the Chinese side 30 delegates attended.", 50,
     "exact"),
])
def test_two_sides_counted_one_after_the_other_add_up(text, count, qualifier):
    found = find_attendance(text)
    assert (found.count, found.qualifier) == (count, qualifier)


def test_every_head_count_is_returned_with_its_offsets():
    from etl.extract.attendance import find_attendances
    text = "The forum drew 300 participants. A side workshop attracted 40 trainees."
    found = find_attendances(text)
    assert [f.count for f in found] == [300, 40]
    assert [text[f.start:f.end] for f in found] == ["300 participants", "40 trainees"]


def test_on_the_other_hand_is_not_a_side():
    text = "欧方代表超过50人出席。另一方面，近80名嘉宾参加了对接会。"
    assert find_attendance(text).count == 80


@pytest.mark.parametrize("text", [
    "A delegation of 25 business leaders from Kenya joined the mission.",
    "由12名成员组成的代表团出席了开幕式。",
])
def test_the_size_of_one_delegation_is_not_the_attendance(text):
    assert find_attendance(text) is None


@pytest.mark.parametrize("text, count", [
    ("A two-week training course for 24 officials from five countries was held.", 24),
    ("The workshop for 18 technology managers ran for three days.", 18),
    # a programme for researchers is no gathering of them
    ("A funding programme for 300 researchers was announced.", None),
])
def test_a_course_for_n_people_counts_them(text, count):
    found = find_attendance(text)
    assert (found.count if found else None) == count


@pytest.mark.parametrize("text, count, qualifier", [
    ("Cape Town – More than 2 400 delegates attended the summit.", 2400, "at_least"),
    ("The conference drew 1 050 participants from 30 countries.", 1050, "exact"),
    ("博覽會吸引約12,000名觀眾入場參觀。", 12000, "approx"),
    ("论坛共有1,350名代表出席。", 1350, "exact"),
])
def test_a_count_grouped_in_thousands_is_read_whole(text, count, qualifier):
    found = find_attendance(text)
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count", [
    ("About 400 people attended. The $5,000 People's Prize went to a robotics team, chosen by the "
     "audience.", 400),
    ("Over 90 delegates attended; the €2,000 Audience Award was voted by participants.", 90),
])
def test_a_prize_sum_is_not_a_head_count(text, count):
    assert [a.count for a in find_attendances(text)] == [count]


@pytest.mark.parametrize("text, count", [
    ("Nearly 600 people packed the auditorium; about 30 percent of attendees were students.", 600),
    ("Over 150 visitors crowded into the hall, and 20 per cent of participants came from abroad.",
     150),
])
def test_a_share_of_the_attendees_is_not_a_head_count(text, count):
    assert [a.count for a in find_attendances(text)] == [count]


@pytest.mark.parametrize("text, count, qualifier", [
    ("The forum expects more than 600 delegates. Last year's conference in Oslo attracted 670 "
     "participants from 43 countries.", 600, "at_least"),
    ("本届论坛预计吸引2000名嘉宾参加。上届论坛吸引了1800名嘉宾参加。", 2000, "exact"),
])
def test_another_edition_s_head_count_is_not_this_event_s(text, count, qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count, qualifier", [
    ("兩日論壇吸引超過8,000名來自本地及海外的投資者參與（包括線上）。", 8000, "at_least"),
    ("大会吸引500名来自全国各地的代表参加。", 500, "exact"),
    ("论坛吸引300人以上参加。", 300, "at_least"),
])
def test_lai_zi_after_the_unit_is_who_came_from_not_a_rough_figure(text, count, qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count, qualifier", [
    ("Nearly 90 scientists, entrepreneurs and officials met in Halifax on May 3 for the Ocean "
     "Tech Roundtable.", 90, "approx"),
    ("The previous edition, held in Lyon in 2022, attracted 180 participants. This year more "
     "than 260 participants from 20 countries took part.", 260, "at_least"),
    ("本届大会吸引了600余名嘉宾参会，展览期间累计接待观众逾5万人次。", 600, "at_least"),
    ("据统计，参加本次活动的企业代表、投资机构和高校院所人员约180人，其中企业代表占五成以上。",
     180, "approx"),
    ("據統計，參加本次活動的企業代表和學者約120人，其中企業代表約占六成。", 120, "approx"),
])
def test_counts_of_people_who_met_and_totals_with_a_share_after_them(text, count, qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text", [
    "The previous edition, held in Lyon in 2022, attracted 180 participants.",
    "Last year, the conference drew 500 people.",
    "去年第二届大会吸引3000人参加。",
])
def test_a_statement_about_another_edition_gives_no_head_count(text):
    assert find_attendance(View(text)) is None


@pytest.mark.parametrize("text, count, qualifier", [
    # another occasion named after the figure, or by 当时 before it, is not this event's
    ("The showcase drew over 800 participants. It followed the Harbour Forum, which attracted "
     "some 9,000 participants last year.", 800, "at_least"),
    ("現場湧入超過300位業者。去年曾舉辦過說明會，當時只有約90人參加。", 300, "at_least"),
    # a comparison keeps the figure before it
    ("The fair drew 500 participants compared with 300 last year.", 500, "exact"),
    # presenters on stage are a side activity; a list of officials and representatives is
    # the whole gathering, not a subgroup
    ("15位专家现场点评；全天共有约500人到场。", 500, "approx"),
    ("会上，12位科研人员现场发布了科技成果。来自30余家企业的代表和高校专家共约260人参加活动。",
     260, "approx"),
    ("市相关部门负责人及企业代表60余人参加活动。", 60, "at_least"),
    ("這天擠進了超過300位業者，另有約900人在線上觀看。", 300, "at_least"),
])
def test_other_occasions_side_activities_and_mixed_lists(text, count, qualifier):
    found = find_attendance(text)
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count, qualifier", [
    ("The fair closed on Friday.\n\nQ: How many people attended?\nA: More than 1,100 people, most "
     "of them engineers.", 1100, "at_least"),
    ("The expo closed.\n\nQ: What was the turnout like?\nA: About 400 people, a record.", 400, "approx"),
])
def test_a_count_answering_a_turnout_question_is_the_attendance(text, count, qualifier):
    found = find_attendance(text)
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text", [
    "Q: How many patents were filed?\nA: About 300 people filed 40 patents.",
    "Q: What kinds of deals were signed?\nA: More than 1,100 people signed up online.",
])
def test_an_answer_to_another_question_gives_no_attendance(text):
    assert find_attendance(text) is None


@pytest.mark.parametrize("text, count, qualifier", [
    ("12个项目依次登台路演，200余名投资人、企业代表在台下“挑项目”。", 200, "at_least"),
    ("300余名企业家在台下观看了路演。", 300, "at_least"),
    ("會場座無虛席，約180位業者聆聽簡報。", 180, "approx"),
])
def test_an_audience_told_by_where_it_sat_is_the_attendance(text, count, qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


def test_a_platforms_staff_is_no_audience():
    assert find_attendance(View("依托平台下属的120名技术经纪人开展服务。")) is None


@pytest.mark.parametrize("text, count, qualifier", [
    # a sum over the event's own days is its attendance, not a cumulative count
    ("逾三百人次參與　意向金額一億八千萬\n博覽會兩日累計約320人次入場。", 320, "approx"),
    ("展会三天累计接待观众5.2万人次。", 52000, "exact"),
])
def test_a_count_summed_over_the_events_own_days_is_its_attendance(text, count, qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


def test_a_count_summed_since_a_founding_is_still_cumulative():
    assert find_attendance(View("中心成立以来累计培训学员400多名。")) is None


@pytest.mark.parametrize("text, count, qualifier", [
    # a visit verb, with an online figure in the next clause
    ("Around 480 people walked through the pavilion, and 2,000 more watched the stream.",
     480, "approx"),
    ("Roughly 350 people visited the exhibition over three days, while another 900 followed "
     "online.", 350, "approx"),
    # where the people were, beside a stream figure on a post's bullet line
    ("Key numbers:\n- about 140 people in the room + 400 on the live stream\n- 12 pitches",
     140, "approx"),
    # a speaker counting the audience
    ("Thank you all for coming. More than 600 of you – engineers, founders and investors – "
     "will meet 80 teams today.", 600, "at_least"),
])
def test_a_count_said_by_a_visit_verb_a_place_in_the_room_or_to_the_audience(text, count,
                                                                             qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


def test_last_year_s_visitors_are_still_another_edition_s():
    assert find_attendance(View("Last year's fair: 900 people visited the halls.")) is None


@pytest.mark.parametrize("text, count", [
    ("記者會現場約有80位業者參加。", 80),
    ("现场大约有300名嘉宾出席。", 300),
])
def test_about_there_were_is_approximate(text, count):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, "approx")


@pytest.mark.parametrize("text", [
    "Published 10 November 2025\nThe Lakeland Innovation Fair 2026 will take place on 3 February. "
    "The organisers expect about 700 visitors. The 2025 edition in Oulu drew 640 visitors.",
    "Published 1 December 2024\nThe Porto Tech Transfer Days 2025 open in March; about 300 "
    "participants are expected. The 2024 edition in Braga attracted 410 participants.",
])
def test_an_edition_of_a_year_before_the_previewed_one_gives_no_head_count(text):
    assert [f.count for f in find_attendances(text)] in ([700], [300])


@pytest.mark.parametrize("text, count", [
    # a look-back label: its head count is the last edition's, the forecast is this one's
    ("三、参会规模\n预计邀请企业及高校代表约500人。\n往期回顾：2025年论坛共吸引900余人参会。", 500),
    ("本屆說明會預計約有150位業者出席。\n往年回顧：說明會曾吸引230人參加。", 150),
])
def test_a_look_back_label_gives_another_editions_head_count(text, count):
    assert [f.count for f in find_attendances(View(text))] == [count]


@pytest.mark.parametrize("text, counts", [
    # a side session's head count is not the event's, even when it is the only plain count
    ("大会全天共吸引逾900人次参与。至于当晚举行的投资人酒会，则有约60人出席。", [900]),
    ("本次交流會約有240名業者參加。同期舉辦的青年創業沙龍則吸引了90名學生參與。", [240]),
])
def test_a_side_sessions_head_count_is_not_the_events(text, counts):
    assert [f.count for f in find_attendances(View(text))] == counts


def test_side_sessions_told_as_part_of_the_programme_keep_the_events_total():
    text = View("此外，大会还设置了专题讲座和投资沙龙，共吸引2000余名观众参加。")
    assert [f.count for f in find_attendances(text)] == [2000]


@pytest.mark.parametrize("text, count", [
    # another edition as the subject, a clause set between it and its verb
    ("The mayor recalled that last year's open day, held in the old mill, drew some 400 "
     "visitors. This year 650 visitors came.", 650),
    ("Officials noted that the previous summit, staged in the capital, attracted 1,900 "
     "participants. This summit welcomed 1,200 participants.", 1200),
])
def test_another_edition_across_an_inserted_clause_is_not_this_count(text, count):
    assert find_attendance(text).count == count


@pytest.mark.parametrize("text, count, qualifier", [
    # an arrival at the door says the people came
    ("Organisers said 820 people signed in at the registration desk.", 820, "exact"),
    ("Some 300 guests showed up despite the rain.", 300, "approx"),
    # "just under" a round figure is approximate
    ("Just under 700 people registered for the summit.", 700, "approx"),
    ("The hall drew slightly under 2,000 visitors.", 2000, "approx"),
])
def test_arrivals_at_the_door_and_just_under_a_figure(text, count, qualifier):
    found = find_attendance(text)
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count", [
    # a count hoped or aimed for is no head count of this event
    ("Some 420 researchers attended the fair. Next spring the organisers hope for 2,000 "
     "visitors.", 420),
    ("About 90 entrepreneurs took part, and the team hoped to attract 300 participants to the "
     "second edition in Accra.", 90),
    ("约150名代表出席会议。主办方希望明年吸引500名代表参加。", 150),
    # a figure a correction withdraws
    ("A total of 260 delegates attended.\nCORRECTION: An earlier version of this story said "
     "310 delegates attended the summit.", 260),
    # an organisation's members counted with a verb of having
    ("约300名业者出席研讨会。该协会目前拥有逾2000名会员。", 300),
    # sign-ups count only when no count of those who came is given
    ("Some 1,400 people registered and 1,100 people checked in at the venue.", 1100),
    ("本次活动报名人数逾900人，现场报到约700人。", 700),
    # an estimate of the gathering's size counts as a head count
    ("The hall seats 400 and another 100 or so watched from the lobby. That puts the forum "
     "at roughly 500 people.", 500),
])
def test_hopes_corrections_memberships_and_sign_ups_are_not_the_head_count(text, count):
    found = find_attendance(text)
    assert found is not None and found.count == count


def test_sign_ups_alone_are_still_the_head_count():
    found = find_attendance("More than 650 participants registered for the two-day forum.")
    assert found is not None and found.count == 650


@pytest.mark.parametrize("text, count, qualifier", [
    # those registered or invited are not those who came
    ("本次论坛线上报名人数达820人，活动当天实际到场约650人。", 650, "approx"),
    ("研讨会邀请代表60人，实到52人。", 52, "exact"),
    ("Registrations reached 1,400, and about 1,100 delegates attended the two days.", 1100,
     "approx"),
])
def test_a_registered_or_invited_count_gives_way_to_those_who_came(text, count, qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


def test_a_registered_count_alone_still_stands():
    assert find_attendance(View("本次对接会共有300余人报名参加。")).count == 300


@pytest.mark.parametrize("text, count", [
    ("工作坊吸引约90名业者出席。该协会目前拥有逾2000名会员，多为中小企业。", 90),
    ("培训班共有45名学员参加，学院现有800余名教职工。", 45),
])
def test_an_organisations_members_are_no_attendance(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    ("The register shows that two hundred and forty-one delegates attended the congress.", 241),
    ("Some one thousand two hundred visitors came through the gates.", 1200),
    ("The hall seated a hundred and twenty participants.", 120),
    ("Thirteen experts attended the clinic.", 13),
])
def test_a_count_written_in_words_is_read_whole(text, count):
    found = find_attendance(text)
    assert found is not None and found.count == count


@pytest.mark.parametrize("text, count", [
    ("Organisers said some 450 guests had come from nine countries. When the summit was last "
     "held, in 2023, it drew 260 participants.", 450),
    ("About 120 researchers came to the open day. Where the fair was last staged, three years "
     "ago, it attracted 90 visitors.", 120),
])
def test_people_who_came_count_and_the_last_edition_s_figure_does_not(text, count):
    assert [a.count for a in find_attendances(text)] == [count]


@pytest.mark.parametrize("text, count, qualifier", [
    ("Attendance ran to roughly 240, most of them engineers.", 240, "approx"),
    ("Turnout stood at 1,150 on the second day of the fair.", 1150, "exact"),
])
def test_attendance_told_by_what_it_ran_to_or_stood_at(text, count, qualifier):
    found = find_attendance(text)
    assert found is not None and (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count, qualifier", [
    # those who signed in at the door, a space between the digits and the unit
    ("聽說報名有六百多人，不過現場實際簽到是 287 人，座位剛好坐滿。", 287, "exact"),
    ("报名人数约400人，当天签到 256 人。", 256, "exact"),
    # a registered part of the person-times (当中…): not the head count
    ("三天展期共接待约5,100人次，当中登记入场的专业观众约1,200名。", 5100, "approx"),
])
def test_those_who_signed_in_count_and_a_part_named_after_dangzhong_does_not(text, count,
                                                                              qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text", [
    "The 2028 summit is planned for Riga, with a target of 1,000 participants.",
    "The fair was announced with an ambitious goal of 5,000 visitors.",
    # a statement opening on a comparison counts another occasion
    "For comparison: the pilot day in 2023 drew about 400 visitors.",
])
def test_target_counts_and_comparisons_are_not_attendance(text):
    assert find_attendance(text) is None


@pytest.mark.parametrize("text, count", [
    ("We counted 412 people at the door on Saturday.", 412),
    ("Volunteers counted 95 guests in the hall.", 95),
    ("An estimated 2,000 people attended the opening.", 2000),
])
def test_a_counted_head_count_is_attendance(text, count):
    found = find_attendance(text)
    assert found is not None and found.count == count


@pytest.mark.parametrize("text, count", [
    # thousands grouped by a space, as official Hong Kong and Macau papers write them
    ("研讨会实际出席人数为2 415人。", 2415),
    ("展览期间共有1 050名业界代表到场参观。", 1050),
])
def test_a_chinese_count_grouped_by_a_space_is_read_whole(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    # a workforce named before the count
    ("论坛吸引约260名代表参加。园区现有企业500家，从业人员超过8万人。", 260),
    ("About 140 delegates attended. The cluster employs more than 12,000 people.", 140),
    # the places offered, not the people who came
    ("培训班学员名额不超过60名，约45名学员参加了结业考核。", 45),
    ("The clinic is limited to 30 participants; 24 participants attended in the end.", 24),
])
def test_a_workforce_or_the_places_offered_are_no_attendance(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text", [
    "本期研修班名额不超过80名，额满即止。",
    "入驻企业员工总数达2万人。",
])
def test_a_cap_or_a_workforce_alone_gives_no_attendance(text):
    assert find_attendance(View(text)) is None


@pytest.mark.parametrize("text, count", [
    # a part of a registered total that is those who came
    ("大会共有860名登记人士，其中实际出席人数为702人。", 702),
    ("共有500人报名，其中实到约430人。", 430),
    # a target is no head count
    ("本届共有320名代表出席。主办方目标吸引1 000人参与下一届。", 320),
])
def test_those_who_came_among_the_registered_count_and_a_target_does_not(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    # one side after its unit (外方, 外籍), the other joined to it by 与/和: they add up
    ("来自东盟各国的45名外方代表，与国内200余名代表参加会议。", 245),
    ("会议吸引30位外籍专家，和120名国内学者出席。", 150),
    ("约50名来自台湾的学者，与200余名本地代表出席论坛。", 250),
])
def test_two_sides_joined_in_one_sentence_add_up(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    # a yearly count is no head count of the event
    ("该基地每年吸引近5000名学生前来实习。本次开放日共有300名市民到场参观。", 300),
    ("The park draws 5,000 visitors a year. This open day, 400 visitors attended.", 400),
    # sign-ups named by their people before the sign-up verb rank below those who came
    ("共有900名教师、学生报名参赛，决赛当天约350人到场观摩。", 350),
])
def test_a_yearly_count_and_sign_ups_give_way_to_those_who_came(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    # an earlier edition, dated before the article, opening a (numbered) statement
    ("Data Camp 2026\nThis year 34 participants attended. 4. The 2025 edition of the camp, "
     "held in Leeds, attracted 90 participants.", 34),
    # a relative clause refers back to an earlier edition before its comma
    ("Data Camp 2026\nThis year 34 participants attended. The camp follows a pilot edition held "
     "in York in 2024, which drew 80 participants.", 34),
])
def test_an_earlier_editions_count_is_not_this_ones(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count, qualifier", [
    # a count with no noun right before a verb of coming
    ("Some 400 people signed up; about 320 attended on the day.", 320, "approx"),
    ("Registration closed at 150, and 120 turned up for the keynote.", 120, "exact"),
    # a gathering that brings people together
    ("Demo day brings 260 founders and investors together in Leeds", 260, "exact"),
])
def test_a_count_before_a_verb_of_coming_or_brought_together(text, count, qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text, count", [
    # a total after 等 closes its list: the counts in the list are its parts
    ("路演现场，12位投资人、30名创业者，以及高校师生等200余人参加活动。", 200),
    ("论坛上，8位院士、20位专家和企业家等150人出席。", 150),
])
def test_a_total_after_deng_beats_the_parts_of_its_list(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    # the tickets sold are the people who came
    ("The pitch night sold all 220 tickets within a week.", 220),
    ("Demo Day sold out its 180 tickets, and the organisers opened a waiting list.", 180),
])
def test_a_count_of_tickets_sold_is_a_head_count(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    # people from a list of places are the whole gathering, not one side of it
    ("约200名来自台湾、香港及新加坡的业者出席论坛。次日，40名代表出席了签约仪式。", 200),
    ("逾300名来自香港和内地的学者参加研讨会。会后，50名代表出席晚宴。", 300),
])
def test_people_from_a_list_of_places_are_no_side(text, count):
    assert find_attendance(View(text)).count == count


@pytest.mark.parametrize("text, count", [
    ("Some 150 people watched twelve student teams pitch their ideas to the judges.", 150),
    ("About 80 guests watched the finalists present their prototypes on the main stage.", 80),
])
def test_an_audience_watching_a_contest_on_the_spot(text, count):
    assert find_attendance(View(text)).count == count


def test_a_count_that_watched_a_stream_is_no_head_count_on_its_own_verb():
    assert find_attendance(View("More than 5,000 people watched the livestream of the awards.")) is None


@pytest.mark.parametrize("text, count", [
    ("The workshop filled every seat.\n\n| Country | Trainees |\n|---|---|\n| Kenya | 14 |\n"
     "| Uganda | 11 |\n| Total | 25 |\n\nThe next course opens in May.\n", 25),
    ("Attendance by sector:\n\n| Sector | Companies | Participants |\n|---|---|---|\n"
     "| Industry | 30 | 61 |\n| Academia | 12 | 48 |\n| Total | 42 | 109 |\n", 109),
])
def test_the_total_row_of_a_table_headed_by_attendees(text, count):
    assert find_attendance(View(text)).count == count


def test_a_tables_total_of_things_is_no_head_count():
    text = "| Region | Projects |\n|---|---|\n| North | 12 |\n| Total | 30 |\n"
    assert find_attendance(View(text)) is None


@pytest.mark.parametrize("text, count", [
    ("Twenty-two trainees came from five provinces. They were joined by 8 licensing officers "
     "from the host university.", 30),
    ("About 140 delegates attended the opening day. They were joined by some 60 students from "
     "local universities.", 200),
])
def test_a_count_said_to_join_the_head_count_adds_up(text, count):
    assert find_attendance(View(text)).count == count


def test_a_numbered_paragraphs_number_is_no_label_before_a_count():
    text = "2. Forty-five participants took part in the course, held in Accra.\n"
    assert find_attendance(View(text)).count == 45


@pytest.mark.parametrize("text, count", [
    ("By noon the registration team had scanned 275 badges at the entrance.", 275),
    ("Over the two days visitors collected 1,180 badges at the front desk.", 1180),
])
def test_badges_scanned_at_the_door_are_a_head_count(text, count):
    assert find_attendance(View(text)).count == count


def test_badges_printed_ahead_are_no_head_count():
    assert find_attendance(View("The organisers printed 400 badges for the fair.")) is None


@pytest.mark.parametrize("text, count", [
    # a count the registration desk counted is of those who came: it outranks a rounded lede
    ("Over five hundred people filled the hall for the demo day. Organisers said the "
     "registration team had counted 538 attendees when the doors closed.", 538),
    ("Nearly two hundred guests came to the opening. By noon the registration desk had "
     "counted 214 visitors.", 214),
])
def test_a_count_at_the_registration_desk_is_of_those_who_came(text, count):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, "exact")


@pytest.mark.parametrize("text, count", [
    # a total the statement gives after its first count is the head count
    ("Forty trainees attended in Leeds and a further three joined by video, so all 43 "
     "places were taken.", 43),
    ("On Monday 820 visitors came through the doors and another 410 arrivals were logged on "
     "Tuesday, bringing the two-day total to 1,230.", 1230),
    ("Some 300 delegates attended the morning session, making a total of 450 with the "
     "afternoon crowd.", 450),
])
def test_a_total_stated_after_a_count_is_the_head_count(text, count):
    assert find_attendance(View(text)).count == count


def test_a_smaller_figure_after_a_count_is_no_total():
    # the number after the words is no total when it is below the count it follows
    text = "Some 300 delegates attended, bringing the total to 12 sessions over two days."
    assert find_attendance(View(text)).count == 300


@pytest.mark.parametrize("text, count, qualifier", [
    # seats said to be taken are the people who sat in them
    ("All 180 seats in the main hall were taken before the keynote began.", 180, "exact"),
    ("By ten o'clock its 96 seats had been filled.", 96, "exact"),
    # people coming in at the door
    ("Over the weekend 940 people came through the doors of the pavilion.", 940, "exact"),
    # an attendance put at a figure
    ("The hall was full and the organisers put total attendance at close to 450.", 450,
     "approx"),
    # names signed in a sign-in book
    ("现场座无虚席，签到簿上共留下96个签名。", 96, "exact"),
    ("活动签到表共录得210个签名，主办方临时加开座位。", 210, "exact"),
])
def test_seats_taken_people_at_the_door_an_attendance_put_at_and_signatures(text, count,
                                                                          qualifier):
    found = find_attendance(View(text))
    assert (found.count, found.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text", [
    # a hall's seats alone are no head count
    "The lecture theatre, which has 350 seats, hosts the annual meeting.",
    # an earlier edition placed in a year after a comma is another edition
    "Published 2 May 2026\n\nAt the first edition of the fair, in 2024, organisers recorded "
    "about 150 participants.",
])
def test_a_halls_seats_and_an_earlier_edition_after_a_comma_are_no_attendance(text):
    assert find_attendance(View(text)) is None
