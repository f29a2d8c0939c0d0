"""The queries restructured for speed (the marts, pairs in id order, pages cut on the marts)
answer as plain SQL over the contract tables does, on the fixture and a generated warehouse."""
from __future__ import annotations

import pandas as pd
import pytest

from etl.marts import NETWORK_ROLES, ORGANISER_ROLES
from etl.schema import TABLES
from ui import queries as q
from ui.data import connect, execute, inspect_warehouse
from ui.drill import AmountBar
from ui.filters import Filters
from ui.queries.explorer import _explorer_from as explorer_from


@pytest.mark.parametrize(("f", "limit", "expected"), [
    (Filters(countries=("CHN",)), 60, [
        ["Chengdu Science and Technology Bureau", "Sichuan University", 1],
        ["Fraunhofer-Gesellschaft", "Shenzhen Technology Exchange", 1],
        ["Fraunhofer-Gesellschaft", "Southern University of Science and Technology", 1],
        ["Southern University of Science and Technology", "Shenzhen Technology Exchange", 1]]),
    (Filters(lang="zh", countries=("CHN",)), 2, [
        ["Fraunhofer-Gesellschaft", "南方科技大学", 1],  # Chinese names sort after Latin ones
        ["Fraunhofer-Gesellschaft", "深圳技术交易所", 1]]),
    (Filters(countries=("KEN",)), 60, [
        ["Kenya National Innovation Agency", "World Intellectual Property Organization", 1]]),
    (Filters(countries=("USA",), roles=("participant",)), 60, [
        ["Association of University Technology Managers",
         "Massachusetts Institute of Technology", 1]]),
    (Filters(countries=("FRA",)), 60, []),
])
def test_co_organisation_pairs_keep_the_id_orientation_and_display_names(con, f, limit, expected):
    df = execute(con, q.co_organisation_edges(f, limit))
    assert df[["source", "target", "events"]].values.tolist() == expected


@pytest.mark.parametrize(("query", "expected"), [
    (q.latest_events(Filters(), 3), [("ev05", "news/d05.txt"), ("ev04", "news/d04.txt"),
                                     ("ev03", "news/d03.txt")]),
    (q.latest_events(Filters(countries=("CHN",)), 2), [("ev03", "news/d03.txt"),
                                                       ("ev02", "news/d02.txt")]),
    (q.event_list(Filters(), 3, 3), [("ev02", "news/d02.txt"), ("ev03", "news/d03.txt"),
                                     ("ev04", "news/d04.txt")]),
    (q.event_list(Filters(), 2, 8), [("ev07", "news/d07.txt")]),  # unknown years last
])
def test_event_pages_are_sorted_first_and_joined_to_their_documents(con, query, expected):
    df = execute(con, query)
    assert list(zip(df["event_id"], df["source_path"], strict=True)) == expected


@pytest.mark.parametrize(("limit", "expected"), [
    (1, [("James Porter", "ev04")]),
    (3, [("James Porter", "ev04"), ("Li Wei", "ev04"), ("Zhang Min", "ev03")]),
    (5, [("James Porter", "ev04"), ("Li Wei", "ev04"), ("Zhang Min", "ev03"),
         ("Li Wei", "ev01"), ("Anna Keller", "ev01")]),
])
def test_people_list_cut_inside_an_event_keeps_the_full_order(con, limit, expected):
    df = execute(con, q.people_list(Filters(), limit))
    assert list(zip(df["name"], df["event_id"], strict=True)) == expected


def test_amounts_list_names_the_listed_events_in_the_chosen_language(con):
    df = execute(con, q.amounts_list(Filters(lang="zh"), limit=3))
    assert df[["event_id", "event", "original"]].values.tolist() == [
        ["ev05", "Bavarian Innovation Summit", 1_200_000.0],
        ["ev04", "New England University Licensing Conference", 2_500_000.0],
        ["ev03", "西湖技术交易会", 1_200_000_000.0]]


@pytest.mark.parametrize(("f", "expected"), [
    (Filters(org_types=("university",)), {"events": 6, "countries": 4, "organisations": 9,
                                          "people": 4}),
    (Filters(org_search="zhejiang"), {"events": 1, "countries": 1, "organisations": 2,
                                      "people": 1}),
])
def test_kpis_under_an_organisation_filter(con, f, expected):
    row = execute(con, q.kpis(f)).iloc[0].to_dict()
    assert {k: int(row[k]) for k in expected} == expected


