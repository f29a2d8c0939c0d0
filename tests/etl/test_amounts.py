"""Money amounts: currency-anchored figures, restatements, metric, scope, qualifier."""
import pytest

from etl.extract.amounts import find_amounts, same_amount
from etl.extract.records import AmountFinding


@pytest.mark.parametrize("text, amount, currency", [
    ("The total contract value was RMB 8.45 billion.", 8.45e9, "CNY"),
    ("Deals worth 3.2 billion RMB yuan were signed.", 3.2e9, "CNY"),
    ("签约金额达56.3亿元。", 5.63e9, "CNY"),
    ("共获得资助3000万元。", 3e7, "CNY"),
    ("全市技术交易额突破2.4万亿元。", 2.4e12, "CNY"),
    ("The fund raised US$250 million.", 2.5e8, "USD"),
    ("Investment of $4.1 billion was announced in Austin.", 4.1e9, "USD"),
    ("The grant is USD 2 million.", 2e6, "USD"),
    ("Horizon projects worth €7.5 million were funded.", 7.5e6, "EUR"),
    ("A budget of EUR 60m was approved in Lyon.", 6e7, "EUR"),
    ("Innovate UK awarded £2.5m.", 2.5e6, "GBP"),
    ("Sales reached HK$380 million.", 3.8e8, "HKD"),
    ("Taipei firms invested NT$12 billion.", 1.2e10, "TWD"),
    ("Japanese partners committed ¥5 billion (yen) to the lab.", 5e9, "JPY"),
    ("投资5亿日元建设研发中心。", 5e8, "JPY"),
    ("该项目获得¥2亿元支持。", 2e8, "CNY"),
    ("The state allotted Rs 12 crore to the incubator.", 1.2e8, "INR"),
    ("Each startup gets ₹5 lakh.", 5e5, "INR"),
    ("Seoul pledged 30 billion won for the hub.", 3e10, "KRW"),
    ("Hanoi plans VND 4 trillion for the park.", 4e12, "VND"),
    ("合同金额4亿美元。", 4e8, "USD"),
    ("获得1500万欧元资助。", 1.5e7, "EUR"),
    ("研发投入五千万元。", 5e7, "CNY"),
    ("The prize pool is 8 million yuan.", 8e6, "CNY"),
    ("Turnover hit ２.５亿元.", 2.5e8, "CNY"),
])
def test_money_in_many_currencies_is_read_in_base_units(text, amount, currency):
    found = find_amounts(text)
    assert [(round(a.amount), a.currency) for a in found] == [(round(amount), currency)]


@pytest.mark.parametrize("text", [
    "The plant produces 2 million tons of potash a year.",
    "More than 500 projects and 1,200 patents were showcased.",
    "Growth was 13.6% year on year.",
    "The venue is on the 5th Floor, Hall 3.",
    "Call +86 871 6591 5000 for details.",
    "There were 4,000 companies and 30 countries.",
    "In 2021 the number of contracts rose.",
    "The team of 5 won the award.",
    "Weighing 3 pounds, the device is portable.",
    "2024元旦期间举办。",
    "推动形成多元化投入机制。",
    "数千万元",
    "",
])
def test_quantities_that_are_not_money_are_never_amounts(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, stated_amount, stated_currency", [
    ("It generated economic benefits of 50 billion RMB yuan ($7.3 billion).", 7.3e9, "USD"),
    ("合同额为12亿元人民币（约合1.8亿美元）。", 1.8e8, "USD"),
    ("Funding totals EUR 10 million (about US$11 million).", 1.1e7, "USD"),
    ("The deal is worth 300 million yuan, or $44 million, officials said.", 4.4e7, "USD"),
])
def test_a_figure_restated_in_a_second_currency_is_one_amount(text, stated_amount, stated_currency):
    found = find_amounts(text)
    assert len(found) == 1
    assert (found[0].stated_amount, found[0].stated_currency) == (stated_amount, stated_currency)


def test_two_separate_figures_joined_by_and_stay_two_amounts():
    found = find_amounts("Contracts worth $3 million and grants of €2 million were announced.")
    assert [(a.amount, a.currency) for a in found] == [(3e6, "USD"), (2e6, "EUR")]


@pytest.mark.parametrize("text, qualifier", [
    ("Deals worth more than $2 billion were signed.", "at_least"),
    ("Investment of over €40 million was attracted.", "at_least"),
    ("签约金额超过80亿元。", "at_least"),
    ("成交额逾30亿元。", "at_least"),
    ("交易额100多亿元。", "at_least"),
    ("Turnover was about RMB 5 billion.", "approx"),
    ("Nearly $9 million in grants were given.", "approx"),
    ("投资约12亿元。", "approx"),
    ("成交额近50亿元。", "approx"),
    ("Revenue was $12 million.", "exact"),
])
def test_qualifier_follows_the_words_around_the_figure(text, qualifier):
    assert [a.qualifier for a in find_amounts(text)] == [qualifier]


@pytest.mark.parametrize("text, metric", [
    ("The contract value reached RMB 1.2 billion.", "contract_value"),
    ("At the fair, 40 projects worth 6 billion yuan were signed.", "contract_value"),
    ("现场签约金额达25亿元。", "contract_value"),
    ("Technology contract turnover hit 90 billion yuan.", "transaction_volume"),
    ("全省技术合同成交额达3000亿元。", "transaction_volume"),
    ("The park attracted investment of $800 million.", "investment"),
    ("累计实现经济效益200亿元。", "economic_benefit"),
    ("The ministry provided funding of €4 million.", "funding"),
    ("学校获得科研经费5000万元。", "funding"),
    ("Licensing income was $35 million.", "revenue"),
    ("营业收入达8亿元。", "revenue"),
    ("The building cost $20 million.", "other"),
])
def test_metric_comes_from_the_words_before_the_figure(text, metric):
    assert [a.metric for a in find_amounts(text)] == [metric]


def test_metric_of_a_later_figure_ignores_cues_of_an_earlier_one():
    found = find_amounts("Turnover was $3 billion and licensing income was $40 million.")
    assert [a.metric for a in found] == ["transaction_volume", "revenue"]


def test_valued_investment_as_a_transfer_mode_is_not_investment():
    found = find_amounts("The total amount of contracts for transfer, licensing and valued "
                         "investment was RMB 9.1 billion.")
    assert [a.metric for a in found] == ["contract_value"]


@pytest.mark.parametrize("text, scope", [
    ("At the expo, 120 projects worth RMB 9 billion were signed.", "event"),
    ("现场签约项目30个，签约金额15亿元。", "event"),
    ("The institute has completed 800 transfers with contract value of 1.1 billion yuan.",
     "institution"),
    ("该校累计实现技术合同金额12亿元。", "institution"),
    ("Nationwide, technology contract turnover reached 4.8 trillion yuan.", "national"),
    ("全国技术合同成交额达4.8万亿元。", "national"),
    ("Zhejiang's technology contract turnover was 250 billion yuan.", "regional"),
    ("全省技术合同成交额达2500亿元。", "regional"),
    ("Germany's research spending topped €100 billion.", "national"),
])
def test_scope_says_whose_figure_it_is(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


def test_statistic_quoted_from_a_report_is_national_with_its_reference_year():
    text = ("According to the annual report, in 2022, universities signed more licences. "
            "The value of licences kept rising. "
            "The total amount of contracts was RMB 15.2 billion, up 8% year on year.")
    [found] = find_amounts(text)
    assert (found.scope, found.reference_year) == ("national", 2022)


@pytest.mark.parametrize("text, year", [
    ("In 2020, the region's turnover was 3 billion yuan.", 2020),
    ("2019年，全省技术合同成交额达1200亿元。", 2019),
    ("《2022年度报告》显示，转化金额为50亿元。", None),
    ("The forum signed deals worth $5 million.", None),
])
def test_reference_year_is_the_statistic_year_never_a_title_year(text, year):
    assert [a.reference_year for a in find_amounts(text)] == [year]


def test_surface_and_evidence_are_taken_from_the_text():
    text = "Opening remarks were given. The fair closed with deals worth US$1.5 billion."
    [found] = find_amounts(text)
    assert found.surface == "US$1.5 billion"
    assert found.evidence == "The fair closed with deals worth US$1.5 billion."


@pytest.mark.parametrize("a, b, same", [
    (12.98e9, 12.98e9, True),
    (12.98e9, 12.95e9, True),
    (12.98e9, 12.8e9, False),
])
def test_same_amount_tolerates_half_a_percent(a, b, same):
    x = AmountFinding(amount=a, currency="CNY", metric="other", scope="event")
    y = AmountFinding(amount=b, currency="CNY", metric="other", scope="event")
    assert same_amount(x, y) is same


def test_same_amount_needs_the_same_currency():
    x = AmountFinding(amount=1e6, currency="CNY", metric="other", scope="event")
    y = AmountFinding(amount=1e6, currency="USD", metric="other", scope="event")
    assert not same_amount(x, y)


@pytest.mark.parametrize("text", ["\x00\ufffd" * 50, "$" * 1000, "元" * 500, "9" * 5000 + "亿元"])
def test_odd_input_never_raises(text):
    assert isinstance(find_amounts(text), list)


@pytest.mark.parametrize("text, amount, currency", [
    ("A 40-million-euro agreement was signed with a Lyon start-up.", 4e7, "EUR"),
    ("The 2-billion-yuan fund was launched.", 2e9, "CNY"),
])
def test_hyphenated_figures_are_money(text, amount, currency):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(amount, currency)]


