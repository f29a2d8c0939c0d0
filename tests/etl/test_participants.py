import pytest

from etl.extract.participants import find_participant_mix, shares_cover_all
from etl.extract.text import View


def rows(text):
    return [(r.dimension, r.category, r.basis, r.share, r.count) for r in find_participant_mix(text)]


@pytest.mark.parametrize("text, expected", [
    ("Of the 250 trainees, 55% were from enterprises, 30% from universities and research "
     "institutes, and the rest from incubators, science parks and other organizations.",
     [("institution_type", "enterprise", "reported", 0.55, None),
      ("institution_type", "research_institute+university", "reported", 0.3, None),
      ("institution_type", "intermediary+other+park", "derived", 0.15, None)]),
    ("参会代表中，企业代表占60%，高校代表占25%。",
     [("institution_type", "enterprise", "reported", 0.6, None),
      ("institution_type", "university", "reported", 0.25, None)]),
    ("学员中一半以上来自企业。", [("institution_type", "enterprise", "reported", 0.5, None)]),
    ("其中三成学员来自政府部门。", [("institution_type", "government", "reported", 0.3, None)]),
    ("Companies accounted for 55% of the attendees, universities 30%.",
     [("institution_type", "enterprise", "reported", 0.55, None),
      ("institution_type", "university", "reported", 0.3, None)]),
    ("About 200 participants attended, of whom 30 were from universities.",
     [("institution_type", "university", "reported", None, 30)]),
])
def test_reported_and_derived_shares(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 80 representatives from universities, government agencies, hospitals and companies "
     "will attend the workshop.",
     ["university", "government", "hospital", "enterprise"]),
    ("来自高校、科研院所、企业、投资机构的代表参加了活动。",
     ["university", "research_institute", "enterprise"]),
    ("Delegates from industry, academia and government joined the panels.",
     ["enterprise", "university", "government"]),
])
def test_listed_institution_types(text, expected):
    assert rows(text) == [("institution_type", t, "listed", None, None) for t in expected]


@pytest.mark.parametrize("text, expected", [
    ("In total 150 trainees from 12 provinces, including Zhejiang, Shaanxi, Shanxi, Henan and "
     "Chongqing, took part.",
     [("province", c) for c in ("CN-ZJ", "CN-SN", "CN-SX", "CN-HA", "CN-CQ")]),
    ("The fair drew delegates from Germany, France, Japan and 20 other countries.",
     [("country", "DEU"), ("country", "FRA"), ("country", "JPN")]),
    ("来自美国、英国、德国等15个国家和地区的嘉宾出席。",
     [("country", "USA"), ("country", "GBR"), ("country", "DEU")]),
    ("来自广东、江苏、香港的学员参加培训。",
     [("province", "CN-GD"), ("province", "CN-JS"), ("country", "HKG")]),
    ("Diplomats from the Consulate General of Finland in Shanghai and the Embassy of Chile "
     "in China joined the panel.", [("country", "FIN"), ("country", "CHL")]),
])
def test_listed_places_participants_came_from(text, expected):
    assert [(d, c) for d, c, b, *_ in rows(text) if b == "listed"] == expected


@pytest.mark.parametrize("text", [
    "The forum was hosted in cooperation with universities and research institutes.",
    "The event was organized by universities, companies and government agencies.",
    "Experts from Peking University and Fudan University attended.",   # names, not types
    "来自全国20多个省市的学员参加培训。",                               # no province named
    "The company has offices in Germany, France and Japan.",           # not participants
    "Revenue grew 40% in 2022 from enterprises.",                      # no participant cue
    "",
])
def test_non_participant_sentences_give_nothing(text):
    assert rows(text) == []


def test_evidence_is_the_source_sentence():
    text = "Opening remarks. Some 40 delegates from Kenya and Egypt attended the training. Lunch."
    assert {r.evidence for r in find_participant_mix(text)} == {
        "Some 40 delegates from Kenya and Egypt attended the training."}


@pytest.mark.parametrize("text", ["\x00", "%" * 5000, "from " * 5000, "来自" * 5000, "💡50%"])
def test_never_raises(text):
    assert isinstance(find_participant_mix(text), list)


def test_diplomatic_rows_carry_their_sentence():
    text = "The panel was lively. Staff of the Embassy of Norway spoke about funding."
    (row,) = find_participant_mix(text)
    assert (row.dimension, row.category, row.evidence) == (
        "country", "NOR", "Staff of the Embassy of Norway spoke about funding.")


@pytest.mark.parametrize("text, categories", [
    # one count over three kinds: one combined category (SPEC: types reported together, +),
    # and each kind listed as taking part
    ("The expo opened with the participation of more than 200 businesses, research institutes "
     "and universities.", ["enterprise+research_institute+university", "enterprise",
                           "research_institute", "university"]),
    ("The institute welcomed 300 participants from industry, start-ups and research.",
     ["enterprise", "research_institute"]),
])
def test_held_out_participation_lists(text, categories):
    found = find_participant_mix(text)
    assert [m.category for m in found if m.dimension == "institution_type"] == categories


@pytest.mark.parametrize("text, expected", [
    ("展会吸引了320家企业、45所高校和60家科研机构参展。",
     [("institution_type", "enterprise", "reported", None, 320),
      ("institution_type", "university", "reported", None, 45),
      ("institution_type", "research_institute", "reported", None, 60)]),
    ("参加论坛的企业共有200余家。", [("institution_type", "enterprise", "reported", None, 200)]),
    ("Taking part were 120 companies, 15 universities and 8 science parks.",
     [("institution_type", "enterprise", "reported", None, 120),
      ("institution_type", "university", "reported", None, 15),
      ("institution_type", "park", "reported", None, 8)]),
    ("About 900 firms from 20 countries took part.",
     [("institution_type", "enterprise", "reported", None, 900)]),
])
def test_counts_by_kind_are_reported(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, category, count", [
    ("近百家高校、科研院所参加了对接会。", "research_institute+university", 100),
    ("80余家高校院所、企业机构的300名代表出席。", "enterprise+research_institute+university", 80),
    ("Exhibitors included 75 start-ups, incubators and universities from the region.",
     "enterprise+intermediary+university", 75),
])
def test_one_count_over_several_kinds_is_one_combined_category(text, category, count):
    assert rows(text)[0] == ("institution_type", category, "reported", None, count)


def test_a_part_of_the_attendance_by_kind_and_the_rest_derived():
    text = "The workshop was attended by 50 people; 30 of them represented universities, while " \
           "the rest came from industry."
    assert [(c, b, n) for _d, c, b, _s, n in rows(text)] == [
        ("university", "reported", 30), ("enterprise", "derived", None)]


@pytest.mark.parametrize("text, expected", [
    ("产学研各界代表踊跃参加。", ["enterprise", "research_institute", "university"]),
    ("地方政府、开发区和企业代表现场签约。", ["government", "park", "enterprise"]),
    ("高新区（含园区企业）和多所大学的代表出席。", ["park", "university"]),
])
def test_kinds_listed_together_in_chinese(text, expected):
    assert [c for _d, c, b, *_ in rows(text) if b == "listed"] == expected


@pytest.mark.parametrize("text", [
    "产学研合作成效显著，专家出席。",               # 产学研 as a kind of cooperation
    "创新与国际关系管理部门技术市场部主任出席。",     # kinds inside a unit's name, not a list
])
def test_kinds_that_are_not_a_list_of_participants(text):
    assert [r for r in rows(text) if r[0] == "institution_type"] == []


