"""SQL builders run on DuckDB over the fixture warehouse (no Streamlit involved)."""
from __future__ import annotations

import pytest

from ui import queries as q
from ui.data import connect, execute, inspect_warehouse
from ui.drill import AmountBar
from ui.filters import Filters


def ids(con, f: Filters) -> list[str]:
    return sorted(execute(con, q.event_list(f))["event_id"])


@pytest.mark.parametrize(("f", "expected"), [
    (Filters(), ["ev01", "ev02", "ev03", "ev04", "ev05", "ev06", "ev07", "ev08", "ev09"]),
    # narrowed years leave out the undated events unless they are asked for
    (Filters(year_min=2021, year_max=2021), ["ev02", "ev03"]),
    (Filters(year_min=2021, year_max=2021, include_unknown_year=True),
     ["ev02", "ev03", "ev06", "ev07"]),
    (Filters(year_min=2021, year_max=2021, include_unknown_year=False), ["ev02", "ev03"]),
    (Filters(include_unknown_year=False),
     ["ev01", "ev02", "ev03", "ev04", "ev05", "ev08", "ev09"]),
    (Filters(year_min=2022, include_unknown_year=False), ["ev04", "ev05"]),
    (Filters(regions=("Asia",)), ["ev01", "ev02", "ev03", "ev07", "ev08"]),
    (Filters(countries=("CHN", "KEN")), ["ev01", "ev02", "ev03", "ev06", "ev07"]),
    (Filters(provinces=("CN-SC", "CN-BJ")), ["ev02", "ev07"]),
    (Filters(event_types=("training",)), ["ev02", "ev06"]),
    (Filters(org_types=("research_institute",)), ["ev01", "ev05"]),
    (Filters(roles=("signatory",)), ["ev08"]),
    (Filters(org_types=("university",), roles=("participant",)), ["ev03", "ev04"]),
    (Filters(org_search="fraunhofer"), ["ev01", "ev05"]),
    (Filters(org_search="四川大学"), ["ev02", "ev03"]),
    (Filters(org_search="mit"), ["ev04", "ev08"]),  # acronym, exact
    (Filters(org_search="50%_'; DROP TABLE events; --"), []),  # bound, never SQL
    (Filters(countries=("CHN",), event_types=("fair",)), ["ev03"]),
    # a date range keeps the events whose start date is known and inside it
    (Filters(date_from="2021-04-01", date_to="2021-09-30"), ["ev02", "ev03"]),
    (Filters(date_from="2022-01-01"), ["ev04", "ev05"]),
])
def test_filters_select_the_events_the_tables_say(con, f, expected):
    assert ids(con, f) == expected


@pytest.mark.parametrize(("f", "expected"), [
    (Filters(), {"events": 9, "countries": 6, "organisations": 12, "people": 5,
                 "attendance": 1930, "contract_value": 187_819_000}),
    (Filters(currency="CNY"), {"events": 9, "contract_value": 1_214_360_000}),
    (Filters(countries=("CHN",)), {"events": 4, "countries": 1, "organisations": 7,
                                   "people": 3, "attendance": 420,
                                   "contract_value": 185_800_000 + 723_000}),
    (Filters(regions=("Africa",)), {"events": 1, "attendance": 60, "contract_value": None}),
])
def test_kpis_count_the_filtered_events(con, f, expected):
    row = execute(con, q.kpis(f)).iloc[0].to_dict()
    got = {k: (None if row[k] != row[k] or row[k] is None else int(row[k])) for k in expected}
    assert got == expected


def test_unknown_year_is_its_own_bucket_not_dropped(con):
    df = execute(con, q.events_by_year_type(Filters()))
    unknown = df[df["year"].isna()]
    assert sorted(unknown["event_type"]) == ["meeting", "training"]
    assert int(df["events"].sum()) == 9


def test_months_only_where_the_date_gives_one(con):
    df = execute(con, q.events_by_month(Filters()))
    assert list(df["month"]) == ["2018-03", "2019-11", "2020-07", "2021-04", "2021-09",
                                 "2022-10", "2023-06"]


def test_amounts_keep_event_deals_apart_from_statistics_by_default(con):
    deals = execute(con, q.amounts_list(Filters()))
    assert sorted(deals["scope"].unique()) == ["event"]
    every = execute(con, q.amounts_list(Filters(), include_stats=True))
    assert sorted(every["scope"].unique()) == ["event", "institution", "national"]


@pytest.mark.parametrize(("currency", "year", "metric", "total"), [
    ("USD", 2021, "contract_value", 723_000 + 185_800_000),
    ("CNY", 2021, "contract_value", 1_205_000_000),
    ("USD", 2023, "contract_value", 1_296_000),
])
def test_amounts_by_year_sum_in_the_chosen_currency(con, currency, year, metric, total):
    df = execute(con, q.amounts_by_year(Filters(currency=currency)))
    row = df[(df["year"] == year) & (df["metric"] == metric)]
    assert float(row["total"].iloc[0]) == pytest.approx(total)