@pytest.mark.parametrize("text, scope", [
    # signed at the fair, although the sentence names the province
    ("Deals worth 5.1 billion yuan were signed at the Anhui Sci-Tech Fair, which ran in Hefei, "
     "Anhui province.", "event"),
    # income and grants are somebody's own figure
    ("In 2022, Leiden University generated licensing income of about €12 million.", "institution"),
    ("The Wellcome Trust supports the programme with £3 million over five years.", "institution"),
    # a country's sector
    ("Korean universities earned ₩95 billion in royalties in 2021.", "national"),
    # a city that spends
    ("Under the deal, Suzhou will invest 2 billion yuan in the joint institute.", "regional"),
    # a capitalised "National" in a name says nothing about scope
    ("The forum was hosted by the Uganda National Council for Science and Technology. "
     "Deals worth US$3 million were concluded.", "event"),
    # 国家/全国 inside an organisation's name says nothing about scope
    ("大赛由国家知识产权局和中华全国工商业联合会指导。大赛设置一等奖奖金30万元。", "event"),
    ("On the sidelines of the summit, the bank announced a programme of USD 5 million.", "event"),
])
def test_scope_rules_of_the_held_out_round(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


def test_list_items_take_their_scope_and_year_from_the_line_that_introduces_them():
    text = ("By the numbers\nAccording to the ASTP Survey for fiscal year 2021:\n"
            "312 spin-offs were created\nlicence income reached €180 million\n")
    found = find_amounts(text)
    assert [(a.amount, a.scope, a.reference_year) for a in found] == [(1.8e8, "national", 2021)]


def test_a_headline_figure_restated_in_the_body_is_one_amount():
    text = ("Tech fair seals deals worth 3.1b yuan\n"
            "Deals worth 3.1 billion yuan were signed at the fair on Friday.")
    found = find_amounts(text)
    assert [(a.amount, a.scope) for a in found] == [(3.1e9, "event")]


@pytest.mark.parametrize("text, amount, currency, metric, scope", [
    ("The brewer will provide ₦500 million over five years.", 5e8, "NGN", "other", "event"),
    ("In fiscal 2023, the university received $27 million in licensing revenue.", 2.7e7, "USD",
     "revenue", "institution"),
    ("Delegates heard about a £50 million programme for spin-outs.", 5e7, "GBP", "funding",
     "institution"),
])
def test_words_after_the_figure_name_its_metric(text, amount, currency, metric, scope):
    found = find_amounts(text)
    assert [(a.amount, a.currency, a.metric, a.scope) for a in found] == [
        (amount, currency, metric, scope)]


@pytest.mark.parametrize("text, amount, currency, metric, scope", [
    # a currency prefix glued to the figure
    ("The agency announced a RM120 million fund at the summit.", 1.2e8, "MYR", "funding", "event"),
    # a ministry's statistic is national; fees are revenue
    ("Universities earned 90 billion won in technology fees last year, according to the "
     "ministry.", 9e10, "KRW", "revenue", "national"),
    # "国家和地区" says where guests came from, not that a figure is national
    ("来自20多个国家和地区的嘉宾参会。据了解，武汉市2021年技术合同成交额达900亿元。", 9e10, "CNY",
     "transaction_volume", "regional"),
])
def test_blind_round_amount_rules(text, amount, currency, metric, scope):
    found = find_amounts(text)
    assert [(a.amount, a.currency, a.metric, a.scope) for a in found] == [
        (amount, currency, metric, scope)]


def test_a_code_before_digits_is_still_not_money():
    assert find_amounts("The A380 and model B737 were shown.") == []


@pytest.mark.parametrize("text, amount, currency", [
    ("Lagos, Nigeria: the state budget sets aside N35bn for innovation hubs.", 3.5e10, "NGN"),
    ("Nigerian start-ups raised N12.4 billion last quarter.", 1.24e10, "NGN"),
    ("The Gauteng hub, South Africa's largest, received R12,5 million.", 1.25e7, "ZAR"),
    ("South African universities earned R1.8bn from licences.", 1.8e9, "ZAR"),
    ("Kenya's fund disbursed Sh450 million to innovators.", 4.5e8, "KES"),
    ("The Nairobi county gave KSh 2.3 billion to the park.", 2.3e9, "KES"),
    ("Tanzania's agency approved Sh3 billion for the incubator.", 3e9, "TZS"),
    # a dateline city is enough to say which country the text is about
    ("ABUJA — Inventors signed deals worth N1.5bn at the fair.", 1.5e9, "NGN"),
    ("DURBAN, 3 May 2022 — Spin-outs raised R40,2 million.", 4.02e7, "ZAR"),
    ("MOMBASA: The county gave Sh80 million to the hub.", 8e7, "KES"),
    ("The Mexican consortium starts with 15 million pesos.", 1.5e7, "MXN"),
    ("Manila firms pledged 40 million pesos.", 4e7, "PHP"),
    ("Argentina's ministry granted 900 million pesos.", 9e8, "ARS"),
    # the Philippine peso written P, with a multiplier or a hyphen before it
    ("CEBU CITY — A Philippine cooperative committed P7.5 million to the dryer.", 7.5e6, "PHP"),
    ("The Davao hub got a P3-million grant from the province.", 3e6, "PHP"),
    # the tenge after the figure, its stated US$ equivalent no second amount
    ("ALMATY — Deals worth 3.5 billion tenge (US$6.8 million) were signed.", 3.5e9, "KZT"),
    ("The Karaganda park received 640 million tenge from the fund.", 6.4e8, "KZT"),
])
def test_a_currency_letter_or_word_is_read_by_the_country_the_text_is_about(text, amount,
                                                                           currency):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(amount, currency)]


@pytest.mark.parametrize("text", [
    "Health workers ordered 500 N95 masks and N2 cylinders.",        # no Nigeria, no multiplier
    "In Nigeria the N5 road and the N30 bus were repaired.",         # Nigeria but no multiplier
    "The R21 highway and the R3 million budget in Ohio.",            # no South Africa
    "The P3 million budget in Ohio.",                                 # no Philippines
    "In the Philippines the P4 jeepney fare was raised.",            # Philippines but no multiplier
])
def test_a_bare_letter_before_a_figure_is_not_money_without_its_country(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, currency", [
    ("民國 110 年，臺灣的計畫補助約 8 億元。", "TWD"),
    ("台灣中小企業今年投資 20 億元，較去年成長。新台幣匯率持穩。", "TWD"),
    ("2021年，上海的项目投资8亿元。", "CNY"),
    ("臺北舉辦論壇，大陸企業簽約5億元。", "CNY"),    # Taiwan named, but no ROC year, no NT$
])
def test_bare_yuan_is_the_new_taiwan_dollar_only_in_a_text_from_taiwan(text, currency):
    assert [a.currency for a in find_amounts(text)] == [currency]


@pytest.mark.parametrize("text, amount, currency", [
    ("The agency signed deals worth 85 million RM with local firms.", 8.5e7, "MYR"),
    ("Sales of 3.2 billion RM were recorded by Penang firms.", 3.2e9, "MYR"),
    ("Grants totalled AU$4.5M across the sector.", 4.5e6, "AUD"),
    ("Industry paid AU$120 million for licences.", 1.2e8, "AUD"),
    ("A budget of €3,5 million was set.", 3.5e6, "EUR"),
])
def test_ringgit_after_the_figure_australian_dollars_and_decimal_commas(text, amount, currency):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(amount, currency)]


