"""Whose money a figure is (SPEC scope, etl/extract/money_scope.py): read from the figure's
own clause first, then its sentence and the statements before it."""
import pytest

from etl.extract.amounts import find_amounts


@pytest.mark.parametrize("text, scopes", [
    # the figure's own clause decides before the rest of the sentence
    ("本次会上签约金额50亿元，全省累计签约额达200亿元。", ["event", "regional"]),
    ("Deals worth $4 million were signed at the expo, while the state's turnover hit "
     "$900 million.", ["event", "regional"]),
    # a figure reached at the event, even when the words say it is a total
    ("本届展会累计签约金额达50亿元。", ["event"]),
    ("本次交易会累计成交额达12亿元。", ["event"]),
])
def test_scope_comes_from_the_clause_of_the_figure_first(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scope", [
    # what a colon or semicolon closes is read like an earlier sentence
    ("该平台成立三年来，成效显著：促成企业签署协议120项，合作金额3亿元。", "institution"),
    ("Since its launch in 2015, the office has grown steadily; it brokered agreements worth "
     "$40 million.", "institution"),
    # an earlier sentence without a figure of its own says the figure is cumulative
    ("评委会还评出了过去五年的20个优秀项目。这批项目总投资9亿元。", "institution"),
    ("Over the past decade the network backed 40 firms. Together they signed deals worth "
     "$300 million.", "institution"),
])
def test_a_cumulative_statement_before_the_figure_makes_it_not_the_events(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scopes", [
    ("2022年，全省累计成交额达900亿元。另有一项5000万元的合作协议签订。", ["regional", "event"]),
    ("Zhejiang's turnover reached 200 billion yuan in 2022. A 50-million-yuan agreement was "
     "signed.", ["regional", "event"]),
])
def test_an_earlier_sentence_with_its_own_figure_lends_the_next_one_nothing(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    ("据科技部介绍，近年来高校成果转化加快：合同金额由2019年的300亿元增加到2022年的600亿元。",
     ["national", "national"]),
    ("According to the Ministry of Industry, the sector grew fast: contracts rose to 12 billion "
     "yuan.", ["national"]),
])
def test_a_ministrys_statistic_is_national_across_a_colon(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    ("Over the past decade, universities licensed technology worth C$2.1 billion in Canada and "
     "NZ$300 million in New Zealand.", ["national", "national"]),
    ("Every year, the council spends £20m on fellowships across the UK.", ["national"]),
    ("Officials said the federal government will add $2 billion to the scheme.", ["national"]),
    ("The government is building incubators worth Rs 40 crore each.", ["national"]),
])
def test_a_countrys_figure_is_national(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    ("Each finalist took home £1,000 and the winner £25,000.", ["event", "event"]),
    ("本次大赛获奖项目可获得最高20万元奖励。", ["event"]),
])
def test_prize_money_belongs_to_the_event(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text", [
    "The office's royalties for 2021-22 were $8 million.",
    "During fiscal year 2020, licensing revenue at the institute reached $12 million.",
])
def test_fiscal_year_figures_of_an_organisation_are_institution(text):
    assert [a.scope for a in find_amounts(text)] == ["institution"]


@pytest.mark.parametrize("text, scope", [
    ("The university's annual budget is $400 million.", "institution"),
    ("该校2023年部门预算为35亿元。", "institution"),
    ("The ministry's research budget of €2 billion was announced last year.", "institution"),
])
def test_an_organisations_own_budget_is_not_the_events(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text", [
    "The Kenyan government allocated KSh 3.2 billion to the technopolis.",
    "Universities in the UK earned £5.3bn from licensing in 2022.",
    "Companies across Germany invested €2 billion in applied research last year.",
])
def test_a_named_countrys_government_or_sector_is_national(text):
    assert [a.scope for a in find_amounts(text)] == ["national"]