@pytest.mark.parametrize(("f", "expected"), [
    (Filters(countries=("CHN",)), [("government", "organizer", 1), ("intermediary", "host", 1),
                                   ("intermediary", "organizer", 1), ("other", "organizer", 1),
                                   ("research_institute", "partner", 1),
                                   ("university", "host", 2), ("university", "participant", 1)]),
    (Filters(countries=("DEU",)), [("research_institute", "co_organizer", 1),
                                   ("university", "host", 1)]),
])
def test_orgs_by_type_role_counts_each_organisation_once_per_role(con, f, expected):
    df = execute(con, q.orgs_by_type_role(f))
    assert list(map(tuple, df.values.tolist())) == expected


def test_document_search_counts_the_events_of_each_listed_document(con):
    df = execute(con, q.document_search("", ()))
    assert dict(zip(df["doc_id"], df["events"], strict=True)) == {
        "d01": 1, "d02": 1, "d03": 1, "d04": 1, "d05": 1, "d06": 1, "d07": 1, "d08": 1,
        "d09": 1, "d10": 0, "d11": 0}


# The plain formulations on the contract tables (one big join, correlated or DISTINCT over
# everything): on a generated warehouse with many organisations per event, ties, Chinese
# names and unconverted amounts, the builders, which read the serving marts, must return
# exactly their rows.
def _plain(f: Filters) -> dict[str, str]:
    where, _ = q.event_where(f)
    fe = f"WITH fe AS (SELECT e.* FROM events e WHERE {where}) "
    on = "ON o.org_id = eo.org_id"
    cur = "amount_cny" if f.currency == "CNY" else "amount_usd"
    # An amount counts with its event, or without one when its document is a filtered event's,
    # in its own year (reference year, else its event's); a repeat of the same figure of the
    # same event counts once; totals take the amounts known in both currencies.
    from dataclasses import replace
    no_years = replace(f, year_min=None, year_max=None, include_unknown_year=None)
    wy, _ = q.event_where(no_years)
    years = [f"y >= {f.year_min}"] * (f.year_min is not None) + \
        [f"y <= {f.year_max}"] * (f.year_max is not None)
    year_cond = ("(y IS NULL OR (" + " AND ".join(years) + "))" if f.unknown_included()
                 else "(" + " AND ".join(years) + ")") if years else \
        ("TRUE" if f.unknown_included() else "y IS NOT NULL")
    fa = (f", fy AS (SELECT e.* FROM events e WHERE {wy}), ar AS (SELECT a.*, row_number() "
          "OVER (PARTITION BY coalesce(a.event_id, a.doc_id), a.metric, a.scope, a.currency, "
          "a.amount, a.surface ORDER BY a.amount_id) AS rn FROM amounts a), "
          "fa AS (SELECT a.*, coalesce(a.reference_year, e.year, year(a.fx_date)) AS y, "
          "(a.amount_usd IS NOT NULL AND a.amount_cny IS NOT NULL) AS conv "
          "FROM ar a LEFT JOIN events e ON e.event_id = a.event_id WHERE a.scope = 'event' "
          "AND a.rn = 1 AND (a.event_id IN (SELECT event_id FROM fy) OR (a.event_id IS NULL "
          "AND (a.doc_id IN (SELECT doc_id FROM fy)"
          + (" OR TRUE" if not no_years.restricts_events() else "")
          + ")))), fa2 AS (SELECT * FROM fa WHERE " + year_cond + ")")
    ka = ("(SELECT * FROM (SELECT a.*, row_number() OVER (PARTITION BY coalesce(a.event_id, "
          "a.doc_id), a.metric, a.scope, a.currency, a.amount, a.surface ORDER BY a.amount_id) "
          "AS rn FROM amounts a) WHERE rn = 1 AND metric = 'contract_value' AND scope = 'event' "
          "AND event_id IN (SELECT event_id FROM fe))")
    shares = ("m.dimension = 'institution_type' AND m.basis IN ('reported', 'derived') "
              "AND m.share IS NOT NULL")
    return {
        "kpis": fe + "SELECT (SELECT count(*) FROM fe) AS events, (SELECT count(DISTINCT "
        "country_code) FROM fe) AS countries, (SELECT count(DISTINCT org_id) FROM "
        "event_organizations WHERE event_id IN (SELECT event_id FROM fe)) AS organisations, "
        "(SELECT count(DISTINCT person_id) FROM event_people WHERE event_id IN (SELECT event_id "
        "FROM fe)) AS people, (SELECT sum(attendance) FROM fe) AS attendance, "
        f"(SELECT sum({cur}) FROM {ka} WHERE amount_usd IS NOT NULL AND amount_cny IS NOT "
        "NULL) AS contract_value, "
        f"(SELECT count(*) FROM {ka} WHERE amount_usd IS NULL OR amount_cny IS NULL) "
        "AS contract_unconverted",
        "events_by_year_type": fe + "SELECT year, event_type, count(*) AS events FROM fe "
        "GROUP BY ALL ORDER BY year NULLS LAST, event_type",
        "events_by_month": fe + "SELECT strftime(start_date, '%Y-%m') AS month, count(*) AS "
        "events FROM fe WHERE start_date IS NOT NULL AND date_precision IN ('day', 'month') "
        "GROUP BY 1 ORDER BY 1",
        "events_by_city": fe + "SELECT city, province_code, country_code, count(*) AS events "
        "FROM fe WHERE city IS NOT NULL GROUP BY ALL ORDER BY events DESC, 1, 2, 3",
        "event_list": fe + f"SELECT e.event_id, {q.event_name(f.lang)} AS name, d.source_path, d.title FROM fe e "
        "LEFT JOIN documents d USING (doc_id) ORDER BY e.year NULLS LAST, e.start_date NULLS "
        "LAST, e.event_id LIMIT 50",
        "latest_events": fe + "SELECT e.event_id, e.start_date FROM fe e ORDER BY e.year "
        "DESC NULLS LAST, e.start_date DESC NULLS LAST, e.event_id LIMIT 10",
        # The network among the `among` (here 20) organisations with the most events.
        "co_organisation_edges": fe + ", eo AS (SELECT DISTINCT event_id, org_id FROM "
        f"event_organizations WHERE role IN {NETWORK_ROLES} AND event_id IN (SELECT event_id "
        "FROM fe)), act AS (SELECT org_id FROM eo GROUP BY org_id ORDER BY count(*) DESC, "
        "org_id LIMIT 20), e2 AS (SELECT * FROM eo WHERE org_id IN (SELECT org_id FROM act)) "
        f"SELECT {q.org_name(f.lang, 'oa')} AS source, {q.org_name(f.lang, 'ob')} AS target, "
        "oa.org_type AS source_type, ob.org_type AS target_type, count(*) AS events FROM e2 a "
        "JOIN e2 b ON a.event_id = b.event_id AND a.org_id < b.org_id JOIN organizations oa ON "
        "oa.org_id = a.org_id JOIN organizations ob ON ob.org_id = b.org_id GROUP BY ALL "
        "ORDER BY events DESC, source, target LIMIT 60",
        "top_organisers": fe + f"SELECT o.org_id, {q.org_name(f.lang)} AS name, o.org_type, "
        "o.country_code, count(DISTINCT eo.event_id) AS events FROM event_organizations eo "
        f"JOIN organizations o {on} WHERE eo.event_id IN (SELECT event_id FROM fe) AND eo.role "
        f"IN {ORGANISER_ROLES} GROUP BY ALL ORDER BY events DESC, name, o.org_id LIMIT 15",
        "orgs_by_type_role": fe + "SELECT o.org_type, eo.role, count(DISTINCT o.org_id) AS "
        f"organisations FROM event_organizations eo JOIN organizations o {on} WHERE "
        "eo.event_id IN (SELECT event_id FROM fe) GROUP BY ALL ORDER BY ALL",
        "org_origin": fe + "SELECT eo.role, CASE WHEN o.country_code IS NULL OR e.country_code "
        "IS NULL THEN 'unknown' WHEN o.country_code = e.country_code THEN 'domestic' ELSE "
        "'foreign' END AS origin, count(DISTINCT o.org_id) AS organisations "
        "FROM event_organizations eo "
        f"JOIN organizations o {on} JOIN fe e ON e.event_id = eo.event_id GROUP BY ALL "
        "ORDER BY ALL",
        "participation_scope": fe + ", places AS (SELECT m.event_id, m.category AS cc FROM "
        "participant_mix m WHERE m.dimension = 'country' UNION ALL SELECT eo.event_id, "
        f"o.country_code FROM event_organizations eo JOIN organizations o {on} "
        "WHERE o.country_code IS NOT NULL), per_event AS (SELECT fe.event_id, CASE WHEN "
        "fe.country_code IS NULL OR count(p.cc) = 0 THEN 'unknown' WHEN bool_or(p.cc <> "
        "fe.country_code) THEN 'international' ELSE 'domestic' END AS participation FROM fe "
        "LEFT JOIN places p USING (event_id) GROUP BY fe.event_id, fe.country_code) "
        "SELECT participation, count(*) AS events FROM per_event GROUP BY 1 ORDER BY 1",
        "people_list": fe + "SELECT p.name, p.title, ep.role, e.event_id, ep.evidence FROM "
        "event_people ep JOIN people p USING (person_id) JOIN fe e USING (event_id) ORDER BY "
        "e.year DESC NULLS LAST, e.event_id, ep.role, p.name, p.person_id LIMIT 40",
        "speakers_by_type_country": fe + "SELECT coalesce(o.org_type, 'unknown') AS org_type, "
        "coalesce(o.country_code, 'unknown') AS country_code, count(DISTINCT ep.person_id) AS "
        "speakers FROM event_people ep JOIN people p USING (person_id) LEFT JOIN organizations "
        "o ON o.org_id = p.org_id WHERE ep.role = 'speaker' AND ep.event_id IN (SELECT event_id "
        "FROM fe) GROUP BY ALL ORDER BY speakers DESC, org_type, country_code",
        "mix_per_event": fe + f", ev AS (SELECT m.event_id FROM participant_mix m JOIN fe e "
        f"USING (event_id) WHERE {shares} GROUP BY m.event_id ORDER BY any_value(e.year) DESC "
        "NULLS LAST, m.event_id LIMIT 40) SELECT m.event_id, e.year, m.category, m.share, "
        "m.basis, m.evidence FROM participant_mix m JOIN ev USING (event_id) JOIN fe e USING "
        f"(event_id) WHERE {shares} ORDER BY e.year NULLS LAST, m.event_id, m.category",
        "mix_per_year": fe + ", m AS (SELECT m.event_id, m.category, m.share, m.basis, e.year "
        f"FROM participant_mix m JOIN fe e USING (event_id) WHERE {shares}) SELECT m.year, "
        "m.category, sum(m.share) / (SELECT count(DISTINCT event_id) FROM m m2 WHERE m2.year IS "
        "NOT DISTINCT FROM m.year) AS share, (SELECT count(DISTINCT event_id) FROM m m2 WHERE "
        "m2.year IS NOT DISTINCT FROM m.year) AS events, string_agg(DISTINCT m.basis, '+' "
        "ORDER BY m.basis) AS basis FROM m GROUP BY m.year, m.category ORDER BY m.year "
        "NULLS LAST, m.category",
        # the events behind the 2020 bar of mix_per_year
        "mix_year_events": fe + f", ev AS (SELECT m.event_id FROM participant_mix m JOIN fe e "
        f"USING (event_id) WHERE {shares} AND e.year = 2020 GROUP BY m.event_id ORDER BY "
        "m.event_id LIMIT 500) SELECT m.event_id, e.year, m.category, m.share, m.basis, "
        "m.evidence FROM participant_mix m JOIN ev USING (event_id) JOIN fe e USING "
        f"(event_id) WHERE {shares} ORDER BY m.event_id, m.category",
        "mix_by_basis": fe + "SELECT m.dimension, m.category, m.basis, count(DISTINCT "
        "m.event_id) AS events, sum(m.count) AS participants FROM participant_mix m WHERE "
        "m.dimension = 'institution_type' AND m.event_id IN (SELECT event_id FROM fe) "
        "GROUP BY ALL ORDER BY events DESC, m.dimension, m.category, m.basis",
        "amounts_by_year": fe + fa + f" SELECT y AS year, metric, scope, sum({cur}) FILTER "
        "(WHERE conv) AS total, count(*) AS amounts, count(*) FILTER (WHERE NOT conv) AS "
        "unconverted FROM fa2 GROUP BY ALL ORDER BY year NULLS LAST, metric, scope",
        # the amounts behind the 2020 contract-value bar of amounts_by_year
        "amounts_in_bar": fe + fa + f" SELECT amount_id, y AS year, CASE WHEN conv THEN {cur} "
        "END AS converted, surface, evidence FROM fa2 WHERE metric = 'contract_value' AND "
        "y = 2020 ORDER BY converted DESC NULLS LAST, amount_id LIMIT 100",
        "amounts_list": fe + fa + f" SELECT amount_id, y AS year, CASE WHEN conv THEN {cur} END "
        "AS converted, surface, evidence FROM fa2 ORDER BY year DESC NULLS LAST, converted DESC "
        "NULLS LAST, amount_id LIMIT 100",
    }