@pytest.mark.parametrize("text, category, share", [
    ("Of the exhibitors, 40% were firms based in science parks.", "park", 0.4),
    ("20% of participants were start-ups located at university incubators.", "intermediary",
     0.2),
])
def test_organisations_located_at_a_kind_of_place_take_its_kind(text, category, share):
    assert rows(text) == [("institution_type", category, "reported", share, None)]


@pytest.mark.parametrize("text, share", [
    ("在已确认的嘉宾中，外籍嘉宾80名，占总人数的20%。", 0.8),
    ("海外代表占参会人数的25%。", 0.75),
])
def test_a_foreign_share_leaves_the_home_country_derived(text, share):
    assert ("country", "CHN", "derived", share, None) in rows(text)


@pytest.mark.parametrize("text, count", [
    ("截至目前，大会邀请嘉宾500人，其中境内嘉宾300人。", 300),
    ("国内代表共120名出席。", 120),
])
def test_a_count_from_inside_the_country_is_the_home_country(text, count):
    assert ("country", "CHN", "reported", None, count) in rows(text)


@pytest.mark.parametrize("text, expected", [
    ("本届博览会主宾国为泰国和越南，两国企业参展。", [("country", "THA"), ("country", "VNM")]),
    ("意大利、法国为主宾国，代表团出席开幕式。", [("country", "ITA"), ("country", "FRA")]),
])
def test_guest_countries_of_honour_take_part(text, expected):
    assert [(d, c) for d, c, *_ in rows(text) if d == "country"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Senior representatives of partner organizations in Kenya, Ghana and Nepal joined.",
     ["KEN", "GHA", "NPL"]),
    ("The matchmaking event was aimed at clusters and SMEs from Norway and Chile.",
     ["NOR", "CHL"]),
])
def test_countries_listed_after_in_or_from(text, expected):
    assert [c for d, c, *_ in rows(text) if d == "country"] == expected


def test_listed_kinds_beside_a_count_of_other_kinds():
    text = "大会吸引了100余家高校院所的代表，各地科技部门负责人也到场参会。"
    assert rows(text) == [
        ("institution_type", "research_institute+university", "reported", None, 100),
        ("institution_type", "research_institute", "listed", None, None),
        ("institution_type", "university", "listed", None, None),
        ("institution_type", "government", "listed", None, None)]


@pytest.fixture
def abbreviation_table(tmp_path, monkeypatch):
    """The reference tables plus a small table of one-character province abbreviations."""
    import shutil

    from etl.extract import participants
    from etl.reference import read_csv, reference_dir
    ref = tmp_path / "reference"
    shutil.copytree(reference_dir(), ref)
    (ref / "place_abbreviations.csv").write_text(
        "abbr,kind,place,form,source\n京,province,CN-BJ,province_list,test\n"
        "津,province,CN-TJ,province_list,test\n冀,province,CN-HE,province_list,test\n"
        "苏,province,CN-JS,province_list,test\n浙,province,CN-ZJ,province_list,test\n"
        "沪,province,CN-SH,province_list,test\n鲁,province,CN-SD,province_list,test\n"
        "豫,province,CN-HA,province_list,test\n", encoding="utf-8")
    monkeypatch.setenv("ETL_REFERENCE_DIR", str(ref))
    read_csv.cache_clear()
    participants._list_abbreviations.cache_clear()
    participants._abbreviation_run.cache_clear()
    yield
    monkeypatch.delenv("ETL_REFERENCE_DIR")
    read_csv.cache_clear()
    participants._list_abbreviations.cache_clear()
    participants._abbreviation_run.cache_clear()


@pytest.mark.parametrize("text, expected", [
    ("来自京津冀的代表参加了论坛。", ["CN-BJ", "CN-TJ", "CN-HE"]),
    ("苏浙沪三省市的企业代表出席。", ["CN-JS", "CN-ZJ", "CN-SH"]),
    ("冀中能源和鲁豫有约栏目组的代表出席。", []),     # names, not a list of provinces
])
def test_provinces_written_as_one_character_abbreviations(abbreviation_table, text, expected):
    assert [c for d, c, *_ in rows(text) if d == "province"] == expected


def test_rows_carry_the_offsets_of_their_statement():
    text = "Opening remarks. Some 40 delegates from Kenya and Egypt attended."
    found = find_participant_mix(text)
    assert {text[r.start:r.end].strip() for r in found} == {
        "Some 40 delegates from Kenya and Egypt attended."}


def test_kinds_of_the_organisations_that_took_part():
    from etl.extract.organizations import classify_org
    from etl.extract.participants import kinds_of_participants
    from etl.extract.records import OrgMention
    mentions = [OrgMention("Zhejiang University", "signatory"),
                OrgMention("Ningbo Sunrise Materials Co., Ltd.", "signatory"),
                OrgMention("Ningbo Institute of Materials Technology", "signatory"),
                OrgMention("Ministry of Science and Technology", "host"),        # an organiser
                OrgMention("University of Lagos", "participant")]
    found = kinds_of_participants(mentions, classify_org)
    assert [(r.category, r.basis) for r in found] == [("university", "listed"),
                                                      ("enterprise", "listed"),
                                                      ("research_institute", "listed")]


def test_the_two_parties_of_one_signing_are_no_mix():
    from etl.extract.organizations import classify_org
    from etl.extract.participants import kinds_of_participants
    from etl.extract.records import OrgMention
    mentions = [OrgMention("西湖材料研究院", "signatory"), OrgMention("杭州某某电子有限公司", "signatory"),
                OrgMention("杭州市科学技术局", "participant")]
    assert [r.category for r in kinds_of_participants(mentions, classify_org)] == ["government"]
    mentions = [OrgMention("Harbour University", "signatory"),
                OrgMention("Kestrel Robotics Ltd", "signatory")]
    assert kinds_of_participants(mentions, classify_org) == []


def test_organisers_alone_give_no_kinds_of_participants():
    from etl.extract.organizations import classify_org
    from etl.extract.participants import kinds_of_participants
    from etl.extract.records import OrgMention
    mentions = [OrgMention("南京大学", "host"), OrgMention("江苏省科技厅", "organizer")]
    assert kinds_of_participants(mentions, classify_org) == []


@pytest.mark.parametrize("text, expected", [
    ("参会人员共500人，其中企业代表300人，其余来自高校。",
     [("institution_type", "enterprise", "reported", None, 300),
      ("institution_type", "university", "derived", None, 200)]),
    ("The forum drew 80 participants; 50 were from companies and the rest from universities.",
     [("institution_type", "enterprise", "reported", None, 50),
      ("institution_type", "university", "derived", None, None)]),
])
def test_the_rest_beside_a_counted_part_is_derived(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("產學研各界代表踴躍參加。", ["enterprise", "research_institute", "university"]),
    ("展會吸引了120家企業、30所高校參展。", ["enterprise", "university"]),
])
def test_traditional_chinese_is_read_like_simplified(text, expected):
    assert [c for _d, c, *_ in rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Participants came from universities (45%), companies (35%) and government agencies "
     "(20%).", [("university", 0.45), ("enterprise", 0.35), ("government", 0.2)]),
    ("参会人员中，高校（40%）、企业（60%）。", [("university", 0.4), ("enterprise", 0.6)]),
])
def test_a_share_in_brackets_belongs_to_the_kind_before_it(text, expected):
    assert [(c, s) for _d, c, _b, s, _n in rows(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("参会单位包括高校28所、科研院所15家、企业60余家。",
     [("university", 28), ("research_institute", 15), ("enterprise", 60)]),
    ("参展的有企业120家、高校12所。", [("enterprise", 120), ("university", 12)]),
])
def test_a_kind_written_before_its_count(text, expected):
    assert [(c, n) for _d, c, _b, _s, n in rows(text)] == expected


