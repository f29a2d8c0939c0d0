"""The corpus's organisations, one row each, named as most of its Chinese articles write them."""
import pytest

from etl.normalize import Combiner, document_rows


def _doc(doc_id: str, *org_names: str) -> dict:
    event = {"name": "Forum", "date": {}, "place": {},
             "organizations": [{"name": n, "role": "host"} for n in org_names]}
    return {"doc_id": doc_id, "status": "ok", "source_path": f"{doc_id}.txt",
            "events": [event]}


def _organizations(*docs: dict) -> list[dict]:
    combiner = Combiner()
    for d in docs:
        combiner.add(document_rows(d))
    return combiner.organizations()


def test_an_organisation_is_named_as_most_chinese_articles_write_it():
    # one Traditional article first, two Simplified after: the corpus says 清华大学
    orgs = _organizations(_doc("a", "清華大學"), _doc("b", "清华大学"), _doc("c", "清华大学"))
    assert [(o["name"], o["name_zh"]) for o in orgs] == [("Tsinghua University", "清华大学")]


def test_english_mentions_do_not_vote_on_the_chinese_name():
    orgs = _organizations(_doc("a", "Tsinghua University"), _doc("b", "Tsinghua University"),
                          _doc("c", "清華大學"))
    assert [(o["name"], o["name_zh"]) for o in orgs] == [("Tsinghua University", "清華大學")]


def test_an_unlisted_organisation_takes_the_more_common_of_its_two_scripts():
    orgs = _organizations(_doc("a", "黔南州技術轉移協會"), _doc("b", "黔南州技术转移协会"),
                          _doc("c", "黔南州技术转移协会"))
    assert [(o["name"], o["name_zh"]) for o in orgs] == [("黔南州技术转移协会",) * 2]
    assert "_written_zh" not in orgs[0]


@pytest.mark.parametrize("first, second, expected", [
    # a mainland university: its own script wins a tie, whichever article came first
    ("北京大學", "北京大学", "北京大学"),
    ("北京大学", "北京大學", "北京大学"),
])
def test_a_tie_keeps_the_script_of_the_organisation_s_place(first, second, expected):
    orgs = _organizations(_doc("a", first), _doc("b", second))
    assert [(o["name"], o["name_zh"]) for o in orgs] == [("Peking University", expected)]


def test_a_tie_for_a_taiwanese_body_keeps_its_traditional_name():
    orgs = _organizations(_doc("a", "工业技术研究院"), _doc("b", "工業技術研究院"))
    assert [(o["country_code"], o["name_zh"]) for o in orgs] == [("TWN", "工業技術研究院")]


def test_a_tie_in_one_script_keeps_the_name_seen_first():
    orgs = _organizations(_doc("a", "北大"), _doc("b", "北京大学"))
    assert [o["name_zh"] for o in orgs] == ["北大"]