@pytest.mark.parametrize("text, scopes", [
    ("2021年浙江技术合同成交额达到2000亿元，其中技术开发合同金额为800亿元。",
     ["regional", "regional"]),
    ("去年深圳技术进出口合同金额为90亿美元。", ["regional"]),
    ("2023年我市技术合同登记金额突破300亿元。", ["regional"]),
    ("本届交易会签约金额50亿元。", ["event"]),
    ("上海技术交易所促成交易12亿元。", ["event"]),
])
def test_a_place_named_before_its_technology_market_statistic_is_regional(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    # the words before an earlier figure of the sentence are that figure's
    ("部長表示，政府三年來投入培育經費約新台幣20億元，該基地累計輔導團隊300隊，募資總額逾新台幣90億元。",
     ["national", "institution"]),
    ("政府每年投入研发经费50亿元，本次交易会现场签约金额12亿元。", ["national", "event"]),
])
def test_each_figure_is_read_after_the_figure_before_it(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    # a speaker at the event talks of other figures: 现场指出 / 会上表示 do not make them the event's
    ("副市长在现场指出，政府过去五年投入创新经费30亿元。", ["national"]),
    ("他在会上表示，我市全年技术合同成交额达到80亿元。", ["regional"]),
    ("会上签约项目20个，金额8亿元。", ["event"]),
])
def test_a_speech_at_the_event_does_not_make_its_figures_the_events(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scope", [
    ("In the 2022 financial year the institute brokered licences worth A$40 million.",
     "institution"),
    ("In 2022, the university earned $9 million in royalty income and signed 30 options.",
     "institution"),
    ("Last year the company managed contracts worth €12 million.", "institution"),
    ("The state allocated KES 2 billion to research in the 2024/25 budget.", "national"),
    ("Its scholars each receive a stipend and up to $80,000 in research support.",
     "institution"),
    ("Programme fellows will receive up to £50,000 each.", "institution"),
])
def test_years_budgets_and_programme_money_are_not_the_events(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scopes", [
    ("The society's research budget came to €2 billion. €1.6 billion of this stems from "
     "contract work.", ["institution", "institution"]),
    ("At the expo, firms signed deals worth $30 million, $12 million of which went to the "
     "province's companies.", ["event", "event"]),
])
def test_a_part_written_after_its_figure_shares_the_totals_scope(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    # the total of a breakdown measures the same thing; a budget named in between is not it
    ("展会现场签约项目30个，签约金额5亿元。主办方表示，计划每年投入经费2亿元支持成果转化。"
     "其中，某大学与某公司签署专利许可合同，合同金额3000万元。", ["event", "institution", "event"]),
    ("At the fair, deals worth $40 million were signed. Organisers said the city's annual "
     "budget for the park is $5 million. Of these deals, a licence with a local firm was "
     "worth $6 million.", ["event", "regional", "event"]),
])
def test_a_breakdown_takes_the_scope_of_a_total_of_its_own_metric(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scope", [
    ("The university's labs cover farming and medicine. During the fair, the university "
     "announced two licences. Under the first, a firm will pay up to $3 million.", "event"),
    ("该校实验室涵盖医学和农学。展会期间，双方宣布两项许可。按照第一项，企业将支付最高2000万元。",
     "event"),
])
def test_the_nearer_of_an_owner_and_the_event_in_earlier_sentences_decides(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scopes", [
    # a part whose metric is unknown belongs to the nearest total, not an older unknown one
    ("该校资产规模约5亿元。本次签约会上，学院与3家企业签署合同，总金额达8000万元；"
     "其中一项专利授权的授权金为1200万元。", ["institution", "event", "event"]),
    ("The centre's endowment is $200 million. At the fair, the centre signed licences worth "
     "$9 million in total. Of this, one option fee was $2 million.",
     ["institution", "event", "event"]),
])
def test_a_part_of_unknown_metric_takes_the_nearest_totals_scope(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, kept", [
    # another edition's figure: no sum of this event (a trap), whatever its words
    ("At last year's fair, deals worth $12 million were signed. This year the fair closed "
     "with deals worth $15 million.", ["$15 million"]),
    ("The previous edition, held in Lyon in 2022, generated €4 million in licensing deals.", []),
    ("据了解，首届创新大会于2019年举办，当年签约金额为36亿元。", []),
    ("本届大会是第四届，去年第三届博览会签约金额为22亿元。", []),
    ("去年同期举办的医药专场中，意向融资额为3.2亿元。", []),
    ("本届签约额20亿元，超过上屆的15亿元。", ["20亿元"]),
    # this edition's gain over the last one, and this edition named after the other's word
    ("本届签约总额12.5亿元，与上届相比增加2.1亿元。", ["12.5亿元", "2.1亿元"]),
    ("与往届不同，本届大会签约金额达20亿元。", ["20亿元"]),
    # another edition named by its own name or a day word, or told as "last year we had"
    ("Last year's Demo Night in Leeds led to £3 million in seed deals.", []),
    ("Last year's pitching day saw A$1.5 million invested. This year's forum closed with deals "
     "worth A$4 million.", ["A$4 million"]),
    ("\"Last year we had $4 million in deals,\" the director said. The expo signed contracts "
     "worth $6 million.", ["$6 million"]),
])
def test_another_editions_figure_is_dropped(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a forecast in a sentence about what is still to come
    ("本次推介会拟集中签约项目18个，预计总投资约9亿元。", []),
    ("主辦單位宣布，明（15）日將在高雄舉辦南區場，預期簽約金額約新台幣5,000萬元。", []),
    ("The organisers said the fair is expected to generate deals worth $8 million when it "
     "opens next week.", []),
    # an estimate in a recap stays, and so does an expectation said after the figure
    ("現場簽約項目32個，預估帶動商機約新台幣20億元。", ["新台幣20億元"]),
    ("Agreements worth 45 million dollars were expected to be signed during the forum.",
     ["45 million dollars"]),
    # a market capitalisation is the value of shares, not a sum that changed hands
    ("截至6月末，科创板上市公司总市值约6.5万亿元。", []),
    ("The group's market capitalisation reached $3 billion after the listing.", []),
])
def test_a_forecast_and_a_market_value_are_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scope", [
    # a year, a place and its sector, or a place's registered technology contracts
    ("省教育厅负责人介绍，2022年浙江高校技术转让和许可合同金额达21.5亿元，同比增长15%。",
     "regional"),
    ("据悉，2022年浙江省认定登记技术合同成交额达2500亿元。", "regional"),
    ("Speakers cited the survey, which reported $2.1 billion in licensing income for Canadian "
     "universities in fiscal 2022.", "national"),
    ("The Government of Australia committed $120 million to the strategy in Budget 2022.",
     "national"),
    ("The Government of Ontario committed $40 million to the programme.", "regional"),
    # an organisation's own figures: a ranking among the nation's peers, a split fiscal year
    # (a science park's turnover is the zone's: regional since round 15, never national)
    ("管理局长表示，中科去年營業額約新台幣9,000億元，是全國科學園區中成長最快的園區。",
     "regional"),
    ("园区公司2022/23年度共投放约港币2亿元支持初创。", "institution"),
])
def test_statistics_of_places_and_an_organisations_own_figures(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text", [
    "另有3家企業與本校工學院簽訂技術移轉合約，技轉金新臺幣250萬元。",
    "当天，两家企业和本校签订技术转让合同，金额共800万元。",
    "Three projects worth a combined £8m were announced at the showcase. The largest of the "
    "three projects, a £5.1m programme on battery recycling, brings together two firms.",
])
def test_a_deal_with_the_school_and_a_part_of_the_events_total_are_the_events(text):
    assert {a.scope for a in find_amounts(text)} == {"event"}


def test_yishang_then_jieshi_is_not_the_last_edition():
    # 以上 + 届时 ("from then on") holds the characters 上届 without naming an edition
    assert [a.surface for a in find_amounts("本次签约金额5000万元以上届时将公布。")] == ["5000万元"]