@pytest.mark.parametrize("text, counted", [
    # one count of organisations after a list of kinds counts them together
    ("来自全市高校、科研院所和企业的80余家单位参加。",
     [("enterprise+research_institute+university", 80)]),
    # a count after each kind counts that kind alone
    ("参展高校12所、企业45家。", [("university", 12), ("enterprise", 45)]),
])
def test_a_count_after_a_list_of_kinds_counts_them_together(text, counted):
    assert [(r.category, r.count) for r in find_participant_mix(text) if r.count] == counted


@pytest.mark.parametrize("text, expected", [
    ("来自晋、冀、豫3省的80名学员参加了培训。",
     [("province", "CN-SX"), ("province", "CN-HE"), ("province", "CN-HA")]),
    ("參會企業來自閩、贛、湘等地。", [("province", "CN-FJ"), ("province", "CN-JX"),
                                 ("province", "CN-HN")]),
    ("来自川、渝两省市的代表出席。", [("province", "CN-SC"), ("province", "CN-CQ")]),
    ("来自中、法、德三国的150名学者参加研讨会。",
     [("country", "CHN"), ("country", "FRA"), ("country", "DEU")]),
    ("来自中俄蒙三国的专家学者参加论坛。",
     [("country", "CHN"), ("country", "RUS"), ("country", "MNG")]),
    ("来自蒙、吉两省区的代表参加论坛。", [("province", "CN-NM"), ("province", "CN-JL")]),
])
def test_a_list_of_one_character_place_abbreviations_closed_by_a_count(text, expected):
    assert [(d, c) for d, c, *_ in rows(text) if d in ("province", "country")] == expected


@pytest.mark.parametrize("text", [
    "今日韩国代表团参加了论坛。",             # 日韩 inside words, no count of countries
    "代表们在创新、青年和人才三方面交流。",      # 新、青 inside words, closed by no place count
    "中美日三方企业代表出席签约仪式。",          # 三方 counts parties, not countries
])
def test_one_character_abbreviations_outside_a_place_list_are_not_read(text):
    assert [(d, c) for d, c, *_ in rows(text) if d in ("province", "country")] == []


@pytest.mark.parametrize("text, listed", [
    ("来自全市高校、科研院所和企业的80余名代表参加。",
     ["enterprise", "research_institute", "university"]),
    ("逾300名來自學界、業界及政府部門的人士出席論壇。", ["university", "enterprise", "government"]),
])
def test_a_count_of_people_from_several_kinds_lists_the_kinds_without_a_count(text, listed):
    found = find_participant_mix(text)
    assert [r.count for r in found] == [None] * len(found)
    assert sorted(r.category for r in found if r.basis == "listed") == sorted(listed)


@pytest.mark.parametrize("text, shares", [
    ("Roughly one in five participants came from government agencies, the rest from "
     "companies.", [("government", 0.2, "reported"), ("enterprise", 0.8, "derived")]),
    ("About a third of the delegates came from the host campus and 40% from industry.",
     [("university", 0.3333, "reported"), ("enterprise", 0.4, "reported")]),
    ("與會者約七成來自業界，其餘來自學界。",
     [("enterprise", 0.7, "reported"), ("university", 0.3, "derived")]),
    ("Some 50% of attendees came from universities, 30% from companies and 20% from public "
     "bodies.", [("university", 0.5, "reported"), ("enterprise", 0.3, "reported"),
                 ("government", 0.2, "reported")]),
])
def test_shares_in_words_and_every_item_of_a_share_list_are_read(text, shares):
    assert [(r.category, r.share, r.basis) for r in find_participant_mix(text)
            if r.share is not None] == shares


@pytest.mark.parametrize("text", [
    "二〇二三成果展吸引企業參加。",                      # 三成 inside a year is no share
    "The 12th Innovation Summit drew companies from the region.",   # an ordinal is no count
])
def test_a_year_or_an_ordinal_is_neither_a_share_nor_a_count(text):
    assert [(r.share, r.count) for r in find_participant_mix(text)
            if r.share is not None or r.count is not None] == []


@pytest.mark.parametrize("text, kinds", [
    ("Participants included policymakers, hospital managers and start-up founders.",
     ["government", "hospital", "enterprise"]),
    ("Prototypes from universities and small businesses were on display in the main hall.",
     ["university", "enterprise"]),
    ("Attendees comprised investors and officials from provincial departments.",
     ["enterprise", "government"]),
])
def test_kinds_named_after_included_or_on_display_are_listed(text, kinds):
    assert [r.category for r in find_participant_mix(text) if r.basis == "listed"] == kinds


@pytest.mark.parametrize("text, expected", [
    # a bracketed share, with a qualifier, belongs to the kind before the bracket (the one
    # listed kind without a share has the rest)
    ("Visitors came from industry (around 55 percent), universities (25 percent) and "
     "government agencies.",
     [("institution_type", "enterprise", "reported", 0.55, None),
      ("institution_type", "university", "reported", 0.25, None),
      ("institution_type", "government", "derived", 0.2, None)]),
    ("参会者来自企业（约占70%）、高校（20%）和政府部门。",
     [("institution_type", "enterprise", "reported", 0.7, None),
      ("institution_type", "university", "reported", 0.2, None),
      ("institution_type", "government", "derived", 0.1, None)]),
])
def test_a_bracketed_share_goes_to_the_kind_before_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("出席者約六成來自企業，兩成為法人機構，其餘為大學師生。",
     [("institution_type", "enterprise", "reported", 0.6, None),
      ("institution_type", "research_institute", "reported", 0.2, None),
      ("institution_type", "university", "derived", 0.2, None)]),
    ("参会代表中约四成为高校教师，其余来自企业。",
     [("institution_type", "university", "reported", 0.4, None),
      ("institution_type", "enterprise", "derived", 0.6, None)]),
])
def test_a_share_written_n_cheng_wei_is_read(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "各单位统一成为联盟成员并参加了活动。",
    "两家企业合并成为一家新公司，双方代表出席签约。",
])
def test_cheng_wei_meaning_become_is_no_share(text):
    assert [r for r in rows(text) if r[3] is not None] == []


@pytest.mark.parametrize("text, expected", [
    ("Nearly half came from industry, a quarter were University faculty and students, and "
     "the rest were officials from government agencies.",
     [("institution_type", "enterprise", "reported", 0.5, None),
      ("institution_type", "university", "reported", 0.25, None),
      ("institution_type", "government", "derived", 0.25, None)]),
    ("Delegates from the University of Lagos and local firms attended.",
     [("institution_type", "enterprise", "listed", None, None),
      ("country", "NGA", "listed", None, None)]),
])
def test_a_capitalised_kind_word_outside_a_name_is_a_kind(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("来自北京、天津等地约五百名企业代表、创业者及投资人出席了大会。",
     [("institution_type", "enterprise", "listed", None, None),
      ("province", "CN-BJ", "listed", None, None),
      ("province", "CN-TJ", "listed", None, None)]),
    ("约一百二十名研究人员及企业代表参加了活动。",
     [("institution_type", "enterprise", "listed", None, None)]),
    ("The workshop drew 150 investors, founders and engineers in attendance.",
     [("institution_type", "enterprise", "listed", None, None)]),
    # one kind of people, or organisations of kinds joined by adjectives: still a count
    ("The expo gathered 90 Dutch and Belgian companies taking part.",
     [("institution_type", "enterprise", "reported", None, 90)]),
    ("本次活动约300名企业代表参加。",
     [("institution_type", "enterprise", "reported", None, 300)]),
])
def test_a_head_count_of_mixed_kinds_of_people_lists_the_kinds_without_a_count(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, count", [
    ("园区汇聚超过1,500家企业参展。", 1500),
    ("共有12,000家企业参与。", 12000),
])
def test_a_count_grouped_with_commas_is_read_whole(text, count):
    assert [r[4] for r in rows(text) if r[1] == "enterprise"] == [count]


