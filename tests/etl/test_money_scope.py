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