def test_unconverted_amounts_are_counted_not_summed(con):
    df = execute(con, q.amounts_by_year(Filters(regions=("Africa",))))
    assert df[["amounts", "unconverted"]].values.tolist() == [[1, 1]]


def test_a_repeated_figure_of_one_event_counts_once(con):
    df = execute(con, q.amounts_by_year(Filters(countries=("CHN",))))
    fair = df[(df["year"] == 2021) & (df["metric"] == "contract_value")]
    assert fair[["amounts", "total"]].values.tolist() == [[2, pytest.approx(186_523_000)]]
    cov = execute(con, q.amounts_coverage(Filters(countries=("CHN",)))).iloc[0]
    assert int(cov["repeats"]) == 1
    listed = execute(con, q.amounts_list(Filters(countries=("CHN",))))
    assert list(listed["surface"]).count("约12亿元") == 1


@pytest.mark.parametrize("currency", ["USD", "CNY"])
def test_usd_and_cny_totals_cover_the_same_amounts(con, currency):
    # a9 has a dollar value but no CNY one (no year to take a rate from): in neither total
    row = execute(con, q.kpis(Filters(currency=currency, regions=("Asia",)))).iloc[0]
    expected = {"USD": 723_000 + 185_800_000, "CNY": 5_000_000 + 1_200_000_000}[currency]
    assert float(row["contract_value"]) == pytest.approx(expected)
    assert int(row["contract_unconverted"]) == 1


def test_every_total_says_what_it_leaves_out_and_why(con):
    cov = execute(con, q.amounts_coverage(Filters())).iloc[0].to_dict()
    # a7 (KES, undated event) and a9 (USD, undated event): no year; a10 (XAF, 2018): no rate
    assert {k: int(cov[k]) for k in ("counted", "no_year", "no_rate", "repeats")} == {
        "counted": 4, "no_year": 2, "no_rate": 1, "repeats": 1}
    assert cov["unconverted_currencies"] == "KES, USD, XAF"


def test_an_amount_counts_in_its_own_year_under_the_year_filter(con):
    # a6: ev05 is a 2023 event, its funding figure is about 2022
    f = Filters(year_min=2022, year_max=2022)
    df = execute(con, q.amounts_by_year(f, include_stats=True))
    assert sorted(zip(df["year"], df["metric"], strict=True)) == [
        (2022, "funding"), (2022, "investment")]


def test_metrics_can_be_asked_for_one_by_one(con):
    df = execute(con, q.amounts_by_year(Filters(), metrics=("contract_value",)))
    assert set(df["metric"]) == {"contract_value"}
    found = execute(con, q.amount_metrics(Filters()))
    assert list(found["metric"])[0] == "contract_value"


def test_previous_period_has_the_same_length_just_before():
    before = q.previous_period(Filters(year_min=2021, year_max=2022, countries=("CHN",)))
    assert (before.year_min, before.year_max, before.countries) == (2019, 2020, ("CHN",))
    assert before.unknown_included() is False
    assert q.previous_period(Filters()) is None


def test_undated_events_are_counted_apart_whatever_the_years(con):
    n = execute(con, q.unknown_year_count(Filters(year_min=2019, year_max=2020)))["n"][0]
    assert n == 2


def test_quarters_and_months_where_the_date_gives_them(con):
    df = execute(con, q.events_by_period(Filters(), "quarter"))
    assert dict(zip(df["period"], df["events"], strict=True)) == {
        "2018-Q1": 1, "2019-Q4": 1, "2020-Q3": 1, "2021-Q2": 1, "2021-Q3": 1, "2022-Q4": 1,
        "2023-Q2": 1}


def test_original_amount_and_fx_basis_sit_beside_the_converted_one(con):
    df = execute(con, q.amounts_list(Filters(countries=("DEU",))))
    assert df[["original", "currency", "converted", "fx_basis"]].values.tolist() == [
        [1_200_000.0, "EUR", 1_296_000.0, "ecb_daily"]]


def test_participation_marks_events_with_foreign_participants_international(con):
    df = execute(con, q.participation_scope(Filters()))
    assert dict(zip(df["participation"], df["events"], strict=True)) == {
        "domestic": 4, "international": 3, "unknown": 2}


def test_co_organisation_edges_pair_organisers_of_the_same_event(con):
    df = execute(con, q.co_organisation_edges(Filters(countries=("DEU",))))
    assert df[["source", "target", "events"]].values.tolist() == [
        ["Fraunhofer-Gesellschaft", "Ludwig Maximilian University of Munich", 1]]