@pytest.mark.parametrize("text", [
    "The fund's value changed by -500 million yuan last year.",
    "Net result: −$3 million after write-downs.",
    "利润变化为 -2亿元。",
    "本年度净利润-3亿元，同比下降。",          # the sign right after a Chinese word
    "營業損益為－1.5億元。",
])
def test_a_negative_figure_is_refused_not_stored_with_its_sign_dropped(text):
    assert find_amounts(text) == []


def test_a_range_is_not_a_negative_figure():
    assert [a.amount for a in find_amounts("Each grant is 5-10 million yuan.")] == [1e7]
    assert [a.amount for a in find_amounts("每个项目资助3-5亿元。")] == [5e8]


@pytest.mark.parametrize("text", [
    "Delegates met at COP28 and the SAR2 working group.",
    "The G20 and CNY5 meetings ended.",
])
def test_a_code_glued_to_a_small_number_is_a_name_not_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, amount", [
    ("Hub saves R2bn\nThe hub, South Africa's first, says it saved R2 billion. Officials repeated "
     "that R2 billion was saved.", 2e9),
    ("园区签约额达8亿元。会后再次确认，签约额8亿元。", 8e8),
])
def test_the_same_figure_written_again_is_one_amount(text, amount):
    assert [a.amount for a in find_amounts(text)] == [amount]


@pytest.mark.parametrize("text, stated", [
    ("Investors committed at least €25 million (over $27M US) to the fund.", (2.7e7, "USD")),
    ("The deal is worth 60 million RM (about 14 million USD).", (1.4e7, "USD")),
])
def test_a_restatement_after_a_qualifier_is_still_one_amount(text, stated):
    [found] = find_amounts(text)
    assert (found.stated_amount, found.stated_currency) == stated


@pytest.mark.parametrize("text, surface, qualifier", [
    ("签约金额近12亿元。", "12亿元", "approx"),
    ("Deals worth more than US$40 million were signed.", "US$40 million", "at_least"),
    ("成交额逾3000万元。", "3000万元", "at_least"),
    ("Contracts of about Rs 75 crore were inked.", "Rs 75 crore", "approx"),
    ("Income was $430M+ across both countries.", "$430M", "at_least"),
])
def test_surface_is_the_bare_money_expression_and_the_qualifier_is_kept_apart(text, surface,
                                                                               qualifier):
    [found] = find_amounts(text)
    assert (found.surface, found.qualifier) == (surface, qualifier)


def test_surface_keeps_the_traditional_characters_of_the_article():
    [found] = find_amounts("簽約總額超過38億元。")
    assert (found.surface, found.amount) == ("38億元", 3.8e9)


def test_findings_carry_the_offsets_of_their_figure():
    text = "The fair opened. Deals worth $5 million were signed at the fair."
    [found] = find_amounts(text)
    assert text[found.start:found.end] == "$5 million"


def test_a_sentence_with_too_many_figures_is_read_up_to_the_cap_and_says_so():
    from etl.extract.amounts import MAX_PER_SENTENCE, scan_amounts
    text = "，".join(f"项目{i}金额{i + 1}万元" for i in range(MAX_PER_SENTENCE + 7)) + "。"
    scan = scan_amounts(text)
    assert len(scan.findings) == MAX_PER_SENTENCE
    assert scan.unread == 7
    assert scan.findings[-1].amount == MAX_PER_SENTENCE * 1e4


def test_figures_spread_over_sentences_are_all_read():
    from etl.extract.amounts import MAX_PER_SENTENCE, scan_amounts
    text = "".join(f"项目{i}金额{i + 1}万元。" for i in range(MAX_PER_SENTENCE + 7))
    scan = scan_amounts(text)
    assert (len(scan.findings), scan.unread) == (MAX_PER_SENTENCE + 7, 0)


@pytest.mark.parametrize("text, amounts_", [
    ("现场签约项目总投资10亿元，其中技术转让金额2亿元，融资项目金额8000万元。", [1e9, 2e8, 8e7]),
    ("Deals worth $12 million were signed at the fair, including a $3 million licence and "
     "$1.5 million in research contracts.", [1.2e7, 3e6, 1.5e6]),
])
def test_breakdowns_of_a_total_are_listed_beside_it(text, amounts_):
    found = find_amounts(text)
    assert [a.amount for a in found] == amounts_
    assert {a.scope for a in found} == {"event"}


@pytest.mark.parametrize("text, amount, currency", [
    ("基金累計撥款達港幣3億元，支持本地研發。", 3e8, "HKD"),
    ("該計劃向每隊提供最多港幣2,400萬元資助。", 2.4e7, "HKD"),
    ("澳門基金會資助澳門幣1,200萬元。", 1.2e7, "MOP"),
    ("双方签署协议，合作金额美元5000万元。", 5e7, "USD"),
    ("研究院技轉金額達新臺幣1.6億元。", 1.6e8, "TWD"),
])
def test_a_chinese_currency_name_before_the_figure_is_that_currency(text, amount, currency):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(amount, currency)]


@pytest.mark.parametrize("text, amounts_", [
    ("签约金额1.5亿美元12个项目落地。", [(1.5e8, "USD")]),   # 美元 closes 1.5亿, not opens 12
    ("会议以美元2024年报价为准。", []),                       # a year after 美元 is no sum
])
def test_a_currency_word_after_a_figure_is_not_the_next_figures_prefix(text, amounts_):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == amounts_


@pytest.mark.parametrize("text, currency", [
    ("TORONTO, ON, May 2, 2023 /CNW/ - A consortium of hospitals said today it will invest "
     "$8 million in a shared licensing office.", "CAD"),
    ("Funding news\n\nMay 2, 2023 — Halifax, Nova Scotia — The province announced $3 million "
     "for campus spin-offs.", "CAD"),
    ("MELBOURNE, 4 June — Universities shared $20 million in commercialisation grants.", "AUD"),
    ("WELLINGTON — Crown research institutes received $6 million for spin-outs.", "NZD"),
    ("MADISON, Wis. — The fund invested $8 million in campus start-ups; a Canadian partner "
     "joined later.", "USD"),
])
def test_a_bare_dollar_sign_is_the_currency_of_the_country_the_story_is_datelined_in(text,
                                                                                     currency):
    assert [a.currency for a in find_amounts(text)] == [currency]


@pytest.mark.parametrize("text, amount, currency, stated", [
    ("RIYADH: The fund committed SR750 million ($200 million) to university spin-offs.",
     7.5e8, "SAR", 2e8),
    ("The government pledged 5 billion Rwandan francs (about 4.1 million U.S. dollars) to the "
     "hub.", 5e9, "RWF", 4.1e6),
    ("DUBAI: Deals worth Dh1.1 billion ($300 million) were signed.", 1.1e9, "AED", 3e8),
])
def test_a_local_amount_with_its_dollar_restatement_keeps_the_local_one(text, amount, currency,
                                                                       stated):
    [found] = find_amounts(text)
    assert (found.amount, found.currency, found.stated_amount, found.stated_currency) == (
        amount, currency, stated, "USD")


@pytest.mark.parametrize("text, amount, currency", [
    ("Johannesburg finalists shared prizes of R250 000.", 2.5e5, "ZAR"),
    ("A Durban incubator paid R1 200 000 for the licence.", 1.2e6, "ZAR"),
    ("The fund paid €2 500 000 to the consortium.", 2.5e6, "EUR"),
    ("Lagos innovators won N25,000 each.", 2.5e4, "NGN"),
])
def test_thousands_grouped_by_spaces_or_commas_are_one_figure(text, amount, currency):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(amount, currency)]


@pytest.mark.parametrize("text", [
    "Riyadh hosted the SR2 working group and SR12 panel.",     # a code glued to a small number
    "The Pretoria office on route R21 opened 3 200 m² of labs.",  # no currency before 3 200
])
def test_a_grouped_figure_or_a_gulf_code_alone_is_not_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, scopes", [
    # a breakdown sentence shares the scope of the total just before it
    ("随后双方代表进行了洽谈，学校专家介绍了成果。现场共签约项目12项，合同金额合计5200万元。"
     "其中，材料学院与某企业签订的项目合同金额900万元。", [("5200万元", "event"), ("900万元", "event")]),
    ("Deals worth $40 million were signed at the fair. Of this, a licence from the institute "
     "accounted for $6 million.", [("$40 million", "event"), ("$6 million", "event")]),
])
def test_a_breakdown_sentence_takes_the_scope_of_its_total(text, scopes):
    assert [(a.surface, a.scope) for a in find_amounts(text)] == scopes