@pytest.mark.parametrize("text, kept", [
    # another edition named by "at last year's", by a comparison, or by a year before the
    # article's own (its headline and dateline)
    ("Harbourline Showcase 2025\nThe showcase closed with deals worth €5 million. At last "
     "year's Harbourline Showcase, six teams secured €3 million.", ["€5 million"]),
    ("Riverbend Demo Day 2025\nThis year's $2.1 million in pledges compares with $1.2 million "
     "at the 2023 Riverbend Demo Day.", ["$2.1 million"]),
    ("Fenland Licensing Day 2025\nThe day produced licences worth £4 million. The 2023 edition, "
     "held in Ely, drew 90 participants and £1.1 million in deals.", ["£4 million"]),
    ("Fenland Licensing Day 2025\nThe day produced licences worth £4 million. For comparison: "
     "the first edition counted 80 participants and £0.9 million in deals.", ["£4 million"]),
    # this year's edition named by its year is this event
    ("Fenland Licensing Day 2025\nThe 2025 edition drew licences worth £4 million.",
     ["£4 million"]),
    ("上一期路演（今年3月在宁波举办）意向投资额为2.7亿元。", []),
    ("首届大会于2022年在西宁举办，当届签约金额为6.1亿元。", []),
    ("去年举办的首届洽谈会签署协议总值约港币2.5亿元。", []),
    ("上一梯次Demo Day募得意向金額約新台幣1.8億元。", []),
    ("2024年同类对接会只促成五项合作，金额约三千万澳门元。", []),
])
def test_another_edition_in_more_shapes_is_dropped(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a target for a later year than the article's, a hope, a ratio
    ("Xinhua | 2024-05-02\nThe state aims to lift contract turnover above 500 billion yuan "
     "by 2027.", []),
    ("发布时间：2026-03-02\n按照规划，到2030年全区技术合同成交额有望突破3000亿元。", []),
    ("主办单位预估，明年交易额可望达到8亿元。", []),
    ("預估可為廠商帶來約新臺幣3,000萬元的授權收入。", []),
    ("The fund leveraged an estimated $7 in private money for every public dollar.", []),
    # an organisation's target for the year it writes in is its own figure
    ("发布时间：2024-01-10\n2024年，中心将继续办好品牌活动，力争促成技术交易额超过30亿元。",
     ["30亿元"]),
])
def test_targets_hopes_and_ratios_are_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("Lakeside Tech Market 2024\nThe previous market in the series recorded deals worth "
     "€7 million.", []),
    ("Lakeside Tech Market 2024\nThe market, first held in Hue in 2021, recorded deals worth "
     "€6 million.", []),
    ("Lakeside Tech Market 2024\nThe market, held in Hue in 2024, recorded deals worth "
     "€6 million.", ["€6 million"]),
])
def test_a_previous_occasion_or_one_held_in_an_earlier_year_is_dropped(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scopes", [
    # a year's statistic of a city, an area or a park is the place's
    ("园区提供的数据显示，2024年园区新材料产业规模达到1200亿元。", ["regional"]),
    ("2024年临港新片区规上企业营业收入达8000亿元，技术合同登记额为120亿元。",
     ["regional", "regional"]),
    ("台南市113年製造業產值約新臺幣2兆元。", ["regional"]),
    # a special administrative region's government reserve
    ("她指出，澳门特区政府已预留逾50亿澳门元推动科研成果转化。", ["regional"]),
    # a capitalised Provincial is a fund's name: its sub-fund announced at the fair is the event's
    ("The Hubei Provincial Innovation Fund announced a 300 million yuan sub-fund at the fair.",
     ["event"]),
    ("Funding rose across provincial universities to 2 billion yuan in 2023.", ["regional"]),
    # the school signing with partners is the signing's deal; its yearly record stays its own
    ("我校材料学院、化学学院等4个学院与多家企业签订合作项目9项，合同金额共计1800万元。", ["event"]),
    ("该校去年与企业签订技术合同1200项，合同金额3亿元。", ["institution"]),
])
def test_place_statistics_reserves_named_funds_and_school_signings(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, kept", [
    # a block headed as a look back at other editions: its figures are theirs
    ("发布时间：2026-11-02\n本届洽谈会签约金额5亿元。\n\n附：往届回顾\n"
     "2026年5月举办的首届洽谈会达成意向合作金额2.1亿元。", ["5亿元"]),
    ("■ 历届回顾\n第二届交易会签约12亿元，第一届签约8亿元。", []),
    # the heading ends at a blank line: the next block is this event's again
    ("附：往届回顾\n第一届签约8亿元。\n\n本届交易会签约10亿元。", ["10亿元"]),
    # last year's occasion told in the past, without an edition word
    ("去年首场推介会在芜湖举办时，意向金额为2.3亿元，今年翻倍。", []),
    ("去年推介會曾創下簽約金新臺幣5,200萬元紀錄。", []),
    # an edition with its year in brackets, earlier than the article's
    ("发布时间：2026-05-02\n首届大会（2023年，芜湖）意向金额12亿元。", []),
    ("发布时间：2023-11-20\n首届大会（2023年，芜湖）意向金额12亿元。", ["12亿元"]),
    # a total to be raised next year is a plan
    ("公告日期：2026/12/10\n1. 市府將研議明年將補助總額提高至新臺幣9,000萬元。", []),
    ("明年奖励资金拟提高到2000万元。", []),
])
def test_look_backs_last_years_occasion_and_raised_budgets_are_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text", [
    "多位業者建議擴大補助上限，目前每案最高補助新臺幣250萬元。",
    "按照新政策，每项最高资助100万元。",
])
def test_a_programmes_cap_per_case_is_not_the_events(text):
    assert [a.scope for a in find_amounts(text)] == ["institution"]


def test_a_statistic_quoted_under_a_look_back_heading_is_kept():
    text = ("附：往届回顾\n首届交易会签约8亿元。另据统计，2025年全国技术合同成交额达7.1万亿元。")
    assert [(a.surface, a.scope) for a in find_amounts(text)] == [("7.1万亿元", "national")]