def test_chinese_names_are_used_where_the_warehouse_has_them(con):
    df = execute(con, q.top_organisers(Filters(lang="zh", countries=("CHN",))))
    assert "南方科技大学" in set(df["name"])
    assert "Regional Innovation Partners" in set(df["name"])  # no Chinese name: English


def test_mix_per_year_averages_reported_and_derived_shares(con):
    df = execute(con, q.mix_per_year(Filters()))
    y2021 = df[df["year"] == 2021].set_index("category")["share"].to_dict()
    assert y2021 == {"enterprise": 0.5, "university": 0.5}  # listed rows carry no share


def test_the_events_behind_a_mix_year_bar_are_the_ones_it_averages(con):
    df = execute(con, q.mix_year_events(Filters(), 2023))
    assert df[["event_id", "category", "share", "basis"]].values.tolist() == [
        ["ev05", "enterprise", 0.6, "reported"], ["ev05", "university", 0.4, "reported"]]
    # 2021: ev02's derived shares; ev03 lists types without shares, so is not behind the bar
    df = execute(con, q.mix_year_events(Filters(lang="zh"), 2021))
    assert sorted(set(df["event_id"])) == ["ev02"]
    assert execute(con, q.mix_year_events(Filters(), None)).empty  # no undated event has shares
    assert execute(con, q.mix_year_events(Filters(countries=("DEU",)), 2019)).empty


def test_the_amounts_behind_a_contract_value_bar_make_its_total(con):
    bar = AmountBar(2021, "contract_value", "event")
    df = execute(con, q.amounts_in_bar(Filters(), bar))
    # the repeat a8 is the same figure as a2: listed and counted once
    assert df[["event_id", "surface", "converted", "original", "currency"]].values.tolist() == [
        ["ev03", "约12亿元", 185_800_000.0, 1_200_000_000.0, "CNY"],
        ["ev02", "500万元", 723_000.0, 5_000_000.0, "CNY"]]
    total = execute(con, q.amounts_by_year(Filters())).query(
        "year == 2021 and metric == 'contract_value'")["total"].iloc[0]
    assert df["converted"].sum() == pytest.approx(total)
    cny = execute(con, q.amounts_in_bar(Filters(currency="CNY"), bar))
    assert list(cny["converted"]) == [1_200_000_000.0, 5_000_000.0]
    # an amount left out of the total (no rate) is listed behind its bar, blank
    xaf = execute(con, q.amounts_in_bar(Filters(), AmountBar(2018, "investment", "event")))
    assert xaf[["surface", "converted"]].astype(object).where(xaf.notna(), None) \
        .values.tolist() == [["1 billion CFA francs", None]]
    # statistics are behind a bar only when they are shown
    funding = AmountBar(2022, "funding", "institution")
    assert execute(con, q.amounts_in_bar(Filters(), funding)).empty
    assert list(execute(con, q.amounts_in_bar(Filters(), funding, include_stats=True))
                ["surface"]) == ["€40 million"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", [("ev03", "West Lake Technology Fair"), ("o_fhg", "Fraunhofer-Gesellschaft"),
            ("o_scu", "Sichuan University")]),
    ("zh", [("ev03", "西湖技术交易会"), ("o_fhg", "Fraunhofer-Gesellschaft"),
            ("o_scu", "四川大学")]),
])
def test_rows_a_correction_changed_are_named_in_the_interface_language(con, lang, expected):
    df = execute(con, q.rows_named(["o_scu", "ev03", "o_fhg", "gone"], lang))
    assert list(df.itertuples(index=False, name=None)) == expected


def test_mix_by_basis_shows_listed_and_speaker_rows_apart(con):
    df = execute(con, q.mix_by_basis(Filters(), ("country",)))
    assert sorted(map(tuple, df[["category", "basis", "events"]].values.tolist())) == [
        ("CHN", "listed", 1), ("CHN", "speakers", 1), ("DEU", "listed", 1),
        ("USA", "speakers", 1)]


@pytest.mark.parametrize(("table", "f", "n"), [
    ("events", Filters(), 9), ("documents", Filters(), 11), ("amounts", Filters(), 10),
    ("organizations", Filters(), 12), ("people", Filters(), 5),
    ("events", Filters(countries=("CHN",)), 4),
    ("documents", Filters(countries=("CHN",)), 4),
    ("event_organizations", Filters(countries=("CHN",)), 8),
    ("organizations", Filters(countries=("CHN",)), 7),
    ("people", Filters(countries=("CHN",)), 3),
    ("participant_mix", Filters(countries=("CHN",)), 11),
    ("amounts", Filters(countries=("CHN",)), 5),  # incl. the national figure of its article
    ("event_people", Filters(countries=("USA",)), 2),
])
def test_explorer_restricts_every_table_to_the_filtered_events(con, table, f, n):
    assert int(execute(con, q.explorer_count(table, f))["n"].iloc[0]) == n
    assert len(execute(con, q.explorer_rows(table, f, limit=100))) == n