@pytest.mark.parametrize("text, scope", [
    # the owner named in the figure's own clause beats a place in a later clause
    ("2023年，学校科研经费达6.1亿元，位居全省高校第二。", "institution"),
    ("2021年，该院技术合同成交额3.5亿元，居全市科研院所首位。", "institution"),
    # a programme's cap one may apply for is the programme owner's
    ("优胜团队还可申请省科技计划项目最高300万元的支持。", "institution"),
    ("Winning teams can apply for up to €200,000 from the regional innovation fund.",
     "institution"),
    # a figure reached during a gathering named by its own word
    ("During the Symposium, 12 licences were granted with fees totalling $3 million.", "event"),
    ("Five start-ups took home awards of $25,000 each.", "event"),
    # Taiwan fiscal years in ROC years
    ("經濟部表示，去(111)年度研發成果收入達新臺幣12億元。", "institution"),
    ("該中心112年度技轉金額為新臺幣3.2億元。", "institution"),
])
def test_scope_rules_for_owners_programmes_gatherings_and_fiscal_years(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text, amounts_", [
    ("现场签约项目总金额85亿元，其中投资额超过5亿元的项目6个。", [8.5e9]),
    ("签约总额120亿元，10亿元以上的项目有4个。", [1.2e10]),
    ("Deals totalled $900 million, and 7 projects worth more than $50 million each were "
     "signed.", [9e8]),
])
def test_a_bound_that_sorts_projects_is_not_an_amount(text, amounts_):
    assert [a.amount for a in find_amounts(text)] == amounts_


@pytest.mark.parametrize("text, surface, amount, currency", [
    # a currency name written before a Chinese-numeral figure is that figure's currency
    ("項目總投資為澳門元二千五百萬元。", "澳門元二千五百萬元", 2.5e7, "MOP"),
    ("基金首期規模澳門元八億元，由政府出資。", "澳門元八億元", 8e8, "MOP"),
    # the cedi written with a cent sign, the Egyptian pound as LE, the shekel as NIS
    ("The agency disbursed GH¢12 million to 40 firms.", "GH¢12 million", 1.2e7, "GHS"),
    ("Grants of GH¢350,000 went to two labs in Kumasi.", "GH¢350,000", 3.5e5, "GHS"),
    ("The Cairo incubator offers LE 250,000 per team.", "LE 250,000", 2.5e5, "EGP"),
    ("Egypt's academy set aside LE3 billion for applied research.", "LE3 billion", 3e9, "EGP"),
    ("The Haifa start-up closed a NIS 14 million round.", "NIS 14 million", 1.4e7, "ILS"),
    ("Tel Aviv funds put in NIS 3.5 million.", "NIS 3.5 million", 3.5e6, "ILS"),
])
def test_currency_forms_of_other_countries(text, surface, amount, currency):
    (a,) = find_amounts(text)
    assert (a.surface, a.amount, a.currency) == (surface, amount, currency)


@pytest.mark.parametrize("text", [
    "The NIS 2 directive applies from October.",          # a directive, not 2 shekels
    "LE 100 est un bon début, dit-il à Paris.",             # French article, no Egypt
])
def test_letter_codes_without_magnitude_or_context_are_not_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, amount, stated, stated_currency", [
    ("The lab raised NIS 20 million (about $5.4 million) from investors.", 2e7, 5.4e6, "USD"),
    ("澳門元一億元（約人民幣九千萬元）用於研發。", 1e8, 9e7, "CNY"),
])
def test_a_local_currency_keeps_its_figure_and_the_bracketed_one_restates_it(
        text, amount, stated, stated_currency):
    (a,) = find_amounts(text)
    assert (a.amount, a.stated_amount, a.stated_currency) == (amount, stated, stated_currency)


@pytest.mark.parametrize("text, surface, amount", [
    ("全年產值達新台幣2兆3,800億元。", "新台幣2兆3,800億元", 2.38e12),
    ("台灣半導體出口約新台幣1兆元。", "新台幣1兆元", 1e12),
    ("签约总额3亿5000万元。", "3亿5000万元", 3.5e8),
    ("投资额为12亿2000万元，其中…", "12亿2000万元", 1.22e9),
])
def test_a_figure_in_two_parts_and_zhao_are_one_amount(text, surface, amount):
    (a,) = find_amounts(text)
    assert (a.surface, a.amount) == (surface, amount)


@pytest.mark.parametrize("text, currency", [
    # a Canadian dateline written with its accents is still Canadian
    ("News release | Montréal, Quebec | March 3, 2025\n\nThe partners announced a "
     "$2.4-million research programme.", "CAD"),
    ("News release | Trois-Rivières, Québec | March 3, 2025\n\nThe fund committed $12 million.",
     "CAD"),
    ("Lévis, QC, March 3, 2025 — The partners announced a $5 million programme.", "CAD"),
    # ¥ in a document that writes yen or JPY elsewhere and never yuan is yen
    ("Osaka University news\n\nThe venture office signed licences worth ¥250 million at the "
     "fair. A JPY 2 million prize went to a student team.", "JPY"),
    ("Beijing fair\n\nDeals worth ¥300 million were signed.", "CNY"),
    ("Tokyo fair\n\nDeals worth ¥300 million were signed; the yuan-denominated fund of "
     "RMB 20 million closed.", "CNY"),
])
def test_a_currency_sign_takes_the_country_of_its_document(text, currency):
    assert find_amounts(text)[0].currency == currency


def test_a_canadian_dateline_with_decomposed_accents_gives_cad():
    text = "News release | Montre\u0301al, Que\u0301bec | March 3, 2025\n\nThe fund committed $12 million."
    assert find_amounts(text)[0].currency == "CAD"


@pytest.mark.parametrize("text, found", [
    # a bare $ in a document that writes its own dollar elsewhere (and never US$) is that dollar
    ("Riverside start-ups win big\nWednesday, 2 October 2024\nEight ventures secured "
     "commitments of A$3.1 million at the showcase in Geelong, and the top prize of $40,000 "
     "went to a sensor start-up.", [("AUD", 3.1e6), ("AUD", 40000.0)]),
    ("The fund put in HK$20 million; a further $5 million came from angels.",
     [("HKD", 2e7), ("HKD", 5e6)]),
    ("The deal was worth US$5 million and A$2 million; a further $1 million followed.",
     [("USD", 5e6), ("AUD", 2e6), ("USD", 1e6)]),
    # Vietnamese VNĐ (Đ U+0110), Japanese yen written 日圓 / 日币
    ("The fund pledged VNĐ2.5 trillion to the programme.", [("VND", 2.5e12)]),
    ("本次洽談會簽約金額達3,000萬日圓。", [("JPY", 3e7)]),
    ("双方签约金额为2亿日币。", [("JPY", 2e8)]),
])
def test_the_documents_dollar_and_more_currency_forms(text, found):
    assert [(a.currency, a.amount) for a in find_amounts(text)] == found


@pytest.mark.parametrize("text, surfaces", [
    # a headline rounding of a body figure is one amount
    ("Licensing Deals Top NT$2.3 Billion at Tech Day\nRelease Date: 2024/10/31\nLicensing "
     "agreements signed during the day were worth NT$2.34 billion, the institute said in a "
     "statement issued on Thursday after the event closed its doors.", ["NT$2.34 billion"]),
    ("Fair closes with $5 million in deals\nMarch 3, 2025\nDeals signed at the fair totalled "
     "$4.8 million, the organisers said on Monday in a statement about the two-day event "
     "and what comes next.", ["$4.8 million"]),
    # a headline figure that is not a rounding of the body's stays
    ("Fair closes with $6 million in deals\nMarch 3, 2025\nDeals signed at the fair totalled "
     "$4.8 million, the organisers said on Monday in a statement about the two-day event "
     "and what comes next.", ["$6 million", "$4.8 million"]),
])
def test_a_headline_rounding_is_the_body_figure(text, surfaces):
    assert [a.surface for a in find_amounts(text)] == surfaces


