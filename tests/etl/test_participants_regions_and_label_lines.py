"""Participant-mix shapes met in round 7, each pinned on snippets written for the test: words for a
group of provinces, provinces after 邀请了, label-and-share lines under a bulleted heading, kinds
listed before 代表约N人, and Taiwan's 业者 (businesses)."""
import pytest

from etl.extract.participants import find_participant_mix
from etl.extract.text import View


def rows(text):
    return [(r.dimension, r.category, r.basis, r.share, r.count)
            for r in find_participant_mix(View(text))]


def provinces(text):
    return [r.category for r in find_participant_mix(View(text)) if r.dimension == "province"]


@pytest.mark.parametrize("text, expected", [
    ("拟邀请东北三省一区高校、企业代表约200人参会。", ["CN-LN", "CN-JL", "CN-HL", "CN-NM"]),
    ("来自疆内外的300余位嘉宾出席了开幕式。", ["CN-XJ"]),
    ("來自東北三省的企業代表約150人參加。", ["CN-LN", "CN-JL", "CN-HL"]),
    ("参会规模：东北三省一区科研院所和企业代表约90人", ["CN-LN", "CN-JL", "CN-HL", "CN-NM"]),
    ("推动京津冀三地高校专利转化，约100名代表参会。", ["CN-BJ", "CN-TJ", "CN-HE"]),
])
def test_a_group_of_provinces_names_where_participants_came_from(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text", [
    "本次活动旨在推动京津冀协同发展，约100名代表参会。",      # a policy, not where they came from
    "新疆的边疆地区代表参会。",                                # 疆 only before 内外
])
def test_a_group_word_that_says_no_origin_lists_no_province(text):
    assert provinces(text) == []


@pytest.mark.parametrize("text, expected", [
    ("我们邀请了广东、福建、江西等12个省的企业参加。", ["CN-GD", "CN-FJ", "CN-JX"]),
    ("会议邀请湖南、湖北等地的高校代表参会。", ["CN-HN", "CN-HB"]),
])
def test_the_first_province_after_an_inviting_verb_is_kept(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("■ 参会情况\n高校　40%\n企业　45%\n其他机构　15%\n\n会议在郑州举行。",
     [("institution_type", "university", "reported", 0.4, None),
      ("institution_type", "enterprise", "reported", 0.45, None),
      ("institution_type", "other", "reported", 0.15, None)]),
    ("【與會構成】\n企業　六成\n高校院所　三成\n",
     [("institution_type", "enterprise", "reported", 0.6, None),
      ("institution_type", "research_institute+university", "reported", 0.3, None)]),
])
def test_label_and_share_lines_under_a_participant_heading(text, expected):
    assert rows(text) == expected


def test_label_and_share_lines_under_a_heading_without_participants_are_not_read():
    assert rows("■ 市场份额\n企业　54%\n高校　31%\n") == []


@pytest.mark.parametrize("text, expected", [
    ("参会人员：华北三省科技管理部门、高校和企业代表约180人", ["government", "university", "enterprise"]),
    ("拟邀请高校、金融机构和企业代表近100人参会。", ["university", "enterprise"]),
])
def test_kinds_listed_before_an_approximate_head_count(text, expected):
    assert [c for d, c, b, _s, _n in rows(text) if d == "institution_type" and b == "listed"] == \
        expected


@pytest.mark.parametrize("text, expected", [
    ("當天約有200位來賓，其中食品業者約占五成五，學研單位約占三成，其餘為政府代表。",
     [("institution_type", "enterprise", "reported", 0.55, None),
      ("institution_type", "research_institute+university", "reported", 0.3, None),
      ("institution_type", "government", "derived", 0.15, None)]),
    ("与会者中生技业者约占六成。", [("institution_type", "enterprise", "reported", 0.6, None)]),
])
def test_taiwanese_businesses_and_a_share_of_five_and_a_half_tenths(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Firms made up 70% of the audience and universities 20%, with civil servants making up the "
     "rest.",
     [("institution_type", "enterprise", "reported", 0.7, None),
      ("institution_type", "university", "reported", 0.2, None),
      ("institution_type", "government", "derived", 0.1, None)]),
    ("Of the delegates, startups made up 55%, research institutes 25% and public officials the "
     "rest.",
     [("institution_type", "enterprise", "reported", 0.55, None),
      ("institution_type", "research_institute", "reported", 0.25, None),
      ("institution_type", "government", "derived", 0.2, None)]),
])
def test_public_officials_who_make_up_the_rest_are_government(text, expected):
    assert rows(text) == expected