@pytest.mark.parametrize("text, countries", [
    ("法國、意大利、韓國等國家的企業組團參展。", ["FRA", "ITA", "KOR"]),
    ("巴西、阿根廷、智利等国家和地区的代表参会。", ["BRA", "ARG", "CHL"]),
])
def test_a_list_of_countries_closed_by_deng_guojia_took_part(text, countries):
    assert [r[1] for r in rows(text) if r[0] == "country"] == countries


@pytest.mark.parametrize("text, countries", [
    ("论坛在杭州举行，约300名嘉宾参会，中法双方签署合作协议5项。", ["CHN", "FRA"]),
    ("会上，中日双方代表签署备忘录。", ["CHN", "JPN"]),
])
def test_two_countries_written_as_sides_took_part(text, countries):
    assert [r[1] for r in rows(text) if r[0] == "country"] == countries


@pytest.mark.parametrize("text", [
    "管理局22日在园区举办交流会，园区企业和高校代表参加。",
    "3月5日，来自高校和企业的代表参加了交流会。",
])
def test_a_chinese_figure_with_its_unit_is_not_an_english_count(text):
    assert [r for r in rows(text) if r[4] is not None] == []


@pytest.mark.parametrize("text, expected", [
    # a demonym or a country before the share, "followed by X (n%)"
    ("Danish organisations made up 45% of the exhibitors, followed by Sweden (20%) and "
     "Norway (12%).",
     [("country", "DNK", "reported", 0.45, None), ("country", "SWE", "reported", 0.2, None),
      ("country", "NOR", "reported", 0.12, None)]),
    # 内地 names the Chinese mainland; 两成半 is 25 %; two places sharing one share are one
        # row, and each is listed
    ("香港代表约占五成，内地代表约占两成半，新加坡及马来西亚代表合共约占四分之一。",
     [("country", "HKG", "reported", 0.5, None), ("country", "CHN", "reported", 0.25, None),
      ("country", "MYS+SGP", "reported", 0.25, None),
      ("country", "MYS", "listed", None, None), ("country", "SGP", "listed", None, None)]),
    ("Around 30% of the delegates came from Kenya.",
     [("country", "KEN", "reported", 0.3, None), ("country", "KEN", "listed", None, None)]),
])
def test_shares_of_countries_in_running_text(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Exhibitors came mainly from Victoria and Queensland, with a handful from Tasmania.",
     [("province", "AU-VIC"), ("province", "AU-QLD"), ("province", "AU-TAS")]),
    # Ontario is also a town in California: the province, never the USA
    ("Delegates came from Ontario and Manitoba.", [("province", "CA-ON"), ("province", "CA-MB")]),
    # a region a town shares its name with (Valparaíso) is a region beside one that is not
    ("Teams came from Biobío and Valparaíso.", [("province", "CL-BI"), ("province", "CL-VS")]),
    # "South" is a region of Cameroon, but here part of South Korea
    ("Buyers came from Japan and South Korea.", [("country", "JPN"), ("country", "KOR")]),
    ("Participants came from regions outside the Lima metropolitan area, such as Cusco.",
     [("country", "PER")]),
])
def test_regions_outside_china_are_provinces(text, expected):
    assert [(d, c) for d, c, *_ in rows(text) if d in ("province", "country")] == expected


@pytest.mark.parametrize("text, expected", [
    ("泰国、越南、老挝等东南亚国家的企业参展。", ["THA", "VNM", "LAO"]),
    ("印度、巴基斯坦等南亚国家派代表团参会。", ["IND", "PAK"]),
    ("乌兹别克斯坦、吉尔吉斯斯坦等国代表出席。", ["UZB", "KGZ"]),
])
def test_a_list_of_countries_closed_by_a_region_word_and_guo_jia(text, expected):
    assert [c for d, c, *_ in rows(text) if d == "country"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Of the exhibitors, 40% were SMEs and 35% were large corporations, the rest were "
     "universities.",
     [("institution_type", "enterprise", "listed", None, None),
      ("institution_type", "university", "derived", 0.25, None)]),
    ("参展单位中，中小企业约占四成，上市公司约占三成，其余为高校。",
     [("institution_type", "enterprise", "listed", None, None),
      ("institution_type", "university", "derived", 0.3, None)]),
])
def test_shares_by_size_inside_one_kind_list_the_kind(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 70% of participants came from industry, of which roughly half were start-ups.",
     [("institution_type", "enterprise", "reported", 0.7, None)]),
    ("企业代表约占六成，其中中小企业占一半，高校代表占三成。",
     [("institution_type", "enterprise", "reported", 0.6, None),
      ("institution_type", "university", "reported", 0.3, None)]),
])
def test_a_share_nested_in_a_kinds_share_is_no_row(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Government-backed research centres accounted for 25% of the delegates.",
     [("research_institute", 0.25)]),
    ("University-owned companies made up 10% of participants.", [("enterprise", 0.1)]),
    ("与会者中，园区企业约占六成，高校约占两成。", [("enterprise", 0.6), ("university", 0.2)]),
    ("Science park companies made up 40% of the exhibitors.", [("enterprise", 0.4)]),
    # the share's verb alone in its clause: the kind is in the clause before
    ("本次与会者以开发区厂商为主，约占八成。", [("enterprise", 0.8)]),
    # 其他 / other picks out more of the next kind
    ("与会者中，企业约占六成，三成来自其他高校。", [("enterprise", 0.6), ("university", 0.3)]),
    ("Other universities made up 20% of the participants.", [("university", 0.2)]),
    # 其中 opens the breakdown of a head count: the share is of the kind after it only
    ("参会的企业家、投资人和高校教师约200人，其中高校教师占三成。", [("university", 0.3)]),
])
def test_the_kind_a_share_belongs_to(text, expected):
    assert [(c, s) for d, c, _b, s, _n in rows(text) if s is not None] == expected


@pytest.mark.parametrize("text, kinds", [
    # a head count of people over a list of kinds: each kind listed, no count
    ("参加活动的投资机构、上市公司和高校院所代表约300人。",
     ["enterprise", "research_institute", "university"]),
    ("出席会议的企业和高校代表共80余人。", ["enterprise", "university"]),
])
def test_a_head_count_over_several_kinds_lists_them(text, kinds):
    assert rows(text) == [("institution_type", k, "listed", None, None) for k in kinds]


@pytest.mark.parametrize("text, expected", [
    # start-ups of universities are companies
    ("两家高校初创与投资方签署协议，参会嘉宾踊跃。", [("enterprise", 2)]),
    ("In all, 3 university spin-offs took part in the pitch.", [("enterprise", 3)]),
    # 一家来自某大学的团队 counts a team, not a university
    ("参会团队中，其中一家来自浙江大学的创业团队获得融资。", []),
    ("共有30家来自园区的企业参展。", [("enterprise", 30)]),
])
def test_what_a_count_counts(text, expected):
    assert [(c, n) for _d, c, _b, _s, n in rows(text) if n is not None] == expected