@pytest.mark.parametrize("text, kept", [
    ("去年同一洽谈会的签约金额为900万元，今年签约金额达1,300万元。", ["1,300万元"]),
    ("去年媒合會共促成投資2.4億元，本屆現場簽約金額3億元。", ["3億元"]),
    ("去年推介日上成交額為600萬元，今年成交額800萬元。", ["800萬元"]),
])
def test_last_year_s_gathering_named_before_a_figure_makes_it_no_sum_of_this_one(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


def test_last_year_s_regional_statistic_is_still_read():
    assert [a.surface for a in find_amounts("去年全市技术合同成交额达120亿元。")] == ["120亿元"]


@pytest.mark.parametrize("text, kept", [
    ("截至收盘，某某科技股价报收22.15元/股。本次签约金额3000万元。", ["3000万元"]),
    ("該公司股價收在58.3元/股，本次簽約金額3,000萬元。", ["3,000萬元"]),
    ("Shares closed at $41.20 per share; the licence is worth $2 million.", ["$2 million"]),
])
def test_a_price_per_share_is_no_amount(text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("某行业协会预计，到2030年国内储能市场规模将超过500亿元。本次签约金额2亿元。", ["2亿元"]),
    ("研究機構預估，2030年全球氫能市場將達到新臺幣3兆元。會中簽約金額1.2億元。", ["1.2億元"]),
])
def test_a_forecast_word_leading_the_sentence_drops_the_figure_it_says_will_be_reached(
        text, kept):
    assert [a.surface for a in find_amounts(text)] == kept


def test_a_budget_announced_after_a_forecast_word_is_still_read():
    text = "市政府也预计，明年将编列2000万元预算，协助企业导入新技术。"
    assert [a.surface for a in find_amounts(text)] == ["2000万元"]


@pytest.mark.parametrize("text, currencies", [
    ("該校與三家企業簽署協議，總值約900萬港元，其中一項佔200萬元。", ["HKD", "HKD"]),
    ("政府基金至今已批出逾80億元資助，今年另撥1億港元。", ["HKD", "HKD"]),
])
def test_a_bare_yuan_in_a_hong_kong_text_is_hong_kong_dollars(text, currencies):
    assert [a.currency for a in find_amounts(text)] == currencies


@pytest.mark.parametrize("text, currencies", [
    ("該項目總值5億元人民幣，另有3億港元及2000萬元。", ["CNY", "HKD", "CNY"]),
    ("总值约900万港元，其中一项占200万元。", ["HKD", "CNY"]),
])
def test_a_bare_yuan_beside_renminbi_or_in_simplified_text_stays_renminbi(text, currencies):
    assert [a.currency for a in find_amounts(text)] == currencies


@pytest.mark.parametrize("text, scope", [
    ("县统计局数据显示，2025年全县技术合同成交额为8.4亿元，同比增长12%。", "regional"),
    ("據市府統計，全市技術交易額去年達12億元。", "regional"),
    ("南臺灣光電產業年產值逾新臺幣5,000億元，是重要聚落。", "regional"),
    ("中部台湾机械产业年产值约3000亿元。", "regional"),
    ("縣府今年編列新臺幣1,200萬元推動地方產業升級計畫。", "institution"),
    ("市政府安排预算800万元支持企业技术改造。", "institution"),
])
def test_place_wide_statistics_and_government_budgets_are_not_the_event_s(text, scope):
    assert [a.scope for a in find_amounts(text)] == [scope]


@pytest.mark.parametrize("text", [
    "本校共有5项成果成交，成交额合计900万元。\n序号｜技术名称｜受让企业｜金额\n1｜智能分拣算法｜某某物流科技有限公司｜320万元",
    "本院成交额合计600万元。\n編號|技術名稱|受讓廠商|金額\n2|低溫封裝製程|某某電子股份有限公司|150萬元",
])
def test_a_numbered_table_row_of_deals_is_the_event_s(text):
    assert find_amounts(text)[-1].scope == "event"


def _cells(text):
    return [(a.surface, a.amount, a.currency, a.scope) for a in find_amounts(text)]


def test_bare_table_cells_take_the_money_unit_of_their_column_header():
    text = ("签约项目如下：\n序号｜项目｜签约双方｜金额（万元）\n1｜某项目｜甲大学—乙公司｜2600\n"
            "2｜另一项目｜丙学院—丁公司｜450.5\n\n会后合影。")
    assert _cells(text) == [("2600", 26000000.0, "CNY", "event"),
                            ("450.5", 4505000.0, "CNY", "event")]


def test_a_traditional_table_in_taiwan_dollars_and_an_empty_cell():
    text = "新臺幣授權案一覽\n編號|技術名稱|授權金(萬元)\n1|感測晶片|1,200\n2|電池材料|—"
    assert _cells(text) == [("1,200", 12000000.0, "TWD", "event")]


def test_a_column_of_counts_or_a_row_of_another_shape_is_no_money():
    assert _cells("序号|项目|数量（项）\n1|专利|12") == []
    assert _cells("序号|项目|金额（万元）\n1|专利|300\n合计 共2项|900") == [
        ("300", 3000000.0, "CNY", "event")]


@pytest.mark.parametrize("text, amount, currency", [
    # the koruna: its code, its sign before or after the figure (the K of Kč is no thousand)
    ("The licences were worth CZK 12 million in total.", 1.2e7, "CZK"),
    ("Kč 3.5 million of that went to the spin-off.", 3.5e6, "CZK"),
    ("Each team received 250 000 Kč from the region.", 2.5e5, "CZK"),
    ("The prize pot was 2 million Czech crowns.", 2e6, "CZK"),
    # the złoty's sign after a space-grouped or a decimal-comma figure
    ("Each voucher is worth 80 000 zł for the winners.", 8e4, "PLN"),
    ("The fund has 3,5 mln zł for start-ups.", 3.5e6, "PLN"),
    # liras in the plural, with a multiplier or named Turkish
    ("The deal, worth 640 million liras, was signed on stage.", 6.4e8, "TRY"),
])
def test_czech_polish_and_turkish_forms_are_read(text, amount, currency):
    assert [(round(a.amount), a.currency) for a in find_amounts(text)] == [
        (round(amount), currency)]


def test_the_text_s_own_currency_wins_over_its_bracketed_dollar_restatement():
    found = find_amounts("Firms signed deals worth 2.2 billion Turkish liras (about $51 million) "
                         "at the fair.")
    assert [(a.amount, a.currency, a.stated_amount, a.stated_currency) for a in found] == [
        (2.2e9, "TRY", 5.1e7, "USD")]


@pytest.mark.parametrize("text", [
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. \"Our aim is to reach "
    "EUR 20 million a year by 2030,\" the director said.",
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. \"We aim for deals "
    "worth at least EUR 20 million this time,\" the chair said.",
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million, and the minister hoped "
    "the expo would help the region reach EUR 20 million in licensing by 2030.",
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. The cluster expects "
    "its turnover to pass EUR 20 million in 2026.",
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. Last spring the first "
    "edition in Tampere last year, when deals worth EUR 20 million were sealed, drew 900 visitors.",
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. Registration costs "
    "EUR 20 million per person, the organisers joked.",
])
def test_aims_forecasts_earlier_editions_and_fees_are_no_sums_of_the_event(text):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(4_000_000, "EUR")]


def test_an_edition_of_the_year_before_a_previewed_named_edition_is_another_one():
    text = ("Published 10 November 2025\nThe Lakeland Innovation Fair 2026 will open on 3 February. "
            "It expects deals worth EUR 5 million. The 2025 edition in Oulu generated deals of "
            "EUR 3 million.")
    amounts = [a.amount for a in find_amounts(text)]
    assert 5_000_000 in amounts and 3_000_000 not in amounts


def test_organisers_eyeing_a_figure_in_a_headline_is_a_target():
    text = ("Lapland fair opens; organisers eye EUR 9 million in deals\n"
            "The fair opened on Monday with 40 exhibitors and deals worth EUR 2 million.")
    assert [a.amount for a in find_amounts(text)] == [2_000_000]