@pytest.mark.parametrize("text, kept", [
    # a target named for a later year, or a wish to reach a figure by then
    ("Hollow Creek Forum, 3 May 2026. The regional fund's target for 2032 is $40 million. "
     "Deals worth $3 million were signed at the forum.", ["$3 million"]),
    ("Hollow Creek Forum, 3 May 2026. We want the park to hit 2 billion rand in licence income "
     "by 2031, the director said. Deals worth $3 million were signed at the forum.",
     ["$3 million"]),
    ("Hollow Creek Forum, 3 May 2026. By 2030 the fund hopes to reach 5 billion rand.", []),
])
def test_a_target_for_a_later_year_or_a_wish_to_reach_a_figure_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a sentence opening on a past time, or a label line naming the last edition
    ("Hollow Creek Forum, 3 May 2026. \"Three years ago the whole award pool was $200,000. "
     "Now it is bigger,\" she said. Deals worth $3 million were signed at the forum.",
     ["$3 million"]),
    ("Hollow Creek Forum, 3 May 2026\nDeals worth $3 million were signed at the forum.\n"
     "Previous edition (March 2025): 300 visitors, 12 deals worth $1.1 million.\n",
     ["$3 million"]),
    ("Hollow Creek Forum, 3 May 2026\nLast year's edition: 14 deals worth €900,000.\n", []),
    # a past time inside the sentence is not another occasion's figure
    ("Hollow Creek Forum, 3 May 2026. A start-up founded two years ago signed a $2 million deal "
     "at the forum.", ["$2 million"]),
])
def test_a_figure_after_a_past_time_or_a_last_edition_label_is_another_occasion_s(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


def test_a_sentence_opening_on_a_past_time_that_comes_back_to_this_year_keeps_its_figure():
    text = ("Hollow Creek Forum, 3 May 2026. \"Five years ago such a deal was rare; this year the "
            "agency alone invested $8 million at the forum,\" she said.")
    assert [a.surface for a in find_amounts(text)] == ["$8 million"]


@pytest.mark.parametrize("text, kept", [
    # a level hoped or forecast for a year, whatever year the sentence names
    ("副省长介绍，该省去年技术合同成交额达900亿元，今年有望突破1000亿元。", ["900亿元"]),
    ("業界估計，臺灣智慧醫療市場全年產值預計達新臺幣600億元。", []),
    # an estimate of the event's own total stays: no year word leads it
    ("据初步统计，本届交易会签约金额预计超过10亿元。", ["10亿元"]),
    # a place's gross domestic product is no sum that changed hands
    ("芜湖市去年GDP为5000亿元，本届对接会签约金额3亿元。", ["3亿元"]),
    ("该省地区生产总值约2.1万亿元。", []),
    # a target of an event still to come
    ("屆時將有30家企業參與，媒合金額目標為新臺幣3,000萬元。", []),
    ("交流会即将在杭州举办，签约金额目标是5亿元。", []),
])
def test_hopes_gdp_and_targets_of_an_event_to_come_are_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # last year's same gathering, and last year's occasion told by where it was held
    ("局方表示，去年同一发布会的签约金额为6,000万元，今年增长两成。", []),
    ("答：去年在台中舉辦時，媒合金額約新臺幣7,000萬元，今年移師高雄。", []),
    # a paragraph labelled as a look back: a part of its total is that edition's too
    ("【去年回顧】去年首屆說明會共促成新臺幣3,000萬元，其中一案即占800萬元。", []),
    ("【往届回顾】第一届对接会签约8亿元，其中单笔最大1亿元。\n本届对接会签约10亿元。",
     ["10亿元"]),
])
def test_last_years_same_gathering_and_a_look_back_paragraph_are_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scope", [
    # a city's technology-market total of a year is the city's
    ("副市长介绍，合肥市去年实现技术合同成交额520亿元。", "regional"),
    ("宁波市今年完成技术合同成交额达300亿元。", "regional"),
    # a university's school-year income ranked among the nation's stays its own
    ("延伸閱讀：成大113學年度技轉收入突破新臺幣2億元，居全國大學前五名。", "institution"),
    ("本校去年技转收入1.5亿元，位列全国高校第三名。", "institution"),
])
def test_a_citys_year_total_and_a_schools_ranked_income(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, currencies", [
    # a Simplified-script mainland text quoting one 新台币 figure: its other 元 stay renminbi
    ("甲方出资500万元；乙方投入新台币2000万元，总额1.2亿元。", ["CNY", "TWD", "CNY"]),
    # a Traditional-script Taiwanese page naming New Taiwan dollars: bare 元 follows it
    ("本案技轉金新臺幣800萬元，另有權利金300萬元。", ["TWD", "TWD"]),
    # a Traditional-script page about a Taiwanese county with only a bare 萬元
    ("嘉義縣政府表示，這項技術授權金為500萬元。", ["TWD"]),
    ("台南市府與業者簽約，授權金共計1,200萬元。", ["TWD"]),
    # the same page quoting renminbi stays renminbi
    ("台商在大陸投資，合同金額為800萬元。", ["CNY"]),
])
def test_bare_yuan_follows_the_script_and_the_place(text, currencies):
    assert [a.currency for a in find_amounts(text)] == currencies