@pytest.mark.parametrize("text, expected", [
    # places inside names of a Chinese list are not where participants came from
    ("来自北京航空航天大学、上海交通大学等高校的专家参会。", []),
    ("来自中国科学院广州能源研究所、哈尔滨工业大学（威海）的专家参会。", []),
    ("来自北京、上海等地的专家参会。", [("province", "CN-BJ"), ("province", "CN-SH")]),
    # a place before a description is a place
    ("来自台湾经济主管部门、高等院校的专家参会。", [("country", "TWN")]),
])
def test_places_inside_chinese_names_are_not_origins(text, expected):
    assert [(d, c) for d, c, *_ in rows(text) if d in ("province", "country")] == expected


@pytest.mark.parametrize("text, expected", [
    # a delegation's size is its country's count, not a count of the kind it met
    ("At the fair, a Vietnamese delegation of 27 met Korean institutes in one-on-one talks.",
     [("country", "VNM", 27)]),
    ("A 12-member Kenyan delegation joined the pitch sessions.", [("country", "KEN", 12)]),
])
def test_a_delegations_size_counts_its_country(text, expected):
    assert [(d, c, n) for d, c, _b, _s, n in rows(text) if n is not None] == expected


@pytest.mark.parametrize("text, expected", [
    # a remainder by where people came from names no kind
    ("决赛队伍中，约四成来自企业，三成来自其他本地大学，其余来自内地及海外。",
     [("institution_type", "enterprise", "reported", 0.4, None),
      ("institution_type", "university", "reported", 0.3, None)]),
    ("Half of the attendees came from companies, a third from universities and the rest from "
     "abroad.",
     [("institution_type", "enterprise", "reported", 0.5, None),
      ("institution_type", "university", "reported", 0.3333, None)]),
])
def test_a_remainder_by_origin_is_no_kind(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "对接会上，某实验室与珠海一家生物医药企业签署协议，参会嘉宾踊跃。",
    "其中一家企业代表发言，参会嘉宾踊跃。",
])
def test_one_company_written_yi_jia_is_no_count(text):
    assert [r for r in find_participant_mix(text) if r.count] == []


def test_a_kinds_share_of_the_participants_replaces_a_count_of_some_of_them():
    text = ("会上，研究院与5家医疗器械公司签约，参会嘉宾踊跃。"
            "与会者中，公司代表约占七成，其余为医院代表。")
    assert rows(text) == [("institution_type", "enterprise", "reported", 0.7, None),
                          ("institution_type", "hospital", "derived", 0.3, None)]


@pytest.mark.parametrize("text, expected", [
    # Taiwan's cities and counties are provinces (ISO 3166-2:TW); a share 合计 for two of them
    # is one row, and each is listed (gold of round 14 lists them, round 4's accepts either)
    ("本期學員來自40家園區廠商，若依所在縣市區分，臺南市佔四成，嘉義縣佔三成，屏東縣及台東縣合計約一成五，"
     "其餘來自澎湖縣。",
     [("province", "TW-TNN", "reported", 0.4, None),
      ("province", "TW-CYQ", "reported", 0.3, None),
      ("province", "TW-PIF+TW-TTT", "reported", 0.15, None),
      ("institution_type", "enterprise", "reported", None, 40),
      ("province", "TW-TNN", "listed", None, None),
      ("province", "TW-CYQ", "listed", None, None),
      ("province", "TW-PEN", "listed", None, None),
      ("province", "TW-PIF", "listed", None, None), ("province", "TW-TTT", "listed", None, None)]),
    ("學員來自高雄市與嘉義縣的企業。",
     [("province", "TW-KHH", "listed", None, None),
      ("province", "TW-CYQ", "listed", None, None)]),
    ("學員來自高雄市與屏東縣。",
     [("province", "TW-KHH", "listed", None, None),
      ("province", "TW-PIF", "listed", None, None)]),
    # 六成五 is 65 %; farmers' associations are associations
    ("與會者中農企業約占六成五，農民團體約占一成五，其餘為大專院校人員。",
     [("institution_type", "enterprise", "reported", 0.65, None),
      ("institution_type", "association", "reported", 0.15, None),
      ("institution_type", "university", "derived", 0.2, None)]),
    # 内地 is the Chinese mainland
    ("兩日活動共吸引約三百名來自澳門、內地及葡語國家的企業代表參加。",
     [("institution_type", "enterprise", "listed", None, None),
      ("country", "MAC", "listed", None, None),
      ("country", "CHN", "listed", None, None)]),
    # places before 以外 are where the participants did NOT come from
    ("参会观众中，来自长三角以外地区的占三成。", []),
    ("专业观众中，来自京津冀以外省份的占两成。", []),
    ("来自上海以外城市的企业占四成。", [("institution_type", "enterprise", "reported", 0.4, None)]),
])
def test_taiwan_provinces_tenths_mainland_and_excluded_places(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an elliptical second share ("and colleges for 30 percent") and a rest whose kinds stand
    # before it
    ("Firms made up 48 percent of the delegates and universities for 30 percent, while research "
     "institutes and incubators made up the rest.",
     [("institution_type", "enterprise", "reported", 0.48, None),
      ("institution_type", "university", "reported", 0.3, None),
      ("institution_type", "intermediary+research_institute", "derived", 0.22, None)]),
    # "from outside X": the share is of the others, X has the rest
    ("Roughly one in four delegates came from outside Canada, most of them from the United "
     "States.",
     [("country", "CAN", "derived", 0.75, None), ("country", "USA", "listed", None, None)]),
    # a stated remainder in brackets is a share, not a remainder to derive
    ("Participants by origin: Austria (about 60%), Hungary (25%), Slovakia and Czechia (the "
     "remaining 15%).",
     [("country", "AUT", "reported", 0.6, None), ("country", "HUN", "reported", 0.25, None),
      ("country", "CZE+SVK", "reported", 0.15, None),
      ("country", "CZE", "listed", None, None), ("country", "SVK", "listed", None, None)]),
    # regions written with diacritics
    ("Delegates came from Quảng Trị, Đắk Nông and Bình Định provinces.",
     [("province", "VN-25", "listed", None, None), ("province", "VN-72", "listed", None, None),
      ("province", "VN-31", "listed", None, None)]),
    # share lines under an intro line are read as the intro's items, up to a blank line
    ("The workshop drew 120 people.\n\nParticipants by sector:\nIndustry (start-ups and SMEs) - "
     "45%\nUniversities and research institutes - 40%\nGovernment agencies - 15%\n\nSome 30% of "
     "the budget went to companies.",
     [("institution_type", "enterprise", "reported", 0.45, None),
      ("institution_type", "research_institute+university", "reported", 0.4, None),
      ("institution_type", "government", "reported", 0.15, None)]),
])
def test_english_share_shapes(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counts of people are not counts of organisations of their kind
    ("市相关部门负责人及企业代表60余人参加签约会。",
     [("institution_type", "enterprise", "listed", None, None)]),
    ("About 2,000 visitors, including 300 business delegates, attended the fair.",
     [("institution_type", "enterprise", "listed", None, None)]),
    ("Some 40 investors and corporate scouts joined the session.",
     [("institution_type", "enterprise", "listed", None, None)]),
    # a count of firms whose representatives came is the firms' count
    ("来自全市180余家企业的代表和高校专家共约300人参加活动。",
     [("institution_type", "enterprise", "reported", None, 180),
      ("institution_type", "university", "listed", None, None)]),
    ("The fair brought together 180 companies and 36 universities.",
     [("institution_type", "enterprise", "reported", None, 180),
      ("institution_type", "university", "reported", None, 36)]),
])
def test_counts_of_people_and_counts_of_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named country's share among foreign participants, and the statement after a semicolon
    ("海外参会机构中，法国机构最多，约占四成；荷兰机构占两成。",
     [("country", "FRA", "reported", 0.4, None), ("country", "NLD", "reported", 0.2, None)]),
    ("参会嘉宾中，境外嘉宾占三成。", [("country", "CHN", "derived", 0.7, None)]),
    # counts by origin
    ("五家簽約企業中，內地企業兩家，其餘三家來自韓國。",
     [("institution_type", "enterprise", "reported", None, 5),
      ("country", "KOR", "listed", None, None),
      ("country", "CHN", "reported", None, 2)]),
])
def test_country_shares_among_foreign_participants_and_counts_by_origin(text, expected):
    assert rows(text) == expected