def _fast(f: Filters) -> dict[str, q.Query]:
    return {"kpis": q.kpis(f), "events_by_year_type": q.events_by_year_type(f),
            "events_by_month": q.events_by_month(f), "events_by_city": q.events_by_city(f),
            "event_list": q.event_list(f, limit=50), "latest_events": q.latest_events(f, 10),
            "co_organisation_edges": q.co_organisation_edges(f, among=20),
            "top_organisers": q.top_organisers(f), "orgs_by_type_role": q.orgs_by_type_role(f),
            "org_origin": q.org_origin(f), "participation_scope": q.participation_scope(f),
            "people_list": q.people_list(f, 40),
            "speakers_by_type_country": q.speakers_by_type_country(f),
            "mix_per_event": q.mix_per_event(f), "mix_per_year": q.mix_per_year(f),
            "mix_by_basis": q.mix_by_basis(f),
            "mix_year_events": q.mix_year_events(f, 2020),
            "amounts_in_bar": q.amounts_in_bar(f, AmountBar(2020, "contract_value", "event"),
                                               limit=100),
            "amounts_by_year": q.amounts_by_year(f), "amounts_list": q.amounts_list(f, limit=100)}


# Columns compared where the builder returns more (display names, FX details).
_COMPARED = {
    "event_list": ["event_id", "name", "source_path", "source_title"],
    "latest_events": ["event_id", "start_date"],
    "people_list": ["name", "title", "role", "event_id", "evidence"],
    "mix_per_event": ["event_id", "year", "category", "share", "basis", "evidence"],
    "mix_year_events": ["event_id", "year", "category", "share", "basis", "evidence"],
    "amounts_in_bar": ["year", "converted", "surface", "evidence"],
    "mix_per_year": ["year", "category", "share", "events", "basis"],
    "amounts_by_year": ["year", "metric", "scope", "total", "amounts", "unconverted"],
    "amounts_list": ["year", "converted", "surface", "evidence"],
    "events_by_city": ["city", "province_code", "country_code", "events"],
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):
    """A generated warehouse with its own marts (as the ETL writes them)."""
    from synthetic.warehouse import write_warehouse as synthetic
    root = tmp_path_factory.mktemp("generated") / "wh"
    synthetic(root, 2000, 11)
    connection, broken = connect(inspect_warehouse(root))
    assert broken == ()
    return connection