@pytest.mark.parametrize("text, kept", [
    # a fee or a rate per person or per night is a price, not a sum of the event
    ("本次研讨会报名费为每人300元，会上签约金额2亿元。", ["2亿元"]),
    ("會場附近合作飯店每晚新臺幣2,800元，媒合會現場簽約1,200萬元。", ["1,200萬元"]),
    # an auction's starting or reserve price: the hammer total stays
    ("12项专利全部成交，成交总额2100万元，较起拍价600万元溢价两倍多。", ["2100万元"]),
    ("該批專利底價合計新臺幣900萬元，最終以1,500萬元拍出。", ["1,500萬元"]),
])
def test_a_fee_a_nightly_rate_and_a_reserve_price_are_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # money a participant already had before the event
    ("路演首位的团队此前已获天使投资800万元，本次会上又签约3000万元。", ["3000万元"]),
    ("該新創先前取得種子輪融資新臺幣2,000萬元。", []),
])
def test_money_a_participant_had_received_before_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # the event's own target, whatever year the sentence names (none here)
    ("主办方透露，本次洽谈会目标是签约金额超过20亿元。", []),
    ("今屆博覽會的目標為成交逾港幣5億元，首日已錄得1.2億港元。", ["1.2億港元"]),
])
def test_the_events_own_target_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # the sentence says after the figure that it is not this event's
    ("该行科技贷款专项额度为30亿元，并非此次活动新设。", []),
    ("該基金目前管理的資產約80億元，今次並無新增。", []),
    # a figure the sentence does not deny stays
    ("此次活动新设科技贷款专项额度30亿元。", ["30亿元"]),
])
def test_a_figure_the_sentence_says_is_not_this_events_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a sentence labelled as a look back at another edition, on its own line
    ("本届论坛将于明年3月举办。\n往期回顾：上届论坛意向金额12亿元。", []),
    ("往年回顧：首屆說明會媒合金額新臺幣6,000萬元。\n本屆說明會媒合金額8,000萬元。",
     ["8,000萬元"]),
])
def test_a_look_back_label_makes_its_sentence_another_editions(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scopes", [
    # the figure's clause sums the deals just told: a grant word in it does not make it a
    # programme's money
    ("甲大学与乙公司签署合作协议；同场，甲大学又把一项专利授权给丙公司。两项合作涉及的许可费及研究经费"
     "合共450万元。", ["event"]),
    ("三方於會上簽署協議。上述協議總金額為新臺幣2,300萬元，含研發經費800萬元。", ["event", "event"]),
])
def test_a_clause_summing_the_deals_just_told_is_the_events(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    # the standing size of a fund that already exists is its owner's, not set up at the event
    ("答：目前该区天使母基金规模已达30亿元，主要投向生物医药。", ["institution"]),
    ("投資人：我們旗下的創投基金規模約新台幣90億元，不過這一輪5億元是三家一起投。",
     ["institution", "event"]),
    # a fund set up at the event keeps the event's scope
    ("会上，两家机构发起设立科技成果转化基金，首期规模20亿元。", ["event"]),
])
def test_the_standing_size_of_an_existing_fund_is_its_owners(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    # an organisation named for a province's technology market is no statistic of that province
    ("由湖南省技术市场协会主办的成果拍卖会上，12项专利全部成交，成交总额2100万元。", ["event"]),
    ("廣東省技術交易服務中心承辦的專場上，15項成果成交，成交總額900萬元。", ["event"]),
    # the province's own statistic stays the province's
    ("湖南省技术合同成交额去年达1200亿元。", ["regional"]),
])
def test_an_organisation_named_for_a_technology_market_is_not_its_statistic(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, kept", [
    # a booth fee in a fair's notice, and a fair's target named by the fair itself
    ("标准展位费每个9800元，光地每平方米800元。", []),
    ("大会目标签约额100亿元，首日已签约32亿元。", ["32亿元"]),
])
def test_a_booth_fee_and_a_fairs_own_target_are_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a ticket price or a fee to take part is no sum of the event
    ("Seats for the gala dinner were sold at $150 each, and deals worth $3 million were signed "
     "at the fair.", ["$3 million"]),
    ("The registration fee is €120 for start-ups. Licences worth €2 million were signed.",
     ["€2 million"]),
    ("Tickets for the awards night cost £40, and the winners shared £200,000 in prizes.",
     ["£200,000"]),
    # a licence fee is a deal, not a fee to take part
    ("The university signed a licence with a fee of $400,000 at the expo.", ["$400,000"]),
])
def test_a_ticket_price_or_a_fee_to_take_part_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # last year's figure of the event's own kind, with no edition word
    ("\"Last year the prize pot was $300,000; this year it is $450,000,\" the mayor said.",
     ["$450,000"]),
    ("Last year, the tally reached €6 million. This time agreements worth €8 million were "
     "signed at the forum.", ["€8 million"]),
    # another round or cohort named by an earlier year
    ("Hilltown Demo Day\nHilltown, 4 March 2026\nThe 2024 round of the programme handed out $12 million to nine "
     "teams. At the demo day, investors pledged $5 million.", ["$5 million"]),
    ("Riverside Showcase\nRiverside, May 2026\nThe 2025 cohort raised $7 million. This cohort signed deals "
     "worth $2 million during the showcase.", ["$2 million"]),
])
def test_last_years_pool_and_an_earlier_round_are_another_editions(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a wish to reach a figure, whatever year the sentence names
    ("Deals worth $2 million were signed; the organisers hope to pass $3 million next time.",
     ["$2 million"]),
    ("The fund aims to hit the mark of €50 million, its chair said at the fair.", []),
    # a figure restated at an exchange rate is the same sum again
    ("Agreements worth 90 million rand were signed at the expo, which at current exchange rates "
     "is about $5 million.", ["90 million rand"]),
    ("The prize, 2 million rupees — equivalent to roughly $24,000 — went to a team from Pune.",
     ["2 million rupees"]),
])
def test_a_hoped_for_figure_and_a_converted_one_are_no_second_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, currency, value", [
    ("Licences worth TL 12 million were signed at the fair in Izmir.", "TRY", 12e6),
    ("The summit's deals came to 340 million TL in total.", "TRY", 340e6),
])
def test_turkish_lira_written_tl_is_read(text, currency, value):
    [a] = find_amounts(text)
    assert (a.currency, a.amount) == (currency, value)