def test_counts_of_companies_by_country():
    found = rows("参展机构中，日本企业3家、德国企业5家。")
    assert [r for r in found if r[0] == "country"] == [("country", "JPN", "reported", None, 3),
                                                       ("country", "DEU", "reported", None, 5)]


@pytest.mark.parametrize("text, derived", [
    # the one listed kind without a share has the rest
    ("来自高校院所、企业和服务机构的120名学员参加培训，其中高校院所学员占50%，企业学员占35%。",
     [("intermediary", 0.15)]),
    ("学员来自政府部门、企业和高校，其中企业学员占55%，高校学员占30%。", [("government", 0.15)]),
    # two kinds without a share: no rest can be given to either
    ("学员来自政府部门、园区、企业和高校，其中企业学员占55%，高校学员占30%。", []),
])
def test_the_one_listed_kind_without_a_share_has_the_rest(text, derived):
    assert [(c, s) for _d, c, b, s, _n in rows(text) if b == "derived"] == derived


@pytest.mark.parametrize("text, expected", [
    ("Forty-two companies and nine universities exhibited at the fair.",
     [("institution_type", "enterprise", "reported", None, 42),
      ("institution_type", "university", "reported", None, 9)]),
    ("Seventy companies, twelve universities and three research institutes took part in the "
     "partnering day.",
     [("institution_type", "enterprise", "reported", None, 70),
      ("institution_type", "university", "reported", None, 12),
      ("institution_type", "research_institute", "reported", None, 3)]),
    ("Eighty-six MSMEs joined the fair, along with 14 state universities and colleges.",
     [("institution_type", "enterprise", "reported", None, 86),
      ("institution_type", "university", "reported", None, 14)]),
])
def test_counts_written_in_words_count_their_kind(text, expected):
    assert rows(text) == expected


def test_number_words_inside_other_words_are_no_counts():
    assert rows("The three-day fair drew often large crowds; ten speakers attended.") == []


@pytest.mark.parametrize("text, expected", [
    ("LAGOS, Nigeria — The fair drew 900 delegates. Foreign participants made up 25% of the delegates.",
     [("country", "NGA", "derived", 0.75, None)]),
    ("HANOI — Some 400 delegates from Vietnam, Laos and Cambodia attended. Foreign guests made up "
     "20 percent of participants.",
     [("country", "VNM", "listed", None, None), ("country", "LAO", "listed", None, None),
      ("country", "KHM", "listed", None, None), ("country", "VNM", "derived", 0.8, None)]),
])
def test_a_foreign_share_in_english_leaves_the_rest_to_the_events_country(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("确认出席的中外嘉宾约900人，其中来自法国、德国、意大利等12个欧洲国家的嘉宾200余人，约占22%。",
     [("country", "FRA", "listed", None, None), ("country", "DEU", "listed", None, None),
      ("country", "ITA", "listed", None, None)]),
    ("論壇吸引中外來賓六百人，其中來自巴西、阿根廷等南美國家的代表約占一成。",
     [("country", "BRA", "listed", None, None), ("country", "ARG", "listed", None, None)]),
])
def test_a_share_of_an_open_list_of_countries_lists_each_country(text, expected):
    assert rows(View(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("今天到场的中外嘉宾超过400人，其中德国企业和机构代表80人、法国企业和机构代表52人。",
     [("country", "DEU", "reported", None, 80), ("country", "FRA", "reported", None, 52)]),
    ("與會者約300人，其中新加坡企業及大學代表45人。",
     [("country", "SGP", "reported", None, 45)]),
])
def test_people_counted_by_country_before_their_joined_kinds(text, expected):
    assert [r for r in rows(View(text)) if r[0] == "country"] == expected


@pytest.mark.parametrize("text, expected", [
    ("全省技术经理人培训班在杭州举办。本期学员共120人，来自全省11个地市。", "CN-ZJ"),
    ("培訓班在南寧舉行，學員來自全區各地。", "CN-GX"),
])
def test_participants_from_the_whole_host_province_list_it(text, expected):
    assert ("province", expected, "listed", None, None) in rows(View(text))


def test_participants_from_the_whole_city_name_no_province():
    assert rows(View("本期学员共88人，来自全市16个区县。")) == []


@pytest.mark.parametrize("text, expected", [
    ("目前報名單位中企業約占六成，大學約占三成，其餘為公部門單位。",
     [("institution_type", "enterprise", "reported", 0.6, None),
      ("institution_type", "university", "reported", 0.3, None),
      ("institution_type", "government", "derived", 0.1, None)]),
    ("截至目前，报名机构中高校约占四成，企业约占五成，其余为政府部门。",
     [("institution_type", "university", "reported", 0.4, None),
      ("institution_type", "enterprise", "reported", 0.5, None),
      ("institution_type", "government", "derived", 0.1, None)]),
])
def test_shares_of_those_registered_are_the_mix(text, expected):
    assert rows(View(text)) == expected


def test_a_complete_breakdown_by_share_leaves_no_kinds_to_list_from_names():
    from etl.extract.organizations import classify_org
    from etl.extract.participants import kinds_of_participants
    from etl.extract.records import OrgMention
    mentions = [OrgMention("Harbour University", "participant"),
                OrgMention("Kestrel Institute of Marine Research", "participant")]
    mix = find_participant_mix("Companies made up 60% of the 300 guests and universities 40%.")
    assert shares_cover_all(mix)
    assert kinds_of_participants(mentions, classify_org, covered=shares_cover_all(mix)) == []
    mix = find_participant_mix("企业代表约占七成，高校代表约占两成，其余为政府部门人员。")
    assert shares_cover_all(mix)


def test_a_remainder_of_several_kinds_still_lets_named_bodies_tell_their_kind():
    mix = find_participant_mix("About 60% of the guests came from industry; the rest came from "
                               "hospitals, laboratories and public agencies.")
    assert not shares_cover_all(mix)
    assert not shares_cover_all(find_participant_mix("与会者约六成来自企业。"))


@pytest.mark.parametrize("text, rows", [
    ("大赛共吸引参赛项目300个，最终来自中国和东盟国家的20支团队晋级决赛。其中，印尼团队5支、缅甸团队3支，其余12支为国内团队。",
     {("country", "IDN", 5), ("country", "MMR", 3)}),
    ("本届挑战赛共有40支队伍参赛，其中菲律宾代表队3支、柬埔寨代表队2支。",
     {("country", "PHL", 3), ("country", "KHM", 2)}),
])
def test_teams_counted_per_country_are_reported_counts(text, rows):
    got = {(m.dimension, m.category, m.count) for m in find_participant_mix(text)
           if m.basis == "reported"}
    assert rows <= got