@pytest.mark.parametrize("text, surfaces", [
    # a headline that cuts the body's figure down after "over" is the body's figure
    ("成果对接会在合肥闭幕　签约逾32亿元\n2026-05-12 来源：某某日报\n记者从闭幕式上获悉，本次对接会共"
     "签约项目60个，涉及金额约32.7亿元，其中省外项目约9亿元。", ["32.7亿元", "9亿元"]),
    ("技術媒合日簽約突破新臺幣4億元\n2026/03/02\n主辦單位表示，當天共完成授權簽約18件，授權金額合計"
     "新臺幣4.65億元，較去年明顯成長，業者反應熱烈。", ["新臺幣4.65億元"]),
    # a body figure below the headline's "over" is another figure
    ("成果对接会在合肥闭幕　签约逾32亿元\n2026-05-12 来源：某某日报\n记者从闭幕式上获悉，本次对接会"
     "首日签约项目40个，涉及金额约31.2亿元，次日还将继续签约。", ["32亿元", "31.2亿元"]),
])
def test_a_headline_over_figure_cut_down_from_the_body_is_one_amount(text, surfaces):
    assert [a.surface for a in find_amounts(text)] == surfaces


@pytest.mark.parametrize("text, found", [
    # a caption before the header gives the unit of the one column that names a sum
    ("本次对接会共签约4个项目，明细如下（单位：万元）：\n项目｜转让方｜受让方｜合同金额\n"
     "高温合金｜甲大学｜乙公司｜1,200\n储能电池｜丙研究院｜丁公司｜680\n",
     [("CNY", 12e6, "event"), ("CNY", 6.8e6, "event")]),
    ("會中完成2件授權簽約，詳見下表（單位：新臺幣萬元）\n技術｜授權單位｜被授權廠商｜授權金額\n"
     "晶圓檢測｜甲大學｜乙公司｜2,400\n電池回收｜丙大學｜丁公司｜350\n",
     [("TWD", 24e6, "event"), ("TWD", 3.5e6, "event")]),
    # a caption over a table with two sum columns does not say which it prices
    ("明细如下（单位：万元）：\n项目｜合同金额｜到账金额\n高温合金｜1,200｜300\n", []),
])
def test_a_caption_gives_the_unit_of_a_tables_sum_column(text, found):
    assert [(a.currency, a.amount, a.scope) for a in find_amounts(text)] == found


@pytest.mark.parametrize("text, amount, currency", [
    # any ISO 4217 code before or after the figure, with a multiplier or a grouped figure
    ("Partners pledged MAD 40 million to the incubator in Rabat.", 4e7, "MAD"),
    ("The ministry set aside 2,500,000 GEL for the vouchers.", 2.5e6, "GEL"),
    ("Grants of HUF 900 million went to six spin-offs.", 9e8, "HUF"),
    ("Licences worth TND 1.2 million were signed in Sfax.", 1.2e6, "TND"),
    # local signs and letter prefixes
    ("The regional fund gave S/ 2.4 million to the park.", 2.4e6, "PEN"),
    ("A prize of S/ 120,000 went to the winning team.", 1.2e5, "PEN"),
    ("Tbilisi startups raised ₾12 million this year.", 1.2e7, "GEL"),
    ("The Baku hub secured ₼8 million in contracts.", 8e6, "AZN"),
    # the dollars of the dollar countries, written with their letters before $
    ("The Suva accelerator received F$3 million from donors.", 3e6, "FJD"),
    ("Kingston firms signed deals worth J$450 million.", 4.5e8, "JMD"),
    ("The Windhoek lab got N$12 million for equipment.", 1.2e7, "NAD"),
    ("Port of Spain start-ups shared TT$2.5 million.", 2.5e6, "TTD"),
    # currency words after the figure
    ("Cluj firms invested 45 million lei in the park.", 4.5e7, "RON"),
    ("The Lima fair closed with 8 million soles in deals.", 8e6, "PEN"),
    ("Deals worth 12 million dirhams were signed in Casablanca.", 1.2e7, "MAD"),
    # Chinese names of foreign currencies (Malaysian, Singaporean and mainland press)
    ("古晉科技園簽約總值達860萬令吉。", 8.6e6, "MYR"),
    ("该项目获得300万马币资助。", 3e6, "MYR"),
    ("双方签署价值2亿菲律宾比索的合作协议。", 2e8, "PHP"),
    ("合作金额为1.5亿兹罗提。", 1.5e8, "PLN"),
])
def test_every_iso_code_local_signs_dollar_prefixes_and_chinese_names_are_read(text, amount,
                                                                              currency):
    assert [(round(a.amount), a.currency) for a in find_amounts(text)] == [
        (round(amount), currency)]


@pytest.mark.parametrize("text", [
    # a less common code is also a word or an acronym: a bare small figure after it is no sum
    "Early-bird tickets cost RON 250 for companies.",
    "MAD 3 is the name of the team's third prototype.",
    # a dollar the table does not know is not read as the US dollar
    "The studio sold XQ$5 million of licences.",
    # a short Chinese name that is also a transliterated name needs a multiplier
    "记者拉里3日在会上发言。",
])
def test_a_code_or_a_name_without_magnitude_and_an_unknown_dollar_are_no_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, amount, currency, stated", [
    ('Deals added up to UZS 40 billion, "roughly $3.1 million at today\'s rate", he said.',
     4e10, "UZS", (3.1e6, "USD")),
    ("Contracts worth RON 9 million (approx. EUR 1.8 million) were signed.",
     9e6, "RON", (1.8e6, "EUR")),
    ("The fund committed MAD 30 million (around £2.4 million) to the pilots in Rabat.",
     3e7, "MAD", (2.4e6, "GBP")),
])
def test_a_figure_restated_after_a_comma_and_an_approximating_word_is_one_amount(
        text, amount, currency, stated):
    found = find_amounts(text)
    assert [(a.amount, a.currency, (a.stated_amount, a.stated_currency)) for a in found] == [
        (amount, currency, stated)]


def test_a_plain_comma_between_two_sums_keeps_both():
    found = find_amounts("The fund gave RON 9 million, EUR 2 million came from the EIB.")
    assert [(a.amount, a.currency) for a in found] == [(9e6, "RON"), (2e6, "EUR")]


@pytest.mark.parametrize("text", [
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. Next year the "
    "organisers hope for 2,000 visitors and deals worth EUR 9 million.",
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million; the chair said she "
    "wished for EUR 9 million in the second round.",
])
def test_a_sum_hoped_for_is_no_sum_of_the_event(text):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(4_000_000, "EUR")]


@pytest.mark.parametrize("text", [
    "Firms signed deals worth $4 million at the fair in Accra. The $4 million includes $900,000 "
    "in seed grants for ten start-ups.",
    "Deals worth €3 million were signed at the expo in Porto. The €3 million included about "
    "€500,000 in research funding for two labs.",
])
def test_a_part_a_total_includes_shares_the_total_s_scope(text):
    found = find_amounts(text)
    assert [a.scope for a in found] == ["event", "event"]


@pytest.mark.parametrize("text, surfaces", [
    # an earlier session of a series, told by when it was held
    ("第三场成果拍卖会共成交8件，成交总额920万元。3月举办的首场拍卖会成交额为410万元。", ["920万元"]),
    ("本次路演促成投资意向1.2亿元；上半年举行的第一场路演意向金额为6000万元。", ["1.2亿元"]),
    # the figure a comparison is made against, right after 比去年 / 较上届
    ("媒合会促成商机约新台币12亿元，比去年的9亿元成长三成。", ["新台币12亿元"]),
    ("本届交易额达3.6亿元，较上届的2.8亿元明显增加。", ["3.6亿元"]),
    # the previous call's figure
    ("本次公告技术3项。前次公告之4项技术已授权予3家厂商，授权金合计新台币520万元。", []),
    # a fund proposed, not yet set up
    ("协会拟牵头设立规模2亿元的成果转化基金，方案另行研究。", []),
    ("The council plans to set up a €20 million fund for spin-offs next spring.", []),
])
def test_an_earlier_session_a_comparison_base_and_a_proposed_fund_are_no_sums(text, surfaces):
    assert [a.surface for a in find_amounts(text)] == surfaces


def test_a_change_over_last_time_stays_this_editions():
    found = find_amounts("本届签约额比上届增加1.34亿元。")
    assert [a.surface for a in found] == ["1.34亿元"]


def test_a_session_still_to_come_named_by_its_month_is_no_earlier_one():
    text = "优秀学员将推荐参加明年3月在海口举办的第二届技术经理人大赛，大赛拟设奖金总额50万元。"
    assert [a.surface for a in find_amounts(text)] == ["50万元"]