def test_a_remainder_after_a_joined_kind_without_its_own_kind_stays_unread():
    # "and the rest from abroad": the kind before "and" is the share's, not the rest's
    assert rows("Half of the guests came from companies, a quarter from universities and the "
                "rest from abroad.") == [("institution_type", "enterprise", "reported", 0.5, None),
                                         ("institution_type", "university", "reported", 0.25,
                                          None)]


@pytest.mark.parametrize("text, expected", [
    ("The expo opened in Muscat, Oman. About one third of the visitors came from industry, and "
     "about one in four from outside the country.",
     [("institution_type", "enterprise", "reported", 0.3333, None),
      ("country", "OMN", "derived", 0.75, None)]),
    ("The fair was held in Lisbon, Portugal. Two in five exhibitors were companies and one in ten "
     "came from outside the Republic.",
     [("institution_type", "enterprise", "reported", 0.4, None),
      ("country", "PRT", "derived", 0.9, None)]),
])
def test_word_fractions_and_a_share_from_outside_the_host_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Guests from Ghana joined colleagues from the Eastern Province hub.", [("country", "GHA")]),
    ("Teams came from the Northern Province and the Western Province.", []),
])
def test_a_region_named_by_its_compass_point_alone_says_no_country(text, expected):
    assert [(d, c) for d, c, *_ in rows(text)] == expected


def test_a_region_named_by_its_compass_point_beside_its_country_is_read():
    assert ("province", "LK-5") in [(d, c) for d, c, *_ in
                                    rows("Delegates came from the Eastern Province of Sri Lanka.")]


@pytest.mark.parametrize("text, expected", [
    ("Highlights:\n• about 150 guests attended\n• founders from 12 companies and 5 universities "
     "pitched\n• 3 deals signed",
     [("institution_type", "enterprise", "reported", None, 12),
      ("institution_type", "university", "reported", None, 5)]),
    ("Our day in numbers\n👉 some 90 participants on site\n👉 engineers from 7 companies\n",
     [("institution_type", "enterprise", "reported", None, 7)]),
])
def test_the_next_item_of_a_bulleted_list_about_participants_is_read(text, expected):
    assert rows(text) == expected


def test_a_bulleted_list_that_never_speaks_of_participants_gives_no_count():
    assert rows("Our year\n• 12 companies founded\n• 5 universities partnered\n") == []


def _event_mix(text):
    from etl.extract.events import extract_events
    return [(m.dimension, m.category) for m in extract_events([("en", text)], "").events[0].mix]


def test_the_host_countrys_own_bodies_at_a_domestic_event_give_no_country_row():
    mix = _event_mix("The Busan Technology Fair was held in Busan, South Korea on 3 March 2026. "
                     "Participants included the Korea Institute of Ocean Science and the Korea "
                     "Maritime Institute.")
    assert ("country", "KOR") not in mix and ("institution_type", "research_institute") in mix


def test_the_host_countrys_bodies_beside_bodies_from_abroad_are_one_side_of_the_meeting():
    mix = _event_mix("The Busan Technology Fair was held in Busan, South Korea on 3 March 2026. "
                     "Participants included the Korea Institute of Ocean Science and the Japan "
                     "Agency for Marine-Earth Science and Technology.")
    assert ("country", "KOR") in mix and ("country", "JPN") in mix


@pytest.mark.parametrize("text", [
    "The 30 finalists were chosen by a judging panel of experts from government agencies and "
    "research institutes.",
    "评委由来自高校、科研院所和投资机构的专家组成。",
])
def test_the_bodies_judges_come_from_are_not_participants(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "序号｜项目｜签约双方｜金额\n2｜某某系统｜甲大学—乙集团有限公司｜1500 3｜某某器件｜丙学院—丁股份有限公司｜600",
    "No. | Partner | Deal\n4 | 12 universities joined | 3 companies signed",
])
def test_figures_in_a_table_row_are_cells_not_counts(text):
    assert [r for r in rows(text) if r[4] is not None] == []


@pytest.mark.parametrize("text, want", [
    # a share in brackets after a region of the statement's list of regions; Loja is a town too
    ("Visitors came from Pichincha (48%), Loja (30%) and Manabí (22%).",
     [("province", "EC-P", "reported", 0.48, None), ("province", "EC-L", "reported", 0.3, None),
      ("province", "EC-M", "reported", 0.22, None)]),
    # the share after a region with its word, a later "from" belonging to the next item
    ("By origin: Jalal-Abad region 55%, Batken region 30%, guests from Almaty the rest.",
     [("province", "KG-J", "reported", 0.55, None), ("province", "KG-B", "reported", 0.3, None)]),
])
def test_a_share_after_a_listed_region_is_that_regions(text, want):
    got = [r for r in rows(text) if r[2] == "reported"]
    assert got == want