def _normal(df, name: str) -> list:
    if name == "top_organisers":  # ties on (events, name) have no defined order in either
        df = df.sort_values(["events", "name", "org_id"], ascending=[False, True, True])
    df = df[_COMPARED.get(name, list(df.columns))]
    if name == "event_list":
        df = df.rename(columns={"source_title": "title"})
    return [[_cell(v) for v in row] for row in df.astype(object).values.tolist()]


def _cell(v):
    if hasattr(v, "tolist") and not isinstance(v, str):  # a list column's array
        return [_cell(x) for x in v.tolist()]
    if isinstance(v, list):
        return [_cell(x) for x in v]
    if pd.isna(v):
        return None
    if isinstance(v, float):  # sums may differ in the last digit with a parallel sum's order
        return f"{v:.9g}"
    return str(v) if hasattr(v, "isoformat") else v


_FILTERS = [
    Filters(), Filters(year_min=2015, year_max=2025, countries=("CHN",)),
    Filters(date_from="2018-03-01", date_to="2022-06-30", org_types=("university",)),
    Filters(org_types=("university",), lang="zh", currency="CNY"),
    Filters(include_unknown_year=False, regions=("Europe", "Americas")),
    Filters(roles=("host",), event_types=("forum", "fair")),
    Filters(org_search="university", provinces=("CN-GD", "CN-BJ", "CN-SH")),
]