@pytest.mark.parametrize("text, amount, currency", [
    ("In Amman the ministry signed grants worth JD 420,000 with three start-ups.", 4.2e5, "JOD"),
    ("The Jordanian fund closed at JD3 million.", 3e6, "JOD"),
    ("Dakar, Senegal: the agency awarded FCFA 350 million to eight labs.", 3.5e8, "XOF"),
    ("In Yaoundé, Cameroon, the ministry set aside FCFA 2 billion for incubators.", 2e9, "XAF"),
    ("Ouagadougou start-ups shared 45 million CFA francs.", 4.5e7, "XOF"),
    ("In Port Moresby, Papua New Guinea, the board pledged K750,000 to the seed bank.", 7.5e5,
     "PGK"),
    ("Lusaka, Zambia: the council approved K2.5 million for the hub.", 2.5e6, "ZMW"),
])
def test_a_local_currency_sign_or_letter_is_read_with_its_country(text, amount, currency):
    found = find_amounts(text)
    assert [(round(a.amount), a.currency) for a in found] == [(round(amount), currency)]


@pytest.mark.parametrize("text", [
    "The K750,000 figure was quoted in a London seminar on vitamins.",   # no country: K is no sign
    "In Port Moresby, Papua New Guinea, K9 and K12 roads were repaired.",  # no magnitude
    "She earned her JD 2019 from a law school in Ohio.",                 # a degree, a year
])
def test_a_letter_sign_needs_its_country_and_a_magnitude(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text", [
    # an eligibility bound on a firm's size
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. A new loan line is "
    "open to companies with an annual turnover below EUR 20 million.",
    # a cap per case said as a rule
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. Every winning team "
    "can receive up to EUR 20 million over two years.",
    # money proposed or hoped for a later year
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. The board proposes "
    "to allocate EUR 20 million to the 2026 edition.",
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. The lender hopes to "
    "mobilise another EUR 20 million for the scheme by 2028.",
    # another edition named by its year with a lower-case gathering word
    "Published 3 March 2025\nThe expo closed with deals worth EUR 4 million. Asked about the past, "
    "the mayor said the 2024 fair had 300 visitors and deals of EUR 20 million.",
])
def test_bounds_caps_plans_and_dated_editions_are_no_sums_of_the_event(text):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == [(4_000_000, "EUR")]


@pytest.mark.parametrize("text, scope", [
    # money paid for the event itself, whoever gave it
    ("The ministry's grant for the symposium was $40,000.", "event"),
    ("Our thanks go to the foundation, whose support of $25,000 covered the workshop costs.",
     "event"),
    # a body's own money, said so, next to a country's statistic
    ("The state spends $80 million on research across the country, and the college's own "
     "research budget is $2 million.", "institution"),
    ("Their own funds of $3 million were matched by the bank.", "institution"),
])
def test_event_funding_and_a_body_s_own_money_take_their_scope(text, scope):
    assert [a.scope for a in find_amounts(text)][-1] == scope


def test_an_edition_named_by_the_article_s_own_year_stays_this_one():
    text = ("Published 3 March 2025\nThe mayor said the 2025 fair had 300 visitors and deals of "
            "EUR 4 million.")
    assert [a.amount for a in find_amounts(text)] == [4_000_000]


@pytest.mark.parametrize("text, currencies", [
    # a Singapore text writes 新元 once and then bare 元
    ("本地團隊與企業簽下合作意向，總值約2400萬新元。政府撥款50億元支持研發。", ["SGD", "SGD"]),
    ("新加坡政府宣布投入30亿新元，其中科研局获拨8亿元。", ["SGD", "SGD"]),
    # another Chinese currency named: bare 元 is not read as the Singapore dollar
    ("合作意向总值约2400万新元（约1.3亿元人民币）。国内企业另签约5亿元。", ["SGD", "CNY"]),
])
def test_bare_yuan_is_the_singapore_dollar_in_a_text_that_writes_xinyuan(text, currencies):
    assert [a.currency for a in find_amounts(text)] == currencies


@pytest.mark.parametrize("text, found", [
    ("捷克創新署今年預算約42億克朗，用於產學合作。", [(4.2e9, "CZK")]),
    ("布拉格的研究所获得3000万克朗资助。捷克企业表示欢迎。", [(3e7, "CZK")]),
    # a bare crown with no Czechia, or beside a Nordic crown, is left unread
    ("该公司去年营收约8亿克朗。", []),
    ("捷克與瑞典企業合作，瑞典方投入2億克朗。", []),
])
def test_a_bare_crown_is_the_czech_koruna_in_a_text_about_czechia(text, found):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == found


@pytest.mark.parametrize("text, found", [
    ("Makerere signed a licence worth Shs 250 million with a Kampala start-up in Uganda.",
     [(2.5e8, "UGX")]),
    ("The county in Kenya pledged Shs 40 million to the Nairobi hub.", [(4e7, "KES")]),
    # a bare Shs with no East African country is left unread
    ("The fund pledged Shs 40 million.", []),
])
def test_shs_is_the_shilling_of_the_country_the_text_is_about(text, found):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == found


@pytest.mark.parametrize("text, found", [
    ("In Bishkek, a Kyrgyz start-up won 1.5 million soms in seed money.", [(1.5e6, "KGS")]),
    # a Kyrgyz text naming Tashkent keeps its soms Kyrgyz
    ("Kyrgyz and Tashkent firms signed deals worth 12 million soms.", [(1.2e7, "KGS")]),
    ("A Samarkand factory in Uzbekistan signed for 900 million soms.", [(9e8, "UZS")]),
])
def test_soms_after_a_figure_are_the_som_of_the_country_named(text, found):
    assert [(a.amount, a.currency) for a in find_amounts(text)] == found


@pytest.mark.parametrize("text, currency", [
    # a bare $ in a document that names the pataca and no other dollar
    ("獲批資助 $ 250,000.00。\n註：上表金額之貨幣單位為澳門元。", "MOP"),
    ("The fund granted $ 80,000.00 to the centre. All amounts are in patacas (MOP).", "MOP"),
    # another dollar named: the bare $ is not read as the pataca
    ("資助 $ 50,000.00，約合 US$ 6,200，另以澳門元結算。", "USD"),
])
def test_a_bare_dollar_in_a_pataca_document(text, currency):
    assert find_amounts(text)[0].currency == currency


def test_a_bare_dollar_in_one_events_part_follows_the_whole_pages_note():
    from etl.extract.amounts import scan_amounts
    page = "甲中心獲資助 $ 250,000.00，用於舉辦對接會。\n註：金額之貨幣單位為澳門元。"
    note = page.index("註")
    part = page[:note] + " " * (len(page) - note)     # the note's sentence is another's
    assert scan_amounts(part).findings[0].currency == "USD"
    assert scan_amounts(part, page=page).findings[0].currency == "MOP"


@pytest.mark.parametrize("text", [
    "　　香港特別行政區政府今日公布，已預留二千萬元推動技術轉移。",
    "特區政府會在明年度預算撥款五百萬元，資助大學舉辦成果展。這個計劃由創新科技署負責。",
])
def test_a_bare_yuan_in_a_hong_kong_government_release_is_the_hong_kong_dollar(text):
    assert find_amounts(text)[0].currency == "HKD"


@pytest.mark.parametrize("text, currency", [
    # a bare $ under a dateline of a Canadian city the older rows did not name
    ("SASKATOON – The partnering day drew start-ups. A deal worth $2 million was signed.", "CAD"),
    ("FREDERICTON – The province's innovation agency invested $500,000 in a spin-off.", "CAD"),
    # a dateline elsewhere keeps the bare $ the US dollar
    ("DENVER – The partnering day drew start-ups. A deal worth $2 million was signed.", "USD"),
])
def test_a_bare_dollar_under_a_canadian_city_dateline(text, currency):
    assert find_amounts(text)[0].currency == currency