def test_explorer_sorts_server_side_and_pages(con):
    page1 = execute(con, q.explorer_rows("events", Filters(), "attendance", True, 3, 0))
    page2 = execute(con, q.explorer_rows("events", Filters(), "attendance", True, 3, 3))
    assert list(page1["event_id"]) == ["ev05", "ev04", "ev01"]
    assert list(page2["event_id"]) == ["ev09", "ev02", "ev06"]


def test_explorer_ignores_a_sort_column_that_is_not_in_the_table(con):
    df = execute(con, q.explorer_rows("events", Filters(), "1; DROP TABLE events", limit=2))
    assert list(df["event_id"]) == ["ev01", "ev02"]


def test_explorer_refuses_unknown_tables():
    with pytest.raises(ValueError):
        q.explorer_rows("pg_catalog", Filters())


@pytest.mark.parametrize(("text", "status", "expected"), [
    ("licensing", (), ["d01", "d04", "d11"]),
    ("签约", (), ["d02"]),
    ("", ("quarantined",), ["d10"]),
    ("NAIROBI", (), ["d06"]),  # case-insensitive
    ("%", (), []),  # not a wildcard
])
def test_document_search_looks_in_text_title_and_path(con, text, status, expected):
    assert sorted(execute(con, q.document_search(text, status))["doc_id"]) == expected


def test_document_facts_list_each_fact_with_its_evidence(con):
    df = execute(con, q.document_facts("d02"))
    assert sorted(df["fact"]) == ["amount: contract_value", "event", "mix: institution_type",
                                  "mix: institution_type", "organisation: host",
                                  "organisation: organizer"]
    assert df["evidence"].notna().all()


def test_data_quality_counts(con):
    row = execute(con, q.data_quality()).iloc[0].to_dict()
    assert row == {"unknown_year": 2, "unresolved_country": 0, "unresolved_city": 0,
                   "unresolved_org": 2, "curated": 0, "quarantined": 1}


def test_event_detail_queries_return_everything_about_one_event(con):
    assert execute(con, q.event_detail("ev05"))["name"].tolist() == ["Bavarian Innovation Summit"]
    assert execute(con, q.event_organisations("ev05"))["role"].tolist() == ["co_organizer",
                                                                           "host"]
    assert execute(con, q.event_amounts("ev05"))["scope"].tolist() == ["event", "institution"]
    assert execute(con, q.event_mix("ev05"))["share"].tolist() == [0.6, 0.4]
    assert execute(con, q.event_people("ev04"))["name"].tolist() == ["James Porter", "Li Wei"]


def test_missing_tables_and_columns_read_as_empty_and_null(partial_wh):
    wh = inspect_warehouse(partial_wh)
    assert wh.status == "partial" and wh.missing == ("participant_mix", "amounts")
    connection, broken = connect(wh)
    assert broken == ("participant_mix", "amounts")
    assert execute(connection, q.mix_per_year(Filters())).empty
    assert int(execute(connection, q.kpis(Filters()))["events"].iloc[0]) == 9


@pytest.mark.parametrize(("fixture", "status"), [
    ("sample_wh", "ok"), ("empty_wh", "ok"), ("partial_wh", "partial"), ("missing_wh", "missing"),
])
def test_inspect_warehouse_reports_what_is_there(request, fixture, status):
    assert inspect_warehouse(request.getfixturevalue(fixture)).status == status


def test_warehouse_version_comes_from_the_manifest(sample_wh):
    assert inspect_warehouse(sample_wh).version == "fixture12345"


def test_token_changes_when_the_manifest_changes(tmp_path):
    from tests.dashboard.warehouse_fixture import write_warehouse
    root = write_warehouse(tmp_path / "wh")
    before = inspect_warehouse(root).token
    (root / "manifest.json").write_text('{"warehouse_version": "next"}')
    after = inspect_warehouse(root)
    assert after.token != before and after.version == "next"


def test_queries_run_with_the_connections_settings(con):
    """`execute` runs each query on a cursor, a connection of its own: the settings made when
    the warehouse is opened (the directly indexed group-by up to 2^18 organisations or people,
    the Parquet footer cache) must hold there too, not only on the connection itself."""
    got = execute(con, q.Query("SELECT current_setting('perfect_ht_threshold') AS ht, "
                               "current_setting('parquet_metadata_cache') AS footers"))
    assert got.iloc[0].tolist() == [18, True]