@pytest.mark.parametrize("f", _FILTERS)
@pytest.mark.parametrize("name", sorted(_fast(Filters())))
def test_builders_on_the_marts_return_the_rows_of_plain_queries_on_the_tables(
        generated, name, f):
    fast = execute(generated, _fast(f)[name])
    params = {k: v for k, v in q.event_where(f)[1].items()}
    plain = generated.execute(_plain(f)[name], params or None).df()
    assert len(fast) == len(plain)
    # one bar's amounts are few: under the narrowest filters there are none
    assert len(plain) > 0 or name in ("co_organisation_edges", "mix_per_event") or (
        name == "amounts_in_bar" and f == _FILTERS[-1])
    assert _normal(fast, name) == _normal(plain.rename(columns={"title": "source_title"})
                                          if name == "event_list" else plain, name)


@pytest.mark.parametrize("f", _FILTERS)
def test_explorer_counts_on_the_marts_equal_the_rows_the_explorer_lists(generated, f):
    counts = execute(generated, q.explorer_counts(f)).iloc[0].to_dict()
    for table in TABLES:
        listed = execute(generated, q.explorer_rows(table, f, limit=10**7, columns=(
            TABLES[table].key[0],)))
        assert counts[table] == len(listed), table
        assert int(execute(generated, q.explorer_count(table, f))["n"].iloc[0]) == len(listed)


