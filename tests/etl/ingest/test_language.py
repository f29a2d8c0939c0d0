"""Language by script shares and the zh/en split of a bilingual release (etl/ingest/language.py)."""
from __future__ import annotations

import pytest

from etl.ingest import (
    detect_language,
    parse_document,
    split_language_sections,
)
from tests.etl.ingest.samples import EN, ZH, ZH_TRAD


@pytest.mark.parametrize("text, expected", [
    (EN, "en"),
    (ZH, "zh"),
    (ZH_TRAD, "zh"),
    ("会议由美国大学技术经理人协会（AUTM）和牛津大学创新公司（Oxford University Innovation）协办，"
     "来自MIT、ETH Zurich的专家作了报告。", "zh"),
    ("The forum was opened by Wang Lin (王林), director of the provincial science department, "
     "and by the mayor of the city, who welcomed the guests.", "en"),
    (ZH + "\n" + EN + " " + EN, "mixed"),
    ("Die Technologietransfer-Konferenz fand in München statt und wurde von der Universität "
     "organisiert. Die Teilnehmer kamen aus ganz Europa und diskutierten über Patente.", "other"),
    ("技術移転フォーラムが東京で開催され、約三百人が参加しました。", "other"),
    ("기술이전 포럼이 서울에서 개최되었습니다.", "other"),
    ("12345 !!! ...", "other"),
    ("", "other"),
], ids=["en", "zh", "zh-traditional", "zh-with-latin-names", "en-with-chinese-name", "mixed",
        "german", "japanese", "korean", "no-letters", "empty"])
def test_detect_language_by_script_shares(text, expected):
    assert detect_language(text) == expected


ZH_BLOCK = ("中非技术转移论坛在内罗毕举行\n"
            "2023年11月2日，中非技术转移论坛在肯尼亚内罗毕举行，由科学技术部和肯尼亚教育部共同主办。\n"
            "论坛吸引了来自15个国家的四百余名代表，签署合作协议12项，涉及农业、医疗和新能源领域。\n"
            "与会专家表示，技术转移是中非合作的重要组成部分，将进一步推动双方科技创新合作。")
EN_BLOCK = ("China-Africa Technology Transfer Forum held in Nairobi\n"
            "On 2 November 2023, the China-Africa Technology Transfer Forum was held in Nairobi, "
            "Kenya, co-hosted by the Ministry of Science and Technology and the Kenyan Ministry "
            "of Education.\n"
            "More than 400 delegates from 15 countries attended, and 12 cooperation agreements "
            "were signed in agriculture, health care and new energy (新能源).\n"
            "Experts said technology transfer is an important part of China-Africa cooperation.")


@pytest.mark.parametrize("text, expected", [
    (f"{ZH_BLOCK}\n{EN_BLOCK}", [("zh", ZH_BLOCK), ("en", EN_BLOCK)]),
    (f"{EN_BLOCK}\n{ZH_BLOCK}", [("en", EN_BLOCK), ("zh", ZH_BLOCK)]),
    (ZH_BLOCK, [("zh", ZH_BLOCK)]),
    (EN_BLOCK, [("en", EN_BLOCK)]),
    ("关于举办技术转移培训的通知\n" + EN_BLOCK,
     [("en", "关于举办技术转移培训的通知\n" + EN_BLOCK)]),
    (ZH_BLOCK + "\nUNESCO, WIPO and AUTM sent observers.", [
        ("zh", ZH_BLOCK + "\nUNESCO, WIPO and AUTM sent observers.")]),
    ("", []),
], ids=["zh-then-en", "en-then-zh", "zh-only", "en-only-with-bracketed-chinese",
        "chinese-title-over-english-body", "english-acronym-line-in-chinese", "empty"])
def test_split_language_sections_at_the_switch_for_good(text, expected):
    assert [(s.lang, s.text) for s in split_language_sections(text)] == expected


def test_bilingual_release_parses_as_mixed_with_two_sections():
    doc = parse_document(f"{ZH_BLOCK}\n\n{EN_BLOCK}".encode("gb18030"), ".txt")
    assert doc.language == "mixed"
    assert [s.lang for s in doc.sections] == ["zh", "en"]
    assert doc.title == "中非技术转移论坛在内罗毕举行"