@pytest.mark.parametrize("text, kept", [
    # an earlier edition named by its rank and a year before the article's
    ("Innovation Week 2027\nPERTH, 12 May 2027 – The expo closed with deals worth $6 million. "
     "The inaugural expo in Fremantle in 2026 recorded deals worth $2 million.", [6e6]),
    ("Agri-Tech Summit 2027\nThe summit signed $9 million. The first edition of the summit in "
     "2025 recorded deals worth $4 million.", [9e6]),
    # an earlier edition told by "held in" a past year, with no place between
    ("Marine Forum 2027\nThe forum closed on Friday with £3 million of deals. The first forum, "
     "held in 2026, produced projects worth £1 million.", [3e6]),
    # a year of its own is not another edition; "since its first edition" tells of this series
    ("Marine Forum 2027\nThe forum, held in 2027 for the third time, produced £3 million.", [3e6]),
    ("Marine Forum 2027\nSince its first edition in 2019 the forum has grown; this year it "
     "produced £3 million.", [3e6]),
    # a Chinese edition named by its year without an ordinal
    ("2027技术交易大会开幕\n本届大会签约金额12亿元。2026年大会期间签约项目金额为8亿元。", [12e8]),
    ("2027成果对接会举行\n本次对接会签约3亿元，2025年举办的对接会共促成1亿元。", [3e8]),
    # a statistic of an earlier year is not an edition: it stays
    ("2027技术交易大会开幕\n2026年全省技术合同成交额为900亿元。", [900e8]),
])
def test_an_earlier_edition_named_by_rank_or_year_is_no_sum(text, kept):
    assert [a.amount for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a hope that the figure will pass another
    ("The fair recorded $5 million in deals, and the organisers hope the figure will pass "
     "$8 million next time.", [5e6]),
    ("Deals reached €2 million; the agency wants the total to top €3 million at the next fair.",
     [2e6]),
    # a figure in brackets right after a dropped fee is the same fee at another rate
    ("报名费每人3,000元（学生2,000元），本次活动签约金额500万元。", [5e6]),
    ("The registration fee was €95 (members €80). Deals worth €1 million were signed.", [1e6]),
])
def test_a_hoped_figure_and_a_bracketed_rate_of_a_fee_are_no_sums(text, kept):
    assert [a.amount for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, kept", [
    # a fee per person, day or session, or a training fee, is a price
    ("研修班收费为2600元/人，本次活动签约金额300万元。", [3e6]),
    ("本期研修学费为4500元，含教材与午餐。现场签约金额达800万元。", [8e6]),
    # the event's own aim said with 力争/争取 is a target
    ("本次交易会力争意向成交额超过5亿元。", []),
    ("上届博览会成交2亿元，今届博览会争取成交额突破3亿元。", []),
    # a plan over years to come with no deal in its sentence is a pledge, not a sum reached
    ("会上，某银行推出科技贷产品，计划五年内提供不少于50亿元的信贷支持。", []),
    ("The lender plans to provide within the next four years up to $30 million in credit to "
     "spin-outs.", []),
    # a deal's value over years is the deal's
    ("根据协议，甲公司将在未来三年内向联合实验室投入3000万元。", [3e7]),
])
def test_fees_per_person_an_events_aim_and_pledges_over_years_are_no_sums(text, kept):
    assert [a.amount for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scope", [
    # a fund's size is the fund's own, whatever the sentence says after it
    ("会上介绍了区域创新基金。该基金总规模为8亿元，重点支持早期项目。", "institution"),
    ("两地共同设立的成果转化基金（规模3亿元）将在论坛上发布首批项目。", "institution"),
    # a fund signed at the event, said before its size, is the event's
    ("此外，现场还签约了2支产业基金，基金规模合计12亿元。", "event"),
    # a park's turnover is the zone's (regional)
    ("论坛在高新区举行。某工业园区去年营业额约人民币1,800亿元，企业以制造业为主。", "regional"),
    ("南科整体2025年营业额达新台币9,500亿元。", "regional"),
    # a place after an acronym names an organisation: its figure is the organisation's
    ("The minister said NIT Silchar's income from consultancy reached ₹40 crore in 2024-25.",
     "institution"),
    # a sentence opening on a deal's terms is about the deal
    ("The two sides signed a licence on Friday. Under the agreement, the company will pay "
     "the lab an upfront fee of $400,000.", "event"),
    # money paid out at the close of the event is the event's
    ("At the close of the festival, six founders received seed grants totalling $90,000.",
     "event"),
    # a survey presented at the meeting is the survey's, not a deal of the meeting
    ("Japanese universities earned $2 billion from licences in 2024, according to a survey "
     "presented at the forum.", "national"),
    ("Canadian firms exported $5 billion of software in 2025, figures released at the summit "
     "show.", "national"),
])
def test_scope_of_fund_sizes_park_turnover_deal_terms_and_payouts(text, scope):
    assert find_amounts(text)[-1].scope == scope


def test_a_breakdown_after_a_count_of_deals_is_no_part_of_an_earlier_sum():
    text = ("部长表示，今年全国科研预算约为900亿元。会上，两国企业共签署8份合作协议。其中，"
            "甲公司与乙大学签署联合研发协议，首期投入约6000万元。")
    assert find_amounts(text)[-1].scope == "event"


@pytest.mark.parametrize("text, kept", [
    # an ambition for a later year is a target, no sum reached
    ("Published 3 March 2026\n\nThe council's ambition is for the scheme to draw in $30 million "
     "of private money by 2032.", []),
    # a plan to invest by a later year is a target
    ("Published 3 March 2026\n\nThe utility plans to invest up to $3 billion in new plants by "
     "2040.", []),
    # a level to be reached in a later year is a plan
    ("2026年5月10日\n\n根据规划，到2030年全市生物医药产业产值将达到800亿元。", []),
    # ... but a deal's money over years stays the deal's
    ("2026年5月10日\n\n双方签署协议，到2028年合作投入将达到5000万元。", [5e7]),
    # an earlier stop of a series told as held, then its figure "at that time"
    ("2026年9月1日\n\n系列活动首站于今年3月在某市举办，当时签约金额为900万元。", []),
    # an earlier round placed in a past year
    ("2026年9月1日\n\n首轮资助计划于2023年推出，资助总额为港币200万元，共支持8个项目。", []),
    # last year's figure as the baseline this year is set against
    ("2026年9月1日\n\n该中心去年签约金额仅300万元，今年大幅成长。", []),
    ("Published 3 March 2026\n\nLast year the total was only $2 million, this year it doubled.",
     []),
])
def test_ambitions_plans_for_later_years_earlier_rounds_and_baselines_are_no_sums(text, kept):
    assert [a.amount for a in find_amounts(text)] == kept


@pytest.mark.parametrize("text, scope", [
    # a fund set up before the event is its owner's standing money
    ("某市此前已设立规模3亿元的成果转化基金。", "institution"),
    ("此前，某集团牵头设立了总规模20亿元的产业基金，目前已投资项目8个。", "institution"),
    ("The city had previously set up a $20 million fund for start-ups.", "institution"),
    # money announced or launched at the event is the event's
    ("某大学在论坛上宣布推出新一轮种子基金，资助总额港币800万元。", "event"),
    ("The agency used the forum to award $2 million in grants to five teams.", "event"),
    # a sentence about each of the grants just counted shares their scope
    ("The agency used the forum to award $2 million in grants to five teams. Each grant is "
     "capped at $600,000.", "event"),
    # a park's investment drawn so far is the area's
    ("某产业园区目前已有逾80家厂商进驻，累计投资金额超过新台币300亿元。", "regional"),
    # 全国 as a reach or a share is not the owner
    ("2025年，某交易所平台全年完成技术交易额86.5亿元，服务覆盖全国20个省份。", "institution"),
    ("南投县茶叶种植面积约占全国八成，年产值约新台币3亿元。", "regional"),
    # a province that exports owns the figure
    ("According to figures shown at the fair, Ontario exported software worth $20 billion in "
     "2025.", "regional"),
])
def test_scope_of_earlier_funds_money_announced_at_the_event_parks_and_places(text, scope):
    assert find_amounts(text)[-1].scope == scope


@pytest.mark.parametrize("text, scope", [
    # a devolved government named by its adjective owns a region's money
    ("The Scottish Government's innovation scheme has a budget of £6 million over three years.",
     "regional"),
    ("The Flemish Government has set aside €4 million a year for the programme.", "regional"),
    # ... but vouchers of that government offered at the event are the event's
    ("At the fair, 12 firms were offered Welsh Government vouchers worth £1 million.", "event"),
    # a national government stays national
    ("The Kenyan government has a budget of $20 million for the programme this year.",
     "national"),
    # the results of a funding call announced at the event: money awarded there
    ("He announced the results of the Regional Innovation call: 9 universities will receive a "
     "total of $4 million in grants.", "event"),
    ("The minister unveiled the winners of this year's seed competition, who share $250,000.",
     "event"),
])
def test_a_devolved_governments_money_is_regional_and_a_calls_results_the_events(text, scope):
    assert find_amounts(text)[-1].scope == scope