@pytest.mark.parametrize("text", [
    "研讨会在昆明举行，来自8个国家的300余名代表参会，其中外方代表约占45%。",
    "交流会共有来宾200人出席，外方嘉宾约占45%。",
])
def test_the_foreign_side_s_share_leaves_the_rest_to_the_home_country(text):
    rows = [(m.dimension, m.category, m.share, m.basis) for m in find_participant_mix(text)]
    assert ("country", "CHN", 0.55, "derived") in rows


@pytest.mark.parametrize("text, provinces", [
    ("出席本次对接会的有省内外专家200余人，其中四川、贵州、云南等兄弟省份的专家30余位。",
     {"CN-SC", "CN-GZ", "CN-YN"}),
    ("论坛吸引了300余名嘉宾，湖南、江西等周边省区的代表约80人参会。", {"CN-HN", "CN-JX"}),
])
def test_provinces_listed_before_etc_and_a_word_of_nearness_are_where_participants_came_from(
        text, provinces):
    got = {m.category for m in find_participant_mix(text) if m.dimension == "province"}
    assert provinces <= got


@pytest.mark.parametrize("text, count", [
    ("參展的20個單位包括6間大學、10間社福機構及4間科技公司。", 10),
    ("本次博览会共有参展单位40家，其中非政府组织12家、企业28家。", 12),
])
def test_welfare_bodies_and_ngos_counted_among_participants_are_associations(text, count):
    assert ("institution_type", "association", "reported", None, count) in rows(text)


@pytest.mark.parametrize("text", [
    "【图片说明】5月8日，长沙，参会企业代表在成果展区了解项目。",
    "[圖片說明] 與會高校師生在展區參觀。",
])
def test_a_bracketed_photo_caption_counts_no_participants(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, rows", [
    ("Delegates\nDelegates by country (share of registrations):\nNorway — 80%\nDenmark — 12%\n"
     "Other countries — 8%\n", [("country", "NOR", 0.8), ("country", "DNK", 0.12)]),
    ("The fair drew 300 visitors.\nVisitors by country:\nGermany: 55%\nAustria: 30%\n",
     [("country", "DEU", 0.55), ("country", "AUT", 0.3)]),
])
def test_a_text_tables_place_lines_give_their_shares(text, rows):
    assert [(r.dimension, r.category, r.share) for r in find_participant_mix(text)
            if r.basis == "reported"] == rows


@pytest.mark.parametrize("text, rows", [
    # provinces the text calls provinces, though towns share their names; their combined
    # share is not the country's
    ("The expo drew 900 visitors, about a fifth of them from the neighbouring provinces of "
     "Konya, Karaman and Aksaray.",
     [("province", "TR-42", None, "listed"), ("province", "TR-70", None, "listed"),
      ("province", "TR-68", None, "listed")]),
    ("Some 600 guests came, a third of them from the provinces of Quang Nam and Quang Ngai.",
     [("province", "VN-27", None, "listed"), ("province", "VN-29", None, "listed")]),
])
def test_a_share_of_named_provinces_lists_them_and_gives_the_country_nothing(text, rows):
    assert [(r.dimension, r.category, r.share, r.basis) for r in find_participant_mix(text)] \
        == rows


def _rows(text: str) -> set[tuple[str, str]]:
    return {(r.dimension, r.category) for r in find_participant_mix(View(text))}


@pytest.mark.parametrize("text, row", [
    # from every part of the event's own country: that country
    ("对接会在成都举行，来自全国20个省区市及法国、意大利的嘉宾约600人参会。", ("country", "CHN")),
    ("論壇在台中舉行，吸引來自全國各縣市及日本的業者約300人出席。", ("country", "TWN")),
    # the province's own institutions, counted, took part
    ("拍卖会在合肥举行。全省11所高校、3家科研院所共提交拍品40件，吸引企业代表约150人到场竞拍。",
     ("province", "CN-AH")),
])
def test_the_whole_country_or_province_named_as_origin_is_the_events_own(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text, country", [
    ("展会共有来自10个国家、约300个单位参展，其中韩国、越南与德国都设置了国家馆。", "KOR"),
    ("展會共有來自8個國家、約200個單位參展，其中日本、越南都設置了國家館。", "JPN"),
])
def test_a_list_opened_by_qizhong_lists_its_first_country(text, country):
    assert ("country", country) in _rows(text)


def test_the_whole_country_alone_is_no_origin_row():
    rows = _rows("展会吸引了来自全国28个省区市的1500多家企业参展。")
    assert not any(dim == "country" for dim, _code in rows)


@pytest.mark.parametrize("text, rest", [
    ("出席者中，企业代表约占六成，其余为学术人员及政府官员。", "government+university"),
    ("与会者当中，中小企业约占八成，其余为学术人员。", "university"),
])
def test_academic_staff_in_the_rest_are_universities(text, rest):
    rows = {(r.category, r.basis) for r in find_participant_mix(View(text))}
    assert (rest, "derived") in rows


def _shares(text):
    return [(m.dimension, m.category, m.share) for m in find_participant_mix(View(text))
            if m.share is not None]


@pytest.mark.parametrize("text, rows", [
    # a share written 百分之N, as official papers write it
    ("研讨会在广州举行。与会者中，企业代表约占百分之四十五。",
     [("institution_type", "enterprise", 0.45)]),
    ("论坛在上海举行。参会嘉宾中，来自香港的约占百分之二十，来自新加坡的约占百分之十二。",
     [("country", "HKG", 0.2), ("country", "SGP", 0.12)]),
])
def test_a_share_written_bai_fen_zhi(text, rows):
    assert _shares(text) == rows


@pytest.mark.parametrize("text, rows", [
    # the people of the place the event is held in, and a place detailed in brackets
    ("研讨会在澳门举行，共有300人出席。本地出席者约占百分之六十，来自内地（主要为广东及福建）的约占百分之三十。",
     [("country", "MAC", 0.6), ("country", "CHN", 0.3)]),
    ("The forum was held in Nairobi, Kenya. Local participants made up 70%, and those from "
     "Uganda (mainly Kampala) accounted for 20%.",
     [("country", "KEN", 0.7), ("country", "UGA", 0.2)]),
])
def test_local_people_and_a_bracketed_detail_of_a_place(text, rows):
    assert _shares(text) == rows


def _countries(text):
    return [m.category for m in find_participant_mix(View(text)) if m.dimension == "country"]


@pytest.mark.parametrize("text, countries", [
    # a list of places closed by a count: where those counted came from
    ("对接会邀得智利、秘鲁及哥伦比亚共12家企业参与。", ["CHL", "PER", "COL"]),
    ("研讨会吸引了越南、泰国共30名代表出席。", ["VNM", "THA"]),
])
def test_a_list_of_places_closed_by_a_count(text, countries):
    assert _countries(text) == countries


def test_one_place_before_a_count_lists_no_origin():
    assert _countries("本届展会上海共有120家企业参展。") == []