@pytest.mark.parametrize("text, scopes", [
    # a body's own capital, or the money it was set up with, is the body's
    ("The provincial seed fund, which was set up in 2021 with a charter capital of $3 million, "
     "will back two teams that pitched at the expo.", ["institution"]),
    ("The venture arm, registered capital €40 million, signed nothing at the forum.",
     ["institution"]),
    # a funding call's own money is the programme owner's
    ("Call for proposals\nTotal amount available: €25 million\nFunding per project: €1 million "
     "to €3 million", ["institution", "institution", "institution"]),
    # one deal written right before its figure is a deal of the event, not a record
    ("14:05 — The biggest deal of the afternoon: Lakeside Polytechnic has signed a 40 million rand "
     "licence with a mining firm.", ["event"]),
])
def test_capital_call_money_and_a_single_deal_are_scoped_by_their_clause(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, surface, currency", [
    # a currency word no English word shares is money with a grouped figure
    ("The winning team took home a 250,000 birr cash prize.", "250,000 birr", "ETB"),
    ("Each finalist received 80,000 reais from the sponsor.", "80,000 reais", "BRL"),
])
def test_a_grouped_figure_with_a_currency_word_is_money(text, surface, currency):
    [a] = find_amounts(text)
    assert (a.surface, a.currency) == (surface, currency)


def test_an_ordinary_word_after_a_grouped_figure_is_still_no_money():
    assert find_amounts("In all, 12,000 won a free ticket; 3,000 pounds of rice were sold.") == []


@pytest.mark.parametrize("text, scopes", [
    # where those who took part came from is no place-wide statistic
    ("专场拍卖会在合肥举行。全省9所高校共提交拍品40件，吸引约150人到场竞拍，成交金额1,260万元。",
     ["event"]),
    # a year's output of a city, the year set off by a comma
    ("据介绍，2025年，某某市光伏产业产值达到860亿元，同比增长9%。", ["regional"]),
    # trade between countries
    ("据外方统计，2025年两国双边贸易额达到215亿美元。", ["national"]),
    ("Official figures put bilateral trade at $4.2 billion in 2025.", ["national"]),
    # a state government of a federation
    ("副部长透露，州政府今年已拨款3000万令吉设立创新基金。", ["regional"]),
    # a deal's counterparty named as 该集团 is not the owner of the figure
    ("会上，某大学与某集团签署协议，把技术授权予该集团旗下公司，价值80万令吉；该大学也与某能源公司签署"
     "总值RM200万的研究合作协议。", ["event", "event"]),
])
def test_participants_origin_city_output_trade_state_money_and_a_counterparty(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


def test_a_places_trade_with_other_countries_stays_the_places():
    text = "今年1至10月，全州对东南亚国家进出口总额达到120亿元。"
    assert [a.scope for a in find_amounts(text)] == ["regional"]


@pytest.mark.parametrize("text, kept", [
    # a target for a whole year not yet over, whichever year it is
    ("下一阶段，中心将继续开展路演，力争全年促成交易额突破8,000万元。", []),
    ("截至10月底，全区技术合同成交额52.3亿元，完成年度目标（60亿元）的87%。", ["52.3亿元"]),
    ("學院全年研究經費到賬目標為2.5億元。", []),
    ("The park aims to reach full-year deals of $40 million.", []),
    # 争取 as a wish, not 争取到 (secured)
    ("本处将争取年度技术许可收入突破港币3亿元。", []),
    ("该团队去年争取到科研经费600万元。", ["600万元"]),
    # a target said without a whole year, the organisation's own, stays (as before)
    ("今年中心将力争促成技术交易额超过45亿元。", ["45亿元"]),
])
def test_a_whole_years_target_is_no_sum_reached(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("Deals worth 240 million yuan were signed, up from the 150 million yuan of the previous "
     "edition.", ["240 million yuan"]),
    ("Investors pledged $3.1 million, twice the $1.5 million at last year's fair.",
     ["$3.1 million"]),
    # a figure followed by the previous edition's as the subject stays
    ("The $2 million of this edition beat every earlier one.", ["$2 million"]),
])
def test_another_edition_named_right_after_the_figure_takes_it(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("展会现场人很多，一份套餐42元，建议自带午饭。", []),
    ("咖啡区每杯咖啡18元。", []),
    # a portion word before a deal's value is no price
    ("双方签署一份合同金额达500万元的技术开发协议。", ["500万元"]),
])
def test_the_price_of_one_portion_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scopes", [
    # a body's budget for all its events is the body's, not this event's
    ("The events budget of the Regional Science Park for 2025 is $800,000.", ["institution"]),
    ("The workshop budget was $12,000, paid by the sponsor.", ["event"]),
    # exports, however written, are an economy's or a sector's, not a deal of the event
    ("Members exported software worth $90 million in 2024.", ["institution"]),
    ("Kenya's gross domestic expenditure on R&D was €150 million in 2023.", ["national"]),
])
def test_an_owners_budget_and_exports_are_not_the_events(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, kept", [
    # a footnote after the full stop closes the sentence: the next one is read on its own
    ("Deals signed at the event reached €2 million.[3] Estonia's national R&D spending was "
     "€400 million.[4]", ["€2 million", "€400 million"]),
])
def test_a_footnote_marker_ends_the_sentence_before_the_next_figure(text, kept):
    found = find_amounts(text)
    assert [a.surface for a in found] == kept
    assert [a.scope for a in found] == ["event", "national"]