@pytest.mark.parametrize("f", _FILTERS)
@pytest.mark.parametrize("table", ["events", "event_organizations", "event_people",
                                   "participant_mix"])
def test_explorer_pages_found_on_the_marts_are_the_pages_of_the_table(generated, table, f):
    key = TABLES[table].key
    for descending in (False, True):
        fast = execute(generated, q.explorer_rows(table, f, key[0], descending, 50, 30))
        sql, params = explorer_from(table, f)
        order = ", ".join([f'"{key[0]}" {"DESC" if descending else "ASC"} NULLS LAST',
                           *(f'"{k}"' for k in key)])
        plain = generated.execute(sql.format(cols="t.*") + f" ORDER BY {order} LIMIT 50 "
                                  "OFFSET 30", params or None).df()
        assert len(fast) == len(plain) > 0
        assert _normal(fast, table) == _normal(plain[list(fast.columns)], table)


def test_the_network_is_every_pair_when_fewer_organisations_than_the_cut(generated):
    """The generated warehouse has 100 organisations: with the default cut (200) the network
    is the exact top of all pairs, and a cut of 20 draws only ties among those 20."""
    full = execute(generated, q.co_organisation_edges(Filters(), limit=30))
    exact = generated.execute(_plain(Filters())["co_organisation_edges"].replace(
        "LIMIT 20", "LIMIT 100000").replace("LIMIT 60", "LIMIT 30")).df()
    assert full.values.tolist() == exact.values.tolist()
    cut = execute(generated, q.co_organisation_edges(Filters(), limit=30, among=20))
    assert len(set(cut["source"]) | set(cut["target"])) <= 20
    assert full.values.tolist() != cut.values.tolist()


@pytest.mark.parametrize(("text", "expected"), [
    ("_copy", ["d11"]),  # an underscore is a character, not a one-character wildcard
    ("d01_", ["d11"]),
    ("d0_", []),
    ("d01%", []),
    ("\\", []),
    ("Licensing Professional", ["d04"]),  # case-insensitive without the escape form too
    ("西湖", []),
])
def test_document_search_takes_like_wildcards_literally(con, text, expected):
    assert sorted(execute(con, q.document_search(text, ()))["doc_id"]) == expected


def test_the_warm_up_runs_every_page_default_query(con):
    from ui.warm import default_queries, first_page_queries

    assert set(map(repr, first_page_queries(Filters()))) <= set(map(repr,
                                                                  default_queries(Filters())))
    for lang in ("en", "zh"):
        for query in default_queries(Filters(lang=lang)):
            execute(con, query)  # raises on a query that does not run