@pytest.mark.parametrize("text, row", [
    # 省内N所/家: the province's own institutions, counted, took part
    ("对接会在南昌举行。省内12所高校携100余项成果参展，200余家企业到场洽谈。", ("province", "CN-JX")),
    ("推介会在西宁举办，省内30余家企业和5所高校代表约180人参加。", ("province", "CN-QH")),
])
def test_the_province_s_own_institutions_counted_are_the_events_province(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text, countries", [
    # people who travelled from places came from them, as those who came from them
    ("Buyers travelled from Japan, Korea and Vietnam for the two-day fair.", ["JPN", "KOR", "VNM"]),
    ("Several investors traveled in from Chile and Peru, the organisers said.", ["CHL", "PER"]),
])
def test_people_who_travelled_from_places(text, countries):
    assert _countries(text) == countries


@pytest.mark.parametrize("text, row", [
    # a share from outside a first-level region: the rest came from that region, derived
    ("About 800 people attended, around 25 per cent of them from outside Ontario.",
     ("province", "CA-ON", "derived", 0.75)),
    ("Some 500 delegates took part, about 40 per cent of them from outside Sarawak, "
     "including guests from Sabah.", ("province", "MY-13", "derived", 0.6)),
])
def test_a_share_from_outside_a_region_leaves_the_rest_to_that_region(text, row):
    found = [(m.dimension, m.category, m.basis, m.share) for m in find_participant_mix(View(text))]
    assert row in found
    assert (row[0], row[1], "listed", None) not in found


@pytest.mark.parametrize("text", [
    # a change of a quantity written as a share is no share of the participants
    ("“今年参展企业数量增长了近五成，说明市场信心在恢复。”"),
    ("Registrations from companies rose by 30 percent, the organisers said."),
])
def test_a_growth_written_as_a_share_is_no_share(text):
    assert [m for m in find_participant_mix(View(text)) if m.share is not None] == []


@pytest.mark.parametrize("text, expected", [
    # a bare count in brackets after each kind; counts that add up to the head count give
    # each kind its share of it
    ("The 300 delegates came from industry (180), from universities (90) and from public "
     "administration (30).",
     [("institution_type", "enterprise", "reported", 0.6, 180),
      ("institution_type", "university", "reported", 0.3, 90),
      ("institution_type", "government", "reported", 0.1, 30)]),
    # counts that do not add up to the head count give no share
    ("Some 200 guests attended; they came from companies (120) and research institutes (50).",
     [("institution_type", "enterprise", "reported", None, 120),
      ("institution_type", "research_institute", "reported", None, 50)]),
])
def test_counts_in_brackets_after_kinds(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 者 after the kind; one word for two kinds counts its people together
    ("参加培训的学员中，来自企业者30名、学研机构12名。",
     [("institution_type", "enterprise", "reported", None, 30),
      ("institution_type", "research_institute+university", "reported", None, 12),
      ("institution_type", "research_institute", "listed", None, None),
      ("institution_type", "university", "listed", None, None)]),
    # 入围 (shortlisted) speaks of who took part; 高校院所 is one row of two kinds
    ("从入围团队来源看，高校院所团队约占六成，企业团队约占四成。",
     [("institution_type", "research_institute+university", "reported", 0.6, None),
      ("institution_type", "enterprise", "reported", 0.4, None)]),
])
def test_combined_kind_words_and_shortlisted_teams(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place right before a count of a kind is where those counted came from
    ("会议由省科技厅主办，福建约30家企业、台湾20余家企业参会。",
     [("institution_type", "enterprise", "reported", None, 30),
      ("province", "CN-FJ", "listed", None, None), ("country", "TWN", "listed", None, None)]),
    # not the place the event is held in
    ("在上海300名企业代表参会。", [("institution_type", "enterprise", "reported", None, 300)]),
])
def test_a_place_before_a_count_of_a_kind(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region's name with a small word inside it
    ("Delegates travelled from Mato Grosso do Sul and Rio de Janeiro to the fair.",
     [("province", "BR-MS", "listed", None, None), ("province", "BR-RJ", "listed", None, None)]),
    ("Visitors came from Quebec, Newfoundland and Labrador and Ontario.",
     [("province", "CA-QC", "listed", None, None), ("province", "CA-NL", "listed", None, None),
      ("province", "CA-ON", "listed", None, None)]),
    # "and other states" makes a name a town shares a state; places sharing one share are
    # each listed too
    ("Most participants came from Bahia (70%); Pernambuco and Ceará together accounted for "
     "20%, and the rest came from Paraíba and other states.",
     [("province", "BR-BA", "reported", 0.7, None), ("province", "BR-BA", "listed", None, None),
      ("province", "BR-CE+BR-PE", "reported", 0.2, None),
      ("province", "BR-PB", "listed", None, None), ("province", "BR-CE", "listed", None, None),
      ("province", "BR-PE", "listed", None, None)]),
])
def test_region_names_with_small_words_and_states(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Registrations by state were:\n| State | Participants |\n|---|---|\n| Victoria | 14 |\n"
     "| Tasmania | 5 |\n| Total | 19 |\nThe course ran for two days.",
     [("province", "AU-VIC", "reported", None, 14), ("province", "AU-TAS", "reported", None, 5)]),
    ("参会情况如下：\n| 地区 | 参会人数 |\n| 江苏 | 120人 |\n| 浙江 | 80人 |\n| 合计 | 200人 |\n",
     [("province", "CN-JS", "reported", None, 120), ("province", "CN-ZJ", "reported", None, 80)]),
    ("| Sector | Delegates |\n| Universities | 12 |\n| Companies | 30 |\n",
     [("institution_type", "university", "reported", None, 12),
      ("institution_type", "enterprise", "reported", None, 30)]),
    # a table whose header names no participants is not read
    ("| Year | Revenue |\n| Victoria | 14 |\n| Tasmania | 5 |\n", []),
])
def test_a_table_of_participants_by_place_or_kind(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of one province (苏北, 闽南) names that province where participants came from
    ("本次会上，苏北五市的地方政府和企业现场签约。",
     [("institution_type", "government", "listed", None, None),
      ("institution_type", "enterprise", "listed", None, None),
      ("province", "CN-JS", "listed", None, None)]),
    ("来自闽南的企业代表参会。",
     [("institution_type", "enterprise", "listed", None, None),
      ("province", "CN-FJ", "listed", None, None)]),
    # in an event's name it says nothing of where participants came from
    ("服务苏北五市产学研合作对接活动在宿迁举行，约500人参加。", []),
])
def test_a_part_of_one_province_names_it(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 以…为主: the participants are mainly of the kinds it names
    ("本期结业学员40名，以本地制药企业研发人员为主。",
     [("institution_type", "enterprise", "listed", None, None)]),
    ("参会嘉宾以高校和科研院所专家为主。",
     [("institution_type", "university", "listed", None, None),
      ("institution_type", "research_institute", "listed", None, None)]),
    # a theme 以…为主 names no participants
    ("本次展会以新能源技术为主，吸引观众2000人。", []),
])
def test_participants_mainly_of_a_kind(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a run of country short forms closed by 双方 stands on its own after a verb
    ("论坛吸引中泰双方约150名企业代表参会。",
     [("institution_type", "enterprise", "reported", None, 150),
      ("country", "CHN", "listed", None, None), ("country", "THA", "listed", None, None)]),
    ("交流会吸引台日雙方近百位業者與會。",
     [("institution_type", "enterprise", "listed", None, None),
      ("country", "TWN", "listed", None, None), ("country", "JPN", "listed", None, None)]),
    # 匈 is Hungary in a run closed by a count of countries
    ("来自中匈两国的专家约80人参加研讨。",
     [("country", "CHN", "listed", None, None), ("country", "HUN", "listed", None, None)]),
])
def test_country_short_forms_closed_by_the_two_sides(text, expected):
    assert rows(View(text)) == expected