@pytest.mark.parametrize("text, kept", [
    ("Join the Founders Club (membership $250 a year) to meet investors.", []),
    ("Annual membership fee is €99 for start-ups.", []),
    # a licence fee is a deal, not a membership
    ("The university signed a licence with a fee of $80,000.", ["$80,000"]),
])
def test_a_membership_fee_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ('The goal, the director said, is "to raise at least $2 million from investors by spring."',
     []),
    ("Our target is EUR 500,000 in licence income.", []),
    # a target met is a sum reached: the aim is not what the figure is
    ("The fair beat its target when deals worth $4 million were signed.", ["$4 million"]),
])
def test_an_aim_that_is_the_sentences_subject_drops_its_figure(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # an aim said as a push toward a figure
    ("合作社签下订单80万元，理事长说明年想冲300万元。", ["80万元"]),
    ("园区今年冲刺技术交易额50亿元。", []),
])
def test_an_aim_pushed_toward_is_no_sum(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # last year's course of the same kind
    ("本次培训合同金额60万元；上一年度同类培训合同金额为48万元。", ["60万元"]),
    # last year's session of a series, named by its place
    ("本场签约3,000万元。去年（2025年）上海场共促成投资意向2亿元。", ["3,000万元"]),
    # an event planned for a later year: its target is no sum
    ("本届签约1.2亿元。主办方计划于二〇二九年举办下一届，目标促成总额3亿元的协议。", ["1.2亿元"]),
    # the fee for printing a notice
    ("资助金额为80万元。（是项刊登费用为 $980.00）", ["80万元"]),
])
def test_another_session_a_later_events_target_and_a_notice_fee_are_no_sums(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scope", [
    # the investment a named state or city attracted
    ("商会会长表示，雪兰莪州去年吸引的外国投资达马币210亿令吉。", "regional"),
    ("该市今年上半年吸引的制造业投资约120亿元。", "regional"),
    # a park's output, its firms' together
    ("两大园区2025年营业额合计约3,600亿元。", "regional"),
    # the size of a fund
    ("园区创投基金规模达50亿元，提供研发补助。", "institution"),
    # funds just signed at the event, referred back to
    ("现场还签约了2支产业基金，基金规模合计20亿元。", "event"),
    # the event's own spending
    ("创新周的总开支为1,200万港元，由政府拨款支付。", "event"),
    ("The fair's total cost came to $450,000, paid by the ministry.", "event"),
])
def test_attracted_investment_park_output_fund_size_and_the_events_own_spending(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # 全国 inside a quoted name says nothing of whose figure it is
    ("澳门中心参加「2026全国科普活动周」，交通开支合计18万元。", "event"),
    ("参加「全国双创活动周」的差旅支出为25万元。", "event"),
    ("全国技术合同成交额达6.1万亿元。", "national"),
    # an organisation's running costs
    ("基金批给实验室2027年度运作经费120万元。", "institution"),
    ("The ministry covered the lab's operating costs of $300,000.", "institution"),
])
def test_a_name_s_national_word_and_running_costs(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # a whole school's yearly record (全校), whatever else the sentence names nationwide
    ("2024年全校技术合同成交额达3.1亿元，已在全国设立工作站12个。", "institution"),
    ("他说，去年全院横向科研经费达8000万元。", "institution"),
    # a year, then a province as the sentence's subject: the province's statistic
    ("2024年江苏省专利质押融资金额达95亿元，同比增长两成。", "regional"),
    ("局长介绍，2025年广东省知识产权质押登记金额达300亿元。", "regional"),
    # a place's industry and its output
    ("广东电子信息产业规模约4.5万亿元。", "regional"),
    ("日本机器人产业年产值约1.2万亿日元。", "national"),
    # a year's turnover of whoever the sentence is about
    ("该集团2025年营收达80亿元，员工逾万人。", "institution"),
    # the investment a state attracted in a year
    ("雪州2025年吸引的外资达200亿令吉。", "regional"),
])
def test_a_schools_yearly_record_a_provinces_statistic_and_an_industrys_output(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text", [
    "现场签约金额5亿元，其中技术许可额8000万元。",
    "本届大会意向投资额12亿元，其中设备采购额2亿元。",
])
def test_a_part_after_its_total_in_one_sentence_shares_the_totals_scope(text):
    assert [a.scope for a in find_amounts(text)] == ["event", "event"]


@pytest.mark.parametrize("text, amounts", [
    # a minimum fee is a floor, no sum that changed hands
    ("会上签约金额2亿元。每件专利年许可费最低为3000元。", [2e8]),
    ("会上签约金额6000万元，授权费最低仅为1万元。", [6e7]),
    # an edition named by a smaller number than the article's own is another edition
    ("第三届博览会在武汉举行，签约额为8亿元。首届博览会签约额为2亿元。", [8e8]),
    ("第五届大会现场签约10亿元，第二届签约额为3亿元。", [1e9]),
    # the article's own edition keeps its money
    ("首届论坛在合肥举行，签约金额为1亿元。", [1e8]),
])
def test_a_minimum_fee_and_an_earlier_numbered_edition_are_no_sum_of_the_event(text, amounts):
    assert [a.amount for a in find_amounts(text)] == amounts


def test_the_edition_of_another_series_named_in_full_is_no_earlier_edition():
    text = ("第十五届创业大赛在深圳落幕，一等奖奖金50万元。获奖项目可推荐参加第十二届中国创新创业大赛，"
            "并可申请最高300万元的资助。")
    assert 3e6 in [a.amount for a in find_amounts(text)]


@pytest.mark.parametrize("text", [
    "会上签约5亿元。去年区内新能源产业产值突破300亿元。",
    "会上签约2亿元。2025年省内生物医药营业收入达900亿元。",
])
def test_the_output_of_firms_within_a_zone_is_the_zones(text):
    assert [a.scope for a in find_amounts(text)] == ["event", "regional"]


