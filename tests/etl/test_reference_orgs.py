"""The organisations table (data/reference/organizations.csv) is well-formed and unambiguous:
every row has a SPEC org_type, valid ISO codes and a source; no name, Chinese name, alias or
acronym of one row is also another row's (after the lookup's normalisation); and each name
written alone is recognised as its own row, not as a shorter name of another row inside it."""
from __future__ import annotations

import csv

import pycountry
import pytest

from etl import schema
from etl.extract.org_reference import lookup_org, name_key
from etl.extract.orgnames import find_org_spans
from etl.extract.text import View, has_cjk
from etl.gazetteer import Place
from etl.places.lookup import city_in, lookup_city
from etl.reference import read_csv, reference_dir

COLUMNS = ["name", "name_zh", "acronym", "aliases", "org_type", "country_code", "city",
           "province_code", "source"]
ROWS = read_csv("organizations.csv")
# Hong Kong, Macau and Taiwan are countries of their own (data/reference/README.md).
COUNTRIES = {c.alpha_3: c.alpha_2 for c in pycountry.countries}


def _names(row: dict[str, str]) -> list[str]:
    return [n for n in (row["name"], row["name_zh"], *row["aliases"].split("|")) if n.strip()]


def test_every_line_has_every_column():
    lines = [ln for ln in (reference_dir() / "organizations.csv").read_text(
        encoding="utf-8").splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    rows = list(csv.reader(lines))
    assert rows[0] == COLUMNS
    assert [r for r in rows[1:] if len(r) != len(COLUMNS)] == []


def test_every_row_has_a_spec_type_and_a_source():
    assert [r["name"] for r in ROWS if r["org_type"] not in schema.ORG_TYPES] == []
    assert [r["name"] for r in ROWS if not r["source"]] == []
    assert [r["name"] for r in ROWS if not r["name"]] == []


def test_country_and_province_codes_are_iso():
    assert [(r["name"], r["country_code"]) for r in ROWS
            if r["country_code"] and r["country_code"] not in COUNTRIES] == []
    bad_province = []
    for r in ROWS:
        code = r["province_code"]
        if not code:
            continue
        sub = pycountry.subdivisions.get(code=code)
        if sub is None or COUNTRIES.get(r["country_code"]) != sub.country_code:
            bad_province.append((r["name"], r["country_code"], code))
    assert bad_province == []


def _gazetteer_place(city: str, province: str, country: str) -> Place | None:
    areas = ([Place(None, province, country)] if province else []) + [Place(None, None, country)]
    for area in areas:
        place = city_in(city, area)
        if place is not None:
            return place
    place = lookup_city(city)            # alias table ("Ulaanbaatar")
    return place if place is not None and place.country_code == country else None


def test_cities_are_in_the_country_and_province_the_gazetteer_gives_them():
    # org_home places an event "held at <institution>" there: it must agree with "held in <city>"
    wrong = []
    for r in ROWS:
        if not (r["city"] and r["country_code"]):
            continue
        place = _gazetteer_place(r["city"], r["province_code"], r["country_code"])
        # a province the gazetteer does not know for the city (BE, NL, IL) is the row's to give
        if place is None or place.province_code not in (r["province_code"], None):
            wrong.append((r["name"], r["city"], r["province_code"], place))
    assert wrong == []


def test_international_organisations_carry_no_country():
    # their seat is not a participant country
    assert [r["name"] for r in ROWS
            if r["org_type"] == "international_org" and r["country_code"]] == []


def test_no_two_rows_share_a_name_alias_or_acronym():
    owner: dict[str, str] = {}
    clashes = []
    for r in ROWS:
        keys = {name_key(n) for n in _names(r)} - {""}
        if " " in r["acronym"]:
            keys.add(name_key(r["acronym"]))
        for k in keys:
            if owner.setdefault(k, r["name"]) != r["name"]:
                clashes.append((k, owner[k], r["name"]))
    acronyms: dict[str, str] = {}
    for r in ROWS:
        a = r["acronym"].casefold()
        if a and acronyms.setdefault(a, r["name"]) != r["name"]:
            clashes.append((a, acronyms[a], r["name"]))
    assert clashes == []


def test_every_name_alias_and_acronym_looks_up_its_own_row():
    wrong = [(n, r["name"]) for r in ROWS for n in _names(r) + [r["acronym"]]
             if n and (lookup_org(n) is None or lookup_org(n).name != r["name"])]
    assert wrong == []


@pytest.mark.parametrize("frame_zh, frame_en", [
    ("{}", "{}"), ("会议由{}主办。", "The forum was hosted by {} in May.")])
def test_each_name_in_a_sentence_is_recognised_as_its_own_row(frame_zh, frame_en):
    # a shorter name or alias of another row inside a longer name must not take it over
    wrong = []
    for r in ROWS:
        for n in _names(r):
            text = (frame_zh if has_cjk(n) else frame_en).format(n)
            spans = [s for s in find_org_spans(View(text)) if s.ref is not None]
            if not any(s.ref.name == r["name"] for s in spans) or \
                    any(s.ref.name != r["name"] for s in spans):
                wrong.append((n, [s.ref.name for s in spans]))
    assert wrong == []


@pytest.mark.parametrize("text", [
    "澳大利亚和新西兰的企业参加了展会。",      # 澳大 (University of Macau) is not written alone
    "面向中大型企业开放。",                    # 中大 is Sun Yat-sen and CUHK alike
    "依托平台大力推进成果转化。",              # 台大
    "乘坐公交大巴前往会场。",                  # 交大 is five universities
    "来自欧盟市场的企业都参加了。",          # 欧盟 is mostly a market or a place, not the body
    "The IT team and the AI lab met the EU and AU delegations.",
    "中国移动支付和中国石化行业的规模继续扩大。",  # 中国移动, 中国石化: the industry, not the firm
    "Villages were connected to the state grid and China mobile payments grew.",
    "PEOPLE WHO ATTENDED SAID IT WAS A SUCCESS.",
    "The plant is ISO 9001 certified and opened an office in the IFC tower.",
])
def test_everyday_words_are_not_taken_for_reference_organisations(text):
    assert [s.name for s in find_org_spans(View(text)) if s.ref is not None] == []


@pytest.mark.parametrize("text, expected", [
    # Traditional characters are read through the Simplified view the table is written in
    ("由香港浸會大學與國家知識產權局聯合主辦。",
     ["Hong Kong Baptist University", "China National Intellectual Property Administration"]),
    ("聯合國工業發展組織和亞洲開發銀行派員出席。",
     ["United Nations Industrial Development Organization", "Asian Development Bank"]),
    # a name its press writes without accents is still the row
    ("Tecnologico de Monterrey and the Universite de Montreal signed.",
     ["Tecnológico de Monterrey", "Université de Montréal"]),
    # one Chinese name, two countries: the country written before it decides
    ("日本东北大学与东北大学签署协议。", ["Tohoku University", "Northeastern University"]),
])
def test_names_resolve_to_their_rows_across_scripts_and_spellings(text, expected):
    assert [s.ref.name for s in find_org_spans(View(text)) if s.ref is not None] == expected


@pytest.mark.parametrize("name, expected, country", [
    ("美国商务部", "United States Department of Commerce", "USA"),
    ("商务部", "Ministry of Commerce", "CHN"),
    ("美国西北大学", "Northwestern University", "USA"),
    ("西北大学", "Northwest University", "CHN"),
])
def test_a_foreign_body_named_with_its_country_is_not_chinas(name, expected, country):
    ref = lookup_org(name)
    assert (ref.name, ref.country_code) == (expected, country)