@pytest.mark.parametrize("text, scope", [
    # the money a body was set up with is the body's own
    ("The institute, which was founded with $60 million of federal money, runs four labs.",
     "institution"),
    ("Coastal Robotics Hub was set up with €12 million of regional funds and now employs 40.",
     "institution"),
    # a sub-national state government's statistic
    ("The state government says the biotech sector adds $9 billion to the economy.", "regional"),
    ("According to the State Government, farm exporters earned $3 billion.", "regional"),
    # money put towards the event itself
    ("The council allocated $400,000 for the workshop and its follow-up visits.", "event"),
    ("The agency set aside €80,000 for this training programme.", "event"),
    # a national programme named after the figure is not the event
    ("The ministry allocated $5 billion for the national programme.", "national"),
])
def test_founding_money_a_state_government_s_figure_and_money_for_the_event(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, kept", [
    # the same call in a past year is another edition: dropped
    ("Grants of $2 million were announced. Last year, the agency awarded $1.5 million in the "
     "same call.", ["$2 million"]),
    ("Five teams shared €90,000. A year earlier the foundation gave €70,000 at the same "
     "competition.", ["€90,000"]),
    # the same call with no past year is this one's
    ("Grants of $2 million were announced, and the agency added $300,000 in the same call.",
     ["$2 million", "$300,000"]),
])
def test_the_same_occasion_in_a_past_year_is_another_edition(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scope", [
    # a publication line's clock time is no fiscal year ("2026 - 18:05" is not 2026–18)
    ("Published March 02, 2026 - 09:40\nThe expo closed with contracts worth a total of "
     "€3 million.", "event"),
    ("Updated 14 May 2025 - 21:15\nThe fair ended on Friday with agreements worth $8 million.",
     "event"),
    # a real fiscal year still says the figure is annual
    ("The office earned $3 million in 2024-25 from licences.", "institution"),
])
def test_a_clock_time_after_a_date_is_no_fiscal_year(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # a place written with diacritics that sets money aside is that place's
    ("Kraków has set aside PLN 40 million for innovation in its 2026 budget.", "regional"),
    ("Bình Dương will allocate VNĐ300 billion to science and technology this year.",
     "regional"),
    # an economy-wide quantity of a place, the place named before the verb
    ("Business spending on research in Ontario reached C$900 million in 2024, official "
     "figures show.", "regional"),
    ("Total investment in Scotland rose to £2 billion in 2025, according to the survey.",
     "regional"),
])
def test_a_place_s_own_budget_or_statistic_named_before_the_figure(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scopes", [
    # this edition set against an earlier one right after the figure: this event's
    ("本届交流会共签约5项，合计金额860万元，较去年首届交流会的300万元大幅增长。", ["event"]),
    # (the earlier edition's own figure is dropped)
    ("The deals total $2.5 million, up from $1 million at last year's fair.", ["event"]),
])
def test_a_figure_set_against_an_earlier_edition_is_this_event_s(text, scopes):
    assert [a.scope for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scope", [
    # a deal sentence after a deal told nearer than an owner's record is the deal's
    ("该中心去年服务企业200家。论坛期间，两校签署合作备忘录。按照备忘录，双方将在两年内共同投入"
     "800万元建设联合实验室。", "event"),
    ("这家研究院近年来累计孵化企业30家。活动当天，研究院与某公司签署协议。根据协议，双方将共同出资"
     "600万元设立中试平台。", "event"),
])
def test_a_deal_sentence_after_a_deal_is_the_event_s(text, scope):
    assert [a.scope for a in find_amounts(text)][-1] == scope


@pytest.mark.parametrize("text, scope", [
    # an organisation's acronym as the owner right before the figure
    ("NRC's $4-million, two-year grant to the network pays for its mentors.", "institution"),
    ("WEDC's €900,000 contribution covers the incubator's rent.", "institution"),
    # an acronym further back is no owner of a deal struck at the fair
    ("At the fair, KTN's partners signed deals worth £3 million.", "event"),
])
def test_an_acronym_s_own_money(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # a country's government as the owner of a programme
    ("讲者指出，越南政府推动的数字转型计划总预算达50亿美元。", "national"),
    ("代表介绍，日本政府设立的创新基金规模为3000亿日元。", "national"),
    # a government that is a party to a deal stays the deal's
    ("宁波市政府与某集团签约，协议金额20亿元。", "event"),
])
def test_a_place_s_government_owns_its_programme(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # a province opening the clause as the subject of a cumulative figure
    ("据省科技厅介绍，近五年来，广西与东盟国家累计签订技术合同金额超过30亿元。", "regional"),
    ("据介绍，“十三五”期间，四川与欧洲国家累计实现技术交易额12亿元。", "regional"),
    # a university named for the province is no place
    ("据介绍，云南大学与企业累计签订技术合同金额超过3亿元。", "institution"),
])
def test_a_province_as_the_subject_of_a_cumulative_figure(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # a part of the country owning an industry's output
    ("协会理事长表示，南部半导体产业聚落年产值约新台币2兆元。", "regional"),
    ("他说，北部生技产业年产值约新台币3,000亿元。", "regional"),
])
def test_a_part_of_the_country_owns_its_industry_s_output(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # what the event itself cost
    ("The workshop, including speakers' travel, was paid for by the ministry at a cost of "
     "about $60,000.", "event"),
    ("This training course was financed by the EU at a total cost of €45,000.", "event"),
])
def test_what_the_event_itself_cost(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


def test_a_government_named_in_another_clause_does_not_own_the_figure():
    text = "会上，宁波市政府副市长致辞，并宣布该中心累计帮助企业获得补助超过2亿元。"
    assert [a.scope for a in find_amounts(text)] == ["institution"]


@pytest.mark.parametrize("text, scope", [
    # an owner named before the figure keeps it when a place after it says where it went
    ("The agency's seed fund has so far given $40 million to 90 start-ups nationwide.",
     "institution"),
    ("The foundation's programme had disbursed €12 million to firms across the province.",
     "institution"),
    # a place right after the figure is still whose it is
    ("Over the past decade, universities have secured licence deals worth C$2B in Canada.",
     "national"),
])
def test_an_owner_before_the_figure_keeps_it_from_a_place_after(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, scope", [
    # a sentence opening on what the deal just told is worth: the deal's, whoever is quoted
    ("The university's labs developed the coating. The deal is worth up to $2.5 million in "
     "milestone payments and royalties over five years, the university's licensing office said.",
     "event"),
    ("The institute's spin-out team built the sensor. This licence agreement was valued at "
     "€800,000, the institute's technology office said.", "event"),
])
def test_a_sentence_on_what_the_deal_is_worth_is_the_deal_s(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]
